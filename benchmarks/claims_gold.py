"""Claims against PolNeAR: speed of the annotation and accuracy of the claims, in one run.

    python benchmarks/claims_gold.py /path/to/polnear-dev.jsonl [--limit N] [--out PRED.jsonl]

Reads the gold file's articles as documents, then
- times the bare spaCy pipeline (`nlp.pipe`) and the toolkit's annotation on the same texts
  (a warm-up run of each, then the best of three alternating runs); target: annotation
  <= 1.15 x bare;
- scores the toolkit's claims and a naive baseline (one attribution per sentence with
  "said"/"says": content the rest of the sentence, source the capitalised words before the
  verb) with `toolkit.evaluate`, side by side, against the targets.

A measurement, not a test: it exits 0 whether or not the targets are met (1 when the inputs
cannot be used). The gold data has no licence for redistribution: pass it by path and keep
`--out` files outside the repository.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable

import spacy
from spacy.tokens import Doc

from toolkit.documents import Document, load_corpus
from toolkit.evaluate import PRF, Report, read_gold, score
from toolkit.nlp import annotate, load_pipeline, pipeline_label, pipeline_name
from toolkit.records import write_annotations

RUNS = 3
SPEED_TARGET = 1.15  # annotation time / bare pipeline time
BASELINE_VERBS = ("said", "says")
# (label, how to read it from a report, threshold)
TARGETS: tuple[tuple[str, Callable[[Report], float], float], ...] = (
    ("content F1 partial", lambda r: r.content.partial.f1, 0.75),
    ("content F1 exact", lambda r: r.content.exact.f1, 0.50),
    ("source accuracy", lambda r: r.source_accuracy, 0.85),
    ("cue F1 partial", lambda r: r.cue.partial.f1, 0.80),
)


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark; returns 0 once it has measured, 1 when the inputs cannot be used."""
    parser = argparse.ArgumentParser(
        description="Reads PolNeAR-format gold attributions (JSON Lines), annotates their "
        "articles, prints the annotation speed against bare spaCy and the claims' scores "
        "(toolkit and a naive 'said' baseline) against the targets. Writes nothing unless --out.",
    )
    parser.add_argument("gold", metavar="GOLD.jsonl", help="gold attributions (polnear-dev.jsonl)")
    parser.add_argument("--limit", type=int, metavar="N", help="only the first N gold documents")
    parser.add_argument(
        "--out",
        metavar="PRED.jsonl",
        help="also write the toolkit's annotation records here (outside the repository: "
        "they hold the gold texts)",
    )
    args = parser.parse_args(argv)

    try:
        gold = read_gold(args.gold)[: args.limit]
        documents = _documents(args.gold, gold)
    except ValueError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    texts = [document.text for document in documents]
    bare_nlp = spacy.load(pipeline_name())
    toolkit_nlp = load_pipeline()

    (bare_seconds, bare_docs), (toolkit_seconds, annotations) = _best_times(
        lambda: list(bare_nlp.pipe(texts)),
        lambda: list(annotate(documents, nlp=toolkit_nlp)),
    )
    for record, annotation in zip(gold, annotations):
        if annotation.text != record["text"]:
            why = "the annotated text differs from the gold text"
            print(f"error: {args.gold}: document {record['id']!r}: {why}", file=sys.stderr)
            return 1
    if args.out:
        write_annotations(args.out, annotations)

    toolkit_report = score(gold, annotations)
    baseline_report = score(gold, [_baseline(record, doc) for record, doc in zip(gold, bare_docs)])

    attributions = sum(len(record["attributions"]) for record in gold)
    print(f"{args.gold}: {len(gold)} documents, {attributions} gold attributions")
    print(f"pipeline {pipeline_label(toolkit_nlp)}; {sum(map(len, bare_docs))} tokens")
    print()
    print(_speed_table(bare_seconds, toolkit_seconds, bare_nlp, toolkit_nlp))
    print()
    print(_score_table(toolkit_report, baseline_report))
    print()
    print(_target_table(toolkit_report, baseline_report, toolkit_seconds / bare_seconds))
    if args.out:
        print(f"\ntoolkit predictions -> {args.out}")
    return 0


def _documents(path: str, gold: list[dict]) -> list[Document]:
    """The gold records' articles as toolkit documents, in gold order, with the gold texts."""
    corpus = load_corpus(path, warn=False)
    by_id = {document.id: document for document in corpus.documents}
    documents = []
    for record in gold:
        document = by_id.get(record["id"])
        if document is None:
            problems = "; ".join(str(p) for p in corpus.problems) or "not read"
            raise ValueError(f"{path}: document {record['id']!r} cannot be read ({problems})")
        if document.text != record["text"]:
            raise ValueError(f"{path}: document {record['id']!r} was read with a different text")
        documents.append(document)
    return documents


