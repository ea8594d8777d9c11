"""Scoring attributions (source, cue, content) against a gold standard.

The conventions are those of the PARC and PolNeAR literature, as `eval/README.md` of the shared
data states them:

- tokens are runs of word characters or single punctuation marks (`\\w+|[^\\w\\s]`); a span's
  tokens are the tokens lying wholly inside it;
- each role (content, source, cue) is scored on its own, document by document, gold spans of
  that role against predicted spans of that role (null spans are left out);
- exact: a predicted span matches a gold span covering exactly the same tokens, one to one;
- partial: predicted and gold spans are paired one to one by token overlap, largest overlap
  first; a pair earns overlap/|predicted tokens| towards precision and overlap/|gold tokens|
  towards recall;
- source accuracy: among the content pairs of the partial matching, the share whose predicted
  source shares a token with the gold source (a gold null source is right only when the
  prediction has no source either).

Counts are summed over all documents before dividing (micro-averaged). A ratio whose
denominator is zero is reported as 0.0. A span without any token (only spaces) is counted
but never matches.
"""

from __future__ import annotations

import bisect
import json
import os
import re
import warnings
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass

from toolkit.records import Annotation

ROLES = ("content", "source", "cue")
_TOKEN = re.compile(r"\w+|[^\w\s]")
_SHOWN_IDS = 5  # unknown predicted ids named in the warning

Span = tuple[int, int]
Tokens = frozenset[int]


class EvaluationWarning(UserWarning):
    """Something in the inputs that does not stop the scoring (predicted ids not in gold)."""


@dataclass(frozen=True)
class PRF:
    """Precision, recall and F1 of one role under one matching, with the span counts."""

    precision: float
    recall: float
    f1: float
    predicted: int
    gold: int


@dataclass(frozen=True)
class RoleScores:
    """The scores of one role: exact and partial (token overlap) matching."""

    exact: PRF
    partial: PRF


@dataclass(frozen=True)
class Report:
    """The scores of a set of predictions against gold attributions.

    Attributes:
        content, source, cue: The scores of each role.
        source_accuracy: Among matched content pairs, the share with a right source.
        documents: The gold documents scored (those without a prediction included).
    """

    content: RoleScores
    source: RoleScores
    cue: RoleScores
    source_accuracy: float
    documents: int

    def to_dict(self) -> dict:
        """The report as plain data, ready for `json.dumps`."""
        return asdict(self)

    def table(self) -> str:
        """The report as a fixed-width text table, one row per role and matching."""
        lines = [
            f"{self.documents} gold documents",
            f"{'role':<8} {'match':<8} {'P':>6} {'R':>6} {'F1':>6} {'predicted':>9} {'gold':>6}",
        ]
        for role in ROLES:
            scores: RoleScores = getattr(self, role)
            for match in ("exact", "partial"):
                prf: PRF = getattr(scores, match)
                lines.append(
                    f"{role:<8} {match:<8} {prf.precision:>6.3f} {prf.recall:>6.3f} {prf.f1:>6.3f} "
                    f"{prf.predicted:>9} {prf.gold:>6}"
                )
        lines.append(f"source accuracy (matched content pairs): {self.source_accuracy:.3f}")
        return "\n".join(lines)


def score(
    gold_records: Iterable[Mapping], predicted_records: Iterable[Mapping | Annotation]
) -> Report:
    """Score predicted claims against gold attributions.

    Documents are joined by "id". A gold document without a prediction counts as all missed;
    predicted documents that are not in the gold are left out, with one `EvaluationWarning`.

    Args:
        gold_records: Gold records `{"id", "text", "attributions": [{"source", "cue",
            "content"}]}` (see `read_gold`).
        predicted_records: CONTRACT.md records, or `Annotation` objects; their "claims" carry
            "source", "cue" and "content" as `[start, end]` or null.

    Returns:
        The scores of every role and the source accuracy.

    Raises:
        ValueError: An id appears twice on one side, the texts of an id differ, or a span is
            not a valid `[start, end]` of its text; the message names the id.

    Example:
        >>> text = "Smith said the plan works."
        >>> gold = [{"id": "a", "text": text,
        ...          "attributions": [{"source": [0, 5], "cue": [6, 10], "content": [11, 25]}]}]
        >>> pred = [{"id": "a", "text": text,
        ...          "claims": [{"source": [0, 5], "cue": [6, 10], "content": [11, 26]}]}]
        >>> report = score(gold, pred)
        >>> report.content.exact.f1, report.content.partial.precision, report.source_accuracy
        (0.0, 0.75, 1.0)
    """
    gold = _by_id(gold_records, "gold")
    predicted = _by_id(
        (r.to_record() if isinstance(r, Annotation) else r for r in predicted_records), "predicted"
    )
    unknown = [doc_id for doc_id in predicted if doc_id not in gold]
    if unknown:
        shown = ", ".join(repr(doc_id) for doc_id in unknown[:_SHOWN_IDS])
        more = f" and {len(unknown) - _SHOWN_IDS} more" if len(unknown) > _SHOWN_IDS else ""
        warnings.warn(
            f"{len(unknown)} predicted documents are not in the gold and were left out: "
            f"{shown}{more}",
            EvaluationWarning,
            stacklevel=2,
        )
    tally = _Tally()
    for doc_id, gold_record in gold.items():
        text = gold_record["text"]
        gold_items = [
            _attribution(a, text, doc_id, "gold") for a in gold_record.get("attributions") or ()
        ]
        predicted_record = predicted.get(doc_id)
        predicted_items = []
        if predicted_record is not None:
            if predicted_record.get("text") != text:
                raise ValueError(
                    f"document {doc_id!r}: the predicted text differs from the gold text "
                    f"({_first_difference(text, predicted_record.get('text'))}); "
                    "predictions must be made on the gold text unchanged"
                )
            predicted_items = [
                _attribution(c, text, doc_id, "predicted")
                for c in predicted_record.get("claims") or ()
            ]
        tally.add(_Tokenizer(text), gold_items, predicted_items)
    return tally.report(len(gold))


