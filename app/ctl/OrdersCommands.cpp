// shopdeskctl orders ...: the same services as the shop's order list (issue 17).
#include "Arguments.h"
#include "CommandLine.h"
#include "OrderBook.h"
#include "OrderFolders.h"
#include "OrderImport.h"
#include "PackingSlips.h"
#include "SalesReports.h"
#include "Terminal.h"
#include "WebShops.h"
#include "common/Clock.h"
#include "common/domain/Money.h"
#include "domain/ShopTime.h"
#include "report/DataExport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace shopdesk {

int CommandLine::orders(const QStringList &arguments)
{
    QStringList args = arguments;
    const QString use =
        tr("Use: orders import FILE --format taobao|shopify|mapped [--channel NAME] [--dry-run]\n"
           "     orders columns CHANNEL [FIELD=HEADER ...] [--currency CODE]\n"
           "     orders list [--text TEXT] [--running]\n"
           "     orders event CHANNEL NUMBER accepted|contacted|confirmed|handed_over|packed|shipped|"
           "delivered|cancelled|refunded|note [--text TEXT] [--amount YUAN]\n"
           "     orders slip NUMBER[,NUMBER...] --pdf FILE [--paper a4|label]\n"
           "     orders report days|channels|skus --from DAY --to DAY --format pdf|xlsx|csv --out FILE\n"
           "     orders export --from DAY --to DAY --format xlsx|csv --out FILE\n"
           "     orders watch CHANNEL [FOLDER] | orders watch-run\n"
           "     orders webshop [CHANNEL woocommerce|shopify URL | CHANNEL --remove] | orders pull [CHANNEL]");
    const QString action = args.isEmpty() ? QString() : args.takeFirst();
    if (action == u"import") {
        const QString format = takeValue(args, QStringLiteral("--format"));
        const QString channel = takeValue(args, QStringLiteral("--channel"));
        const bool dryRun = takeFlag(args, QStringLiteral("--dry-run"));
        if (args.size() != 1 || (format != u"taobao" && format != u"shopify" && format != u"mapped")
            || ((format == u"mapped") == channel.isEmpty()))
            return usage(use);
        QFile file(args.first());
        if (!file.open(QIODevice::ReadOnly))
            return failed(tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(file.fileName()), file.errorString()));
        const QByteArray bytes = file.readAll();
        auto session = openSignedIn();
        if (!session)
            return failed(session.error());
        OrderImport importer(*session->db, m_clock);
        Result<OrderImportPreview> preview = fail(QString());
        if (format == u"mapped") {
            auto columns = importer.savedColumns(session->actor, channel);
            if (!columns)
                return failed(columns.error());
            if (columns->headers.isEmpty())
                return failed(tr("No columns are saved for %1: map them once in the import dialog, or with "
                                 "orders columns %1 number=HEADER created=HEADER title=HEADER ...")
                                  .arg(columns->channel));
            preview = importer.preview(session->actor, bytes, QFileInfo(file).fileName(), *columns);
        } else {
            preview = importer.preview(session->actor, bytes, QFileInfo(file).fileName(),
                                       format == u"taobao" ? OrderExport::Taobao : OrderExport::Shopify);
        }
        if (!preview)
            return failed(preview.error());
        printPreview(OrderImport::summary(*preview), preview->problems);
        if (dryRun) {
            m_out << tr("Dry run: nothing was written.") << Qt::endl;
            return Ok;
        }
        auto written = importer.import(session->actor, *preview);
        if (!written)
            return failed(written.error());
        m_out << tr("Imported: %1 new orders, %2 new statuses.")
                     .arg(preview->added.size())
                     .arg(preview->statusChanges.size())
              << Qt::endl;
        return Ok;
    }
    if (action == u"columns") {
        const QString currency = takeValue(args, QStringLiteral("--currency"));
        if (args.isEmpty())
            return usage(use);
        const QString channel = args.takeFirst();
        auto session = openSignedIn();
        if (!session)
            return failed(session.error());
        OrderImport importer(*session->db, m_clock);
        auto columns = importer.savedColumns(session->actor, channel);
        if (!columns)
            return failed(columns.error());
        if (!args.isEmpty() || !currency.isEmpty()) {
            for (const QString &pair : std::as_const(args)) {
                const qsizetype at = pair.indexOf(u'=');
                const QString field = pair.left(at);
                if (at < 1 || !OrderColumns::fields().contains(field))
                    return failed(tr("%1: a field is one of %2, as FIELD=HEADER.")
                                      .arg(pair, OrderColumns::fields().join(QStringLiteral(", "))));
                columns->headers.insert(field, pair.mid(at + 1).trimmed());
            }
            if (!currency.isEmpty())
                columns->currency = currency.toUpper();
            if (Status s = importer.saveColumns(session->actor, *columns); !s)
                return failed(s.error());
        }
        m_out << tr("%1 (%2):").arg(columns->channel, columns->currency) << Qt::endl;
        for (const QString &field : OrderColumns::fields())
            m_out << QStringLiteral("  %1=%2").arg(field, columns->headers.value(field)) << Qt::endl;
        return Ok;
    }
    if (action == u"list") {
        OrderQuery query;
        query.text = takeValue(args, QStringLiteral("--text"));
        query.onlyRunningClocks = takeFlag(args, QStringLiteral("--running"));
        if (!args.isEmpty())
            return usage(use);
        auto session = openSignedIn();
        if (!session)
            return failed(session.error());
        OrderBook book(*session->db, m_clock);
        PageCursor next;
        for (bool more = true; more;) {
            auto page = book.page(session->actor, query, next, 500);
            if (!page)
                return failed(page.error());
            for (const Order &o : page->rows) {
                const auto left = OrderRules::secondsLeft(o, m_clock.nowUtc());
                m_out << QStringList{o.channel,
                                     o.number,
                                     ShopTime::text(o.createdAt),
                                     o.contactName,
                                     o.phone,
                                     o.currency,
                                     Money::fromFen(o.totalMinor).toPlainString(),
                                     orderStateKey(o.state),
                                     left ? OrderRules::timeLeftText(*left) : QString(),
                                     o.channelStatus}
                             .join(u'\t')
                      << Qt::endl;
            }
            next = page->next;
            more = page->more;
        }
        return Ok;
    }
    if (action == u"event") {
        const QString text = takeValue(args, QStringLiteral("--text"));
        const QString amountText = takeValue(args, QStringLiteral("--amount"));
        const auto kind = orderEventKindFromKey(args.value(2));
        const auto amount = amountText.isEmpty() ? std::optional<Money>(Money()) : Money::parse(amountText);
        if (args.size() != 3 || !kind || kind == OrderEventKind::ChannelStatus || !amount)
            return usage(use);
        auto session = openSignedIn();
        if (!session)
            return failed(session.error());
        OrderBook book(*session->db, m_clock);
        OrderQuery query;
        query.text = args.at(1);
        query.channel = args.at(0);
        auto found = book.page(session->actor, query, {}, 2);
        if (!found)
            return failed(found.error());
        const Order *order = nullptr;
        for (const Order &o : found->rows)
            if (o.number == args.at(1))
                order = &o;
        if (!order)
            return failed(tr("There is no %1 order %2.").arg(args.at(0), args.at(1)));
        auto state = book.happen(session->actor, order->id, *kind, text, amount->fen());
        if (!state)
            return failed(state.error());
        m_out << tr("Order %1: %2.").arg(order->number, orderStateTitle(*state)) << Qt::endl;
        return Ok;
    }
    if (action == u"report" || action == u"export") {
        const auto kind = action == u"export" ? std::optional(SalesReports::Kind::Orders)
                                              : SalesReports::fromKey(args.isEmpty() ? QString() : args.takeFirst());
        const QString format = takeValue(args, QStringLiteral("--format")).toLower();
        const QString out = takeValue(args, QStringLiteral("--out"));
        const QDate from = QDate::fromString(takeValue(args, QStringLiteral("--from")), Qt::ISODate);
        const QDate to = QDate::fromString(takeValue(args, QStringLiteral("--to")), Qt::ISODate);
        QStringList formats{QStringLiteral("xlsx"), QStringLiteral("csv")};
        if (action == u"report")
            formats << QStringLiteral("pdf");
        if (!kind || (action == u"report" && kind == SalesReports::Kind::Orders) || !args.isEmpty() || out.isEmpty()
            || !formats.contains(format) || !from.isValid() || !to.isValid())
            return usage(use);
        auto session = openSignedIn();
        if (!session)
            return failed(session.error());
        auto report = SalesReports(*session->db, m_clock).build(session->actor, *kind, from, to);
        if (!report)
            return failed(report.error());
        return saveReport(*session, *report, format, out);
    }
    if (action == u"watch" || action == u"watch-run") {
        if ((action == u"watch" && (args.isEmpty() || args.size() > 2)) || (action == u"watch-run" && !args.isEmpty()))
            return usage(use);
        auto session = openSignedIn();
        if (!session)
            return failed(session.error());
        OrderFolders folders(*session->db, m_clock);
        if (action == u"watch") {
            const QString channel = args.value(0).trimmed().toLower();
            if (Status s = folders.setFolder(session->actor, {channel, OrderFolders::formatOf(channel), args.value(1)});
                !s)
                return failed(s.error());
            m_out << (args.size() == 2 ? tr("%1's exports dropped into %2 import by themselves.")
                                             .arg(channel, QDir::toNativeSeparators(args.value(1)))
                                       : tr("%1's folder is no longer watched.").arg(channel))
                  << Qt::endl;
            return Ok;
        }
        auto run = folders.importWaiting(session->actor);
        if (!run)
            return failed(run.error());
        for (const QString &line : std::as_const(run->lines))
            m_out << line << Qt::endl;
        m_out << tr("Written: %n order(s) and status(es).", nullptr, run->written) << Qt::endl;
        return Ok;
    }
    if (action == u"webshop") {
        const bool remove = takeFlag(args, QStringLiteral("--remove"));
        const auto kind = webShopKindFromKey(args.value(1));
        if (!(args.isEmpty() && !remove) && !(remove && args.size() == 1) && !(args.size() == 3 && kind && !remove))
            return usage(use);
        auto session = openSignedIn();
        if (!session)
            return failed(session.error());
        WebShops shops(*session->db, m_clock);
        if (args.isEmpty()) {
            auto list = shops.shops(session->actor);
            if (!list)
                return failed(list.error());
            for (const WebShop &shop : std::as_const(*list))
                m_out << tr("%1\t%2\t%3\tpulled by %4%5\tup to %6")
                             .arg(shop.channel, webShopKindKey(shop.kind), shop.url.toString(), shop.pcName,
                                  shop.pullsHere ? tr(" (this PC)") : QString(),
                                  shop.pulledUntil.isValid() ? shop.pulledUntil.toString(Qt::ISODate) : tr("never"))
                      << Qt::endl;
            return Ok;
        }
        const QString channel = args.first().trimmed().toLower();
        if (remove) {
            if (Status s = shops.removeShop(session->actor, channel); !s)
                return failed(s.error());
            m_out << tr("The web shop no longer feeds %1.").arg(channel) << Qt::endl;
            return Ok;
        }
        const QString secret = Terminal::inputIsInteractive()
            ? Terminal::readSecret(*kind == WebShopKind::WooCommerce ? tr("Consumer key and secret (ck_...:cs_...): ")
                                                                     : tr("Admin API access token: "))
            : Terminal::readLine();
        if (Status s = shops.setShop(session->actor, {channel, *kind, QUrl(args.at(2))}, secret); !s)
            return failed(s.error());
        m_out << tr("%1's orders are pulled from %2 by this PC, which alone holds the key.").arg(channel, args.at(2))
              << Qt::endl;
        return Ok;
    }
    if (action == u"pull") {
        if (args.size() > 1)
            return usage(use);
        auto session = openSignedIn();
        if (!session)
            return failed(session.error());
        WebShops shops(*session->db, m_clock);
        QStringList channels;
        if (args.isEmpty()) {
            auto list = shops.shops(session->actor);
            if (!list)
                return failed(list.error());
            for (const WebShop &shop : std::as_const(*list))
                if (shop.pullsHere)
                    channels << shop.channel;
            if (channels.isEmpty())
                return failed(tr("No web shop is pulled by this PC: set one with orders webshop CHANNEL KIND URL."));
        } else {
            channels << args.first().trimmed().toLower();
        }
        int outcome = Ok; // a shop that fails leaves the others pulled
        for (const QString &channel : std::as_const(channels)) {
            auto run = shops.pullNow(session->actor, channel);
            if (!run) {
                outcome = failed(run.error());
                continue;
            }
            for (const QString &line : WebShops::describe(*run, channel))
                m_out << line << Qt::endl;
        }
        return outcome;
    }
    if (action == u"slip") {
        const QString pdf = takeValue(args, QStringLiteral("--pdf"));
        const QString paper = takeValue(args, QStringLiteral("--paper"));
        if (pdf.isEmpty() || args.size() != 1 || (!paper.isEmpty() && paper != u"a4" && paper != u"label"))
            return usage(use);
        auto session = openSignedIn();
        if (!session)
            return failed(session.error());
        OrderBook book(*session->db, m_clock);
        QList<qint64> ids;
        for (const QString &number : args.first().split(u',', Qt::SkipEmptyParts)) {
            auto order = book.byNumber(session->actor, number);
            if (!order)
                return failed(order.error());
            ids << order->id;
        }
        PackingSlips printer(*session->db, m_clock);
        auto slips = printer.slips(session->actor, ids);
        if (!slips)
            return failed(slips.error());
        if (Status s = printer.writePdf(session->actor, *slips,
                                        paper == u"label" ? SlipPaper::Label100x150 : SlipPaper::A4, pdf);
            !s)
            return failed(s.error());
        m_out << tr("Written: %1 (%n packing slip(s)).", nullptr, int(slips->size())).arg(QDir::toNativeSeparators(pdf))
              << Qt::endl;
        return Ok;
    }
    return usage(use);
}

} // namespace shopdesk
