#include "gui/ConnectionDialog.h"

ConnectionDialog::ConnectionDialog(QWidget *parent)
    : QDialog(parent)
{
}

ConnectionDialog::~ConnectionDialog() = default;

std::optional<QString> ConnectionDialog::chooseConnection(QWidget *)
{
    return std::nullopt;
}
