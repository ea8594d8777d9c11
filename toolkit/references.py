"""References: the parties a document refers to without naming them (again).

`ReferenceResolver` links, in text order, the words that refer to parties `toolkit.names`
already found:
- "he"/"she" to the most salient compatible person before them (a recent subject first; inside a
  quotation, not its speaker), and definite descriptions ("the top Chinese diplomat") to the
  person whose roles and affiliation fit;
- a speaking "it" to the organization or state last named as a subject; "the country", "the
  ministry", "the company" to the state or organization they describe;
- "they"/"them"/"their" to the latest plural antecedent in the paragraph or the two sentences
  before;
- in an interview transcript, "I" and "you" to the speakers the turn labels name (a label may
  name someone new);
- a relative, lawyer or entourage singled out by a possessive ("his brother", "Biden and his team")
  to the person the text names in that relation, or else to a new actor named by it ("Alan Kurdi's
  brother", a person; "Joe Biden's team", a group);
- a headline's trailing source ("…: FM") to the actor with that role.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort
from collections import Counter
from itertools import chain

from spacy.attrs import DEP, IDX, LOWER, TAG
from spacy.tokens import Doc, Token

from toolkit.gazetteer import Gazetteer, slugify
from toolkit.names import (
    _SUBJECT_DEPS,
    RoleLexicon,
    _is_name,
    _locative,
    _Mention,
    _names_state,
    _Party,
    _start,
    _text,
    _where,
)

_PRONOUNS = {
    "he": "male", "him": "male", "his": "male", "himself": "male",
    "she": "female", "her": "female", "hers": "female", "herself": "female",
}
_PLURAL_PRONOUNS = {"they", "them", "their", "theirs", "themselves"}
_SALIENCE_SENTENCES = 3
_QUOTED_SALIENCE_SENTENCES = 15  # how far back a quoted 'she' looks for the woman the text calls 'she'


class ReferenceResolver:
    """Resolves references to the parties found (see the module docstring).

    `ActorFinder.__call__` runs the `_resolve_*` methods and `_attribute_headline` after the names
    are found; each adds mentions through `add` and skips the tokens already `taken`.
    """

    def __init__(self, *, gazetteer: Gazetteer, roles: RoleLexicon, speech_verbs: frozenset[str]):
        self.gazetteer = gazetteer
        self.roles = roles
        self.speech_verbs = speech_verbs  # lemmas that make "it" a speaking organization or state

    # -- pronouns and descriptions ------------------------------------------------------------

    def _resolve_references(self, doc, parties, mentions, add, taken) -> None:
        """Resolve he/she, a speaking 'it' and definite descriptions, in text order."""
        people = sorted((m for m in mentions if parties[m.key].kind == "person"), key=_start)
        others = sorted((m for m in mentions if parties[m.key].kind != "person"), key=_start)
        text = token_starts = None
        generic_referents: dict[str, str] = {}  # a generic noun -> the organization it last described
        for token in doc:
            if taken[token.i]:
                continue
            found = self._non_person_reference(doc, token, others, parties, generic_referents)
            if found:
                start, key, via = found
                insort(others, _Mention(start, token.i + 1, key, via), key=_start)
                add(start, token.i + 1, key, via)
                continue
            gender = _PRONOUNS.get(token.lower_) if token.pos_ == "PRON" else None
            if gender is not None:
                if text is None:
                    text, token_starts = _text(doc), doc.to_array(IDX).tolist()  # once, on demand
                quoted = _inside_quotes(text, token.idx)
                speakers = _quote_speakers(doc, token, people, text, token_starts) if quoted else set()
                key = self._antecedent(doc, token, people, parties, gender, speakers, quoted=quoted)
                if key:
                    insort(people, _Mention(token.i, token.i + 1, key, "pronoun"), key=_start)
                    add(token.i, token.i + 1, key, "pronoun")
                continue
            described = self._description(doc, token, people, parties) or self._relative(doc, token, people, parties)
            if described:
                start, key = described
                if parties[key].kind == "person" and (parties[key].gender or not parties[key].relative_of):
                    # "her family" is no "he" or "she", and "his partner" may be neither
                    insort(people, _Mention(start, token.i + 1, key, "description"), key=_start)
                add(start, token.i + 1, key, "description")

    def _resolve_plural_pronouns(self, doc, parties, mentions, add, taken) -> None:
        """'they'/'them'/'their' -> the latest plural antecedent in the paragraph or the two
        sentences before: an organization, state or group, or the first actor of a coordination
        ('Turkey and Libya agreed ... They said' -> Turkey, as a joint claim's speaker is its first
        conjunct). A subject 'they' prefers a subject to a later non-subject; 'them'/'their' take the
        nearest. A plural noun that is no actor
        ('Protesters gathered ... They said') is the antecedent too, and then the pronoun stays
        unresolved; so are pronouns inside quotations, and antecedents inside quotations are skipped."""
        pronouns = [doc[i] for i in _where(doc, LOWER, _PLURAL_PRONOUNS) if doc[i].pos_ == "PRON" and not taken[i]]
        if not pronouns:
            return
        text = _text(doc)
        candidates = self._plural_antecedents(doc, parties, mentions, text)
        positions = [c[0] for c in candidates]
        breaks = [i for i in _where(doc, LOWER, _LINE_BREAKS)]
        for pronoun in pronouns:
            if _inside_quotes(text, pronoun.idx):
                continue
            sentence = _sentence_index(doc, pronoun.i)
            paragraph = bisect_right(breaks, pronoun.i)
            latest = chosen = None
            for index in range(bisect_left(positions, pronoun.i) - 1, -1, -1):
                position, key, subject, quoted = candidates[index]
                if sentence - _sentence_index(doc, position) > 2 and bisect_right(breaks, position) != paragraph:
                    break
                if quoted:
                    continue
                if latest is None:
                    latest = candidates[index]
                    if pronoun.dep_ not in _SUBJECT_DEPS:
                        break  # 'called on Turkey to halt their drilling': the nearest
                if subject:
                    chosen = candidates[index]
                    break
            chosen = chosen or latest
            if chosen is not None and chosen[1] is not None:
                add(pronoun.i, pronoun.i + 1, chosen[1], "pronoun")
                at = bisect_left(positions, pronoun.i)  # a chain: 'They said ... They added'
                positions.insert(at, pronoun.i)
                candidates.insert(at, (pronoun.i, chosen[1], pronoun.dep_ in _SUBJECT_DEPS, False))

    def _plural_antecedents(self, doc, parties, mentions, text) -> list[tuple[int, str | None, bool, bool]]:
        """(token, actor key or None, is a subject, inside quotes) of what 'they' may refer to, by position."""
        found = {}
        heads = {doc[m.start : m.end].root.i: m for m in mentions}
        for head_i, m in heads.items():
            head = doc[head_i]
            plural = head.lower_ in _PLURAL_PRONOUNS
            if head.dep_ in ("amod", "compound") or m.via == "pronoun" and not plural:
                continue  # "Turkish soldiers": a modifier; "he": a single person
            conjuncts = [c for c in head.conjuncts if c.i > head.i]
            if head.dep_ == "conj" and head.head.i in heads:
                continue  # a later conjunct: the coordination is its first conjunct's
            if parties[m.key].kind == "person" and not conjuncts and not plural:
                continue
            root = head
            while root.dep_ == "conj":
                root = root.head
            position = max([head.i] + [c.i for c in conjuncts])
            found[position] = (position, m.key, root.dep_ in _SUBJECT_DEPS, _inside_quotes(text, head.idx))
        plural_nouns = set(_where(doc, TAG, ("NNS", "NNPS"))) & set(_where(doc, DEP, _SUBJECT_DEPS))
        for i in sorted(plural_nouns):
            token = doc[i]
            if token.i not in found:
                # a plural noun that is no actor ("Protesters gathered"): 'they' is theirs
                found[token.i] = (token.i, None, True, _inside_quotes(text, token.idx))
        return [found[i] for i in sorted(found)]

    def _resolve_interview_turns(self, doc, parties, mentions, add, taken) -> None:
        """In an interview transcript, "I" is whoever the turn's label names: a paragraph that
        opens with "((Zara Kay))" or "ZARA KAY:" gives the turn to that speaker until the next label."""
        labels = []
        for match in _TURN_LABEL.finditer(_text(doc)):
            group = "name" if match.group("name") else "caps"
            span = doc.char_span(*match.span(group), alignment_mode="expand")
            if span is None:
                continue
            key = next((m.key for m in mentions if m.start <= span.start < m.end), None)
            if key is None:
                if not _is_name(span) or len(span) == 1 or span.text in self.gazetteer.names:
                    labels.append((span.start, None))  # "((WN))": the interviewer, no one to count
                    continue
                key = slugify(span.text)
                parties.setdefault(key, _Party(key, span.text, "person"))
                add(span.start, span.end, key, "name")
            labels.append((span.start, key))
        if not labels:
            return
        starts = [start for start, _ in labels]
        text = _text(doc)
        for token in doc:
            if token.pos_ != "PRON" or taken[token.i] or _inside_quotes(text, token.idx):
                continue
            turn = bisect_right(starts, token.i) - 1
            if turn < 0:
                continue
            if token.lower_ in ("i", "me", "my", "myself", "mine") and labels[turn][1] is not None:
                add(token.i, token.i + 1, labels[turn][1], "pronoun")
            elif token.lower_ in ("you", "your", "yourself") and (
                labels[turn][1] is None or parties[labels[turn][1]].kind != "person"
            ):
                # the interviewer's "you" is the one who answers: the next labelled person (an
                # interviewee's "you" is mostly generic: "you can see")
                asker = labels[turn][1]
                answer = next((k for _, k in labels[turn + 1 :] if k not in (None, asker)), None)
                if answer is not None:
                    add(token.i, token.i + 1, answer, "pronoun")

    def _non_person_reference(self, doc, token, others, parties, described) -> tuple[int, str, str] | None:
        """'It said' -> the organization or state last named as a subject; 'the country' -> the
        state last named; 'the ministry' -> the organization last named with that word in its name;
        a generic noun ('the company', 'the network') -> the organization it described before, else
        the organization last named (a text keeps calling one company 'the company')."""
        if token.lower_ == "it" and token.dep_ == "nsubj" and token.head.lemma_.lower() in self.speech_verbs:
            sentence = _sentence_index(doc, token.i)
            for m in _before(others, token.i):
                if sentence - _sentence_index(doc, m.start) >= _SALIENCE_SENTENCES:
                    break
                if doc[m.end - 1].dep_ in _SUBJECT_DEPS:
                    return token.i, m.key, "pronoun"
            return None
        noun = token.lower_
        bare = noun in _BARE_REFERENCES and not list(token.lefts)  # "police said", "government officials"
        if token.pos_ != "NOUN" or token.dep_ in ("attr", "appos", "oprd") or token.dep_ == "compound" and not bare:
            return None
        if noun not in self.roles.state_nouns and noun not in self.roles.organization_nouns:
            return None
        left = list(token.lefts) or [token]
        if noun == "administration" and len(left) == 1 and left[0].dep_ == "poss" and any(m.key == "united-states" for m in others):
            # "President Barack Obama's administration": a president's, the United States government
            people = {w for p in parties.values() if p.kind == "person" for w in p.name.split()}
            if _mention_at(others, left[0].i) is None and left[0].text in people:
                return token.i, "united-states", "description"
            return None
        # a headline drops the article: "Scottish court finds ..." is the court the body names
        headline = noun in self.roles.organization_nouns and token.idx < (doc.user_data.get("title_end") or 0)
        if any(t.dep_ not in ("det", "amod", "compound") for t in left if t is not token):
            return None
        if not bare and not headline and left[0].lower_ != "the":
            return None
        if noun in described and noun in self.roles.generic_organization_nouns:
            return left[0].i, described[noun], "description"
        of = [o for p in token.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
        if of and noun in self.roles.state_nouns:
            # "the government of American Samoa": the state named there, not the state last named
            named = next((m for m in others if m.start <= of[0].i < m.end and parties[m.key].kind == "state"), None)
            return (left[0].i, named.key, "description") if named is not None else None
        place = None  # the latest state named only as a place ("treated in Kenya"): a last resort
        candidates = _before(others, token.i) if not headline else [m for m in others if m.start > token.i]
        if noun == "administration" and any(m.key == "united-states" for m in others):
            # English news says "the administration" ("the Trump administration") of the United States
            # government; other states have governments, and "the City administration" is a city's
            people = {w for p in parties.values() if p.kind == "person" for w in p.name.split()}
            if all(t.lower_ == "the" or t.text in people for t in left):  # "the US administration" names it already
                return left[0].i, "united-states", "description"
            return None
        for m in candidates:
            if doc[m.start : m.end].root.dep_ == "attr":
                continue  # "The only court above it is the Supreme Court": a predicate is no antecedent
            party = parties[m.key]
            if noun in self.roles.state_nouns:
                fits = party.kind == "state"
                if fits and party.region and (noun in _NATIONAL_NOUNS or any(t.lower_ in _NATIONAL for t in left)):
                    fits = False  # "the federal government", "the country": not a federation's state
                if fits and all(_locative(doc[o.end - 1]) for o in others if o.key == m.key and o.via in ("name", "alias", "demonym")):
                    place, fits = place or m, False
            else:
                fits = party.kind == "organization" and (
                    noun in self.roles.generic_organization_nouns
                    or any(word in party.name.lower().split() for word in _NAME_WORDS.get(noun, (noun,)))
                )
            if fits:
                if noun in self.roles.generic_organization_nouns:
                    described[noun] = m.key
                return left[0].i, m.key, "description"
        if place is not None:
            return left[0].i, place.key, "description"
        return None

    def _antecedent(self, doc, pronoun, people, parties, gender, speakers=frozenset(), *, quoted=False) -> str | None:
        """The most salient person before a pronoun: a recent subject first, else the latest;
        past a long quotation ("…," he continued), the latest subject a few sentences back. Inside
        a quotation, its speaker is not 'he' or 'she' (they would say 'I')."""
        sentence = _sentence_index(doc, pronoun.i)
        latest, chosen = None, None
        if pronoun.dep_ == "poss" and pronoun.head.dep_ in ("conj", "appos") and pronoun.nbor().lower_ != "own":
            # "Biden and his team", "Kurdi, his brother": the person the phrase is listed with, unless
            # the clause's subject may be meant ("Trump sued Vance and his tax preparer")
            listed = pronoun.head
            while listed.dep_ in ("conj", "appos"):
                listed = listed.head
            subject = next((c for c in listed.head.children if c.dep_ in _SUBJECT_DEPS), None)
            if listed.dep_ not in _SUBJECT_DEPS and subject is not None and any(
                m.start <= subject.i < m.end and parties[m.key].gender in (None, gender) for m in people
            ):
                listed = subject
            m = _mention_at(people, listed.i)
            if m is not None and parties[m.key].gender in (None, gender) and m.key not in speakers:
                parties[m.key].gender = parties[m.key].gender or gender
                return m.key
        if quoted:
            # inside a quotation, the people around its attribution are no better guess than the
            # person the text already calls 'she' (or 'he') in the sentences before
            for m in _before(people, pronoun.i):
                if sentence - _sentence_index(doc, m.start) >= _QUOTED_SALIENCE_SENTENCES:
                    break
                if parties[m.key].gender == gender and m.key not in speakers:
                    return m.key
        for m in _before(people, pronoun.i):
            if parties[m.key].gender not in (None, gender) or m.key in speakers:
                continue
            distance = sentence - _sentence_index(doc, m.start)
            if distance < _SALIENCE_SENTENCES:
                latest = latest or m
                if doc[m.end - 1].dep_ in _SUBJECT_DEPS or m.via == "pronoun" and doc[m.start].dep_ in _SUBJECT_DEPS:
                    chosen = self._main_subject(doc, pronoun, m, people, parties, gender, speakers) or m
                    break
            elif latest is not None or distance >= 2 * _SALIENCE_SENTENCES + 2:
                break
            elif doc[m.end - 1].dep_ in _SUBJECT_DEPS:
                chosen = m
                break
        chosen = chosen or latest
        if chosen:
            party = parties[chosen.key]
            party.gender = party.gender or gender
            return chosen.key
        return None

    def _main_subject(self, doc, pronoun, subject, people, parties, gender, speakers) -> _Mention | None:
        """A main clause's subject earlier in the sentence of a subordinate clause's subject: in
        'Mugabe agreed to power-sharing in which Tsvangirai became prime minister', Mugabe."""
        verb = doc[subject.end - 1].head
        if verb.dep_ not in _SUBORDINATE or verb.left_edge.i <= pronoun.i <= verb.right_edge.i:
            return None  # "while X wrote he had ordered ...": a pronoun in X's own clause is X
        sentence_start = doc[subject.start].sent.start
        for m in _before(people, subject.start):
            if m.start < sentence_start:
                return None
            word = doc[m.end - 1]
            if (
                word.dep_ in _SUBJECT_DEPS and word.head.dep_ in ("ROOT", "conj")
                and parties[m.key].gender in (None, gender) and m.key not in speakers
            ):
                return m
        return None

    def _description(self, doc, token, people, parties) -> tuple[int, str] | None:
        """'the top Chinese diplomat' -> (start token, person key) when one person fits."""
        wanted = self.roles.descriptions.get(token.lower_)
        if not wanted or token.pos_ not in ("NOUN", "PROPN") or token.dep_ == "compound":
            return None
        if token.dep_ in ("attr", "appos", "oprd") or token.dep_ == "pobj" and token.head.lower_ == "as":
            return None  # a predicate ("as the special envoy"), not a reference to someone
        if any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in token.children):
            return None  # "the leader of the Church, Pope Francis": named on the spot, someone new
        left = [t for t in token.lefts]
        headline = token.idx < (doc.user_data.get("title_end") or 0)
        # "Indonesia's transport minister": a state's possessive stands for the article
        possessor = left[0] if left and left[0].dep_ == "poss" and _names_state(self.gazetteer, left[0].text) else None
        if possessor is not None:
            left = [t for t in left[1:] if t.dep_ != "case"]
            start = next((t.i + 1 for t in possessor.children if t.dep_ == "case"), possessor.i + 1)
        elif left and left[0].lower_ == "the":
            start = left[0].i
        elif headline:  # a headline drops the article: "US federal judge rules"; a state's name stays its own mention
            start = next((t.i for t in left if not _names_state(self.gazetteer, t.text)), token.i)
        else:
            return None
        if any(t.dep_ not in ("det", "amod", "compound", "advmod") for t in left):
            return None
        affiliation = self.gazetteer.names[possessor.text][0] if possessor is not None else None
        for t in left:
            entry = self.gazetteer.names.get(t.text)
            if entry is not None:
                affiliation = entry[0]
        # "the prime minister" is no First Minister: title modifiers in the description must be in the role
        modifiers = [t.lower_ for t in left if t.dep_ in ("amod", "compound") and t.text.capitalize() in self.roles.modifiers]
        # "the incoming president" is the president-elect
        incoming = any(t.lower_ in _INCOMING for t in left)
        # earlier people, latest first; a headline also names who the body introduces
        later = [m for m in people if m.start > token.i] if headline else []
        candidates = []
        for m in chain(_before(people, token.i), later):
            party = parties[m.key]
            fitting = [
                r for r in party.roles
                if any(w.lower() in r.lower() for w in wanted) and all(x in r.lower().split() for x in modifiers)
            ]
            if not fitting or affiliation and party.affiliations and affiliation not in party.affiliations:
                continue
            # "the president" is the President before the Vice President or the President-elect
            # named since; "the incoming president" the other way round
            words = [set(re.split(r"[\s-]+", r.lower())) - set(modifiers) for r in fitting]
            if any(bool(w & _LESSER) == incoming and (not incoming or w & _ELECT) for w in words):
                return start, m.key
            candidates.append(m)
        return (start, candidates[0].key) if candidates and not incoming else None

    def _relative(self, doc, token, people, parties) -> tuple[int, str] | None:
        """'his brother', 'Biden and his team', 'by her family': a relative, lawyer or entourage of
        a person the text names, singled out by a possessive and taking part in the clause, is the
        person the text named in that relation ('his father, Abdullah Kurdi'; 'his father' of Hamza
        bin Laden, Osama bin Laden, the one other man of the family named) or else a new actor named
        '<person>'s <relation>' (a person, or a group for 'family', 'team', 'staffers'). A
        candidate's campaign is named by the name before it too ('The Biden campaign criticized')."""
        kind = _RELATIVES.get(token.lower_)
        if kind is None or token.pos_ != "NOUN" or token.dep_ not in _PARTICIPANT_DEPS:
            return None
        if token.dep_ == "pobj" and token.head.lower_ not in ("by", "with"):
            return None  # "the connection to his father", "the good of his family": no party acts
        if token.lower_ == "campaign" and token.dep_ not in ("nsubj", "nsubjpass"):
            return None  # "his campaign promises": a campaign is a party only where it acts
        owner_token = next((c for c in token.lefts if c.dep_ == "poss"), None)
        if owner_token is None and token.lower_ in ("campaign", "team"):
            # "The Biden campaign criticized ...": the candidate's name before it
            left = list(token.lefts)
            if left and left[0].lower_ == "the" and left[-1].dep_ == "compound" and left[-1].pos_ == "PROPN":
                owner_token = left[-1]
        if owner_token is None or any(c.dep_ == "appos" or c.dep_ == "compound" and c.i > token.i for c in token.children):
            return None  # "his father, Abdullah Kurdi": the name is the mention
        if token.i + 1 < len(doc) and any(m.start == token.i + 1 for m in people):
            return None  # "her husband Jonathan Socoolas": named on the spot
        if _inside_quotes(_text(doc), token.idx):
            return None  # a speaker's own family
        owner = _mention_at(people, owner_token.i)
        start = owner.start if owner is not None and owner_token.dep_ == "poss" else token.left_edge.i
        if owner is None or parties[owner.key].kind != "person" or parties[owner.key].relative_of:
            return None  # not "her son" of someone known only as "his sister"
        if token.dep_ == "appos":
            # "Kurdi, his brother, and his mother": a list, as no one is their own brother;
            # "Charles, Dunn's mother": the person named is the relative
            head = _mention_at(people, token.head.i)
            if head is None or head.key != owner.key:
                return None
        modifiers = [t for t in token.lefts if t.i > owner_token.i]
        if any(t.dep_ not in ("amod", "case", "compound", "nummod") for t in modifiers):
            return None
        gender = _KIN_GENDER.get(token.lower_) or self.roles.gender(token.text.capitalize())
        known = self._named_relative(doc, token, owner.key, gender, people, parties)
        if known:
            return start, known
        words = [t.lower_ for t in modifiers if t.lower_ in _RELATIVE_KINDS] + [token.lower_]
        name = f"{parties[owner.key].name}'s {' '.join(words)}"
        key = slugify(name)
        party = parties.setdefault(key, _Party(key, name, kind, relative_of=owner.key))
        party.gender = party.gender or gender
        return start, key

    def _named_relative(self, doc, token, owner, gender, people, parties) -> str | None:
        """The person a document names as the owner's relative: on the spot elsewhere ('his
        father, Abdullah Kurdi'), by the converse relation ('Mohammed Waseem, brother of Qandeel
        Baloch' ... 'his sister'), or the one other person of the owner's family name and gender."""
        relation = token.lower_

        def person_at(i: int) -> str | None:
            m = _mention_at(people, i)
            return m.key if m is not None else None

        stated = []  # (person, relation, whose): "A, brother of B", "B's father, A", "A, B's father"
        for i in _where(doc, LOWER, tuple(_RELATIVES)):
            noun = doc[i]
            whose = next((person_at(c.i) for c in noun.children if c.dep_ == "poss"), None)
            of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            if whose is None and of is not None:
                objects = [o for o in of.children if o.dep_ == "pobj"]
                objects += [c for o in objects for c in o.conjuncts]
                whose = next((person_at(o.i) for o in objects if person_at(o.i)), None)
            named = [person_at(c.i) for c in noun.children if c.dep_ == "appos" or c.dep_ == "compound" and c.i > noun.i]
            if noun.dep_ == "appos":
                named.append(person_at(noun.head.i))
            for person in named:
                if person is not None and person != whose:
                    stated.append((person, noun.lower_, whose))
        same = {person for person, r, whose in stated if r == relation and whose in (owner, None)}
        if len(same) == 1:
            return same.pop()
        converse = {
            whose for person, r, whose in stated
            if person == owner and r in _CONVERSE.get(relation, ()) and whose is not None
            and parties[whose].gender in (None, gender)
        }
        if len(converse) == 1:
            return converse.pop()
        surname = parties[owner].name.split()[-1]
        related = {person for person, _, _ in stated} | {whose for _, _, whose in stated}
        others = {
            m.key for m in people
            if m.key != owner and m.key not in related and len(parties[m.key].name.split()) > 1
            and parties[m.key].name.split()[-1] == surname and parties[m.key].gender in (None, gender)
        }
        return others.pop() if len(others) == 1 and gender is not None else None

    # -- the headline's trailing source -------------------------------------------------------

    def _resolve_unnamed_speakers(self, doc, parties, mentions, add, taken) -> None:
        """'Quirin's lawyer said', 'the head of the police's internal investigators said': someone
        the text never names but singles out, by a named party's possessive or an 'of' phrase, and
        who speaks is a person actor named by that description (a generic 'a police spokesman'
        or 'the officers' is not)."""
        named = {i for m in mentions if m.via in ("name", "alias", "demonym") for i in range(m.start, m.end)}
        role_words = {w.lower() for p in parties.values() if p.kind == "person" for r in p.roles for w in r.split()}
        for i in _where(doc, LOWER, _PERSON_NOUNS | _WITNESS_NOUNS | _OFFICE_NOUNS):
            subject, verb = doc[i], doc[i].head
            if subject.dep_ != "nsubj" or verb.pos_ != "VERB" or verb.lemma_.lower() not in self.speech_verbs:
                continue
            if next(c for c in verb.children if c.dep_ == "nsubj").i != subject.i:
                continue  # the verb's first subject speaks
            if subject.tag_ != "NN" or taken[subject.i]:
                continue
            if any(c.dep_ == "appos" for c in subject.children):
                continue  # "Dunn's mother, Charlotte Charles, said": named on the spot
            left = list(subject.lefts)
            owner = next((c for c in left if c.dep_ == "poss" and c.i in named), None)
            of = next((c for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            obj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
            definite = obj is not None and (obj.pos_ == "PROPN" or any(c.dep_ == "poss" or c.lower_ == "the" for c in obj.children))
            # "the bus driver told reporters": one the story singles out by what they do, whom no
            # named person's role ("Officer Jane Doe") may be
            witness = (
                subject.lower_ in _WITNESS_NOUNS and of is None and left and left[0].lower_ == "the"
                and all(t.dep_ in ("compound", "amod") and t.is_lower for t in left[1:])
                and subject.lower_ not in role_words
            )
            if owner is None and not (left and left[0].lower_ == "the" and definite) and not witness:
                continue  # not "the daughter of a music teacher"
            if subject.lower_ in _OFFICE_NOUNS and subject.lower_ in role_words:
                continue  # "The governor of Louisiana ... declared" before "Governor John Bel Edwards"
            start = left[0].i if left else subject.i
            end = subject.right_edge.i + 1 if of is not None else subject.i + 1
            end = next(
                (
                    t.i for t in doc[subject.i : end]
                    if t.is_punct and t.text not in ("'", "’") and not (t.text == "-" and not doc[t.i - 1].whitespace_)
                ),  # not the hyphen of "North Rhine-Westphalia"
                end,
            )
            if any(taken[i] and i not in named for i in range(start, end)) or end - start > 12:
                continue
            if end + 1 < len(doc) and doc[end].text == "," and end + 1 in named or end in named or end < len(doc) and self.roles.is_title(doc[end].text):
                continue  # "the director of Amnesty International, Mariela Belski, said", "USAF's chief of staff General Duncan McNab"
            name_start = start + (doc[start].lower_ == "the")
            name = doc[name_start:end].text
            key = slugify(name)
            party = parties.setdefault(key, _Party(key, name, "person"))
            party.gender = party.gender or _KIN_GENDER.get(subject.lower_) or self.roles.gender(subject.text.capitalize())
            add(name_start, end, key, "description")  # over the owner's name, which stays its mention

    def _attribute_headline(self, doc, parties, mentions, add, taken) -> None:
        """'…: FM' at the end of a headline names its source: the actor with that role."""
        title_end = doc.user_data.get("title_end")
        if not title_end:
            return
        title = doc.char_span(0, title_end, alignment_mode="contract")
        if title is None:
            return
        colons = [t for t in title if t.text == ":"]
        if not colons:
            return
        tail = [t for t in title if t.i > colons[-1].i and not t.is_space]
        if not tail or len(tail) > 4 or any(taken[t.i] for t in tail):
            return
        words = " ".join(t.text for t in tail)
        role = self.roles.abbreviations.get(words, words)
        key = _holder_of(role, parties, mentions) or next(
            (
                m.key
                for m in mentions
                if parties[m.key].kind == "person" and words in parties[m.key].name.split()
            ),
            None,
        )
        if key:
            add(tail[0].i, tail[-1].i + 1, key, "description" if key != slugify(words) else "alias")


def _holder_of(role: str, parties: dict[str, _Party], mentions: list[_Mention]) -> str | None:
    """The most mentioned person holding a role (case-insensitive)."""
    counts = Counter(m.key for m in mentions)
    holders = [
        key
        for key, party in parties.items()
        if party.kind == "person" and any(role.lower() == r.lower() or r.lower().endswith(role.lower()) for r in party.roles)
    ]
    return max(holders, key=lambda k: (counts[k], k), default=None)


# a transcript turn label at the start of a paragraph: "((Zara Kay))" or "ZARA KAY:"
_TURN_LABEL = re.compile(
    r"(?m)^[ \t]*(?:\(\((?P<name>[^()\n]{1,60})\)\)|(?P<caps>[A-Z][A-Z .'-]{1,40}[A-Z]):(?=\s))"
)


def _quote_speakers(doc: Doc, token: Token, people: list[_Mention], text: str, token_starts: list[int]) -> set[str]:
    """Keys of the people speaking the quotation a token stands in: subjects outside quotes in
    the sentences where the quotation opens and closes ('Charles said, "She didn't ..."'); the
    token must be inside a quotation."""
    position = token.idx
    paragraph_end = text.find("\n", position)
    paragraph_end = len(text) if paragraph_end < 0 else paragraph_end
    opening = max(text.rfind(q, 0, position) for q in _QUOTE_MARKS)
    closings = [i for i in (text.find(q, position, paragraph_end) for q in _QUOTE_MARKS) if i >= 0]
    closing = min(closings, default=paragraph_end - 1)
    sentences = {
        _sentence_index(doc, max(bisect_right(token_starts, opening) - 1, 0)),
        _sentence_index(doc, max(bisect_right(token_starts, closing) - 1, 0)),
    }
    first, last = min(sentences), max(sentences)
    starts = doc.user_data["_sentence_starts"]  # filled by _sentence_index
    begin, end = starts[first], starts[last + 1] if last + 1 < len(starts) else len(doc)
    speakers = set()
    for m in people[bisect_left(people, begin, key=_start) : bisect_left(people, end, key=_start)]:
        head = doc[m.start : m.end].root
        if head.dep_ == "appos":
            head = head.head  # "Dunn's mother, Charlotte Charles, said"
        if head.dep_ in _SUBJECT_DEPS and not _inside_quotes(text, head.idx):
            speakers.add(m.key)
    return speakers


_QUOTE_MARKS = ('"', "“", "”")


_LINE_BREAKS = ("\n", "\n\n", "\n\n\n", " \n", "\n ", " \n\n", "\n\n ")


def _before(mentions: list[_Mention], i: int):
    """Mentions (sorted by start) that start before token i, latest first."""
    for index in range(bisect_left(mentions, i, key=_start) - 1, -1, -1):
        yield mentions[index]


def _mention_at(mentions: list[_Mention], i: int) -> _Mention | None:
    """The mention (of mentions sorted by start) that covers token i, or None."""
    return next((m for m in _before(mentions, i + 1) if m.start <= i < m.end), None)


def _inside_quotes(text: str, position: int) -> bool:
    """True when a character offset lies after an odd number of double quotes in its paragraph."""
    start = text.rfind("\n", 0, position) + 1
    before = text[start:position]
    return (before.count('"') + before.count("“") + before.count("”")) % 2 == 1


# clauses whose subject is less salient than the main clause's ("in which Tsvangirai became ...")
_SUBORDINATE = {"relcl", "acl", "advcl"}
# nouns that refer to a named body without an article ("police said" -> the police force named
# before; "government officials" -> the state)
_BARE_REFERENCES = {"police", "government"}
# people a text may single out without naming them (singular, as written), and the gender of
# those no title says
_PERSON_NOUNS = {
    "lawyer", "attorney", "wife", "husband", "son", "daughter", "father", "mother", "brother", "sister",
    "girlfriend", "boyfriend", "widow", "widower", "partner", "head", "chief", "director", "spokesperson",
    "spokesman", "spokeswoman", "leader", "founder", "owner",
}
# offices a text may name someone by ("the premier of the German state of North Rhine-Westphalia
# said"): an unnamed person only when no named person holds that office in the text
_OFFICE_NOUNS = {
    "premier", "governor", "mayor", "chairman", "chairwoman", "chairperson", "ambassador", "commissioner",
}
# people a story singles out by what they do or what happened to them ("the bus driver said")
_WITNESS_NOUNS = {
    "driver", "pilot", "captain", "witness", "eyewitness", "survivor", "gunman", "attacker", "shooter",
    "officer", "doctor", "nurse", "teacher", "farmer", "neighbour", "neighbor", "landlord", "coroner",
    "prosecutor", "investigator",
}
_KIN_GENDER = {  # the rest ("mother", "spokesman") are gendered titles in roles.json
    "wife": "female", "daughter": "female", "girlfriend": "female", "widow": "female", "niece": "female",
    "aunt": "female", "fiancee": "female", "fiancée": "female", "granddaughter": "female", "grandmother": "female",
    "husband": "male", "son": "male", "boyfriend": "male", "widower": "male", "nephew": "male",
    "uncle": "male", "fiance": "male", "fiancé": "male", "grandson": "male", "grandfather": "male",
}
# a person's relatives, lawyers and entourage, who are actors when the text singles them out
# ("his brother", "her family"), and whether each is one person or a group
_RELATIVES = {
    **dict.fromkeys(
        ("wife", "husband", "son", "daughter", "father", "mother", "brother", "sister", "girlfriend",
         "boyfriend", "partner", "widow", "widower", "fiancee", "fiancée", "fiance", "fiancé", "nephew",
         "niece", "uncle", "aunt", "cousin", "grandson", "granddaughter", "grandmother", "grandfather",
         "stepfather", "stepmother", "stepson", "stepdaughter", "lawyer", "attorney"),
        "person",
    ),
    **dict.fromkeys(
        ("family", "team", "campaign", "staff", "staffers", "aides", "lawyers", "attorneys", "parents", "children",
         "sons", "daughters", "brothers", "sisters", "bodyguards"),
        "group",
    ),
}
# the relations whose converse a relation is: whoever has a brother is that brother's brother or sister
_SIBLINGS, _PARENTS, _CHILDREN = {"brother", "sister"}, {"mother", "father"}, {"son", "daughter"}
_CONVERSE = {
    **dict.fromkeys(_SIBLINGS, _SIBLINGS), **dict.fromkeys(_PARENTS, _CHILDREN), **dict.fromkeys(_CHILDREN, _PARENTS),
    "husband": {"wife", "widow"}, "wife": {"husband", "widower"}, "widow": {"husband"}, "widower": {"wife"},
}
_RELATIVE_KINDS = {"legal", "defence", "defense"}  # words kept in a relative's name ("his legal team")
# where a relative takes part in what the clause says (a pobj only as the agent or companion: "by
# her family", "with his two daughters at his bedside"; an appos only as a list item)
_PARTICIPANT_DEPS = {"nsubj", "nsubjpass", "dobj", "dative", "conj", "pobj", "appos"}
# title words that make a role less than its head word ("Vice President", "President-elect"),
# those of the one about to take office, and the words that describe that one ("the incoming president")
_LESSER = {"vice", "deputy", "assistant", "elect", "designate", "acting", "interim", "former"}
_ELECT = {"elect", "designate"}
_INCOMING = {"incoming", "future"}
# what makes a state noun the whole federation's, never one of its constituent states
_NATIONAL = {"federal", "national", "central", "union"}
_NATIONAL_NOUNS = {"country", "nation"}
# the words in a body's name that a common noun refers to ("the army" -> "Armed Forces of X")
_NAME_WORDS = {
    "army": ("army", "forces"),
    "military": ("military", "army", "forces"),
    "police": ("police",),
}


def _sentence_index(doc: Doc, i: int) -> int:
    """The index of the sentence holding token i."""
    starts = doc.user_data.get("_sentence_starts")
    if starts is None:
        starts = [s.start for s in doc.sents]
        doc.user_data["_sentence_starts"] = starts
    return bisect_right(starts, i) - 1
