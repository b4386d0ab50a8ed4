#include "gui/Language.h"

#include "gui/AppSettings.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace {
const QString languageKey = QStringLiteral("language");

struct Translators
{
    QTranslator application;
    QTranslator qtbase;
};

Translators &translators()
{
    static Translators installed;
    return installed;
}
} // namespace

QString Language::chosen()
{
    return appSettings()->value(languageKey).toString();
}

void Language::choose(const QString &code)
{
    appSettings()->setValue(languageKey, code);
    apply();
}

void Language::apply()
{
    Translators &installed = translators();
    QCoreApplication::removeTranslator(&installed.application);
    QCoreApplication::removeTranslator(&installed.qtbase);
    const QString code = chosen();
    const QLocale locale = code.isEmpty() ? QLocale::system() : QLocale(code);
    QLocale::setDefault(locale);
    // Languages without a translation get the English plural forms ("1 user", "2 users").
    if (installed.application.load(locale, QStringLiteral("useradmin"), QStringLiteral("_"),
                                   QStringLiteral(":/i18n"))
        || installed.application.load(QStringLiteral("useradmin_en"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&installed.application);
    if (installed.qtbase.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                              QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&installed.qtbase);
}
