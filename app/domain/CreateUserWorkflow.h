#pragma once

#include "domain/BatchWriter.h"
#include "domain/CreateUserRequest.h"
#include "domain/InstanceSettings.h"
#include "domain/Outcome.h"
#include "domain/UserDirectory.h"

#include <QCoreApplication>

// A problem with the input, found before anything is written.
struct InputProblem
{
    enum class Field
    {
        Emails,
        Password
    };
    Field field = Field::Emails;
    QString email; // the email concerned; empty when it concerns every email
    QString reason;

    // One line naming what is wrong and where, e.g. "a@b: Enter a valid email address."
    QString describe() const;
};

struct CreateUserReport : BatchReport
{};
using CreateUserObserver = BatchObserver;

// Sentry's createuser: validation, user creation or update, organization membership, password,
// Super Admin link, with this project's improvements (whole batch validated first, each user one
// all-or-nothing unit, idempotent Super Admin link, demotion unlinks, deterministic default org).
class CreateUserWorkflow
{
    Q_DECLARE_TR_FUNCTIONS(CreateUserWorkflow)

public:
    CreateUserWorkflow(UserDirectory &directory, const InstanceSettings &settings);

    // The superuser and staff flags the request resolves to, following Sentry's rules.
    struct Flags
    {
        bool superuser = false;
        bool staff = false;
        bool staffCorrected = false;
    };
    static Flags resolveFlags(const CreateUserRequest &request);

    // Every problem with the request's emails and password (policy included unless overridden).
    static QList<InputProblem> validate(const CreateUserRequest &request,
                                        const DirectoryLimits &limits);

    CreateUserReport run(const CreateUserRequest &request, const CreateUserObserver &observer = {});

    // Users written per transaction when no password is hashed; each user stays its own unit.
    // 0 (the default): as many as keep a transaction short (BatchWriter::setChunkSize).
    void setChunkSize(int users) { m_chunkSize = qMax(0, users); }
    // Users per transaction while hashing; 0 (the default): one per core.
    void setHashingChunkSize(int users) { m_hashingChunkSize = qMax(0, users); }

private:
    // Emails that equal an existing username, or an earlier email of the batch, but for letter
    // case: Sentry's case-insensitive sign-in could then find neither. Throws StorageError.
    QList<InputProblem> caseClashes(const QStringList &emails);

    UserDirectory &m_directory;
    InstanceSettings m_settings;
    int m_chunkSize = 0;
    int m_hashingChunkSize = 0;
};
