#!/usr/bin/env node
// The official Tencent Cloud Node.js SDK (tencentcloud-sdk-nodejs-cvm, pinned in package-lock.json) against
// cvm-sandbox's API 3.0: the very same TC3-signed DescribeZones sent twice within one second is answered
// twice, as the cloud does (PROTOCOL.md section 11: TC3 has no nonce and no replay rule). Also: the sandbox
// takes the SDK's own requests at all.
// Usage: identical_requests.js PATH_TO_cvm-sandbox   (starts the sandbox on 127.0.0.1, stops it at the end)
// Install the SDK first: npm ci --prefix tests/sdk (.ci/install-deps does).
"use strict";

const { spawn } = require("child_process");
const http = require("http");
const readline = require("readline");

const SECRET_ID = "AKIDSandboxDemo00000000000000000000";
const SECRET_KEY = "SandboxDemoKeyNothingIsBought0000";
// The SDK names the TC3 service after the endpoint's first label ("cvm" of cvm.tencentcloudapi.com), so the
// endpoint is a cvm.* name; the agent below connects every name to the sandbox on 127.0.0.1.
const HOST = "cvm.localhost";

function loadSdk() {
    try {
        return {
            cvm: require("tencentcloud-sdk-nodejs-cvm").cvm,
            sign: require("tencentcloud-sdk-nodejs-common/tencentcloud/common/sign").default,
        };
    } catch (error) {
        console.error(`FAIL the official SDK is not installed (${error.code || error.message}): ` +
                      `run \`npm ci --prefix tests/sdk\` (.ci/install-deps does)`);
        process.exit(1);
    }
}

function startSandbox(path) {
    return new Promise((resolve, reject) => {
        const sandbox = spawn(path, ["--port", "0"], { stdio: ["ignore", "pipe", "inherit"] });
        sandbox.on("error", reject);
        readline.createInterface({ input: sandbox.stdout }).once("line", (line) => {
            const [word, port] = line.trim().split(/\s+/);
            if (word !== "listening") {
                sandbox.kill();
                reject(new Error(`cvm-sandbox said "${line}"`));
                return;
            }
            resolve({ sandbox, port: Number(port) });
        });
    });
}

// Until the start of a second, so that two requests sent at once carry the same X-TC-Timestamp.
function startOfASecond() {
    return new Promise((resolve) => setTimeout(resolve, 1000 - (Date.now() % 1000) + 20));
}

async function main() {
    const { cvm, sign } = loadSdk();
    if (process.argv.length < 3) {
        console.error("usage: identical_requests.js PATH_TO_cvm-sandbox");
        return 2;
    }
    // Every Authorization the SDK makes, to show that the two requests were the very same signed request.
    const authorizations = [];
    const sign3 = sign.sign3;
    sign.sign3 = (...args) => {
        const authorization = sign3.apply(sign, args);
        authorizations.push(authorization);
        return authorization;
    };

    const { sandbox, port } = await startSandbox(process.argv[2]);
    try {
        const lookup = (hostname, options, callback) =>
            options && options.all ? callback(null, [{ address: "127.0.0.1", family: 4 }])
                                   : callback(null, "127.0.0.1", 4);
        const agent = new http.Agent({ lookup });
        const client = new cvm.v20170312.Client({
            credential: { secretId: SECRET_ID, secretKey: SECRET_KEY },
            region: "ap-guangzhou",
            profile: {
                // A fixed trace id: without it each request carries a fresh (unsigned) X-TC-TraceId header.
                httpProfile: { endpoint: `${HOST}:${port}`, protocol: "http://", agent, reqTimeout: 10,
                               headers: { "X-TC-TraceId": "cvm-purchaser-sdk-test" } },
            },
        });
        const results = [];
        const check = (label, ok, detail) => {
            console.log(`${ok ? "ok  " : "FAIL"} ${label}${detail ? ": " + detail : ""}`);
            results.push(ok);
        };

        const zones = await client.DescribeZones({});
        check("the SDK's DescribeZones is answered", Array.isArray(zones.ZoneSet) && zones.ZoneSet.length > 0,
              `${(zones.ZoneSet || []).length} zones`);

        // The same request twice at once, at the start of a second; again if the second turned meanwhile.
        let pair = null;
        for (let attempt = 0; attempt < 5 && !pair; ++attempt) {
            await startOfASecond();
            authorizations.length = 0;
            const answers = await Promise.allSettled([client.DescribeZones({}), client.DescribeZones({})]);
            if (authorizations.length === 2 && authorizations[0] === authorizations[1])
                pair = answers;
        }
        check("two identical requests signed within one second", pair !== null);
        if (pair) {
            pair.forEach((answer, i) => {
                const detail = answer.status === "fulfilled"
                    ? `${answer.value.ZoneSet.length} zones`
                    : `${answer.reason.code || ""} ${answer.reason.message}`;
                check(`identical request ${i + 1} answered`, answer.status === "fulfilled", detail);
            });
        }
        console.log(`${results.filter(Boolean).length} passed, ${results.filter((r) => !r).length} failed`);
        return results.every(Boolean) ? 0 : 1;
    } finally {
        sandbox.kill("SIGTERM");
    }
}

main().then((status) => { process.exitCode = status; }, (error) => {
    console.error(`FAIL ${error.stack || error}`);
    process.exitCode = 1;
});
