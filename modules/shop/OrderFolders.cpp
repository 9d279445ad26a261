#include "OrderFolders.h"

#include "ShopActions.h"
#include "audit/AuditTrail.h"
#include "common/Clock.h"
#include "database/data/Database.h"
#include "domain/ShopTime.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace shopdesk {

QString OrderFolders::formatKey(OrderExport format)
{
    switch (format) {
    case OrderExport::Taobao: return QStringLiteral("taobao");
    case OrderExport::Shopify: return QStringLiteral("shopify");
    case OrderExport::Mapped: return QStringLiteral("mapped");
    }
    return {};
}

OrderExport OrderFolders::formatOf(const QString &channel)
{
    const QString key = channel.trimmed().toLower();
    return key == u"taobao" ? OrderExport::Taobao : key == u"shopify" ? OrderExport::Shopify : OrderExport::Mapped;
}

std::optional<OrderExport> OrderFolders::formatFromKey(const QString &key)
{
    for (OrderExport f : {OrderExport::Taobao, OrderExport::Shopify, OrderExport::Mapped})
        if (formatKey(f) == key)
            return f;
    return std::nullopt;
}

Result<QList<WatchedFolder>> OrderFolders::folders(const Actor &actor) const
{
    if (Status allowed = Permissions::require(actor, ShopAction::View); !allowed)
        return allowed.failure();
    QSqlQuery q = m_db.query();
    if (Status s = Database::execPrepared(
            q, QStringLiteral("SELECT channel, format, folder FROM order_watched_folders ORDER BY channel"), {});
        !s)
        return s.failure();
    QList<WatchedFolder> list;
    while (q.next())
        list.append({q.value(0).toString(), formatFromKey(q.value(1).toString()).value_or(OrderExport::Mapped),
                     q.value(2).toString()});
    return list;
}

Status OrderFolders::setFolder(const Actor &actor, const WatchedFolder &given)
{
    if (Status allowed = Permissions::require(actor, ShopAction::Orders); !allowed)
        return allowed.failure();
    WatchedFolder f = given;
    f.channel = f.channel.trimmed().toLower();
    f.folder = f.folder.trimmed();
    if (f.channel.isEmpty())
        return fail(tr("Name the channel whose exports the folder receives."));
    f.format = formatOf(f.channel);
    if (!f.folder.isEmpty() && !QFileInfo(f.folder).isDir())
        return fail(tr("%1 is not a folder this PC can reach.").arg(QDir::toNativeSeparators(f.folder)));
    if (f.format == OrderExport::Mapped) {
        auto columns = OrderImport(m_db, m_clock).savedColumns(actor, f.channel);
        if (!columns)
            return columns.failure();
        if (!f.folder.isEmpty() && columns->headers.isEmpty())
            return fail(tr("Map the columns of %1's export once (import one of its files) before watching its "
                           "folder.")
                            .arg(f.channel));
    }
    return m_db.write([&]() -> Status {
        QSqlQuery q = m_db.query();
        const Status s = f.folder.isEmpty()
            ? Database::execPrepared(q, QStringLiteral("DELETE FROM order_watched_folders WHERE channel = ?"),
                                     {f.channel})
            : Database::execPrepared(
                q,
                QStringLiteral("INSERT INTO order_watched_folders(channel, format, folder, saved_at, "
                               "saved_by_user_id) VALUES (?, ?, ?, ?, ?) ON CONFLICT(channel) DO UPDATE SET "
                               "format = excluded.format, folder = excluded.folder, saved_at = excluded.saved_at, "
                               "saved_by_user_id = excluded.saved_by_user_id"),
                {f.channel, formatKey(f.format), f.folder, toStoredInstant(m_clock.nowUtc()), actor.userId});
        if (!s)
            return s;
        return AuditTrail(m_db, m_clock)
            .record(actor, QStringLiteral("shop.order.folder"), QStringLiteral("order_watched_folders"), f.channel, {},
                    {{QStringLiteral("format"), formatKey(f.format)}, {QStringLiteral("folder"), f.folder}});
    });
}

