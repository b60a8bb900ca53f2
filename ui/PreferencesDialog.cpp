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
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

PreferencesDialog::PreferencesDialog(QWidget *parent) : PreferencesDialog(nullptr, QString(), parent) {}

PreferencesDialog::PreferencesDialog(Session *session, const QString &profileId, QWidget *parent)
    : QDialog(parent), m_languageCombo(new QComboBox(this)), m_session(session), m_profileId(profileId)
{
    m_confirm = [this](const QString &title, const QString &text) {
        return QMessageBox::question(this, title, text, QMessageBox::Yes | QMessageBox::Cancel,
                                     QMessageBox::Cancel) == QMessageBox::Yes;
    };
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
        forgetProfile->setEnabled(!m_profileId.isEmpty() && !Session::isDemoProfile(m_profileId));
        auto *forgetAll = new QPushButton(tr("&Forget all"), box);
        forgetAll->setObjectName(QStringLiteral("forgetAllButton"));
        connect(forgetProfile, &QPushButton::clicked, this, [this] { askToForget(Forget::Profile); });
        connect(forgetAll, &QPushButton::clicked, this, [this] { askToForget(Forget::All); });
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

void PreferencesDialog::setConfirmHandler(Confirm confirm)
{
    m_confirm = std::move(confirm);
}

void PreferencesDialog::askToForget(Forget what)
{
    const QString label = what == Forget::Profile ? m_session->profileLabel(m_profileId) : QString();
    const QString question =
        what == Forget::Profile
            ? tr("Forget the stored history of profile \"%1\"? Its imports are then fetched from the API "
                 "again. Nothing is deleted before you press OK.")
                  .arg(label)
            : tr("Forget the stored history of every profile? Every import is then fetched from the API "
                 "again. Nothing is deleted before you press OK.");
    if (!m_confirm(tr("Forget stored history"), question))
        return;
    m_forget = what;
    updateStoreText();
}

void PreferencesDialog::updateStoreText()
{
    const auto info = m_session->store().info(
        m_forget == Forget::Profile ? std::optional<QString>(m_profileId) : std::nullopt);
    if (!info) {
        m_storeLabel->setText(info.error());
        return;
    }
    const QLocale locale;
    QString text;
    if (m_forget == Forget::All) {
        text = tr("Every stored history will be forgotten when you press OK (%1 on disk now).")
                   .arg(locale.formattedDataSize(info->bytesOnDisk));
    } else if (m_forget == Forget::Profile) {
        text = tr("The stored history of profile \"%1\" will be forgotten when you press OK: %Ln import(s).",
                  nullptr, info->imports)
                   .arg(m_session->profileLabel(m_profileId));
    } else {
        text = tr("%1 on disk: %Ln import(s) with %2 file(s).", nullptr, info->imports)
                   .arg(locale.formattedDataSize(info->bytesOnDisk), locale.toString(info->files));
        if (info->oldestRefresh)
            text += QLatin1Char(' ') +
                    tr("Oldest refresh: %1.")
                        .arg(locale.toString(info->oldestRefresh->toLocalTime(), QLocale::ShortFormat));
    }
    if (!m_session->store().notice().isEmpty())
        text += QLatin1Char('\n') + m_session->store().notice();
    text += QLatin1Char('\n') + QDir::toNativeSeparators(m_session->store().path());
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
    if (m_session && m_forget != Forget::Nothing) {
        const std::optional<QString> error = m_forget == Forget::Profile
                                                 ? m_session->store().forget(m_profileId)
                                                 : m_session->store().forgetAll();
        if (error) {
            QMessageBox::warning(this, tr("Forget stored history"), *error);
            return;
        }
    }
    QDialog::accept();
}
