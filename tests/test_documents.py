"""Tests for toolkit.documents: formats, metadata, encodings and bad input."""

from __future__ import annotations

import json
import os
import signal
import warnings
from pathlib import Path

import pytest

from toolkit.config import PROJ_ROOT
from toolkit.documents import (
    Corpus,
    DocumentError,
    DocumentWarning,
    Problem,
    load_corpus,
    load_document,
)

SEED = PROJ_ROOT / "seeds" / "000_89192fba730c4fbc.txt"
# the shared data lies beside the project (a clean clone in CI has a copy there too)
WIKINEWS = PROJ_ROOT.parent / "shared" / "corpus" / "wikinews_en"
SEED_TITLE = "China advocates dual-track approach to solve Korean Peninsula nuclear issue: FM"
SEED_URL = "http://chinaplus.cri.cn/news/politics/11/20180406/113634.html"


def write(folder: Path, name: str, content: str | bytes) -> Path:
    """Write a file (text as UTF-8 without newline translation) and return its path."""
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return path


def quiet(*paths: str | os.PathLike) -> Corpus:
    """Load a corpus without emitting warnings."""
    return load_corpus(*paths, warn=False)


def only_problem(corpus: Corpus) -> Problem:
    """The single problem of a corpus."""
    assert len(corpus.problems) == 1, corpus.problems
    return corpus.problems[0]


# --- the seed format ---------------------------------------------------------------------------


def test_seed_fields() -> None:
    doc = load_document(SEED)
    assert doc.id == "000_89192fba730c4fbc"
    assert doc.title == SEED_TITLE
    assert doc.url == SEED_URL
    assert doc.source == "chinaplus.cri.cn"
    assert doc.published == "2018-04-06"
    assert doc.path == str(SEED)


def test_seed_text_is_title_blank_line_body() -> None:
    doc = load_document(SEED)
    raw = SEED.read_text(encoding="utf-8")
    body = raw.split("\n.\n", 1)[1].strip()
    assert doc.text == f"{SEED_TITLE}\n\n{body}"
    assert doc.text.startswith(SEED_TITLE + "\n\nChina advocates the Korean Peninsula")
    assert "TITLE:" not in doc.text and "LINK:" not in doc.text


