"""Tests for toolkit/gazetteer.py and its data file, toolkit/data/gazetteer.json."""

from __future__ import annotations

import copy
import json

import pycountry
import pytest

from toolkit.gazetteer import GAZETTEER_FILE, VIAS, _build, _read_json, load_gazetteer, slugify

# The 193 UN member states.
UN_MEMBERS = frozenset("""
AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BTN BOL BIH BWA BRA
BRN BGR BFA BDI CPV KHM CMR CAN CAF TCD CHL CHN COL COM COG COD CRI CIV HRV CUB CYP CZE DNK DJI
DMA DOM ECU EGY SLV GNQ ERI EST SWZ ETH FJI FIN FRA GAB GMB GEO DEU GHA GRC GRD GTM GIN GNB GUY
HTI HND HUN ISL IND IDN IRN IRQ IRL ISR ITA JAM JPN JOR KAZ KEN KIR PRK KOR KWT KGZ LAO LVA LBN
LSO LBR LBY LIE LTU LUX MDG MWI MYS MDV MLI MLT MHL MRT MUS MEX FSM MDA MCO MNG MNE MAR MOZ MMR
NAM NRU NPL NLD NZL NIC NER NGA MKD NOR OMN PAK PLW PAN PNG PRY PER PHL POL PRT QAT ROU RUS RWA
KNA LCA VCT WSM SMR STP SAU SEN SRB SYC SLE SGP SVK SVN SLB SOM ZAF SSD ESP LKA SDN SUR SWE CHE
SYR TJK TZA THA TLS TGO TON TTO TUN TUR TKM TUV UGA UKR ARE GBR USA URY UZB VUT VEN VNM YEM ZMB
ZWE
""".split())

# Members whose only demonym also names another state or a region, so the data leave it out:
# Congolese (two Congos), Dominican (Dominica, Dominican Republic), Central African, Micronesian.
NO_UNIQUE_DEMONYM = frozenset({"COG", "COD", "DMA", "DOM", "CAF", "FSM"})


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer()


@pytest.fixture(scope="module")
def data():
    return _read_json(GAZETTEER_FILE)


def _by_code(gazetteer, code):
    return next(e for e in gazetteer.entities.values() if e.code == code)


# -- the seed document's states ------------------------------------------------------------


@pytest.mark.parametrize(
    ("form", "entity_id", "via"),
    [
        ("China", "china", "name"),
        ("Chinese", "china", "demonym"),
        ("Russia", "russia", "name"),
        ("Russian", "russia", "demonym"),
        ("Democratic People's Republic of Korea", "north-korea", "name"),
        ("DPRK", "north-korea", "alias"),
        ("South Korea", "south-korea", "name"),
        ("United States", "united-states", "name"),
        ("U.S.", "united-states", "alias"),
    ],
)
def test_seed_states_resolve(gazetteer, form, entity_id, via):
    assert gazetteer.names[form] == (entity_id, via)
    assert gazetteer.entities[entity_id].kind == "state"


# -- states ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "name"),
    [
        ("PRK", "North Korea"),
        ("KOR", "South Korea"),
        ("RUS", "Russia"),
        ("IRN", "Iran"),
        ("SYR", "Syria"),
        ("VNM", "Vietnam"),
        ("TWN", "Taiwan"),
        ("LAO", "Laos"),
        ("BOL", "Bolivia"),
        ("VEN", "Venezuela"),
        ("TZA", "Tanzania"),
        ("MDA", "Moldova"),
        ("COD", "Democratic Republic of the Congo"),
        ("COG", "Republic of the Congo"),
        ("CZE", "Czech Republic"),
        ("TUR", "Turkey"),
        ("FSM", "Micronesia"),
        ("PSE", "Palestine"),
        ("VAT", "Vatican City"),
        ("GBR", "United Kingdom"),
        ("USA", "United States"),
    ],
)
def test_tricky_iso_entries_get_news_names(gazetteer, code, name):
    assert _by_code(gazetteer, code).name == name


