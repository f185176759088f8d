#!/usr/bin/env python3
"""Times `salama l10n check` and compare-locales on the same translations, side by side,
and checks the budget: salama checks every locale in at most 1 s, and faster than
compare-locales. Wall-clock medians of several runs of each whole command.

usage: l10n_bench.py SALAMA COMPARE_LOCALES TRANSLATIONS_DIR
"""

import pathlib
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

RUNS = 7
BUDGET_S = 1.0
# The fifteen locales Salama ships (translations/locales.json).
ALL = "en ar fa ps ur bn ckb kmr ti am so fr es uk tr".split()


def median_time(command):
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        run = subprocess.run(command, capture_output=True)
        times.append(time.perf_counter() - start)
        if run.returncode not in (0, 1):
            sys.exit(f"{command[0]} failed: {run.stderr.decode()}")
    return statistics.median(times)


def compare_locales_config(tmp, root, locales):
    toml = pathlib.Path(tmp) / "l10n.toml"
    toml.write_text(
        f'basepath = "{root}"\nlocales = {locales!r}\n\n'.replace("'", '"')
        + '[[paths]]\nreference = "en/**"\nl10n = "{l10n_base}/{locale}/**"\n'
    )
    return toml


def bench(label, salama, compare_locales, folder):
    locales = sorted(p.name for p in folder.iterdir() if p.is_dir() and p.name != "en")
    with tempfile.TemporaryDirectory() as tmp:
        toml = compare_locales_config(tmp, folder.resolve(), locales)
        ours = median_time([salama, "--lang", "en", "l10n", "check", str(folder)])
        theirs = median_time([compare_locales, str(toml), str(folder), *locales])
    files = sum(1 for _ in folder.glob("*/*.ftl"))
    size = sum(p.stat().st_size for p in folder.glob("*/*.ftl"))
    print(
        f"{label:<38} {len(locales) + 1:>7} {files:>5} {size / 1024:>6.0f} KiB"
        f" {ours * 1000:>9.1f} ms {theirs * 1000:>12.1f} ms {theirs / ours:>7.1f}x"
    )
    return ours, theirs


def main():
    salama, compare_locales, translations = sys.argv[1], sys.argv[2], pathlib.Path(sys.argv[3])
    print(f"salama l10n check vs compare-locales: median wall-clock time of {RUNS} runs each")
    print(
        f"{'translations':<38} {'locales':>7} {'files':>5} {'size':>10}"
        f" {'salama':>12} {'compare-locales':>15} {'speedup':>8}"
    )
    results = [bench(f"{translations}/", salama, compare_locales, translations)]
    missing = [code for code in ALL if not (translations / code).is_dir()]
    if not missing:
        report(results)
    # Until every translation lands, the full set is simulated: each missing locale gets a
    # copy of the biggest existing translation, so the sizes are real.
    with tempfile.TemporaryDirectory() as tmp:
        full = pathlib.Path(tmp) / "translations"
        shutil.copytree(translations / "en", full / "en")
        existing = [p for p in translations.iterdir() if p.is_dir() and p.name != "en"]
        biggest = max(existing, key=lambda p: sum(f.stat().st_size for f in p.glob("*.ftl")))
        for code in ALL[1:]:
            source = translations / code if (translations / code).is_dir() else biggest
            shutil.copytree(source, full / code)
        results.append(bench(f"all 15 (missing ones copied from {biggest.name})", salama, compare_locales, full))
    report(results)


def report(results):
    worst = max(ours for ours, _ in results)
    slower = [ours >= theirs for ours, theirs in results]
    ok = worst <= BUDGET_S and not any(slower)
    print(
        f"\nbudget: at most {BUDGET_S:.0f} s and faster than compare-locales:"
        f" {'met' if ok else 'NOT MET'} (slowest salama run {worst * 1000:.1f} ms)"
    )
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
