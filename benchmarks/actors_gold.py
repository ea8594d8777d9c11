"""Actors a researcher can trust: score the toolkit's actors and speakers against hand-made gold.

Reads gold files in the format of `tests/data/000_89192fba730c4fbc.json` (one per document, the
file stem being the document id), finds each document in the corpus folders, annotates them with
`toolkit.annotate_corpus` and prints, per document and micro-averaged over all of them:

- actor precision and recall (a predicted actor matches a gold actor, one-to-one, when the
  names are equal or the predicted canonical name equals one of the gold aliases; predicted
  actors of kind "group" count only when they match a gold actor);
- alias attachment: the share of the matched gold actors' aliases found among the mention texts
  of the predicted actor (case-insensitive, a leading "the " ignored);
- claim recall (a gold claim matches the predicted claim overlapping most of its content, when
  that overlap is at least half the gold content's characters), speaker resolution (matched
  claims whose predicted speaker is the predicted actor matched to the gold speaker) and the
  same for claims whose source is a pronoun ("he said");
- gold `not_actors` the toolkit made actors of.

It is a measurement: it exits 0 whatever the scores (2 on bad arguments or unreadable gold).

Usage:
    python benchmarks/actors_gold.py                      # benchmarks/data/*.json + the seed gold
    python benchmarks/actors_gold.py GOLD.json --corpus DIR --details
    python benchmarks/actors_gold.py --json > scores.json
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

from toolkit.records import Actor, Annotation, Claim

PROJ_ROOT = Path(__file__).resolve().parent.parent
GOLD_DIR = PROJ_ROOT / "benchmarks" / "data"
SEED_GOLD = PROJ_ROOT / "tests" / "data" / "000_89192fba730c4fbc.json"
SEEDS_DIR = PROJ_ROOT / "seeds"
SHARED_CORPUS = Path("/work/shared/corpus/wikinews_en")

TARGETS = {
    "actor_precision": 0.90,
    "actor_recall": 0.90,
    "speaker_resolution": 0.90,
    "pronoun_speakers": 0.85,
}
PRONOUNS = frozenset(
    "i we you he she it they me us him her them his its their our my".split()
)
MIN_CLAIM_OVERLAP = 0.5  # share of the gold content's characters a predicted claim must cover
_DOCUMENT_SUFFIXES = (".txt", ".text", "")


def normalize(text: str) -> str:
    """Compare form of a name or alias: case-folded, single-spaced, straight apostrophes, no leading 'the '."""
    text = " ".join(text.replace("\u2019", "'").split()).casefold()
    return text[4:] if text.startswith("the ") else text


@dataclass
class DocumentScore:
    """Counts and errors for one document; `overall` sums the counts."""

    id: str
    gold_actors: int = 0
    predicted_actors: int = 0
    matched_actors: int = 0
    gold_aliases: int = 0
    found_aliases: int = 0
    gold_claims: int = 0
    matched_claims: int = 0
    correct_speakers: int = 0
    gold_pronoun_claims: int = 0
    matched_pronoun_claims: int = 0
    correct_pronoun_speakers: int = 0
    missed_actors: list[str] = field(default_factory=list)
    spurious_actors: list[str] = field(default_factory=list)
    missing_aliases: dict[str, list[str]] = field(default_factory=dict)
    foreign_mentions: dict[str, list[str]] = field(default_factory=dict)
    wrong_kinds: list[str] = field(default_factory=list)
    other_names: list[str] = field(default_factory=list)
    unmatched_claims: list[str] = field(default_factory=list)
    wrong_speakers: list[dict] = field(default_factory=list)
    not_actor_hits: list[str] = field(default_factory=list)
    unlocated_claims: list[str] = field(default_factory=list)


# the integer fields, summed over documents for the micro-averages
_COUNTS = tuple(k for k, v in DocumentScore.__dataclass_fields__.items() if v.type == "int")


def gold_claims(gold: dict) -> list[dict]:
    """The gold's claims, its headline claim first (marked `headline`) when it has one."""
    claims = [dict(c, headline=False) for c in gold.get("claims") or ()]
    if gold.get("headline_claim"):
        claims.insert(0, dict(gold["headline_claim"], headline=True))
    return claims


