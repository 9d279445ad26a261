#include "ProductImportDialog.h"

#include "ui/ErrorLabel.h"
#include "ui/ListParts.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace shopdesk {

ProductImportDialog::ProductImportDialog(const AppContext &context, const QString &path, QWidget *parent)
    : QDialog(parent), m_context(context)
{
    setWindowTitle(tr("Import a product list"));
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_changes = listTable({tr("SKU code"), tr("Title"), tr("What happens")}, this);
    m_error = new ErrorLabel(this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_import->setEnabled(false);
    QFile file(path);
    QList<ImportProblem> problems;
    if (!file.open(QIODevice::ReadOnly)) {
        m_error->showError(tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    } else {
        auto preview = ProductImport(*context.database, *context.clock)
                           .preview(context.actor, file.readAll(), QFileInfo(path).fileName());
        if (!preview) {
            m_error->showError(preview.error());
        } else {
            m_preview = *preview;
            problems = preview->problems;
            m_summary->setText(ProductImport::summary(*preview).join(QLatin1Char('\n')));
            m_changes->setRowCount(int(preview->added.size() + preview->changed.size()));
            int row = 0;
            for (const Product &p : preview->added)
                setRowTexts(m_changes, row++,
                            {p.code, p.title, tr("new, at %1, as a draft").arg(p.price().toString())});
            for (const auto &c : preview->changed)
                setRowTexts(m_changes, row++, {c.after.code, c.after.title, tr("card changed")});
            m_changes->resizeColumnsToContents();
            m_import->setEnabled(!context.readOnly() && row > 0);
        }
    }
    m_problems = importProblemsTable(problems, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(titled(tr("What the import writes"), m_changes, this), 2);
    layout->addWidget(titled(tr("Rows not imported"), m_problems, this), 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(m_import, &QPushButton::clicked, this, [this] {
        if (import() >= 0)
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(720, 520);
}

QString ProductImportDialog::error() const
{
    return m_error->error();
}

int ProductImportDialog::import()
{
    if (!m_preview)
        return -1;
    auto written = ProductImport(*m_context.database, *m_context.clock).import(m_context.actor, *m_preview);
    if (!written) {
        m_error->showError(written.error());
        return -1;
    }
    return *written;
}

} // namespace shopdesk
