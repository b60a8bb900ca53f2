#pragma once
// Application-wide preferences, for now the language of the interface. Saved to Settings
// (app/common/Settings.h) when the dialog is accepted; the language takes effect at the next start
// (AppStart::installTranslations).

#include <QDialog>

class QComboBox;

class PreferencesDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    // "" (follow the system), "en", "de", "es" or "hi": what the combo shows now.
    QString selectedLanguage() const;

    void accept() override;

private:
    QComboBox *m_languageCombo;
};
