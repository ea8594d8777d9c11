"""The `toolkit` command: annotate documents, build reports, open JupyterLab."""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

from toolkit.config import NOTEBOOKS_DIR, PIPELINE_ENV, REPORTS_DIR, SEEDS_DIR


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    parser = argparse.ArgumentParser(
        prog="toolkit",
        description="Who claims what in news: actors and attributed claims, as data and HTML reports.",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    annotate = commands.add_parser(
        "annotate",
        help="annotate documents and write CONTRACT.md records as JSON Lines",
        description="Reads documents (seed-format or plain .txt files, .jsonl records, folders of "
        "them) and writes one annotation record per document (actors, mentions, claims) to OUT.",
    )
    annotate.add_argument("paths", nargs="+", metavar="PATH", help="document files or folders")
    annotate.add_argument("-o", "--out", required=True, metavar="OUT.jsonl", help="file to write")
    annotate.add_argument("--model", help=f"spaCy pipeline (default: ${PIPELINE_ENV} or en_core_web_sm)")

    build = commands.add_parser(
        "build",
        help="annotate documents and build the HTML reports",
        description="Reads documents (default: seeds/), annotates them once, runs "
        "notebooks/document.ipynb for each and notebooks/corpus.ipynb with papermill, and writes "
        "DIR/<document id>.html, DIR/corpus.html and DIR/index.html (default DIR: reports/).",
    )
    build.add_argument("paths", nargs="*", metavar="PATH", help="document files or folders (default: seeds/)")
    build.add_argument("--out", default=str(REPORTS_DIR), metavar="DIR", help="report folder (default: reports/)")
    build.add_argument("--keep-code", action="store_true", help="show the notebooks' code cells in the HTML")
    build.add_argument("--model", help=f"spaCy pipeline (default: ${PIPELINE_ENV} or en_core_web_sm)")
    build.add_argument("-j", "--jobs", type=int, metavar="N", help="notebooks run in parallel (default: number of CPUs)")
    build.add_argument("--cache", metavar="DIR", help="build cache folder (default: $TOOLKIT_CACHE or .cache/toolkit)")
    build.add_argument("-q", "--quiet", action="store_true", help="no progress bar, only problems and the summary")

    lab = commands.add_parser(
        "lab",
        help="open JupyterLab on notebooks/ with this environment",
        description="Starts JupyterLab in notebooks/ with the interpreter that runs this command, "
        "so the notebooks' kernel sees the toolkit. Other arguments go to `jupyter lab` "
        "(e.g. --no-browser --port 8899).",
    )

    evaluate = commands.add_parser(
        "evaluate",
        help="score predicted claims against gold attributions",
        description="Reads GOLD (JSON Lines, one {id, text, attributions: [{source, cue, content}]} "
        "per line, as in the shared eval/ data) and PRED (CONTRACT.md records, as `toolkit "
        "annotate` writes them), joins them by id and prints exact and partial (token overlap) "
        "precision, recall and F1 of content, source and cue, and the source accuracy, as a "
        "table on stdout (or JSON with --json). Writes no files.",
    )
    evaluate.add_argument("gold", metavar="GOLD.jsonl", help="gold attributions")
    evaluate.add_argument("predicted", metavar="PRED.jsonl", help="annotation records to score")
    evaluate.add_argument("--json", action="store_true", help="print the scores as JSON")

    # everything `toolkit lab` does not know goes to jupyter lab (--port, --no-browser, ...)
    args, extra = parser.parse_known_args(argv)
    if extra and args.command != "lab":
        parser.error(f"unrecognized arguments: {' '.join(extra)}")
    args.lab_args = extra
    if args.command == "annotate":
        return _annotate(args)
    if args.command == "build":
        return _build(args)
    if args.command == "evaluate":
        return _evaluate(args)
    return _lab(args)


def _annotate(args: argparse.Namespace) -> int:
    """`toolkit annotate`: documents in, JSON Lines records out."""
    from toolkit.documents import load_corpus
    from toolkit.nlp import PipelineError, annotate, load_pipeline
    from toolkit.records import write_annotations

    corpus = load_corpus(*args.paths, warn=False)
    for problem in corpus.problems:
        print(f"{'skipped' if problem.skipped else 'warning'}: {problem}", file=sys.stderr)
    try:
        nlp = load_pipeline(args.model)
    except PipelineError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    path = write_annotations(args.out, annotate(corpus.documents, nlp=nlp))
    print(f"{len(corpus.documents)} documents annotated -> {path}", file=sys.stderr)
    return 1 if any(p.skipped for p in corpus.problems) else 0


def _build(args: argparse.Namespace) -> int:
    """`toolkit build`: documents in, HTML reports out, a summary at the end."""
    from tqdm import tqdm

    from toolkit.nlp import PipelineError
    from toolkit.reports import Progress, build

    bars: dict[str, tqdm] = {}

    def progress(state: Progress) -> None:
        if args.quiet:
            return
        bar = bars.get(state.stage)
        if bar is None:
            for done in bars.values():  # one bar at a time: a finished stage closes
                done.close()
            bar = bars[state.stage] = tqdm(total=state.total, desc=state.stage, unit="doc", file=sys.stderr)
        if state.stage == "reports":
            bar.set_postfix(built=state.built, unchanged=state.unchanged, failed=state.failed, refresh=False)
        bar.update(state.done - bar.n)

    started = time.perf_counter()
    try:
        result = build(
            args.paths or [SEEDS_DIR],
            out=args.out,
            keep_code=args.keep_code,
            model=args.model,
            jobs=args.jobs,
            cache=args.cache,
            progress=progress,
        )
    except PipelineError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    finally:
        for bar in bars.values():
            bar.close()
    for problem in result.warnings:
        print(f"warning: {problem}", file=sys.stderr)
    for problem in result.skipped:
        print(f"skipped: {problem}", file=sys.stderr)
    for problem in result.failures:
        print(f"failed: {problem}", file=sys.stderr)
    print(
        f"{result.out}: {len(result.reports)} reports written, {len(result.unchanged)} unchanged, "
        f"{len(result.failures)} failed, {len(result.skipped)} files skipped "
        f"({time.perf_counter() - started:.1f} s)",
        file=sys.stderr,
    )
    return 0 if not result.failures and not _real_skips(result.skipped) else 1


def _real_skips(skipped: list) -> list:
    """Skipped files that looked like documents (a folder's README or TSV is not a failure)."""
    return [p for p in skipped if not p.ignored]


def _evaluate(args: argparse.Namespace) -> int:
    """`toolkit evaluate`: gold and predictions in, scores out."""
    import warnings

    from toolkit.evaluate import read_gold, read_predictions, score

    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            report = score(read_gold(args.gold), read_predictions(args.predicted))
    except ValueError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    for warning in caught:
        print(f"warning: {warning.message}", file=sys.stderr)
    print(json.dumps(report.to_dict(), indent=2) if args.json else report.table())
    return 0


def _lab(args: argparse.Namespace) -> int:
    """`toolkit lab`: JupyterLab on notebooks/, with this interpreter on PATH for the kernel."""
    env = dict(os.environ)
    env["PATH"] = str(Path(sys.executable).parent) + os.pathsep + env.get("PATH", "")
    command = [sys.executable, "-m", "jupyterlab", *args.lab_args]
    return subprocess.call(command, cwd=NOTEBOOKS_DIR, env=env)


if __name__ == "__main__":
    sys.exit(main())
