// libFuzzer harness (issue 6, behaviour 9): arbitrary bytes read as a ZKTeco attendance log.
#include "domain/ZkTecoAttlog.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto log =
        shopdesk::ZkTecoAttlog::parse(QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size)));
    // Every line is either a punch or a problem with its line number.
    for (const auto &p : log.problems)
        if (p.line <= 0)
            __builtin_trap();
    return 0;
}
