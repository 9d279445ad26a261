#pragma once

#include "ui/Module.h"

#include <QDialog>

class QLineEdit;
class QTableWidget;

namespace shopdesk {

class ChannelBox;
class ErrorLabel;

// The folders whose order exports import by themselves (issue 17), one per channel: the list,
// and a channel's folder set, changed or cleared (an empty folder stops the watching). Taobao's
// and Shopify's exports are read as they come; another channel's through the columns saved for
// it at its first import.
class OrderFoldersDialog : public QDialog
{
    Q_OBJECT
public:
    OrderFoldersDialog(const AppContext &context, QWidget *parent = nullptr);
    ChannelBox *channel() const { return m_channel; }
    QLineEdit *folder() const { return m_folder; }
    QTableWidget *list() const { return m_list; }
    // Saves the channel's folder; false with the reason shown.
    bool save();
    QString error() const;

private:
    void fill();
    AppContext m_context;
    QTableWidget *m_list;
    ChannelBox *m_channel;
    QLineEdit *m_folder;
    ErrorLabel *m_error;
};

} // namespace shopdesk
