"""The annotation record of CONTRACT.md as frozen dataclasses, and its JSON Lines file."""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

ACTOR_KINDS = ("person", "state", "organization", "group")
MENTION_VIAS = ("name", "alias", "pronoun", "description", "demonym", "metonym")
QUOTE_KINDS = ("direct", "indirect", "mixed")
CLAIM_TYPES = ("normative", "assertive", "evaluative", "intention", "prediction")


@dataclass(frozen=True)
class Mention:
    """One place in the text where an actor is named or referred to."""

    start: int
    end: int
    text: str
    via: str


@dataclass(frozen=True)
class Actor:
    """A person, state, organization or group, with every mention of it in one document."""

    id: str
    name: str
    kind: str
    roles: tuple[str, ...] = ()
    affiliation: str | None = None
    mentions: tuple[Mention, ...] = ()


@dataclass(frozen=True)
class Claim:
    """An attributed statement: who (speaker, source), how (cue) and what (content)."""

    speaker: str | None
    source: tuple[int, int] | None
    cue: tuple[int, int] | None
    content: tuple[int, int]
    quote: str
    type: str
    mentions: tuple[str, ...] = ()
    headline: bool = False


@dataclass(frozen=True)
class Annotation:
    """One annotated document: its metadata, text, actors and claims (CONTRACT.md)."""

    id: str
    title: str | None
    url: str | None
    source: str | None
    published: str | None
    text: str
    actors: tuple[Actor, ...] = ()
    claims: tuple[Claim, ...] = ()
    pipeline: str | None = field(default=None, compare=False)

    def span(self, span: tuple[int, int] | None) -> str:
        """The text of a `(start, end)` span, or an empty string for None."""
        return "" if span is None else self.text[span[0] : span[1]]

    def actor(self, actor_id: str | None) -> Actor | None:
        """The actor with this id, if the document has it."""
        return next((a for a in self.actors if a.id == actor_id), None)

    def to_record(self) -> dict:
        """The CONTRACT.md record, ready for `json.dumps`."""
        return {
            "id": self.id,
            "title": self.title,
            "url": self.url,
            "source": self.source,
            "published": self.published,
            "text": self.text,
            "actors": [
                {
                    "id": a.id,
                    "name": a.name,
                    "kind": a.kind,
                    "roles": list(a.roles),
                    "affiliation": a.affiliation,
                    "mentions": [
                        {"start": m.start, "end": m.end, "text": m.text, "via": m.via}
                        for m in a.mentions
                    ],
                }
                for a in self.actors
            ],
            "claims": [
                {
                    "speaker": c.speaker,
                    "source": list(c.source) if c.source else None,
                    "cue": list(c.cue) if c.cue else None,
                    "content": list(c.content),
                    "quote": c.quote,
                    "type": c.type,
                    "mentions": list(c.mentions),
                    "headline": c.headline,
                }
                for c in self.claims
            ],
            "pipeline": self.pipeline,
        }

    @classmethod
    def from_record(cls, record: dict) -> Annotation:
        """Rebuild an annotation from its CONTRACT.md record."""
        actors = tuple(
            Actor(
                id=a["id"],
                name=a["name"],
                kind=a["kind"],
                roles=tuple(a.get("roles") or ()),
                affiliation=a.get("affiliation"),
                mentions=tuple(Mention(**m) for m in a.get("mentions") or ()),
            )
            for a in record.get("actors") or ()
        )
        claims = tuple(
            Claim(
                speaker=c.get("speaker"),
                source=tuple(c["source"]) if c.get("source") else None,
                cue=tuple(c["cue"]) if c.get("cue") else None,
                content=tuple(c["content"]),
                quote=c.get("quote", "indirect"),
                type=c.get("type", "assertive"),
                mentions=tuple(c.get("mentions") or ()),
                headline=bool(c.get("headline", False)),
            )
            for c in record.get("claims") or ()
        )
        return cls(
            id=record["id"],
            title=record.get("title"),
            url=record.get("url"),
            source=record.get("source"),
            published=record.get("published"),
            text=record["text"],
            actors=actors,
            claims=claims,
            pipeline=record.get("pipeline"),
        )


def write_annotations(path: str | os.PathLike, annotations: Iterable[Annotation]) -> Path:
    """Write annotations as JSON Lines, atomically (a temporary file, then a rename).

    Args:
        path: The `.jsonl` file to write; its folder is created if missing.
        annotations: The annotated documents.

    Returns:
        The path written.

    Example:
        >>> write_annotations("out/seeds.jsonl", annotate_corpus("seeds"))  # doctest: +SKIP
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            for annotation in annotations:
                out.write(json.dumps(annotation.to_record(), ensure_ascii=False, sort_keys=True))
                out.write("\n")
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def read_annotations(path: str | os.PathLike) -> list[Annotation]:
    """Read annotations written by `write_annotations` or `toolkit annotate`.

    Args:
        path: A `.jsonl` file of CONTRACT.md records.

    Returns:
        The annotations, in file order.

    Raises:
        ValueError: A line is not a valid record (the message names file and line).

    Example:
        >>> [a.id for a in read_annotations("out/seeds.jsonl")]  # doctest: +SKIP
        ['000_89192fba730c4fbc']
    """
    annotations = []
    with open(path, encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                annotations.append(Annotation.from_record(json.loads(line)))
            except (ValueError, KeyError, TypeError) as error:
                raise ValueError(f"{path}:{number}: not an annotation record ({error})") from None
    return annotations
