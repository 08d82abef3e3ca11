#include "cli/ListCommand.h"

#include "api/CloudQueries.h"
#include "cli/Cli.h"
#include "cli/CliReporter.h"

#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
constexpr const char *kKindNames[] = {"zones", "instance-types", "images",          "key-pairs",
                                      "vpcs",  "subnets",        "security-groups", "projects"};

// How many columns a terminal gives the text: CJK and other wide characters take two.
qsizetype displayWidth(const QString &text)
{
    qsizetype width = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool wide = (u >= 0x1100 && u <= 0x115F) || (u >= 0x2E80 && u <= 0xA4CF) ||
                          (u >= 0xAC00 && u <= 0xD7A3) || (u >= 0xF900 && u <= 0xFAFF) ||
                          (u >= 0xFE30 && u <= 0xFE4F) || (u >= 0xFF00 && u <= 0xFF60) ||
                          (u >= 0xFFE0 && u <= 0xFFE6);
        width += c.isLowSurrogate() ? 0 : wide ? 2 : 1;
    }
    return width;
}

// The image kinds as API 3.0 names them, for both APIs.
QString imageTypeName(int imageType)
{
    static const char *const names[] = {"", "PRIVATE_IMAGE", "PUBLIC_IMAGE", "MARKET_IMAGE", "SHARED_IMAGE"};
    return imageType >= 1 && imageType <= 4 ? QString::fromLatin1(names[imageType]) : QString();
}
} // namespace

QStringList ListCommand::kindNames()
{
    QStringList out;
    for (const char *name : kKindNames)
        out.append(QString::fromLatin1(name));
    return out;
}

std::optional<ListCommand::Kind> ListCommand::kindFromName(const QString &name)
{
    const qsizetype index = kindNames().indexOf(name);
    if (index < 0)
        return std::nullopt;
    return Kind(index);
}

bool ListCommand::exists(Kind kind, const ApiProtocol &protocol)
{
    switch (kind) {
    case Kind::Zones:
    case Kind::Images:
    case Kind::KeyPairs:
        return true;
    case Kind::InstanceTypes:
        return !protocol.describeInstanceTypes(u"zone"_s).action.isEmpty();
    case Kind::Vpcs:
    case Kind::Subnets:
    case Kind::SecurityGroups:
    case Kind::Projects:
        return !protocol.describeVpcs(0).action.isEmpty();
    }
    return false;
}

ListCommand::ListCommand(const Options &options, CliReporter &reporter, QObject *parent)
    : CliCommand(reporter, parent), m_options(options)
{
    m_resultOnStandardOutput = true;
}

ListCommand::~ListCommand() = default;