def test_every_iso_country_is_a_state(gazetteer):
    codes = {e.code for e in gazetteer.entities.values() if e.kind == "state"}
    assert {c.alpha_3 for c in pycountry.countries} <= codes
    assert len(pycountry.countries) == 249


def test_canonical_names_are_not_inverted_or_bracketed(gazetteer):
    ugly = [e.name for e in gazetteer.entities.values() if "(" in e.name or e.name.endswith(" of")]
    assert ugly == []


def test_ids_are_slugs_of_names(gazetteer):
    for entity_id, entity in gazetteer.entities.items():
        assert entity.id == entity_id == slugify(entity.name)


@pytest.mark.parametrize(
    "form",
    [
        "Korea, Republic of",
        "Taiwan, Province of China",
        "Congo, The Democratic Republic of the",
        "Holy See (Vatican City State)",
        "Virgin Islands, U.S.",
    ],
)
def test_inverted_and_bracketed_iso_forms_are_not_names(gazetteer, form):
    assert form not in gazetteer.names


@pytest.mark.parametrize(
    ("form", "entity_id"),
    [
        ("Czechia", "czech-republic"),
        ("Türkiye", "turkey"),
        ("Russian Federation", "russia"),
        ("Viet Nam", "vietnam"),
        ("State of Eritrea", "eritrea"),
        ("Bonaire, Sint Eustatius and Saba", "bonaire-sint-eustatius-and-saba"),
    ],
)
def test_clean_iso_forms_stay_names(gazetteer, form, entity_id):
    assert gazetteer.names[form] == (entity_id, "name")


@pytest.mark.parametrize(
    ("form", "entity_id"),
    [
        ("D.P.R.K.", "north-korea"),
        ("ROK", "south-korea"),
        ("Republic of Korea", "south-korea"),
        ("PRC", "china"),
        ("People's Republic of China", "china"),
        ("USA", "united-states"),
        ("U.S.A.", "united-states"),
        ("America", "united-states"),
        ("UK", "united-kingdom"),
        ("Britain", "united-kingdom"),
        ("Great Britain", "united-kingdom"),
        ("UAE", "united-arab-emirates"),
        ("DRC", "democratic-republic-of-the-congo"),
        ("DR Congo", "democratic-republic-of-the-congo"),
        ("Burma", "myanmar"),
    ],
)
def test_abbreviations_and_other_names(gazetteer, form, entity_id):
    assert gazetteer.names[form][0] == entity_id


@pytest.mark.parametrize(
    ("form", "entity_id"),
    [
        ("American", "united-states"),
        ("Americans", "united-states"),
        ("British", "united-kingdom"),
        ("North Korean", "north-korea"),
        ("South Korean", "south-korea"),
        ("French", "france"),
        ("German", "germany"),
        ("Japanese", "japan"),
        ("Iranian", "iran"),
        ("Israeli", "israel"),
        ("Palestinian", "palestine"),
        ("Ukrainian", "ukraine"),
        ("Syrian", "syria"),
        ("Iraqi", "iraq"),
        ("Afghan", "afghanistan"),
        ("Pakistani", "pakistan"),
        ("Indian", "india"),
        ("Russians", "russia"),
    ],
)
def test_demonyms(gazetteer, form, entity_id):
    assert gazetteer.names[form] == (entity_id, "demonym")


@pytest.mark.parametrize("form", ["Korean", "Congolese", "Dominican", "Congo", "Korea"])
def test_forms_shared_by_two_states_are_left_out(gazetteer, form):
    assert form not in gazetteer.names


def test_un_members_have_a_demonym(gazetteer):
    demonym_ids = {i for i, via in gazetteer.names.values() if via == "demonym"}
    with_demonym = {gazetteer.entities[i].code for i in demonym_ids}
    missing = sorted(UN_MEMBERS - NO_UNIQUE_DEMONYM - with_demonym)
    assert missing == []
    assert not NO_UNIQUE_DEMONYM & with_demonym  # the exemptions are real


