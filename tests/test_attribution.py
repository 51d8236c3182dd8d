"""claims.suggest.attribution.suggest(): one test per reporting construction, on sentences written for these tests."""

from __future__ import annotations

import pytest

from claims.suggest import attribution
from claims.suggest.attribution import GOLD_FIELDS, Suggestion, normalise_name, suggest


def assert_offsets(text: str, suggestions: list[Suggestion]) -> None:
    for s in suggestions:
        assert text[s.content_start : s.content_end] == s.content
        for key in ("source", "cue"):
            value, start, end = getattr(s, key), getattr(s, key + "_start"), getattr(s, key + "_end")
            if value is None:
                assert start is None and end is None
            else:
                assert text[start:end] == value


def run(text: str) -> list[Suggestion]:
    suggestions = suggest(text)
    assert_offsets(text, suggestions)
    return suggestions


def attributed(text: str) -> list[Suggestion]:
    return [s for s in run(text) if s.attribution_type != "unattributed"]


def only(text: str) -> Suggestion:
    found = attributed(text)
    assert len(found) == 1, found
    return found[0]


def test_sentence_final_attribution():
    s = only("The bridge over the canal will reopen next month, the mayor said.")
    assert s.content == "The bridge over the canal will reopen next month"
    assert (s.source, s.cue) == ("the mayor", "said")
    assert (s.attribution_type, s.quote_type) == ("official_title", "indirect")


def test_sentence_initial_attribution_drops_that():
    s = only("Maria Lopez said that the factory employs 300 workers.")
    assert s.content == "the factory employs 300 workers"
    assert (s.source, s.cue, s.attribution_type) == ("Maria Lopez", "said", "named_person")
    assert s.speaker_name == "Maria Lopez"
    assert s.checkworthy


def test_time_phrase_after_cue_is_not_content():
    s = only("Mayor Tomas Hale said on Tuesday the budget had grown by 4 percent.")
    assert s.content == "the budget had grown by 4 percent"
    assert (s.speaker_name, s.speaker_title) == ("Tomas Hale", "Mayor")


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        ("According to the health ministry, 42 people were injured.", "42 people were injured", "the health ministry"),
        (
            "Fuel prices rose 8 percent in March, according to the statistics office.",
            "Fuel prices rose 8 percent in March",
            "the statistics office",
        ),
    ],
)
def test_according_to(text, content, source):
    s = only(text)
    assert (s.content, s.source, s.cue.lower(), s.attribution_type) == (content, source, "according to", "institution")


def test_according_to_interrupting_the_content_keeps_the_whole_clause():
    s = only("The gunmen escaped and then, according to local police, crossed the border.")
    assert s.content == "The gunmen escaped and then, according to local police, crossed the border"
    assert s.source == "local police"


def test_split_quote_with_new_sentence_is_a_continuation():
    text = "“The dam is safe,” Jonas Berg said. “We inspected it twice this year.”"
    first, second = attributed(text)
    assert (first.content, first.source, first.quote_type) == ("The dam is safe", "Jonas Berg", "direct")
    assert second.content == "We inspected it twice this year"
    assert (second.source_start, second.cue_start) == (first.source_start, first.cue_start)
    assert second.quote_type == "direct"


def test_quote_after_an_unrelated_sentence_is_not_a_continuation():
    text = "“The dam is safe,” Jonas Berg said. The river rose 2 metres overnight. “We inspected it twice.”"
    assert [s.content for s in attributed(text)] == ["The dam is safe"]


def test_split_quote_inside_one_sentence_is_one_claim():
    text = "“The dam is safe,” said Jonas Berg, “and we inspected it twice.”"
    s = only(text)
    assert s.content == "The dam is safe,” said Jonas Berg, “and we inspected it twice"
    assert (s.source, s.cue, s.quote_type) == ("Jonas Berg", "said", "direct")


def test_inverted_quote_attribution():
    s = only("“Nobody was hurt,” said a spokesperson for the port authority.")
    assert s.content == "Nobody was hurt"
    assert s.source == "a spokesperson for the port authority"
    assert s.attribution_type == "official_title"


def test_pronoun_resolves_to_previous_named_speaker():
    text = (
        "Transport Minister Elena Novak said the new tram line would open in May. "
        "She said tickets would cost two euros."
    )
    first, second = attributed(text)
    assert (first.speaker_name, first.speaker_title) == ("Elena Novak", "Transport Minister")
    assert second.source == "She"  # the mention stays a pronoun, the speaker is resolved
    assert (second.attribution_type, second.speaker_name) == ("named_person", "Elena Novak")


def test_surname_links_to_full_name():
    text = "Coach Petra Lind said the squad had 23 players. Lind said two of them were injured."
    assert [s.speaker_name for s in attributed(text)] == ["Petra Lind", "Petra Lind"]


def test_anonymous_sources_and_anonymity_reason():
    text = (
        "Two senior officials, speaking on condition of anonymity to discuss the negotiations, "
        "said the draft deal ran to 40 pages. One official said a vote could come on Friday."
    )
    first, second = attributed(text)
    assert first.source == "Two senior officials"
    assert first.attribution_type == second.attribution_type == "anonymous"
    assert first.anonymity_reason == second.anonymity_reason == "to discuss the negotiations"
    assert first.speaker_name is None


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The convoy was stopped at the border, officials said.", "officials"),
        ("A senior official said the convoy carried 12 trucks.", "A senior official"),
        (
            "Sources familiar with the talks said a ceasefire could start within days.",
            "Sources familiar with the talks",
        ),
    ],
)
def test_anonymous_source_types(text, source):
    s = only(text)
    assert (s.source, s.attribution_type, s.anonymity_reason) == (source, "anonymous", None)


@pytest.mark.parametrize(
    ("text", "source", "kind"),
    [
        ("The Portuguese defense minister said the frigate had returned to port.", "The Portuguese defense minister",
         "official_title"),
        ("Defense Minister Rui Costa said the frigate had returned to port.", "Defense Minister Rui Costa",
         "named_person"),
        ("The ministry said in a statement that the frigate had returned to port.", "The ministry", "institution"),
        ("The report said emissions fell by 12 percent last year.", "The report", "document"),
        ("Protesters have claimed the election was rigged.", "Protesters", "institution"),
    ],
)  # fmt: skip
def test_attribution_type_from_the_source(text, source, kind):
    s = only(text)
    assert (s.source, s.attribution_type) == (source, kind)
    if kind == "official_title":
        assert s.speaker_title == "Portuguese defense minister" and s.speaker_name is None


def test_told_skips_the_addressee():
    s = only("A spokesperson told reporters the airport would stay closed until noon.")
    assert s.content == "the airport would stay closed until noon"
    assert (s.cue, s.attribution_type) == ("told", "official_title")


@pytest.mark.parametrize(
    ("text", "content", "quote_type"),
    [
        ('The coach said, "We trained harder than anyone."', "We trained harder than anyone", "direct"),
        ('The coach said the team was "ready for anything."', 'the team was "ready for anything', "mixed"),
        ("The coach said the team was ready.", "the team was ready", "indirect"),
    ],
)
def test_quote_types(text, content, quote_type):
    s = only(text)
    assert (s.content, s.quote_type) == (content, quote_type)


def test_direct_opinion_is_not_checkworthy():
    s = only('The coach said, "We deserve to win this league."')
    assert not s.checkworthy


def test_participle_attribution_leaves_the_main_clause_unattributed():
    found = run("The company cut 200 jobs on Monday, saying demand had collapsed.")
    assert [(s.content, s.source, s.attribution_type) for s in found] == [
        ("demand had collapsed", "The company", "institution"),
        ("The company cut 200 jobs on Monday", None, "unattributed"),
    ]


def test_with_participle_names_its_own_source():
    found = run("The airline cancelled 30 flights, with union leaders saying the strike would last two days.")
    claim = next(s for s in found if s.attribution_type != "unattributed")
    assert (claim.source, claim.cue, claim.content) == ("union leaders", "saying", "the strike would last two days")
    assert any(s.content == "The airline cancelled 30 flights" for s in found)


def test_unattributed_checkworthy_assertion():
    (s,) = run("The city has a population of 1.4 million.")
    assert s.content == "The city has a population of 1.4 million"
    assert (s.attribution_type, s.quote_type, s.source, s.cue) == ("unattributed", "none", None, None)
    assert s.checkworthy


def test_agentless_report_is_unattributed_with_a_cue():
    (s,) = run("Heavy rain was reported in three northern provinces.")
    assert (s.attribution_type, s.cue, s.source) == ("unattributed", "reported", None)


def test_negated_cue_is_not_an_attribution():
    (s,) = run("The governor has not said whether the 2024 budget will be cut.")
    assert s.attribution_type == "unattributed"


def test_captions_and_datelines_are_skipped():
    text = "Monday, March 3, 2025\n\nRescuers search a collapsed house in 2025. (AP Photo/Someone)\n"
    assert run(text) == []


def test_nested_attribution_gets_two_claims():
    text = "The agency reported that a senior diplomat said the embassy would close on June 1."
    outer, inner = attributed(text)
    assert outer.source == "The agency" and outer.content.startswith("a senior diplomat said")
    assert (inner.source, inner.content, inner.attribution_type) == (
        "a senior diplomat", "the embassy would close on June 1", "anonymous")  # fmt: skip


