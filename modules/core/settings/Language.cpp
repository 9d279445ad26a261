#include "settings/Language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace shopdesk::Language {

namespace {
const QString kKey = QStringLiteral("ui/language");
}

QStringList choices()
{
    return {QStringLiteral("auto"), QStringLiteral("zh_CN"), QStringLiteral("en")};
}

QString chosen()
{
    const QString value = QSettings().value(kKey, QStringLiteral("auto")).toString();
    return choices().contains(value) ? value : QStringLiteral("auto");
}

void choose(const QString &language)
{
    QSettings().setValue(kKey, choices().contains(language) ? language : QStringLiteral("auto"));
}

QString effective()
{
    const QString c = chosen();
    if (c != u"auto")
        return c;
    return QLocale::system().language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

void install(QCoreApplication &app)
{
    const QString language = effective();
    const QLocale locale(language == u"zh_CN" ? QLocale(QLocale::Chinese, QLocale::China)
                                              : QLocale(QLocale::English, QLocale::UnitedKingdom));
    QLocale::setDefault(locale);
    auto *own = new QTranslator(&app);
    if (own->load(QStringLiteral(":/i18n/shopdesk_%1.qm").arg(language)))
        app.installTranslator(own);
    // Qt's own strings (OK, Cancel, ...), where the system has them: windeployqt ships the merged
    // qt_zh_CN.qm on Windows, Debian ships qtbase_zh_CN.qm.
    auto *qt = new QTranslator(&app);
    const QString folder = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    if (qt->load(locale, QStringLiteral("qt"), QStringLiteral("_"), folder)
        || qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), folder))
        app.installTranslator(qt);
}

} // namespace shopdesk::Language
