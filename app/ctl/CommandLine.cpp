#include "CommandLine.h"
#include "imports/domain/ImportProblem.h"

#include "AttendanceDemo.h"
#include "ContractsDemo.h"
#include "FinanceDemo.h"
#include "OrderDemo.h"
#include "ServiceDemo.h"
#include "ShopDemo.h"
#include "SuppliesDemo.h"
#include "Terminal.h"
#include "VaultDemo.h"
#include "WebDemo.h"
#include "approval/ApprovalTypes.h"
#include "approval/Approvals.h"
#include "audit/AuditLogService.h"
#include "audit/AuditTrail.h"
#include "backups/Backups.h"
#include "backups/Restore.h"
#include "common/Clock.h"
#include "database/CompanyDatabase.h"
#include "database/CompanyTransfer.h"
#include "database/ServerRoles.h"
#include "database/data/Database.h"
#include "database/data/Migrations.h"
#include "demo/DemoCompany.h"
#include "report/DataExport.h"
#include "users/AuthService.h"
#include "users/ServerLogin.h"
#include "users/UserService.h"
#include "users/data/UserRepository.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QUrl>

namespace shopdesk {

namespace {
// Takes "--name VALUE" pairs (repeatable) out of a subcommand's arguments.
QStringList takeOption(QStringList &args, const QString &name)
{
    QStringList values;
    for (int i = 0; i < args.size();) {
        if (args[i] == name && i + 1 < args.size()) {
            values.append(args[i + 1]);
            args.remove(i, 2);
        } else if (args[i].startsWith(name + u'=')) {
            values.append(args[i].mid(name.size() + 1));
            args.remove(i);
        } else {
            ++i;
        }
    }
    return values;
}
} // namespace

CommandLine::CommandLine(const Clock &clock) : m_clock(clock), m_out(stdout), m_err(stderr) {}

void CommandLine::printPreview(const QStringList &summary, const QList<ImportProblem> &problems)
{
    for (const QString &line : summary)
        m_out << line << Qt::endl;
    for (const ImportProblem &p : problems)
        m_out << tr("  line %1, %2 \"%3\": %4").arg(p.line).arg(p.field, p.value, p.reason) << Qt::endl;
}

int CommandLine::failed(const QString &message)
{
    m_err << tr("shopdeskctl: %1").arg(message) << Qt::endl;
    return Failed;
}

int CommandLine::usage(const QString &problem)
{
    m_err << tr("shopdeskctl: %1").arg(problem) << Qt::endl << helpText() << Qt::endl;
    return Usage;
}

QString CommandLine::helpText() const
{
    return tr(
        "Usage: shopdeskctl --db FILE|postgresql://[USER@]HOST/DATABASE [--user NAME] COMMAND\n"
        "Commands:\n"
        "  init --company NAME --admin USER   create a company database (password from standard input, twice)\n"
        "  migrate                            apply the program's schema migrations\n"
        "  user add NAME [--level reader|clerk|dbadmin] [--display NAME] [--role ROLE]... [--scope AREA]...\n"
        "  user disable NAME | user reset NAME\n"
        "  demo [--employees N] [--months M] [--seed S] [--supply-items N] [--supply-movements N] [--cash-per-day N]\n"
        "       [--shop-products N] [--shop-movements N] [--shop-orders N]\n"
        "                                     create a sample company\n"
        "  verify                             integrity, foreign keys, audit chain, protective triggers\n"
        "  backup [--to DIR]                  a checked backup with its manifest\n"
        "  restore FILE [--yes]               replace the database with a backup (the current state is saved first)\n"
        "  transfer --to postgresql://USER@HOST/DATABASE   copy the company file to an empty server database\n"
        "  transfer --to FILE                 copy a company on a server into a new company file\n"
        "  server-roles                       a server's groups and every user's login (as the database's owner)\n"
        "  approvals list [--mine|--history]  what waits for --user (tab-separated)\n"
        "  approvals approve ID [--comment TEXT] [--by-phone USER] | approvals reject ID --comment TEXT\n"
        "  approvals list --phone | approvals confirm-phone ID | approvals dispute-phone ID --comment TEXT\n"
        "  approvals withdraw ID\n"
        "  punches import FILE [--format auto|zkteco|zktime|dingtalk] [--encoding auto|utf-8|gb18030] [--dry-run]\n"
        "  attendance report --month YYYY-MM [--dept NAME] --format pdf|xlsx|csv --out FILE\n"
        "  attendance confirm --month YYYY-MM\n"
        "  payroll export --month YYYY-MM --format xlsx|csv --out FILE\n"
        "  supplies stock [--category NAME] [--reorder] | supplies reorder | supplies movements CODE\n"
        "  supplies book receive|issue|return|local-purchase CODE QUANTITY [--price YUAN] [--dept NAME] "
        "--reason TEXT\n"
        "  supplies report stock|use|orders|invoices --format pdf|xlsx|csv --out FILE\n"
        "  supplies stocktake start [--category NAME] | list | count ID CODE COUNTED [--reason TEXT] | submit ID\n"
        "  supplies stocktake export ID --format pdf|xlsx|csv --out FILE\n"
        "  supplies labels --pdf FILE [--codes CODE,CODE,...] [--copies N]\n"
        "  vouchers list [--state pending|signed|paid|refused] | pay ID --ref TEXT   payment vouchers (cashier)\n"
        "  finance cash DAY receipt|payment YUAN --to NAME --for TEXT [--category NAME]   the cash journal\n"
        "  finance close-day DAY COUNTED_YUAN | review-day DAY [--note TEXT]   a day's close and its review\n"
        "  finance bill YYYY-MM STAFF_NO YUAN | close YYYY-MM | reopen YYYY-MM --reason TEXT | summary YYYY-MM\n"
        "  finance import-bills YYYY-MM FILE [--dry-run]   the month's phone bills (CSV or XLSX)\n"
        "  supplies import-items|import-suppliers FILE [--dry-run]   item or supplier list (CSV or XLSX)\n"
        "  contracts search TEXT | attach NUMBER FILE --as DOCUMENT | read-scans   the contract archive\n"
        "  contracts labels folders|boxes --pdf FILE [--numbers N,N,...]   folder or box labels with QR codes\n"
        "  products list [--text TEXT] [--low] | book receive|sell|return|adjust CODE QUANTITY --reason TEXT\n"
        "  products import FILE [--dry-run] | export --format xlsx|csv --out FILE   the shop's product list\n"
        "  products labels --pdf FILE [--codes CODE,CODE,...] [--copies N]   product labels with the barcode\n"
        "  products report stock|prices|listings|promotions|products [--from DAY --to DAY] --format pdf|xlsx|csv "
        "--out FILE\n"
        "  orders import FILE --format taobao|shopify|mapped [--channel NAME] [--dry-run] | list [--text TEXT] "
        "[--running]\n"
        "  orders columns CHANNEL [FIELD=HEADER ...] [--currency CODE]   another channel's export columns\n"
        "  orders event CHANNEL NUMBER KIND [--text TEXT] [--amount YUAN]   what happened to an order (ORD-05)\n"
        "  orders slip NUMBER[,NUMBER...] --pdf FILE [--paper a4|label]   packing slips with the order's barcode\n"
        "  orders report days|channels|skus --from DAY --to DAY --format pdf|xlsx|csv --out FILE   sales\n"
        "  orders export --from DAY --to DAY --format xlsx|csv --out FILE   the orders of a period, one row each\n"
        "  orders watch CHANNEL [FOLDER] | orders watch-run   a channel's folder of exports, imported by themselves\n"
        "  orders webshop [CHANNEL woocommerce|shopify URL | CHANNEL --remove]   the web shop this PC pulls (key "
        "asked)\n"
        "  orders pull [CHANNEL]   the web shop's new and changed orders, now\n"
        "Commands that change data sign in as --user; the password comes from SHOPDESK_PASSWORD or a prompt.");
}

int CommandLine::saveReport(const Session &session, const Report &report, const QString &format, const QString &out)
{
    if (Status s =
            DataExport(*session.db, m_clock).saveReport(session.actor, {report.title, {}, {}}, report, format, out);
        !s)
        return failed(s.error());
    m_out << tr("Written: %1 (%n row(s)).", nullptr, DataExport::rowCount(report)).arg(QDir::toNativeSeparators(out))
          << Qt::endl;
    return Ok;
}

int CommandLine::run(const QStringList &arguments)
{
    QStringList args = arguments.mid(1);
    if (args.contains(QStringLiteral("--version")) || args.contains(QStringLiteral("-v"))) {
        m_out << QStringLiteral("shopdeskctl %1").arg(QCoreApplication::applicationVersion()) << Qt::endl;
        return Ok;
    }
    if (args.contains(QStringLiteral("--help")) || args.contains(QStringLiteral("-h"))) {
        m_out << helpText() << Qt::endl;
        return Ok;
    }
    const QStringList db = takeOption(args, QStringLiteral("--db"));
    const QStringList signInAs = takeOption(args, QStringLiteral("--user"));
    m_dbPath = db.value(0);
    m_userName = signInAs.value(0);
    if (args.isEmpty())
        return usage(tr("No command given."));
    if (m_dbPath.isEmpty())
        return usage(tr("Name the database file with --db FILE, or a server's database with --db "
                        "postgresql://USER@HOST/DATABASE."));
    const QString command = args.takeFirst();
    if (command == u"init")
        return init(args);
    if (command == u"migrate")
        return migrate();
    if (command == u"user")
        return user(args);
    if (command == u"demo")
        return demo(args);
    if (command == u"verify")
        return verify();
    if (command == u"backup")
        return backup(args);
    if (command == u"restore")
        return restore(args);
    if (command == u"transfer")
        return transfer(args);
    if (command == u"server-roles" && args.isEmpty())
        return serverRoles();
    if (command == u"approvals")
        return approvals(args);
    if (command == u"punches")
        return punches(args);
    if (command == u"attendance")
        return attendance(args);
    if (command == u"payroll")
        return payroll(args);
    if (command == u"supplies")
        return supplies(args);
    if (command == u"finance")
        return finance(args);
    if (command == u"contracts")
        return contracts(args);
    if (command == u"products")
        return products(args);
    if (command == u"orders")
        return orders(args);
    if (command == u"vouchers")
        return vouchers(args);
    return usage(tr("Unknown command \"%1\".").arg(command));
}

Result<std::shared_ptr<Database>> CommandLine::openDatabase(bool migrateOnOpen)
{
    // Issue 20, step 12: a server's URL naming no login signs in to the server as --user
    // themselves (ServerLogin), with the same password.
    if (!ServerLogin::isPersonalAddress(m_dbPath) || m_userName.isEmpty())
        return CompanyDatabase::open(m_dbPath, migrateOnOpen);
    auto secret = password();
    if (!secret)
        return secret.failure();
    return ServerLogin::open(m_dbPath, m_userName, *secret, migrateOnOpen);
}

Result<QString> CommandLine::password()
{
    if (!m_password.isEmpty())
        return m_password;
    m_password = qEnvironmentVariable("SHOPDESK_PASSWORD");
    if (m_password.isEmpty()) {
        if (!Terminal::inputIsInteractive())
            return fail(tr("No password: set SHOPDESK_PASSWORD or run the command at a terminal."));
        m_password = Terminal::readSecret(tr("Password for %1: ").arg(m_userName));
    }
    return m_password;
}

Result<Actor> CommandLine::signIn(Database &db)
{
    if (m_userName.isEmpty())
        return fail(tr("This command changes data: name the user with --user NAME."));
    auto secret = password();
    if (!secret)
        return secret.failure();
    auto outcome = AuthService(db, m_clock).login(m_userName, *secret);
    if (!outcome)
        return outcome.failure();
    return outcome->actor;
}

Result<CommandLine::Session> CommandLine::openSignedIn()
{
    auto db = openDatabase();
    if (!db)
        return db.failure();
    auto actor = signIn(**db);
    if (!actor)
        return actor.failure();
    return Session{*db, *actor};
}

Result<QString> CommandLine::newPassword(const QString &whose)
{
    QString first, second;
    if (Terminal::inputIsInteractive()) {
        first = Terminal::readSecret(tr("New password for %1: ").arg(whose));
        second = Terminal::readSecret(tr("Repeat the password: "));
    } else {
        first = Terminal::readLine();
        second = Terminal::readLine();
    }
    if (first.isEmpty())
        return fail(tr("No password was given on standard input."));
    if (first != second)
        return fail(tr("The two passwords differ."));
    return first;
}

int CommandLine::init(const QStringList &arguments)
{
    QStringList args = arguments;
    const QString company = takeOption(args, QStringLiteral("--company")).value(0);
    const QString admin = takeOption(args, QStringLiteral("--admin")).value(0);
    if (company.isEmpty() || admin.isEmpty() || !args.isEmpty())
        return usage(tr("init needs --company NAME and --admin USER."));
    auto password = newPassword(admin);
    if (!password)
        return failed(password.error());
    auto db = CompanyDatabase::create(m_dbPath, company, admin, *password, m_clock);
    if (!db)
        return failed(db.error());
    AuditAnchor::rememberNewest(**db);
    m_out << tr("Created %1 for %2; administrator: %3.").arg(QDir::toNativeSeparators((*db)->path()), company, admin)
          << Qt::endl;
    return Ok;
}

int CommandLine::migrate()
{
    auto db = openDatabase(false);
    if (!db)
        return failed(db.error());
    Migrations migrations(**db);
    auto before = migrations.inspect();
    if (!before)
        return failed(before.error());
    if (!before->problem.isEmpty())
        return failed(before->problem);
    auto actor = signIn(**db);
    if (!actor)
        return failed(actor.error());
    if (!Permissions::can(*actor, Action::ManageSettings))
        return failed(Permissions::refusal(Action::ManageSettings));
    auto after = migrations.migrate();
    if (!after)
        return failed(after.error());
    m_out << tr("Schema version %1 -> %2.").arg(before->databaseVersion).arg(after->databaseVersion) << Qt::endl;
    return Ok;
}

int CommandLine::user(const QStringList &arguments)
{
    QStringList args = arguments;
    const QString level = takeOption(args, QStringLiteral("--level")).value(0, QStringLiteral("reader"));
    const QString display = takeOption(args, QStringLiteral("--display")).value(0);
    const QStringList roles = takeOption(args, QStringLiteral("--role"));
    const QStringList scopes = takeOption(args, QStringLiteral("--scope"));
    if (args.size() != 2)
        return usage(tr("user needs an action (add, disable, reset) and a user name."));
    const QString action = args[0], name = args[1];
    if (action != u"add" && action != u"disable" && action != u"reset")
        return usage(tr("Unknown user action \"%1\".").arg(action));
    if (!QStringList{QStringLiteral("reader"), QStringLiteral("clerk"), QStringLiteral("dbadmin")}.contains(level))
        return usage(tr("--level is reader, clerk or dbadmin."));
    for (const QString &r : roles)
        if (!Role::all().contains(r))
            return usage(tr("Unknown role \"%1\"; known: %2.").arg(r, Role::all().join(QStringLiteral(", "))));
    for (const QString &s : scopes)
        if (!Scope::all().contains(s))
            return usage(tr("Unknown area \"%1\"; known: %2.").arg(s, Scope::all().join(QStringLiteral(", "))));

    auto session = openSignedIn();
    if (!session)
        return failed(session.error());
    const auto &db = session->db;
    const Actor *actor = &session->actor;
    UserService users(*db, m_clock);
    Status done = success();
    if (action == u"add") {
        if (!Permissions::can(*actor, Action::ManageUsers))
            return failed(Permissions::refusal(Action::ManageUsers));
        auto password = newPassword(name);
        if (!password)
            return failed(password.error());
        NewUser n;
        n.userName = name;
        n.displayName = display;
        n.level = levelFromKey(level);
        n.roles = QSet<QString>(roles.begin(), roles.end());
        n.scopes = QSet<QString>(scopes.begin(), scopes.end());
        n.password = *password;
        auto id = users.create(*actor, n);
        if (!id)
            return failed(id.error());
        m_out << tr("User %1 created; they must change the password at the first login.").arg(name) << Qt::endl;
    } else {
        auto all = users.list(*actor);
        if (!all)
            return failed(all.error());
        qint64 id = 0;
        for (const UserRecord &u : *all)
            if (u.userName.compare(name, Qt::CaseInsensitive) == 0)
                id = u.id;
        if (id == 0)
            return failed(tr("There is no user %1.").arg(name));
        if (action == u"disable") {
            done = users.setDisabled(*actor, id, true);
            if (done)
                m_out << tr("User %1 disabled.").arg(name) << Qt::endl;
        } else {
            auto password = newPassword(name);
            if (!password)
                return failed(password.error());
            done = users.resetPassword(*actor, id, *password);
            if (done)
                m_out << tr("Password of %1 reset; they must change it at the next login.").arg(name) << Qt::endl;
        }
    }
    if (!done)
        return failed(done.error());
    AuditAnchor::rememberNewest(*db);
    return Ok;
}

int CommandLine::demo(const QStringList &arguments)
{
    QStringList args = arguments;
    DemoOptions options;
    bool ok = true;
    auto number = [&](const QString &name, int fallback) {
        const QString v = takeOption(args, name).value(0);
        if (v.isEmpty())
            return fallback;
        bool good = false;
        const int n = v.toInt(&good);
        ok = ok && good;
        return n;
    };
    options.employees = number(QStringLiteral("--employees"), options.employees);
    options.months = number(QStringLiteral("--months"), options.months);
    options.seed = quint32(number(QStringLiteral("--seed"), int(options.seed)));
    const int supplyItems = number(QStringLiteral("--supply-items"), SuppliesDemo::kDefaultItems);
    const int supplyMovements = number(QStringLiteral("--supply-movements"), 0);
    const int cashPerDay = number(QStringLiteral("--cash-per-day"), 0);
    const int shopProducts = number(QStringLiteral("--shop-products"), ShopDemo::kDefaultProducts);
    const int shopMovements = number(QStringLiteral("--shop-movements"), 0);
    const int shopOrders = number(QStringLiteral("--shop-orders"), 0);
    if (!ok || !args.isEmpty() || cashPerDay < 0 || shopProducts < 1 || shopMovements < 0 || shopOrders < 0)
        return usage(tr("demo takes --employees N, --months M, --seed S, --supply-items N, --supply-movements N, "
                        "--cash-per-day N, --shop-products N, --shop-movements N and --shop-orders N, each a whole "
                        "number."));
    auto summary = DemoCompany::create(m_dbPath, options, m_clock);
    if (!summary)
        return failed(summary.error());
    auto db = openDatabase();
    if (!db)
        return failed(db.error());
    (*db)->setWaitForDisk(false); // a new file: nothing is lost that running demo again would not make
    auto attendance = AttendanceDemo::create(**db, m_clock, options.months, options.seed);
    if (!attendance)
        return failed(attendance.error());
    auto supplies = SuppliesDemo::create(**db, m_clock, options.months, options.seed, supplyItems, supplyMovements);
    if (!supplies)
        return failed(supplies.error());
    auto finance = FinanceDemo::create(**db, m_clock, options.seed, cashPerDay);
    if (!finance)
        return failed(finance.error());
    auto contracts = ContractsDemo::create(**db, m_clock, options.seed);
    if (!contracts)
        return failed(contracts.error());
    auto originals = ContractsDemo::addOriginals(**db, m_clock);
    if (!originals)
        return failed(originals.error());
    auto shop = ShopDemo::create(**db, m_clock, options.seed, shopProducts, shopMovements);
    if (!shop)
        return failed(shop.error());
    auto orders = OrderDemo::create(**db, m_clock, options.seed, shopOrders);
    if (!orders)
        return failed(orders.error());
    auto accounts = VaultDemo::create(**db, m_clock);
    if (!accounts)
        return failed(accounts.error());
    auto web = WebDemo::create(**db, m_clock);
    if (!web)
        return failed(web.error());
    auto service = ServiceDemo::create(**db, m_clock);
    if (!service)
        return failed(service.error());
    QStringList logins = summary->logins + shop->logins;
    if (!service->login.isEmpty())
        logins << service->login;
    (*db)->setWaitForDisk(true);
    m_out
        << tr("Demo company created in %1: %2 departments, %3 employees.")
               .arg(QDir::toNativeSeparators(m_dbPath))
               .arg(summary->departments)
               .arg(summary->employees)
        << Qt::endl
        << tr("Attendance: %1 clock punches, %2 duty roster days, %3 leave and overtime filings.")
               .arg(attendance->punches)
               .arg(attendance->rosterDays)
               .arg(attendance->filings)
        << Qt::endl
        << tr("Office supplies: %1 items from %2 suppliers, %3 stock movements.")
               .arg(supplies->items)
               .arg(supplies->suppliers)
               .arg(supplies->movements)
        << Qt::endl
        << tr("Finance: %1 cash journal entries, %2 expense requests.").arg(finance->cashEntries).arg(finance->expenses)
        << Qt::endl
        << tr("Contracts: %1 in the office's archive, %2 with their signed original as a PDF.")
               .arg(*contracts)
               .arg(*originals)
        << Qt::endl
        << tr("Shop: %1 products, %2 stock movements, %3 price changes, %4 promotions.")
               .arg(shop->products)
               .arg(shop->movements)
               .arg(shop->priceChanges)
               .arg(shop->promotions)
        << Qt::endl
        << tr("Orders: %1 from Taobao, JD, the web shop and Shopify, today's at every step.").arg(*orders) << Qt::endl
        << tr("Official accounts: %1, kept by admin with the vault passphrase %2.")
               .arg(*accounts)
               .arg(VaultDemo::kPassphrase)
        << Qt::endl
        << tr("Web: %1 publishing requests, %2 security incidents.").arg(web->publications).arg(web->incidents)
        << Qt::endl
        << tr("Customer service: %1 roster days, %2 feedback records, %3 bad-customer flags.")
               .arg(service->rosterDays)
               .arg(service->feedback)
               .arg(service->flags)
        << Qt::endl
        << tr("Sign in as: %1").arg(logins.join(QStringLiteral(", "))) << Qt::endl;
    return Ok;
}

int CommandLine::verify()
{
    auto db = openDatabase(false);
    if (!db)
        return failed(db.error());
    auto report = DatabaseCheck(**db).run(AuditAnchor::recall((*db)->path()));
    if (!report)
        return failed(report.error());
    for (const QString &line : report->lines)
        m_out << line << Qt::endl;
    if (!report->ok) {
        m_out << tr("PROBLEMS FOUND in %1.").arg(QDir::toNativeSeparators((*db)->path())) << Qt::endl;
        return CheckFailed;
    }
    AuditAnchor::remember((*db)->path(), report->newest);
    m_out << tr("The database is sound.") << Qt::endl;
    return Ok;
}

} // namespace shopdesk

