// libFuzzer target for the MIME layer; built and run by scripts/fuzz-mime.sh.
#include "mimefuzzbody.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString failure = mimeFuzzOne(input);
    if (!failure.isEmpty()) {
        std::fprintf(stderr, "mimeFuzzOne: %s\n", qPrintable(failure));
        std::abort();
    }
    return 0;
}
