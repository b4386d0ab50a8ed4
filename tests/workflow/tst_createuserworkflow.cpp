#include "BackendUnderTest.h"
#include "TestDatabase.h"
#include "crypto/CryptoSession.h"
#include "crypto/PasswordHasher.h"
#include "domain/CreateUserWorkflow.h"
#include "storage/EmbeddedSchema.h"
#include "storage/SqlUserDirectory.h"

#include <QSignalSpy>
#include <QTest>

namespace {
// On PostgreSQL, Sentry's tables before hybrid cloud.
const QString templateDatabase = QStringLiteral("sentry");
const QString strongPassword = QStringLiteral("Corr3ct-Horse-Battery");

CreateUserRequest request(const QStringList &emails, bool withPassword = true)
{
    CreateUserRequest request;
    request.emails = emails;
    if (withPassword)
        request.password = Secret::fromText(strongPassword);
    else
        request.noPassword = true;
    return request;
}

// Sentry's lines: the notices this project adds (stale caches of a Sentry database) left out.
QStringList messages(const CreateUserReport &report)
{
    QStringList lines;
    for (const Outcome &outcome : report.outcomes)
        if (outcome.kind != Outcome::Kind::Notice)
            lines << outcome.message;
    return lines;
}

// Fails one chosen step, to show that a user's writes are all or nothing.
class FaultyDirectory : public SqlUserDirectory
{
public:
    using SqlUserDirectory::SqlUserDirectory;
    QString failMembershipFor;
    // Stale reads: the user seems absent this many times, as when another operator creates it
    // between our look-up and our insert.
    QString hiddenUser;
    int hiddenLookups = 0;
    bool failCommit = false;

    // After the user's row, membership and team link: on PostgreSQL they are one statement.
    std::optional<qint64> insertUserAndJoin(const UserAccount &account,
                                            const std::optional<Membership> &membership,
                                            const QDateTime &now) override
    {
        const std::optional<qint64> id =
            SqlUserDirectory::insertUserAndJoin(account, membership, now);
        if (id && membership && account.email == failMembershipFor)
            throw StorageError(QStringLiteral("injected fault after the membership row"));
        return id;
    }

    std::optional<qint64> findUserId(const QString &username) override
    {
        if (username == hiddenUser && hiddenLookups > 0) {
            --hiddenLookups;
            return std::nullopt;
        }
        return SqlUserDirectory::findUserId(username);
    }

    void commit() override
    {
        if (failCommit)
            throw StorageError(QStringLiteral("injected commit failure"));
        SqlUserDirectory::commit();
    }
};
} // namespace

class TestCreateUserWorkflow : public QObject
{
    Q_OBJECT

private:
    CryptoSession m_crypto;
    std::unique_ptr<PostgresServer> m_server;
    std::unique_ptr<TestDatabase> m_db;
    InstanceSettings m_settings;

    CreateUserReport run(const CreateUserRequest &request, const CreateUserObserver &observer = {})
    {
        SqlUserDirectory directory(m_db->database());
        CreateUserWorkflow workflow(directory, m_settings);
        return workflow.run(request, observer);
    }

