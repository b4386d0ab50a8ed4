#include "gui/UserForm.h"

#include "domain/CreateUserWorkflow.h"
#include "gui/Icons.h"
#include "gui/PickerModels.h"
#include "gui/browser/PickerLoader.h"
#include "storage/Database.h"
#include "ui_UserForm.h"

#include <QRegularExpression>
#include <QTextBlock>
#include <utility>

UserForm::UserForm(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::UserForm>())
    , m_organizations(new OrganizationModel(this))
    , m_teams(new TeamModel(this))
    , m_loader(new PickerLoader(this))
{
    m_ui->setupUi(this);
    m_ui->createUsersButton->setIcon(Icons::icon(QStringLiteral("user-add")));
    m_ui->organizationCombo->setModel(m_organizations);
    m_ui->teamCombo->setModel(m_teams);
    m_ui->staffCheck->setEnabled(false);
    // Problems appear in an area of fixed height that scrolls: nothing below it moves as they
    // come and go while typing, however many there are.
    m_ui->problemsArea->setFixedHeight(fontMetrics().lineSpacing() * ProblemLines);

    connect(m_ui->emailsEdit, &QPlainTextEdit::textChanged, this, &UserForm::validate);
    for (QLineEdit *edit : {m_ui->passwordEdit, m_ui->confirmPasswordEdit})
        connect(edit, &QLineEdit::textChanged, this, &UserForm::validate);
    for (QCheckBox *box : {m_ui->overridePolicyCheck, m_ui->forceUpdateCheck})
        connect(box, &QCheckBox::toggled, this, &UserForm::validate);
    connect(m_ui->noPasswordCheck, &QCheckBox::toggled, this, [this](bool noPassword) {
        m_ui->passwordEdit->setEnabled(!noPassword);
        m_ui->confirmPasswordEdit->setEnabled(!noPassword);
        if (noPassword) {
            m_ui->passwordEdit->clear();
            m_ui->confirmPasswordEdit->clear();
        }
        validate();
    });
    connect(m_ui->superuserCheck, &QCheckBox::toggled, this, [this](bool superuser) {
        m_ui->staffCheck->setEnabled(superuser);
        if (!m_staffChosen)
            m_ui->staffCheck->setChecked(superuser);
    });
    // clicked, not toggled: only the operator's own choice stops staff following superuser.
    connect(m_ui->staffCheck, &QCheckBox::clicked, this, [this] { m_staffChosen = true; });
    connect(m_ui->organizationCombo, &QComboBox::currentIndexChanged, this, &UserForm::loadTeams);
    connect(m_loader, &PickerLoader::organizationsLoaded, this, &UserForm::showOrganizations);
    connect(m_loader, &PickerLoader::teamsLoaded, this, &UserForm::showTeams);
    connect(m_loader, &PickerLoader::idle, this, [this] {
        validate();
        emit pickersLoaded();
    });
    connect(m_ui->createUsersButton, &QPushButton::clicked, this, [this] {
        if (m_valid)
            emit submitRequested();
    });
    // Enter in the last field submits a valid form.
    connect(m_ui->confirmPasswordEdit, &QLineEdit::returnPressed, this, [this] {
        if (m_valid)
            emit submitRequested();
    });
    validate();
}

UserForm::~UserForm() = default;

void UserForm::setDatabase(std::shared_ptr<const Database> database,
                           const InstanceSettings &settings)
{
    m_database = std::move(database);
    m_settings = settings;
    m_limits = m_database ? m_database->limits() : DirectoryLimits();
    if (m_ui->organizationCombo->isEnabled())
        m_chosenOrganization =
            m_organizations->organizationIdAt(m_ui->organizationCombo->currentIndex());
    if (!m_database) {
        showOrganizations({});
        validate();
        return;
    }
    showLoading(m_ui->organizationCombo);
    showLoading(m_ui->teamCombo);
    m_loader->loadOrganizations(m_database);
    validate();
}

bool UserForm::isLoadingPickers() const
{
    return m_loader->isLoading();
}