def read_gold(path: str | os.PathLike) -> list[dict]:
    """Read gold attributions from a JSON Lines file in the shared evaluation format.

    Args:
        path: A `.jsonl` file, one `{"id", "text", "attributions"}` object per line.

    Returns:
        The records, in file order.

    Raises:
        ValueError: A line is not such a record (the message names file and line).

    Example:
        >>> gold = read_gold("/path/to/polnear-dev.jsonl")  # doctest: +SKIP
        >>> len(gold), sorted(gold[0]["attributions"][0])  # doctest: +SKIP
        (80, ['content', 'cue', 'source'])
    """
    return _read_jsonl(path, "attributions", "a gold record")


def read_predictions(path: str | os.PathLike) -> list[dict]:
    """Read predictions: CONTRACT.md records as `toolkit annotate` writes them.

    Args:
        path: A `.jsonl` file, one `{"id", "text", "claims", ...}` object per line.

    Returns:
        The records, in file order.

    Raises:
        ValueError: A line is not such a record (the message names file and line).

    Example:
        >>> predictions = read_predictions("out/polnear.jsonl")  # doctest: +SKIP
        >>> report = score(read_gold("polnear-dev.jsonl"), predictions)  # doctest: +SKIP
    """
    return _read_jsonl(path, "claims", "an annotation record")


# -- reading and checking ------------------------------------------------------------------------


def _read_jsonl(path: str | os.PathLike, items: str, what: str) -> list[dict]:
    """The JSON objects of a JSON Lines file that have a string id and text and a list `items`."""
    records = []
    try:
        with open(path, encoding="utf-8") as lines:
            for number, line in enumerate(lines, 1):
                if not line.strip():
                    continue
                where = f"{os.fspath(path)}:{number}"
                try:
                    record = json.loads(line)
                except json.JSONDecodeError as error:
                    raise ValueError(f"{where}: not valid JSON ({error.msg})") from None
                problem = _record_problem(record, items)
                if problem:
                    raise ValueError(f"{where}: not {what} ({problem})")
                records.append(record)
    except UnicodeDecodeError as error:
        raise ValueError(f"{os.fspath(path)}: not UTF-8 text (byte offset {error.start})") from None
    except OSError as error:
        raise ValueError(f"{os.fspath(path)}: cannot read ({error.strerror or error})") from None
    return records


def _record_problem(record: object, items: str) -> str | None:
    """What is wrong with a record, or None."""
    if not isinstance(record, dict):
        return f"a JSON {type(record).__name__}, not an object"
    if not isinstance(record.get("id"), str):
        return 'no string "id"'
    if not isinstance(record.get("text"), str):
        return 'no string "text"'
    if not isinstance(record.get(items, []), list):
        return f'"{items}" is not a list'
    return None


def _by_id(records: Iterable[Mapping], side: str) -> dict[str, Mapping]:
    """Records keyed by id, refusing duplicates."""
    keyed: dict[str, Mapping] = {}
    for record in records:
        doc_id = record["id"]
        if doc_id in keyed:
            raise ValueError(f"document {doc_id!r} appears twice in the {side} records")
        keyed[doc_id] = record
    return keyed


def _attribution(item: Mapping, text: str, doc_id: str, side: str) -> dict[str, Span | None]:
    """The three spans of a gold attribution or a predicted claim, checked against the text."""
    spans = {}
    for role in ROLES:
        value = item.get(role)
        if value is not None:
            if (
                not isinstance(value, (list, tuple))
                or len(value) != 2
                or not all(isinstance(v, int) and not isinstance(v, bool) for v in value)
                or not 0 <= value[0] <= value[1] <= len(text)
            ):
                raise ValueError(
                    f"document {doc_id!r}: a {side} {role} span {value!r} is not [start, end] "
                    f"within the text (0 to {len(text)})"
                )
            value = (value[0], value[1])
        spans[role] = value
    return spans


def _first_difference(gold: str, predicted: object) -> str:
    """Where two texts first differ, in words."""
    if not isinstance(predicted, str):
        return "the prediction has no text"
    pairs = enumerate(zip(gold, predicted))
    at = next((i for i, (a, b) in pairs if a != b), min(len(gold), len(predicted)))
    return (
        f"gold has {len(gold)} characters, predicted {len(predicted)}; "
        f"first difference at offset {at}"
    )


