#pragma once
// Application-wide preferences, for now the language of the interface. Saved to Settings
// (app/common/Settings.h) when the dialog is accepted; the language takes effect at the next start
// (AppStart::installTranslations).

#include <QDialog>

#include <functional>

class QComboBox;
class QLabel;
class Session;

class PreferencesDialog final : public QDialog
{
    Q_OBJECT
public:
    // Answers a yes/no question; the default shows a QMessageBox (tests install their own).
    using Confirm = std::function<bool(const QString &title, const QString &text)>;

    // With a session, it also shows the stored history's size and can forget it, all of it or the
    // profile's (profileId) alone: once confirmed, and only when the dialog is accepted (Cancel keeps it).
    explicit PreferencesDialog(QWidget *parent = nullptr);
    PreferencesDialog(Session *session, const QString &profileId, QWidget *parent = nullptr);
    QString storeText() const;
    void setConfirmHandler(Confirm confirm);

    // "" (follow the system), "en", "de", "es" or "hi": what the combo shows now.
    QString selectedLanguage() const;

    void accept() override;

private:
    enum class Forget { Nothing, Profile, All };
    void askToForget(Forget what);
    void updateStoreText();

    QComboBox *m_languageCombo;
    Session *m_session = nullptr;
    QString m_profileId;
    QLabel *m_storeLabel = nullptr;
    Forget m_forget = Forget::Nothing; // done when accepted
    Confirm m_confirm;
};
