#pragma once

#include "WebShops.h"

#include <QObject>

#include <QStringList>
#include <memory>

namespace shopdesk {

// The web shops this PC pulls, pulled one after another without blocking, each pull imported
// (on a thread of its own) when it has been read whole (issue 17: the order list calls pullAll() at every refresh, on
// the ORD-01 interval). A pull still running when the next refresh comes is left to finish.
class WebShopFeed : public QObject
{
    Q_OBJECT
public:
    WebShopFeed(std::shared_ptr<Database> db, const Clock &clock, Actor actor, PcKey pcKey = PcKey::thisPc(),
                QObject *parent = nullptr);

    // Starts; false when a pull runs already or this PC pulls no shop (nothing will be told).
    // What it finds is told by the signals, never before this returns.
    bool pullAll();
    bool isRunning() const { return m_running; }
    void setPatience(const WebShopPatience &patience) { m_patience = patience; }

signals:
    void pulled(const QString &channel, const WebPullRun &run);
    void failed(const QString &channel, const QString &error);
    void finished(); // every shop pulled or failed

private:
    void pullNext();
    void read();
    WebShops shops() const { return WebShops(*m_db, m_clock, m_pcKey); }

    std::shared_ptr<Database> m_db;
    const Clock &m_clock;
    Actor m_actor;
    PcKey m_pcKey;
    WebShopPatience m_patience;
    QStringList m_waiting;
    WebShopPull *m_pull = nullptr;
    bool m_running = false; // from pullAll() until finished() was told
    QDateTime m_began;
};

} // namespace shopdesk
