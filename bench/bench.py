#!/usr/bin/env python3
"""make bench: import speed and memory of handlingsplan against pandoc (docx → plain
text) and against the in-process floor (handlingsplan-floor: unzip, inflate, one pass of
libxml2's reader; for text, read and NFC), all measured in this one run on the same files.

Figures are CPU time (user + system) per plan, medians of several runs: these machines
have 2 noisy cores, and CPU time is less disturbed by the other core than wall time.

Usage: bench.py PATH/TO/handlingsplan PATH/TO/handlingsplan-floor [runs]"""
import os, pathlib, shutil, statistics, subprocess, sys, tempfile

tool, floor_tool = sys.argv[1], sys.argv[2]
runs = int(sys.argv[3]) if len(sys.argv) > 3 else 15
root = pathlib.Path(__file__).resolve().parent.parent
renditions = root / "Tests/HandlingsplanTests/Fixtures/renditions"
docx = [renditions / n for n in ("002-pandoc.docx", "002-libreoffice.docx", "001-python-docx.docx")]
texts = sorted((root / "seeds").glob("*.txt"))


def measure(cmd, stdout=subprocess.DEVNULL, env=None):
    """CPU seconds (user + system) and peak RSS (MiB) of one process."""
    proc = subprocess.Popen(cmd, stdout=stdout, stderr=subprocess.DEVNULL, env=env)
    _, status, usage = os.wait4(proc.pid, 0)
    if status != 0:
        sys.exit(f"failed: {' '.join(map(str, cmd))}")
    return usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def folder(d, files, count, ext):
    """`count` plans in folder d, cycling through `files` (a batch of many branches' plans)."""
    d.mkdir()
    for i in range(count):
        shutil.copy(files[i % len(files)], d / f"plan-{i:04}.{ext}")
    return d


results = {}
print("== One plan as a whole process (CPU ms, median of %d) ==" % runs)
print(f"{'file':28} {'ours':>8} {'pandoc':>8} {'pandoc/ours':>12}")
# Round by round over all the files, ours and pandoc alternating: a slow spell of the
# machine (they last a second or more here) then touches one run of every file, rather
# than every run of one file, whose median it would move.
process_ours = {f: [] for f in docx + texts}
process_pandoc = {f: [] for f in docx}
for _ in range(runs):
    for f in docx + texts:
        process_ours[f].append(measure([tool, "import", "-q", str(f)])[0])
        if f in process_pandoc:
            process_pandoc[f].append(measure(["pandoc", "-f", "docx", "-t", "plain", str(f), "-o", os.devnull])[0])
pandoc_ms = []
for f in docx:
    o, p = statistics.median(process_ours[f]) * 1000, statistics.median(process_pandoc[f]) * 1000
    pandoc_ms.append(p)
    print(f"{f.name:28} {o:8.1f} {p:8.1f} {p / o:11.1f}x")
    results.setdefault("process_docx", []).append(o)
for f in texts:
    o = statistics.median(process_ours[f]) * 1000
    print(f"{f.name:28} {o:8.1f} {'':>8}")
    results.setdefault("process_text", []).append(o)

print()
batch_runs = 5
print("== Per plan inside a batch of 400, --jobs 1 (CPU ms per plan, median of %d) ==" % batch_runs)
with tempfile.TemporaryDirectory() as tmp:
    tmp = pathlib.Path(tmp)
    batches = {"DOCX mix": folder(tmp / "docx", docx, 400, "docx"), "text (seeds)": folder(tmp / "text", texts, 400, "txt")}
    for f in docx:
        batches[f.name] = folder(tmp / f.stem, [f], 400, "docx")
    # Round by round over the batches, as for the processes above: a slow spell of a second
    # or two then takes one run of one or two batches, not the whole median of one.
    def batch_cmd(d):
        return [tool, "import", "-q", "--jobs", "1", str(d), "-o", os.devnull]
    batch_cpu = {name: [] for name in batches}
    uncached_cpu = []
    for _ in range(batch_runs):
        for name, d in batches.items():
            batch_cpu[name].append(measure(batch_cmd(d))[0])
            if name == "DOCX mix":
                # Each distinct styles and numbering part is parsed once per batch (PartCache); without that:
                uncached_cpu.append(measure(batch_cmd(d), env=dict(os.environ, HANDLINGSPLAN_NO_PART_CACHE="1"))[0])
    print(f"{'batch':24} {'ours':>8} {'floor':>8} {'ours/floor':>11} {'pandoc/ours':>12}")
    for name, d in batches.items():
        files = sorted(str(p) for p in d.iterdir())
        ours = statistics.median(batch_cpu[name]) * 1000 / len(files)
        out = subprocess.run([floor_tool, "3"] + files, capture_output=True, text=True, check=True).stdout.split()[0]
        floor = float(out)
        if name == "DOCX mix":
            peer = statistics.mean(pandoc_ms)
        elif name.endswith(".docx"):
            peer = pandoc_ms[[f.name for f in docx].index(name)]
        else:
            peer = None
        ratio = f"{peer / ours:11.1f}x" if peer else ""
        print(f"{name:24} {ours:8.2f} {floor:8.3f} {ours / floor:10.1f}x {ratio:>12}")
        results[name] = (ours, floor, peer)
        if name == "DOCX mix":
            uncached = statistics.median(uncached_cpu) * 1000 / len(files)
            print(f"{'  without the part cache':24} {uncached:8.2f} {floor:8.3f} {uncached / floor:10.1f}x {peer / uncached:11.1f}x")

    print()
    print("== Peak memory of a batch (MiB, DOCX mix, --jobs 2) ==")
    big = folder(tmp / "big", docx, 2000, "docx")
    small = folder(tmp / "small", docx, 200, "docx")
    print(f"{'format':8} {'200 plans':>10} {'2000 plans':>11} {'ratio':>7}")
    for fmt in ("json", "csv"):
        m200 = measure([tool, "import", "-q", "--jobs", "2", "--format", fmt, str(small), "-o", str(tmp / f"o200.{fmt}")])[1]
        m2000 = measure([tool, "import", "-q", "--jobs", "2", "--format", fmt, str(big), "-o", str(tmp / f"o2000.{fmt}")])[1]
        print(f"{fmt:8} {m200:10.1f} {m2000:11.1f} {m2000 / m200:6.2f}x")
        results["rss_" + fmt] = (m200, m2000)

