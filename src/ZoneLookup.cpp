#include "ZoneLookup.h"

#include "ApiClient.h"

using namespace Qt::StringLiterals;

ZoneLookup::ZoneLookup(ApiClient *client, QObject *parent) : QObject(parent), m_client(client) {}

void ZoneLookup::start(const QString &region)
{
    if (m_call) {
        disconnect(m_call, nullptr, this, nullptr);
        m_call->abort();
    }
    m_call = m_client->call(u"DescribeAvailabilityZones"_s, region, {});
    connect(m_call, &ApiCall::finished, this, [this](const ApiResult &result) {
        m_call.clear();
        if (!result.ok()) {
            Q_EMIT finished(result, {});
            return;
        }
        const ApiReplies::Zones zones = ApiReplies::parseZones(result.data);
        if (!zones.error.isEmpty()) {
            ApiResult bad = result;
            bad.status = ApiResult::Status::BadReply;
            bad.message = zones.error;
            Q_EMIT finished(bad, {});
            return;
        }
        Q_EMIT finished(result, zones.zones);
    });
}
