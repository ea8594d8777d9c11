"""pandas tables of annotations: documents, actors, mentions, claims, and actors across a corpus."""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd

from toolkit.records import Annotation


def _many(annotations: Annotation | Iterable[Annotation]) -> list[Annotation]:
    """Accept one annotation or many."""
    return [annotations] if isinstance(annotations, Annotation) else list(annotations)


def documents_frame(annotations: Annotation | Iterable[Annotation]) -> pd.DataFrame:
    """One row per document: metadata and counts.

    Args:
        annotations: One annotation or several.

    Returns:
        Columns id, title, source, published, url, words, actors, mentions, claims.

    Example:
        >>> documents_frame(annotate_corpus("seeds"))[["id", "claims"]]  # doctest: +SKIP
    """
    rows = [
        {
            "id": a.id,
            "title": a.title,
            "source": a.source,
            "published": a.published,
            "url": a.url,
            "words": len(a.text.split()),
            "actors": len(a.actors),
            "mentions": sum(len(actor.mentions) for actor in a.actors),
            "claims": len(a.claims),
        }
        for a in _many(annotations)
    ]
    columns = ["id", "title", "source", "published", "url", "words", "actors", "mentions", "claims"]
    return pd.DataFrame(rows, columns=columns)


def actors_frame(annotations: Annotation | Iterable[Annotation]) -> pd.DataFrame:
    """One row per actor per document, with its name forms and how often it speaks.

    Args:
        annotations: One annotation or several.

    Returns:
        Columns document, id, name, kind, roles, affiliation, mentions, claims, forms
        (the distinct ways the text names it), sorted by mentions within each document.

    Example:
        >>> actors_frame(annotation)[["name", "kind", "mentions"]]  # doctest: +SKIP
    """
    rows = []
    for a in _many(annotations):
        spoken = pd.Series([c.speaker for c in a.claims], dtype="object").value_counts()
        names = {actor.id: actor.name for actor in a.actors}
        for actor in a.actors:
            forms = list(dict.fromkeys(m.text for m in actor.mentions))
            rows.append(
                {
                    "document": a.id,
                    "id": actor.id,
                    "name": actor.name,
                    "kind": actor.kind,
                    "roles": ", ".join(actor.roles),
                    "affiliation": names.get(actor.affiliation, actor.affiliation),
                    "mentions": len(actor.mentions),
                    "claims": int(spoken.get(actor.id, 0)),
                    "forms": ", ".join(forms),
                }
            )
    columns = ["document", "id", "name", "kind", "roles", "affiliation", "mentions", "claims", "forms"]
    frame = pd.DataFrame(rows, columns=columns)
    return frame.sort_values(
        ["document", "mentions", "name"], ascending=[True, False, True], kind="stable"
    ).reset_index(drop=True)


def mentions_frame(annotations: Annotation | Iterable[Annotation]) -> pd.DataFrame:
    """One row per mention: which actor, where, how (name, alias, pronoun, ...).

    Example:
        >>> mentions_frame(annotation).query("via == 'pronoun'")  # doctest: +SKIP
    """
    rows = [
        {
            "document": a.id,
            "actor": actor.id,
            "name": actor.name,
            "start": m.start,
            "end": m.end,
            "text": m.text,
            "via": m.via,
        }
        for a in _many(annotations)
        for actor in a.actors
        for m in actor.mentions
    ]
    columns = ["document", "actor", "name", "start", "end", "text", "via"]
    frame = pd.DataFrame(rows, columns=columns)
    return frame.sort_values(["document", "start"], kind="stable").reset_index(drop=True)


def claims_frame(annotations: Annotation | Iterable[Annotation]) -> pd.DataFrame:
    """One row per claim: speaker, source, cue, content, direct/indirect, type.

    Args:
        annotations: One annotation or several.

    Returns:
        Columns document, speaker (name), speaker_id, source, cue, content, quote, type,
        headline, about (names of the actors the content mentions), start, end.

    Example:
        >>> claims_frame(annotation)[["speaker", "cue", "type"]]  # doctest: +SKIP
    """
    rows = []
    for a in _many(annotations):
        names = {actor.id: actor.name for actor in a.actors}
        for c in a.claims:
            rows.append(
                {
                    "document": a.id,
                    "speaker": names.get(c.speaker, c.speaker) if c.speaker else None,
                    "speaker_id": c.speaker,
                    "source": a.span(c.source) or None,
                    "cue": a.span(c.cue) or None,
                    "content": a.span(c.content),
                    "quote": c.quote,
                    "type": c.type,
                    "headline": c.headline,
                    "about": ", ".join(names.get(m, m) for m in c.mentions),
                    "start": c.content[0],
                    "end": c.content[1],
                }
            )
    columns = [
        "document", "speaker", "speaker_id", "source", "cue", "content", "quote", "type",
        "headline", "about", "start", "end",
    ]
    return pd.DataFrame(rows, columns=columns)


def corpus_actors_frame(annotations: Iterable[Annotation]) -> pd.DataFrame:
    """Actors across a corpus: in how many documents each is mentioned and speaks.

    Args:
        annotations: The corpus's annotations.

    Returns:
        Columns id, name, kind, documents, mentions, claims, speaks_in (documents where it
        has at least one claim), sorted by documents then mentions.

    Example:
        >>> corpus_actors_frame(annotations).head(10)  # doctest: +SKIP
    """
    actors = actors_frame(annotations)
    columns = ["id", "name", "kind", "documents", "mentions", "claims", "speaks_in"]
    if actors.empty:
        return pd.DataFrame(columns=columns)
    grouped = actors.groupby("id", sort=True).agg(
        name=("name", lambda names: names.value_counts().index[0]),
        kind=("kind", lambda kinds: kinds.value_counts().index[0]),
        documents=("document", "nunique"),
        mentions=("mentions", "sum"),
        claims=("claims", "sum"),
        speaks_in=("claims", lambda claims: int((claims > 0).sum())),
    )
    frame = grouped.reset_index()[columns]
    return frame.sort_values(
        ["documents", "mentions", "id"], ascending=[False, False, True], kind="stable"
    ).reset_index(drop=True)


def speaker_frame(annotations: Iterable[Annotation]) -> pd.DataFrame:
    """Claims per speaker across a corpus, by claim type (a speaker × type count table).

    Example:
        >>> speaker_frame(annotations).head()  # doctest: +SKIP
    """
    claims = claims_frame(annotations)
    claims = claims[claims["speaker"].notna()]
    if claims.empty:
        return pd.DataFrame(columns=["speaker", "claims"])
    table = pd.crosstab(claims["speaker"], claims["type"])
    table.insert(0, "claims", table.sum(axis=1))
    table["documents"] = claims.groupby("speaker")["document"].nunique()
    return table.sort_values(["claims"], ascending=False, kind="stable").reset_index()
