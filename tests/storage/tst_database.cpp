#include "SentryQueries.h"
#include "SqlValue.h"
#include "TestDatabase.h"
#include "TestPaths.h"
#include "storage/AccountDoctor.h"
#include "storage/EmbeddedSchema.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

// Opening databases: the embedded one is created, seeded, versioned and keeps the instance
// settings; anything else is checked and never changed.
class TestDatabaseOpening : public QObject
{
    Q_OBJECT

    // A writable copy in `dir` of the database file tests/storage/data/NAME; its path.
    static QString copyOfDataFile(const QTemporaryDir &dir, const QString &name)
    {
        const QString path = dir.filePath(name);
        if (!QFile::copy(QString::fromUtf8(TestPaths::sourceDir) +
                             QStringLiteral("/tests/storage/data/") + name,
                         path))
            return {};
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        return path;
    }

private slots:
    void instanceSettingsRoundTrip_data()
    {
        QTest::addColumn<bool>("singleOrganization");
        QTest::addColumn<bool>("selfHosted");
        QTest::addColumn<qint64>("defaultOrganization"); // 0: none configured
        QTest::addColumn<int>("iterations");
        QTest::newRow("defaults") << true << true << qint64(0) << 1'000'000;
        QTest::newRow("no default organization") << false << true << qint64(0) << 600'000;
        QTest::newRow("configured organization") << true << false << qint64(7) << 1'000;
    }

    void instanceSettingsRoundTrip()
    {
        QFETCH(bool, singleOrganization);
        QFETCH(bool, selfHosted);
        QFETCH(qint64, defaultOrganization);
        QFETCH(int, iterations);
        TestDatabase db;
        InstanceSettings settings;
        settings.singleOrganization = singleOrganization;
        settings.selfHosted = selfHosted;
        if (defaultOrganization)
            settings.defaultOrganizationId = defaultOrganization;
        settings.passwordIterations = iterations;
        db.database().saveInstanceSettings(settings);
        QCOMPARE(Database::open(db.path())->instanceSettings(), settings);
    }

    void freshDatabaseIsVersionedAndSeeded()
    {
        TestDatabase db;
        QCOMPARE(db.database().schemaVersion(), EmbeddedSchema::CurrentVersion);
        QVERIFY(db.database().isEmbedded());
        QCOMPARE(db.count(QStringLiteral("sentry_organization")), 1);
        QCOMPARE(
            db.value(QStringLiteral("SELECT default_role FROM sentry_organization")).toString(),
            QStringLiteral("member"));
        // Reopening neither seeds again nor loses anything.
        QCOMPARE(Database::open(db.path())->schemaVersion(), EmbeddedSchema::CurrentVersion);
        QCOMPARE(db.count(QStringLiteral("sentry_team")), 1);
    }

