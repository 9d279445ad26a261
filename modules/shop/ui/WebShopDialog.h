#pragma once

#include "ui/Module.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace shopdesk {

class ChannelBox;
class ErrorLabel;
class WebShopFeed;

// The company's own web shop whose orders this PC pulls (issue 17): the shops set, and one set,
// changed or removed. Saving seals the key to this PC (the company file never holds it in plain
// text), so this PC pulls from then on; "Pull now" pulls at once and says what came.
class WebShopDialog : public QDialog
{
    Q_OBJECT
public:
    WebShopDialog(const AppContext &context, WebShopFeed *feed, QWidget *parent = nullptr);
    ChannelBox *channel() const { return m_channel; }
    QComboBox *kind() const { return m_kind; }
    QLineEdit *address() const { return m_url; }
    QLineEdit *key() const { return m_key; }
    QLineEdit *secret() const { return m_secret; }
    QTableWidget *list() const { return m_list; }
    QLabel *outcome() const { return m_outcome; }
    // Saves the shop; false with the reason shown.
    bool save();
    bool remove();
    void pullNow();
    QString error() const;

private:
    void fill();
    void kindChosen();
    AppContext m_context;
    WebShopFeed *m_feed;
    QTableWidget *m_list;
    ChannelBox *m_channel;
    QComboBox *m_kind;
    QLineEdit *m_url, *m_key, *m_secret;
    QLabel *m_keyLabel, *m_secretLabel, *m_outcome;
    QPushButton *m_pull;
    ErrorLabel *m_error;
};

} // namespace shopdesk
