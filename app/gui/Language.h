#pragma once

#include <QString>

// The language of the interface: the system's, or the one chosen in the settings (QSettings key
// "language": "de", "fr", "en"; empty for the system's). The application's and qtbase's
// translators are installed together; widgets retranslate on QEvent::LanguageChange.
namespace Language {
QString chosen();
void choose(const QString &code);
// Installs the translators for the chosen language (at start-up and after a change).
void apply();
} // namespace Language
