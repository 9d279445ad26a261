#pragma once

#include <QComboBox>

namespace shopdesk {

// An order channel to choose or to type: the known ones by the names people call them (淘宝/天猫,
// 官网商城), one of the user's own naming as typed. What is stored is the channel's key.
class ChannelBox : public QComboBox
{
    Q_OBJECT
public:
    explicit ChannelBox(QWidget *parent = nullptr);
    // The channels to choose from, by key; the one shown stays.
    void setChannels(const QStringList &keys);
    // The key of the channel chosen, or of the one typed (trimmed, lower case).
    QString channel() const;
    void setChannel(const QString &key);

signals:
    void channelChanged(const QString &key);
};

} // namespace shopdesk
