#include "language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace Language {

QString current()
{
    const QByteArray env = qgetenv("KONTAKT_LANGUAGE");
    if (!env.isEmpty())
        return QString::fromLatin1(env) == QLatin1String("en") ? QStringLiteral("en")
                                                               : QStringLiteral("uk");
    const QString code =
        QSettings().value(QStringLiteral("ui/language"), QStringLiteral("uk")).toString();
    return code == QLatin1String("en") ? code : QStringLiteral("uk");
}

void setCurrent(const QString &code)
{
    QSettings().setValue(QStringLiteral("ui/language"), code);
}

void install(QCoreApplication &app)
{
    const QString code = current();
    if (code == QLatin1String("en")) {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        return;
    }
    QLocale::setDefault(QLocale(QLocale::Ukrainian, QLocale::Ukraine));
    auto *qt = new QTranslator(&app);
    if (qt->load(QStringLiteral("qtbase_uk"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto *own = new QTranslator(&app);
    if (own->load(QStringLiteral(":/i18n/kontakt_uk.qm")))
        QCoreApplication::installTranslator(own);
}

} // namespace Language
