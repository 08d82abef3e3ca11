#!/usr/bin/env python3
"""The house rules that a reader of the code relies on, checked on every test run:

- one seam per API: outside src/protocol/ (and the sandbox, which plays both APIs' servers) no file
  names an API action or a wire field, and none includes protocol/v2/ or protocol/v3/;
- dependencies point one way, app -> ui -> src: src/ includes no widget and nothing of ui/ or app/,
  ui/ nothing of app/;
- one portable program: no plugin loading and no platform-only link flags;
- an API generation can be retired by deleting its folders (src/protocol/vN/, src/sandbox/vN/) and its
  registration lines: outside those folders nothing of the product names what is in them, except the
  registration lines themselves (an include and the registering statement in ApiProtocol.cpp and
  SandboxServer.cpp, an add_subdirectory in the two CMakeLists.txt). Deleting them leaves every other
  file of the product compiling; the API's tests go with it.
Usage: check_layers.py SOURCE_DIR. Prints each breach as file:line: rule, exits 1 if there is one.
"""
import pathlib
import re
import sys

root = pathlib.Path(sys.argv[1])
ACTIONS = ("RunInstancesHour|RunInstances|DescribeAvailabilityZones|DescribeZones|DescribeInstances|"
           "DescribeZoneInstanceConfigInfos|DescribeImages|DescribeKeyPairs|InquiryInstancePriceHour|"
           "InquiryPriceRunInstances|TerminateInstances|DescribeVpcs|DescribeSubnets|DescribeSecurityGroups|"
           "DescribeProjects")
WIRE_FIELDS = ("unInstanceIds|InstanceIdSet|instanceSet|InstanceSet|zoneSet|ZoneSet|codeDesc|X-TC-Action|"
               "VpcSet|SubnetSet|SecurityGroupSet|VpcId|SubnetId|SecurityGroupId")
RULES = [
    # (files, pattern, what it breaks)
    (lambda p: not p.startswith(("src/protocol/", "src/sandbox/")),
     re.compile(r'"(%s|%s)"' % (ACTIONS, WIRE_FIELDS)), "names an API action or wire field: ask the protocol"),
    (lambda p: not p.startswith(("src/protocol/", "src/sandbox/")),
     re.compile(r'#include "protocol/v[0-9]+/'), "includes one API's protocol: use ApiProtocol"),
    (lambda p: p.startswith("src/"),
     re.compile(r'#include <Q(Widget|Dialog|MainWindow|Wizard|Label|PushButton|Application)\b|'
                r'#include "(wizard|status|credentials|preferences|cli)/'),
     "src/ includes a widget, ui/ or app/: dependencies point app -> ui -> src"),
    (lambda p: p.startswith("ui/"), re.compile(r'#include "cli/'), "ui/ includes app/: app -> ui -> src"),
    (lambda p: True, re.compile(r'\b(QPluginLoader|QLibrary\b|dlopen)'),
     "loads code at run time: the programs link what they use"),
]
breaches = []
for path in sorted(list(root.glob("src/**/*")) + list(root.glob("ui/**/*")) + list(root.glob("app/**/*"))):
    if path.suffix not in (".cpp", ".h"):
        continue
    rel = path.relative_to(root).as_posix()
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.lstrip().startswith("//"):
            continue
        for applies, pattern, rule in RULES:
            if applies(rel) and pattern.search(line):
                breaches.append(f"{rel}:{number}: {rule}: {line.strip()}")
for cmake in [root / "CMakeLists.txt", *root.glob("app/**/CMakeLists.txt"), *root.glob("src/**/CMakeLists.txt"),
              *root.glob("ui/**/CMakeLists.txt")]:
    for number, line in enumerate(cmake.read_text(encoding="utf-8").splitlines(), 1):
        if re.search(r"dynamic-list|exclude-libs|\bMODULE\b", line) and not line.lstrip().startswith("#"):
            breaches.append(f"{cmake.relative_to(root).as_posix()}:{number}: a platform-only flag or a plugin module: {line.strip()}")
# What each API generation's folders define, and where naming it is a registration.
REGISTRATIONS = {
    "src/protocol/ApiProtocol.cpp": re.compile(r'^#include "protocol/v\d+/V\d+Protocol\.h"$|^static const V\d+Protocol v\d+;$'),
    "src/sandbox/SandboxServer.cpp": re.compile(r'^#include "sandbox/v\d+/SandboxV\d+\.h"$|^addProtocol\(u"[^"]*"_s, std::make_unique<SandboxV\d+>\(\*this\)\);$'),
    "src/protocol/CMakeLists.txt": re.compile(r"^add_subdirectory\(v\d+\)$"),
    "src/sandbox/CMakeLists.txt": re.compile(r"^add_subdirectory\(v\d+\)$"),
}
for api_dir in sorted(root.glob("src/protocol/v*")):
    version = api_dir.name
    folders = (f"src/protocol/{version}/", f"src/sandbox/{version}/")
    names = set()
    for folder in folders:
        for header in (root / folder).glob("*.h"):
            names.add(header.stem)
            # What the header defines, not what it merely declares ("class SandboxServer;").
            names.update(re.findall(r"^(?:class|struct|namespace)\s+(\w+)\b(?![^\n]*;\s*$)",
                                    header.read_text(encoding="utf-8"), re.M))
    mention = re.compile(r"\b(%s)\b|\b(protocol|sandbox)/%s/|add_subdirectory\(%s\)" % ("|".join(sorted(names)), version, version))
    product = [p for pattern in ("src/**/*", "ui/**/*", "app/**/*") for p in root.glob(pattern)] + [root / "CMakeLists.txt"]
    for path in sorted(product):
        rel = path.relative_to(root).as_posix()
        if not path.is_file() or rel.startswith(folders) or not (path.suffix in (".cpp", ".h") or path.name == "CMakeLists.txt"):
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            code = line.strip()
            if not code or code.startswith(("//", "#")) and not code.startswith("#include") or not mention.search(code):
                continue
            if rel in REGISTRATIONS and REGISTRATIONS[rel].match(code):
                continue
            breaches.append(f"{rel}:{number}: names API {version[1:]}'s own code outside its folders: {code}")
print("\n".join(breaches) if breaches else "the layers hold")
sys.exit(1 if breaches else 0)