def is_pronoun_source(claim: dict) -> bool:
    """True when the words naming the speaker are a pronoun ("he", "They")."""
    # not `normalize`: "The US" must not become the pronoun "us"
    return (claim.get("source_text") or "").strip().casefold() in PRONOUNS


def match_actors(gold_actors: Sequence[dict], predicted: Iterable[Actor]) -> tuple[dict[int, Actor], list[Actor]]:
    """Pair gold actors with predicted actors, one-to-one.

    A pair needs, in this order of preference: equal names; the gold name among the predicted
    actor's name/alias mentions (the gazetteer's "UN General Assembly" for a text saying "United
    Nations General Assembly"); the predicted canonical name equal to a gold alias; or, for a
    relative the text does not name, the same relation of actors already paired ("Murphy's
    family" and "Emily W. Murphy's family").
    All comparisons go through `normalize`.

    Args:
        gold_actors: The gold file's `actors` (name, kind, aliases ...).
        predicted: The annotation's actors.

    Returns:
        `(pairs, considered)`: gold actor index -> matched predicted actor, and the predicted
        actors that count for precision (every non-group actor, and groups that matched).

    Example:
        >>> pairs, considered = match_actors(gold["actors"], annotation.actors)  # doctest: +SKIP
    """
    predicted = list(predicted)
    names = [normalize(g["name"]) for g in gold_actors]
    aliases = [{normalize(a) for a in g.get("aliases") or ()} | {names[i]} for i, g in enumerate(gold_actors)]
    named_as = [
        {normalize(m.text) for m in actor.mentions if m.via in ("name", "alias")} for actor in predicted
    ]
    tiers = (
        lambda gi, pi: normalize(predicted[pi].name) == names[gi],
        # the actor is named in the text as the gold names it, whatever its canonical spelling
        # ("UN General Assembly" for "United Nations General Assembly")
        lambda gi, pi: names[gi] in named_as[pi],
        lambda gi, pi: normalize(predicted[pi].name) in aliases[gi],
    )
    pairs: dict[int, Actor] = {}
    taken: set[int] = set()

    def same_relative(gi: int, pi: int) -> bool:
        # "Murphy's family" and "Emily W. Murphy's family": one relation of one matched actor
        gold_relation, predicted_relation = relation(names[gi]), relation(normalize(predicted[pi].name))
        if gold_relation is None or predicted_relation is None or gold_relation[1] != predicted_relation[1]:
            return False
        owners = [g for g, actor in pairs.items() if normalize(actor.name) == predicted_relation[0]]
        return any(gold_relation[0] in aliases[g] for g in owners)

    # exact names first, so a looser match never steals an actor that has its own name
    for tier in (*tiers, same_relative):
        for gi in range(len(gold_actors)):
            if gi in pairs:
                continue
            for pi, actor in enumerate(predicted):
                if pi not in taken and tier(gi, pi):
                    pairs[gi] = actor
                    taken.add(pi)
                    break
    considered = [a for i, a in enumerate(predicted) if a.kind != "group" or i in taken]
    return pairs, considered


_RELATION = re.compile(r"^(?P<owner>.+?)'s (?P<relation>[\w -]+)$|^(?P<owner2>.+?) (?P<relation2>family|campaign|(?:legal )?team)$")


def relation(name: str) -> tuple[str, str] | None:
    """(owner, relation) of a normalized relative's name: "murphy's family", "trump legal team"."""
    match = _RELATION.match(name)
    if match is None:
        return None
    owner = match.group("owner") or match.group("owner2")
    return owner, (match.group("relation") or match.group("relation2")).split()[-1]


def locate(text: str, content: str) -> tuple[int, int] | None:
    """The span of a gold content in the text (first occurrence), or None."""
    start = text.find(content)
    return None if start < 0 or not content else (start, start + len(content))


def match_claim(span: tuple[int, int], predicted: Iterable[Claim]) -> Claim | None:
    """The predicted claim overlapping most of a gold content span, if it covers at least half."""
    best, best_overlap = None, 0
    for claim in predicted:
        overlap = min(span[1], claim.content[1]) - max(span[0], claim.content[0])
        if overlap > best_overlap:
            best, best_overlap = claim, overlap
    return best if best_overlap >= MIN_CLAIM_OVERLAP * (span[1] - span[0]) else None


