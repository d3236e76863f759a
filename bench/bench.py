#!/usr/bin/env python3
"""Import speed and memory of handlingsplan against pandoc (docx → plain text),
both run as whole processes, alternating, on the same files in one run; plus our
per-plan time inside a batch. Prints medians and ratios (these machines are noisy).
Usage: bench.py PATH/TO/handlingsplan [runs]"""
import os, pathlib, shutil, statistics, subprocess, sys, tempfile, time

tool = sys.argv[1]
runs = int(sys.argv[2]) if len(sys.argv) > 2 else 21
root = pathlib.Path(__file__).resolve().parent.parent
renditions = root / "Tests/HandlingsplanTests/Fixtures/renditions"
files = [renditions / n for n in ("002-pandoc.docx", "002-libreoffice.docx", "001-python-docx.docx")]

def measure(cmd):
    """Wall seconds and peak memory (MiB) of one process."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    if status != 0:
        sys.exit(f"failed: {' '.join(map(str, cmd))}")
    return elapsed, usage.ru_maxrss / 1024

print(f"{'file':24} {'ours ms':>9} {'pandoc ms':>10} {'ratio':>7} {'ours MiB':>9} {'pandoc MiB':>11}")
for f in files:
    ours, theirs = [], []
    for _ in range(runs):  # alternate, so that both see the same noise
        ours.append(measure([tool, "import", "-q", str(f)]))
        theirs.append(measure(["pandoc", "-f", "docx", "-t", "plain", str(f), "-o", os.devnull]))
    t_o = statistics.median(t for t, _ in ours) * 1000
    t_p = statistics.median(t for t, _ in theirs) * 1000
    m_o = statistics.median(m for _, m in ours)
    m_p = statistics.median(m for _, m in theirs)
    print(f"{f.name:24} {t_o:9.1f} {t_p:10.1f} {t_p / t_o:6.1f}x {m_o:9.1f} {m_p:11.1f}")

# Per plan inside a batch: 150 DOCX plans in one folder, one job and two.
with tempfile.TemporaryDirectory() as d:
    for i in range(150):
        shutil.copy(files[i % len(files)], pathlib.Path(d) / f"plan-{i:03}.docx")
    for jobs in (1, 2):
        times = []
        for _ in range(5):
            t, m = measure([tool, "import", "-q", "--jobs", str(jobs), d])
            times.append(t)
        per = statistics.median(times) / 150 * 1000
        print(f"batch of 150 DOCX, --jobs {jobs}: median {statistics.median(times) * 1000:.0f} ms in all, {per:.2f} ms per plan, {m:.1f} MiB peak")
print(f"(medians of {runs} runs each; ratio = pandoc time / ours)")
