#!/usr/bin/env python3
# check-ical.py: reads an iCalendar export back and compares it with what the test expects
#
#   python3 tests/check-ical.py FILE.ics EXPECTED.json
#
# The file is read three ways: octet by octet (CRLF, lines of at most 75 octets,
# folds between UTF-8 characters), with a strict reading of RFC 5545 written
# here (unfolding, TEXT unescaping, one UID per event), and with an independent
# parser, python3-icalendar (Debian's package; its time zones come from pytz),
# which also turns each VTIMEZONE into a time zone of its own to check the
# offsets it gives. Prints what differs and exits 1; exits 77 when icalendar is
# missing (the C test then skips).
#
# EXPECTED.json (written by test-ical.c):
#   {"prodid": "...", "dtstamp": "20261122T120000Z" or null (then: a recent UTC time),
#    "short_fold": true when some fold must fall early to keep a character whole,
#    "timezones": {"TZID": [{"kind": "STANDARD", "dtstart": "20061001T010000",
#                            "from": "-0500", "to": "-0600", "name": "CST"}, ...]},
#    "events": [{"uid", "summary", "description", "location", "status", "categories",
#                "related_to", "start", "end", "duration", "tzid", "start_offset",
#                "end_offset"}, ...]}
#   where "start" and "end" are "20070312" (a date) or "20070312T093000" (local
#   time, in "tzid" or floating when it is null) and null means "absent".
#
# SPDX-License-Identifier: GPL-3.0-or-later

import datetime
import json
import re
import sys

try:
    import icalendar
except ImportError:
    print("check-ical.py: python3-icalendar is not installed for " + sys.executable, file=sys.stderr)
    sys.exit(77)

FOLD_OCTETS = 75
EVENT_PROPERTIES = {"UID", "DTSTAMP", "DTSTART", "DTEND", "DURATION", "SUMMARY", "DESCRIPTION",
                    "LOCATION", "STATUS", "CATEGORIES", "RELATED-TO"}
TEXT_PROPERTIES = {"UID": "uid", "SUMMARY": "summary", "DESCRIPTION": "description",
                   "LOCATION": "location", "RELATED-TO": "related_to"}

problems = []


def problem(where, message):
    problems.append(f"{where}: {message}")


def check_equal(where, got, expected):
    if got != expected:
        problem(where, f"got {got!r}, expected {expected!r}")


# Octets


def check_octets(data, expected):
    if not data.endswith(b"\r\n"):
        problem("file", "does not end with CRLF")
    lines = data.split(b"\r\n")[:-1]
    short_fold = False
    for number, line in enumerate(lines, 1):
        where = f"line {number}"
        if b"\n" in line or b"\r" in line:
            problem(where, "a line break other than CRLF")
        if len(line) > FOLD_OCTETS:
            problem(where, f"{len(line)} octets, more than {FOLD_OCTETS}")
        try:
            line.decode("utf-8")
        except UnicodeDecodeError as e:
            problem(where, f"not UTF-8 on its own (a fold splits a character?): {e}")
        if number == 1 and line[:1] in (b" ", b"\t"):
            problem(where, "the first line is a continuation")
        # A line followed by a fold is full, unless the fold fell early so as not
        # to split a character.
        if number < len(lines) and lines[number][:1] == b" " and len(line) < FOLD_OCTETS:
            short_fold = True
    if expected.get("short_fold") and not short_fold:
        problem("file", "no fold fell early: the test text does not exercise UTF-8 folding")
    return lines


# A strict reading of RFC 5545


def unfold(lines):
    logical = []
    for line in lines:
        text = line.decode("utf-8", errors="replace")
        if text[:1] in (" ", "\t") and logical:
            logical[-1] += text[1:]
        else:
            logical.append(text)
    return logical


