"""A corpus's annotations: annotate documents from files, or read annotations a build stored."""

from __future__ import annotations

import os
from collections.abc import Sequence

from toolkit.documents import load_corpus
from toolkit.records import Annotation, read_annotations


def annotate_corpus(*paths: str | os.PathLike, model: str | None = None) -> list[Annotation]:
    """Load documents (files or folders) and annotate them in one `nlp.pipe` run.

    Args:
        *paths: Files or folders of documents (seed format, plain text, JSON Lines).
        model: A spaCy pipeline name; default: see `toolkit.nlp.pipeline_name`.

    Returns:
        One annotation per readable document. Unreadable files are skipped with a warning.

    Example:
        >>> annotations = annotate_corpus("../seeds")  # doctest: +SKIP
    """
    from toolkit.nlp import annotate, load_pipeline  # spaCy only when something is annotated

    corpus = load_corpus(*paths)
    return list(annotate(corpus.documents, nlp=load_pipeline(model)))


def open_annotations(
    annotations: str | os.PathLike | None = None,
    corpus: str | os.PathLike | Sequence[str | os.PathLike] | None = None,
    *,
    model: str | None = None,
) -> list[Annotation]:
    """Annotations for a notebook: read a stored `.jsonl` if given, else annotate `corpus`.

    Args:
        annotations: A `.jsonl` file from `toolkit annotate` or `toolkit build`, or None/"".
        corpus: Files or folders to annotate when no stored annotations are given.
        model: A spaCy pipeline name for annotating.

    Returns:
        The annotations.

    Example:
        >>> open_annotations(None, "../seeds")[0].id  # doctest: +SKIP
        '000_89192fba730c4fbc'
    """
    if annotations:
        return read_annotations(annotations)
    paths = [corpus] if isinstance(corpus, (str, os.PathLike)) else list(corpus or [])
    return annotate_corpus(*paths, model=model)


def find_annotation(annotations: Sequence[Annotation], document_id: str | None = None) -> Annotation:
    """The annotation of one document (the first when `document_id` is empty).

    Raises:
        KeyError: No document has that id (the message lists the ids there are).

    Example:
        >>> find_annotation(annotations, "000_89192fba730c4fbc").title  # doctest: +SKIP
    """
    if not annotations:
        raise KeyError("there are no annotated documents")
    if not document_id:
        return annotations[0]
    for annotation in annotations:
        if annotation.id == document_id:
            return annotation
    known = ", ".join(a.id for a in annotations[:10])
    raise KeyError(f"no document {document_id!r}; documents: {known}{' …' if len(annotations) > 10 else ''}")
