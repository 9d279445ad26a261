#include "ChannelBox.h"

#include "domain/Order.h"

namespace shopdesk {

ChannelBox::ChannelBox(QWidget *parent) : QComboBox(parent)
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert); // a typed channel is named when saved, not added here
    connect(this, &QComboBox::currentTextChanged, this, [this] { emit channelChanged(channel()); });
}

void ChannelBox::setChannels(const QStringList &keys)
{
    const QString shown = channel();
    const QSignalBlocker quiet(this);
    clear();
    for (const QString &key : keys)
        if (findData(key) < 0)
            addItem(orderChannelTitle(key), key);
    setChannel(shown);
}

QString ChannelBox::channel() const
{
    const int chosen = findText(currentText().trimmed(), Qt::MatchFixedString);
    return chosen >= 0 ? itemData(chosen).toString() : orderChannelKey(currentText());
}

void ChannelBox::setChannel(const QString &key)
{
    if (const int i = findData(key); i >= 0)
        setCurrentIndex(i);
    else
        setCurrentText(orderChannelTitle(key));
}

} // namespace shopdesk
