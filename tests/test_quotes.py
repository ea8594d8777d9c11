"""Quotation spans in news typography (`toolkit/quotes.py`)."""

from __future__ import annotations

import pytest

from toolkit.quotes import quote_kind, quote_spans, quoted, reach_quote_end


def _texts(text):
    return [text[start:end] for start, end in quote_spans(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('He said "no deal" twice.', ['"no deal"']),
        ("He said “no deal” twice.", ["“no deal”"]),
        ("He said ''no deal'' twice.", ["''no deal''"]),
        ("He said «no deal» twice.", ["«no deal»"]),
        ('"A,” he said.', ['"A,”']),  # a straight mark closed by a curly one
        ("“A,\" he said.", ["“A,\""]),  # and the reverse
    ],
)
def test_marks_of_every_kind(text, expected):
    assert _texts(text) == expected


def test_quote_continued_in_the_next_paragraph():
    text = "“We will stay.\n\n“We will not leave,” she said."
    assert _texts(text) == [text[: text.index("”") + 1]]


def test_unbalanced_quote_ends_with_its_paragraph():
    text = "He said “we will stay\n\nThe vote is on Monday."
    assert _texts(text) == ["“we will stay"]


def test_straight_mark_after_a_letter_does_not_open():
    assert _texts('The 6" pipe broke. "Fix it," he said.') == ['"Fix it,"']


def test_quoted_kind_and_reach():
    text = 'He called it "a disgrace" and left.'
    quotes = quote_spans(text)
    start = text.index('"')
    assert quoted((start + 1, start + 3), quotes)
    assert not quoted((0, 2), quotes)
    assert quote_kind(quotes[0], quotes) == "direct"
    assert quote_kind((0, len(text)), quotes) == "mixed"
    assert quote_kind((0, 2), quotes) == "indirect"
    assert reach_quote_end((0, start + 3), quotes) == (0, quotes[0][1])