print()
pdf_runs = 5
print("== A PDF plan inside a batch of 40, --jobs 1, against pdftotext -layout as a process (CPU ms, median of %d) ==" % pdf_runs)
# Ours includes the worker process each PDF gets (its CPU time is counted in the batch's, as
# the worker is waited for); pdftotext is poppler's own text extraction, one process a file.
pdfs = [root / "Tests/HandlingsplanTests/Fixtures/pdf" / n for n in ("002.untagged.pdf", "002.tagged.pdf", "b4-01.tagged.pdf")]
have_pdftotext = shutil.which("pdftotext") is not None
print(f"{'file':28} {'ours':>8} {'pdftotext':>10} {'pdftotext/ours':>15}")
with tempfile.TemporaryDirectory() as tmp:
    tmp = pathlib.Path(tmp)
    for f in pdfs:
        d = folder(tmp / f.stem, [f], 40, "pdf")
        ours = statistics.median(measure([tool, "import", "-q", "--jobs", "1", str(d), "-o", os.devnull])[0] for _ in range(pdf_runs)) * 1000 / 40
        peer = statistics.median(measure(["pdftotext", "-layout", str(f), os.devnull])[0] for _ in range(pdf_runs * 3)) * 1000 if have_pdftotext else None
        print(f"{f.name:28} {ours:8.1f} {peer if peer else float('nan'):10.1f} {(peer / ours if peer else float('nan')):14.2f}x")
        results["pdf_" + f.name] = (ours, peer)

print()
print("== Targets (issue 10) ==")
mix_ours, mix_floor, mix_peer = results["DOCX mix"]
text_ours = results["text (seeds)"][0]
checks = [
    ("DOCX in a batch <= 2x the floor", f"{mix_ours / mix_floor:.1f}x", mix_ours / mix_floor <= 2),
    ("DOCX mix >= 20x faster than pandoc per plan", f"{mix_peer / mix_ours:.1f}x", mix_peer / mix_ours >= 20),
    ("text in a batch <= 1 ms per plan", f"{text_ours:.2f} ms", text_ours <= 1),
    ("text plan as a process <= 10 ms", f"{max(results['process_text']):.1f} ms (slowest seed)", max(results["process_text"]) <= 10),
    ("DOCX plan as a process <= 15 ms", f"{max(results['process_docx']):.1f} ms (slowest)", max(results["process_docx"]) <= 15),
]
for f in pdfs:
    ours, peer = results["pdf_" + f.name]
    if peer:
        checks.append((f"PDF in a batch <= pdftotext as a process ({f.name})", f"{ours:.1f} vs {peer:.1f} ms", ours <= peer))
for fmt in ("json", "csv"):
    m200, m2000 = results["rss_" + fmt]
    checks.append((f"{fmt}: 2000-plan peak <= 1.2x 200-plan, < 50 MiB", f"{m2000 / m200:.2f}x, {m2000:.0f} MiB",
                   m2000 / m200 <= 1.2 and max(m200, m2000) < 50))
for what, figure, ok in checks:
    print(f"{'met ' if ok else 'MISS'}  {what:48} {figure}")
