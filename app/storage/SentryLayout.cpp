#include "storage/SentryLayout.h"

#include <algorithm>

bool SentryLayout::hasColumn(const QString &table, const QString &column) const
{
    const auto columns = m_tables.constFind(table);
    if (columns == m_tables.constEnd())
        return false;
    return std::any_of(columns->begin(), columns->end(),
                       [&](const TableColumn &each) { return each.name == column; });
}

int SentryLayout::columnLength(const QString &table, const QString &column) const
{
    for (const TableColumn &each : m_tables.value(table))
        if (each.name == column)
            return each.length;
    return -1;
}

SentryLayout::Generation SentryLayout::generation() const
{
    if (!hasTable(SentryTables::MemberMappings))
        return Generation::BeforeHybridCloud;
    if (!hasTable(SentryTables::TeamMemberReplicas))
        return Generation::TeamReplicaGone;
    return Generation::HybridCloud;
}

QString SentryLayout::description() const
{
    switch (generation()) {
    case Generation::BeforeHybridCloud:
        return tr("Sentry before 23.x (no hybrid-cloud tables)");
    case Generation::HybridCloud:
        return tr("Sentry 23.x or later (hybrid cloud)");
    case Generation::TeamReplicaGone:
        return tr("Sentry 26.x or later (hybrid cloud, no team-membership replica)");
    }
    return {};
}
