#include "WebPublicationDialog.h"

#include "WebPublishing.h"
#include "ui/ErrorLabel.h"
#include "ui/MessageBox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace shopdesk {

WebPublicationDialog::WebPublicationDialog(const AppContext &context, QWidget *parent)
    : QDialog(parent), m_context(context)
{
    setWindowTitle(tr("Ask to publish on the web pages"));
    m_kind = new QComboBox(this);
    for (WebPublicationKind k : webPublicationKinds())
        m_kind->addItem(webPublicationKindTitle(k), int(k));
    m_title = new QLineEdit(this);
    m_text = new QPlainTextEdit(this);
    m_text->setTabChangesFocus(true);
    m_text->setPlaceholderText(tr("the text to publish, or what the new home page changes"));
    m_confidential = new QCheckBox(tr("Confidential or &copyrighted material"), this);
    m_confidential->setToolTip(tr("The general manager approves it too (WEB-03)."));
    m_route = new QLabel(this);
    m_route->setWordWrap(true);
    m_files = new QListWidget(this);
    m_files->setMaximumHeight(110);
    auto *add = new QPushButton(QIcon(QStringLiteral(":/icons/add.svg")), tr("&Attach a file..."), this);
    auto *remove = new QPushButton(tr("&Remove the file"), this);
    auto *limits = new QLabel(tr("Pictures up to 500 KB, videos up to 30 MB, documents up to 1 MB (WEB-04)."), this);
    limits->setWordWrap(true);
    auto *fileButtons = new QHBoxLayout;
    fileButtons->addWidget(add);
    fileButtons->addWidget(remove);
    fileButtons->addStretch(1);
    auto *form = new QFormLayout;
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("T&ext:"), m_text);
    form->addRow(QString(), m_confidential);
    form->addRow(tr("&Files:"), m_files);
    form->addRow(QString(), fileButtons);
    form->addRow(QString(), limits);
    form->addRow(tr("Approved by:"), m_route);
    m_error = new ErrorLabel(this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Send for a&pproval"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &WebPublicationDialog::showRoute);
    connect(m_confidential, &QCheckBox::toggled, this, &WebPublicationDialog::showRoute);
    connect(add, &QPushButton::clicked, this, [this] {
        const QString path = FileDialog::openFileName(this, tr("Attach a file"), QString(), tr("All files (*)"));
        if (!path.isEmpty())
            attach(path);
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        const int row = m_files->currentRow();
        if (row < 0 || row >= m_attached.size())
            return;
        m_attached.removeAt(row);
        delete m_files->takeItem(row);
    });
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (send())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    showRoute();
    setMinimumWidth(560);
}

void WebPublicationDialog::showRoute()
{
    QStringList steps;
    for (ApproverKind k :
         WebPublishingRules::route(WebPublicationKind(m_kind->currentData().toInt()), m_confidential->isChecked()))
        steps << approverKindTitle(k);
    QString text = steps.join(QStringLiteral(" → "));
    if (WebPublicationKind(m_kind->currentData().toInt()) != WebPublicationKind::HomePageReview)
        text += QLatin1Char('\n') + tr("Once approved, the web editor publishes it within 48 hours (WEB-02).");
    m_route->setText(text);
}

bool WebPublicationDialog::attach(const QString &path)
{
    const QFileInfo info(path);
    // RULE WEB-04: the size is checked before the file is read.
    const QString problem =
        WebFileLimits::problem(WebPublishingRules::fileKind(info.fileName()), info.fileName(), info.size());
    if (!problem.isEmpty()) {
        m_error->showError(problem);
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_error->showError(tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    WebFile f;
    f.name = info.fileName();
    f.content = file.readAll();
    f.sizeBytes = f.content.size();
    f.kind = WebPublishingRules::fileKind(f.name);
    for (const WebFile &there : std::as_const(m_attached))
        if (there.name.compare(f.name, Qt::CaseInsensitive) == 0) {
            m_error->showError(tr("%1 is attached already.").arg(f.name));
            return false;
        }
    m_attached.append(f);
    m_files->addItem(tr("%1 (%2 bytes)").arg(f.name, QLocale().toString(f.sizeBytes)));
    m_error->showError(QString());
    return true;
}

QString WebPublicationDialog::error() const
{
    return m_error->error();
}

bool WebPublicationDialog::send()
{
    WebPublication p;
    p.kind = WebPublicationKind(m_kind->currentData().toInt());
    p.title = m_title->text();
    p.text = m_text->toPlainText();
    p.confidential = m_confidential->isChecked();
    p.files = m_attached;
    auto id = WebPublishing(*m_context.database, *m_context.clock).ask(m_context.actor, p);
    m_error->showError(id ? QString() : id.error());
    if (!id && p.title.trimmed().isEmpty())
        m_title->setFocus();
    return bool(id);
}

} // namespace shopdesk
