#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Offline checks of the Flatpak manifest.

Usage: check-manifest.py MANIFEST.json APP_ID

A GNOME runtime cannot be downloaded in CI, so the manifest cannot be
built there.  This script checks what can be checked offline:

  * the file is valid JSON with the required top-level keys;
  * the id is APP_ID, the command is "counterpart";
  * runtime and SDK are org.gnome.Platform / org.gnome.Sdk, pinned to a
    numbered runtime version (not "master");
  * the last module (the application) is built with meson;
  * the sandbox holes are narrow: no network, no host or home filesystem;
  * if flatpak-builder is installed, it accepts the manifest without a
    single warning (G_DEBUG=fatal-warnings flatpak-builder --show-manifest).
"""

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

REQUIRED_KEYS = ("id", "runtime", "runtime-version", "sdk", "command",
                 "modules", "finish-args")
EXPECTED_COMMAND = "counterpart"
EXPECTED_RUNTIME = "org.gnome.Platform"
EXPECTED_SDK = "org.gnome.Sdk"
# Sandbox holes a city-partnership manager has no business opening: file
# access goes through the file chooser portal, and the app works offline.
FORBIDDEN_FILESYSTEMS = ("host", "host-os", "host-etc", "home", "~")
FORBIDDEN_ARGS = ("--share=network",)


def check_finish_args(finish_args):
    errors = []
    if not isinstance(finish_args, list) or not all(isinstance(a, str) for a in finish_args):
        return ["finish-args must be a list of strings"]
    for arg in finish_args:
        if arg in FORBIDDEN_ARGS:
            errors.append(f"finish-args must not contain {arg}")
        if arg.startswith("--filesystem="):
            location = arg[len("--filesystem="):].split(":", 1)[0].rstrip("/")
            if location in FORBIDDEN_FILESYSTEMS:
                errors.append(f"finish-args must not contain {arg} "
                              "(use the file chooser portal)")
    return errors


def check_modules(modules, manifest_dir):
    if not isinstance(modules, list) or not modules:
        return ["modules must be a non-empty list"]
    app = modules[-1]
    if not isinstance(app, dict):
        return ["the last module (the application) must be an object, not a file reference"]
    errors = []
    if app.get("buildsystem") != "meson":
        errors.append(f"the last module must use buildsystem meson, not {app.get('buildsystem')!r}")
    for source in app.get("sources", []):
        if isinstance(source, dict) and source.get("type") == "dir":
            path = os.path.normpath(os.path.join(manifest_dir, source.get("path", "")))
            if not os.path.isfile(os.path.join(path, "meson.build")):
                errors.append(f"dir source {source.get('path')!r} does not point at a "
                              f"meson project ({path} has no meson.build)")
    return errors


def check_manifest(manifest, app_id, manifest_dir):
    if not isinstance(manifest, dict):
        return ["the manifest must be a JSON object"]

    errors = [f"missing required key {key!r}" for key in REQUIRED_KEYS if key not in manifest]

    if "id" in manifest and manifest["id"] != app_id:
        errors.append(f"id is {manifest['id']!r}, expected {app_id!r}")
    if "app-id" in manifest:
        errors.append("use 'id', not the deprecated 'app-id'")
    if "command" in manifest and manifest["command"] != EXPECTED_COMMAND:
        errors.append(f"command is {manifest['command']!r}, expected {EXPECTED_COMMAND!r}")
    if "runtime" in manifest and manifest["runtime"] != EXPECTED_RUNTIME:
        errors.append(f"runtime is {manifest['runtime']!r}, expected {EXPECTED_RUNTIME!r}")
    if "sdk" in manifest and manifest["sdk"] != EXPECTED_SDK:
        errors.append(f"sdk is {manifest['sdk']!r}, expected {EXPECTED_SDK!r}")
    if "runtime-version" in manifest:
        version = manifest["runtime-version"]
        if not isinstance(version, str) or not re.fullmatch(r"[0-9]+(\.[0-9]+)?", version):
            errors.append(f"runtime-version is {version!r}, expected a numbered "
                          "GNOME runtime version such as \"47\" (not master)")
    if "finish-args" in manifest:
        errors += check_finish_args(manifest["finish-args"])
    if "modules" in manifest:
        errors += check_modules(manifest["modules"], manifest_dir)
    return errors


def run_flatpak_builder(path):
    """Return a list of errors from flatpak-builder --show-manifest, if installed."""
    flatpak_builder = shutil.which("flatpak-builder")
    if flatpak_builder is None:
        print("flatpak-builder not found: skipping the --show-manifest check")
        return []
    env = dict(os.environ, G_DEBUG="fatal-warnings")
    # flatpak-builder creates .flatpak-builder/ in the current directory.
    with tempfile.TemporaryDirectory(prefix="check-manifest-") as workdir:
        result = subprocess.run([flatpak_builder, "--show-manifest", path],
                                cwd=workdir, env=env, capture_output=True, text=True,
                                check=False)
    if result.returncode != 0:
        return [f"'G_DEBUG=fatal-warnings flatpak-builder --show-manifest' failed "
                f"(exit status {result.returncode}):\n{result.stderr.strip()}"]
    print("flatpak-builder --show-manifest: OK")
    return []


def main(argv):
    if len(argv) != 3:
        print(f"usage: {argv[0]} MANIFEST.json APP_ID", file=sys.stderr)
        return 2
    path, app_id = os.path.abspath(argv[1]), argv[2]

    try:
        with open(path, encoding="utf-8") as f:
            manifest = json.load(f)
    except (OSError, ValueError) as exc:
        print(f"{path}: cannot read the manifest: {exc}", file=sys.stderr)
        return 1

    errors = check_manifest(manifest, app_id, os.path.dirname(path))
    if not errors:
        errors = run_flatpak_builder(path)

    if errors:
        for error in errors:
            print(f"{path}: {error}", file=sys.stderr)
        return 1
    print(f"{path}: OK")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
