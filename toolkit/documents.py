"""Reading documents: seed-format and plain text files, JSON Lines records, whole folders."""

from __future__ import annotations

import codecs
import datetime
import json
import os
import re
import stat
import warnings
from collections.abc import Iterator
from dataclasses import dataclass
from urllib.parse import urlsplit

_SUFFIXES = (".txt", ".text", "", ".jsonl")  # what a folder's document files end with
_CONTROL_SHARE = 0.05  # more control characters than this and the file is not text
_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
           "september", "october", "november", "december")
_HEADER = re.compile(r"TITLE:\s*(?P<title>.*?)(?:\s*\bLINK:\s*(?P<url>.*?))?\s*", re.I)
_SEPARATOR = re.compile(r"\A(?:[ \t]*\n)*[ \t]*\.[ \t]*(?:\n|\Z)")
_TITLE_LINE = re.compile(r"(?P<title>[^\n]+)\n[ \t]*\n(?P<body>.*\S.*)", re.S)
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
_YMD = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?![\d-])")
_URL_DATES = (  # in the url path: /2018/04/06/, /2018-04-06/, /20180406/ or -20180406.html
    re.compile(r"/(\d{4})/(\d{1,2})/(\d{1,2})(?![^/_.-])"),
    re.compile(r"(?<![^/_-])(\d{4})-(\d{2})-(\d{2})(?![^/_.-])"),
    re.compile(r"(?<![^/_-])(\d{4})(\d{2})(\d{2})(?![^/_.-])"),
)
_DATELINE = re.compile(
    r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?"
    r"(?:(?P<m1>[a-z]{3,9})\.?\s+(?P<d1>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y1>\d{4})"
    r"|(?P<d2>\d{1,2})(?:st|nd|rd|th)?\s+(?P<m2>[a-z]{3,9})\.?,?\s+(?P<y2>\d{4}))",
    re.I,
)


@dataclass(frozen=True)
class Document:
    """One news document: its text and what is known about where it came from."""

    id: str
    title: str | None
    url: str | None
    source: str | None
    published: str | None
    text: str
    path: str


@dataclass(frozen=True)
class Problem:
    """Something wrong with an input file; `skipped` says whether it was left out."""

    path: str
    message: str
    skipped: bool
    ignored: bool = False  # a folder's non-document file (README.md): listed, but no failure

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


@dataclass(frozen=True)
class Corpus:
    """The documents that were read, and the problems met on the way."""

    documents: tuple[Document, ...]
    problems: tuple[Problem, ...]


class DocumentError(ValueError):
    """A file that cannot be used as a document."""


class DocumentWarning(UserWarning):
    """A problem with an input file, shown to notebook users."""


class _Unusable(Exception):
    """A file or record that cannot be used; the message says why."""


def load_corpus(*paths: str | os.PathLike, warn: bool = True) -> Corpus:
    """Read documents from files and folders, reporting bad input instead of failing.

    Folders are read recursively in name order, skipping hidden entries; in them `.txt`,
    `.text` and suffix-less files are text documents and `.jsonl` files hold one record per line.

    Args:
        *paths: Files and folders, read in the order given.
        warn: Also emit each problem as a `DocumentWarning`.

    Returns:
        The documents in a deterministic order and the problems found.

    Example:
        >>> corpus = load_corpus("seeds")
        >>> corpus.documents[0].id
        '000_89192fba730c4fbc'
    """
    documents: list[Document] = []
    problems: list[Problem] = []
    first_seen: dict[str, str] = {}
    for path in _expand(paths, problems):
        docs, found = _read_file(path)
        problems.extend(found)
        for doc, where in docs:
            if doc.id in first_seen:
                why = f"duplicate id '{doc.id}' (already read from {first_seen[doc.id]}); skipped"
                problems.append(Problem(where, why, True))
            else:
                first_seen[doc.id] = where
                documents.append(doc)
    if warn:
        for problem in problems:
            warnings.warn(str(problem), DocumentWarning, stacklevel=2)
    return Corpus(tuple(documents), tuple(problems))


def load_document(path: str | os.PathLike) -> Document:
    """Read one file as a document (a `.jsonl` file must hold exactly one record).

    Args:
        path: The file to read.

    Returns:
        The document; warnings (such as a Windows-1252 fallback) are emitted as `DocumentWarning`.

    Raises:
        DocumentError: The file cannot be used; the message names the file and the reason.

    Example:
        >>> load_document("seeds/000_89192fba730c4fbc.txt").source
        'chinaplus.cri.cn'
    """
    path = os.fspath(path)
    if os.path.isdir(path):
        raise DocumentError(f"{path}: is a folder, not a file; use load_corpus to read folders")
    docs, problems = _read_file(path)
    fatal = [problem for problem in problems if problem.skipped]
    if fatal:
        raise DocumentError(str(fatal[0]))
    if len(docs) != 1:
        raise DocumentError(f"{path}: holds {len(docs)} records; use load_corpus to read them")
    for problem in problems:
        warnings.warn(str(problem), DocumentWarning, stacklevel=2)
    return docs[0][0]