# -- matching and counting ---------------------------------------------------------------------


class _Tokenizer:
    """The tokens of one text, to turn character spans into sets of token indices."""

    def __init__(self, text: str):
        matches = list(_TOKEN.finditer(text))
        self.starts = [m.start() for m in matches]
        self.ends = [m.end() for m in matches]

    def tokens(self, span: Span) -> Tokens:
        """Indices of the tokens lying wholly inside a character span."""
        first = bisect.bisect_left(self.starts, span[0])
        last = bisect.bisect_right(self.ends, span[1])  # tokens [first, last) fit
        return frozenset(range(first, last))


def _exact_matches(predicted: list[Tokens], gold: list[Tokens]) -> int:
    """Predicted spans paired one to one with gold spans of exactly the same tokens."""
    have = Counter(t for t in predicted if t)
    want = Counter(t for t in gold if t)
    return sum(min(count, want[tokens]) for tokens, count in have.items())


def _partial_pairs(predicted: list[Tokens], gold: list[Tokens]) -> list[tuple[int, int, int]]:
    """(predicted index, gold index, overlap) pairs matched one to one, largest overlap first.

    Ties go to the pair whose overlap covers more of both spans, then to the earlier spans, so
    the matching is deterministic.
    """
    candidates = []
    for p, p_tokens in enumerate(predicted):
        for g, g_tokens in enumerate(gold):
            overlap = len(p_tokens & g_tokens)
            if overlap:
                cover = overlap / len(p_tokens) + overlap / len(g_tokens)
                candidates.append((-overlap, -cover, p, g))
    candidates.sort()
    used_p, used_g, pairs = set(), set(), []
    for negative_overlap, _, p, g in candidates:
        if p not in used_p and g not in used_g:
            used_p.add(p)
            used_g.add(g)
            pairs.append((p, g, -negative_overlap))
    return pairs


def _source_right(predicted: Tokens | None, gold: Tokens | None) -> bool:
    """Whether a matched pair's predicted source is right (shares a token, or both null)."""
    if gold is None:
        return predicted is None
    return predicted is not None and bool(predicted & gold)


class _Tally:
    """Running sums over documents."""

    def __init__(self):
        self.counts = {
            role: {"exact": 0.0, "partial_p": 0.0, "partial_r": 0.0, "predicted": 0, "gold": 0}
            for role in ROLES
        }
        self.source_right = 0
        self.content_pairs = 0

    def add(self, tokenizer: _Tokenizer, gold: list[dict], predicted: list[dict]) -> None:
        """Count one document's gold attributions and predicted claims."""
        for role in ROLES:
            gold_tokens = [tokenizer.tokens(a[role]) for a in gold if a[role] is not None]
            predicted_tokens = [tokenizer.tokens(c[role]) for c in predicted if c[role] is not None]
            counts = self.counts[role]
            counts["predicted"] += len(predicted_tokens)
            counts["gold"] += len(gold_tokens)
            counts["exact"] += _exact_matches(predicted_tokens, gold_tokens)
            for p, g, overlap in _partial_pairs(predicted_tokens, gold_tokens):
                counts["partial_p"] += overlap / len(predicted_tokens[p])
                counts["partial_r"] += overlap / len(gold_tokens[g])
        # content is never null in either format; a null one is simply not an attribution
        gold = [a for a in gold if a["content"] is not None]
        predicted = [c for c in predicted if c["content"] is not None]
        pairs = _partial_pairs(
            [tokenizer.tokens(c["content"]) for c in predicted],
            [tokenizer.tokens(a["content"]) for a in gold],
        )
        for p, g, _ in pairs:
            self.content_pairs += 1
            predicted_source, gold_source = predicted[p]["source"], gold[g]["source"]
            self.source_right += _source_right(
                None if predicted_source is None else tokenizer.tokens(predicted_source),
                None if gold_source is None else tokenizer.tokens(gold_source),
            )

    def report(self, documents: int) -> Report:
        """The report of everything counted."""
        roles = {}
        for role, c in self.counts.items():
            roles[role] = RoleScores(
                exact=_prf(c["exact"], c["exact"], c["predicted"], c["gold"]),
                partial=_prf(c["partial_p"], c["partial_r"], c["predicted"], c["gold"]),
            )
        return Report(
            content=roles["content"],
            source=roles["source"],
            cue=roles["cue"],
            source_accuracy=_ratio(self.source_right, self.content_pairs),
            documents=documents,
        )


def _prf(precision_sum: float, recall_sum: float, predicted: int, gold: int) -> PRF:
    """PRF from the credit earned towards precision and recall and the span counts."""
    precision, recall = _ratio(precision_sum, predicted), _ratio(recall_sum, gold)
    f1 = _ratio(2 * precision * recall, precision + recall)
    return PRF(precision, recall, f1, predicted, gold)


def _ratio(numerator: float, denominator: float) -> float:
    """numerator / denominator, or 0.0 when the denominator is zero."""
    return numerator / denominator if denominator else 0.0
