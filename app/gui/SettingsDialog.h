#pragma once

#include "domain/InstanceSettings.h"
#include "domain/UserDirectory.h"

#include <QDialog>

#include <memory>

class OrganizationModel;
namespace Ui {
class SettingsDialog;
}

// The instance settings of the open database and the language of the window.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    // `persistent` is false when the database keeps no settings (they then last for this session).
    SettingsDialog(const InstanceSettings &settings, const QList<Organization> &organizations,
                   bool persistent, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    InstanceSettings settings() const;
    // The chosen language code; empty for the system's.
    QString language() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    const std::unique_ptr<Ui::SettingsDialog> m_ui;
    OrganizationModel *m_organizations;
    const bool m_persistent;
};
