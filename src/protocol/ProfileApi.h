#pragma once

#include "order/PurchaseOrder.h"

#include <QString>

// Which API a credentials profile speaks: a non-secret setting kept beside the
// profile's name and SecretId in the product's settings (group "profileApi").
// A profile without one speaks API 2.0: profiles from before API 3.0 became the
// default; new profiles are stored with today's (ApiProtocol::current()) unless
// told otherwise. Runs with an order follow the order's
// API instead; CVM_PURCHASER_API comes before the profile (README, "API 3.0").
class ProfileApi final
{
public:
    static PurchaseOrder::Api read(const QString &profile, bool *isSet = nullptr);
    // False when the settings could not be written.
    static bool write(const QString &profile, PurchaseOrder::Api api);
    static void remove(const QString &profile);
};
