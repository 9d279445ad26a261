#include "domain/CustomerFeedback.h"

#include <QCoreApplication>

namespace shopdesk {

QString feedbackKindKey(FeedbackKind kind)
{
    switch (kind) {
    case FeedbackKind::Question: return QStringLiteral("question");
    case FeedbackKind::Complaint: return QStringLiteral("complaint");
    case FeedbackKind::Praise: return QStringLiteral("praise");
    case FeedbackKind::ReturnRequest: return QStringLiteral("return");
    }
    return {};
}

std::optional<FeedbackKind> feedbackKindFromKey(const QString &key)
{
    for (FeedbackKind k : feedbackKinds())
        if (feedbackKindKey(k) == key)
            return k;
    return std::nullopt;
}

QString feedbackKindTitle(FeedbackKind kind)
{
    switch (kind) {
    case FeedbackKind::Question: return QCoreApplication::translate("CustomerFeedback", "Question");
    case FeedbackKind::Complaint: return QCoreApplication::translate("CustomerFeedback", "Complaint");
    case FeedbackKind::Praise: return QCoreApplication::translate("CustomerFeedback", "Praise");
    case FeedbackKind::ReturnRequest: return QCoreApplication::translate("CustomerFeedback", "Return request");
    }
    return {};
}

QList<FeedbackKind> feedbackKinds()
{
    return {FeedbackKind::Question, FeedbackKind::Complaint, FeedbackKind::Praise, FeedbackKind::ReturnRequest};
}

QStringList feedbackChannels()
{
    return {QStringLiteral("phone"), QStringLiteral("chat"), QStringLiteral("email"), QStringLiteral("review"),
            QStringLiteral("other")};
}

QString feedbackChannelTitle(const QString &key)
{
    if (key == QLatin1String("phone"))
        return QCoreApplication::translate("CustomerFeedback", "Phone");
    if (key == QLatin1String("chat"))
        return QCoreApplication::translate("CustomerFeedback", "Online chat");
    if (key == QLatin1String("email"))
        return QCoreApplication::translate("CustomerFeedback", "E-mail");
    if (key == QLatin1String("review"))
        return QCoreApplication::translate("CustomerFeedback", "Review");
    return QCoreApplication::translate("CustomerFeedback", "Other");
}

QString FeedbackRules::problem(const Feedback &f)
{
    if (f.text.trimmed().isEmpty())
        return QCoreApplication::translate("CustomerFeedback", "Write down what the customer said.");
    if (f.customer.trimmed().isEmpty() && f.phone.trimmed().isEmpty() && f.orderId == 0)
        return QCoreApplication::translate("CustomerFeedback",
                                           "Link it to the customer: their account, phone or order (CS-02).");
    if (!feedbackChannels().contains(f.channel))
        return QCoreApplication::translate("CustomerFeedback", "Choose how the customer got in touch.");
    if (f.resolved && f.outcome.trimmed().isEmpty())
        return QCoreApplication::translate("CustomerFeedback", "Say what was done before marking it resolved.");
    return {};
}

} // namespace shopdesk
