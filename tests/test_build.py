"""Report builds: incremental, byte-reproducible, offline, safe, fault-isolated, loss-free.

These run real papermill kernels and open the reports in headless Chromium (Debian's
`chromium`, which `.ci/run` installs).
"""

from __future__ import annotations

import filecmp
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import nbformat
import pytest

from toolkit.config import NOTEBOOKS_DIR, SEEDS_DIR
from toolkit.reports import build

pytestmark = pytest.mark.slow

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
HOSTILE = "<script>alert(1)</script> <img src=x onerror=alert(1)>"
SEED = SEEDS_DIR / "000_89192fba730c4fbc.txt"


def _corpus(folder: Path, *, extra: str = "") -> Path:
    """A small corpus: the seed, a short article and a hostile one."""
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copy(SEED, folder)
    (folder / "short.txt").write_text(
        "TITLE: Minister rejects claims LINK: https://example.org/news/2020/03/04/minister\n.\n\n"
        f"Finance Minister Jane Doe said the budget was balanced.{extra} "
        '"We will not raise taxes," she told reporters on Monday.\n',
        encoding="utf-8",
    )
    (folder / "hostile.txt").write_text(
        f"TITLE: {HOSTILE} LINK: javascript:alert(1)\n.\n\n"
        f"Senator John Roe said {HOSTILE} was harmless. {HOSTILE}\n",
        encoding="utf-8",
    )
    return folder


def _build(corpus: Path, out: Path, cache: Path, **options):
    return build([corpus], out=out, cache=cache, jobs=2, **options)


@pytest.fixture(scope="module")
def first(tmp_path_factory):
    """One clean build of the small corpus (reused by several tests below)."""
    root = tmp_path_factory.mktemp("first")
    corpus = _corpus(root / "corpus")
    result = _build(corpus, root / "out", root / "cache")
    return root, corpus, result


def test_clean_build_writes_every_report(first):
    root, _, result = first
    names = sorted(p.name for p in (root / "out").iterdir())
    assert names == ["000_89192fba730c4fbc.html", "corpus.html", "hostile.html", "index.html", "short.html"]
    assert not result.failures and not result.unchanged


def test_two_clean_builds_are_byte_identical(first, tmp_path):
    root, corpus, _ = first
    _build(corpus, tmp_path / "out", tmp_path / "cache")
    comparison = filecmp.dircmp(root / "out", tmp_path / "out")
    assert comparison.left_only == comparison.right_only == []
    for name in comparison.common_files:
        assert (root / "out" / name).read_bytes() == (tmp_path / "out" / name).read_bytes(), name


def test_no_change_rebuild_runs_no_notebook_and_one_change_rebuilds_one(first, tmp_path):
    root, corpus, _ = first
    out, cache = tmp_path / "out", tmp_path / "cache"
    shutil.copytree(root / "out", out)
    shutil.copytree(root / "cache", cache)
    again = _build(corpus, out, cache)
    assert again.reports == [] and len(again.unchanged) == 5
    changed = _corpus(tmp_path / "changed", extra=" Critics said the plan would fail.")
    shutil.copy(corpus / SEED.name, changed)
    result = _build(changed, out, cache)
    assert sorted(p.name for p in result.reports) == ["corpus.html", "index.html", "short.html"]


def test_corrupt_cache_means_a_full_rebuild(first, tmp_path):
    root, corpus, _ = first
    cache = tmp_path / "cache"
    shutil.copytree(root / "cache", cache)
    for path in cache.rglob("*"):
        if path.is_file():
            path.write_text("{not json", encoding="utf-8")
    result = _build(corpus, tmp_path / "out", cache)
    assert not result.failures and len(result.reports) == 5


