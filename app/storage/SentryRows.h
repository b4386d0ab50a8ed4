#pragma once

#include "storage/SentryLayout.h"

#include <QSqlQuery>
#include <QStringList>
#include <QVariant>
#include <array>
#include <optional>

// The rows Sentry's own code leaves for a user (docs/sentry-schema.md, "What useradmin writes"),
// as INSERT statements built from the columns each table has: a column Sentry's model fills gets
// the model's default, a column this database lacks is left out, and a NOT NULL column without a
// database default that this project does not know makes the table unwritable (never guessed).
namespace SentryRows {

// The values a statement binds, by role.
enum class Param : quint8
{
    Email,
    Superuser,
    Staff,
    Active,
    Now,
    OrganizationId,
    Role,
    TeamId,
    UserId,
    MemberId,
    TeamMemberId,
    ValidationHash,
    UserRoleName,
    Iterations,
    Name,
    Count
};
using Values = std::array<QVariant, size_t(Param::Count)>;

// What goes into one column: a bound value, or SQL (a literal, or a column of the rows the
// statement selects from).
struct Expression
{
    Expression(Param bound)
        : param(bound)
    {}
    Expression(const char *text)
        : sql(QString::fromLatin1(text))
    {}
    Expression(const QString &text)
        : sql(text)
    {}
    QString sql;
    std::optional<Param> param;
};

struct ColumnValue
{
    QString column;
    Expression value;
};

// An INSERT for the columns a table has. Invalid (empty table name) when the table is absent.
class Insert
{
public:
    Insert() = default;
    // Keeps the values whose column exists; `unwritable` gets "table.column" for each NOT NULL
    // column without a database default that `values` does not fill.
    Insert(const SentryLayout &layout, const QString &table, const QList<ColumnValue> &values,
           QStringList &unwritable);

    bool isValid() const { return !m_table.isEmpty(); }
    // INSERT INTO table (columns) VALUES (values)
    QString values() const;
    // INSERT INTO table (columns) SELECT values FROM `from` (joins and WHERE included)
    QString select(const QString &from) const;
    // The bound values in the order of their placeholders.
    const QList<Param> &params() const { return m_params; }

private:
    QString head() const;

    QString m_table;
    QStringList m_columns;
    QStringList m_expressions;
    QList<Param> m_params;
};

// Binds `params` from `values`, from the placeholder at `first` on; returns the next index.
int bind(QSqlQuery &query, const QList<Param> &params, const Values &values, int first = 0);

// The column values of each row, as Sentry's models default them. The arguments say where the
// row's keys come from (a bound value or a column of the selected rows).
QList<ColumnValue> user();
QList<ColumnValue> userEmail(const Expression &userId, const Expression &email,
                             const Expression &validationHash);
QList<ColumnValue> member(const Expression &organizationId, const Expression &userId,
                          const Expression &role, const Expression &userEmail,
                          const Expression &userIsActive);
QList<ColumnValue> teamMember(const Expression &memberId, const Expression &teamId);
// The member mapping copies the member: its organization, id, user, role, invitation.
QList<ColumnValue> memberMapping(const Expression &organizationId, const Expression &memberId,
                                 const Expression &userId, const Expression &role,
                                 const Expression &email = "NULL",
                                 const Expression &inviterId = "NULL",
                                 const Expression &inviteStatus = "0");
QList<ColumnValue> teamMemberReplica(const Expression &teamId, const Expression &organizationId,
                                     const Expression &memberId, const Expression &teamMemberId,
                                     const Expression &isActive = "true",
                                     const Expression &role = "NULL");
QList<ColumnValue> userRoleLink(const Expression &userId, const Expression &roleId);

// 32 characters from [A-Za-z0-9], drawn by the crypto layer's random source: the verification
// hash of a new useremail row, as Sentry's get_secure_token makes it.
QString validationHash();
// The same, in SQL, for set-based repairs: 32 characters from the database's own strong
// random source (hexadecimal digits, a subset of Sentry's alphabet).
QString validationHashSql(bool postgres);
} // namespace SentryRows
