#pragma once

#include "crypto/Secret.h"

#include <QStringList>
#include <optional>

// Which team a created user joins in its organization.
struct TeamChoice
{
    enum class Mode
    {
        Automatic, // the organization's only team, if it has exactly one (Sentry's rule)
        None,
        Specific,
    };
    Mode mode = Mode::Automatic;
    qint64 teamId = 0; // with Specific

    static TeamChoice automatic() { return {}; }
    static TeamChoice none() { return {Mode::None, 0}; }
    static TeamChoice specific(qint64 id) { return {Mode::Specific, id}; }
};

// The inputs of Sentry's createuser, after prompting. Tri-states are std::optional.
struct CreateUserRequest
{
    QStringList emails;
    std::optional<qint64> organizationId; // absent: the default organization
    TeamChoice team;
    Secret password; // empty: none given
    bool noPassword = false;
    std::optional<bool> superuser;
    std::optional<bool> staff;
    bool forceUpdate = false;
    bool overridePasswordPolicy = false; // store a password that breaks the policy (logged)
    bool dryRun = false;                 // validate and report, write nothing
};
