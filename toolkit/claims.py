"""Claims: who says what. The `toolkit_claims` spaCy component and its typing rules.

Runs after `toolkit_actors` and stores CONTRACT.md claim records (plain dicts) on
`doc._.claims`. The attribution forms it reads (cue words are lemmas from `data/cues.json`):

- reported speech: a cue verb whose clausal complement is the content and whose subject is
  the source, in either order ("Wang said that X" / "X, Wang said" / "X, said Wang, who ...");
  a "that" complement parsed as an adverbial clause counts too ("tweeted on Monday that X");
  a relative pronoun subject is the source and what it stands for the speaker ("Smith, who
  said X": source "who", speaker Smith), as PolNeAR marks it;
- parenthetical cues: a cue verb with a subject but no complement, set inside or after the
  clause it reports ("The test, Pyongyang said, was its largest", "The problem, she told me,
  is X", "As experts have noted, X"): the content is that clause, the cue included when it
  sits in the middle;
- object contents: for verbs that report by naming, urging, accusing or judging
  ("called X a liar", "called on X to Y", "urged X to Y", "accused X of Y",
  "criticized X as Y", "called for X", "called for cutting X"), and for verbs of
  communication and stance with a noun-phrase object ("mentioned X", "questioned X",
  "backed X", "complained about X", "spoke of X"), the content is what follows the cue in its
  clause, without phrases of time, place or medium hanging from the cue ("attacked X in a
  tweet on Monday": X);
- passive cues with their agent ("X was endorsed by Y", "X was first reported by Y"): Y is
  the source, the passive subject the content, the cue runs through "by";
- adjectives of certainty and feeling after a copula with a subject ("X is sure that Y",
  "X was worried about Y"): the clause or the about/of/over phrase is the content;
- commissive verbs with an infinitive ("promised to cut taxes", "plans to run"): the
  infinitive phrase is the content; naming verbs ("call", "label", "liken") count only with
  their second part, so "called a meeting" is no claim;
- a cue followed by a colon ("He added: X"): the rest of the paragraph, or the next paragraph
  when the colon ends it;
- participle cues without a subject of their own take the subject of the verb they hang from
  ("began by saying X", "..., adding that X", "went on to say X"), and so does an infinitive
  of purpose ("met with farmers to discuss X");
- nouns of saying with a "that" clause ("his claim that X", "Smith's warning that X"): the
  possessor is the source, none when there is no possessor; with a possessor, an infinitive or
  an of/for/about/on/against phrase counts too ("Smith's call for X", "her plan to X");
- "according to X, Y" / "Y, according to X": source X, content Y (also when the parser makes
  Y an apposition of X);
- direct speech: a quotation (straight, curly or doubled '' marks; a paragraph that ends
  inside a quote continues when the next paragraph reopens it, as news typography does) with a
  cue in its sentence; a quotation split by its cue ("'A,' said X. 'B.'" or "'A,' X said,
  'B.'") is one content running from the first mark to the last, its cue inside, unless a
  new participle cue follows the first cue ('"A," X said, adding Y. "B."': B is not joined);
  the cue may also stand in the sentence right after the closing mark ('"Why?" a voter asks.');
  the source is never a word inside the quotation (the parser sometimes hangs the quote's
  subject on the cue): without a subject outside it, the name between the closing mark and
  the cue, or right after the cue, is the source;
  a straight opening mark may be closed by a curly one and the reverse ('"A,” he said');
- speaker labels: a paragraph opening with a name and a colon or dash ("SMITH: ...",
  "Jane Roe ― 'quote'"), also inside a transcript quoted paragraph by paragraph
  ('"SMITH: ...' with no closing mark): the rest of the paragraph is the content, the mark the
  cue; a headline opening with a name and a colon ("Smith: text"), the name being a
  one-word label only when the article also names it or it is a poll ("Poll: text"); the
  headline's final stop is dropped;
- signed quotations: a line made of a quotation, a dash and a name ('"A." ― Jane Roe');
- a headline's trailing source ("...: FM"), when the actors component resolved it;
- a headline's present-tense cue verb that title case leaves tagged as a name ("Jane Roe
  Vows To Cut Taxes"), when no other cue was found in the headline: the words before it are
  the source, the rest of the headline the content. A headline is one statement: a content
  after its cue there runs to the headline's end unless another cue stands in the rest.

Spans follow the PolNeAR conventions: a content keeps its complementizer "that" and any quote
marks that open or close it, with the punctuation inside them; an unquoted content drops its
final punctuation; a content lying wholly inside a quotation is the whole quotation. A
clausal content runs through a clause with its own subject conjoined to the cue after it
("noted that A, but B": B is often parsed as the cue's conjunct), and stops before a trailing
comma-set aside: a non-restrictive relative clause, an apposition, a participle clause or a
concessive or temporal clause (", who is 70", ", focusing on X", ", although X"). A cue
keeps its auxiliaries, negation and adjacent adverbs ("has also said"), its particle or
preposition ("called on", "pointed out") and a colon right after it ("said:").
Only the outermost attribution is kept: "Wang said China and Russia hope that Y" is Wang's
claim, not also a claim of China and Russia (PolNeAR, too, annotates the outer one only); a
piece of a split quotation is not a claim of its own once the quotation is joined. A cue
inside a quotation ("I think", "we know") is part of what is quoted, not a new attribution
(speaker labels excepted), and a cue inside a headline that is itself a claim is part of it.

Claim types, checked in this order on the content's main clause:
normative (should/must, "call for", "urge", "hope", "it is necessary"), evaluative ("welcome",
"condemn", an evaluative adjective), intention ("will" with an actor as subject, "plan to"),
prediction ("will" with a non-actor subject, "expect", "likely", may/might/could); when the
content's clause shows none of these, the cue's verb or noun decides by the same word lists
("urged X to Y", "invited X to Y": normative; "condemned X": evaluative); assertive for
everything else.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache, partial

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from toolkit.config import DATA_DIR
from toolkit.quotes import (
    Quotations,
    Quote,
    is_quote_mark,
    quote_kind,
    quoted,
    reach_quote_end,
)

_LABEL_MARKS = {":", "―", "—", "--", "–"}
# dependents of a cue that belong to the cue phrase when they touch it
_CUE_LEFT = {"aux", "auxpass", "neg", "advmod"}
_CUE_RIGHT = {"advmod", "npadvmod", "prt"}
# dependents of a cue that make up an object content ("called X a liar", "urged X to Y")
_CUE_POS = {"VERB", "AUX", "NOUN", "ADP", "ADJ"}  # verbs, nouns and adjectives, "according"
_OBJECT_PARTS = {"dobj", "oprd", "xcomp", "ccomp", "dative", "prep", "pobj"}

# the clause an "according to" phrase belongs to
_CLAUSES = ("ROOT", "ccomp", "conj", "advcl", "relcl")
# a line that is a quotation signed by its speaker: '“...” ― Jane Roe'
_SIGNED = re.compile(
    r"^[ \t\u00a0]*(?P<quote>[\"“”«].*[\"”“»])"
    r"[ \t\u00a0]*(?P<dash>[―—]|--)[ \t\u00a0]*"
    r"(?P<name>[A-Z][\w.'’-]*(?:[ \u00a0]+[A-Z][\w.'’-]*){0,4}?)\.?[ \t\u00a0]*$",
    re.MULTILINE,
)
# nouns naming a record that "says" something, able to head a headline label ("Poll: ...")
_SPEAKING_RECORDS = {"poll", "survey", "study"}
# subordinators of a comma-set clause that adds to a content rather than belongs to it
_TITLE_WORDS = {"a", "an", "the", "of", "on", "in", "and", "or", "to", "for", "with", "at", "by"}
_ASIDE_MARKS = {"although", "though", "while", "whereas", "when", "where"}
# prepositions that open the content of a noun of saying ("call for X", "criticism of X")
_NOUN_PREPS = {"for", "of", "about", "on", "against"}
# prepositions of time, place and medium: their phrases say when or where a cue was said,
# not what ("attacked X in a tweet on Monday")
_ADJUNCT_PREPS = {
    "in", "at", "on", "during", "since", "after", "before", "amid", "despite", "following",
    "until", "throughout", "via", "through", "while", "from",
}
_RELATIVES = {"who", "which", "that", "whom"}
_AUXILIARIES = {  # lemmas of true auxiliaries; another AUX-tagged word may be a mistagged cue
    "be", "have", "do", "will", "would", "shall", "should", "can", "could", "may", "might",
    "must", "ought", "need", "dare", "get",
}
_NAME_POS = {"PROPN", "NOUN", "DET", "ADJ", "PART", "ADP", "NUM"}  # words of a name or title


@dataclass(frozen=True)
class CueLexicon:
    """Cue words and claim-type rules (`data/cues.json`)."""

    verbs: frozenset[str]
    adjectives: frozenset[str]
    objects: frozenset[str]
    naming: frozenset[str]
    nouns: frozenset[str]
    messages: frozenset[str]
    phrasal: dict[str, frozenset[str]]
    types: dict[str, dict[str, frozenset[str]]]


@lru_cache(maxsize=1)
def load_cues() -> CueLexicon:
    """The cue lexicon, read once."""
    data = json.loads((DATA_DIR / "cues.json").read_text(encoding="utf-8"))
    groups = [words for words in data["verbs"].values() if isinstance(words, list)]
    verbs = frozenset(w for words in groups for w in words)
    object_contents = data["object_contents"]
    objects = frozenset(object_contents["lemmas"]) | frozenset(object_contents["intention"])
    naming = frozenset(object_contents["naming"])
    phrasal = {
        lemma: frozenset(words) for lemma, words in data["phrasal"].items() if lemma[0] != "_"
    }
    types = {
        kind: {group: frozenset(words) for group, words in data[kind].items() if group[0] != "_"}
        for kind in ("normative", "evaluative", "intention", "prediction")
    }
    nouns = frozenset(data["nouns"]["lemmas"])
    messages = frozenset(data["messages"]["lemmas"])
    adjectives = frozenset(data["adjectives"]["lemmas"])
    return CueLexicon(
        verbs | objects | naming,
        adjectives,
        objects | naming,
        naming,
        nouns,
        messages,
        phrasal,
        types,
    )


@Language.factory("toolkit_claims")
def make_claim_finder(nlp: Language, name: str) -> ClaimFinder:
    """spaCy factory for the claims component."""
    verb_forms = {}
    if "lemmatizer" in nlp.pipe_names:  # irregular verb forms: "said" -> "say"
        lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
        if lookups is not None and lookups.has_table("lemma_exc"):
            verb_forms = dict(lookups.get_table("lemma_exc").get("verb", {}))
    return ClaimFinder(verb_forms)


class ClaimFinder:
    """spaCy component: finds attributed claims (see the module docstring)."""

    def __init__(self, verb_forms: dict[str, list[str]] | None = None):
        if not Doc.has_extension("claims"):
            Doc.set_extension("claims", default=None)
        self.cues = load_cues()
        self.verb_forms = verb_forms or {}

    def __call__(self, doc: Doc) -> Doc:
        actor_at = doc._.actor_at or {}
        quotes = Quotations(doc.text)
        found: list[dict] = []
        for token in doc:
            if token.pos_ not in _CUE_POS:
                continue
            if token.pos_ == "AUX" and token.lemma_ not in _AUXILIARIES:
                # the tagger sometimes takes a cue for an auxiliary ('"A," X said Monday') and
                # the lemmatizer then leaves its form ("said"): give it its verb lemma
                lemma = (self.verb_forms.get(token.lower_) or [None])[0]
                if lemma in self.cues.verbs:
                    token.lemma_ = lemma
            claim = (
                self._reported(doc, token, quotes)
                or self._passive(doc, token, quotes)
                or self._adjectival(doc, token, quotes)
                or self._according_to(doc, token, quotes)
                or self._nominal(doc, token, quotes)
            )
            if claim is None or quoted(claim["cue"], quotes):
                continue
            content = doc.char_span(*claim["content"], alignment_mode="expand")
            if content is not None and is_quote_mark(content[0]) and _is_title(content):
                continue  # 'told "Morning Joe"': the programme is no content
            found.append(claim)
        found += self._labelled(doc, quotes, found)
        found += self._direct_only(doc, quotes, found)
        found += self._title_case_cue(doc, quotes, found)
        found = [_to_title_end(doc, claim, quotes, found) for claim in found]
        found = _outermost([_join_split_quote(doc, claim, quotes) for claim in found])
        headline = self._headline(doc, actor_at)
        if headline:  # a cue inside a headline that is itself a claim is part of its content
            found = [c for c in found if not _inside(c["cue"] or c["content"], headline["content"])]
        claims = []
        for raw in ([headline] if headline else []) + sorted(found, key=lambda c: c["content"]):
            content = _before_gloss(quotes.text, raw["content"])
            claims.append(
                {
                    "speaker": _speaker(
                        raw.get("source_tokens"), doc, actor_at, messages=self.cues.messages
                    ),
                    "source": raw.get("source"),
                    "cue": raw.get("cue"),
                    "content": content,
                    "quote": raw.get("quote") or quote_kind(content, quotes),
                    "type": self.claim_type(doc, content, actor_at, cue=raw.get("cue")),
                    "mentions": _mentions(doc, content, actor_at),
                    "headline": raw.get("headline", False),
                }
            )
        doc._.claims = claims
        return doc

    # -- reported speech -------------------------------------------------------------------

    def _reported(self, doc: Doc, cue: Token, quotes: list[Quote]) -> dict | None:
        """A cue verb with a subject and a clausal, parenthetical or object content."""
        lemma = cue.lemma_.lower()
        if cue.pos_ not in ("VERB", "AUX") or lemma not in self.cues.verbs:
            return None
        subject = _subject(cue)
        if subject is not None and not quoted((cue.idx, cue.idx + 1), quotes):
            quote = next((q for q in quotes if q[0] <= subject.idx < q[1]), None)
            if quote is not None:  # a quoted clause's subject hung on the cue after it
                subject = _subject(cue, outside=quote)
        if subject is None:
            return None
        cue_start, cue_end = _cue_phrase(doc, cue, self.cues.phrasal.get(lemma, frozenset()))
        content = None
        complement = _complement(cue)
        if doc[cue_end - 1].text == ":":
            content = _after_colon(doc, cue_end, quotes)
        elif complement is not None:
            words = self._with_conjuncts(cue, complement)
            if cue_end < len(doc) and doc[cue_end].dep_ == "mark" and doc[cue_end].lower_ == "for":
                cue_end += 1  # "called for X to Y": the cue is "called for", the content "X to Y"
                words = [t for t in words if t.i >= cue_end]
            content = _content_span(doc, words, quotes)
        elif lemma in self.cues.objects and (lemma not in self.cues.naming or _names(cue, cue_end)):
            content = _object_content(doc, cue, cue_end, quotes)
        if content is None and complement is None:
            content = _parenthetical_content(doc, cue, subject, quotes)
        if content is None:
            return None
        source_tokens = _source_tokens(subject)
        if source_tokens[0].i <= content[0] and content[1] <= source_tokens[-1].i:
            return None
        source = _chars(doc, source_tokens[0].i, source_tokens[-1].i + 1)
        cue_chars = _chars(doc, cue_start, cue_end)
        if content[0] < source[0] < content[1] and not content[0] <= cue_chars[0] < content[1]:
            # 'Calling it "X", Anna Franowska told ...': what is called stops before who calls it
            content = (content[0], content[0] + len(doc.text[content[0] : source[0]].rstrip(" ,;")))
        return {
            "source": source,
            "source_tokens": (source_tokens[0].i, source_tokens[-1].i + 1, subject.i),
            "cue": _chars(doc, cue_start, cue_end),
            "content": content,
        }

    def _passive(self, doc: Doc, cue: Token, quotes: list[Quote]) -> dict | None:
        """'X was endorsed by Y', 'the story was first reported by Y': Y is the source and the
        passive subject the content."""
        if cue.pos_ != "VERB" or cue.lemma_.lower() not in self.cues.verbs:
            return None
        content = next((c for c in cue.children if c.dep_ == "nsubjpass"), None)
        agent = next((c for c in cue.children if c.dep_ == "agent" and c.i > cue.i), None)
        actor = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None
        if content is None or actor is None or content.lower_ in _RELATIVES:
            return None
        cue_start, _ = _cue_phrase(doc, cue, frozenset())
        words = [t for t in content.subtree if t.i < cue.i]
        span = _content_span(doc, words, quotes)
        if span is None:
            return None
        source = _source_tokens(actor)
        return {
            "source": _chars(doc, source[0].i, source[-1].i + 1),
            "source_tokens": (source[0].i, source[-1].i + 1, actor.i),
            "cue": _chars(doc, min(cue_start, cue.i), agent.i + 1),
            "content": span,
        }

    def _adjectival(self, doc: Doc, cue: Token, quotes: list[Quote]) -> dict | None:
        """'X is sure that Y', 'X was worried about Y': an adjective of certainty or feeling,
        the complement of a copula with a subject, with a clause or an about/of phrase."""
        if cue.pos_ != "ADJ" or cue.dep_ != "acomp":
            return None
        if cue.lemma_.lower() not in self.cues.adjectives:
            return None
        verb = cue.head
        subject = _subject(verb)
        if subject is None or subject.i > cue.i:
            return None
        complement = _complement(cue)
        about = next(
            (
                c
                for p in cue.children
                if p.dep_ == "prep" and p.i == cue.i + 1 and p.lower_ in ("about", "of", "over")
                for c in p.children
                if c.dep_ in ("pobj", "pcomp")
            ),
            None,
        )
        if complement is not None and complement.i > cue.i:
            content = _content_span(doc, list(complement.subtree), quotes)
            cue_end = cue.i + 1
        elif about is not None:
            content = _content_span(doc, list(about.subtree), quotes)
            cue_end = cue.i + 2
        else:
            return None
        if content is None:
            return None
        cue_start, _ = _cue_phrase(doc, verb, frozenset())
        cue_start = min(cue_start, verb.i)
        source = _source_tokens(subject)
        return {
            "source": _chars(doc, source[0].i, source[-1].i + 1),
            "source_tokens": (source[0].i, source[-1].i + 1, subject.i),
            "cue": _chars(doc, cue_start, cue_end),
            "content": content,
        }

    def _with_conjuncts(self, cue: Token, complement: Token) -> list[Token]:
        """The complement's words, through clauses conjoined to the cue after it that are not
        cues themselves ("noted that A, but B": B is parsed as the cue's conjunct)."""
        tokens = list(complement.subtree)
        if complement.dep_ == "advcl" and complement.i > cue.i:  # "said after X he would Y"
            subject = next((c for c in complement.children if c.dep_.startswith("nsubj")), None)
            mark = next((c for c in complement.children if c.dep_ == "mark"), None)
            if mark is None and subject is not None and subject.i < complement.i:
                tokens = [t for t in tokens if t.i >= subject.left_edge.i]
        for conj in cue.children:
            if conj.dep_ != "conj" or conj.i < tokens[-1].i:
                continue
            if conj.lemma_.lower() in self.cues.verbs:
                continue  # "said A and urged B": B is a claim of its own
            if not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in conj.children):
                continue
            tokens += [t for t in conj.doc[tokens[-1].i + 1 : conj.i]] + list(conj.subtree)
        return tokens

    def _nominal(self, doc: Doc, cue: Token, quotes: list[Quote]) -> dict | None:
        """'his claim that X', 'Smith's call for X', 'her plan to X': a noun of saying with a
        'that' clause, or, when its owner is named, with an infinitive or an of/for phrase."""
        if cue.pos_ != "NOUN" or cue.lemma_.lower() not in self.cues.nouns:
            return None
        owner = next((c for c in cue.children if c.dep_ == "poss"), None)
        cue_end = next_word = cue.i + 1
        author = next(
            (
                c
                for c in cue.children
                if c.dep_ == "prep" and c.i == cue.i + 1 and c.lower_ in ("by", "from")
            ),
            None,
        )
        if owner is None and author is not None:
            # "warnings from his lawyer that X", "the decision by the FBI to Y": the author
            owner = next((c for c in author.children if c.dep_ == "pobj"), None)
            next_word = author.right_edge.i + 1 if owner is not None else next_word
        clause = next(
            (
                c
                for c in cue.children
                if c.dep_ in ("acl", "ccomp") and c.i > cue.i
                and any(
                    m.dep_ == "mark" and m.lower_ == "that" and m.i == next_word for m in c.children
                )
            ),
            None,
        )
        if clause is None and owner is not None and next_word < len(doc):
            # "Trump's call for X", "her plan to X": only with a named owner, for precision
            after = doc[next_word]
            if after.dep_ == "prep" and after.head.i == cue.i and after.lower_ in _NOUN_PREPS:
                clause = next((c for c in after.children if c.dep_ in ("pobj", "pcomp")), None)
                cue_end = after.i + 1
            elif after.dep_ == "aux" and after.lower_ == "to" and after.head.dep_ == "acl":
                clause = after.head if after.head.head.i == cue.i else None
            if clause is not None and after.dep_ == "prep" and next_word > cue.i + 1:
                cue_end = cue.i + 1  # "criticism by X of Y": the cue is the noun
        if clause is None:
            return None
        content = _content_span(doc, list(clause.subtree), quotes)
        if content is None:
            return None
        source = [t for t in owner.subtree if t.dep_ != "case"] if owner is not None else None
        return {
            "source": _chars(doc, source[0].i, source[-1].i + 1) if source else None,
            "source_tokens": (source[0].i, source[-1].i + 1, owner.i) if source else None,
            "cue": _chars(doc, cue.i, cue_end),
            "content": content,
        }

    def _according_to(self, doc: Doc, token: Token, quotes: list[Quote]) -> dict | None:
        """'According to X, Y' / 'Y, according to X'."""
        if token.lower_ != "according" or token.i + 1 >= len(doc) or doc[token.i + 1].lower_ != "to":
            return None
        to = doc[token.i + 1]
        objects = [c for c in to.children if c.dep_ in ("pobj", "pcomp")] or [
            c for c in token.children if c.dep_ == "pobj"
        ]
        if not objects:
            return None
        source = _source_tokens(objects[0])
        named = [t for t in objects[0].subtree if t.dep_ == "acl" and t.head.i == objects[0].i]
        if named and named[0].i == source[-1].i + 1:  # "a memo posted online by X": all of it
            source += [t for t in named[0].subtree]
        commas = [t for t in doc[to.i : source[-1].i] if t.text == ","]
        if len(commas) == 1 and token.dep_ == "ROOT":
            # "According to X, Y" parsed as one phrase, Y an apposition to X
            source = [t for t in source if t.i < commas[0].i]
        phrase_end = max(to.i + 1, source[-1].i + 1)
        apposed = _apposed_name(doc, phrase_end)
        if apposed is not None:  # "According to the El Paso mayor, Dee Margo, Y": the name is the source's
            phrase_end = apposed
        clause = token.head
        while clause.dep_ not in _CLAUSES and clause.head.i != clause.i:
            clause = clause.head
        words = [t for t in clause.subtree if not token.i <= t.i < phrase_end]
        if clause.i == token.i:  # "According to X, Y" with "According" as the root
            words = [t for t in token.sent if t.i >= phrase_end]
        if not words:
            return None
        start, end = words[0].i, words[-1].i + 1
        if start < token.i:
            end = min(end, token.i)  # "Y, according to X": Y stops at the phrase
        else:
            start = max(start, phrase_end)
        content = _content_span(doc, list(doc[start:end]), quotes) if end > start else None
        if content is None:
            return None
        head = objects[0].i
        if apposed is not None:  # the source runs to the name's last word, before its closing comma
            source, head = list(doc[source[0].i : phrase_end - 1]), phrase_end - 2
        return {
            "source": _chars(doc, source[0].i, source[-1].i + 1),
            "source_tokens": (source[0].i, source[-1].i + 1, head),
            "cue": _chars(doc, token.i, to.i + 1),
            "content": content,
        }

    # -- speaker labels and direct speech without a clausal complement ---------------------------

    def _labelled(self, doc: Doc, quotes: list[Quote], found: list[dict]) -> list[dict]:
        """'SMITH: text' / 'Jane Roe ― “quote”' / 'Poll: text' headlines: a speaker label."""
        claims = []
        title_end = doc.user_data.get("title_end") or 0
        for sentence in doc.sents:
            start = sentence.start
            if start > 0 and "\n" not in doc[start - 1].text:
                continue  # only paragraph openings
            words = [t for t in sentence if not t.is_space][:9]
            opened = bool(words) and is_quote_mark(words[0])
            if opened:
                words = words[1:]  # '"WALLACE: ...': a transcript quoted paragraph by paragraph
            mark = next((k for k, t in enumerate(words) if t.text in _LABEL_MARKS), None)
            if not mark or mark > 5:
                continue
            label = words[:mark]
            in_title = words[0].idx < title_end
            if len(label) == 1 and not label[0].is_upper:
                # "Correction:", "Update:": a one-word label is a name only in capitals, or in a
                # headline when the article names it too ("Sanders: ...") or it is a poll
                if not in_title or not (
                    label[0].lemma_.lower() in _SPEAKING_RECORDS or _named_elsewhere(label[0])
                ):
                    continue
            elif not all(t.pos_ == "PROPN" or t.is_upper or t.text in (".", "-") for t in label):
                continue
            rest = doc[words[mark].i + 1 :]
            paragraph = title_end if in_title else quotes.text.find("\n", words[mark].idx)
            paragraph = len(quotes.text) if paragraph < 0 else paragraph
            after = [t for t in rest if t.idx < paragraph and not t.is_space]
            if len(after) < 2:
                continue
            if words[mark].text != ":" and not is_quote_mark(after[0]):
                continue  # a dash opens a label only before a quotation
            if in_title:  # a headline drops its final stop, as an unquoted content does
                content = _content_span(doc, after, quotes)
                if content is None:
                    continue
            else:
                content = (after[0].idx, after[-1].idx + len(after[-1]))
                if not opened:  # a reopened transcript quote ends with its paragraph
                    content = reach_quote_end(content, quotes)
            claims.append(
                {
                    "source": _chars(doc, label[0].i, label[-1].i + 1),
                    "source_tokens": (label[0].i, label[-1].i + 1, label[-1].i),
                    "cue": _chars(doc, words[mark].i, words[mark].i + 1),
                    "content": content,
                }
            )
        return claims + _signed(doc, quotes.text)

    def _direct_only(self, doc: Doc, quotes: list[Quote], found: list[dict]) -> list[dict]:
        """Quotes that no other claim covers, attributed by a cue in their sentence."""
        claims = []
        for start, end in quotes:
            if any(_overlap(c["content"], (start, end)) * 2 > end - start for c in found):
                continue  # already the content (or most of it) of another claim
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is None or len(span) < 4 or _is_title(span):
                continue
            sentences = {doc[i].sent.start: doc[i].sent for i in (span.start, span.end - 1)}
            after = span.end
            if after < len(doc) and doc[after].is_sent_start and "\n" not in doc[after].text:
                # '“Why not?” a voter asks.': the cue's sentence follows the closing mark
                sentences.setdefault(after, doc[after].sent)
            for sentence in sentences.values():
                cues = [
                    t
                    for t in sentence
                    if not (start <= t.idx < end)
                    and t.pos_ in ("VERB", "AUX")
                    and t.lemma_.lower() in self.cues.verbs
                ]
                for cue in cues:
                    subject = _subject(cue, outside=(start, end))
                    if subject is not None:
                        source, head = _source_tokens(subject), subject.i
                        break
                    source = _beside_quote(doc, cue, end) if cue.idx >= end else None
                    if source is not None:
                        head = source[-1].i
                        break
                else:
                    continue
                cue_start, cue_end = _cue_phrase(doc, cue, frozenset())
                claims.append(
                    {
                        "source": _chars(doc, source[0].i, source[-1].i + 1),
                        "source_tokens": (source[0].i, source[-1].i + 1, head),
                        "cue": _chars(doc, cue_start, cue_end),
                        "content": (start, end),
                        "quote": "direct",
                    }
                )
                break
        return claims

    # -- the headline's trailing source --------------------------------------------------------

    def _title_case_cue(self, doc: Doc, quotes: list[Quote], found: list[dict]) -> list[dict]:
        """'Hillary Clinton Speaks To X', 'Sanders Vows To Y': a headline's present-tense cue
        verb, which title case leaves tagged as a name; the words before it are the source and
        the rest of the headline the content."""
        title_end = doc.user_data.get("title_end") or 0
        if not title_end or any(c["cue"] and c["cue"][0] < title_end for c in found):
            return []
        title = [t for t in doc if t.idx < title_end and not t.is_space]
        if any(t.text in _LABEL_MARKS for t in title):
            return []
        for k, word in enumerate(title[1:-1], start=1):
            if word.pos_ not in ("PROPN", "NOUN", "VERB") or not word.lower_.endswith("s"):
                continue
            if word.dep_ in ("nsubj", "nsubjpass", "compound", "dobj", "pobj", "poss"):
                continue  # "Power Plant Rules Face X": a noun the headline's verb governs
            lemma = _third_person_lemma(word.lower_, self.cues.verbs)
            if lemma is None:
                continue
            source = title[:k]
            if not all(t.pos_ in ("PROPN", "NOUN", "ADJ", "DET", "NUM", "PART") for t in source):
                return []
            cue_end = word.i + 1
            nxt = doc[cue_end] if cue_end < len(doc) else None
            if nxt is not None and nxt.lower_ in self.cues.phrasal.get(lemma, ()):
                cue_end += 1
            content = _fit_quotes(doc, _trim(doc, cue_end, title[-1].i + 1), quotes)
            if content is None:
                return []
            if title[-1].i + 1 - cue_end < 2 and lemma not in self.cues.objects:
                return []
            return [
                {
                    "source": _chars(doc, source[0].i, source[-1].i + 1),
                    "source_tokens": (source[0].i, source[-1].i + 1, source[-1].i),
                    "cue": _chars(doc, word.i, cue_end),
                    "content": content,
                }
            ]
        return []

    def _headline(self, doc: Doc, actor_at: dict[int, str]) -> dict | None:
        """'China advocates …: FM': the headline as a claim of the actor its tail names."""
        title_end = doc.user_data.get("title_end")
        if not title_end:
            return None
        colon = doc.text.rfind(":", 0, title_end)
        if colon <= 0:
            return None
        tail = doc.char_span(colon + 1, title_end, alignment_mode="contract")
        if tail is None or not len(tail) or any(t.i not in actor_at for t in tail if not t.is_space):
            return None
        content = _trim(doc, 0, doc.char_span(0, colon, alignment_mode="contract").end)
        if content is None:
            return None
        words = [t for t in tail if not t.is_space]
        return {
            "source": _chars(doc, words[0].i, words[-1].i + 1),
            "source_tokens": (words[0].i, words[-1].i + 1, words[-1].i),
            "cue": None,
            "content": content,
            "quote": "indirect",
            "headline": True,
        }

    # -- claim types ---------------------------------------------------------------------------

    def claim_type(
        self,
        doc: Doc,
        content: tuple[int, int],
        actor_at: dict[int, str],
        *,
        cue: tuple[int, int] | None = None,
    ) -> str:
        """normative, evaluative, intention, prediction or assertive (module docstring)."""
        kind = self._content_type(doc, content, actor_at)
        if kind != "assertive" or cue is None:
            return kind
        # "urged X to Y", "invited X to Y", "condemned X": the cue says what the content is
        words = doc.char_span(*cue, alignment_mode="expand") or ()
        lemmas = {t.lemma_.lower() for t in words if t.pos_ in ("VERB", "NOUN")}
        for kind in ("normative", "evaluative", "intention", "prediction"):
            if lemmas & self.cues.types[kind]["lemmas"]:
                return kind
        return "assertive"

    def _content_type(self, doc: Doc, content: tuple[int, int], actor_at: dict[int, str]) -> str:
        """The type the content's own main clause shows."""
        span = doc.char_span(*content, alignment_mode="expand")
        if span is None or not len(span):
            return "assertive"
        root = _clause_root(span)
        rules = self.cues.types
        modals = {c.lower_ for c in root.children if c.dep_ in ("aux", "auxpass")}
        lemma = root.lemma_.lower()
        complements = {c.lemma_.lower() for c in root.children if c.dep_ in ("acomp", "attr", "oprd")}
        complements |= {c.lemma_.lower() for a in root.children if a.dep_ == "acomp" for c in a.conjuncts}
        if modals & rules["normative"]["modals"] or lemma in rules["normative"]["lemmas"]:
            return "normative"
        if complements & rules["normative"]["adjectives"] and not complements & rules["evaluative"]["adjectives"]:
            return "normative"
        if lemma in rules["evaluative"]["lemmas"] or complements & rules["evaluative"]["adjectives"]:
            return "evaluative"
        subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        agent = subject is not None and (
            subject.i in actor_at or subject.lower_ in ("i", "we", "he", "she", "they")
        )
        if modals & rules["intention"]["modals"] or lemma in rules["intention"]["lemmas"]:
            return "intention" if agent or lemma in rules["intention"]["lemmas"] else "prediction"
        words = {t.lower_ for t in span}
        if (
            modals & rules["prediction"]["modals"]
            or lemma in rules["prediction"]["lemmas"]
            or words & rules["prediction"]["words"]
        ):
            return "prediction"
        return "assertive"