namespace shopdesk {

// Issue 20, step 14: the company file copied to a server, or a server's company into a new file
// (CompanyTransfer); the source stays as it was, and the copy's audit chain is checked against it.
int CommandLine::transfer(const QStringList &arguments)
{
    QStringList args = arguments;
    const QString to = takeOption(args, QStringLiteral("--to")).value(0);
    if (to.isEmpty() || !args.isEmpty())
        return usage(tr("transfer needs --to postgresql://USER@HOST/DATABASE (an empty database on the server) for "
                        "a company file, or --to FILE (a new file) for a company on a server."));
    auto db = openDatabase(false);
    if (!db)
        return failed(db.error());
    auto actor = signIn(**db);
    if (!actor)
        return failed(actor.error());
    QElapsedTimer timer;
    timer.start();
    const bool atTerminal = Terminal::inputIsInteractive();
    const QString target = Database::isServerUrl(to) ? to : QDir::fromNativeSeparators(to);
    auto moved = CompanyTransfer(**db, m_clock).run(*actor, target, [&](const QString &table, int done, int total) {
        if (atTerminal) // one line, rewritten
            m_err << u'\r' << tr("Copied %1 of %2 tables (%3)").arg(done).arg(total).arg(table)
                  << QStringLiteral("\x1b[K") << Qt::flush;
    });
    if (atTerminal)
        m_err << Qt::endl;
    if (!moved)
        return failed(moved.error());
    for (const CopiedTable &table : moved->tables)
        if (table.rows > 0)
            m_out << QStringLiteral("  %1\t%2").arg(table.name).arg(table.rows) << Qt::endl;
    const auto shown = [](const QString &where) {
        return Database::isServerUrl(where) ? where : QDir::toNativeSeparators(where);
    };
    m_out << tr("The company is in %1: %2 tables, %3 rows, the same counts as in %6; its audit chain of %4 "
                "records verifies (%5 s). %6 is as it was.")
                 .arg(shown(moved->target))
                 .arg(moved->tables.size())
                 .arg(moved->rows)
                 .arg(moved->auditRecords)
                 .arg(timer.elapsed() / 1000.0, 0, 'f', 1)
                 .arg(shown((*db)->path()))
          << Qt::endl;
    return Ok;
}

// Issue 20, step 12: the groups whose members work on a server's company (ServerRoles).
int CommandLine::serverRoles()
{
    auto session = openSignedIn();
    if (!session)
        return failed(session.error());
    const ServerRoles roles(*session->db, m_clock);
    if (Status s = roles.setUp(session->actor, m_password); !s)
        return failed(s.error());
    m_out << tr("%1 reads; %2 also enters and changes data, but adds to %3 only; %4 is a database "
                "administrator's. None owns a table. Every user now has a login of their own in the group of "
                "their level, named %5 (ASCII letters in lower case); until an administrator resets their "
                "password or they change it, only yours has one. Give the PCs the server's address without a "
                "user: each person signs in with their ShopDesk name and password.")
                 .arg(roles.readers(), roles.writers(), ServerRoles::appendOnlyTables().join(QStringLiteral(", ")),
                      roles.admins(), QUrl(session->db->path()).path().mid(1) + QStringLiteral(".NAME"))
          << Qt::endl;
    return Ok;
}

int CommandLine::backup(const QStringList &arguments)
{
    QStringList args = arguments;
    const QString to = takeOption(args, QStringLiteral("--to")).value(0);
    if (!args.isEmpty())
        return usage(tr("backup takes only --to DIR."));
    auto session = openSignedIn();
    if (!session)
        return failed(session.error());
    const auto &db = session->db;
    const Actor *actor = &session->actor;
    Backups backups(*db, m_clock);
    auto made = backups.backUp(*actor, to);
    if (!made)
        return failed(made.error());
    const QString folder = to.isEmpty() ? backups.folder() : to;
    m_out << tr("Backup %1 made and checked: %2 bytes, SHA-256 %3.")
                 .arg(QDir::toNativeSeparators(QDir(folder).filePath(made->fileName)))
                 .arg(made->size)
                 .arg(QString::fromLatin1(made->sha256))
          << Qt::endl;
    AuditAnchor::rememberNewest(*db);
    return Ok;
}

int CommandLine::restore(const QStringList &arguments)
{
    QStringList args = arguments;
    const bool yes = args.removeAll(QStringLiteral("--yes")) > 0;
    if (args.size() != 1)
        return usage(tr("restore needs the backup file."));
    const QString file = args.first();
    Actor actor;
    QString path;
    {
        auto session = openSignedIn();
        if (!session)
            return failed(session.error());
        actor = session->actor;
        path = session->db->path();
        auto checked = Restore::precheck(*session->db, m_clock, actor, 0, file);
        if (!checked)
            return failed(checked.error());
    }
    if (!yes) {
        if (!Terminal::inputIsInteractive())
            return failed(tr("Restoring replaces the database: confirm with --yes."));
        m_err << tr("Replace %1 with the backup %2? The current state is saved as a backup first. [y/N] ")
                     .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(file))
              << Qt::flush;
        const QString answer = Terminal::readLine().trimmed().toLower();
        if (answer != u"y" && answer != u"yes" && answer != u"是")
            return failed(tr("Nothing was restored."));
    }
    auto restored = Restore::run(path, file, actor, 0, m_clock);
    if (!restored)
        return failed(restored.error());
    m_out << tr("Restored %1 from %2; the database check passed.")
                 .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(file))
          << Qt::endl;
    return Ok;
}

} // namespace shopdesk

