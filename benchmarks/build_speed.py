"""Build speed: the naive papermill + nbconvert loop against `toolkit build`, in one run.

    python benchmarks/build_speed.py ../shared/corpus/wikinews_en [--n 40] [--full]

On the same N documents (the first N files of the folder, by name) it times
1. the naive loop: `toolkit annotate` once, then per document the `papermill` CLI and the
   `jupyter nbconvert --to html` CLI (a fresh kernel and a fresh exporter process each time);
2. `toolkit build`, cold (empty cache and output folder);
3. `toolkit build` again with nothing changed;
4. `toolkit build` after one document changed (and counts the reports it rewrote).
With --full it also builds the whole folder cold, then times its no-change rebuild, and prints
the peak memory of the cold build (resident memory of the build and all its workers and
kernels, sampled every 0.1 s). Targets: cold ≤ 0.35 × naive; no-change rebuild of the whole
folder ≤ 3 s; a one-document change rewrites that report, the corpus report and the index;
peak memory ≤ 2 GB. It prints figures and exits 0: a measurement, not a test.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import psutil

PROJECT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
NOTEBOOK = PROJECT / "notebooks" / "document.ipynb"


def run(command: list[str], **kwargs) -> float:
    """Run a command to completion; its wall time in seconds."""
    started = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, **kwargs)
    return time.perf_counter() - started


def run_measured(command: list[str]) -> tuple[float, int]:
    """Run a command; its wall time and the peak resident memory of its whole process tree."""
    peak, started = 0, time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    root = psutil.Process(process.pid)
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            try:
                tree = [root, *root.children(recursive=True)]
                peak = max(peak, sum(p.memory_info().rss for p in tree if p.is_running()))
            except psutil.Error:
                pass
            time.sleep(0.1)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    process.wait()
    done.set()
    sampler.join()
    if process.returncode not in (0, 1):  # 1: some input files were skipped, reported
        raise SystemExit(f"build failed with status {process.returncode}: {' '.join(command)}")
    return time.perf_counter() - started, peak


def build_command(corpus: Path, out: Path, cache: Path) -> list[str]:
    """The `toolkit build` command line."""
    return [str(BIN / "toolkit"), "build", str(corpus), "--out", str(out), "--cache", str(cache), "-q"]


def naive_loop(corpus: Path, work: Path) -> float:
    """`toolkit annotate` once, then papermill CLI + nbconvert CLI per document."""
    annotations = work / "annotations.jsonl"
    started = time.perf_counter()
    run([str(BIN / "toolkit"), "annotate", str(corpus), "-o", str(annotations)])
    for path in sorted(corpus.glob("*.txt")):
        executed = work / f"{path.stem}.ipynb"
        run([str(BIN / "papermill"), str(NOTEBOOK), str(executed), "-p", "document", path.stem,
             "-p", "annotations", str(annotations), "--cwd", str(NOTEBOOK.parent)])
        run([str(BIN / "jupyter"), "nbconvert", "--to", "html", "--no-input", str(executed)])
    return time.perf_counter() - started


def written(out: Path, before: dict[str, int]) -> list[str]:
    """Reports whose file changed (inode or modification time) since `before`."""
    now = {p.name: p.stat().st_mtime_ns ^ p.stat().st_ino for p in out.glob("*.html")}
    return sorted(name for name, stamp in now.items() if before.get(name) != stamp)


def stamps(out: Path) -> dict[str, int]:
    """A stamp per report file."""
    return {p.name: p.stat().st_mtime_ns ^ p.stat().st_ino for p in out.glob("*.html")}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", type=Path, help="a folder of documents (e.g. ../shared/corpus/wikinews_en)")
    parser.add_argument("--n", type=int, default=40, help="documents for the timed comparison (default 40)")
    parser.add_argument("--full", action="store_true", help="also build the whole folder (memory, no-change rebuild)")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="build-speed-") as tmp:
        work = Path(tmp)
        sample = work / "corpus"
        sample.mkdir()
        for path in sorted(args.corpus.glob("*.txt"))[: args.n]:
            shutil.copy(path, sample)
        n = len(list(sample.glob("*.txt")))
        print(f"{n} documents from {args.corpus}; {psutil.cpu_count()} CPUs")

        (work / "naive").mkdir()
        naive = naive_loop(sample, work / "naive")
        print(f"naive loop (annotate once; papermill CLI + nbconvert CLI per document): {naive:7.1f} s  ({naive / n:.2f} s/doc)")

        out, cache = work / "out", work / "cache"
        cold = run(build_command(sample, out, cache))
        print(f"toolkit build, cold:                   {cold:7.1f} s  ({cold / n:.2f} s/doc)  ratio {cold / naive:.2f} (target <= 0.35)")

        before = stamps(out)
        again = run(build_command(sample, out, cache))
        print(f"toolkit build, nothing changed:        {again:7.1f} s  rewrote {written(out, before) or 'nothing'}")

        changed = sorted(sample.glob("*.txt"))[n // 2]
        with changed.open("a", encoding="utf-8") as handle:
            handle.write("\nA spokesman said the report would be reviewed.\n")
        before = stamps(out)
        one = run(build_command(sample, out, cache))
        rewritten = written(out, before)
        expected = sorted([f"{changed.stem}.html", "corpus.html", "index.html"])
        verdict = "as expected" if rewritten == expected else f"EXPECTED {expected}"
        print(f"toolkit build, one document changed:   {one:7.1f} s  rewrote {rewritten} ({verdict})")

        if args.full:
            out, cache = work / "full-out", work / "full-cache"
            total = len(list(args.corpus.glob("*.txt")))
            seconds, peak = run_measured(build_command(args.corpus, out, cache))
            print(f"toolkit build, all {total} documents, cold: {seconds:7.1f} s  peak memory {peak / 2**30:.2f} GiB (target <= 2)")
            rebuild = run(build_command(args.corpus, out, cache))
            print(f"toolkit build, all {total} documents, nothing changed: {rebuild:5.1f} s (target <= 3)")


if __name__ == "__main__":
    main()
