// ShopDesk: the back office of a small e-commerce company.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/Language.h"
#include "shell/Startup.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("ShopDesk"));
    QApplication::setApplicationName(QStringLiteral("ShopDesk"));
    QApplication::setApplicationVersion(QStringLiteral(SHOPDESK_VERSION));
    shopdesk::Language::install(app);

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption db(QStringLiteral("db"), QStringLiteral("Open this database file."), QStringLiteral("FILE"));
    parser.addOption(db);
    parser.process(app);

    shopdesk::registerModules();
    return shopdesk::runShopDesk(app, parser.value(db));
}
