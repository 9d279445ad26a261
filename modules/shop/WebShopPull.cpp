#include "WebShopPull.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace shopdesk {

WebShopPull::WebShopPull(WebShopAccess access, WebShopPatience patience, QObject *parent)
    : QObject(parent), m_access(std::move(access)), m_patience(patience), m_network(new QNetworkAccessManager(this)),
      m_timeout(new QTimer(this)), m_result(fail(QString()))
{
    m_timeout->setSingleShot(true);
    connect(m_timeout, &QTimer::timeout, this, [this] {
        m_timedOut = true;
        if (m_reply)
            m_reply->abort(); // answered() then names the timeout
    });
}

WebShopPull::~WebShopPull()
{
    if (m_reply)
        m_reply->abort();
}

void WebShopPull::start()
{
    if (m_running)
        return;
    m_running = true;
    m_read = {};
    m_latest.clear();
    m_numbers.clear();
    m_pages = 0;
    m_tries = 0;
    if (const QString problem = WebShopOrders::addressProblem(m_access.url); !problem.isEmpty()) {
        QTimer::singleShot(0, this, [this, problem] { finish(fail(problem)); });
        return;
    }
    get(WebShopOrders::firstPage(m_access.kind, m_access.url, m_access.since));
}

Result<PulledOrders> WebShopPull::run()
{
    QEventLoop loop;
    connect(this, &WebShopPull::finished, &loop, &QEventLoop::quit);
    start();
    if (m_running)
        loop.exec();
    return m_result;
}

void WebShopPull::get(const QUrl &url)
{
    QNetworkRequest request(url);
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("ShopDesk"));
    // The key goes with the request: never to another place, not even by a redirect.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    if (m_access.kind == WebShopKind::WooCommerce)
        request.setRawHeader("Authorization", "Basic " + m_access.secret.toBase64());
    else
        request.setRawHeader("X-Shopify-Access-Token", m_access.secret);
    m_timedOut = false;
    m_reply = m_network->get(request);
    connect(m_reply, &QNetworkReply::finished, this, [this, reply = m_reply.data()] { answered(reply); });
    m_timeout->start(m_patience.timeoutMs);
}

void WebShopPull::answered(QNetworkReply *reply)
{
    m_timeout->stop();
    reply->deleteLater();
    const QUrl url = reply->url();
    const QString where = url.toDisplayString(QUrl::RemoveQuery | QUrl::RemoveUserInfo);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (m_timedOut)
        return finish(fail(tr("The web shop %1 did not answer within %2 seconds; the next pull tries again.")
                               .arg(where, QString::number(m_patience.timeoutMs / 1000.0, 'g', 3))));
    if (status == 429) { // too many requests: wait as the shop asks, then ask again
        if (++m_tries >= m_patience.mostTries)
            return finish(fail(tr("The web shop %1 still refused after %2 tries (too many requests); the next pull "
                                  "tries again.")
                                   .arg(where, QString::number(m_tries))));
        const int wait = std::min(
            WebShopOrders::retryAfterSeconds(reply->rawHeader("Retry-After")).value_or(m_patience.defaultWaitSeconds),
            m_patience.longestWaitSeconds);
        QTimer::singleShot(wait * 1000, this, [this, url] { get(url); });
        return;
    }
    if (reply->error() != QNetworkReply::NoError || status < 200 || status > 299) {
        const QString body = QString::fromUtf8(reply->read(300)).simplified();
        return finish(
            fail(status == 401 || status == 403
                     ? tr("The web shop %1 refused the key (HTTP %2): check the key and its rights. %3")
                           .arg(where, QString::number(status), body)
                     : tr("The web shop %1 could not be read: %2 %3")
                           .arg(where, status ? QStringLiteral("HTTP %1").arg(status) : reply->errorString(), body)
                           .trimmed()));
    }
    m_tries = 0;
    if (m_pages == 0) // the shop's clock, not this PC's, says from when the next pull asks
        m_read.shopClockAtStart = WebShopOrders::shopClock(reply->rawHeader("Date"));
    auto page = WebShopOrders::read(m_access.kind, m_access.channel, reply->readAll(), m_read.orders.rowsRead + 1);
    if (!page)
        return finish(fail(tr("The web shop %1, page %2: %3").arg(where, QString::number(m_pages + 1), page.error())));
    ++m_pages;
    take(*page);
    emit pageRead(m_pages, m_read.orders.rowsRead);
    const QUrl next =
        WebShopOrders::nextPage(m_access.kind, url, reply->rawHeader("Link"), reply->rawHeader("X-WP-TotalPages"));
    if (next.isEmpty() || page->orders.rowsRead == 0)
        return finish(m_read);
    if (!WebShopOrders::atShop(next, m_access.url))
        return finish(fail(tr("The web shop %1 gave its next page at another address, %2; the key is not sent "
                              "there, and nothing was written.")
                               .arg(where, next.toDisplayString(QUrl::RemoveQuery | QUrl::RemoveUserInfo))));
    if (m_pages >= m_patience.mostPages)
        return finish(fail(tr("The web shop %1 gave more than %2 pages; the pull stopped there and wrote nothing.")
                               .arg(where, QString::number(m_patience.mostPages))));
    get(next);
}

void WebShopPull::take(const WebShopPage &page)
{
    // An order changed while the pull ran may come twice: its last copy counts, also when that
    // one cannot be taken (then the earlier is not taken either).
    for (const ChannelOrderRow &row : page.orders.rows) {
        if (!m_latest.contains(row.order.number))
            m_numbers << row.order.number;
        m_latest.insert(row.order.number, row);
    }
    for (const QString &number : page.refusedNumbers)
        m_latest.remove(number);
    m_read.orders.rowsRead += page.orders.rowsRead;
    m_read.orders.problems += page.orders.problems;
    if (page.earliestRefusedChange.isValid()
        && (!m_read.earliestRefusedChange.isValid() || page.earliestRefusedChange < m_read.earliestRefusedChange))
        m_read.earliestRefusedChange = page.earliestRefusedChange;
}

void WebShopPull::finish(Result<PulledOrders> result)
{
    if (result) {
        for (const QString &number : std::as_const(m_numbers))
            if (const auto row = m_latest.constFind(number); row != m_latest.cend())
                result->orders.rows.append(*row);
    }
    m_result = std::move(result);
    m_running = false;
    emit finished();
}

} // namespace shopdesk
