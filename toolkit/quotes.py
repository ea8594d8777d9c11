"""Quotations in news text: where they open and close, whatever the marks.

News typography mixes straight, curly, doubled and guillemet marks, leaves quotes unbalanced
and carries a quotation over paragraphs by reopening it without closing it (the paragraph ends
inside the quote and the next one starts with a new opening mark). The claims component
(`toolkit.claims`) reads quotations through these functions.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

OPEN_QUOTES = {'"': '"', "“": "”", "„": "“", "«": "»", "''": "''", "``": "''"}
# a straight mark closed by a curly one, or the reverse, when its own is missing
_MIXED_CLOSE = {'"': "”", "“": '"'}
_CLOSE_QUOTES = {"”", '"', "»", "“", "''"}
_OPENING = re.compile("|".join(re.escape(mark) for mark in OPEN_QUOTES))
_SPACES = re.compile(r"\s*")
Quote = tuple[int, int]  # character span of a quotation, its marks included


class Quotations(list):
    """The quotations of a text (`quote_spans`), carrying the text: `Doc.text` is rebuilt on
    every access, too slow to call per candidate cue."""

    def __init__(self, text: str):
        super().__init__(quote_spans(text))
        self.text = text


def quote_spans(text: str) -> list[Quote]:
    """Quotations, marks included; a paragraph ending inside a quote continues when the next
    paragraph reopens it, else the quote ends with its paragraph."""
    spans, i = [], 0
    while True:
        found = _OPENING.search(text, i)
        if found is None:
            return spans
        i, mark = found.start(), found.group()
        if i > 0 and text[i - 1].isalnum() and (mark == '"' or len(mark) == 2):
            i += 1  # a straight or doubled mark after a letter closes, it does not open
            continue
        closing = OPEN_QUOTES[mark]
        search = i + len(mark)
        while True:
            paragraph_end = text.find("\n", search)
            paragraph_end = len(text) if paragraph_end < 0 else paragraph_end
            close = text.find(closing, search, paragraph_end)
            if close < 0 and mark in _MIXED_CLOSE:  # '"A,” he said': typography mixed up
                close = text.find(_MIXED_CLOSE[mark], search, paragraph_end)
                closing = _MIXED_CLOSE[mark] if close >= 0 else closing
            if close >= 0 or paragraph_end >= len(text):
                break
            reopened = _SPACES.match(text, paragraph_end).end()
            if not text.startswith(mark, reopened):
                break
            search = reopened + len(mark)
        end = close + len(closing) if close >= 0 else len(text[i:paragraph_end].rstrip()) + i
        if end > i + len(mark) + 1:
            spans.append((i, end))
        i = max(end, i + 1)


def quoted(span: tuple[int, int], quotes: list[Quote]) -> bool:
    """A span lying inside a quotation: a cue there is part of what is quoted."""
    return any(q_start < span[0] and span[1] < q_end for q_start, q_end in quotes)


def quote_kind(content: tuple[int, int], quotes: list[Quote]) -> str:
    """direct when the content is all quoted, mixed when partly, indirect otherwise."""
    start, end = content
    inside = sum(max(0, min(end, q_end) - max(start, q_start)) for q_start, q_end in quotes)
    if inside == 0:
        return "indirect"
    if inside >= (end - start) - 2:
        return "direct"
    return "mixed"


def reach_quote_end(span: tuple[int, int], quotes: list[Quote]) -> tuple[int, int]:
    """Extend a span that ends inside a quotation to the quotation's end."""
    start, end = span
    for q_start, q_end in quotes:
        if q_start < end < q_end:
            end = q_end
    return start, end


def is_quote_mark(token: Token) -> bool:
    """A token that is a quote mark."""
    return token.text in OPEN_QUOTES or token.text in _CLOSE_QUOTES or token.text in ("‘", "’")
