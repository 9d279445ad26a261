#include "FilePreview.h"

#include <QBuffer>
#include <QImage>
#include <QLabel>
#include <QPainter>
#include <QPdfDocument>
#include <QVBoxLayout>

namespace shopdesk {

namespace {
// Pages are drawn this wide: readable at 100% on an office screen, a few MB for a long contract.
constexpr int kPageWidth = 900;
// Each page drawn is kept for resizing (about 4.5 MB at this width): a scanned contract's pages
// beyond this are saved and opened elsewhere.
constexpr int kMaxPages = 40;
constexpr int kMaxPageHeight = 5 * kPageWidth; // a strip of receipt paper, not a poster
} // namespace

FilePreview::FilePreview(QWidget *parent)
    : QScrollArea(parent), m_sheet(new QWidget), m_layout(new QVBoxLayout(m_sheet))
{
    m_layout->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_layout->setSpacing(12);
    setWidget(m_sheet);
    setWidgetResizable(true);
    setBackgroundRole(QPalette::Dark);
    setAccessibleName(tr("Preview"));
}

void FilePreview::clear()
{
    while (QLayoutItem *item = m_layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_shown.clear();
    m_pages = 0;
    m_message.clear();
}

void FilePreview::addPage(const QImage &image)
{
    // A page drawn with no background of its own is paper: white, as printed.
    QImage paper(image.size(), QImage::Format_RGB32);
    paper.fill(Qt::white);
    QPainter(&paper).drawImage(0, 0, image);
    auto *page = new QLabel(m_sheet);
    page->setAccessibleName(tr("Page %1").arg(m_pages + 1));
    m_layout->addWidget(page);
    m_shown.append({page, paper});
    ++m_pages;
    fitPage(page, paper);
}

void FilePreview::fitPage(QLabel *label, const QImage &image) const
{
    const int room = qMax(100, viewport()->width() - 2 * m_layout->contentsMargins().left());
    label->setPixmap(
        QPixmap::fromImage(image.width() > room ? image.scaledToWidth(room, Qt::SmoothTransformation) : image));
}

void FilePreview::fitPages()
{
    for (const auto &[label, image] : std::as_const(m_shown))
        fitPage(label, image);
}

void FilePreview::resizeEvent(QResizeEvent *event)
{
    QScrollArea::resizeEvent(event);
    fitPages();
}

void FilePreview::say(const QString &message)
{
    m_message = message;
    auto *label = new QLabel(message, m_sheet);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::BrightText);
    m_layout->addWidget(label);
}

int FilePreview::showFile(const QString &fileName, const QByteArray &content)
{
    clear();
    if (content.isEmpty()) {
        say(tr("No scan was stored with %1.").arg(fileName.isEmpty() ? tr("this record") : fileName));
        return 0;
    }
    if (content.startsWith("%PDF")) {
        QBuffer buffer;
        buffer.setData(content);
        buffer.open(QIODevice::ReadOnly);
        QPdfDocument pdf;
        pdf.load(&buffer);
        if (pdf.status() != QPdfDocument::Status::Ready || pdf.pageCount() == 0) {
            say(tr("%1 is not a PDF that can be read.").arg(fileName));
            return 0;
        }
        const int count = qMin(pdf.pageCount(), kMaxPages);
        for (int p = 0; p < count; ++p) {
            const QSizeF points = pdf.pagePointSize(p);
            const qreal width = qMax<qreal>(points.width(), 1);
            const int height = qBound(1, int(kPageWidth * points.height() / width), kMaxPageHeight);
            addPage(pdf.render(p, QSize(kPageWidth, height)));
        }
        if (pdf.pageCount() > count)
            say(tr("The first %1 of %2 pages are shown.").arg(count).arg(pdf.pageCount()));
        return m_pages;
    }
    QImage image = QImage::fromData(content);
    if (image.isNull()) {
        say(tr("%1 is neither a PDF nor a picture: save it to open it with another program.").arg(fileName));
        return 0;
    }
    if (image.width() > kPageWidth)
        image = image.scaledToWidth(kPageWidth, Qt::SmoothTransformation);
    addPage(image);
    return m_pages;
}

} // namespace shopdesk
