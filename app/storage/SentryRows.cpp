#include "storage/SentryRows.h"

#include "crypto/RandomToken.h"

namespace SentryRows {

Insert::Insert(const SentryLayout &layout, const QString &table, const QList<ColumnValue> &values,
               QStringList &unwritable)
{
    const QList<TableColumn> columns = layout.columns(table);
    if (columns.isEmpty())
        return;
    m_table = table;
    for (const TableColumn &column : columns) {
        const auto value = std::find_if(values.begin(), values.end(), [&](const ColumnValue &each) {
            return each.column == column.name;
        });
        if (value == values.end()) {
            if (column.notNull && !column.hasDefault)
                unwritable.append(QStringLiteral("%1.%2").arg(table, column.name));
            continue;
        }
        m_columns.append(column.name);
        if (value->value.param) {
            m_expressions.append(QStringLiteral("?"));
            m_params.append(*value->value.param);
        } else {
            m_expressions.append(value->value.sql);
        }
    }
}

QString Insert::head() const
{
    return QStringLiteral("INSERT INTO %1 (%2) ")
        .arg(m_table, m_columns.join(QStringLiteral(", ")));
}

QString Insert::values() const
{
    return head() + QStringLiteral("VALUES (%1)").arg(m_expressions.join(QStringLiteral(", ")));
}

QString Insert::select(const QString &from) const
{
    return head() +
           QStringLiteral("SELECT %1 FROM %2").arg(m_expressions.join(QStringLiteral(", ")), from);
}

int bind(QSqlQuery &query, const QList<Param> &params, const Values &values, int first)
{
    // A prepared statement keeps its bound values between runs, and binding costs Qt SQL a
    // string and a hash look-up a value: in a batch most values (the time, the organization,
    // the flags) stay the same from one user to the next.
    const qsizetype boundBefore = query.boundValues().size();
    for (const Param param : params) {
        const QVariant &value = values[size_t(param)];
        const QVariant bound = query.boundValue(first);
        if (first >= boundBefore || bound.metaType() != value.metaType() || bound != value)
            query.bindValue(first, value);
        ++first;
    }
    return first;
}

// Literal defaults are SQL that SQLite and PostgreSQL read alike.
QList<ColumnValue> user()
{
    return {
        {QStringLiteral("password"), "''"},
        {QStringLiteral("username"), Param::Email},
        {QStringLiteral("first_name"), Param::Name},
        {QStringLiteral("email"), Param::Email},
        {QStringLiteral("is_staff"), Param::Staff},
        {QStringLiteral("is_active"), Param::Active},
        {QStringLiteral("is_superuser"), Param::Superuser},
        {QStringLiteral("is_managed"), "false"},
        {QStringLiteral("is_password_expired"), "false"},
        {QStringLiteral("is_unclaimed"), "false"},
        {QStringLiteral("is_suspended"), "false"},
        {QStringLiteral("flags"), "0"},
        {QStringLiteral("date_joined"), Param::Now},
        {QStringLiteral("last_active"), Param::Now},
        {QStringLiteral("avatar_type"), "0"},
    };
}

QList<ColumnValue> userEmail(const Expression &userId, const Expression &email,
                             const Expression &validationHash)
{
    return {
        {QStringLiteral("user_id"), userId},
        {QStringLiteral("email"), email},
        {QStringLiteral("validation_hash"), validationHash},
        {QStringLiteral("date_hash_added"), Param::Now},
        {QStringLiteral("is_verified"), "false"},
    };
}

QList<ColumnValue> member(const Expression &organizationId, const Expression &userId,
                          const Expression &role, const Expression &userEmail,
                          const Expression &userIsActive)
{
    return {
        {QStringLiteral("organization_id"), organizationId},
        {QStringLiteral("user_id"), userId},
        {QStringLiteral("role"), role},
        {QStringLiteral("flags"), "0"},
        {QStringLiteral("date_added"), Param::Now},
        {QStringLiteral("has_global_access"), "true"},
        {QStringLiteral("invite_status"), "0"},
        {QStringLiteral("type"), "50"},
        {QStringLiteral("user_is_active"), userIsActive},
        {QStringLiteral("user_email"), userEmail},
    };
}

QList<ColumnValue> teamMember(const Expression &memberId, const Expression &teamId)
{
    return {
        {QStringLiteral("organizationmember_id"), memberId},
        {QStringLiteral("team_id"), teamId},
        {QStringLiteral("is_active"), "true"},
    };
}

QList<ColumnValue> memberMapping(const Expression &organizationId, const Expression &memberId,
                                 const Expression &userId, const Expression &role,
                                 const Expression &email, const Expression &inviterId,
                                 const Expression &inviteStatus)
{
    return {
        {QStringLiteral("organization_id"), organizationId},
        {QStringLiteral("organizationmember_id"), memberId},
        {QStringLiteral("user_id"), userId},
        {QStringLiteral("role"), role},
        {QStringLiteral("email"), email},
        {QStringLiteral("inviter_id"), inviterId},
        {QStringLiteral("invite_status"), inviteStatus},
        {QStringLiteral("date_added"), Param::Now},
        // The first hybrid-cloud releases (docs/sentry-schema.md).
        {QStringLiteral("date_created"), Param::Now},
        {QStringLiteral("idempotency_key"), "''"},
    };
}

QList<ColumnValue> teamMemberReplica(const Expression &teamId, const Expression &organizationId,
                                     const Expression &memberId, const Expression &teamMemberId,
                                     const Expression &isActive, const Expression &role)
{
    return {
        {QStringLiteral("team_id"), teamId},
        {QStringLiteral("organization_id"), organizationId},
        {QStringLiteral("organizationmember_id"), memberId},
        {QStringLiteral("organizationmemberteam_id"), teamMemberId},
        {QStringLiteral("is_active"), isActive},
        {QStringLiteral("role"), role},
        {QStringLiteral("date_added"), Param::Now},
    };
}

QList<ColumnValue> userRoleLink(const Expression &userId, const Expression &roleId)
{
    return {
        {QStringLiteral("user_id"), userId},
        {QStringLiteral("role_id"), roleId},
        {QStringLiteral("date_added"), Param::Now},
        {QStringLiteral("date_updated"), Param::Now},
    };
}

QString validationHash()
{
    return RandomToken::alphanumeric(32);
}

QString validationHashSql(bool postgres)
{
    // gen_random_uuid() (PostgreSQL 13+) and randomblob() both draw from a CSPRNG.
    return postgres ? QStringLiteral("replace(gen_random_uuid()::text, '-', '')")
                    : QStringLiteral("lower(hex(randomblob(16)))");
}
} // namespace SentryRows
