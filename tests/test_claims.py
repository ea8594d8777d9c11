"""Claims on the seed against its gold annotation, and the attribution rules on small sentences."""

from __future__ import annotations

import pytest


def _body(annotation):
    return [c for c in annotation.claims if not c.headline]


def test_seed_has_the_eleven_gold_claims_exactly(seed, gold):
    contents = [seed.span(c.content) for c in _body(seed)]
    assert contents == [c["content"] for c in gold["claims"]]


def test_seed_claims_speakers_sources_cues(seed, gold):
    for claim, expected in zip(_body(seed), gold["claims"], strict=True):
        assert claim.speaker == "wang-yi"
        assert seed.span(claim.source) == expected["source_text"]
        assert seed.span(claim.cue) == expected["cue"]
        assert claim.quote == expected["quote"]


def test_seed_claim_types(seed, gold):
    assert [c.type for c in _body(seed)] == [c["type"] for c in gold["claims"]]


def test_seed_headline_is_attributed_to_the_foreign_minister(seed, gold):
    headlines = [c for c in seed.claims if c.headline]
    assert len(headlines) == 1
    claim, expected = headlines[0], gold["headline_claim"]
    assert seed.span(claim.content) == expected["content"]
    assert seed.span(claim.source) == expected["source_text"]
    assert claim.speaker == "wang-yi"


def test_claim_mentions_are_the_actors_inside_the_content(seed):
    last = _body(seed)[-1]
    assert last.mentions == ("china", "russia")


def test_direct_quote_split_by_the_cue(annotate_text):
    a = annotate_text('"We will not give up," Senator John Smith said. "Never."')
    claims = _body(a)
    assert len(claims) == 1
    claim = claims[0]
    assert claim.quote == "direct"
    # PolNeAR's convention: one content from the first quote mark to the last, cue inside
    assert a.span(claim.content) == '"We will not give up," Senator John Smith said. "Never."'
    assert claim.speaker == "john-smith"
    assert a.span(claim.cue) == "said"


def test_reported_speech_with_inverted_cue(annotate_text):
    a = annotate_text("The economy will grow by three percent next year, said Finance Minister Olaf Scholz.")
    (claim,) = _body(a)
    assert a.span(claim.content) == "The economy will grow by three percent next year"
    assert claim.speaker == "olaf-scholz"
    assert claim.type == "prediction"


def test_according_to(annotate_text):
    a = annotate_text("According to the United Nations, more than 2,000 people have fled the region.")
    (claim,) = _body(a)
    assert a.span(claim.cue) == "According to"
    assert a.span(claim.content) == "more than 2,000 people have fled the region"
    assert claim.speaker == "united-nations"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # an outlet's projections are its messages
        ("CNN's projections showed Sanders won a plurality of the vote.", "cnn"),
        # her reasoning is hers
        (
            "Alabama Governor Kay Ivey signed the bill on Wednesday. The governor tweeted her reasoning saying,"
            ' "Today, I signed into law the Alabama Human Life Protection Act."',
            "kay-ivey",
        ),
    ],
)
def test_a_message_speaks_for_its_author(annotate_text, text, speaker):
    (claim,) = _body(annotate_text(text))
    assert claim.speaker == speaker


def test_according_to_a_description_and_the_name_apposed_to_it(annotate_text):
    a = annotate_text(
        "According to the El Paso mayor, Dee Margo, during the weekend, police were investigating whether"
        " a manifesto was linked."
    )
    (claim,) = _body(a)
    assert a.span(claim.source) == "the El Paso mayor, Dee Margo"
    assert a.span(claim.content).startswith("during the weekend, police were investigating")
    assert claim.speaker == "dee-margo"


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Smith said the government must act now.", "normative"),
        ("Smith said the decision was unacceptable.", "evaluative"),
        ("Smith said he will run for office again.", "intention"),
        ("Smith said prices are likely to rise.", "prediction"),
        ("Smith said the meeting took place on Monday.", "assertive"),
    ],
)
def test_claim_types(annotate_text, sentence, kind):
    (claim,) = _body(annotate_text(sentence))
    assert claim.type == kind


