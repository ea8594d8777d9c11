"""Claims on the seed against its gold annotation, and the attribution rules on small sentences."""

from __future__ import annotations

import pytest


def _body(annotation):
    return [c for c in annotation.claims if not c.headline]


def test_seed_has_the_eleven_gold_claims_exactly(seed, gold):
    contents = [seed.span(c.content) for c in _body(seed)]
    assert contents == [c["content"] for c in gold["claims"]]


def test_seed_claims_speakers_sources_cues(seed, gold):
    for claim, expected in zip(_body(seed), gold["claims"], strict=True):
        assert claim.speaker == "wang-yi"
        assert seed.span(claim.source) == expected["source_text"]
        assert seed.span(claim.cue) == expected["cue"]
        assert claim.quote == expected["quote"]


def test_seed_claim_types(seed, gold):
    assert [c.type for c in _body(seed)] == [c["type"] for c in gold["claims"]]


def test_seed_headline_is_attributed_to_the_foreign_minister(seed, gold):
    headlines = [c for c in seed.claims if c.headline]
    assert len(headlines) == 1
    claim, expected = headlines[0], gold["headline_claim"]
    assert seed.span(claim.content) == expected["content"]
    assert seed.span(claim.source) == expected["source_text"]
    assert claim.speaker == "wang-yi"


def test_claim_mentions_are_the_actors_inside_the_content(seed):
    last = _body(seed)[-1]
    assert last.mentions == ("china", "russia")


def test_direct_quote_split_by_the_cue(annotate_text):
    a = annotate_text('"We will not give up," Senator John Smith said. "Never."')
    claims = _body(a)
    assert len(claims) == 1
    claim = claims[0]
    assert claim.quote == "direct"
    assert a.span(claim.content).startswith("We will not give up")
    assert claim.speaker == "john-smith"
    assert a.span(claim.cue) == "said"


def test_reported_speech_with_inverted_cue(annotate_text):
    a = annotate_text("The economy will grow by three percent next year, said Finance Minister Olaf Scholz.")
    (claim,) = _body(a)
    assert a.span(claim.content) == "The economy will grow by three percent next year"
    assert claim.speaker == "olaf-scholz"
    assert claim.type == "prediction"


def test_according_to(annotate_text):
    a = annotate_text("According to the United Nations, more than 2,000 people have fled the region.")
    (claim,) = _body(a)
    assert a.span(claim.cue) == "According to"
    assert a.span(claim.content) == "more than 2,000 people have fled the region"
    assert claim.speaker == "united-nations"


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Smith said the government must act now.", "normative"),
        ("Smith said the decision was unacceptable.", "evaluative"),
        ("Smith said he will run for office again.", "intention"),
        ("Smith said prices are likely to rise.", "prediction"),
        ("Smith said the meeting took place on Monday.", "assertive"),
    ],
)
def test_claim_types(annotate_text, sentence, kind):
    (claim,) = _body(annotate_text(sentence))
    assert claim.type == kind


def test_unbalanced_quote_marks_do_not_crash(annotate_text):
    a = annotate_text('He said "this will be fine. Then nothing closed the quote.\n\nA new paragraph “starts')
    assert all(0 <= c.content[0] < c.content[1] <= len(a.text) for c in a.claims)
