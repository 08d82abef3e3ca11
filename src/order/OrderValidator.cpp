#include "order/OrderValidator.h"

#include "order/Catalog.h"
#include "protocol/ApiProtocol.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace {
// PROTOCOL.md section 4: Windows does not allow '|'.
constexpr QLatin1StringView kLinuxSpecials("()`~!@#$%^&*-+=|{}[]:;',.?/");
constexpr QLatin1StringView kWindowsSpecials("()`~!@#$%^&*-+={}[]:;',.?/");

} // namespace

OrderValidator::OrderValidator(const Catalog &catalog) : m_catalog(catalog) {}

bool OrderValidator::hasErrors(const QList<FieldProblem> &problems)
{
    return std::any_of(problems.cbegin(), problems.cend(), [](const FieldProblem &p) { return p.isError(); });
}

QString OrderValidator::allowedSpecials(PurchaseOrder::OsFamily family)
{
    return family == PurchaseOrder::OsFamily::Windows ? QString(kWindowsSpecials) : QString(kLinuxSpecials);
}

PasswordPolicy OrderValidator::passwordPolicy(PurchaseOrder::Api api, PurchaseOrder::OsFamily family)
{
    return ApiProtocol::forApi(api).passwordPolicy(family);
}

PasswordCheck OrderValidator::checkPassword(const QString &password, const PasswordPolicy &policy)
{
    PasswordCheck check;
    check.minLength = policy.minLength;
    check.maxLength = policy.maxLength;
    check.classesRequired = policy.classesRequired;
    check.lengthOk = password.size() >= check.minLength && password.size() <= check.maxLength;

    bool lower = false, upper = false, digit = false, special = false;
    for (QChar c : password) {
        if (c >= u'a' && c <= u'z')
            lower = true;
        else if (c >= u'A' && c <= u'Z')
            upper = true;
        else if (c >= u'0' && c <= u'9')
            digit = true;
        else if (c.unicode() < 128 && policy.specials.contains(c))
            special = true;
        else if (!check.invalidCharacters.contains(c))
            check.invalidCharacters.append(c);
    }
    // API 2.0 Linux counts letters as one class; elsewhere lower and upper case are apart.
    const int letterClasses = policy.casesApart ? int(lower) + int(upper) : int(lower || upper);
    check.classesPresent = letterClasses + int(digit) + int(special);
    return check;
}

QList<FieldProblem> OrderValidator::validate(const PurchaseOrder &o) const
{
    return ApiProtocol::forApi(o.api).validate(o, m_catalog);
}
