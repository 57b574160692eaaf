#!/usr/bin/env python3
"""Cold start of whole processes: `advisor ask "…"`, `advisor check` and `advisor --help` next to a
Foundation hello world (the floor).

Runs the programs in turn N times each (so machine load hits all alike), timing each process
from spawn to exit, and prints median, p90, p99, min and peak resident memory (from wait4's
rusage, and once more from /usr/bin/time -v "Maximum resident set size"), then each command's
median over the floor's against its target.

usage: cold-start.py [--runs N] ADVISOR FLOOR [QUESTION]
"""
import argparse
import os
import statistics
import subprocess
import sys
import time


def run_once(argv):
    """Wall time in ms and peak RSS in KiB of one process, its output discarded."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    start = time.perf_counter_ns()
    pid = os.posix_spawn(argv[0], argv, os.environ, file_actions=[
        (os.POSIX_SPAWN_DUP2, devnull, 1), (os.POSIX_SPAWN_DUP2, devnull, 2)])
    _, status, usage = os.wait4(pid, 0)
    elapsed = (time.perf_counter_ns() - start) / 1e6
    os.close(devnull)
    return elapsed, usage.ru_maxrss, os.waitstatus_to_exitcode(status)


def time_v_rss(argv):
    """Peak RSS in KiB as /usr/bin/time -v reports it."""
    result = subprocess.run(["/usr/bin/time", "-v", *argv], stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, text=True)
    for line in result.stderr.splitlines():
        if "Maximum resident set size" in line:
            return int(line.split(":")[1])
    return None


def percentile(values, p):
    """Nearest-rank percentile."""
    ordered = sorted(values)
    rank = max(1, -(-len(ordered) * p // 100))
    return ordered[int(rank) - 1]


def load():
    with open("/proc/loadavg") as f:
        return " ".join(f.read().split()[:3])


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("advisor")
    parser.add_argument("floor")
    parser.add_argument("question", nargs="?", default="how long from frontend to MLOps")
    args = parser.parse_args()

    advisor = os.path.abspath(args.advisor)
    programs = {
        "hello world (floor)": [os.path.abspath(args.floor)],
        f'advisor ask "{args.question}"': [advisor, "ask", args.question],
        "advisor check": [advisor, "check"],
        "advisor --help": [advisor, "--help"],
    }
    # Median over the floor's, and peak RSS, each command may reach.
    targets = {f'advisor ask "{args.question}"': (2.0, 30), "advisor check": (1.5, None), "advisor --help": (1.5, None)}
    for argv in programs.values():          # warm the page cache; not counted
        for _ in range(3):
            run_once(argv)

    load_before = load()
    samples = {name: [] for name in programs}
    failures = {name: set() for name in programs}
    for _ in range(args.runs):
        for name, argv in programs.items():
            elapsed, rss, code = run_once(argv)
            samples[name].append((elapsed, rss))
            if code != 0:
                failures[name].add(code)
    load_after = load()

    print(f"cold start, {args.runs} runs each, alternating; load average {load_before} before, {load_after} after")
    print(f"{'program':<48} {'median':>9} {'p90':>9} {'p99':>9} {'min':>9} {'peak RSS':>10} {'time -v':>9}")
    medians = {}
    for name, argv in programs.items():
        times = [t for t, _ in samples[name]]
        rss = max(r for _, r in samples[name])
        medians[name] = statistics.median(times)
        time_v = time_v_rss(argv)
        print(f"{name:<48} {medians[name]:>7.2f}ms {percentile(times, 90):>7.2f}ms {percentile(times, 99):>7.2f}ms "
              f"{min(times):>7.2f}ms {rss / 1024:>6.1f} MiB {time_v / 1024 if time_v else float('nan'):>5.1f} MiB")
    floor = medians["hello world (floor)"]
    for name, (ratio, rss_target) in targets.items():
        rss = max(r for _, r in samples[name]) / 1024
        verdict = "met" if medians[name] / floor <= ratio and (rss_target is None or rss <= rss_target) else "MISSED"
        rss_text = f"; peak RSS {rss:.1f} MiB, target ≤ {rss_target} MiB" if rss_target else ""
        print(f"{name + ' / floor (median):':<60} {medians[name] / floor:5.2f}×  (target ≤ {ratio:.2f}×{rss_text}) {verdict}")
    for name, codes in failures.items():
        if codes:
            print(f"warning: {name} exited with status {sorted(codes)}", file=sys.stderr)
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