def split_content_line(line):
    """NAME, {PARAM: VALUE}, VALUE; parameters may be quoted."""
    match = re.match(r'^([A-Za-z0-9-]+)((?:;[A-Za-z0-9-]+=(?:"[^"]*"|[^";:,]*)(?:,(?:"[^"]*"|[^";:,]*))*)*):(.*)$',
                     line, re.S)
    if not match:
        raise ValueError(f"not a content line: {line!r}")
    params = {}
    for param in re.finditer(r';([A-Za-z0-9-]+)=("[^"]*"|[^";:,]*)', match.group(2)):
        value = param.group(2)
        params[param.group(1).upper()] = value[1:-1] if value.startswith('"') else value
    return match.group(1).upper(), params, match.group(3)


def unescape_text(value):
    """TEXT (RFC 5545 §3.3.11): the escapes undone; a bare comma or semicolon is an error."""
    out = []
    i = 0
    while i < len(value):
        c = value[i]
        if c == "\\" and i + 1 < len(value):
            n = value[i + 1]
            if n in "nN":
                out.append("\n")
            elif n in "\\;,":
                out.append(n)
            else:
                raise ValueError(f"a backslash before {n!r}")
            i += 2
            continue
        if c == "\\":
            raise ValueError("a lone backslash at the end")
        if c in ";,":
            raise ValueError(f"an unescaped {c!r}")
        out.append(c)
        i += 1
    return "".join(out)


def split_text_list(value):
    """A list of TEXT values: split at the commas that are not escaped."""
    items, current, i = [], [], 0
    while i < len(value):
        if value[i] == "\\" and i + 1 < len(value):
            current.append(value[i:i + 2])
            i += 2
            continue
        if value[i] == ",":
            items.append("".join(current))
            current = []
        else:
            current.append(value[i])
        i += 1
    items.append("".join(current))
    return [unescape_text(item) for item in items]


def read_strictly(lines):
    """The calendar's properties and its components, each a (name, [(NAME, params, value)], children)."""
    stack = [("ROOT", [], [])]
    for line in unfold(lines):
        name, params, value = split_content_line(line)
        if name == "BEGIN":
            stack.append((value.upper(), [], []))
        elif name == "END":
            component = stack.pop()
            if component[0] != value.upper():
                raise ValueError(f"END:{value} closes {component[0]}")
            stack[-1][2].append(component)
        else:
            stack[-1][1].append((name, params, value))
    if len(stack) != 1 or len(stack[0][2]) != 1 or stack[0][2][0][0] != "VCALENDAR":
        raise ValueError("not one VCALENDAR")
    return stack[0][2][0]


def check_strictly(calendar, expected):
    _, properties, children = calendar
    names = [p[0] for p in properties]
    for name, value in (("VERSION", "2.0"), ("PRODID", expected["prodid"]), ("CALSCALE", "GREGORIAN")):
        check_equal(f"calendar {name} (strict)", [p[2] for p in properties if p[0] == name], [value])
    check_equal("calendar properties (strict)", sorted(names), sorted(["VERSION", "PRODID", "CALSCALE"]))

    events = [c for c in children if c[0] == "VEVENT"]
    zones = [c for c in children if c[0] == "VTIMEZONE"]
    check_equal("components (strict)", sorted({c[0] for c in children}),
                sorted({"VEVENT"} | ({"VTIMEZONE"} if expected["timezones"] else set())))
    # Time zones come before the events that use them.
    kinds = [c[0] for c in children]
    if "VTIMEZONE" in kinds and "VEVENT" in kinds:
        if max(i for i, k in enumerate(kinds) if k == "VTIMEZONE") > kinds.index("VEVENT"):
            problem("calendar (strict)", "a VTIMEZONE after the first VEVENT")

    uids = []
    by_uid = {e["uid"]: e for e in expected["events"]}
    for _, props, _ in events:
        counts = {}
        for name, _, _ in props:
            counts[name] = counts.get(name, 0) + 1
        uid_values = [unescape_text(v) for n, _, v in props if n == "UID"]
        uid = uid_values[0] if uid_values else None
        uids.extend(uid_values)
        where = f"event {uid} (strict)"
        for name, count in counts.items():
            if count > 1:
                problem(where, f"{count} {name} properties")
            if name not in EVENT_PROPERTIES:
                problem(where, f"unexpected property {name}")
        for name in ("UID", "DTSTAMP", "DTSTART"):
            if name not in counts:
                problem(where, f"no {name}")
        if uid not in by_uid:
            continue
        e = by_uid[uid]
        values = {n: (p, v) for n, p, v in props}
        for name, key in TEXT_PROPERTIES.items():
            got = None
            if name in values:
                try:
                    got = unescape_text(values[name][1])
                except ValueError as error:
                    problem(where, f"{name}: {error}")
                    continue
            check_equal(f"{where} {name}", got, e[key])
        got = split_text_list(values["CATEGORIES"][1]) if "CATEGORIES" in values else None
        check_equal(f"{where} CATEGORIES", got, e["categories"])
        check_equal(f"{where} STATUS", values.get("STATUS", (None, None))[1], e["status"])
        for name, key in (("DTSTART", "start"), ("DTEND", "end")):
            if e[key] is None:
                check_equal(f"{where} {name}", name in values, False)
                continue
            if name not in values:
                problem(where, f"no {name}")
                continue
            params, value = values[name]
            check_equal(f"{where} {name}", value, e[key])
            if len(e[key]) == 8:
                check_equal(f"{where} {name} VALUE", params.get("VALUE"), "DATE")
            else:
                check_equal(f"{where} {name} TZID", params.get("TZID"), e["tzid"])
        check_equal(f"{where} DURATION", values.get("DURATION", (None, None))[1], e["duration"])
        if e["start"] and len(e["start"]) == 8 and e["end"]:
            if e["end"] <= e["start"]:
                problem(where, "an all-day event must end after it starts (the end is exclusive)")

    if len(uids) != len(set(uids)):
        problem("calendar (strict)", f"UIDs repeat: {sorted(uids)}")
    check_equal("UIDs (strict)", sorted(uids), sorted(by_uid))
    check_equal("VTIMEZONE TZIDs (strict)",
                sorted(unescape_text(v) for z in zones for n, _, v in z[1] if n == "TZID"),
                sorted(expected["timezones"]))


