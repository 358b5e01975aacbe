#pragma once

// What a fuzz target does when a property it checks does not hold: say which, and abort, so
// that libFuzzer keeps the input as a finding and a replay run fails. (Q_ASSERT would vanish
// in the release-like fuzz build.)

#include <cstdio>
#include <cstdlib>

#define FUZZ_CHECK(condition, what)                                                              \
    do {                                                                                         \
        if (!(condition)) {                                                                      \
            std::fprintf(stderr, "fuzz: property failed: %s (%s:%d)\n", what, __FILE__, __LINE__); \
            std::abort();                                                                        \
        }                                                                                        \
    } while (false)
