"""Shared fixtures: the spaCy pipeline, the seed document, its annotation and its gold."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from toolkit.config import SEEDS_DIR
from toolkit.documents import Document, load_corpus
from toolkit.nlp import annotate, load_pipeline

DATA = Path(__file__).parent / "data"
SEED_ID = "000_89192fba730c4fbc"


@pytest.fixture(scope="session", autouse=True)
def private_cache(tmp_path_factory):
    """Builds in tests use their own cache, never the project's .cache/."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("TOOLKIT_CACHE", str(tmp_path_factory.mktemp("cache")))
        yield


@pytest.fixture(scope="session")
def nlp():
    return load_pipeline()


@pytest.fixture(scope="session")
def seed_document() -> Document:
    return load_corpus(SEEDS_DIR / f"{SEED_ID}.txt").documents[0]


@pytest.fixture(scope="session")
def seed(nlp, seed_document):
    return next(annotate([seed_document], nlp=nlp))


@pytest.fixture(scope="session")
def gold() -> dict:
    return json.loads((DATA / f"{SEED_ID}.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def annotate_text(nlp):
    """Annotate a bit of text (optionally with a title) as a document."""

    def run(text: str, title: str | None = None):
        full = f"{title}\n\n{text}" if title else text
        document = Document(id="t", title=title, url=None, source=None, published=None, text=full, path="t")
        return next(annotate([document], nlp=nlp))

    return run
