#!/usr/bin/env python3
"""Every string the user sees is translated: nl, es and af complete against the
sources as they are now, msgfmt --check clean, and every source file with
translatable strings listed in po/POTFILES.in."""
import os
import re
import subprocess
import sys
import tempfile

root = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
po = os.path.join(root, "po")
required = ["nl", "es", "af"]
failures = []

linguas = [l.strip() for l in open(os.path.join(po, "LINGUAS"), encoding="utf-8") if l.strip() and not l.startswith("#")]
for lang in required:
    if lang not in linguas:
        failures.append(f"po/LINGUAS does not list {lang}")

potfiles = [l.strip() for l in open(os.path.join(po, "POTFILES.in"), encoding="utf-8")
            if l.strip() and not l.startswith("#")]
for f in potfiles:
    if not os.path.exists(os.path.join(root, f)):
        failures.append(f"po/POTFILES.in lists {f}, which does not exist")

# Source files with translatable strings must be listed.
pattern_c = re.compile(r'\b(N?C?_|g_dngettext|ngettext)\s*\("')
for folder, _, files in os.walk(os.path.join(root, "src")):
    for name in files:
        path = os.path.join(folder, name)
        rel = os.path.relpath(path, root)
        text = open(path, encoding="utf-8", errors="replace").read()
        has = (name.endswith(".c") and pattern_c.search(text)) or \
              (name.endswith(".ui") and 'translatable="yes"' in text)
        if has and rel not in potfiles:
            failures.append(f"{rel} has translatable strings but po/POTFILES.in does not list it")

with tempfile.TemporaryDirectory() as tmp:
    listing = os.path.join(tmp, "files")
    with open(listing, "w", encoding="utf-8") as out:
        out.write("\n".join(f for f in potfiles if os.path.exists(os.path.join(root, f))) + "\n")
    pot = os.path.join(tmp, "counterpart.pot")
    subprocess.run(["xgettext", "--from-code=UTF-8", "--add-comments=Translators",
                    "--keyword=_", "--keyword=N_", "--keyword=C_:1c,2", "--keyword=NC_:1c,2",
                    "--keyword=g_dngettext:2,3", "--keyword=ngettext:1,2",
                    "-D", root, "-f", listing, "-o", pot], check=True, cwd=root)
    for lang in required:
        src = os.path.join(po, f"{lang}.po")
        if not os.path.exists(src):
            failures.append(f"po/{lang}.po is missing")
            continue
        merged = os.path.join(tmp, f"{lang}.po")
        subprocess.run(["msgmerge", "--quiet", "--no-fuzzy-matching", src, pot, "-o", merged], check=True)
        # Entries the sources no longer use are not shown to anyone: drop them.
        subprocess.run(["msgattrib", "--no-obsolete", "-o", merged, merged], check=True)
        result = subprocess.run(["msgfmt", "--check", "--statistics", "-o", os.devnull, merged],
                                capture_output=True, text=True, env={**os.environ, "LC_ALL": "C"})
        stats = (result.stdout + result.stderr).strip()
        print(f"{lang}: {stats}")
        if result.returncode != 0 or "fuzzy" in stats or "untranslated" in stats:
            failures.append(f"po/{lang}.po is not complete against the sources: {stats}")
        # The committed file itself must also pass msgfmt --check.
        own = subprocess.run(["msgfmt", "--check", "-o", os.devnull, src], capture_output=True, text=True)
        if own.returncode != 0:
            failures.append(f"po/{lang}.po fails msgfmt --check: {own.stderr.strip()}")

for f in failures:
    print("FAIL:", f)
print("translations:", "ok" if not failures else f"{len(failures)} problem(s)")
sys.exit(1 if failures else 0)
