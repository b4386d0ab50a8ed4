#include "TestDatabase.h"
#include "crypto/CryptoSession.h"
#include "crypto/PasswordHasher.h"
#include "domain/BulkUpdateWorkflow.h"
#include "domain/CreateUserWorkflow.h"
#include "storage/SqlUserDirectory.h"

#include <QSqlQuery>
#include <QTest>

namespace {
const QString strongPassword = QStringLiteral("Corr3ct-Horse-Battery");

// Fails the membership of one chosen user, after its other writes.
class FaultyDirectory : public SqlUserDirectory
{
public:
    using SqlUserDirectory::SqlUserDirectory;
    qint64 failMembershipOf = 0;

    qint64 addOrganizationMember(qint64 organizationId, qint64 userId, const QString &role,
                                 const QDateTime &now) override
    {
        const qint64 id =
            SqlUserDirectory::addOrganizationMember(organizationId, userId, role, now);
        if (userId == failMembershipOf)
            throw StorageError(QStringLiteral("injected fault after the membership row"));
        return id;
    }
};
} // namespace

class TestBulkUpdateWorkflow : public QObject
{
    Q_OBJECT

private:
    CryptoSession m_crypto;
    std::unique_ptr<TestDatabase> m_db;
    InstanceSettings m_settings;
    QList<qint64> m_ids;

    BulkUpdateReport run(BulkUpdateRequest request, const BulkUpdateObserver &observer = {})
    {
        if (request.userIds.isEmpty())
            request.userIds = m_ids;
        SqlUserDirectory directory(m_db->database());
        BulkUpdateWorkflow workflow(directory, m_settings);
        return workflow.run(request, observer);
    }

    QVariant field(qint64 id, const QString &column) const
    {
        return m_db->value(QStringLiteral("SELECT %1 FROM auth_user WHERE id = ?").arg(column),
                           {id});
    }
    int superAdminLinks(qint64 id) const
    {
        return m_db->count(QStringLiteral("sentry_userrole_users"), QStringLiteral("user_id = ?"),
                           {id});
    }
    int memberships(qint64 id, qint64 organization) const
    {
        return m_db->count(QStringLiteral("sentry_organizationmember"),
                           QStringLiteral("user_id = ? AND organization_id = ?"),
                           {id, organization});
    }
    static QStringList messages(const BulkUpdateReport &report)
    {
        QStringList lines;
        for (const Outcome &outcome : report.outcomes)
            lines << outcome.message;
        return lines;
    }

private slots:
    void init()
    {
        m_db = std::make_unique<TestDatabase>();
        m_settings = InstanceSettings();
        m_settings.passwordIterations = 1000;
        // Three users made by createuser: members of "sentry", one of them a superuser.
        SqlUserDirectory directory(m_db->database());
        CreateUserWorkflow create(directory, m_settings);
        CreateUserRequest request;
        request.noPassword = true;
        request.emails = {QStringLiteral("a@example.com"), QStringLiteral("b@example.com")};
        QCOMPARE(create.run(request).created, 2);
        request.emails = {QStringLiteral("root@example.com")};
        request.superuser = true;
        QCOMPARE(create.run(request).created, 1);
        m_ids.clear();
        for (const QString &email :
             {QStringLiteral("a@example.com"), QStringLiteral("b@example.com"),
              QStringLiteral("root@example.com")})
            m_ids << *directory.findUserId(email);
        m_db->exec(QStringLiteral("INSERT INTO sentry_organization (id, name, slug, status, "
                                  "date_added, default_role) VALUES (2, 'Acme', 'acme', 0, "
                                  "'2020-01-01T00:00:00Z', 'admin')"));
        m_db->exec(QStringLiteral("INSERT INTO sentry_team (id, organization_id, slug, name, "
                                  "status, date_added) VALUES (2, 2, 'ops', 'Ops', 0, "
                                  "'2020-01-01T00:00:00Z')"));
    }
    void cleanup() { m_db.reset(); }

