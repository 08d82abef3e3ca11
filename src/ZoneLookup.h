#pragma once

#include "ApiReplies.h"
#include "ApiResult.h"

#include <QObject>
#include <QPointer>

class ApiCall;
class ApiClient;

// Asks DescribeAvailabilityZones for a region's zones: the "Test connection"
// of the Account page and the live zone list of the Location page.
class ZoneLookup final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ZoneLookup)

public:
    explicit ZoneLookup(ApiClient *client, QObject *parent = nullptr);
    // Starts a lookup; a lookup still running is abandoned first.
    void start(const QString &region);
    bool isRunning() const { return !m_call.isNull(); }

Q_SIGNALS:
    // result.ok() with the zones, or the failure in result (BadReply for an unusable zoneSet).
    void finished(const ApiResult &result, const QList<ApiReplies::Zone> &zones);

private:
    ApiClient *m_client;
    QPointer<ApiCall> m_call;
};
