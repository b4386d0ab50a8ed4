#include "gui/browser/BulkUpdateDialog.h"

#include "gui/browser/TypedPassword.h"
#include "ui_BulkUpdateDialog.h"

#include <QPushButton>
#include <algorithm>
#include <climits>

namespace {
// The items of the superuser, staff and active choices, in this order.
enum Change
{
    Leave,
    Set,
    Unset
};

std::optional<bool> changeOf(const QComboBox *combo)
{
    switch (combo->currentIndex()) {
    case Set:
        return true;
    case Unset:
        return false;
    default:
        return std::nullopt;
    }
}

// The team choice is kept in the item data: -1 automatic, 0 none, else the team id.
constexpr qint64 automaticTeam = -1;
constexpr qint64 noTeam = 0;
} // namespace

BulkUpdateDialog::BulkUpdateDialog(qsizetype selected, const QStringList &sampleEmails,
                                   const QList<Organization> &organizations, TeamsOf teamsOf,
                                   QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::BulkUpdateDialog>())
    , m_selected(selected)
    , m_sampleEmails(sampleEmails.first(std::min<qsizetype>(sampleEmails.size(), SampleSize)))
    , m_teamsOf(std::move(teamsOf))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("bulkUpdateDialog"));
    m_ui->selectionLabel->setText(
        tr("%Ln user(s) selected.", nullptr, int(std::min<qsizetype>(selected, INT_MAX))));
    for (QComboBox *combo : {m_ui->superuserCombo, m_ui->staffCombo, m_ui->activeCombo}) {
        combo->addItems({tr("Leave as it is"), tr("Set"), tr("Unset")});
        connect(combo, &QComboBox::currentIndexChanged, this, &BulkUpdateDialog::validate);
    }
    for (const Organization &organization : organizations)
        m_ui->organizationCombo->addItem(
            QStringLiteral("%1 (%2)").arg(organization.name, organization.slug), organization.id);
    fillTeams();
    connect(m_ui->organizationCombo, &QComboBox::currentIndexChanged, this,
            &BulkUpdateDialog::fillTeams);
    for (QGroupBox *group : {m_ui->passwordGroup, m_ui->organizationGroup})
        connect(group, &QGroupBox::toggled, this, &BulkUpdateDialog::validate);
    for (QLineEdit *edit : {m_ui->passwordEdit, m_ui->confirmPasswordEdit})
        connect(edit, &QLineEdit::textChanged, this, &BulkUpdateDialog::validate);
    connect(m_ui->overridePolicyCheck, &QCheckBox::toggled, this, &BulkUpdateDialog::validate);
    validate();
}

BulkUpdateDialog::~BulkUpdateDialog()
{
    m_ui->passwordEdit->clear();
    m_ui->confirmPasswordEdit->clear();
}

void BulkUpdateDialog::fillTeams()
{
    m_ui->teamCombo->clear();
    m_ui->teamCombo->addItem(tr("(automatic: the organization's only team)"), automaticTeam);
    const QVariant organization = m_ui->organizationCombo->currentData();
    if (organization.isValid() && m_teamsOf)
        for (const Team &team : m_teamsOf(organization.toLongLong()))
            m_ui->teamCombo->addItem(QStringLiteral("%1 (%2)").arg(team.name, team.slug), team.id);
    m_ui->teamCombo->addItem(tr("(none)"), noTeam);
}

void BulkUpdateDialog::validate()
{
    QString note;
    bool passwordValid = true;
    if (m_ui->passwordGroup->isChecked()) {
        const TypedPassword::Verdict verdict =
            TypedPassword::check(m_ui->passwordEdit->text(), m_ui->confirmPasswordEdit->text(),
                                 m_ui->overridePolicyCheck->isChecked(), m_sampleEmails);
        passwordValid = verdict.acceptable;
        note = verdict.note;
    }
    m_ui->passwordProblemsLabel->setText(note);
    const bool changes =
        m_ui->superuserCombo->currentIndex() != Leave ||
        m_ui->staffCombo->currentIndex() != Leave || m_ui->activeCombo->currentIndex() != Leave ||
        m_ui->passwordGroup->isChecked() ||
        (m_ui->organizationGroup->isChecked() && m_ui->organizationCombo->currentIndex() >= 0);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)
        ->setEnabled(changes && passwordValid && m_selected > 0);
}

