"""Who claims what in news: actors and attributed claims as pandas tables, plots and HTML reports.

Names are imported on first use, so a notebook that reads stored annotations never loads spaCy.

Example:
    >>> import toolkit
    >>> records = toolkit.annotate_corpus("seeds")  # doctest: +SKIP
    >>> toolkit.claims_frame(records)[["speaker", "cue", "content"]]  # doctest: +SKIP
"""

from __future__ import annotations

from importlib import import_module

_WHERE = {
    "annotate": "toolkit.nlp",
    "load_pipeline": "toolkit.nlp",
    "annotate_corpus": "toolkit.corpus",
    "find_annotation": "toolkit.corpus",
    "open_annotations": "toolkit.corpus",
    "annotated_text": "toolkit.display",
    "document_card": "toolkit.display",
    "documents_table": "toolkit.display",
    "table": "toolkit.display",
    "load_corpus": "toolkit.documents",
    "claims_per_speaker_plot": "toolkit.plots",
    "corpus_actors_plot": "toolkit.plots",
    "mentions_plot": "toolkit.plots",
    "speaks_about_plot": "toolkit.plots",
    "read_annotations": "toolkit.records",
    "write_annotations": "toolkit.records",
    "build": "toolkit.reports",
    "actors_frame": "toolkit.tables",
    "claims_frame": "toolkit.tables",
    "corpus_actors_frame": "toolkit.tables",
    "documents_frame": "toolkit.tables",
    "mentions_frame": "toolkit.tables",
    "speaker_frame": "toolkit.tables",
}

__all__ = sorted(_WHERE)


def __getattr__(name: str):
    """Import a public name from its module the first time it is used."""
    if name not in _WHERE:
        raise AttributeError(f"module 'toolkit' has no attribute {name!r}")
    value = getattr(import_module(_WHERE[name]), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