namespace shopdesk {

int CommandLine::approvals(const QStringList &arguments)
{
    QStringList args = arguments;
    const QString comment = takeOption(args, QStringLiteral("--comment")).value(0);
    const QString byPhone = takeOption(args, QStringLiteral("--by-phone")).value(0);
    const bool mineOnly = args.removeAll(QStringLiteral("--mine")) > 0;
    const bool history = args.removeAll(QStringLiteral("--history")) > 0;
    const bool phone = args.removeAll(QStringLiteral("--phone")) > 0;
    const QString action = args.value(0);
    const bool needsId = action == u"approve" || action == u"reject" || action == u"withdraw"
        || action == u"confirm-phone" || action == u"dispute-phone";
    if (!(action == u"list" && args.size() == 1) && !(needsId && args.size() == 2))
        return usage(
            tr("approvals takes list, approve ID, reject ID, withdraw ID, confirm-phone ID or dispute-phone ID."));
    bool numeric = true;
    const qint64 id = needsId ? args[1].toLongLong(&numeric) : 0;
    if (!numeric)
        return usage(tr("\"%1\" is not a request number.").arg(args[1]));
    auto session = openSignedIn();
    if (!session)
        return failed(session.error());
    const auto &db = session->db;
    const Actor *actor = &session->actor;
    Approvals engine(*db, m_clock);
    if (action == u"list" && phone) {
        // RULE FIN-04 (issue 11): phone approvals to answer, then (for who records them and the
        // general manager) every one unconfirmed or disputed.
        auto toAnswer = engine.phoneApprovalsToAnswer(*actor);
        if (!toAnswer)
            return failed(toAnswer.error());
        auto open = engine.phoneApprovalsOpen(*actor);
        QList<ApprovalRequest> all = *toAnswer + (open ? *open : QList<ApprovalRequest>{});
        QSet<QString> shown;
        for (const ApprovalRequest &r : all)
            for (const ApprovalStep &s : r.steps) {
                const QString key = QStringLiteral("%1/%2").arg(r.id).arg(s.position);
                if (s.phoneCheck == PhoneCheck::None || s.phoneCheck == PhoneCheck::Confirmed || shown.contains(key))
                    continue;
                shown.insert(key);
                m_out << r.id << '\t' << phoneCheckKey(s.phoneCheck) << '\t' << s.byPhoneName << '\t' << s.decidedByName
                      << '\t' << r.title << Qt::endl;
            }
        return Ok;
    }
    if (action == u"list") {
        auto list = mineOnly ? engine.mine(*actor) : history ? engine.history(*actor) : engine.waitingFor(*actor);
        if (!list)
            return failed(list.error());
        for (const ApprovalRequest &r : *list)
            m_out << r.id << '\t' << requestStateKey(r.state) << '\t' << ApprovalTypes::title(r.type) << '\t'
                  << r.requesterName << '\t' << r.title << '\t' << r.approvedSteps() << '/' << r.steps.size()
                  << Qt::endl;
        return Ok;
    }
    Status done = success();
    if (action == u"withdraw") {
        done = engine.withdraw(*actor, id);
    } else if (action == u"confirm-phone" || action == u"dispute-phone") {
        done = engine.answerPhoneApproval(*actor, id, action == u"confirm-phone", comment);
    } else if (!byPhone.isEmpty()) {
        if (action != u"approve")
            return usage(tr("--by-phone records an approval; a rejection is given by the approver."));
        auto approver = UserRepository(*db).findByName(byPhone);
        if (!approver)
            return failed(approver.error());
        if (approver->id == 0)
            return failed(tr("There is no user \"%1\".").arg(byPhone));
        done = engine.recordPhoneApproval(*actor, id, approver->id, comment);
    } else {
        done = engine.decide(*actor, id, action == u"approve", comment);
    }
    if (!done)
        return failed(done.error());
    auto after = engine.detail(*actor, id);
    m_out << tr("Request %1: %2.").arg(id).arg(after ? requestStateKey(after->state) : action) << Qt::endl;
    AuditAnchor::rememberNewest(*db);
    return Ok;
}

} // namespace shopdesk
