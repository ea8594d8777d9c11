"""Given names and the gender they tell (nomquamgender's data)."""

from __future__ import annotations

import pytest

from toolkit.given_names import first_name_gender, given_name_gender, is_common_given_name, load_given_names


@pytest.mark.parametrize(
    ("name", "gender"),
    [
        ("Emily W. Murphy", "female"),
        ("Jacqueline De León", "female"),
        ("Donald Trump", "male"),
        ("Recep Tayyip Erdoğan", "male"),
        # names both sexes bear, surnames written first, one word, an initial: nothing
        ("Jean Castex", None),
        ("Morgan Ortagus", None),
        ("Wang Yi", None),
        ("Kim Jong-un", None),
        ("Emily", None),
        ("J. Smith", None),
    ],
)
def test_given_name_gender(name, gender):
    assert given_name_gender(name) == gender


def test_only_clear_names_are_kept():
    names = load_given_names()
    assert len(names) > 10_000
    assert set(names.values()) == {"male", "female"}
    assert all(name == name.casefold() and name.isalpha() for name in names)
    assert load_given_names() is names


def test_a_first_name_alone_and_common_names():
    assert first_name_gender("Regina") == "female" and first_name_gender("J.") is None
    assert is_common_given_name("Morgan") and not is_common_given_name("Royal")
