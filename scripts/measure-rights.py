#!/usr/bin/env python3
"""Prints the peak resident memory and wall time of `salama rights show` (budget: peak RSS
<= 20 MB), for a cold start on an empty data directory and a warm one, in three locales.

Usage: scripts/measure-rights.py [path/to/salama]   (default: target/release/salama)
"""
import os
import resource
import subprocess
import sys
import tempfile
import time

binary = sys.argv[1] if len(sys.argv) > 1 else "target/release/salama"
if not os.path.exists(binary):
    subprocess.run(["cargo", "build", "--release", "-p", "salama-cli"], check=True)


def run(args, data_dir):
    """Runs salama in a fresh child and returns (peak RSS in MB, seconds)."""
    pid = os.fork()
    if pid == 0:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 1)
        os.execve(binary, [binary, *args], {**os.environ, "SALAMA_DATA_DIR": data_dir})
    start = time.perf_counter()
    _, status, usage = os.wait4(pid, 0)
    elapsed = time.perf_counter() - start
    if status != 0:
        sys.exit(f"salama {' '.join(args)} failed with status {status}")
    return usage.ru_maxrss / 1024, elapsed  # ru_maxrss is in KiB on Linux


worst = 0.0
print(f"{'command':<42} {'start':<5} {'peak RSS':>9} {'time':>8}")
for locale in ["ar", "fa", "en"]:
    with tempfile.TemporaryDirectory() as data_dir:
        for start in ["cold", "warm"]:
            args = ["rights", "show", "trafficking-protection", "--lang", locale]
            rss, seconds = run(args, data_dir)
            worst = max(worst, rss)
            print(f"{' '.join(args):<42} {start:<5} {rss:>6.1f} MB {seconds * 1000:>5.1f} ms")
print(f"worst peak RSS: {worst:.1f} MB (budget 20 MB)")
sys.exit(0 if worst <= 20 else 1)