Result<FolderRun> OrderFolders::importWaiting(const Actor &actor)
{
    if (Status allowed = Permissions::require(actor, ShopAction::Orders); !allowed)
        return allowed.failure();
    auto list = folders(actor);
    if (!list)
        return list.failure();
    FolderRun run;
    const QDateTime settled = m_clock.nowUtc().addSecs(-kSettleSeconds);
    for (const WatchedFolder &f : std::as_const(*list)) {
        const QDir dir(f.folder);
        if (!dir.exists()) {
            run.lines << tr("%1: the folder %2 cannot be reached.").arg(f.channel, QDir::toNativeSeparators(f.folder));
            continue;
        }
        const QFileInfoList files = dir.entryInfoList({QStringLiteral("*.csv"), QStringLiteral("*.xlsx")}, QDir::Files,
                                                      QDir::Time | QDir::Reversed);
        for (const QFileInfo &file : files) {
            if (file.lastModified().toUTC() > settled)
                continue; // still being copied, perhaps: the next look takes it
            QString why, problems;
            auto written = importFile(actor, f, file.absoluteFilePath(), &why, &problems);
            if (!written)
                return written.failure(); // the database, not the file: try again at the next look
            // Out of the way, so that no look reads it twice: imported/ or refused/ beside it, with
            // a .txt naming what was not taken.
            const QString into = why.isEmpty() ? QStringLiteral("imported") : QStringLiteral("refused");
            dir.mkpath(into);
            const QString stamp = ShopTime::inChina(m_clock.nowUtc()).toString(QStringLiteral("yyyyMMdd-HHmmss"));
            const QString target = dir.filePath(into + QLatin1Char('/') + stamp + QLatin1Char('-') + file.fileName());
            if (!QFile::rename(file.absoluteFilePath(), target)) {
                run.lines << tr("%1: %2 was read but cannot be moved to %3; it will be read again (nothing is written "
                                "twice).")
                                 .arg(f.channel, file.fileName(), into);
                continue;
            }
            if (const QString note = why.isEmpty() ? problems : why; !note.isEmpty()) {
                QSaveFile text(target + QStringLiteral(".txt"));
                if (text.open(QIODevice::WriteOnly)) {
                    text.write(note.toUtf8());
                    text.commit();
                }
            }
            run.written += *written;
            if (!why.isEmpty())
                run.lines << tr("%1: %2 refused: %3").arg(f.channel, file.fileName(), why);
            else if (!problems.isEmpty())
                run.lines << tr("%1: %2 imported, %n order(s) and status(es) written; the rows not imported are "
                                "named in %3.txt",
                                nullptr, *written)
                                 .arg(f.channel, file.fileName(), QDir::toNativeSeparators(target));
            else
                run.lines << tr("%1: %2 imported, %n order(s) and status(es) written.", nullptr, *written)
                                 .arg(f.channel, file.fileName());
        }
    }
    return run;
}

Result<int> OrderFolders::importFile(const Actor &actor, const WatchedFolder &f, const QString &path, QString *why,
                                     QString *problemLines)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *why = tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return 0;
    }
    OrderImport importer(m_db, m_clock);
    Result<OrderImportPreview> preview = fail(QString());
    if (f.format == OrderExport::Mapped) {
        auto columns = importer.savedColumns(actor, f.channel);
        if (!columns)
            return columns.failure();
        preview = importer.preview(actor, file.readAll(), QFileInfo(path).fileName(), *columns);
    } else {
        preview = importer.preview(actor, file.readAll(), QFileInfo(path).fileName(), f.format);
    }
    if (!preview) {
        if (preview.isBusy())
            return preview.failure(); // the shared file was busy, not the export bad: the next look
        *why = preview.error();
        return 0;
    }
    QStringList problems;
    for (const ImportProblem &p : std::as_const(preview->problems))
        problems << tr("line %1, %2 \"%3\": %4").arg(p.line).arg(p.field, p.value, p.reason);
    auto written = importer.import(actor, *preview);
    if (!written)
        return written.failure();
    // The good rows are in; the bad ones are named beside the file, to be looked at.
    if (!problems.isEmpty())
        *problemLines = tr("%n row(s) not imported (the others were):", nullptr, int(problems.size()))
            + QLatin1Char('\n') + problems.join(QLatin1Char('\n'));
    return *written;
}

} // namespace shopdesk
