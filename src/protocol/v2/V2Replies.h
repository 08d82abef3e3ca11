#pragma once

#include "api/ApiResult.h"
#include "protocol/ApiReplies.h"

#include <QJsonObject>

// Parsers for the data of successful API 2.0 replies. Field types drift
// between documentation versions (numbers as strings and back), so every
// field is read tolerantly; anything unusable becomes an error, never a crash.
namespace V2Replies {

// Any reply: code 0 is success (its object the data), another code an API error, HTTP errors and what is
// not JSON as such.
ApiResult parseReply(int httpStatus, const QByteArray &body);

ApiReplies::RunInstances parseRunInstances(const QJsonObject &reply, int ordered);
ApiReplies::DescribeInstances parseDescribeInstances(const QJsonObject &reply);
ApiReplies::Zones parseZones(const QJsonObject &reply);
ApiReplies::Images parseImages(const QJsonObject &reply);
ApiReplies::KeyPairs parseKeyPairs(const QJsonObject &reply);
ApiReplies::Price parsePrice(const QJsonObject &reply);

} // namespace V2Replies
