#include "BackendUnderTest.h"
#include "CliRunner.h"
#include "Django.h"
#include "SentryQueries.h"
#include "TestDatabase.h"
#include "crypto/CryptoSession.h"
#include "domain/AccountActions.h"
#include "storage/SqlAccountStore.h"

#include <QTest>
#include <QThread>
#include <thread>

namespace {
const QByteArray password = "Corr3ct-Horse-Battery";
const QString ops = QStringLiteral("ops@example.com");
const QString member = QStringLiteral("member@example.com");
// Organization acme with teams backend and web (besides organization 1, sentry, and its team
// sentry).
constexpr qint64 acme = 50;
constexpr qint64 backend = 51;
constexpr qint64 web = 52;
using Result = CliRunner::Result;
} // namespace

// The account actions (set-password, deactivate, activate, change-email, reset-2fa and the
// membership actions) through the real useradmin-cli and through their API, on the embedded
// database and on a hybrid-cloud PostgreSQL database: what Sentry's own look-ups then find, the
// rows Sentry keeps in step, the last superuser and the last owner kept, and no password anywhere
// but the one line of
// --generate.
class TestAccountActions : public QObject
{
    Q_OBJECT

private:
    CryptoSession m_crypto;
    std::unique_ptr<PostgresServer> m_server;
    std::unique_ptr<TestDatabase> m_db;
    QTemporaryDir m_home;

