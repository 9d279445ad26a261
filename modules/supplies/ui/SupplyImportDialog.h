#pragma once

#include "SupplyImport.h"
#include "ui/Module.h"

#include <QDialog>

#include <variant>

class QPushButton;
class QTableWidget;

namespace shopdesk {

// The preview of an item-list or supplier-list import (issue 13): the figures, the new cards,
// the changed ones (changed cells in bold, the old value as their tooltip) and every problem
// with its line, field, value and reason. Nothing is written before "Import", which writes all
// of it in one transaction.
class SupplyImportDialog : public QDialog
{
    Q_OBJECT
public:
    enum class List { Items, Suppliers };
    // Reads the file and shows its preview; true when something was imported. A file that
    // cannot be read is told, naming it.
    static bool importFile(const AppContext &context, List list, const QString &path, QWidget *parent);

    SupplyImportDialog(const AppContext &context, const SupplyItemImportPreview &preview, QWidget *parent = nullptr);
    SupplyImportDialog(const AppContext &context, const SupplierImportPreview &preview, QWidget *parent = nullptr);
    QTableWidget *added() const { return m_added; }
    QTableWidget *changed() const { return m_changed; }
    QTableWidget *problems() const { return m_problems; }
    QPushButton *importButton() const { return m_import; }
    void startImport();

private:
    struct Rows; // the preview as table texts
    SupplyImportDialog(const AppContext &context, const Rows &rows, QWidget *parent);

    AppContext m_context;
    std::variant<SupplyItemImportPreview, SupplierImportPreview> m_preview;
    QTableWidget *m_added;
    QTableWidget *m_changed;
    QTableWidget *m_problems;
    QPushButton *m_import;
};

} // namespace shopdesk