    void superuserSetLinksSuperAdminAndStaffFollows()
    {
        BulkUpdateRequest request;
        request.superuser = true;
        const BulkUpdateReport report = run(request);
        QCOMPARE(report.updated, 3);
        QCOMPARE(messages(report).first(),
                 QStringLiteral("User updated: a@example.com (superuser no→yes, staff no→yes, "
                                "Super Admin added)"));
        QVERIFY(messages(report).contains(
            QStringLiteral("User updated: root@example.com (nothing changed)")));
        for (const qint64 id : std::as_const(m_ids)) {
            QCOMPARE(field(id, QStringLiteral("is_superuser")).toInt(), 1);
            QCOMPARE(field(id, QStringLiteral("is_staff")).toInt(), 1);
            QCOMPARE(superAdminLinks(id), 1); // root's link stays single
        }
    }

    void superuserUnsetUnlinksAndUnsetsStaff()
    {
        BulkUpdateRequest request;
        request.superuser = false;
        QCOMPARE(run(request).updated, 3);
        QCOMPARE(field(m_ids[2], QStringLiteral("is_superuser")).toInt(), 0);
        QCOMPARE(field(m_ids[2], QStringLiteral("is_staff")).toInt(), 0);
        QCOMPARE(superAdminLinks(m_ids[2]), 0);
    }

    void previewCountsWhatActuallyChangesWithItsConsequences()
    {
        SqlUserDirectory directory(m_db->database());
        BulkUpdateWorkflow workflow(directory, m_settings);
        BulkUpdateRequest request;
        request.userIds = m_ids;
        request.superuser = false;
        BulkChanges changes = workflow.preview(request);
        QCOMPARE(changes.users, 3);
        QCOMPARE(changes.superuser.toNo, 1); // a and b are no superusers already
        QCOMPARE(changes.superuser.toYes, 0);
        QCOMPARE(changes.staff.toNo, 1);
        QCOMPARE(changes.staffWithSuperuser.toNo, 1);
        QCOMPARE(changes.superAdmin.toNo, 1);
        QCOMPARE(changes.unchanged, 2);
        QCOMPARE(changes.passwordReset, 0);
        QCOMPARE(changes.activeSuperusersBefore, 1);
        QVERIFY(changes.removesLastActiveSuperuser());

        request.password = Secret::fromText(strongPassword);
        request.organizationId = 2;
        changes = workflow.preview(request);
        QCOMPARE(changes.passwordReset, 3);
        QCOMPARE(changes.joinOrganization, 3);
        QCOMPARE(changes.unchanged, 0);
        // Nothing was written by looking.
        QCOMPARE(field(m_ids[2], QStringLiteral("is_superuser")).toInt(), 1);
        QCOMPARE(superAdminLinks(m_ids[2]), 1);
    }

    void previewSeesTheLastActiveSuperuserDeactivatedOrNot()
    {
        SqlUserDirectory directory(m_db->database());
        BulkUpdateWorkflow workflow(directory, m_settings);
        BulkUpdateRequest request;
        request.userIds = {m_ids[2]};
        request.active = false;
        QVERIFY(workflow.preview(request).removesLastActiveSuperuser());
        // Another active superuser stays: nothing to warn about.
        m_db->exec(QStringLiteral("UPDATE auth_user SET is_superuser = 1 WHERE id = ?"),
                   {m_ids[0]});
        const BulkChanges changes = workflow.preview(request);
        QCOMPARE(changes.activeSuperusersBefore, 2);
        QCOMPARE(changes.activeSuperusersAfter, 1);
        QVERIFY(!changes.removesLastActiveSuperuser());
        // Making one a superuser while deactivating the other keeps one.
        request.userIds = {m_ids[1], m_ids[2]};
        request.superuser = true;
        m_db->exec(QStringLiteral("UPDATE auth_user SET is_superuser = 0 WHERE id = ?"),
                   {m_ids[0]});
        QVERIFY(workflow.preview(request).removesLastActiveSuperuser()); // both deactivated
        request.active.reset();
        QVERIFY(!workflow.preview(request).removesLastActiveSuperuser());
    }

    void eachUserLineSaysWhatChangedAndTheLastSuperuserIsWarnedAbout()
    {
        BulkUpdateRequest request;
        request.superuser = false;
        request.password = Secret::fromText(strongPassword);
        const BulkUpdateReport report = run(request);
        QCOMPARE(report.updated, 3);
        const QStringList lines = messages(report);
        QVERIFY2(lines.contains(QStringLiteral("User updated: root@example.com (superuser "
                                               "yes→no, staff yes→no, Super Admin removed, "
                                               "password reset)")),
                 qPrintable(lines.join(QLatin1Char('\n'))));
        QVERIFY(lines.contains(QStringLiteral("User updated: a@example.com (password reset)")));
        QCOMPARE(report.outcomes.last().kind, Outcome::Kind::Notice);
        QVERIFY(
            report.outcomes.last().message.contains(QStringLiteral("No active superuser is left")));
    }

