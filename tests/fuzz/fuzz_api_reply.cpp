// Whatever an endpoint sends back: each protocol's parseReply reads the body as
// a 200 and as a 5xx answer, and a successful reply goes through every parser
// of that protocol, the way the client, the tracker and the wizard use them.
// A purchase reply is trusted only as exactly what was ordered, and no description
// of a reply carries a control character to a terminal or a window.
#include "api/ApiResult.h"
#include "api/ServerText.h"
#include "fuzz/FuzzInput.h"
#include "protocol/ApiProtocol.h"
#include "protocol/ApiReplies.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = fuzzBytes(data, size);
    for (const ApiProtocol *protocol : ApiProtocol::all()) {
        for (const int httpStatus : {200, 503}) {
            const ApiResult result = protocol->parseReply(httpStatus, body);
            if (ServerText::hasControls(result.describe()))
                propertyBroken("a reply's description shows no control character", body);
            (void)result.errorName();
            (void)result.isRetryable();
            if (!result.ok())
                continue;

            for (const int ordered : {1, 2, 100}) {
                // Bought ids are trusted only as exactly what was ordered: distinct ids of the API's format.
                const ApiReplies::RunInstances run = protocol->parseRunInstances(result.data, ordered);
                if (ServerText::hasControls(run.error))
                    propertyBroken("why a purchase reply is not trusted shows no control character", body);
                if (!run.error.isEmpty() ? !run.instanceIds.isEmpty() : run.instanceIds.size() != ordered)
                    propertyBroken("a purchase reply gives exactly the ordered number of ids, or none", body);
                for (const QString &id : run.instanceIds)
                    if (!ApiReplies::isInstanceId(id) || run.instanceIds.count(id) != 1)
                        propertyBroken("bought ids are distinct instance ids", id.toUtf8());
            }
            const ApiReplies::DescribeInstances described = protocol->parseDescribeInstances(result.data);
            for (const ApiReplies::Instance &instance : described.instances) {
                if (instance.state != ApiReplies::InstanceState::Other &&
                    instance.state != ApiReplies::stateForStatus(instance.status))
                    propertyBroken("an instance's state follows its status", instance.instanceId.toUtf8());
                (void)ApiReplies::statusText(instance.status);
            }
            (void)protocol->parseZones(result.data);
            (void)protocol->parseImages(result.data);
            (void)protocol->parseKeyPairs(result.data);
            // The account's lookups: an accepted page is never more than its total, and its ids have their
            // form.
            const ApiReplies::Vpcs vpcs = protocol->parseVpcs(result.data);
            if (vpcs.error.isEmpty() && vpcs.vpcs.size() > vpcs.totalCount)
                propertyBroken("an accepted page of VPCs is within its total");
            for (const ApiReplies::Vpc &vpc : vpcs.vpcs)
                if (!ApiReplies::isResourceId(vpc.vpcId, QLatin1StringView("vpc")))
                    propertyBroken("an accepted VPC id has the cloud's form", vpc.vpcId.toUtf8());
            for (const ApiReplies::Subnet &subnet : protocol->parseSubnets(result.data).subnets)
                if (!ApiReplies::isResourceId(subnet.subnetId, QLatin1StringView("subnet")) ||
                    !ApiReplies::isResourceId(subnet.vpcId, QLatin1StringView("vpc")))
                    propertyBroken("an accepted subnet's ids have the cloud's form",
                                   subnet.subnetId.toUtf8());
            for (const ApiReplies::SecurityGroup &group :
                 protocol->parseSecurityGroups(result.data).securityGroups)
                if (!ApiReplies::isResourceId(group.securityGroupId, QLatin1StringView("sg")))
                    propertyBroken("an accepted security group id has the cloud's form",
                                   group.securityGroupId.toUtf8());
            for (const ApiReplies::Project &project : protocol->parseProjects(result.data).projects)
                if (project.projectId < 0)
                    propertyBroken("an accepted project id is never negative");
            for (const ApiReplies::InstanceTypeConfig &c : protocol->parseInstanceTypes(result.data).configs)
                if (!(c.unitPrice >= 0))
                    propertyBroken("a catalog price is never negative", c.instanceType.toUtf8());
            const ApiReplies::Price price = protocol->parsePrice(result.data);
            if (price.error.isEmpty() && (!(price.instancePerHour >= 0) || !(price.bandwidthPerHour >= 0)))
                propertyBroken("an accepted price is never negative");
        }
    }
    return 0;
}
