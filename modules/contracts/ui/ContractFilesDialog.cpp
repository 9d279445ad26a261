#include "ContractFilesDialog.h"

#include "ContractFiles.h"
#include "ContractRegister.h"
#include "ContractsActions.h"
#include "ScanReading.h"
#include "common/Clock.h"
#include "ui/FilePreview.h"
#include "ui/ListParts.h"
#include "ui/MessageBox.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

namespace shopdesk {

namespace {
QString textState(const ContractAttachment &a)
{
    switch (a.text) {
    case AttachmentText::Pending: return ContractFilesDialog::tr("waiting to be read");
    case AttachmentText::Read: return ContractFilesDialog::tr("%n page(s): %1", nullptr, a.pages).arg(a.textNote);
    case AttachmentText::Failed: return ContractFilesDialog::tr("not readable: %1").arg(a.textNote);
    }
    return {};
}
} // namespace

ContractFilesDialog::ContractFilesDialog(const AppContext &context, const Contract &contract, ScanReading *reading,
                                         QWidget *parent)
    : QDialog(parent), m_context(context), m_contract(contract), m_reading(reading)
{
    setWindowTitle(tr("Files of %1 %2").arg(contract.number, contract.title));
    m_table =
        listTable({tr("Document"), tr("Version"), tr("File"), tr("Size"), tr("Added"), tr("By"), tr("Text")}, this);
    m_table->setAccessibleName(tr("Files"));
    m_preview = new FilePreview(this);
    auto *split = new QSplitter(this);
    split->addWidget(m_table);
    split->addWidget(m_preview);
    split->setSizes({680, 560});
    m_readingText = new QLabel(this);
    m_readingBar = new QProgressBar(this);
    m_readingBar->setAccessibleName(tr("Reading the text"));
    m_readingText->hide();
    m_readingBar->hide();
    auto *readingLine = new QHBoxLayout;
    readingLine->addWidget(m_readingText, 1);
    readingLine->addWidget(m_readingBar);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_add = buttons->addButton(tr("&Add a file..."), QDialogButtonBox::ActionRole);
    m_addVersion = buttons->addButton(tr("Add a new &version..."), QDialogButtonBox::ActionRole);
    m_save = buttons->addButton(tr("&Save a copy..."), QDialogButtonBox::ActionRole);
    m_readAgain = buttons->addButton(tr("&Read the text again"), QDialogButtonBox::ActionRole);
    m_readAgain->setToolTip(tr("For a file whose reading failed, once the reason is put right"));
    // RULE CON-06: only the archive's custodian adds files; said before a file is picked.
    bool custodian = !context.readOnly() && Permissions::can(context.actor, ContractsAction::Register);
    QString keeper;
    if (auto archives = ContractRegister(*context.database, *context.clock).archives(context.actor))
        for (const ContractArchive &a : *archives)
            if (a.id == contract.archiveId) {
                custodian = custodian && a.custodianUserId == context.actor.userId;
                keeper = a.custodianName;
            }
    m_add->setEnabled(custodian);
    m_custodian = custodian;
    if (!custodian && !keeper.isEmpty())
        m_add->setToolTip(tr("Only %1, the archive's custodian, adds files (CON-06).").arg(keeper));
    m_add->setShortcut(QKeySequence::New);
    if (custodian)
        m_add->setToolTip(tr("A scan or document kept with this contract (Ctrl+N)"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split, 1);
    layout->addLayout(readingLine);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_add, &QPushButton::clicked, this, [this] { addFile(false); });
    connect(m_addVersion, &QPushButton::clicked, this, [this] { addFile(true); });
    connect(m_save, &QPushButton::clicked, this, &ContractFilesDialog::saveSelected);
    connect(m_readAgain, &QPushButton::clicked, this, &ContractFilesDialog::readAgain);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ContractFilesDialog::showSelected);
    if (m_reading) {
        connect(m_reading, &ScanReading::progress, this, [this](const QString &file, int page, int pages) {
            m_readingText->setText(
                tr("Reading the text of %1 for search: page %2 of %3").arg(file).arg(page).arg(pages));
            m_readingBar->setRange(0, pages);
            m_readingBar->setValue(page - 1);
            m_readingText->show();
            m_readingBar->show();
        });
        connect(m_reading, &ScanReading::fileRead, this, [this](qint64 contractId) {
            if (contractId == m_contract.id)
                refresh();
        });
        connect(m_reading, &ScanReading::finished, this, [this] {
            m_readingText->hide();
            m_readingBar->hide();
        });
    }
    resize(1240, 740);
    refresh();
}

