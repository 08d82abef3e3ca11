#pragma once

#include "order/PurchaseOrder.h"

#include <QList>
#include <QPair>
#include <QString>

#include <optional>

// The instance settings of RunInstances (the API 3.0 template keys tags, hostName, userData,
// disableApiTermination and deleteWithInstance, CONTRACTS.md), read and set for the wizard, which must not
// know PurchaseOrder::own by name. An empty or false value unsets a setting, as a template leaves it out.
// Their rules are the protocol's (ApiProtocol::validate()).
class InstanceSettings final
{
public:
    // Whether the API has them (API 3.0; PROTOCOL.md section 11), and how many data disks an instance of
    // the API takes: 21 in 3.0 (one local at most), one in 2.0.
    static bool supported(PurchaseOrder::Api api);
    static int maxDataDisks(PurchaseOrder::Api api);
    // The most a start-up script takes once base64-encoded, and what the given one takes.
    static constexpr int kMaxUserDataBase64 = 16 * 1024;
    static qsizetype userDataEncodedSize(const QString &script);
    // Tags in the order of their keys.
    static QList<QPair<QString, QString>> tagsOf(const PurchaseOrder &order);
    static void setTags(PurchaseOrder *order, const QList<QPair<QString, QString>> &tags);
    static QString hostNameOf(const PurchaseOrder &order);
    static void setHostName(PurchaseOrder *order, const QString &hostName);
    static QString userDataOf(const PurchaseOrder &order);
    static void setUserData(PurchaseOrder *order, const QString &script);
    static bool disablesApiTermination(const PurchaseOrder &order);
    static void setDisableApiTermination(PurchaseOrder *order, bool on);
    // Whether data disk `index` goes with its instance: nullopt is the API's default (it does).
    static std::optional<bool> deleteWithInstanceOf(const PurchaseOrder &order, qsizetype index);
    static void setDeleteWithInstance(PurchaseOrder *order, qsizetype index, std::optional<bool> on);
    // Removes data disk `index` with its deleteWithInstance entry.
    static void removeDataDisk(PurchaseOrder *order, qsizetype index);
};
