#pragma once

#include <QList>
#include <QPair>
#include <QString>

// Request parameters in the order they were added; names as the API spells
// them, values as raw (unencoded) strings.
using ApiParams = QList<QPair<QString, QString>>;