void ContractFilesDialog::refresh()
{
    const qint64 keep = selected() ? selected()->id : 0;
    auto list = ContractFiles(*m_context.database, *m_context.clock).files(m_context.actor, m_contract.id);
    if (!list)
        MessageBox::warning(this, windowTitle(), list.error());
    m_files = list ? *list : QList<ContractAttachment>();
    const QSignalBlocker quiet(m_table);
    m_table->setRowCount(int(m_files.size()));
    const QLocale locale;
    int row = m_files.isEmpty() ? -1 : 0;
    for (int r = 0; r < m_files.size(); ++r) {
        const ContractAttachment &a = m_files.at(r);
        setRowTexts(m_table, r,
                    {a.document, QString(), a.fileName, QString(), localMinuteText(fromStoredInstant(a.addedAt)),
                     a.addedBy, textState(a)});
        m_table->setItem(r, 1, numberCell(a.version, QStringLiteral("v%1").arg(a.version)));
        m_table->setItem(r, 3,
                         numberCell(a.size, locale.formattedDataSize(a.size, 2, QLocale::DataSizeTraditionalFormat)));
        if (a.id == keep)
            row = r;
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setStretchLastSection(true);
    if (row >= 0)
        m_table->selectRow(row);
    showSelected();
}

std::optional<ContractAttachment> ContractFilesDialog::selected() const
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_files.size() || !m_table->item(row, 0) || !m_table->item(row, 0)->isSelected())
        return std::nullopt;
    return m_files.at(row);
}

void ContractFilesDialog::showSelected()
{
    const auto file = selected();
    m_save->setEnabled(file.has_value());
    m_addVersion->setEnabled(file && m_add->isEnabled());
    m_readAgain->setEnabled(file && m_custodian && file->text == AttachmentText::Failed);
    if (!file) {
        m_preview->showFile(m_contract.number, {});
        return;
    }
    auto content = ContractFiles(*m_context.database, *m_context.clock).content(m_context.actor, file->id);
    if (!content)
        return MessageBox::warning(this, windowTitle(), content.error());
    m_preview->showFile(file->fileName, *content);
}

void ContractFilesDialog::addFile(bool sameDocument)
{
    const auto current = selected();
    if (sameDocument && !current)
        return;
    const QString title = sameDocument ? tr("New version of %1").arg(current->document) : tr("Add a file");
    const QString path =
        FileDialog::openFileName(this, title, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                                 tr("Scans and PDFs (*.pdf *.png *.jpg *.jpeg *.bmp *.gif)"));
    if (path.isEmpty())
        return;
    ContractFiles files(*m_context.database, *m_context.clock);
    const QFileInfo info(path);
    const QString shown = QDir::toNativeSeparators(path);
    // Over the limit is said before reading a large file into memory.
    if (const QString tooLarge = AttachmentRules::sizeProblem(shown, info.size(), files.maxBytes());
        !tooLarge.isEmpty())
        return MessageBox::warning(this, title, tooLarge);
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly))
        return MessageBox::warning(this, title, tr("Cannot read %1: %2").arg(shown, in.errorString()));
    const QByteArray content = in.readAll();
    // A network drive that drops mid-file gives part of it: never kept as a version.
    if (in.error() != QFile::NoError || content.size() != info.size())
        return MessageBox::warning(this, title, tr("Cannot read %1 whole: %2").arg(shown, in.errorString()));
    QString document = sameDocument ? current->document : QString();
    if (!sameDocument) {
        bool ok = false;
        document = InputDialog::text(this, title, tr("What it is (正本扫描件, 补充协议一):"), &ok);
        if (!ok)
            return;
    }
    auto added = files.attach(m_context.actor, m_contract.id, document, info.fileName(), content);
    if (!added)
        return MessageBox::warning(this, title, added.error());
    refresh();
    for (int r = 0; r < m_files.size(); ++r)
        if (m_files.at(r).id == added->id)
            m_table->selectRow(r);
    if (m_reading)
        m_reading->start();
}

void ContractFilesDialog::readAgain()
{
    const auto file = selected();
    if (!file)
        return;
    if (Status s = ContractFiles(*m_context.database, *m_context.clock).readAgain(m_context.actor, file->id); !s)
        return MessageBox::warning(this, windowTitle(), s.error());
    refresh();
    if (m_reading)
        m_reading->start();
}

void ContractFilesDialog::saveSelected()
{
    const auto file = selected();
    if (!file)
        return;
    auto content = ContractFiles(*m_context.database, *m_context.clock).content(m_context.actor, file->id);
    if (!content)
        return MessageBox::warning(this, windowTitle(), content.error());
    const QString path = FileDialog::saveFileName(
        this, tr("Save a copy"),
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(file->fileName),
        tr("All files (*)"));
    if (path.isEmpty())
        return;
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(*content) < 0 || !out.commit())
        MessageBox::warning(this, windowTitle(),
                            tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), out.errorString()));
}

} // namespace shopdesk
