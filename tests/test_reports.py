"""The build: both notebooks run with papermill, HTML rendered, index written (runs real kernels)."""

from __future__ import annotations

import re
import shutil
from html import unescape

import pytest

from toolkit.config import SEEDS_DIR
from toolkit.reports import build

pytestmark = pytest.mark.slow


def _visible_text(html: str) -> str:
    html = re.sub(r"<(script|style)\b.*?</\1>", " ", html, flags=re.S)
    return re.sub(r"\s+", " ", unescape(re.sub(r"<[^>]+>", " ", html)))


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    corpus = tmp_path_factory.mktemp("corpus")
    shutil.copy(SEEDS_DIR / "000_89192fba730c4fbc.txt", corpus)
    (corpus / "empty.txt").write_text("", encoding="utf-8")
    out = tmp_path_factory.mktemp("reports")
    return build([corpus], out=out), out


def test_build_writes_the_three_kinds_of_report(built):
    result, out = built
    names = sorted(p.name for p in out.iterdir())
    assert names == ["000_89192fba730c4fbc.html", "corpus.html", "index.html"]
    assert not result.failures
    assert [p.path.endswith("empty.txt") for p in result.skipped] == [True]


def test_document_report_shows_the_seed_actors_and_claims(built, gold):
    _, out = built
    text = _visible_text((out / "000_89192fba730c4fbc.html").read_text(encoding="utf-8"))
    for actor in gold["actors"]:
        assert actor["name"] in text
    for claim in gold["claims"]:
        assert claim["content"] in text
    assert "import toolkit" not in text  # code hidden by default


def test_document_report_embeds_its_figures(built):
    _, out = built
    html = (out / "000_89192fba730c4fbc.html").read_text(encoding="utf-8")
    assert len(re.findall(r'<img [^>]*src="data:image/png;base64,', html)) >= 2


def test_corpus_report_and_index_link_the_document(built):
    _, out = built
    corpus = (out / "corpus.html").read_text(encoding="utf-8")
    index = (out / "index.html").read_text(encoding="utf-8")
    assert 'href="./000_89192fba730c4fbc.html"' in corpus
    assert 'href="000_89192fba730c4fbc.html"' in index
    assert "Wang Yi" in _visible_text(corpus)
    assert "empty.txt" in _visible_text(index)  # the file that could not be used, with why
    assert "China advocates dual-track approach" in _visible_text(index)


def test_keep_code_shows_the_cells(tmp_path):
    result = build([SEEDS_DIR], out=tmp_path, keep_code=True)
    assert not result.failures
    text = _visible_text((tmp_path / "000_89192fba730c4fbc.html").read_text(encoding="utf-8"))
    assert re.search(r"toolkit\s*\.\s*claims_frame", text)


@pytest.mark.parametrize("name", ["document.ipynb", "corpus.ipynb"])
def test_notebooks_run_as_they_are(tmp_path, name):
    """Opened in JupyterLab and run top to bottom with their default parameters (on seeds/)."""
    import nbformat
    import papermill

    from toolkit.config import NOTEBOOKS_DIR
    from toolkit.reports import _prefer_this_python

    _prefer_this_python()
    papermill.execute_notebook(
        str(NOTEBOOKS_DIR / name), str(tmp_path / name), cwd=str(NOTEBOOKS_DIR), progress_bar=False
    )
    executed = nbformat.read(tmp_path / name, as_version=4)
    outputs = [o for c in executed.cells if c.cell_type == "code" for o in c.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    assert any("Wang Yi" in str(o.get("data", {}).get("text/html", "")) for o in outputs)
