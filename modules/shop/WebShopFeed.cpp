#include "WebShopFeed.h"

#include "common/Clock.h"
#include "database/BackgroundTask.h"

#include <QTimer>

namespace shopdesk {

WebShopFeed::WebShopFeed(std::shared_ptr<Database> db, const Clock &clock, Actor actor, PcKey pcKey, QObject *parent)
    : QObject(parent), m_db(db), m_clock(clock), m_actor(std::move(actor)), m_pcKey(std::move(pcKey))
{
}

bool WebShopFeed::pullAll()
{
    if (m_running)
        return false;
    auto list = shops().shops(m_actor);
    if (!list)
        return false; // no right to see them: nothing to pull
    m_waiting.clear();
    for (const WebShop &shop : std::as_const(*list))
        if (shop.pullsHere)
            m_waiting << shop.channel;
    if (m_waiting.isEmpty())
        return false;
    m_running = true;
    QTimer::singleShot(0, this, &WebShopFeed::pullNext); // the caller hears of it only after this returns
    return true;
}

void WebShopFeed::pullNext()
{
    while (!m_waiting.isEmpty()) {
        const QString channel = m_waiting.takeFirst();
        auto access = shops().access(m_actor, channel);
        if (!access) {
            emit failed(channel, access.error());
            continue;
        }
        m_began = m_clock.nowUtc();
        m_pull = new WebShopPull(*access, m_patience, this);
        connect(m_pull, &WebShopPull::finished, this, &WebShopFeed::read);
        m_pull->start();
        return;
    }
    m_running = false;
    emit finished();
}

void WebShopFeed::read()
{
    WebShopPull *pull = m_pull;
    m_pull = nullptr;
    pull->deleteLater();
    const QString channel = pull->access().channel;
    if (!pull->result()) {
        emit failed(channel, pull->result().error());
        return pullNext();
    }
    // A first pull may bring thousands of orders: written on a thread of its own, so that the
    // list stays usable meanwhile.
    auto outcome = std::make_shared<Result<WebPullRun>>(fail(QString()));
    const PulledOrders pulled = *pull->result();
    const QDateTime began = m_began;
    // The worker has copies of all it needs: it never touches this object, which may be gone
    // before it ends (the window closing waits for it, after this object's members are freed).
    runInBackground(
        this, m_db,
        [outcome, channel, pulled, began, db = m_db, clock = &m_clock, actor = m_actor, key = m_pcKey] {
            *outcome = WebShops(*db, *clock, key).importPulled(actor, channel, pulled, began);
            return QString();
        },
        [this, outcome, channel](const QString &) {
            if (*outcome)
                emit this->pulled(channel, **outcome);
            else
                emit failed(channel, outcome->error());
            pullNext();
        });
}

} // namespace shopdesk
