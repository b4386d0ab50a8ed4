#include "domain/Outcome.h"

#include <QCoreApplication>

namespace {
Outcome make(Outcome::Kind kind, const QString &email, const QString &message)
{
    Outcome outcome;
    outcome.kind = kind;
    outcome.email = email;
    outcome.message = message;
    return outcome;
}
} // namespace

// The English texts are Sentry's createuser messages, word for word.
Outcome Outcome::staffCorrected()
{
    return make(
        Kind::StaffCorrected, {},
        QCoreApplication::translate(
            "Outcome", "Non-superuser asked to be given staff access, correcting to staff=False"));
}

Outcome Outcome::policyOverridden(const QString &email)
{
    return make(
        Kind::PolicyOverridden, email,
        QCoreApplication::translate("Outcome", "Password policy overridden by the operator for: %1")
            .arg(email));
}

Outcome Outcome::addedToOrganization(const QString &email, const QString &organizationSlug)
{
    return make(
        Kind::AddedToOrganization, email,
        QCoreApplication::translate("Outcome", "Added to organization: %1").arg(organizationSlug));
}

Outcome Outcome::created(const QString &email)
{
    return make(Kind::Created, email,
                QCoreApplication::translate("Outcome", "User created: %1").arg(email));
}

Outcome Outcome::updated(const QString &email)
{
    return make(Kind::Updated, email,
                QCoreApplication::translate("Outcome", "User updated: %1").arg(email));
}

Outcome Outcome::updatedWith(const QString &email, const QString &changes)
{
    return make(
        Kind::Updated, email,
        QCoreApplication::translate("Outcome", "User updated: %1 (%2)").arg(email, changes));
}

Outcome Outcome::skippedExisting(const QString &email)
{
    return make(
        Kind::SkippedExisting, email,
        QCoreApplication::translate("Outcome", "User: %1 exists, use --force-update to force.")
            .arg(email));
}

Outcome Outcome::error(const QString &email, const QString &message)
{
    return make(Kind::Error, email, message);
}

Outcome Outcome::changedSinceShown(const QString &email, bool stillExists)
{
    const QString why =
        stillExists ? QCoreApplication::translate("Outcome", "changed by someone else; reload")
                    : QCoreApplication::translate("Outcome", "the user no longer exists");
    return make(
        Kind::Error, email,
        QCoreApplication::translate("Outcome", "%1: %2", "an address and why it was refused")
            .arg(email, why));
}

Outcome Outcome::notice(const QString &message)
{
    return make(Kind::Notice, {}, message);
}

QString outcomeKindName(Outcome::Kind kind)
{
    switch (kind) {
    case Outcome::Kind::StaffCorrected:
        return QCoreApplication::translate("Outcome", "staff corrected");
    case Outcome::Kind::PolicyOverridden:
        return QCoreApplication::translate("Outcome", "policy overridden");
    case Outcome::Kind::AddedToOrganization:
        return QCoreApplication::translate("Outcome", "added to organization");
    case Outcome::Kind::Created:
        return QCoreApplication::translate("Outcome", "created");
    case Outcome::Kind::Updated:
        return QCoreApplication::translate("Outcome", "updated");
    case Outcome::Kind::SkippedExisting:
        return QCoreApplication::translate("Outcome", "skipped as existing");
    case Outcome::Kind::Unchanged:
        return QCoreApplication::translate("Outcome", "unchanged");
    case Outcome::Kind::Error:
        return QCoreApplication::translate("Outcome", "error");
    case Outcome::Kind::Notice:
        return QCoreApplication::translate("Outcome", "notice");
    }
    return {};
}