def test_forms_with_apostrophes_also_match_typographic_ones(gazetteer):
    assert gazetteer.names["Democratic People’s Republic of Korea"] == ("north-korea", "name")
    assert gazetteer.metonyms["N’Djamena"] == "chad"


# -- metonyms ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("form", "entity_id"),
    [
        ("Beijing", "china"),
        ("Pyongyang", "north-korea"),
        ("Seoul", "south-korea"),
        ("Washington", "united-states"),
        ("White House", "united-states"),
        ("Kremlin", "russia"),
        ("Moscow", "russia"),
        ("Downing Street", "united-kingdom"),
        ("Élysée", "france"),
        ("Elysee", "france"),
        ("Tehran", "iran"),
        ("Zhongnanhai", "china"),
        ("Blue House", "south-korea"),
        ("Brussels", "european-union"),
    ],
)
def test_metonyms(gazetteer, form, entity_id):
    assert gazetteer.metonyms[form] == entity_id
    assert form not in gazetteer.names


@pytest.mark.parametrize("form", ["Pentagon", "Capitol Hill"])
def test_institutions_are_not_metonyms(gazetteer, form):
    assert form not in gazetteer.metonyms
    assert form not in gazetteer.names


def test_metonyms_stand_for_known_entities(gazetteer):
    assert set(gazetteer.metonyms.values()) <= set(gazetteer.entities)
    assert not set(gazetteer.metonyms) & set(gazetteer.names)


# -- organizations ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("form", "entity_id", "name"),
    [
        ("UN", "united-nations", "United Nations"),
        ("U.N.", "united-nations", "United Nations"),
        ("United Nations", "united-nations", "United Nations"),
        ("Security Council", "un-security-council", "UN Security Council"),
        ("NATO", "nato", "NATO"),
        ("North Atlantic Treaty Organization", "nato", "NATO"),
        ("EU", "european-union", "European Union"),
        ("E.U.", "european-union", "European Union"),
        ("IAEA", "iaea", "IAEA"),
        ("International Atomic Energy Agency", "iaea", "IAEA"),
        ("WHO", "world-health-organization", "World Health Organization"),
        ("ICRC", "red-cross", "Red Cross"),
    ],
)
def test_organizations(gazetteer, form, entity_id, name):
    assert gazetteer.names[form][0] == entity_id
    entity = gazetteer.entities[entity_id]
    assert (entity.name, entity.kind, entity.code) == (name, "organization", None)


# -- consistency ------------------------------------------------------------------------------


def test_every_form_names_a_known_entity(gazetteer):
    for form, (entity_id, via) in gazetteer.names.items():
        assert entity_id in gazetteer.entities, form
        assert via in VIAS, form
    for entity in gazetteer.entities.values():
        assert gazetteer.names[entity.name] == (entity.id, "name")
        assert entity.kind in ("state", "organization")
        assert (entity.code is None) == (entity.kind == "organization")


def test_no_form_names_two_entities(gazetteer, data):
    """The build raises on a clash; every listed form keeps the entity it was listed for."""
    for code, entry in data["states"].items():
        if code.startswith("_"):
            continue
        entity_id = _by_code(gazetteer, code).id
        for form in entry.get("aliases", []) + entry.get("demonyms", []):
            assert gazetteer.names[form][0] == entity_id, form
    for entry in data["organizations"]:
        for form in entry.get("aliases", []):
            assert gazetteer.names[form][0] == slugify(entry["name"]), form
    clashing = copy.deepcopy(data)
    clashing["organizations"].append({"name": "Democratic Party of Korea", "aliases": ["DPRK"]})
    with pytest.raises(ValueError, match=r"gazetteer\.json: 'DPRK' would name both 'north-korea'"):
        _build(clashing, source="gazetteer.json")


def test_ambiguous_forms_are_names_with_reasons(gazetteer, data):
    assert gazetteer.ambiguous <= set(gazetteer.names)
    assert {"Georgia", "Jordan", "Chad", "Turkey", "Niger"} <= gazetteer.ambiguous
    assert not {"China", "Russia", "American"} & gazetteer.ambiguous
    assert all(isinstance(why, str) and why for why in data["ambiguous"].values())