    int userCount() const { return m_db->count(QStringLiteral("auth_user")); }
    QVariant userField(const QString &email, const QString &column) const
    {
        return m_db->value(
            QStringLiteral("SELECT %1 FROM auth_user WHERE username = ?").arg(column), {email});
    }
    int superAdminLinks(const QString &email) const
    {
        return m_db->count(QStringLiteral("sentry_userrole_users"),
                           QStringLiteral("user_id = (SELECT id FROM auth_user WHERE username = ?) "
                                          "AND role_id = (SELECT id FROM sentry_userrole WHERE "
                                          "name = 'Super Admin')"),
                           {email});
    }
    // Every NOT NULL column is given: Sentry's PostgreSQL tables have no defaults.
    void addOrganization(qint64 id, const QString &slug, int status = 0)
    {
        m_db->exec(QStringLiteral("INSERT INTO sentry_organization (id, name, slug, status, "
                                  "date_added, default_role, is_test, flags) "
                                  "VALUES (?, ?, ?, ?, ?, 'member', false, 1)"),
                   {id, slug.toUpper(), slug, status, QDateTime::currentDateTimeUtc()});
    }
    void addTeam(std::optional<qint64> id, const QString &slug)
    {
        const QString columns =
            QStringLiteral("organization_id, slug, name, status, idp_provisioned, date_added");
        if (id)
            m_db->exec(QStringLiteral("INSERT INTO sentry_team (id, %1) VALUES (?, 1, ?, ?, 0, "
                                      "false, ?)")
                           .arg(columns),
                       {*id, slug, slug.toUpper(), QDateTime::currentDateTimeUtc()});
        else
            m_db->exec(QStringLiteral("INSERT INTO sentry_team (%1) VALUES (1, ?, ?, 0, false, ?)")
                           .arg(columns),
                       {slug, slug.toUpper(), QDateTime::currentDateTimeUtc()});
    }
    int memberships(const QString &email) const
    {
        return m_db->count(
            QStringLiteral("sentry_organizationmember"),
            QStringLiteral("user_id = (SELECT id FROM auth_user WHERE username = ?)"), {email});
    }

private slots:
    void initTestCase()
    {
        if (!onPostgres)
            return;
        // Fails (never skips) when the server cannot start: CI must run these for real.
        m_server = std::make_unique<PostgresServer>();
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
        QVERIFY2(m_server->createSentryDatabase(templateDatabase),
                 qPrintable(m_server->errorString()));
    }

    void init()
    {
        m_db = onPostgres ? std::make_unique<TestDatabase>(*m_server, templateDatabase)
                          : std::make_unique<TestDatabase>();
        m_settings = InstanceSettings();
        m_settings.passwordIterations = 1000; // hashing speed is the benchmark's business
    }
    void cleanup() { m_db.reset(); }

    void freshDatabaseIsSeededLikeSelfHosted()
    {
        QCOMPARE(m_db->value(QStringLiteral("SELECT slug FROM sentry_organization WHERE id = 1"))
                     .toString(),
                 QStringLiteral("sentry"));
        QCOMPARE(m_db->count(QStringLiteral("sentry_team"), QStringLiteral("organization_id = 1")),
                 1);
        QCOMPARE(
            m_db->count(QStringLiteral("sentry_userrole"), QStringLiteral("name = 'Super Admin'")),
            1);
        // Only the embedded database has the project's metadata (and a schema version).
        QCOMPARE(m_db->database().schemaVersion(), onPostgres ? 0 : EmbeddedSchema::CurrentVersion);
        QCOMPARE(userCount(), 0);
    }

    void superuserNotGivenIsFalse()
    {
        const CreateUserReport report = run(request({QStringLiteral("a@example.com")}));
        QCOMPARE(report.exitCode(), 0);
        QCOMPARE(userField(QStringLiteral("a@example.com"), QStringLiteral("is_superuser")).toInt(),
                 0);
        QCOMPARE(userField(QStringLiteral("a@example.com"), QStringLiteral("is_staff")).toInt(), 0);
    }

    void staffWithoutSuperuserIsCorrected()
    {
        CreateUserRequest input = request({QStringLiteral("a@example.com")});
        input.staff = true;
        const CreateUserReport report = run(input);
        QCOMPARE(report.outcomes.first().kind, Outcome::Kind::StaffCorrected);
        QCOMPARE(report.outcomes.first().message,
                 QStringLiteral("Non-superuser asked to be given staff access, correcting to "
                                "staff=False"));
        QCOMPARE(userField(QStringLiteral("a@example.com"), QStringLiteral("is_staff")).toInt(), 0);
    }