# python3-icalendar


def format_offset(delta):
    seconds = int(delta.total_seconds())
    sign = "-" if seconds < 0 else "+"
    seconds = abs(seconds)
    text = f"{sign}{seconds // 3600:02d}{seconds // 60 % 60:02d}"
    return text + (f"{seconds % 60:02d}" if seconds % 60 else "")


def categories_of(value):
    if value is None:
        return None
    if hasattr(value, "cats"):  # icalendar 4
        return [str(c) for c in value.cats]
    if isinstance(value, list):
        return [str(c) for c in value]
    return [str(value)]


def check_time(where, prop, text, tzid, offset, zones):
    value = prop.dt
    if len(text) == 8:
        if isinstance(value, datetime.datetime) or not isinstance(value, datetime.date):
            problem(where, f"{value!r} is not a date")
        else:
            check_equal(where, value.strftime("%Y%m%d"), text)
        return
    if not isinstance(value, datetime.datetime):
        problem(where, f"{value!r} is not a date and time")
        return
    check_equal(where, value.strftime("%Y%m%dT%H%M%S"), text)
    if tzid is None:
        check_equal(f"{where} tzinfo (floating)", value.tzinfo, None)
        check_equal(f"{where} TZID", prop.params.get("TZID"), None)
        return
    check_equal(f"{where} TZID", prop.params.get("TZID"), tzid)
    if value.tzinfo is None:
        problem(where, "no time zone")
        return
    check_equal(f"{where} zone", getattr(value.tzinfo, "zone", None) or str(value.tzinfo), tzid)
    check_equal(f"{where} UTC offset", format_offset(value.utcoffset()), offset)
    # The file's own VTIMEZONE gives the same offset.
    if tzid in zones:
        local = zones[tzid].localize(value.replace(tzinfo=None))
        check_equal(f"{where} UTC offset by the VTIMEZONE", format_offset(local.utcoffset()), offset)