def test_build_is_deterministic(data):
    first, second = _build(data, source="x"), _build(copy.deepcopy(data), source="x")
    assert list(first.names.items()) == list(second.names.items())
    assert list(first.entities.items()) == list(second.entities.items())
    assert list(first.metonyms.items()) == list(second.metonyms.items())
    assert list(first.regions.items()) == list(second.regions.items())


def test_regions_are_federations_states_under_their_news_names(gazetteer):
    regions = gazetteer.regions
    assert regions["California"].id == "california" and regions["California"].code == "US-CA"
    assert regions["California"].kind == "state"
    assert {"Ontario", "New South Wales", "Maharashtra", "Gujarat", "Gujarāt", "District of Columbia"} <= set(regions)
    assert regions["Gujarat"] is regions["Gujarāt"]
    # a form keeps one meaning: the country Georgia, the capital Washington, the territory Puerto Rico
    assert not {"Georgia", "Washington", "Puerto Rico"} & set(regions)
    assert not set(regions) & (set(gazetteer.names) | set(gazetteer.metonyms))
    assert not {e.id for e in regions.values()} & set(gazetteer.entities)
    assert gazetteer.shadowed_regions["Georgia"] == "US-GA"


def test_load_gazetteer_is_cached():
    assert load_gazetteer() is load_gazetteer()


# -- errors that name the file -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d["states"].update(XYZ={}), r"'XYZ' not ISO 3166-1 alpha-3"),
        (lambda d: d["states"]["FRA"].update(alias=["Gaul"]), r"FRA: unknown field 'alias'"),
        (lambda d: d["states"]["FRA"].update(metonyms=["France"]), r"'France' is a metonym"),
        (lambda d: d["ambiguous"].update(Atlantis="myth"), r"'Atlantis' name no entity"),
        (lambda d: d["organizations"].append({"aliases": ["X"]}), r"needs a 'name'"),
        (lambda d: d["organizations"].append({"name": "China"}), r"already taken by 'China'"),
        (lambda d: d["regions"].update(ZZ=["State"]), r"regions\.ZZ: not an ISO 3166-1 alpha-2"),
        (lambda d: d["regions"].update(US="State"), r"regions\.US: expected a list"),
    ],
)
def test_bad_data_raises_naming_the_file(data, change, message):
    bad = copy.deepcopy(data)
    change(bad)
    with pytest.raises(ValueError, match=r"^data/gazetteer\.json: .*" + message):
        _build(bad, source="data/gazetteer.json")


def test_unreadable_json_names_file_and_line(tmp_path):
    path = tmp_path / "gazetteer.json"
    path.write_text('{"states": {,}}', encoding="utf-8")
    with pytest.raises(ValueError, match=r"gazetteer\.json: not valid JSON \(line 1"):
        _read_json(path)


def test_data_file_is_plain_json():
    assert isinstance(json.loads(GAZETTEER_FILE.read_text(encoding="utf-8")), dict)


# -- slugify ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "slug"),
    [
        ("Wang Yi", "wang-yi"),
        ("People's Republic", "peoples-republic"),
        ("People’s Republic", "peoples-republic"),
        ("Élysée", "elysee"),
        ("Côte d'Ivoire", "cote-divoire"),
        ("  U.S.  ", "u-s"),
        ("North -- Korea!", "north-korea"),
        ("Łódź", "lodz"),
        ("Straße", "strasse"),
        ("G20", "g20"),
        ("...", ""),
    ],
)
def test_slugify(name, slug):
    assert slugify(name) == slug


def test_places_hold_towns_and_regions_but_not_parties():
    from toolkit.gazetteer import load_places

    places = load_places()
    assert {"Erbil", "Baghdad", "Texas"} <= places
    assert not {"Hezbollah", "Greenpeace", "Quds Force"} & places
    assert load_places() is places
