#pragma once

#include "report/Report.h"
#include "ui/Module.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QPushButton;

namespace shopdesk {

// The bar above every report page: which report, its period when it has one, and the print
// preview and the files (RULE DB-04: disabled without the export right; ReportActions checks
// again and leaves the audit record). The page builds the report when changed() and hands it
// over with setReport(); the bar prints and saves it.
class ReportBar : public QWidget
{
    Q_OBJECT
public:
    // `reports`: each report's title and its id, in the order offered.
    ReportBar(const AppContext &context, const QList<std::pair<QString, int>> &reports, QWidget *parent = nullptr);
    QComboBox *kind() const { return m_kind; }
    int current() const;
    // Offers a period, first `from` to `to`; a bar without this call has none.
    void offerPeriod(const QDate &from, const QDate &to);
    QDateEdit *from() const { return m_from; }
    QDateEdit *to() const { return m_to; }
    void setPeriodEnabled(bool enabled);
    // What printing and saving take, and the file name they suggest ("shop-stock-20261203").
    void setReport(const Report &report, const QString &fileStem);

signals:
    void changed(); // another report or period chosen
    void saved(const QString &path);

private:
    AppContext m_context;
    QComboBox *m_kind;
    QDateEdit *m_from = nullptr, *m_to = nullptr;
    QList<QPushButton *> m_files; // print preview, PDF, XLSX, CSV
    bool m_mayExport = false;
    Report m_report;
    QString m_fileStem;
};

} // namespace shopdesk
