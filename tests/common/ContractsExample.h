#pragma once

#include <QByteArray>

// The example of CONTRACTS.md, verbatim.
inline const QByteArray kContractsExample = R"({
  "schema": 1,
  "region": "gz",
  "zoneId": 100001,
  "instanceType": "CVM.S1",
  "cpu": 1,
  "mem": 2,
  "imageId": "img-3wnd9xpl",
  "imageType": 2,
  "osFamily": "linux",
  "storageType": 1,
  "storageSize": 50,
  "rootSize": 20,
  "bandwidthType": "PayByHour",
  "bandwidth": 1,
  "wanIp": 1,
  "vpcId": "",
  "subnetId": "",
  "isVpcGateway": 0,
  "keyId": "",
  "needSecurityAgent": 1,
  "needMonitorAgent": 1,
  "projectId": 0,
  "goodsNum": 1,
  "instanceName": "web"
}
)";

// The example of CONTRACTS.md's "Order template for API 3.0", verbatim.
inline const QByteArray kContractsExampleV3 = R"({
  "schema": 1,
  "api": "3.0",
  "region": "ap-guangzhou",
  "zone": "ap-guangzhou-3",
  "instanceType": "S5.MEDIUM4",
  "imageId": "img-eb30mz89",
  "osFamily": "linux",
  "systemDisk": {"type": "CLOUD_PREMIUM", "size": 50},
  "dataDisks": [{"type": "CLOUD_PREMIUM", "size": 100}],
  "vpcId": "",
  "subnetId": "",
  "internetChargeType": "TRAFFIC_POSTPAID_BY_HOUR",
  "bandwidth": 1,
  "publicIp": true,
  "keyIds": [],
  "securityGroupIds": [],
  "securityService": true,
  "monitorService": true,
  "projectId": 0,
  "count": 1,
  "instanceName": "web"
}
)";
