#include "PreferencesDialog.h"

#include "common/Settings.h"
#include "session/Session.h"
#include "store/HistoryStore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

PreferencesDialog::PreferencesDialog(QWidget *parent) : PreferencesDialog(nullptr, QString(), parent) {}

PreferencesDialog::PreferencesDialog(Session *session, const QString &profileId, QWidget *parent)
    : QDialog(parent), m_languageCombo(new QComboBox(this)), m_session(session), m_profileId(profileId)
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences - ImportScope"));

    m_languageCombo->setObjectName(QStringLiteral("languageCombo"));
    const QString systemLanguage = QLocale::system().nativeLanguageName(); // "" for the C locale
    m_languageCombo->addItem(systemLanguage.isEmpty() ? tr("System") : tr("System (%1)").arg(systemLanguage),
                             QString());
    // Each language in its own name and script, so a reader finds theirs whatever is shown now.
    m_languageCombo->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_languageCombo->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_languageCombo->addItem(QStringLiteral("Español"), QStringLiteral("es"));
    m_languageCombo->addItem(QStringLiteral("हिन्दी"), QStringLiteral("hi"));
    const int current =
        m_languageCombo->findData(Settings::value(Settings::Key::Language).toString().trimmed());
    m_languageCombo->setCurrentIndex(current < 0 ? 0 : current);

    auto *form = new QFormLayout;
    auto *languageLabel = new QLabel(tr("&Language:"), this);
    languageLabel->setBuddy(m_languageCombo);
    form->addRow(languageLabel, m_languageCombo);

    auto *note = new QLabel(tr("A new language applies when ImportScope is started again."), this);
    note->setObjectName(QStringLiteral("restartNote"));
    note->setWordWrap(true);
    const QString fromEnvironment = qEnvironmentVariable("IMPORTSCOPE_LANG").trimmed();
    if (!fromEnvironment.isEmpty()) {
        note->setText(note->text() + QLatin1Char('\n') +
                      tr("The environment variable IMPORTSCOPE_LANG=%1 is set and wins over this setting.")
                          .arg(fromEnvironment));
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    if (m_session) {
        auto *box = new QGroupBox(tr("Stored history"), this);
        auto *boxLayout = new QVBoxLayout(box);
        m_storeLabel = new QLabel(box);
        m_storeLabel->setObjectName(QStringLiteral("storeLabel"));
        m_storeLabel->setWordWrap(true);
        m_storeLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
        boxLayout->addWidget(m_storeLabel);
        auto *buttonsRow = new QHBoxLayout;
        auto *forgetProfile = new QPushButton(tr("Forget this &profile's"), box);
        forgetProfile->setObjectName(QStringLiteral("forgetProfileButton"));
        forgetProfile->setEnabled(!m_profileId.isEmpty() &&
                                  m_profileId != QLatin1String(Session::kDemoProfileId));
        auto *forgetAll = new QPushButton(tr("&Forget all"), box);
        forgetAll->setObjectName(QStringLiteral("forgetAllButton"));
        connect(forgetProfile, &QPushButton::clicked, this, [this] {
            m_session->store().forget(m_profileId);
            updateStoreText();
        });
        connect(forgetAll, &QPushButton::clicked, this, [this] {
            m_session->store().forgetAll();
            updateStoreText();
        });
        buttonsRow->addWidget(forgetProfile);
        buttonsRow->addWidget(forgetAll);
        buttonsRow->addStretch(1);
        boxLayout->addLayout(buttonsRow);
        layout->addWidget(box);
        updateStoreText();
    }
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

void PreferencesDialog::updateStoreText()
{
    const auto info = m_session->store().info();
    if (!info) {
        m_storeLabel->setText(info.error());
        return;
    }
    const QLocale locale;
    QString text = tr("%1 on disk: %n answer(s) of %2 import(s), %3 file(s).", nullptr, info->queries)
                       .arg(locale.formattedDataSize(info->bytesOnDisk), locale.toString(info->imports),
                            locale.toString(info->files));
    if (info->oldestRefresh)
        text += QLatin1Char(' ') +
                tr("Oldest refresh: %1.")
                    .arg(locale.toString(info->oldestRefresh->toLocalTime(), QLocale::ShortFormat));
    if (!m_session->store().notice().isEmpty())
        text += QLatin1Char('\n') + m_session->store().notice();
    text += QLatin1Char('\n') + QDir::toNativeSeparators(HistoryStore::defaultPath());
    m_storeLabel->setText(text);
}

QString PreferencesDialog::storeText() const
{
    return m_storeLabel ? m_storeLabel->text() : QString();
}

QString PreferencesDialog::selectedLanguage() const
{
    return m_languageCombo->currentData().toString();
}

void PreferencesDialog::accept()
{
    Settings::setValue(Settings::Key::Language, selectedLanguage());
    QDialog::accept();
}
