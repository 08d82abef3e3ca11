#!/usr/bin/env node
// `cvm-purchaser-cli export --format terraform` read by a real HCL parser (@cdktf/hcl2json, HashiCorp's own
// HCL library compiled to WebAssembly, pinned in package-lock.json): the full order of an administrator (VPC,
// subnet, two security groups, three tags, user data, three data disks of two types, count 3, protection,
// a destroy-at time) must come out as one tencentcloud_instance resource whose arguments hold exactly the
// order's settings. Prints one line per breach and exits 1 if there is any.
// Usage: check_terraform.js PATH_TO_cvm-purchaser-cli
"use strict";

const { execFileSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");

let parse;
try {
    ({ parse } = require("@cdktf/hcl2json"));
} catch (error) {
    console.error(`FAIL the HCL parser is not installed (${error.code || error.message}): ` +
                  "run `npm ci --prefix tests/sdk` (.ci/install-deps does)");
    process.exit(1);
}

const script = "#!/bin/sh\necho hello\n";
const order = {
    schema: 1, api: "3.0", region: "ap-guangzhou", zone: "ap-guangzhou-3", instanceType: "S5.MEDIUM4",
    imageId: "img-eb30mz89", osFamily: "linux", systemDisk: { type: "CLOUD_PREMIUM", size: 50 },
    dataDisks: [{ type: "CLOUD_SSD", size: 200, deleteWithInstance: false }, { type: "CLOUD_SSD", size: 300 },
                { type: "CLOUD_PREMIUM", size: 100, deleteWithInstance: true }],
    vpcId: "vpc-abcd1234", subnetId: "subnet-abcd1234", internetChargeType: "TRAFFIC_POSTPAID_BY_HOUR",
    bandwidth: 5, publicIp: true, keyIds: ["skey-abcd1234"], securityGroupIds: ["sg-abcd1234", "sg-efgh5678"],
    securityService: true, monitorService: true, projectId: 0, count: 3, instanceName: "web",
    hostName: "web-{R:1}", tags: { team: "ops", env: "prod", owner: 'alice "al" ${x}' },
    userData: script, disableApiTermination: true, terminateAt: "2099-12-08T18:00:00+08:00",
};

const breaches = [];
function expect(what, actual, expected) {
    if (JSON.stringify(actual) !== JSON.stringify(expected))
        breaches.push(`${what}: ${JSON.stringify(actual)}, expected ${JSON.stringify(expected)}`);
}

async function main() {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cvm-terraform-"));
    try {
        const file = path.join(dir, "web.json");
        fs.writeFileSync(file, JSON.stringify(order));
        const text = execFileSync(process.argv[2], ["export", file, "--format", "terraform"], { encoding: "utf8" });
        let hcl;
        try {
            hcl = await parse("web.tf", text);
        } catch (error) {
            console.error(`FAIL not valid HCL: ${error}\n${text}`);
            process.exit(1);
        }
        const resources = (hcl.resource || {}).tencentcloud_instance || {};
        expect("resources", Object.keys(hcl), ["resource"]);
        expect("tencentcloud_instance resources", Object.keys(resources), ["web"]);
        const r = (resources.web || [{}])[0];
        expect("count", r.count, 3);
        expect("instance_charge_type", r.instance_charge_type, "POSTPAID_BY_HOUR");
        expect("availability_zone", r.availability_zone, "ap-guangzhou-3");
        expect("instance_type", r.instance_type, "S5.MEDIUM4");
        expect("image_id", r.image_id, "img-eb30mz89");
        expect("system disk", [r.system_disk_type, r.system_disk_size], ["CLOUD_PREMIUM", 50]);
        expect("data_disks", r.data_disks, [
            { data_disk_size: 200, data_disk_type: "CLOUD_SSD", delete_with_instance: false },
            { data_disk_size: 300, data_disk_type: "CLOUD_SSD", delete_with_instance: true },
            { data_disk_size: 100, data_disk_type: "CLOUD_PREMIUM", delete_with_instance: true },
        ]);
        expect("network", [r.vpc_id, r.subnet_id], ["vpc-abcd1234", "subnet-abcd1234"]);
        expect("orderly_security_groups", r.orderly_security_groups, ["sg-abcd1234", "sg-efgh5678"]);
        expect("bandwidth", [r.internet_charge_type, r.internet_max_bandwidth_out, r.allocate_public_ip],
               ["TRAFFIC_POSTPAID_BY_HOUR", 5, true]);
        expect("key_ids", r.key_ids, ["skey-abcd1234"]);
        expect("instance_name", r.instance_name, "web");
        expect("user_data (decoded)", Buffer.from(r.user_data || "", "base64").toString("utf8"), script);
        expect("disable_api_termination", r.disable_api_termination, true);
        expect("project_id", r.project_id, 0);
        // "${" is escaped as "$${" in a quoted HCL string, or Terraform would read an interpolation.
        expect("tags", r.tags, { env: "prod", owner: 'alice "al" $${x}', team: "ops" });
        for (const secret of ["password", "client_token", "cvm-purchaser-token"])
            if (text.toLowerCase().includes(secret))
                breaches.push(`the resource mentions ${secret}`);
    } finally {
        fs.rmSync(dir, { recursive: true, force: true });
    }
    for (const breach of breaches)
        console.log(`FAIL ${breach}`);
    if (breaches.length)
        process.exit(1);
    console.log("PASS the Terraform export parses as HCL and holds the order's settings");
}

main().catch(error => {
    console.error(`FAIL ${error.stack || error}`);
    process.exit(1);
});
