#include "WebPublishingPage.h"

#include "ShopActions.h"
#include "WebPublicationDialog.h"
#include "WebPublishing.h"
#include "common/Clock.h"
#include "domain/ShopTime.h"
#include "ui/EmptyListHint.h"
#include "ui/ErrorLabel.h"
#include "ui/ListParts.h"
#include "ui/MessageBox.h"

#include <QCheckBox>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>

namespace shopdesk {

namespace {
const QColor kOverdue(0xB7, 0x1C, 0x1C);

// To publish first (the least time left on top), then waiting, then the rest, newest first.
int rank(const WebPublication &p)
{
    switch (p.stage()) {
    case WebPublicationStage::ToPublish: return 0;
    case WebPublicationStage::Waiting: return 1;
    default: return 2;
    }
}
} // namespace

WebPublishingPage::WebPublishingPage(const AppContext &context, QWidget *parent) : QWidget(parent), m_context(context)
{
    m_lastYear = new QCheckBox(tr("Also those &done in the last year"), this);
    auto *ask = new QPushButton(QIcon(QStringLiteral(":/icons/add.svg")), tr("As&k to publish..."), this);
    ask->setEnabled(!context.readOnly() && Permissions::can(context.actor, ShopAction::Propose));
    auto *publish = new QPushButton(QIcon(QStringLiteral(":/icons/approve.svg")), tr("Pu&blished..."), this);
    publish->setEnabled(!context.readOnly() && Permissions::can(context.actor, ShopAction::Publish)
                        && context.actor.roles.contains(Role::WebEditor));
    publish->setToolTip(tr("The web editor records it published, within 48 hours of the approval (WEB-02)."));
    auto *save = new QPushButton(tr("Save a fil&e..."), this);
    m_table = listTable({tr("Asked on"), tr("Kind"), tr("Title"), tr("Confidential"), tr("Files"), tr("Asked by"),
                         tr("Stage"), tr("Publish by"), tr("Time left"), tr("Published"), tr("By")},
                        this);
    EmptyListHint::install(m_table, tr("Nothing waits to be published. Ask to publish... starts a request."));
    makeSortable(m_table);
    m_details = new QLabel(this);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_details->setMinimumHeight(60);
    auto *top = new QHBoxLayout;
    top->addWidget(m_lastYear);
    top->addStretch(1);
    for (QPushButton *b : {ask, publish, save})
        top->addWidget(b);
    m_error = new ErrorLabel(this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_error);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_details);
    connect(m_lastYear, &QCheckBox::toggled, this, &WebPublishingPage::refresh);
    connect(ask, &QPushButton::clicked, this, &WebPublishingPage::ask);
    connect(publish, &QPushButton::clicked, this, &WebPublishingPage::publish);
    connect(save, &QPushButton::clicked, this, &WebPublishingPage::saveFile);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &WebPublishingPage::showDetails);
    // RULE WEB-02: the clocks move while the page is open.
    auto *tick = new QTimer(this);
    connect(tick, &QTimer::timeout, this, [this] {
        if (isVisible())
            refresh();
    });
    tick->start(60 * 1000);
    refresh();
}

QString WebPublishingPage::lastError() const
{
    return m_error->error();
}

void WebPublishingPage::refresh()
{
    // The clocks move each minute: the row the user chose stays chosen.
    const WebPublication *was = selected(false);
    const qint64 chosen = was ? was->id : 0;
    auto list =
        WebPublishing(*m_context.database, *m_context.clock).publications(m_context.actor, !m_lastYear->isChecked());
    m_error->showError(list ? QString() : list.error());
    m_rows = list ? *list : QList<WebPublication>();
    const QDateTime now = m_context.clock->nowUtc();
    std::stable_sort(m_rows.begin(), m_rows.end(), [&](const WebPublication &a, const WebPublication &b) {
        if (rank(a) != rank(b))
            return rank(a) < rank(b);
        const auto left = [&](const WebPublication &p) {
            return WebPublishingRules::secondsLeft(p, now).value_or(std::numeric_limits<qint64>::max());
        };
        return left(a) < left(b);
    });
    m_table->setSortingEnabled(false);
    m_table->clearContents();
    m_table->setRowCount(int(m_rows.size()));
    for (int r = 0; r < m_rows.size(); ++r) {
        const WebPublication &p = m_rows[r];
        QStringList files;
        for (const WebFile &f : p.files)
            files << f.name;
        const auto left = WebPublishingRules::secondsLeft(p, now);
        QString published = ShopTime::text(p.publishedAt);
        if (WebPublishingRules::publishedLate(p))
            published += QLatin1Char(' ') + tr("(late)");
        setRowTexts(m_table, r,
                    {ShopTime::text(p.requestedAt), webPublicationKindTitle(p.kind), p.title,
                     p.confidential ? tr("Yes") : QString(), files.join(QStringLiteral(", ")), p.requestedBy,
                     webPublicationStageTitle(p.stage()), ShopTime::text(WebPublishingRules::publishBy(p)), QString(),
                     published, p.publishedBy});
        m_table->setItem(r, 8,
                         numberCell(left.value_or(std::numeric_limits<qint64>::max()),
                                    left ? WebPublishingRules::clockText(*left) : QString()));
        m_table->item(r, 0)->setData(Qt::UserRole, r);
        if (left && *left < 0) // RULE WEB-02: overdue
            for (int c = 0; c < m_table->columnCount(); ++c)
                m_table->item(r, c)->setForeground(kOverdue);
    }
    m_table->resizeColumnsToContents();
    m_table->setSortingEnabled(true);
    for (int r = 0; chosen && r < m_table->rowCount(); ++r)
        if (m_rows.at(m_table->item(r, 0)->data(Qt::UserRole).toInt()).id == chosen)
            m_table->setCurrentCell(r, 0);
    showDetails();
}

