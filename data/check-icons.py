#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Check that the application icons are well-formed SVG files.

Usage: check-icons.py ICON.svg [ICON.svg ...]

Every file must parse as XML and have an <svg> root element with a
viewBox.  Full-colour icons must use a 128×128 viewBox.  Symbolic icons
(file name ending in -symbolic.svg) must use a 16×16 viewBox, filled
paths only (no strokes) and only the symbolic foreground colour #2e3436.
Embedded raster images, scripts and external references are refused in
all icons.
"""

import os
import re
import sys
import xml.etree.ElementTree as ET

SVG_NS = "{http://www.w3.org/2000/svg}"
XLINK_HREF = "{http://www.w3.org/1999/xlink}href"
SYMBOLIC_COLOUR = "#2e3436"
FORBIDDEN_TAGS = {"image", "script", "foreignObject"}
COLOUR_RE = re.compile(r"#[0-9a-fA-F]{3,8}\b|rgba?\([^)]*\)")


def local_name(tag):
    return tag[len(SVG_NS):] if tag.startswith(SVG_NS) else tag


def check_icon(path):
    errors = []
    symbolic = os.path.basename(path).endswith("-symbolic.svg")
    try:
        root = ET.parse(path).getroot()
    except (ET.ParseError, OSError) as exc:
        return [f"not well-formed XML: {exc}"]

    if root.tag != SVG_NS + "svg":
        errors.append(f"root element is {root.tag!r}, expected an SVG <svg> element")

    view_box = root.get("viewBox")
    if view_box is None:
        errors.append("the <svg> element has no viewBox")
    else:
        try:
            box = [float(v) for v in view_box.replace(",", " ").split()]
        except ValueError:
            box = []
        expected = [0.0, 0.0, 16.0, 16.0] if symbolic else [0.0, 0.0, 128.0, 128.0]
        if box != expected:
            errors.append(f"viewBox is {view_box!r}, expected "
                          f"'{' '.join(str(int(v)) for v in expected)}'")

    for element in root.iter():
        name = local_name(element.tag)
        if name in FORBIDDEN_TAGS:
            errors.append(f"forbidden element <{name}>")
        for attr in ("href", XLINK_HREF):
            ref = element.get(attr)
            if ref is not None and not ref.startswith("#"):
                errors.append(f"external reference {ref!r} in <{name}>")
        if symbolic:
            stroke = element.get("stroke")
            if (stroke not in (None, "none")) or "stroke:" in element.get("style", ""):
                errors.append(f"symbolic icon strokes <{name}>: use filled paths only")
            painted = " ".join(element.get(a, "") for a in ("fill", "stroke", "style"))
            for colour in COLOUR_RE.findall(painted):
                if colour.lower() != SYMBOLIC_COLOUR:
                    errors.append(f"symbolic icon uses colour {colour} in <{name}>"
                                  f" (only {SYMBOLIC_COLOUR} is allowed)")
    return errors


def main(argv):
    if len(argv) < 2:
        print(f"usage: {argv[0]} ICON.svg [ICON.svg ...]", file=sys.stderr)
        return 2
    failed = False
    for path in argv[1:]:
        errors = check_icon(path)
        if errors:
            failed = True
            for error in errors:
                print(f"{path}: {error}", file=sys.stderr)
        else:
            print(f"{path}: OK")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
