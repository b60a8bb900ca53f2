#include "ProfileDialog.h"

#include "FileDialog.h"
#include "PlaceholderFit.h"

#include "common/Palette.h"

#include "api/ImportsClient.h"
#include "ui_ProfileDialog.h"

#include "profiles/ProfileStore.h"

#include <QDir>
#include <QLineEdit>
#include <QListWidgetItem>
#include <QMessageBox>
#include <QPushButton>
#include <QTimeZone>

namespace {
constexpr int kIdRole = Qt::UserRole;
bool darkBackground(const QWidget *widget)
{
    return widget->palette().color(QPalette::Window).lightness() < 128;
}
} // namespace

ProfileDialog::ProfileDialog(ProfileStore &store, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ProfileDialog>()), m_store(store)
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Profiles - ImportScope"));
    m_confirm = [this](const QString &title, const QString &text) {
        return QMessageBox::question(this, title, text) == QMessageBox::Yes;
    };

    for (const QString &code : DataCenters::codes())
        m_ui->dataCenterCombo->addItem(DataCenters::label(code), code);
    m_ui->dataCenterCombo->addItem(tr("Custom URL..."), QString());

    // UTC first: it is the default and what most workspaces use.
    m_ui->timeZoneCombo->addItem(QStringLiteral("UTC"));
    if (QLineEdit *zoneEdit = m_ui->timeZoneCombo->lineEdit())
        zoneEdit->setAccessibleName(m_ui->timeZoneCombo->accessibleName());
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds()) {
        if (id != "UTC")
            m_ui->timeZoneCombo->addItem(QString::fromUtf8(id));
    }

    // The wire (docs/SECURITY.md, "The wire"): the system's proxy settings unless the profile says otherwise.
    m_ui->proxyModeCombo->addItem(tr("The system's settings"), QString());
    m_ui->proxyModeCombo->addItem(tr("No proxy"), QString::fromLatin1(Profile::kNoProxy));
    m_ui->proxyModeCombo->addItem(tr("This proxy:"), QStringLiteral("manual"));

    m_ui->productionBadge->setStyleSheet(Palette::productionBadgeStyle());
    m_ui->validationLabel->setStyleSheet(Palette::errorLabelStyle(darkBackground(this)));
    m_ui->saveButton->setDefault(true);

    connect(m_ui->profileList, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *current) {
        if (current)
            loadProfile(m_store.findById(current->data(kIdRole).toString()));
    });
    connect(m_ui->addButton, &QPushButton::clicked, this, &ProfileDialog::addClicked);
    connect(m_ui->duplicateButton, &QPushButton::clicked, this, &ProfileDialog::duplicateClicked);
    connect(m_ui->deleteButton, &QPushButton::clicked, this, &ProfileDialog::deleteClicked);
    connect(m_ui->saveButton, &QPushButton::clicked, this, &ProfileDialog::saveClicked);
    connect(m_ui->revertButton, &QPushButton::clicked, this, &ProfileDialog::revertClicked);
    connect(m_ui->testButton, &QPushButton::clicked, this, &ProfileDialog::testClicked);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->showKeyCheck, &QCheckBox::toggled, this, [this](bool show) {
        m_ui->apiKeyEdit->setEchoMode(show ? QLineEdit::Normal : QLineEdit::Password);
    });

    connect(m_ui->nameEdit, &QLineEdit::textEdited, this, &ProfileDialog::markDirty);
    connect(m_ui->baseUrlEdit, &QLineEdit::textEdited, this, &ProfileDialog::markDirty);
    connect(m_ui->workspaceIdEdit, &QLineEdit::textEdited, this, &ProfileDialog::markDirty);
    connect(m_ui->apiKeyEdit, &QLineEdit::textEdited, this, &ProfileDialog::markDirty);
    connect(m_ui->timeZoneCombo, &QComboBox::currentTextChanged, this, &ProfileDialog::markDirty);
    connect(m_ui->productionCheck, &QCheckBox::toggled, this, &ProfileDialog::markDirty);
    connect(m_ui->dataCenterCombo, &QComboBox::currentIndexChanged, this, [this] {
        updateBaseUrlField();
        markDirty();
    });
    connect(m_ui->proxyModeCombo, &QComboBox::currentIndexChanged, this, [this] {
        updateProxyFields();
        markDirty();
    });
    connect(m_ui->proxyUrlEdit, &QLineEdit::textEdited, this, &ProfileDialog::markDirty);
    connect(m_ui->proxyPasswordEdit, &QLineEdit::textEdited, this, &ProfileDialog::markDirty);
    connect(m_ui->chooseCertificateButton, &QPushButton::clicked, this, &ProfileDialog::chooseCertificate);
    connect(m_ui->removeCertificateButton, &QPushButton::clicked, this, [this] {
        m_certificatePem.clear();
        showCertificate();
        markDirty();
    });

    connect(&m_store, &ProfileStore::changed, this, &ProfileDialog::reloadList);
    reloadList();
    if (m_ui->profileList->count() > 0)
        m_ui->profileList->setCurrentRow(0);
    else
        loadProfile(std::nullopt);
}