def test_offsets_hold_on_a_mixed_article():
    text = (
        "LISBON — The port handled 9 million tonnes in 2023, officials said.\n\n"
        "“We are growing,” said harbour master Ines Duarte. “Next year will be bigger.”\n"
        "According to the trade union, 40 dock workers went on strike; the company denied that."
        " She told the Daily Post on Friday that shifts were unchanged."
    )
    found = run(text)
    assert len(found) >= 4


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   \n\t ",
        "قال المتحدث باسم الوزارة إن الاجتماع سيعقد غدا.",
        '🔥🔥 said 🚀 “” " according to , said',
        "“unclosed quote said the official",
        " ; —TheHesaid according toHe, ,, told “ : “ (He officials He.'  -\n . X The\n\n (:” , said “ :1.5;",
        "Mr. . U.S. said. “A” said, “ , according to",
        "\x00\x01 said. . . ; ; ,,,",
        "Officials said." * 2000,
        "word " * 50000,
    ],
)
def test_never_raises_on_odd_input(text):
    assert isinstance(run(text), list)
    if text.strip():
        attribution._suggest(text)  # the rules themselves, without suggest()'s last-resort guard


def test_as_dict_has_the_gold_fields():
    s = only("The bridge will reopen next month, the mayor said.")
    d = s.as_dict()
    assert tuple(d) == GOLD_FIELDS and len(d) == 13
    assert "speaker_name" not in d


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Israeli-born Defense Minister Rui Costa", "rui costa"),
        ("  Dr. Ana   Silva’s ", "ana silva"),
        ("Erdog\u0306an", "erdoğan"),
        ("ERDOĞAN", "erdoğan"),
        ("the Ministry of Health", "ministry of health"),
    ],
)
def test_normalise_name(name, key):
    assert normalise_name(name) == key


# ---------------------------------------------------------------- rules added for held-out generalisation
def test_inverted_quote_with_trailing_phrase_or_relative_clause():
    s = only("“The levee held,” said Priya Nand to the assembled volunteers.")
    assert (s.content, s.source, s.cue) == ("The levee held", "Priya Nand", "said")
    s = only("“Ticket sales doubled,” said Omar Whitfield, who runs the festival.")
    assert (s.content, s.source) == ("Ticket sales doubled", "Omar Whitfield")
    s = only("“The road is closed,” said the sheriff in a radio interview.")
    assert s.source == "the sheriff"


def test_comma_before_the_cue_without_apposition():
    s = only("Rosa Alvarez for the county health board, says 12 clinics will close by June.")
    assert (s.source, s.cue) == ("Rosa Alvarez for the county health board", "says")
    assert s.content == "12 clinics will close by June"


def test_quote_then_participle_keeps_the_quote_as_content():
    found = attributed("“Our wells are dry,” the farmer said, adding that 30 cows had been sold.")
    assert [(s.content, s.cue) for s in found] == [("Our wells are dry", "said"), ("30 cows had been sold", "adding")]
    assert found[0].quote_type == "direct"


def test_split_quote_with_straight_marks():
    s = only('"The pumps are running," she said, "and the army is on its way."')
    assert s.content == 'The pumps are running," she said, "and the army is on its way'
    assert (s.source, s.quote_type) == ("she", "direct")


def test_told_recipient_at_sentence_end():
    s = only("“Nobody was hurt,” Captain Ida Stroud told reporters.")
    assert (s.content, s.source, s.cue) == ("Nobody was hurt", "Captain Ida Stroud", "told")


def test_according_to_without_comma():
    s = only("According to the state rail company 80 trains were cancelled.")
    assert (s.source, s.content) == ("the state rail company", "80 trains were cancelled")
    s = only("According to local police the driver fled on foot.")
    assert (s.source, s.content) == ("local police", "the driver fled on foot")


def test_participial_adjective_in_a_source():
    s = only("A leaked memo says the plant will shut in 2027.")
    assert (s.source, s.attribution_type) == ("A leaked memo", "document")


def test_title_and_surname_is_a_named_person():
    s = only("Ambassador Varga said 14 cars were damaged.")
    assert (s.attribution_type, s.speaker_name, s.speaker_title) == ("named_person", "Varga", "Ambassador")


@pytest.mark.parametrize(
    ("sentence", "name", "title"),
    [
        ("Israeli Defense Minister Israel Katz said the army would stay.", "Israel Katz", "Israeli Defense Minister"),
        ("Foreign Minister Jordan Peters said 40 diplomats were expelled.", "Jordan Peters", "Foreign Minister"),
        (
            "Egyptian President Abdel Fattah el-Sisi said the crossing was open.",
            "Abdel Fattah el-Sisi",
            "Egyptian President",
        ),
    ],
)
def test_a_title_before_the_name_fills_the_speakers_title(sentence, name, title):
    # a first name that is also a place ("Israel", "Jordan") is still part of the name after a title
    s = only(sentence)
    assert (s.attribution_type, s.speaker_name, s.speaker_title) == ("named_person", name, title)


def test_name_after_an_organisation_with_a_title():
    s = only("Director of the River Council Lena Moss said the pier would reopen in May.")
    assert (s.attribution_type, s.speaker_name) == ("named_person", "Lena Moss")


def test_asked_not_to_be_named_makes_an_anonymous_source():
    s = only("An engineer, who asked not to be named because she feared dismissal, said the cables were 40 years old.")
    # the relative clause stays in the source mention (guideline: the mention "as written", cf. the gold's
    # "a German government source, whom they did not name")
    assert (s.source, s.attribution_type) == ("An engineer, who asked not to be named because she feared dismissal",
                                              "anonymous")  # fmt: skip
    assert s.anonymity_reason == "because she feared dismissal"
    assert s.content == "the cables were 40 years old"


def test_headline_and_date_line_run_into_the_text():
    text = "Storm floods coastal village Monday, March 3, 2025 The harbour master said 20 boats sank."
    s = only(text)
    assert (s.source, s.content) == ("The harbour master", "20 boats sank")
    assert all("Storm floods" not in x.content for x in run(text))


# ---------------------------------------------------------------- unseen-set error categories (own sentences)
def test_addressee_and_place_after_the_cue_are_not_content():
    found = attributed('"The levee will hold," the engineer told residents at the town hall.')
    assert [(s.content, s.source, s.cue) for s in found] == [("The levee will hold", "the engineer", "told")]
    s = only("The mill will close in spring, Ferreira said outside the factory gates.")
    assert (s.content, s.source) == ("The mill will close in spring", "Ferreira")
    s = only("Wheat exports doubled, the trade office said in a bulletin last week.")
    assert s.content == "Wheat exports doubled"


def test_participle_after_a_trailing_phrase_gets_its_own_claim():
    found = attributed(
        "The tunnel flooded overnight, the rail operator said in a notice, adding that trains would be replaced by buses."
    )
    assert [(s.content, s.cue, s.source) for s in found] == [
        ("The tunnel flooded overnight", "said", "the rail operator"),
        ("trains would be replaced by buses", "adding", "the rail operator"),
    ]


def test_inverted_cue_with_a_dotted_title_and_an_apposition():
    text = (
        '"The reef is bleaching faster than we feared," said Prof. Ines Garro, head of the marine lab. "We need data."'
    )
    found = attributed(text)
    assert [s.content for s in found] == ["The reef is bleaching faster than we feared", "We need data."[:-1]]
    assert {s.source for s in found} == {"Prof. Ines Garro, head of the marine lab"}
    assert found[0].attribution_type == "named_person"


def test_attribution_interrupting_a_short_subject():
    s = only("The audit, he added, found that two ledgers were missing.")
    assert s.content == "The audit, he added, found that two ledgers were missing"
    assert (s.source, s.cue) == ("he", "added")


def test_conjunction_clause_after_a_mid_sentence_attribution():
    found = attributed("Sales fell 4 percent, the retailer said in its annual filing, and it cut 300 jobs.")
    assert [(s.content, s.source) for s in found] == [("Sales fell 4 percent", "the retailer")]
    s = only("Night shifts raise the risk of injury, the survey found, though the effect was small.")
    # the concession is the survey's finding too: the attribution interrupts the content (GUIDELINE.md, Spans)
    assert (s.content, s.cue) == (
        "Night shifts raise the risk of injury, the survey found, though the effect was small",
        "found",
    )


def test_dateline_with_a_date_and_agency_is_dropped():
    text = "OSLO, Jan. 9 (Wire) — Heavy snow closed the main airport for six hours, the operator said."
    s = only(text)
    assert s.content == "Heavy snow closed the main airport for six hours"


def test_quoted_fragment_followed_by_a_second_verb_phrase_is_one_claim():
    s = only('The inspector told the panel that the firm had "ignored every warning" and had falsified two logs.')
    assert s.content == 'the firm had "ignored every warning" and had falsified two logs'
    assert s.quote_type == "mixed"


def test_short_object_reporting_verbs():
    found = attributed("The mayor conceded defeat on Sunday but said the count was flawed.")
    assert [(s.content, s.cue) for s in found] == [("defeat", "conceded"), ("the count was flawed", "said")]
    s = only("The union cautioned that talks could collapse.")
    assert (s.content, s.cue) == ("talks could collapse", "cautioned")


def test_long_document_sources_with_reduced_relatives():
    s = only("A memo sent to staff by the board says the pension scheme will close.")
    assert (s.source, s.attribution_type, s.content) == (
        "A memo sent to staff by the board", "document", "the pension scheme will close")  # fmt: skip
    s = only("Crop yields rose by a fifth, a survey by the farmers' union and the national statistics office found.")
    assert (s.content, s.source, s.attribution_type) == (
        "Crop yields rose by a fifth",
        "a survey by the farmers' union and the national statistics office",
        "document",
    )


def test_nouns_that_look_like_cues_are_not_cues():
    assert attributed("The court said Portugal's broad claims had no basis in law.")[0].source == "The court"
    assert not attributed("Several member states have opposed the tariff.")
    assert not attributed("Norway claims most of the disputed shelf.")


def test_nested_attribution_inside_a_direct_quote():
    found = attributed('"The minister has always insisted that the budget is balanced," Okafor said.')
    pairs = {(s.content, s.source, s.cue) for s in found}
    assert ("The minister has always insisted that the budget is balanced", "Okafor", "said") in pairs
    assert ("the budget is balanced", "The minister", "has always insisted") in pairs


