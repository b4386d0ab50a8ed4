#pragma once

#include "domain/BulkUpdateWorkflow.h"

#include <QDialog>
#include <functional>
#include <memory>

namespace Ui {
class BulkUpdateDialog;
}

// Asks what a bulk force-update changes for the selected users. While typing, the password is
// checked against the policy's rules for a sample of the selected emails (the rules that do not
// depend on the email are the same for all), so that a keystroke stays quick with a million
// users selected; the workflow checks every selected email before it writes anything. OK is
// enabled only for a valid choice.
class BulkUpdateDialog : public QDialog
{
    Q_OBJECT

public:
    using TeamsOf = std::function<QList<Team>(qint64 organizationId)>;

    // Emails checked while typing; more than this are not needed.
    static constexpr int SampleSize = 100;

    // `selected` users, of which `sampleEmails` are some (at most SampleSize are used).
    BulkUpdateDialog(qsizetype selected, const QStringList &sampleEmails,
                     const QList<Organization> &organizations, TeamsOf teamsOf,
                     QWidget *parent = nullptr);
    ~BulkUpdateDialog() override;

    // The choice, without the users; takes the password out of the form.
    BulkUpdateRequest takeRequest();
    // The organization and team chosen, as the confirmation names them; empty when none.
    QString organizationChoice() const;
    // Lines naming each effective change per field with the number of users it concerns, for
    // the confirmation ("Staff: 9 users yes→no (cleared with Superuser)").
    static QStringList describeEffectiveChanges(const BulkChanges &changes,
                                                const QString &organizationChoice,
                                                bool policyOverridden);

private:
    void fillTeams();
    void validate();

    const std::unique_ptr<Ui::BulkUpdateDialog> m_ui;
    qsizetype m_selected = 0;
    QStringList m_sampleEmails;
    TeamsOf m_teamsOf;
};
