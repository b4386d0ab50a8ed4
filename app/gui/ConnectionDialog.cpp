#include "gui/ConnectionDialog.h"

#include "gui/DatabaseOpener.h"
#include "gui/Dialogs.h"
#include "storage/Database.h"
#include "ui_ConnectionDialog.h"

#include <QEvent>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QUrl>
#include <QUrlQuery>

namespace {
// Where profiles live in QSettings; a profile holds libpq settings, never a password.
const QString profilesKey = QStringLiteral("connectionProfiles");
const QString lastProfileKey = QStringLiteral("lastConnectionProfile");
const QString defaultSslMode = QStringLiteral("prefer");

struct Profile
{
    QString name;
    QString host = QStringLiteral("localhost");
    int port = 5432;
    QString database = QStringLiteral("postgres");
    QString user = QStringLiteral("postgres");
    QString sslMode = defaultSslMode;
    QString sslRootCert;
    QString sslCert;
    QString sslKey;
};

QSettings settings()
{
    return QSettings(QStringLiteral("useradmin"), QStringLiteral("useradmin"));
}

// Profiles as an array, so that any name (slashes included) is kept as typed.
QList<Profile> readProfiles()
{
    QSettings store = settings();
    QList<Profile> profiles;
    const int count = store.beginReadArray(profilesKey);
    for (int i = 0; i < count; ++i) {
        store.setArrayIndex(i);
        Profile profile;
        profile.name = store.value(QStringLiteral("name")).toString();
        profile.host = store.value(QStringLiteral("host"), profile.host).toString();
        profile.port = store.value(QStringLiteral("port"), profile.port).toInt();
        profile.database = store.value(QStringLiteral("database"), profile.database).toString();
        profile.user = store.value(QStringLiteral("user"), profile.user).toString();
        profile.sslMode = store.value(QStringLiteral("sslmode"), profile.sslMode).toString();
        profile.sslRootCert = store.value(QStringLiteral("sslrootcert")).toString();
        profile.sslCert = store.value(QStringLiteral("sslcert")).toString();
        profile.sslKey = store.value(QStringLiteral("sslkey")).toString();
        if (!profile.name.isEmpty())
            profiles.append(profile);
    }
    store.endArray();
    return profiles;
}

void writeProfiles(const QList<Profile> &profiles)
{
    QSettings store = settings();
    store.remove(profilesKey);
    store.beginWriteArray(profilesKey, int(profiles.size()));
    for (int i = 0; i < profiles.size(); ++i) {
        const Profile &profile = profiles[i];
        store.setArrayIndex(i);
        store.setValue(QStringLiteral("name"), profile.name);
        store.setValue(QStringLiteral("host"), profile.host);
        store.setValue(QStringLiteral("port"), profile.port);
        store.setValue(QStringLiteral("database"), profile.database);
        store.setValue(QStringLiteral("user"), profile.user);
        store.setValue(QStringLiteral("sslmode"), profile.sslMode);
        store.setValue(QStringLiteral("sslrootcert"), profile.sslRootCert);
        store.setValue(QStringLiteral("sslcert"), profile.sslCert);
        store.setValue(QStringLiteral("sslkey"), profile.sslKey);
    }
    store.endArray();
}

std::optional<std::optional<QString>> &nextConnection()
{
    static std::optional<std::optional<QString>> next;
    return next;
}
} // namespace

