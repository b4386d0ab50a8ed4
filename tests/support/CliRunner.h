#pragma once

#include "TestPaths.h"

#include <QDir>
#include <QProcess>

// The real useradmin-cli, as a separate process with a home folder of the test's own (so the
// embedded database and settings land there).
class CliRunner
{
public:
    struct Result
    {
        int exitCode = -1; // -1 also when it crashed or hung
        QString out;
        QString err;
    };

    explicit CliRunner(const QString &home,
                       QProcessEnvironment environment = QProcessEnvironment::systemEnvironment())
        : m_environment(std::move(environment))
    {
        m_environment.insert(QStringLiteral("HOME"), home);
        m_environment.insert(QStringLiteral("XDG_DATA_HOME"),
                             QDir(home).filePath(QStringLiteral("data")));
    }

    // Starts it; `parent` owns the process. For tests that run several at once.
    QProcess *start(const QStringList &arguments, QObject *parent) const
    {
        auto *process = new QProcess(parent);
        process->setProcessEnvironment(m_environment);
        process->start(QString::fromUtf8(TestPaths::cliExecutable), arguments);
        return process;
    }

    // Feeds standard input, closes it, and waits for the end.
    static Result finish(QProcess *process, const QByteArray &input = {})
    {
        process->write(input);
        process->closeWriteChannel();
        const bool finished = process->waitForFinished(120'000);
        if (!finished) {
            qWarning("useradmin-cli did not finish");
            process->kill();
            process->waitForFinished();
        }
        const bool normal = finished && process->exitStatus() == QProcess::NormalExit;
        return {normal ? process->exitCode() : -1,
                QString::fromUtf8(process->readAllStandardOutput()),
                QString::fromUtf8(process->readAllStandardError())};
    }

    Result run(const QStringList &arguments, const QByteArray &input = {}) const
    {
        QObject owner;
        return finish(start(arguments, &owner), input);
    }

private:
    QProcessEnvironment m_environment;
};
