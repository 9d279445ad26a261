#include "WebPublishing.h"

#include "ShopActions.h"
#include "ShopRoles.h"
#include "approval/Approvals.h"
#include "audit/AuditTrail.h"
#include "common/Clock.h"
#include "data/WebPublishingRepository.h"
#include "database/data/Database.h"

#include <QJsonArray>

namespace shopdesk {

namespace {
QJsonObject auditContent(const WebPublication &p)
{
    QJsonArray files;
    for (const WebFile &f : p.files)
        files.append(QJsonObject{{QStringLiteral("name"), f.name}, {QStringLiteral("size"), f.sizeBytes}});
    return {{QStringLiteral("kind"), webPublicationKindKey(p.kind)},
            {QStringLiteral("title"), p.title},
            {QStringLiteral("confidential"), p.confidential},
            {QStringLiteral("files"), files}};
}
} // namespace

const ApprovalType &WebPublishing::type()
{
    static const ApprovalType type{
        TypeId,
        QT_TRANSLATE_NOOP("ApprovalType", "Web publication"),
        // RULES WEB-01..03: the route follows the kind and the confidential flag.
        [](const QJsonObject &figures) {
            return WebPublishingRules::route(webPublicationKindFromKey(figures.value(QStringLiteral("kind")).toString())
                                                 .value_or(WebPublicationKind::News),
                                             figures.value(QStringLiteral("confidential")).toBool());
        },
        {}, // approved, the web editor publishes it (within 48 hours, WEB-02)
        [](const ApprovalRequest &r) {
            const auto kind = webPublicationKindFromKey(r.figures.value(QStringLiteral("kind")).toString())
                                  .value_or(WebPublicationKind::News);
            QString text = tr("%1: %2. %3")
                               .arg(webPublicationKindTitle(kind), r.payload.value(QStringLiteral("title")).toString(),
                                    r.payload.value(QStringLiteral("text")).toString());
            if (r.figures.value(QStringLiteral("confidential")).toBool())
                text += QLatin1Char(' ') + tr("Confidential or copyrighted material (WEB-03).");
            if (const QString files = r.payload.value(QStringLiteral("files")).toString(); !files.isEmpty())
                text += QLatin1Char(' ') + tr("Files: %1.").arg(files);
            return text;
        }};
    return type;
}

Result<qint64> WebPublishing::ask(const Actor &actor, WebPublication p)
{
    if (Status s = Permissions::require(actor, ShopAction::Propose); !s)
        return s.failure();
    QStringList fileNames;
    for (WebFile &f : p.files) {
        f.kind = WebPublishingRules::fileKind(f.name);
        f.sizeBytes = f.content.size();
        fileNames << tr("%1 (%L2 bytes)").arg(f.name).arg(f.sizeBytes);
    }
    if (const QString problem = WebPublishingRules::requestProblem(p); !problem.isEmpty())
        return fail(problem);
    return m_db.write([&]() -> Result<qint64> {
        WebPublishingRepository repo(m_db);
        auto id = repo.add(p, actor.userId, toStoredInstant(m_clock.nowUtc()));
        if (!id)
            return id;
        NewApproval n;
        n.type = TypeId;
        n.subjectModule = QStringLiteral("shop");
        n.subjectId = QString::number(*id);
        n.title = tr("%1 \"%2\"").arg(webPublicationKindTitle(p.kind), p.title.trimmed());
        n.figures = {{QStringLiteral("kind"), webPublicationKindKey(p.kind)},
                     {QStringLiteral("confidential"), p.confidential}};
        n.payload = {{QStringLiteral("title"), p.title.trimmed()},
                     {QStringLiteral("text"), p.text.trimmed()},
                     {QStringLiteral("files"), fileNames.join(QStringLiteral(", "))}};
        auto approval = Approvals(m_db, m_clock).submitInTransaction(actor, n);
        if (!approval)
            return approval.failure();
        if (Status s = repo.setApproval(*id, *approval); !s)
            return s.failure();
        if (Status s = AuditTrail(m_db, m_clock)
                           .record(actor, QStringLiteral("shop.web.ask"), QStringLiteral("web_publications"),
                                   QString::number(*id), {}, auditContent(p));
            !s)
            return s.failure();
        return id;
    });
}

Status WebPublishing::publish(const Actor &actor, qint64 publicationId, const QString &url)
{
    // RULE WEB-02 (and PRD-01..03): the web editor publishes.
    if (Status s = requireShopRole(actor, ShopAction::Publish, Role::WebEditor); !s)
        return s;
    return m_db.write([&]() -> Status {
        WebPublishingRepository repo(m_db);
        auto stored = repo.publication(publicationId);
        if (!stored)
            return stored.failure();
        if (!*stored)
            return fail(tr("The publication no longer exists."));
        const WebPublication &p = **stored;
        if (p.stage() != WebPublicationStage::ToPublish)
            return fail(tr("\"%1\" is %2: only an approved publication is published.")
                            .arg(p.title, webPublicationStageTitle(p.stage()).toLower()));
        const QDateTime now = m_clock.nowUtc();
        auto published = repo.markPublished(publicationId, actor.userId, toStoredInstant(now), url);
        if (!published)
            return published.failure();
        if (!*published)
            return conflict(tr("\"%1\" was published from another PC meanwhile.").arg(p.title));
        QJsonObject content = auditContent(p);
        content.insert(QStringLiteral("url"), url.trimmed());
        if (const QDateTime by = WebPublishingRules::publishBy(p); by.isValid())
            content.insert(QStringLiteral("late"), now > by); // RULE WEB-02
        return AuditTrail(m_db, m_clock)
            .record(actor, QStringLiteral("shop.web.publish"), QStringLiteral("web_publications"),
                    QString::number(publicationId), {}, content);
    });
}

Result<QList<WebPublication>> WebPublishing::publications(const Actor &actor, bool open) const
{
    if (Status s = Permissions::require(actor, ShopAction::View); !s)
        return s.failure();
    return WebPublishingRepository(m_db).publications(open, toStoredInstant(m_clock.nowUtc().addYears(-1)));
}

Result<WebFile> WebPublishing::file(const Actor &actor, qint64 fileId) const
{
    if (Status s = Permissions::require(actor, ShopAction::View); !s)
        return s.failure();
    auto f = WebPublishingRepository(m_db).file(fileId);
    if (!f)
        return f.failure();
    if (!*f)
        return fail(tr("The file no longer exists."));
    return **f;
}

} // namespace shopdesk