def _named_elsewhere(word: Token) -> bool:
    """A word the document also uses as a proper noun elsewhere."""
    return any(t.pos_ == "PROPN" and t.text == word.text for t in word.doc if t.i != word.i)


def _signed(doc: Doc, text: str) -> list[dict]:
    """'“quote” ― Jane Roe': a line made of a quotation signed with a dash and a name."""
    claims = []
    for line in _SIGNED.finditer(text):
        content = (line.start("quote"), line.end("quote"))
        name = doc.char_span(line.start("name"), line.end("name"), alignment_mode="contract")
        dash = doc.char_span(line.start("dash"), line.end("dash"), alignment_mode="expand")
        if name is None or dash is None or not all(t.pos_ == "PROPN" or t.is_punct for t in name):
            continue
        claims.append(
            {
                "source": (line.start("name"), line.end("name")),
                "source_tokens": (name.start, name.end, name.end - 1),
                "cue": (line.start("dash"), line.end("dash")),
                "content": content,
            }
        )
    return claims


# -- the parts of an attribution -------------------------------------------------------------


def _complement(cue: Token) -> Token | None:
    """The cue's clausal complement: a ccomp, or an adverbial clause after the cue opened by
    'that' or with a subject and no conjunction at all ("said after the meeting he would
    resign": a complement the parser took for an adverbial clause)."""
    clauses = [child for child in cue.children if child.dep_ == "ccomp"]
    if len(clauses) > 1 and clauses[-1].i > cue.i:
        # "It is unlikely; her team says she will go on": a clause beyond a semicolon or colon
        # is a sentence of its own that the parser hung on the cue
        stops = [t.i for t in cue.doc[clauses[0].i : cue.i] if t.text in (";", ":")]
        if stops:
            return next(c for c in clauses if c.i > cue.i)
    if clauses:
        return clauses[0]
    for child in cue.children:
        if child.dep_ != "advcl" or child.i < cue.i:
            continue
        marks = [c for c in child.children if c.dep_ == "mark" or c.tag_ == "WRB"]
        words = [m.lower_ for m in marks]
        if words == ["for"] and marks[0].i == cue.i + 1:
            return child  # "called for the killers to be brought to justice"
        if words == ["that"] or not words and child.tag_ not in ("VBG", "VBN") and any(
            c.dep_ in ("nsubj", "nsubjpass") and c.i < child.i for c in child.children
        ):
            return child  # not "said X when he resigned"
    return None


