"""Claims: who says what. The `toolkit_claims` spaCy component and its typing rules.

Runs after `toolkit_actors` and stores CONTRACT.md claim records (plain dicts) on
`doc._.claims`. What it reads as a claim:
- reported speech: a cue verb from `data/cues.json` ("said", "told", "warned") whose clausal
  complement is the content and whose subject is the source, in either order
  ("Wang said X" / "X, Wang said" / "X, said Wang, who ...");
- direct speech: text between quote marks (straight or curly; an unclosed mark runs to the
  end of its paragraph) attributed by a cue in the same sentence; a claim whose content is
  all inside quotes is `direct`, partly inside `mixed`, else `indirect`;
- "according to X, Y": source X, content Y;
- a headline's trailing source ("…: FM"), when the actors component resolved it.
Only the outermost attribution is kept: "Wang said China and Russia hope that Y" is Wang's
claim, not also a claim of China and Russia.

Claim types, checked in this order on the content's main clause:
normative (should/must, "call for", "urge", "hope", "it is necessary"), evaluative ("welcome",
"condemn", an evaluative adjective), intention ("will" with an actor as subject, "plan to"),
prediction ("will" with a non-actor subject, "expect", "likely", may/might/could), and
assertive for everything else.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from toolkit.config import DATA_DIR

_OPEN_QUOTES = {'"': '"', "“": "”", "„": "“", "«": "»"}
_CLOSE_QUOTES = {"”", '"', "»", "“"}


@dataclass(frozen=True)
class CueLexicon:
    """Cue verbs and claim-type rules (`data/cues.json`)."""

    verbs: frozenset[str]
    phrasal: dict[str, str]
    types: dict[str, dict[str, frozenset[str]]]


@lru_cache(maxsize=1)
def load_cues() -> CueLexicon:
    """The cue lexicon, read once."""
    data = json.loads((DATA_DIR / "cues.json").read_text(encoding="utf-8"))
    types = {
        kind: {group: frozenset(words) for group, words in data[kind].items()}
        for kind in ("normative", "evaluative", "intention", "prediction")
    }
    return CueLexicon(frozenset(data["verbs"]), dict(data["phrasal"]), types)


@Language.factory("toolkit_claims")
def make_claim_finder(nlp: Language, name: str) -> ClaimFinder:
    """spaCy factory for the claims component."""
    return ClaimFinder()


class ClaimFinder:
    """spaCy component: finds attributed claims (see the module docstring)."""

    def __init__(self):
        if not Doc.has_extension("claims"):
            Doc.set_extension("claims", default=None)
        self.cues = load_cues()

    def __call__(self, doc: Doc) -> Doc:
        actor_at = doc._.actor_at or {}
        quotes = _quote_spans(doc.text)
        found: list[dict] = []
        for token in doc:
            claim = self._reported(doc, token) or self._according_to(doc, token)
            if claim is not None:
                found.append(claim)
        found += self._direct_only(doc, quotes, found)
        found = _outermost(found)
        headline = self._headline(doc, actor_at)
        claims = []
        for raw in ([headline] if headline else []) + sorted(found, key=lambda c: c["content"]):
            content = raw["content"]
            claims.append(
                {
                    "speaker": _speaker(raw.get("source_tokens"), doc, actor_at),
                    "source": raw.get("source"),
                    "cue": raw.get("cue"),
                    "content": content,
                    "quote": raw.get("quote") or _quote_kind(content, quotes),
                    "type": self.claim_type(doc, content, actor_at),
                    "mentions": _mentions(doc, content, actor_at),
                    "headline": raw.get("headline", False),
                }
            )
        doc._.claims = claims
        return doc

    # -- reported speech -------------------------------------------------------------------

    def _reported(self, doc: Doc, cue: Token) -> dict | None:
        """'Wang said X', 'X, Wang said', 'X, said Wang': a cue verb with a clausal complement."""
        if cue.pos_ not in ("VERB", "AUX") or cue.lemma_.lower() not in self.cues.verbs:
            return None
        complements = [c for c in cue.children if c.dep_ in ("ccomp",) and c.i != cue.i]
        if not complements:
            return None
        content_head = complements[0]
        subject = _subject(cue)
        if subject is None:
            return None
        content = _content_span(doc, content_head, exclude=cue)
        if content is None:
            return None
        cue_end = cue.i + 1
        particle = self.cues.phrasal.get(cue.lemma_.lower())
        for child in cue.children:
            if child.dep_ == "prt" and child.lower_ == particle and child.i == cue.i + 1:
                cue_end = child.i + 1
        source_tokens = _source_tokens(subject)
        return {
            "source": _chars(doc, source_tokens[0].i, source_tokens[-1].i + 1),
            "source_tokens": (source_tokens[0].i, source_tokens[-1].i + 1, subject.i),
            "cue": _chars(doc, cue.i, cue_end),
            "content": content,
        }

    def _according_to(self, doc: Doc, token: Token) -> dict | None:
        """'According to X, Y' / 'Y, according to X'."""
        if token.lower_ != "according" or token.i + 1 >= len(doc) or doc[token.i + 1].lower_ != "to":
            return None
        to = doc[token.i + 1]
        objects = [c for c in to.children if c.dep_ == "pobj"] or [
            c for c in token.children if c.dep_ == "pobj"
        ]
        if not objects:
            return None
        source = _source_tokens(objects[0])
        clause = token.head
        while clause.dep_ not in ("ROOT", "ccomp", "conj", "advcl") and clause.head is not clause:
            clause = clause.head
        phrase = {t.i for t in token.subtree} | {t.i for t in to.subtree}
        words = [t for t in clause.subtree if t.i not in phrase]
        if not words:
            return None
        content = _trim(doc, words[0].i, words[-1].i + 1)
        if content is None:
            return None
        return {
            "source": _chars(doc, source[0].i, source[-1].i + 1),
            "source_tokens": (source[0].i, source[-1].i + 1, objects[0].i),
            "cue": _chars(doc, token.i, to.i + 1),
            "content": content,
        }

    # -- direct speech without a clausal complement ------------------------------------------

    def _direct_only(self, doc: Doc, quotes: list[tuple[int, int]], found: list[dict]) -> list[dict]:
        """Quotes that no reported-speech claim covers, attributed by a cue in their sentence."""
        claims = []
        for start, end in quotes:
            if any(_overlap(c["content"], (start, end)) * 2 > end - start for c in found):
                continue  # already the content (or most of it) of a reported-speech claim
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is None or len(span) < 3:
                continue
            sentences = {doc[i].sent.start: doc[i].sent for i in (span.start, span.end - 1)}
            for sentence in sentences.values():
                cue = next(
                    (
                        t
                        for t in sentence
                        if not (start <= t.idx < end)
                        and t.pos_ in ("VERB", "AUX")
                        and t.lemma_.lower() in self.cues.verbs
                        and _subject(t) is not None
                        and not (start <= _subject(t).idx < end)
                    ),
                    None,
                )
                if cue is None:
                    continue
                source = _source_tokens(_subject(cue))
                claims.append(
                    {
                        "source": _chars(doc, source[0].i, source[-1].i + 1),
                        "source_tokens": (source[0].i, source[-1].i + 1, _subject(cue).i),
                        "cue": _chars(doc, cue.i, cue.i + 1),
                        "content": (start, end),
                        "quote": "direct",
                    }
                )
                break
        return claims

    # -- the headline's trailing source --------------------------------------------------------

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

    def claim_type(self, doc: Doc, content: tuple[int, int], actor_at: dict[int, str]) -> str:
        """normative, evaluative, intention, prediction or assertive (module docstring)."""
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


def _subject(cue: Token) -> Token | None:
    """The cue's grammatical subject, or the subject of the verb it is conjoined with."""
    for child in cue.children:
        if child.dep_ == "nsubj":
            if child.lower_ in ("who", "that") and cue.dep_ == "relcl":
                return cue.head  # "Smith, who said X": the relative pronoun stands for Smith
            return child
    if cue.dep_ == "conj":
        return _subject(cue.head)
    return None