ProfileDialog::~ProfileDialog() = default;

void ProfileDialog::setConfirmHandler(Confirm confirm)
{
    m_confirm = std::move(confirm);
}

void ProfileDialog::selectProfile(const QString &id)
{
    for (int row = 0; row < m_ui->profileList->count(); ++row) {
        if (m_ui->profileList->item(row)->data(kIdRole).toString() == id) {
            m_ui->profileList->setCurrentRow(row);
            return;
        }
    }
}

void ProfileDialog::reloadList()
{
    const QSignalBlocker blocker(m_ui->profileList);
    m_ui->profileList->clear();
    for (const Profile &p : m_store.profiles()) {
        auto *item = new QListWidgetItem(m_ui->profileList);
        item->setData(kIdRole, p.id);
        if (p.production) {
            // Colour alone is not enough (colour blindness, screen readers): the word is in the text.
            item->setText(tr("%1  [PRODUCTION]").arg(p.name));
            item->setForeground(Palette::color(Palette::Role::Failed));
            QFont font = item->font();
            font.setBold(true);
            item->setFont(font);
        } else {
            item->setText(p.name);
        }
        if (p.id == m_currentId)
            m_ui->profileList->setCurrentItem(item);
    }
    updateState();
}

void ProfileDialog::loadProfile(const std::optional<Profile> &profile)
{
    const Profile p = profile.value_or(Profile{});
    m_currentId = p.id;
    m_copyKeyFrom.clear();
    m_editingNew = false;
    {
        const QSignalBlocker b1(m_ui->dataCenterCombo), b2(m_ui->timeZoneCombo), b3(m_ui->productionCheck),
            b4(m_ui->proxyModeCombo);
        m_ui->nameEdit->setText(p.name);
        const int dcIndex = m_ui->dataCenterCombo->findData(p.dataCenter);
        m_ui->dataCenterCombo->setCurrentIndex(dcIndex >= 0 ? dcIndex : 0);
        m_ui->baseUrlEdit->setText(p.baseUrl);
        m_ui->workspaceIdEdit->setText(p.workspaceId);
        m_ui->apiKeyEdit->clear();
        m_ui->timeZoneCombo->setCurrentText(QString::fromUtf8(p.timeZoneId));
        m_ui->productionCheck->setChecked(p.production);
        const QString proxy = p.proxy.trimmed();
        const bool manual = !proxy.isEmpty() && proxy != QLatin1String(Profile::kNoProxy);
        m_ui->proxyModeCombo->setCurrentIndex(manual ? 2 : proxy.isEmpty() ? 0 : 1);
        m_ui->proxyUrlEdit->setText(manual ? proxy : QString());
        m_ui->proxyPasswordEdit->clear();
    }
    m_certificatePem = p.extraCertificate;
    showCertificate();
    const auto proxySetting = p.proxySetting();
    const bool storedPassword = profile && proxySetting && !proxySetting->user.isEmpty();
    m_storedProxyUser = storedPassword;
    setWholePlaceholder(m_ui->proxyPasswordEdit,
                        storedPassword ? tr("Stored in the keychain; type a new one to replace it")
                                       : QString());
    updateProxyFields();
    m_ui->showKeyCheck->setChecked(false);
    setWholePlaceholder(m_ui->apiKeyEdit,
                        profile ? tr("Stored in the keychain; type a new key to replace it") : QString());
    m_ui->testResultLabel->clear();
    m_ui->statusLabel->clear();
    updateBaseUrlField();
    m_dirty = false;
    updateState();
}