def _expand(paths: tuple[str | os.PathLike, ...], problems: list[Problem]) -> Iterator[str]:
    """Yield the files to read: each named file (whatever its suffix), and those in folders."""
    for given in paths:
        path = os.fspath(given)
        if os.path.isdir(path):
            yield from _walk(path, problems, set())
        else:
            yield path


def _walk(folder: str, problems: list[Problem], visited: set[str]) -> Iterator[str]:
    """Yield the document files under a folder in name order, reporting the others."""
    real = os.path.realpath(folder)
    if real in visited:  # a link back up the tree
        return
    visited.add(real)
    try:
        entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
    except OSError as error:
        problems.append(Problem(folder, f"cannot list folder ({error.strerror}); skipped", True))
        return
    for entry in entries:
        suffix = os.path.splitext(entry.name)[1].lower()
        if entry.name.startswith("."):
            continue
        if entry.is_dir():
            yield from _walk(entry.path, problems, visited)
        elif suffix in _SUFFIXES:
            yield entry.path
        else:
            why = f"not a document file ({suffix}); skipped (documents are .txt, .text or .jsonl)"
            problems.append(Problem(entry.path, why, True, ignored=True))


def _read_file(path: str) -> tuple[list[tuple[Document, str]], list[Problem]]:
    """Read one file into (document, location) pairs and the problems found."""
    problems: list[Problem] = []
    try:
        text, note = _decode(_read_bytes(path))
        if note:
            problems.append(Problem(path, note, False))
        if os.path.splitext(path)[1].lower() == ".jsonl":
            return _read_jsonl(path, text, problems), problems
        return [(_text_document(path, text), path)], problems
    except _Unusable as error:
        return [], [*problems, Problem(path, f"{error}; skipped", True)]


def _read_bytes(path: str) -> bytes:
    """The bytes of a regular file, or _Unusable saying why they cannot be had."""
    try:
        mode = os.stat(path).st_mode
        if stat.S_ISDIR(mode):
            raise _Unusable("is a folder, not a file")
        if not stat.S_ISREG(mode):
            raise _Unusable("not a regular file (a pipe, socket or device)")
        with open(path, "rb") as handle:
            return handle.read()
    except FileNotFoundError:
        raise _Unusable("broken link (its target does not exist)" if os.path.islink(path)
                        else "no such file or folder") from None
    except (OSError, ValueError) as error:  # ValueError: a NUL character in the path
        reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
        raise _Unusable(f"cannot read ({reason.lower()})") from None


def _decode(raw: bytes) -> tuple[str, str | None]:
    """Text with "\\n" line ends and no BOM, plus a note if it was not UTF-8."""
    if not raw:
        raise _Unusable("empty file (0 bytes)")
    if b"\x00" in raw:
        raise _Unusable("binary file, not text (contains NUL bytes)")
    bom, note = len(codecs.BOM_UTF8) if raw.startswith(codecs.BOM_UTF8) else 0, None
    try:
        text = raw[bom:].decode("utf-8")
    except UnicodeDecodeError as error:
        where = f"byte 0x{raw[bom + error.start]:02x} at offset {bom + error.start}"
        try:
            text = raw[bom:].decode("cp1252")
        except UnicodeDecodeError:
            raise _Unusable(f"binary file, not text (not UTF-8 or Windows-1252; {where})") from None
        note = f"not UTF-8 ({where}); read as Windows-1252"
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise _Unusable("empty file (only whitespace)")
    controls = sum(1 for c in text if (c < " " and c not in "\t\n\f\v") or "\x7f" <= c <= "\x9f")
    if controls > _CONTROL_SHARE * len(text):
        raise _Unusable(f"binary file, not text ({controls / len(text):.0%} control characters)")
    return text, note


def _text_document(path: str, text: str) -> Document:
    """A document from a seed-format or plain text file."""
    text = text.strip()
    name = os.path.basename(path)
    first, _, rest = text.partition("\n")
    header = _HEADER.fullmatch(first)
    if header:
        title, url = header["title"] or None, header["url"] or None
        body = _strip_blank_lines(_SEPARATOR.sub("", rest, count=1))
        if not body:
            raise _Unusable("has a TITLE line but no body text")
    else:
        url, title, body = None, None, text
        match = _TITLE_LINE.fullmatch(text)
        if match and _looks_like_title(match["title"]):
            title, body = match["title"].strip(), _strip_blank_lines(match["body"])
    published = _date_in_url(url) or _dateline(body) or _ymd(name)
    text = f"{title}\n\n{body}" if title else body
    return Document(os.path.splitext(name)[0], title, url, _source(url), published, text, path)