def _source_tokens(head: Token) -> list[Token]:
    """The words naming the source: the subject's phrase without trailing clauses or asides."""
    cut = {
        t.i
        for child in head.children
        if child.i > head.i and child.dep_ in ("relcl", "appos", "punct", "acl", "prep", "advcl")
        for t in child.subtree
    }
    tokens = [t for t in head.subtree if t.i not in cut]
    while tokens and (tokens[-1].is_punct or tokens[-1].is_space):
        tokens.pop()
    return tokens or [head]


def _content_span(doc: Doc, head: Token, *, exclude: Token) -> tuple[int, int] | None:
    """The character span of a complement clause, without its 'that' and edge punctuation."""
    tokens = [t for t in head.subtree]
    start, end = tokens[0].i, tokens[-1].i + 1
    if start <= exclude.i < end:
        return None
    while start < end and (doc[start].dep_ == "mark" and doc[start].lower_ == "that"):
        start += 1
    return _trim(doc, start, end)


def _trim(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """Drop spaces and punctuation (but not quote marks) at both ends of a token range."""
    while start < end and (doc[start].is_space or doc[start].is_punct and not _is_quote(doc[start])):
        start += 1
    while end > start and (doc[end - 1].is_space or doc[end - 1].is_punct and not _is_quote(doc[end - 1])):
        end -= 1
    if end <= start:
        return None
    # a quote mark at one edge only is not the claim's: drop it
    if _is_quote(doc[start]) and not any(_is_quote(t) for t in doc[start + 1 : end]):
        start += 1
    if end > start and _is_quote(doc[end - 1]) and not any(_is_quote(t) for t in doc[start : end - 1]):
        end -= 1
    if end <= start:
        return None
    return _chars(doc, start, end)


def _is_quote(token: Token) -> bool:
    """A token that is a quote mark."""
    return token.text in _OPEN_QUOTES or token.text in _CLOSE_QUOTES or token.text in ("''", "``")


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


def _speaker(source: tuple[int, int, int] | None, doc: Doc, actor_at: dict[int, str]) -> str | None:
    """The actor named by a source: the head's actor, else the first actor inside it."""
    if source is None:
        return None
    start, end, head = source
    if head in actor_at:
        return actor_at[head]
    # "Chinese State Councilor and Foreign Minister Wang Yi": the head is a title; the name
    # comes last, after any demonym, so the last actor inside the source is the speaker
    inside = [actor_at[i] for i in range(start, end) if i in actor_at]
    return inside[-1] if inside else None


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
            other is not claim and other["content"][0] <= cue[0] and cue[1] <= other["content"][1]
            for other in claims
        )
        if not nested and claim["content"] not in seen:
            seen.add(claim["content"])
            kept.append(claim)
    return kept


def _quote_spans(text: str) -> list[tuple[int, int]]:
    """Character spans inside quote marks (marks excluded); an unclosed quote ends its paragraph."""
    spans, i = [], 0
    while i < len(text):
        char = text[i]
        if char in _OPEN_QUOTES and (char != '"' or i == 0 or not text[i - 1].isalnum()):
            closing = _OPEN_QUOTES[char]
            paragraph_end = text.find("\n\n", i)
            paragraph_end = len(text) if paragraph_end < 0 else paragraph_end
            close = text.find(closing, i + 1, paragraph_end)
            if char == '"' and close < 0:
                close = -1
            end = close if close >= 0 else paragraph_end
            if end > i + 1:
                spans.append((i + 1, end))
            i = end + 1
            continue
        i += 1
    return spans


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    """Characters two spans share."""
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _quote_kind(content: tuple[int, int], quotes: list[tuple[int, int]]) -> str:
    """direct when the content is all quoted, mixed when partly, indirect otherwise."""
    start, end = content
    inside = sum(max(0, min(end, q_end) - max(start, q_start)) for q_start, q_end in quotes)
    if inside == 0:
        return "indirect"
    if inside >= (end - start) - 2:
        return "direct"
    return "mixed"
