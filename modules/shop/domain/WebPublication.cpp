#include "domain/WebPublication.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSet>

namespace shopdesk {

QString webPublicationKindKey(WebPublicationKind kind)
{
    switch (kind) {
    case WebPublicationKind::News: return QStringLiteral("news");
    case WebPublicationKind::ProductInformation: return QStringLiteral("product");
    case WebPublicationKind::HomePageReview: return QStringLiteral("home_page");
    }
    return {};
}

std::optional<WebPublicationKind> webPublicationKindFromKey(const QString &key)
{
    for (WebPublicationKind kind : webPublicationKinds())
        if (webPublicationKindKey(kind) == key)
            return kind;
    return std::nullopt;
}

QString webPublicationKindTitle(WebPublicationKind kind)
{
    switch (kind) {
    case WebPublicationKind::News: return QCoreApplication::translate("WebPublication", "News");
    case WebPublicationKind::ProductInformation:
        return QCoreApplication::translate("WebPublication", "Product information");
    case WebPublicationKind::HomePageReview:
        return QCoreApplication::translate("WebPublication", "Yearly home page review");
    }
    return {};
}

QList<WebPublicationKind> webPublicationKinds()
{
    return {WebPublicationKind::News, WebPublicationKind::ProductInformation, WebPublicationKind::HomePageReview};
}

QString webPublicationStageTitle(WebPublicationStage stage)
{
    switch (stage) {
    case WebPublicationStage::Waiting: return QCoreApplication::translate("WebPublication", "Waiting for approval");
    case WebPublicationStage::ToPublish: return QCoreApplication::translate("WebPublication", "Approved, to publish");
    case WebPublicationStage::Published: return QCoreApplication::translate("WebPublication", "Published");
    case WebPublicationStage::Refused: return QCoreApplication::translate("WebPublication", "Refused");
    case WebPublicationStage::Withdrawn: return QCoreApplication::translate("WebPublication", "Withdrawn");
    }
    return {};
}

WebPublicationStage WebPublication::stage() const
{
    if (publishedAt.isValid())
        return WebPublicationStage::Published;
    switch (approvalState) {
    case RequestState::Approved: return WebPublicationStage::ToPublish;
    case RequestState::Rejected: return WebPublicationStage::Refused;
    case RequestState::Withdrawn: return WebPublicationStage::Withdrawn;
    case RequestState::Draft:
    case RequestState::Pending: break;
    }
    return WebPublicationStage::Waiting;
}

QList<ApproverKind> WebPublishingRules::route(WebPublicationKind kind, bool confidential)
{
    if (kind == WebPublicationKind::HomePageReview) // RULE WEB-01
        return {ApproverKind::DepartmentHead, ApproverKind::SeniorManager, ApproverKind::GeneralManager};
    QList<ApproverKind> kinds{ApproverKind::DepartmentHead}; // RULE WEB-02
    if (confidential) // RULE WEB-03
        kinds.append(ApproverKind::GeneralManager);
    return kinds;
}

QDateTime WebPublishingRules::publishBy(const WebPublication &p)
{
    if (p.kind == WebPublicationKind::HomePageReview || p.approvalState != RequestState::Approved
        || !p.approvedAt.isValid())
        return {};
    return p.approvedAt.addSecs(kPublishWithinSeconds);
}

std::optional<qint64> WebPublishingRules::secondsLeft(const WebPublication &p, const QDateTime &nowUtc)
{
    const QDateTime by = publishBy(p);
    if (!by.isValid() || p.stage() != WebPublicationStage::ToPublish)
        return std::nullopt;
    return nowUtc.secsTo(by);
}

bool WebPublishingRules::publishedLate(const WebPublication &p)
{
    const QDateTime by = publishBy(p);
    return by.isValid() && p.publishedAt.isValid() && p.publishedAt > by;
}

WebFileKind WebPublishingRules::fileKind(const QString &fileName)
{
    static const QSet<QString> pictures{QStringLiteral("png"), QStringLiteral("jpg"),  QStringLiteral("jpeg"),
                                        QStringLiteral("gif"), QStringLiteral("webp"), QStringLiteral("bmp"),
                                        QStringLiteral("svg")};
    static const QSet<QString> videos{QStringLiteral("mp4"), QStringLiteral("mov"), QStringLiteral("webm"),
                                      QStringLiteral("avi"), QStringLiteral("mkv"), QStringLiteral("flv"),
                                      QStringLiteral("wmv"), QStringLiteral("m4v")};
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (pictures.contains(suffix))
        return WebFileKind::Picture;
    if (videos.contains(suffix))
        return WebFileKind::Video;
    return WebFileKind::Document;
}

QString WebPublishingRules::requestProblem(const WebPublication &p)
{
    if (p.title.trimmed().isEmpty())
        return QCoreApplication::translate("WebPublication", "Give the publication a title.");
    if (p.text.trimmed().isEmpty() && p.files.isEmpty())
        return QCoreApplication::translate("WebPublication", "Write what is to be published, or attach it.");
    QSet<QString> names;
    for (const WebFile &f : p.files) {
        if (names.contains(f.name.toLower()))
            return QCoreApplication::translate("WebPublication", "%1 is attached twice.").arg(f.name);
        names.insert(f.name.toLower());
        // RULE WEB-04: measured by the file's own kind, at the exact limit still allowed.
        if (const QString problem = WebFileLimits::problem(fileKind(f.name), f.name, f.sizeBytes); !problem.isEmpty())
            return problem;
    }
    return {};
}

QString WebPublishingRules::clockText(qint64 secondsLeft)
{
    const qint64 minutes = (secondsLeft < 0 ? -secondsLeft : secondsLeft) / 60;
    const QString span = QCoreApplication::translate("WebPublication", "%1 h %2 min")
                             .arg(minutes / 60)
                             .arg(minutes % 60, 2, 10, QLatin1Char('0'));
    return secondsLeft < 0 ? QCoreApplication::translate("WebPublication", "%1 overdue").arg(span)
                           : QCoreApplication::translate("WebPublication", "%1 left").arg(span);
}

} // namespace shopdesk