    void staffForNonSuperusersIsCorrected()
    {
        BulkUpdateRequest request;
        request.staff = true;
        const BulkUpdateReport report = run(request);
        QCOMPARE(report.updated, 3);
        const Outcome corrected = report.outcomes.first();
        QCOMPARE(corrected.kind, Outcome::Kind::StaffCorrected);
        QCOMPARE(corrected.email, QStringLiteral("a@example.com"));
        QCOMPARE(corrected.message, QStringLiteral("Non-superuser asked to be given staff "
                                                   "access, correcting to staff=False"));
        QCOMPARE(field(m_ids[0], QStringLiteral("is_staff")).toInt(), 0);
        QCOMPARE(field(m_ids[2], QStringLiteral("is_staff")).toInt(), 1);
        QCOMPARE(superAdminLinks(m_ids[2]), 1); // superuser untouched: link untouched
    }

    void activeIsSetAndUnset()
    {
        BulkUpdateRequest request;
        request.userIds = {m_ids[1]};
        request.active = false;
        run(request);
        QCOMPARE(field(m_ids[1], QStringLiteral("is_active")).toInt(), 0);
        QCOMPARE(field(m_ids[0], QStringLiteral("is_active")).toInt(), 1);
        request.active = true;
        run(request);
        QCOMPARE(field(m_ids[1], QStringLiteral("is_active")).toInt(), 1);
    }

    void passwordResetIsVerifiable()
    {
        BulkUpdateRequest request;
        request.password = Secret::fromText(strongPassword);
        QCOMPARE(run(request).updated, 3);
        for (const qint64 id : std::as_const(m_ids)) {
            const QString hash = field(id, QStringLiteral("password")).toString();
            QVERIFY(hash.startsWith(QStringLiteral("pbkdf2_sha256$1000$")));
            QVERIFY(PasswordHasher::verify(Secret::fromText(strongPassword), hash));
            QVERIFY(!field(id, QStringLiteral("last_password_change")).isNull());
        }
    }

    void weakPasswordIsRejectedUnlessOverridden()
    {
        BulkUpdateRequest request;
        request.password = Secret::fromText(QStringLiteral("12345678"));
        const BulkUpdateReport rejected = run(request);
        QVERIFY(rejected.rejected);
        QCOMPARE(rejected.updated, 0);
        QCOMPARE(field(m_ids[0], QStringLiteral("password")).toString(), QString());

        request.overridePasswordPolicy = true;
        const BulkUpdateReport overridden = run(request);
        QCOMPARE(overridden.updated, 3);
        QCOMPARE(overridden.outcomes.first().kind, Outcome::Kind::PolicyOverridden);
        QVERIFY(!messages(overridden).join(QLatin1Char('\n')).contains(QStringLiteral("12345678")));
        QVERIFY(PasswordHasher::verify(Secret::fromText(QStringLiteral("12345678")),
                                       field(m_ids[0], QStringLiteral("password")).toString()));
    }

    void organizationAddSkipsMembers()
    {
        m_db->exec(QStringLiteral("INSERT INTO sentry_organizationmember (organization_id, "
                                  "user_id, role, date_added) VALUES (2, ?, 'member', "
                                  "'2020-01-01T00:00:00Z')"),
                   {m_ids[0]});
        BulkUpdateRequest request;
        request.organizationId = 2;
        request.team = TeamChoice::specific(2);
        const BulkUpdateReport report = run(request);
        QCOMPARE(report.updated, 3);
        for (const Outcome &outcome : report.outcomes)
            if (outcome.kind == Outcome::Kind::AddedToOrganization)
                QVERIFY(outcome.email != QStringLiteral("a@example.com"));
        QCOMPARE(messages(report).count(QStringLiteral("Added to organization: acme")), 2);
        for (const qint64 id : std::as_const(m_ids))
            QCOMPARE(memberships(id, 2), 1);
        QCOMPARE(m_db->count(QStringLiteral("sentry_organizationmember_teams"),
                             QStringLiteral("team_id = 2")),
                 2);
        QCOMPARE(m_db->value(QStringLiteral("SELECT role FROM sentry_organizationmember WHERE "
                                            "organization_id = 2 AND user_id = ?"),
                             {m_ids[2]})
                     .toString(),
                 QStringLiteral("owner"));
        QCOMPARE(m_db->value(QStringLiteral("SELECT role FROM sentry_organizationmember WHERE "
                                            "organization_id = 2 AND user_id = ?"),
                             {m_ids[1]})
                     .toString(),
                 QStringLiteral("admin"));
    }

