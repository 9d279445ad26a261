#pragma once

#include "WebShops.h"
#include "common/Result.h"
#include "common/domain/Page.h"
#include "domain/Order.h"
#include "ui/Module.h"

#include <QSet>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QSystemTrayIcon;
class QTableView;
class QTimer;

namespace shopdesk {

class ErrorLabel;
class CustomerOrderDialog;
class OrderFoldersDialog;
class OrderImportDialog;
class OrderListModel;
class ScanLine;
class WebShopDialog;
class WebShopFeed;

// RULE ORD-01..05: every channel's orders in one list, read a page at a time (issue 12): the
// orders whose ORD-02 or ORD-03 clock runs at the top, the nearest deadline first (overdue in
// red), then the rest, the newest first. The list refreshes itself (every 60 s unless the clerk
// sets another interval, never more than 10 minutes apart: ORD-01), marks the orders that arrived
// since it last looked, and tells of them and of clocks about to run out in the system tray.
// Each refresh starts importing the exports dropped into the channels' watched folders and
// pulling the web shop's new orders, each on a thread of its own (they join the list when done). Found by
// order number, phone or buyer; filtered by channel, state, SKU and days. A packing
// slip scanned at the packing table records its order packed.
class OrdersPage : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kDefaultRefreshSeconds = 60;
    static constexpr int kMinRefreshSeconds = 10;
    static constexpr int kMaxRefreshSeconds = 600; // RULE ORD-01: at least every 10 minutes
    static constexpr int kMostMarked = 200; // new orders marked at one refresh

    OrdersPage(const AppContext &context, QWidget *parent = nullptr);
    QLineEdit *search() const { return m_search; }
    QComboBox *channel() const { return m_channel; }
    QComboBox *state() const { return m_state; }
    QTableView *view() const { return m_view; }
    OrderListModel *model() const { return m_model; }
    QSpinBox *interval() const { return m_interval; }
    QTimer *timer() const { return m_timer; }
    ScanLine *scanLine() const { return m_scan; }
    bool lookingAtFolders() const { return m_importingFromFolders; }

    // Reads the list again and looks for what arrived and what is about to run out (another PC's
    // change, another tab); the first time, looks for orders too.
    void refresh();
    // RULE ORD-01: imports what waits in the watched folders, then pulls the web shop, each on a
    // thread of its own; the list shows what they brought when they end. The timer calls it.
    void lookForOrders();
    // The selected order's dialog, shown (not run) so that a test can use it.
    CustomerOrderDialog *openOrder();
    CustomerOrderDialog *openOrderId(qint64 orderId);
    // A channel's export previewed in its dialog (shown, not run).
    OrderImportDialog *importFile(const QString &path);
    // The watched folders of the channels (shown, not run).
    OrderFoldersDialog *editFolders();
    // The web shop this PC pulls (shown, not run).
    WebShopDialog *editWebShop();
    WebShopFeed *webShopFeed() const { return m_feed; }
    // The packing table: the scanned number's order recorded packed, and opened.
    CustomerOrderDialog *packScanned(const QString &code);
    QString lastError() const;
    QString statusText() const;

signals:
    // What the tray tells (also when the PC has no tray, so that a test hears it).
    void alerted(const QString &title, const QString &message);
    // A look at the watched folders ended (what it imported is in the list).
    void foldersLookedAt();

private:
    Result<Page<Order>> readPage(const PageCursor &after, int pageSize) const;
    void fillChannels();
    void importFromFolders(); // the channels' exports dropped into their folders, on a thread of its own
    void showList(); // the list read again, and what arrived told
    void showErrors();
    bool mayImport() const;
    void pullWebShop();
    void webShopPulled(const QString &channel, const WebPullRun &run);
    void lookForNews();
    void alert(const QString &title, const QString &message);
    void setInterval(int seconds);
    qint64 selectedId() const;
    void select(qint64 orderId);

    AppContext m_context;
    QLineEdit *m_search, *m_sku;
    QComboBox *m_channel, *m_state, *m_period;
    QCheckBox *m_running;
    OrderListModel *m_model;
    QTableView *m_view;
    ScanLine *m_scan;
    QSpinBox *m_interval;
    QLabel *m_status;
    ErrorLabel *m_error;
    QTimer *m_timer;
    WebShopFeed *m_feed;
    QString m_folderError, m_webShopError, m_listError;
    QStringList m_toldWebShopProblems; // the last pull's, told once
    bool m_looked = false;
    QStringList m_toldFolderLines; // the last look's lines, told once
    bool m_importingFromFolders = false;
    QSystemTrayIcon *m_tray = nullptr;
    bool m_sized = false;
    qint64 m_seenUpTo = -1; // the newest order id the list has seen; -1: not looked yet
    QSet<QString> m_warned; // order and deadline: each clock warned of once
};

} // namespace shopdesk