def test_relative_clause_and_number_comma_stay_in_the_source():
    s = only("Two port officials, who asked not to be named, said the cranes had been idle for weeks.")
    assert (s.source, s.attribution_type) == ("Two port officials, who asked not to be named", "anonymous")
    s = only("Coffee drinkers slept less, a study of more than 12,000 adults found.")
    assert s.source == "a study of more than 12,000 adults"


def test_types_of_surnames_documents_role_plurals_and_unnamed_officials():
    text = "Party whip Tomas Leban said the vote was close. The budget will pass, Leban said."
    assert [s.attribution_type for s in attributed(text)] == ["named_person", "named_person"]
    assert only("According to the indictment, the bribes totalled 2 million euros.").attribution_type == "document"
    s = only("Analysts at Northgate Partners said the bond sale was oversubscribed.")
    assert s.attribution_type == "official_title"
    text = 'A border official in Rovno, who asked not to be named, said 40 trucks were stuck. "Nobody moves," he said.'
    assert [s.attribution_type for s in attributed(text)] == ["anonymous", "anonymous"]


def test_anonymity_reason_in_a_separate_sentence():
    text = (
        "Three union officials said the strike would go ahead. "
        "The officials spoke on condition of anonymity because the ballot had not been announced."
    )
    found = run(text)
    assert [s.attribution_type for s in found] == ["anonymous"]  # the note itself is not a claim
    assert found[0].anonymity_reason == "because the ballot had not been announced"


def test_the_title_of_a_person_named_earlier_is_that_person():
    text = "Judge Mara Quist jailed the pair. The judge said the crime had been planned for months."
    s = only(text)
    assert (s.attribution_type, s.speaker_name) == ("named_person", "Mara Quist")


def test_ambiguous_cues_keep_their_reporting_uses():
    assert only("She also claims that in 2004 the archive was burned.").content == "in 2004 the archive was burned"
    assert only('The agency notes, "Dust storms cut yields," in its bulletin.').cue == "notes"
    assert not attributed("In the 80th minute the goalkeeper conceded a penalty which decided the match.")
    found = attributed('"I\'m told the roof is safe," the caretaker said.')
    assert [(s.content, s.source) for s in found] == [("I'm told the roof is safe", "the caretaker")]


def test_a_thousands_comma_is_never_a_content_boundary():
    s = only("The union said about 42,000 of its members would strike on Monday.")
    assert s.content == "about 42,000 of its members would strike on Monday"
    s = only("The ministry said about the 2,300 pensioners, that they would be paid.")
    assert s.content == "they would be paid"
    s = only("Rescuers pulled out about 2,300 people, with volunteers saying more were trapped.")
    assert (s.source, s.content) == ("volunteers", "more were trapped")


def test_long_relative_clauses_and_ages_stay_in_the_source():
    s = only(
        "One bank analyst, who asked not to be identified because his firm bars him from speaking to the media, "
        "said the lender faced heavy losses."
    )
    assert s.source.startswith("One bank analyst, who asked not to be identified")
    assert s.attribution_type == "anonymous" and s.content == "the lender faced heavy losses"
    found = attributed(
        "Three nurses who asked not to be named said the ward had no power for two days. "
        "One of them said the generator had been stolen."
    )
    assert [(s.source, s.attribution_type) for s in found] == [
        ("Three nurses who asked not to be named", "anonymous"),
        ("One of them", "anonymous"),
    ]
    s = only('"The water came in so fast," said Elena Vasquez, 64, a fisherwoman who has lived there all her life.')
    assert s.source.startswith("Elena Vasquez, 64, a fisherwoman") and s.attribution_type == "named_person"
    s = only('"We are still searching," Kamau said by telephone from Mombasa.')
    assert (s.source, s.content) == ("Kamau", "We are still searching")


def test_more_reporting_verbs_and_called_as_naming():
    s = only("Nurses have been pressing for a pay rise of 8 percent since March.")
    assert (s.cue, s.content) == ("have been pressing for", "a pay rise of 8 percent since March")
    assert not s.checkworthy
    s = only("The central bank had forecast growth of 2.1 percent this year.")
    assert (s.source, s.cue) == ("The central bank", "had forecast")
    s = only("Village elders put their own toll at more than 60 dead.")
    assert (s.source, s.cue, s.content) == ("Village elders", "put", "their own toll at more than 60 dead")
    s = only("The airline cancelled 40 flights, citing a shortage of pilots.")
    assert (s.source, s.cue, s.content) == ("The airline", "citing", "a shortage of pilots")
    s = only("The agency reported, citing two officials, that the talks had collapsed.")
    assert (s.cue, s.content) == ("reported", "the talks had collapsed")
    assert not attributed("The clinic tested a drug, called Zyntra, on 300 patients.")
    assert not attributed("Researchers used a device called the Q-meter in the trial.")
    assert only('The mayor called the plan "a disgrace".').cue == "called"


def test_organisations_without_an_organisation_word_and_documents():
    assert only("Rowing Ghana said the regatta was cancelled.").attribution_type == "institution"
    assert only("Forty people were hurt, the Danish Red Cross said.").attribution_type == "institution"
    assert only("Kopano Copper said output fell 8 percent.").attribution_type == "institution"
    found = attributed("Lerato Mokoena said output fell. It added that prices were low.")
    assert found[0].attribution_type == "institution"  # referred back to with "It"
    found = attributed("Anna Berg said the plan worked. The Anna Berg Foundation gave money.")
    assert found[0].attribution_type == "named_person"
    assert only("Thabo Nkosi said output fell 8 percent.").attribution_type == "named_person"
    assert only("The written decision said the appeal failed.").attribution_type == "document"
    assert only("An editorial in the Herald said the minister should resign.").attribution_type == "document"
    assert only("Kyrgyz authorities said the border crossing would reopen.").attribution_type == "anonymous"
    s = only("The vaccine halved infections, according to results of a large trial released on Saturday.")
    assert (s.source, s.attribution_type) == ("results of a large trial released on Saturday", "document")


def test_the_addressee_of_telling_is_not_content():
    s = only("The governor visited the dam, telling local radio it would hold.")
    assert (s.source, s.cue, s.content) == ("The governor", "telling", "it would hold")
    assert only("She told state television the army had withdrawn.").content == "the army had withdrawn"


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ("Witnesses said at least 30 people were killed in the blast.", "Witnesses"),
        ("An eyewitness told reporters the car exploded.", "An eyewitness"),
        ("Bystanders said the gunman fired twice.", "Bystanders"),
    ],
)
def test_witnesses_are_unnamed_people_not_an_institution(sentence, source):
    s = only(sentence)
    assert (s.source, s.attribution_type) == (source, "anonymous")


def test_an_outlet_citing_unnamed_sources_rests_on_those_sources():
    s = only("The newspaper, citing two officials familiar with the talks, said the deal was close.")
    assert (s.source, s.cue, s.attribution_type) == ("two officials familiar with the talks", "said", "anonymous")
    named = only("Reuters, citing Health Minister Ana Ruiz, reported that 30 people died.")
    assert (named.source, named.attribution_type) == ("Reuters", "institution")  # a named person: the outlet stays


def test_they_after_unnamed_officials_is_the_same_unnamed_group():
    text = (
        "Two officials, speaking on condition of anonymity to discuss the talks, said the deal was close. "
        "They said 40 prisoners would be freed. The ministry said the bridge was safe. They said it cost $4m."
    )
    types = {s.content: s.attribution_type for s in suggest(text)}
    assert types["40 prisoners would be freed"] == "anonymous"
    assert types["it cost $4m"] == "institution"  # after an institution, "they" is the institution


@pytest.mark.parametrize(
    ("sentence", "source", "kind"),
    [
        ("The NDRRMC report on Saturday said 76 villages were affected.", "The NDRRMC report", "document"),
        ("Reports as of Wednesday said 300 vehicles had been damaged.", "Reports", "anonymous"),
        ("Data from the Gun Violence Archive showed 250 mass shootings this year.", None, "document"),
        ("Ana Ruiz of the ministry said 40 people died.", "Ana Ruiz of the ministry", "named_person"),
        ("Health Minister Veronika Skvortsova indicated on Monday 30 were trapped.", None, "named_person"),
    ],
)
def test_sources_of_unseen_news(sentence, source, kind):
    # kinds of error found on the Wikinews development half: a time in the source, "from" ending a
    # document's head, a person "of" an organisation, a cue the rules did not know
    s = only(sentence)
    assert s.attribution_type == kind and (source is None or s.source == source), s


def test_a_quantifier_makes_reports_a_noun_not_a_cue():
    s = only("Some reports suggest a deliberate criminal act.")
    assert (s.source, s.cue, s.attribution_type) == ("Some reports", "suggest", "anonymous")


def test_an_apposition_after_an_introductory_phrase_is_not_an_inverted_cue():
    s = only(
        "In a news report, Dr Gary Mortimer, retail expert at a university, said the stores fill the stock nightly."
    )
    assert (s.source, s.content) == (
        "Dr Gary Mortimer, retail expert at a university",
        "the stores fill the stock nightly",
    )


def test_organisations_that_look_like_names():
    text = (
        "Both Tesco and Salling announced the sale. Tesco said its Polish branch lost 24 million pounds. "
        "The Institute of Volcanology and Seismology (Phivolcs) said the quake struck at 7 p.m. "
        "The Manila Bulletin reported 30 houses collapsed. Manila Bulletin said 12 roads were closed."
    )
    kinds = {s.source: (s.attribution_type, s.speaker_name) for s in suggest(text)}
    assert kinds["Tesco"] == ("institution", "Tesco")  # not "Both Tesco", a person
    assert kinds["The Institute of Volcanology and Seismology (Phivolcs)"][0] == "institution"
    assert kinds["Manila Bulletin"][0] == "institution"


