#include "storage/AccountDoctor.h"

#include "storage/AccountChecks.h"
#include "storage/Database.h"
#include "storage/SqlConnection.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace {
// A check's query (or repair) for every user, with its values bound.
QSqlQuery prepare(const QSqlDatabase &db, const CheckStatement &statement,
                  const SentryRows::Values &values)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(statement.forUser(false)))
        throw StorageError(query.lastError().text());
    SentryRows::bind(query, statement.params, values);
    return query;
}

QVariant now(const Database &database)
{
    const QDateTime time = QDateTime::currentDateTimeUtc();
    if (database.kind() == Database::Kind::PostgreSQL)
        return time;
    return time.toString(Qt::ISODateWithMs);
}

// Findings of one check, in the order the query returns them.
void findAll(const QSqlDatabase &db, const AccountCheck &check, const SentryRows::Values &values,
             const std::function<void(const QSqlQuery &)> &row)
{
    QSqlQuery query = prepare(db, check.find, values);
    execOrThrow(query, check.key);
    while (query.next())
        row(query);
}
} // namespace

QString AccountFinding::line() const
{
    return AccountDoctor::tr("%1: %2", "an account and what was found").arg(subject, message);
}

AccountDoctor::AccountDoctor(Database &database, const InstanceSettings &settings)
    : m_database(database)
    , m_settings(settings)
{}

bool AccountDoctor::check(const Report &found, const Cancelled &cancelled)
{
    const bool postgres = m_database.kind() == Database::Kind::PostgreSQL;
    const SentryRows::Values values = AccountChecks::values(m_settings, now(m_database));
    const QSqlDatabase db = sqlConnection(m_database);
    for (const AccountCheck &check :
         AccountChecks::forLayout(m_database.layout(), postgres, m_settings)) {
        if (cancelled && cancelled())
            return false;
        findAll(db, check, values, [&](const QSqlQuery &row) {
            found({check.key, row.value(0).toString(), check.describe(row), check.repairable});
        });
    }
    return true;
}

bool AccountDoctor::repair(const Report &repaired, const Cancelled &cancelled)
{
    const SentryLayout &layout = m_database.layout();
    const QStringList unwritable = AccountChecks::unwritableColumns(layout);
    if (!unwritable.isEmpty())
        throw StorageError(tr("Nothing was repaired: %1 must be filled, and useradmin does not "
                              "know what Sentry puts there.")
                               .arg(unwritable.join(QStringLiteral(", "))));
    const bool postgres = m_database.kind() == Database::Kind::PostgreSQL;
    const SentryRows::Values values = AccountChecks::values(m_settings, now(m_database));
    QSqlDatabase db = sqlConnection(m_database);
    for (const AccountCheck &check : AccountChecks::forLayout(layout, postgres, m_settings)) {
        if (!check.repairable)
            continue;
        if (cancelled && cancelled())
            return false;
        QList<AccountFinding> fixes;
        // SQLite takes the write lock at once, so that the read never has to upgrade it.
        QSqlQuery begin(db);
        if (!begin.exec(postgres ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE")))
            throw StorageError(begin.lastError().text());
        try {
            findAll(db, check, values, [&](const QSqlQuery &row) {
                fixes.append({check.key, row.value(0).toString(), check.describeRepair(row)});
            });
            if (!fixes.isEmpty()) {
                for (const CheckStatement &statement : check.repairs) {
                    QSqlQuery query = prepare(db, statement, values);
                    execOrThrow(query, check.key);
                }
            }
        } catch (...) {
            QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
            throw;
        }
        QSqlQuery commit(db);
        if (!commit.exec(QStringLiteral("COMMIT")))
            throw StorageError(commit.lastError().text());
        for (const AccountFinding &fix : fixes)
            repaired(fix);
    }
    return true;
}
