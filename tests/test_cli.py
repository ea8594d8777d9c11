"""The `toolkit` command line: annotate writes CONTRACT.md records; bad files are named."""

from __future__ import annotations

import json

from toolkit.cli import main
from toolkit.config import SEEDS_DIR


def test_annotate_writes_one_record_per_document(tmp_path, capsys):
    out = tmp_path / "seeds.jsonl"
    assert main(["annotate", str(SEEDS_DIR), "-o", str(out)]) == 0
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in records] == ["000_89192fba730c4fbc"]
    assert len([c for c in records[0]["claims"] if not c["headline"]]) == 11
    assert "1 documents annotated" in capsys.readouterr().err


def test_annotate_names_a_bad_file_and_goes_on(tmp_path, capsys):
    (tmp_path / "good.txt").write_text("Smith said the plan would work.\n", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02\x89PNG")
    out = tmp_path / "out.jsonl"
    assert main(["annotate", str(tmp_path), "-o", str(out)]) == 1
    assert "binary.txt" in capsys.readouterr().err
    assert [json.loads(line)["id"] for line in out.read_text().splitlines()] == ["good"]


def test_help_says_what_build_reads_and_writes(capsys):
    try:
        main(["build", "--help"])
    except SystemExit:
        pass
    text = capsys.readouterr().out
    assert "index.html" in text and "seeds/" in text
