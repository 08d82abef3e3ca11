#include "order/OrderValidator.h"

#include "order/Catalog.h"
#include "protocol/ApiProtocol.h"

#include <QLocale>
#include <QStringList>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace {
// PROTOCOL.md section 4: Windows does not allow '|'.
constexpr QLatin1StringView kLinuxSpecials("()`~!@#$%^&*-+=|{}[]:;',.?/");
constexpr QLatin1StringView kWindowsSpecials("()`~!@#$%^&*-+={}[]:;',.?/");

// How a character that cannot be seen is named in a message: "tab", not an invisible gap.
QString invisibleName(QChar c)
{
    switch (c.unicode()) {
    case 0: return OrderValidator::tr("NUL");
    case u'\t': return OrderValidator::tr("tab");
    case u'\n': return OrderValidator::tr("line break");
    case u'\r': return OrderValidator::tr("carriage return");
    case 0x1b: return OrderValidator::tr("escape");
    case u' ':
        return OrderValidator::tr("space");
    case 0xa0:
        return OrderValidator::tr("no-break space");
    case 0x3000:
        return OrderValidator::tr("full-width space");
    default: return u"U+%1"_s.arg(QString::number(c.unicode(), 16).toUpper().rightJustified(4, u'0'));
    }
}

// "vpc-2zez8cp4": the prefix, then 8 lower-case letters and digits.
bool isCloudId(const QString &value, QLatin1StringView prefix)
{
    constexpr qsizetype kIdLength = 8;
    if (!value.startsWith(prefix) || value.size() != prefix.size() + kIdLength)
        return false;
    return std::all_of(value.cbegin() + prefix.size(), value.cend(),
                       [](QChar c) { return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'); });
}

bool isControl(QChar c)
{
    const char16_t u = c.unicode();
    return u < 0x20 || u == 0x7f || (u >= 0x80 && u <= 0x9f) || u == 0x2028 || u == 0x2029;
}

} // namespace

OrderValidator::OrderValidator(const Catalog &catalog) : m_catalog(catalog) {}

QString OrderValidator::describeCharacters(const QString &characters)
{
    // A character that shows as a gap or nothing at all is named ("space", "tab"); one that can be seen is
    // shown in quotes.
    QStringList names;
    for (QChar c : characters)
        names.append(c.isPrint() && !c.isSpace() ? tr("“%1”").arg(c) : invisibleName(c));
    return QLocale().createSeparatedList(names);
}

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
    QList<FieldProblem> problems = ApiProtocol::forApi(o.api).validate(o, m_catalog);
    // The texts no protocol rule reads character by character (ids, zones and types have formats) are one
    // line of printable text, whatever the API: a NUL, line break or tab would be sent as it is, or cut the
    // request short. Both APIs name these fields alike.
    for (const auto &[field, value] : {std::pair{"instanceName"_L1, o.instanceName}, std::pair{"vpcId"_L1, o.vpcId},
                                       std::pair{"subnetId"_L1, o.subnetId}}) {
        const auto bad = std::find_if(value.cbegin(), value.cend(), isControl);
        if (bad != value.cend())
            problems.append({field, u"characters"_s,
                             tr("%1 holds a %2 character; only printable text on one line is allowed.")
                                 .arg(field, invisibleName(*bad))});
        // The ids the cloud gives are its prefix and 8 lower-case letters and digits, in both APIs: a typo is
        // said while typing, not by the cloud's refusal after Purchase.
        else if (field == "vpcId"_L1 && !value.isEmpty() && !isCloudId(value, "vpc-"_L1))
            problems.append(
                {field, u"format"_s,
                 tr("A VPC id looks like vpc-2zez8cp4: \"vpc-\" then 8 lower-case letters and digits.")});
        else if (field == "subnetId"_L1 && !value.isEmpty() && !isCloudId(value, "subnet-"_L1))
            problems.append(
                {field, u"format"_s,
                 tr("A subnet id looks like subnet-8fh2xa1k: \"subnet-\" then 8 lower-case letters and "
                    "digits.")});
    }
    return problems;
}
