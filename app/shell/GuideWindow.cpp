#include "GuideWindow.h"

#include "settings/Language.h"

#include <QCloseEvent>
#include <QCoreApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QPointer>
#include <QRegularExpression>
#include <QSettings>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QVBoxLayout>

namespace shopdesk {

namespace {
constexpr int kWidestPicture = 720; // pixels; wider screenshots are shown smaller

QString headingText(const QString &line)
{
    QString text = line;
    while (text.startsWith(u'#'))
        text.remove(0, 1);
    return text.trimmed();
}
} // namespace

GuideWindow::GuideWindow() : QWidget(nullptr, Qt::Window), m_browser(new QTextBrowser(this))
{
    setAttribute(Qt::WA_DeleteOnClose);
    setAttribute(Qt::WA_QuitOnClose, false); // the program ends with its main window, guide or not
    setWindowTitle(tr("ShopDesk user guide"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/database.svg")));
    // Links inside the guide move within it; a web address opens in the browser.
    m_browser->setOpenLinks(false);
    connect(m_browser, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme().startsWith(u"http"))
            QDesktopServices::openUrl(url);
        else if (!url.fragment().isEmpty())
            showSection(url.fragment());
    });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_browser);
    if (!restoreGeometry(QSettings().value(QStringLiteral("guide/geometry")).toByteArray()))
        resize(860, 720);
    load();
}

namespace {
QPointer<GuideWindow> g_window; // one guide for the program
} // namespace

GuideWindow *GuideWindow::open(const QString &anchor)
{
    if (!g_window)
        g_window = new GuideWindow;
    g_window->show();
    g_window->raise();
    g_window->activateWindow();
    g_window->showSection(anchor);
    return g_window;
}

void GuideWindow::closeIfOpen()
{
    if (g_window)
        g_window->close();
}

QString GuideWindow::guideFile(const QString &language)
{
    const QString lang = !language.isEmpty() ? language : Language::effective(); // the program's own
    // Installed: bin/../share/shopdesk/guide, on Windows and Linux alike. The build tree has
    // build/share/shopdesk/guide beside build/app, and a multi-configuration build (Visual
    // Studio's build/app/Release) puts the programs one folder deeper.
    const QDir programs(QCoreApplication::applicationDirPath());
    for (const QString &place :
         {QStringLiteral("../share/shopdesk/guide"), QStringLiteral("../../share/shopdesk/guide")}) {
        const QFileInfo file(programs.filePath(place + QStringLiteral("/%1.md").arg(lang)));
        if (file.isFile())
            return file.canonicalFilePath();
    }
    return {};
}

QList<std::pair<QString, QString>> GuideWindow::sections(const QString &markdownFile)
{
    QList<std::pair<QString, QString>> found;
    QFile file(markdownFile);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return found;
    static const QRegularExpression anchor(QStringLiteral("^<a id=\"([^\"]+)\"></a>\\s*$"));
    QString pending;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (const auto m = anchor.match(line); m.hasMatch()) {
            pending = m.captured(1);
        } else if (!pending.isEmpty() && line.startsWith(u'#')) {
            found.append({pending, headingText(line)});
            pending.clear();
        }
    }
    return found;
}

void GuideWindow::load()
{
    const QString file = guideFile();
    if (file.isEmpty()) {
        m_browser->setPlainText(tr("The user guide is not installed with this copy of the program. It is in the "
                                   "program's source, in the folder docs/guide."));
        return;
    }
    m_browser->setSource(QUrl::fromLocalFile(file), QTextDocument::MarkdownResource);
    m_headings.clear();
    for (const auto &[anchor, heading] : sections(file))
        m_headings.insert(anchor, heading);
    // Qt's Markdown reader drops the `<a id>` lines GitHub shows the sections by: the anchors are
    // put on the headings they stand before, and wide pictures are made to fit.
    QTextDocument *document = m_browser->document();
    QHash<QString, QString> anchorOf;
    for (auto it = m_headings.cbegin(); it != m_headings.cend(); ++it)
        anchorOf.insert(it.value(), it.key());
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() > 0) {
            if (const QString anchor = anchorOf.value(block.text()); !anchor.isEmpty()) {
                QTextCursor cursor(block);
                cursor.setPosition(block.position());
                cursor.setPosition(block.position() + block.length() - 1, QTextCursor::KeepAnchor);
                QTextCharFormat mark;
                mark.setAnchor(true);
                mark.setAnchorNames({anchor});
                cursor.mergeCharFormat(mark);
            }
            continue;
        }
        for (auto fragment = block.begin(); !fragment.atEnd(); ++fragment) {
            const QTextFragment part = fragment.fragment();
            if (!part.charFormat().isImageFormat())
                continue;
            QTextImageFormat picture = part.charFormat().toImageFormat();
            // QTextBrowser reads the picture's file relative to the guide; a cached one is an image.
            const QVariant data = m_browser->loadResource(QTextDocument::ImageResource, QUrl(picture.name()));
            const QImage image =
                data.typeId() == QMetaType::QImage ? data.value<QImage>() : QImage::fromData(data.toByteArray());
            if (image.isNull() || image.width() <= kWidestPicture)
                continue;
            // Scaled smoothly once here: the document would scale it by dropping pixels.
            const QImage smaller = image.scaledToWidth(kWidestPicture, Qt::SmoothTransformation);
            document->addResource(QTextDocument::ImageResource, QUrl(picture.name()), smaller);
            picture.setWidth(smaller.width());
            picture.setHeight(smaller.height());
            QTextCursor cursor(document);
            cursor.setPosition(part.position());
            cursor.setPosition(part.position() + part.length(), QTextCursor::KeepAnchor);
            cursor.setCharFormat(picture);
        }
    }
}

bool GuideWindow::showSection(const QString &anchor)
{
    if (anchor.isEmpty() || !m_headings.contains(anchor)) {
        m_browser->moveCursor(QTextCursor::Start);
        return anchor.isEmpty();
    }
    m_browser->scrollToAnchor(anchor);
    return true;
}

void GuideWindow::closeEvent(QCloseEvent *event)
{
    QSettings().setValue(QStringLiteral("guide/geometry"), saveGeometry());
    event->accept();
}

} // namespace shopdesk
