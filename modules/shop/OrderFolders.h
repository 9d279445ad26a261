#pragma once

#include "OrderImport.h"
#include "common/Result.h"
#include "users/domain/Permissions.h"

#include <QCoreApplication>

namespace shopdesk {

class Clock;
class Database;

// A channel's folder whose exports import by themselves (issue 17: the channels without an API).
struct WatchedFolder
{
    QString channel; // taobao, shopify, or a channel with saved columns
    OrderExport format = OrderExport::Mapped;
    QString folder; // a local or UNC path
};

// What one look at the folders did: a line per file imported or refused, and the orders and
// events written.
struct FolderRun
{
    int written = 0; // orders and status events written
    QStringList lines;
};

// Order exports dropped into a channel's folder import by themselves, each as the import dialog
// would (every good row; the same file twice changes nothing), then move to the folder's
// "imported" folder, or to "refused" with a .txt naming why and every bad row. A file is left
// until it has not changed for kSettleSeconds, so a half-copied file is never read. The order
// list looks on its ORD-01 interval; `shopdeskctl orders watch-run` looks once.
class OrderFolders
{
    Q_DECLARE_TR_FUNCTIONS(OrderFolders)
public:
    static constexpr int kSettleSeconds = 10;

    OrderFolders(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    Result<QList<WatchedFolder>> folders(const Actor &actor) const;
    // Saving needs the orders right and leaves an audit record; an empty folder stops watching.
    // The format is the channel's (formatOf).
    Status setFolder(const Actor &actor, const WatchedFolder &folder);
    Result<FolderRun> importWaiting(const Actor &actor);

    static QString formatKey(OrderExport format); // taobao, shopify, mapped
    static std::optional<OrderExport> formatFromKey(const QString &key);
    // Taobao's and Shopify's exports read as they come; any other channel's by its saved columns.
    static OrderExport formatOf(const QString &channel);

private:
    // The orders and events written; `why` the file was refused whole, `problems` its rows not taken.
    Result<int> importFile(const Actor &actor, const WatchedFolder &folder, const QString &path, QString *why,
                           QString *problems);
    Database &m_db;
    const Clock &m_clock;
};

} // namespace shopdesk
