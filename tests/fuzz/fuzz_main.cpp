// libFuzzer's entry point; everything else is in FuzzTargets.cpp (docs/SECURITY.md, "Fuzzing").
#include "FuzzTargets.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    FuzzTargets::run(data, size);
    return 0;
}