def _subject(cue: Token, outside: tuple[int, int] | None = None) -> Token | None:
    """The cue's subject; for a subjectless participle or conjunct, its governing verb's.
    With `outside` (a quotation's span), a subject inside that quotation does not count: the
    parser sometimes hangs a quoted clause's subject on the cue that follows it ('"Full panic
    mode," said Leslie Wimes': 'mode' and 'Wimes' both nsubj of 'said')."""
    for child in cue.children:
        if child.dep_ == "nsubj":
            if _within(child, outside):
                continue
            return child
    if cue.dep_ == "conj":
        return _subject(cue.head, outside)
    # "began by saying X", "..., adding that X", "went on to say X"
    head, steps = cue, 0
    while head.dep_ in ("advcl", "xcomp", "pcomp", "prep") and head.head.i != head.i and steps < 3:
        if head.dep_ == "advcl" and head.tag_ != "VBG" and not _purpose_infinitive(head):
            return None
        if head.dep_ == "pcomp" and head.head.lower_ == "as" and head.head.dep_ == "prep":
            # "Detik.com quoted Djamal as saying X": the one quoted says it, not the quoter
            said_by = [c for c in head.head.head.children if c.dep_ == "dobj"]
            if said_by and said_by[0].i < head.i:
                return said_by[0]
        head, steps = head.head, steps + 1
        if head.pos_ in ("VERB", "AUX"):
            subject = next((c for c in head.children if c.dep_ == "nsubj" and not _within(c, outside)), None)
            return subject if subject is not None else _misattached_subject(head, outside)
    return _misattached_subject(cue, outside)


