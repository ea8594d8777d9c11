"""Given names and the gender they tell: "Emily W. Murphy" is a "she" before the text says so.

The data are nomquamgender's (MIT licence; Van Buskirk, Clauset and Larremore 2023): 720,000
names with the share of their bearers recorded as women, p(gf), pooled from 36 national and
international sources. A name counts as male or female where that share is clear (at most 0.1 or
at least 0.9, the package's own default) and rests on enough bearers; names shared by both (Jean,
Kim, Morgan) and East Asian surnames written first (Wang, Lee, Park) say nothing.

The package is read as data, not imported: its module would load pandas and the same file again.
"""

from __future__ import annotations

import functools
import importlib.util
import json
from pathlib import Path

# p(gf) at most this is male, at least 1 - this is female (nomquamgender's default threshold)
THRESHOLD = 0.1
# fewer recorded bearers than this tell nothing
MIN_BEARERS = 50


# a name with this many recorded bearers (a fifth as many where one sex bears it) is a common
# given name ("Jacqueline", "Brock"), which makes a two- or three-word name the NER called an
# organization a person's; fewer, and it is as likely a word ("Royal", "Justice")
COMMON_BEARERS = 50_000


@functools.lru_cache(maxsize=1)
def load_given_names() -> dict[str, str]:
    """Lower-case given name -> "male" or "female", for the names whose gender is clear.

    Returns:
        The mapping, built once per process; empty (with no error) when the package is missing,
        so that pronouns then go by titles and honorifics alone.

    Example:
        >>> names = load_given_names()
        >>> names["emily"], names["donald"], "jean" in names, "wang" in names
        ('female', 'male', False, False)
    """
    spec = importlib.util.find_spec("nomquamgender")
    if spec is None or not spec.submodule_search_locations:
        return {}
    path = Path(next(iter(spec.submodule_search_locations))) / "name_data.json"
    with path.open(encoding="utf-8") as file:
        data = json.load(file)
    genders = {}
    for name, (_, bearers, share, *_) in data.items():
        if bearers >= MIN_BEARERS and name.isalpha():
            if share <= THRESHOLD:
                genders[name] = "male"
            elif share >= 1 - THRESHOLD:
                genders[name] = "female"
            if bearers >= COMMON_BEARERS or bearers >= COMMON_BEARERS // 5 and name in genders:
                _COMMON.add(name)
    return genders


_COMMON: set[str] = set()  # filled by load_given_names


def is_common_given_name(word: str) -> bool:
    """True for a common given name ("Jacqueline", "Donald", "Morgan"); not "Royal" or "Justice".

    Example:
        >>> is_common_given_name("Jacqueline"), is_common_given_name("Morgan"), is_common_given_name("Belknap")
        (True, True, False)
    """
    load_given_names()
    return word.casefold() in _COMMON


def given_name_gender(name: str) -> str | None:
    """The gender a person's first name tells, or None.

    Args:
        name: The person's name as the text writes it, given name first ("Emily W. Murphy").

    Returns:
        "male", "female" or None (a one-word name, an initial, a name both sexes bear).
    """
    words = name.split()
    return first_name_gender(words[0]) if len(words) > 1 else None


def first_name_gender(word: str) -> str | None:
    """The gender a given name by itself tells ("Regina" -> "female"), or None; an initial tells none."""
    if len(word.rstrip(".")) < 2:
        return None
    return load_given_names().get(word.casefold())