def test_unbalanced_quote_marks_do_not_crash(annotate_text):
    a = annotate_text('He said "this will be fine. Then nothing closed the quote.\n\nA new paragraph “starts')
    assert all(0 <= c.content[0] < c.content[1] <= len(a.text) for c in a.claims)


# -- attribution forms and PolNeAR span conventions (invented sentences) ---------------------


def _only(annotation):
    (claim,) = _body(annotation)
    return claim


def test_content_keeps_that_and_drops_the_final_period(annotate_text):
    a = annotate_text("The mayor said that the bridge would reopen in May.")
    claim = _only(a)
    assert a.span(claim.content) == "that the bridge would reopen in May"
    assert a.span(claim.source) == "The mayor"


def test_content_keeps_quote_marks_and_the_punctuation_inside(annotate_text):
    a = annotate_text("“We were ready for the storm,” the mayor said.")
    claim = _only(a)
    assert a.span(claim.content) == "“We were ready for the storm,”"
    assert claim.quote == "direct"


def test_partly_quoted_content_ends_with_its_closing_mark(annotate_text):
    a = annotate_text('The mayor said the plan was "a gift to the whole city."')
    claim = _only(a)
    assert a.span(claim.content) == 'the plan was "a gift to the whole city."'
    assert claim.quote == "mixed"


def test_quote_split_inside_one_sentence(annotate_text):
    a = annotate_text("“The river is rising,” the engineer said, “and the levee will not hold.”")
    claim = _only(a)
    assert a.span(claim.content) == a.text[: a.text.rindex("”") + 1]
    assert a.span(claim.cue) == "said"


def test_parenthetical_cue_inside_its_content(annotate_text):
    a = annotate_text("The report, the senator said, contained several errors.")
    claim = _only(a)
    assert a.span(claim.content) == "The report, the senator said, contained several errors"
    assert a.span(claim.source) == "the senator"
    assert a.span(claim.cue) == "said"


def test_participle_cue_takes_the_subject_of_its_verb(annotate_text):
    a = annotate_text("The governor began by saying he would cut taxes for everyone.")
    claim = _only(a)
    assert a.span(claim.source) == "The governor"
    assert a.span(claim.content) == "he would cut taxes for everyone"


@pytest.mark.parametrize(
    ("sentence", "cue", "content"),
    [
        ("The senator called on the mayor to resign.", "called on", "the mayor to resign"),
        ("Activists accused the company of hiding the data.", "accused", "the company of hiding the data"),
        ("The coach called the referee a disgrace.", "called", "the referee a disgrace"),
        ("The union promised to end the strike.", "promised", "to end the strike"),
    ],
)
def test_object_contents(annotate_text, sentence, cue, content):
    a = annotate_text(sentence)
    claim = _only(a)
    assert a.span(claim.cue) == cue
    assert a.span(claim.content) == content


def test_naming_verb_without_its_second_part_is_no_claim(annotate_text):
    a = annotate_text("The council called an emergency meeting.")
    assert _body(a) == []


def test_cue_keeps_auxiliaries_adverbs_and_colon(annotate_text):
    a = annotate_text("The minister has also said that the talks failed.")
    assert a.span(_only(a).cue) == "has also said"
    b = annotate_text("The minister added: “Nobody wanted this outcome.”")
    claim = _only(b)
    assert b.span(claim.cue) == "added:"
    assert b.span(claim.content) == "“Nobody wanted this outcome.”"


def test_according_to_after_the_content(annotate_text):
    a = annotate_text("Prices rose sharply last month, according to the central bank.")
    claim = _only(a)
    assert a.span(claim.content) == "Prices rose sharply last month"
    assert a.span(claim.source) == "the central bank"


def test_speaker_labels_with_dash_and_colon(annotate_text):
    a = annotate_text(
        "Readers wrote to us.\n\nMaria Lopez ― “He does not care about us. Nobody believes him.”"
        "\n\nJONES: Well, I think the senator is wrong. We will win."
    )
    claims = _body(a)
    assert [(a.span(c.source), a.span(c.cue)) for c in claims] == [("Maria Lopez", "―"), ("JONES", ":")]
    assert a.span(claims[0].content) == "“He does not care about us. Nobody believes him.”"
    assert a.span(claims[1].content) == "Well, I think the senator is wrong. We will win."