def _misattached_subject(verb: Token, outside: tuple[int, int] | None) -> Token | None:
    """A finite main verb's subject the parser hung on a fronted clause ('Calling it "just
    another apology", Anna Franowska of X, a charity, told Reuters Y': 'Franowska' an apposition
    of 'apology'): the last person's name apposed before the verb."""
    if verb.dep_ != "ROOT" or verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    names = [
        t for t in verb.sent
        if t.i < verb.i and t.dep_ == "appos" and t.ent_type_ == "PERSON" and not _within(t, outside)
    ]
    return names[-1] if names else None


def _is_title(quote: Span) -> bool:
    """'said on "Face the Nation"', 'told MSNBC's "Morning Joe"': a short quotation in title
    case after a preposition, 'tell' or a possessive names a programme, a book or a film, and
    one after a name and 'of' names a group ('Anna Franowska of "Have no fear"'); it is not speech."""
    words = [t for t in quote if t.is_alpha]
    if not words or len(words) > 6 or quote.start == 0:
        return False
    before = quote.doc[quote.start - 1]
    if before.lower_ == "of" and quote.start > 1 and quote.doc[quote.start - 2].pos_ == "PROPN" and words[0].is_title:
        return True  # 'Anna Franowska of "Have no fear"': the name of what she belongs to
    if before.pos_ != "ADP" and before.lemma_.lower() != "tell" and before.dep_ != "case":
        return False  # "on", "told", "MSNBC's"
    return words[0].is_title and all(t.is_title or t.lower_ in _TITLE_WORDS for t in words)