def test_failing_notebook_is_listed_and_the_rest_is_built(tmp_path):
    notebooks = tmp_path / "notebooks"
    shutil.copytree(NOTEBOOKS_DIR, notebooks)
    node = nbformat.read(notebooks / "document.ipynb", as_version=4)
    node.cells.insert(4, nbformat.v4.new_code_cell('assert document != "short", "cannot analyze this one"'))
    nbformat.write(node, notebooks / "document.ipynb")
    corpus = _corpus(tmp_path / "corpus")
    result = _build(corpus, tmp_path / "out", tmp_path / "cache", notebooks=notebooks)
    assert [(p.path, "cannot analyze this one" in p.message) for p in result.failures] == [("short", True)]
    assert (tmp_path / "out" / "000_89192fba730c4fbc.html").is_file()
    assert not (tmp_path / "out" / "short.html").exists()
    index = (tmp_path / "out" / "index.html").read_text(encoding="utf-8")
    assert "cannot analyze this one" in index and 'href="short.html"' not in index


def test_bad_files_are_reported_and_good_ones_built(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(SEED, corpus)
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "binary.txt").write_bytes(b"\x89PNG\x00\x00\x01")
    result = _build(corpus, tmp_path / "out", tmp_path / "cache")
    assert sorted(Path(p.path).name for p in result.skipped) == ["binary.txt", "empty.txt"]
    assert (tmp_path / "out" / "000_89192fba730c4fbc.html").is_file()
    index = (tmp_path / "out" / "index.html").read_text(encoding="utf-8")
    assert "binary.txt" in index and "empty.txt" in index


def test_killed_build_leaves_only_complete_reports(tmp_path):
    corpus = _corpus(tmp_path / "corpus")
    out, cache = tmp_path / "out", tmp_path / "cache"
    command = [sys.executable, "-m", "toolkit.cli", "build", str(corpus), "--out", str(out),
               "--cache", str(cache), "--jobs", "1", "-q"]
    process = subprocess.Popen(command, start_new_session=True, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and not list(out.glob("*.html")):
        time.sleep(0.05)
    os.killpg(process.pid, signal.SIGKILL)  # the build and its kernels, mid-way
    process.wait()
    for report in out.glob("*.html"):
        assert report.read_text(encoding="utf-8").rstrip().endswith("</html>"), report.name
    result = _build(corpus, out, cache)
    assert not result.failures
    assert sorted(p.name for p in out.iterdir()) == [
        "000_89192fba730c4fbc.html", "corpus.html", "hostile.html", "index.html", "short.html"
    ]
    for report in out.glob("*.html"):
        assert report.read_text(encoding="utf-8").rstrip().endswith("</html>"), report.name


@pytest.fixture(scope="module")
def browser():
    if CHROMIUM is None:
        if os.environ.get("CI"):
            pytest.fail("chromium is not installed (.ci/run installs Debian's chromium)")
        pytest.skip("chromium is not installed")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=CHROMIUM,
            headless=True,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
        )
        yield chromium
        chromium.close()


def _open(browser, path: Path):
    """Open a report offline; return (requests made, dialogs fired, script elements, page text)."""
    context = browser.new_context(offline=True, java_script_enabled=True)
    page = context.new_page()
    requests, dialogs = [], []
    page.on("request", lambda request: requests.append(request.url))
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.goto(path.as_uri(), wait_until="load")
    page.wait_for_timeout(300)
    scripts = page.evaluate("document.querySelectorAll('script').length")
    links = page.evaluate("[...document.querySelectorAll('a[href]')].map(a => a.getAttribute('href'))")
    text = page.inner_text("body")
    context.close()
    return requests, dialogs, scripts, links, text


def test_hostile_document_renders_as_text(first, browser):
    root, _, _ = first
    for name in ("hostile.html", "index.html", "corpus.html"):
        requests, dialogs, scripts, links, text = _open(browser, root / "out" / name)
        assert dialogs == [], name
        assert scripts == 0, name
        assert not [href for href in links if href.lower().startswith("javascript:")], name
    *_, text = _open(browser, root / "out" / "hostile.html")
    assert "<script>alert(1)</script>" in text
    assert "javascript:alert(1)" in text  # the link is shown as text


def test_every_report_opens_offline_without_external_requests(first, browser):
    root, _, _ = first
    for report in sorted((root / "out").glob("*.html")):
        requests, dialogs, *_ = _open(browser, report)
        external = [url for url in requests if not url.startswith(("file:", "data:"))]
        assert external == [], report.name
