#pragma once

#include "domain/WebPublication.h"
#include "ui/Module.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QTableWidget;

namespace shopdesk {

class ErrorLabel;
class WebPublicationDialog;

// RULES WEB-01..04: what was asked to go on the web pages, each at its step; approved news and
// product information with its 48-hour clock (overdue in red, first); the web editor records it
// published; a publication's files can be saved to open them.
class WebPublishingPage : public QWidget
{
    Q_OBJECT
public:
    WebPublishingPage(const AppContext &context, QWidget *parent = nullptr);
    QTableWidget *table() const { return m_table; }
    QCheckBox *lastYear() const { return m_lastYear; }
    QLabel *details() const { return m_details; }
    void refresh();
    WebPublicationDialog *ask();
    // The web editor records the selected one published, asking where (an address, optional).
    void publish();
    // Saves a file of the selected publication where the user says.
    void saveFile();
    QString lastError() const;

private:
    const WebPublication *selected(bool complain);
    void showDetails();
    AppContext m_context;
    QCheckBox *m_lastYear;
    QTableWidget *m_table;
    QLabel *m_details;
    QList<WebPublication> m_rows;
    ErrorLabel *m_error;
};

} // namespace shopdesk
