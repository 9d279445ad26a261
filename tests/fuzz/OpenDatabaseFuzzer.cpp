// libFuzzer harness (issue 6, behaviour 9): arbitrary bytes opened as a company database.
// Opening a file must never crash the program, whatever the file holds.
#include "database/CompanyDatabase.h"
#include "database/DatabaseCheck.h"
#include "database/data/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>

using namespace shopdesk;

namespace {
QTemporaryDir *workDir = nullptr;
}

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    static QTemporaryDir dir; // a static, so that it is removed when the run ends
    workDir = &dir;
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString path = workDir->filePath(QStringLiteral("input.db"));
    QFile::remove(path);
    QFile::remove(path + QStringLiteral("-journal"));
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return 0;
        f.write(reinterpret_cast<const char *>(data), qint64(size));
    }
    auto db = CompanyDatabase::open(path);
    if (db) {
        auto report = DatabaseCheck(**db).run({});
        Q_UNUSED(report);
    }
    return 0;
}
