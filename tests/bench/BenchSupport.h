#pragma once

#include "domain/CreateUserWorkflow.h"
#include "storage/Database.h"
#include "storage/SqlUserDirectory.h"

#include <QElapsedTimer>
#include <QStringList>
#include <algorithm>

// Pieces the benchmark sections share.
namespace BenchSupport {
inline double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

inline QStringList emails(int count)
{
    QStringList emails;
    emails.reserve(count);
    for (int i = 0; i < count; ++i)
        emails << QStringLiteral("bench%1@example.com").arg(i);
    return emails;
}

// Seconds the workflow takes to create these users (no password) in the database at `location`.
inline double createUsersSeconds(const QString &location, const QStringList &emails,
                                 int chunkSize = 256)
{
    std::unique_ptr<Database> database = Database::open(location);
    SqlUserDirectory directory(*database);
    CreateUserWorkflow workflow(directory, database->instanceSettings());
    workflow.setChunkSize(chunkSize);
    CreateUserRequest request;
    request.emails = emails;
    request.noPassword = true;
    QElapsedTimer timer;
    timer.start();
    const CreateUserReport report = workflow.run(request);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    if (report.created != emails.size())
        qFatal("the workflow created %d users of %d", report.created, int(emails.size()));
    return seconds;
}
} // namespace BenchSupport
