"""Actors: the people, states, organizations and groups a document names or refers to.

The `toolkit_actors` spaCy component runs after the NER and stores, on each `Doc`,
`doc._.actors` (CONTRACT.md actor records, as plain dicts) and `doc._.actor_at` (token index
-> actor id), which the claims component reads to name speakers.

How a mention becomes an actor:
- states and international organizations come from the gazetteer (`gazetteer.py`): names,
  abbreviations and demonyms always count; capitals and seats of government ("Beijing", "the
  Kremlin") count only when they act (grammatical subject), and are places otherwise; so do the
  constituent states of federations ("California", "Ontario"), which also count where their
  office holder is named ("California Attorney General", "the governor of Alabama");
- people come from spaCy's PERSON entities with role titles stripped ("Councilor" alone is no
  one); a surname or first name met later ("Wang"), whatever spaCy labelled it, joins the full
  name it belongs to; roles and affiliation come from pre-modifiers ("Chinese State Councilor and
  Foreign Minister Wang Yi") and appositions;
- a person's gender comes from titles and honorifics ("Mrs", "Queen"), else from a given name
  whose bearers are clearly one sex (`given_names.py`), else from the first pronoun resolved;
- "he"/"she" go to the most salient compatible person before them (a recent subject first),
  and definite descriptions ("the top Chinese diplomat") to the person whose roles and
  affiliation fit;
- ORG entities are organizations; plural NORP entities ("Republicans") are groups. Generic
  groups ("all sides", "relevant parties") are left out: they name no one a reader could count.

Two modules do the work, and the component here runs them in order: `toolkit.names` finds the
names of parties (`NameFinder`), then `toolkit.references` resolves references to them
(`ReferenceResolver`); this module turns what they found into the records.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from toolkit.gazetteer import load_gazetteer, load_places
from toolkit.given_names import given_name_gender, load_given_names
from toolkit.names import (
    NameFinder,
    _bracketed_glosses,
    _credit_tokens,
    _ents,
    _Mention,
    _merge_name_variants,
    _Party,
    load_roles,
)
from toolkit.references import ReferenceResolver


@Language.factory("toolkit_actors")
def make_actor_finder(nlp: Language, name: str) -> ActorFinder:
    """spaCy factory for the actor component."""
    return ActorFinder(nlp)


class ActorFinder:
    """spaCy component: finds actors and their mentions (see the module docstring)."""

    def __init__(self, nlp: Language):
        for attr, default in (("actors", None), ("actor_at", None)):
            if not Doc.has_extension(attr):
                Doc.set_extension(attr, default=default)
        gazetteer = load_gazetteer()
        roles = load_roles()
        load_given_names()  # read once here, not inside the first document
        names = PhraseMatcher(nlp.vocab, attr="ORTH")
        metonyms = PhraseMatcher(nlp.vocab, attr="ORTH")
        regions = PhraseMatcher(nlp.vocab, attr="ORTH")
        for form, (entity_id, via) in sorted(gazetteer.names.items()):
            names.add(f"{entity_id}|{via}", [nlp.make_doc(form)])
        for form, entity_id in sorted(gazetteer.metonyms.items()):
            metonyms.add(entity_id, [nlp.make_doc(form)])
        for form in sorted(gazetteer.regions):
            regions.add(form, [nlp.make_doc(form)])
        # verbs that make "it" a speaking organization or state ("it said", "it announced")
        from toolkit.claims import load_cues

        speech_verbs = load_cues().verbs
        self.name_finder = NameFinder(
            gazetteer=gazetteer, places=load_places(), roles=roles, names=names, metonyms=metonyms,
            regions=regions, speech_verbs=speech_verbs,
        )
        self.reference_resolver = ReferenceResolver(gazetteer=gazetteer, roles=roles, speech_verbs=speech_verbs)

    def __call__(self, doc: Doc) -> Doc:
        names, references = self.name_finder, self.reference_resolver
        parties: dict[str, _Party] = {}
        mentions: list[_Mention] = []
        taken = [False] * len(doc)
        entity_at = {t.i: ent for ent in _ents(doc) for t in ent}

        def add(start: int, end: int, key: str, via: str) -> None:
            mentions.append(_Mention(start, end, key, via))
            for i in range(start, end):
                taken[i] = True

        credits = _credit_tokens(doc)
        for i in credits:
            taken[i] = True

        joined = names._joined_names(doc)
        outlets = names._find_outlets(doc, parties, add, taken)
        names._find_states(doc, parties, add, entity_at, joined, outlets)
        not_parties = names._places_and_products(doc)
        names._find_families(doc, parties, add, taken, entity_at)
        names._find_people(doc, parties, add, taken, entity_at, not_parties)
        names._find_acronym_names(doc, parties, add, taken, entity_at)
        names._find_organizations(doc, parties, add, taken, not_parties, joined)
        names._find_short_company_names(doc, parties, add, taken)
        names._find_member_parties(doc, parties, add, taken, entity_at)
        names._find_acting_platforms(doc, parties, add, taken)
        names._find_unlabelled_groups(doc, parties, add, taken)
        names._find_state_bodies(doc, parties, mentions, add, taken, entity_at)
        _bracketed_glosses(doc, parties, mentions)
        mentions[:] = _merge_name_variants(
            parties, mentions, names._is_state_name, names.roles.organization_heads, spell=names._spelled
        )
        for mention in list(mentions):
            party = parties[mention.key]
            if party.kind == "person" and mention.via in ("name", "alias"):
                names._read_roles(doc, mention, party, mentions, parties)
        for party in parties.values():
            if party.kind == "person" and party.gender is None:
                party.gender = given_name_gender(party.name)  # "Emily W. Murphy" is a "she"
        references._resolve_references(doc, parties, mentions, add, taken)
        references._resolve_plural_pronouns(doc, parties, mentions, add, taken)
        references._resolve_interview_turns(doc, parties, mentions, add, taken)
        references._resolve_unnamed_speakers(doc, parties, mentions, add, taken)
        references._attribute_headline(doc, parties, mentions, add, taken)
        mentions = names._drop_places(doc, parties, mentions)
        if credits:
            mentions = [m for m in mentions if m.start not in credits]
        doc._.actors, doc._.actor_at = _records(doc, parties, mentions)
        return doc


def _records(doc: Doc, parties: dict[str, _Party], mentions: list[_Mention]) -> tuple[list[dict], dict[int, str]]:
    """CONTRACT.md actor records (ordered by first mention) and the token -> actor map."""
    by_key: dict[str, list[_Mention]] = {}
    for m in sorted(mentions, key=lambda m: (m.start, m.end)):
        by_key.setdefault(m.key, []).append(m)
    actors, actor_at = [], {}
    for key, items in sorted(by_key.items(), key=lambda kv: kv[1][0].start):
        party = parties[key]
        affiliation = party.affiliations.most_common(1)[0][0] if party.affiliations else None
        actors.append(
            {
                "id": key,
                "name": party.name,
                "kind": party.kind,
                "roles": list(party.roles),
                "affiliation": affiliation if affiliation != key else None,
                "mentions": [
                    {
                        "start": doc[m.start].idx,
                        "end": doc[m.end - 1].idx + len(doc[m.end - 1]),
                        "text": doc[m.start : m.end].text,
                        "via": m.via,
                    }
                    for m in items
                ],
            }
        )
        for m in items:
            for i in range(m.start, m.end):
                actor_at[i] = key
    doc.user_data.pop("_sentence_starts", None)
    doc.user_data.pop("_text", None)
    doc.user_data.pop("_ents", None)
    doc.user_data.pop("_storm_names", None)
    return actors, actor_at
