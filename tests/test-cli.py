#!/usr/bin/env python3
# test-cli.py: counterpart-cli as a script or an officer at a terminal uses it
#
#   python3 tests/test-cli.py /path/to/counterpart-cli
#
# Standard library only. Exits non-zero when a case fails and ends with the line
# "N passed, N failed, N skipped".
#
# SPDX-License-Identifier: GPL-3.0-or-later

import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import unittest

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
                for command in ("demo", "list", "check"):
                    self.assertRegex(r.stdout, r"(?m)^\s+" + command + r"\s")
                self.assertIn("--database", r.stdout)
        for args in (["help", "list"], ["list", "--help"]):
            with self.subTest(args=args):
                r = run(*args)
                self.assertEqual(r.returncode, 0, r.stderr)
                self.assertIn("--format", r.stdout)
                self.assertIn("--database", r.stdout)
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
