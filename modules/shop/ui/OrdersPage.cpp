#include "OrdersPage.h"

#include "CustomerOrderDialog.h"
#include "OrderBook.h"
#include "OrderFolders.h"
#include "OrderFoldersDialog.h"
#include "OrderImportDialog.h"
#include "OrderListModel.h"
#include "ShopActions.h"
#include "WebShopDialog.h"
#include "WebShopFeed.h"
#include "common/Clock.h"
#include "database/BackgroundTask.h"
#include "domain/ShopTime.h"
#include "ui/EmptyListHint.h"
#include "ui/ErrorLabel.h"
#include "ui/ListParts.h"
#include "ui/MessageBox.h"
#include "ui/ScanLine.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSpinBox>
#include <QSystemTrayIcon>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace shopdesk {

namespace {
const QString kIntervalKey = QStringLiteral("shop/orderRefreshSeconds");
} // namespace

OrdersPage::OrdersPage(const AppContext &context, QWidget *parent)
    : QWidget(parent), m_context(context), m_search(filterLine(this, tr("Order number, phone or buyer (Ctrl+F)"))),
      m_model(new OrderListModel(
          *context.clock, [this](const PageCursor &after, int size) { return readPage(after, size); }, this)),
      m_view(listView(m_model, this))
{
    EmptyListHint::install(m_view,
                           tr("No orders here. Bring a channel's orders in with Import a channel's export..., "
                              "or connect the web shop; or change the filter."),
                           m_search);
    m_sku = new QLineEdit(this);
    m_sku->setPlaceholderText(tr("SKU code"));
    m_sku->setAccessibleName(tr("SKU code"));
    m_sku->setClearButtonEnabled(true);
    m_channel = new QComboBox(this);
    m_channel->setAccessibleName(tr("Channel"));
    m_state = new QComboBox(this);
    m_state->setAccessibleName(tr("State"));
    m_state->addItem(tr("Any state"), QString());
    for (OrderState s :
         {OrderState::New, OrderState::Accepted, OrderState::Contacted, OrderState::Confirmed, OrderState::HandedOver,
          OrderState::Packed, OrderState::Shipped, OrderState::Delivered, OrderState::Cancelled})
        m_state->addItem(orderStateTitle(s), orderStateKey(s));
    m_period = new QComboBox(this);
    m_period->setAccessibleName(tr("Created"));
    m_period->addItem(tr("Any day"), 0);
    m_period->addItem(tr("Today"), 1);
    m_period->addItem(tr("Last 7 days"), 7);
    m_period->addItem(tr("Last 30 days"), 30);
    m_running = new QCheckBox(tr("Only &running clocks"), this);
    m_running->setToolTip(tr("Orders waiting for the customer's contact (ORD-02) or the hand-over (ORD-03)"));

    auto *bar = new QToolBar(this);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    QAction *open =
        bar->addAction(QIcon(QStringLiteral(":/icons/edit.svg")), tr("&Open..."), this, &OrdersPage::openOrder);
    open->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    QAction *reload = bar->addAction(tr("&Refresh now"), this, &OrdersPage::lookForOrders);
    reload->setObjectName(QStringLiteral("refresh")); // F5, through the window's View > Refresh
    QAction *import =
        bar->addAction(QIcon(QStringLiteral(":/icons/import.svg")), tr("&Import a channel's export..."), this, [this] {
            const QString path =
                FileDialog::openFileName(this, tr("Import orders"), QString(), tr("Order exports (*.csv *.xlsx)"));
            if (!path.isEmpty())
                importFile(path);
        });
    import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    QAction *folders = bar->addAction(tr("Watched &folders..."), this, &OrdersPage::editFolders);
    folders->setToolTip(tr("Folders whose order exports import by themselves, one per channel"));
    import->setEnabled(!context.readOnly() && Permissions::can(context.actor, ShopAction::Orders));
    folders->setEnabled(import->isEnabled());
    QAction *webShop = bar->addAction(tr("&Web shop..."), this, &OrdersPage::editWebShop);
    webShop->setToolTip(tr("The company's own web shop (WooCommerce or Shopify), whose orders this PC pulls"));
    webShop->setEnabled(import->isEnabled());
    for (QAction *a : {open, reload, import, folders, webShop}) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
    }
    bar->addSeparator();
    m_scan = new ScanLine(this);
    m_scan->setPlaceholderText(tr("Packing table: scan a packing slip"));
    m_scan->setAccessibleName(tr("Scan a packing slip"));
    m_scan->setMinimumWidth(220);
    m_scan->setMaximumWidth(320);
    m_scan->setEnabled(!context.readOnly() && Permissions::can(context.actor, ShopAction::Orders));
    bar->addWidget(m_scan);
    bar->addSeparator();
    bar->addWidget(new QLabel(tr("Refresh every"), bar));
    m_interval = new QSpinBox(bar);
    m_interval->setRange(kMinRefreshSeconds, kMaxRefreshSeconds);
    m_interval->setSuffix(tr(" s"));
    m_interval->setAccessibleName(tr("Refresh every"));
    m_interval->setToolTip(tr("The list reads the orders again by itself, at least every 10 minutes (ORD-01)."));
    bar->addWidget(m_interval);

    auto *filters = new QHBoxLayout;
    m_search->setToolTip(tr("The whole order number, phone or buyer's account; from 7 characters on, also "
                            "its start."));
    filters->addWidget(m_search, 3);
    filters->addWidget(m_sku, 1);
    filters->addWidget(m_channel, 1);
    filters->addWidget(m_state, 1);
    filters->addWidget(m_period, 1);
    filters->addWidget(m_running);
    m_status = new QLabel(this);
    m_error = new ErrorLabel(this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(bar);
    layout->addLayout(filters);
    layout->addWidget(m_error);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);

    connect(m_search, &QLineEdit::textChanged, m_model, &PagedTableModel::reload);
    connect(m_sku, &QLineEdit::editingFinished, m_model, &PagedTableModel::reload);
    for (QComboBox *c : {m_channel, m_state, m_period})
        connect(c, &QComboBox::activated, m_model, &PagedTableModel::reload);
    connect(m_running, &QCheckBox::toggled, m_model, &PagedTableModel::reload);
    connect(m_model, &PagedTableModel::pageFailed, m_error, &ErrorLabel::showError);
    connect(m_view, &QTableView::doubleClicked, this, &OrdersPage::openOrder);
    connect(m_scan, &ScanLine::scanned, this, &OrdersPage::packScanned);

    // The web shop's orders, pulled without blocking the list; they join it when a pull ends.
    m_feed = new WebShopFeed(context.database, *context.clock, context.actor, PcKey::thisPc(), this);
    connect(m_feed, &WebShopFeed::pulled, this, &OrdersPage::webShopPulled);
    connect(m_feed, &WebShopFeed::failed, this, [this](const QString &channel, const QString &error) {
        m_webShopError = tr("Web shop %1: %2").arg(channel, error);
        showErrors();
    });
    // RULE ORD-01: the list looks for new orders by itself.
    m_timer = new QTimer(this);
    connect(m_timer, &QTimer::timeout, this, &OrdersPage::lookForOrders);
    setInterval(QSettings().value(kIntervalKey, kDefaultRefreshSeconds).toInt());
    connect(m_interval, &QSpinBox::valueChanged, this, [this](int seconds) {
        setInterval(seconds);
        QSettings().setValue(kIntervalKey, m_interval->value());
    });
    fillChannels();
}