def score_document(gold: dict, annotation: Annotation) -> DocumentScore:
    """Score one annotated document against its gold.

    Args:
        gold: A gold file's content.
        annotation: The toolkit's annotation of the same document.

    Returns:
        The counts and the errors, listed by name so a reader can look them up.

    Example:
        >>> score_document(gold, annotate_corpus("seeds")[0]).matched_actors  # doctest: +SKIP
        8
    """
    score = DocumentScore(id=annotation.id)
    actors = gold.get("actors") or []
    pairs, considered = match_actors(actors, annotation.actors)
    score.gold_actors, score.predicted_actors, score.matched_actors = len(actors), len(considered), len(pairs)
    score.missed_actors = [a["name"] for i, a in enumerate(actors) if i not in pairs]
    matched_ids = {a.id for a in pairs.values()}
    score.spurious_actors = [f"{a.name} ({a.kind})" for a in considered if a.id not in matched_ids]

    for gi, actor in pairs.items():
        wanted = list(dict.fromkeys(normalize(a) for a in actors[gi].get("aliases") or ()))
        found = {normalize(m.text) for m in actor.mentions}
        missing = [a for a in wanted if a not in found]
        score.gold_aliases += len(wanted)
        score.found_aliases += len(wanted) - len(missing)
        if missing:
            score.missing_aliases[actors[gi]["name"]] = missing
        allowed = set(wanted) | {normalize(actors[gi]["name"])}
        foreign = dict.fromkeys(f"{m.text} ({m.via})" for m in actor.mentions if normalize(m.text) not in allowed)
        if foreign:
            score.foreign_mentions[actors[gi]["name"]] = list(foreign)
        if normalize(actor.name) not in allowed:
            score.other_names.append(f"{actors[gi]['name']}: named {actor.name!r}")
        if actor.kind != actors[gi].get("kind"):
            score.wrong_kinds.append(f"{actors[gi]['name']}: {actor.kind}, gold {actors[gi].get('kind')}")

    gold_name_of = {pairs[gi].id: actors[gi]["name"] for gi in pairs}
    for claim in gold_claims(gold):
        pronoun = is_pronoun_source(claim)
        score.gold_claims += 1
        score.gold_pronoun_claims += pronoun
        span = locate(annotation.text, claim["content"])
        if span is None:
            score.unlocated_claims.append(claim["content"][:60])
            continue
        predicted = match_claim(span, annotation.claims)
        if predicted is None:
            score.unmatched_claims.append(_claim_label(claim))
            continue
        score.matched_claims += 1
        score.matched_pronoun_claims += pronoun
        if _speaker_is_right(claim, predicted, annotation, gold_name_of):
            score.correct_speakers += 1
            score.correct_pronoun_speakers += pronoun
        else:
            speaker = annotation.actor(predicted.speaker)
            score.wrong_speakers.append({
                "claim": _claim_label(claim),
                "gold": claim.get("speaker"),
                "predicted": speaker.name if speaker else None,
                "predicted_source": annotation.span(predicted.source) or None,
            })

    not_actors = {normalize(n): n for n in gold.get("not_actors") or ()}
    for actor in annotation.actors:
        surfaces = {normalize(actor.name)} | {normalize(m.text) for m in actor.mentions}
        for hit in sorted(surfaces & not_actors.keys()):
            score.not_actor_hits.append(f"{not_actors[hit]} -> {actor.name} ({actor.kind})")
    return score


def _speaker_is_right(claim: dict, predicted: Claim, annotation: Annotation, gold_name_of: dict[str, str]) -> bool:
    """Whether the predicted speaker is the gold speaker (or a co-speaker), or both are nobody."""
    if claim.get("speaker") is None:
        speaker = annotation.actor(predicted.speaker)
        # a generic source ("officials") may come back as an unmatched group: still nobody in particular
        return predicted.speaker is None or (
            speaker is not None and speaker.kind == "group" and speaker.id not in gold_name_of
        )
    allowed = {claim["speaker"], *(claim.get("co_speakers") or ())}
    return gold_name_of.get(predicted.speaker) in allowed


def _claim_label(claim: dict) -> str:
    """'he: "The presence of foreign forces can be …"' — how a claim is named in error lists."""
    content = claim["content"]
    short = content if len(content) <= 60 else content[:57] + "…"
    return f'{claim.get("source_text") or "(no source)"}: "{short}"'


