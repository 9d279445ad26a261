#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace shopdesk {

// RULE CS-02: what a customer said, how it came, and what came of it.
enum class FeedbackKind { Question, Complaint, Praise, ReturnRequest };
QString feedbackKindKey(FeedbackKind kind); // stored form
std::optional<FeedbackKind> feedbackKindFromKey(const QString &key);
QString feedbackKindTitle(FeedbackKind kind); // translated
QList<FeedbackKind> feedbackKinds();

// How it came: phone, chat, e-mail, a review, other (stored keys).
QStringList feedbackChannels();
QString feedbackChannelTitle(const QString &key); // translated

struct Feedback
{
    qint64 id = 0;
    QDateTime at; // UTC
    QString channel = QStringLiteral("phone");
    FeedbackKind kind = FeedbackKind::Question;
    QString customer; // the buyer's account
    QString phone;
    qint64 orderId = 0; // 0: about no one order
    QString orderNumber; // as read
    QString text;
    QString outcome;
    bool resolved = false;
    QString agent; // as read
};

namespace FeedbackRules {
// Why `f` cannot be recorded, translated; empty when it can: it needs what was said, someone to
// link it to (an account, a phone or an order), a known channel, and a resolved one its outcome.
QString problem(const Feedback &f);
} // namespace FeedbackRules

} // namespace shopdesk