    // tests/storage/data/embedded-v1.sqlite3 was written by useradmin-cli of schema version 1:
    // admin@example.com (superuser, with a password), member@ and second@ (members of sentry and
    // its team) and loner@ (no organization).
    void fileOfSchemaVersion1MigratesInPlace()
    {
        QTemporaryDir dir;
        const QString path = copyOfDataFile(dir, QStringLiteral("embedded-v1.sqlite3"));
        QVERIFY(!path.isEmpty());
        QString adminHash;
        {
            QSqlDatabase raw =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QCOMPARE(sqlValue(raw, QStringLiteral("SELECT value FROM useradmin_meta WHERE key = "
                                                  "'schema_version'"))
                         .toInt(),
                     1);
            adminHash = sqlValue(raw, QStringLiteral("SELECT password FROM auth_user WHERE id = 1"))
                            .toString();
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v1"));

        std::unique_ptr<Database> database = Database::open(path);
        QCOMPARE(database->schemaVersion(), EmbeddedSchema::CurrentVersion);
        const QSqlDatabase db = testConnection(*database);
        QCOMPARE(sqlValue(db, QStringLiteral("SELECT COUNT(*) FROM auth_user")).toInt(), 4);
        QCOMPARE(sqlValue(db, QStringLiteral("SELECT password FROM auth_user WHERE id = 1")),
                 QVariant(adminHash));
        // Every user as a current Sentry reads it.
        for (const qint64 id : {1, 2, 3})
            QCOMPARE(SentryQueries::organizationsOf(db, id), QStringList{QStringLiteral("sentry")});
        QCOMPARE(SentryQueries::teamMembers(db, 1), (QList<qint64>{1, 2, 3}));
        QCOMPARE(SentryQueries::usersByEmail(db, QStringLiteral("loner@example.com"), false),
                 QList<qint64>{4});
        QCOMPARE(sqlValue(db, QStringLiteral("SELECT role FROM sentry_organizationmembermapping "
                                             "WHERE user_id = 1")),
                 QVariant(QStringLiteral("owner")));
        // Nothing left to repair; the user in no organization is worth a note.
        QStringList findings;
        AccountDoctor(*database, database->instanceSettings())
            .check([&](const AccountFinding &finding) { findings << finding.line(); });
        QCOMPARE(findings, QStringList{QStringLiteral("loner@example.com: note: active user in no "
                                                      "organization")});
    }

    // tests/storage/data/embedded-v2.sqlite3 was written by useradmin-cli of schema version 2:
    // admin@example.com (superuser, with a password) and member@example.com, both in sentry.
    void fileOfSchemaVersion2GainsTheTwoFactorTable()
    {
        QTemporaryDir dir;
        const QString path = copyOfDataFile(dir, QStringLiteral("embedded-v2.sqlite3"));
        QVERIFY(!path.isEmpty());
        std::unique_ptr<Database> database = Database::open(path);
        QCOMPARE(database->schemaVersion(), EmbeddedSchema::CurrentVersion);
        QVERIFY(database->layout().hasColumn(QStringLiteral("auth_authenticator"),
                                             QStringLiteral("type")));
        const QSqlDatabase db = testConnection(*database);
        QCOMPARE(sqlValue(db, QStringLiteral("SELECT COUNT(*) FROM auth_user")).toInt(), 2);
        QVERIFY(sqlValue(db, QStringLiteral("SELECT password FROM auth_user WHERE username = "
                                            "'admin@example.com'"))
                    .toString()
                    .startsWith(QStringLiteral("pbkdf2_sha256$")));
        QCOMPARE(sqlValue(db, QStringLiteral("SELECT COUNT(*) FROM auth_authenticator")).toInt(),
                 0);
        for (const qint64 id : {1, 2})
            QCOMPARE(SentryQueries::organizationsOf(db, id), QStringList{QStringLiteral("sentry")});
        // Sentry's rule: one row per user and method.
        QSqlQuery insert(db);
        const QString sql = QStringLiteral("INSERT INTO auth_authenticator (user_id, created_at, "
                                           "type, config) VALUES (1, '2026-01-01', 1, '')");
        QVERIFY(insert.exec(sql));
        QVERIFY(!insert.exec(sql));
    }

    // Migrated step by step, an old file ends with the same indexes as a new database (the
    // browser's sort and search indexes of versions 5 and 6 included).
    void aMigratedFileHasTheIndexesOfANewOne()
    {
        QTemporaryDir dir;
        const QString old = copyOfDataFile(dir, QStringLiteral("embedded-v1.sqlite3"));
        QVERIFY(!old.isEmpty());
        const auto indexes = [](const Database &database) {
            QStringList found;
            QSqlQuery query(testConnection(database));
            if (!query.exec(QStringLiteral("SELECT name || ': ' || sql FROM sqlite_master WHERE "
                                           "type = 'index' AND sql IS NOT NULL ORDER BY name")))
                return QStringList{query.lastError().text()};
            while (query.next())
                found << query.value(0).toString();
            return found;
        };
        const QStringList migrated = indexes(*Database::open(old));
        const QStringList fresh =
            indexes(*Database::open(dir.filePath(QStringLiteral("new.sqlite3"))));
        QCOMPARE(migrated, fresh);
        QVERIFY(fresh.filter(QStringLiteral("auth_user_last_login_search")).size() == 1);
    }

    void newerSchemaIsRefusedUntouched()
    {
        TestDatabase db;
        db.exec(QStringLiteral("UPDATE useradmin_meta SET value = ? WHERE key = ?"),
                {QString::number(EmbeddedSchema::CurrentVersion + 1),
                 QStringLiteral("schema_version")});
        try {
            Database::open(db.path());
            QFAIL("a database from a newer version opened");
        } catch (const StorageError &error) {
            QVERIFY2(error.message().contains(QStringLiteral("newer version")),
                     qPrintable(error.message()));
        }
        QCOMPARE(db.value(QStringLiteral("SELECT value FROM useradmin_meta WHERE key = ?"),
                          {QStringLiteral("schema_version")})
                     .toInt(),
                 EmbeddedSchema::CurrentVersion + 1);
    }

    void foreignSqliteFileIsCheckedNotCreated()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("other.sqlite3"));
        {
            QSqlDatabase raw =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QVERIFY(QSqlQuery(raw).exec(QStringLiteral("CREATE TABLE notes (id integer)")));
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        try {
            Database::open(path);
            QFAIL("a file without Sentry's tables opened");
        } catch (const StorageError &error) {
            QVERIFY2(error.message().contains(QStringLiteral("table auth_user")),
                     qPrintable(error.message()));
        }
        QSqlDatabase raw =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
        raw.setDatabaseName(path);
        QVERIFY(raw.open());
        QCOMPARE(raw.tables(), QStringList{QStringLiteral("notes")}); // nothing was created
        raw.close();
    }
};

QTEST_GUILESS_MAIN(TestDatabaseOpening)
#include "tst_database.moc"