def _beside_quote(doc: Doc, cue: Token, quote_end: int) -> list[Token] | None:
    """The source of a cue that follows a closing quote mark when the parser gave it no
    subject outside the quotation: the name between the mark and the cue ('"A," Tulsa police
    Chief Chuck Jordan said.') or right after the cue ('"A," said James Acton, a physicist').
    Only words that can make up a name or a description count."""
    after = next((t for t in doc[cue.sent.start : cue.i + 1] if t.idx >= quote_end), None)
    if after is None:
        return None
    while after.i < cue.i and (after.is_punct or after.is_space):
        after = doc[after.i + 1]
    if after.i < cue.i:
        words = list(doc[after.i : cue.i])
    else:
        words = []
        for token in doc[cue.i + 1 : cue.sent.end]:
            if token.is_punct and token.text not in (".", "-") or token.pos_ in ("VERB", "AUX"):
                break
            words.append(token)
        while words and words[-1].is_punct:
            words.pop()
    if not 0 < len(words) <= 8 or not any(t.pos_ in ("PROPN", "NOUN") for t in words):
        return None
    if not all(t.pos_ in _NAME_POS or t.is_title or t.text in (".", "-", "(", ")") for t in words):
        return None  # a title-case word may be a name the tagger took for a verb ("Tulsa")
    return words


