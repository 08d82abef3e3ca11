#pragma once

#include <QString>

// Quantities as the UI writes them, in the user's locale and language.
namespace Format {
QString cores(int count);
QString gigabytes(int count);
QString instances(int count);
QString hourlyPrice(double yuan);
} // namespace Format
