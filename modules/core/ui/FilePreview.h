#pragma once

#include <QByteArray>
#include <QImage>
#include <QList>
#include <QPair>
#include <QScrollArea>

class QLabel;
class QVBoxLayout;

namespace shopdesk {

// A scan handed in with a record, shown inside the program: every page of a PDF (Qt PDF) or an
// image, fitted to the width; anything else says it has no preview. Used for invoice scans and
// archived contracts alike.
class FilePreview : public QScrollArea
{
    Q_OBJECT
public:
    explicit FilePreview(QWidget *parent = nullptr);
    // Shows `content`, named `fileName`; returns the number of pages shown (0: no preview).
    int showFile(const QString &fileName, const QByteArray &content);
    void clear();
    int pages() const { return m_pages; }
    QString message() const { return m_message; } // why nothing is shown, translated

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void addPage(const QImage &image);
    void fitPages(); // to the view's width, never larger than drawn
    void fitPage(QLabel *label, const QImage &image) const;
    void say(const QString &message);
    QWidget *m_sheet;
    QVBoxLayout *m_layout;
    QList<QPair<QLabel *, QImage>> m_shown;
    int m_pages = 0;
    QString m_message;
};

} // namespace shopdesk
