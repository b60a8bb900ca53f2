#pragma once
// One entry point for everything the fuzzer drives (docs/SECURITY.md, "Fuzzing"): the response
// parser, the query and date validation, and the error reader. The first byte picks the target, the
// rest is its input. Used by libFuzzer (fuzz_main.cpp, built with clang by run-fuzz.sh) and by
// tst_fuzzcorpus, which replays the stored corpus in the ordinary test suite.

#include <cstddef>
#include <cstdint>

namespace FuzzTargets {
// Never crashes, whatever the bytes; checks the promises a caller relies on and aborts if one fails.
void run(const std::uint8_t *data, std::size_t size);
} // namespace FuzzTargets
