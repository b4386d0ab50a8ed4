#include "gui/browser/TypedPassword.h"

#include "domain/BulkUpdateWorkflow.h"

TypedPassword::Verdict TypedPassword::check(const QString &password, const QString &confirmation,
                                            bool overridePolicy, const QStringList &sampleEmails)
{
    QStringList reasons;
    if (password.isEmpty())
        reasons << tr("Enter the new password.");
    else if (password != confirmation)
        reasons << tr("The passwords do not match.");
    else
        for (const InputProblem &found :
             BulkUpdateWorkflow::validatePassword(Secret::fromText(password), false, sampleEmails))
            reasons << found.describe();
    const bool overridable = !password.isEmpty() && password == confirmation;
    Verdict verdict;
    verdict.acceptable = reasons.isEmpty() || (overridable && overridePolicy);
    verdict.note = reasons.join(QLatin1Char('\n'));
    if (!reasons.isEmpty() && verdict.acceptable)
        verdict.note = tr("Policy overridden (the log will say so): %1").arg(verdict.note);
    return verdict;
}