void OrdersPage::setInterval(int seconds)
{
    const int bounded = qBound(kMinRefreshSeconds, seconds, kMaxRefreshSeconds);
    const QSignalBlocker quiet(m_interval);
    m_interval->setValue(bounded);
    m_timer->start(bounded * 1000);
}

void OrdersPage::fillChannels()
{
    const QString current = m_channel->currentData().toString();
    m_channel->clear();
    m_channel->addItem(tr("Any channel"), QString());
    if (auto list = OrderBook(*m_context.database, *m_context.clock).channels(m_context.actor))
        for (const QString &c : *list)
            m_channel->addItem(orderChannelTitle(c), c);
    m_channel->setCurrentIndex(qMax(0, m_channel->findData(current)));
}

Result<Page<Order>> OrdersPage::readPage(const PageCursor &after, int pageSize) const
{
    OrderQuery query;
    query.text = m_search->text();
    query.sku = m_sku->text();
    query.channel = m_channel->currentData().toString();
    query.state = orderStateFromKey(m_state->currentData().toString());
    if (const int days = m_period->currentData().toInt(); days > 0) {
        query.to = ShopTime::dayOf(m_context.clock->nowUtc());
        query.from = query.to.addDays(1 - days);
    }
    query.onlyRunningClocks = m_running->isChecked();
    query.runningClocksFirst = true;
    return OrderBook(*m_context.database, *m_context.clock).page(m_context.actor, query, after, pageSize);
}