void ListCommand::start()
{
    resolveCredentials(m_options.profile, [this](const Credentials &credentials) {
        m_queries = new CloudQueries(createClient(m_options.endpoint, credentials), this);
        const QString &region = m_options.region;
        switch (m_options.kind) {
        case Kind::Zones:
            connect(m_queries, &CloudQueries::zonesReady, this,
                    [this](const ApiResult &result, const QList<ApiReplies::Zone> &zones) {
                        QList<Item> items;
                        for (const ApiReplies::Zone &z : zones)
                            items.append(Item{{u"zone"_s, z.id},
                                              {u"name"_s, z.zoneName},
                                              {u"state"_s, z.available ? u"AVAILABLE"_s : u"UNAVAILABLE"_s}});
                        print(result, items);
                    });
            m_queries->queryZones(region);
            break;
        case Kind::InstanceTypes:
            connect(m_queries, &CloudQueries::instanceTypesReady, this,
                    [this](const ApiResult &result, const QList<ApiReplies::InstanceTypeConfig> &configs) {
                        QList<Item> items;
                        for (const ApiReplies::InstanceTypeConfig &c : configs)
                            items.append(Item{{u"instanceType"_s, c.instanceType},
                                              {u"cpu"_s, c.cpu},
                                              {u"memory"_s, c.memory},
                                              {u"status"_s, c.soldOut ? u"SOLD_OUT"_s : u"SELL"_s},
                                              {u"price"_s, c.unitPrice}});
                        print(result, items);
                    });
            m_queries->queryInstanceTypes(region, m_options.zone);
            break;
        case Kind::Images:
            connect(m_queries, &CloudQueries::imagesReady, this,
                    [this](const ApiResult &result, const QList<ApiReplies::Image> &images) {
                        QList<Item> items;
                        for (const ApiReplies::Image &i : images)
                            items.append(Item{{u"imageId"_s, i.imageId},
                                              {u"name"_s, i.imageName},
                                              {u"os"_s, i.osName},
                                              {u"platform"_s, i.platform},
                                              {u"type"_s, imageTypeName(i.imageType)}});
                        print(result, items);
                    });
            m_queries->queryImages(region, 0); // every kind the API lists
            break;
        case Kind::KeyPairs:
            connect(m_queries, &CloudQueries::keyPairsReady, this,
                    [this](const ApiResult &result, const QList<ApiReplies::KeyPair> &keys) {
                        QList<Item> items;
                        for (const ApiReplies::KeyPair &k : keys)
                            items.append(Item{{u"keyId"_s, k.keyId}, {u"name"_s, k.keyName}});
                        print(result, items);
                    });
            m_queries->queryKeyPairs(region);
            break;
        case Kind::Vpcs:
            connect(m_queries, &CloudQueries::vpcsReady, this,
                    [this](const ApiResult &result, const QList<ApiReplies::Vpc> &vpcs) {
                        QList<Item> items;
                        for (const ApiReplies::Vpc &v : vpcs)
                            items.append(Item{{u"vpcId"_s, v.vpcId},
                                              {u"name"_s, v.name},
                                              {u"cidr"_s, v.cidr},
                                              {u"isDefault"_s, v.isDefault}});
                        print(result, items);
                    });
            m_queries->queryVpcs(region);
            break;
        case Kind::Subnets:
            connect(m_queries, &CloudQueries::subnetsReady, this,
                    [this](const ApiResult &result, const QList<ApiReplies::Subnet> &subnets) {
                        QList<Item> items;
                        for (const ApiReplies::Subnet &s : subnets)
                            items.append(Item{{u"subnetId"_s, s.subnetId},
                                              {u"name"_s, s.name},
                                              {u"vpcId"_s, s.vpcId},
                                              {u"zone"_s, s.zone},
                                              {u"cidr"_s, s.cidr},
                                              {u"availableIps"_s, s.availableIps}});
                        print(result, items);
                    });
            m_queries->querySubnets(region, m_options.vpcId, m_options.zone);
            break;
        case Kind::SecurityGroups:
            connect(m_queries, &CloudQueries::securityGroupsReady, this,
                    [this](const ApiResult &result, const QList<ApiReplies::SecurityGroup> &groups) {
                        QList<Item> items;
                        for (const ApiReplies::SecurityGroup &g : groups)
                            items.append(Item{{u"securityGroupId"_s, g.securityGroupId},
                                              {u"name"_s, g.name},
                                              {u"description"_s, g.description},
                                              {u"isDefault"_s, g.isDefault}});
                        print(result, items);
                    });
            m_queries->querySecurityGroups(region);
            break;
        case Kind::Projects:
            connect(m_queries, &CloudQueries::projectsReady, this,
                    [this](const ApiResult &result, const QList<ApiReplies::Project> &projects) {
                        QList<Item> items;
                        for (const ApiReplies::Project &p : projects)
                            items.append(Item{{u"projectId"_s, double(p.projectId)}, {u"name"_s, p.name}});
                        print(result, items);
                    });
            m_queries->queryProjects(region);
            break;
        }
    });
}

void ListCommand::print(const ApiResult &result, const QList<Item> &items)
{
    if (!result.ok()) {
        m_reporter.error(result.errorName(), result.describe());
        finish(exitStatusFor(result));
        return;
    }
    if (m_reporter.isJson()) {
        for (const Item &item : items)
            m_reporter.object(item);
        finish(Cli::Success);
        return;
    }
    // For people: columns aligned, a default marked as such, prices in the user's locale (counts and ids
    // as they are).
    const QLocale locale;
    QList<QStringList> rows;
    for (const Item &item : items) {
        QStringList cells;
        for (const auto &[key, value] : item) {
            if (value.isBool())
                cells.append(value.toBool() ? tr("(default)") : QString());
            else if (value.isDouble())
                cells.append(key == "price"_L1 ? tr("%1/hour").arg(locale.toString(value.toDouble(), 'f', 4))
                                               : QString::number(qint64(value.toDouble())));
            else
                cells.append(value.toString());
        }
        rows.append(cells);
    }
    QList<qsizetype> widths;
    for (const QStringList &cells : std::as_const(rows))
        for (qsizetype i = 0; i < cells.size(); ++i) {
            if (widths.size() <= i)
                widths.append(0);
            widths[i] = std::max(widths[i], displayWidth(cells.at(i)));
        }
    for (const QStringList &cells : std::as_const(rows)) {
        QString line;
        for (qsizetype i = 0; i < cells.size(); ++i)
            line += i + 1 < cells.size()
                        ? cells.at(i) + QString(widths.at(i) + 2 - displayWidth(cells.at(i)), u' ')
                        : cells.at(i);
        m_reporter.progress(line.trimmed());
    }
    if (rows.isEmpty())
        m_reporter.warning(tr("the cloud lists none in %1.").arg(m_options.region));
    finish(Cli::Success);
}
