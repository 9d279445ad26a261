#pragma once

#include <QHash>
#include <QString>
#include <QWidget>

class QTextBrowser;

namespace shopdesk {

// The user guide inside the program (issue 19: every page has a help link to its section). It
// shows docs/guide in the program's language, installed beside the program in
// share/shopdesk/guide (the build tree copies it to the same place), pictures included. One
// window, opened at the section of the page the user was on.
class GuideWindow : public QWidget
{
    Q_OBJECT

public:
    // The one guide window, shown and raised at the section `anchor` (empty: the beginning).
    static GuideWindow *open(const QString &anchor);
    // The main window closes the guide with it.
    static void closeIfOpen();

    // The guide file in `language` ("zh_CN" or "en"; empty: the program's language); empty when
    // the guide is not installed.
    static QString guideFile(const QString &language = {});
    // The guide's section anchors (`<a id="..."></a>` before a heading), in order, with the
    // heading each marks.
    static QList<std::pair<QString, QString>> sections(const QString &markdownFile);

    // Scrolls to the section; false when the guide has none of that name.
    bool showSection(const QString &anchor);
    QTextBrowser *browser() const { return m_browser; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    GuideWindow();
    void load();

    QTextBrowser *m_browser;
    QHash<QString, QString> m_headings; // anchor -> heading text, of the guide shown
};

} // namespace shopdesk