const WebPublication *WebPublishingPage::selected(bool complain)
{
    const QTableWidgetItem *item = m_table->item(m_table->currentRow(), 0);
    if (!item) {
        if (complain)
            m_error->showError(tr("Choose a publication first."));
        return nullptr;
    }
    return &m_rows.at(item->data(Qt::UserRole).toInt());
}

void WebPublishingPage::showDetails()
{
    const WebPublication *p = selected(false);
    if (!p) {
        m_details->setText(tr("Choose a publication to read it."));
        return;
    }
    QStringList files;
    for (const WebFile &f : p->files)
        files << tr("%1 (%2 bytes)").arg(f.name, QLocale().toString(f.sizeBytes));
    QString text = QStringLiteral("<b>%1</b><br>%2").arg(p->title.toHtmlEscaped(), p->text.toHtmlEscaped());
    if (!files.isEmpty())
        text += QStringLiteral("<br>") + tr("Files: %1").arg(files.join(QStringLiteral(", ")).toHtmlEscaped());
    if (!p->publishedUrl.isEmpty())
        text += QStringLiteral("<br>") + tr("Published at %1").arg(p->publishedUrl.toHtmlEscaped());
    m_details->setText(text);
}

WebPublicationDialog *WebPublishingPage::ask()
{
    auto *dialog = new WebPublicationDialog(m_context, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &WebPublishingPage::refresh);
    dialog->open();
    return dialog;
}

void WebPublishingPage::publish()
{
    const WebPublication *p = selected(true);
    if (!p)
        return;
    // Copied: the list may be read again (another PC's change) while the question is open.
    const qint64 id = p->id;
    bool ok = false;
    const QString url = InputDialog::text(
        this, tr("Published"), tr("Where is \"%1\" on the web pages (its address, optional)?").arg(p->title), &ok);
    if (!ok)
        return;
    Status done = WebPublishing(*m_context.database, *m_context.clock).publish(m_context.actor, id, url);
    refresh();
    m_error->showError(done ? QString() : done.error());
}

void WebPublishingPage::saveFile()
{
    const WebPublication *p = selected(true);
    if (!p)
        return;
    if (p->files.isEmpty()) {
        m_error->showError(tr("\"%1\" has no files.").arg(p->title));
        return;
    }
    const QList<WebFile> files = p->files;
    qint64 fileId = files.first().id;
    if (files.size() > 1) {
        QStringList names;
        for (const WebFile &f : files)
            names << f.name;
        bool ok = false;
        const QString name = InputDialog::item(this, tr("Save a file"), tr("Which file?"), names, &ok);
        if (!ok)
            return;
        fileId = files.value(int(names.indexOf(name)), files.first()).id;
    }
    auto file = WebPublishing(*m_context.database, *m_context.clock).file(m_context.actor, fileId);
    if (!file) {
        m_error->showError(file.error());
        return;
    }
    const QString path = FileDialog::saveFileName(this, tr("Save a file"), file->name, tr("All files (*)"));
    if (path.isEmpty())
        return;
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(file->content) != file->content.size() || !out.commit()) {
        m_error->showError(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), out.errorString()));
        return;
    }
    m_error->showError(QString());
}

} // namespace shopdesk