BulkUpdateRequest BulkUpdateDialog::takeRequest()
{
    BulkUpdateRequest request;
    request.superuser = changeOf(m_ui->superuserCombo);
    request.staff = changeOf(m_ui->staffCombo);
    request.active = changeOf(m_ui->activeCombo);
    if (m_ui->passwordGroup->isChecked()) {
        request.password = Secret::fromText(m_ui->passwordEdit->text());
        request.overridePasswordPolicy = m_ui->overridePolicyCheck->isChecked();
    }
    m_ui->passwordEdit->clear();
    m_ui->confirmPasswordEdit->clear();
    if (m_ui->organizationGroup->isChecked() && m_ui->organizationCombo->currentIndex() >= 0) {
        request.organizationId = m_ui->organizationCombo->currentData().toLongLong();
        const qint64 team = m_ui->teamCombo->currentData().toLongLong();
        request.team = team == automaticTeam ? TeamChoice::automatic()
                       : team == noTeam      ? TeamChoice::none()
                                             : TeamChoice::specific(team);
    }
    return request;
}

QString BulkUpdateDialog::organizationChoice() const
{
    if (!m_ui->organizationGroup->isChecked() || m_ui->organizationCombo->currentIndex() < 0)
        return {};
    return tr("%1, team %2")
        .arg(m_ui->organizationCombo->currentText(), m_ui->teamCombo->currentText());
}

QStringList BulkUpdateDialog::describeEffectiveChanges(const BulkChanges &changes,
                                                       const QString &organizationChoice,
                                                       bool policyOverridden)
{
    const auto users = [](qint64 count) { return int(std::min<qint64>(count, INT_MAX)); };
    QStringList lines;
    const auto flips = [&](const BulkChanges::Flips &counts, const char *toYes, const char *toNo) {
        if (counts.toYes > 0)
            lines << tr(toYes, nullptr, users(counts.toYes));
        if (counts.toNo > 0)
            lines << tr(toNo, nullptr, users(counts.toNo));
    };
    flips(changes.superuser, QT_TR_N_NOOP("Superuser: %Ln user(s) no→yes"),
          QT_TR_N_NOOP("Superuser: %Ln user(s) yes→no"));
    const BulkChanges::Flips staffAlone{changes.staff.toYes - changes.staffWithSuperuser.toYes,
                                        changes.staff.toNo - changes.staffWithSuperuser.toNo};
    flips(changes.staffWithSuperuser,
          QT_TR_N_NOOP("Staff: %Ln user(s) no→yes (set with Superuser)"),
          QT_TR_N_NOOP("Staff: %Ln user(s) yes→no (cleared with Superuser)"));
    flips(staffAlone, QT_TR_N_NOOP("Staff: %Ln user(s) no→yes"),
          QT_TR_N_NOOP("Staff: %Ln user(s) yes→no"));
    if (changes.staffCorrected > 0)
        lines << tr("Staff: not given to %Ln non-superuser(s) (staff needs Superuser)", nullptr,
                    users(changes.staffCorrected));
    flips(changes.active, QT_TR_N_NOOP("Active: %Ln user(s) no→yes"),
          QT_TR_N_NOOP("Active: %Ln user(s) yes→no"));
    flips(changes.superAdmin, QT_TR_N_NOOP("Super Admin: given to %Ln user(s)"),
          QT_TR_N_NOOP("Super Admin: removed from %Ln user(s)"));
    if (changes.passwordReset > 0)
        lines << (policyOverridden ? tr("Password: reset for %Ln user(s) (policy overridden)",
                                        nullptr, users(changes.passwordReset))
                                   : tr("Password: reset for %Ln user(s)", nullptr,
                                        users(changes.passwordReset)));
    if (changes.joinOrganization > 0)
        lines << tr("Organization: %Ln user(s) join %1", nullptr, users(changes.joinOrganization))
                     .arg(organizationChoice);
    if (changes.unchanged > 0)
        lines << tr("Unchanged: %Ln user(s) already as asked", nullptr, users(changes.unchanged));
    if (changes.missing > 0)
        lines << tr("Not found: %Ln user(s) deleted since they were selected", nullptr,
                    users(changes.missing));
    return lines;
}