def _within(token: Token, span: tuple[int, int] | None) -> bool:
    """A token starting inside a character span (none when there is no span)."""
    return span is not None and span[0] <= token.idx < span[1]


def _purpose_infinitive(verb: Token) -> bool:
    """'spoke at a rally to discuss X': a bare 'to' infinitive of purpose, its subject the
    governing verb's."""
    return verb.tag_ == "VB" and any(
        c.dep_ == "aux" and c.lower_ == "to" and c.i < verb.i for c in verb.children
    ) and not any(c.dep_ in ("mark", "nsubj") for c in verb.children)


def _third_person_lemma(word: str, verbs: frozenset[str]) -> str | None:
    """'speaks' -> 'speak', 'pushes' -> 'push', 'denies' -> 'deny', when a cue verb."""
    for stem in (word[:-1], word[:-2] if word.endswith("es") else "", word[:-3] + "y"):
        if stem in verbs:
            return stem
    return None


def _to_title_end(doc: Doc, claim: dict, quotes: list[Quote], found: list[dict]) -> dict:
    """A headline is one statement: a content after its cue in the headline runs to the
    headline's end ("Pence: A, B", "X Shows Bias When Y"), without its final stop, unless
    another cue stands in the rest ("X endorses Y, who says Z")."""
    title_end = doc.user_data.get("title_end") or 0
    cue, content = claim.get("cue"), claim["content"]
    if not cue or cue[1] > title_end or content[0] < cue[1] or content[1] >= title_end:
        return claim
    if any(c["cue"] and content[1] <= c["cue"][0] < title_end for c in found):
        return claim
    first = doc.char_span(content[0], content[1], alignment_mode="expand")
    last = [t for t in doc if t.idx < title_end and not t.is_space]
    if first is None or not last:
        return claim
    span = _fit_quotes(doc, _trim(doc, first.start, last[-1].i + 1), quotes)
    return {**claim, "content": span} if span else claim


def _source_tokens(head: Token) -> list[Token]:
    """The words naming the source: the subject's phrase with its prepositional phrases ("the
    director of the FBI"), without trailing clauses or asides (", who ...", ", which ...")."""
    cut = {
        t.i
        for child in head.children
        if child.i > head.i and child.dep_ in ("relcl", "punct", "acl", "advcl")
        for t in child.subtree
    }
    doc = head.doc
    for word in head.subtree:  # "the director of the museum, which opened in 1990,"
        if word.i > head.i and word.dep_ in ("relcl", "advcl") and word.left_edge.i > 0:
            if doc[word.left_edge.i - 1].text == ",":
                cut |= {t.i for t in word.subtree} | {word.left_edge.i - 1}
    tokens = [t for t in head.subtree if t.i not in cut]
    while tokens and (tokens[-1].is_punct or tokens[-1].is_space):
        tokens.pop()
    return tokens or [head]


def _cue_phrase(doc: Doc, cue: Token, particles: frozenset[str]) -> tuple[int, int]:
    """Token range of the cue: the verb with the auxiliaries, adverbs and particle touching it."""
    start, end = cue.i, cue.i + 1
    left = sorted((c for c in cue.children if c.i < cue.i and c.dep_ in _CUE_LEFT), reverse=True)
    for child in left:
        if child.i == start - 1 and child.n_lefts + child.n_rights == 0:
            start = child.i
    right = sorted(c for c in cue.children if c.i > cue.i)
    for child in right:
        if child.i != end:
            break
        if child.dep_ in _CUE_RIGHT and child.n_lefts + child.n_rights == 0:
            end = child.i + 1
        elif child.dep_ in ("prep", "dative", "prt") and child.lower_ in particles:
            end = child.i + 1
            break
        else:
            break
    if end < len(doc) and doc[end].text == ":":
        end += 1
    return start, end


def _content_span(doc: Doc, tokens: list[Token], quotes: list[Quote]) -> tuple[int, int] | None:
    """The character span of a content's tokens, fitted to the PolNeAR conventions."""
    if not tokens:
        return None
    start, end = tokens[0].i, tokens[-1].i + 1
    end = _before_trailing_aside(doc, start, end, quotes)
    return _fit_quotes(doc, _trim(doc, start, end), quotes)


def _before_trailing_aside(doc: Doc, start: int, end: int, quotes: list[Quote]) -> int:
    """Where a content stops when it ends in a comma-set modifier of what comes before: a
    non-restrictive relative clause (", who is 70"), an apposition, a participle clause
    (", focusing on X") or a concessive or temporal clause (", although X", ", when X");
    PolNeAR leaves those out of the content. An "including" phrase stays: it narrows."""
    last = end
    while last > start and (doc[last - 1].is_punct or doc[last - 1].is_space):
        last -= 1
    for k in range(start + 1, last - 1):
        if doc[k].text != "," or quoted((doc[k].idx, doc[k].idx + 1), quotes):
            continue
        head = doc[k + 1]
        while k < head.head.i < last and head.head.i != head.i:
            head = head.head
        if head.head.i >= k or head.left_edge.i != k + 1 or head.right_edge.i + 1 < last:
            continue
        if _is_aside(head):
            return k
    return end


def _is_aside(head: Token) -> bool:
    """A modifier that a comma sets off from its head (see `_before_trailing_aside`)."""
    if head.dep_ in ("relcl", "appos"):
        return True
    if head.dep_ == "prep" and head.lower_ == "with":  # ", with officials reporting X"
        return any(c.dep_ == "acl" and c.tag_ == "VBG" for p in head.children for c in p.children)
    if head.dep_ in ("acl", "advcl"):
        marks = {c.lower_ for c in head.children if c.dep_ == "mark"}
        return head.tag_ in ("VBG", "VBN") and not marks or bool(marks & _ASIDE_MARKS)
    return False


def _object_content(
    doc: Doc, cue: Token, cue_end: int, quotes: list[Quote]
) -> tuple[int, int] | None:
    """'called X a liar', 'urged X to Y', 'accused X of Y': what follows the cue in its clause."""
    parts = [
        c
        for c in cue.children
        if c.i >= cue_end and c.dep_ in _OBJECT_PARTS
        and not (c.dep_ == "prep" and c.lower_ in _ADJUNCT_PREPS)  # "attacked X in a tweet"
    ]
    parts += [  # the object of a preposition that is part of the cue: "called on X"
        c
        for p in cue.children
        if cue.i < p.i < cue_end and p.dep_ in ("prep", "dative", "prt")
        for c in p.children
        if c.dep_ in ("pobj", "pcomp")  # "called for X", "called for cutting X"
    ]
    if not any(p.dep_ in ("dobj", "oprd", "xcomp", "ccomp", "pobj", "pcomp") for p in parts):
        return None
    if all(t.ent_type_ in ("DATE", "TIME") for p in parts for t in p.subtree if not t.is_punct):
        return None  # "spoke on Monday": when, not what
    last = max(t.i for p in parts for t in p.subtree) + 1
    for i in range(cue_end, last):
        if doc[i].text in (";", ":") or "\n" in doc[i].text:
            last = i
            break
    if last <= cue_end:
        return None
    last = _before_trailing_aside(doc, cue_end, last, quotes)
    return _fit_quotes(doc, _trim(doc, cue_end, last), quotes)


