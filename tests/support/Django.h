#pragma once

#include "TestPaths.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QString>
#include <optional>

// Django itself (Debian's python3-django in the build environment) as an independent check.
// Everything the script needs, passwords included, travels on its standard input: never on a
// command line.
namespace Django {
struct Result
{
    bool finished = false;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

inline Result runPython(const QString &script, const QByteArray &input)
{
    QProcess python;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("PYTHONIOENCODING"), QStringLiteral("utf-8"));
    environment.insert(QStringLiteral("PYTHONUTF8"), QStringLiteral("1"));
    python.setProcessEnvironment(environment);
    python.start(QString::fromUtf8(TestPaths::python3), {QStringLiteral("-c"), script});
    Result result;
    if (!python.waitForStarted(10'000))
        return result;
    python.write(input);
    python.closeWriteChannel();
    result.finished =
        python.waitForFinished(120'000) && python.exitStatus() == QProcess::NormalExit;
    if (!result.finished) {
        python.kill();
        python.waitForFinished();
    }
    result.exitCode = python.exitCode();
    result.out = python.readAllStandardOutput();
    result.err = python.readAllStandardError();
    return result;
}

// Runs a script that reads a JSON array on standard input and writes one on standard output;
// the answer, or nothing (with a warning saying why) when the script did not run to its end.
inline std::optional<QJsonArray> runJson(const QString &script, const QJsonArray &input)
{
    const Result result = runPython(script, QJsonDocument(input).toJson(QJsonDocument::Compact));
    if (!result.finished || result.exitCode != 0) {
        qWarning("python3 failed: %s", result.err.constData());
        return std::nullopt;
    }
    return QJsonDocument::fromJson(result.out).array();
}

// Whether Django's check_password accepts the password for this stored hash.
inline bool acceptsPassword(const QByteArray &passwordUtf8, const QString &encoded)
{
    const Result result = runPython(
        QStringLiteral("import sys\n"
                       "from django.conf import settings\n"
                       "settings.configure()\n"
                       "from django.contrib.auth.hashers import check_password\n"
                       "pw, h = sys.stdin.buffer.read().decode('utf-8').split('\\n')[:2]\n"
                       "sys.exit(0 if check_password(pw, h) else 1)\n"),
        passwordUtf8 + '\n' + encoded.toUtf8() + '\n');
    return result.finished && result.exitCode == 0;
}
} // namespace Django