def test_noun_of_saying_with_that_clause(annotate_text):
    a = annotate_text("The senator's claim that the vote was rigged has no basis.")
    claim = _only(a)
    assert a.span(claim.cue) == "claim"
    assert a.span(claim.source) == "The senator"
    assert a.span(claim.content) == "that the vote was rigged"


def test_quote_continues_across_paragraphs_when_reopened(annotate_text):
    a = annotate_text("The letter said: “We are tired of waiting.\n\n“We want answers now.”\n\nThat was all.")
    claim = _only(a)
    assert a.span(claim.content) == "“We are tired of waiting.\n\n“We want answers now.”"


def test_apposed_name_is_the_speaker_not_the_possessor(annotate_text):
    a = annotate_text("The victim's mother, Charlotte Charles, said the family wanted justice.")
    (claim,) = [c for c in a.claims if not c.headline]
    assert claim.speaker == "charlotte-charles"


# -- forms added in the second round (invented sentences) ------------------------------------


def test_transcript_labels_inside_reopened_quotes(annotate_text):
    a = annotate_text(
        "The host spoke with the mayor.\n\n"
        '"HOST: Will the bridge open in May? I want a clear answer.\n\n'
        '"MAYOR: Well, I think it will open in June. We are working on it.\n\n'
        '"HOST: Thank you."'
    )
    claims = _body(a)
    assert [(a.span(c.source), a.span(c.cue)) for c in claims] == [
        ("HOST", ":"), ("MAYOR", ":"), ("HOST", ":")
    ]
    assert a.span(claims[1].content) == "Well, I think it will open in June. We are working on it."


def test_headline_opening_with_a_name_and_a_colon(annotate_text):
    a = annotate_text("Senator Jane Roe said on Friday that the budget would pass.", title="Roe: Budget will pass")
    (headline,) = [c for c in a.claims if a.span(c.cue) == ":"]
    assert a.span(headline.source) == "Roe"
    assert a.span(headline.content) == "Budget will pass"


def test_headline_genre_label_is_no_source(annotate_text):
    a = annotate_text("The city council met on Friday.", title="Analysis: The budget will pass")
    assert not [c for c in a.claims if a.span(c.cue) == ":"]


def test_quotation_signed_with_a_dash(annotate_text):
    a = annotate_text("Readers wrote to us.\n“The park is my second home. Please keep it open.” ― Ana Ruiz\n")
    claim = _only(a)
    assert a.span(claim.cue) == "―"
    assert a.span(claim.source) == "Ana Ruiz"
    assert a.span(claim.content) == "“The park is my second home. Please keep it open.”"


def test_cue_inside_a_quotation_is_part_of_the_quote(annotate_text):
    a = annotate_text("The mayor spoke at noon.\n\n“Engineers believe the old bridge will fail soon.”")
    assert all(a.span(c.source) != "Engineers" for c in _body(a))


@pytest.mark.parametrize(
    ("sentence", "cue", "content"),
    [
        ("The senator mentioned the new tax during the debate.", "mentioned", "the new tax"),
        ("The union complained about the schedule on Monday.", "complained about", "the schedule"),
        ("The governor called for cutting the tax.", "called for", "cutting the tax"),
    ],
)
def test_verbs_of_communication_with_an_object(annotate_text, sentence, cue, content):
    a = annotate_text(sentence)
    claim = _only(a)
    assert a.span(claim.cue) == cue
    assert a.span(claim.content) == content


def test_content_runs_through_a_conjoined_clause_of_the_cue(annotate_text):
    a = annotate_text("The mayor noted that the bridge was old, but the repairs were cheap.")
    claim = _only(a)
    assert a.span(claim.content) == "that the bridge was old, but the repairs were cheap"


def test_content_stops_before_a_trailing_relative_clause(annotate_text):
    a = annotate_text("The mayor said the money will go to Tom Baker, who runs the shelter.")
    claim = _only(a)
    assert a.span(claim.content) == "the money will go to Tom Baker"