def _read_jsonl(path: str, text: str, problems: list[Problem]) -> list[tuple[Document, str]]:
    """The usable records of a JSON Lines file; bad lines go to `problems`."""
    docs = []
    for number, line in enumerate(text.split("\n"), start=1):
        where = f"{path}:{number}"
        if not line.strip():
            continue
        try:
            docs.append((_record(path, json.loads(line), where, problems), where))
        except json.JSONDecodeError as error:
            problems.append(Problem(where, f"not valid JSON ({error.msg}); record skipped", True))
        except _Unusable as error:
            problems.append(Problem(where, f"{error}; record skipped", True))
    return docs


def _record(path: str, record: object, where: str, problems: list[Problem]) -> Document:
    """A document from one parsed JSON Lines record."""
    if not isinstance(record, dict):
        raise _Unusable(f"not a JSON object but {type(record).__name__}")
    if not isinstance(record.get("id"), str) or not record["id"].strip():
        raise _Unusable('no string "id"')
    if not isinstance(record.get("text"), str):
        raise _Unusable('no string "text"')
    if not record["text"].strip():
        raise _Unusable('empty "text"')
    fields: dict[str, str | None] = {}
    for key in ("title", "url", "published"):
        value = record.get(key)
        if value is not None and not isinstance(value, str):
            problems.append(Problem(where, f'"{key}" is not a string; ignored', False))
        fields[key] = (value.strip() or None) if isinstance(value, str) else None
    published = fields["published"] and _ymd(fields["published"])
    if fields["published"] and not published:
        message = f'"published" is not a YYYY-MM-DD date ({fields["published"]!r}); ignored'
        problems.append(Problem(where, message, False))
    text, title, url = record["text"], fields["title"], fields["url"]
    body = text.strip().removeprefix(title) if title else text  # a dateline follows the title
    published = published or _date_in_url(url) or _dateline(body)
    return Document(record["id"], title, url, _source(url), published, text, path)


def _strip_blank_lines(text: str) -> str:
    """Text without blank lines at the start or whitespace at the end."""
    return re.sub(r"\A(?:[ \t]*\n)+", "", text).rstrip()


def _looks_like_title(line: str) -> bool:
    """Whether a first line is clearly a headline rather than a sentence or a dateline."""
    line = line.strip()
    bare = line.rstrip("\"'”’)]")
    return (bool(bare) and bare[-1] not in ".!?:;," and len(line) <= 150
            and len(line.split()) <= 20 and any(c.isalpha() for c in line)
            and not _DATELINE.fullmatch(line))


def _split_url(url: str | None) -> tuple[str | None, str]:
    """The url's host (lower case) and path; a url without a scheme is read as host/path."""
    has_scheme = url and re.match(r"[a-z][a-z0-9+.-]*://", url, re.I)
    try:
        parts = urlsplit(url if has_scheme else f"//{url}") if url else None
    except ValueError:  # e.g. an unclosed [ in the host
        return None, ""
    return (parts.hostname, parts.path) if parts else (None, "")


def _source(url: str | None) -> str | None:
    """The url's host in lower case, without "www."."""
    host = _split_url(url)[0]
    return host.removeprefix("www.") if host else None


def _valid_date(year: str, month: str | int, day: str) -> str | None:
    """The date as YYYY-MM-DD if it exists and lies between 1900 and 2100."""
    try:
        date = datetime.date(int(year), int(month), int(day))
    except ValueError:
        return None
    return date.isoformat() if 1900 <= date.year <= 2100 else None


def _date_in_url(url: str | None) -> str | None:
    """A publication date written in the url path."""
    path = _split_url(url)[1]
    for pattern in _URL_DATES:
        for match in pattern.finditer(path):
            if date := _valid_date(*match.groups()):
                return date
    return None


def _dateline(body: str) -> str | None:
    """The date of a first paragraph that is nothing but a date."""
    match = _DATELINE.fullmatch(_PARAGRAPH_BREAK.split(body.strip(), maxsplit=1)[0].strip())
    if not match:
        return None
    name = (match["m1"] or match["m2"]).lower()
    month = next((i for i, full in enumerate(_MONTHS, 1) if full.startswith(name)), None)
    year, day = match["y1"] or match["y2"], match["d1"] or match["d2"]
    return _valid_date(year, month, day) if month else None


def _ymd(value: str) -> str | None:
    """A valid YYYY-MM-DD date at the start of a value (a file name, an ISO date and time)."""
    match = _YMD.match(value)
    return _valid_date(*match.groups()) if match else None