    void staffNotGivenFollowsSuperuser()
    {
        CreateUserRequest input = request({QStringLiteral("root@example.com")});
        input.superuser = true;
        run(input);
        QCOMPARE(userField(QStringLiteral("root@example.com"), QStringLiteral("is_staff")).toInt(),
                 1);

        CreateUserRequest notStaff = request({QStringLiteral("admin@example.com")});
        notStaff.superuser = true;
        notStaff.staff = false;
        run(notStaff);
        QCOMPARE(userField(QStringLiteral("admin@example.com"), QStringLiteral("is_staff")).toInt(),
                 0);
    }

    void noEmailsIsAnError()
    {
        const CreateUserReport report = run(request({}));
        QVERIFY(report.rejected);
        QCOMPARE(report.exitCode(), 1);
        QCOMPARE(messages(report),
                 QStringList{QStringLiteral("Invalid or missing email address.")});
        QCOMPARE(userCount(), 0);
    }

    void noPasswordWithoutTheFlagIsAnError()
    {
        CreateUserRequest input;
        input.emails = {QStringLiteral("a@example.com")};
        const CreateUserReport report = run(input);
        QCOMPARE(report.exitCode(), 1);
        QCOMPARE(messages(report),
                 QStringList{QStringLiteral("No password set and --no-password not passed.")});
        QCOMPARE(userCount(), 0);
    }

    void createdUserHasSentrysFields()
    {
        const CreateUserReport report = run(request({QStringLiteral("Ops@Example.com")}, false));
        QCOMPARE(report.created, 1);
        QCOMPARE(report.outcomes.last().message, QStringLiteral("User created: Ops@Example.com"));
        const QString email = QStringLiteral("Ops@Example.com");
        QCOMPARE(userField(email, QStringLiteral("email")).toString(), email);
        QCOMPARE(userField(email, QStringLiteral("is_active")).toInt(), 1);
        QCOMPARE(userField(email, QStringLiteral("password")).toString(), QString());
        QVERIFY(userField(email, QStringLiteral("email_unique")).isNull());
        QVERIFY(!userField(email, QStringLiteral("date_joined")).toString().isEmpty());
        QVERIFY(userField(email, QStringLiteral("last_password_change")).isNull());
    }

    void existingUserIsSkippedWithoutForceUpdate()
    {
        run(request({QStringLiteral("a@example.com")}, false));
        CreateUserRequest again =
            request({QStringLiteral("a@example.com"), QStringLiteral("b@example.com")});
        again.superuser = true;
        const CreateUserReport report = run(again);
        QCOMPARE(report.outcomes.first().message,
                 QStringLiteral("User: a@example.com exists, use --force-update to force."));
        QCOMPARE(report.skipped, 1);
        QCOMPARE(report.created, 1); // goes on with the next email
        QCOMPARE(report.exitCode(), 3);
        QCOMPARE(userField(QStringLiteral("a@example.com"), QStringLiteral("is_superuser")).toInt(),
                 0);
        QCOMPARE(userField(QStringLiteral("a@example.com"), QStringLiteral("password")).toString(),
                 QString());
    }

    void existingUserIsUpdatedWithForceUpdate()
    {
        run(request({QStringLiteral("a@example.com")}, false));
        m_db->exec(QStringLiteral("UPDATE auth_user SET is_active = false"));
        CreateUserRequest again = request({QStringLiteral("a@example.com")});
        again.superuser = true;
        again.forceUpdate = true;
        const CreateUserReport report = run(again);
        QCOMPARE(messages(report), QStringList{QStringLiteral("User updated: a@example.com")});
        QCOMPARE(report.exitCode(), 0);
        QCOMPARE(userCount(), 1);
        QCOMPARE(userField(QStringLiteral("a@example.com"), QStringLiteral("is_superuser")).toInt(),
                 1);
        QCOMPARE(userField(QStringLiteral("a@example.com"), QStringLiteral("is_active")).toInt(),
                 1);
        QCOMPARE(memberships(QStringLiteral("a@example.com")), 1); // not added a second time
        QVERIFY(PasswordHasher::verify(
            Secret::fromText(strongPassword),
            userField(QStringLiteral("a@example.com"), QStringLiteral("password")).toString()));
    }