    Result cli(QStringList arguments, const QByteArray &input = {})
    {
        arguments.prepend(m_db->location());
        arguments.prepend(QStringLiteral("--database"));
        return CliRunner(m_home.path(), PostgresServer::cleanEnvironment()).run(arguments, input);
    }
    QSqlDatabase db() const { return testConnection(m_db->database()); }
    qint64 userId(const QString &email) const
    {
        return m_db->value(QStringLiteral("SELECT id FROM auth_user WHERE email = ?"), {email})
            .toLongLong();
    }
    QString hashOf(const QString &email) const
    {
        return m_db
            ->value(QStringLiteral("SELECT password FROM auth_user WHERE email = ?"), {email})
            .toString();
    }
    static void verifyExit(const Result &result, int code)
    {
        QVERIFY2(result.exitCode == code, qPrintable(QStringLiteral("exit %1 instead of %2\n%3%4")
                                                         .arg(result.exitCode)
                                                         .arg(code)
                                                         .arg(result.out, result.err)));
    }
    // ops@ (a superuser with a password) and member@ (no password), both in organization sentry.
    void createUsers()
    {
        verifyExit(cli({QStringLiteral("createuser"), QStringLiteral("--email"), ops,
                        QStringLiteral("--password-stdin"), QStringLiteral("--superuser"),
                        QStringLiteral("--no-input")},
                       password + '\n'),
                   0);
        verifyExit(cli({QStringLiteral("createuser"), QStringLiteral("--email"), member,
                        QStringLiteral("--no-password"), QStringLiteral("--no-input")}),
                   0);
    }
    // Acme, mapped as Sentry maps an organization, with its two teams.
    void addAcme()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        m_db->exec(QStringLiteral("INSERT INTO sentry_organization (id, name, slug, status, "
                                  "date_added, default_role, is_test, flags) VALUES (?, 'Acme', "
                                  "'acme', 0, ?, 'member', ?, 1)"),
                   {acme, now, false});
        m_db->exec(QStringLiteral("INSERT INTO sentry_organizationmapping (organization_id, slug, "
                                  "name, date_created, verified, idempotency_key, region_name, "
                                  "status) VALUES (?, 'acme', 'Acme', ?, ?, '', '--monolith--', "
                                  "0)"),
                   {acme, now, false});
        for (const auto &[id, slug] : {std::pair(backend, "backend"), std::pair(web, "web")})
            m_db->exec(
                QStringLiteral("INSERT INTO sentry_team (id, organization_id, slug, name, "
                               "status, idp_provisioned, date_added) VALUES (?, ?, ?, ?, "
                               "0, ?, ?)"),
                {id, acme, QString::fromLatin1(slug), QString::fromLatin1(slug), false, now});
    }
    Result onAcme(const QString &command, const QString &email, const QStringList &extra = {})
    {
        return cli(QStringList{command, QStringLiteral("--email"), email,
                               QStringLiteral("--organization"), QStringLiteral("acme")} +
                   extra);
    }
    std::optional<qint64> memberId(const QString &email, qint64 organization) const
    {
        const QVariant id = m_db->value(QStringLiteral("SELECT m.id FROM sentry_organizationmember "
                                                       "m JOIN auth_user u ON u.id = m.user_id "
                                                       "WHERE u.email = ? AND m.organization_id "
                                                       "= ?"),
                                        {email, organization});
        return id.isValid() && !id.isNull() ? std::optional(id.toLongLong()) : std::nullopt;
    }
    QString mappingRole(const QString &email, qint64 organization) const
    {
        return m_db
            ->value(QStringLiteral("SELECT mm.role FROM sentry_organizationmembermapping mm JOIN "
                                   "auth_user u ON u.id = mm.user_id WHERE u.email = ? AND "
                                   "mm.organization_id = ?"),
                    {email, organization})
            .toString();
    }
    // The doctor finds nothing to repair: every mapping, copy and replica is as Sentry keeps it.
    void verifyNothingToRepair()
    {
        const Result doctor = cli({QStringLiteral("doctor")});
        QVERIFY2(doctor.exitCode == 0, qPrintable(doctor.out + doctor.err));
    }
    // The request of a rival operator, run on its own connection in its own thread while the
    // first one holds its transaction open, which then commits. The rival waits for the first
    // one's locks (SQLite: its busy timeout) and then sees the result. Were it to start only
    // after the commit, it would see the same: the outcome does not depend on the timing.
    AccountActionReport runWhileHeld(AccountStore &first, const AccountActionRequest &request)
    {
        AccountActionReport report;
        std::thread rival([&] {
            const std::unique_ptr<Database> other = m_db->database().reopen();
            const std::unique_ptr<AccountStore> store = SqlAccountStore::create(*other);
            report = AccountActions(*store, {}).run(request);
        });
        QThread::msleep(300);
        first.commit();
        rival.join();
        return report;
    }
    int cacheVersion(qint64 id) const
    {
        return m_db
            ->value(QStringLiteral("SELECT version FROM hybridcloud_regioncacheversion WHERE "
                                   "keyname = ?"),
                    {QStringLiteral("user_service.get_user:%1").arg(id)})
            .toInt();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        if (!onPostgres)
            return;
        // Fails (never skips) when the server cannot start: CI must run these for real.
        m_server = std::make_unique<PostgresServer>();
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
        QVERIFY2(m_server->createSentryDatabase(hybridTemplate, PostgresServer::Schema::Hybrid),
                 qPrintable(m_server->errorString()));
    }

    void init()
    {
        m_db = onPostgres ? std::make_unique<TestDatabase>(*m_server, hybridTemplate)
                          : std::make_unique<TestDatabase>();
        createUsers();
    }
    void cleanup() { m_db.reset(); }

    void generatedPasswordIsPrintedOnceAndDjangoAcceptsIt()
    {
        const QString before = m_db->value(QStringLiteral("SELECT session_nonce FROM auth_user "
                                                          "WHERE email = ?"),
                                           {member})
                                   .toString();
        const Result result = cli({QStringLiteral("set-password"), QStringLiteral("--email"),
                                   member, QStringLiteral("--generate")});
        verifyExit(result, 0);
        QCOMPARE(result.out.count(QLatin1Char('\n')), 1);
        const QString generated = result.out.trimmed();
        QVERIFY2(generated.size() >= AccountActions::GeneratedPasswordLength,
                 qPrintable(generated));
        // Its line goes to standard error (after it, on PostgreSQL, the note about Sentry's cache).
        QVERIFY2(result.err.startsWith(member + QStringLiteral(": password generated\n")),
                 qPrintable(result.err));
        QVERIFY(!result.err.contains(generated));
        const QString hash = hashOf(member);
        QVERIFY2(hash.startsWith(QStringLiteral("pbkdf2_sha256$%1$")
                                     .arg(m_db->database().instanceSettings().passwordIterations)),
                 qPrintable(hash));
        QVERIFY(Django::acceptsPassword(generated.toUtf8(), hash));
        // Signed out everywhere; Sentry's login now finds the user.
        QVERIFY(m_db->value(QStringLiteral("SELECT session_nonce FROM auth_user WHERE email = ?"),
                            {member})
                    .toString() != before);
        QCOMPARE(SentryQueries::loginUser(db(), member), userId(member));
        // One password a run: it is printed once, for one user.
        const Result two = cli({QStringLiteral("set-password"), QStringLiteral("--email"), member,
                                QStringLiteral("--email"), ops, QStringLiteral("--generate")});
        verifyExit(two, 1);
        QCOMPARE(two.out, QString());
    }

    void typedPasswordComesFromStandardInputAndMeetsThePolicy()
    {
        const QStringList arguments{QStringLiteral("set-password"), QStringLiteral("--email"),
                                    member, QStringLiteral("--password-stdin")};
        const Result weak = cli(arguments, "12345678\n");
        verifyExit(weak, 1);
        QVERIFY2(weak.err.contains(QStringLiteral("This password is too common.")),
                 qPrintable(weak.err));
        QVERIFY(!(weak.out + weak.err).contains(QStringLiteral("12345678")));
        QCOMPARE(hashOf(member), QString());

        const QByteArray chosen = "Another-Corr3ct-Horse";
        const Result set = cli(arguments, chosen + '\n');
        verifyExit(set, 0);
        QCOMPARE(set.out, member + QStringLiteral(": password set\n"));
        QVERIFY(!(set.out + set.err).contains(QString::fromLatin1(chosen)));
        QVERIFY(Django::acceptsPassword(chosen, hashOf(member)));
        QVERIFY(!SentryQueries::passwordExpired(db(), userId(member)));

        // Never from the command line.
        const Result argv = cli({QStringLiteral("set-password"), QStringLiteral("--email"), member,
                                 QStringLiteral("--password"), QString::fromLatin1(chosen)});
        verifyExit(argv, 1);
        QVERIFY(!(argv.out + argv.err).contains(QString::fromLatin1(chosen)));
    }

    void deactivatedUserIsMissedBySentrysLookUps()
    {
        const qint64 id = userId(member);
        QCOMPARE(SentryQueries::usersByEmail(db(), member, false), QList<qint64>{id});
        const int versionBefore = onPostgres ? cacheVersion(id) : 0;
        const Result result =
            cli({QStringLiteral("deactivate"), QStringLiteral("--email"), member.toUpper()});
        verifyExit(result, 0);
        QCOMPARE(result.out, member + QStringLiteral(": deactivated\n"));
        QVERIFY(SentryQueries::usersByEmail(db(), member, false).isEmpty());
        // The members' copy follows (Sentry's update_region_user).
        QCOMPARE(m_db->count(QStringLiteral("sentry_organizationmember"),
                             QStringLiteral("user_id = ? AND user_is_active = false"), {id}),
                 1);
        if (onPostgres)
            QCOMPARE(cacheVersion(id), versionBefore + 1);

        const Result again = cli({QStringLiteral("deactivate"), QStringLiteral("--email"), member});
        verifyExit(again, 0);
        QCOMPARE(again.out, member + QStringLiteral(": already inactive\n"));

        verifyExit(cli({QStringLiteral("activate"), QStringLiteral("--email"), member}), 0);
        QCOMPARE(SentryQueries::usersByEmail(db(), member, false), QList<qint64>{id});
        QCOMPARE(m_db->count(QStringLiteral("sentry_organizationmember"),
                             QStringLiteral("user_id = ? AND user_is_active = true"), {id}),
                 1);
    }

    void lastActiveSuperuserIsKeptUnlessAllowed()
    {
        const Result refused = cli({QStringLiteral("deactivate"), QStringLiteral("--email"), ops,
                                    QStringLiteral("--email"), member});
        verifyExit(refused, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("the last active superuser")),
                 qPrintable(refused.err));
        QVERIFY2(refused.err.contains(QStringLiteral("--allow-no-superuser")),
                 qPrintable(refused.err));
        // The other user of the run is still done, in its own transaction.
        QCOMPARE(refused.out, member + QStringLiteral(": deactivated\n"));
        QCOMPARE(
            m_db->value(QStringLiteral("SELECT is_active FROM auth_user WHERE email = ?"), {ops})
                .toBool(),
            true);
        const Result allowed = cli({QStringLiteral("deactivate"), QStringLiteral("--email"), ops,
                                    QStringLiteral("--allow-no-superuser")});
        verifyExit(allowed, 0);
        QCOMPARE(allowed.out, ops + QStringLiteral(": deactivated\n"));
        QVERIFY(SentryQueries::usersByEmail(db(), ops, false).isEmpty());
    }

    void unknownUserStopsTheRunBeforeAnyWrite()
    {
        const Result result =
            cli({QStringLiteral("deactivate"), QStringLiteral("--email"), member,
                 QStringLiteral("--email"), QStringLiteral("nobody@example.com")});
        verifyExit(result, 1);
        QCOMPARE(result.out, QString());
        QCOMPARE(result.err, QStringLiteral("Error: nobody@example.com: no such user\n"));
        QCOMPARE(SentryQueries::usersByEmail(db(), member, false), QList<qint64>{userId(member)});
    }

    void changedAddressIsWhatSentryFindsNow()
    {
        const qint64 id = userId(ops);
        const QString renamed = QStringLiteral("root@example.com");
        const Result result = cli({QStringLiteral("change-email"), QStringLiteral("--email"), ops,
                                   QStringLiteral("--to"), renamed});
        verifyExit(result, 0);
        QCOMPARE(result.out, ops + QStringLiteral(": email %1 → %2\n").arg(ops, renamed));
        QCOMPARE(SentryQueries::loginUser(db(), renamed), id);
        QVERIFY(!SentryQueries::loginUser(db(), ops));
        QCOMPARE(m_db->value(QStringLiteral("SELECT username FROM auth_user WHERE id = ?"), {id})
                     .toString(),
                 renamed);
        // A new unverified useremail row replaces the old one; the members' copy follows.
        QCOMPARE(
            m_db->count(QStringLiteral("sentry_useremail"), QStringLiteral("user_id = ?"), {id}),
            1);
        QCOMPARE(m_db->value(QStringLiteral("SELECT email FROM sentry_useremail WHERE user_id = "
                                            "? AND is_verified = false"),
                             {id})
                     .toString(),
                 renamed);
        QCOMPARE(SentryQueries::usersByEmail(db(), renamed, false), QList<qint64>{id});
        QCOMPARE(m_db->value(QStringLiteral("SELECT user_email FROM sentry_organizationmember "
                                            "WHERE user_id = ?"),
                             {id})
                     .toString(),
                 renamed);
    }

    void addressOfAnotherUserIsRefusedInAnyCase()
    {
        const Result result = cli({QStringLiteral("change-email"), QStringLiteral("--email"),
                                   member, QStringLiteral("--to"), ops.toUpper()});
        verifyExit(result, 1);
        QVERIFY2(result.err.contains(QStringLiteral("another user already has the address")),
                 qPrintable(result.err));
        QCOMPARE(userId(member) > 0, true);
        const Result invalid = cli({QStringLiteral("change-email"), QStringLiteral("--email"),
                                    member, QStringLiteral("--to"), QStringLiteral("nope")});
        verifyExit(invalid, 1);
        QCOMPARE(userId(member) > 0, true);
    }

    void twoFactorResetRemovesEveryMethod()
    {
        const qint64 id = userId(ops);
        for (const int type : {0, 1})
            m_db->exec(QStringLiteral("INSERT INTO auth_authenticator (user_id, created_at, type, "
                                      "config) VALUES (?, ?, ?, '')"),
                       {id, QDateTime::currentDateTimeUtc(), type});
        const Result result = cli({QStringLiteral("reset-2fa"), QStringLiteral("--email"), ops,
                                   QStringLiteral("--email"), member});
        verifyExit(result, 0);
        QCOMPARE(result.out, ops + QStringLiteral(": 2FA reset: totp, recovery\n") + member +
                                 QStringLiteral(": no two-factor method enrolled\n"));
        QCOMPARE(
            m_db->count(QStringLiteral("auth_authenticator"), QStringLiteral("user_id = ?"), {id}),
            0);
    }

    // The API a background controller calls: progress after each user, Cancel between users,
    // each generated password handed over once, after its user's commit.
    void apiReportsProgressHandsOverPasswordsAndCancels()
    {
        const std::unique_ptr<AccountStore> store = SqlAccountStore::create(m_db->database());
        InstanceSettings settings = m_db->database().instanceSettings();
        settings.passwordIterations = 1000;
        AccountActions actions(*store, settings);
        AccountActionRequest request;
        request.action = AccountAction::SetPassword;
        request.generatePassword = true;
        request.userIds = {userId(ops), userId(member)};
        QList<std::pair<int, int>> progress;
        QHash<QString, QByteArray> passwords;
        AccountActionObserver observer;
        observer.progress = [&](int done, int total) { progress.append({done, total}); };
        observer.passwordGenerated = [&](const QString &email, const Secret &secret) {
            passwords.insert(email, secret.utf8().toByteArray());
        };
        const AccountActionReport report = actions.run(request, observer);
        QCOMPARE(report.updated, 2);
        QCOMPARE(progress, (QList<std::pair<int, int>>{{1, 2}, {2, 2}}));
        QCOMPARE(passwords.size(), 2);
        QVERIFY(passwords.value(ops) != passwords.value(member));
        for (const Outcome &outcome : report.outcomes)
            for (const QByteArray &generated : std::as_const(passwords))
                QVERIFY(!outcome.message.contains(QString::fromLatin1(generated)));
        QVERIFY(Django::acceptsPassword(passwords.value(member), hashOf(member)));

        AccountActionRequest deactivation;
        deactivation.action = AccountAction::Deactivate;
        deactivation.userIds = {userId(member), userId(ops)};
        AccountActionObserver cancelling;
        int done = 0;
        cancelling.progress = [&](int count, int) { done = count; };
        cancelling.cancelRequested = [&] { return done >= 1; };
        const AccountActionReport cancelled = actions.run(deactivation, cancelling);
        QVERIFY(cancelled.cancelled);
        QCOMPARE(cancelled.updated, 1);
        QCOMPARE(SentryQueries::usersByEmail(db(), ops, false), QList<qint64>{userId(ops)});
    }

    // The operator saw two users; on another connection someone renamed one of them since. That
    // one is refused untouched, the other is deactivated.
    void userChangedByAnotherOperatorSinceSeenIsRefused()
    {
        const std::unique_ptr<AccountStore> store = SqlAccountStore::create(m_db->database());
        AccountActionRequest request;
        request.action = AccountAction::Deactivate;
        request.allowNoSuperuser = true; // ops@ is the only superuser
        for (const QString &email : {ops, member}) {
            const std::optional<StoredAccount> seen = store->account(userId(email));
            QVERIFY(seen);
            request.userIds.append(seen->id);
            request.seen.insert(seen->id, seen->shown());
        }
        {
            const std::unique_ptr<Database> other = m_db->database().reopen();
            QSqlQuery rename(testConnection(*other));
            QVERIFY(rename.prepare(QStringLiteral("UPDATE auth_user SET first_name = ? WHERE id "
                                                  "= ?")));
            rename.addBindValue(QStringLiteral("Renamed elsewhere"));
            rename.addBindValue(userId(member));
            QVERIFY2(rename.exec(), qPrintable(rename.lastError().text()));
        }
        const AccountActionReport report = AccountActions(*store, {}).run(request);
        QCOMPARE(report.updated, 1);
        QCOMPARE(report.errors, 1);
        const auto refused = std::find_if(
            report.outcomes.cbegin(), report.outcomes.cend(),
            [](const Outcome &outcome) { return outcome.kind == Outcome::Kind::Error; });
        QVERIFY(refused != report.outcomes.cend());
        QCOMPARE(refused->email, member);
        QVERIFY2(refused->message.contains(QStringLiteral("changed by someone else; reload")),
                 qPrintable(refused->message));
        QCOMPARE(m_db->count(QStringLiteral("auth_user"), QStringLiteral("is_active = true")), 1);
        QCOMPARE(m_db->value(QStringLiteral("SELECT is_active FROM auth_user WHERE id = ?"),
                             {userId(member)})
                     .toBool(),
                 true);
    }

    // add-member, set-role, add-team, remove-team, remove-member: each user's line names what
    // changed, and Sentry's own read queries see the memberships, mappings and replicas as
    // Sentry's member endpoints leave them.
    void membershipActionsLeaveWhatSentryReads()
    {
        addAcme();
        const qint64 id = userId(member);
        const Result joined =
            onAcme(QStringLiteral("add-member"), member,
                   {QStringLiteral("--role"), QStringLiteral("admin"), QStringLiteral("--team"),
                    QStringLiteral("backend"), QStringLiteral("--team"), QStringLiteral("web")});
        verifyExit(joined, 0);
        QCOMPARE(joined.out,
                 member + QStringLiteral(": joined acme as admin, teams backend, web\n"));
        QCOMPARE(SentryQueries::organizationsOf(db(), id),
                 (QStringList{QStringLiteral("acme"), QStringLiteral("sentry")}));
        QCOMPARE(SentryQueries::usersByEmail(db(), member, false, acme), QList<qint64>{id});
        QCOMPARE(SentryQueries::teamMembers(db(), backend), QList<qint64>{id});
        QCOMPARE(SentryQueries::teamMembers(db(), web), QList<qint64>{id});
        QCOMPARE(mappingRole(member, acme), QStringLiteral("admin"));
        QCOMPARE(m_db->value(QStringLiteral("SELECT user_email FROM sentry_organizationmember "
                                            "WHERE organization_id = ? AND user_id = ?"),
                             {acme, id})
                     .toString(),
                 member);
        verifyNothingToRepair();

        const Result again = onAcme(QStringLiteral("add-member"), member);
        verifyExit(again, 0);
        QCOMPARE(again.out, member + QStringLiteral(": already a member of acme (role admin)\n"));

        const Result promoted = onAcme(QStringLiteral("set-role"), member,
                                       {QStringLiteral("--role"), QStringLiteral("OWNER")});
        verifyExit(promoted, 0);
        QCOMPARE(promoted.out, member + QStringLiteral(": role in acme admin → owner\n"));
        QCOMPARE(mappingRole(member, acme), QStringLiteral("owner"));
        const Result same = onAcme(QStringLiteral("set-role"), member,
                                   {QStringLiteral("--role"), QStringLiteral("owner")});
        verifyExit(same, 0);
        QCOMPARE(same.out, member + QStringLiteral(": already owner in acme\n"));

        const Result left = onAcme(QStringLiteral("remove-team"), member,
                                   {QStringLiteral("--team"), QStringLiteral("web")});
        verifyExit(left, 0);
        QCOMPARE(left.out, member + QStringLiteral(": removed from team web in acme\n"));
        QVERIFY(SentryQueries::teamMembers(db(), web).isEmpty());
        QCOMPARE(SentryQueries::teamMembers(db(), backend), QList<qint64>{id});
        QCOMPARE(m_db->count(QStringLiteral("sentry_organizationmember_teamsreplica"),
                             QStringLiteral("team_id = ?"), {web}),
                 0);
        const Result notIn = onAcme(QStringLiteral("remove-team"), member,
                                    {QStringLiteral("--team"), QStringLiteral("web")});
        verifyExit(notIn, 0);
        QCOMPARE(notIn.out, member + QStringLiteral(": not in team web of acme\n"));
        const Result added = onAcme(QStringLiteral("add-team"), member,
                                    {QStringLiteral("--team"), QStringLiteral("web"),
                                     QStringLiteral("--team"), QStringLiteral("backend")});
        verifyExit(added, 0);
        QCOMPARE(added.out, member + QStringLiteral(": added to team web in acme\n"));
        QCOMPARE(SentryQueries::teamMembers(db(), web), QList<qint64>{id});
        verifyNothingToRepair();

        // The only owner of acme stays; with a second owner, it may go.
        const std::optional<qint64> membership = memberId(member, acme);
        QVERIFY(membership);
        const Result kept = onAcme(QStringLiteral("remove-member"), member);
        verifyExit(kept, 1);
        QVERIFY2(kept.err.contains(QStringLiteral("the only remaining owner of acme")),
                 qPrintable(kept.err));
        QCOMPARE(memberId(member, acme), membership);
        const Result demotion = onAcme(QStringLiteral("set-role"), member,
                                       {QStringLiteral("--role"), QStringLiteral("member")});
        verifyExit(demotion, 1);
        QCOMPARE(mappingRole(member, acme), QStringLiteral("owner"));
        verifyExit(onAcme(QStringLiteral("add-member"), ops,
                          {QStringLiteral("--role"), QStringLiteral("owner")}),
                   0);
        // A request of the member to join a team goes with it, as Sentry's cascade takes it.
        const bool requests = onPostgres;
        if (requests)
            m_db->exec(QStringLiteral("INSERT INTO sentry_organizationaccessrequest (member_id, "
                                      "team_id) VALUES (?, ?)"),
                       {*membership, backend});
        const Result removed = onAcme(QStringLiteral("remove-member"), member);
        verifyExit(removed, 0);
        QCOMPARE(removed.out, member + QStringLiteral(": left acme (teams backend, web)\n"));
        QCOMPARE(SentryQueries::organizationsOf(db(), id), QStringList{QStringLiteral("sentry")});
        QVERIFY(SentryQueries::usersByEmail(db(), member, false, acme).isEmpty());
        QVERIFY(SentryQueries::teamMembers(db(), backend).isEmpty());
        QCOMPARE(m_db->count(QStringLiteral("sentry_organizationmembermapping"),
                             QStringLiteral("organization_id = ? AND user_id = ?"), {acme, id}),
                 0);
        for (const QString &table : {QStringLiteral("sentry_organizationmember_teams"),
                                     QStringLiteral("sentry_organizationmember_teamsreplica")})
            QCOMPARE(m_db->count(table, QStringLiteral("organizationmember_id = ?"), {*membership}),
                     0);
        if (requests)
            QCOMPARE(m_db->count(QStringLiteral("sentry_organizationaccessrequest")), 0);
        // Its membership of sentry is untouched.
        QCOMPARE(mappingRole(member, 1), QStringLiteral("member"));
        verifyNothingToRepair();
        const Result gone = onAcme(QStringLiteral("remove-member"), member);
        verifyExit(gone, 0);
        QCOMPARE(gone.out, member + QStringLiteral(": not a member of acme\n"));
    }

    // An organization, team or role that is not there refuses the whole run, naming it, before
    // anything is written; so does a change for a user who is not a member.
    void unknownOrganizationTeamOrRoleWritesNothing()
    {
        addAcme();
        const int members = m_db->count(QStringLiteral("sentry_organizationmember"));
        const int mappings = m_db->count(QStringLiteral("sentry_organizationmembermapping"));
        const int teamMembers = m_db->count(QStringLiteral("sentry_organizationmember_teams"));
        const QList<std::pair<QStringList, QString>> refusals{
            {{QStringLiteral("add-member"), QStringLiteral("--email"), member,
              QStringLiteral("--organization"), QStringLiteral("nowhere")},
             QStringLiteral("Error: unknown organization: nowhere\n")},
            {{QStringLiteral("add-member"), QStringLiteral("--email"), member,
              QStringLiteral("--organization"), QStringLiteral("acme"), QStringLiteral("--team"),
              QStringLiteral("backend"), QStringLiteral("--team"), QStringLiteral("mobile")},
             QStringLiteral("Error: unknown team: mobile\n")},
            {{QStringLiteral("add-team"), QStringLiteral("--email"), member,
              QStringLiteral("--organization"), QString::number(acme), QStringLiteral("--team"),
              QStringLiteral("sentry")},
             QStringLiteral("Error: team sentry is not in organization acme\n")},
            {{QStringLiteral("set-role"), QStringLiteral("--email"), member,
              QStringLiteral("--organization"), QStringLiteral("sentry"), QStringLiteral("--role"),
              QStringLiteral("boss")},
             QStringLiteral("Error: unknown role: boss (known: member, admin, manager, owner, "
                            "billing)\n")},
            {{QStringLiteral("set-role"), QStringLiteral("--email"), member,
              QStringLiteral("--organization"), QStringLiteral("acme"), QStringLiteral("--role"),
              QStringLiteral("admin")},
             member + QStringLiteral(": not a member of acme")},
        };
        for (const auto &[arguments, error] : refusals) {
            const Result result = cli(arguments);
            verifyExit(result, 1);
            QVERIFY2(result.err.contains(error), qPrintable(result.err));
            QCOMPARE(result.out, QString());
            QCOMPARE(m_db->count(QStringLiteral("sentry_organizationmember")), members);
            QCOMPARE(m_db->count(QStringLiteral("sentry_organizationmembermapping")), mappings);
            QCOMPARE(m_db->count(QStringLiteral("sentry_organizationmember_teams")), teamMembers);
        }
    }

    // After a user's membership action, the follow-up deletes that user's mappings and replicas
    // whose membership or team membership is gone, and no one else's.
    void followUpRemovesStaleRowsOfTheUserOnly()
    {
        addAcme();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const auto staleRows = [&](const QString &email, qint64 key) {
            const std::optional<qint64> membership = memberId(email, 1);
            QVERIFY(membership);
            m_db->exec(QStringLiteral("INSERT INTO sentry_organizationmember_teamsreplica "
                                      "(team_id, organization_id, organizationmember_id, "
                                      "organizationmemberteam_id, is_active, date_added) VALUES "
                                      "(?, 1, ?, ?, ?, ?)"),
                       {backend, *membership, key, true, now});
            m_db->exec(QStringLiteral("INSERT INTO sentry_organizationmembermapping "
                                      "(organization_id, organizationmember_id, date_added, role, "
                                      "user_id) VALUES (?, ?, ?, 'member', ?)"),
                       {acme, key, now, userId(email)});
        };
        staleRows(member, 9001);
        staleRows(ops, 9002);
        verifyExit(onAcme(QStringLiteral("add-member"), member), 0);
        const QString stale = QStringLiteral("organizationmemberteam_id = ?");
        QCOMPARE(
            m_db->count(QStringLiteral("sentry_organizationmember_teamsreplica"), stale, {9001}),
            0);
        QCOMPARE(
            m_db->count(QStringLiteral("sentry_organizationmember_teamsreplica"), stale, {9002}),
            1);
        const QString mapping = QStringLiteral("organizationmember_id = ?");
        QCOMPARE(m_db->count(QStringLiteral("sentry_organizationmembermapping"), mapping, {9001}),
                 0);
        QCOMPARE(m_db->count(QStringLiteral("sentry_organizationmembermapping"), mapping, {9002}),
                 1);
        QCOMPARE(SentryQueries::usersByEmail(db(), member, false, acme),
                 QList<qint64>{userId(member)});
    }

    // Two operators on their own connections, each demoting one of acme's last two owners: one
    // of them is refused, and acme keeps an owner.
    void twoConnectionsCannotDemoteTheLastTwoOwners()
    {
        addAcme();
        for (const QString &email : {ops, member})
            verifyExit(onAcme(QStringLiteral("add-member"), email,
                              {QStringLiteral("--role"), QStringLiteral("owner")}),
                       0);
        const std::optional<qint64> opsMember = memberId(ops, acme);
        QVERIFY(opsMember);
        const std::unique_ptr<AccountStore> first = SqlAccountStore::create(m_db->database());
        // The first operator holds its transaction open after its check, as a slow one would.
        first->begin();
        QCOMPARE(first->lockActiveOwners(acme).size(), 2);
        first->setRole(*opsMember, QStringLiteral("member"));
        AccountActionRequest request;
        request.action = AccountAction::ChangeRole;
        request.organization = QString::number(acme); // as the window passes it
        request.role = QStringLiteral("admin");
        request.userIds = {userId(member)};
        first->followUser(userId(ops));
        const AccountActionReport report = runWhileHeld(*first, request);
        QCOMPARE(report.errors, 1);
        QCOMPARE(report.outcomes.size(), 1);
        QVERIFY2(report.outcomes.first().message.contains(
                     QStringLiteral("the only remaining owner of acme")),
                 qPrintable(report.outcomes.first().message));
        QCOMPARE(m_db->count(QStringLiteral("sentry_organizationmember"),
                             QStringLiteral("organization_id = ? AND role = 'owner'"), {acme}),
                 1);
        QCOMPARE(mappingRole(member, acme), QStringLiteral("owner"));
        QCOMPARE(mappingRole(ops, acme), QStringLiteral("member"));
    }

    // The operator saw the user before someone renamed it elsewhere: its membership is not
    // changed either.
    void membershipOfUserChangedSinceSeenIsRefused()
    {
        addAcme();
        const std::unique_ptr<AccountStore> store = SqlAccountStore::create(m_db->database());
        const std::optional<StoredAccount> seen = store->account(userId(member));
        QVERIFY(seen);
        m_db->exec(QStringLiteral("UPDATE auth_user SET first_name = ? WHERE id = ?"),
                   {QStringLiteral("Renamed elsewhere"), seen->id});
        AccountActionRequest request;
        request.action = AccountAction::JoinOrganization;
        request.organization = QStringLiteral("acme");
        request.teams = {QStringLiteral("web")};
        request.userIds = {seen->id};
        request.seen.insert(seen->id, seen->shown());
        const AccountActionReport report = AccountActions(*store, {}).run(request);
        QCOMPARE(report.errors, 1);
        QVERIFY(report.outcomes.first().message.contains(
            QStringLiteral("changed by someone else; reload")));
        QVERIFY(!memberId(member, acme));
        request.seen.clear();
        const AccountActionReport joined = AccountActions(*store, {}).run(request);
        QCOMPARE(joined.updated, 1);
        QCOMPARE(joined.outcomes.first().message,
                 member + QStringLiteral(": joined acme as member, team web"));
    }

    // Two operators, each deactivating one of the last two superusers on their own connection:
    // one of them keeps its superuser.
    void twoConnectionsCannotDeactivateTheLastTwoSuperusers()
    {
        const QString second = QStringLiteral("second@example.com");
        verifyExit(cli({QStringLiteral("createuser"), QStringLiteral("--email"), second,
                        QStringLiteral("--no-password"), QStringLiteral("--superuser"),
                        QStringLiteral("--no-input")}),
                   0);
        const std::unique_ptr<AccountStore> first = SqlAccountStore::create(m_db->database());
        // The first operator holds its transaction open after its check, as a slow one would.
        first->begin();
        QCOMPARE(first->otherActiveSuperusers(userId(ops)), 1);
        first->setActive(userId(ops), false);
        AccountActionRequest request;
        request.action = AccountAction::Deactivate;
        request.userIds = {userId(second)};
        const AccountActionReport report = runWhileHeld(*first, request);
        QVERIFY(report.lastSuperuserKept);
        QCOMPARE(report.errors, 1);
        QCOMPARE(m_db->count(QStringLiteral("auth_user"),
                             QStringLiteral("is_superuser = true AND is_active = true")),
                 1);
    }
};

QTEST_GUILESS_MAIN(TestAccountActions)
#include "tst_accountactions.moc"
