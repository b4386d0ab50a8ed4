#include "gui/LogJournal.h"

#include "storage/PostgresUrl.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryFile>
#include <QUrl>
#include <deque>

namespace {
constexpr QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

// Fields are tab-separated and entries end with a new line: those (and the escape) are escaped,
// since a stored email may hold any control character.
QByteArray escaped(const QString &text)
{
    QByteArray out;
    const QByteArray utf8 = text.toUtf8();
    out.reserve(utf8.size());
    for (const char c : utf8) {
        switch (c) {
        case '\\':
            out += "\\\\";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        default:
            out += c;
        }
    }
    return out;
}

QString unescaped(QByteArrayView field)
{
    QByteArray out;
    out.reserve(field.size());
    for (qsizetype i = 0; i < field.size(); ++i) {
        const char c = field[i];
        if (c != '\\' || i + 1 == field.size()) {
            out += c;
            continue;
        }
        switch (field[++i]) {
        case 't':
            out += '\t';
            break;
        case 'n':
            out += '\n';
            break;
        case 'r':
            out += '\r';
            break;
        default:
            out += field[i];
        }
    }
    return QString::fromUtf8(out);
}
} // namespace

LogJournal::LogJournal()
    : m_file(std::make_unique<QTemporaryFile>(
          QDir(QDir::tempPath()).filePath(QStringLiteral("useradmin-log-XXXXXX"))))
{}

LogJournal::LogJournal(const QString &path, qint64 limitBytes)
    : m_file(std::make_unique<QFile>(path))
    , m_limitBytes(limitBytes)
{}

LogJournal::~LogJournal() = default;

QString LogJournal::pathFor(const QString &location)
{
    QString identity;
    if (PostgresUrl::isPostgresUrl(location)) {
        // Server, port, database and role: what tells two databases apart, and no password.
        const QUrl url(location);
        identity = QStringLiteral("postgresql://%1@%2:%3%4")
                       .arg(url.userName(), url.host().toLower())
                       .arg(url.port(5432))
                       .arg(url.path());
    } else {
        const QFileInfo file(location);
        identity = file.exists() ? file.canonicalFilePath() : file.absoluteFilePath();
    }
    const QByteArray hash =
        QCryptographicHash::hash(identity.toUtf8(), QCryptographicHash::Sha256).toHex().left(32);
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("log/%1.log").arg(QString::fromLatin1(hash)));
}

QString LogJournal::olderPath(const QString &path)
{
    return path + QStringLiteral(".1");
}

bool LogJournal::openFile()
{
    if (m_file->isOpen())
        return true;
    if (!isPersistent()) // QTemporaryFile makes it its owner's only
        return static_cast<QTemporaryFile *>(m_file.get())->open();
    const QString folder = QFileInfo(m_file->fileName()).absolutePath();
    if (!QDir().mkpath(folder))
        return false;
    QFile::setPermissions(folder, ownerOnly | QFileDevice::ExeOwner);
    // Created owner-only; one made by hand, or under an older version, is made so too.
    if (!m_file->open(QIODevice::WriteOnly | QIODevice::Append, ownerOnly))
        return false;
    return m_file->setPermissions(ownerOnly);
}

qint64 LogJournal::size() const
{
    return m_file->isOpen() ? m_file->size() : QFileInfo(m_file->fileName()).size();
}

bool LogJournal::append(const QList<Outcome> &outcomes)
{
    if (outcomes.isEmpty())
        return true;
    QByteArray lines;
    for (const Outcome &outcome : outcomes)
        lines += encode(outcome) + '\n';
    if (isPersistent() && size() > 0 && size() + lines.size() > m_limitBytes) {
        const QString path = m_file->fileName();
        m_file->close();
        QFile::remove(olderPath(path));
        QFile::rename(path, olderPath(path));
        m_olderEntries = m_currentEntries;
        m_currentEntries = 0;
    }
    if (!openFile())
        return false;
    m_currentEntries += outcomes.size();
    // Flushed: a crash keeps what was reported, and readers see it.
    return m_file->write(lines) == lines.size() && m_file->flush();
}

void LogJournal::countRead(const Tail &tail)
{
    m_olderEntries += tail.older;
    m_currentEntries += tail.current;
}

void LogJournal::clear()
{
    m_olderEntries = m_currentEntries = 0;
    if (!m_file->fileName().isEmpty())
        QFile::remove(olderPath(m_file->fileName()));
    if (m_file->isOpen())
        m_file->resize(0);
    else if (isPersistent())
        QFile::remove(m_file->fileName());
}

bool LogJournal::forEach(const std::function<bool(const Outcome &)> &visit) const
{
    return forEach(m_file->fileName(), visit);
}

bool LogJournal::forEach(const QString &path, const std::function<bool(const Outcome &)> &visit)
{
    if (path.isEmpty())
        return true;
    for (const QString &name : {olderPath(path), path}) {
        QFile file(name);
        if (!file.exists())
            continue;
        if (!file.open(QIODevice::ReadOnly))
            return false;
        while (!file.atEnd()) {
            const QByteArray line = file.readLine();
            if (const std::optional<Outcome> outcome = decode(line); outcome && !visit(*outcome))
                return false;
        }
    }
    return true;
}

LogJournal::Tail LogJournal::readTail(const QString &path, qint64 sizeLimit, int count)
{
    Tail tail;
    std::deque<QByteArray> latest;
    const auto read = [&](const QString &name, qint64 limit, qint64 &entries) {
        QFile file(name);
        if (!file.open(QIODevice::ReadOnly))
            return;
        while (file.pos() < limit && !file.atEnd()) {
            latest.push_back(file.readLine());
            if (latest.back().endsWith('\n'))
                ++entries;
            else // an entry being written as the size was taken
                latest.pop_back();
            if (latest.size() > size_t(count))
                latest.pop_front();
        }
    };
    read(olderPath(path), std::numeric_limits<qint64>::max(), tail.older);
    read(path, sizeLimit, tail.current);
    for (const QByteArray &line : latest)
        if (const std::optional<Outcome> outcome = decode(line))
            tail.outcomes.append(*outcome);
    return tail;
}

QByteArray LogJournal::encode(const Outcome &outcome)
{
    return QByteArray::number(int(outcome.kind)) + '\t' +
           outcome.time.toUTC().toString(Qt::ISODateWithMs).toLatin1() + '\t' +
           escaped(outcome.email) + '\t' + escaped(outcome.message);
}

std::optional<Outcome> LogJournal::decode(QByteArrayView line)
{
    if (line.endsWith('\n'))
        line.chop(1);
    const QList<QByteArray> fields = line.toByteArray().split('\t');
    if (fields.size() != 4)
        return std::nullopt;
    bool isNumber = false;
    const int kind = fields[0].toInt(&isNumber);
    if (!isNumber || kind < 0 || kind > int(Outcome::Kind::Notice))
        return std::nullopt;
    Outcome outcome;
    outcome.kind = Outcome::Kind(kind);
    outcome.time = QDateTime::fromString(QString::fromLatin1(fields[1]), Qt::ISODateWithMs);
    outcome.email = unescaped(fields[2]);
    outcome.message = unescaped(fields[3]);
    return outcome;
}