def test_quote_before_a_cue_sentence_of_its_own(annotate_text):
    a = annotate_text("“Who will pay for the new bridge?” a reporter asks.")
    claim = _only(a)
    assert a.span(claim.content) == "“Who will pay for the new bridge?”"
    assert a.span(claim.source) == "a reporter"


def test_straight_quote_closed_by_a_curly_mark(annotate_text):
    a = annotate_text('"The river is rising fast,” the engineer said.')
    claim = _only(a)
    assert a.span(claim.content) == '"The river is rising fast,”'


def test_split_quote_not_joined_across_a_new_participle_cue(annotate_text):
    a = annotate_text(
        "“We need more buses,” the mayor said, promising new routes. “And we need them now.”"
    )
    first = _body(a)[0]
    assert a.span(first.content) == "“We need more buses,”"


def test_passive_cue_with_its_agent(annotate_text):
    a = annotate_text("The new bridge plan was endorsed by the city council.")
    claim = _only(a)
    assert a.span(claim.cue) == "was endorsed by"
    assert a.span(claim.source) == "the city council"
    assert a.span(claim.content) == "The new bridge plan"


@pytest.mark.parametrize(
    ("sentence", "cue", "content"),
    [
        ("The mayor is confident that the bridge will open in May.", "is confident", "that the bridge will open in May"),
        ("Local farmers were worried about the drought.", "were worried about", "the drought"),
    ],
)
def test_adjectives_of_certainty_and_feeling(annotate_text, sentence, cue, content):
    a = annotate_text(sentence)
    claim = _only(a)
    assert a.span(claim.cue) == cue
    assert a.span(claim.content) == content


@pytest.mark.parametrize(
    ("sentence", "cue", "content", "source"),
    [
        ("The mayor's call for new buses was ignored.", "call for", "new buses", "The mayor"),
        ("The union's plan to strike in May surprised nobody.", "plan", "to strike in May", "The union"),
    ],
)
def test_nouns_of_saying_with_an_owner(annotate_text, sentence, cue, content, source):
    a = annotate_text(sentence)
    claim = _only(a)
    assert a.span(claim.cue) == cue
    assert a.span(claim.content) == content
    assert a.span(claim.source) == source


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("US Ambassador to Germany Richard Grenell said the airline was dangerous.", "richard-grenell"),
        ("Hong Kong director of Amnesty International Man-kei Tam said the law was bad.", "man-kei-tam"),
        ("A spokesman for Russian President Vladimir Putin said the talks had failed.", None),
    ],
)
def test_the_title_holder_speaks_not_the_organization_or_the_boss(annotate_text, sentence, speaker):
    (claim,) = [c for c in annotate_text(sentence).claims if not c.headline]
    assert claim.speaker == speaker


def test_unnamed_officials_are_an_unknown_source(annotate_text):
    (claim,) = [c for c in annotate_text("German officials said the airline posed a risk.").claims if not c.headline]
    assert claim.speaker is None
    assert annotate_text("German officials said the airline posed a risk.").span(claim.source) == "German officials"


def test_purpose_infinitive_cue_takes_the_subject_of_its_verb(annotate_text):
    a = annotate_text("The mayor met with farmers on Tuesday to discuss the new water rules.")
    claim = _only(a)
    assert a.span(claim.cue) == "to discuss"
    assert a.span(claim.source) == "The mayor"
    assert a.span(claim.content) == "the new water rules"


def test_title_case_headline_cue(annotate_text):
    a = annotate_text("The governor spoke on Friday.", title="Governor Smith Vows To Cut Property Taxes")
    (claim,) = [c for c in a.claims if a.span(c.cue or c.content) == "Vows"]
    assert a.span(claim.source) == "Governor Smith"
    assert a.span(claim.content) == "To Cut Property Taxes"


def test_headline_content_runs_to_the_headline_end(annotate_text):
    a = annotate_text("The mayor spoke on Friday.", title="Mayor Jane Smith: Bridge Will Reopen in May, Tolls Will Stay")
    (claim,) = [c for c in a.claims if c.content[0] < 60]
    assert a.span(claim.content) == "Bridge Will Reopen in May, Tolls Will Stay"