void UserForm::showLoading(QComboBox *picker)
{
    const QSignalBlocker blocker(picker);
    picker->setPlaceholderText(tr("Loading…"));
    picker->setCurrentIndex(-1);
    picker->setEnabled(false);
}

void UserForm::showOrganizations(const QList<Organization> &organizations)
{
    {
        const QSignalBlocker blocker(m_ui->organizationCombo);
        m_organizations->setOrganizations(organizations);
        m_ui->organizationCombo->setCurrentIndex(m_organizations->rowOf(m_chosenOrganization));
        m_ui->organizationCombo->setEnabled(true);
    }
    loadTeams();
}

void UserForm::loadTeams()
{
    const std::optional<qint64> organizationId =
        m_organizations->organizationIdAt(m_ui->organizationCombo->currentIndex());
    m_chosenOrganization = organizationId;
    if (!m_database) {
        showTeams({});
        return;
    }
    showLoading(m_ui->teamCombo);
    m_loader->loadTeams(m_database, m_settings, organizationId);
    validate();
}

void UserForm::showTeams(const QList<Team> &teams)
{
    m_teams->setTeams(teams);
    m_ui->teamCombo->setCurrentIndex(0);
    m_ui->teamCombo->setEnabled(true);
}

bool UserForm::isForceUpdateChosen() const
{
    return m_ui->forceUpdateCheck->isChecked();
}

qsizetype UserForm::emailCount() const
{
    return splitEmails(m_ui->emailsEdit->toPlainText()).size();
}

void UserForm::clearAfterBatch(const QSet<QString> &written)
{
    QStringList left = splitEmails(m_ui->emailsEdit->toPlainText());
    left.removeIf([&written](const QString &email) { return written.contains(email); });
    m_ui->emailsEdit->setPlainText(left.join(QLatin1Char('\n')));
    m_ui->forceUpdateCheck->setChecked(false);
    m_ui->overridePolicyCheck->setChecked(false);
}

void UserForm::focusEmails()
{
    m_ui->emailsEdit->setFocus(Qt::OtherFocusReason);
}

namespace {
// One address as the form reads the text: anything between new lines, spaces, commas and
// semicolons. The request and the underlining of bad addresses both read it this way.
const QRegularExpression &addressPattern()
{
    static const QRegularExpression address(QStringLiteral("[^\\s,;]+"));
    return address;
}
} // namespace

QStringList UserForm::splitEmails(const QString &text)
{
    QStringList emails;
    for (const QRegularExpressionMatch &match : addressPattern().globalMatch(text))
        emails.append(match.captured());
    return emails;
}

CreateUserRequest UserForm::request(const Secret &password) const
{
    CreateUserRequest request;
    request.emails = splitEmails(m_ui->emailsEdit->toPlainText());
    request.organizationId =
        m_organizations->organizationIdAt(m_ui->organizationCombo->currentIndex());
    request.team = m_teams->choiceAt(m_ui->teamCombo->currentIndex());
    request.password = password;
    request.noPassword = m_ui->noPasswordCheck->isChecked();
    request.superuser = m_ui->superuserCheck->isChecked();
    if (m_staffChosen)
        request.staff = m_ui->staffCheck->isChecked();
    request.forceUpdate = m_ui->forceUpdateCheck->isChecked();
    request.overridePasswordPolicy = m_ui->overridePolicyCheck->isChecked();
    return request;
}

CreateUserRequest UserForm::takeRequest()
{
    const CreateUserRequest taken =
        request(m_ui->noPasswordCheck->isChecked() ? Secret()
                                                   : Secret::fromText(m_ui->passwordEdit->text()));
    m_ui->passwordEdit->clear();
    m_ui->confirmPasswordEdit->clear();
    return taken;
}

