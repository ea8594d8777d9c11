"""The actor benchmarks: the gold files are well-formed and the scoring gives known answers."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

from toolkit.documents import load_document
from toolkit.records import ACTOR_KINDS, CLAIM_TYPES, QUOTE_KINDS, Actor, Annotation, Claim, Mention

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"
GOLD_FILES = sorted((BENCHMARKS / "data").glob("*.json"))
CORPUS = Path("/work/shared/corpus/wikinews_en")


def _script(name: str):
    """Import a benchmarks/ script as a module (benchmarks/ is not a package)."""
    spec = importlib.util.spec_from_file_location(f"benchmarks_{name}", BENCHMARKS / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def bench():
    return _script("actors_gold")


def _gold(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def _claims(gold: dict) -> list[dict]:
    return [*gold["claims"], *([gold["headline_claim"]] if gold.get("headline_claim") else [])]


def test_there_are_gold_files_for_six_articles():
    assert len(GOLD_FILES) >= 6


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.stem[:40])
def test_gold_file_is_well_formed(path):
    gold = _gold(path)
    assert {"document", "actors", "not_actors", "generic_actors", "claims", "notes"} <= gold.keys()
    assert gold["document"]["id"] == path.stem
    names = [a["name"] for a in gold["actors"]]
    assert len(names) == len(set(names)), "actor names repeat"
    for actor in gold["actors"]:
        assert actor["kind"] in ACTOR_KINDS, actor["name"]
        assert actor["aliases"], f"{actor['name']} has no aliases"
        assert actor.get("affiliation") in (None, *names), f"{actor['name']}: affiliation not an actor"
    for claim in _claims(gold):
        for speaker in (claim["speaker"], *claim.get("co_speakers", ())):
            assert speaker is None or speaker in names, f"speaker {speaker!r} is not a listed actor"
        assert claim["content"]
    for claim in gold["claims"]:
        assert claim["quote"] in QUOTE_KINDS and claim["type"] in CLAIM_TYPES, claim["content"][:40]
    assert not set(names) & set(gold["not_actors"]), "an actor is also listed as not an actor"


@pytest.mark.skipif(not CORPUS.is_dir(), reason="the shared Wikinews corpus is not on this machine")
@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.stem[:40])
def test_gold_spans_occur_in_the_article(path):
    gold = _gold(path)
    document = load_document(CORPUS / f"{path.stem}.txt")
    text, folded = document.text, document.text.casefold()
    meta = gold["document"]
    assert (meta["title"], meta["url"], meta["published"]) == (document.title, document.url, document.published)
    for claim in _claims(gold):
        for key in ("content", "source_text", "cue"):
            if claim.get(key):
                assert claim[key] in text, f"{key} not in the article: {claim[key][:60]!r}"
    for actor in gold["actors"]:
        for alias in actor["aliases"]:
            assert alias.casefold() in folded, f"{actor['name']}: alias {alias!r} not in the article"
    for name in gold["not_actors"] + gold["generic_actors"]:
        assert name in text, f"{name!r} not in the article"


TEXT = 'Wang Yi of China met Sergei Lavrov in Moscow. The talks were useful, he said. "We agree," Lavrov said.'
GOLD = {
    "actors": [
        {"name": "Wang Yi", "kind": "person", "aliases": ["Wang Yi", "he"]},
        {"name": "Sergei Lavrov", "kind": "person", "aliases": ["Sergei Lavrov", "Lavrov"]},
        {"name": "China", "kind": "state", "aliases": ["China"]},
    ],
    "not_actors": ["Moscow"],
    "claims": [
        {"speaker": "Wang Yi", "source_text": "he", "content": "The talks were useful"},
        {"speaker": "Sergei Lavrov", "source_text": "Lavrov", "content": "We agree"},
        {"speaker": "Wang Yi", "source_text": "Wang Yi", "content": "met Sergei Lavrov"},
    ],
}


def _span(text: str) -> tuple[int, int]:
    start = TEXT.index(text)
    return start, start + len(text)


def _mention(text: str, via: str = "name") -> Mention:
    return Mention(*_span(text), text, via)


def _prediction() -> Annotation:
    actors = (
        Actor("wang-yi", "Wang Yi", "person", mentions=(_mention("Wang Yi"), _mention("he", "pronoun"))),
        Actor("lavrov", "Lavrov", "person", mentions=(_mention("Lavrov"),)),
        Actor("moscow", "Moscow", "state", mentions=(_mention("Moscow"),)),
        Actor("talkers", "talkers", "group"),  # a group the gold does not list: not counted
    )
    claims = (
        Claim("wang-yi", _span("he"), None, _span("The talks were useful"), "indirect", "evaluative"),
        Claim("wang-yi", None, None, _span('We agree,'), "direct", "assertive"),  # wrong speaker
    )
    return Annotation("t", None, None, None, None, TEXT, actors=actors, claims=claims)


def test_scores_of_a_hand_made_prediction(bench):
    score = bench.score_document(GOLD, _prediction())
    figures = bench.document_figures(score)
    assert (score.matched_actors, score.predicted_actors, score.gold_actors) == (2, 3, 3)
    assert figures["actor_precision"] == pytest.approx(2 / 3)
    assert figures["actor_recall"] == pytest.approx(2 / 3)
    assert (score.found_aliases, score.gold_aliases) == (3, 4)  # "Sergei Lavrov" never attached
    assert score.missing_aliases == {"Sergei Lavrov": ["sergei lavrov"]}
    assert (score.matched_claims, score.gold_claims, score.correct_speakers) == (2, 3, 1)
    assert (score.gold_pronoun_claims, score.matched_pronoun_claims, score.correct_pronoun_speakers) == (1, 1, 1)
    assert score.missed_actors == ["China"]
    assert score.spurious_actors == ["Moscow (state)"]
    assert score.not_actor_hits == ["Moscow -> Moscow (state)"]
    assert [(w["gold"], w["predicted"]) for w in score.wrong_speakers] == [("Sergei Lavrov", "Wang Yi")]


def test_overall_is_micro_averaged(bench):
    perfect = bench.DocumentScore("a", gold_actors=1, predicted_actors=1, matched_actors=1)
    poor = bench.DocumentScore("b", gold_actors=3, predicted_actors=3, matched_actors=0)
    total = bench.overall([perfect, poor])
    assert total["actor_recall"] == pytest.approx(1 / 4)  # not the mean of 1.0 and 0.0
    assert total["speaker_resolution"] is None  # no matched claims: no figure, not zero


def test_a_claim_matches_only_when_it_covers_half_the_gold_content(bench):
    def claim(start, end):
        return Claim(None, None, None, (start, end), "indirect", "assertive")

    assert bench.match_claim((0, 10), [claim(6, 20)]) is None
    assert bench.match_claim((0, 10), [claim(6, 20), claim(4, 20)]).content == (4, 20)


def test_co_speakers_and_generic_sources(bench):
    gold = {
        "actors": [{"name": "Wang Yi", "kind": "person", "aliases": ["Wang Yi"]},
                   {"name": "Sergei Lavrov", "kind": "person", "aliases": ["Lavrov"]}],
        "claims": [{"speaker": "Sergei Lavrov", "co_speakers": ["Wang Yi"], "source_text": "he",
                    "content": "The talks were useful"},
                   {"speaker": None, "source_text": "Lavrov", "content": "We agree"}],
    }
    score = bench.score_document(gold, _prediction())
    # the co-speaker counts; a claim of nobody in particular given to Wang Yi does not
    assert (score.matched_claims, score.correct_speakers) == (2, 1)


def test_names_compare_without_case_or_leading_article(bench):
    assert bench.normalize("The  State Department\u2019s") == "state department's"
    assert bench.is_pronoun_source({"source_text": "They"})
    assert not bench.is_pronoun_source({"source_text": "Wang"})
    assert not bench.is_pronoun_source({"source_text": "The US"})


def test_headline_claim_counts_as_a_claim(bench):
    gold = {"headline_claim": {"speaker": "Wang Yi", "source_text": "FM", "content": "x"}, "claims": [{"content": "y"}]}
    assert [c["headline"] for c in bench.gold_claims(gold)] == [True, False]


def test_speed_report_names_the_target():
    speed = _script("actors_speed")
    result = {"folder": "f", "documents": 2, "characters": 10, "pipeline": "p", "batch_size": 64,
              "bare_seconds": [2.0, 1.0], "toolkit_seconds": [1.5, 1.2], "best_bare": 1.0,
              "best_toolkit": 1.2, "ratio": 1.2}
    assert "1.200" in speed.report(result) and "NOT MET" in speed.report(result)


def test_a_relative_matches_by_the_relation_of_a_matched_actor(bench):
    gold = [
        {"name": "Emily W. Murphy", "kind": "person", "aliases": ["Murphy", "Emily W. Murphy"]},
        {"name": "Murphy's family", "kind": "group", "aliases": ["her family"]},
        {"name": "Trump legal team", "kind": "group", "aliases": ["his legal team"]},
    ]
    predicted = [
        Actor("emily-w-murphy", "Emily W. Murphy", "person"),
        Actor("emily-w-murphys-family", "Emily W. Murphy's family", "group"),
        Actor("donald-trumps-legal-team", "Donald Trump's legal team", "group"),  # Trump is not matched
        Actor("emily-w-murphys-team", "Emily W. Murphy's team", "group"),  # another relation
    ]
    pairs, _ = bench.match_actors(gold, predicted)
    assert {gi: actor.id for gi, actor in pairs.items()} == {0: "emily-w-murphy", 1: "emily-w-murphys-family"}
    assert bench.relation("trump legal team") == ("trump", "team")
    assert bench.relation("biden campaign") == ("biden", "campaign")
    assert bench.relation("european union") is None
