// What every module's panels share (core/ui), in a real QApplication.
#include <QApplication>

int runPagedTableModelTest(int argc, char **argv);
int runFilePreviewTest(int argc, char **argv);
int runErrorLabelTest(int argc, char **argv);
int runReportPainterTest(int argc, char **argv);

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    return runPagedTableModelTest(argc, argv) + runFilePreviewTest(argc, argv) + runErrorLabelTest(argc, argv)
        + runReportPainterTest(argc, argv);
}