def test_more_cues_and_boundaries_of_unseen_news():
    promise = only("The governor has promised each victim will be paid one million rubles.")
    assert (promise.cue, promise.content, promise.checkworthy) == (
        "has promised",
        "each victim will be paid one million rubles",
        False,
    )
    ascribed = only("FSB sources have ascribed the explosion to terrorism.")
    assert (ascribed.source, ascribed.attribution_type) == ("FSB sources", "anonymous")
    day = only("On Saturday, reports said Wednesday's quake affected three regions.")
    assert day.content == "Wednesday's quake affected three regions"  # the day is the content's, not a time of the cue
    assert attributed("The total reported casualties increased to 167.") == []  # "reported" is an adjective here


def test_a_quoted_phrase_can_open_a_longer_statement():
    nested = [
        s
        for s in suggest('Znak.com reported its source said "three terrorists" were killed on Monday.')
        if s.cue == "said"
    ]
    assert [(s.content, s.source, s.quote_type) for s in nested] == [
        ('"three terrorists" were killed on Monday', "its source", "mixed")
    ]
    assert only('He said "we will win" and left.').content == "we will win"  # a quote, then his next act


def test_a_persons_apposition_is_part_of_the_source_and_fills_the_title():
    s = only("Sumeet Singh, a vice president at PG&E, said power would return by Friday.")
    assert (s.source, s.speaker_name, s.speaker_title) == (
        "Sumeet Singh, a vice president at PG&E",
        "Sumeet Singh",
        "vice president at PG&E",
    )
    thing = only("Airfleets, a database detailing aircraft, said the plane was 30 years old.")
    assert thing.source == "Airfleets"  # an organisation's or a document's description stays out


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ("On Friday Ford Motor Company announced it would recall 40,000 cars.", "Ford Motor Company"),
        ("Last week the ministry said 40 people died.", "the ministry"),
    ],
)
def test_a_time_opening_the_sentence_is_not_the_source(sentence, source):
    assert only(sentence).source == source


def test_media_and_times_around_a_source_are_left_out():
    assert only("ALDI, in a Facebook post, called the rules unfair.").source == "ALDI"
    assert only("Sales fell 4%, according to Gazeta Wyborcza in March.").source == "Gazeta Wyborcza"


@pytest.mark.parametrize(
    ("sentence", "content", "source", "cue"),
    [
        ("The airline apologized for delays caused by a software fault.", "delays caused by a software fault",
         "The airline", "apologized for"),
        ("The tenants' union disagreed with the council's housing figures.", "the council's housing figures",
         "The tenants' union", "disagreed with"),
        ("Investigators were attributing the blaze to a faulty heater.", "the blaze to a faulty heater",
         "Investigators", "were attributing"),
        ("The mayor posted a video asking for volunteers to fill sandbags.", "volunteers to fill sandbags",
         "The mayor", "asking for"),
        ("The regulator stressed that no customer data had been lost.", "no customer data had been lost",
         "The regulator", "stressed"),
    ],
)  # fmt: skip
def test_cues_with_a_noun_object_or_a_preposition_report_what_follows(sentence, content, source, cue):
    s = only(sentence)
    assert (s.content, s.source, s.cue) == (content, source, cue)


@pytest.mark.parametrize(
    "sentence",
    [
        "The driver was arrested and questioned for hours.",
        "Officers questioned the car's owner on Tuesday.",
        "The senate confirmed her on Friday after a long debate.",
        "The drug, a so-called biologic, costs $40,000 a year.",
        "The assault attributed to the gang left two men injured.",
    ],
)
def test_acts_that_share_a_cue_word_are_not_statements(sentence):
    assert not attributed(sentence)


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        ("The minister said in a letter to parliament that the dam would be finished by 2027.",
         "the dam would be finished by 2027"),
        ("The agency told Radio Kivu, a local station, that 40 homes had been destroyed.",
         "40 homes had been destroyed"),
        ('The coach said after the match, "We were simply outplayed."', "We were simply outplayed"),
        ("The ministry reported in early March, 40 flights had been cancelled.", "40 flights had been cancelled"),
        ("The port claimed, as of Friday, it had cleared the backlog.", "it had cleared the backlog"),
        ("The governor said yesterday morning the curfew would be lifted.", "the curfew would be lifted"),
        ("The mayor said at least 30 homes, including two schools, were flooded.",
         "at least 30 homes, including two schools, were flooded"),
        ("The agency reported on Monday a senior engineer had resigned.", "a senior engineer had resigned"),
    ],
)  # fmt: skip
def test_a_phrase_between_the_cue_and_that_or_a_quote_is_not_content(sentence, content):
    assert only(sentence).content == content


def test_according_to_keeps_the_apposition_of_its_source():
    s = only("According to the port's director, Lena Vos, 12 ships were delayed.")
    assert (s.content, s.source, s.attribution_type) == (
        "12 ships were delayed", "the port's director, Lena Vos", "named_person")  # fmt: skip
    s = only("Turnout fell to 41 percent, according to Omar Haddad, the commission's chairman.")
    assert (s.content, s.source) == ("Turnout fell to 41 percent", "Omar Haddad, the commission's chairman")
    s = only("According to the charity Aqua, whose boats joined the search, 90 people were rescued.")
    assert (s.content, s.source) == ("90 people were rescued", "the charity Aqua, whose boats joined the search")
    s = only("Crime fell 8 percent, according to a survey of 12,000 households.")
    assert (s.source, s.attribution_type) == ("a survey of 12,000 households", "document")


def test_per_introduces_a_source_like_according_to():
    s = only("Per the agreement, both sides will withdraw their troops by June.")
    assert (s.content, s.source, s.cue, s.attribution_type) == (
        "both sides will withdraw their troops by June", "the agreement", "Per", "document")  # fmt: skip
    assert not attributed("Fuel costs 2 dollars per litre and 9 dollars per gallon.")


def test_reporter_clauses_joined_by_a_semicolon_are_one_claim():
    text = "The ferry left port at noon; it sank two hours later off the cape."
    (s,) = run(text)
    assert (s.content, s.attribution_type) == ("The ferry left port at noon; it sank two hours later off the cape",
                                               "unattributed")  # fmt: skip
    (s,) = run("The fine was 5,000 euros (4,300 pounds; 5,400 dollars) and was paid in full by the firm.")
    assert s.content.endswith("was paid in full by the firm")
    found = run("The bridge was closed on Monday; engineers said cracks had been found in two piers.")
    assert [(s.content, s.attribution_type) for s in found] == [
        ("The bridge was closed on Monday", "unattributed"), ("cracks had been found in two piers", "official_title")]  # fmt: skip


def test_a_surname_or_a_non_ascii_name_is_a_person():
    text = "Governor Ana María Robles Ortega toured the levee. Robles said the levee held overnight."
    s = attributed(text)[0]
    assert (s.source, s.attribution_type, s.speaker_name) == ("Robles", "named_person", "Ana María Robles Ortega")
    s = only("Health Minister Łucja Nowak said the clinics would reopen on Monday.")
    assert (s.attribution_type, s.speaker_name) == ("named_person", "Łucja Nowak")
    s = attributed("Norvex Biologics opened a plant. Norvex said it would hire 200 staff.")[0]
    assert s.attribution_type == "institution"  # a company's first word, not a person's surname


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ("The decree issued by the council says shops must close at ten.", "The decree issued by the council"),
        ("CCTV captured the suspect leaving the bank at 2:10 a.m.", "CCTV"),
        ("An editorial published alongside the study warned that costs were rising.",
         "An editorial published alongside the study"),
        ("The national constitution stipulates the vice president takes over.", "The national constitution"),
    ],
)  # fmt: skip
def test_documents_and_recordings_are_typed_document(sentence, source):
    s = only(sentence)
    assert (s.source, s.attribution_type) == (source, "document")


def test_an_unauthorised_speaker_and_a_fear_are_anonymity_reasons():
    s = only("A police officer, who was not authorised to speak publicly, said the suspect had fled.")
    assert (s.source, s.attribution_type, s.anonymity_reason) == (
        "A police officer, who was not authorised to speak publicly", "anonymous",
        "was not authorised to speak publicly")  # fmt: skip
    text = (
        "Two nurses who asked not to be named for fear of reprisals said wards were understaffed. "
        "One of them said shifts ran to 16 hours. A Western official said the ward would close."
    )
    reasons = [(s.source, s.anonymity_reason) for s in attributed(text)]
    assert reasons == [
        ("Two nurses who asked not to be named for fear of reprisals", "for fear of reprisals"),
        ("One of them", "for fear of reprisals"),
        ("A Western official", None),  # not drawn from the nurses
    ]
    but = only("But one trader, who asked not to be named because he is not allowed to comment, said prices fell.")
    assert (but.attribution_type, but.anonymity_reason) == ("anonymous", "because he is not allowed to comment")
    assert only("Most analysts had forecast a smaller rise.").attribution_type == "anonymous"


def test_a_new_clause_after_an_object_or_a_named_subject_is_the_reporters():
    found = run("Analysts had forecast a small rise, and the currency fell 2% after the decision.")
    assert [(s.content, s.attribution_type) for s in found] == [
        ("a small rise", "anonymous"), ("the currency fell 2% after the decision", "unattributed")]  # fmt: skip
    found = run("The school announced classes would resume on Monday, while Mayor Ito closed the pools for a week.")
    assert [s.content for s in found] == ["classes would resume on Monday", "Mayor Ito closed the pools for a week"]


def test_an_inverted_source_keeps_its_apposition_and_a_mixed_case_dateline_is_dropped():
    s = only('"The results are encouraging," said Dr. Ama Mensah, a virologist at the institute who led the trial.')
    assert s.source == "Dr. Ama Mensah, a virologist at the institute who led the trial"
    s = only("NAIROBI, Kenya — Floods displaced 3,000 people in the west, officials said.")
    assert s.content == "Floods displaced 3,000 people in the west"


