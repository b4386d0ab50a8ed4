#include "gui/browser/UserDetailsPane.h"

#include "domain/AccountActions.h"
#include "domain/DisplayText.h"
#include "gui/browser/UserDetailsLoader.h"
#include "gui/browser/UsersBrowser.h"
#include "gui/browser/UsersTableModel.h"
#include "ui_UserDetailsPane.h"

#include <QEvent>
#include <QLocale>

namespace {
// Long enough for a read on a near database to replace the old user without anything showing in
// between; short enough that a slow one says so.
constexpr int defaultLoadingDelay = 300;
} // namespace

UserDetailsPane::UserDetailsPane(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::UserDetailsPane>())
    , m_loader(new UserDetailsLoader(this))
{
    m_ui->setupUi(this);
    m_ui->detailsStatusLabel->setForegroundRole(QPalette::PlaceholderText);
    m_loadingTimer.setSingleShot(true);
    m_loadingTimer.setInterval(defaultLoadingDelay);
    connect(&m_loadingTimer, &QTimer::timeout, this, &UserDetailsPane::showLoading);
    connect(m_loader, &UserDetailsLoader::loaded, this, &UserDetailsPane::loaded);
    connect(m_loader, &UserDetailsLoader::failed, this, &UserDetailsPane::failed);
    showState();
}

UserDetailsPane::~UserDetailsPane() = default;

QSize UserDetailsPane::sizeHint() const
{
    return {fontMetrics().averageCharWidth() * 44, QWidget::sizeHint().height()};
}

QSize UserDetailsPane::minimumSizeHint() const
{
    return {fontMetrics().averageCharWidth() * 26, QWidget::minimumSizeHint().height()};
}

void UserDetailsPane::setDatabaseLocation(const QString &location, const InstanceSettings &settings)
{
    m_settings = settings;
    if (location != m_location) {
        m_location = location;
        m_loader->setDatabaseLocation(location);
        showNoUser();
        return;
    }
    // The same database with other settings: the iterations are judged again.
    showState();
}

void UserDetailsPane::follow(UsersBrowser *browser)
{
    connect(browser, &UsersBrowser::currentUserChanged, this, &UserDetailsPane::showUser);
    connect(browser, &UsersBrowser::noCurrentUser, this, &UserDetailsPane::showNoUser);
    // The browser re-reads its rows after its own writes, but not a current row scrolled out
    // of view.
    connect(browser, &UsersBrowser::usersChanged, this, &UserDetailsPane::reload);
    // A row older than what the pane just read (changed elsewhere) is read again.
    connect(this, &UserDetailsPane::userRead, browser, &UsersBrowser::compareWithRead);
}

void UserDetailsPane::showUser(qint64 userId)
{
    m_userId = userId;
    load();
}

void UserDetailsPane::showNoUser()
{
    m_userId.reset();
    m_loader->cancel();
    m_loadingTimer.stop();
    m_details.reset();
    m_status = Status::NoUser;
    showState();
}

void UserDetailsPane::reload()
{
    load();
}

void UserDetailsPane::load()
{
    if (!m_userId)
        return;
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    m_stale = false;
    m_loader->load(*m_userId);
    // Nothing shown to keep: say so at once.
    if (!m_details)
        showLoading();
    else if (!m_loadingTimer.isActive())
        m_loadingTimer.start();
}

void UserDetailsPane::showLoading()
{
    if (!m_loader->isLoading())
        return;
    m_status = Status::Loading;
    showState();
}

void UserDetailsPane::loaded(qint64 userId, const std::optional<UserDetails> &details)
{
    if (userId != m_userId)
        return;
    m_loadingTimer.stop();
    m_details = details;
    m_status = details ? Status::Details : Status::Gone;
    showState();
    emit userRead(userId, details ? std::optional(details->shown()) : std::nullopt);
}

void UserDetailsPane::failed(qint64 userId, const QString &message)
{
    if (userId != m_userId)
        return;
    m_loadingTimer.stop();
    m_details.reset();
    m_failure = message;
    m_status = Status::Failed;
    showState();
}