    void createdUserJoinsTheDefaultOrganizationWithItsDefaultRole()
    {
        m_db->exec(QStringLiteral("UPDATE sentry_organization SET default_role = 'admin'"));
        const CreateUserReport report = run(request({QStringLiteral("a@example.com")}));
        QCOMPARE(messages(report), (QStringList{QStringLiteral("Added to organization: sentry"),
                                                QStringLiteral("User created: a@example.com")}));
        QCOMPARE(
            m_db->value(QStringLiteral("SELECT role FROM sentry_organizationmember")).toString(),
            QStringLiteral("admin"));
        QCOMPARE(m_db->value(QStringLiteral("SELECT invite_status FROM sentry_organizationmember"))
                     .toInt(),
                 0);
        QCOMPARE(
            m_db->value(QStringLiteral("SELECT has_global_access FROM sentry_organizationmember"))
                .toInt(),
            1);
        QVERIFY(
            m_db->value(QStringLiteral("SELECT email FROM sentry_organizationmember")).isNull());
    }

    void superuserJoinsAsOwner()
    {
        CreateUserRequest input = request({QStringLiteral("root@example.com")});
        input.superuser = true;
        run(input);
        QCOMPARE(
            m_db->value(QStringLiteral("SELECT role FROM sentry_organizationmember")).toString(),
            QStringLiteral("owner"));
    }

    void givenOrganizationIsJoined()
    {
        addOrganization(7, QStringLiteral("acme"));
        CreateUserRequest input = request({QStringLiteral("a@example.com")});
        input.organizationId = 7;
        const CreateUserReport report = run(input);
        QCOMPARE(report.outcomes.first().message, QStringLiteral("Added to organization: acme"));
        QCOMPARE(
            m_db->value(QStringLiteral("SELECT organization_id FROM sentry_organizationmember"))
                .toInt(),
            7);
        QCOMPARE(m_db->count(QStringLiteral("sentry_organizationmember_teams")),
                 0); // acme: no team
    }

    void unknownOrganizationIsAnErrorAndWritesNothing()
    {
        CreateUserRequest input = request({QStringLiteral("a@example.com")});
        input.organizationId = 42;
        const CreateUserReport report = run(input);
        QCOMPARE(messages(report), QStringList{QStringLiteral("Organization ID not found")});
        QCOMPARE(report.exitCode(), 1);
        QCOMPARE(userCount(), 0);
    }

    void onlyTeamIsJoined()
    {
        run(request({QStringLiteral("a@example.com")}));
        QCOMPARE(m_db->count(QStringLiteral("sentry_organizationmember_teams"),
                             QStringLiteral("team_id = 1 AND role IS NULL AND is_active = true")),
                 1);
    }

    void noTeamIsJoinedWhenThereAreSeveral()
    {
        addTeam(std::nullopt, QStringLiteral("backend"));
        run(request({QStringLiteral("a@example.com")}));
        QCOMPARE(m_db->count(QStringLiteral("sentry_organizationmember_teams")), 0);
    }

    void chosenTeamOrNoneIsHonoured()
    {
        addTeam(5, QStringLiteral("backend"));
        CreateUserRequest chosen = request({QStringLiteral("a@example.com")});
        chosen.team = TeamChoice::specific(5);
        run(chosen);
        QCOMPARE(m_db->value(QStringLiteral("SELECT team_id FROM sentry_organizationmember_teams"))
                     .toInt(),
                 5);

        CreateUserRequest none = request({QStringLiteral("b@example.com")});
        none.team = TeamChoice::none();
        run(none);
        QCOMPARE(m_db->count(QStringLiteral("sentry_organizationmember_teams")), 1);

        CreateUserRequest foreign = request({QStringLiteral("c@example.com")});
        foreign.team = TeamChoice::specific(99);
        const CreateUserReport report = run(foreign);
        QCOMPARE(report.exitCode(), 1);
        QCOMPARE(memberships(QStringLiteral("c@example.com")), 0);
        QCOMPARE(userField(QStringLiteral("c@example.com"), QStringLiteral("id")), QVariant());
    }

