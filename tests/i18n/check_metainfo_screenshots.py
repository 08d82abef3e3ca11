#!/usr/bin/env python3
"""The metainfo's screenshots are the repository's own: every <image> names a PNG in
resources/screenshots/ (the URL serves that folder) whose size is the one declared."""
import struct
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

metainfo, folder = Path(sys.argv[1]), Path(sys.argv[2])
prefix = "https://raw.githubusercontent.com/cvmpurchaser/cvm-purchaser/main/resources/screenshots/"
problems = []
images = ET.parse(metainfo).getroot().findall("./screenshots/screenshot/image")
if not images:
    problems.append("no screenshot is referenced")
for image in images:
    url = (image.text or "").strip()
    if not url.startswith(prefix):
        problems.append(f"{url}: not served from the repository's resources/screenshots/ ({prefix})")
        continue
    png = folder / url[len(prefix):]
    if not png.is_file():
        problems.append(f"{url}: {png} does not exist")
        continue
    header = png.read_bytes()[:24]
    if header[:8] != b"\x89PNG\r\n\x1a\n":
        problems.append(f"{png}: not a PNG file")
        continue
    width, height = struct.unpack(">II", header[16:24])
    declared = (int(image.get("width", 0)), int(image.get("height", 0)))
    if (width, height) != declared:
        problems.append(f"{png}: {width}x{height}, but the metainfo says {declared[0]}x{declared[1]}")
for problem in problems:
    print(f"FAIL: {problem}")
print(f"{len(images)} screenshots checked, {len(problems)} problems")
sys.exit(1 if problems else 0)