def _after_colon(doc: Doc, start: int, quotes: list[Quote]) -> tuple[int, int] | None:
    """'He added: X': the rest of the paragraph, or the next paragraph when the colon ends it."""
    text = quotes.text
    begin = doc[start].idx if start < len(doc) else len(text)
    while begin < len(text) and text[begin].isspace() and text[begin] != "\n":
        begin += 1
    if begin < len(text) and text[begin] == "\n":
        begin = len(text) - len(text[begin:].lstrip())
    stop = text.find("\n", begin)
    stop = len(text) if stop < 0 else stop
    stop = begin + len(text[begin:stop].rstrip())
    if stop <= begin:
        return None
    return reach_quote_end((begin, stop), quotes)


def _names(cue: Token, cue_end: int) -> bool:
    """'called X a liar', 'described X as Y', 'called for X': a naming verb with its second part."""
    return cue_end > cue.i + 1 and cue.doc[cue_end - 1].dep_ in ("prep", "dative") or any(
        c.dep_ in ("oprd", "xcomp") or c.dep_ == "prep" and c.lower_ == "as" for c in cue.children
    )


def _parenthetical_content(
    doc: Doc, cue: Token, subject: Token, quotes: list[Quote]
) -> tuple[int, int] | None:
    """'The test, Pyongyang said, was its largest': the clause a subjectful cue is set into."""
    if cue.dep_ not in ("parataxis", "ccomp", "advcl"):
        return None
    clause = cue.head
    if cue.dep_ == "parataxis":  # "The difference now, he told me, is X": hung on a noun
        while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
            clause = clause.head
    if clause.pos_ not in ("VERB", "AUX"):
        return None
    for child in cue.children:
        if child.dep_ == "xcomp" or child.dep_ == "mark" and child.lower_ != "as":
            return None
        if child.dep_ == "dobj" and (child.n_lefts + child.n_rights > 1 or child.i < cue.i):
            return None  # "X, he told me, is Y" keeps its hearer; "he said the X" is no aside
    aside = {t.i for t in cue.subtree}
    named = {t.i for t in subject.subtree}  # "As experts, including X, noted": a name's words
    named |= {c.i for c in cue.children if c.dep_ in ("aux", "auxpass")}  # "have noted"
    if any(doc[i].pos_ in ("VERB", "AUX") and i != cue.i and i not in named for i in aside):
        return None  # an aside is the cue with its subject and adverbs, not a clause
    first = min(aside)
    opens = first == cue.sent.start or doc[first].lower_ == "as"  # "As X noted, Y"
    if not doc[first].is_punct and not (first > 0 and doc[first - 1].is_punct) and not opens:
        return None  # an aside is set off by a comma, a dash or a closing quote mark
    words = [t for t in clause.subtree if t.i not in aside]
    if not words:
        return None
    start, end = words[0].i, words[-1].i + 1
    if max(aside) + 1 < end and min(aside) <= start and doc[first].lower_ != "as":
        return None  # an aside before its clause only as "As X noted, Y"
    if max(aside) >= end:
        end = min(end, min(aside))
    end = _before_trailing_aside(doc, start, end, quotes)
    return _fit_quotes(doc, _trim(doc, start, end), quotes)