    void withoutSingleOrganizationNoMembership()
    {
        m_settings.singleOrganization = false;
        const CreateUserReport report = run(request({QStringLiteral("a@example.com")}));
        QCOMPARE(messages(report), QStringList{QStringLiteral("User created: a@example.com")});
        QCOMPARE(m_db->count(QStringLiteral("sentry_organizationmember")), 0);
    }

    void passwordIsStoredAsADjangoHash()
    {
        run(request({QStringLiteral("a@example.com")}));
        const QString hash =
            userField(QStringLiteral("a@example.com"), QStringLiteral("password")).toString();
        QVERIFY2(hash.startsWith(QStringLiteral("pbkdf2_sha256$1000$")), qPrintable(hash));
        QVERIFY(PasswordHasher::verify(Secret::fromText(strongPassword), hash));
        QVERIFY(!PasswordHasher::verify(Secret::fromText(QStringLiteral("wrong")), hash));
        QVERIFY(!userField(QStringLiteral("a@example.com"), QStringLiteral("last_password_change"))
                     .isNull());
        QCOMPARE(userField(QStringLiteral("a@example.com"), QStringLiteral("is_password_expired"))
                     .toInt(),
                 0);
    }

    void batchPasswordsGetTheirOwnSalts()
    {
        const QStringList emails{QStringLiteral("a@example.com"), QStringLiteral("b@example.com"),
                                 QStringLiteral("c@example.com")};
        QCOMPARE(run(request(emails)).created, 3);
        QSet<QString> hashes;
        for (const QString &email : emails) {
            const QString hash = userField(email, QStringLiteral("password")).toString();
            QVERIFY(PasswordHasher::verify(Secret::fromText(strongPassword), hash));
            hashes.insert(hash);
        }
        QCOMPARE(hashes.size(), 3);
    }

    void superuserIsLinkedToSuperAdmin()
    {
        CreateUserRequest input = request({QStringLiteral("root@example.com")});
        input.superuser = true;
        run(input);
        QCOMPARE(superAdminLinks(QStringLiteral("root@example.com")), 1);
    }

    void superAdminNeedsSelfHostedOrSingleOrganization()
    {
        m_settings.selfHosted = false;
        m_settings.singleOrganization = false;
        CreateUserRequest input = request({QStringLiteral("root@example.com")});
        input.superuser = true;
        run(input);
        QCOMPARE(superAdminLinks(QStringLiteral("root@example.com")), 0);

        m_settings.selfHosted = true;
        input.forceUpdate = true;
        run(input);
        QCOMPARE(superAdminLinks(QStringLiteral("root@example.com")), 1);
    }

    void superAdminLinkIsIdempotent()
    {
        CreateUserRequest input = request({QStringLiteral("root@example.com")});
        input.superuser = true;
        input.forceUpdate = true;
        for (int i = 0; i < 3; ++i)
            run(input);
        QCOMPARE(superAdminLinks(QStringLiteral("root@example.com")), 1);
    }

    void demotionRemovesSuperAdmin()
    {
        CreateUserRequest input = request({QStringLiteral("root@example.com")});
        input.superuser = true;
        run(input);
        input.superuser = false;
        input.forceUpdate = true;
        run(input);
        QCOMPARE(superAdminLinks(QStringLiteral("root@example.com")), 0);
        QCOMPARE(
            userField(QStringLiteral("root@example.com"), QStringLiteral("is_superuser")).toInt(),
            0);
    }

    void defaultOrganizationIsTheLowestActiveId()
    {
        addOrganization(3, QStringLiteral("third"));
        addOrganization(2, QStringLiteral("second"));
        m_db->exec(QStringLiteral("UPDATE sentry_organization SET status = 1 WHERE id = 1"));
        const CreateUserReport report = run(request({QStringLiteral("a@example.com")}));
        QCOMPARE(report.outcomes.first().message, QStringLiteral("Added to organization: second"));
    }