void ProfileDialog::startNew(const Profile &draft, const QString &copyKeyFrom)
{
    loadProfile(draft);
    m_currentId.clear();
    m_copyKeyFrom = copyKeyFrom;
    m_editingNew = true;
    setWholePlaceholder(m_ui->apiKeyEdit,
                        copyKeyFrom.isEmpty() ? tr("Data API key") : tr("Copied from the original profile"));
    {
        const QSignalBlocker blocker(m_ui->profileList);
        m_ui->profileList->setCurrentItem(nullptr);
    }
    m_dirty = true;
    updateState();
    m_ui->nameEdit->setFocus();
    m_ui->nameEdit->selectAll();
}

void ProfileDialog::updateBaseUrlField()
{
    const QString dc = m_ui->dataCenterCombo->currentData().toString();
    const bool custom = dc.isEmpty();
    m_ui->baseUrlEdit->setReadOnly(!custom);
    if (!custom) {
        // Show where a data centre's requests go, so "custom" is not the only way to see the host.
        const auto url = DataCenters::baseUrl(dc);
        const QSignalBlocker blocker(m_ui->baseUrlEdit);
        m_ui->baseUrlEdit->setText(url ? url->toString() : QString());
    } else if (m_ui->baseUrlEdit->text().contains(QLatin1String("fileimports-data-api-"))) {
        const QSignalBlocker blocker(m_ui->baseUrlEdit);
        m_ui->baseUrlEdit->clear();
    }
}

void ProfileDialog::updateProxyFields()
{
    const bool manual = m_ui->proxyModeCombo->currentData().toString() == QLatin1String("manual");
    m_ui->proxyUrlEdit->setVisible(manual);
    m_ui->proxyPasswordLabel->setVisible(manual);
    m_ui->proxyPasswordEdit->setVisible(manual);
}

void ProfileDialog::showCertificate()
{
    if (m_certificatePem.isEmpty()) {
        m_ui->certificateInfo->setText(tr("None: the system's certificates only."));
        return;
    }
    const auto certificates = Certificates::fromPem(m_certificatePem);
    if (!certificates) {
        m_ui->certificateInfo->setText(certificates.error());
        return;
    }
    // Subject, issuer and fingerprint: what a person compares with what their IT department gave them.
    QStringList lines;
    for (const QSslCertificate &certificate : *certificates) {
        lines << tr("%1\nissued by %2\nvalid until %3\nSHA-256 %4")
                     .arg(Certificates::subjectLine(certificate), Certificates::issuerLine(certificate),
                          certificate.expiryDate().toUTC().toString(QStringLiteral("yyyy-MM-dd")),
                          Certificates::sha256Fingerprint(certificate));
    }
    m_ui->certificateInfo->setText(lines.join(QStringLiteral("\n\n")));
}

void ProfileDialog::chooseCertificate()
{
    const QString path = FileDialog::getOpenFileName(this, tr("Extra trusted certificate"), QDir::homePath(),
                                                     tr("Certificates (*.pem *.crt *.cer);;All files (*)"));
    if (path.isEmpty())
        return;
    const auto certificates = Certificates::fromFile(path);
    if (!certificates) {
        showStatus(certificates.error(), true);
        return;
    }
    m_certificatePem = Certificates::toPem(*certificates);
    showCertificate();
    m_ui->statusLabel->clear();
    markDirty();
}

Profile ProfileDialog::formProfile() const
{
    Profile p;
    p.id = m_currentId;
    p.name = m_ui->nameEdit->text().trimmed();
    p.dataCenter = m_ui->dataCenterCombo->currentData().toString();
    if (p.dataCenter.isEmpty())
        p.baseUrl = m_ui->baseUrlEdit->text().trimmed();
    p.workspaceId = m_ui->workspaceIdEdit->text().trimmed();
    p.timeZoneId = m_ui->timeZoneCombo->currentText().trimmed().toUtf8();
    p.production = m_ui->productionCheck->isChecked();
    p.extraCertificate = m_certificatePem;
    const QString proxyMode = m_ui->proxyModeCombo->currentData().toString();
    p.proxy = proxyMode == QLatin1String("manual") ? m_ui->proxyUrlEdit->text().trimmed() : proxyMode;
    return p;
}