def test_a_report_by_a_named_author_framing_the_sentence_is_its_source():
    text = "In a Kyiv Post report, the mayor said 40 schools had reopened."
    found = attributed(text)
    assert [(s.content, s.source, s.cue, s.attribution_type) for s in found] == [
        ("the mayor said 40 schools had reopened", "a Kyiv Post report", "In", "document"),
        ("40 schools had reopened", "the mayor", "said", "official_title"),
    ]
    s = only("In a survey of the ministry, 12 of the 30 bridges needed repairs.")
    assert (s.content, s.source, s.attribution_type) == (
        "12 of the 30 bridges needed repairs", "a survey of the ministry", "document")  # fmt: skip
    assert not attributed("In a statement on Monday, nothing else was added.")  # a medium, not an author


# Kinds of error found on the Wikinews development sets (blind-2 once scored, dev, blind): each test is on invented
# sentences and pins the general rule, not a sentence of those sets.
def test_a_bare_plural_of_an_unnamed_group_is_anonymous():
    assert only("Investigators said the engine failed shortly after take-off.").attribution_type == "anonymous"
    s = only("Emergency workers have indicated a criminal inquiry is under way.")
    assert (s.source, s.cue, s.attribution_type) == ("Emergency workers", "have indicated", "anonymous")
    assert only("Unnamed industry experts called the price dubious.").attribution_type == "anonymous"
    # a role speaking in its capacity, or a group identified by its employer, stays on record
    assert only("Analysts at the bank said the rate would rise.").attribution_type == "official_title"
    assert only("Prosecutors said the driver had been drinking.").attribution_type == "official_title"


@pytest.mark.parametrize(
    "sentence",
    [
        "His associates have alleged the minister was poisoned.",
        "Friends of Tom Reed said he had left the country.",
        "Ruiz's former colleagues said the report was buried.",
        "Their neighbours said the house had been empty for weeks.",
    ],
)
def test_people_known_only_by_their_tie_to_a_named_person_are_anonymous(sentence):
    s = only(sentence)
    assert (s.attribution_type, s.speaker_name) == ("anonymous", None), s


def test_a_report_no_one_is_named_as_writing_is_an_unnamed_source():
    for sentence in (
        "A report alleged the mayor took bribes.",
        "According to a recent report, the mayor took bribes.",
        "Preliminary investigations suggest the pilot was at fault.",
    ):
        assert only(sentence).attribution_type == "anonymous", sentence
    # a named author, or a named report, keeps it a document
    assert only("A report by the WHO said cases rose.").attribution_type == "document"
    assert only("A UN report said cases rose.").attribution_type == "document"
    assert only("The report said cases rose.").attribution_type == "document"


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Al Jazeera reported the talks had failed.", "institution"),  # an outlet whose name reads like a person's
        ("Deutsche Welle reported the talks had failed.", "institution"),
        ("Al Gore said the climate was changing.", "named_person"),
        ("Republic Act No. 3846 states no station may broadcast without a licence.", "document"),
        ("The National Flood Recovery Appeal lists children as the most affected.", "document"),
        ("The Court of Appeal ruled that the ban was lawful.", "institution"),
    ],
)
def test_names_that_read_like_a_person_but_are_an_outlet_or_a_document(sentence, kind):
    assert only(sentence).attribution_type == kind


def test_a_reporter_of_an_outlet_as_the_addressee_is_not_the_content():
    s = only('One resident told Ann Lee of WESH 2 news, "We are used to it."')
    assert (s.source, s.cue, s.content, s.attribution_type) == (
        "One resident",
        "told",
        "We are used to it",
        "anonymous",
    )
    assert only('Jones told Ann Lee of the Times, "The port will close."').content == "The port will close"


@pytest.mark.parametrize(
    "sentence",
    [
        "The agency has issued a flash flood warning covering the coast from Gulfport to New Orleans.",  # the notice
        "Information leaked included photos, friend and group lists, and interests.",  # a plural noun in a list
        "Tom Reed died in May, with no cause of death confirmed yet by the examiner.",  # "with X confirmed": no source
        "The storm killed 62, including, according to government reports, 54 children.",  # not "according to government"
    ],
)
def test_nouns_and_adverbials_that_look_like_a_source_and_cue_give_none(sentence):
    assert all(
        s.source not in {"flood", "with no cause of death", "according to government"} for s in suggest(sentence)
    )
    assert not [s for s in attributed(sentence) if s.cue in {"warning", "lists", "confirmed", "reports"}]


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        (
            "Yesterday the Search and Rescue Agency told reporters it was ending its search.",
            "the Search and Rescue Agency",
        ),
        ("Another adviser, Sebastian Gorka, urged supporters to remain hopeful.", "Another adviser, Sebastian Gorka"),
        (
            'Republic Act No. 3846, also known as the "Radio Control Law", states that no one may broadcast.',
            'Republic Act No. 3846, also known as the "Radio Control Law"',
        ),
        ("Miller and Smith both said the transponder was off.", "Miller and Smith"),
        ("The station closed, which they've said was due to a lack of airtime.", "they"),
    ],
)
def test_a_source_span_is_the_source_only(sentence, source):
    assert [s.source for s in attributed(sentence)] == [source]


def test_neighbours_and_warnings():
    s = only("Neighbors told CBS station KDKA-TV that the area is usually quiet.")  # an outlet named after its kind
    assert (s.source, s.content, s.attribution_type) == ("Neighbors", "the area is usually quiet", "anonymous")
    assert only("The warnings called for gale force winds and heavy rain.").attribution_type == "document"
    assert only('"Heavy rain is expected," read the warning.').attribution_type == "document"


def test_a_second_predicate_with_a_modal_goes_on_with_the_content():
    s = only("He said many areas lost water and power, and might not get them back for weeks.")
    assert s.content == "many areas lost water and power, and might not get them back for weeks"
    found = suggest("He said the areas lost power, and they might not get it back.")  # a subject of its own
    assert [x.content for x in found] == ["the areas lost power", "they might not get it back"]


def test_speculated_is_a_reporting_cue():
    s = only("Chinese authorities have speculated the virus came from a market.")
    assert (s.source, s.cue, s.content) == ("Chinese authorities", "have speculated", "the virus came from a market")


def test_reports_and_groups_with_a_plural_present_cue():
    s = only("Reports indicate the second car may have hit the barrier.")
    assert (s.source, s.cue, s.content, s.attribution_type) == (
        "Reports", "indicate", "the second car may have hit the barrier", "anonymous")  # fmt: skip
    s = only("Officials would confirm the figures later, the agency said.")
    assert (s.source, s.content) == ("the agency", "Officials would confirm the figures later")  # a modal: no cue


def test_naming_with_a_time_before_as_is_a_report():
    s = only("Reports named him on Sunday as a local teacher, Tom Reed.")
    assert (s.source, s.cue, s.attribution_type) == ("Reports", "named", "anonymous")
    assert s.content == "him on Sunday as a local teacher, Tom Reed"
    assert not attributed("The Senate confirmed him on Tuesday by a vote of 52 to 48.")


def test_unnamed_reports_citing_unnamed_sources_give_a_claim_to_each():
    found = attributed("Reports citing sources within the party have indicated the leader will resign.")
    assert [(s.source, s.cue, s.content, s.attribution_type) for s in found] == [
        ("Reports", "have indicated", "the leader will resign", "anonymous"),
        ("sources within the party", "citing", "the leader will resign", "anonymous"),
    ]
    found = attributed("Reports, citing two aides, said the leader will resign.")
    assert {s.source for s in found} == {"Reports", "two aides"}


def test_a_title_alone_refers_back_to_the_person_named_with_it():
    text = "Foreign Minister Ana Ruiz spoke in Lima. The foreign minister said the talks would resume in May."
    s = only(text)
    assert (s.attribution_type, s.speaker_name) == ("named_person", "Ana Ruiz")
    text = (
        "The paper interviewed Tom Reed, the city's police commissioner. The commissioner stated the loan was repaid."
    )
    s = only(text)
    assert (s.source, s.attribution_type, s.speaker_name) == ("The commissioner", "named_person", "Tom Reed")
    text = "Floods hit the region of Lao Cai, the minister said. The minister said 30 were missing."
    assert {s.attribution_type for s in attributed(text)} == {"official_title"}  # a place is not a person


@pytest.mark.parametrize(
    ("sentence", "source", "name", "title"),
    [
        ("Kamloops RCMP Constable Gary Gray said the drug was potent.", None, "Gary Gray", "Kamloops RCMP Constable"),
        ("Party president Chakrapani said cows are sacred.", None, "Chakrapani", "president"),
        (
            "Energy expert and former security official, Avi Idan, said the pipeline is unrealistic.",
            "Energy expert and former security official, Avi Idan",
            "Avi Idan",
            None,
        ),
        (
            "The head of the city's fire service, Neil Basu, on Sunday said the fire was contained.",
            "The head of the city's fire service, Neil Basu",
            "Neil Basu",
            None,
        ),
        ("Arnel dela Vega of the army said the rebels had fled.", None, "Arnel dela Vega", None),
        ("Ursula von der Leyen said the deal was done.", None, "Ursula von der Leyen", None),
    ],
)
def test_titles_and_appositions_before_a_name_stay_with_the_person(sentence, source, name, title):
    s = only(sentence)
    assert (s.attribution_type, s.speaker_name) == ("named_person", name), s
    assert source is None or s.source == source
    assert title is None or s.speaker_title == title


