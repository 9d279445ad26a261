#include "PunchImportDialog.h"

#include "PageParts.h"
#include "database/BackgroundTask.h"
#include "ui/MessageBox.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <atomic>

namespace shopdesk {

namespace {
// Progress from the worker thread to a dialog on the GUI thread; a cancel there stops the work.
ImportProgress progressTo(QProgressDialog *dialog, std::shared_ptr<std::atomic_bool> cancel)
{
    QPointer<QProgressDialog> guard(dialog);
    return [guard, cancel](int percent) {
        QMetaObject::invokeMethod(
            guard,
            [guard, percent] {
                if (guard)
                    guard->setValue(percent);
            },
            Qt::QueuedConnection);
        return !cancel->load();
    };
}

// Sortable: the rows are looked at, never picked.
QTableWidget *sortedTable(const QStringList &header, QWidget *parent)
{
    QTableWidget *t = listTable(header, parent);
    makeSortable(t); // no arrow until a column is chosen: it clipped the first column's title
    return t;
}
} // namespace

PunchImportDialog::PunchImportDialog(const AppContext &context, const QString &path, QWidget *parent)
    : QDialog(parent), m_context(context), m_path(path), m_format(new QComboBox(this)), m_encoding(new QComboBox(this)),
      m_figures(new QLabel(this)),
      m_unknown(sortedTable({tr("PIN or staff no."), tr("Name in the file"), tr("New punches")}, this)),
      m_problems(sortedTable({tr("Line"), tr("Field"), tr("Value"), tr("Problem")}, this)),
      m_cancel(std::make_shared<std::atomic_bool>(false))
{
    setWindowTitle(tr("Import punches from %1").arg(QDir::toNativeSeparators(path)));
    for (ClockFileFormat f :
         {ClockFileFormat::Auto, ClockFileFormat::ZkTeco, ClockFileFormat::ZkTime, ClockFileFormat::DingTalk})
        m_format->addItem(ClockFile::formatTitle(f), int(f));
    m_encoding->addItem(tr("Detect"), int(TextDecoding::Encoding::Auto));
    m_encoding->addItem(QStringLiteral("UTF-8"), int(TextDecoding::Encoding::Utf8));
    m_encoding->addItem(QStringLiteral("GB18030"), int(TextDecoding::Encoding::Gb18030));
    m_figures->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_figures->setWordWrap(true);
    m_problems->setColumnWidth(0, 60);

    auto *tabs = new QTabWidget(this);
    tabs->addTab(m_unknown, tr("Unknown people"));
    tabs->addTab(m_problems, tr("Bad rows"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_import = buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    m_import->setEnabled(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_import, &QPushButton::clicked, this, &PunchImportDialog::startImport);

    auto *form = new QFormLayout;
    form->addRow(tr("Format:"), m_format);
    form->addRow(tr("Encoding:"), m_encoding);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_figures);
    layout->addWidget(tabs, 1);
    layout->addWidget(buttons);
    resize(640, 480);
    connect(m_format, &QComboBox::currentIndexChanged, this, &PunchImportDialog::readPreview);
    connect(m_encoding, &QComboBox::currentIndexChanged, this, &PunchImportDialog::readPreview);
    readPreview();
}

void PunchImportDialog::readPreview()
{
    m_preview.reset();
    m_import->setEnabled(false);
    m_figures->setText(tr("Reading %1...").arg(QDir::toNativeSeparators(m_path)));
    m_cancel->store(false);
    auto *progress = new QProgressDialog(tr("Reading the time-clock file..."), tr("Cancel"), 0, 100, this);
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(400);
    connect(progress, &QProgressDialog::canceled, this, [cancel = m_cancel] { cancel->store(true); });
    const AppContext c = m_context;
    const QString path = m_path;
    const auto format = ClockFileFormat(m_format->currentData().toInt());
    const auto encoding = TextDecoding::Encoding(m_encoding->currentData().toInt());
    auto result = std::make_shared<Result<PunchImportPreview>>(fail(QString()));
    const ImportProgress report = progressTo(progress, m_cancel);
    runInBackground(
        this, c.database,
        [c, path, format, encoding, result, report] {
            *result = PunchImport(*c.database, *c.clock).previewFile(c.actor, path, format, encoding, report);
            return result->error();
        },
        [this, result, progress](const QString &error) {
            progress->deleteLater();
            if (!error.isEmpty()) {
                m_figures->setText(error);
                return;
            }
            m_preview = **result;
            showPreview();
        });
}

QString PunchImportDialog::summary() const
{
    return m_preview ? PunchImport::summary(*m_preview).join(QLatin1Char('\n')) : QString();
}

void PunchImportDialog::showPreview()
{
    const PunchImportPreview &p = *m_preview;
    m_figures->setText(summary());
    m_unknown->setSortingEnabled(false);
    m_unknown->setRowCount(int(p.unknownPeople.size()));
    int row = 0;
    for (auto it = p.unknownPeople.constBegin(); it != p.unknownPeople.constEnd(); ++it, ++row) {
        m_unknown->setItem(row, 0, new QTableWidgetItem(it.key()));
        m_unknown->setItem(row, 1, new QTableWidgetItem(p.unknownNames.value(it.key())));
        auto *count = new QTableWidgetItem;
        count->setData(Qt::DisplayRole, it.value());
        m_unknown->setItem(row, 2, count);
    }
    m_unknown->setSortingEnabled(true);
    m_problems->setSortingEnabled(false);
    m_problems->setRowCount(int(p.problems.size()));
    for (int i = 0; i < p.problems.size(); ++i) {
        const ImportProblem &problem = p.problems.at(i);
        auto *line = new QTableWidgetItem;
        line->setData(Qt::DisplayRole, problem.line);
        m_problems->setItem(i, 0, line);
        m_problems->setItem(i, 1, new QTableWidgetItem(problem.field));
        m_problems->setItem(i, 2, new QTableWidgetItem(problem.value));
        m_problems->setItem(i, 3, new QTableWidgetItem(problem.reason));
    }
    m_problems->setSortingEnabled(true);
    m_import->setEnabled(p.newPunches + p.unmatchedPunches > 0);
}

void PunchImportDialog::startImport()
{
    if (!m_preview)
        return;
    m_import->setEnabled(false);
    m_cancel->store(false);
    auto *progress = new QProgressDialog(tr("Importing punches..."), tr("Cancel"), 0, 100, this);
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(400);
    connect(progress, &QProgressDialog::canceled, this, [cancel = m_cancel] { cancel->store(true); });
    const AppContext c = m_context;
    const PunchImportPreview preview = *m_preview;
    auto result = std::make_shared<Result<PunchImportRecord>>(fail(QString()));
    const ImportProgress report = progressTo(progress, m_cancel);
    runInBackground(
        this, c.database,
        [c, preview, result, report] {
            *result = PunchImport(*c.database, *c.clock).import(c.actor, preview, report);
            return result->error();
        },
        [this, result, progress](const QString &error) {
            progress->deleteLater();
            if (!error.isEmpty()) {
                m_import->setEnabled(true);
                MessageBox::warning(this, tr("Import punches"), error);
                return;
            }
            emit imported((*result)->added + (*result)->unmatched);
            accept();
        });
}

} // namespace shopdesk