std::optional<QString> ProfileDialog::formProblem() const
{
    if (auto problem = m_store.validate(formProfile()))
        return problem;
    if (m_editingNew && m_copyKeyFrom.isEmpty() && m_ui->apiKeyEdit->text().trimmed().isEmpty())
        return tr("Enter the Data API key of the workspace.");
    return std::nullopt;
}

void ProfileDialog::markDirty()
{
    m_dirty = true;
    updateState();
}

void ProfileDialog::updateState()
{
    const bool hasProfile = m_editingNew || !m_currentId.isEmpty();
    const bool editing = m_dirty && hasProfile;
    const std::optional<QString> problem = hasProfile ? formProblem() : std::nullopt;

    // While the form holds unsaved changes the list is locked, so switching profiles can never
    // silently drop them: Save or Revert first.
    m_ui->profileList->setEnabled(!editing && !m_busy);
    m_ui->addButton->setEnabled(!editing && !m_busy);
    m_ui->duplicateButton->setEnabled(!editing && !m_busy && !m_currentId.isEmpty());
    m_ui->deleteButton->setEnabled(!editing && !m_busy && !m_currentId.isEmpty());

    const QList<QWidget *> fields{m_ui->nameEdit,
                                  m_ui->dataCenterCombo,
                                  m_ui->baseUrlEdit,
                                  m_ui->workspaceIdEdit,
                                  m_ui->apiKeyEdit,
                                  m_ui->showKeyCheck,
                                  m_ui->timeZoneCombo,
                                  m_ui->productionCheck,
                                  m_ui->proxyModeCombo,
                                  m_ui->proxyUrlEdit,
                                  m_ui->chooseCertificateButton,
                                  m_ui->proxyPasswordEdit};
    for (QWidget *field : fields)
        field->setEnabled(hasProfile && !m_busy);
    m_ui->removeCertificateButton->setEnabled(hasProfile && !m_busy && !m_certificatePem.isEmpty());

    m_ui->saveButton->setEnabled(editing && !problem && !m_busy);
    m_ui->revertButton->setEnabled(editing && !m_busy);
    m_ui->testButton->setEnabled(hasProfile && !problem && !m_busy);
    // Always shown (empty when fine): a wrapped label that appears after layout gets clipped.
    m_ui->validationLabel->setText(problem.value_or(QString()));
    m_ui->productionBadge->setVisible(hasProfile && m_ui->productionCheck->isChecked());
}

void ProfileDialog::setBusy(bool busy, const QString &status)
{
    m_busy = busy;
    if (!status.isEmpty())
        showStatus(status, false);
    updateState();
}

void ProfileDialog::showStatus(const QString &text, bool error)
{
    m_ui->statusLabel->setStyleSheet(error ? Palette::errorLabelStyle(darkBackground(this)) : QString());
    m_ui->statusLabel->setText(text);
}

void ProfileDialog::setConnectionTester(ApiClient *api)
{
    auto *tester = new ImportsClient(api, this);
    connect(this, &ProfileDialog::testConnectionRequested, tester,
            [tester](const Connection &connection) { tester->fetch(connection, true); });
    connect(tester, &ImportsClient::finished, this, [this](const ImportsOutcome &outcome) {
        showTestResult(describeConnectionTest(outcome), !outcome.error);
    });
}

void ProfileDialog::showTestResult(const QString &text, bool ok)
{
    m_ui->testResultLabel->setStyleSheet(ok ? Palette::successLabelStyle(darkBackground(this))
                                            : Palette::errorLabelStyle(darkBackground(this)));
    m_ui->testResultLabel->setText(text);
}

void ProfileDialog::addClicked()
{
    startNew(Profile{}, QString());
}

void ProfileDialog::duplicateClicked()
{
    const auto original = m_store.findById(m_currentId);
    if (!original)
        return;
    Profile copy = *original;
    copy.id.clear();
    QStringList names;
    for (const Profile &p : m_store.profiles())
        names << p.name;
    copy.name = tr("%1 (copy)").arg(original->name);
    for (int n = 2; copy.validate(names).has_value() && n < 100; ++n)
        copy.name = tr("%1 (copy %2)").arg(original->name).arg(n);
    startNew(copy, original->id);
}

