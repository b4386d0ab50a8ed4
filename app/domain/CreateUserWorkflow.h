#pragma once

#include "domain/CreateUserRequest.h"
#include "domain/InstanceSettings.h"
#include "domain/Outcome.h"
#include "domain/UserDirectory.h"

#include <functional>

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

struct CreateUserReport
{
    QList<Outcome> outcomes;
    int created = 0;
    int updated = 0;
    int skipped = 0;
    int errors = 0;
    bool rejected = false;  // the input was invalid: nothing was written
    bool cancelled = false; // stopped early: every user is fully written or untouched
    // Emails left untouched because an error (a lost connection, say) stopped the batch, in
    // order: running the same request again with just these goes on where it stopped.
    QStringList notDone;

    // The command line's exit code: 1 error, 3 an existing user skipped, 0 done.
    int exitCode() const;
};

// Callbacks of a run; all optional. They are called on the thread that runs the workflow.
struct CreateUserObserver
{
    std::function<void(const Outcome &)> outcome;
    std::function<void(int done, int total)> progress;
    std::function<bool()> cancelRequested;
};

// Sentry's createuser: validation, user creation or update, organization membership, password,
// Super Admin link, with this project's improvements (whole batch validated first, each user one
// all-or-nothing unit, idempotent Super Admin link, demotion unlinks, deterministic default org).
class CreateUserWorkflow
{
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
    void setChunkSize(int users) { m_chunkSize = qMax(1, users); }

private:
    UserDirectory &m_directory;
    InstanceSettings m_settings;
    int m_chunkSize = 256;
};