def test_a_first_name_after_a_titled_full_name_is_that_person():
    found = attributed(
        "Aviation Minister Hardeep Singh Puri said 18 died. Hardeep also stated both recorders were found."
    )
    assert [(s.source, s.attribution_type, s.speaker_name) for s in found] == [
        ("Aviation Minister Hardeep Singh Puri", "named_person", "Hardeep Singh Puri"),
        ("Hardeep", "named_person", "Hardeep Singh Puri"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Agence France-Presse reported as many as 32 were hospitalised.",
        "In Cyprus, the ruling Democratic Rally hailed the pipeline as a national success.",
        "The Directorate General of Civil Aviation said the aircraft broke into two pieces.",
    ],
)
def test_names_of_bodies_are_not_people(sentence):
    assert only(sentence).attribution_type != "named_person"


def test_a_passive_report_with_its_agent():
    s = only("The victim was identified as Jo Lee by a police spokesperson.")
    assert (s.content, s.source, s.cue, s.attribution_type) == (
        "The victim was identified as Jo Lee", "a police spokesperson", "identified", "official_title")  # fmt: skip
    s = only("The ministers were reported by local media to have left the city before dawn.")
    assert (s.content, s.source, s.cue) == (
        "The ministers were reported by local media to have left the city before dawn", "local media", "reported")  # fmt: skip
    assert not attributed("The bridge was built by the army in 1990.")
    assert not attributed("The damage was estimated by 5 percent.")


def test_a_relative_clause_after_a_name_is_not_part_of_the_source():
    s = only("Beto Ruiz, who was a candidate in the primary, announced the end of his campaign.")
    assert s.source == "Beto Ruiz"
    s = only("A local official in Bat Xat, who asked not to be named, said the road was closed.")
    assert s.source == "A local official in Bat Xat, who asked not to be named"


def test_according_to_a_source_who_said_more_gives_two_claims():
    found = attributed("The fire began before midnight, according to police, who said officers arrived minutes later.")
    assert [(s.content, s.source, s.cue) for s in found] == [
        ("The fire began before midnight", "police", "according to"),
        ("officers arrived minutes later", "police", "said"),
    ]


def test_an_inverted_group_source():
    s = only("Ten people died, said police.")
    assert (s.content, s.source, s.attribution_type) == ("Ten people died", "police", "institution")
    text = (
        "A gunman shot shoppers at a store, with the toll rising to 22 on Monday, reported officials, with 25 injured."
    )
    s = only(text)
    assert (s.source, s.attribution_type) == ("officials", "anonymous")
    assert s.content == text[:-1]  # the attribution interrupts the statement


def test_a_clock_time_with_its_zone_does_not_end_a_sentence():
    s = only("The plane crashed at 9:54 a.m. ET (1354 UTC) during landing, according to officials.")
    assert s.content == "The plane crashed at 9:54 a.m. ET (1354 UTC) during landing"
    s = only("The agency counted 90 cases before 10 a.m. Central European Time on Monday, it reported.")
    assert s.content.endswith("Central European Time on Monday")


def test_content_boundaries_around_cues():
    s = only('The chief said about the suspect: "His plans were clear in a notebook."')
    assert (s.content, s.quote_type) == ("His plans were clear in a notebook", "direct")
    s = only("On Sunday in Leeds, according to witnesses, a man entered a shop and began to shout.")
    assert s.content == "a man entered a shop and began to shout"
    (s,) = run("Meanwhile the safety board, usually present at such inquiries, was absent.")
    assert s.content == "the safety board, usually present at such inquiries, was absent"
    s = only("Its source said that apartment's tenant moved in a day before the blast.")
    assert s.content == "that apartment's tenant moved in a day before the blast"  # "that" is a determiner here


def test_asides_between_source_and_cue():
    s = only("The ministry has, in a statement, called on drivers to slow down in the snow.")
    assert (s.source, s.cue, s.content) == ("The ministry", "called on", "drivers to slow down in the snow")
    s = only('Police shot him at 14:00 in what the police declared a "terrorist" attack.')
    assert (s.source, s.cue, s.content) == ("the police", "declared", 'a "terrorist" attack')


def test_a_participle_after_while_continues_the_speaker():
    found = attributed("The union called the plan costly, while noting the jobs were needed.")
    assert [(s.source, s.cue, s.content) for s in found] == [
        ("The union", "called", "the plan costly"), ("The union", "noting", "the jobs were needed")]  # fmt: skip


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        ("The premier underlined that the talks remain open.", "underlined"),
        ("Residents have criticized the council's slow response.", "have criticized"),
        ("The party hailed the vote as a victory for democracy.", "hailed"),
    ],
)
def test_more_statement_verbs(sentence, cue):
    assert only(sentence).cue == cue


def test_by_reports_is_a_prepositional_cue():
    s = only("By early reports, 30 people were injured in the blast.")
    assert (s.source, s.cue, s.content, s.attribution_type) == (
        "early reports", "By", "30 people were injured in the blast", "anonymous")  # fmt: skip


def test_referring_to_someone_as_a_quoted_label():
    s = only('Local authorities referred to him as "the Baker".')
    assert (s.source, s.cue, s.content, s.attribution_type) == (
        "Local authorities",
        "referred",
        "the Baker",
        "anonymous",
    )


def test_an_outlet_citing_a_source_that_gives_a_claim_to_each():
    found = attributed("The Herald cited a security source that the fire had been set deliberately.")
    assert [(s.source, s.cue, s.content, s.attribution_type) for s in found] == [
        ("The Herald", "cited", "the fire had been set deliberately", "institution"),
        ("a security source", "cited", "the fire had been set deliberately", "anonymous"),
    ]


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("The Islamic State of Iraq and the Levant claimed responsibility for the blast.", "institution"),
        ("The Directorate General of Civil Aviation said the aircraft broke into two pieces.", "institution"),
        ("The Attorney General said the case was closed.", "official_title"),
    ],
)
def test_state_and_general_end_a_bodys_name_but_follow_a_title(sentence, kind):
    assert only(sentence).attribution_type == kind


def test_they_after_several_named_people_are_those_people():
    found = attributed("Officers Ann Roe and Tom Reed said they were innocent. They indicated they would appeal.")
    assert [s.attribution_type for s in found] == ["named_person", "named_person"]
    found = attributed("The ministry said the plan failed. They said it would be revised.")
    assert [s.attribution_type for s in found] == ["institution", "institution"]


def test_according_to_a_source_without_a_closing_comma_interrupts_the_statement():
    text = "Rescuers, working through the night, according to the ministry recovered at least ten survivors."
    s = only(text)
    assert (s.source, s.content) == ("the ministry", text[:-1])


def test_an_en_dash_inside_a_name_is_no_boundary():
    s = only("The Export–Import Bank president Okey Oramah said the fees were too high.")
    assert (s.source, s.speaker_name) == ("The Export–Import Bank president Okey Oramah", "Okey Oramah")


@pytest.mark.parametrize(
    "sentence",
    [
        "A neighbour called the police after the shots were heard.",  # a phone call
        "The outbreak claimed 600 lives in March.",  # a death toll
        "The decree requires the reporting of abuses to the authorities.",  # a gerund
    ],
)
def test_acts_that_look_like_reporting_verbs(sentence):
    assert not attributed(sentence)


@pytest.mark.parametrize(
    ("sentence", "cue", "content"),
    [
        ("The senator urged the agency to publish its audit.", "urged", "the agency to publish its audit"),
        ("The rapporteur encouraged the court to release the files.", "encouraged", "the court to release the files"),
        ("The council asked residents to boil their water.", "asked", "residents to boil their water"),
    ],
)
def test_a_request_reports_its_addressee_and_what_they_were_asked(sentence, cue, content):
    s = only(sentence)
    assert (s.cue, s.content) == (cue, content)


def test_asking_after_a_comma_goes_on_with_the_speaker():
    found = attributed('"We need more time," the mayor said, asking the board to be "patient."')
    assert [(s.cue, s.content) for s in found] == [
        ("said", "We need more time"),
        ("asking", 'the board to be "patient'),
    ]


def test_a_request_ends_where_the_speaker_does_something_else():
    found = run("Minister Ana Ruiz urged the company to reconsider and met its directors about the closure.")
    assert [(s.attribution_type, s.content) for s in found] == [
        ("named_person", "the company to reconsider"),
        ("unattributed", "met its directors about the closure"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Reporters asked about the delay at the border.",  # a question, not a request
        "Two miners who asked not to be named for fear of reprisals said the shaft was unsafe.",
        "The army has been encouraging firms to leave the region.",  # an ongoing campaign, not a statement
    ],
)
def test_asked_and_encouraging_without_a_request(sentence):
    assert all(s.cue not in {"asked", "encouraging", "has been encouraging"} for s in attributed(sentence))


def test_a_pronoun_after_an_abbreviation_opens_a_new_sentence():
    found = run("Arrests were made in Ohio, Texas and Washington, D.C. They also seized servers in Spain.")
    assert [s.content for s in found][0] == "Arrests were made in Ohio, Texas and Washington, D.C"
    assert all(s.source != "D.C. They" for s in found)


def test_an_aside_in_brackets_is_not_part_of_the_source():
    s = only('Mayor of Lisbon Ana Costa (no relation) wrote: "We are grateful to everyone who helped."')
    assert (s.source, s.attribution_type) == ("Mayor of Lisbon Ana Costa", "named_person")
    assert (s.speaker_name, s.speaker_title) == ("Ana Costa", "Mayor of Lisbon")
    assert only("The Port Safety Board (PSB) said the crane had failed.").source == "The Port Safety Board (PSB)"


@pytest.mark.parametrize(
    ("source", "name", "title"),
    [
        ("Mayor of Lyon Marc Dubois", "Marc Dubois", "Mayor of Lyon"),
        ("Minister of Foreign Affairs Ines Varga", "Ines Varga", "Minister of Foreign Affairs"),
        ("District Attorney Ellen R. Hart", "Ellen R. Hart", "District Attorney"),
    ],
)
def test_an_office_of_a_place_or_a_middle_initial_before_a_name(source, name, title):
    s = only(f"{source} said the inquiry would take a year.")
    assert (s.attribution_type, s.speaker_name, s.speaker_title) == ("named_person", name, title)