def overall(scores: Sequence[DocumentScore]) -> dict[str, float | int | None]:
    """Micro-averaged figures over documents: each ratio from the summed counts."""
    total = {k: sum(getattr(s, k) for s in scores) for k in _COUNTS}
    return {**total, **_ratios(total)}


def _ratios(counts: dict[str, int]) -> dict[str, float | None]:
    def ratio(a: str, b: str) -> float | None:
        return counts[a] / counts[b] if counts[b] else None

    return {
        "actor_precision": ratio("matched_actors", "predicted_actors"),
        "actor_recall": ratio("matched_actors", "gold_actors"),
        "alias_attachment": ratio("found_aliases", "gold_aliases"),
        "claim_recall": ratio("matched_claims", "gold_claims"),
        "speaker_resolution": ratio("correct_speakers", "matched_claims"),
        "pronoun_claim_recall": ratio("matched_pronoun_claims", "gold_pronoun_claims"),
        "pronoun_speakers": ratio("correct_pronoun_speakers", "matched_pronoun_claims"),
    }


def document_figures(score: DocumentScore) -> dict[str, float | None]:
    """The ratios of one document."""
    return _ratios({k: getattr(score, k) for k in _COUNTS})


def find_document(document_id: str, folders: Sequence[Path]) -> Path | None:
    """The file of a document id (its file stem) in the first folder that has it."""
    for folder in folders:
        for suffix in _DOCUMENT_SUFFIXES:
            candidate = folder / f"{document_id}{suffix}"
            if candidate.is_file():
                return candidate
        found = sorted(
            p for p in folder.rglob(f"{document_id}*")
            if p.is_file() and p.stem == document_id and p.suffix in _DOCUMENT_SUFFIXES
        )
        if found:
            return found[0]
    return None


def load_gold(path: Path) -> dict:
    """Read a gold file; its document id is the file stem."""
    try:
        gold = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise SystemExit(f"{path}: not a readable gold file ({error})") from None
    if not isinstance(gold, dict) or not isinstance(gold.get("actors"), list):
        raise SystemExit(f"{path}: not a gold file (no 'actors' list)")
    return gold


def run(gold_paths: Sequence[Path], corpus: Sequence[Path], *, model: str | None = None) -> tuple[list[DocumentScore], list[str]]:
    """Annotate the gold files' documents and score them.

    Returns:
        The scores, in gold order, and the ids whose document was not found.
    """
    import toolkit  # the spaCy pipeline is only needed here

    golds = {path.stem: load_gold(path) for path in gold_paths}
    files, missing = {}, []
    for document_id in golds:
        found = find_document(document_id, corpus)
        if found is None:
            missing.append(document_id)
        else:
            files[document_id] = found
    annotations = {a.id: a for a in toolkit.annotate_corpus(*files.values(), model=model)} if files else {}
    scores = []
    for document_id in golds:
        if document_id in annotations:
            scores.append(score_document(golds[document_id], annotations[document_id]))
        elif document_id not in missing:
            missing.append(document_id)
    return scores, missing


def _fmt(value: float | None) -> str:
    return "  -  " if value is None else f"{value:.2f}"


