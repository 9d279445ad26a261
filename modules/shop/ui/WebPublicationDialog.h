#pragma once

#include "domain/WebPublication.h"
#include "ui/Module.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace shopdesk {

class ErrorLabel;

// RULES WEB-01..04: asking for something to go on the web pages: its kind (news, product
// information, the yearly home page review), title, text, the confidential flag, and its files,
// each checked against its WEB-04 limit as it is added. The route it will take is shown as the
// kind and the flag change.
class WebPublicationDialog : public QDialog
{
    Q_OBJECT
public:
    explicit WebPublicationDialog(const AppContext &context, QWidget *parent = nullptr);
    QComboBox *kind() const { return m_kind; }
    QLineEdit *title() const { return m_title; }
    QPlainTextEdit *text() const { return m_text; }
    QCheckBox *confidential() const { return m_confidential; }
    QLabel *route() const { return m_route; }
    QListWidget *files() const { return m_files; }
    // Adds the file at `path`; false with the reason (its WEB-04 limit and size) shown.
    bool attach(const QString &path);
    // Files the request; false with the reason shown.
    bool send();
    QString error() const;

private:
    void showRoute();
    AppContext m_context;
    QComboBox *m_kind;
    QLineEdit *m_title;
    QPlainTextEdit *m_text;
    QCheckBox *m_confidential;
    QLabel *m_route;
    QListWidget *m_files;
    QList<WebFile> m_attached;
    ErrorLabel *m_error;
};

} // namespace shopdesk
