#pragma once

#include "approval/domain/ApprovalChain.h"
#include "approval/domain/ApprovalRequest.h"
#include "domain/WebFileLimits.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace shopdesk {

// What goes on the company's web pages through a request (WEB-01..03).
enum class WebPublicationKind { News, ProductInformation, HomePageReview };
QString webPublicationKindKey(WebPublicationKind kind); // stored form: news, product, home_page
std::optional<WebPublicationKind> webPublicationKindFromKey(const QString &key);
QString webPublicationKindTitle(WebPublicationKind kind); // translated
QList<WebPublicationKind> webPublicationKinds();

// A file that goes with a publication, checked against WEB-04 when attached.
struct WebFile
{
    qint64 id = 0;
    QString name;
    WebFileKind kind = WebFileKind::Document;
    qint64 sizeBytes = 0;
    QByteArray content; // only when read for opening or when filed
};

// Where a publication stands: its approval, then the web editor publishing it (WEB-02).
enum class WebPublicationStage { Waiting, ToPublish, Published, Refused, Withdrawn };
QString webPublicationStageTitle(WebPublicationStage stage); // translated

struct WebPublication
{
    qint64 id = 0;
    WebPublicationKind kind = WebPublicationKind::News;
    QString title;
    QString text; // what is to be published, or the home page proposal
    bool confidential = false; // RULE WEB-03: confidential or copyrighted material
    QList<WebFile> files;
    QString requestedBy;
    QDateTime requestedAt; // UTC
    qint64 approvalId = 0;
    RequestState approvalState = RequestState::Pending;
    QDateTime approvedAt; // UTC, the final approval; invalid until then
    QDateTime publishedAt; // UTC; invalid until published
    QString publishedBy;
    QString publishedUrl;
    WebPublicationStage stage() const;
};

namespace WebPublishingRules {
// RULE WEB-02: approved news and product information is published within 48 hours.
inline constexpr qint64 kPublishWithinSeconds = 48 * 3600;
// RULE WEB-01: the yearly home page review goes to the department head, the division leader and
// the general manager in turn; news and product information to the department head. RULE WEB-03:
// confidential or copyrighted material adds the general manager.
QList<ApproverKind> route(WebPublicationKind kind, bool confidential);
// RULE WEB-02: when an approved publication must be on the pages; invalid when not approved, and
// for the home page review, which is a design, not a 48-hour piece of news.
QDateTime publishBy(const WebPublication &p);
// Seconds until publishBy() at `nowUtc` (negative: overdue); nullopt when no clock runs (not
// approved, published, or no 48-hour clock for its kind).
std::optional<qint64> secondsLeft(const WebPublication &p, const QDateTime &nowUtc);
// RULE WEB-02: published after its 48 hours.
bool publishedLate(const WebPublication &p);
// The kind of file WEB-04 measures `fileName` by, from its suffix.
WebFileKind fileKind(const QString &fileName);
// Why `p` cannot be asked for (no title, nothing to publish, a file over its WEB-04 limit, the
// same file name twice), translated; empty when it can.
QString requestProblem(const WebPublication &p);
// "1 h 20 min left", "3 h 5 min overdue", translated.
QString clockText(qint64 secondsLeft);
} // namespace WebPublishingRules

} // namespace shopdesk
