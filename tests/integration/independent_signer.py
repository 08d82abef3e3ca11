#!/usr/bin/env python3
"""Talks to a running cvm-sandbox with an independent implementation of
signature v1 (Python's hmac, urllib): correct requests are accepted, tampered,
stale and replayed ones refused. Usage: independent_signer.py PATH_TO_cvm-sandbox"""
import base64, hashlib, hmac, json, random, subprocess, sys, time, urllib.parse, urllib.request

SECRET_ID = "AKIDSandboxDemo00000000000000000000"
SECRET_KEY = "SandboxDemoKeyNothingIsBought0000"


def sign(method, host, path, params, algo):
    query = "&".join(f"{k.replace('_', '.')}={params[k]}" for k in sorted(params, key=lambda k: k.replace('_', '.')))
    digest = hashlib.sha256 if algo == "HmacSHA256" else hashlib.sha1
    mac = hmac.new(SECRET_KEY.encode(), f"{method}{host}{path}?{query}".encode(), digest)
    return base64.b64encode(mac.digest()).decode()


def call(port, method, action, extra, algo="HmacSHA256", host_in_signature=None, tamper=None, timestamp=None, nonce=None):
    params = {"Action": action, "Region": "gz", "SecretId": SECRET_ID,
              "Timestamp": str(timestamp or int(time.time())), "Nonce": str(nonce or random.randint(1, 2**31 - 1)),
              "SignatureMethod": algo, **extra}
    host = host_in_signature or f"127.0.0.1:{port}"
    params["Signature"] = sign(method, host, "/v2/index.php", params, algo)
    if tamper:
        params.update(tamper)
    encoded = urllib.parse.urlencode(params, quote_via=urllib.parse.quote).encode()
    url = f"http://127.0.0.1:{port}/v2/index.php"
    if method == "GET":
        req = urllib.request.Request(url + "?" + encoded.decode(), method="GET")
    else:
        req = urllib.request.Request(url, data=encoded, method="POST",
                                     headers={"Content-Type": "application/x-www-form-urlencoded"})
    with urllib.request.urlopen(req, timeout=10) as reply:
        return json.loads(reply.read())


def expect(label, reply, code, desc=None):
    ok = reply.get("code") == code and (desc is None or reply.get("codeDesc") == desc)
    print(("ok   " if ok else "FAIL ") + label + ": " + json.dumps(reply, ensure_ascii=False)[:200])
    return ok


def main():
    sandbox = subprocess.Popen([sys.argv[1], "--port", "0"], stdout=subprocess.PIPE, text=True)
    try:
        first = sandbox.stdout.readline().split()
        assert first[0] == "listening", first
        port = int(first[1])
        results = []
        for method in ("GET", "POST"):
            for algo in ("HmacSHA1", "HmacSHA256"):
                results.append(expect(f"{method} {algo} accepted",
                                      call(port, method, "DescribeAvailabilityZones", {}, algo), 0))
        results.append(expect("bare host signed (as the official SDKs do) accepted",
                              call(port, "POST", "DescribeAvailabilityZones", {}, host_in_signature="127.0.0.1"), 0))
        run = {"zoneId": "100001", "cpu": "1", "mem": "2", "imageId": "img-3wnd9xpl", "storageSize": "0",
               "bandwidth": "1", "goodsNum": "2", "clientToken": "py-token-1", "password": "Abc12345+x/y="}
        reply = call(port, "POST", "RunInstancesHour", run)
        results.append(expect("purchase with '+', '/' and '=' in a value", reply, 0))
        again = call(port, "POST", "RunInstancesHour", run)
        results.append(expect("same clientToken returns the same instances", again, 0)
                       and again.get("unInstanceIds") == reply.get("unInstanceIds"))
        results.append(expect("tampered value refused", call(port, "POST", "RunInstancesHour", run,
                                                             tamper={"goodsNum": "50"}), 4100, "AuthFailure.SignatureFailure"))
        results.append(expect("stale timestamp refused", call(port, "POST", "DescribeAvailabilityZones", {},
                                                              timestamp=int(time.time()) - 3600), 4200))
        nonce = random.randint(1, 2**31 - 1)
        call(port, "POST", "DescribeAvailabilityZones", {}, nonce=nonce)
        results.append(expect("replayed nonce refused", call(port, "POST", "DescribeAvailabilityZones", {},
                                                             nonce=nonce), 4500))
        print(f"{results.count(True)} passed, {results.count(False)} failed")
        return 0 if all(results) else 1
    finally:
        sandbox.terminate()
        sandbox.wait(timeout=10)


if __name__ == "__main__":
    sys.exit(main())