ConnectionDialog::ConnectionDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ConnectionDialog>())
    , m_opener(new DatabaseOpener(this))
    , m_progress(new QProgressBar(this))
{
    m_ui->setupUi(this);
    m_progress->setObjectName(QStringLiteral("connectingProgress"));
    m_progress->setRange(0, 0); // busy: a connection has no steps to count
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_ui->connectionLayout->insertWidget(m_ui->connectionLayout->indexOf(m_ui->errorLabel),
                                         m_progress);
    connect(m_opener, &DatabaseOpener::opened, this, &ConnectionDialog::connected);
    connect(m_opener, &DatabaseOpener::failed, this, &ConnectionDialog::connectionFailed);
    // libpq's own words: they are what the PostgreSQL documentation explains.
    m_ui->sslModeCombo->addItems({QStringLiteral("disable"), QStringLiteral("allow"),
                                  QStringLiteral("prefer"), QStringLiteral("require"),
                                  QStringLiteral("verify-ca"), QStringLiteral("verify-full")});
    m_ui->passwordHintLabel->hide();
    m_ui->passwordLabel->hide();
    m_ui->passwordEdit->hide();
    m_ui->errorLabel->hide();

    for (QLineEdit *edit : {m_ui->hostEdit, m_ui->databaseEdit, m_ui->userEdit,
                            m_ui->sslRootCertEdit, m_ui->sslCertEdit, m_ui->sslKeyEdit})
        connect(edit, &QLineEdit::textChanged, this, &ConnectionDialog::updateUrl);
    connect(m_ui->portSpin, &QSpinBox::valueChanged, this, &ConnectionDialog::updateUrl);
    connect(m_ui->sslModeCombo, &QComboBox::currentIndexChanged, this,
            &ConnectionDialog::updateUrl);
    connect(m_ui->profileCombo, &QComboBox::currentIndexChanged, this,
            &ConnectionDialog::showProfile);
    connect(m_ui->deleteProfileButton, &QPushButton::clicked, this,
            &ConnectionDialog::deleteProfile);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ConnectionDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ConnectionDialog::reject);

    loadProfiles(settings().value(lastProfileKey).toString());
    retranslate();
}

ConnectionDialog::~ConnectionDialog() = default;

std::optional<QString> ConnectionDialog::chooseConnection(QWidget *parent)
{
    if (nextConnection()) {
        const std::optional<QString> answer = *nextConnection();
        nextConnection().reset();
        return answer;
    }
    // The tests' mode never shows a modal dialog (gui/Dialogs.h): one not answered is cancelled.
    if (Dialogs::testMode())
        return std::nullopt;
    ConnectionDialog dialog(parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.url();
}

void ConnectionDialog::setNextConnection(const std::optional<QString> &url)
{
    nextConnection() = url;
}

QString ConnectionDialog::url() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(m_ui->hostEdit->text().trimmed());
    url.setPort(m_ui->portSpin->value());
    url.setUserName(m_ui->userEdit->text().trimmed());
    url.setPath(QLatin1Char('/') + m_ui->databaseEdit->text().trimmed());
    QUrlQuery query;
    const QString sslMode = m_ui->sslModeCombo->currentText();
    if (sslMode != defaultSslMode)
        query.addQueryItem(QStringLiteral("sslmode"), sslMode);
    const QList<std::pair<QString, QLineEdit *>> files{
        {QStringLiteral("sslrootcert"), m_ui->sslRootCertEdit},
        {QStringLiteral("sslcert"), m_ui->sslCertEdit},
        {QStringLiteral("sslkey"), m_ui->sslKeyEdit}};
    for (const auto &[key, edit] : files)
        if (!edit->text().trimmed().isEmpty())
            query.addQueryItem(key, edit->text().trimmed());
    url.setQuery(query);
    return url.toString();
}

void ConnectionDialog::accept()
{
    if (isConnecting())
        return;
    m_attemptLocation = url();
    // Out of the widget at once; the dialog never keeps the typed password.
    m_attemptPassword = Secret::fromText(m_ui->passwordEdit->text());
    m_ui->passwordEdit->clear();
    setConnecting(true);
    // Tried here so that a password can be asked for; the caller opens its own connection.
    m_opener->open(m_attemptLocation, m_attemptPassword);
}

void ConnectionDialog::reject()
{
    if (!isConnecting()) {
        QDialog::reject();
        return;
    }
    // Given up, not waited for: the attempt may end in the background, unheard.
    m_opener->abandon();
    m_attemptPassword = {};
    setConnecting(false);
    showError(tr("Connection attempt cancelled."));
}

bool ConnectionDialog::isConnecting() const
{
    return m_opener->isRunning();
}

void ConnectionDialog::connected()
{
    setConnecting(false);
    if (!m_attemptPassword.isEmpty())
        Database::rememberSessionPassword(m_attemptLocation, m_attemptPassword);
    m_attemptPassword = {};
    saveProfile();
    QDialog::accept();
}

void ConnectionDialog::connectionFailed(const QString &message, bool passwordRequired)
{
    setConnecting(false);
    const bool passwordGiven = !m_attemptPassword.isEmpty();
    m_attemptPassword = {};
    if (passwordRequired)
        askForPassword(passwordGiven ? message : QString());
    else
        showError(message);
}

