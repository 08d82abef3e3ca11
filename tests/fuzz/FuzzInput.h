#pragma once

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

// libFuzzer hands each target a byte buffer of exactly `size` bytes. Wrapping it
// without a copy keeps any read past its end an AddressSanitizer finding.
inline QByteArray fuzzBytes(const uint8_t *data, size_t size)
{
    return QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
}

// A broken property is a finding like a crash: say which one, then abort so
// that libFuzzer saves the input.
[[noreturn]] inline void propertyBroken(const char *property, const QByteArray &detail = {})
{
    std::fprintf(stderr, "property broken: %s\n%s\n", property, detail.constData());
    std::abort();
}
