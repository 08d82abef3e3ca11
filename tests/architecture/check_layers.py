#!/usr/bin/env python3
"""The house rules that a reader of the code relies on, checked on every test run:

- one seam per API: outside src/protocol/ (and the sandbox, which plays both APIs' servers) no file
  names an API action or a wire field, and none includes protocol/v2/ or protocol/v3/;
- dependencies point one way, app -> ui -> src: src/ includes no widget and nothing of ui/ or app/,
  ui/ nothing of app/;
- one portable program: no plugin loading and no platform-only link flags.
Usage: check_layers.py SOURCE_DIR. Prints each breach as file:line: rule, exits 1 if there is one.
"""
import pathlib
import re
import sys

root = pathlib.Path(sys.argv[1])
ACTIONS = ("RunInstancesHour|RunInstances|DescribeAvailabilityZones|DescribeZones|DescribeInstances|"
           "DescribeZoneInstanceConfigInfos|DescribeImages|DescribeKeyPairs|InquiryInstancePriceHour|"
           "InquiryPriceRunInstances|TerminateInstances")
WIRE_FIELDS = "unInstanceIds|InstanceIdSet|instanceSet|InstanceSet|zoneSet|ZoneSet|codeDesc|X-TC-Action"
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
print("\n".join(breaches) if breaches else "the layers hold")
sys.exit(1 if breaches else 0)
