"""DataFrames a notebook gets: documents, actors, mentions, claims, corpus actors."""

from __future__ import annotations

from toolkit.tables import (
    actors_frame,
    claims_frame,
    corpus_actors_frame,
    documents_frame,
    mentions_frame,
    speaker_frame,
)


def test_documents_frame(seed):
    frame = documents_frame(seed)
    assert frame.loc[0, "published"] == "2018-04-06"
    assert frame.loc[0, "claims"] == 12  # 11 in the body, 1 headline
    assert frame.loc[0, "actors"] == 8


def test_actors_frame_counts_mentions_and_claims(seed):
    frame = actors_frame(seed).set_index("id")
    assert frame.loc["wang-yi", "claims"] == 12
    assert frame.loc["wang-yi", "affiliation"] == "China"
    assert "the top Chinese diplomat" in frame.loc["wang-yi", "forms"]
    assert frame.loc["russia", "claims"] == 0
    assert frame.iloc[0].name == "wang-yi"  # most mentioned first


def test_mentions_and_claims_frames(seed):
    mentions = mentions_frame(seed)
    assert set(mentions["via"]) >= {"name", "alias", "pronoun", "description", "demonym"}
    claims = claims_frame(seed)
    assert list(claims["speaker"].unique()) == ["Wang Yi"]
    assert claims["content"].str.len().min() > 10


def test_corpus_actors_count_documents(seed):
    frame = corpus_actors_frame([seed, seed]).set_index("id")
    assert frame.loc["wang-yi", "documents"] == 1  # the same document id counts once
    assert frame.loc["china", "mentions"] == 2 * len(seed.actor("china").mentions)
    speakers = speaker_frame([seed])
    assert speakers.loc[0, "speaker"] == "Wang Yi" and speakers.loc[0, "claims"] == 12
