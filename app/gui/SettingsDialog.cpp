#include "gui/SettingsDialog.h"

#include "ui_SettingsDialog.h"

#include "gui/Language.h"
#include "gui/PickerModels.h"

SettingsDialog::SettingsDialog(const InstanceSettings &settings,
                               const QList<Organization> &organizations, bool persistent,
                               QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SettingsDialog>())
    , m_organizations(new OrganizationModel(this))
    , m_persistent(persistent)
{
    m_ui->setupUi(this);
    m_organizations->setDefaultLabel(
        QT_TRANSLATE_NOOP("OrganizationModel", "(none: the active organization with the lowest id)"));
    m_organizations->setOrganizations(organizations);
    m_ui->defaultOrganizationCombo->setModel(m_organizations);

    m_ui->singleOrganizationCheck->setChecked(settings.singleOrganization);
    m_ui->selfHostedCheck->setChecked(settings.selfHosted);
    m_ui->defaultOrganizationCombo->setCurrentIndex(
        m_organizations->rowOf(settings.defaultOrganizationId));
    m_ui->passwordIterationsSpin->setValue(settings.passwordIterations);

    // Language names are written in their own language, so each is found whatever is shown.
    m_ui->languageCombo->addItem(QString(), QString());
    m_ui->languageCombo->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_ui->languageCombo->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_ui->languageCombo->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_ui->languageCombo->setCurrentIndex(
        qMax(0, m_ui->languageCombo->findData(Language::chosen())));
    retranslate();
}

SettingsDialog::~SettingsDialog() = default;

InstanceSettings SettingsDialog::settings() const
{
    InstanceSettings settings;
    settings.singleOrganization = m_ui->singleOrganizationCheck->isChecked();
    settings.selfHosted = m_ui->selfHostedCheck->isChecked();
    settings.defaultOrganizationId =
        m_organizations->organizationIdAt(m_ui->defaultOrganizationCombo->currentIndex());
    settings.passwordIterations = m_ui->passwordIterationsSpin->value();
    return settings;
}

QString SettingsDialog::language() const
{
    return m_ui->languageCombo->currentData().toString();
}

void SettingsDialog::retranslate()
{
    m_ui->languageCombo->setItemText(0, tr("System language"));
    m_ui->instanceNoteLabel->setText(
        m_persistent ? tr("Kept in the embedded database.")
                     : tr("This database keeps no settings: they apply until the window closes."));
    m_organizations->retranslate();
}

void SettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QDialog::changeEvent(event);
}
