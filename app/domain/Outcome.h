#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

// One reported result of the workflow: what the command line prints and the log pane shows.
struct Outcome
{
    enum class Kind
    {
        StaffCorrected,      // staff asked for a non-superuser; corrected to false
        PolicyOverridden,    // the operator chose to store a password that breaks the policy
        AddedToOrganization, // a created user joined the organization
        Created,
        Updated,
        SkippedExisting, // exists and no force-update
        Unchanged,       // an account action found nothing to change
        Error,
        Notice, // worth knowing about the whole batch; not Sentry's output
    };

    Kind kind = Kind::Error;
    QString email;   // empty for outcomes that concern the whole batch
    QString message; // the exact printed line
    QDateTime time = QDateTime::currentDateTimeUtc();

    bool isError() const { return kind == Kind::Error; }
    // Printed on standard error rather than standard output, which keeps Sentry's lines only.
    bool toStandardError() const { return kind == Kind::Error || kind == Kind::Notice; }

    static Outcome staffCorrected();
    static Outcome policyOverridden(const QString &email);
    static Outcome addedToOrganization(const QString &email, const QString &organizationSlug);
    static Outcome created(const QString &email);
    static Outcome updated(const QString &email);
    // A bulk update's line, saying what changed for the user.
    static Outcome updatedWith(const QString &email, const QString &changes);
    static Outcome skippedExisting(const QString &email);
    static Outcome error(const QString &email, const QString &message);
    // A write refused because the user changed since the window showed it, or is gone.
    static Outcome changedSinceShown(const QString &email, bool stillExists);
    static Outcome notice(const QString &message);
};
// Moved in memory, not copied, when a batch's lists of outcomes grow.
Q_DECLARE_TYPEINFO(Outcome, Q_RELOCATABLE_TYPE);

// Translated name of a kind, for the log pane and its filter.
QString outcomeKindName(Outcome::Kind kind);
