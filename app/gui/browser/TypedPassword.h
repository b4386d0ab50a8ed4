#pragma once

#include <QCoreApplication>
#include <QStringList>

// A new password typed twice in a dialog, checked as the operator types: against the policy for
// a sample of the users' emails (the rules that do not depend on the email are the same for all;
// the write checks every user again).
class TypedPassword
{
    Q_DECLARE_TR_FUNCTIONS(TypedPassword)

public:
    struct Verdict
    {
        // What is wrong, or what the override lets through; empty when nothing.
        QString note;
        // It may be stored: valid, or breaking only the policy with the override ticked.
        bool acceptable = false;
    };

    static Verdict check(const QString &password, const QString &confirmation, bool overridePolicy,
                         const QStringList &sampleEmails);
};
