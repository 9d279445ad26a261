#include "WebShopPull.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace shopdesk {

WebShopPull::WebShopPull(WebShopAccess access, QDateTime since, WebShopPatience patience, QObject *parent)
    : QObject(parent), m_access(std::move(access)), m_since(std::move(since)), m_patience(patience),
      m_network(new QNetworkAccessManager(this)), m_timeout(new QTimer(this)), m_result(fail(QString()))
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
    m_pages = 0;
    if (const QString problem = WebShopOrders::addressProblem(m_access.url); !problem.isEmpty()) {
        QTimer::singleShot(0, this, [this, problem] { finish(fail(problem)); });
        return;
    }
    get(WebShopOrders::firstPage(m_access.kind, m_access.url, m_since));
}

Result<ImportedRows<ChannelOrderRow>> WebShopPull::run()
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
                               .arg(where)
                               .arg(m_patience.timeoutMs / 1000.0, 0, 'g', 3)));
    if (status == 429) { // too many requests: wait as the shop asks, then ask again
        if (++m_tries >= m_patience.mostTries)
            return finish(fail(tr("The web shop %1 still refused after %2 tries (too many requests); the next pull "
                                  "tries again.")
                                   .arg(where)
                                   .arg(m_tries)));
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
                           .arg(where)
                           .arg(status)
                           .arg(body)
                     : tr("The web shop %1 could not be read: %2 %3")
                           .arg(where, status ? QStringLiteral("HTTP %1").arg(status) : reply->errorString(), body)
                           .trimmed()));
    }
    m_tries = 0;
    auto page = WebShopOrders::read(m_access.kind, m_access.channel, reply->readAll(), m_read.rowsRead + 1);
    if (!page)
        return finish(fail(tr("The web shop %1, page %2: %3").arg(where).arg(m_pages + 1).arg(page.error())));
    ++m_pages;
    m_read.rowsRead += page->rowsRead;
    m_read.rows += page->rows;
    m_read.problems += page->problems;
    emit pageRead(m_pages, m_read.rowsRead);
    const QUrl next =
        WebShopOrders::nextPage(m_access.kind, url, reply->rawHeader("Link"), reply->rawHeader("X-WP-TotalPages"));
    if (next.isEmpty() || page->rowsRead == 0)
        return finish(m_read);
    if (m_pages >= m_patience.mostPages)
        return finish(fail(tr("The web shop %1 gave more than %2 pages; the pull stopped there and wrote nothing.")
                               .arg(where)
                               .arg(m_patience.mostPages)));
    get(next);
}

void WebShopPull::finish(Result<ImportedRows<ChannelOrderRow>> result)
{
    m_result = std::move(result);
    m_running = false;
    emit finished();
}

} // namespace shopdesk
