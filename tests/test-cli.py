#!/usr/bin/env python3
# test-cli.py: counterpart-cli as a script or an officer at a terminal uses it
#
#   python3 tests/test-cli.py /path/to/counterpart-cli
#
# Standard library only. Exits non-zero when a case fails and ends with the line
# "N passed, N failed, N skipped".
#
# SPDX-License-Identifier: GPL-3.0-or-later

import csv
import io
import json
import os
import re
import resource
import signal
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import unittest
import zipfile
from xml.etree import ElementTree

CLI = None

TITLES = [
    "Amstelveen – Villa El Salvador",
    "Treptow-Köpenick – Cajamarca",
    "Utrecht – León",
    "Alphen aan den Rijn – Oudtshoorn",
]

FIRST_CONTACT_YEARS = {
    "Amstelveen – Villa El Salvador": 1987,
    "Treptow-Köpenick – Cajamarca": 1994,
    "Utrecht – León": 1983,
    "Alphen aan den Rijn – Oudtshoorn": 1962,
}

KINDS = {"formal", "friendship", "contact", "project"}
STATUSES = {"exploring", "active", "dormant", "ended"}

PREFIX = "counterpart-cli: "

PERSON_KINDS = {"own-staff", "partner-staff", "politician", "volunteer", "consultant"}
GENERATED_LANGUAGES = {"es", "en", "nl", "fr", "pt", "af", "de"}
CEFR = {"a1", "a2", "b1", "b2", "c1", "c2"}
NEED_STATUSES = {"open", "matched", "fulfilled", "withdrawn"}

OWN_CITIES = ["Amstelveen", "Treptow-Köpenick", "Utrecht", "Alphen aan den Rijn"]
PARTNER_CITIES = ["Villa El Salvador", "Cajamarca", "León", "Oudtshoorn"]

# The four critical conditions (Table 6.1) and the three issues of the South, in order.
CONDITIONS = ["Political embedding", "Human resources", "Finance and external funding",
              "Political and administrative support"]
CONDITION_KEYS = ["political-embedding", "human-resources", "finance", "support"]
SOUTH_ISSUES = ["organisational-capacity", "political-interest", "institutional-concern"]
LEVELS = {"unknown", "weak", "adequate", "strong"}
LEVEL_LABELS = {"Unknown", "Weak", "Adequate", "Strong"}
SEVERITIES = {"notice", "warning", "critical"}
SEVERITY_LABELS = {"notice": "Notice", "warning": "Warning", "critical": "Critical"}
STUDY_YEARS = (2006, 2007, 2008)
# The signals of political embedding that are about the mandate.
MANDATE_SIGNALS = {"no-political-mandate", "no-ic-policy", "eu-only-mandate", "mandate-expiring"}
# The rows of structures --compare, as Table 6.6 has them.
COMPARED_ROWS = ["IC unit", "IC staff", "Plan and authority", "Sister cities", "IC share of the budget",
                 "IC share of public investment", "Meetings held / cancelled", "Reports overdue",
                 "Political representative", "CCSE"]

# The size of the generated workspace most cases share, and a day to rank on.
GENERATED = {"people": 200, "partnerships": 6, "needs": 12, "seed": 3}
TODAY = "2026-06-01"

# The reports of the demo workspace, as on a day in the study's time.
REPORT_TODAY = "2008-06-01"
REPORT_TITLES = {
    "annual": "Annual report 2007",
    "evaluation": "Evaluation 2005–2008",
    "visit": "Visit report",
    "budget": "Budget statement 2007",
    "handover": "Handover dossier",
}
REPORT_SUBJECTS = {
    "annual": "Utrecht – León",
    "evaluation": "Utrecht – León",
    "visit": "Utrecht – León",
    "budget": "Utrecht",
    "handover": "Utrecht – León",
}
# A heading of the annual report (the first critical condition, Table 6.1), and the
# day the report is dated, in each language.
REPORT_HEADINGS = {"en": "Political embedding", "nl": "Politieke verankering", "es": "Anclaje político"}
REPORT_DAYS = {"en": "1 June 2008", "nl": "1 juni 2008", "es": "1 de junio de 2008"}
# What a report of a year without data says.
NOTHING_RECORDED = "No visits in 1990."


def base_env(**changes):
    """English messages and a private data dir, whatever the caller's session has."""
    env = dict(os.environ)
    env["LC_ALL"] = "C.UTF-8"
    env["LANGUAGE"] = "en"
    env["XDG_DATA_HOME"] = os.path.join(TestCli.tmp, "xdg-data")
    env.update(changes)
    return env


def run(*args, env=None):
    return subprocess.run(
        [CLI, *args],
        capture_output=True,
        encoding="utf-8",
        env=env if env is not None else base_env(),
        timeout=120,
    )


class Snapshot:
    """A file's bytes and mtime, and the names in its folder, to prove nothing changed."""

    def __init__(self, path):
        self.path = path
        with open(path, "rb") as f:
            self.data = f.read()
        self.mtime = os.stat(path).st_mtime_ns
        self.names = sorted(os.listdir(os.path.dirname(path)))

    def assert_unchanged(self, test):
        with open(self.path, "rb") as f:
            test.assertEqual(f.read(), self.data, f"{self.path} was modified")
        test.assertEqual(os.stat(self.path).st_mtime_ns, self.mtime, f"{self.path}: mtime changed")

    def assert_nothing_beside(self, test):
        test.assertEqual(sorted(os.listdir(os.path.dirname(self.path))), self.names,
                         "files appeared or went away beside the workspace")


