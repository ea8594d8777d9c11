"""The annotation record (CONTRACT.md): fields, offsets, JSON Lines round trip."""

from __future__ import annotations

import json

import pytest

from toolkit.records import (
    ACTOR_KINDS,
    CLAIM_TYPES,
    MENTION_VIAS,
    QUOTE_KINDS,
    Annotation,
    read_annotations,
    write_annotations,
)

CONTRACT_KEYS = {"id", "title", "url", "source", "published", "text", "actors", "claims"}


def test_record_has_every_contract_field(seed):
    record = seed.to_record()
    assert CONTRACT_KEYS <= set(record)
    assert record["id"] == "000_89192fba730c4fbc"
    assert record["source"] == "chinaplus.cri.cn"
    assert record["published"] == "2018-04-06"
    assert record["text"].startswith(record["title"] + "\n\n")
    for actor in record["actors"]:
        assert {"id", "name", "kind", "roles", "affiliation", "mentions"} <= set(actor)
        assert actor["kind"] in ACTOR_KINDS
        for m in actor["mentions"]:
            assert record["text"][m["start"] : m["end"]] == m["text"]
            assert m["via"] in MENTION_VIAS
    ids = {a["id"] for a in record["actors"]}
    for claim in record["claims"]:
        assert {"speaker", "source", "cue", "content", "quote", "type", "mentions"} <= set(claim)
        assert claim["speaker"] is None or claim["speaker"] in ids
        assert claim["quote"] in QUOTE_KINDS and claim["type"] in CLAIM_TYPES
        start, end = claim["content"]
        assert 0 <= start < end <= len(record["text"])
        assert set(claim["mentions"]) <= ids


def test_record_survives_json(seed):
    again = Annotation.from_record(json.loads(json.dumps(seed.to_record())))
    assert again == seed


def test_write_and_read_jsonl(seed, tmp_path):
    path = write_annotations(tmp_path / "out" / "a.jsonl", [seed, seed])
    assert [a.id for a in read_annotations(path)] == [seed.id, seed.id]
    assert not list(path.parent.glob(".*.tmp"))


def test_reading_a_broken_line_names_file_and_line(tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text('{"id": "a", "text": "x"}\nnot json\n', encoding="utf-8")
    with pytest.raises(ValueError, match=r"bad\.jsonl:2"):
        read_annotations(path)