def test_seed_path_is_kept_relative(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(PROJ_ROOT)
    corpus = quiet("seeds")
    assert [doc.path for doc in corpus.documents] == [os.path.join("seeds", SEED.name)]


@pytest.mark.parametrize(
    "content",
    [
        "TITLE: Talks resume LINK: https://www.Example.com/a/b\n.\n\nBody one.\n\nBody two.\n",
        "TITLE: Talks resume LINK: https://www.Example.com/a/b\n\nBody one.\n\nBody two.",
        "\n\nTITLE:Talks resume   LINK:https://www.Example.com/a/b  \n\n.\n\n\n\n"
        "Body one.\n\nBody two.\n\n\n",
    ],
    ids=["standard", "no-dot-line", "extra-blank-lines"],
)
def test_seed_format_is_read_tolerantly(tmp_path: Path, content: str) -> None:
    doc = load_document(write(tmp_path, "talks.txt", content))
    assert doc.title == "Talks resume"
    assert doc.url == "https://www.Example.com/a/b"
    assert doc.source == "example.com"
    assert doc.text == "Talks resume\n\nBody one.\n\nBody two."


def test_seed_without_link(tmp_path: Path) -> None:
    doc = load_document(write(tmp_path, "a.txt", "TITLE: Only a title\n.\n\nThe body."))
    assert (doc.title, doc.url, doc.source) == ("Only a title", None, None)
    assert doc.text == "Only a title\n\nThe body."


def test_seed_body_inner_text_is_unchanged(tmp_path: Path) -> None:
    body = "First  line\n   indented second line\n\n\n\nAfter three blank lines ."
    doc = load_document(write(tmp_path, "a.txt", f"TITLE: T LINK: http://x.org/\n.\n\n{body}\n"))
    assert doc.text == f"T\n\n{body}"


# --- plain text --------------------------------------------------------------------------------


def test_plain_text_with_title_line(tmp_path: Path) -> None:
    content = "Ministers meet in Geneva\n\n\nThe ministers met on Monday.\nThey talked.\n"
    doc = load_document(write(tmp_path, "geneva.txt", content))
    assert doc.title == "Ministers meet in Geneva"
    assert doc.text == "Ministers meet in Geneva\n\nThe ministers met on Monday.\nThey talked."
    assert (doc.url, doc.source, doc.id) == (None, None, "geneva")


@pytest.mark.parametrize(
    "first_line",
    [
        "The ministers met on Monday.",  # a sentence
        "He said:",  # ends with a colon
        " ".join(["word"] * 25),  # too long for a headline
        "Friday, January 4, 2019",  # a dateline, not a title
    ],
)
def test_plain_text_without_title_line(tmp_path: Path, first_line: str) -> None:
    content = f"\ufeff  {first_line}\n\nMore text follows here.\n\n"
    doc = load_document(write(tmp_path, "plain.text", content))
    assert doc.title is None
    assert doc.text == f"{first_line}\n\nMore text follows here."


def test_plain_text_single_paragraph_has_no_title(tmp_path: Path) -> None:
    doc = load_document(write(tmp_path, "one", "Just a short note without a full stop"))
    assert doc.title is None
    assert doc.id == "one"
    assert doc.text == "Just a short note without a full stop"


# --- JSON Lines --------------------------------------------------------------------------------


def test_jsonl_records_keep_their_text_unchanged(tmp_path: Path) -> None:
    texts = ["  Leading spaces.\r\nAnd a CRLF inside.\n", "Second\u2028record"]
    lines = [
        json.dumps({"id": "r1", "text": texts[0], "title": "One", "url": "https://www.bbc.co.uk/x",
                    "published": "2020-02-29"}),
        "",
        json.dumps({"id": "r2", "text": texts[1], "url": "https://site.org/news/2019/05/17/story"}),
    ]
    corpus = quiet(write(tmp_path, "batch.jsonl", "\n".join(lines) + "\n"))
    assert corpus.problems == ()
    first, second = corpus.documents
    assert [first.text, second.text] == texts
    assert (first.id, first.title, first.source, first.published) == ("r1", "One", "bbc.co.uk",
                                                                      "2020-02-29")
    assert (second.title, second.published) == (None, "2019-05-17")
    assert first.path == second.path == str(tmp_path / "batch.jsonl")


def test_jsonl_bad_lines_are_skipped_and_the_rest_is_read(tmp_path: Path) -> None:
    lines = [
        '{"id": "ok1", "text": "Fine."}',
        "{not json",
        '["a", "list"]',
        '{"text": "no id"}',
        '{"id": 7, "text": "numeric id"}',
        '{"id": "no-text"}',
        '{"id": "empty", "text": "   "}',
        '{"id": "ok2", "text": "Also fine.", "published": "2019-02-30"}',
    ]
    path = write(tmp_path, "mixed.jsonl", "\n".join(lines))
    corpus = quiet(path)
    assert [doc.id for doc in corpus.documents] == ["ok1", "ok2"]
    skipped = [p for p in corpus.problems if p.skipped]
    assert [p.path for p in skipped] == [f"{path}:{n}" for n in range(2, 8)]
    assert "not valid JSON" in skipped[0].message and "not a JSON object" in skipped[1].message
    assert all("record skipped" in p.message for p in skipped)
    (bad_date,) = [p for p in corpus.problems if not p.skipped]
    assert bad_date.path == f"{path}:8" and "2019-02-30" in bad_date.message
    assert corpus.documents[1].published is None


# --- encodings ---------------------------------------------------------------------------------


def test_utf8_bom_and_crlf(tmp_path: Path) -> None:
    raw = "\ufeffTITLE: Café talks LINK: http://a.org/\r\n.\r\n\r\nLine one.\r\nLine two.\r\n"
    doc = load_document(write(tmp_path, "bom.txt", raw))
    assert doc.title == "Café talks"
    assert doc.text == "Café talks\n\nLine one.\nLine two."


def test_old_mac_cr_line_ends(tmp_path: Path) -> None:
    doc = load_document(write(tmp_path, "cr.txt", "Headline here\r\rBody one.\rBody two.\r"))
    assert doc.title == "Headline here"
    assert doc.text == "Headline here\n\nBody one.\nBody two."


def test_windows_1252_fallback_warns_and_reads(tmp_path: Path) -> None:
    raw = "TITLE: Quotes LINK: http://a.org/\n.\n\nHe said \u201cno\u201d.".encode("cp1252")
    path = write(tmp_path, "cp.txt", raw)
    with pytest.warns(DocumentWarning, match=r"cp\.txt: not UTF-8 \(byte 0x93 at offset \d+\); "
                                             r"read as Windows-1252"):
        corpus = load_corpus(path)
    assert corpus.documents[0].text == "Quotes\n\nHe said \u201cno\u201d."
    problem = only_problem(corpus)
    assert problem.path == str(path) and not problem.skipped
    offset = raw.index(b"\x93")
    assert f"at offset {offset}" in problem.message


# --- bad input ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"", "empty file (0 bytes)"),
        (b"  \n\r\n\t \n", "empty file (only whitespace)"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
        (bytes(range(1, 32)) * 20, "control characters"),
        (b"\x81\x8d\x8f\x90\x9d" * 10, "not UTF-8 or Windows-1252"),
        (b"TITLE: Lonely headline LINK: http://a.org/x\n.\n\n  \n", "TITLE line but no body"),
    ],
    ids=["zero-bytes", "whitespace", "nul-bytes", "control-chars", "undecodable", "no-body"],
)
def test_bad_file_is_one_skipped_problem(tmp_path: Path, content: bytes, words: str) -> None:
    bad = write(tmp_path, "bad.txt", content)
    good = write(tmp_path, "good.txt", "Good text.")
    corpus = quiet(bad, good)
    assert [doc.id for doc in corpus.documents] == ["good"]
    problem = only_problem(corpus)
    assert problem.path == str(bad) and problem.skipped
    assert words in problem.message
    with pytest.raises(DocumentError, match=f"^{bad}: "):
        load_document(bad)