class TestCli(unittest.TestCase):
    tmp = None
    workspace = None

    @classmethod
    def setUpClass(cls):
        TestCli.tmp = tempfile.mkdtemp(prefix="counterpart-cli-test-")
        TestCli.workspace = os.path.join(cls.tmp, "sample", "workspace.sqlite")
        os.makedirs(os.path.dirname(cls.workspace))
        cls.demo_result = run("demo", "--output", cls.workspace)
        cls.generated = os.path.join(cls.tmp, "generated", "workspace.sqlite")
        os.makedirs(os.path.dirname(cls.generated))
        cls.generate_result = run("generate", "--output", cls.generated,
                                  *(f"--{k}={v}" for k, v in GENERATED.items()))

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.tmp, ignore_errors=True)

    def setUp(self):
        self.dir = tempfile.mkdtemp(dir=self.tmp)

    def need_workspace(self):
        r = self.demo_result
        self.assertEqual(r.returncode, 0, f"demo failed, nothing to list: {r.stderr}")
        return self.workspace

    def copy_workspace(self, name="copy.sqlite"):
        path = os.path.join(self.dir, name)
        shutil.copyfile(self.need_workspace(), path)
        return path

    def need_generated(self):
        r = self.generate_result
        self.assertEqual(r.returncode, 0, f"generate failed: {r.stderr}")
        return self.generated

    def generate(self, name, *options):
        path = os.path.join(self.dir, name)
        r = run("generate", "--output", path, *options)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual(r.stderr, "")
        self.assertEqual(r.stdout, "")
        return path

    def match_json(self, path, need_id, *options):
        r = run("match", str(need_id), "--format=json", "--database", path, *options)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual(r.stderr, "")
        return json.loads(r.stdout)

    def assert_ranking(self, candidates, n_people):
        """Everyone once, ranked 1..N, the excluded after the others, best first."""
        self.assertEqual(len(candidates), n_people)
        self.assertEqual([c["rank"] for c in candidates], list(range(1, n_people + 1)))
        self.assertEqual(len({c["person_id"] for c in candidates}), n_people)
        excluded = [c["excluded"] for c in candidates]
        self.assertEqual(excluded, sorted(excluded), "an excluded person ranks above one who is not")
        included = [c["score"] for c in candidates if not c["excluded"]]
        self.assertEqual(included, sorted(included, reverse=True), "scores out of order")
        for c in candidates:
            self.assertIsInstance(c["person_id"], int)
            self.assertTrue(c["name"])
            self.assertIn(c["kind"], PERSON_KINDS)
            self.assertGreaterEqual(c["score"], 0)
            self.assertLessEqual(c["score"], 100)
            self.assertEqual(c["score"], round(c["score"], 1), "one decimal")
            if c["excluded"]:
                self.assertEqual(c["score"], 0, c)
            self.assertIsInstance(c["reasons"], list)
            self.assertTrue(c["reasons"], f"no reasons for {c}")
            for reason in c["reasons"]:
                self.assertIsInstance(reason, str)
                self.assertTrue(reason.strip())

    def assert_error(self, r, status=1):
        self.assertEqual(r.returncode, status, f"stdout: {r.stdout!r} stderr: {r.stderr!r}")
        self.assertTrue(r.stderr.startswith(PREFIX), f"stderr: {r.stderr!r}")
        self.assertGreater(len(r.stderr.strip()), len(PREFIX.strip()))

    def list_json(self, what, path, env=None):
        r = run("list", what, "--format=json", "--database", path, env=env)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual(r.stderr, "")
        return json.loads(r.stdout)

    # demo

    def test_demo_writes_a_workspace(self):
        r = self.demo_result
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual(r.stderr, "")
        # Nothing, or one line that says where.
        lines = r.stdout.splitlines()
        self.assertLessEqual(len(lines), 1)
        if lines:
            self.assertIn(self.workspace, lines[0])
        with open(self.workspace, "rb") as f:
            self.assertEqual(f.read(16), b"SQLite format 3\0")

    def test_demo_refuses_to_overwrite(self):
        path = os.path.join(self.dir, "notes.txt")
        with open(path, "wb") as f:
            f.write(b"Minutes of the twinning committee\n")
        before = Snapshot(path)

        r = run("demo", "--output", path)
        self.assert_error(r)
        self.assertIn(path, r.stderr)
        before.assert_unchanged(self)

        existing = self.copy_workspace()
        before = Snapshot(existing)
        self.assert_error(run("demo", "--output", existing))
        before.assert_unchanged(self)

    def test_demo_needs_output(self):
        r = run("demo")
        self.assert_error(r, 2)

    # generate

    def test_generate_is_reproducible(self):
        options = ("--people=300", "--partnerships=5", "--needs=20", "--seed=7")
        first = self.generate("first.sqlite", *options)
        second = self.generate("second.sqlite", *options)
        with open(first, "rb") as a, open(second, "rb") as b:
            self.assertEqual(a.read(16), b"SQLite format 3\0")
            a.seek(0)
            self.assertTrue(a.read() == b.read(), "the same options gave different files")
        # The file stands alone: no write-ahead log or journal beside it.
        self.assertEqual(sorted(os.listdir(self.dir)), ["first.sqlite", "second.sqlite"])
        r = run("check", first)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertIn("integrity ok", r.stdout)

    def test_generate_other_seed(self):
        first = self.generate("seed-7.sqlite", "--people=50", "--partnerships=3", "--needs=5", "--seed=7")
        other = self.generate("seed-8.sqlite", "--people=50", "--partnerships=3", "--needs=5", "--seed=8")
        with open(first, "rb") as a, open(other, "rb") as b:
            self.assertFalse(a.read() == b.read(), "another seed gave the same file")
        self.assertNotEqual(self.list_json("people", first), self.list_json("people", other))
        self.assertEqual(len(self.list_json("people", other)), 50)

    def test_generate_defaults(self):
        path = self.generate("defaults.sqlite")
        # The default seed is 1. (Compared before anything opens the files: opening a
        # workspace switches it to a write-ahead log, which changes its header.)
        seed_1 = self.generate("seed-1.sqlite", "--seed=1")
        with open(path, "rb") as a, open(seed_1, "rb") as b:
            self.assertTrue(a.read() == b.read(), "--seed=1 is not the default")
        self.assertEqual(len(self.list_json("people", path)), 1000)
        self.assertEqual(len(self.list_json("partnerships", path)), 20)
        self.assertEqual(len(self.list_json("needs", path)), 50)

    def test_generate_contents(self):
        path = self.need_generated()
        municipalities = {m["id"]: m for m in self.list_json("municipalities", path)}
        partnerships = self.list_json("partnerships", path)
        people = self.list_json("people", path)
        needs = self.list_json("needs", path)
        self.assertEqual(len(partnerships), GENERATED["partnerships"])
        self.assertEqual(len(people), GENERATED["people"])
        self.assertEqual(len(needs), GENERATED["needs"])

        for m in municipalities.values():
            self.assertRegex(m["country"], r"^[A-Z]{2}$")
            self.assertTrue(m["time_zone"])
        self.assertEqual(len({m["name"] for m in municipalities.values()}), len(municipalities),
                         "two municipalities of the same name")
        parties = {}
        for p in partnerships:
            self.assertEqual(len(p["parties"]), 2, p)
            own = [municipalities[party["id"]]["is_own"] for party in p["parties"]]
            self.assertEqual(own, [True, False], "one of ours, then the partner")
            parties[p["id"]] = {party["id"] for party in p["parties"]}
            self.assertIn(p["kind"], KINDS)
            self.assertIn(p["status"], STATUSES)
            self.assertTrue(p["motives"])

        kinds = set()
        departments = set()
        for person in people:
            kinds.add(person["kind"])
            if person["department"]:
                departments.add(person["department"])
            self.assertTrue(1 <= len(person["languages"]) <= 3, person)
            codes = [skill.split(":")[0] for skill in person["languages"]]
            self.assertEqual(len(codes), len(set(codes)), person)
            for skill in person["languages"]:
                code, level = skill.split(":")
                self.assertIn(code, GENERATED_LANGUAGES)
                self.assertIn(level, CEFR)
            self.assertTrue(1 <= len(person["expertise"]) <= 4, person)
            for skill in person["expertise"]:
                area, level = skill.split(":")
                self.assertRegex(area, r"^[a-z-]+$")
                self.assertIn(int(level), range(1, 5))
            if person["municipality_id"] is not None:
                self.assertIn(person["municipality_id"], municipalities)
        self.assertGreaterEqual(len(kinds), 3, kinds)
        self.assertLessEqual(len(departments), 15)

        for need in needs:
            self.assertIn(need["partnership_id"], parties)
            self.assertIn(need["requested_by_id"], parties[need["partnership_id"]])
            self.assertFalse(municipalities[need["requested_by_id"]]["is_own"], "asked by the partner")
            self.assertTrue(1 <= len(need["expertise"]) <= 3, need)
            self.assertTrue(0 <= len(need["languages"]) <= 2, need)
            self.assertRegex(need["starts_on"], r"^202[67]-\d\d-\d\d$")
            self.assertRegex(need["ends_on"], r"^202[67]-\d\d-\d\d$")
            self.assertLessEqual(need["starts_on"], need["ends_on"])
            self.assertIn(need["status"], NEED_STATUSES)
            self.assertTrue(need["description"])

    def test_generate_large(self):
        # The benchmark's size, in reasonable time (the timeout of run()).
        path = self.generate("large.sqlite", "--people=20000", "--needs=200")
        r = run("list", "people", "--format=tsv", "--database", path)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual(len(r.stdout.splitlines()), 1 + 20000)

    def test_generate_refuses_to_overwrite(self):
        path = os.path.join(self.dir, "notes.txt")
        with open(path, "wb") as f:
            f.write(b"Minutes of the twinning committee\n")
        before = Snapshot(path)
        r = run("generate", "--output", path, "--people=5")
        self.assert_error(r)
        self.assertIn(path, r.stderr)
        before.assert_unchanged(self)
        before.assert_nothing_beside(self)

    def test_generate_usage_errors(self):
        path = os.path.join(self.dir, "never.sqlite")
        for options in (["--people=-1"], ["--people=many"], ["--people=1000001"], ["--partnerships=0"],
                        ["--needs=1.5"], ["--seed=-3"], ["--seed=4294967296"], ["extra"]):
            with self.subTest(options=options):
                r = run("generate", "--output", path, *options)
                self.assert_error(r, 2)
                self.assertFalse(os.path.exists(path))
        self.assert_error(run("generate", "--people=5"), 2)

    # list people, list needs

    def test_list_people(self):
        path = self.need_generated()
        people = self.list_json("people", path)
        for person in people:
            self.assertIsInstance(person["id"], int)
            self.assertTrue(person["name"])
            self.assertIn(person["kind"], PERSON_KINDS)
            self.assertIsInstance(person["regional_experience"], bool)
            self.assertIsInstance(person["intercultural_experience"], bool)

        r = run("list", "people", "--format=tsv", "--database", path)
        self.assertEqual(r.returncode, 0, r.stderr)
        lines = r.stdout.splitlines()
        header = lines[0].split("\t")
        self.assertEqual(header[0], "id")
        rows = [line.split("\t") for line in lines[1:]]
        self.assertEqual([int(row[0]) for row in rows], [p["id"] for p in people])
        for row, person in zip(rows, people):
            self.assertEqual(len(row), len(header))
            self.assertEqual(row[header.index("languages")], ",".join(person["languages"]))

        r = run("list", "people", "--database", path)
        self.assertEqual(r.returncode, 0, r.stderr)
        lines = r.stdout.splitlines()
        self.assertEqual(len(lines), 1 + len(people))
        for heading in ("ID", "Name", "Type", "Department", "Languages", "Expertise"):
            self.assertIn(heading, lines[0])
        self.assertIn(people[0]["name"], lines[1])

    def test_list_needs(self):
        path = self.need_generated()
        needs = self.list_json("needs", path)
        r = run("list", "needs", "--format=tsv", "--database", path)
        self.assertEqual(r.returncode, 0, r.stderr)
        lines = r.stdout.splitlines()
        self.assertEqual(lines[0].split("\t")[0], "id")
        self.assertEqual([int(line.split("\t")[0]) for line in lines[1:]], [n["id"] for n in needs])
        r = run("list", "needs", "--database", path)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual(len(r.stdout.splitlines()), 1 + len(needs))

    # match

    def test_match_generated_need(self):
        path = self.need_generated()
        needs = self.list_json("needs", path)
        n_people = len(self.list_json("people", path))
        n_excluded = 0
        for need in needs[:4]:
            with self.subTest(need=need["id"]):
                candidates = self.match_json(path, need["id"], "--today", TODAY)
                self.assert_ranking(candidates, n_people)
                n_excluded += sum(c["excluded"] for c in candidates)
                # Ranking is deterministic.
                self.assertEqual(self.match_json(path, need["id"], "--today", TODAY), candidates)

        need_id = needs[0]["id"]
        candidates = self.match_json(path, need_id, "--today", TODAY)
        r = run("match", str(need_id), "--format=tsv", "--today", TODAY, "--database", path)
        self.assertEqual(r.returncode, 0, r.stderr)
        lines = r.stdout.split("\n")
        self.assertEqual(lines[-1], "")
        header = lines[0].split("\t")
        self.assertEqual(header[0], "person_id")
        for field in ("rank", "name", "score", "excluded", "reasons"):
            self.assertIn(field, header)
        rows = [line.split("\t") for line in lines[1:-1]]
        self.assertEqual(len(rows), n_people)
        for row, c in zip(rows, candidates):
            self.assertEqual(len(row), len(header))
            self.assertEqual(int(row[0]), c["person_id"])
            self.assertEqual(int(row[header.index("rank")]), c["rank"])
            self.assertEqual(float(row[header.index("score")]), c["score"])
            self.assertRegex(row[header.index("score")], r"^\d+\.\d$")
            self.assertEqual(row[header.index("excluded")], "true" if c["excluded"] else "false")
            self.assertEqual(row[header.index("reasons")], "; ".join(c["reasons"]))

        r = run("match", str(need_id), "--today", TODAY, "--database", path)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual(r.stderr, "")
        lines = r.stdout.splitlines()
        self.assertTrue(lines[0].startswith(f"Need {need_id}: {needs[0]['description']}"), lines[0])
        for heading in ("Rank", "Score", "Name"):
            self.assertIn(heading, lines[2])
        rows = [line for line in lines[3:] if re.match(r"^\s*\d+\s", line)]
        self.assertEqual(len(rows), n_people)
        self.assertIn(candidates[0]["name"], rows[0])
        self.assertRegex(rows[0], r"^\s*1\s+\d+\.\d\s")
        # The reasons under each row, indented.
        self.assertEqual(len(lines) - 3 - len(rows), sum(len(c["reasons"]) for c in candidates))
        self.assertEqual(lines[4].strip(), candidates[0]["reasons"][0])
        self.assertTrue(lines[4].startswith("  "))
        for line in lines:
            self.assertEqual(line, line.rstrip(), "trailing spaces")

    def test_match_today_defaults_to_today(self):
        path = self.need_generated()
        need_id = self.list_json("needs", path)[0]["id"]
        candidates = self.match_json(path, need_id)
        self.assert_ranking(candidates, GENERATED["people"])

    def test_match_sample(self):
        # The sample gets people and needs of its own: rank whatever it has.
        path = self.need_workspace()
        needs = self.list_json("needs", path)
        if not needs:
            self.skipTest("the sample has no needs yet")
        n_people = len(self.list_json("people", path))
        for need in needs:
            with self.subTest(need=need["id"]):
                self.assert_ranking(self.match_json(path, need["id"], "--today", TODAY), n_people)
        r = run("match", str(needs[0]["id"]), "--database", path)
        self.assertEqual(r.returncode, 0, r.stderr)

    def test_match_errors(self):
        path = self.need_generated()
        before = Snapshot(path)
        r = run("match", "999999", "--database", path)
        self.assert_error(r, 1)
        self.assertIn("999999", r.stderr)
        self.assertEqual(r.stdout, "")
        for args in (["abc"], ["0"], ["-4"], ["1.5"], [], ["1", "2"], ["1", "--today=tomorrow"],
                     ["1", "--today=2026-02-30"], ["1", "--format=xml"]):
            with self.subTest(args=args):
                r = run("match", *args, "--database", path)
                self.assert_error(r, 2)
                self.assertEqual(r.stdout, "")
                self.assertIn("--help", r.stderr)
        r = run("match", "1", "--database", os.path.join(self.dir, "nowhere.sqlite"))
        self.assert_error(r, 1)
        before.assert_unchanged(self)

    # list partnerships

    def test_list_partnerships_table(self):
        path = self.need_workspace()
        r = run("list", "partnerships", "--database", path)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual(r.stderr, "")
        lines = r.stdout.splitlines()
        self.assertEqual(len(lines), 1 + len(TITLES), r.stdout)
        for heading in ("ID", "Partnership", "Type", "Status", "First contacts", "Agreement"):
            self.assertIn(heading, lines[0])
        for title in TITLES:
            self.assertEqual(sum(title in line for line in lines[1:]), 1, f"{title!r} in\n{r.stdout}")
        # Aligned: every row starts its title where the heading does (in characters;
        # these titles have no wide characters).
        column = lines[0].index("Partnership")
        for line in lines[1:]:
            self.assertTrue(any(line[column:].startswith(t) for t in TITLES), line)
        for line in lines:
            self.assertEqual(line, line.rstrip(), "trailing spaces")

    def test_database_before_or_after_the_command(self):
        path = self.need_workspace()
        after = run("list", "partnerships", "--database", path)
        before = run("--database", path, "list", "partnerships")
        equals = run("list", "--database=" + path, "partnerships")
        self.assertEqual(after.returncode, 0, after.stderr)
        self.assertEqual(before.returncode, 0, before.stderr)
        self.assertEqual(equals.returncode, 0, equals.stderr)
        self.assertEqual(before.stdout, after.stdout)
        self.assertEqual(equals.stdout, after.stdout)

    def test_list_partnerships_tsv(self):
        path = self.need_workspace()
        r = run("list", "partnerships", "--format=tsv", "--database", path)
        self.assertEqual(r.returncode, 0, r.stderr)
        lines = r.stdout.split("\n")
        self.assertEqual(lines[-1], "", "the last line ends with a newline")
        header, rows = lines[0].split("\t"), [line.split("\t") for line in lines[1:-1]]
        self.assertEqual(header[0], "id")
        self.assertIn("title", header)
        self.assertEqual(len(rows), 4)
        for row in rows:
            self.assertEqual(len(row), len(header), row)
            self.assertTrue(row[0].isdigit(), row)
        titles = [row[header.index("title")] for row in rows]
        self.assertEqual(sorted(titles), sorted(TITLES))
        # Dates as stored, ISO text.
        for row in rows:
            self.assertRegex(row[header.index("first_contact")], r"^\d{4}(-\d\d){0,2}$")
        # The same ids as the JSON gives.
        ids = {row[0]: row[header.index("title")] for row in rows}
        entries = self.list_json("partnerships", path)
        self.assertEqual(ids, {str(e["id"]): e["title"] for e in entries})

    def test_list_partnerships_json(self):
        entries = self.list_json("partnerships", self.need_workspace())
        self.assertIsInstance(entries, list)
        self.assertEqual(len(entries), 4)
        self.assertEqual(sorted(e["title"] for e in entries), sorted(TITLES))
        for e in entries:
            self.assertIsInstance(e["id"], int)
            self.assertIn(e["kind"], KINDS)
            self.assertIn(e["status"], STATUSES)
            self.assertEqual(len(e["parties"]), 2, e)
            for party in e["parties"]:
                self.assertIsInstance(party["id"], int)
                self.assertTrue(party["name"])
                self.assertRegex(party["country"], r"^[A-Z]{2}$")
            self.assertEqual(" – ".join(p["name"] for p in e["parties"]), e["title"])
            self.assertEqual(int(e["first_contact"][:4]), FIRST_CONTACT_YEARS[e["title"]], e)
            self.assertIsInstance(e["agreement_date"], str)
            self.assertIsInstance(e["themes"], list)
            self.assertIsInstance(e["motives"], list)
            for motive in e["motives"]:
                self.assertRegex(motive, r"^[a-z0-9-]+$", "motives are stable names")

    # list municipalities

    def test_list_municipalities(self):
        path = self.need_workspace()
        r = run("list", "municipalities", "--database", path)
        self.assertEqual(r.returncode, 0, r.stderr)
        lines = r.stdout.splitlines()
        self.assertEqual(len(lines), 1 + 8, r.stdout)
        for heading in ("ID", "Name", "Country", "Population", "Time zone"):
            self.assertIn(heading, lines[0])

        r = run("list", "municipalities", "--format=tsv", "--database", path)
        self.assertEqual(r.returncode, 0, r.stderr)
        lines = r.stdout.splitlines()
        self.assertEqual(lines[0].split("\t")[0], "id")
        self.assertEqual(len(lines), 1 + 8)
        for line in lines[1:]:
            self.assertTrue(line.split("\t")[0].isdigit(), line)

        entries = self.list_json("municipalities", path)
        self.assertEqual(len(entries), 8)
        names = {e["name"] for e in entries}
        for title in TITLES:
            for name in title.split(" – "):
                self.assertIn(name, names)
        for e in entries:
            self.assertRegex(e["country"], r"^[A-Z]{2}$")
            self.assertIsInstance(e["is_own"], bool)
            self.assertTrue(e["population"] is None or e["population"] > 0)

    # export ical

    def add_visits(self, path):
        """Two visits of "Utrecht – León" and one of another partnership, straight into
        the file (there is no command that adds visits); returns their ids and the
        partnership's."""
        partnerships = self.list_json("partnerships", path)
        municipalities = {m["id"]: m for m in self.list_json("municipalities", path)}
        utrecht_leon = next(p for p in partnerships if p["title"] == "Utrecht – León")
        other = next(p for p in partnerships if p["id"] != utrecht_leon["id"])
        utrecht, leon = (party["id"] for party in utrecht_leon["parties"])
        self.assertEqual(municipalities[leon]["time_zone"], "America/Managua")
        db = sqlite3.connect(path)
        visit = ("INSERT INTO visit (partnership_id, direction, origin_id, destination_id, starts_on, ends_on,"
                 " purpose, modalities, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
        item = ("INSERT INTO programme_item (visit_id, date, starts_at, ends_at, place, activity)"
                " VALUES (?, ?, ?, ?, ?, ?)")
        ids = {}
        ids["to_leon"] = db.execute(visit, (utrecht_leon["id"], "outgoing", utrecht, leon, "2007-03-12", "2007-03-16",
                                            "Water, sanitation; and León’s مدينة 🌍\nsecond line " * 3,
                                            '["peer-to-peer"]', "confirmed")).lastrowid
        ids["items"] = [
            db.execute(item, (ids["to_leon"], "2007-03-12", "09:30", "11:00", "Alcaldía; Sala 2", "Meeting, mayor")).lastrowid,
            db.execute(item, (ids["to_leon"], "2007-03-13", "", "", "", "Free day")).lastrowid,
        ]
        ids["to_utrecht"] = db.execute(visit, (utrecht_leon["id"], "incoming", leon, utrecht, "2026-10-22", "2026-10-27",
                                               "Return visit", "[]", "planned")).lastrowid
        a, b = (party["id"] for party in other["parties"])
        ids["other"] = db.execute(visit, (other["id"], "outgoing", a, b, "2026-05-01", "2026-05-02",
                                          "Another partnership's visit", "[]", "idea")).lastrowid
        ids["partnership"] = utrecht_leon["id"]
        db.commit()
        db.close()
        return ids

    def read_ics(self, path):
        """The events of an export, after checking its lines: {UID: {NAME(;PARAMS): value}}."""
        with open(path, "rb") as f:
            data = f.read()
        self.assertTrue(data.startswith(b"BEGIN:VCALENDAR\r\n"), data[:40])
        self.assertTrue(data.endswith(b"END:VCALENDAR\r\n"), data[-40:])
        physical = data.split(b"\r\n")[:-1]
        for line in physical:
            self.assertNotIn(b"\n", line, "a line break other than CRLF")
            self.assertLessEqual(len(line), 75, line)
            line.decode("utf-8")  # a fold never splits a character
        lines = []
        for line in physical:
            text = line.decode("utf-8")
            if text.startswith(" "):
                lines[-1] += text[1:]
            else:
                lines.append(text)
        self.assertIn("VERSION:2.0", lines)
        self.assertIn("CALSCALE:GREGORIAN", lines)
        self.assertTrue(any(re.match(r"^PRODID:-//Counterpart//Counterpart \d+\.\d+(\.\d+)?//EN$", l) for l in lines))
        events, current = {}, None
        for line in lines:
            if line == "BEGIN:VEVENT":
                current = {}
            elif line == "END:VEVENT":
                self.assertNotIn(current["UID"], events, "a UID twice")
                self.assertIn("DTSTAMP", current)
                events[current["UID"]] = current
                current = None
            elif current is not None:
                name, value = line.split(":", 1)
                self.assertNotIn(name, current, f"{name} twice")
                current[name] = value
        self.assertEqual(len(re.findall(r"(?m)^BEGIN:VEVENT$", "\n".join(lines))), len(events))
        return events, lines

    def export(self, path, *options):
        output = os.path.join(self.dir, "visits.ics")
        r = run("export", "ical", "--database", path, "--output", output, *options)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual(r.stderr, "")
        self.assertEqual(r.stdout, "")
        return self.read_ics(output)

    def test_export_ical(self):
        path = self.copy_workspace()
        ids = self.add_visits(path)
        domain = "@io.github.counterpart.Counterpart"
        to_leon, to_utrecht, other = (f"visit-{ids[k]}{domain}" for k in ("to_leon", "to_utrecht", "other"))
        meeting, free_day = (f"programme-{i}{domain}" for i in ids["items"])

        events, lines = self.export(path, "--visit", str(ids["to_leon"]))
        self.assertEqual(set(events), {to_leon, meeting, free_day})
        visit = events[to_leon]
        self.assertEqual(visit["DTSTART;VALUE=DATE"], "20070312")
        self.assertEqual(visit["DTEND;VALUE=DATE"], "20070317", "the day after the last")
        self.assertEqual(visit["STATUS"], "CONFIRMED")
        self.assertEqual(visit["LOCATION"], "León\\, Nicaragua")
        self.assertEqual(visit["CATEGORIES"], "Peer-to-peer exchange")
        self.assertTrue(visit["SUMMARY"].startswith("Water\\, sanitation\\; and León’s مدينة 🌍\\nsecond"),
                        visit["SUMMARY"])
        self.assertIn("Partnership: Utrecht – León\\n", visit["DESCRIPTION"])
        self.assertEqual(events[meeting]["DTSTART;TZID=America/Managua"], "20070312T093000")
        self.assertEqual(events[meeting]["DTEND;TZID=America/Managua"], "20070312T110000")
        self.assertEqual(events[meeting]["SUMMARY"], "Meeting\\, mayor")
        self.assertEqual(events[meeting]["LOCATION"], "Alcaldía\\; Sala 2")
        self.assertEqual(events[meeting]["RELATED-TO"], to_leon)
        self.assertEqual(events[free_day]["DTSTART;VALUE=DATE"], "20070313")
        self.assertIn("TZID:America/Managua", lines)
        self.assertEqual(lines.count("BEGIN:VTIMEZONE"), 1)

        events, _ = self.export(path, "--partnership", str(ids["partnership"]))
        self.assertTrue({to_leon, meeting, free_day, to_utrecht} <= set(events))
        self.assertNotIn(other, events)
        self.assertEqual(events[to_utrecht]["STATUS"], "TENTATIVE")

        everything, _ = self.export(path)
        self.assertTrue(set(events) | {other} <= set(everything))
        # The same records keep their UIDs from one export to the next.
        again, _ = self.export(path)
        self.assertEqual(set(again), set(everything))

        # --database before the command, and an existing file is replaced.
        output = os.path.join(self.dir, "visits.ics")
        with open(output, "w") as f:
            f.write("an older export")
        r = run("--database", path, "export", "ical", "--visit", str(ids["other"]), "-o", output)
        self.assertEqual(r.returncode, 0, r.stderr)
        events, _ = self.read_ics(output)
        self.assertEqual(set(events), {other})
        self.assertEqual(sorted(os.listdir(self.dir)), ["copy.sqlite", "visits.ics"], "temporary files left behind")

    def test_export_sample(self):
        # The sample may or may not have visits of its own: export what it has.
        path = self.copy_workspace()
        with sqlite3.connect(path) as db:
            n_visits = db.execute("SELECT count(*) FROM visit").fetchone()[0]
        db.close()
        output = os.path.join(self.dir, "sample.ics")
        r = run("export", "ical", "--database", path, "--output", output)
        if n_visits == 0:
            self.assert_error(r)
            self.assertIn("no visits", r.stderr)
            self.assertFalse(os.path.exists(output))
            return
        self.assertEqual(r.returncode, 0, r.stderr)
        events, _ = self.read_ics(output)
        self.assertEqual(sum(uid.startswith("visit-") for uid in events), n_visits)

    def test_export_errors(self):
        path = self.copy_workspace()
        ids = self.add_visits(path)
        before = Snapshot(path)
        output = os.path.join(self.dir, "visits.ics")
        for args in ([], ["pdf"], ["ical", "extra"], ["ical", "--visit", "1", "--partnership", "1"],
                     ["ical", "--visit", "first"], ["ical", "--visit", "0"], ["ical", "--partnership", "-2"],
                     ["ical", "--visit=1.5"], ["ical", "--no-such-option"]):
            with self.subTest(args=args):
                r = run("export", *args, "--output", output, "--database", path)
                self.assert_error(r, 2)
                self.assertEqual(r.stdout, "")
                self.assertIn("--help", r.stderr)
                self.assertFalse(os.path.exists(output))
        self.assert_error(run("export", "ical", "--database", path), 2)  # no --output

        # An unknown ID fails, and a file that was there stays as it was.
        with open(output, "w") as f:
            f.write("an older export")
        kept = Snapshot(output)
        for option in ("--visit", "--partnership"):
            with self.subTest(option=option):
                r = run("export", "ical", option, "999999", "--output", output, "--database", path)
                self.assert_error(r, 1)
                self.assertIn("999999", r.stderr)
                kept.assert_unchanged(self)

        # Where no file can be written: a clear message, nothing touched.
        notes = os.path.join(self.dir, "notes.txt")
        with open(notes, "w") as f:
            f.write("Minutes of the twinning committee\n")
        kept_notes = Snapshot(notes)
        for target in ("/nonexistent/dir/x.ics", os.path.join(notes, "x.ics"), self.dir):
            with self.subTest(target=target):
                r = run("export", "ical", "--visit", str(ids["to_leon"]), "--output", target, "--database", path)
                self.assert_error(r, 1)
                self.assertIn(target, r.stderr)
        kept_notes.assert_unchanged(self)
        kept_notes.assert_nothing_beside(self)

        # Never over the workspace itself.
        r = run("export", "ical", "--output", path, "--database", path)
        self.assert_error(r, 1)
        self.assertIn("workspace", r.stderr)
        before.assert_unchanged(self)

    # import and export csv

    def ledger(self, path, *options):
        r = run("list", "transactions", "--format=json", "--database", path, *options)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual(r.stderr, "")
        return json.loads(r.stdout)

    def write_file(self, name, text):
        path = os.path.join(self.dir, name)
        with open(path, "w", encoding="utf-8", newline="") as f:
            f.write(text)
        return path

    def test_list_transactions(self):
        path = self.need_workspace()
        everything = self.ledger(path)
        of_2007 = self.ledger(path, "--year", "2007")
        self.assertTrue(of_2007)
        self.assertLess(len(of_2007), len(everything))
        self.assertTrue(all(t["date"].startswith("2007-") for t in of_2007))
        for t in everything:
            self.assertRegex(t["amount"], r"^\d+(\.\d+)?$")
            self.assertRegex(t["currency"], r"^[A-Z]{3}$")
            self.assertIn(t["kind"], {"commitment", "disbursement", "expenditure", "incoming-funds",
                                      "incoming-commitment", "refund"})
        r = run("list", "transactions", "--format=tsv", "--year", "2007", "--database", path)
        self.assertEqual(r.returncode, 0, r.stderr)
        lines = r.stdout.splitlines()
        self.assertEqual(lines[0].split("\t")[:5], ["id", "date", "kind", "source", "amount"])
        self.assertEqual(len(lines), 1 + len(of_2007))
        r = run("list", "transactions", "--database", path)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual(len(r.stdout.splitlines()), 1 + len(everything))
        self.assertIn("Utrecht – León", r.stdout)

    def test_import_csv(self):
        path = self.copy_workspace()
        before = self.ledger(path)
        partnership = next(p["id"] for p in self.list_json("partnerships", path) if p["title"] == "Utrecht – León")
        good = self.write_file("boekhouding.csv",
                               "Datum;Omschrijving;Bedrag;Valuta;Koers;Stedenband;Soort;Bron;Referentie\r\n"
                               "12-03-2009;Reis naar León;1.234,56;EUR;;Utrecht – León;expenditure;;CSV-1\r\n"
                               "01-04-2009;Pompen;3.300,00;PEN;3,30;Utrecht – León;;Municipal budget;CSV-2\r\n")

        r = run("import", "csv", good, "--dry-run", "--database", path)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual(r.stderr, "")
        self.assertEqual(r.stdout, "2 entries would be imported.\n")
        self.assertEqual(self.ledger(path), before)

        r = run("import", "csv", good, "--database", path)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual(r.stderr, "")
        self.assertEqual(r.stdout, "Imported 2 entries.\n")
        after = self.ledger(path)
        self.assertEqual(len(after), len(before) + 2)
        new = {t["reference"]: t for t in after if t["reference"].startswith("CSV-")}
        self.assertEqual(new["CSV-1"]["date"], "2009-03-12")
        self.assertEqual(new["CSV-1"]["amount"], "1234.56")
        self.assertEqual(new["CSV-1"]["partnership_id"], partnership)
        self.assertEqual(new["CSV-2"]["amount"], "3300.00")
        self.assertEqual(new["CSV-2"]["currency"], "PEN")
        self.assertEqual(new["CSV-2"]["rate"], "3.30")
        self.assertEqual(new["CSV-2"]["base_amount"], "1000.00")
        self.assertEqual(new["CSV-2"]["kind"], "expenditure")

    def test_import_csv_bad_rows(self):
        path = self.copy_workspace()
        before = self.ledger(path)
        bad = self.write_file("ledger.csv",
                              "Date,Amount,Currency,Rate,Description\n"
                              "2009-01-10,12.50,EUR,,fine\n"
                              "2009-02-30,5.00,EUR,,impossible day\n"
                              "2009-01-12,\"1.234,56\",EUR,,the other notation\n"
                              "2009-01-13,10.00,SOL,3.30,unknown currency\n"
                              "2009-01-14,10.00,PEN,0,zero rate\n"
                              "2009-01-15,10.00,EUR,,one field,too many\n"
                              "2009-01-16,10.00,EUR,,fine too\n")
        for options in ([], ["--dry-run"]):
            with self.subTest(options=options):
                r = run("import", "csv", bad, "--database", path, *options)
                self.assert_error(r, 1)
                self.assertEqual(r.stdout, "")
                lines = r.stderr.splitlines()
                self.assertEqual(len(lines), 5 + 1, r.stderr)
                self.assertTrue(lines[0].startswith(PREFIX + "line 3: Date: “2009-02-30”"), lines[0])
                self.assertTrue(lines[1].startswith(PREFIX + "line 4: Amount: “1.234,56” is not an amount"), lines[1])
                self.assertTrue(lines[2].startswith(PREFIX + "line 5: Currency: “SOL”"), lines[2])
                self.assertTrue(lines[3].startswith(PREFIX + "line 6: Rate: "), lines[3])
                self.assertTrue(lines[4].startswith(PREFIX + "line 7: The row has 6 fields where the header has 5"),
                                lines[4])
                self.assertEqual(lines[5], PREFIX + "5 rows have problems; nothing was imported.")
                self.assertEqual(self.ledger(path), before)

        # A problem with the file as a whole names its line.
        broken = self.write_file("broken.csv", "Date,Amount\n2009-01-10,1.00\n2009-01-11,\"2.00\n2009-01-12,3.00\n")
        r = run("import", "csv", broken, "--database", path)
        self.assert_error(r, 1)
        self.assertTrue(r.stderr.startswith(PREFIX + "Line 3: "), r.stderr)
        headless = self.write_file("headless.csv", "2009-01-10,1.00\n")
        r = run("import", "csv", headless, "--database", path)
        self.assert_error(r, 1)
        self.assertIn("Line 1", r.stderr)
        empty = self.write_file("empty.csv", "Date,Amount\r\n")
        r = run("import", "csv", empty, "--database", path)
        self.assert_error(r, 1)
        self.assertIn("nothing to import", r.stderr)
        r = run("import", "csv", os.path.join(self.dir, "missing.csv"), "--database", path)
        self.assert_error(r, 1)
        self.assertIn("missing.csv", r.stderr)
        self.assertEqual(self.ledger(path), before)

    def read_csv(self, text, delimiter=","):
        return list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))

    def test_export_csv(self):
        path = self.copy_workspace()
        ledger = self.ledger(path)

        r = run("export", "csv", "--database", path)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual(r.stderr, "")
        rows = self.read_csv(r.stdout)
        self.assertEqual(rows[0], ["Date", "Kind", "Source", "Amount", "Currency", "Rate", "From", "To",
                                   "Partnership", "Project", "Description", "Reference"])
        self.assertEqual(sorted((row[0], row[3], row[4]) for row in rows[1:]),
                         sorted((t["date"], t["amount"], t["currency"]) for t in ledger))
        self.assertEqual([row[0] for row in rows[1:]], sorted(row[0] for row in rows[1:]), "oldest first")

        # Semicolons take decimal commas; one year.
        of_2007 = self.ledger(path, "--year", "2007")
        r = run("export", "csv", "--delimiter", ";", "--year", "2007", "--database", path)
        self.assertEqual(r.returncode, 0, r.stderr)
        rows = self.read_csv(r.stdout, ";")
        self.assertEqual(len(rows), 1 + len(of_2007))
        self.assertEqual(sorted(row[3] for row in rows[1:]),
                         sorted(t["amount"].replace(".", ",") for t in of_2007))
        r = run("export", "csv", "--delimiter", "tab", "--decimal", ",", "--database", path)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual(len(self.read_csv(r.stdout, "\t")), 1 + len(ledger))

        # To a file, replacing what was there, through nothing left beside it.
        output = self.write_file("ledger.csv", "an older export\n")
        r_stdout = run("export", "csv", "--delimiter", ";", "--database", path)
        r = run("export", "csv", "--delimiter", ";", "--output", output, "--database", path)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual(r.stdout, "")
        self.assertEqual(r.stderr, "")
        # (run() reads the standard output with universal newlines, as open() does.)
        with open(output, encoding="utf-8") as f:
            self.assertEqual(f.read(), r_stdout.stdout)
        with open(output, "rb") as f:
            self.assertTrue(f.read().startswith(b"Date;Kind;Source;Amount;Currency;Rate;From;To;"
                                                b"Partnership;Project;Description;Reference\r\n"))
        self.assertEqual(sorted(os.listdir(self.dir)), ["copy.sqlite", "ledger.csv"])

        # What it writes, import reads back, every entry.
        r = run("import", "csv", output, "--dry-run", "--database", path)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual(r.stdout, f"{len(ledger)} entries would be imported.\n")

    def test_export_csv_summary(self):
        path = self.copy_workspace()
        utrecht = next(m["id"] for m in self.list_json("municipalities", path) if m["name"] == "Utrecht")

        r = run("export", "csv", "--summary", "--year", "2007", "--database", path)
        self.assertEqual(r.returncode, 0, r.stderr)
        sections = r.stdout.split("\n\n")
        self.assertEqual(len(sections), 5)
        self.assertTrue(sections[0].startswith("Year,Municipality,Currency,"), sections[0])
        self.assertIn("\n2007,All municipalities,", sections[0])
        for section, heading in zip(sections[1:], ("Budget line,", "Partnership,", "Source,", "Funder,")):
            self.assertTrue(section.startswith(heading), section)

        r = run("export", "csv", "--summary", "--year", "2007", "--municipality", str(utrecht), "--database", path)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertIn("\n2007,Utrecht,", r.stdout)
        self.assertNotIn("Amstelveen", r.stdout)

        r = run("export", "csv", "--summary", "--year", "2007", "--municipality", "999999", "--database", path)
        self.assert_error(r, 1)
        self.assertIn("999999", r.stderr)

    def test_export_csv_unwritable(self):
        path = self.copy_workspace()
        notes = self.write_file("notes.txt", "Minutes of the twinning committee\n")
        kept_notes = Snapshot(notes)
        kept = Snapshot(self.write_file("ledger.csv", "an older export\n"))

        # Where no file can be written: a clear message, nothing touched.
        for target in ("/nonexistent/dir/x.csv", os.path.join(notes, "x.csv"), self.dir):
            with self.subTest(target=target):
                r = run("export", "csv", "--output", target, "--database", path)
                self.assert_error(r, 1)
                self.assertIn(target, r.stderr)
                self.assertEqual(r.stdout, "")
        kept_notes.assert_unchanged(self)

        # A write that fails halfway leaves the file that was there. The file size limit
        # stops it even for root; the workspace needs more entries than the limit holds.
        many = self.write_file("many.csv", "Date,Amount,Description\n" + "".join(
            f"2009-01-{i % 28 + 1:02d},{i}.50,Entry {i} of a long export from the finance system\n"
            for i in range(1500)))
        r = run("import", "csv", many, "--database", path)
        self.assertEqual(r.returncode, 0, r.stderr)
        os.unlink(many)

        def limit_file_size():
            signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
            resource.setrlimit(resource.RLIMIT_FSIZE, (65536, 65536))

        r = subprocess.run([CLI, "export", "csv", "--output", kept.path, "--database", path],
                           capture_output=True, encoding="utf-8", env=base_env(), timeout=120,
                           preexec_fn=limit_file_size)
        self.assert_error(r, 1)
        self.assertIn("Could not write", r.stderr)
        self.assertIn(kept.path, r.stderr)
        kept.assert_unchanged(self)
        kept.assert_nothing_beside(self)

        # A folder that cannot be written to (root writes anyway).
        if os.geteuid() != 0:
            os.chmod(self.dir, 0o500)
            try:
                r = run("export", "csv", "--output", kept.path, "--database", path)
                self.assert_error(r, 1)
                kept.assert_unchanged(self)
            finally:
                os.chmod(self.dir, 0o700)

    # export iati (the schema and codelists are checked by test-iati)

    def set_org_ref(self, path, name, ref):
        with sqlite3.connect(path) as db:
            db.execute("UPDATE municipality SET iati_org_ref = ? WHERE name = ?", (ref, name))
        db.close()

    def test_export_iati(self):
        path = self.copy_workspace()
        ids = self.municipality_ids(path)
        self.set_org_ref(path, "Utrecht", "NL-KVK-30280353")
        output = self.write_file("activities.xml", "an older export\n")

        r = run("export", "iati", "--municipality", str(ids["Utrecht"]), "--output", output, "--database", path)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual(r.stdout, "")
        # The project without a start is named, with what to record.
        self.assertEqual(r.stderr, "Left out: The project “Strengthening Cooperación Externa” of Utrecht – León "
                                   "has no start: give the day, month or year it began.\n")
        root = ElementTree.parse(output).getroot()
        self.assertEqual(root.tag, "iati-activities")
        self.assertEqual(root.get("version"), "2.03")
        activities = root.findall("iati-activity")
        self.assertEqual([a.get("hierarchy") for a in activities], ["1", "2", "2", "2"])
        self.assertTrue(all(a.findtext("iati-identifier").startswith("NL-KVK-30280353-") for a in activities))
        self.assertEqual(activities[0].find("title/narrative").text, "Utrecht – León")
        self.assertEqual(activities[0].find("reporting-org").get("type"), "11")
        self.assertEqual(sorted(os.listdir(self.dir)), ["activities.xml", "copy.sqlite"])

        # To the standard output: the same file.
        r_stdout = run("export", "iati", "--municipality", str(ids["Utrecht"]), "--database", path)
        self.assertEqual(r_stdout.returncode, 0, r_stdout.stderr)
        moment = re.compile(r'(generated|last-updated)-datetime="[^"]*"')
        with open(output, encoding="utf-8") as f:
            self.assertEqual(moment.sub("", f.read()), moment.sub("", r_stdout.stdout))

        # One partnership: its own party publishes; the texts in Spanish.
        partnership = next(p["id"] for p in self.list_json("partnerships", path) if p["title"] == "Utrecht – León")
        r = run("export", "iati", "--partnership", str(partnership), "--language", "es", "--database", path)
        self.assertEqual(r.returncode, 0, r.stderr)
        root = ElementTree.fromstring(r.stdout)
        lang = "{http://www.w3.org/XML/1998/namespace}lang"
        self.assertEqual({a.get(lang) for a in root.findall("iati-activity")}, {"es"})
        self.assertIn("Un proyecto del hermanamiento Utrecht – León sobre urban mobility.",
                      [d.text for d in root.iter("narrative")])

    def test_export_iati_errors(self):
        path = self.copy_workspace()
        ids = self.municipality_ids(path)
        kept = Snapshot(self.write_file("activities.xml", "an older export\n"))

        # Nothing to publish under: no identifier yet; a partner does not publish; several
        # own municipalities need --municipality.
        r = run("export", "iati", "--municipality", str(ids["Utrecht"]), "-o", kept.path, "--database", path)
        self.assert_error(r, 1)
        self.assertIn("IATI organisation identifier of Utrecht", r.stderr)
        self.set_org_ref(path, "Utrecht", "NL-KVK-30280353")
        r = run("export", "iati", "--municipality", str(ids["León"]), "-o", kept.path, "--database", path)
        self.assert_error(r, 1)
        self.assertIn("León is not one of your own municipalities", r.stderr)
        r = run("export", "iati", "-o", kept.path, "--database", path)
        self.assert_error(r, 2)
        self.assertIn("--municipality", r.stderr)
        r = run("export", "iati", "--municipality", "999999", "-o", kept.path, "--database", path)
        self.assert_error(r, 1)
        self.assertIn("999999", r.stderr)
        r = run("export", "iati", "--municipality", str(ids["Utrecht"]), "-o", "/nonexistent/dir/x.xml",
                "--database", path)
        self.assert_error(r, 1)
        self.assertIn("/nonexistent/dir/x.xml", r.stderr)
        kept.assert_unchanged(self)
        kept.assert_nothing_beside(self)

        # Options that do not go with it, and words that are not IDs or languages.
        for args in (["--visit", "1"], ["--year", "2007"], ["--summary"], ["--delimiter", ";"],
                     ["--municipality", "Utrecht"], ["--partnership", "x"], ["--language", "fr"]):
            with self.subTest(args=args):
                r = run("export", "iati", *args, "-o", kept.path, "--database", path)
                self.assert_error(r, 2)
        for fmt in ("ical", "csv"):
            r = run("export", fmt, "--language", "nl", "-o", kept.path, "--database", path)
            self.assert_error(r, 2)
        r = run("export", "xml", "--database", path)
        self.assert_error(r, 2)
        self.assertIn("ical, csv or iati", r.stderr)
        kept.assert_unchanged(self)

    # conditions, structures

    def municipality_ids(self, path):
        return {m["name"]: m["id"] for m in self.list_json("municipalities", path)}

    def judge(self, command, path, *options, env=None):
        """The table and the JSON of a judgement, both read without an error."""
        table = run(command, "--database", path, *options, env=env)
        self.assertEqual(table.returncode, 0, table.stderr)
        self.assertEqual(table.stderr, "")
        r = run(command, "--format=json", "--database", path, *options, env=env)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual(r.stderr, "")
        return table.stdout, json.loads(r.stdout)

    def assert_judgements(self, items, key, keys):
        """Each condition (or issue) once, in order, judged as a script can read it."""
        self.assertEqual([item[key] for item in items], keys)
        for item in items:
            self.assertIn(item["level"], LEVELS, item)
            self.assertIn(item["level_label"], LEVEL_LABELS, item)
            self.assertTrue(item["title"])
            self.assertTrue(item["summary"].strip(), item)
            self.assertIsInstance(item["indicators"], list)
            for indicator in item["indicators"]:
                self.assertRegex(indicator["key"], r"^[a-z0-9-]+$")
                self.assertTrue(indicator["label"])
                self.assertIsInstance(indicator["value"], str)
                self.assertIsInstance(indicator["known"], bool)
            for signal in item["signals"]:
                self.assertRegex(signal["key"], r"^[a-z0-9-]+$")
                self.assertIn(signal["severity"], SEVERITIES)
                self.assertTrue(signal["title"])
                self.assertTrue(signal["words"].strip(), signal)
                self.assertRegex(signal["citation"], r"L\d+", signal)

    def assert_judgement_table(self, text, items):
        """The table says what the JSON says: the titles in order with their levels,
        and the study's words with the citation of each signal that fired."""
        lines = text.splitlines()
        self.assertTrue(lines[0].strip(), text)
        position = 0
        for item in items:
            heading = f"{item['title']}: {item['level_label']}"
            self.assertIn(heading, lines[position:], f"{heading!r} missing or out of order in\n{text}")
            position = lines.index(heading, position) + 1
            self.assertEqual(lines[position], "  " + item["summary"])
            for signal in item["signals"]:
                self.assertIn(f"  ! {SEVERITY_LABELS[signal['severity']]}: {signal['title']}", text)
                self.assertIn(f"    “{signal['words']}” ({signal['citation']})", lines)
        if any(line.startswith("  ! ") for line in lines):
            self.assertRegex(text, r"(?m)^    “.+” \(.*L\d+.*\)$")
        for line in lines:
            self.assertEqual(line, line.rstrip(), "trailing spaces")

    def test_conditions_each_own_municipality(self):
        path = self.need_workspace()
        ids = self.municipality_ids(path)
        for name in OWN_CITIES:
            for year in STUDY_YEARS:
                with self.subTest(municipality=name, year=year):
                    text, report = self.judge("conditions", path, "--municipality", str(ids[name]),
                                              "--year", str(year), "--today", TODAY)
                    self.assertEqual(report["municipality"], {"id": ids[name], "name": name})
                    self.assertIsNone(report["partnership"])
                    self.assertEqual(report["year"], year)
                    self.assertEqual(report["today"], TODAY)
                    self.assert_judgements(report["conditions"], "condition", CONDITION_KEYS)
                    self.assertEqual([c["title"] for c in report["conditions"]], CONDITIONS)
                    self.assertEqual(text.splitlines()[0], f"The critical conditions of {name} in {year}")
                    self.assert_judgement_table(text, report["conditions"])
                    for condition in report["conditions"]:
                        for assessment in condition["assessments"]:
                            self.assertIn(assessment["level"], LEVELS)
                            self.assertTrue(assessment["rationale"].strip())
                    # Judged from the facts alone: the same facts, the same judgement.
                    again = run("conditions", "--database", path, "--municipality", str(ids[name]),
                                "--year", str(year), "--today", TODAY)
                    self.assertEqual(again.stdout, text)

    def test_conditions_year_of_today(self):
        path = self.need_workspace()
        utrecht = str(self.municipality_ids(path)["Utrecht"])
        _, report = self.judge("conditions", path, "--municipality", utrecht, "--today", "2007-09-15")
        self.assertEqual(report["year"], 2007)
        self.assertEqual(report["today"], "2007-09-15")
        _, report = self.judge("conditions", path, "--municipality", utrecht)
        self.assertRegex(report["today"], r"^\d{4}-\d\d-\d\d$")
        self.assertEqual(report["year"], int(report["today"][:4]))

    def test_conditions_of_a_partnership(self):
        path = self.need_workspace()
        municipalities = {m["id"]: m for m in self.list_json("municipalities", path)}
        for partnership in self.list_json("partnerships", path):
            own = next(p for p in partnership["parties"] if municipalities[p["id"]]["is_own"])
            partner = next(p for p in partnership["parties"] if not municipalities[p["id"]]["is_own"])
            with self.subTest(partnership=partnership["title"]):
                text, report = self.judge("conditions", path, "--partnership", str(partnership["id"]),
                                          "--year", "2007", "--today", TODAY)
                self.assertEqual(report["municipality"]["id"], own["id"])
                self.assertEqual(report["partnership"], {"id": partnership["id"], "title": partnership["title"]})
                self.assert_judgements(report["conditions"], "condition", CONDITION_KEYS)
                self.assertEqual(text.splitlines()[0], f"The critical conditions of {partnership['title']} in 2007")
                self.assert_judgement_table(text, report["conditions"])

                # Its own party may be named, not its partner nor another municipality.
                r = run("conditions", "--database", path, "--partnership", str(partnership["id"]),
                        "--municipality", str(own["id"]), "--year", "2007", "--format=json")
                self.assertEqual(r.returncode, 0, r.stderr)
                self.assertEqual(json.loads(r.stdout)["partnership"]["id"], partnership["id"])
                r = run("conditions", "--database", path, "--partnership", str(partnership["id"]),
                        "--municipality", str(partner["id"]))
                self.assert_error(r, 1)
                self.assertIn(partner["name"], r.stderr)
                self.assertEqual(r.stdout, "")
                other = next(m for m in municipalities.values()
                             if m["is_own"] and m["id"] != own["id"])
                r = run("conditions", "--database", path, "--partnership", str(partnership["id"]),
                        "--municipality", str(other["id"]))
                self.assert_error(r, 1)
                self.assertIn(partnership["title"], r.stderr)

    def test_conditions_assessment_beside_the_level(self):
        path = self.copy_workspace()
        ids = self.municipality_ids(path)
        utrecht = str(ids["Utrecht"])
        _, before = self.judge("conditions", path, "--municipality", utrecht, "--year", "2007", "--today", TODAY)
        rationale = "The council adopted the partnership's programme for 2007 unanimously."
        with sqlite3.connect(path) as db:
            db.execute("INSERT INTO condition_assessment (municipality_id, partnership_id, year, condition, level,"
                       " rationale, assessed_on, assessor) VALUES (?, NULL, 2007, 'political-embedding', 'strong',"
                       " ?, '2007-12-01', 'Coordinator')", (ids["Utrecht"], rationale))
            db.execute("INSERT INTO condition_assessment (municipality_id, partnership_id, year, condition, level,"
                       " rationale) VALUES (?, NULL, 2006, 'finance', 'weak', 'Another year.')", (ids["Utrecht"],))
        db.close()

        text, after = self.judge("conditions", path, "--municipality", utrecht, "--year", "2007", "--today", TODAY)
        embedding = after["conditions"][0]
        self.assertEqual(embedding["assessments"], [{"level": "strong", "rationale": rationale,
                                                    "assessed_on": "2007-12-01", "assessor": "Coordinator"}])
        for condition in after["conditions"][1:]:
            self.assertEqual(condition["assessments"], [])
        # Beside the computed level, never over it.
        for b, a in zip(before["conditions"], after["conditions"]):
            self.assertEqual(a["level"], b["level"])
            self.assertEqual(a["summary"], b["summary"])
        lines = text.splitlines()
        heading = lines.index(f"Political embedding: {embedding['level_label']}")
        self.assertEqual(lines[heading + 1], f"  Assessed: Strong — {rationale}")
        self.assertEqual(text.count("Assessed:"), 1, text)
        self.assertNotIn("Another year.", text)

        # The municipality's assessment is not a partnership's.
        leon = next(p for p in self.list_json("partnerships", path) if p["title"] == "Utrecht – León")
        text, report = self.judge("conditions", path, "--partnership", str(leon["id"]), "--year", "2007")
        self.assertNotIn("Assessed:", text)
        self.assertEqual(report["conditions"][0]["assessments"], [])

    def test_conditions_sample_assessment(self):
        # The sample records the coordinator's own judgement of Utrecht – León in 2008.
        path = self.need_workspace()
        leon = next(p for p in self.list_json("partnerships", path) if p["title"] == "Utrecht – León")
        text, report = self.judge("conditions", path, "--partnership", str(leon["id"]), "--year", "2008",
                                  "--today", TODAY)
        assessed = [(c["condition"], a) for c in report["conditions"] for a in c["assessments"]]
        self.assertTrue(assessed, "the sample has no assessment of Utrecht – León in 2008")
        lines = text.splitlines()
        for key, assessment in assessed:
            condition = next(c for c in report["conditions"] if c["condition"] == key)
            heading = lines.index(f"{condition['title']}: {condition['level_label']}")
            label = {"unknown": "Unknown", "weak": "Weak", "adequate": "Adequate", "strong": "Strong"}[assessment["level"]]
            self.assertIn(f"  Assessed: {label} — {assessment['rationale']}", lines[heading + 1:heading + 4])
        # Not the year before, nor the municipality as a whole.
        text, _ = self.judge("conditions", path, "--partnership", str(leon["id"]), "--year", "2007", "--today", TODAY)
        self.assertNotIn("Assessed:", text)
        utrecht = str(self.municipality_ids(path)["Utrecht"])
        text, _ = self.judge("conditions", path, "--municipality", utrecht, "--year", "2008", "--today", TODAY)
        for _, assessment in assessed:
            self.assertNotIn(assessment["rationale"], text)

    def test_conditions_which_municipality(self):
        path = self.copy_workspace()
        ids = self.municipality_ids(path)

        # Several own municipalities: say which, listing them.
        r = run("conditions", "--database", path)
        self.assert_error(r, 2)
        self.assertEqual(r.stdout, "")
        self.assertIn("--municipality", r.stderr)
        for name in OWN_CITIES:
            self.assertRegex(r.stderr, r"(?m)^\s+" + str(ids[name]) + r"\s+" + re.escape(name) + "$")
        for name in PARTNER_CITIES:
            self.assertNotIn(name, r.stderr)
        self.assertIn("--help", r.stderr)

        # Unknown, or a partner's: an error, and nothing on the standard output.
        for options in (["--municipality", "999999"], ["--partnership", "999999"]):
            with self.subTest(options=options):
                r = run("conditions", "--database", path, *options)
                self.assert_error(r, 1)
                self.assertIn("999999", r.stderr)
                self.assertEqual(r.stdout, "")
        r = run("conditions", "--database", path, "--municipality", str(ids["León"]))
        self.assert_error(r, 1)
        self.assertIn("León", r.stderr)
        self.assertIn("structures", r.stderr)

        # The only own municipality needs no option.
        with sqlite3.connect(path) as db:
            db.execute("UPDATE municipality SET is_own = 0 WHERE name != 'Amstelveen'")
        db.close()
        _, report = self.judge("conditions", path, "--year", "2007")
        self.assertEqual(report["municipality"]["name"], "Amstelveen")

        # None: say so.
        with sqlite3.connect(path) as db:
            db.execute("UPDATE municipality SET is_own = 0")
        db.close()
        r = run("conditions", "--database", path)
        self.assert_error(r, 1)
        self.assertIn(path, r.stderr)

        r = run("conditions", "--database", os.path.join(self.dir, "nowhere.sqlite"), "--municipality", "1")
        self.assert_error(r, 1)

    def test_conditions_json_whatever_the_language(self):
        path = self.need_workspace()
        amstelveen = str(self.municipality_ids(path)["Amstelveen"])
        options = ("--municipality", amstelveen, "--year", "2007", "--today", TODAY)
        _, english = self.judge("conditions", path, *options)
        _, dutch = self.judge("conditions", path, *options, env=base_env(LANGUAGE="nl"))
        for a, b in zip(english["conditions"], dutch["conditions"]):
            self.assertEqual(a["condition"], b["condition"])
            self.assertEqual(a["level"], b["level"])
            self.assertEqual([i["key"] for i in a["indicators"]], [i["key"] for i in b["indicators"]])
            self.assertEqual([(s["key"], s["severity"], s["words"], s["citation"]) for s in a["signals"]],
                             [(s["key"], s["severity"], s["words"], s["citation"]) for s in b["signals"]])

    def test_structures(self):
        path = self.need_workspace()
        ids = self.municipality_ids(path)
        text, report = self.judge("structures", path, "--year", "2007", "--today", TODAY)
        self.assertEqual(report["year"], 2007)
        self.assertEqual(sorted(p["name"] for p in report["partners"]), sorted(PARTNER_CITIES))
        self.assertTrue(text.startswith("The management structure of "), text)
        blocks = text[len("The management structure of "):].split("\n\nThe management structure of ")
        self.assertEqual(len(blocks), len(PARTNER_CITIES), text)
        for partner, block in zip(report["partners"], blocks):
            with self.subTest(partner=partner["name"]):
                self.assertEqual(partner["id"], ids[partner["name"]])
                self.assert_judgements(partner["issues"], "issue", SOUTH_ISSUES)
                self.assertTrue(block.startswith(f"{partner['name']} in 2007\n"), block)
                self.assert_judgement_table(block, partner["issues"])
                structure = partner["structure"]
                for key in ("ic_staff", "sister_cities", "meetings_held", "meetings_cancelled",
                            "reports_due", "reports_overdue"):
                    self.assertTrue(structure[key] is None or structure[key] >= 0, (key, structure))
                for key in ("ic_share_of_budget", "ic_share_of_investment"):
                    self.assertTrue(structure[key] is None or 0 <= structure[key] <= 100, (key, structure))
                for key in ("political_representative", "ccse"):
                    self.assertIn(structure[key], (None, True, False))

        # One partner; an own municipality or an unknown ID is an error.
        _, report = self.judge("structures", path, "--municipality", str(ids["León"]), "--year", "2007")
        self.assertEqual([p["name"] for p in report["partners"]], ["León"])
        r = run("structures", "--database", path, "--municipality", str(ids["Utrecht"]))
        self.assert_error(r, 1)
        self.assertIn("Utrecht", r.stderr)
        self.assertIn("conditions", r.stderr)
        r = run("structures", "--database", path, "--municipality", "999999")
        self.assert_error(r, 1)
        self.assertIn("999999", r.stderr)
        self.assertEqual(r.stdout, "")

    def test_structures_compare(self):
        path = self.need_workspace()
        _, report = self.judge("structures", path, "--year", "2007", "--today", TODAY)
        r = run("structures", "--compare", "--year", "2007", "--today", TODAY, "--database", path)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual(r.stderr, "")
        lines = r.stdout.splitlines()
        self.assertEqual(len(lines), 1 + len(COMPARED_ROWS), r.stdout)
        # The partners side by side, in the order of the JSON, and a row per figure.
        self.assertEqual(re.split(r"\s{2,}", lines[0].strip())[1:], [p["name"] for p in report["partners"]])
        for city in PARTNER_CITIES:
            self.assertIn(city, lines[0])
        for line, heading in zip(lines[1:], COMPARED_ROWS):
            self.assertTrue(line.startswith(heading), (line, heading))
            self.assertEqual(line, line.rstrip(), "trailing spaces")
        # The budget shares as the JSON gives them, a dash where unknown.
        for line, key in ((lines[5], "ic_share_of_budget"), (lines[6], "ic_share_of_investment")):
            cells = re.split(r"\s{2,}", line.strip())[1:]
            self.assertEqual(len(cells), len(report["partners"]), line)
            for cell, partner in zip(cells, report["partners"]):
                value = partner["structure"][key]
                if value is None:
                    self.assertEqual(cell, "—")
                else:
                    self.assertAlmostEqual(float(cell.rstrip(" %")), value, delta=0.051)

        r = run("structures", "--compare", "--municipality", str(self.municipality_ids(path)["León"]),
                "--database", path)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertIn("León", r.stdout.splitlines()[0])
        self.assertNotIn("Cajamarca", r.stdout)

    def test_study_findings_funding(self):
        # Amstelveen could not use VNG funding after 2007, when Peru left LOGO South
        # (L6418–6424): the funding cliff of its finance in 2007.
        path = self.need_workspace()
        amstelveen = str(self.municipality_ids(path)["Amstelveen"])
        text, report = self.judge("conditions", path, "--municipality", amstelveen, "--year", "2007", "--today", TODAY)
        finance = report["conditions"][2]
        self.assertEqual(finance["level"], "weak", finance)
        cliff = next((s for s in finance["signals"] if s["key"] == "funding-cliff"), None)
        self.assertIsNotNone(cliff, finance["signals"])
        self.assertEqual(cliff["severity"], "critical")
        self.assertIn("L6418", cliff["citation"])
        self.assertIn(f"“{cliff['words']}” ({cliff['citation']})", text)

    def signal(self, item, key):
        """The signal @key of a condition or issue, with its words and citation, or a failure."""
        found = next((s for s in item["signals"] if s["key"] == key), None)
        self.assertIsNotNone(found, f"no {key} among {[s['key'] for s in item['signals']]}")
        self.assertTrue(found["words"].strip())
        self.assertRegex(found["citation"], r"L\d+")
        return found

    def test_study_findings_north(self):
        path = self.need_workspace()
        ids = self.municipality_ids(path)

        # Treptow-Köpenick had no IC policy, and its international post was for EU affairs
        # (L7160–7172, L7207–7210): its political embedding shows a mandate signal.
        text, report = self.judge("conditions", path, "--municipality", str(ids["Treptow-Köpenick"]),
                                  "--year", "2007", "--today", TODAY)
        embedding = report["conditions"][0]
        mandate = [s for s in embedding["signals"] if s["key"] in MANDATE_SIGNALS]
        self.assertTrue(mandate, embedding["signals"])
        for s in mandate:
            self.assertIn(f"“{s['words']}” ({s['citation']})", text)
        self.assertNotEqual(embedding["level"], "strong")

        # Utrecht's mandate and people are in place (L6974–6978, L7222–7238).
        _, report = self.judge("conditions", path, "--municipality", str(ids["Utrecht"]),
                               "--year", "2007", "--today", TODAY)
        self.assertEqual(report["conditions"][0]["level"], "strong")
        self.assertEqual(report["conditions"][1]["level"], "strong")

    def test_study_findings_south(self):
        path = self.need_workspace()
        _, report = self.judge("structures", path, "--year", "2007", "--today", TODAY)
        partners = {p["name"]: p for p in report["partners"]}

        # León's PEDM has little authority, and its projects are islands (L8460–8466, L8504–8507).
        concern = partners["León"]["issues"][2]
        self.assertEqual(concern["level"], "weak", concern)
        self.signal(concern, "weak-plan")
        # Villa El Salvador's PIDC is the agenda for its donors (L8526–8531).
        self.assertEqual(partners["Villa El Salvador"]["issues"][2]["level"], "strong")
        # Cajamarca's liaison left without an archive (L7849–7860).
        capacity = partners["Cajamarca"]["issues"][0]
        self.assertEqual(capacity["level"], "weak", capacity)
        self.signal(capacity, "archive-lost")
        # Oudtshoorn's administration in crisis in 2006–2007 (L8019–8028).
        interest = partners["Oudtshoorn"]["issues"][1]
        self.assertEqual(interest["level"], "weak", interest)
        self.signal(interest, "administration-crisis")

        # Table 6.6 side by side: León's plan is weak, Villa El Salvador's strong.
        r = run("structures", "--compare", "--year", "2007", "--today", TODAY, "--database", path)
        self.assertEqual(r.returncode, 0, r.stderr)
        plan = next(line for line in r.stdout.splitlines() if line.startswith("Plan and authority"))
        self.assertIn("PEDM (Weak)", plan)
        self.assertIn("PIDC (Strong)", plan)

    # check

    def test_check_sound_workspace(self):
        path = self.copy_workspace()
        before = Snapshot(path)
        r = run("check", path)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual(r.stderr, "")
        self.assertRegex(r.stdout, r"^" + re.escape(path) + r": schema version [1-9]\d*, integrity ok\n$")
        before.assert_unchanged(self)

        r = run("check", "--database", path)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertIn("integrity ok", r.stdout)
        before.assert_unchanged(self)

    def test_reading_leaves_nothing_beside_the_workspace(self):
        # A file only read (checked, or refused as too new) gets no -wal or -shm
        # files beside it: the folder may be a read-only share or the user's desktop.
        path = self.copy_workspace()
        before = Snapshot(path)
        self.assertEqual(run("check", path).returncode, 0)
        before.assert_unchanged(self)
        before.assert_nothing_beside(self)

        newer = self.copy_workspace("newer.sqlite")
        with sqlite3.connect(newer) as db:
            db.execute("PRAGMA user_version = 99")
        db.close()
        before = Snapshot(newer)
        self.assertEqual(run("list", "partnerships", "--database", newer).returncode, 1)
        before.assert_nothing_beside(self)

    def test_check_text_file(self):
        path = os.path.join(self.dir, "partners.csv")
        with open(path, "w", encoding="utf-8") as f:
            f.write("name,country\nOudtshoorn,ZA\n" * 200)
        before = Snapshot(path)
        r = run("check", path)
        self.assert_error(r)
        self.assertEqual(r.stdout, "")
        before.assert_unchanged(self)

        self.assert_error(run("list", "partnerships", "--database", path))
        before.assert_unchanged(self)

    def test_check_database_of_another_application(self):
        path = os.path.join(self.dir, "contacts.db")
        db = sqlite3.connect(path)
        db.execute("CREATE TABLE contact (name TEXT, phone TEXT)")
        db.execute("INSERT INTO contact VALUES ('Mayor''s office', '+31 20 000 0000')")
        db.commit()
        db.close()
        before = Snapshot(path)

        r = run("check", path)
        self.assert_error(r)
        self.assertIn("another application", r.stderr)
        before.assert_unchanged(self)

        self.assert_error(run("list", "municipalities", "--database", path))
        before.assert_unchanged(self)

    def test_newer_workspace(self):
        path = self.copy_workspace("newer.sqlite")
        db = sqlite3.connect(path)
        db.execute("PRAGMA user_version = 99")
        db.commit()
        db.close()
        before = Snapshot(path)

        r = run("list", "partnerships", "--database", path)
        self.assert_error(r)
        self.assertIn("newer", r.stderr)
        self.assertEqual(r.stdout, "")
        before.assert_unchanged(self)

        r = run("check", path)
        self.assert_error(r)
        self.assertIn("99", r.stderr)
        self.assertIn("newer", r.stderr)
        before.assert_unchanged(self)

    def test_empty_file(self):
        path = os.path.join(self.dir, "empty.sqlite")
        open(path, "wb").close()
        before = Snapshot(path)
        self.assert_error(run("check", path))
        self.assert_error(run("list", "partnerships", "--database", path))
        before.assert_unchanged(self)
        self.assertEqual(os.path.getsize(path), 0)

    def test_check_missing_file(self):
        path = os.path.join(self.dir, "nowhere.sqlite")
        self.assert_error(run("check", path))
        self.assertFalse(os.path.exists(path))

    # report

    def report_scopes(self, path):
        """The options that name what each report is about, on the demo workspace: the
        IDs as list and export ical show them."""
        partnerships = {p["title"]: p["id"] for p in self.list_json("partnerships", path)}
        municipalities = self.municipality_ids(path)
        utrecht_leon = partnerships["Utrecht – León"]
        calendar = os.path.join(self.dir, "utrecht-leon.ics")
        r = run("export", "ical", "--partnership", str(utrecht_leon), "--output", calendar, "--database", path)
        self.assertEqual(r.returncode, 0, r.stderr)
        events, _ = self.read_ics(calendar)
        os.unlink(calendar)
        # The yearly visit of León to Utrecht in September 2007.
        visit = next(int(re.match(r"visit-(\d+)@", uid).group(1)) for uid, event in events.items()
                     if uid.startswith("visit-") and event.get("DTSTART;VALUE=DATE") == "20070917")
        return {
            "annual": ["--partnership", str(utrecht_leon), "--year", "2007"],
            "evaluation": ["--partnership", str(utrecht_leon), "--from-year", "2005", "--year", "2008"],
            "visit": ["--visit", str(visit)],
            "budget": ["--municipality", str(municipalities["Utrecht"]), "--year", "2007"],
            "handover": ["--partnership", str(utrecht_leon)],
        }

    def report(self, path, kind, output, *options, env=None):
        r = run("report", "--type", kind, "--database", path, "--today", REPORT_TODAY, "--output", output,
                *options, env=env)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual(r.stderr, "")
        self.assertEqual(r.stdout, "")
        return output

    def read_pdf(self, path):
        """Checks the file is a PDF and returns its text and number of pages, or None for
        each when poppler's tools are not installed."""
        with open(path, "rb") as f:
            data = f.read()
        self.assertTrue(data.startswith(b"%PDF-"), data[:16])
        self.assertIn(b"%%EOF", data[-64:])
        text = pages = None
        if shutil.which("pdftotext"):
            r = subprocess.run(["pdftotext", "-enc", "UTF-8", path, "-"], capture_output=True, timeout=60)
            self.assertEqual(r.returncode, 0, r.stderr)
            text = r.stdout.decode("utf-8")
        if shutil.which("pdfinfo"):
            r = subprocess.run(["pdfinfo", path], capture_output=True, encoding="utf-8", timeout=60)
            self.assertEqual(r.returncode, 0, r.stderr)
            pages = int(re.search(r"(?m)^Pages:\s+(\d+)$", r.stdout).group(1))
        return text, pages

    def read_odt(self, path):
        """Checks the package as ODF 1.2 asks and returns the text of content.xml."""
        with zipfile.ZipFile(path) as odt:
            first = odt.infolist()[0]
            self.assertEqual(first.filename, "mimetype")
            self.assertEqual(first.compress_type, zipfile.ZIP_STORED)
            self.assertEqual(odt.read("mimetype"), b"application/vnd.oasis.opendocument.text")
            self.assertIsNone(odt.testzip())
            names = odt.namelist()
            for name in ("content.xml", "styles.xml", "META-INF/manifest.xml"):
                self.assertIn(name, names)
            for name in names:
                if name.endswith(".xml"):
                    ElementTree.fromstring(odt.read(name))  # well-formed
            content = ElementTree.fromstring(odt.read("content.xml"))
        return " ".join(" ".join(content.itertext()).split())

    def test_report_each_type(self):
        path = self.copy_workspace()
        scopes = self.report_scopes(path)
        for kind, options in scopes.items():
            with self.subTest(kind=kind):
                pdf = self.report(path, kind, os.path.join(self.dir, f"{kind}.pdf"), *options)
                odt = self.report(path, kind, os.path.join(self.dir, f"{kind}.odt"), *options)
                text, pages = self.read_pdf(pdf)
                content = self.read_odt(odt)
                title = REPORT_TITLES[kind]
                self.assertIn(title, content)
                self.assertIn(REPORT_SUBJECTS[kind], content)
                if text is not None:
                    self.assertIn(title, text)
                    self.assertIn(REPORT_SUBJECTS[kind], text)
                if pages is not None:
                    self.assertGreaterEqual(pages, 3, "a title page, the contents and at least one page of body")
        self.assertEqual(sorted(os.listdir(self.dir)),
                         sorted(["copy.sqlite"] + [f"{k}.{e}" for k in scopes for e in ("pdf", "odt")]),
                         "temporary files left behind")

    def test_report_language(self):
        path = self.copy_workspace()
        options = self.report_scopes(path)["annual"]
        dutch = base_env(LANGUAGE="nl")

        # Spanish for the council of León, from a Dutch interface: the words and the notation.
        spanish = self.report(path, "annual", os.path.join(self.dir, "es.pdf"), "--language", "es", *options,
                              env=dutch)
        english = self.report(path, "annual", os.path.join(self.dir, "en.pdf"), "--language", "en", *options,
                              env=dutch)
        own = self.report(path, "annual", os.path.join(self.dir, "nl.odt"), *options, env=dutch)
        fallback = self.report(path, "annual", os.path.join(self.dir, "fr.odt"), *options,
                               env=base_env(LANGUAGE="fr:de"))
        regional = self.report(path, "annual", os.path.join(self.dir, "es_NI.odt"), *options,
                               env=base_env(LANGUAGE="es_NI:nl"))

        # Without --language: the interface's when a report can be written in it, else English.
        for odt, language in ((own, "nl"), (fallback, "en"), (regional, "es")):
            with self.subTest(language=language, odt=odt):
                content = self.read_odt(odt)
                self.assertIn("565,876.00" if language == "en" else "565.876,00", content)
                self.assertIn(REPORT_DAYS[language], content)
                self.assertIn(REPORT_HEADINGS[language], content)

        for pdf, language, amount in ((spanish, "es", "565.876,00"), (english, "en", "565,876.00")):
            with self.subTest(language=language, pdf=pdf):
                text, _ = self.read_pdf(pdf)
                if text is None:
                    continue
                self.assertIn(amount, text)
                self.assertIn(REPORT_DAYS[language], text)
                self.assertIn(REPORT_HEADINGS[language], text)
                self.assertNotIn(REPORT_HEADINGS["nl"], text)
                self.assertNotIn("1 juni 2008", text)

    def test_report_format(self):
        path = self.copy_workspace()
        options = self.report_scopes(path)["handover"]
        # By the name, whatever its case, or as --format says whatever the name.
        self.read_pdf(self.report(path, "handover", os.path.join(self.dir, "Dossier.PDF"), *options))
        self.read_odt(self.report(path, "handover", os.path.join(self.dir, "dossier.Odt"), *options))
        self.read_odt(self.report(path, "handover", os.path.join(self.dir, "dossier.pdf"), "--format", "odt", *options))
        self.read_pdf(self.report(path, "handover", os.path.join(self.dir, "dossier"), "-f", "pdf", *options))

        # A file that was there is replaced.
        output = self.write_file("old.pdf", "an older report\n")
        self.read_pdf(self.report(path, "handover", output, *options))

    def test_report_period_without_data(self):
        path = self.copy_workspace()
        utrecht_leon = self.report_scopes(path)["annual"][1]
        pdf = self.report(path, "annual", os.path.join(self.dir, "1990.pdf"), "--partnership", utrecht_leon,
                          "--year", "1990")
        odt = self.report(path, "annual", os.path.join(self.dir, "1990.odt"), "--partnership", utrecht_leon,
                          "--year", "1990")
        text, pages = self.read_pdf(pdf)
        content = self.read_odt(odt)
        self.assertIn("Annual report 1990", content)
        self.assertIn(NOTHING_RECORDED, content)
        if text is not None:
            self.assertIn("Annual report 1990", text)
            self.assertIn(NOTHING_RECORDED, " ".join(text.split()))
        if pages is not None:
            self.assertGreaterEqual(pages, 3)

    def test_report_unknown_ids(self):
        path = self.copy_workspace()
        output = self.write_file("report.pdf", "an older report\n")
        kept = Snapshot(output)
        utrecht_leon = self.report_scopes(path)["annual"][1]
        for kind, options in (("annual", ["--partnership", "999999"]),
                              ("evaluation", ["--partnership", "999999"]),
                              ("handover", ["--partnership", "999999"]),
                              ("visit", ["--visit", "999999"]),
                              ("budget", ["--municipality", "999999"]),
                              ("annual", ["--partnership", utrecht_leon, "--municipality", "999999"])):
            with self.subTest(kind=kind, options=options):
                r = run("report", "--type", kind, *options, "--output", output, "--database", path)
                self.assert_error(r, 1)
                self.assertIn("999999", r.stderr)
                self.assertEqual(r.stdout, "")
                kept.assert_unchanged(self)
                kept.assert_nothing_beside(self)

        # A municipality that is not a party of the partnership, or not its own party.
        municipalities = self.municipality_ids(path)
        for name, words in (("Amstelveen", "Utrecht – León"), ("León", "partner")):
            with self.subTest(municipality=name):
                r = run("report", "--type", "annual", "--partnership", utrecht_leon,
                        "--municipality", str(municipalities[name]), "--output", output, "--database", path)
                self.assert_error(r, 1)
                self.assertIn(words, r.stderr)
                kept.assert_unchanged(self)
        self.report(path, "annual", os.path.join(self.dir, "utrecht.pdf"), "--partnership", utrecht_leon,
                    "--municipality", str(municipalities["Utrecht"]), "--year", "2007")

        # The demo has four own municipalities: a budget statement says which to choose.
        r = run("report", "--type", "budget", "--output", output, "--database", path)
        self.assert_error(r, 2)
        for city in OWN_CITIES:
            self.assertIn(city, r.stderr)
        kept.assert_unchanged(self)

    def test_report_unwritable(self):
        path = self.copy_workspace()
        options = self.report_scopes(path)["annual"]
        notes = self.write_file("notes.txt", "Minutes of the twinning committee\n")
        kept_notes = Snapshot(notes)

        # Where no file can be written: a clear message, nothing touched.
        for target in (os.path.join(notes, "report.pdf"), os.path.join(notes, "report.odt"),
                       "/nonexistent/dir/report.pdf", os.path.join(self.dir, "")):
            with self.subTest(target=target):
                r = run("report", "--type", "annual", *options, "--format", "pdf", "--output", target,
                        "--database", path)
                self.assert_error(r, 1)
                self.assertIn(target.rstrip("/"), r.stderr)
                self.assertEqual(r.stdout, "")
        kept_notes.assert_unchanged(self)
        kept_notes.assert_nothing_beside(self)

        # A write that fails halfway leaves the file that was there, and nothing beside it.
        # The file size limit stops it even for root: above what reading the workspace
        # needs (its -shm file), below the annual report of 2007 in either format.
        def limit_file_size():
            signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
            resource.setrlimit(resource.RLIMIT_FSIZE, (49152, 49152))

        for name in ("report.pdf", "report.odt"):
            with self.subTest(name=name):
                kept = Snapshot(self.write_file(name, "an older report\n"))
                r = subprocess.run([CLI, "report", "--type", "annual", *options, "--output", kept.path,
                                    "--database", path], capture_output=True, encoding="utf-8", env=base_env(),
                                   timeout=120, preexec_fn=limit_file_size)
                self.assert_error(r, 1)
                self.assertIn(kept.path, r.stderr)
                kept.assert_unchanged(self)
                kept.assert_nothing_beside(self)

        # A folder that cannot be written to (root writes anyway).
        if os.geteuid() != 0:
            kept = Snapshot(os.path.join(self.dir, "report.pdf"))
            os.chmod(self.dir, 0o500)
            try:
                r = run("report", "--type", "annual", *options, "--output", kept.path, "--database", path)
                self.assert_error(r, 1)
                kept.assert_unchanged(self)
                kept.assert_nothing_beside(self)
            finally:
                os.chmod(self.dir, 0o700)

        # Never over the workspace itself.
        before = Snapshot(path)
        r = run("report", "--type", "annual", *options, "--format", "pdf", "--output", path, "--database", path)
        self.assert_error(r, 1)
        self.assertIn("workspace", r.stderr)
        before.assert_unchanged(self)

    def test_report_usage_errors(self):
        path = self.copy_workspace()
        before = Snapshot(path)
        output = os.path.join(self.dir, "report.pdf")
        for args in ([],
                     ["extra"],
                     ["--type", "yearly", "--partnership", "3"],
                     ["--type", "annual"],
                     ["--type", "annual", "--visit", "1"],
                     ["--type", "annual", "--partnership", "3", "--visit", "1"],
                     ["--type", "annual", "--partnership", "3", "--from-year", "2005"],
                     ["--type", "annual", "--partnership", "first"],
                     ["--type", "annual", "--partnership", "0"],
                     ["--type", "annual", "--partnership", "3", "--year", "07"],
                     ["--type", "annual", "--partnership", "3", "--language", "fr"],
                     ["--type", "annual", "--partnership", "3", "--language", "Spanish"],
                     ["--type", "annual", "--partnership", "3", "--format", "docx"],
                     ["--type", "annual", "--partnership", "3", "--today", "2008-02-30"],
                     ["--type", "annual", "--partnership", "3", "extra"],
                     ["--type", "annual", "--partnership", "3", "--no-such-option"],
                     ["--type", "evaluation", "--partnership", "3", "--from-year", "2009", "--year", "2008"],
                     ["--type", "evaluation", "--partnership", "3", "--from-year", "two thousand"],
                     ["--type", "visit"],
                     ["--type", "visit", "--partnership", "3"],
                     ["--type", "visit", "--visit", "1", "--year", "2007"],
                     ["--type", "visit", "--visit", "1", "--municipality", "5"],
                     ["--type", "visit", "--visit", "1.5"],
                     ["--type", "budget", "--partnership", "3"],
                     ["--type", "budget", "--municipality", "Utrecht"],
                     ["--type", "budget", "--municipality", "5", "--from-year", "2005"],
                     ["--type", "handover", "--visit", "1"],
                     ["--type", "handover", "--partnership", "3", "--from-year", "2005"]):
            with self.subTest(args=args):
                r = run("report", *args, "--output", output, "--database", path)
                self.assert_error(r, 2)
                self.assertEqual(r.stdout, "")
                self.assertIn("--help", r.stderr)
                self.assertFalse(os.path.exists(output))
        # Without --output, or with a name that says no format.
        for args in (["--type", "annual", "--partnership", "3"],
                     ["--type", "annual", "--partnership", "3", "--output", os.path.join(self.dir, "report.doc")],
                     ["--type", "annual", "--partnership", "3", "--output", os.path.join(self.dir, "report")]):
            with self.subTest(args=args):
                r = run("report", *args, "--database", path)
                self.assert_error(r, 2)
                self.assertIn("--output" if "--output" not in args else "--format", r.stderr)
        self.assertEqual(sorted(os.listdir(self.dir)), ["copy.sqlite"])
        before.assert_unchanged(self)

    # errors

    def test_usage_errors(self):
        for args in (["frobnicate"],
                     [],
                     ["--no-such-option", "list", "partnerships"],
                     ["list"],
                     ["list", "visits"],
                     ["list", "partnerships", "--format=xml"],
                     ["list", "partnerships", "extra"],
                     ["list", "partnerships", "--no-such-option"],
                     ["check", "a.sqlite", "b.sqlite"],
                     ["match"],
                     ["match", "first"],
                     ["generate"],
                     ["list", "people", "extra"],
                     ["export"],
                     ["export", "pdf"],
                     ["export", "csv", "extra"],
                     ["export", "csv", "--delimiter", "|"],
                     ["export", "csv", "--decimal", "x"],
                     ["export", "csv", "--year", "07"],
                     ["export", "csv", "--summary"],
                     ["export", "csv", "--municipality", "1"],
                     ["export", "csv", "--summary", "--year", "2007", "--municipality", "first"],
                     ["export", "csv", "--visit", "1"],
                     ["export", "ical", "--year", "2007", "--output", "x.ics"],
                     ["import"],
                     ["import", "csv"],
                     ["import", "xls", "ledger.xls"],
                     ["import", "csv", "a.csv", "b.csv"],
                     ["import", "csv", "a.csv", "--decimal", ";"],
                     ["list", "transactions", "--year", "two thousand"],
                     ["list", "people", "--year", "2007"],
                     ["conditions", "extra"],
                     ["conditions", "--format=tsv"],
                     ["conditions", "--municipality", "first"],
                     ["conditions", "--municipality", "0"],
                     ["conditions", "--partnership", "-2"],
                     ["conditions", "--year", "07"],
                     ["conditions", "--today", "tomorrow"],
                     ["conditions", "--today", "2007-02-30"],
                     ["conditions", "--compare"],
                     ["structures", "extra"],
                     ["structures", "--format=xml"],
                     ["structures", "--partnership", "1"],
                     ["structures", "--municipality", "León"],
                     ["structures", "--year", "two thousand"],
                     ["help", "frobnicate"]):
            with self.subTest(args=args):
                r = run(*args)
                self.assert_error(r, 2)
                self.assertEqual(r.stdout, "")
                self.assertIn("--help", r.stderr)

    def test_list_missing_workspace_is_not_created(self):
        folder = os.path.join(self.dir, "not", "there")
        path = os.path.join(folder, "workspace.sqlite")
        r = run("list", "partnerships", "--database", path)
        self.assert_error(r)
        self.assertIn(path, r.stderr)
        self.assertFalse(os.path.exists(path))
        self.assertFalse(os.path.exists(os.path.join(self.dir, "not")))

    def test_default_workspace(self):
        data_home = os.path.join(self.dir, "data-home")
        env = base_env(XDG_DATA_HOME=data_home)
        default = os.path.join(data_home, "counterpart", "workspace.sqlite")

        r = run("list", "partnerships", env=env)
        self.assert_error(r)
        self.assertIn(default, r.stderr)
        self.assertFalse(os.path.exists(data_home), "list created the default workspace")

        os.makedirs(os.path.dirname(default))
        shutil.copyfile(self.need_workspace(), default)
        r = run("list", "partnerships", env=env)
        self.assertEqual(r.returncode, 0, r.stderr)
        for title in TITLES:
            self.assertIn(title, r.stdout)
        r = run("check", env=env)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertIn(default, r.stdout)

    # help, version, languages

    def test_help_and_version(self):
        for args in (["--help"], ["help"]):
            with self.subTest(args=args):
                r = run(*args)
                self.assertEqual(r.returncode, 0, r.stderr)
                for command in ("demo", "generate", "list", "match", "check", "export", "import",
                                "conditions", "structures", "report"):
                    self.assertRegex(r.stdout, r"(?m)^\s+" + command + r"\s")
                self.assertIn("--database", r.stdout)
        for args in (["help", "list"], ["list", "--help"]):
            with self.subTest(args=args):
                r = run(*args)
                self.assertEqual(r.returncode, 0, r.stderr)
                self.assertIn("--format", r.stdout)
                self.assertIn("--database", r.stdout)
        for command, options in (("conditions", ("--municipality", "--partnership", "--year", "--today")),
                                 ("structures", ("--municipality", "--compare", "--year", "--today")),
                                 ("report", ("--type", "--partnership", "--visit", "--municipality", "--year",
                                             "--from-year", "--language", "--output", "--today"))):
            with self.subTest(command=command):
                r = run(command, "--help")
                self.assertEqual(r.returncode, 0, r.stderr)
                self.assertEqual(r.stdout, run("help", command).stdout)
                self.assertIn(f"counterpart-cli {command}", r.stdout)
                for option in (*options, "--format", "--database"):
                    self.assertIn(option, r.stdout)
        r = run("--version")
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertRegex(r.stdout, r"^counterpart-cli \d+\.\d+(\.\d+)?\n$")

    def test_other_language(self):
        path = self.copy_workspace()
        dutch = base_env(LANGUAGE="nl", LC_ALL="C.UTF-8")
        r = run("list", "partnerships", "--database", path, env=dutch)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual(len(r.stdout.splitlines()), 1 + 4)
        for title in TITLES:
            self.assertIn(title, r.stdout)
        # The machine formats do not depend on the language.
        self.assertEqual(self.list_json("partnerships", path, env=dutch),
                         self.list_json("partnerships", path))
        r = run("check", path, env=dutch)
        self.assertEqual(r.returncode, 0, r.stderr)
        r = run("frobnicate", env=dutch)
        self.assert_error(r, 2)


def owner(test):
    """The test a subtest belongs to."""
    return getattr(test, "test_case", test).id()


def main():
    global CLI

    if len(sys.argv) != 2:
        print(f"usage: {sys.argv[0]} /path/to/counterpart-cli", file=sys.stderr)
        return 2
    CLI = os.path.abspath(sys.argv[1])
    if not os.access(CLI, os.X_OK):
        print(f"{CLI}: not an executable", file=sys.stderr)
        return 2

    suite = unittest.defaultTestLoader.loadTestsFromTestCase(TestCli)
    runner = unittest.TextTestRunner(verbosity=2, stream=sys.stdout)
    result = runner.run(suite)

    failed = len({owner(t) for t, _ in result.failures + result.errors})
    skipped = len(result.skipped)
    passed = result.testsRun - failed - skipped
    print(f"{passed} passed, {failed} failed, {skipped} skipped")
    return 0 if result.wasSuccessful() else 1


if __name__ == "__main__":
    sys.exit(main())