    void configuredDefaultOrganizationWinsWhateverItsStatus()
    {
        addOrganization(9, QStringLiteral("old"), 1);
        m_settings.defaultOrganizationId = 9;
        const CreateUserReport report = run(request({QStringLiteral("a@example.com")}));
        QCOMPARE(report.outcomes.first().message, QStringLiteral("Added to organization: old"));
    }

    void noActiveOrganizationIsAClearError()
    {
        m_db->exec(QStringLiteral("UPDATE sentry_organization SET status = 1"));
        const CreateUserReport report = run(request({QStringLiteral("a@example.com")}));
        QCOMPARE(report.exitCode(), 1);
        QVERIFY(report.outcomes.first().message.contains(QStringLiteral("organization")));
        QCOMPARE(userCount(), 0);
    }

    void invalidEmailInABatchWritesNothing()
    {
        const CreateUserReport report =
            run(request({QStringLiteral("good@example.com"), QStringLiteral("bad@"),
                         QStringLiteral("also bad@example.com")}));
        QVERIFY(report.rejected);
        QCOMPARE(report.exitCode(), 1);
        QCOMPARE(
            messages(report),
            (QStringList{QStringLiteral("bad@: Enter a valid email address."),
                         QStringLiteral("also bad@example.com: Enter a valid email address.")}));
        QCOMPARE(report.outcomes.first().email, QStringLiteral("bad@"));
        QCOMPARE(userCount(), 0);
    }

    void weakPasswordIsRejectedUnlessOverridden()
    {
        CreateUserRequest input = request({QStringLiteral("a@example.com")});
        input.password = Secret::fromText(QStringLiteral("password"));
        const CreateUserReport rejected = run(input);
        QCOMPARE(messages(rejected),
                 QStringList{QStringLiteral("Password: This password is too common.")});
        QCOMPARE(userCount(), 0);

        input.overridePasswordPolicy = true;
        const CreateUserReport overridden = run(input);
        QCOMPARE(overridden.outcomes.first().kind, Outcome::Kind::PolicyOverridden);
        QVERIFY(!overridden.outcomes.first().message.contains(QStringLiteral("password\"")));
        QCOMPARE(overridden.created, 1);
        for (const Outcome &outcome : overridden.outcomes)
            QVERIFY(!outcome.message.contains(QStringLiteral(": password")));
    }

    void faultBetweenUserAndMembershipLeavesNoTrace()
    {
        FaultyDirectory directory(m_db->database());
        directory.failMembershipFor = QStringLiteral("b@example.com");
        CreateUserWorkflow workflow(directory, m_settings);
        const CreateUserReport report =
            workflow.run(request({QStringLiteral("a@example.com"), QStringLiteral("b@example.com"),
                                  QStringLiteral("c@example.com")}));
        QCOMPARE(report.created, 2);
        QCOMPARE(report.errors, 1);
        QCOMPARE(report.exitCode(), 1);
        QCOMPARE(userField(QStringLiteral("b@example.com"), QStringLiteral("id")), QVariant());
        QCOMPARE(m_db->count(QStringLiteral("sentry_organizationmember")), 2);
        QCOMPARE(m_db->count(QStringLiteral("sentry_organizationmember_teams")), 2);
        QCOMPARE(userCount(), 2);
    }

    void raceOnTheSameEmailEndsAsExists()
    {
        run(request({QStringLiteral("a@example.com")}, false));
        FaultyDirectory directory(m_db->database());
        // The race strikes twice: in the first pass over the chunk and again in its replay
        // with savepoints, so only the retry after the failed savepoint sees the user.
        directory.hiddenUser = QStringLiteral("a@example.com");
        directory.hiddenLookups = 2;
        CreateUserWorkflow workflow(directory, m_settings);
        const CreateUserReport report =
            workflow.run(request({QStringLiteral("a@example.com")}, false));
        QCOMPARE(messages(report),
                 QStringList{QStringLiteral("User: a@example.com exists, use --force-update to "
                                            "force.")});
        QCOMPARE(report.exitCode(), 3);
        QCOMPARE(userCount(), 1);
        QCOMPARE(m_db->count(QStringLiteral("sentry_organizationmember")), 1);
    }

