#include "SupplyImportDialog.h"

#include "ui/ListParts.h"
#include "ui/MessageBox.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace shopdesk {

struct SupplyImportDialog::Rows
{
    QString title;
    QStringList figures;
    QStringList header;
    QList<QStringList> added;
    QList<std::pair<QStringList, QStringList>> changed; // before, after
    QList<ImportProblem> problems;
};

namespace {
QStringList cells(const SupplyItem &i, const QHash<qint64, QString> &supplierNames)
{
    return {i.code,
            i.name,
            i.category,
            i.unit,
            i.specification,
            i.location,
            QString::number(i.reorderPoint),
            QString::number(i.leadTimeDays),
            supplierNames.value(i.preferredSupplierId)};
}

QStringList cells(const Supplier &s)
{
    return {s.name, s.contact, s.phone, s.notes};
}

// Each new card as a row; each changed card as its row before and after.
template<typename Preview, typename Cells>
void fill(const Preview &p, Cells toCells, QList<QStringList> &added,
          QList<std::pair<QStringList, QStringList>> &changed)
{
    for (const auto &card : p.added)
        added.append(toCells(card));
    for (const auto &c : p.changed)
        changed.append({toCells(c.before), toCells(c.after)});
}

QTableWidget *previewTable(const QStringList &header, QWidget *parent)
{
    QTableWidget *t = listTable(header, parent);
    t->setSortingEnabled(true);
    return t;
}
} // namespace

bool SupplyImportDialog::importFile(const AppContext &context, List list, const QString &path, QWidget *parent)
{
    const QString title = list == List::Items ? tr("Import items") : tr("Import suppliers");
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        MessageBox::warning(parent, title,
                            tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    const QByteArray bytes = file.readAll();
    const QString name = QFileInfo(path).fileName();
    SupplyImport importer(*context.database, *context.clock);
    std::unique_ptr<SupplyImportDialog> dialog;
    QString error;
    if (list == List::Items) {
        auto preview = importer.previewItems(context.actor, bytes, name);
        if (preview)
            dialog = std::make_unique<SupplyImportDialog>(context, *preview, parent);
        else
            error = preview.error();
    } else {
        auto preview = importer.previewSuppliers(context.actor, bytes, name);
        if (preview)
            dialog = std::make_unique<SupplyImportDialog>(context, *preview, parent);
        else
            error = preview.error();
    }
    if (!dialog) {
        MessageBox::warning(parent, title, error);
        return false;
    }
    return dialog->exec() == QDialog::Accepted;
}

SupplyImportDialog::SupplyImportDialog(const AppContext &context, const SupplyItemImportPreview &preview,
                                       QWidget *parent)
    : SupplyImportDialog(
        context,
        [&] {
            Rows r{tr("Import items from %1").arg(preview.fileName),
                   SupplyImport::summary(preview),
                   {tr("Code"), tr("Name"), tr("Category"), tr("Unit"), tr("Specification"), tr("Location"),
                    tr("Reorder point"), tr("Lead time (days)"), tr("Preferred supplier")},
                   {},
                   {},
                   preview.problems};
            fill(
                preview, [&](const SupplyItem &i) { return cells(i, preview.supplierNames); }, r.added, r.changed);
            return r;
        }(),
        parent)
{
    m_preview = preview;
}

SupplyImportDialog::SupplyImportDialog(const AppContext &context, const SupplierImportPreview &preview, QWidget *parent)
    : SupplyImportDialog(
        context,
        [&] {
            Rows r{tr("Import suppliers from %1").arg(preview.fileName),
                   SupplyImport::summary(preview),
                   {tr("Supplier"), tr("Contact"), tr("Phone"), tr("Notes")},
                   {},
                   {},
                   preview.problems};
            fill(
                preview, [](const Supplier &s) { return cells(s); }, r.added, r.changed);
            return r;
        }(),
        parent)
{
    m_preview = preview;
}

SupplyImportDialog::SupplyImportDialog(const AppContext &context, const Rows &rows, QWidget *parent)
    : QDialog(parent), m_context(context), m_added(previewTable(rows.header, this)),
      m_changed(previewTable(rows.header, this)), m_problems(importProblemsTable(rows.problems, this))
{
    setWindowTitle(rows.title);
    auto *figures = new QLabel(rows.figures.join(QLatin1Char('\n')), this);
    figures->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_added->setSortingEnabled(false);
    m_added->setRowCount(int(rows.added.size()));
    for (int r = 0; r < rows.added.size(); ++r)
        setRowTexts(m_added, r, rows.added.at(r));
    m_added->setSortingEnabled(true);

    m_changed->setSortingEnabled(false);
    m_changed->setRowCount(int(rows.changed.size()));
    for (int r = 0; r < rows.changed.size(); ++r) {
        const auto &[before, after] = rows.changed.at(r);
        setRowTexts(m_changed, r, after);
        for (int c = 0; c < after.size(); ++c)
            if (before.value(c) != after.at(c)) {
                QTableWidgetItem *cell = m_changed->item(r, c);
                QFont bold = cell->font();
                bold.setBold(true);
                cell->setFont(bold);
                cell->setToolTip(tr("Was: %1").arg(before.value(c)));
            }
    }
    m_changed->setSortingEnabled(true);

    for (QTableWidget *t : {m_added, m_changed, m_problems})
        t->resizeColumnsToContents();

    auto *tabs = new QTabWidget(this);
    tabs->addTab(m_added, tr("New (%1)").arg(rows.added.size()));
    tabs->addTab(m_changed, tr("Changed (%1)").arg(rows.changed.size()));
    tabs->addTab(m_problems, tr("Problems (%1)").arg(rows.problems.size()));
    if (rows.added.isEmpty() && rows.changed.isEmpty() && !rows.problems.isEmpty())
        tabs->setCurrentWidget(m_problems);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_import = buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    m_import->setEnabled(!rows.added.isEmpty() || !rows.changed.isEmpty());
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_import, &QPushButton::clicked, this, &SupplyImportDialog::startImport);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(figures);
    layout->addWidget(new QLabel(tr("Rows with a problem are not imported; correct them in the file and import it "
                                    "again. Stock is never changed by an import."),
                                 this));
    layout->addWidget(tabs, 1);
    layout->addWidget(buttons);
    resize(760, 480);
}

void SupplyImportDialog::startImport()
{
    SupplyImport importer(*m_context.database, *m_context.clock);
    const Result<int> done =
        std::visit([&](const auto &preview) { return importer.import(m_context.actor, preview); }, m_preview);
    if (!done)
        return MessageBox::warning(this, windowTitle(), done.error());
    accept();
}

} // namespace shopdesk
