#pragma once

#include "PunchImport.h"
#include "ui/Module.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QProgressDialog;
class QPushButton;
class QTableWidget;

namespace shopdesk {

// Import of a time-clock file (issue 4: punches): reads it on a worker thread with a progress
// bar and cancel, shows the preview (rows read, new, duplicates, unknown people, bad rows with
// line and reason), lets the user override format and encoding, and writes only on "Import".
class PunchImportDialog : public QDialog
{
    Q_OBJECT
public:
    PunchImportDialog(const AppContext &context, const QString &path, QWidget *parent = nullptr);
    const std::optional<PunchImportPreview> &preview() const { return m_preview; }
    // For tests and scripts: true once the preview is read.
    bool isReady() const { return m_preview.has_value(); }
    void startImport();
    QString summary() const;

signals:
    void imported(int punches);

private:
    void readPreview();
    void showPreview();

    AppContext m_context;
    QString m_path;
    QComboBox *m_format;
    QComboBox *m_encoding;
    QLabel *m_figures;
    QTableWidget *m_unknown;
    QTableWidget *m_problems;
    QPushButton *m_import;
    std::optional<PunchImportPreview> m_preview;
    std::shared_ptr<std::atomic_bool> m_cancel;
};

} // namespace shopdesk