@pytest.mark.parametrize(
    ("sentence", "cue", "content"),
    [
        ("The judge chastised the lawyers for their delays.", "chastised", "the lawyers for their delays"),
        ("The panel deemed the contract unlawful.", "deemed", "the contract unlawful"),
    ],
)
def test_judgement_and_naming_verbs(annotate_text, sentence, cue, content):
    a = annotate_text(sentence)
    claim = _only(a)
    assert a.span(claim.cue) == cue
    assert a.span(claim.content) == content


@pytest.mark.parametrize(
    ("sentence", "source", "content"),
    [
        # the parser hangs the quote's own subject ("mode", "answer") on the cue as well
        (
            '"The campaign is in panic mode. Full panic mode," said Jane Wilson, a lawyer.',
            "Jane Wilson, a lawyer",
            '"The campaign is in panic mode. Full panic mode,"',
        ),
        (
            '"My answer, that was a mistake," the former campaign manager said in an interview.',
            "the former campaign manager",
            '"My answer, that was a mistake,"',
        ),
        # "said" tagged as an auxiliary: the name before it is still the source
        (
            "“I will make this promise to you: we will find the truth,” Tulsa police Chief Ann"
            " Moore said Monday.",
            "police Chief Ann Moore",
            "“I will make this promise to you: we will find the truth,”",
        ),
    ],
)
def test_quote_source_is_never_inside_the_quote(annotate_text, sentence, source, content):
    a = annotate_text(sentence)
    claim = _only(a)
    assert a.span(claim.source) == source
    assert a.span(claim.content) == content
    assert claim.quote == "direct"


@pytest.mark.parametrize(
    ("sentence", "cue", "content"),
    [
        (
            "The problem now, she told me on Friday, is that the bridge is closed.",
            "told",
            "The problem now, she told me on Friday, is that the bridge is closed",
        ),
        (
            "As many economists, including Mr. Baker, have pointed out, the tax is free to change.",
            "have pointed out",
            "the tax is free to change",
        ),
        # an unmarked complement parsed as an adverbial clause, an adjunct before its subject
        (
            "The senator said after the vote she would not accept the money if it were offered.",
            "said",
            "she would not accept the money if it were offered",
        ),
    ],
)
def test_asides_and_complements_the_parser_misreads(annotate_text, sentence, cue, content):
    a = annotate_text(sentence)
    claim = _only(a)
    assert a.span(claim.cue) == cue
    assert a.span(claim.content) == content


@pytest.mark.parametrize(
    ("sentence", "source", "cue", "content"),
    [
        ("“We want jobs now!” the protesters chanted.", "the protesters", "chanted",
         "“We want jobs now!”"),
        ("“We see real hope in these new schools,” the letter reads.", "the letter", "reads",
         "“We see real hope in these new schools,”"),
        ("The senator identified the tax as one of the reasons for the deficit.", "The senator",
         "identified", "the tax as one of the reasons for the deficit"),
        # "According" parsed as the root, the content hung on the source as an apposition
        ("According to conservative radio host John Smith, the move reeks of fear and desperation.",
         "conservative radio host John Smith", "According to",
         "the move reeks of fear and desperation"),
        ("According to Smith, a former aide to the mayor, the plan failed.",
         "Smith, a former aide to the mayor", "According to", "the plan failed"),
        # the source parsed as a clause ("show" as a verb)
        ("As a TV boss on “The Show,” Smith insulted women with crude language, according to"
         " show insiders.", "show insiders", "according to",
         "As a TV boss on “The Show,” Smith insulted women with crude language"),
    ],
)
def test_manner_of_speaking_naming_and_according_to(annotate_text, sentence, source, cue, content):
    a = annotate_text(sentence)
    claim = _only(a)
    assert (a.span(claim.source), a.span(claim.cue), a.span(claim.content)) == (source, cue, content)


