#pragma once

#include "domain/Stocktake.h"
#include "ui/Module.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QTableWidget;
class QTableWidgetItem;

namespace shopdesk {

class ScanLine;

// Stocktakes (SUP-07): start a count sheet for a category or all, print it, type the counts
// (a scanned code goes to its line), give the reason of each difference, and send the sheet to
// the office head, whose approval books the differences.
class StocktakePage : public QWidget
{
    Q_OBJECT
public:
    StocktakePage(const AppContext &context, QWidget *parent = nullptr);
    void refresh();

    QComboBox *sheets() const { return m_sheets; }
    QTableWidget *lines() const { return m_lines; }
    ScanLine *scan() const { return m_scan; }
    // The actions behind the buttons (tests call them; message boxes answer through MessageBox).
    qint64 start();
    bool submit();
    void printSheet();

private:
    void showSheet();
    void showState();
    void lineEdited(QTableWidgetItem *cell);
    void goToScanned(const QString &code);

    AppContext m_context;
    bool m_mayCount;
    QComboBox *m_category;
    QComboBox *m_sheets;
    ScanLine *m_scan;
    QLabel *m_state;
    QTableWidget *m_lines;
    Stocktake m_sheet;
};

} // namespace shopdesk
