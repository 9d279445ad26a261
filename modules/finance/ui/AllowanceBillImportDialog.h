#pragma once

#include "AllowanceDesk.h"
#include "ui/Module.h"

#include <QDialog>

class QPushButton;
class QTableWidget;

namespace shopdesk {

// RULE FIN-10: the preview of a month's phone-bill list: the bills it would enter or change, the
// rows it cannot take with their line, field and value; nothing is written until *Import*.
class AllowanceBillImportDialog : public QDialog
{
    Q_OBJECT
public:
    AllowanceBillImportDialog(const AppContext &context, const AllowanceBillImportPreview &preview,
                              QWidget *parent = nullptr);
    // Reads `path`, previews it for `month` and shows the dialog; true when imported.
    static bool importFile(const AppContext &context, const QDate &month, const QString &path, QWidget *parent);
    QTableWidget *bills() const { return m_bills; }
    QTableWidget *problems() const { return m_problems; }
    void startImport();

private:
    AppContext m_context;
    AllowanceBillImportPreview m_preview;
    QTableWidget *m_bills;
    QTableWidget *m_problems;
    QPushButton *m_import;
};

} // namespace shopdesk
