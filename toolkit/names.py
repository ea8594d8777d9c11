"""Names: the parties a document names (states, people, organizations, groups) and their mentions.

`NameFinder` reads the names of parties in a `Doc`, whatever the NER made of them:
- states and international organizations from the gazetteer (`gazetteer.py`): names,
  abbreviations and demonyms always count; capitals and seats of government ("Beijing", "the
  Kremlin") count only when they act (grammatical subject), and are places otherwise; the
  constituent states of federations ("California") also where their office holder is named;
- people from spaCy's PERSON entities with role titles stripped, a surname or first name met
  later joining the full name it belongs to; their roles and affiliation are read from the titles
  before a name and from appositions ("Chinese State Councilor and Foreign Minister Wang Yi");
- organizations (ORG entities, outlets, acronyms, a state's bodies such as "Syrian state media",
  a party before a legislator's title) and groups (plural NORP entities, named families);
- names the text shows are no party: places, facilities, products, buildings, photo credits and
  original-language glosses.
Name variants of one organization are merged. `toolkit.actors` runs the finder, then resolves
references to what it found (`toolkit.references`).
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

import numpy
from spacy.attrs import IS_TITLE, IS_UPPER, LIKE_URL, LOWER, ORTH
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from toolkit.config import DATA_DIR
from toolkit.gazetteer import Gazetteer, slugify
from toolkit.given_names import first_name_gender, given_name_gender, is_common_given_name

_SUBJECT_DEPS = {"nsubj", "nsubjpass"}


@dataclass(frozen=True)
class RoleLexicon:
    """Role titles, honorifics and description nouns (`data/roles.json`)."""

    heads: frozenset[str]
    modifiers: frozenset[str]
    honorifics: frozenset[str]
    female: frozenset[str]
    male: frozenset[str]
    abbreviations: dict[str, str]
    descriptions: dict[str, tuple[str, ...]]
    not_actors: frozenset[str]
    facility_heads: frozenset[str]
    organization_heads: frozenset[str]
    platforms: frozenset[str]
    state_nouns: frozenset[str]
    organization_nouns: frozenset[str]
    generic_organization_nouns: frozenset[str]
    place_nouns: frozenset[str]
    name_nouns: frozenset[str]
    building_nouns: frozenset[str]
    place_first_words: frozenset[str]
    event_heads: frozenset[str]

    def is_title(self, word: str) -> bool:
        """True for a title-case role word or honorific, with or without a final period."""
        bare = word.rstrip(".")
        return bare in self.heads or bare in self.modifiers or bare in self.honorifics

    def gender(self, word: str) -> str | None:
        """'male', 'female' or None, from an honorific or a gendered title."""
        bare = word.rstrip(".")
        return "female" if bare in self.female else "male" if bare in self.male else None


@lru_cache(maxsize=1)
def load_roles() -> RoleLexicon:
    """The role lexicon, read once."""
    data = json.loads((DATA_DIR / "roles.json").read_text(encoding="utf-8"))
    return RoleLexicon(
        heads=frozenset(data["heads"]),
        modifiers=frozenset(data["modifiers"]),
        honorifics=frozenset(data["honorifics"]),
        female=frozenset(data["female"]),
        male=frozenset(data["male"]),
        abbreviations=dict(data["abbreviations"]),
        descriptions={k: tuple(v) for k, v in data["descriptions"].items()},
        not_actors=frozenset(data["not_actors"]),
        facility_heads=frozenset(data["facility_heads"]),
        organization_heads=frozenset(data["organization_heads"]),
        platforms=frozenset(data["platforms"]),
        state_nouns=frozenset(data["state_nouns"]),
        organization_nouns=frozenset(data["organization_nouns"]) | frozenset(data["generic_organization_nouns"]),
        generic_organization_nouns=frozenset(data["generic_organization_nouns"]),
        place_nouns=frozenset(data["place_nouns"]),
        name_nouns=frozenset(data["name_nouns"]),
        building_nouns=frozenset(data["building_nouns"]),
        place_first_words=frozenset(data["place_first_words"]),
        event_heads=frozenset(data["event_heads"]),
    )


@dataclass
class _Mention:
    """A mention while the document is being resolved (token offsets)."""

    start: int
    end: int
    key: str
    via: str


# letters after a name: honours, offices and degrees ("Kama Melly QC", "Jane Smith MP")
_POST_NOMINALS = {
    "QC", "KC", "SC", "MP", "MEP", "MSP", "MLA", "MPP", "MS", "AM", "TD", "OBE", "CBE", "MBE", "KBE",
    "DBE", "GBE", "CH", "FRS", "PhD", "Esq", "JP", "DL",
}


_STORM_WORDS = {"Storm", "Hurricane", "Typhoon", "Cyclone", "Depression"}


def _without_post_nominals(doc: Doc, start: int, end: int) -> int:
    """Where a name ends without the letters after it: "Judge Durham Hall QC" -> "Durham Hall"."""
    while end - start > 1 and doc[end - 1].text.rstrip(".") in _POST_NOMINALS:
        end -= 1
    return end


@dataclass
class _Party:
    """An actor while the document is being resolved."""

    key: str
    name: str
    kind: str
    roles: list[str] = field(default_factory=list)
    affiliations: Counter = field(default_factory=Counter)
    gender: str | None = None
    region: bool = False  # a federation's constituent state, named only where it is a party
    relative_of: str | None = None  # the key of the person whose unnamed relative this is ("his brother")


class NameFinder:
    """Finds the parties a document names and their mentions (see the module docstring).

    `ActorFinder.__call__` runs the `_find_*` methods in order; each adds parties to `parties` and
    mentions through `add`, and skips the tokens already `taken`.
    """

    def __init__(
        self,
        *,
        gazetteer: Gazetteer,
        places: frozenset[str],
        roles: RoleLexicon,
        names: PhraseMatcher,
        metonyms: PhraseMatcher,
        regions: PhraseMatcher | None = None,
        speech_verbs: frozenset[str] = frozenset(),
    ):
        self.gazetteer = gazetteer
        self.speech_verbs = speech_verbs  # verbs whose subject speaks ("TVN24 reported")
        self.places = places
        self.roles = roles
        # lower-case role nouns that head an apposition ("minister", "envoy")
        self.role_nouns = frozenset({h.lower() for h in self.roles.heads} | set(self.roles.descriptions))
        self.group_nouns = self.roles.organization_nouns | self.roles.name_nouns  # "the CNDD-FDD, the group"
        self.role_words = tuple(self.role_nouns | {f"{noun}s" for noun in self.role_nouns})  # and plurals
        self.names = names  # the gazetteer's names, abbreviations and demonyms
        self.metonyms = metonyms  # the gazetteer's capitals and seats of government
        self.regions = regions  # the gazetteer's constituent states of federations ("California")

    # -- states, capitals, organizations from the gazetteer ---------------------------------

    def _joined_names(self, doc) -> dict[int, int]:
        """Organization names the NER cut in two, as start -> end: at 'of'/'for' after an
        organization word ('Tunisian League' + 'for the Defence of Human Rights', 'Supreme Court' +
        'of the United Kingdom') or at 'and the' after a name with 'of' ('Islamic State of Iraq' +
        'and the Levant')."""
        starts = {e.start: e for e in _ents(doc)}
        joined = {}
        for ent in _ents(doc):
            if ent.label_ != "ORG":
                continue
            end = ent.end
            while end + 2 < len(doc) and doc[end].lower_ in ("of", "for", "and"):
                after = end + 1 + (doc[end + 1].lower_ == "the" and end + 1 not in starts)
                other = starts.get(after) or self._state_named_at(doc, after)
                if other is None or other.label_ not in ("ORG", "GPE", "LOC"):
                    break
                if doc[end].lower_ == "and":
                    # "High Court of England" + "and" + "Wales": a body of two places
                    named_of = any(t.lower_ == "of" for t in doc[ent.start : end])
                    places = named_of and doc[end - 1].text in self.gazetteer.names and other.text in self.gazetteer.names
                    if not places and (doc[end + 1].lower_ != "the" or other.label_ == "ORG" or not named_of):
                        break
                elif doc[end - 1].text not in self.roles.organization_heads:
                    break
                elif other.label_ != "ORG" and other.text not in self.gazetteer.regions and not all(
                    t.is_lower or self.roles.is_title(t.text) or t.text in self.roles.organization_heads for t in doc[ent.start : end]
                ):
                    # "Islamic Revolutionary Guard Corps of Iran": a proper name needs no state; "Supreme
                    # Court of" does, and so does a chapter ("American Civil Liberties Union of Montana")
                    break
                end = other.end
            if end > ent.end:
                joined[ent.start] = end
        return joined

    def _state_named_at(self, doc, i) -> Span | None:
        """A state's or a federation's state's name starting at token i that the NER left unlabelled
        ("the American Civil Liberties Union of Montana"), as a GPE span."""
        for n in (3, 2, 1):
            if i + n <= len(doc):
                text = doc[i : i + n].text
                if text in self.gazetteer.regions or self.gazetteer.names.get(text, ("", ""))[1] == "name":
                    return Span(doc, i, i + n, label="GPE")
        return None

    def _find_outlets(self, doc, parties, add, taken) -> set[int]:
        """News outlets named by capitalised words before an outlet word ('Samoa Observer', 'Greek
        Reporter', 'al-Masirah TV'), whatever the NER saw: an organization, even where its first
        word is a state's name or demonym. Returns the outlets' token indices."""
        found: set[int] = set()
        for i in _where(doc, ORTH, _OUTLET_HEADS):
            if i + 1 < len(doc) and doc[i + 1].text in _OUTLET_HEADS or taken[i]:
                continue  # "Fox News Channel": the name ends at the last outlet word
            start = i
            while start > 0 and i - start < 4 and not taken[start - 1]:
                before = doc[start - 1]
                if before.text[:1].isupper() and before.is_alpha and not self.roles.is_title(before.text) and before.is_sent_start is not True:
                    start -= 1
                elif (
                    before.text == "-" and start >= 2 and not before.whitespace_ and not doc[start - 2].whitespace_
                    and (doc[start - 2].lower_ in _ARABIC_ARTICLES or doc[start - 2].text[:1].isupper() and doc[start - 2].is_alpha)
                ):
                    start -= 2  # "al-Masirah", "ABS-CBN"
                else:
                    break
            if start == i:
                continue
            end = i + 1 + (i + 1 < len(doc) and doc[i + 1].text in _OUTLET_TAILS)  # "Tasnim News Agency"
            name = doc[start:end].text
            key = slugify(name)
            parties.setdefault(key, _Party(key, name, "organization"))
            add(start, end, key, "name")
            found.update(range(start, end))
        # "news agency Fars", "the daily Népszava", "flag carrier Garuda Indonesia": the name after
        # an outlet's or a company's noun is its name
        for i in _where(doc, LOWER, _PUBLISHER_NOUNS):
            noun, end = doc[i], i + 1
            if noun.pos_ != "NOUN" or noun.text != noun.lower_:
                continue
            while end < len(doc) and end - i <= 3 and not taken[end] and doc[end].ent_type_ not in _NOT_NAMES and (
                doc[end].pos_ in ("PROPN", "NOUN") and doc[end].text[:1].isupper()  # "agency Fars" (a NOUN to the tagger)
                or doc[end].text in ("-", "of") and end > i + 1 and end + 1 < len(doc) and doc[end + 1].text[:1].isupper()
                and (doc[end].text == "of" or not doc[end].whitespace_)
            ):
                end += 1
            if end == i + 1 or doc[end - 1].text == "-" or doc[i + 1 : end].text in self.gazetteer.names:
                continue
            if end < len(doc) and doc[end].text in ("'s", "’s") or any(self.roles.is_title(t.text) for t in doc[i + 1 : end]):
                continue  # "the agency Director's", "newspaper editor Keni Lesa": not the outlet's name
            name = doc[i + 1 : end].text
            key = slugify(name)
            parties.setdefault(key, _Party(key, name, "organization"))
            add(i + 1, end, key, "name")
            found.update(range(i + 1, end))
        return found

    def _find_states(self, doc, parties, add, entity_at, joined, outlets=frozenset()) -> None:
        """Gazetteer names, abbreviations and demonyms; capitals only when they act."""
        inside_names = {i for start, end in joined.items() for i in range(start, end)} | set(outlets)
        spans = [Span(doc, s, e, label=m) for m, s, e in self.names(doc)]
        spans += [
            Span(doc, s, e, label=f"{doc.vocab.strings[m]}|metonym")
            for m, s, e in self.metonyms(doc)
        ]
        if self.regions is not None:
            spans += [Span(doc, s, e, label=f"{doc.vocab.strings[m]}|region") for m, s, e in self.regions(doc)]
        # the federations whose states the text names ("US-" for "Florida"): there, "Georgia" is
        # another of them, not the country
        federations = {self.gazetteer.regions[s.text].code[:3] for s in spans if s.label_.endswith("|region")}
        surnames = {e[-1].text for e in _ents(doc) if e.label_ == "PERSON" and len(e) > 1}
        for span in filter_spans(spans):
            entity_id, via = span.label_.split("|")
            if span.start in inside_names:
                continue  # "Supreme Court of the United Kingdom": part of an organization's name
            ent = entity_at.get(span.start)
            if via == "region":
                if self._region_is_party(doc, span, ent):
                    entity = self.gazetteer.regions[span.text]
                    parties.setdefault(entity.id, _Party(entity.id, entity.name, entity.kind, region=True))
                    add(span.start, span.end, entity.id, "name")
                continue
            if span.text in self.gazetteer.ambiguous and self.gazetteer.shadowed_regions.get(span.text, "")[:3] in federations:
                continue  # "Senator Doug Collins of Georgia" beside "Rick Scott of Florida": the US state
            if via == "metonym" and span.text in surnames:
                continue  # "Amman had scrawled" after "Sudesh Amman": the man, not Jordan
            # "Georgia", "Niger": a state only where spaCy sees a place, nationality or body
            if span.text in self.gazetteer.ambiguous and (ent is None or ent.label_ not in ("GPE", "NORP", "ORG")):
                # "Niger's president": a state's office holder makes the name the state
                if not (span.root.dep_ == "poss" and span.root.head.lemma_.lower() in _STATE_OFFICES):
                    continue
            if ent is not None and ent.label_ == "NORP" and via == "demonym" and self._demonym_organization(ent):
                continue  # "Belarusian KGB", "Saudi Aramco": the organization's name, not the state
            if ent is not None and ent.label_ == "NORP" and span.start > ent.start and doc[span.start - 1].text in _COMPASS:
                continue  # "North American": a region's people, not the state's
            if ent is not None and ent.label_ not in ("PERSON", "NORP") and len(ent) > len(span):
                rest = doc[span.end : ent.end]
                if (
                    ent.label_ == "ORG" and span.start == ent.start + (ent[0].lower_ == "the") and self._personal_name(rest)
                    and not self._named_organization(doc, rest)
                ):
                    # "Germany Richard Grenell", "Amnesty International Man-kei Tam": a title's
                    # organization or state, then the title holder's name, glued by the NER
                    doc.user_data.setdefault("_glued_names", []).append((rest.start, rest.end))
                elif _strip_the(ent.text) != span.text and not _conjunct(doc, span, ent):
                    continue  # part of a larger name: "Bank of China", "New Mexico"
            if via == "metonym" and not _acts(span.root):
                continue
            if span.root.dep_ in ("compound", "amod", "nmod") and span.root.head.lemma_.lower() in _CURRENCIES | _PREMISES:
                continue  # "U.S. dollars": a currency, not the state; "an Irish pub": a style
            if via == "demonym" and _before_premises(doc, span.end):
                continue  # "its 2000 Thai and 74 Malaysian stores"
            if span.end + 1 < len(doc) and doc[span.end].tag_ == "$" and doc[span.end + 1].like_num:
                continue  # "US$19.7 billion", "US $2.63 billion": a currency sign, not the state
            if span.end + 1 < len(doc) and doc[span.end].text == "-" and doc[span.end + 1].lower_ in ("based", "headquartered"):
                continue  # "the Luxembourg-based court": where something is, not the state
            entity = self.gazetteer.entities[entity_id]
            parties.setdefault(entity_id, _Party(entity_id, entity.name, entity.kind))
            add(span.start, span.end, entity_id, via)

    def _region_is_party(self, doc, span, ent) -> bool:
        """A federation's constituent state ("California", "Ontario") is a party where it acts
        ("Texas sued"), where its office holder is named ("California Attorney General Xavier
        Becerra", "the governor of Alabama", "attorneys general from Maine, New York and Hawaii",
        "Ontario's premier") or where "the state of X" is a subject or object ("sued the state of
        Montana"); elsewhere it is a place ("in Texas", "residents of the state of Ohio")."""
        if ent is not None and (ent.label_ == "PERSON" or len(ent) > len(span) and _strip_the(ent.text) != span.text):
            return False  # "Victoria Nuland", "the Alabama Legislature", "New York Times"
        root = span.root
        if _acts(root) and root.head.lemma_ not in ("be", "have"):
            return True  # not "New Jersey had the lowest rate": a place's figures
        before = [t.lower_ for t in doc[max(span.start - 3, 0) : span.start]]
        if before[-2:-1] and before[-1] in ("of", "from") and (before[-2] in _REGION_OFFICES or before[-3:-1] == ["attorneys", "general"]):
            return True  # "Governor of Alabama Kay Ivey", which the parser reads as one name
        after = doc[span.end : span.end + 3]
        if after and (
            after[0].lower_ in _REGION_OFFICES
            or after[0].lower_ == "chief" and len(after) > 1 and after[1].lower_ == "minister"
            or after[0].lower_ == "secretary" and [t.lower_ for t in after[1:]] == ["of", "state"]
        ):
            return True  # "California Attorney General", "Punjab Chief Minister"
        if root.dep_ == "poss" and root.head.lemma_.lower() in _REGION_OFFICES:
            return True  # "Ontario's premier"
        while root.dep_ == "conj":
            root = root.head  # "from Maine, New York and Hawaii"
        prep = root.head
        if root.dep_ == "pobj" and prep.lower_ in ("of", "from") and prep.head is not prep:
            holder = prep.head
            if _region_office(holder):
                return True  # "the governor of Alabama", "attorneys general from Maine"
            if holder.lemma_.lower() == "state" and not any(c.lower_ in _PLACE_STATES for c in holder.children) and (
                holder.dep_ in ("nsubj", "nsubjpass", "dobj") or holder.dep_ == "pobj" and holder.head.lower_ in ("against", "by")
                or holder.dep_ == "pobj" and holder.head.lower_ == "of" and _region_office(holder.head.head)
            ):
                # "sued the state of Montana", "Chief Minister of the state of Goa"; not "in the
                # state of Montana", "residents of the state of Ohio"
                return True
        return False

    # -- people -----------------------------------------------------------------------------

    def _find_people(self, doc, parties, add, taken, entity_at, not_parties) -> list[tuple[int, int, str]]:
        """PERSON entities with titles stripped, merged by name; returns (start, end, key)."""
        organization_first_words = {e[0].text for e in _ents(doc) if e.label_ == "ORG" and len(e) > 1}
        votes = Counter((e.text, e.label_) for e in _ents(doc))
        spans = []
        # a person's full name the NER called an organization where it calls the surname a person
        # elsewhere ("Morgan Tsvangirai" ... "Tsvangirai claimed victory")
        person_last_words = {e[-1].text for e in _ents(doc) if e.label_ == "PERSON"}
        people = [
            e for e in _ents(doc)
            if e.label_ == "PERSON" and not _plural_name(e) and not self._people_of(e)
            or e.label_ == "ORG" and e[-1].text in person_last_words and self._personal_name(e)
            # "Jacqueline De León said" labelled ORG: a common given name first (no place, no
            # two-letter article as in "Al Jazeera") of someone who speaks or holds a role
            or e.label_ == "ORG" and len(e[0]) > 2 and is_common_given_name(e[0].text) and self._personal_name(e)
            and e[1].text not in ("-", "–")  # "Kimberly-Clark"
            and e[0].text not in self.places and e.text not in self.places and self._speaks_or_holds_a_role(e)
            # "told NPR Hamza bin Laden had ...": an acronym glued to a name with a common given name
            or e.label_ == "ORG" and len(e) >= 3 and e[0].is_upper and e[0].is_alpha and len(e[0]) >= 2
            and (is_common_given_name(e[1].text) or given_name_gender(e[1:].text)) and self._personal_name(e[1:])
        ]
        joined_people = {a.start: b.end for a, b in zip(people, people[1:]) if a.end == b.start}
        second_halves = {b.start for a, b in zip(people, people[1:]) if a.end == b.start}
        for ent in people:
            if ent.start in second_halves:
                continue  # the second half of a name the NER split in two: read with the first
            # "Zine El Abidine" + "Ben Ali": two person names with nothing between are one name
            start, end = ent.start, _hyphen_end(doc, joined_people.get(ent.start, ent.end))
            if start > 0 and not taken[start - 1] and doc[start - 1].is_title and not doc[start - 1].ent_type_ and (
                is_common_given_name(doc[start - 1].text) and first_name_gender(doc[start - 1].text)
                and not self._is_prefix(doc[start - 1])
            ):
                start -= 1  # "Superintendent Yolanda" + "Yu Hoi-kwan": the given name the NER left out
            if doc[start].lower_ in _NAME_PARTICLES and doc[start].is_lower and start > 0:
                before = doc[start - 1]  # "Arnel" + "dela Vega": the given name the NER left out
                if before.pos_ == "PROPN" and before.text[:1].isupper() and not taken[before.i] and not self._is_prefix(before):
                    start -= 1
            while start < end and (self._is_prefix(doc[start]) or taken[start]):
                start += 1
            if (
                end - start >= 3 and doc[start].is_upper and doc[start].is_alpha and len(doc[start]) >= 2
                and (is_common_given_name(doc[start + 1].text) or given_name_gender(doc[start + 1 : end].text))
            ):
                # "told NPR Hamza bin Laden had appeared": an outlet's acronym glued to a name
                acronym = doc[start].text
                parties.setdefault(slugify(acronym), _Party(slugify(acronym), acronym, "organization"))
                add(start, start + 1, slugify(acronym), "name")
                start += 1
            while end > start and (doc[end - 1].text in ("'s", "'", "’s") or taken[end - 1]):
                end -= 1
            if end > start and _is_name(doc[start:end]) and not self._not_a_person(doc[start:end]):
                if _no_party(doc[start:end], not_parties):
                    continue  # "the EastMed pipeline": a facility's name
                if end - start == 1 and doc[start].text in organization_first_words:
                    continue  # "Mahan" where the text names "Mahan Air": the organization
                if end - start == 1 and votes[(doc[start].text, "ORG")] >= votes[(doc[start].text, "PERSON")]:
                    continue  # the NER calls it an organization as often elsewhere: "Wikinews"
                spans.append((start, end))
        spans += self._titled_names(doc, taken, spans)
        spans += self._given_names(doc, taken, spans)
        spans += self._listed_people(doc, taken, spans)
        spans += doc.user_data.pop("_glued_names", [])
        trimmed = []
        for start, end in spans:
            stop = _without_post_nominals(doc, start, end)
            for i in range(stop, end):
                taken[i] = True  # "QC" after a name is no organization
            trimmed.append((start, stop))
        spans = trimmed
        full = {}
        for start, end in sorted(spans, key=lambda se: (-(se[1] - se[0]), se[0])):
            words = tuple(_fold(t.text) for t in doc[start:end])
            if len(words) > 1 and not any(_contains(f, words) for f in full):
                # "Hamza bin Ladin" after "Hamza bin Laden": a surname spelt one letter off
                same = next((f for f in full if f[:-1] == words[:-1] and _one_letter_off(words[-1], {f[-1]})), None)
                full[words] = full[same] if same else slugify(" ".join(words))
        found = []
        for start, end in sorted(spans):
            words = tuple(_fold(t.text) for t in doc[start:end])
            key = full.get(words) or _best_full(words, full, found, start)
            if key is None:
                if len(words) > 1 or _common_noun(doc, doc[start]):
                    continue
                key = slugify(words[0])
                full.setdefault(words, key)
            via = "name" if words in full and full[words] == key and len(words) > 1 else "alias"
            if len(words) == 1 and key == slugify(words[0]):
                via = "name"
            shown = doc[start:end].text  # as written: "Bashar al-Assad", not "al - Assad"
            parties.setdefault(key, _Party(key, shown, "person"))
            if len(shown) > len(parties[key].name):  # the fullest form names the person
                parties[key].name = shown
            found.append((start, end, key))
            add(start, end, key, via)
        # "Tomasz and Marek Sekielski": a given name coordinated with a full name shares its surname
        for start, end, key in list(found):
            if end - start < 2 or start < 2 or doc[start - 1].lower_ not in ("and", "&"):
                continue
            given = doc[start - 2]
            ent = entity_at.get(given.i)
            if (
                given.pos_ != "PROPN" or not given.is_title or taken[given.i] or self._is_prefix(given)
                or ent is not None and ent.label_ != "PERSON"
                or given.i > 0 and doc[given.i - 1].pos_ == "PROPN" and doc[given.i - 1].text[:1].isupper()
            ):
                continue
            words = (_fold(given.text), *(_fold(t.text) for t in doc[start + 1 : end]))
            sibling = slugify(" ".join(words))
            full.setdefault(words, sibling)
            parties.setdefault(sibling, _Party(sibling, " ".join((given.text, doc[start + 1 : end].text)), "person"))
            found.append((given.i, given.i + 1, sibling))
            add(given.i, given.i + 1, sibling, "alias")
        # surnames and first names met again, whatever spaCy labelled them ("Wang" as ORG), and
        # their misspellings with two letters swapped ("Pierliusi" for "Pierluisi") or, in a
        # surname, one letter changed after the first three ("Saree" for "Sarea")
        parts = _name_parts(full)
        misspelt = {_letters(p): p for p in parts if len(p) >= 6}
        surnames = {f[-1] for f in full if len(f) > 1 and len(f[-1]) >= 5}
        for token in doc:
            if taken[token.i] or not token.text[:1].isupper():
                continue
            folded = _fold(token.text)
            if folded not in parts:
                folded = (misspelt.get(_letters(folded)) if len(folded) >= 6 else None) or _one_letter_off(folded, surnames)
                if folded is None or not token.text.isalpha():
                    continue
            ent = entity_at.get(token.i)
            if ent is not None and ent.label_ not in ("PERSON", "ORG", "NORP", "GPE"):
                continue
            if ent is not None and len(ent) > 1 and _strip_the(ent.text) != token.text:
                continue
            nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
            if nxt is not None and nxt.text[:1].isupper() and nxt.pos_ == "PROPN" and not taken[nxt.i]:
                continue  # another name that shares the word: "Wang Qishan"
            key = _best_full((folded,), full, found, token.i)
            if key is not None:
                found.append((token.i, token.i + 1, key))
                add(token.i, token.i + 1, key, "alias")
        # "Pope Francis", "Sultan Qaboos": a sovereign known by one name is named with the title
        for start, _, key in found:
            party = parties[key]
            if start > 0 and doc[start - 1].text in _REGNAL_TITLES and " " not in party.name:
                party.name = f"{doc[start - 1].text} {party.name}"
        return found

    def _given_names(self, doc, taken, spans) -> list[tuple[int, int]]:
        """Names the NER missed that begin with a common given name of one sex and act ('Regina Ip
        from the pro-Beijing camp said'): the given name and one or two capitalised words that are
        no title, state, place or organization word, as a clause's subject or in apposition."""
        covered = {i for start, end in spans for i in range(start, end)}
        found = []
        for i in numpy.flatnonzero(doc.to_array(IS_TITLE)).tolist():
            token = doc[i]
            if (
                token.i in covered or taken[token.i] or token.ent_type_ or not token.is_title
                or not is_common_given_name(token.text) or first_name_gender(token.text) is None
                or self.roles.is_title(token.text)  # "Princess Ubolratana": a title, not a given name
            ):
                continue
            end = token.i + 1
            while end < len(doc) and end - token.i < 3 and doc[end].is_title and doc[end].is_alpha and not taken[end] and (
                doc[end].ent_type_ in ("", "PERSON") and doc[end].text not in self.places
                and not self.roles.is_title(doc[end].text) and doc[end].text not in self.roles.organization_heads
                and doc[end].text not in self.gazetteer.names
            ):
                end += 1
            if end == token.i + 1 or end < len(doc) and doc[end].like_num:
                continue  # "Hurricane Humberto Advisory Number 14": a document's name
            if token.i > 0 and doc[token.i - 1].is_title and not token.is_sent_start:
                continue  # part of a longer capitalised name
            root = doc[token.i : end].root
            if root.dep_ in ("nsubj", "nsubjpass") or root.dep_ == "appos" and root.head.lemma_.lower() in self.role_nouns:
                found.append((token.i, end))
        return found

    def _titled_names(self, doc, taken, spans) -> list[tuple[int, int]]:
        """Names spaCy missed right after a role word: 'president Okey Oramah' (two to four
        capitalised words that are no title, state or organization word)."""
        covered = {i for start, end in spans for i in range(start, end)}
        found = []
        for i in _where(doc, LOWER, self.role_words):
            if i >= len(doc) - 2:
                break
            token = doc[i]
            role = token.lower_[:-1] if token.lower_.endswith("s") else token.lower_  # "Presidents A and B"
            if (token.lower_ not in self.role_nouns and role not in self.role_nouns) or token.text.isupper():
                continue
            end = token.i + 1
            while (
                end < len(doc)
                and end - token.i <= 4
                and doc[end].pos_ == "PROPN"
                and doc[end].text[:1].isupper()
                and not taken[end]
                and end not in covered
                and not self.roles.is_title(doc[end].text)
                and doc[end].text not in self.gazetteer.names
                and doc[end].text not in self.roles.organization_heads
            ):
                end += 1
            shortest = 1 if token.text in _REGNAL_TITLES else 2  # "Sultan Qaboos": one name is enough
            if shortest <= end - token.i - 1 <= 4 and (end == len(doc) or doc[end].pos_ != "PROPN"):
                found.append((token.i + 1, end))
        return found

    def _find_families(self, doc, parties, add, taken, entity_at) -> None:
        """A named family is a group: 'the Socoolas family' -> 'Socoolas family', 'the family of
        Harry Dunn' -> 'family of Harry Dunn' (its mention the word 'family'; the person keeps the name)."""
        for i in _where(doc, LOWER, ("family",)):  # not a loop over every token: this runs per document
            token = doc[i]
            if token.pos_ != "NOUN" or taken[token.i]:
                continue
            start = token.i
            while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].pos_ == "PROPN" and not taken[start - 1]:
                start -= 1
            surname = doc[start : token.i]
            if surname and surname.text not in self.gazetteer.names and not any(self.roles.is_title(t.text) for t in surname):
                name, end = f"{surname.text} family", token.i + 1
            else:
                person = next(
                    (o for p in token.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"),
                    None,
                )
                ent = entity_at.get(person.i) if person is not None else None
                if ent is None or ent.label_ != "PERSON" or not _is_name(ent):
                    continue
                name, start, end = f"family of {ent.text}", token.i, token.i + 1
            key = slugify(name)
            parties.setdefault(key, _Party(key, name, "group"))
            add(start, end, key, "name" if start < token.i else "description")

    def _listed_people(self, doc, taken, spans) -> list[tuple[int, int]]:
        """Names the NER called organizations in a list of people: 'Nikos Dendias, Nikos
        Christodoulides and Jean-Yves Le Drian', 'Muhammadu Buhari of Nigeria and Patrice Talon of'."""
        people = {i for start, end in spans for i in range(start, end)}
        found = []
        for ent in _ents(doc):
            if ent.label_ != "ORG" or taken[ent.start]:
                continue
            end = ent.end
            while end > ent.start and doc[end - 1].pos_ in ("ADP", "PUNCT", "CCONJ"):
                end -= 1
            span = doc[ent.start : end]
            if not span or not self._personal_name(span):
                continue
            if (
                span.root.dep_ in ("conj", "appos") and span.root.head.i in people
                or self._said_to_be_someone(span.root)
                or self._after_title(doc, span.start)
            ):
                found.append((span.start, span.end))
        return found

    def _after_title(self, doc: Doc, start: int) -> bool:
        """True when a name ends a title phrase: 'US Ambassador to the United Nations Nikki Haley'
        (a capitalised role word a few words before, with only names, 'to', 'of' and 'the' between);
        right after 'of' a name is the title's organization ('CEO of Boeing Commercial Airplanes')."""
        if start == 0 or doc[start - 1].pos_ != "PROPN":
            return False
        for i in range(start - 1, max(-1, start - 8), -1):
            word = doc[i]
            if word.text[:1].isupper() and self.roles.is_title(word.text) and word.lower_ in self.role_nouns:
                return True
            if not (word.pos_ == "PROPN" or word.lower_ in ("to", "of", "the", "for")):
                return False
        return False

    def _said_to_be_someone(self, root: Token) -> bool:
        """True when a name is followed by 'who' ('Viktar Babaryka, who was arrested') or apposed
        to a role noun ('Valery Tsapkala, a potential presidential candidate'): a person's name."""
        for child in root.children:
            if child.dep_ == "relcl" and any(c.lower_ == "who" and c.dep_ in _SUBJECT_DEPS for c in child.children):
                return True
            if child.dep_ == "appos" and child.pos_ == "NOUN" and child.lemma_.lower() in self.role_nouns:
                return True
        return False

    def _places_and_products(self, doc) -> dict[str, str]:
        """Names the text shows are no party, whatever the NER says: places and facilities
        ('our biggest island Crete', 'RAF Croughton, which is a base', 'the EastMed gas pipeline')
        -> 'place'; products ('a Volvo XC90') -> 'product'; acronyms of common nouns ('exclusive
        economic zone (EEZ)') -> 'acronym'."""
        found: dict[str, str] = {}
        places = self.roles.place_nouns
        place_words = {t.text for e in _ents(doc) if e.label_ in ("GPE", "LOC", "FAC") for t in e}
        name_words = {t.text for e in _ents(doc) if e.label_ == "PERSON" and len(e) > 1 for t in e}
        for ent in _ents(doc):
            if ent.label_ not in ("ORG", "PERSON", "FAC", "GPE", "LOC"):
                continue
            root, text = ent.root, _strip_the(ent.text)
            placed = (
                root.dep_ == "appos" and root.head.pos_ == "NOUN" and root.head.lemma_.lower() in places
                or any(c.dep_ == "appos" and c.pos_ == "NOUN" and c.lemma_.lower() in places for c in root.children)
                or any(
                    c.dep_ == "relcl" and any(g.dep_ == "attr" and g.lemma_.lower() in places for g in c.children)
                    for c in root.children
                )
                or root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.pos_ == "NOUN"
                and root.head.head.lemma_.lower() in places and root.head.head.i < root.i
            )
            head = root
            while (head.dep_ == "compound" or head.dep_ == "amod" and head.text[:1].isupper()) and head.head is not head:
                head = head.head  # "the Khurais oil field" (an adjective to the tagger)
            if head is not root and head.pos_ == "NOUN" and head.lemma_.lower() in _FACILITIES | _LANDFORMS | _REGIONS:
                placed = True  # "the EastMed gas pipeline", "the Amazon rainforest", "Wardak province"
            if ent.end < len(doc) and doc[ent.end].is_lower and doc[ent.end].lower_ in _REGIONS | _REGIONAL:
                placed = True  # "the Maidan Wardak provincial council": a province's council, not a person
            if ent.label_ == "ORG" and _destination(root):
                placed = True  # "marched from Hyde Park Corner to Parliament": a venue, not the body
            # "On Friday in Pakistan, Mohammed Waseem, brother of ...": a conjunct without 'and' is
            # the parser running a fronted place into the subject
            run_on = root.dep_ == "conj" and not any(c.dep_ == "cc" for c in root.head.children)
            if ent.label_ in ("PERSON", "ORG", "FAC", "LOC") and _locative(root, _TOWN_LOCATIVE) and not run_on:
                # "a camp at Ain Issa", "the consulate in Erbil": no one is "in" a person, and an
                # organization is only where the name is also a known town or region
                placed = placed or ent.label_ != "ORG" or text in self.places
            if (
                ent.label_ == "PERSON" and len(ent) == 1 and text in self.places and text in place_words
                and text not in name_words and root.dep_ not in ("nsubj", "nsubjpass", "poss") and not _is_addressed(root)
            ):
                # "the honorable people of Qom" after "Iran's Qom Province": a known town the
                # text also names as a place, doing nothing a person does
                placed = True
            if ent.start > 1 and doc[ent.start - 1].is_digit and doc[ent.start - 2].lower_ in ("at", "on", "in", "to", "from"):
                placed = True  # "the police headquarters at 36 Quai des Orfèvres": an address
            if placed:
                found[text] = "place"
            if (
                len(ent) == 1 and ent[0].tag_ == "NNS" and ent[0].is_sent_start and ent[0].lower_ != ent[0].text
                and len(_where(doc, ORTH, (ent.text,))) == 1
            ):
                found[text] = "common"  # "Photographs, videos, and text messages ...": a plural noun, once
            if self._building(ent, root):
                found[text] = "building"
            if len(ent) > 2 and ent[-1].lower_ in self.roles.building_nouns and ent[-1].text[:1].isupper():
                # "the Hagia Sophia Museum": the name before the building word is the building's
                found[_strip_the(ent[:-1].text)] = "building"
            before = doc[ent.start - 1].lower_ if ent.start > 0 else ""
            if before in ("a", "an") and ent[0].lower_ != "the" and (
                root.dep_ != "compound" or root.head.pos_ in ("PROPN", "NUM") or any(c.isdigit() for c in root.head.text)
            ):
                found[text] = "product"  # "a Volvo XC90", "a Boeing 737": the thing, not the maker
        entity_at = {t.i: e for e in _ents(doc) for t in e}
        for ent in _ents(doc):
            # "entered Tell Tamer and Ain Issa": a conjunct of a place is a place
            if ent.label_ in ("PERSON", "ORG") and _strip_the(ent.text) not in found:
                if any(found.get(_strip_the(e.text)) == "place" for e in _conjunct_entities(ent, doc, entity_at)):
                    found[_strip_the(ent.text)] = "place"
        for name in self._converted_buildings(doc):
            found[name] = "building"
        for i in _where(doc, ORTH, ("[",)):
            # "Ayasofya [Haghia Sophia]": an editor's gloss names the same thing as the name before it
            close = next((j for j in range(i + 1, min(i + 8, len(doc))) if doc[j].text == "]"), None)
            start = i
            while start > 0 and doc[start - 1].pos_ == "PROPN":
                start -= 1
            if close is None or start == i:
                continue
            before, inside = doc[start:i].text, doc[i + 1 : close].text
            if found.get(before) == "building" or found.get(inside) == "building":
                found[before] = found[inside] = "building"
        for i in _where(doc, ORTH, ("(",)):
            if not 0 < i < len(doc) - 2:
                continue
            token = doc[i]
            if doc[token.i + 2].text == ")" and doc[token.i - 1].is_lower and doc[token.i - 1].is_alpha:
                acronym = doc[token.i + 1].text
                if len(acronym) > 1 and acronym.isupper():
                    found[acronym] = "acronym"
        return found

    def _building(self, ent: Span, root: Token) -> bool:
        """True when the text shows a name is a building or monument: apposed to a building noun
        ('Hagia Sophia, formerly a church'), called one ('X will be called a museum'), converted to
        one ('converting X to a mosque', see `_converted_buildings`), or begun by a place word ('Masjid Al-Aqsa', 'Mount Athos')."""
        buildings = self.roles.building_nouns
        first = ent[ent[0].lower_ == "the"] if len(ent) > 1 else ent[0]
        if len(ent) > 1 and first.text in self.roles.place_first_words and first.i < ent.end - 1:
            return True
        if any(c.dep_ == "appos" and c.lemma_.lower() in buildings for c in root.children):
            return True
        if root.dep_ == "appos" and root.head.lemma_.lower() in buildings:
            return True
        return False

    def _converted_buildings(self, doc) -> list[str]:
        """Names a building noun is made of: 'converting Hagia Sophia to a mosque', 'Ayasofya
        [Haghia Sophia] will no longer be called a museum'."""
        names = []
        for i in _where(doc, LOWER, self.roles.building_nouns):
            goal = doc[i]
            if goal.dep_ in ("oprd", "attr"):
                verb = goal.head
            elif goal.dep_ == "pobj" and goal.head.lower_ in ("to", "into", "as") and goal.head.dep_ == "prep":
                verb = goal.head.head
            else:
                continue
            if verb.lemma_.lower() not in _CONVERSION_VERBS:
                continue
            for thing in verb.children:
                if thing.dep_ not in ("dobj", "nsubjpass"):
                    continue
                for head in (thing, *thing.conjuncts):
                    if head.pos_ == "PROPN":
                        start = min((c.i for c in head.subtree if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < head.i), default=head.i)
                        names.append(doc[start : head.i + 1].text)
        return names

    def _demonym_organization(self, ent: Span) -> bool:
        """True for a NORP entity that is a demonym and then singular proper nouns that are no
        demonym or title ('Belarusian KGB', 'Saudi Aramco'): an organization the NER took for a
        nationality; 'Iranian Kurds' is a group and 'North Korean' a demonym."""
        entry = self.gazetteer.names.get(ent[0].text)
        if len(ent) < 2 or entry is None or entry[1] != "demonym":
            return False
        return all(
            t.tag_ == "NNP" and t.text[:1].isupper() and t.text not in self.gazetteer.names and not self.roles.is_title(t.text)
            for t in ent[1:]
        )

    def _is_state_name(self, words: tuple[str, ...]) -> bool:
        """True when the words are a state's name or demonym ('United States', 'British')."""
        return _names_state(self.gazetteer, " ".join(words))

    def _state_spelled_out(self, span: Span) -> str:
        """An organization's name with a state's abbreviation at its start spelled out: 'U.S.
        Embassy' -> 'United States Embassy', so both spellings make one organization."""
        entry = self.gazetteer.names.get(span[0].text)
        if len(span) < 2 or entry is None or entry[1] != "alias":
            return span.text
        entity = self.gazetteer.entities[entry[0]]
        if entity.kind != "state":
            return span.text
        return f"{entity.name} {span[1:].text}"

    def _named_organization(self, doc: Doc, words: Span) -> bool:
        """True when the text names an organization with these words elsewhere ('Thai Raksa Chart
        Party', 'the Thai Raksa Chart party'): they are that name, not a person's."""
        text = words.text
        for ent in _ents(doc):
            if ent.label_ == "ORG" and text in ent.text and ent.text != text and ent[-1].text in self.roles.organization_heads:
                return True
            if ent.label_ == "ORG" and ent.text.endswith(text) and ent.end < len(doc) and doc[ent.end].lower_ in self.roles.name_nouns:
                return True
        return False

    def _spelled(self, words: tuple[str, ...]) -> tuple[str, ...]:
        """Name words with a state's abbreviation or demonym at their start written out: ('UK',
        'Supreme', 'Court') -> ('United', 'Kingdom', 'Supreme', 'Court'), ('Iraqi', 'Parliament') ->
        ('Iraq', 'Parliament'), as 'Parliament of Iraq' is read."""
        entry = self.gazetteer.names.get(words[0]) if len(words) > 1 else None
        if entry is None or entry[1] not in ("alias", "demonym") or self.gazetteer.entities[entry[0]].kind != "state":
            return words
        return (*self.gazetteer.entities[entry[0]].name.split(), *words[1:])

    def _speaks_or_holds_a_role(self, span: Span) -> bool:
        """'X said', 'X, a spokesperson', 'spokesperson X', 'the spokesperson, X'."""
        root = span.root
        if root.dep_ == "nsubj" and root.head.lemma_.lower() in self.speech_verbs:
            return True
        if root.dep_ == "appos" and root.head.lemma_.lower() in self.role_nouns:
            return True
        return any(c.dep_ == "appos" and c.lemma_.lower() in self.role_nouns for c in root.children)

    def _personal_name(self, span: Span) -> bool:
        """Two to four capitalised words that are no title, organization or place word."""
        words = [t for t in span if t.text != "-"]
        return (
            2 <= len(words) <= 4
            and _is_name(span)
            and all(t.pos_ == "PROPN" or t.text[:1].isupper() for t in words)
            and not any(self.roles.is_title(t.text) or t.text in self.gazetteer.names for t in words)
            and not self._not_a_person(span)
        )

    def _not_a_person(self, span: Span) -> bool:
        """Time zones, platforms, and names ending in a facility or organization word."""
        return (
            span.text in self.roles.not_actors
            or span.text in self.roles.platforms
            or span[-1].lower_.endswith("news")  # "Wikinews", "Fox News": an outlet
            or span[-1].text in self.roles.facility_heads
            or span[-1].text in self.roles.organization_heads
            # "Martin Luther King Jr. Day", "St. Patrick's Day": a holiday ("Doris Day" is a person)
            or span[-1].text == "Day" and (len(span) >= 3 or span[-2].text in ("'s", "’s", "Jr."))
            or _is_storm(span)
        )

    def _drop_places(self, doc, parties, mentions) -> list[_Mention]:
        """States named only as places ("flights to Spain") are no actors; nor are platforms that
        never act: "on Twitter", "she used Instagram", "her Twitter account" name a medium, while
        "Twitter said" is the company."""
        placed = [
            key
            for key, party in parties.items()
            if party.kind == "state" and not party.region  # a region is only named where it is a party
            # a pronoun resolved to a place ("a user in Ireland ... their own") does not make it act
            and all(
                m.via in ("name", "alias") and (_locative(doc[m.end - 1]) or self._after_a_place(doc, m.start, m.end))
                for m in mentions if m.key == key and m.via != "pronoun"
            )
            or party.name in self.roles.platforms
            and not any(_acts(doc[m.start : m.end].root) for m in mentions if m.key == key)
        ]
        return [m for m in mentions if m.key not in placed]

    def _name_after_head(self, doc: Doc, ent: Span, taken: list[bool]) -> int:
        """Where a name the NER cut after its head word ends: 'The Puerto Rico Center' + 'for
        Investigative Journalism' (title-case words after 'for' or 'of')."""
        end = ent.end
        if end + 1 >= len(doc) or doc[end].lower_ not in ("for", "of") or not (
            ent[-1].text in self.roles.organization_heads or ent[-1].text in ("Center", "Centre")
        ):
            return end
        i = end + 1
        while i < len(doc) and not taken[i] and (
            doc[i].is_title and doc[i].pos_ == "PROPN" and doc[i].ent_type_ not in ("GPE", "LOC", "NORP")  # not "of Kansas City"
            or doc[i].lower_ in ("and", "&") and i > end + 1 and i + 1 < len(doc) and doc[i + 1].is_title
        ):
            i += 1
        while i > end + 1 and doc[i - 1].lower_ in ("and", "&"):
            i -= 1
        return i if i > end + 1 else end

    def _national_centre(self, span: Span) -> bool:
        """'the United States National Hurricane Center', 'UK National Cyber Security Centre': a
        centre of a state is a body of it, not a building like 'the Lincoln Center'."""
        words = tuple(t.text for t in span)
        return words[-1] in ("Center", "Centre") and (
            "National" in words or _without_state(words, self._is_state_name) != words
        )

    def _after_a_place(self, doc: Doc, start: int, end: int) -> bool:
        """'Bradford, England', 'the state of Goa, India': a country after a town or region and a
        comma says where that is (not a list of countries: 'Russia, China and Iran')."""
        if start < 2 or doc[start - 1].text != "," or doc[start:end].root.dep_ in ("conj", *_SUBJECT_DEPS):
            return False  # "In Kyiv, Ukraine accused Russia": a subject after a place acts
        if end < len(doc) and doc[end].lower_ in ("and", "or", "&"):
            return False
        town = doc[start - 2]
        return (
            town.ent_type_ in ("GPE", "LOC") or town.text in self.places
        ) and not _names_state(self.gazetteer, town.text)

    def _is_prefix(self, token: Token) -> bool:
        """A token that comes before a name but is not part of it: titles, 'the', 'and'."""
        return (
            self.roles.is_title(token.text)
            or token.lower_ in ("the", "and", "&", ",", "former", "late")
            or token.text in self.gazetteer.names
        )

    # -- organizations and groups -----------------------------------------------------------

    def _find_organizations(self, doc, parties, add, taken, not_parties, joined) -> None:
        """ORG entities as organizations, plural NORP entities as groups."""
        acronyms: dict[str, str] = {}
        first_words = {e[0].text for e in _ents(doc) if e.label_ == "ORG" and len(e) > 1}
        organization_names = " ".join(f" {e.text} " for e in _ents(doc) if e.label_ == "ORG" and len(e) > 2)
        votes = Counter((e.text, e.label_) for e in _ents(doc))
        entity_at_start = {e.end - 1: e for e in _ents(doc)}  # by last token
        for ent in _ents(doc):
            relabelled = ent.label_ == "PERSON" and (
                ent[-1].text in self.roles.organization_heads
                or ent.text in self.roles.platforms
                or ent[-1].lower_.endswith("news")  # "Wikinews"
                or self._people_of(ent)  # "Hong Kongers": a people
                or (len(ent) == 1 and ent.text in first_words)  # "Mahan" of "Mahan Air"
                or (len(ent) == 1 and votes[(ent.text, "ORG")] >= votes[(ent.text, "PERSON")])
                or _plural_name(ent)
            )
            if ent.label_ not in ("ORG", "NORP") and not relabelled:
                continue
            first = ent.start + (ent[0].lower_ == "the")
            if (
                ent.label_ == "ORG" and first == ent.start and first >= 3 and doc[first - 2].text in ("-", "–")
                and not doc[first - 3].whitespace_ and not doc[first - 2].whitespace_
                and doc[first - 3].is_title and not any(taken[i] for i in range(first - 3, first))
                and doc[first - 1].tag_ == "JJ" and not doc[first - 1].lower_.endswith("ed")  # not "Chicago-based Boeing"
            ):
                first -= 3  # "the Co-operative Commonwealth Federation": a hyphenated first word the NER cut
            before = entity_at_start.get(ent.start - 1) if ent.label_ == "ORG" else None
            if before is not None and before.label_ == "NORP" and not _adjectival(before.text) and all(t.tag_ == "NNP" and t.dep_ == "compound" and not taken[t.i] for t in before):
                first = before.start  # "Kataeb Hezbollah": a proper-noun modifier the NER cut off is part of the name
            if taken[first]:
                # "Cyprus and Crete", "Israel and Hamas": a state, then the conjunct after it
                first = next(
                    (i + 2 for i in range(first, ent.end - 2) if taken[i] and doc[i + 1].lower_ in ("and", "&") and not taken[i + 2]),
                    None,
                )
                if first is None:
                    continue
            # an organization glued to what follows it ("Export–Import Bank president Okey
            # Oramah", "Free Trade Area (AfCFTA"): keep the part before a person, a bracket
            # or a role word, and drop trailing prepositions and possessives
            end = first
            name_end = joined.get(ent.start, ent.end)
            if name_end + 1 < len(doc) and doc[name_end].text == "," and doc[name_end + 1].text in _CORPORATE_SUFFIXES:
                name_end += 2  # "Hungarian National Asset Management, Inc."
            elif ent.label_ == "ORG" and name_end == ent.end:
                name_end = self._name_after_head(doc, ent, taken)
            while end < name_end and not taken[end] and (
                doc[end].text not in ("(", "[", ",") or end + 1 < len(doc) and doc[end + 1].text in _CORPORATE_SUFFIXES
            ) and not (doc[end].text in ("—", "–") and doc[end - 1].whitespace_):  # "Tesco — Netto Poland", not "Export–Import"
                end += 1
            while end > first and (
                doc[end - 1].pos_ in ("ADP", "CCONJ", "PUNCT", "PART")
                or doc[end - 1].is_space  # "COVID-19\n\n": the NER ran over a paragraph break
                or doc[end - 1].text in ("'s", "’s", "'")
                or doc[end - 1].like_num and end - 2 > first and doc[end - 2].text in ("-", "–", "—", ":")  # "Labour Party - 203"
                # "Bank president" ends in a title; "Court of Justice" is named by its role word
                or doc[end - 1].lower_ in self.role_nouns and not (end - 2 >= first and doc[end - 2].lower_ in ("of", "for"))
            ):
                end -= 1
            start = first
            span = doc[start:end]
            if (
                end == ent.end
                and end < len(doc)
                and doc[end].lower_ in self.roles.name_nouns
                and ent.root.dep_ == "compound"
                and ent.root.head.i == end
            ):
                end += 1  # "the Houthi movement": the noun completes the name
                span = doc[start:end]
            elif (
                end == ent.end and end < len(doc) and not taken[end]
                and doc[end].text in self.roles.organization_heads and doc[end].is_title
                and ent.root.head.i == end
            ):
                end += 1  # "Disaster and Emergency Management Presidency": the head the NER left out
                span = doc[start:end]
            while span and span[0].is_punct:
                span = span[1:]  # 'the "Radio Control Law': a quotation mark is no part of a name
            possessive = next((t.i for t in span[1:-1] if t.text in ("'", "'s", "’", "’s")), None)
            if possessive is not None and doc[span.start : possessive].text in self.gazetteer.names:
                # "the United Nations' Food and Agriculture Organization": a body of a state or
                # organization the gazetteer knows, which is a party of its own
                entity_id = self.gazetteer.names[doc[span.start : possessive].text][0]
                entity = self.gazetteer.entities[entity_id]
                parties.setdefault(entity_id, _Party(entity_id, entity.name, entity.kind))
                add(span.start, possessive, entity_id, "name")
                span = doc[possessive + 1 : span.end]
            of = next((t.i for t in span[1:] if t.lower_ == "of"), None)
            if of is not None and all(t.is_lower for t in doc[of + 1 : span.end]):
                span, of = doc[span.start : of], None  # "by Associated Press of bank robberies": the name ends before 'of'
            if not span or span[-1].text in self.roles.facility_heads and not self._national_centre(span):
                continue  # "John Radcliffe Hospital": a place
            head_word = doc[of - 1] if of is not None else span[-1]  # "Economy" of "Economy of Turkey"
            if len(span) > 1 and (
                head_word.text in self.roles.event_heads  # "Syrian Civil War", "Economy of Turkey"
                or span[-1].text in self.roles.event_heads and head_word.text not in self.roles.organization_heads
            ):  # "Tenure of Office Act"; "UCLA School of Law" is a school
                continue  # "Lenten Break", "Radio Control Law": an event or a document
            if ent.start > 0 and doc[ent.start - 1].lower_ in ("a", "an") and not self._member_of(ent):
                continue  # "a Volvo", "an iPhone": a product, not the company
            if any(c.dep_ == "det" and c.lower_ in ("a", "an") and c.i < ent.start for c in ent.root.children):
                continue  # "a U.S.-designated Foreign Terrorist Organization": a category, not a party
            if any(t.text == "Flight" and t.i + 1 < len(doc) and doc[t.i + 1].like_num for t in ent):
                continue  # "Adam Air Flight 574": a flight, an event
            if _is_storm(span):
                continue  # "Hurricane Lorenzo": a storm
            if end == ent.end and end < len(doc) and doc[end].text.rstrip(".") in self.roles.heads:
                continue  # "Police and Crime Commissioner": part of a title, not an organization
            if _no_party(span, not_parties):
                continue  # a place, facility, product or common-noun acronym (see _places_and_products)
            if len(span) > 2 and span[0].lower_ in self.roles.state_nouns and span[1].lower_ == "of":
                entry = self.gazetteer.names.get(_strip_the(span[2:].text))
                if entry is not None and self.gazetteer.entities[entry[0]].kind == "state":
                    # "the Government of Iraq" is the state, as "the Iraqi government" is
                    entity = self.gazetteer.entities[entry[0]]
                    parties.setdefault(entry[0], _Party(entry[0], entity.name, entity.kind))
                    add(span.start, span.end, entry[0], "description")
                    continue
            if len(span) == 2 and span[1].lower_ in self.roles.state_nouns and self._is_state_name((span[0].text,)):
                # "the Hungarian Government" is the state, as "the Hungarian government" is
                entity_id = self.gazetteer.names[span[0].text][0]
                parties.setdefault(entity_id, _Party(entity_id, self.gazetteer.entities[entity_id].name, "state"))
                add(span.start, span.end, entity_id, "description")
                continue
            if span[0].is_lower and len(span) > 1 and span[1].text == "-" and span[0].lower_ not in _ARABIC_ARTICLES:
                continue  # "intra-Africa", "pro-Beijing": an adjective
            if span.text in self.gazetteer.metonyms:
                continue  # a capital that does not act ("Niamey" labelled ORG) is a place
            if not span or not any(c.isupper() for c in span.text):
                continue
            if (
                all(self.roles.is_title(t.text) for t in span) and span[-1].text not in self.roles.organization_heads
                and not (len(span) == 1 and f" {span.text} of " in organization_names)  # "the House" of the "House of Representatives"
            ):
                continue  # "Councilor", "State": a role word is no organization ("the Senate", "Supreme Court" are)
            if span.text in self.roles.not_actors:
                continue  # "UTC": a time zone, not an organization
            if self.roles.is_title(span[0].text) and span[0].dep_ == "appos" and span[0].head.ent_type_ == "PERSON":
                continue  # "Greg Barton, Chair In Global Islamic Politics": a person's post, not a body
            if ent.label_ == "NORP" and not relabelled and self._demonym_organization(ent):
                kind = "organization"
            elif ent.label_ == "NORP" and not relabelled:
                if span[-1].tag_ not in ("NNPS", "NNS") and not span.text.endswith("s"):
                    continue  # an adjective ("Korean"), not a group of people
                kind = "group"
            elif relabelled and _plural_name(ent):
                kind = "group"  # "the Houthis": a people or movement, not one person
            elif self._people_of(span):
                kind = "group"  # "American Samoans", "Hong Kongers": a people, not an organization
            elif all(self._demonym(t.text) for t in span):
                continue  # "American Samoan('s objections)": a nationality
            else:
                kind = "organization"
            person = _person_ending(span.text, parties)
            if person is not None:  # "al-Assad" labelled ORG: the end of a person's name
                add(span.start, span.end, person, "alias")
                continue
            spelled = self._state_spelled_out(span)  # the id; the name stays as the text first writes it
            key = acronyms.get(span.text) or _organization_key(span, doc, parties, spelled)
            parties.setdefault(key, _Party(key, span.text, kind))
            add(span.start, span.end, key, "name" if key == slugify(spelled) else "alias")
            # "African Continental Free Trade Area (AfCFTA)": the bracketed acronym is an alias
            if span.end + 2 < len(doc) and doc[span.end].text == "(" and doc[span.end + 2].text == ")":
                acronym = doc[span.end + 1]
                if any(c.isupper() for c in acronym.text[1:]) and not taken[acronym.i]:
                    acronyms[acronym.text] = key

    def _member_of(self, ent: Span) -> bool:
        """True when a name modifies a person of it or what it does: 'an Al Jazeera reporter', 'a
        Pentagon spokesman', 'an Al-Qaeda suicide attack' (the article is that noun's, and the
        organization is a party)."""
        head = ent.root.head
        while head.dep_ == "compound" and head.head.i > head.i:
            head = head.head  # "an Al-Qaeda suicide attack"
        return ent.root.dep_ == "compound" and head.i >= ent.end and (
            head.lemma_.lower() in self.role_nouns or head.lemma_.lower() in _MEMBERS or head.lemma_.lower() in _DEEDS
        )

    def _people_of(self, ent: Span) -> bool:
        """True for the plural name of a state's people: 'Samoans', 'Hong Kongers'."""
        last = ent[-1].text
        return self._plural_demonym(last) or (
            len(ent) > 1 and last.endswith("ers") and self._is_state_name(tuple(t.text for t in ent[:-1]) + (last[:-3],))
        )

    def _demonym(self, word: str) -> bool:
        """True for a demonym ('Samoan', 'American')."""
        entry = self.gazetteer.names.get(word)
        return entry is not None and entry[1] == "demonym"

    def _plural_demonym(self, word: str) -> bool:
        """True for a demonym's plural ('Samoans', 'Iraqis'): the people of a state."""
        if not word.endswith("s"):
            return False
        entry = self.gazetteer.names.get(word) or self.gazetteer.names.get(word[:-1])  # not "Philippines"
        return entry is not None and entry[1] == "demonym"

    def _find_member_parties(self, doc, parties, add, taken, entity_at) -> None:
        """A party named by its word before a legislator's title is that party: 'Labour MP Tom
        Watson' -> Labour Party, 'Republican Senator' -> Republican Party ('Democrat' -> Democratic
        Party). The word must be capitalised mid-sentence or a nationality/organization to the NER,
        and no state, demonym, title or acronym ('British MP', 'Senior MP', 'SNP MP')."""
        for i in _where(doc, ORTH, _LEGISLATOR_TITLES):
            if i == 0 or taken[i - 1]:
                continue
            word = doc[i - 1]
            ent = entity_at.get(word.i)
            if not (word.is_alpha and word.text[:1].isupper() and not word.text.isupper()):
                continue
            if ent is not None and (ent.label_ not in ("NORP", "ORG") or len(ent) > 1):
                continue
            if word.is_sent_start and ent is None:
                continue  # "Senior MP ...": a sentence's capital says nothing
            bare = word.text
            if bare in self.gazetteer.names or bare in self.roles.heads or bare in self.roles.honorifics:
                continue
            if bare in self.roles.modifiers and ent is None and doc[i].text not in ("MP", "MPs", "MEP", "MEPs"):
                continue  # "State Senator", "State Councilor": a title word, unless the NER sees a party or it is
                # before a parliamentarian's title, where party words come ("Labour MP")
            name = "Democratic Party" if bare in ("Democrat", "Democratic") else f"{bare} Party"
            key = slugify(name)
            parties.setdefault(key, _Party(key, name, "organization"))
            add(word.i, word.i + 1, key, "alias")

    def _find_unlabelled_groups(self, doc, parties, add, taken) -> None:
        """Organizations the NER left unlabelled where the text shows what they are: a website
        named bare ('UOL.com.br'), a quoted name after a member's name and 'of' ('Anna Franowska
        of "Have no fear"'), and an acronym apposed to an organization noun ('the CNDD-FDD, the
        group that ...')."""
        for i in _where(doc, ORTH, _QUOTE_OPENERS):
            if i < 2 or doc[i - 1].lower_ != "of" or doc[i - 2].pos_ != "PROPN" or not taken[i - 2]:
                continue
            end = next((j for j in range(i + 1, min(i + 8, len(doc))) if doc[j].text in _QUOTE_CLOSERS), None)
            if end is None or end == i + 1 or not doc[i + 1].is_title or any(taken[j] for j in range(i + 1, end)):
                continue
            name = doc[i + 1 : end].text
            key = slugify(name)
            parties.setdefault(key, _Party(key, name, "organization"))
            add(i + 1, end, key, "name")
        for i in numpy.flatnonzero(doc.to_array(LIKE_URL)).tolist():
            # "in remarks to UOL.com.br", "the Austrian news site oe24.at": a website is its publisher
            if not taken[i] and _DOMAIN.fullmatch(doc[i].text):
                key = slugify(doc[i].text)
                parties.setdefault(key, _Party(key, doc[i].text, "organization"))
                add(i, i + 1, key, "name")
        for i in numpy.flatnonzero(doc.to_array(IS_UPPER)).tolist():
            token = doc[i]
            if taken[i] or not (token.text.isalnum() and len(token) > 1 and token.text[0].isalpha()):
                continue
            if (
                token.ent_type_ and token.ent_type_ != "ORG" or token.text in self.gazetteer.names
                or token.text in self.roles.not_actors or token.text in self.roles.abbreviations  # "VP", "MP"
            ):
                continue
            apposed = [c for c in token.children if c.dep_ == "appos"] + ([token.head] if token.dep_ == "appos" else [])
            if token.i + 3 < len(doc) and doc[token.i + 1].text == "," and doc[token.i + 2].lower_ in ("the", "a", "an"):
                apposed.append(doc[token.i + 3])  # "the CNDD-FDD, the group that": the parser may hang it elsewhere
            reports = (  # "TVN24 reported"; "One MP said" is a title
                token.dep_ == "nsubj" and token.head.lemma_ in self.speech_verbs and not self.roles.is_title(token.text)
                and token.lower_ not in self.role_nouns
            )
            if not reports and not any(a.pos_ == "NOUN" and a.lemma_.lower() in self.group_nouns for a in apposed):
                continue
            start = token.i
            while start >= 2 and doc[start - 1].text == "-" and not doc[start - 1].whitespace_ and not doc[start - 2].whitespace_ and doc[start - 2].is_upper and not taken[start - 2]:
                start -= 2  # "CNDD-FDD"
            name = doc[start : token.i + 1].text
            key = slugify(name)
            parties.setdefault(key, _Party(key, name, "organization"))
            add(start, token.i + 1, key, "name")

    def _find_acting_platforms(self, doc, parties, add, taken) -> None:
        """A platform the NER did not label is the company where it acts ('Facebook released a
        statement'); then its other mentions are the company's too."""
        at = [i for i in _where(doc, ORTH, self.roles.platforms) if not taken[i]]
        for name in {doc[i].text for i in at if _acts(doc[i]) or doc[i].dep_ == "nsubjpass"}:
            key = slugify(name)
            parties.setdefault(key, _Party(key, name, "organization"))
            for i in at:
                if doc[i].text == name and not taken[i]:
                    add(i, i + 1, key, "name")

    def _find_short_company_names(self, doc, parties, add, taken) -> None:
        """A company named with its legal suffix or 'Group' is also named without it, whatever the
        NER saw: 'ABS-CBN Corporation' -> 'ABS-CBN', 'broadcast corporation ABS-CBN's', 'Salling
        Group' -> 'Salling said'."""
        shorts = {}
        for key, party in parties.items():
            words = party.name.split()
            if party.kind == "organization" and len(words) > 1 and words[-1] in _SHORTENED:
                shorts[" ".join(words[:-1])] = key
        if not shorts:
            return
        for short, key in shorts.items():
            first = short.split()[0].split("-")[0]
            for i in _where(doc, ORTH, (first,)):
                end = i
                while end < len(doc) and len(doc[i:end + 1].text) <= len(short) and not taken[end]:
                    end += 1
                if doc[i:end].text == short and (end == len(doc) or doc[end].text not in _SHORTENED):
                    add(i, end, key, "alias")

    def _find_acronym_names(self, doc, parties, add, taken, entity_at) -> None:
        """An organization's name followed by its bracketed acronym is one name, whatever pieces the
        NER cut it into ('United Nations Educational, Scientific and Cultural Organization (UNESCO)',
        'the United States Commission on International Religious Freedom (USCIRF)'); the acronym is
        its alias. The name is the longest run of capitalised words (and 'of', 'and', commas...)
        before the bracket whose initials spell the acronym."""
        for i in _where(doc, ORTH, ("(",)):
            if not 1 < i < len(doc) - 2 or doc[i + 2].text != ")":
                continue
            acronym, last = doc[i + 1], doc[i - 1]
            if not (len(acronym.text) > 2 and acronym.text.isupper() and acronym.is_alpha):
                continue
            ent = entity_at.get(last.i)
            if ent is None or ent.label_ != "ORG" or taken[last.i]:
                continue
            start, best = i - 1, None
            while start >= max(0, i - 16) and not taken[start] and (
                doc[start].text[:1].isupper() or doc[start].lower_ in _NAME_JOINERS
            ):
                if doc[start].text[:1].isupper():
                    initials = "".join(t.text[0] for t in doc[start:i] if t.text[:1].isupper())
                    if initials.upper() == acronym.text.upper():
                        best = start
                start -= 1
            if best is None or i - best < 3:
                continue  # a name the NER found whole is left to _find_organizations
            name = doc[best:i].text
            if name in self.gazetteer.names and self.gazetteer.entities[self.gazetteer.names[name][0]].kind == "state":
                continue
            entry = self.gazetteer.names.get(acronym.text)
            if entry is not None:
                key = entry[0]
                parties.setdefault(key, _Party(key, self.gazetteer.entities[key].name, self.gazetteer.entities[key].kind))
            else:
                key = slugify(name)
                parties.setdefault(key, _Party(key, name, "organization"))
            add(best, i, key, "alias" if entry is not None else "name")
            if not taken[acronym.i]:
                add(acronym.i, acronym.i + 1, key, "alias")

    def _find_state_bodies(self, doc, parties, mentions, add, taken, entity_at) -> None:
        """A state's or region's body written in lower case is an organization: 'Syrian state
        media', 'the U.S. military', 'Northamptonshire police' (named with the state spelled out:
        'United States military'); the bare body later ('state media said', 'police revealed')
        is the latest such organization."""
        heads = [doc[i] for i in _where(doc, LOWER, _STATE_BODIES) if doc[i].is_lower and not taken[i]]
        if not heads:
            return
        owner_at = {
            i: m for m in mentions if parties[m.key].kind == "state" and m.via in ("name", "alias", "demonym") for i in range(m.start, m.end)
        }
        seen: dict[str, str] = {}  # body words -> the latest organization they name
        for head in heads:
            if head.dep_ in ("amod", "compound", "nmod") and head.head.lemma_.lower() not in _TROOPS:
                continue  # "Turkish army deployments", "a U.S. military strike": a modifier, not the body
            start = head.i - (head.i > 0 and doc[head.i - 1].lower_ == "state")
            body = doc[start : head.i + 1].text
            owner = start - 1
            if owner >= 0 and owner in owner_at:
                m = owner_at[owner]
                entity = self.gazetteer.entities.get(m.key)
                words = entity.name if m.via == "alias" and entity is not None else doc[m.start : m.end].text
                first = m.start
            elif owner >= 0 and owner in entity_at and entity_at[owner].label_ == "GPE" and entity_at[owner].end == owner + 1:
                ent = entity_at[owner]
                words, first = _strip_the(ent.text), ent.start + (ent[0].lower_ == "the")
            else:
                key = seen.get(body.lower())
                if key is not None and (start == 0 or doc[start - 1].lower_ in ("the",) or doc[start - 1].pos_ != "DET"):
                    add(start, head.i + 1, key, "alias")
                continue
            name = f"{words} {body}"
            key = slugify(name)
            parties.setdefault(key, _Party(key, name, "organization"))
            add(first, head.i + 1, key, "name")
            seen[body.lower()] = key

    # -- roles and affiliation ----------------------------------------------------------------

    def _read_roles(self, doc, mention, party, mentions, parties) -> None:
        """Roles and affiliation from the titles before a name and from appositions."""
        state_at = {
            i: m.key
            for m in mentions
            if m.via in ("name", "alias", "demonym") and parties[m.key].kind == "state"
            for i in range(m.start, m.end)
        }
        i = mention.start - 1
        run: list[Token] = []
        while i >= 0:
            token = doc[i]
            # news often writes the title in lower case: "AU trade and industry commissioner Albert Muchanga"
            lower_title = token.is_lower and token.pos_ in ("NOUN", "ADJ") and self.roles.is_title(token.text.capitalize())
            if token.lower_ == "of" and any(self.roles.is_title(t.text) for t in run):
                break  # "the special envoy of Chinese President Xi": the envoy is someone else
            if self.roles.is_title(token.text) or lower_title or i in state_at or token.lower_ in ("and", "&", "of", "'s", "’s"):
                run.insert(0, token)
                i -= 1
                continue
            if token.lower_ in ("elect", "designate") and i >= 2 and doc[i - 1].text == "-" and self.roles.is_title(doc[i - 2].text):
                run[:0] = [doc[i - 2], doc[i - 1], token]  # "President-elect Joe Biden"
                i -= 3
                continue
            break
        while run and run[0].lower_ in ("and", "&", "of", "'s", "’s"):
            run.pop(0)
        group: list[str] = []
        for token in run + [None]:
            if token is not None and group and (token.text == "-" or doc[token.i - 1].text == "-" and token.i - 1 in {t.i for t in run}):
                group[-1] += token.text  # "President-elect": one title word
                continue
            if token is None or token.lower_ in ("and", "&") or token.i in state_at:
                self._add_role(party, group)
                group = []
                if token is not None and token.i in state_at:
                    party.affiliations[state_at[token.i]] += 1
                continue
            if token.text.rstrip(".") in self.roles.honorifics and token.text.rstrip(".") not in self.roles.heads:
                party.gender = party.gender or self.roles.gender(token.text)
                continue
            if token.lower_ in ("'s", "’s"):
                continue
            group.append(token.text)
            party.gender = party.gender or self.roles.gender(token.text)
        head = doc[mention.end - 1]
        for child in head.children:
            if child.dep_ == "appos" and child.i > head.i:
                self._role_from_phrase(child, party, state_at)
            if child.dep_ == "relcl":
                for prep in child.children:
                    if prep.lower_ == "as":
                        for obj in prep.children:
                            if obj.dep_ == "pobj":
                                self._role_from_phrase(obj, party, state_at)

    def _add_role(self, party: _Party, words: list[str]) -> None:
        """Add a role made of title words, if it ends in a role head ('Foreign Minister')."""
        while words and words[-1] in ("of",):
            words.pop()
        if words and any(
            w.rstrip(".").capitalize() in self.roles.heads or w.rstrip(".").split("-")[0] in self.roles.heads for w in words
        ):  # "President-elect" is a president's title
            role = self.roles.abbreviations.get(" ".join(words), " ".join(words))
            if role not in party.roles:
                party.roles.append(role)

    def _role_from_phrase(self, head: Token, party: _Party, state_at: dict[int, str]) -> None:
        """A role from an apposition or 'as' phrase whose head is a role noun."""
        if head.lemma_.lower() not in self.role_nouns:
            return
        tokens = [t for t in head.subtree if t.dep_ not in ("det", "punct") or t.i > head.i]
        tokens = [t for t in tokens if t.dep_ != "relcl" and not any(a.dep_ == "relcl" for a in t.ancestors if a.i > head.i)]
        while tokens and (tokens[0].i in state_at or tokens[0].lower_ in ("'s", "’s")):
            if tokens[0].i in state_at:
                party.affiliations[state_at[tokens[0].i]] += 1
            tokens.pop(0)
        while tokens and tokens[-1].is_punct:
            tokens.pop()
        if tokens:
            role = "".join(t.text_with_ws for t in tokens).strip()
            if role not in party.roles:
                party.roles.append(role)
        party.gender = party.gender or self.roles.gender(head.text.title())


def _no_party(span: Span, not_parties: dict[str, str]) -> bool:
    """True for a name the text shows is a place (unless it acts here), a product or an acronym of
    a common noun ('the EEZ of Cyprus')."""
    reason = not_parties.get(span.text) or ("acronym" if not_parties.get(span[0].text) == "acronym" else None)
    # "Abqaiq was the target of an attack": being something is no act
    acts = _acts(span.root) and span.root.head.lemma_ != "be"
    return reason in ("product", "acronym", "building", "common") or (reason == "place" and not acts)


def _is_addressed(token: Token) -> bool:
    """True when a name is spoken to or of as someone: 'told X', 'X, who ...', 'X, 45'."""
    return token.dep_ in ("dative", "npadvmod") or any(c.dep_ in ("relcl", "appos") for c in token.children)


def _plural_name(ent: Span) -> bool:
    """True for one plural proper noun labelled a person: 'the Houthis', 'Kurds'."""
    word = ent[0]
    return len(ent) == 1 and (
        word.tag_ == "NNPS"
        or word.text.endswith("s") and not word.text.endswith("ss") and word.i > 0 and word.doc[word.i - 1].lower_ == "the"
    )


def _common_noun(doc: Doc, token: Token) -> bool:
    """True for a one-word name the text also uses as a common noun: in lower case ('Protestor'
    beside 'protestors') or after 'a'/'an' ('a no-deal Brexit'); a person's name is neither."""
    lower = token.lower_
    for i in _where(doc, LOWER, (lower, lower + "s", lower + "es")):
        other = doc[i]
        if other.is_lower and other.pos_ == "NOUN":
            return True
        if other.text == token.text and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in other.children):
            return True
    return False


def _adjectival(word: str) -> bool:
    """True for a demonym-like adjective ('Kurdish', 'Iranian', 'Lebanese', 'Arab'), which
    modifies an organization's name instead of being part of it."""
    return word.endswith(("ish", "ian", "ean", "ese", "ic", "i", "an", "ab"))


def _conjunct_entities(ent: Span, doc: Doc, entity_at: dict[int, Span]) -> list[Span]:
    """The other named entities coordinated with an entity's root ('Tell Tamer and Ain Issa')."""
    # any word's conjuncts, not only the root's: the parser may hang the 'and' on the last word
    return [entity_at.get(c.i, doc[c.i : c.i + 1]) for t in ent for c in t.conjuncts if not ent.start <= c.i < ent.end]


def _conjunct(doc: Doc, span: Span, ent: Span) -> bool:
    """True when a state's name is one conjunct of an entity the NER joined: 'Crete and Cyprus'."""
    return (span.start > ent.start and doc[span.start - 1].lower_ in ("and", "&")) or (
        span.end < ent.end and doc[span.end].lower_ in ("and", "&")
    )


def _singular(word: str) -> str:
    """'Guards' -> 'Guard' (a crude English singular for comparing names)."""
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def _merge_name_variants(
    parties: dict[str, _Party],
    mentions: list[_Mention],
    is_state_name=lambda words: False,
    heads=frozenset(),
    spell=lambda words: words,
) -> list[_Mention]:
    """An organization whose name is a shorter or plural form of exactly one other organization's
    name in the document is that organization: 'Revolutionary Guards' -> 'Islamic Revolutionary
    Guard Corps', 'Houthi' -> 'Houthi movement', 'Quds Force' -> 'Islamic Revolutionary Guard
    Corps-Quds Force' (hyphens join name parts). A one-word form must be the longer name's first
    word ('House' is not the 'White House'), or its last when the rest is a state ('Embassy' ->
    'United States Embassy') or it is an organization word ('Court' -> 'Supreme Court'). A state's
    body is one name before or after the state: 'Supreme Court of Puerto Rico' is 'Puerto Rico
    Supreme Court', and so is 'PR Supreme Court' (`spell` writes a state's abbreviation out)."""
    organizations = {
        k: spell(_state_first(tuple(_singular(w) for w in p.name.replace("-", " ").split()), is_state_name))
        for k, p in parties.items()
        if p.kind == "organization"
    }
    into: dict[str, str] = {}
    same: dict[tuple[str, ...], str] = {}
    for key, words in organizations.items():
        if words in same:  # the same name in the other order: one organization, named with 'of'
            first = same[words]
            keep, drop = (key, first) if " of " in parties[key].name and " of " not in parties[first].name else (first, key)
            into[drop], same[words] = keep, keep
        else:
            same[words] = key
    def final(key: str) -> str:
        while key in into:
            key = into[key]
        return key

    # longer names first, so a shorter one sees where they went ('Court' -> 'Supreme Court' -> ...)
    for key, words in sorted(organizations.items(), key=lambda kv: -len(kv[1])):
        if key in into:
            continue
        longer = {
            final(same[full])
            for other, full in organizations.items()
            if len(full) > len(words)
            and (
                full[0] == words[0]
                or full[-1] == words[0] and (is_state_name(tuple(parties[other].name.split()[:-1])) or words[0] in heads)
                if len(words) == 1
                else any(full[i : i + len(words)] == words for i in range(len(full) - len(words) + 1))
            )
        }
        if not longer and len(words) == 1:  # "House" of "United States House of Representatives"
            longer = {final(same[full]) for other, full in organizations.items() if f" {words[0]} of " in f" {parties[other].name} "}
        if not longer and len(words) == 1 and words[0].isupper() and len(words[0]) >= 2:
            # "GM" of "General Motors", "CPD" of "United States Commission on Presidential Debates"
            longer = {
                final(same[full])
                for other, full in organizations.items()
                if len(full) > 1 and words[0] in {
                    _acronym(parties[other].name), _acronym(" ".join(_without_state(tuple(parties[other].name.split()), is_state_name)))
                }
            }
        if len(longer) == 1:
            into[key] = longer.pop()
    if not into:
        return mentions
    for key in into:
        while into[key] in into:  # a chain: 'Guards' -> 'Revolutionary Guards' -> '... Guard Corps'
            into[key] = into[into[key]]
    merged = []
    for m in mentions:
        if m.key in into:
            m = _Mention(m.start, m.end, into[m.key], "alias")
        merged.append(m)
    for key in into:
        parties.pop(key, None)
    return merged


def _bracketed_glosses(doc: Doc, parties: dict[str, _Party], mentions: list[_Mention]) -> None:
    """A name first met in brackets right after an organization's name is that organization's
    name in another language, whatever the NER called it: 'the Supreme Court of Justice
    (Oberster Gerichtshof) of Austria'."""
    ending_at = {m.end: m.key for m in mentions if parties[m.key].kind == "organization"}
    first: dict[str, _Mention] = {}
    for m in sorted(mentions, key=_start):
        first.setdefault(m.key, m)
    into = {
        key: ending_at[m.start - 1]
        for key, m in first.items()
        if parties[key].kind == "person" and m.start > 1 and doc[m.start - 1].text == "(" and m.start - 1 in ending_at
    }
    for index, m in enumerate(mentions):
        if m.key in into:
            mentions[index] = _Mention(m.start, m.end, into[m.key], "alias")
    for key in into:
        parties.pop(key, None)


def _state_first(words: tuple[str, ...], is_state_name) -> tuple[str, ...]:
    """'Supreme Court of Puerto Rico' -> 'Puerto Rico Supreme Court' (a state's body, state first)."""
    if "of" in words:
        at = len(words) - 1 - words[::-1].index("of")
        state = words[at + 1 :]
        if state and state[0] == "the":
            state = state[1:]
        if state and is_state_name(state):
            return state + words[:at]
    return words


def _acts(token: Token) -> bool:
    """True when a token is the subject of a verb (or conjoined with one)."""
    while token.dep_ == "conj":
        token = token.head
    return token.dep_ == "nsubj" or (token.dep_ == "pobj" and token.head.dep_ == "agent")


# prepositions that make a state's name a place ("in Moscow, Russia", "imports from China");
# "to", "on", "with", "against" are left out: "sanctions on Iran", "a message to Russia" are acts
_LOCATIVE = {
    "in", "from", "into", "at", "across", "throughout", "near", "inside", "outside", "around", "within",
}


_BORDERS = {"border", "boundary", "frontier"}
# nouns whose modifier says where something is ("its United Kingdom production sites")
_SITES = {"site", "plant", "facility", "factory", "mine", "border", "coast", "coastline", "territory"}
# premises named for a nation's style: "an Irish pub", "a Chinese restaurant"
_PREMISES = {"pub", "restaurant", "bar", "cafe", "café", "nightclub", "store", "shop"}


# the office holders of a federation's constituent state ("the governor of Alabama", "Ontario's
# premier", "California Attorney General"): their state is a party, not a place
_REGION_OFFICES = {
    "governor", "gov.", "attorney", "attorney-general", "lieutenant", "lt.", "premier", "government",
    "legislature", "treasurer", "comptroller",
}


# what makes "the state of X" a place however it is used: "lost his home state of Vermont"
_PLACE_STATES = {"home", "swing", "battleground", "border", "native", "neighbouring", "neighboring", "coastal"}


def _before_premises(doc: Doc, i: int) -> bool:
    """True when the words from i are a list's rest ending in premises: "(Thai) and 74 Malaysian stores"."""
    for token in doc[i : i + 5]:
        if token.lemma_.lower() in _PREMISES and token.pos_ == "NOUN":
            return token.dep_ != "compound"  # not "British supermarket chain Tesco": the company's
        if not (token.like_num or token.lower_ in ("and", ",", "or") or token.ent_type_ == "NORP"):
            return False
    return False


def _region_office(token: Token) -> bool:
    """An office holder of a federation's state: 'governor', 'attorneys general', 'Chief Minister'."""
    return (
        token.lemma_.lower() in _REGION_OFFICES or token.lower_ == "minister"
        or token.dep_ == "amod" and token.head.lemma_.lower() in _REGION_OFFICES
    )


# compass words that make a demonym a region's ("North American", "South Asian")
_COMPASS = {"North", "South", "East", "West", "Central", "Northern", "Southern", "Eastern", "Western", "Latin"}
# what a state's possessive names when the name is the state ("Niger's president", "Chad's government")
_STATE_OFFICES = {
    "president", "minister", "government", "king", "queen", "parliament", "army", "military", "embassy",
    "ambassador", "leader", "premier", "foreign", "prime", "regime", "cabinet",
}
# lower-case particles inside surnames ("Arnel dela Vega", "Ursula von der Leyen")
_NAME_PARTICLES = {"de", "dela", "del", "della", "da", "di", "do", "dos", "das", "van", "von", "der", "den", "du", "le", "la", "bin", "ibn", "al", "el"}
# titles of sovereigns and popes, who are known by one name and the title ("Pope Francis")
_REGNAL_TITLES = {"Pope", "King", "Queen", "Sultan", "Emperor", "Empress", "Emir", "Tsar", "Shah"}
# legal suffixes of company names: "ABS-CBN Corporation" is also "ABS-CBN"
_CORPORATE_SUFFIXES = {
    "Corporation", "Corp.", "Corp", "Inc.", "Inc", "Ltd.", "Ltd", "Limited", "LLC", "plc", "PLC", "Company", "Co.",
    "Kft", "Kft.", "GmbH", "AG", "S.A.", "SpA", "S.p.A.", "N.V.", "B.V.", "Pty", "LLP",
}
# what a company's name also goes without: its legal suffix, 'Group' ('Salling Group' -> 'Salling')
_SHORTENED = _CORPORATE_SUFFIXES | {"Group", "Holdings"}
# lower-case words inside an organization's name ("Commission on International Religious Freedom")
_NAME_JOINERS = {",", "and", "&", "of", "for", "on", "the", "de", "in", "-", "to"}
# verbs that make a building of what they turn into one ("converting X to a mosque", "X will be called a museum")
_CONVERSION_VERBS = {"convert", "reconvert", "turn", "transform", "change", "call", "name", "rename", "designate", "make"}
# nouns whose modifier names the facility, not an organization ("the EastMed gas pipeline")
_FACILITIES = {
    "pipeline", "bridge", "dam", "canal", "tunnel", "railway", "railroad", "highway", "motorway", "reactor",
    "airport", "airbase", "port", "base", "station", "field", "oilfield", "terminal",
}

_CURRENCIES = {
    "dollar", "euro", "yuan", "renminbi", "pound", "yen", "rupee", "peso", "ruble", "rouble",
    "franc", "lira", "won", "rand", "real", "dinar", "riyal", "rial", "dirham", "shekel", "naira",
}
# a state's bodies that news writes in lower case ("Syrian state media", "the U.S. military")
_STATE_BODIES = ("military", "police", "army", "navy", "media", "television")
# administrative areas: a name modifying one ("Maidan Wardak province") or their adjective
# ("the Wardak provincial council") names a place
_REGIONS = {"province", "district", "county", "municipality", "prefecture", "governorate", "oblast", "state", "region"}
_REGIONAL = {"provincial", "municipal", "regional", "district", "county"}
_TROOPS = {"force", "troop", "personnel", "unit", "officer"}  # "U.S. military forces" is the military
# geographic features whose modifier names the place ("the Amazon rainforest")
_LANDFORMS = {
    "rainforest", "forest", "jungle", "river", "basin", "valley", "desert", "delta", "lake", "mountains",
    "coast", "sea", "gulf", "peninsula", "region",
}
# prepositions that make a person-labelled name a town ("a camp at X", "fighting near X")
_TOWN_LOCATIVE = {"in", "into", "at", "near", "inside", "outside", "throughout", "across", "around"}
_PLACE_NOUNS = {"destination", "route", "location", "venue", "stop", "stopover", "hub", "market"}
# plural nouns whose members are places where the plural is a place ("in several countries")
_LISTED_PLACES = _PLACE_NOUNS | {"country", "nation", "state", "city", "region", "territory"}


# verbs whose object is a building, whoever sits in it ("tried to storm parliament")
_ENTRY_VERBS = {"storm", "besiege", "enter", "surround", "occupy", "evacuate"}
# verbs of going somewhere: what a body is marched or driven 'to' is a place ("marched to Parliament")
_MOTION_VERBS = {
    "march", "walk", "go", "travel", "fly", "drive", "head", "return", "come", "move", "sail", "flee",
    "proceed", "parade", "run", "ride", "rush", "evacuate", "transfer", "take", "bring",
}
# last words of news outlets' names ("Samoa Observer", "Greek Reporter", "al-Masirah TV")
_OUTLET_HEADS = (
    "Observer", "Reporter", "Times", "Post", "Herald", "Tribune", "Gazette", "Journal", "News", "Telegraph",
    "Chronicle", "TV", "Television", "Channel", "Daily",
)
# people who speak or work for an organization named before them ("an Al Jazeera reporter")
_MEMBERS = {"reporter", "correspondent", "journalist", "spokesman", "spokeswoman", "spokesperson", "official", "employee", "worker", "member", "staffer"}
# common nouns for outlets and companies, whose name follows them ("news agency Fars", "the daily
# Népszava", "flag carrier Garuda Indonesia")
_PUBLISHER_NOUNS = (
    "agency", "newspaper", "daily", "weekly", "broadcaster", "tabloid", "magazine", "website", "outlet",
    "carrier", "airline", "automaker", "manufacturer", "firm", "insurer", "lender", "retailer",
)
# what an organization does or issues, named after it ("an Al-Qaeda attack", "a UN report")
_DEEDS = {"attack", "bombing", "raid", "strike", "offensive", "operation", "report", "statement", "study", "survey", "investigation", "decision", "ruling", "plan", "proposal"}
# entity labels of capitalised words that name no organization ("the firm Tuesday")
_NOT_NAMES = {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"}
# what may follow an outlet word in an outlet's name
_OUTLET_TAILS = {"Agency", "Network", "Service"}
# a bare website name, not a link ("Detik.com", "UOL.com.br", "oe24.at")
_DOMAIN = re.compile(r"[A-Za-z][A-Za-z0-9-]*(?:\.[A-Za-z0-9-]+)*\.(?:com|org|net|info|news|tv|[a-z]{2})(?:\.[a-z]{2})?")
_QUOTE_OPENERS = ('"', "“")
_QUOTE_CLOSERS = ('"', "”")
# legislators' titles, which a party's name may precede ("Labour MP", "Republican Senator")
_LEGISLATOR_TITLES = (
    "MP", "MPs", "MEP", "MEPs", "Senator", "Senators", "senator", "senators", "lawmaker", "lawmakers",
    "Congressman", "Congresswoman", "congressman", "congresswoman", "legislator",
    "legislators", "councillor", "Councillor", "councilor", "Councilor", "Assemblyman", "Assemblywoman",
)
# the Arabic article of names ('al-Masirah', 'el-Sisi'): no English adjective prefix like 'pro-'
_ARABIC_ARTICLES = {"al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ed", "en", "er", "es", "et"}


def _destination(token: Token) -> bool:
    """True when a name is where someone goes: the object of 'to' after a verb of motion."""
    while token.dep_ in ("conj", "appos", "compound") and token.head is not token:
        token = token.head
    if token.dep_ == "dobj" and token.head.lemma_.lower() in _ENTRY_VERBS:
        return True  # "tried to storm parliament": the building
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lower_ in ("front", "outside", "inside"):
        return True  # "clashed in front of parliament"
    return token.dep_ == "pobj" and token.head.lower_ == "to" and token.head.head.lemma_.lower() in _MOTION_VERBS


def _locative(token: Token, prepositions: set[str] = _LOCATIVE) -> bool:
    """True when a name is used as a place: the object of 'in', 'from'... ('in Moscow, Russia'),
    or listed after 'including' / 'such as' under a place ('destinations including Spain',
    'in nations including France')."""
    site = token
    while site.dep_ in ("conj", "appos", "compound", "nmod", "amod") and site.head is not site:
        site = site.head
    if site is not token and site.pos_ == "NOUN" and site.lemma_.lower() in _SITES:
        return True  # "Austrian, United Kingdom and New Zealand production sites"
    while token.dep_ in ("conj", "appos", "compound") and token.head is not token:
        token = token.head
    if token.dep_ == "dobj" and token.head.lemma_ in ("comprise", "include") and token.head.dep_ in ("acl", "advcl"):
        # "the Central European region, comprising Czechia, Hungary and Slovakia"
        verb = token.head
        return any(t.pos_ == "NOUN" and t.lemma_.lower() in _LISTED_PLACES for t in token.doc[max(verb.i - 4, 0) : verb.i])
    if token.dep_ != "pobj":
        return False
    if token.head.lower_ in prepositions:
        return True
    if token.head.lower_ in ("with", "between") and token.head.head.lemma_.lower() in _BORDERS:
        return True  # "the country's border with Mexico"
    if token.head.lower_ in ("including", "like", "as") and token.head.head is not token.head:
        noun = token.head.head
        if noun.lower_ == "such":
            noun = noun.head
        if noun.lemma_.lower() in _PLACE_NOUNS or _locative(noun, prepositions):
            return True
        # "in several countries over the outbreak, including Italy": a list of places named a few
        # words back, however the parser hung 'including'
        doc, at = token.doc, token.head.i
        return any(
            t.tag_ == "NNS" and t.lemma_.lower() in _LISTED_PLACES and _locative(t, prepositions)
            for t in doc[max(at - 8, token.sent.start) : at]
        )
    return False


# a photo credit: "Image: Garry Knight (flickr).", "[Photo: fmprc.gov.cn]" names who took a picture,
# not a party to the news; it runs to the end of its line or bracket
_CREDIT = re.compile(r"\b(?:Image|Photo|Photograph|Picture|Video|Credit|Courtesy)s?(?: credit)?:[ \t]*[^\n\])]*")
# "((es))Spanish language: ..." gives a quotation's or a name's original words; its names are the
# English text's again. It runs to the end of its line, to a comma before the English goes on
# ('..., President Fernández elaborated') or to the end of a sentence that English follows
# ('((pl))Polish language: Prawo i Sprawiedliwość publicly declared ...  Kaczyński said ...')
_GLOSS = re.compile(r"\(\([a-z]{2,3}\)\)")
_GLOSS_STOP = re.compile(r",\s+(?=[A-Z])|\n|(?<=[.!?।])[\"”]?\s+(?=\S)")
_ENGLISH_WORDS = frozenset(
    "the a an of and to in on for with by at from is was are were has have had be been said says that "
    "this which who he she it they his her their its will would not".split()
)


def _gloss_end(text: str, start: int) -> int:
    """Where a gloss whose words begin at `start` ends: at the end of its line, at a comma before
    a capital, or at the end of a sentence after which the text reads as English again."""
    for stop in _GLOSS_STOP.finditer(text, start):
        if text[stop.start()] in "\n,":
            return stop.start()
        line_end = text.find("\n", stop.end())
        following = re.split(r"(?<=[.!?।])\s", text[stop.end() : line_end if line_end >= 0 else len(text)], maxsplit=1)[0]
        if sum(word in _ENGLISH_WORDS for word in re.findall(r"[a-z]+", following.lower())) >= 2:
            return stop.start()
    return len(text)


def _credit_tokens(doc: Doc) -> set[int]:
    """Indices of the tokens in photo credits and in a quotation's original-language words."""
    text = _text(doc)
    found: set[int] = set()
    ranges = [(m.start(), m.end()) for m in _CREDIT.finditer(text)]
    ranges += [(m.start(), _gloss_end(text, m.end())) for m in _GLOSS.finditer(text)]
    for start, end in ranges:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None:
            found.update(range(span.start, span.end))
    return found


def _text(doc: Doc) -> str:
    """The document's text, which spaCy builds anew on every `doc.text`: once per document here."""
    text = doc.user_data.get("_text")
    if text is None:
        text = doc.user_data["_text"] = doc.text
    return text


def _names_state(gazetteer: Gazetteer, text: str) -> bool:
    """True when a text is a state's name, abbreviation or demonym in the gazetteer."""
    entry = gazetteer.names.get(text)
    return entry is not None and gazetteer.entities[entry[0]].kind == "state"


def _ents(doc: Doc) -> tuple[Span, ...]:
    """The document's entities, which spaCy builds anew on every `doc.ents`: once per document here."""
    ents = doc.user_data.get("_ents")
    if ents is None:
        ents = doc.user_data["_ents"] = doc.ents
    return ents


def _is_storm(span: Span) -> bool:
    """'Tropical Storm Barry', 'Hurricane Katrina', and 'Barry' where the document names Tropical
    Storm Barry: a weather system's name."""
    doc = span.doc
    names = doc.user_data.get("_storm_names")
    if names is None:  # once per document: this is asked of every name
        names = doc.user_data["_storm_names"] = {
            doc[i + 1].text for i in _where(doc, ORTH, _STORM_WORDS) if i + 1 < len(doc) and doc[i + 1].is_title
        }
    return span[0].text in _STORM_WORDS or span.text in names


def _where(doc: Doc, attr: int, values) -> list[int]:
    """Indices of the tokens whose attribute (LOWER, ORTH, TAG, DEP) is one of `values`, found in C."""
    hashes = [doc.vocab.strings.add(v) for v in values]
    return numpy.flatnonzero(numpy.isin(doc.to_array(attr), hashes)).tolist()


def _start(mention: _Mention) -> int:
    """Sort key: where a mention starts."""
    return mention.start


def _fold(word: str) -> str:
    """A name word without its diacritics: news spells the same person "Erdoğan" and "Erdogan"."""
    if word.isascii():
        return word
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def _strip_the(text: str) -> str:
    """'the United States' -> 'United States'."""
    return text[4:] if text.lower().startswith("the ") else text


def _is_name(span: Span) -> bool:
    """A plausible personal name: starts and ends with a capital letter, no digits."""
    last = len(span) - 1
    while last >= 2 and not span[last].text[:1].isupper() and span[last - 1].text == "-" and not span[last - 2].whitespace_:
        last -= 2  # "Chan-o-cha": the last word is the whole hyphenated word
    return (
        span[0].text[:1].isupper()
        and span[last].text[:1].isupper()
        and not any(c.isdigit() or c in "[]" for c in span.text)  # "[I]t's": an editor's bracket, no name
        and all(not t.is_punct or t.text in ("-", ".", "'") for t in span)
    )


def _contains(full: tuple[str, ...], words: tuple[str, ...]) -> bool:
    """True when `words` is a shorter form of `full` (its first and last words in order)."""
    if len(words) >= len(full):
        return False
    it = iter(full)
    return all(w in it for w in words)


def _best_full(words, full, found, position) -> str | None:
    """The full name a partial name belongs to: the latest one before it, else the first."""
    keys = [key for f, key in full.items() if len(f) > len(words) and _contains(f, words)]
    if not keys:
        return None
    earlier = [key for s, _, key in sorted(found) if key in keys and s < position]
    return earlier[-1] if earlier else sorted(keys)[0]


def _name_parts(full: dict[tuple[str, ...], str]) -> set[str]:
    """First and last words of multi-word names, and capitalised middle words of three-word ones
    ('Rosselló' of 'Ricardo Rosselló Nevares'): the forms a later mention may take."""
    parts = {part for f in full if len(f) > 1 for part in (f[0], f[-1]) if len(part) > 1}
    parts |= {w for f in full if len(f) == 3 for w in f[1:2] if len(w) > 2 and w[:1].isupper() and w.isalpha()}
    return parts


def _one_letter_off(word: str, surnames: set[str]) -> str | None:
    """The surname a word of five letters or more misspells by one letter after its third."""
    if len(word) < 5:
        return None
    for surname in surnames:
        if len(surname) == len(word) and surname[:3] == word[:3] and sum(a != b for a, b in zip(surname, word)) == 1:
            return surname
    return None


def _letters(word: str) -> tuple[str, str, str]:
    """A word's first and last letters and its letters sorted: equal for 'Pierluisi' and 'Pierliusi'."""
    return word[:1], word[-1:], "".join(sorted(word.lower()))


def _hyphen_end(doc: Doc, end: int) -> int:
    """The end of a name whose last word goes on with hyphens the NER left out ('Chan' of 'Chan-o-cha')."""
    while end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ and not doc[end].whitespace_ and doc[end + 1].is_alpha:
        end += 2
    return end


def _organization_key(span: Span, doc: Doc, parties: dict[str, _Party], text: str) -> str:
    """An organization's id (from its name `text`): an acronym or first word of a named
    organization is that one, and so is the acronym of a federation's state ('NSW')."""
    for key, party in parties.items():
        if party.region and text == _acronym(party.name):
            return key
        if party.kind in ("organization", "group") and (
            text == _acronym(party.name) or (len(span) == 1 and party.name.split()[0] == text and len(party.name.split()) > 1)
        ):
            return key
    return slugify(text)


def _person_ending(text: str, parties: dict[str, _Party]) -> str | None:
    """The person whose multi-word name is or ends with `text` ('al-Assad' -> Bashar al-Assad)."""
    if len(text) < 3:
        return None
    for key, party in parties.items():
        if party.kind == "person" and (party.name == text or party.name.endswith(" " + text)):
            return key
    return None


def _without_state(words: tuple[str, ...], is_state_name) -> tuple[str, ...]:
    """A name's words without the state that opens it: 'United States Commission on ...' -> 'Commission on ...'."""
    for k in (3, 2, 1):
        if len(words) > k and is_state_name(words[:k]):
            return words[k:]
    return words


def _acronym(name: str) -> str:
    """'International Atomic Energy Agency' -> 'IAEA' (capitalised words only)."""
    return "".join(w[0] for w in name.split() if w[:1].isupper())
