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

#ifndef USERADMIN_TEST_ON_POSTGRES
#error "built once for SQLite and once for PostgreSQL"
#endif

namespace {
constexpr bool onPostgres = USERADMIN_TEST_ON_POSTGRES;
const QString templateDatabase = QStringLiteral("hybrid");
const QByteArray password = "Corr3ct-Horse-Battery";
const QString ops = QStringLiteral("ops@example.com");
const QString member = QStringLiteral("member@example.com");
using Result = CliRunner::Result;
} // namespace

// The account actions (set-password, deactivate, activate, change-email, reset-2fa) through the
// real useradmin-cli and through their API, on the embedded database and on a hybrid-cloud
// PostgreSQL database: what Sentry's own look-ups then find, the rows Sentry keeps in step, the
// last superuser kept, and no password anywhere but the one line of --generate.
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
        QVERIFY2(m_server->createSentryDatabase(templateDatabase, PostgresServer::Schema::Hybrid),
                 qPrintable(m_server->errorString()));
    }

    void init()
    {
        m_db = onPostgres ? std::make_unique<TestDatabase>(*m_server, templateDatabase)
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
        AccountActionReport report;
        // The rival, on its own connection in its own thread, waits for the first one's locks
        // (SQLite: its busy timeout) and then sees the result. Were it to start only after the
        // commit, it would see the same: the outcome does not depend on the timing.
        std::thread rival([&] {
            const std::unique_ptr<Database> other = m_db->database().reopen();
            const std::unique_ptr<AccountStore> store = SqlAccountStore::create(*other);
            report = AccountActions(*store, {}).run(request);
        });
        QThread::msleep(300);
        first->commit();
        rival.join();
        QVERIFY(report.lastSuperuserKept);
        QCOMPARE(report.errors, 1);
        QCOMPARE(m_db->count(QStringLiteral("auth_user"),
                             QStringLiteral("is_superuser = true AND is_active = true")),
                 1);
    }
};

QTEST_GUILESS_MAIN(TestAccountActions)
#include "tst_accountactions.moc"
