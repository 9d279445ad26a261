#include "AuditPage.h"

#include "AuditTableModel.h"
#include "audit/domain/AuditActionTitles.h"
#include "common/Clock.h"
#include "ui/ErrorLabel.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace shopdesk {

namespace {
QString compact(const QJsonValue &value)
{
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact)).chopped(1).mid(1);
}

// A record's content a field a line; a field that is a list of rows (the orders one record of
// recorded orders keeps, up to a thousand) a row a line under it.
QString pretty(const QString &json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8());
    if (!doc.isObject())
        return json;
    const QJsonObject content = doc.object();
    if (content.isEmpty())
        return QStringLiteral("  {}");
    QStringList lines;
    for (auto it = content.begin(); it != content.end(); ++it) {
        const QJsonArray rows = it.value().toArray();
        const bool ofRows = !rows.isEmpty() && (rows.first().isArray() || rows.first().isObject());
        if (!ofRows) {
            lines << QStringLiteral("  %1: %2").arg(it.key(), compact(it.value()));
            continue;
        }
        lines << QStringLiteral("  %1:").arg(it.key());
        for (const QJsonValue &row : rows)
            lines << QStringLiteral("    ") + compact(row);
    }
    return lines.join(u'\n');
}
} // namespace

AuditPage::AuditPage(const AppContext &context, QWidget *parent)
    : QWidget(parent), m_context(context),
      m_model(new AuditTableModel(AuditLogService(*context.database), context.actor, this)),
      m_table(new QTableView(this)), m_user(new QLineEdit(this)), m_text(new QLineEdit(this)),
      m_useDates(new QCheckBox(tr("From"), this)), m_from(new QDateEdit(this)), m_to(new QDateEdit(this)),
      m_detail(new QPlainTextEdit(this)), m_error(new ErrorLabel(this))
{
    const QDate today = context.clock->nowUtc().toLocalTime().date();
    m_user->setPlaceholderText(tr("User name"));
    m_text->setPlaceholderText(tr("Action or record"));
    for (QDateEdit *d : {m_from, m_to}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        d->setEnabled(false);
    }
    m_from->setDate(today.addMonths(-1));
    m_to->setDate(today);
    connect(m_useDates, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_useDates, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
    auto *apply = new QPushButton(tr("Apply"), this);
    apply->setDefault(true);
    connect(apply, &QPushButton::clicked, this, &AuditPage::refresh);
    connect(m_user, &QLineEdit::returnPressed, this, &AuditPage::refresh);
    connect(m_text, &QLineEdit::returnPressed, this, &AuditPage::refresh);

    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Who:"), this));
    filters->addWidget(m_user);
    filters->addWidget(new QLabel(tr("What:"), this));
    filters->addWidget(m_text);
    filters->addWidget(m_useDates);
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(tr("to"), this));
    filters->addWidget(m_to);
    filters->addWidget(apply);

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &AuditPage::showDetail);
    // A later page that cannot be read (issue 12): the records shown stay, the reason shows.
    connect(m_model, &PagedTableModel::pageFailed, m_error, &ErrorLabel::showError);
    m_detail->setReadOnly(true);
    m_detail->setPlaceholderText(tr("Select a record to see what it changed."));

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_error);
    layout->addWidget(split);
    refresh();
}

void AuditPage::refresh()
{
    AuditFilter f;
    f.userName = m_user->text().trimmed();
    f.text = m_text->text().trimmed();
    if (m_useDates->isChecked()) {
        f.from = m_from->date();
        f.to = m_to->date();
    }
    const QString error = m_model->setFilter(f);
    m_error->showError(error);
    m_table->resizeColumnsToContents();
    m_detail->clear();
}

void AuditPage::showDetail()
{
    const AuditRecord *r = m_model->recordAt(m_table->currentIndex().row());
    if (!r) {
        m_detail->clear();
        return;
    }
    m_detail->setPlainText(
        tr("Record %1, %2 by %3\nBefore:\n%4\nAfter:\n%5\nHash: %6")
            .arg(r->id)
            .arg(AuditActionTitles::title(r->action) + QStringLiteral(" (") + r->action + QLatin1Char(')'), r->userName,
                 pretty(r->before), pretty(r->after), QString::fromLatin1(r->hash)));
}

} // namespace shopdesk
