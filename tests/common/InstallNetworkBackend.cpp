// Part of every test program and test helper: they send through the network backend the CLI uses
// (src/NetworkBackend.h), installed before main().
#include "net/QtNetworkBackend.h"

namespace {
const bool installed = (QtNetworkBackend::install(), true);
} // namespace
