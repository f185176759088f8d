#!/usr/bin/env python3
"""Runs `salama l10n check` and Mozilla's compare-locales on the same broken fixtures
(core/tests/fixtures/l10n/<case>/{en,ar}) and shows where they agree.

Only what both tools check is compared: syntax errors (our line must fall inside the
junk compare-locales reports), duplicate ids and attributes, missing and obsolete
messages, values and attributes, missing plural categories, and the number of messages
identical to English (compare-locales' "unchanged"). What only one tool checks is listed,
not compared. Exits 1 if the tools disagree on any fixture.

usage: l10n_compare.py SALAMA COMPARE_LOCALES FIXTURES_DIR
"""

import json
import pathlib
import re
import subprocess
import sys
import tempfile

LOCALE = "ar"

# compare-locales messages, as its Fluent checker and content comparer word them.
PATTERNS = [
    (re.compile(r"^(\S+) occurs \d+ times$"), lambda m, f: ("duplicate-id", f, m[1])),
    (
        re.compile(r'^Attribute "(\S+)" is duplicated at line \d+, column \d+ for (\S+)$'),
        lambda m, f: ("duplicate-attribute", f, m[2], m[1]),
    ),
    (
        re.compile(r"^Missing attribute: (\S+) at line \d+, column \d+ for (\S+)$"),
        lambda m, f: ("missing-attribute", f, m[2], m[1]),
    ),
    (
        re.compile(r"^Obsolete attribute: (\S+) at line \d+, column \d+ for (\S+)$"),
        lambda m, f: ("obsolete-attribute", f, m[2], m[1]),
    ),
    (
        re.compile(r"^Missing value at line \d+, column \d+ for (\S+)$"),
        lambda m, f: ("missing-value", f, m[1]),
    ),
    (
        re.compile(r"^Obsolete value at line \d+, column \d+ for (\S+)$"),
        lambda m, f: ("obsolete-value", f, m[1]),
    ),
    (
        re.compile(r"^Plural categories missing: (.*) at line \d+, column \d+ for (\S+)$"),
        lambda m, f: (
            "missing-plural-categories",
            f,
            m[2],
            tuple(sorted(c.strip() for c in m[1].split(","))),
        ),
    ),
]
JUNK = re.compile(
    r"^Unparsed content .* from line (\d+) column \d+ to line (\d+) column \d+$", re.S
)


def salama(binary, case):
    run = subprocess.run(
        [binary, "--lang", "en", "--json", "l10n", "check", str(case)],
        capture_output=True,
        text=True,
    )
    if run.returncode not in (0, 1):
        sys.exit(f"salama failed on {case}: {run.stderr}")
    shared, syntax, unchanged, only = set(), [], 0, set()
    for p in json.loads(run.stdout)["problems"]:
        kind = p["kind"]
        if p["locale"] != LOCALE:
            only.add(f"{kind} in {p['locale']}")
        elif kind == "syntax-error":
            syntax.append((p["file"], p["line"]))
        elif kind in ("duplicate-attribute", "missing-attribute", "obsolete-attribute"):
            shared.add((kind, p["file"], p["id"], p["attribute"]))
        elif kind == "missing-plural-categories":
            shared.add((kind, p["file"], p["id"], tuple(sorted(p["categories"]))))
        elif kind in (
            "duplicate-id",
            "missing-message",
            "obsolete-message",
            "missing-value",
            "obsolete-value",
        ):
            shared.add((kind, p["file"], p["id"]))
        elif kind == "identical-to-source":
            unchanged += 1
        else:
            only.add(kind)
    return shared, syntax, unchanged, only


def compare_locales(binary, case):
    with tempfile.TemporaryDirectory() as tmp:
        toml = pathlib.Path(tmp) / "l10n.toml"
        toml.write_text(
            f'basepath = "{case}"\nlocales = ["{LOCALE}"]\n\n'
            '[[paths]]\nreference = "en/**"\nl10n = "{l10n_base}/{locale}/**"\n'
        )
        run = subprocess.run(
            [binary, "--json", "-", str(toml), str(case), LOCALE],
            capture_output=True,
            text=True,
        )
    if run.returncode not in (0, 1):
        sys.exit(f"compare-locales failed on {case}: {run.stderr}")
    report = json.loads(run.stdout)[0]
    shared, junk, only = set(), [], set()
    for path, entries in report.get("details", {}).items():
        file = pathlib.PurePath(path).name
        for entry in entries:
            ((kind, text),) = entry.items()
            if kind == "missingEntity":
                shared.add(("missing-message", file, text))
                continue
            if kind == "obsoleteEntity":
                shared.add(("obsolete-message", file, text))
                continue
            if m := JUNK.match(text):
                junk.append((file, int(m[1]), int(m[2])))
                continue
            for pattern, finding in PATTERNS:
                if m := pattern.match(text):
                    shared.add(finding(m, file))
                    break
            else:
                only.add(text.split(":")[0].split(" at line")[0])
    unchanged = report["summary"][LOCALE]["unchanged"]
    return shared, junk, unchanged, only


def main():
    salama_bin, cl_bin, fixtures = sys.argv[1], sys.argv[2], pathlib.Path(sys.argv[3])
    cases = sorted(p for p in fixtures.iterdir() if p.is_dir())
    disagreements = 0
    print(f"{'fixture':<27} {'salama':<7} {'c-l':<5} {'agree':<6} checked by one tool only")
    for case in cases:
        ours, syntax, our_unchanged, only_ours = salama(salama_bin, case.resolve())
        theirs, junk, their_unchanged, only_theirs = compare_locales(cl_bin, case.resolve())
        agree = ours == theirs and our_unchanged == their_unchanged
        agree = agree and len(syntax) == len(junk)
        for (file, line), (jfile, first, last) in zip(sorted(syntax), sorted(junk)):
            agree = agree and file == jfile and first <= line <= last
        notes = []
        if only_ours:
            notes.append("salama: " + ", ".join(sorted(only_ours)))
        if only_theirs:
            notes.append("compare-locales: " + ", ".join(sorted(only_theirs)))
        n_ours = len(ours) + len(syntax) + our_unchanged
        n_theirs = len(theirs) + len(junk) + their_unchanged
        print(
            f"{case.name:<27} {n_ours:<7} {n_theirs:<5} {'yes' if agree else 'NO':<6} "
            + "; ".join(notes)
        )
        if not agree:
            disagreements += 1
            print(f"    salama:          {sorted(ours)} syntax={syntax} identical={our_unchanged}")
            print(f"    compare-locales: {sorted(theirs)} junk={junk} unchanged={their_unchanged}")
    if disagreements:
        sys.exit(f"salama l10n check and compare-locales disagree on {disagreements} fixture(s)")
    print(f"\nBoth tools agree on all {len(cases)} fixtures where both check the same thing.")


if __name__ == "__main__":
    main()
