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