void UserDetailsPane::showState()
{
    QString status;
    switch (m_status) {
    case Status::Details:
        break;
    case Status::NoUser:
        status = tr("No user selected");
        break;
    case Status::Loading:
        status = tr("Loading…");
        break;
    case Status::Gone:
        status = tr("This user no longer exists.");
        break;
    case Status::Failed:
        status = tr("Cannot read the user: %1").arg(DisplayText::visible(m_failure));
        break;
    }
    m_ui->detailsStatusLabel->setText(status);
    m_ui->detailsStatusLabel->setVisible(!status.isEmpty());
    // An older user stays while the next one loads, greyed once that takes a while.
    m_ui->detailsArea->setVisible(m_details.has_value());
    m_ui->detailsArea->setEnabled(m_status == Status::Details);
    if (m_details)
        showDetails();
}

void UserDetailsPane::showDetails()
{
    const UserDetails &user = *m_details;
    const QLocale locale;
    const auto yesNo = &UsersTableModel::yesNo;
    const auto visible = [](const QString &text) { return DisplayText::visible(text); };
    m_ui->idValue->setText(QString::number(user.id));
    m_ui->emailValue->setText(visible(user.email));
    m_ui->nameValue->setText(visible(user.name));
    m_ui->superuserValue->setText(yesNo(user.superuser));
    m_ui->staffValue->setText(yesNo(user.staff));
    m_ui->activeValue->setText(yesNo(user.active));
    m_ui->dateJoinedValue->setText(DisplayText::dateTime(user.dateJoined));
    m_ui->lastLoginValue->setText(UsersTableModel::lastLoginText(user.lastLogin));

    const PasswordState &password = user.password;
    QString passwordText;
    if (!password.usable)
        passwordText = tr("unusable: nobody can sign in with a password");
    else if (password.hasher.isEmpty())
        passwordText = tr("usable, hasher not recognised");
    else if (password.iterations)
        passwordText = tr("usable, %1 with %2 iterations")
                           .arg(visible(password.hasher), locale.toString(*password.iterations));
    else
        passwordText = tr("usable, %1").arg(visible(password.hasher));
    m_ui->passwordStateValue->setText(passwordText);
    // Django hashes the password again with the setting's iterations at the next sign-in.
    const bool weak = password.usable && password.iterations &&
                      *password.iterations < m_settings.passwordIterations;
    m_ui->iterationsWarning->setText(weak ? tr("Fewer iterations than the instance setting (%1)")
                                                .arg(locale.toString(m_settings.passwordIterations))
                                          : QString());
    m_ui->iterationsWarning->setVisible(weak);

    m_ui->superAdminValue->setText(yesNo(user.superAdminRole));

    QStringList memberships;
    for (const UserMembershipDetails &membership : user.memberships) {
        QStringList teams;
        for (const QString &team : membership.teams)
            teams << visible(team);
        memberships << tr("%1 (%2): %3; %4")
                           .arg(visible(membership.organizationSlug),
                                visible(membership.organizationName), visible(membership.role),
                                teams.isEmpty() ? tr("no team")
                                                : tr("team(s) %1", nullptr, int(teams.size()))
                                                      .arg(teams.join(QStringLiteral(", "))));
    }
    m_ui->organizationsValue->setText(memberships.isEmpty() ? tr("none") : memberships.join(u'\n'));

    QStringList emails;
    if (user.emails)
        for (const UserEmailDetails &email : *user.emails)
            emails << (email.verified ? tr("%1 (verified)") : tr("%1 (not verified)"))
                          .arg(visible(email.email));
    m_ui->addressesValue->setText(!user.emails       ? tr("not kept by this database")
                                  : emails.isEmpty() ? tr("none")
                                                     : emails.join(u'\n'));

    QStringList methods;
    if (user.authenticatorTypes)
        // In the order the reset's question and log line name them (recovery codes last).
        for (const int type : AccountActions::inSentryOrder(*user.authenticatorTypes))
            methods << AccountActions::twoFactorMethodName(type);
    m_ui->twoFactorValue->setText(!user.authenticatorTypes ? tr("not kept by this database")
                                  : methods.isEmpty()      ? tr("none")
                                                           : methods.join(QStringLiteral(", ")));
}

void UserDetailsPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        showState();
    }
    QWidget::changeEvent(event);
}

void UserDetailsPane::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        load();
}
