#include "crypto/PasswordHasher.h"
#include "crypto/Pbkdf2.h"

#include <QElapsedTimer>
#include <QTextStream>
#include <QThread>
#include <algorithm>
#include <functional>
#include <vector>

namespace {

constexpr int Iterations = 1'000'000;
constexpr int Rounds = 5;

double secondsOf(const std::function<void()> &work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return double(timer.nsecsElapsed()) / 1e9;
}

struct Figures
{
    double best;
    double median;
};

Figures summarize(std::vector<double> samples)
{
    std::sort(samples.begin(), samples.end());
    return {samples.front(), samples[samples.size() / 2]};
}

QString seconds(double value)
{
    return QString::number(value, 'f', 4) + QStringLiteral(" s");
}

} // namespace

int runPbkdf2Benchmark(QTextStream &out)
{
    // Benchmark inputs only; not a real password.
    const QByteArray password("benchmark-password");
    const QByteArray salt("abcdefghijklmnopqrstuv");

    // Interleaved so that frequency changes and other load hit both sides alike.
    std::vector<double> opensslTimes;
    std::vector<double> ourTimes;
    QByteArray opensslResult;
    QByteArray ourResult;
    for (int round = 0; round < Rounds; ++round) {
        opensslTimes.push_back(secondsOf(
            [&] { opensslResult = Pbkdf2::opensslHmacSha256(password, salt, Iterations); }));
        ourTimes.push_back(
            secondsOf([&] { ourResult = Pbkdf2::hmacSha256(password, salt, Iterations); }));
        if (ourResult != opensslResult || ourResult.size() != 32) {
            out << "hmacSha256 and OpenSSL disagree\n";
            return 1;
        }
    }
    const Figures openssl = summarize(opensslTimes);
    const Figures ours = summarize(ourTimes);
    out << "PBKDF2-HMAC-SHA256, " << Iterations << " iterations, best of " << Rounds
        << " (median in brackets)\n";
    out << "  OpenSSL PKCS5_PBKDF2_HMAC  " << seconds(openssl.best) << " ("
        << seconds(openssl.median) << ")\n";
    out << "  Pbkdf2::hmacSha256         " << seconds(ours.best) << " (" << seconds(ours.median)
        << "), SHA extensions " << (Pbkdf2::usesShaExtensions() ? "used" : "not used") << '\n';
    out << "  ratio ours/openssl         " << QString::number(ours.best / openssl.best, 'f', 2)
        << "x (" << QString::number(ours.median / openssl.median, 'f', 2)
        << "x), target at most 1.00x\n";
    out.flush();

    // Parallel hashing of a batch, as the createuser workflow does for several accounts.
    constexpr int Batch = 8;
    QList<Secret> secrets;
    for (int i = 0; i < Batch; ++i)
        secrets.append(Secret::fromText(QStringLiteral("benchmark-password-%1").arg(i)));
    QList<QString> sequentialHashes;
    const double sequential = secondsOf([&] {
        for (const Secret &secret : secrets)
            sequentialHashes.append(PasswordHasher::hash(secret, Iterations));
    });
    QList<QString> parallelHashes;
    const double parallel =
        secondsOf([&] { parallelHashes = PasswordHasher::hashAll(secrets, Iterations); });
    if (parallelHashes.size() != Batch ||
        std::any_of(parallelHashes.cbegin(), parallelHashes.cend(),
                    [](const QString &hash) { return hash.isEmpty(); })) {
        out << "hashAll returned incomplete results\n";
        return 1;
    }
    out << "PasswordHasher, " << Batch << " passwords at " << Iterations << " iterations, "
        << QThread::idealThreadCount() << " threads\n";
    out << "  sequential hash()          " << seconds(sequential) << '\n';
    out << "  hashAll()                  " << seconds(parallel) << '\n';
    out << "  parallel speedup           " << QString::number(sequential / parallel, 'f', 2)
        << "x\n";
    out.flush();
    return 0;
}