void ProfileDialog::deleteClicked()
{
    const auto profile = m_store.findById(m_currentId);
    if (!profile)
        return;
    if (!m_confirm(tr("Delete profile"),
                   tr("Delete the profile \"%1\"? Its API key is removed from the keychain too.")
                       .arg(profile->name)))
        return;
    setBusy(true, tr("Deleting..."));
    m_store.remove(profile->id, this, [this, profile](std::optional<ProfileError> error) {
        setBusy(false);
        if (!error) {
            m_currentId.clear();
            reloadList();
            if (m_ui->profileList->count() > 0)
                m_ui->profileList->setCurrentRow(0);
            else
                loadProfile(std::nullopt);
            showStatus(tr("Deleted \"%1\" and its key.").arg(profile->name), false);
            return;
        }
        if (error->keychainUnavailable() &&
            m_confirm(tr("Delete profile"),
                      tr("%1\n\nDelete the profile \"%2\" anyway? Its key may stay in the keychain.")
                          .arg(error->message, profile->name))) {
            if (auto settingsError = m_store.removeKeepingKey(profile->id)) {
                showStatus(settingsError->message, true);
                return;
            }
            m_currentId.clear();
            reloadList();
            if (m_ui->profileList->count() > 0)
                m_ui->profileList->setCurrentRow(0);
            else
                loadProfile(std::nullopt);
            showStatus(
                tr("Deleted \"%1\"; its key could not be removed from the keychain.").arg(profile->name),
                true);
            return;
        }
        showStatus(error->message, true);
    });
}

void ProfileDialog::revertClicked()
{
    if (m_editingNew) {
        m_editingNew = false;
        const QString back = m_copyKeyFrom;
        reloadList();
        if (!back.isEmpty())
            selectProfile(back);
        else if (m_ui->profileList->count() > 0)
            m_ui->profileList->setCurrentRow(0);
        if (!m_ui->profileList->currentItem())
            loadProfile(std::nullopt);
        else
            loadProfile(m_store.findById(m_ui->profileList->currentItem()->data(kIdRole).toString()));
        return;
    }
    loadProfile(m_store.findById(m_currentId));
}

void ProfileDialog::saveClicked()
{
    if (formProblem())
        return;
    const Profile profile = formProfile();
    const QString typedKey = m_ui->apiKeyEdit->text().trimmed();
    if (!m_editingNew) {
        saveExisting(profile, typedKey.isEmpty() ? std::nullopt : std::optional(typedKey));
        return;
    }
    if (!typedKey.isEmpty() || m_copyKeyFrom.isEmpty()) {
        saveNew(profile, typedKey);
        return;
    }
    // A duplicate without a typed key takes the original's key, so the user never pastes it twice.
    setBusy(true, tr("Reading the original profile's key from the keychain..."));
    m_store.secrets().readKey(m_copyKeyFrom, this, [this, profile](Expected<QString, ProfileError> key) {
        setBusy(false);
        if (!key) {
            showStatus(key.error().message + QLatin1Char(' ') + tr("Type the key to save the copy."), true);
            return;
        }
        saveNew(profile, *key);
    });
}

void ProfileDialog::saveNew(const Profile &profile, const QString &apiKey)
{
    setBusy(true, tr("Saving the key in the keychain..."));
    m_store.add(profile, apiKey, this, [this, apiKey](Expected<Profile, ProfileError> added) {
        setBusy(false);
        if (added) {
            finishSave(*added, tr("Saved. The key is in the keychain."));
            return;
        }
        if (offerSessionOnly(added.error())) {
            auto kept = m_store.addWithSessionKey(formProfile(), apiKey);
            if (kept)
                finishSave(*kept, tr("Saved without the key: it is kept in memory for this session only."));
            else
                showStatus(kept.error().message, true);
            return;
        }
        showStatus(added.error().message, true);
    });
}

