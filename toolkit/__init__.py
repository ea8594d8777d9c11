"""Who claims what in news: actors and attributed claims as pandas tables, plots and HTML reports.

Example:
    >>> import toolkit
    >>> records = toolkit.annotate_corpus("seeds")  # doctest: +SKIP
    >>> toolkit.claims_frame(records)[["speaker", "cue", "content"]]  # doctest: +SKIP
"""

from toolkit.corpus import annotate_corpus, find_annotation, open_annotations
from toolkit.display import annotated_text, document_card, documents_table, table
from toolkit.documents import load_corpus
from toolkit.nlp import annotate, load_pipeline
from toolkit.plots import claims_per_speaker_plot, corpus_actors_plot, mentions_plot, speaks_about_plot
from toolkit.records import read_annotations, write_annotations
from toolkit.reports import build
from toolkit.tables import (
    actors_frame,
    claims_frame,
    corpus_actors_frame,
    documents_frame,
    mentions_frame,
    speaker_frame,
)

__all__ = [
    "annotate",
    "annotate_corpus",
    "annotated_text",
    "actors_frame",
    "build",
    "claims_frame",
    "claims_per_speaker_plot",
    "corpus_actors_frame",
    "corpus_actors_plot",
    "document_card",
    "documents_frame",
    "documents_table",
    "find_annotation",
    "load_corpus",
    "load_pipeline",
    "mentions_frame",
    "mentions_plot",
    "open_annotations",
    "read_annotations",
    "speaker_frame",
    "speaks_about_plot",
    "table",
    "write_annotations",
]