def _best_times(*runs: Callable[[], list]) -> list[tuple[float, list]]:
    """Each run's best wall-clock time of RUNS, and its last result.

    Every run is warmed up once first; the timed runs then take turns, so a slow spell of the
    machine hits both alike.
    """
    results = [run() for run in runs]
    best = [float("inf")] * len(runs)
    for _ in range(RUNS):
        for k, run in enumerate(runs):
            started = time.perf_counter()
            results[k] = run()
            best[k] = min(best[k], time.perf_counter() - started)
    return list(zip(best, results))


def _baseline(record: dict, doc: Doc) -> dict:
    """The naive rule: per sentence, the first "said"/"says"; content after it, source before it."""
    claims = []
    for sentence in doc.sents:
        verb = next((t for t in sentence if t.lower_ in BASELINE_VERBS), None)
        if verb is None:
            continue
        after = list(doc[verb.i + 1 : sentence.end])
        paragraph_end = next((k for k, t in enumerate(after) if "\n" in t.text), len(after))
        after = after[:paragraph_end]
        while after and (after[0].is_punct or after[0].is_space):
            after.pop(0)
        while after and (after[-1].is_punct or after[-1].is_space):
            after.pop()
        if not after:
            continue
        before = []
        for token in reversed(doc[sentence.start : verb.i]):
            if not token.text[:1].isupper():
                break
            before.insert(0, token)
        claims.append(
            {
                "source": [before[0].idx, before[-1].idx + len(before[-1])] if before else None,
                "cue": [verb.idx, verb.idx + len(verb)],
                "content": [after[0].idx, after[-1].idx + len(after[-1])],
            }
        )
    return {"id": record["id"], "text": record["text"], "claims": claims}


def _speed_table(bare: float, annotated: float, bare_nlp, toolkit_nlp) -> str:
    """Both times, their ratio and the speed target."""
    ratio = annotated / bare
    return "\n".join(
        [
            f"speed (best of {RUNS} alternating runs, after a warm-up run of each)",
            f"  bare spaCy   list(nlp.pipe(texts))  {bare:7.2f} s   "
            f"({len(bare_nlp.pipe_names)} components)",
            f"  toolkit      annotate(documents)    {annotated:7.2f} s   "
            f"(+ {', '.join(sorted(set(toolkit_nlp.pipe_names) - set(bare_nlp.pipe_names)))})",
            f"  ratio        {ratio:.3f}   target <= {SPEED_TARGET:.2f}   "
            f"{_mark(ratio <= SPEED_TARGET)}",
        ]
    )


def _score_table(toolkit: Report, baseline: Report) -> str:
    """Toolkit and baseline scores side by side, one row per role and matching."""
    header = (
        f"{'role':<8} {'match':<8} | {'toolkit':>7} {'P':>6} {'R':>6} {'F1':>6} "
        f"| {'baseline':>8} {'P':>6} {'R':>6} {'F1':>6} | {'gold':>5}"
    )
    lines = [header, "-" * len(header)]
    for role in ("content", "source", "cue"):
        for match in ("exact", "partial"):
            ours: PRF = getattr(getattr(toolkit, role), match)
            theirs: PRF = getattr(getattr(baseline, role), match)
            lines.append(
                f"{role:<8} {match:<8} | {ours.predicted:>7} {ours.precision:>6.3f} "
                f"{ours.recall:>6.3f} {ours.f1:>6.3f} | {theirs.predicted:>8} "
                f"{theirs.precision:>6.3f} {theirs.recall:>6.3f} {theirs.f1:>6.3f} | {ours.gold:>5}"
            )
    lines.append(
        f"{'source accuracy':<17} | {'':>7} {'':>6} {'':>6} {toolkit.source_accuracy:>6.3f} "
        f"| {'':>8} {'':>6} {'':>6} {baseline.source_accuracy:>6.3f} |"
    )
    lines.append("(toolkit / baseline columns: predicted spans, then P, R, F1)")
    return "\n".join(lines)


def _target_table(toolkit: Report, baseline: Report, ratio: float) -> str:
    """Each target with the toolkit's and the baseline's figure and a PASS/FAIL mark."""
    lines = [f"{'target':<22} {'wanted':>8} {'toolkit':>8} {'baseline':>9}"]
    met = 0
    for label, figure, threshold in TARGETS:
        ours, theirs = figure(toolkit), figure(baseline)
        met += ours >= threshold
        lines.append(
            f"{label:<22} {'>= ' + format(threshold, '.2f'):>8} {ours:>8.3f} {theirs:>9.3f}   "
            f"{_mark(ours >= threshold)}"
        )
    met += ratio <= SPEED_TARGET
    lines.append(
        f"{'annotation / bare time':<22} {'<= ' + format(SPEED_TARGET, '.2f'):>8} {ratio:>8.3f} "
        f"{'':>9}   {_mark(ratio <= SPEED_TARGET)}"
    )
    lines.append(f"{met} of {len(TARGETS) + 1} targets met")
    return "\n".join(lines)


def _mark(passed: bool) -> str:
    """PASS or FAIL."""
    return "PASS" if passed else "FAIL"


if __name__ == "__main__":
    sys.exit(main())