@pytest.mark.parametrize(
    "sentence",
    [
        "The coast guard called off its search late on Monday.",  # a phrasal verb
        "The governor declared a state of emergency on Friday.",  # a performative act
        "The mayor has declared Sunday a day of mourning.",
        "The council wrote to the ministry about the buses last week.",  # a letter sent: the act, not its content
        "Prices continued to rise in the spring.",
    ],
)
def test_more_acts_that_look_like_reporting_verbs(sentence):
    assert not attributed(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Listed US states as affected were Ohio, Utah and Iowa.",  # a plural noun after a proper modifier
        "The firm denied all claims that its drivers were underpaid.",  # "claims" after a quantifier is a noun
    ],
)
def test_plural_nouns_are_not_cues(sentence):
    assert all(s.cue not in {"states", "claims"} for s in attributed(sentence))


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Some members of opposition parties have claimed the ballots were forged.", "anonymous"),
        ("Criticism within the party has said the reform went too far.", "anonymous"),
        ("Critics say the dam will flood three villages.", "anonymous"),
        ("Some members of the Green Party have claimed the ballots were forged.", "institution"),
    ],
)
def test_unnamed_groups_and_criticism_are_anonymous_but_a_named_body_is_not(sentence, kind):
    assert only(sentence).attribution_type == kind


def test_a_group_drawn_from_after_an_abbreviation_keeps_its_type():
    found = attributed("Local officials said 40 homes were lost in Washington, D.C. They added that 12 people died.")
    assert [(s.source, s.attribution_type) for s in found] == [
        ("Local officials", "anonymous"),
        ("They", "anonymous"),
    ]


def test_reportedly_before_a_cue_gives_the_hedged_claim_and_the_report():
    found = run("The two agencies reportedly believe the minister ordered the raid in 2019.")
    assert [(s.attribution_type, s.cue) for s in found] == [("institution", "believe"), ("unattributed", "reportedly")]
    assert found[1].content == "The two agencies reportedly believe the minister ordered the raid in 2019"


def test_a_new_clause_after_however_or_a_closing_quote_ends_the_content():
    found = attributed(
        "The ministry denied all claims that the ship sank, however, a UN report later concluded it did."
    )
    assert [(s.source, s.content) for s in found] == [
        ("The ministry", "all claims that the ship sank"),
        ("a UN report", "it did"),
    ]
    found = attributed(
        'President Ana Belo said the fire was an "appalling tragedy" while Interior Minister Rui Sousa wrote he '
        "had ordered checks on all clubs."
    )
    assert [(s.source, s.content) for s in found] == [
        ("President Ana Belo", 'the fire was an "appalling tragedy'),
        ("Interior Minister Rui Sousa", "he had ordered checks on all clubs"),
    ]
    assert only("She said the plan, however, was flawed.").content == "the plan, however, was flawed"


def test_what_was_found_later_is_the_reporters_voice():
    found = run("Police said the man had carried a bomb, though it was later found to be a fake.")
    assert [(s.attribution_type, s.content) for s in found] == [
        ("institution", "the man had carried a bomb"),
        ("unattributed", "it was later found to be a fake"),
    ]


@pytest.mark.parametrize(
    ("sentence", "cue", "content"),
    [
        ("She informed the court she had no plans to leave.", "informed", "she had no plans to leave"),
        ('Ruiz continued, "And we will appeal."', "continued", "And we will appeal"),
        ("He credited the volunteers with saving the archive.", "credited", "the volunteers with saving the archive"),
    ],
)
def test_informed_continued_and_credited_report(sentence, cue, content):
    s = only(sentence)
    assert (s.cue, s.content) == (cue, content)


def test_time_openings_and_date_commas_are_not_source_boundaries():
    assert only("On Friday officials reported the toll rose to 12.").source == "officials"
    assert only("On Monday night the police said the road was shut.").source == "the police"
    s = only("According to a May 2, 2021 press release, the plant cut 90 jobs.")
    assert (s.source, s.attribution_type) == ("a May 2, 2021 press release", "document")


def test_a_quote_that_goes_on_with_a_relative_clause():
    s = only('She added, "no doors were locked" where the crew slept.')
    assert s.content == 'no doors were locked" where the crew slept'


def test_the_reporters_voice_splits_at_and_with_a_new_subject():
    found = run("The bridge was closed in May for repairs, and the ferry company ran two extra crossings a day.")
    assert [s.content for s in found] == [
        "The bridge was closed in May for repairs",
        "the ferry company ran two extra crossings a day",
    ]
    found = run("Their demands included new elections, lower fuel taxes, and a date set for the vote.")
    assert len(found) == 1


def test_a_source_after_and_opens_a_new_clause():
    found = run("Of the 900 who voted, 80% were in favour and on Friday the council announced the plan would go ahead.")
    assert [(s.source, s.content) for s in found] == [
        ("the council", "the plan would go ahead"),
        (None, "Of the 900 who voted, 80% were in favour"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "The bishop announced a new rule to mandate reporting abuse to the diocese.",
        "The board used the clause as a pretext for not reporting the losses to the regulator.",
    ],
)
def test_a_gerund_after_an_infinitive_or_a_preposition_is_no_cue(sentence):
    assert all(not s.cue.endswith("ing") for s in attributed(sentence))


def test_an_adverb_before_a_participle_still_continues_the_speaker():
    found = attributed('She said the levy "costs farmers 5 million," further saying, "We cannot afford it."')
    assert [(s.cue, s.content) for s in found] == [
        ("said", 'the levy "costs farmers 5 million'),
        ("saying", "We cannot afford it"),
    ]


def test_a_named_person_with_unnamed_officials_is_named():
    s = only("President Ana Roe and Chilean officials said the talks had failed.")
    assert (s.attribution_type, s.speaker_name) == ("named_person", "Ana Roe")


def test_identified_as_inside_the_subject_is_no_statement():
    assert not attributed("The driver, identified as Tom Reed, 41, was taken to hospital after the crash.")


def test_a_bracket_after_an_abbreviation_goes_on_with_the_sentence():
    s = only("The paper revealed that Norvane Kft. (Norvane Limited) bought the shipyard.")
    assert s.content == "Norvane Kft. (Norvane Limited) bought the shipyard"


@pytest.mark.parametrize(
    ("sentence", "cue", "content"),
    [
        ("The union funds the study, as it considers the mine to be unsafe.", "considers", "the mine to be unsafe"),
        ("Mayor Ana Roe thanked the crews for their swift response.", "thanked", "the crews for their swift response"),
    ],
)
def test_considers_and_thanked_report(sentence, cue, content):
    s = only(sentence)
    assert (s.cue, s.content) == (cue, content)


def test_a_noun_ending_in_ly_is_part_of_the_source():
    assert only("The daily revealed the minister had resigned.").source == "The daily"
    assert only("The weekly reported the mine would close.").source == "The weekly"


def test_a_place_that_the_content_goes_on_from_stays_in_it():
    s = only("The health secretary reported one more case in San Rafael village, where the air base staff live.")
    assert s.content == "one more case in San Rafael village, where the air base staff live"
    assert only("The party claimed victory shortly after midnight.").content == "victory"


def test_a_question_in_the_reporters_voice_is_no_claim():
    assert not run("And are there still 30 people on board the ferry that is on fire?")


def test_according_to_a_post_by_a_person_with_a_role():
    s = only("According to a Twitter post by Ann Cole, director of the Open Doors event, the tusk came from the hall.")
    assert (s.source, s.attribution_type) == (
        "a Twitter post by Ann Cole, director of the Open Doors event",
        "document",
    )
    assert s.content == "the tusk came from the hall"


def test_an_aside_after_an_inverted_source_and_a_bracketed_short_name():
    s = only('"We are grateful," said Mayor Ann Roe (no relation).')
    assert (s.source, s.attribution_type) == ("Mayor Ann Roe", "named_person")
    found = attributed(
        "The Union of Rural Workers (URW) has launched a petition, asking the state to respect the ruling."
    )
    assert [s.source for s in found] == ["The Union of Rural Workers (URW)"]


def test_on_last_weekday_after_a_cue_is_a_time_phrase():
    assert only("The producer said on last Wednesday it had run out of stock.").content == "it had run out of stock"


def test_a_phrase_before_the_name_without_a_comma_is_not_the_source():
    assert only("In the filing itself Norvane also wrote it had notified the regulator.").source == "Norvane"
    assert only("With the purchase Salvia said it seeks to grow in the south.").source == "Salvia"


def test_an_ed_cue_after_a_preposition_is_an_adjective():
    assert not attributed("Among reported incidents of fraud, the clerk was named in 2019 as a suspect in three cases.")


def test_reports_by_a_named_author_are_a_document():
    s = only("According to the reports by Kessler University, there are 142 cases in the province.")
    assert s.attribution_type == "document"


def test_a_possessive_report_with_its_date():
    s = only("According to the agency's situation report dated May 4, the flu claimed 210 lives.")
    assert (s.source, s.attribution_type) == ("the agency's situation report dated May 4", "document")
    assert s.content == "the flu claimed 210 lives"


def test_the_audience_after_a_cue_is_not_content():
    s = only("The surgeon, speaking at noon, said to journalists the patient was stable.")
    assert s.content == "the patient was stable"


def test_a_clause_with_its_own_subject_after_according_to_is_not_the_sources():
    found = run(
        "Spain had its hottest May since 1950, according to the weather office, and the region has been under alert."
    )
    assert [(s.source, s.content) for s in found] == [
        ("the weather office", "Spain had its hottest May since 1950"),
        (None, "the region has been under alert"),
    ]


