#pragma once

#include "domain/BulkUpdateWorkflow.h"

#include <QDialog>
#include <functional>
#include <memory>

namespace Ui {
class BulkUpdateDialog;
}

// Asks what a bulk force-update changes for the selected users. The password is checked against
// the policy for every selected email as it is typed; OK is enabled only for a valid choice.
class BulkUpdateDialog : public QDialog
{
    Q_OBJECT

public:
    using TeamsOf = std::function<QList<Team>(qint64 organizationId)>;

    BulkUpdateDialog(const QStringList &emails, const QList<Organization> &organizations,
                     TeamsOf teamsOf, QWidget *parent = nullptr);
    ~BulkUpdateDialog() override;

    // The choice, without the users; takes the password out of the form.
    BulkUpdateRequest takeRequest();
    // Lines naming each change, for the confirmation.
    QStringList describeChanges() const;

private:
    void fillTeams();
    void validate();

    const std::unique_ptr<Ui::BulkUpdateDialog> m_ui;
    QStringList m_emails;
    TeamsOf m_teamsOf;
};