def _trim(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """Drop spaces, punctuation and quote marks at both ends of a token range."""
    while start < end and (doc[start].is_space or doc[start].is_punct or is_quote_mark(doc[start])):
        start += 1
    while end > start and (
        doc[end - 1].is_space or doc[end - 1].is_punct or is_quote_mark(doc[end - 1])
    ):
        end -= 1
    if end <= start:
        return None
    return _chars(doc, start, end)


def _fit_quotes(
    doc: Doc, span: tuple[int, int] | None, quotes: list[Quote]
) -> tuple[int, int] | None:
    """Widen a trimmed content to the quote marks it touches; all inside one quote: the quote."""
    if span is None:
        return None
    start, end = span
    text = quotes.text
    for q_start, q_end in quotes:
        if q_end <= start or q_start >= end:
            continue
        inside_start = q_start < start < q_end or q_start == start
        inside_end = q_start < end < q_end or q_end == end
        if q_start < start < q_end and _only_punct(text[q_start + 1 : start]):
            start = q_start
        if q_start < end < q_end and _only_punct(text[end:q_end]):
            end = q_end
        if inside_start and inside_end and (start, end) != (q_start, q_end):
            start, end = q_start, q_end  # a piece of one quotation: the quotation
    return start, end


def _only_punct(text: str) -> bool:
    """Text made only of punctuation, quote marks and spaces."""
    return all(not ch.isalnum() for ch in text)


def _join_split_quote(doc: Doc, claim: dict, quotes: list[Quote]) -> dict:
    """'"A," said X. "B."' / '"A," X said, "B."': one content from the first mark to the last.

    The cue must sit between the two quotations, in a short stretch of the same paragraph
    without other quote marks that ends with a comma or a full stop, and no verb may follow
    the cue and its source there ("said, suggesting X, 'B'" gives B to the new verb).
    """
    if claim.get("cue") is None:
        return claim
    start, end = claim["content"]
    cue_start = claim["cue"][0]
    first = next((q for q in quotes if q[1] == end), None)
    following = next((q for q in quotes if q[0] > cue_start), None)
    if first is None or following is None or cue_start < end:
        return claim
    gap = quotes.text[end : following[0]]
    if "\n" in gap or len(gap) > 200 or any(mark in gap for mark in ('"', "“", "”", "''")):
        return claim
    if not gap.rstrip().endswith((",", ".")):
        return claim
    said = max(claim["cue"][1], claim["source"][1] if claim.get("source") else 0)
    tail = doc.char_span(said, following[0], alignment_mode="contract")
    if tail is not None and any(t.tag_ == "VBG" for t in tail):
        return claim  # '"A," he said, adding that X. "B."': B belongs to the new cue
    kind = "direct" if first[0] == start else "mixed"
    return {**claim, "content": (start, following[1]), "quote": kind}


def _chars(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Character offsets of the token range [start, end)."""
    return doc[start].idx, doc[end - 1].idx + len(doc[end - 1])


def _clause_root(span: Span) -> Token:
    """The head of a span's main clause: the token whose head lies outside the span."""
    for token in span:
        if token.head.i < span.start or token.head.i >= span.end or token.head is token:
            if not token.is_punct:
                return token
    return span.root


_REPORTERS = {"reporter", "correspondent", "journalist"}
# a court's message may be named again by another word ("a judgement ... The ruling")
_RULINGS = frozenset({"ruling", "judgment", "judgement", "verdict", "decision", "opinion", "order"})
_MESSAGE_LOOKBACK = 400  # tokens: about a dozen sentences


def _earlier_messages(doc: Doc, token: Token) -> Iterator[Token]:
    """Earlier nouns naming the message a definite one refers back to, latest first."""
    lemma = token.lemma_.lower()
    same = _RULINGS if lemma in _RULINGS else {lemma}
    for earlier in reversed(doc[max(0, token.i - _MESSAGE_LOOKBACK) : token.i]):
        if earlier.pos_ == "NOUN" and earlier.lemma_.lower() in same:
            yield earlier


def _apposed_name(doc: Doc, end: int) -> int | None:
    """After 'According to X' ending at token `end`: where ', <person's name>,' ends (past its
    closing comma), or None."""
    if end + 2 >= len(doc) or doc[end].text != ",":
        return None
    ent = next((e for e in doc.ents if e.start == end + 1), None)
    if ent is None or ent.label_ != "PERSON" or ent.end >= len(doc) or doc[ent.end].text != ",":
        return None
    return ent.end + 1


def _speaker(
    source: tuple[int, int, int] | None,
    doc: Doc,
    actor_at: dict[int, str],
    *,
    messages: frozenset[str] = frozenset(),
) -> str | None:
    """The actor named by a source: the head's actor, else the first actor inside it."""
    if source is None:
        return None
    start, end, head = source
    token = doc[head]
    again = partial(_speaker, doc=doc, actor_at=actor_at, messages=messages)
    relative = token.lower_ in ("which", "who", "that") and token.dep_ == "nsubj"
    if relative and token.head.dep_ == "relcl":
        # "the commission, which said X": the source is "which", the speaker what it stands for
        return again(_source_range(token.head.head))
    if token.lemma_.lower() in messages:
        # "the court's summary", "the opinion of the Court", "a memo from X", "a memo posted by
        # X": its author speaks
        spokesman = token.lower_.startswith("spokes")
        # "a spokesman for the ministry"; "a statement for the press" is not the press's
        preps = ("of", "from", "by", "for") if spokesman else ("of", "from", "by")
        # "X issued a statement ... Their statement also read": the message met before says who
        # "their" is better than the pronoun's nearest antecedent (see below)
        pronoun_owner = not spokesman and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in token.children)
        for child in token.children if not pronoun_owner else ():
            if child.dep_ == "acl":  # "a memo posted online by X"
                child = next((c for c in child.children if c.dep_ == "agent"), child)
            owner = child if child.dep_ == "poss" else None
            if child.dep_ in ("prep", "agent") and child.lower_ in preps:
                owner = next((c for c in child.children if c.dep_ == "pobj"), None)
            if owner is None or spokesman and owner.ent_type_ == "PERSON":
                continue  # a spokesman speaks for an office, not as the boss himself
            if (speaker := again(_source_range(owner))) is not None:
                return speaker
        # "an Interpol spokesperson", "a UN report": the office speaks
        office = [c for c in token.children if c.dep_ == "compound" and c.i in actor_at]
        if office and office[-1].ent_type_ == "ORG":
            return actor_at[office[-1].i]
        if token.dep_ == "dobj":
            # "they released a statement which said X": who released it
            issuer = next((c for c in token.head.children if c.dep_ == "nsubj"), None)
            if issuer is not None:
                return again(_source_range(issuer))
        if pronoun_owner or any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in token.children):
            # "The court issued a judgement ... The ruling made proclamations", "X released a
            # statement ... read the statement": the message met before, and its author
            for earlier in _earlier_messages(doc, token):
                if (speaker := again(_source_range(earlier))) is not None:
                    return speaker
        if pronoun_owner:  # no such message before: whom the pronoun stands for
            owner = next(c for c in token.children if c.dep_ == "poss")
            if (speaker := again(_source_range(owner))) is not None:
                return speaker
    # "Dunn's mother, Charlotte Charles, said", "the Bank president Okey Oramah said": the
    # apposed name is the speaker
    for child in token.children:
        if child.dep_ == "appos" and child.i in actor_at:
            return actor_at[child.i]
    if head in actor_at:
        return actor_at[head]
    if token.tag_ == "NN":  # "the director of Amnesty International, Mariela Belski, said": the
        for word in token.subtree:  # parser may hang the apposed name on the organization
            if (word.dep_ == "appos" and word.i > head and word.i in actor_at
                    and word.ent_type_ == "PERSON" and doc[word.left_edge.i - 1].text == ","):
                return actor_at[word.i]
    # "Hong Kong director of Amnesty International Man-kei Tam said": the parser may give the
    # cue two subjects; the one that names an actor speaks
    for sibling in token.head.children if token.dep_ == "nsubj" else ():
        if sibling.i != token.i and sibling.dep_ == "nsubj" and sibling.i in actor_at:
            return actor_at[sibling.i]
    for prep in token.children:
        if prep.dep_ != "prep":
            continue
        named = [c for c in prep.children if c.dep_ == "pobj" and c.i in actor_at]
        if named and prep.lower_ in ("by", "from"):
            # "a tweet by Mike Pompeo", "a statement from the ministry": the author speaks
            return actor_at[named[0].i]
        if prep.lower_ in ("including", "like") and token.tag_ == "NNS":
            # "German firms including Siemens and Daimler": the first one named speaks for them
            named = [t for t in prep.subtree if t.i in actor_at and t.i > prep.i]
            if named:
                return actor_at[named[0].i]
    if token.lower_ == "government":  # "the government of American Samoa": the state speaks
        for prep in token.children:
            named = [c for c in prep.children if c.dep_ == "pobj" and c.i in actor_at] if prep.lower_ == "of" else []
            if named:
                return actor_at[named[0].i]
    if token.lemma_.lower() in _REPORTERS:  # "an Al Jazeera reporter": the outlet reports
        outlet = [c for c in token.children if c.dep_ == "compound" and c.i in actor_at]
        if outlet and outlet[-1].ent_type_ == "ORG":
            return actor_at[outlet[-1].i]
    last = doc[end - 1]
    if (
        token.tag_ == "NN" and last.i > head and last.i in actor_at and last.ent_type_ == "PERSON"
        and not any(t.lower_ in ("of", "for", "to", "with", "by", "'s", "’s") for t in doc[start:end])
    ):
        # "Retired FBI agent and terrorism specialist Ali Soufan told": the parser may make a title
        # the head of the name that ends the phrase
        return actor_at[last.i]
    aside = {t.i for c in token.children if c.dep_ in ("poss", "prep") for t in c.subtree}
    if token.tag_ in ("NN", "NNS") and not any(i in actor_at for i in aside):
        # "German officials said", "a Chinese diplomat said": unnamed people, an unknown source
        # (a demonym says where they are from, not who speaks)
        return None
    # "US Ambassador to Germany Richard Grenell": a name right after the organization or state
    # that ends a title phrase is the title holder, the one who speaks
    for i in sorted(aside):
        if i in actor_at and i - 1 in actor_at and actor_at[i - 1] != actor_at[i] and i - 1 in aside:
            return actor_at[i]
    # "Chinese State Councilor and Foreign Minister Wang Yi": the head is a title; the name
    # comes last, after any demonym, so the last actor inside the source is the speaker --
    # but never the possessor ("Merkel's spokesperson") or a prepositional object
    # ("the ambassador to Germany"): they are not who speaks
    inside = [actor_at[i] for i in range(start, end) if i in actor_at and i not in aside]
    return inside[-1] if inside else None


def _before_gloss(text: str, content: tuple[int, int]) -> tuple[int, int]:
    """A content stops before an original-language gloss ('"A" ((es))Spanish language: …', as
    Wikinews marks the words a translation renders): the gloss is not what was claimed."""
    start, end = content
    gloss = text.find("((", start, end)
    if gloss <= start:
        return content
    return start, start + len(text[start:gloss].rstrip())


def _source_range(head: Token) -> tuple[int, int, int]:
    """The token range of the phrase a word heads, and the word: a source for `_speaker`."""
    words = _source_tokens(head)
    return words[0].i, words[-1].i + 1, head.i


def _mentions(doc: Doc, content: tuple[int, int], actor_at: dict[int, str]) -> list[str]:
    """Ids of the actors mentioned inside a claim's content, in order of appearance."""
    span = doc.char_span(*content, alignment_mode="expand")
    seen: list[str] = []
    for token in span or ():
        key = actor_at.get(token.i)
        if key and key not in seen:
            seen.append(key)
    return seen


def _outermost(claims: list[dict]) -> list[dict]:
    """Drop claims whose cue lies inside another claim's content, and exact duplicates."""
    kept, seen = [], set()
    for claim in claims:
        cue = claim.get("cue") or claim.get("source")
        nested = any(
            other is not claim
            and other["content"][0] <= cue[0]
            and cue[1] <= other["content"][1]
            # a claim reaching past the other's end is not nested in it
            and not other["content"][0] <= claim["content"][0] < other["content"][1] < claim["content"][1]
            for other in claims
        )
        inside = any(
            other is not claim
            and other["content"][0] <= claim["content"][0]
            and claim["content"][1] <= other["content"][1]
            and other["content"] != claim["content"]
            and other["cue"] is not None
            and other["content"][0] <= other["cue"][0] < other["content"][1]
            for other in claims
        )
        if not nested and not inside and claim["content"] not in seen:
            seen.add(claim["content"])
            kept.append(claim)
    return kept


def _inside(span: tuple[int, int], outer: tuple[int, int]) -> bool:
    """A span lying within another."""
    return outer[0] <= span[0] and span[1] <= outer[1]


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    """Characters two spans share."""
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))

