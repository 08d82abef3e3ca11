#pragma once

#include "api/Endpoint.h"
#include "cli/CliCommand.h"
#include "protocol/ApiProtocol.h"

#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

class CloudQueries;

// cvm-purchaser-cli list KIND: what the account has in a region (zones, instance types, images, key pairs,
// VPCs, subnets, security groups, projects), every page of it, one line per item or (--json) one object per
// line with CONTRACTS.md's keys.
class ListCommand final : public CliCommand
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ListCommand)

public:
    enum class Kind { Zones, InstanceTypes, Images, KeyPairs, Vpcs, Subnets, SecurityGroups, Projects };

    struct Options
    {
        Endpoint endpoint{ApiProtocol::assumed().api()}; // Cli::resolveConnection sets it
        QString profile;
        QString region;
        Kind kind = Kind::Zones;
        QString zone;  // instance-types: required; subnets: a filter
        QString vpcId; // subnets: a filter
    };

    // "zones", "instance-types", ... as the command line names them, in CONTRACTS.md's order.
    static QStringList kindNames();
    static std::optional<Kind> kindFromName(const QString &name);
    // Whether the API has the lookup: API 2.0 lists zones, images and key pairs only.
    static bool exists(Kind kind, const ApiProtocol &protocol);

    ListCommand(const Options &options, CliReporter &reporter, QObject *parent = nullptr);
    ~ListCommand() override;

    void start() override;

private:
    using Item = QList<QPair<QString, QJsonValue>>;
    // Prints the items (or the failure) and finishes with the contract's exit status.
    void print(const ApiResult &result, const QList<Item> &items);

    Options m_options;
    CloudQueries *m_queries = nullptr;
};
