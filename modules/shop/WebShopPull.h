#pragma once

#include "common/Result.h"
#include "domain/WebShopOrders.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace shopdesk {

// What a pull needs to reach the web shop: WooCommerce's "consumer_key:consumer_secret", or
// Shopify's Admin API access token, and from when it asks for changed orders.
struct WebShopAccess
{
    WebShopKind kind = WebShopKind::WooCommerce;
    QString channel;
    QUrl url;
    QByteArray secret;
    QDateTime since; // invalid: every order
};

// How patient a pull is: each request's answer within timeoutMs; a page asked again at most
// mostTries times while the shop answers HTTP 429, waiting what its Retry-After asks (else
// defaultWaitSeconds), never longer than longestWaitSeconds at once.
struct WebShopPatience
{
    int timeoutMs = 30'000;
    int mostTries = 6;
    int defaultWaitSeconds = 2;
    int longestWaitSeconds = 60;
    int mostPages = 10'000;
};

// What a pull read: every order once (the last copy, when a page repeated one), the shop's own
// clock when the pull began (its Date header; invalid when it sent none), and when the earliest
// order it could not take last changed (invalid: none).
struct PulledOrders
{
    ImportedRows<ChannelOrderRow> orders;
    QDateTime shopClockAtStart;
    QDateTime earliestRefusedChange;
};

// Reads the web shop's orders changed since a moment, page after page, through Qt Network,
// without blocking: the order list keeps working while it runs (issue 17). Its result is the
// orders as a file import reads them, or why the pull stopped, naming the page's address.
class WebShopPull : public QObject
{
    Q_OBJECT
public:
    WebShopPull(WebShopAccess access, WebShopPatience patience = {}, QObject *parent = nullptr);
    ~WebShopPull() override;

    void start();
    bool isRunning() const { return m_running; }
    const Result<PulledOrders> &result() const { return m_result; }
    const WebShopAccess &access() const { return m_access; }
    // Starts and waits in a local event loop until the end (the command line, the tests).
    Result<PulledOrders> run();

signals:
    void pageRead(int pages, int orders);
    void finished();

private:
    void get(const QUrl &url);
    void answered(QNetworkReply *reply);
    void take(const WebShopPage &page);
    void finish(Result<PulledOrders> result);

    WebShopAccess m_access;
    WebShopPatience m_patience;
    QNetworkAccessManager *m_network;
    QTimer *m_timeout;
    QPointer<QNetworkReply> m_reply;
    bool m_running = false;
    bool m_timedOut = false;
    int m_tries = 0, m_pages = 0;
    PulledOrders m_read; // its rows filled at the end, from:
    QHash<QString, ChannelOrderRow> m_latest; // each order's last copy read, by number
    QStringList m_numbers; // in the order first read
    Result<PulledOrders> m_result;
};

} // namespace shopdesk
