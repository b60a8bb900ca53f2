#pragma once
// The profile manager: lists the saved profiles and edits one at a time (add, edit, duplicate,
// delete), checking input before anything is saved. Keychain work is asynchronous, so the window
// keeps painting while a keyring answers; "Test connection" is handed to whoever owns the API client.

#include "api/Connection.h"
#include "profiles/Profile.h"
#include "profiles/ProfileError.h"

#include <QDialog>

#include <functional>
#include <memory>
#include <optional>

class ApiClient;
class ProfileStore;

namespace Ui {
class ProfileDialog;
}

class ProfileDialog final : public QDialog
{
    Q_OBJECT
public:
    // Answers a yes/no question; the default shows a QMessageBox. Tests install their own answer
    // (KeePassXC's MessageBox::setNextAnswer) so confirmations run without a person.
    using Confirm = std::function<bool(const QString &title, const QString &text)>;

    explicit ProfileDialog(ProfileStore &store, QWidget *parent = nullptr);
    ~ProfileDialog() override;

    void setConfirmHandler(Confirm confirm);
    // Answers testConnectionRequested() with one real request through this client: page 1 of the
    // Import Details API, reported in words with the HTTP status.
    void setConnectionTester(ApiClient *api);
    // Opens with this profile selected (for "Manage profiles..." next to the window's selector).
    void selectProfile(const QString &id);

public Q_SLOTS:
    // The outcome of the last testConnectionRequested(), in words, e.g. "Authenticated: 12 imports
    // (HTTP 200)" or "Wrong workspace ID or key (HTTP 401)".
    void showTestResult(const QString &text, bool ok);

Q_SIGNALS:
    // The form's connection, key included, for one real request; answer with showTestResult().
    void testConnectionRequested(const Connection &connection);

private:
    void reloadList();
    void loadProfile(const std::optional<Profile> &profile);
    void startNew(const Profile &draft, const QString &copyKeyFrom);
    Profile formProfile() const;
    std::optional<QString> formProblem() const;
    void markDirty();
    void updateState();
    void updateBaseUrlField();
    void updateProxyFields();
    void showCertificate();
    void chooseCertificate();
    // Writes the typed proxy password to the keychain (or deletes one the profile no longer needs),
    // then reports the save.
    void finishSave(const Profile &profile, const QString &status);
    void setBusy(bool busy, const QString &status = {});
    void showStatus(const QString &text, bool error);

    void addClicked();
    void duplicateClicked();
    void deleteClicked();
    void saveClicked();
    void revertClicked();
    void testClicked();

    void saveNew(const Profile &profile, const QString &apiKey);
    void saveExisting(const Profile &profile, const std::optional<QString> &newApiKey);
    void saved(const Profile &profile, const QString &status);
    bool offerSessionOnly(const ProfileError &error);

    std::unique_ptr<Ui::ProfileDialog> m_ui;
    ProfileStore &m_store;
    Confirm m_confirm;
    QString m_currentId;   // the profile in the form; empty for a new one
    QString m_copyKeyFrom; // a duplicated profile takes its key from here when none is typed
    bool m_editingNew = false;
    bool m_dirty = false;
    bool m_busy = false;
    QByteArray m_certificatePem;    // the form's extra trusted certificate, PEM; empty: none
    bool m_storedProxyUser = false; // the saved profile's proxy has a user, so maybe a stored password
};