@pytest.mark.parametrize("sentence", ["She read a book on the train.", "They see the river daily."])
def test_reading_and_seeing_alone_are_no_claims(annotate_text, sentence):
    assert _body(annotate_text(sentence)) == []


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        ("It is an extremely unlikely scenario; the mayor's team says she will continue her"
         " campaign later this week.", "she will continue her campaign later this week"),
        ("The report set off a round of fireworks on Friday: Republicans said the agency"
         " mishandled the case.", "the agency mishandled the case"),
    ],
)
def test_clause_before_a_semicolon_or_colon_is_not_the_content(annotate_text, sentence, content):
    a = annotate_text(sentence)
    assert a.span(_only(a).content) == content


@pytest.mark.parametrize(
    "sentence",
    [
        'Ryan said on "Face the Nation," that the plan would pass.',
        "Johnson tells MSNBC’s “Morning Joe” on Friday that the case remains open.",
    ],
)
def test_a_programme_title_in_quotes_is_no_content(annotate_text, sentence):
    a = annotate_text(sentence)
    assert [a.span(c.content) for c in _body(a)] == [
        "that the plan would pass" if "plan" in sentence else "that the case remains open"
    ]


def test_a_when_clause_is_no_complement(annotate_text):
    a = annotate_text("Few people would have described him as a reformer when he ran for office.")
    assert [a.span(c.content) for c in _body(a)] == ["him as a reformer"]


def test_source_keeps_its_prepositional_phrase_and_the_apposed_name_speaks(annotate_text):
    a = annotate_text(
        "Following the announcements, the director of Argentina's Amnesty International,"
        " Mariela Belski, said the president had heard the demands."
    )
    claim = _only(a)
    assert a.span(claim.source) == "the director of Argentina's Amnesty International, Mariela Belski"
    assert claim.speaker == "mariela-belski"


def test_source_drops_a_relative_clause_inside_its_prepositional_phrase(annotate_text):
    a = annotate_text("The director of the museum, which opened in 1990, said the plan was good.")
    assert a.span(_only(a).source) == "The director of the museum"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ('"The airline carries weapons," according to a tweet on Monday by US Secretary of State'
         " Mike Pompeo.", "mike-pompeo"),
        ("German firms including Deutsche Bahn and Siemens have announced plans to leave Iran.",
         "deutsche-bahn"),
    ],
)
def test_the_author_of_a_message_and_the_first_named_member_speak(annotate_text, sentence, speaker):
    assert _only(annotate_text(sentence)).speaker == speaker


def test_directives_count_with_their_infinitive_only(annotate_text):
    a = annotate_text("They invited the countries to open dialogue. The mayor invited us to dinner.")
    claim = _only(a)
    assert a.span(claim.content) == "the countries to open dialogue"
    assert claim.type == "normative"


@pytest.mark.parametrize(
    ("sentence", "source", "content"),
    [
        ("The move took place despite repeated warnings from his attorney that the hearing was"
         " fruitless.", "his attorney", "that the hearing was fruitless"),
        ("This decision by the FBI to not recommend any charges destroys its credibility.",
         "the FBI", "to not recommend any charges"),
    ],
)
def test_nouns_of_saying_with_their_author_after_by_or_from(annotate_text, sentence, source, content):
    a = annotate_text(sentence)
    claim = _only(a)
    assert (a.span(claim.source), a.span(claim.content)) == (source, content)


def test_a_noun_of_saying_with_only_its_author_is_no_claim(annotate_text):
    assert _body(annotate_text("The decision by the board was final.")) == []


def test_the_one_quoted_as_saying_speaks_not_the_outlet(annotate_text):
    a = annotate_text(
        'Jusman Djamal spoke on Monday. "We do not need to buy aircraft from Europe," Detik.com'
        " quoted Djamal as saying."
    )
    claim = _only(a)  # "spoke on Monday" says when, not what: no claim
    assert a.span(claim.source) == "Djamal"
    assert claim.speaker == "jusman-djamal"