void ProfileDialog::saveExisting(const Profile &profile, const std::optional<QString> &newApiKey)
{
    setBusy(true, newApiKey ? tr("Saving the key in the keychain...") : tr("Saving..."));
    m_store.update(profile, newApiKey, this, [this, profile, newApiKey](std::optional<ProfileError> error) {
        setBusy(false);
        if (!error) {
            finishSave(profile, newApiKey ? tr("Saved. The new key is in the keychain.") : tr("Saved."));
            return;
        }
        if (newApiKey && offerSessionOnly(*error)) {
            m_store.update(
                profile, std::nullopt, this, [this, profile, newApiKey](std::optional<ProfileError> e) {
                    if (e) {
                        showStatus(e->message, true);
                        return;
                    }
                    m_store.secrets().sessionKeys().set(profile.id, *newApiKey);
                    saved(profile, tr("Saved; the new key is kept in memory for this session only."));
                });
            return;
        }
        showStatus(error->message, true);
    });
}

bool ProfileDialog::offerSessionOnly(const ProfileError &error)
{
    if (!error.keychainUnavailable())
        return false;
    return m_confirm(tr("Keychain unavailable"),
                     tr("%1\n\nUse the key for this session only? It is kept in memory, never written, and "
                        "asked for again next time.")
                         .arg(error.message));
}

void ProfileDialog::finishSave(const Profile &profile, const QString &status)
{
    const auto proxy = profile.proxySetting();
    const bool needsPassword = proxy && proxy->mode == ProxySetting::Mode::Manual && !proxy->user.isEmpty();
    const QString typed = m_ui->proxyPasswordEdit->text();
    if ((needsPassword && typed.isEmpty()) || (!needsPassword && !m_storedProxyUser)) {
        saved(profile, status); // the stored password, if any, stays; or there is none to delete
        return;
    }
    // A typed password goes to the keychain, never to the settings; one the profile no longer needs
    // is deleted.
    setBusy(true, needsPassword ? tr("Saving the proxy password in the keychain...") : QString());
    m_store.secrets().writeProxyPassword(
        profile.id, needsPassword ? typed : QString(), this,
        [this, profile, status, needsPassword](std::optional<ProfileError> error) {
            setBusy(false);
            saved(profile, status);
            if (error && needsPassword)
                showStatus(error->message + QLatin1Char(' ') + tr("The proxy password was not saved."), true);
        });
}

void ProfileDialog::saved(const Profile &profile, const QString &status)
{
    m_currentId = profile.id;
    m_editingNew = false;
    reloadList();
    loadProfile(m_store.findById(profile.id));
    showStatus(status, false);
}

void ProfileDialog::testClicked()
{
    if (formProblem())
        return;
    const Profile profile = formProfile();
    const QString typedKey = m_ui->apiKeyEdit->text().trimmed();
    const QString typedProxyPassword = m_ui->proxyPasswordEdit->text();
    const QString keyOwner = m_currentId.isEmpty() ? m_copyKeyFrom : m_currentId;
    const auto connect = [this, profile](const QString &key, const QString &proxyPassword) {
        const auto connection = profile.connection(key, proxyPassword);
        if (!connection) {
            showTestResult(connection.error(), false);
            return;
        }
        showTestResult(tr("Testing..."), true);
        Q_EMIT testConnectionRequested(*connection);
    };
    // The proxy's password: the one typed, else the stored one when the proxy has a user.
    const auto send = [this, profile, typedProxyPassword, keyOwner, connect](const QString &key) {
        const auto proxy = profile.proxySetting();
        if (!typedProxyPassword.isEmpty() || keyOwner.isEmpty() || !proxy ||
            proxy->mode != ProxySetting::Mode::Manual || proxy->user.isEmpty()) {
            connect(key, typedProxyPassword);
            return;
        }
        m_store.secrets().readProxyPassword(keyOwner, this,
                                            [this, key, connect](Expected<QString, ProfileError> password) {
                                                if (!password) {
                                                    showTestResult(password.error().message, false);
                                                    return;
                                                }
                                                connect(key, *password);
                                            });
    };
    if (!typedKey.isEmpty()) {
        send(typedKey);
        return;
    }
    m_ui->testResultLabel->setText(tr("Reading the key from the keychain..."));
    m_store.secrets().readKey(keyOwner, this, [this, send](Expected<QString, ProfileError> key) {
        if (!key) {
            showTestResult(key.error().message, false);
            return;
        }
        send(*key);
    });
}