    void teamOfAnotherOrganizationIsRejected()
    {
        BulkUpdateRequest request;
        request.organizationId = 1;
        request.team = TeamChoice::specific(2);
        QVERIFY(run(request).rejected);
        QCOMPARE(memberships(m_ids[0], 2), 0);
    }

    void eachUserIsAllOrNothing()
    {
        FaultyDirectory directory(m_db->database());
        directory.failMembershipOf = m_ids[1];
        BulkUpdateWorkflow workflow(directory, m_settings);
        BulkUpdateRequest request;
        request.userIds = m_ids;
        request.active = false;
        request.organizationId = 2;
        const BulkUpdateReport report = workflow.run(request);
        QCOMPARE(report.updated, 2);
        QCOMPARE(report.errors, 1);
        QCOMPARE(field(m_ids[1], QStringLiteral("is_active")).toInt(), 1);
        QCOMPARE(memberships(m_ids[1], 2), 0);
        QCOMPARE(field(m_ids[0], QStringLiteral("is_active")).toInt(), 0);
        QCOMPARE(memberships(m_ids[2], 2), 1);
    }

    // The operator saw a and b; since, someone renamed b on another connection. b is refused
    // untouched; a, and root (not on the operator's screen, so not compared), are deactivated.
    void aUserChangedElsewhereSinceSeenIsRefused()
    {
        BulkUpdateRequest request;
        request.active = false;
        for (const qint64 id : {m_ids[0], m_ids[1]})
            request.seen.insert(id, {field(id, QStringLiteral("email")).toString(), false, false,
                                     true, field(id, QStringLiteral("first_name")).toString()});
        {
            const std::unique_ptr<Database> other = m_db->database().reopen();
            QSqlQuery rename(testConnection(*other));
            QVERIFY(
                rename.prepare(QStringLiteral("UPDATE auth_user SET first_name = ? WHERE id = ?")));
            rename.addBindValue(QStringLiteral("Renamed elsewhere"));
            rename.addBindValue(m_ids[1]);
            QVERIFY(rename.exec());
        }
        const BulkUpdateReport report = run(request);
        QCOMPARE(report.updated, 2);
        QCOMPARE(report.errors, 1);
        QVERIFY2(messages(report).contains(
                     QStringLiteral("b@example.com: changed by someone else; reload")),
                 qPrintable(messages(report).join(u'\n')));
        QCOMPARE(field(m_ids[1], QStringLiteral("is_active")).toInt(), 1);
        QCOMPARE(field(m_ids[0], QStringLiteral("is_active")).toInt(), 0);
        QCOMPARE(field(m_ids[2], QStringLiteral("is_active")).toInt(), 0);
    }

    void cancelLeavesTheRestUntouched()
    {
        SqlUserDirectory directory(m_db->database());
        BulkUpdateWorkflow workflow(directory, m_settings);
        workflow.setChunkSize(1);
        BulkUpdateRequest request;
        request.userIds = m_ids;
        request.active = false;
        int outcomes = 0;
        BulkUpdateObserver observer;
        observer.outcome = [&](const Outcome &) { ++outcomes; };
        observer.cancelRequested = [&] { return outcomes >= 1; };
        const BulkUpdateReport report = workflow.run(request, observer);
        QVERIFY(report.cancelled);
        QCOMPARE(report.updated, 1);
        QCOMPARE(field(m_ids[0], QStringLiteral("is_active")).toInt(), 0);
        QCOMPARE(field(m_ids[1], QStringLiteral("is_active")).toInt(), 1);
        QCOMPARE(field(m_ids[2], QStringLiteral("is_active")).toInt(), 1);
    }

    void nothingToChangeIsRejected() { QVERIFY(run({}).rejected); }
};

QTEST_GUILESS_MAIN(TestBulkUpdateWorkflow)
#include "tst_bulkupdateworkflow.moc"
