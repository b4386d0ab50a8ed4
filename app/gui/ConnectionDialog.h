#pragma once

#include <QDialog>

#include <optional>

// Chooses a PostgreSQL connection from named profiles kept in QSettings (never a password).
class ConnectionDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ConnectionDialog(QWidget *parent = nullptr);
    ~ConnectionDialog() override;

    // The chosen postgresql:// URL, or nothing when cancelled.
    static std::optional<QString> chooseConnection(QWidget *parent);
};
