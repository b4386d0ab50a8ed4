#include "storage/AuditTrails.h"

#include "storage/Database.h"
#include "storage/EmbeddedSchema.h"
#include "storage/SqlConnection.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QStandardPaths>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {
QString timestamp(const QDateTime &when)
{
    return when.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromTimestamp(const QString &text)
{
    return QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}

// The embedded database's useradmin_audit table.
class TableTrail : public AuditTrail
{
public:
    explicit TableTrail(const Database &database)
        : m_database(database)
    {}

    void append(const AuditRecord &record) override
    {
        QSqlQuery query(sqlConnection(m_database));
        query.prepare(
            QStringLiteral("INSERT INTO useradmin_audit (happened_at, operator, "
                           "database, action, emails, outcome) VALUES (?, ?, ?, ?, ?, ?)"));
        query.addBindValue(timestamp(record.when));
        query.addBindValue(record.operatorName);
        query.addBindValue(record.database);
        query.addBindValue(record.action);
        query.addBindValue(
            QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(record.emails))
                                  .toJson(QJsonDocument::Compact)));
        query.addBindValue(record.outcome);
        execOrThrow(query, EmbeddedSchema::AuditTable);
    }

    QList<AuditRecord> read(const AuditFilter &filter) const override
    {
        QSqlQuery query(sqlConnection(m_database));
        query.setForwardOnly(true);
        query.prepare(QStringLiteral("SELECT happened_at, operator, database, action, emails, "
                                     "outcome FROM useradmin_audit ORDER BY id"));
        execOrThrow(query, EmbeddedSchema::AuditTable);
        QList<AuditRecord> records;
        while (query.next()) {
            AuditRecord record{
                fromTimestamp(query.value(0).toString()),
                query.value(1).toString(),
                query.value(2).toString(),
                query.value(3).toString(),
                {},
                query.value(5).toString(),
            };
            for (const QJsonValue &email :
                 QJsonDocument::fromJson(query.value(4).toString().toUtf8()).array())
                record.emails << email.toString();
            if (filter.matches(record))
                records << record;
        }
        return records;
    }

private:
    const Database &m_database;
};

// A journal file of JSON lines, one record a line, only ever appended to.
class JournalTrail : public AuditTrail
{
public:
    explicit JournalTrail(QString path)
        : m_path(std::move(path))
    {}

    void append(const AuditRecord &record) override
    {
        QDir().mkpath(QFileInfo(m_path).absolutePath());
        QByteArray line =
            QJsonDocument(QJsonObject{
                              {QStringLiteral("when"), timestamp(record.when)},
                              {QStringLiteral("operator"), record.operatorName},
                              {QStringLiteral("database"), record.database},
                              {QStringLiteral("action"), record.action},
                              {QStringLiteral("emails"), QJsonArray::fromStringList(record.emails)},
                              {QStringLiteral("outcome"), record.outcome},
                          })
                .toJson(QJsonDocument::Compact);
        line += '\n';
        // O_APPEND: each record goes at the end in one write, even with other processes
        // appending; 0600: the trail names users, and only its owner reads it.
        const int fd = ::open(QFile::encodeName(m_path).constData(),
                              O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC | O_NOFOLLOW, 0600);
        if (fd < 0)
            throw failure();
        const bool written = ::fchmod(fd, 0600) == 0 &&
                             ::write(fd, line.constData(), size_t(line.size())) == line.size();
        const int writeError = errno;
        const bool closed = ::close(fd) == 0;
        if (!written)
            errno = writeError; // the first failure is the one to report
        if (!written || !closed)
            throw failure();
    }

    QList<AuditRecord> read(const AuditFilter &filter) const override
    {
        QFile file(m_path);
        if (!file.exists())
            return {};
        if (!file.open(QIODevice::ReadOnly))
            throw StorageError(
                QCoreApplication::translate("AuditTrails", "Cannot read the audit trail %1: %2")
                    .arg(QDir::toNativeSeparators(m_path), file.errorString()));
        QList<AuditRecord> records;
        while (!file.atEnd()) {
            const QJsonObject object = QJsonDocument::fromJson(file.readLine()).object();
            if (object.isEmpty())
                continue; // a line cut short by a crash is no record
            AuditRecord record{
                fromTimestamp(object.value(QStringLiteral("when")).toString()),
                object.value(QStringLiteral("operator")).toString(),
                object.value(QStringLiteral("database")).toString(),
                object.value(QStringLiteral("action")).toString(),
                {},
                object.value(QStringLiteral("outcome")).toString(),
            };
            for (const QJsonValue &email : object.value(QStringLiteral("emails")).toArray())
                record.emails << email.toString();
            if (filter.matches(record))
                records << record;
        }
        return records;
    }

private:
    StorageError failure() const
    {
        return StorageError(
            QCoreApplication::translate("AuditTrails", "Cannot write the audit trail %1: %2")
                .arg(QDir::toNativeSeparators(m_path),
                     QString::fromLocal8Bit(std::strerror(errno))));
    }

    QString m_path;
};
} // namespace

std::unique_ptr<AuditTrail> AuditTrails::forDatabase(const Database &database)
{
    if (database.isEmbedded())
        return std::make_unique<TableTrail>(database);
    return std::make_unique<JournalTrail>(journalPath(database));
}

QString AuditTrails::journalPath(const Database &database)
{
    // A key rather than the name itself: a URL or path holds characters a file name cannot.
    const QByteArray key =
        QCryptographicHash::hash(database.displayName().toUtf8(), QCryptographicHash::Sha256)
            .toHex()
            .left(16);
    const QString directory = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(directory).filePath(QStringLiteral("audit-%1.jsonl").arg(QString::fromLatin1(key)));
}

void AuditTrails::record(const Database &database, const QString &action, const QStringList &emails,
                         const QString &outcome)
{
    forDatabase(database)->append({QDateTime::currentDateTimeUtc(), AuditRecord::currentOperator(),
                                   database.displayName(), action, emails, outcome});
}

void AuditTrails::record(const Database &database, const QString &action, const BatchReport &report)
{
    record(database, action, AuditRecord::emailsOf(report.outcomes),
           AuditRecord::outcomeOf(report));
}
