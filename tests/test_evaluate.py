"""Scoring attributions: tokens, exact and partial matching, source accuracy, the command."""

from __future__ import annotations

import json

import pytest

from toolkit.cli import main
from toolkit.evaluate import EvaluationWarning, read_gold, read_predictions, score
from toolkit.records import Annotation, Claim

TEXT = "Senator Jane Smith said the plan works well. Jones says “We will win,” today."


def at(text: str, words: str, nth: int = 0) -> list[int]:
    """The [start, end] of the nth occurrence of `words` in `text`."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(words, start + 1)
    return [start, start + len(words)]


def gold(*attributions: dict, text: str = TEXT, doc_id: str = "d") -> dict:
    return {"id": doc_id, "text": text, "attributions": list(attributions)}


def predicted(*claims: dict, text: str = TEXT, doc_id: str = "d") -> dict:
    return {"id": doc_id, "text": text, "claims": list(claims)}


def item(content: str | None, source: str | None = None, cue: str | None = None, text: str = TEXT):
    return {
        "content": at(text, content) if content else None,
        "source": at(text, source) if source else None,
        "cue": at(text, cue) if cue else None,
    }


SMITH = item("the plan works well", "Senator Jane Smith", "said")


# -- exact and partial ---------------------------------------------------------------------------


def test_identical_spans_score_one_everywhere():
    report = score([gold(SMITH)], [predicted(SMITH)])
    for role in (report.content, report.source, report.cue):
        assert (role.exact.precision, role.exact.recall, role.exact.f1) == (1.0, 1.0, 1.0)
        assert (role.partial.precision, role.partial.recall, role.partial.f1) == (1.0, 1.0, 1.0)
        assert (role.exact.predicted, role.exact.gold) == (1, 1)
    assert report.source_accuracy == 1.0
    assert report.documents == 1


def test_exact_compares_tokens_not_characters():
    start, end = at(TEXT, "the plan works well")
    widened = {"content": [start - 1, end], "source": None, "cue": None}  # a leading space
    cut = {"content": [start + 1, end], "source": None, "cue": None}  # "he plan works well"
    assert score([gold(SMITH)], [predicted(widened)]).content.exact.f1 == 1.0
    report = score([gold(SMITH)], [predicted(cut)])
    assert report.content.exact.f1 == 0.0
    # "he" is not a whole token inside the cut span: 3 of the 4 gold tokens, nothing extra
    assert report.content.partial.precision == 1.0
    assert report.content.partial.recall == pytest.approx(3 / 4)


def test_partial_overlap_earns_overlap_over_each_side():
    # gold: the plan works well (4 tokens); predicted: works well . (3 tokens); overlap 2
    guess = {"content": at(TEXT, "works well."), "source": None, "cue": None}
    report = score([gold(SMITH)], [predicted(guess)])
    partial = report.content.partial
    assert partial.precision == pytest.approx(2 / 3)
    assert partial.recall == pytest.approx(2 / 4)
    assert partial.f1 == pytest.approx(4 / 7)
    assert report.content.exact.f1 == 0.0
    assert (partial.predicted, partial.gold) == (1, 1)


def test_scores_are_summed_over_documents_before_dividing():
    other = "Jones says taxes will rise."
    jones = item("taxes will rise", "Jones", "says", text=other)
    wrong = item("taxes will rise.", "Jones", "says", text=other)
    report = score(
        [gold(SMITH), gold(jones, text=other, doc_id="e")],
        [predicted(SMITH), predicted(wrong, text=other, doc_id="e")],
    )
    assert report.content.exact.precision == 0.5  # 1 of 2 predictions, not a mean of 1.0 and 0.0
    assert report.content.partial.precision == pytest.approx((1 + 3 / 4) / 2)
    assert report.content.partial.recall == 1.0


# -- one-to-one matching ---------------------------------------------------------------------------


def test_one_prediction_cannot_match_two_golds():
    text = "a b c . d e f"
    first = {"content": at(text, "a b c"), "source": None, "cue": None}
    second = {"content": at(text, "d e f"), "source": None, "cue": None}
    both = {"content": [0, len(text)], "source": None, "cue": None}  # 7 tokens
    report = score([gold(first, second, text=text)], [predicted(both, text=text)])
    assert report.content.partial.precision == pytest.approx(3 / 7)
    assert report.content.partial.recall == pytest.approx((3 / 3 + 0) / 2)


def test_two_identical_predictions_match_one_gold_once():
    report = score([gold(SMITH)], [predicted(SMITH, SMITH)])
    assert report.content.exact.precision == 0.5
    assert report.content.exact.recall == 1.0
    assert report.content.partial.precision == 0.5


def test_largest_overlap_is_matched_first_whatever_the_order():
    text = "a b c d e f"
    gold_a = {"content": at(text, "a b c"), "source": None, "cue": None}
    gold_b = {"content": at(text, "d e f"), "source": None, "cue": None}
    x = {"content": at(text, "b c d"), "source": None, "cue": None}  # overlaps a by 2, b by 1
    y = {"content": at(text, "a b c"), "source": None, "cue": None}  # overlaps a by 3
    report = score([gold(gold_a, gold_b, text=text)], [predicted(x, y, text=text)])
    # y-a (3) then x-b (1); taking predictions in order would pair x-a and leave y and b alone
    assert report.content.partial.precision == pytest.approx((3 / 3 + 1 / 3) / 2)
    assert report.content.partial.recall == pytest.approx((3 / 3 + 1 / 3) / 2)
    assert report.content.exact.recall == 0.5


# -- missing and extra documents, bad input -----------------------------------------------------


def test_a_gold_document_without_prediction_counts_as_missed():
    report = score([gold(SMITH), gold(SMITH, doc_id="missing")], [predicted(SMITH)])
    assert report.documents == 2
    assert report.content.exact.precision == 1.0
    assert report.content.exact.recall == 0.5
    assert (report.cue.exact.predicted, report.cue.exact.gold) == (1, 2)


def test_predicted_ids_not_in_gold_are_left_out_with_one_warning():
    extra = [predicted(SMITH, doc_id=f"x{i}") for i in range(7)]
    with pytest.warns(EvaluationWarning) as caught:
        report = score([gold(SMITH)], [predicted(SMITH), *extra])
    assert len(caught) == 1
    assert "7 predicted documents" in str(caught[0].message) and "'x0'" in str(caught[0].message)
    assert report.content.exact.precision == 1.0


def test_different_texts_for_an_id_fail_naming_it():
    with pytest.raises(ValueError, match="'d'.*differs"):
        score([gold(SMITH)], [predicted(SMITH, text=TEXT + " More.")])


def test_a_span_outside_the_text_fails_naming_the_document():
    broken = {"content": [0, len(TEXT) + 5], "source": None, "cue": None}
    with pytest.raises(ValueError, match="'d'.*content"):
        score([gold(SMITH)], [predicted(broken)])


def test_nothing_predicted_scores_zero_without_dividing_by_zero():
    report = score([gold(SMITH)], [predicted()])
    assert report.content.partial == report.content.exact
    assert (report.content.exact.precision, report.content.exact.recall) == (0.0, 0.0)
    assert report.source_accuracy == 0.0


# -- sources -------------------------------------------------------------------------------------


def test_source_accuracy_counts_overlap_and_null_sources():
    text = "Ann said yes. Cy said nope. Ed said fine. Gus Hay said okay. Jo said maybe. Bo said no."
    golds = [
        item("yes", "Ann", text=text),  # predicted right
        item("nope", None, text=text),  # gold null, predicted null: right
        item("fine", None, text=text),  # gold null, predicted a source: wrong
        item("okay", "Gus Hay", text=text),  # predicted shares "Hay": right
        item("maybe", "Jo", text=text),  # predicted null: wrong
        item("no.", "Bo", text=text),  # content not predicted: not counted
    ]
    guesses = [
        item("yes", "Ann", text=text),
        item("nope", None, text=text),
        item("fine", "Ed", text=text),
        item("okay", "Hay", text=text),
        item("maybe", None, text=text),
    ]
    report = score([gold(*golds, text=text)], [predicted(*guesses, text=text)])
    assert report.source_accuracy == pytest.approx(3 / 5)
    # null sources are not spans: 4 gold sources, 3 predicted ones, 1 exactly right
    assert (report.source.exact.gold, report.source.exact.predicted) == (4, 3)
    assert report.source.exact.precision == pytest.approx(1 / 3)
    assert report.source.exact.recall == pytest.approx(1 / 4)


def test_a_source_overlapping_another_attributions_source_is_wrong():
    text = "Ann said yes. Cy said nope."
    golds = [item("yes", "Ann", text=text), item("nope", "Cy", text=text)]
    guesses = [item("yes", "Cy", text=text), item("nope", "Cy", text=text)]
    report = score([gold(*golds, text=text)], [predicted(*guesses, text=text)])
    assert report.source_accuracy == 0.5


# -- tokens --------------------------------------------------------------------------------------


def test_each_punctuation_mark_is_a_token():
    # gold: “ We will win , ” (6 tokens); predicted without the marks and comma: We will win
    quoted = item("“We will win,”")
    bare = item("We will win")
    report = score([gold(quoted)], [predicted(bare)])
    assert report.content.exact.f1 == 0.0
    assert report.content.partial.precision == 1.0
    assert report.content.partial.recall == pytest.approx(3 / 6)


def test_abbreviations_split_at_their_dots():
    text = "The U.S. said no."
    full = {"content": at(text, "U.S."), "source": None, "cue": None}  # U . S .
    short = {"content": at(text, "U.S"), "source": None, "cue": None}  # U . S
    report = score([gold(full, text=text)], [predicted(short, text=text)])
    assert report.content.exact.f1 == 0.0
    assert report.content.partial.recall == pytest.approx(3 / 4)


# -- inputs and outputs --------------------------------------------------------------------------


def test_annotations_are_scored_like_their_records():
    claim = Claim(
        speaker=None,
        source=tuple(SMITH["source"]),
        cue=tuple(SMITH["cue"]),
        content=tuple(SMITH["content"]),
        quote="indirect",
        type="assertive",
    )
    annotation = Annotation("d", None, None, None, None, TEXT, claims=(claim,))
    assert score([gold(SMITH)], [annotation]) == score([gold(SMITH)], [predicted(SMITH)])
    assert score([gold(SMITH)], [annotation]).content.exact.f1 == 1.0


def test_table_and_dict_show_every_role():
    report = score([gold(SMITH)], [predicted(item("works well."))])
    table = report.table()
    for role in ("content", "source", "cue"):
        rows = [line.split()[:2] for line in table.splitlines()]
        assert [role, "exact"] in rows and [role, "partial"] in rows
    assert "0.667" in table  # content partial precision
    data = json.loads(json.dumps(report.to_dict()))
    assert data["content"]["partial"]["recall"] == 0.5
    no_source = {"precision": 0.0, "recall": 0.0, "f1": 0.0, "predicted": 0, "gold": 1}
    assert data["source"]["exact"] == no_source


def test_read_gold_names_the_bad_line(tmp_path):
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(gold(SMITH)) + "\n\n{not json\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"gold\.jsonl:3: not valid JSON"):
        read_gold(path)
    path.write_text(json.dumps({"id": "d", "attributions": []}) + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"gold\.jsonl:1: .*text"):
        read_gold(path)


def test_read_predictions_reads_records_in_order(tmp_path):
    path = tmp_path / "pred.jsonl"
    lines = [predicted(SMITH, doc_id="b"), predicted(doc_id="a")]
    path.write_text("".join(json.dumps(r) + "\n" for r in lines), encoding="utf-8")
    assert [r["id"] for r in read_predictions(path)] == ["b", "a"]


# -- the command ---------------------------------------------------------------------------------


def write_jsonl(path, *records):
    lines = (json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    path.write_text("".join(lines), encoding="utf-8")
    return str(path)


def test_command_prints_the_table_and_json(tmp_path, capsys):
    gold_path = write_jsonl(tmp_path / "gold.jsonl", gold(SMITH), gold(SMITH, doc_id="e"))
    pred_path = write_jsonl(
        tmp_path / "pred.jsonl", predicted(SMITH), predicted(SMITH, doc_id="zz")
    )
    assert main(["evaluate", gold_path, pred_path]) == 0
    captured = capsys.readouterr()
    assert "2 gold documents" in captured.out
    rows = [line.split() for line in captured.out.splitlines()]
    assert ["content", "exact", "1.000", "0.500", "0.667", "1", "2"] in rows
    assert "warning:" in captured.err and "'zz'" in captured.err

    assert main(["evaluate", gold_path, pred_path, "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["content"]["exact"]["recall"] == 0.5 and data["documents"] == 2


def test_command_names_the_document_whose_text_differs(tmp_path, capsys):
    gold_path = write_jsonl(tmp_path / "gold.jsonl", gold(SMITH))
    pred_path = write_jsonl(tmp_path / "pred.jsonl", predicted(text=TEXT.upper()))
    assert main(["evaluate", gold_path, pred_path]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error:") and "'d'" in err


def test_command_help_says_what_it_reads_and_prints(capsys):
    with pytest.raises(SystemExit):
        main(["evaluate", "--help"])
    text = capsys.readouterr().out
    assert "GOLD" in text and "CONTRACT.md" in text and "--json" in text