def test_a_second_cue_of_the_same_subject_keeps_its_apposition():
    found = attributed(
        "Dr. Ana Roe, a cardiologist who was not involved, said the gain was real and noted it was small."
    )
    assert {s.source for s in found} == {"Dr. Ana Roe, a cardiologist who was not involved"}
    assert {s.speaker_title for s in found} == {"Dr."}


def test_a_plural_looking_cue_after_a_named_outlet():
    s = only('A leaked letter seen by Metro News says "the forms must be returned within ten days."')
    assert (s.source, s.cue, s.attribution_type) == ("A leaked letter seen by Metro News", "says", "document")
    assert not attributed("Early news reports of the fire were wrong about its cause.")


def test_an_opening_mark_typed_where_a_quote_closes():
    found = attributed(
        'He called it a "misguided decision.“ However, Governor Ann Roe said, "The museum did its best."'
    )
    assert [s.source for s in found] == ["He", "Governor Ann Roe"]


def test_a_caption_ending_in_its_image_credit_is_no_claim():
    found = run("Smoke over the harbour at dawn. Image: Ann Roe (photos).\n\nThe fire began at noon.")
    assert [s.content for s in found] == ["The fire began at noon"]


def test_a_time_between_a_with_source_and_its_participle_is_not_the_source():
    s = only("The vote was delayed, with the agency yesterday confirming on its website they were not coming.")
    assert (s.source, s.content) == ("the agency", "they were not coming")


def test_a_state_after_the_place_of_an_according_to_source():
    s = only("According to police in Springfield, Illinois, the suspect has been arrested twice before.")
    assert (s.source, s.content) == ("police in Springfield, Illinois", "the suspect has been arrested twice before")


@pytest.mark.parametrize(
    "text, source",
    [
        ("Jones, in remarks to The Local Herald, contended he would have won the race.", "Jones"),
        (
            "Late on Friday, the mayor of Springfield, in a statement delivered via her aides, announced the bridge "
            "would close.",
            "the mayor of Springfield",
        ),
    ],
)
def test_an_aside_naming_the_medium_between_source_and_cue(text, source):
    s = only(text)
    assert s.source == source
    assert not s.content.startswith(("Late", "Jones", "the mayor"))


def test_an_editors_bracketed_full_stop_ends_no_content():
    s = only('Ann Roe of the agency observed, "We have never seen a queue as long as this[.]"')
    assert s.content == "We have never seen a queue as long as this"


def test_an_infinitive_after_a_cue_keeps_its_to():
    s = only("She claimed to have paid the fine on the day it was issued.")
    assert s.content == "to have paid the fine on the day it was issued"


def test_bare_activists_and_witnesses_are_unnamed_groups():
    s = only("Local activists claimed the fire had been started on purpose.")
    assert (s.source, s.attribution_type) == ("Local activists", "anonymous")


def test_continued_after_a_closing_quote_attributes_the_quotes_around_it():
    found = attributed('"We are not done. We will win," Smith continued. "[W]e will build it. It is time."')
    assert [(s.source, s.cue, s.content) for s in found] == [
        ("Smith", "continued", "We are not done. We will win"),
        ("Smith", "continued", "[W]e will build it. It is time"),
    ]
    assert not attributed("Prices continued.")


def test_a_relative_cue_after_a_name_inside_the_reporters_clause():
    found = run("The tour included the farm of Mayor Ann Roe, who told the press her cousin needed a loan.")
    assert [(s.source, s.cue, s.content) for s in found] == [
        ("Mayor Ann Roe", "told", "her cousin needed a loan"),
        (None, None, "The tour included the farm of Mayor Ann Roe"),
    ]


@pytest.mark.parametrize(
    "text, source, cue",
    [
        ('Senator Ann Green spoke on local radio, "This is a mistake. It will cost us."', "Senator Ann Green", "spoke"),
        (
            'Mayor Ann Green, also on the radio, defended her plan: "We will build it. It is time."',
            "Mayor Ann Green",
            "defended",
        ),
    ],
)
def test_a_statement_act_before_a_quote_is_a_cue(text, source, cue):
    s = only(text)
    assert (s.source, s.cue, s.content) == (source, cue, s.content.lstrip('"'))
    assert s.content.startswith(("This", "We"))


def test_a_statement_act_with_no_quote_is_no_cue():
    assert not attributed("Ann Green spoke at the rally on Monday, and firefighters responded to the blaze.")


def test_a_participle_after_a_subordinator_has_the_main_clauses_subject():
    s = only("When announcing the plan on Monday, Mayor Ann Roe said the port would open in May.")
    assert (s.source, s.cue, s.content) == ("Mayor Ann Roe", "said", "the port would open in May")


@pytest.mark.parametrize(
    "text, source",
    [
        ("A number of Councillors criticised the budget as wasteful.", "A number of Councillors"),
        ("Several farming groups said the river had been diverted.", "Several farming groups"),
        ("One shopkeeper said the water reached his knees.", "One shopkeeper"),
        ("Other Liberals said the vote had been rigged.", "Other Liberals"),
        ("Multiple regional broadcasters reported that the dam had failed.", "Multiple regional broadcasters"),
    ],
)
def test_people_counted_but_not_named_are_anonymous(text, source):
    s = only(text)
    assert (s.source, s.attribution_type) == (source, "anonymous")


@pytest.mark.parametrize(
    "text, kind",
    [
        ("One farmer, Ana Roe, said the river had been diverted.", "named_person"),
        ("One study in the Lancet showed that the drug reduced deaths.", "document"),
        ("Several countries said the border would close.", "institution"),
    ],
)
def test_a_count_with_a_name_a_document_or_countries_is_not_anonymous(text, kind):
    assert only(text).attribution_type == kind


def test_generic_experts_and_forecasters_are_anonymous_and_trade_press_is_unnamed():
    assert only("Forecasters predict heavy rain in the north.").attribution_type == "anonymous"
    assert only("Experts said the bridge was unsafe.").attribution_type == "anonymous"
    assert only("Trade publications reported that the plant had closed.").attribution_type == "anonymous"


def test_officials_of_two_places_are_not_a_person():
    s = only("Dover and Kent County officials said the levees would hold.")
    assert (s.source, s.attribution_type) == ("Dover and Kent County officials", "anonymous")
    s = only("Donald Trump and Israeli officials said the talks had failed.")
    assert s.attribution_type == "named_person"


def test_a_surname_introduced_with_a_middle_initial_is_a_person():
    found = attributed("Agency head Ana B. Ruiz sent a letter on Monday. Ruiz said the decision was hers alone.")
    assert [(s.source, s.attribution_type, s.speaker_name) for s in found] == [("Ruiz", "named_person", "Ana B. Ruiz")]


def test_the_navy_is_an_institution():
    found = attributed("Four Navy ships are searching. The paper spoke to the Navy, who told it the report was false.")
    assert [(s.source, s.attribution_type) for s in found] == [("Navy", "institution")]


def test_the_time_after_a_predicted_event_is_the_events():
    assert only("Meteorologists predict landfall Saturday morning.").content == "landfall Saturday morning"
    assert only("The party claimed victory on Monday.").content == "victory"


def test_the_website_speaking_is_the_outlet_but_a_bodys_website_is_a_document():
    found = attributed("VesselTrack listed the ship near the port. The website noted the signal was weak.")
    assert [(s.source, s.attribution_type) for s in found][-1] == ("The website", "institution")
    assert only("The ministry's website showed that the border was closed.").attribution_type == "document"


def test_a_body_named_survey_or_post_is_an_institution_and_a_named_database_a_document():
    assert only("The U.S. Geological Survey said the quake was shallow.").attribution_type == "institution"
    assert only("The Canadian Public Health Infobase shows 300 deaths in May.").attribution_type == "document"


@pytest.mark.parametrize(
    "text, name",
    [
        ("Hungarian daily newspaper Magyar Nemzet reported a deal had been signed.", "Magyar Nemzet"),
        ("The weekly magazine Der Spiegel reported the plan had failed.", "Der Spiegel"),
    ],
)
def test_a_name_after_an_outlet_noun_is_the_outlet(text, name):
    s = only(text)
    assert (s.attribution_type, s.speaker_name) == ("institution", name)


@pytest.mark.parametrize(
    "text, cue, content",
    [
        ("An autopsy determined the horse had been poisoned.", "determined", "the horse had been poisoned"),
        ("The mayor vowed to rebuild the bridge by May.", "vowed", "to rebuild the bridge by May"),
        ("Analysts projected a deficit of 3% for next year.", "projected", "a deficit of 3% for next year"),
    ],
)
def test_cues_of_a_finding_a_vow_or_a_projection(text, cue, content):
    s = only(text)
    assert (s.cue, s.content) == (cue, content)


def test_first_before_a_cue_is_an_adverb_after_a_name_and_an_adjective_after_the():
    assert only("Ana Roe first said the deal was done.").source == "Ana Roe"
    assert not attributed("The first reported case was in May.")


@pytest.mark.parametrize(
    "text, content",
    [
        ("The ministry placed the death toll at 45.", "the death toll at 45"),
        ("Officials put the cost of the damage at $3 million.", "the cost of the damage at $3 million"),
        ("Police suspect the attackers had been radicalised online.", "the attackers had been radicalised online"),
    ],
)
def test_an_estimate_placed_at_a_figure_and_a_suspicion_are_claims(text, content):
    assert only(text).content == content


@pytest.mark.parametrize(
    "text",
    [
        "She placed a wreath at the memorial.",
        "Police suspected arson.",
        "The detained suspect's name was withheld.",
        "Last week one suspect was arrested.",
    ],
)
def test_placing_things_and_a_suspect_are_no_cues(text):
    assert not attributed(text)


def test_too_after_a_pronoun_is_not_the_source():
    found = attributed("Ana Roe said the deal was off. He too said the pumps had been tampered with.")
    assert [(s.source, s.speaker_name) for s in found][-1] == ("He", "Ana Roe")