def test_a_relative_pronoun_is_the_source_and_its_antecedent_speaks(annotate_text):
    a = annotate_text("Senator Jane Roe, who said the vote was unfair, resigned on Monday.")
    claim = _only(a)
    assert a.span(claim.source) == "who"  # PolNeAR marks the pronoun as the source
    assert claim.speaker == "jane-roe"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("The Court of Session met on Friday. The court's summary said the suspension was"
         " unlawful.", "court-of-session"),
        ("A spokesman for the Foreign Ministry said the talks would resume.", "foreign-ministry"),
        ("A statement for the press said the talks would resume.", None),
        ("An Interpol spokesperson stated that the constitution prohibits any intervention.",
         "interpol"),
        ("A Chinese spokesman said the talks would resume.", None),
        ("The Foreign Ministry released a statement which said the talks would resume.",
         "foreign-ministry"),
    ],
)
def test_a_message_or_a_spokesman_speaks_for_its_author(annotate_text, sentence, speaker):
    claims = _body(annotate_text(sentence))
    assert [c.speaker for c in claims] == [speaker]


def test_according_to_a_message_posted_by_its_author(annotate_text):
    a = annotate_text(
        "Senator Juan Dalmau spoke on Monday. According to a memo posted online by Senator Juan"
        " Dalmau, the Senate cancelled its planned hearing."
    )
    claim = _only(a)
    assert a.span(claim.source) == "a memo posted online by Senator Juan Dalmau"
    assert a.span(claim.content) == "the Senate cancelled its planned hearing"
    assert claim.speaker == "juan-dalmau"


def test_content_stops_before_an_original_language_gloss(annotate_text):
    a = annotate_text(
        "The president said that abortions are common ((es))Spanish language: los abortos son"
        " comunes."
    )
    assert a.span(_only(a).content) == "that abortions are common"


def test_call_for_with_a_for_to_clause(annotate_text):
    a = annotate_text("The union called for the minister to resign.")
    claim = _only(a)
    assert (a.span(claim.cue), a.span(claim.content)) == ("called for", "the minister to resign")
    assert claim.type == "normative"


def test_content_stops_before_a_with_clause_of_other_speakers(annotate_text):
    a = annotate_text(
        "Reuters reported the attack the deadliest since August, with officials reporting at the"
        " time 150 security forces killed."
    )
    assert a.span(_only(a).content) == "the attack the deadliest since August"


def test_a_subject_hung_on_a_fronted_clause_still_speaks(annotate_text):
    a = annotate_text(
        'Calling it as "just another apology", Anna Franowska of "Have no fear", an abuse victim support'
        ' charity, told Reuters "it almost appears as if the statement was prepared before the church'
        ' officials saw the movie".'
    )
    claims = {a.span(c.cue): (a.span(c.content), c.speaker) for c in a.claims}
    assert claims == {
        "Calling": ('it as "just another apology"', "anna-franowska"),
        "told": (
            '"it almost appears as if the statement was prepared before the church officials saw the movie"',
            "anna-franowska",
        ),
    }


def test_the_office_named_before_a_message_speaks(annotate_text):
    a = annotate_text("A UN report said evidence supported his murder.")
    assert _only(a).speaker == "united-nations"


def test_their_message_is_the_one_met_before(annotate_text):
    a = annotate_text(
        "The government of American Samoa issued a statement agreeing the issue should be decided by"
        ' Congress. Their statement also read "imposition of citizenship violates fundamental principles'
        ' of self-determination."'
    )
    read = [c for c in a.claims if a.span(c.cue) == "also read"]
    assert [c.speaker for c in read] == ["american-samoa"]


def test_a_title_phrase_ending_in_the_name_is_the_names_speaker(annotate_text):
    # the parser makes "agent" the subject and the name a conjunct of it
    a = annotate_text(
        "The press asked about him. Retired FBI agent and terrorism specialist Ali Soufan told NPR Hamza bin"
        " Laden had appeared in Al-Qaeda videos since he was a young boy and his father saw a leadership"
        " role for him."
    )
    assert [c.speaker for c in a.claims if a.text[c.cue[0] : c.cue[1]] == "told"] == ["ali-soufan"]
    b = annotate_text("The lawyer for Ali Soufan said the case was closed.")
    assert [c.speaker for c in b.claims] != ["ali-soufan"]
