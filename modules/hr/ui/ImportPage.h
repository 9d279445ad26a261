#pragma once

#include "ui/Module.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace shopdesk {

// Where punches come in: "Import punches..." (a preview first, ATT-12 duplicates, one
// transaction) and the PINs whose punches are kept until someone is given the PIN.
class ImportPage : public QWidget
{
    Q_OBJECT
public:
    ImportPage(const AppContext &context, QWidget *parent = nullptr);
    void importFile(const QString &path);
    void refresh();

signals:
    void punchesChanged();

private:
    AppContext m_context;
    QLabel *m_last;
    QTableWidget *m_unmatched;
};

} // namespace shopdesk