    void failedCommitReportsEveryUserOfTheTransaction()
    {
        FaultyDirectory directory(m_db->database());
        directory.failCommit = true;
        CreateUserWorkflow workflow(directory, m_settings);
        const CreateUserReport report = workflow.run(
            request({QStringLiteral("a@example.com"), QStringLiteral("b@example.com")}, false));
        QCOMPARE(report.created, 0);
        QCOMPARE(report.errors, 2);
        QCOMPARE(userCount(), 0);
    }

    void dryRunWritesNothing()
    {
        CreateUserRequest input = request({QStringLiteral("a@example.com")});
        input.dryRun = true;
        const CreateUserReport report = run(input);
        QCOMPARE(messages(report), (QStringList{QStringLiteral("Added to organization: sentry"),
                                                QStringLiteral("User created: a@example.com")}));
        QCOMPARE(userCount(), 0);
        QCOMPARE(m_db->count(QStringLiteral("sentry_organizationmember")), 0);
    }

    void cancelledBatchLeavesEachUserWholeOrUntouched()
    {
        SqlUserDirectory directory(m_db->database());
        CreateUserWorkflow workflow(directory, m_settings);
        workflow.setChunkSize(2);
        QStringList emails;
        for (int i = 0; i < 10; ++i)
            emails << QStringLiteral("user%1@example.com").arg(i);
        int progressCalls = 0;
        CreateUserObserver observer;
        observer.progress = [&](int, int) { ++progressCalls; };
        observer.cancelRequested = [&] { return progressCalls >= 2; };
        const CreateUserReport report = workflow.run(request(emails, false), observer);
        QVERIFY(report.cancelled);
        QCOMPARE(report.created, 4);
        QCOMPARE(userCount(), 4);
        QCOMPARE(m_db->count(QStringLiteral("sentry_organizationmember")), 4);
        QCOMPARE(m_db->count(QStringLiteral("sentry_organizationmember_teams")), 4);
    }

    void progressCoversTheBatch()
    {
        SqlUserDirectory directory(m_db->database());
        CreateUserWorkflow workflow(directory, m_settings);
        workflow.setChunkSize(3);
        QList<std::pair<int, int>> steps;
        CreateUserObserver observer;
        observer.progress = [&](int done, int total) { steps.append({done, total}); };
        QStringList emails;
        for (int i = 0; i < 7; ++i)
            emails << QStringLiteral("p%1@example.com").arg(i);
        workflow.run(request(emails, false), observer);
        QCOMPARE(steps.size(), 3);
        QCOMPARE(steps.last(), std::make_pair(7, 7));
    }

    // Without a fixed chunk size, transactions start at 256 users and may only grow (doubling
    // while short), never past 8192; every user is written once.
    void transactionsGrowFromTheFirstChunk()
    {
        SqlUserDirectory directory(m_db->database());
        CreateUserWorkflow workflow(directory, m_settings);
        QList<int> done;
        CreateUserObserver observer;
        observer.progress = [&](int users, int) { done.append(users); };
        QStringList emails;
        for (int i = 0; i < 3000; ++i)
            emails << QStringLiteral("g%1@example.com").arg(i);
        const int usersBefore = userCount();
        const CreateUserReport report = workflow.run(request(emails, false), observer);
        QCOMPARE(report.created, 3000);
        QCOMPARE(userCount(), usersBefore + 3000);
        QCOMPARE(done.first(), 256);
        QCOMPARE(done.last(), 3000);
        for (qsizetype i = 1; i + 1 < done.size(); ++i) {
            const int chunk = done[i] - done[i - 1];
            const int before = i == 1 ? done[0] : done[i - 1] - done[i - 2];
            QVERIFY2(chunk == before || chunk == 2 * before, qPrintable(QString::number(chunk)));
            QVERIFY(chunk <= 8192);
        }
    }
};

QTEST_GUILESS_MAIN(TestCreateUserWorkflow)
#include "tst_createuserworkflow.moc"