def report(scores: Sequence[DocumentScore], missing: Sequence[str], *, details: bool = False) -> str:
    """The human-readable printout: one block per document, then the overall figures with targets."""
    lines = []
    for score in scores:
        f = document_figures(score)
        lines.append(score.id)
        lines.append(
            f"  actors P {_fmt(f['actor_precision'])} ({score.matched_actors}/{score.predicted_actors})"
            f"  R {_fmt(f['actor_recall'])} ({score.matched_actors}/{score.gold_actors})"
            f"  aliases {_fmt(f['alias_attachment'])} ({score.found_aliases}/{score.gold_aliases})"
        )
        lines.append(
            f"  claims {score.matched_claims}/{score.gold_claims}"
            f"  speakers {_fmt(f['speaker_resolution'])} ({score.correct_speakers}/{score.matched_claims})"
            f"  pronoun speakers {_fmt(f['pronoun_speakers'])}"
            f" ({score.correct_pronoun_speakers}/{score.matched_pronoun_claims} of {score.gold_pronoun_claims})"
        )
        if score.not_actor_hits:
            lines.append("  not-actors made actors: " + "; ".join(score.not_actor_hits))
        if details:
            lines.extend(_details(score))
    for document_id in missing:
        lines.append(f"{document_id}: document not found in the corpus folders (not scored)")
    total = overall(scores)
    lines.append("")
    lines.append(f"overall ({len(scores)} documents, micro-averaged)")
    rows = [
        ("actor precision", "actor_precision", "matched_actors", "predicted_actors"),
        ("actor recall", "actor_recall", "matched_actors", "gold_actors"),
        ("alias attachment", "alias_attachment", "found_aliases", "gold_aliases"),
        ("claim recall", "claim_recall", "matched_claims", "gold_claims"),
        ("speaker resolution", "speaker_resolution", "correct_speakers", "matched_claims"),
        ("pronoun claim recall", "pronoun_claim_recall", "matched_pronoun_claims", "gold_pronoun_claims"),
        ("pronoun speakers", "pronoun_speakers", "correct_pronoun_speakers", "matched_pronoun_claims"),
    ]
    for label, key, num, den in rows:
        value = total[key]
        target = TARGETS.get(key)
        verdict = ""
        if target is not None:
            met = "no data" if value is None else "met" if value >= target else "NOT MET"
            verdict = f"   target >= {target:.2f}  {met}"
        lines.append(f"  {label:<21} {_fmt(value)}  ({total[num]}/{total[den]}){verdict}")
    hits = sum(len(s.not_actor_hits) for s in scores)
    lines.append(f"  not-actors made actors {hits}")
    return "\n".join(lines)


def _details(score: DocumentScore) -> list[str]:
    lines = []
    if score.missed_actors:
        lines.append("  missed actors: " + "; ".join(score.missed_actors))
    if score.spurious_actors:
        lines.append("  spurious actors: " + "; ".join(score.spurious_actors))
    if score.other_names:
        lines.append("  canonical name not a gold form: " + "; ".join(score.other_names))
    if score.wrong_kinds:
        lines.append("  wrong kind: " + "; ".join(score.wrong_kinds))
    for name, aliases in score.missing_aliases.items():
        lines.append(f"  {name}: aliases not attached: " + ", ".join(aliases))
    for name, mentions in score.foreign_mentions.items():
        lines.append(f"  {name}: mentions that are not its gold aliases: " + ", ".join(mentions))
    for claim in score.unmatched_claims:
        lines.append(f"  claim not found: {claim}")
    for wrong in score.wrong_speakers:
        lines.append(
            f"  wrong speaker: {wrong['claim']} gold {wrong['gold']!r}, predicted {wrong['predicted']!r}"
            f" (source {wrong['predicted_source']!r})"
        )
    for claim in score.unlocated_claims:
        lines.append(f"  gold content not in text: {claim!r}")
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="Score the toolkit's actors, aliases and claim speakers against hand-annotated gold files. "
        "Reads gold JSON files and the documents they name (file stem = document id); writes a report to stdout.",
    )
    parser.add_argument("gold", nargs="*", type=Path,
                        help="gold files (default: benchmarks/data/*.json and tests/data/000_89192fba730c4fbc.json)")
    parser.add_argument("--corpus", nargs="+", type=Path, default=None,
                        help=f"folders holding the documents, searched after seeds/ (default: {SHARED_CORPUS})")
    parser.add_argument("--model", default=None, help="spaCy pipeline name (default: the toolkit's)")
    parser.add_argument("--json", action="store_true", help="print the scores as JSON")
    parser.add_argument("--details", action="store_true", help="list missed and spurious actors, aliases, wrong speakers")
    args = parser.parse_args(argv)

    gold_paths = args.gold or [*sorted(GOLD_DIR.glob("*.json")), SEED_GOLD]
    for path in gold_paths:
        if not path.is_file():
            parser.error(f"{path}: no such gold file")
    corpus = [SEEDS_DIR, *(args.corpus if args.corpus is not None else [SHARED_CORPUS])]
    scores, missing = run(gold_paths, [c for c in corpus if c.is_dir()], model=args.model)
    if args.json:
        print(json.dumps({
            "documents": [{**asdict(s), **document_figures(s)} for s in scores],
            "missing": missing,
            "overall": overall(scores),
            "targets": TARGETS,
        }, indent=1, ensure_ascii=False))
    else:
        print(report(scores, missing, details=args.details))
    return 0


if __name__ == "__main__":
    sys.exit(main())