def check_with_icalendar(data, expected):
    calendar = icalendar.Calendar.from_ical(data)
    check_equal("VERSION", str(calendar.get("VERSION")), "2.0")
    check_equal("PRODID", str(calendar.get("PRODID")), expected["prodid"])
    check_equal("CALSCALE", str(calendar.get("CALSCALE")), "GREGORIAN")

    zones = {}
    for zone in calendar.walk("VTIMEZONE"):
        tzid = str(zone["TZID"])
        observances = []
        for sub in zone.subcomponents:
            observances.append({
                "kind": sub.name,
                "dtstart": sub["DTSTART"].dt.strftime("%Y%m%dT%H%M%S"),
                "from": format_offset(sub["TZOFFSETFROM"].td),
                "to": format_offset(sub["TZOFFSETTO"].td),
                "name": str(sub.get("TZNAME")),
            })
        check_equal(f"VTIMEZONE {tzid}", observances, expected["timezones"].get(tzid))
        try:
            zones[tzid] = zone.to_tz()
        except Exception as error:  # noqa: BLE001 - any failure is the file's
            problem(f"VTIMEZONE {tzid}", f"icalendar cannot make a time zone of it: {error!r}")
    check_equal("VTIMEZONE TZIDs", sorted(zones), sorted(expected["timezones"]))

    by_uid = {e["uid"]: e for e in expected["events"]}
    seen = []
    now = datetime.datetime.now(datetime.timezone.utc)
    for event in calendar.walk("VEVENT"):
        uid = str(event.get("UID"))
        seen.append(uid)
        where = f"event {uid}"
        if uid not in by_uid:
            problem(where, "not expected")
            continue
        e = by_uid[uid]
        for name, key in TEXT_PROPERTIES.items():
            value = event.get(name)
            check_equal(f"{where} {name}", None if value is None else str(value), e[key])
        check_equal(f"{where} STATUS", None if event.get("STATUS") is None else str(event.get("STATUS")),
                    e["status"])
        check_equal(f"{where} CATEGORIES", categories_of(event.get("CATEGORIES")), e["categories"])

        stamp = event.get("DTSTAMP")
        if stamp is None:
            problem(where, "no DTSTAMP")
        elif stamp.dt.tzinfo is None or stamp.dt.utcoffset() != datetime.timedelta(0):
            problem(where, f"DTSTAMP {stamp.dt!r} is not in UTC")
        elif expected["dtstamp"] is not None:
            check_equal(f"{where} DTSTAMP", stamp.dt.strftime("%Y%m%dT%H%M%SZ"), expected["dtstamp"])
        elif abs(now - stamp.dt) > datetime.timedelta(hours=1):
            problem(where, f"DTSTAMP {stamp.dt} is not now")

        check_time(f"{where} DTSTART", event["DTSTART"], e["start"], e["tzid"], e["start_offset"], zones)
        if e["end"] is None:
            check_equal(f"{where} DTEND", event.get("DTEND"), None)
        elif event.get("DTEND") is None:
            problem(where, "no DTEND")
        else:
            check_time(f"{where} DTEND", event["DTEND"], e["end"], e["tzid"], e["end_offset"], zones)
        duration = event.get("DURATION")
        if e["duration"] is None:
            check_equal(f"{where} DURATION", duration, None)
        elif duration is None:
            problem(where, "no DURATION")
        else:
            check_equal(f"{where} DURATION", duration.dt, datetime.timedelta(hours=1))
        if e["related_to"] is not None and e["related_to"] not in by_uid:
            problem(where, "RELATED-TO names no event of the file")
    check_equal("UIDs", sorted(seen), sorted(by_uid))


def main():
    if len(sys.argv) != 3:
        print(f"usage: {sys.argv[0]} FILE.ics EXPECTED.json", file=sys.stderr)
        return 2
    with open(sys.argv[1], "rb") as f:
        data = f.read()
    with open(sys.argv[2], encoding="utf-8") as f:
        expected = json.load(f)

    lines = check_octets(data, expected)
    try:
        check_strictly(read_strictly(lines), expected)
    except ValueError as error:
        problem("file (strict)", str(error))
    try:
        check_with_icalendar(data, expected)
    except ValueError as error:
        problem("file (icalendar)", str(error))

    for p in problems:
        print(p, file=sys.stderr)
    print(f"check-ical.py: {len(expected['events'])} events, {len(expected['timezones'])} time zones, "
          f"{len(problems)} problems (icalendar {icalendar.__version__})")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
