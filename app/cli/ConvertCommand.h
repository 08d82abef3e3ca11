#pragma once

#include <QCoreApplication>

class QTextStream;

// cvm-purchaser-cli convert: the API 3.0 template equivalent to an API 2.0 one (OrderConversion), or for each
// key with no equivalent the reason. Reads the template only: no network, no keychain, no event loop.
class ConvertCommand final
{
    Q_DECLARE_TR_FUNCTIONS(ConvertCommand)

public:
    // Prints the converted template on `out` and returns 0; an invalid template's problems as validate prints
    // them, or one line per key that cannot be converted, `key: why`, and 1; an API 3.0 template: 2.
    static int run(const QString &path, QTextStream &out, QTextStream &err);
};