def test_duplicate_id_keeps_the_first(tmp_path: Path) -> None:
    first = write(tmp_path, "a/story.txt", "First version.")
    second = write(tmp_path, "b/story.txt", "Second version.")
    records = write(tmp_path, "c.jsonl", '{"id": "story", "text": "Third."}\n')
    corpus = quiet(tmp_path)
    assert [doc.text for doc in corpus.documents] == ["First version."]
    assert [p.path for p in corpus.problems] == [str(second), f"{records}:1"]
    assert all("duplicate id 'story'" in p.message and str(first) in p.message
               for p in corpus.problems)
    assert all(p.skipped for p in corpus.problems)


def test_broken_symlink_is_reported(tmp_path: Path) -> None:
    link = tmp_path / "gone.txt"
    link.symlink_to(tmp_path / "nowhere.txt")
    problem = only_problem(quiet(link))
    assert problem.path == str(link) and problem.skipped and "broken link" in problem.message


def test_symlink_loop_is_reported(tmp_path: Path) -> None:
    loop = tmp_path / "loop.txt"
    loop.symlink_to(loop)
    problem = only_problem(quiet(loop))
    assert problem.skipped and "cannot read" in problem.message


def test_fifo_is_not_read(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)  # opening it for reading would block: it must be refused before that
    write(tmp_path, "zz.txt", "Still read.")

    def hang(signum: int, frame: object) -> None:
        raise TimeoutError("load_corpus blocked on a FIFO")

    previous = signal.signal(signal.SIGALRM, hang)
    signal.alarm(5)
    try:
        corpus = quiet(tmp_path)
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
    assert [doc.id for doc in corpus.documents] == ["zz"]
    problem = only_problem(corpus)
    assert problem.path == str(fifo) and "not a regular file" in problem.message


def test_missing_path_is_reported_and_others_go_on(tmp_path: Path) -> None:
    missing = tmp_path / "missing.txt"
    corpus = quiet(missing, SEED)
    assert len(corpus.documents) == 1
    problem = only_problem(corpus)
    assert problem.path == str(missing) and "no such file" in problem.message
    with pytest.raises(DocumentError, match="missing.txt: no such file"):
        load_document(missing)


def test_load_document_refuses_folders_and_multi_record_files(tmp_path: Path) -> None:
    with pytest.raises(DocumentError, match="is a folder"):
        load_document(tmp_path)
    two = write(tmp_path, "two.jsonl", '{"id": "a", "text": "A"}\n{"id": "b", "text": "B"}\n')
    with pytest.raises(DocumentError, match="holds 2 records"):
        load_document(two)


# --- folders and warnings ----------------------------------------------------------------------


def test_folder_order_suffixes_and_hidden_files(tmp_path: Path) -> None:
    write(tmp_path, "b.txt", "B text.")
    write(tmp_path, "a/z.text", "Z text.")
    write(tmp_path, "a/c", "C text.")
    write(tmp_path, ".hidden.txt", "Hidden.")
    write(tmp_path, ".git/x.txt", "Hidden folder.")
    write(tmp_path, "notes.md", "# Notes")
    write(tmp_path, "data.jsonl", '{"id": "j", "text": "J text."}')
    corpus = quiet(tmp_path)
    assert [doc.id for doc in corpus.documents] == ["c", "z", "b", "j"]
    problem = only_problem(corpus)
    assert problem.message == (
        "not a document file (.md); skipped (documents are .txt, .text or .jsonl)"
    )
    explicit = quiet(tmp_path / "notes.md")  # named explicitly: read as text anyway
    assert [doc.text for doc in explicit.documents] == ["# Notes"]