void OrdersPage::refresh()
{
    if (!m_looked) // the first time the list shows: what waits at the folders and the web shop
        return lookForOrders();
    showList();
}

void OrdersPage::lookForOrders()
{
    m_looked = true;
    m_timer->start(); // the next look a whole interval after this one
    // The folders, then the web shop: one after the other, so that their writes never wait for
    // each other.
    importFromFolders();
    showList();
}

bool OrdersPage::mayImport() const
{
    return !m_context.readOnly() && Permissions::can(m_context.actor, ShopAction::Orders);
}

void OrdersPage::pullWebShop()
{
    if (!mayImport() || m_feed->isRunning())
        return;
    m_webShopError.clear(); // told again if this pull fails too
    m_feed->pullAll();
}

namespace {
// The lines of this look that the last look did not tell; `told` becomes this look's. What
// repeats at every look (an unreachable folder, an order the shop keeps sending as it was) is
// told once, and again only after it went away and came back.
QStringList notToldBefore(const QStringList &lines, QStringList &told)
{
    QStringList fresh;
    for (const QString &line : lines)
        if (!told.contains(line))
            fresh << line;
    told = lines;
    return fresh;
}
} // namespace

void OrdersPage::webShopPulled(const QString &channel, const WebPullRun &run)
{
    m_webShopError.clear();
    // An order the shop keeps sending as it was is told once, like a folder's lines.
    const QStringList fresh = notToldBefore(run.problems, m_toldWebShopProblems);
    if (run.added || run.statusChanges || !fresh.isEmpty()) {
        const WebPullRun told{run.added, run.statusChanges, fresh};
        alert(tr("Web shop"), WebShops::describe(told, orderChannelTitle(channel)).join(u'\n'));
    }
    if (run.added || run.statusChanges)
        showList();
    else
        showErrors();
}

void OrdersPage::showErrors()
{
    m_error->showError(QStringList{m_folderError, m_webShopError, m_listError}.join(u'\n').trimmed());
}

void OrdersPage::showList()
{
    const qint64 selected = selectedId();
    fillChannels();
    m_listError = m_model->reload();
    showErrors();
    if (!m_sized && m_model->rowCount() > 0) { // the first rows set the widths; the clerk's stay
        m_view->resizeColumnsToContents();
        m_sized = true;
    }
    lookForNews();
    select(selected);
}

void OrdersPage::importFromFolders()
{
    if (!mayImport() || m_importingFromFolders)
        return;
    // A large export takes seconds: read and written on a thread of its own, the list usable
    // meanwhile; the orders join it when it ends.
    m_importingFromFolders = true;
    auto outcome = std::make_shared<Result<FolderRun>>(fail(QString()));
    const AppContext context = m_context;
    runInBackground(
        this, m_context.database,
        [outcome, context] {
            *outcome = OrderFolders(*context.database, *context.clock).importWaiting(context.actor);
            return QString();
        },
        [this, outcome](const QString &) {
            m_importingFromFolders = false;
            m_folderError = *outcome ? QString() : outcome->error();
            if (*outcome) {
                // A folder that cannot be reached, a file that cannot be moved: told once.
                const QStringList fresh = notToldBefore((*outcome)->lines, m_toldFolderLines);
                if (!fresh.isEmpty())
                    alert(tr("Order folders"), fresh.join(u'\n'));
            }
            if (*outcome && (*outcome)->written > 0)
                showList();
            else
                showErrors();
            emit foldersLookedAt();
            pullWebShop();
        });
}

