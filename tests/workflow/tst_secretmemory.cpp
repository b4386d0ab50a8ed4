#include "TestDatabase.h"
#include "crypto/CryptoSession.h"
#include "domain/CreateUserWorkflow.h"
#include "storage/SqlUserDirectory.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTest>
#include <array>

namespace {
// The password's bytes XOR this, so that the test itself never holds the plaintext outside the
// Secret: a plaintext copy in its own memory would be found by its own scan.
constexpr char Mask = 0x5a;

// Whether the masked pattern, unmasked, is anywhere in this process's readable memory.
bool inOwnMemory(const QByteArray &masked)
{
    QFile maps(QStringLiteral("/proc/self/maps"));
    QFile memory(QStringLiteral("/proc/self/mem"));
    if (!maps.open(QIODevice::ReadOnly) || !memory.open(QIODevice::ReadOnly))
        qFatal("cannot read /proc/self/maps or /proc/self/mem");
    const QList<QByteArray> regions = maps.readAll().split('\n');
    QByteArray chunk;
    for (const QByteArray &region : regions) {
        const QList<QByteArray> fields = region.simplified().split(' ');
        if (fields.size() < 2 || !fields[1].startsWith('r'))
            continue;
        // Kernel pages (vsyscall, vvar) cannot be read through mem.
        if (region.contains("[vvar") || region.contains("[vsyscall]"))
            continue;
        const QList<QByteArray> range = fields[0].split('-');
        const quint64 start = range[0].toULongLong(nullptr, 16);
        const quint64 end = range[1].toULongLong(nullptr, 16);
        constexpr quint64 ChunkSize = 1 << 20;
        for (quint64 at = start; at < end; at += ChunkSize) {
            if (!memory.seek(qint64(at)))
                break;
            // Overlap by the pattern's length so a match across chunks is found.
            const quint64 size = qMin<quint64>(ChunkSize + masked.size(), end - at);
            chunk = memory.read(qint64(size));
            if (chunk.isEmpty())
                break;
            for (char &byte : chunk)
                byte ^= Mask;
            if (chunk.contains(masked))
                return true;
        }
    }
    return false;
}
} // namespace

// After a batch, no plaintext copy of its password is left in the process's memory: from input
// to hash it lives in QCA's secure memory, which is zeroed when freed, and the code that must
// read its characters (the policy) wipes what it decoded.
class TestSecretMemory : public QObject
{
    Q_OBJECT

private slots:
    void noPlaintextCopyOutlivesTheBatch()
    {
#if defined(__SANITIZE_ADDRESS__) || defined(__has_feature) && __has_feature(address_sanitizer)
        // ASan's shadow and allocator regions span terabytes: reading them all would take hours.
        // The normal build runs this scan.
        QSKIP("not under AddressSanitizer: the normal build scans the process's memory");
#endif
        CryptoSession crypto;
        // A fresh, policy-passing password, built inside a Secret from masked random bytes.
        QByteArray masked;
        for (int i = 0; i < 24; ++i)
            masked.append(char('a' + QRandomGenerator::system()->bounded(26)) ^ Mask);
        masked.append(char('7' ^ Mask));
        masked.append(char('!' ^ Mask));
        QVERIFY(!inOwnMemory(masked));
        {
            QByteArray plain = masked;
            for (char &byte : plain)
                byte ^= Mask;
            const Secret password = Secret::fromUtf8(plain);
            plain.fill('\0');
            QVERIFY(inOwnMemory(masked)); // the scan finds the Secret itself

            TestDatabase db;
            SqlUserDirectory directory(db.database());
            InstanceSettings settings;
            settings.passwordIterations = 1000;
            CreateUserRequest request;
            request.emails = {QStringLiteral("a@example.com"), QStringLiteral("b@example.com")};
            request.password = password;
            const CreateUserReport report = CreateUserWorkflow(directory, settings).run(request);
            QCOMPARE(report.created, 2);
        }
        QVERIFY2(!inOwnMemory(masked), "a plaintext copy of the password is left in memory");
    }
};

QTEST_GUILESS_MAIN(TestSecretMemory)
#include "tst_secretmemory.moc"
