#pragma once

#include <QJsonValue>

#include <cmath>
#include <limits>

// JSON value checks shared by the protocols' template readers.
namespace TemplateValues {
inline bool isInteger(const QJsonValue &v)
{
    if (!v.isDouble())
        return false;
    const double d = v.toDouble();
    return std::isfinite(d) && std::floor(d) == d && d >= std::numeric_limits<int>::min() &&
           d <= std::numeric_limits<int>::max();
}
} // namespace TemplateValues
