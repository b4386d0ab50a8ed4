#pragma once

#include <QtGlobal>
#include <optional>

// The Sentry settings that steer createuser, kept per database. Defaults follow a self-hosted
// install: single organization on, self-hosted on, no configured default organization.
struct InstanceSettings
{
    bool singleOrganization = true;              // SENTRY_SINGLE_ORGANIZATION
    bool selfHosted = true;                      // SENTRY_SELF_HOSTED
    std::optional<qint64> defaultOrganizationId; // SENTRY_ORGANIZATION
    int passwordIterations = 1'000'000;          // PBKDF2 iterations of new hashes

    bool operator==(const InstanceSettings &) const = default;
};