WebShopDialog *OrdersPage::editWebShop()
{
    auto *dialog = new WebShopDialog(m_context, m_feed, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

OrderFoldersDialog *OrdersPage::editFolders()
{
    auto *dialog = new OrderFoldersDialog(m_context, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void OrdersPage::lookForNews()
{
    OrderBook book(*m_context.database, *m_context.clock);
    const QDateTime now = m_context.clock->nowUtc();
    if (m_seenUpTo < 0) {
        // The first look: what is there now is not news.
        if (auto newest = book.newestId(m_context.actor))
            m_seenUpTo = *newest;
    } else if (auto arrived = book.recordedAfter(m_context.actor, m_seenUpTo, kMostMarked);
               arrived && !arrived->isEmpty()) {
        QList<qint64> ids;
        QStringList numbers;
        for (const Order &o : std::as_const(*arrived)) {
            ids << o.id;
            if (numbers.size() < 5)
                numbers << QStringLiteral("%1 %2 %3")
                               .arg(orderChannelTitle(o.channel), o.number,
                                    OrderRules::amountText(o.totalMinor, o.currency));
        }
        m_seenUpTo = arrived->constLast().id;
        m_model->markNew(ids);
        if (ids.size() == kMostMarked) { // an import's thousands: told once, not 200 at every refresh
            if (auto newest = book.newestId(m_context.actor))
                m_seenUpTo = *newest;
            alert(tr("New orders"),
                  tr("Many new orders arrived (an import, perhaps); the first %n are marked.", nullptr, kMostMarked));
        } else {
            alert(tr("New orders"),
                  tr("%n new order(s): %1", nullptr, int(ids.size())).arg(numbers.join(QStringLiteral("; "))));
        }
    }
    // RULE ORD-02/03: each running clock warned of once, in its last minutes or when it ran out.
    OrderQuery running;
    running.onlyRunningClocks = true;
    QStringList warnings;
    if (auto clocks = book.page(m_context.actor, running, {}, 200)) {
        for (const Order &o : std::as_const(clocks->rows)) {
            if (!OrderRules::nearDeadline(o, now))
                continue;
            const QString key = QStringLiteral("%1@%2").arg(o.id).arg(OrderRules::deadline(o).toSecsSinceEpoch());
            if (m_warned.contains(key))
                continue;
            m_warned.insert(key);
            const QString what = o.state == OrderState::Accepted ? tr("contact the customer (ORD-02)")
                                                                 : tr("hand over to operations (ORD-03)");
            warnings << tr("%1 %2: %3 to %4")
                            .arg(orderChannelTitle(o.channel), o.number,
                                 OrderRules::timeLeftText(*OrderRules::secondsLeft(o, now)), what);
        }
    }
    if (!warnings.isEmpty())
        alert(tr("Orders near their time limit"), warnings.join(u'\n'));
    m_status->setText(statusText());
}

QString OrdersPage::statusText() const
{
    // China's time, like the orders' own (ShopTime).
    const QString at = ShopTime::inChina(m_context.clock->nowUtc()).toString(QStringLiteral("HH:mm:ss"));
    const int fresh = m_model->markedCount();
    return fresh > 0 ? tr("Read at %1; %n new order(s) marked until opened.", nullptr, fresh).arg(at)
                     : tr("Read at %1.").arg(at);
}

void OrdersPage::alert(const QString &title, const QString &message)
{
    emit alerted(title, message);
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    if (!m_tray) {
        m_tray = new QSystemTrayIcon(QIcon(QStringLiteral(":/icons/shop.svg")), this);
        m_tray->setToolTip(tr("ShopDesk orders"));
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] { window()->activateWindow(); });
        m_tray->show();
    }
    m_tray->showMessage(title, message, QSystemTrayIcon::Information, 15'000);
}

QString OrdersPage::lastError() const
{
    return m_error->error();
}

qint64 OrdersPage::selectedId() const
{
    const Order *row = m_model->rowAt(m_view->currentIndex().row());
    return row ? row->id : 0;
}

void OrdersPage::select(qint64 orderId)
{
    for (int r = 0; orderId > 0 && r < m_model->rowCount(); ++r)
        if (m_model->rowAt(r)->id == orderId)
            return m_view->setCurrentIndex(m_model->index(r, 0));
}

CustomerOrderDialog *OrdersPage::openOrder()
{
    const qint64 id = selectedId();
    if (id == 0) {
        m_error->showError(tr("Choose an order in the list first."));
        return nullptr;
    }
    return openOrderId(id);
}

CustomerOrderDialog *OrdersPage::openOrderId(qint64 orderId)
{
    m_error->showError({});
    m_model->unmark(orderId);
    m_status->setText(statusText());
    auto *dialog = new CustomerOrderDialog(m_context, orderId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CustomerOrderDialog::changed, this, [this] {
        const qint64 selected = selectedId();
        m_error->showError(m_model->reload());
        select(selected);
    });
    dialog->open();
    return dialog;
}

OrderImportDialog *OrdersPage::importFile(const QString &path)
{
    auto *dialog = new OrderImportDialog(m_context, path, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &OrdersPage::refresh);
    dialog->open();
    return dialog;
}

CustomerOrderDialog *OrdersPage::packScanned(const QString &code)
{
    m_scan->clear();
    auto packed = OrderBook(*m_context.database, *m_context.clock).packScanned(m_context.actor, code);
    if (!packed) {
        m_error->showError(packed.error());
        return nullptr;
    }
    m_error->showError({});
    m_model->reload();
    select(packed->id);
    return openOrderId(packed->id);
}

} // namespace shopdesk
