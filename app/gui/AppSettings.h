#pragma once

#include <QSettings>
#include <memory>

// The window's preferences, never a password: QSettings("useradmin", "useradmin").
std::unique_ptr<QSettings> appSettings();