void ConnectionDialog::setConnecting(bool connecting)
{
    const QList<QWidget *> parts{m_ui->serverGroup, m_ui->tlsGroup, m_ui->profileCombo,
                                 m_ui->nameEdit, m_ui->passwordEdit};
    for (QWidget *part : parts)
        part->setEnabled(!connecting);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!connecting);
    m_progress->setVisible(connecting);
    if (connecting)
        showError(tr("Connecting to %1…").arg(m_attemptLocation));
    else
        m_ui->errorLabel->hide();
    if (!connecting)
        updateUrl();
}

void ConnectionDialog::showError(const QString &message)
{
    m_ui->errorLabel->setText(message);
    m_ui->errorLabel->show();
}

void ConnectionDialog::askForPassword(const QString &why)
{
    m_ui->passwordHintLabel->show();
    m_ui->passwordLabel->show();
    m_ui->passwordEdit->show();
    m_ui->passwordEdit->setFocus();
    if (!why.isEmpty())
        showError(why);
}

void ConnectionDialog::loadProfiles(const QString &current)
{
    const QSignalBlocker blocker(m_ui->profileCombo);
    m_ui->profileCombo->clear();
    m_ui->profileCombo->addItem(QString()); // a new profile; named in retranslate()
    for (const Profile &profile : readProfiles())
        m_ui->profileCombo->addItem(profile.name, profile.name);
    m_ui->profileCombo->setCurrentIndex(qMax(0, m_ui->profileCombo->findData(current)));
    showProfile(m_ui->profileCombo->currentIndex());
}

void ConnectionDialog::showProfile(int index)
{
    const QString name = m_ui->profileCombo->itemData(index).toString();
    Profile shown;
    for (const Profile &profile : readProfiles())
        if (profile.name == name)
            shown = profile;
    m_ui->nameEdit->setText(shown.name);
    m_ui->hostEdit->setText(shown.host);
    m_ui->portSpin->setValue(shown.port);
    m_ui->databaseEdit->setText(shown.database);
    m_ui->userEdit->setText(shown.user);
    m_ui->sslModeCombo->setCurrentIndex(qMax(0, m_ui->sslModeCombo->findText(shown.sslMode)));
    m_ui->sslRootCertEdit->setText(shown.sslRootCert);
    m_ui->sslCertEdit->setText(shown.sslCert);
    m_ui->sslKeyEdit->setText(shown.sslKey);
    m_ui->deleteProfileButton->setEnabled(!name.isEmpty());
    updateUrl();
}

void ConnectionDialog::saveProfile()
{
    Profile profile;
    profile.host = m_ui->hostEdit->text().trimmed();
    profile.port = m_ui->portSpin->value();
    profile.database = m_ui->databaseEdit->text().trimmed();
    profile.user = m_ui->userEdit->text().trimmed();
    profile.name = m_ui->nameEdit->text().trimmed();
    if (profile.name.isEmpty())
        profile.name = QStringLiteral("%1@%2/%3").arg(profile.user, profile.host, profile.database);
    profile.sslMode = m_ui->sslModeCombo->currentText();
    profile.sslRootCert = m_ui->sslRootCertEdit->text().trimmed();
    profile.sslCert = m_ui->sslCertEdit->text().trimmed();
    profile.sslKey = m_ui->sslKeyEdit->text().trimmed();
    QList<Profile> profiles = readProfiles();
    profiles.removeIf([&](const Profile &other) { return other.name == profile.name; });
    profiles.append(profile);
    std::sort(profiles.begin(), profiles.end(),
              [](const Profile &a, const Profile &b) { return a.name < b.name; });
    writeProfiles(profiles);
    settings().setValue(lastProfileKey, profile.name);
    loadProfiles(profile.name);
}

void ConnectionDialog::deleteProfile()
{
    const QString name = m_ui->profileCombo->currentData().toString();
    if (name.isEmpty())
        return;
    QList<Profile> profiles = readProfiles();
    profiles.removeIf([&](const Profile &profile) { return profile.name == name; });
    writeProfiles(profiles);
    loadProfiles(QString());
}

void ConnectionDialog::updateUrl()
{
    m_ui->urlLabel->setText(url());
    m_ui->buttonBox->button(QDialogButtonBox::Ok)
        ->setEnabled(!m_ui->hostEdit->text().trimmed().isEmpty() &&
                     !m_ui->databaseEdit->text().trimmed().isEmpty());
}

void ConnectionDialog::retranslate()
{
    m_ui->profileCombo->setItemText(0, tr("(new profile)"));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
}

void ConnectionDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QDialog::changeEvent(event);
}
