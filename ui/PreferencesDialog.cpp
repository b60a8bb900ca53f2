#include "PreferencesDialog.h"

#include "common/Settings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

PreferencesDialog::PreferencesDialog(QWidget *parent) : QDialog(parent), m_languageCombo(new QComboBox(this))
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
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(420);
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
