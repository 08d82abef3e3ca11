#!/usr/bin/env python3
"""Talks to a running cvm-sandbox's API 3.0 endpoint (/) with an independent
implementation of TC3-HMAC-SHA256 (Python's hashlib, hmac, urllib): correct
requests are accepted, whether they sign content-type;host like the official
SDKs or more headers; tampered and stale ones are refused; the very same
signed request sent twice is answered twice (TC3 has no nonce and no replay
rule, PROTOCOL.md section 11).
Usage: independent_tc3_signer.py PATH_TO_cvm-sandbox"""
import datetime, hashlib, hmac, json, subprocess, sys, time, urllib.request

SECRET_ID = "AKIDSandboxDemo00000000000000000000"
SECRET_KEY = "SandboxDemoKeyNothingIsBought0000"
CONTENT_TYPE = "application/json; charset=utf-8"


def hmac256(key, msg):
    return hmac.new(key, msg.encode("utf-8"), hashlib.sha256).digest()


def authorization(headers, signed, payload, timestamp, key=SECRET_KEY, date=None):
    date = date or datetime.datetime.fromtimestamp(timestamp, datetime.timezone.utc).strftime("%Y-%m-%d")
    canonical_headers = "".join(f"{n}:{headers[n].strip().lower()}\n" for n in signed)
    canonical = "\n".join(["POST", "/", "", canonical_headers, ";".join(signed),
                           hashlib.sha256(payload).hexdigest()])
    scope = f"{date}/cvm/tc3_request"
    to_sign = "\n".join(["TC3-HMAC-SHA256", str(timestamp), scope,
                         hashlib.sha256(canonical.encode("utf-8")).hexdigest()])
    k = hmac256(hmac256(hmac256(("TC3" + key).encode("utf-8"), date), "cvm"), "tc3_request")
    signature = hmac.new(k, to_sign.encode("utf-8"), hashlib.sha256).hexdigest()
    return f"TC3-HMAC-SHA256 Credential={SECRET_ID}/{scope}, SignedHeaders={';'.join(signed)}, Signature={signature}"


def call(port, action, body, timestamp=None, signed=("content-type", "host"), host_with_port=False,
         tamper_body=None, key=SECRET_KEY, send_same=None):
    timestamp = timestamp or int(time.time())
    payload = json.dumps(body).encode("utf-8")
    sign_headers = {"content-type": CONTENT_TYPE,
                    "host": f"127.0.0.1:{port}" if host_with_port else "127.0.0.1",
                    "x-tc-action": action.lower()}
    auth = send_same or authorization(sign_headers, sorted(signed), payload, timestamp, key)
    sent = tamper_body if tamper_body is not None else payload
    req = urllib.request.Request(f"http://127.0.0.1:{port}/", data=sent, method="POST", headers={
        "Content-Type": CONTENT_TYPE, "X-TC-Action": action, "X-TC-Timestamp": str(timestamp),
        "X-TC-Version": "2017-03-12", "X-TC-Region": "ap-guangzhou", "Authorization": auth})
    with urllib.request.urlopen(req, timeout=10) as reply:
        return json.loads(reply.read())["Response"], auth


def expect(label, response, code=None):
    got = response.get("Error", {}).get("Code")
    ok = got == code
    print(("ok   " if ok else "FAIL ") + label + ": " + json.dumps(response, ensure_ascii=False)[:200])
    return ok


def main():
    sandbox = subprocess.Popen([sys.argv[1], "--port", "0", "--running-after", "1"], stdout=subprocess.PIPE, text=True)
    try:
        first = sandbox.stdout.readline().split()
        assert first[0] == "listening", first
        port = int(first[1])
        r = []
        r.append(expect("DescribeZones signed like the official SDKs", call(port, "DescribeZones", {})[0]))
        r.append(expect("host signed with its port", call(port, "DescribeZones", {}, host_with_port=True)[0]))
        r.append(expect("x-tc-action signed too (newer SDKs)",
                        call(port, "DescribeZones", {}, signed=("content-type", "host", "x-tc-action"))[0]))
        run = {"InstanceChargeType": "POSTPAID_BY_HOUR", "Placement": {"Zone": "ap-guangzhou-3"},
               "InstanceType": "S5.MEDIUM4", "ImageId": "img-eb30mz89",
               "InternetAccessible": {"InternetChargeType": "TRAFFIC_POSTPAID_BY_HOUR",
                                      "InternetMaxBandwidthOut": 1, "PublicIpAssigned": True},
               "InstanceCount": 2, "LoginSettings": {"Password": "Abc12345+x/y="},
               "InstanceName": "\u672a\u547d\u540d-py", "ClientToken": "py-tc3-token-1"}
        bought, _ = call(port, "RunInstances", run)
        r.append(expect("RunInstances with a non-ASCII name", bought) and len(bought.get("InstanceIdSet", [])) == 2)
        # A retry: the same ClientToken buys nothing more.
        again, _ = call(port, "RunInstances", run)
        r.append(expect("same ClientToken returns the same instances", again)
                 and again.get("InstanceIdSet") == bought.get("InstanceIdSet"))
        described, _ = call(port, "DescribeInstances", {"InstanceIds": bought.get("InstanceIdSet", [])})
        r.append(expect("DescribeInstances lists them", described) and described.get("TotalCount") == 2)
        tampered = json.dumps(dict(run, InstanceCount=50)).encode("utf-8")
        r.append(expect("tampered body refused", call(port, "RunInstances", run, tamper_body=tampered)[0],
                        "AuthFailure.SignatureFailure"))
        r.append(expect("wrong key refused", call(port, "DescribeZones", {}, key="not-the-key")[0],
                        "AuthFailure.SignatureFailure"))
        r.append(expect("stale timestamp refused", call(port, "DescribeZones", {}, timestamp=int(time.time()) - 3600)[0],
                        "AuthFailure.SignatureExpire"))
        ts = int(time.time())
        first, auth = call(port, "DescribeZones", {}, timestamp=ts)
        r.append(expect("a request answered", first))
        r.append(expect("the very same signed request sent again is answered too",
                        call(port, "DescribeZones", {}, timestamp=ts, send_same=auth)[0]))
        print(f"{r.count(True)} passed, {r.count(False)} failed")
        return 0 if all(r) else 1
    finally:
        sandbox.terminate()
        sandbox.wait(timeout=10)


if __name__ == "__main__":
    sys.exit(main())