def test_folder_link_back_up_the_tree_is_read_once(tmp_path: Path) -> None:
    write(tmp_path, "news/a.txt", "A text.")
    (tmp_path / "news" / "again").symlink_to(tmp_path / "news")
    corpus = quiet(tmp_path / "news")
    assert [doc.id for doc in corpus.documents] == ["a"]
    assert corpus.problems == ()


def test_warnings_follow_the_warn_flag(tmp_path: Path) -> None:
    empty = write(tmp_path, "empty.txt", b"")
    with pytest.warns(DocumentWarning, match=f"^{empty}: empty file"):
        load_corpus(empty)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert len(load_corpus(empty, warn=False).problems) == 1


# --- publication dates -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "published"),
    [
        ("http://chinaplus.cri.cn/news/politics/11/20180406/113634.html", "2018-04-06"),
        ("https://www.example.com/2018/04/06/some-story/", "2018-04-06"),
        ("https://example.com/world/2018-04-06/story.html", "2018-04-06"),
        ("https://example.com/world/story-20180406.html", "2018-04-06"),
        ("https://example.com/news/20181306/story", None),  # month 13
        ("https://example.com/news/18000406/story", None),  # before 1900
        ("https://example.com/story?date=2018-04-06", None),  # not in the path
    ],
)
def test_published_from_url(tmp_path: Path, url: str, published: str | None) -> None:
    doc = load_document(write(tmp_path, "x.txt", f"TITLE: T LINK: {url}\n.\n\nBody."))
    assert doc.published == published


@pytest.mark.parametrize(
    ("dateline", "published"),
    [
        ("November 24, 2004", "2004-11-24"),
        ("Friday, January 4, 2019", "2019-01-04"),
        ("4 January 2019", "2019-01-04"),
        ("Sept. 3, 2010", "2010-09-03"),
        ("February 30, 2019", None),
        ("On November 24, 2004 the markets fell.", None),  # a date inside a sentence
    ],
)
def test_published_from_dateline(tmp_path: Path, dateline: str, published: str | None) -> None:
    content = f"TITLE: T LINK: https://en.wikinews.org/wiki/T\n.\n\n{dateline}\n\nBody."
    assert load_document(write(tmp_path, "x.txt", content)).published == published


def test_published_precedence_url_then_dateline_then_file_name(tmp_path: Path) -> None:
    body = "\n.\n\nMarch 3, 2011\n\nBody."
    url_doc = write(tmp_path, "2001-01-01_a.txt", "TITLE: T LINK: http://a.org/2010/05/06/x" + body)
    dateline_doc = write(tmp_path, "2001-01-01_b.txt", "TITLE: T LINK: http://a.org/x" + body)
    name_doc = write(tmp_path, "2001-01-01_c.txt", "TITLE: T LINK: http://a.org/x\n.\n\nBody.")
    undated = write(tmp_path, "2001-13-01_d.txt", "TITLE: T\n.\n\nBody. Published 2010-05-06.")
    got = [load_document(path).published for path in (url_doc, dateline_doc, name_doc, undated)]
    assert got == ["2010-05-06", "2011-03-03", "2001-01-01", None]


# --- the Wikinews corpus -----------------------------------------------------------------------


def test_wikinews_folder() -> None:
    if not WIKINEWS.is_dir():
        pytest.skip(f"{WIKINEWS} is not here")
    corpus = quiet(WIKINEWS)
    assert len(corpus.documents) == 413
    assert {(Path(p.path).name, p.skipped) for p in corpus.problems} == {
        ("README.md", True), ("manifest.tsv", True)}
    names = [Path(doc.path).name for doc in corpus.documents]
    assert names == sorted(names)
    for doc in corpus.documents:
        assert doc.title and doc.url and doc.url.startswith("https://en.wikinews.org/wiki/")
        assert doc.source == "en.wikinews.org"
        assert doc.published and doc.published[:4] == doc.id[:4]
        assert doc.text.startswith(doc.title + "\n\n") and not doc.text.endswith("\n")