void UserForm::validate()
{
    const bool noPassword = m_ui->noPasswordCheck->isChecked();
    const QString typed = m_ui->passwordEdit->text();
    const QString confirmation = m_ui->confirmPasswordEdit->text();
    CreateUserRequest current = request(noPassword ? Secret() : Secret::fromText(typed));
    // Checked without the override, so the operator still sees which rules it lets through.
    const bool overridePolicy = std::exchange(current.overridePasswordPolicy, false);

    QStringList emailProblems;
    QStringList policyProblems;
    QSet<QString> invalid;
    for (const InputProblem &problem : CreateUserWorkflow::validate(current, m_limits)) {
        if (problem.field == InputProblem::Field::Emails) {
            emailProblems << problem.describe();
            invalid.insert(problem.email);
        } else {
            policyProblems << problem.describe();
        }
    }
    underlineInvalid(invalid);
    // Many problems start with how many, and the first, above the list that scrolls.
    if (emailProblems.size() > 1)
        emailProblems.prepend(tr("%Ln invalid address(es); first: %1", nullptr,
                                 int(emailProblems.size()))
                                  .arg(emailProblems.first()));
    // A confirmation still being typed is not a mismatch yet.
    const bool confirming = !noPassword && confirmation != typed && typed.startsWith(confirmation);
    QStringList passwordProblems = overridePolicy ? QStringList() : policyProblems;
    if (!noPassword && confirmation != typed && !confirming)
        passwordProblems << tr("The two entered values do not match.");
    showProblems(m_ui->emailsProblemLabel, emailProblems);
    showProblems(m_ui->passwordProblemLabel, passwordProblems);
    if (overridePolicy && !policyProblems.isEmpty() && passwordProblems.isEmpty())
        showProblems(m_ui->passwordProblemLabel,
                     {tr("Policy overridden (the log will say so): %1")
                          .arg(policyProblems.join(QLatin1Char('\n')))});

    // What is missing is a hint, not an error: the operator has not finished typing.
    QString hint;
    if (current.emails.isEmpty())
        hint = tr("Enter at least one email address.");
    else if (!noPassword && typed.isEmpty())
        hint = tr("Enter a password, or choose \"No password\".");
    else if (confirming)
        hint = tr("Enter the password again to confirm it.");
    else if (!m_database)
        hint = tr("Open a database first.");
    else if (m_loader->isLoading())
        hint = tr("Reading the organizations and teams…");
    // Shown even when empty: the hint sits beside the button, so nothing moves as it changes.
    m_ui->submitHintLabel->setText(hint);

    // The button says what it will do.
    const int count = int(current.emails.size());
    m_ui->createUsersButton->setText(
        count == 0                 ? tr("&Create users")
        : current.forceUpdate      ? tr("&Create or update %Ln user(s)", nullptr, count)
                                   : tr("&Create %Ln user(s)", nullptr, count));

    const bool valid = hint.isEmpty() && emailProblems.isEmpty() && passwordProblems.isEmpty();
    m_ui->createUsersButton->setEnabled(valid);
    if (valid != m_valid) {
        m_valid = valid;
        emit validityChanged(valid);
    }
}

void UserForm::showProblems(QLabel *label, const QStringList &problems)
{
    label->setText(problems.join(QLatin1Char('\n')));
    label->setVisible(!problems.isEmpty());
}

void UserForm::underlineInvalid(const QSet<QString> &invalid)
{
    QList<QTextEdit::ExtraSelection> selections;
    if (!invalid.isEmpty()) {
        QTextCharFormat wavy;
        wavy.setUnderlineStyle(QTextCharFormat::SpellCheckUnderline);
        wavy.setUnderlineColor(QColor(0xb3, 0x26, 0x1e));
        QTextDocument *document = m_ui->emailsEdit->document();
        const QString text = m_ui->emailsEdit->toPlainText();
        for (const QRegularExpressionMatch &match : addressPattern().globalMatch(text)) {
            if (!invalid.contains(match.captured()))
                continue;
            QTextCursor cursor(document);
            cursor.setPosition(int(match.capturedStart()));
            cursor.setPosition(int(match.capturedEnd()), QTextCursor::KeepAnchor);
            selections.append({cursor, wavy});
        }
    }
    m_ui->emailsEdit->setExtraSelections(selections);
}

void UserForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        m_organizations->retranslate();
        m_teams->retranslate();
        validate();
    }
    QWidget::changeEvent(event);
}
