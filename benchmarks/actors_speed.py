"""What the toolkit's actors and claims cost: toolkit annotation against a bare spaCy `nlp.pipe`.

Loads every document of a folder once (`toolkit.documents.load_corpus`), then times, on the same
texts, a bare `nlp.pipe` of the spaCy pipeline the toolkit builds on
(`spacy.load(toolkit.nlp.pipeline_name())`) and the toolkit's own annotation
(`toolkit.nlp.annotate` with `toolkit.nlp.load_pipeline()`). Each side is warmed up first, then
runs `--repeat` times alternately; the best wall-clock time of each counts. Prints both times and
the ratio toolkit / bare (target <= 1.15), and the same for CPU time, which other processes on a
busy machine disturb less. A measurement: exits 0 whatever the ratio.

Usage:
    python benchmarks/actors_speed.py /work/shared/corpus/wikinews_en            # best of 3
    python benchmarks/actors_speed.py seeds --repeat 5 --json
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

TARGET_RATIO = 1.15
WARM_UP_DOCUMENTS = 20


def _seconds(run: Callable[[], object]) -> tuple[float, float]:
    """Wall-clock and CPU seconds of one call of `run` (CPU time shrugs off other processes' load)."""
    wall, cpu = time.perf_counter(), time.process_time()
    run()
    return time.perf_counter() - wall, time.process_time() - cpu


def measure(folder: Path, *, repeat: int = 3, model: str | None = None, batch_size: int | None = None) -> dict:
    """Time bare spaCy and toolkit annotation over every document of `folder`.

    Args:
        folder: A folder (or file) of documents in any format the toolkit reads.
        repeat: Timed passes per side, after one warm-up on the first documents.
        model: A spaCy pipeline name; default: the toolkit's choice.
        batch_size: Documents per `nlp.pipe` batch, the same on both sides; default: the toolkit's.

    Returns:
        Documents, characters, every pass's seconds per side, the best of each and their ratio.

    Example:
        >>> measure(Path("seeds"), repeat=1)["ratio"]  # doctest: +SKIP
        1.07
    """
    import spacy

    from toolkit.documents import load_corpus
    from toolkit.nlp import BATCH_SIZE, annotate, load_pipeline, pipeline_name

    batch_size = batch_size or BATCH_SIZE
    documents = load_corpus(folder, warn=False).documents
    texts = [d.text for d in documents]
    bare = spacy.load(pipeline_name(model))
    toolkit_nlp = load_pipeline(model)

    def run_bare(items: Sequence[str] = texts) -> None:
        for _ in bare.pipe(items, batch_size=batch_size):
            pass

    def run_toolkit(items=documents) -> None:
        for _ in annotate(items, nlp=toolkit_nlp, batch_size=batch_size):
            pass

    run_bare(texts[:WARM_UP_DOCUMENTS])
    run_toolkit(documents[:WARM_UP_DOCUMENTS])
    bare_times, toolkit_times = [], []
    for _ in range(repeat):  # alternate, so drifting machine load hits both sides alike
        bare_times.append(_seconds(run_bare))
        toolkit_times.append(_seconds(run_toolkit))
    best_bare, best_toolkit = min(t for t, _ in bare_times), min(t for t, _ in toolkit_times)
    cpu_bare, cpu_toolkit = min(c for _, c in bare_times), min(c for _, c in toolkit_times)
    return {
        "folder": str(folder),
        "documents": len(documents),
        "characters": sum(len(t) for t in texts),
        "pipeline": pipeline_name(model),
        "batch_size": batch_size,
        "bare_seconds": [t for t, _ in bare_times],
        "toolkit_seconds": [t for t, _ in toolkit_times],
        "best_bare": best_bare,
        "best_toolkit": best_toolkit,
        "ratio": best_toolkit / best_bare if best_bare else None,
        "best_bare_cpu": cpu_bare,
        "best_toolkit_cpu": cpu_toolkit,
        "cpu_ratio": cpu_toolkit / cpu_bare if cpu_bare else None,
        "target_ratio": TARGET_RATIO,
    }


def report(result: dict) -> str:
    """The human-readable printout."""
    ratio = result["ratio"]
    met = ratio is not None and ratio <= TARGET_RATIO
    return "\n".join([
        f"{result['folder']}: {result['documents']} documents, {result['characters']:,} characters, "
        f"pipeline {result['pipeline']}, batch {result['batch_size']}, best of {len(result['bare_seconds'])}",
        f"  bare nlp.pipe        {result['best_bare']:8.2f} s   (passes: "
        + ", ".join(f"{t:.2f}" for t in result["bare_seconds"]) + ")",
        f"  toolkit annotate     {result['best_toolkit']:8.2f} s   (passes: "
        + ", ".join(f"{t:.2f}" for t in result["toolkit_seconds"]) + ")",
        f"  ratio toolkit/bare   {ratio:8.3f}     target <= {TARGET_RATIO:.2f}  {'met' if met else 'NOT MET'}",
        *([f"  CPU time             bare {result['best_bare_cpu']:.2f} s, toolkit {result['best_toolkit_cpu']:.2f} s,"
           f" ratio {result['cpu_ratio']:.3f} (steadier on a loaded machine)"] if result.get("cpu_ratio") else []),
    ])


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="Time toolkit annotation against a bare spaCy nlp.pipe on every document of a folder. "
        "Reads the folder; writes the timings to stdout.",
    )
    parser.add_argument("folder", type=Path, help="folder (or file) of documents")
    parser.add_argument("--repeat", type=int, default=3, help="timed passes per side (default 3; the best counts)")
    parser.add_argument("--model", default=None, help="spaCy pipeline name (default: the toolkit's)")
    parser.add_argument("--batch-size", type=int, default=None, help="nlp.pipe batch size (default: the toolkit's)")
    parser.add_argument("--json", action="store_true", help="print the timings as JSON")
    args = parser.parse_args(argv)
    if not args.folder.exists():
        parser.error(f"{args.folder}: no such file or folder")
    if args.repeat < 1:
        parser.error("--repeat must be at least 1")
    result = measure(args.folder, repeat=args.repeat, model=args.model, batch_size=args.batch_size)
    print(json.dumps(result, indent=1) if args.json else report(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
