#include "ScanReader.h"

#include "domain/ContractText.h"

#include <QBuffer>
#include <QDir>
#include <QPainter>
#include <QPdfDocument>
#include <QPdfSelection>

#include <tesseract/baseapi.h>

#include <memory>

namespace shopdesk {

namespace {
constexpr int kDpi = 300; // what Tesseract reads best; a scanner's usual setting
constexpr int kMaxSide = 5000; // pixels: an A4 page at 300 dpi is 2480 x 3508
// A page of a PDF with fewer letters than this in its text layer is a scan (a scanner may put
// a page number or its own name in text).
constexpr int kTextLayerLetters = 20;

int letters(const QString &text)
{
    int n = 0;
    for (const QChar c : text)
        n += c.isLetterOrNumber() ? 1 : 0;
    return n;
}

// Tesseract's language files: beside the program (tessdata/, as the Windows installer puts
// them), or where TESSDATA_PREFIX or the system's Tesseract says (Debian's tesseract-ocr-*).
QByteArray dataPath()
{
    const QDir beside(QCoreApplication::applicationDirPath() + QStringLiteral("/tessdata"));
    if (QCoreApplication::instance() && beside.exists(QStringLiteral("chi_sim.traineddata")))
        return QDir::toNativeSeparators(beside.absolutePath()).toLocal8Bit();
    return {};
}

class Recogniser
{
public:
    Status start()
    {
        if (m_api)
            return success();
        auto api = std::make_unique<tesseract::TessBaseAPI>();
        const QByteArray path = dataPath();
        if (api->Init(path.isEmpty() ? nullptr : path.constData(), "chi_sim+eng", tesseract::OEM_LSTM_ONLY) != 0)
            return fail(ScanReader::tr("Text recognition is not installed: Tesseract's Simplified Chinese and English "
                                       "data (chi_sim, eng) were not found."));
        // Chinese has no spaces between words; Tesseract would otherwise put one between each character.
        api->SetVariable("preserve_interword_spaces", "1");
        api->SetPageSegMode(tesseract::PSM_AUTO);
        m_api = std::move(api);
        return success();
    }

    Result<QString> text(const QImage &picture, int dpi)
    {
        if (Status s = start(); !s)
            return s.failure();
        // A picture with a transparent background is paper: laid on white, as Tesseract expects.
        QImage paper(picture.size(), QImage::Format_RGB32);
        paper.fill(Qt::white);
        QPainter(&paper).drawImage(0, 0, picture);
        QImage gray = paper.convertToFormat(QImage::Format_Grayscale8);
        if (gray.isNull())
            return fail(ScanReader::tr("The picture could not be read."));
        m_api->SetImage(gray.constBits(), gray.width(), gray.height(), 1, int(gray.bytesPerLine()));
        m_api->SetSourceResolution(dpi);
        const std::unique_ptr<char[]> utf8(m_api->GetUTF8Text());
        m_api->Clear();
        if (!utf8)
            return fail(ScanReader::tr("Tesseract recognised nothing on the picture."));
        return ContractText::tidyRecognised(QString::fromUtf8(utf8.get()));
    }

    ~Recogniser()
    {
        if (m_api)
            m_api->End();
    }

private:
    std::unique_ptr<tesseract::TessBaseAPI> m_api;
};

QImage boundedPicture(QImage picture)
{
    if (picture.width() > kMaxSide || picture.height() > kMaxSide)
        picture = picture.scaled(kMaxSide, kMaxSide, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    return picture;
}
} // namespace

bool ScanReader::recognitionInstalled()
{
    static const bool installed = [] {
        Recogniser recogniser;
        return bool(recogniser.start());
    }();
    return installed;
}

Result<QString> ScanReader::recognise(const QImage &image)
{
    Recogniser recogniser;
    return recogniser.text(boundedPicture(image), kDpi);
}

Result<QList<PageText>> ScanReader::read(const QByteArray &content, const Progress &progress)
{
    const auto kind = AttachmentRules::kindOf(content);
    if (!kind)
        return fail(tr("The file is neither a PDF nor a picture."));
    Recogniser recogniser;
    QList<PageText> pages;
    if (*kind == AttachmentKind::Image) {
        if (progress && !progress(1, 1))
            return fail(tr("Reading was stopped."));
        const QImage picture = QImage::fromData(content);
        if (picture.isNull())
            return fail(tr("The picture could not be read."));
        auto text = recogniser.text(boundedPicture(picture), kDpi);
        if (!text)
            return text.failure();
        pages.append({1, *text, true});
        return pages;
    }

    QBuffer buffer;
    buffer.setData(content);
    buffer.open(QIODevice::ReadOnly);
    QPdfDocument pdf;
    pdf.load(&buffer);
    if (pdf.status() != QPdfDocument::Status::Ready)
        return fail(tr("The PDF could not be read (damaged, or locked with a password)."));
    const int count = pdf.pageCount();
    for (int p = 0; p < count; ++p) {
        if (progress && !progress(p + 1, count))
            return fail(tr("Reading was stopped at page %1 of %2.").arg(p + 1).arg(count));
        const QString layer = pdf.getAllText(p).text();
        if (letters(layer) >= kTextLayerLetters) {
            QString text = layer;
            text.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(QLatin1Char('\r'), QLatin1Char('\n'));
            pages.append({p + 1, ContractText::everydayCharacters(text.trimmed()), false});
            continue;
        }
        QSize pixels = (pdf.pagePointSize(p) * kDpi / 72.0).toSize();
        if (pixels.isEmpty())
            pixels = QSize(2480, 3508); // A4
        if (pixels.width() > kMaxSide || pixels.height() > kMaxSide)
            pixels.scale(kMaxSide, kMaxSide, Qt::KeepAspectRatio); // a long page stays its shape
        auto text = recogniser.text(pdf.render(p, pixels), kDpi);
        if (!text)
            return fail(tr("Page %1: %2").arg(p + 1).arg(text.error()));
        pages.append({p + 1, *text, true});
    }
    return pages;
}

} // namespace shopdesk
