"""Extraction on the real model, one plain sentence per kind of fact the spec asks for."""
from __future__ import annotations

import dataclasses

import pytest

from kg.analyse import analyse
from kg.extract import extract
from kg.records import Extraction

pytestmark = pytest.mark.slow


def run(text: str, date: str | None = "2024-06-05") -> Extraction:
    return extract(analyse(text), article_date=date)


def test_a_lawsuit_with_plaintiff_defendant_and_date(nlp):
    found = run("Getty Images sued Stability AI in London on Monday.")
    assert {("Getty Images", "Company"), ("Stability AI", "Company")} <= {(e.label, e.category) for e in found.entities}
    [lawsuit] = [e for e in found.events if e.type == "Lawsuit"]
    assert (lawsuit.agents, lawsuit.targets, lawsuit.date, lawsuit.modality) == (
        ("getty-images",), ("stability-ai",), "2024-06-03", "asserted")
    assert [ev.text for ev in lawsuit.evidence] == ["Getty Images sued Stability AI in London on Monday."]


def test_a_title_before_a_name_gives_leads(nlp):
    found = run("Amazon CEO Andy Jassy raised concerns with the White House.")
    assert ("Andy Jassy", "Person") in {(e.label, e.category) for e in found.entities}
    assert ("leads", "andy-jassy", "amazon") in {(r.predicate, r.subject, r.object) for r in found.relations}


def test_a_possessed_model_gives_develops(nlp):
    found = run("OpenAI released a new version of OpenAI's ChatGPT.")
    assert ("ChatGPT", "AIModel") in {(e.label, e.category) for e in found.entities}
    assert ("develops", "openai", "chatgpt") in {(r.predicate, r.subject, r.object) for r in found.relations}


def test_what_a_party_says_is_a_claim_not_a_fact(nlp):
    found = run("Anthropic said the government's actions were retaliatory.")
    [claim] = found.claims
    assert (claim.speaker, claim.cue, claim.content) == ("anthropic", "say", "the government's actions were retaliatory")
    assert found.events == ()


def test_a_withdrawal_by_its_company(nlp):
    found = run("Microsoft took its chatbot Tay offline after users abused it.")
    assert [(e.type, e.agents) for e in found.events] == [("ModelWithdrawal", ("microsoft",))]
    assert ("Tay", "AIModel") in {(e.label, e.category) for e in found.entities}


def test_records_are_frozen_and_hold_no_spacy_objects(nlp):
    found = run("Getty Images sued Stability AI in London on Monday.")
    with pytest.raises(dataclasses.FrozenInstanceError):
        found.events[0].type = "Fine"  # type: ignore[misc]
    for record in (*found.entities, *found.events, *found.relations, *found.claims):
        for value in dataclasses.asdict(record).values():
            assert type(value).__module__ in ("builtins",), value


def test_a_company_spokesperson_speaks_for_the_company_the_story_is_about(nlp):
    text = ("The regulator said on Tuesday it had opened an inquiry into Halvard Systems. Halvard Systems pushed back. "
            '"We are confident the deal promotes competition," a company spokesperson said.')
    claims = extract(analyse(text)).claims
    assert any(c.speaker == "halvard-systems" and "confident" in c.content for c in claims)


def test_a_headline_is_no_ones_claim(nlp):
    text = ("Norway scraps chip rule, warns companies off Zentel chips\n\n"
            "OSLO, May 14 - Norway's trade ministry said on Tuesday it had scrapped the rule.")
    claims = extract(analyse(text)).claims
    assert claims and not any("warns" in c.evidence[0].text for c in claims)


def test_a_speaker_who_reports_and_praises_does_both(nlp):
    text = ("Its chief executive, Ola Brandt, told reporters on Wednesday that Norwegian export controls had been a "
            "failure and praised Prime Minister Jonas Lie for scrapping the rule. He said sales had fallen.")
    found = extract(analyse(text))
    speakers = {c.speaker for c in found.claims}
    assert speakers == {"ola-brandt"}
    assert any(e.type == "Deregulation" and e.agents == ("jonas-lie",) for e in found.events)


def test_review_findings_stay_fixed(nlp):
    """Wrong facts a review found in this session's rules, each on its own sentence."""
    def run(text):
        return extract(analyse(text))

    # a body whose name ends in a title word is still a body
    assert "european-court-of-justice" in {k for e in run("The European Court of Justice fined Apple.").events for k in e.agents}
    # a second verb joined to a reported clause is no quotation of its own
    claims = run("China said the rules were an abuse, and called on the United States to correct its mistakes.").claims
    assert not any(c.content.startswith("China said") for c in claims)
    # a chief who is not an officer is not the story company's by default
    text = ("OpenAI sued Google. OpenAI said it would win. OpenAI added that the case was strong. "
            "Chief Economist Jane Doe said the case was important.")
    assert not any(r.subject == "jane-doe" for r in run(text).relations)
    # a spokesperson is not a member of the body they talk about
    found = run("Apple said it would comply. Spokesperson Fred Sainz said Google was wrong.").relations
    assert not any(r.subject == "fred-sainz" and r.object == "google" for r in found)
    # a newsroom asking for comment is no appeal
    assert not any(e.type == "PublicAppeal" for e in run("Reuters asked Apple to comment, but the company declined.").events)
    # "a US lawsuit" is not a suit the government brought
    assert not any(e.type == "Lawsuit" and "united-states" in e.agents for e in run("Stability AI faces a US lawsuit.").events)
    # "the other company" is not the last subject
    claims = run("OpenAI sued Microsoft. The other company said it would appeal.").claims
    assert not any(c.speaker == "openai" and "appeal" in c.content for c in claims)
    # an embassy named by no country makes no entity that every country's embassy would share
    keys = {e.key for e in run("Its embassy in Washington said the rules were unfair.").entities}
    assert "embassy-in-washington" not in keys
    # the acronym of a law's name, whatever comes before it
    keys = {e.key for e in run("The EU Digital Markets Act took effect. Apple said the DMA would hurt users.").entities}
    assert "dma" not in keys


def test_a_body_named_with_and_before_its_head_word_is_one_name(nlp):
    found = run("The Chilean Telecommunications and Digital Services Commission fined Orvane Inc. on Monday. "
                "Orvane Inc. and Quillt Technology signed a deal.")
    keys = {e.key: e.category for e in found.entities}
    assert keys.get("chilean-telecommunications-and-digital-services-commission") == "GovernmentBody", keys
    # two companies joined by "and" stay two
    assert "quillt-technology" in keys and "orvane-inc" in keys or "orvane" in keys


def test_a_body_named_with_a_possessive_before_its_head_word_keeps_it(nlp):
    found = run("The Porto Chief Public Prosecutor's Office said on Monday that it had opened an investigation into Orvane Inc. "
                "Its sister company, Quillt Technology, said Quillt's Office app was not affected.")
    keys = {e.key: e.category for e in found.entities}
    assert keys.get("porto-chief-public-prosecutor-office") == "GovernmentBody", keys
    assert not any("office" in k for k in keys if k.startswith("quillt")), keys
    assert any(e.type == "Investigation" and e.agents == ("porto-chief-public-prosecutor-office",) and "orvane-inc" in e.targets
               for e in found.events)


def test_a_league_is_an_organisation_not_the_company_of_the_story(nlp):
    found = run("The Digital Freedom League criticised Orvane Inc. on Monday.")
    assert {e.key: e.category for e in found.entities}.get("digital-freedom-league") == "Organization"


def test_typing_from_heads_and_modifiers(nlp):
    found = run("Ana Lopes, director of the privacy rights group Datavault, said the National Algorithm Review Board "
                "had ignored the Green Futures Party. Deputy Commissioner Rui Costa disagreed.")
    keys = {e.key: e.category for e in found.entities}
    assert keys.get("datavault") == "Organization", keys
    assert keys.get("national-algorithm-review-board") == "GovernmentBody", keys
    assert keys.get("green-futures-party") == "Organization", keys
    assert "deputy-commissioner" not in keys and keys.get("rui-costa") == "Person", keys


def test_the_platform_x_before_a_full_stop_is_the_company(nlp):
    found = run("Gonzalo Ruiz wrote on X. Several users agreed with him.")
    keys = {e.key: e.category for e in found.entities}
    assert keys.get("x") == "Company", keys
    assert not any("several" in k for k in keys), keys


def test_a_lower_case_word_ends_a_name_the_ner_ran_across_it(nlp):
    found = run("Lumora, Quillt sue Korvex in Lisbon over news archive")
    assert not any(" sue " in e.label for e in found.entities), [e.label for e in found.entities]


def test_names_the_ner_took_for_places_or_dates(nlp):
    found = run("Zentara, a Paris-based AI start-up, released Lumi 3 on Monday. The launch came on March 3.")
    keys = {e.key: e.category for e in found.entities}
    assert keys.get("zentara") == "Company" and keys.get("lumi-3") == "AIModel", keys
    assert ("develops", "zentara", "lumi-3") in {(r.predicate, r.subject, r.object) for r in found.relations}
    # a place before "-based" stays a place
    found = run("The Santa Clara, California-based chipmaker said it would comply.")
    assert not any("santa" in e.key for e in found.entities)


def test_what_a_clause_says_of_a_name_types_it(nlp):
    # "which" is said of no person, "whose chief executive" of a company; the NER took both for persons
    found = run("The most contested case involves Rytr, which sells an AI writing assistant. Rytr did not respond.")
    assert {e.key: e.category for e in found.entities}.get("rytr") == "Company"
    found = run("LawBotNow, whose chief executive is Joshua Brand, agreed to pay $193,000 to settle charges.")
    keys = {e.key: e.category for e in found.entities}
    assert keys.get("lawbotnow") == "Company" and keys.get("joshua-brand") == "Person", keys


def test_a_coined_name_the_ner_missed_that_acts_is_a_company_and_one_word_is_not(nlp):
    found = run("SellMore agreed to pay $2 million to settle charges.")  # no NER label
    assert {e.key: e.category for e in found.entities}.get("sellmore") == "Company"
    found = run("The film starred Gru and the Minions.")  # one capitalised word each, no NER label
    assert not {"gru", "minions"} & {e.key for e in found.entities}


def test_the_ner_stopping_inside_a_title_leaves_the_company_name(nlp):
    found = run('"This was simple to find," Wiz Chief Technology Officer Ami Luttwak said.')
    keys = {e.key: e.category for e in found.entities}
    assert keys.get("wiz") == "Company" and "wiz-chief-technology" not in keys, keys
    assert ("memberOf", "ami-luttwak", "wiz") in {(r.predicate, r.subject, r.object) for r in found.relations}


def test_a_hyphenated_given_name_is_one_name(nlp):
    found = run("Its chief executive, Kim Jong-yoon, defended the chatbot. Park Sang-hoon of the regulator disagreed.")
    keys = {e.key: e.category for e in found.entities}
    assert keys.get("kim-jong-yoon") == "Person" and keys.get("park-sang-hoon") == "Person", keys


def test_organization_heads_a_name_and_a_title_the_ner_ran_into_is_cut(nlp):
    found = run("The ruling broke World Trade Organization rules. FCCPC Executive Vice Chairman Tunji Bello welcomed it.")
    keys = {e.key: e.category for e in found.entities}
    assert keys.get("world-trade-organization") == "Organization", keys
    assert not any("executive" in k for k in keys) and keys.get("tunji-bello") == "Person", keys


def test_a_name_listed_with_companies_is_a_company(nlp):
    found = run("He warned that technology from partners such as Microsoft, Dell and OpenAI could be diverted.")
    assert {e.key: e.category for e in found.entities}.get("dell") == "Company"


def test_a_family_name_first_is_a_short_form_too(nlp):
    found = run("Lin Qiao, the ambassador, spoke on Monday. Lin said that officials were already talking.")
    assert [e.key for e in found.entities if e.category == "Person"] == ["lin-qiao"]
    assert {c.speaker for c in found.claims} == {"lin-qiao"}, found.claims


def test_adopting_a_resolution_issues_a_policy(nlp):
    found = run("The U.N. General Assembly has adopted by consensus a resolution calling for cooperation on AI.")
    assert any(e.type == "PolicyIssued" and e.agents for e in found.events), found.events


def test_a_works_title_in_quotes_names_no_one(nlp):
    found = run('The letter, titled "A Right to Warn about Advanced Artificial Intelligence," was signed by Yoshua Bengio.')
    assert [e.key for e in found.entities] == ["yoshua-bengio"]


def test_an_acronym_used_before_it_is_spelled_out_is_the_body(nlp):
    found = run('"We decided to suspend the features while we engage with the ANPD to address their questions," a '
                'Meta spokesperson said. Earlier this month the National Data Protection Authority (ANPD) suspended '
                'a new Meta privacy policy.')
    keys = {e.key: e.category for e in found.entities}
    assert "anpd" not in keys and keys.get("national-data-protection-authority") == "GovernmentBody", keys


def test_a_name_ending_in_a_lower_case_head_word_is_typed_by_it(nlp):
    found = run("Foreign ministry spokesman Lin Qiao told a regular briefing that China firmly opposed the measures.")
    keys = {e.key: e.category for e in found.entities}
    assert keys.get("foreign-ministry") == "GovernmentBody", keys


def test_a_country_named_only_to_say_whose_is_no_party(nlp):
    keys = {e.key for e in extract(analyse(
        "Corvane, a U.S. start-up, was fined on Tuesday by the Halden Data Authority, the largest penalty in US "
        "history.")).entities}
    assert "united-states" not in keys
    keys = {e.key for e in extract(analyse("U.S. officials said the Halden Data Authority had fined Corvane.")).entities}
    assert "united-states" in keys


def test_the_administration_of_a_leader_is_that_leader(nlp):
    found = extract(analyse("Brightwave is one of several U.S. technology groups facing pressure in Europe. The "
                            "administration of President Lia Brandt has accused the European Union of unfairly "
                            "targeting American companies."))
    assert {c.speaker for c in found.claims} == {"lia-brandt"}


def test_places_and_the_names_of_laws_are_no_actors(nlp):
    labels = {e.label for e in extract(analyse(
        "Corvane Inc. controls the data of users in the wider Nordic Economic Area (NEA), the company said. "
        "The caution on Capitol Hill mirrors that of large employers. Governor Lia Brandt signed the Ensuring "
        "Likeness Voice and Image Security Act, which updates the state's Protection of Personal Rights statute. "
        "The regulator acted under the Data Protection Act 2018.")).entities}
    assert labels & {"Nordic Economic Area", "NEA", "Capitol Hill", "Ensuring Likeness Voice", "Protection of Personal Rights",
                     "Data Protection Act 2018"} == set()
    assert "Corvane Inc." in labels


def test_a_countrys_body_described_then_named_beside_it_is_that_body(nlp):
    found = extract(analyse(
        "Earlier this month the Korean Ministry of National Defense accused the app of collecting data. Italy's data "
        "protection authority, the Garante, ordered Corvane Inc. to stop processing Italians' data in January."))
    bans = [e for e in found.events if "corvane-inc" in e.targets]
    assert bans and all(e.agents == ("garante",) for e in bans)


def test_a_two_word_name_listed_among_people_is_a_person(nlp):
    found = {e.label: e.category for e in extract(analyse(
        "The letter, published on Tuesday by a group of current and former employees of Brightwave, was signed by "
        "Daniel Kokor, William Sandt, Jacob Hilt, Carroll Wainwright and Daniel Zieg, among others.")).entities}
    assert found.get("Carroll Wainwright") == "Person"
    assert found.get("Brightwave") in ("Company", "Organization")


def test_a_name_after_a_title_with_of_is_the_holder_not_the_body(nlp):
    found = {e.label: e.category for e in extract(analyse(
        "Director of National Intelligence Tulsi Gabbard has called the demand a violation of privacy. "
        "Gabbard set out her concerns in a letter on Tuesday.")).entities}
    assert found.get("Tulsi Gabbard") == "Person"
    assert not any("National Intelligence" in label for label in found)


def test_a_known_companys_name_extended_is_another_thing(nlp):
    found = extract(analyse(
        "Apple said on Friday it would not release Apple Intelligence to users in the European Union. Diane Greene, "
        "the chief executive of Google Cloud, spoke on Monday. Tencent Holdings said it would comply."))
    labels = {e.label: e.category for e in found.entities}
    assert labels.get("Apple Intelligence") == "AIModel"
    assert labels.get("Google Cloud") in ("Company", "Organization")
    assert "Tencent Holdings" not in labels or labels.get("Tencent") is None
    assert ("ModelWithdrawal", ("apple",), ("apple-intelligence",)) in {(e.type, e.agents, e.targets) for e in found.events}


def test_the_company_is_the_one_described_in_the_last_sentences(nlp):
    found = extract(analyse(
        "Zentrix Corp. is under pressure in Europe. Zentrix Corp. said on Friday it would delay its Lumio assistant "
        "there. The Lumio maker unveiled the "
        "assistant at its conference earlier this month, where it also announced a partnership with Brightwave Inc. "
        "and Corvane Inc. to bring their chatbots to its phones. \"We do not believe we will be able to roll it out "
        "this year,\" the company said in a statement."))
    speakers = {c.speaker for c in found.claims if "roll it out" in c.content}
    assert speakers == {"zentrix-corp"}


def test_a_known_name_does_not_run_on_into_a_title_case_headline(nlp):
    found = extract(analyse("Anthropic Export Ban Sparks Debate\n\nThe Commerce Department restricted exports of "
                            "Anthropic's models on Monday, officials said."))
    anthropic = next(e for e in found.entities if e.key == "anthropic")
    assert "Anthropic Export Ban Sparks Debate" not in anthropic.aliases
    assert not any("Sparks" in e.label for e in found.entities)


def test_state_federal_and_government_alone_are_no_names(nlp):
    labels = {e.label for e in extract(analyse(
        "Governor Ada Pryce signed the bill on Friday after weeks of negotiations with its sponsors, State Senator "
        "Omar Haddad and Assemblymember Lia Brandt. Federal officials objected.")).entities}
    assert not labels & {"State", "Federal", "Government"}


def test_a_version_like_name_counts_once_against_what_its_context_says(nlp):
    found = extract(analyse(
        "Brightwave Inc. said it would invest $1.5 billion in Q77, the Abu Dhabi technology company. Omar Haddad, "
        "Q77's chairman, called it a pivotal moment, and Q77's board approved the deal. Q77 will run its models on "
        "Brightwave's cloud. Q77 has since sold its stakes in Chinese firms. Lawmakers asked whether Q77 kept ties "
        "to them, and Q77 said it had none. Q77 declined to comment further."))
    assert {e.label: e.category for e in found.entities}.get("Q77") == "Company"
    assert ("leads", "omar-haddad", "q77") in {(r.predicate, r.subject, r.object) for r in found.relations}


def test_a_title_or_a_product_maker_as_speaker_is_the_one_the_article_named(nlp):
    found = extract(analyse(
        'Tennessee Governor Lia Brandt signed the bill on Thursday. "There are many things that are positive about '
        'AI," the Republican governor said. Brightwave Inc. makes the chatbot Lumio. "We are gravely disappointed," '
        'the Lumio maker said.'))
    speakers = {c.speaker for c in found.claims}
    assert {"lia-brandt", "brightwave-inc"} <= speakers


def test_a_one_letter_company_name_ends_its_sentence(nlp):
    doc = analyse("Grok is built by xAI and is integrated into X. Late last week, X switched off Grok's image "
                  "generation for users who do not pay.")
    assert len(list(doc.sents)) == 2
    found = extract(doc)
    assert ("ModelWithdrawal", ("x",), ("grok",)) in {(e.type, e.agents, e.targets) for e in found.events}


def test_an_acronym_in_brackets_the_ner_ran_into_is_a_name_of_its_own(nlp):
    found = run("The court ruled on behalf of members of the App Riders & Couriers Union (ARCU) in Ghana.")
    labels = {e.label for e in found.entities}
    assert "App Riders & Couriers Union" in labels
    assert not any("(" in label for label in labels)


def test_a_body_named_for_the_regulation_it_does_is_no_law(nlp):
    found = run("The State Administration for Market Regulation (SAMR) said on Monday it had opened an investigation "
                "into Nvidia.")
    assert ("State Administration for Market Regulation", "GovernmentBody") in {(e.label, e.category) for e in found.entities}


def test_a_short_name_joins_the_long_name_of_its_own_category(nlp):
    found = run("Yevgeny Orbikov runs a security company. The United States has banned Russia's Orbikov Lab from "
                "selling its software. Orbikov's software is used widely. The Commerce Department fined Orbikov on "
                "Monday.")
    keys = {e.key: e.category for e in found.entities}
    assert keys.get("orbikov-lab") == "Company" and keys.get("yevgeny-orbikov") == "Person"
    assert {e.targets for e in found.events if e.type == "Fine"} == {("orbikov-lab",)}


def test_a_which_clause_after_a_titled_name_is_not_about_the_person(nlp):
    found = run("The ban uses powers created by a 2019 executive order from then-President Donald Trump, which lets the "
                "Commerce Department block deals.")
    assert ("Donald Trump", "Person") in {(e.label, e.category) for e in found.entities}
    found = run("The Kremlin was quick to condemn the decision. Cabinet Office minister Nick Thomas-Symonds disagreed.")
    assert {("Kremlin", "GovernmentBody"), ("Cabinet Office", "GovernmentBody")} <= {(e.label, e.category) for e in found.entities}


def test_the_first_words_of_a_title_are_no_name(nlp):
    found = run("Commerce Secretary Paul Denton and Trade Representative Ann Ruiz met EU ministers in Brussels.")
    assert not {"trade", "commerce"} & {e.key for e in found.entities}
    assert ("leads", "ann-ruiz", "trade") not in {(r.predicate, r.subject, r.object) for r in found.relations}


def test_another_countrys_court_or_senate_is_not_the_us_one(nlp):
    found = run("Zentrix Corp. may appeal to the Dutch Supreme Court. The French Senate passed the bill.")
    labels = {e.label for e in found.entities}
    assert {"Dutch Supreme Court", "French Senate"} <= labels and "Supreme Court" not in labels


def test_amazon_web_services_is_its_own_company(nlp):
    found = run("Amazon Web Services said it would invest $5 billion. Amazon shares rose.")
    assert {"amazon-web-services", "amazon"} <= {e.key for e in found.entities}


def test_a_name_goes_on_after_for_into_words_no_one_else_named(nlp):
    found = run("The regulator asked for an order compelling Tools for Humanity, the company that builds Worldcoin, to "
                "keep the data. Thousands signed an open letter organised by the Google Walkout for Real Change group.")
    found_entities = {(e.label, e.category) for e in found.entities}
    assert ("Tools for Humanity", "Company") in found_entities
    assert ("Google Walkout for Real Change", "Organization") in found_entities
    assert not {"Tools", "Humanity", "Real Change"} & {e.label for e in found.entities}


def test_a_house_named_for_its_members_is_a_legislature(nlp):
    found = run("The bill now goes to the Chamber of Deputies, and the House of Commons will vote next week.")
    kinds = {e.label: (e.category, e.kind) for e in found.entities}
    assert kinds["Chamber of Deputies"] == ("GovernmentBody", "Legislature")
    assert kinds["House of Commons"] == ("GovernmentBody", "Legislature")


def test_a_data_commissioner_is_a_title_not_a_body(nlp):
    found = run("Data Commissioner Mary Wanjiru accused Zentrix Corp. of failing to disclose its intentions.")
    assert "data-commissioner" not in {e.key for e in found.entities}


def test_a_name_that_starts_with_digits_is_a_company_and_quantities_are_not(nlp):
    found = run("The online message board 4chan has been fined £20,000 by Ofcom for ignoring its demands.")
    assert {e.key: e.category for e in found.entities}.get("4chan") == "Company"
    assert ("Fine", ("ofcom",), ("4chan",)) in {(e.type, e.agents, e.targets) for e in found.events}
    found = run("Its owner, 4chan Community Support LLC, sued Ofcom in a federal court in Washington.")
    assert "4chan-community-support-llc" in {e.key for e in found.entities}  # not the NER's "LLC" alone
    found = run("The 10bn deal was signed at 3pm in the 1990s by the 21st bidder.")
    assert not found.entities
    found = run("The judges, Justices Asike-Makhandia and John Mativo, ruled on Friday against Acme Holdings.")
    assert not any(e.label.startswith("Justices") for e in found.entities)


def test_the_administration_after_a_leader_the_ner_took_for_an_organisation_is_the_body(nlp):
    found = run('Two law firms have also urged the Trump administration to use "all diplomatic and legal levers".')
    assert {e.key: e.category for e in found.entities}.get("trump-administration") == "GovernmentBody"
    assert "trump" not in {e.key for e in found.entities}


def test_an_apposition_the_parser_broke_apart_still_types_the_name(nlp):
    found = run("The moderators are backed by Brightwater, a British non-profit. Its director, Sarah Mitchell, "
                "accused Meta of playing legal tricks.")
    assert {e.key: e.category for e in found.entities}.get("brightwater") == "Organization"
    assert ("leads", "sarah-mitchell", "brightwater") in {(r.predicate, r.subject, r.object) for r in found.relations}


def test_a_name_joined_by_a_capitalised_preposition_is_one_organisation(nlp):
    for text, name in (("Reporters Without Borders had urged Apple in December to remove the feature.", "Reporters Without Borders"),
                       ("The group said Doctors Without Borders had left the region.", "Doctors Without Borders")):
        names = {e.label: e.category for e in run(text).entities}
        assert names.get(name) == "Organization", names


def test_a_body_named_of_a_known_name_is_one_body_not_its_end(nlp):
    names = {e.label: e.category for e in run("The Council of the EU, which represents the member governments, imposed "
                                                "a similar ban on TikTok the same day.").entities}
    assert names.get("Council of the EU") == "GovernmentBody" and "Council of the" not in names, names
    names = {e.label: e.category for e in run("The Court of Justice of the European Union ruled against Meta.").entities}
    assert names.get("Court of Justice of the European Union") == "GovernmentBody", names


def test_units_after_digits_and_dismissals_are_no_names_or_claims(nlp):
    found = run("The company sold 200Mbps plans and 5Gbps links to 300users over 12months.")
    assert not [e.label for e in found.entities if e.label[0].isdigit()]
    found = run("Korvex Inc. dismissed 200 workers as part of a cost-cutting plan.")
    assert not found.claims


def test_a_models_version_and_tier_are_part_of_its_name(nlp):
    found = extract(analyse("xAI is due to unveil its latest model, Grok 4, on Wednesday. Grok had posted insults. "
                            "The researchers tested OpenAI's GPT-5 nano and Google's Gemini 2.5 Pro, and Anthropic's "
                            "own Claude Code tool."))
    models = {e.label for e in found.entities if e.category == "AIModel"}
    assert {"Grok", "Grok 4", "GPT-5 nano", "Gemini 2.5 Pro", "Claude Code"} <= models
    assert ("develops", "google", "gemini-2-5-pro") in {(r.predicate, r.subject, r.object) for r in found.relations}


@pytest.mark.parametrize("text, name", [
    ("The campaign group Foxglove said the deal was vague.", "Foxglove"),
    ("Foxglove, a campaign group, said the deal was vague.", "Foxglove"),
    ("Germany's music rights society GEMA sued OpenAI in Munich.", "GEMA"),
])
def test_a_group_of_a_cause_and_a_society_are_organisations(nlp, text, name):
    assert (name, "Organization") in {(e.label, e.category) for e in extract(analyse(text)).entities}


def test_a_business_group_stays_a_company(nlp):
    assert ("Alphabet", "Company") in {(e.label, e.category) for e in extract(analyse(
        "Alphabet, the technology group, said the deal was fair.")).entities}


def test_names_listed_after_a_plural_title_are_people(nlp):
    found = {(e.label, e.category) for e in extract(analyse(
        "The amendment was opposed by opposition senators Marcos Rogerio, Izalci Lucas and Mecias de Jesus. "
        "The court, sitting with Justices Asike-Makhandia and John Mativo, ruled for the moderators. "
        "The alliance's members Google, Meta and Microsoft signed the pledge. "
        "In a letter to the senators, Chief Strategy Officer Jason Kwon said OpenAI was safe.")).entities}
    assert {("Izalci Lucas", "Person"), ("Mecias de Jesus", "Person"), ("Asike-Makhandia", "Person")} <= found
    assert ("Google", "Company") in found
    assert not any("Officer" in label for label, _ in found)


def test_a_place_to_the_ner_with_a_chief_executive_is_a_company(nlp):
    found = extract(analyse("Nexperia said on Monday that the court had suspended Nexperia's chief executive, Zhang Xuezheng. "
                            "London's mayor said the city would keep its cameras."))
    assert {(e.label, e.category) for e in found.entities} == {("Nexperia", "Company"), ("Zhang Xuezheng", "Person")}
    assert ("leads", "zhang-xuezheng", "nexperia") in {(r.predicate, r.subject, r.object) for r in found.relations}


def test_a_count_after_a_model_is_no_version(nlp):
    models = {e.label for e in extract(analyse(
        "Researchers asked ChatGPT 50 questions and used Gemini 3 times a week. xAI will unveil Grok 4 on Wednesday."
    )).entities if e.category == "AIModel"}
    assert models == {"ChatGPT", "Gemini", "Grok 4"}


def test_firms_listed_after_a_plural_of_a_shared_title_stay_firms(nlp):
    found = {(e.label, e.category) for e in extract(analyse("According to analysts Gartner and IDC, sales fell.")).entities}
    assert ("Gartner", "Person") not in found and ("IDC", "Person") not in found


def test_a_court_of_a_city_with_its_own_article_is_one_name(nlp):
    found = {(e.label, e.category) for e in extract(analyse(
        "The District Court of The Hague said the system was not transparent.")).entities}
    assert ("District Court of The Hague", "GovernmentBody") in found


def test_a_company_noun_beside_a_title_in_an_apposition_describes_a_person(nlp):
    found = run("Twitter, which Elon Musk bought last October, sued the ministry. "
                "Musk, Twitter's owner and executive chairman, met Prime Minister Narendra Modi last month.")
    assert ("Elon Musk", "Person") in {(e.label, e.category) for e in found.entities}


def test_a_name_with_a_dotted_version_is_a_model_whatever_the_tagger_says(nlp):
    models = {e.label for e in extract(analyse(
        "The company said GPT-4o would be removed along with older models, including GPT-4.1 and GPT-4.1 mini, "
        "leaving GPT-5.2 as the default. Vexa Labs retired Lumo-3.5 in May and kept Lumo-4.2 as the default."
    )).entities if e.category == "AIModel"}
    assert {"GPT-4.1", "GPT-4.1 mini", "GPT-5.2", "Lumo-3.5", "Lumo-4.2"} <= models


def test_a_bare_or_a_ministry_spokesperson_speaks_for_the_body_just_named(nlp):
    for text in ("China's Ministry of Commerce was sharper. A spokesperson said on Saturday that the US decision was "
                 "driven by selfish interests.",
                 "China's Ministry of Commerce was sharper. A ministry spokesperson said on Saturday that the US "
                 "decision was driven by selfish interests."):
        speakers = {c.speaker for c in extract(analyse(text)).claims}
        assert speakers == {"ministry-of-commerce"}
    # "a government spokesperson" says no whose government in one word: no speaker is guessed from it
    text = ("Britain did not sign the declaration. The Trump administration also stayed out. A government spokesperson "
            "added that it lacked clarity.")
    assert "trump-administration" not in {c.speaker for c in extract(analyse(text)).claims}


def test_a_legal_suffix_ends_a_company_name_and_a_field_ends_a_body_name(nlp):
    found = run("Vexa Inc of San Francisco and Lumio Corp. of Berlin agreed to pay civil penalties. "
                "Alongside the cases, the SEC's Office of Investor Education and Advocacy published an alert.")
    labels = {e.label: e.category for e in found.entities}
    assert labels.get("Vexa Inc") == "Company" and labels.get("Lumio Corp.") == "Company"
    assert labels.get("Office of Investor Education and Advocacy") == "GovernmentBody"
    assert not any("San Francisco" in label or label == "Advocacy" for label in labels)


def test_what_a_person_once_was_is_no_part_of_the_name(nlp):
    found = run("More than 400 artists, including Ben Stiller, former Beatle Paul McCartney and Guillermo del Toro, "
                "urged the White House to act.")
    labels = {e.label for e in found.entities if e.category == "Person"}
    assert "Paul McCartney" in labels and not any(label.startswith("Beatle") for label in labels)


def test_a_number_word_after_a_capitalised_name_is_no_part_of_it(nlp):
    from kg.extract.mentions import _spans

    doc = analyse("Altman called Musk one of his heroes.")
    doc.ents = []  # (the capitalised runs the NER left unlabelled)
    assert [doc[a:b].text for a, b, _label, _known in _spans(doc)] == ["Altman", "Musk"]


def test_an_amount_after_a_name_is_no_part_of_it(nlp):
    found = run("The Data Protection Commission fined Axon Labs 40 million euros on Monday. Lumio launched Kora 2 on Monday.")
    labels = {e.label: e.category for e in found.entities}
    assert labels.get("Axon Labs") == "Company" and "Axon Labs 40" not in labels
    assert labels.get("Kora 2") == "AIModel"  # a version still is, before a possessive the tagger calls a plural too
    from kg.eval import REPO

    seed = run((REPO / "seeds" / "000_8f3022c8cb12b6d7.txt").read_text(encoding="utf-8"))  # ("bypass Fable 5\u2019s safeguards")
    assert "Fable" not in {a for e in seed.entities if e.key == "fable-5" for a in e.aliases}
    assert any(e.type == "Fine" and e.targets == ("axon-labs",) for e in found.events)


@pytest.mark.parametrize("ents", [
    [(8, 12, "ORG")],  # "the Commons urged Vexa": nothing on "Hope"
    [(6, 7, "PERSON"), (8, 12, "ORG")],  # "Hope" a person
])
def test_a_name_the_ner_ran_across_a_verb_or_split_at_for_is_rejoined(nlp, ents):
    # (the NER's spans set by hand, as the model draws them on some prose)
    from spacy.tokens import Span

    from kg.extract.mentions import _spans

    doc = analyse("Last month the digital rights group Hope for the Commons urged Vexa in an open letter to act.")
    doc.ents = [Span(doc, a, b, label=label) for a, b, label in ents]
    assert [doc[a:b].text for a, b, _label, _known in _spans(doc)][:2] == ["Hope for the Commons", "Vexa"]


def _with_ents(text: str, spans: list[tuple[str, str]]):
    """The text parsed, with the NER's entities set by hand to every free occurrence of these (surface, label)
    spans, as the model draws them on some prose."""
    doc = analyse(text)
    ents, taken = [], set()
    for surface, label in spans:
        for start in (i for i in range(len(text)) if text.startswith(surface, i)):
            if not taken & set(range(start, start + len(surface))):
                ents.append(doc.char_span(start, start + len(surface), label=label))
                taken |= set(range(start, start + len(surface)))
    doc.ents = sorted(ents, key=lambda e: e.start)
    return doc


def test_a_counted_list_of_unions_speaks_as_the_unions(nlp):
    text = ("A court upheld a complaint filed by the branches of Filmax, Nidor and Fantel, three unions affiliated with "
            "the CGT. The unions argued that the booking system penalised people for lawful absences.")
    found = extract(_with_ents(text, [("Filmax, Nidor and Fantel", "ORG"), ("CGT", "ORG")]), article_date="2024-06-05")
    speakers = {c.speaker for c in found.claims}
    assert {"filmax", "nidor"} <= speakers
    assert {e.key for e in found.entities} >= {"filmax", "nidor", "fantel"}
    # (a ministry's fields and a minister's portfolio stay one name)
    names = {e.label for e in run("The rules were announced by Economy, Trade and Industry Minister Emily Carter of the "
                                  "Ministry of Economy, Trade and Industry.").entities}
    assert "Ministry of Economy, Trade and Industry" in names and "Trade" not in names


def test_a_company_and_a_country_is_its_national_arm_and_both_are_companies(nlp):
    text = ("Judge Anna Rossi ordered Zorvo Italia to pay the unions 50,000 euros. Zorvo said it did not agree. "
            "Zorvo dropped the ranking system in November.")
    doc = _with_ents(text, [("Anna Rossi", "PERSON"), ("Zorvo Italia", "PERSON"), ("Zorvo", "PERSON")])
    categories = {e.key: e.category for e in extract(doc, article_date="2024-06-05").entities}
    assert categories.get("zorvo-italia") == "Company" and categories.get("zorvo") == "Company"


def test_withholding_and_a_participle_after_a_list_are_no_ones_claims(nlp):
    found = run("The commission concluded that Vexa Inc. and Lumio Corp. had denied Kelvarians control over their data. "
                "In December the association sent notices to Orbix Corp. and Zentrix Ltd warning that news could not "
                "be used without consent.")
    assert not any(c.cue == "deny" for c in found.claims)
    assert not any(c.speaker in ("orbix-corp", "zentrix-ltd") for c in found.claims)


def test_a_body_named_through_a_country_and_its_group(nlp):
    found = run("The Confederation of All India Traders (CAIT), which called protests against the visit, hailed the "
                "order. Its secretary-general, Emily Carter, said Vexa Inc. and Lumio Corp. must leave the country. "
                "The group blames the platforms for the closure of shops. The sellers include Zentor Retail.")
    categories = {e.key: e.category for e in found.entities}
    assert categories.get("confederation-of-all-india-traders") == "Organization"
    assert categories.get("zentor-retail") == "Company"
    assert any(e.type == "ConcernRaised" and e.agents == ("confederation-of-all-india-traders",) for e in found.events)


def test_quoted_titles_of_novels_are_no_names(nlp):
    found = run("The works named in the suit include Carter's 2008 novel \"Ghost Walk\" and Lind's 2019 novel "
                "\"Like a Love Story\".")
    assert not {"ghost-walk", "like-a-love-story"} & {e.key for e in found.entities}


def test_the_companys_named_platform_is_its_product_and_goes_by_its_first_word(nlp):
    text = ("Vexa Inc. has been sued by three authors who say their books were copied to train the company's Zorbo AI "
            "platform. The works helped train Zorbo over the past three years.")
    doc = _with_ents(text, [("Vexa Inc.", "ORG"), ("Zorbo AI", "ORG"), ("Zorbo", "PERSON")])
    found = extract(doc, article_date="2024-06-05")
    entities = {e.key: (e.category, e.aliases) for e in found.entities}
    assert entities["zorbo-ai"][0] == "AIModel" and "Zorbo" in entities["zorbo-ai"][1] and "zorbo" not in entities


def test_a_hyphenated_given_name_and_a_pair_of_carriers(nlp):
    text = ("Innovation Minister Jean-Marc Tremblay announced the decision on Thursday. Kelvar's biggest carriers, "
            "Bellor and Telvo, still rely on older gear. \"This is no race,\" Tremblay told reporters.")
    doc = _with_ents(text, [("Jean-Marc Tremblay", "PERSON"), ("Bellor and Telvo", "ORG"), ("Tremblay", "ORG")])
    categories = {e.key: e.category for e in extract(doc, article_date="2024-06-05").entities}
    assert categories.get("bellor") == "Company" and categories.get("telvo") == "Company" and "bellor-and-telvo" not in categories
    assert [c for k, c in categories.items() if k.startswith("jean-marc-tremblay")] == ["Person"]


def test_a_named_policy_standard_or_dialogue_is_no_actor(nlp):
    found = run("Under a new Limited Access policy, anyone wanting to use Vexa Inc.'s tools must win approval. The measures "
                "flow from Vexa Inc.'s Responsible AI Standard. Emily Carter told the Raisina Dialogue on Thursday that "
                "the rules were fair.")
    keys = {e.key for e in found.entities}
    assert not {"limited-access", "responsible-ai-standard", "raisina-dialogue"} & keys and "vexa-inc" in keys


def test_a_named_set_of_expectations_or_a_spec_is_no_model(nlp):
    found = {e.label: e.category for e in extract(analyse(
        "Vexa Inc. must say how it meets the government's Basic Online Safety Expectations. The behaviour ran against "
        "its Model Spec, the public document on how its models should act.")).entities}
    assert found.get("Basic Online Safety Expectations") != "AIModel" and found.get("Model Spec") != "AIModel"


def test_a_campus_ends_a_universitys_name_and_a_conference_is_no_party(nlp):
    found = {e.label: e.category for e in extract(analyse(
        "The pledge was unveiled at the International Joint Conference on Artificial Intelligence in Stockholm. Emily "
        "Carter of the University of California, Berkeley, signed it.")).entities}
    assert found.get("University of California, Berkeley") == "Organization"
    assert "International Joint Conference on Artificial Intelligence" not in found


def test_a_law_an_apposition_names_and_its_short_form_a_disease_and_a_secretariat(nlp):
    found = {e.label: e.category for e in extract(analyse(
        "The decree amended the Lumia Civil Code da Rede, the 2014 law that governs the web. Vexa Inc. said videos about "
        "COVID-19 were removed. The government's communications secretariat, Secomx, said it would act. Emily Carter was "
        "the rapporteur of the Lumia Civil Code when it passed.")).entities}
    assert not any(label.startswith("Lumia Civil") for label in found), found
    assert "COVID-19" not in found
    assert found.get("Secomx") == "GovernmentBody"


def test_another_countrys_national_congress_is_not_the_us_congress(nlp):
    found = extract(analyse("Senate President Emily Carter, who also presides over the National Congress, returned the "
                            "decree to the palace."))
    assert {e.label: e.category for e in found.entities}.get("National Congress") == "GovernmentBody"
    assert ("leads", "emily-carter", "national-congress") in {(r.predicate, r.subject, r.object) for r in found.relations}


def test_a_word_after_a_persons_name_that_recurs_alone_is_the_surname(nlp):
    # (as the NER draws "Omer Fatih" + "Sayan", a nationality to it)
    text = ("The fines were announced by Deputy Transport and Infrastructure Minister Kemal Arif Doman. Doman said only a "
            "quarter would be collected.")
    found = {e.key for e in extract(_with_ents(text, [("Kemal Arif", "PERSON"), ("Doman", "NORP")])).entities}
    assert "kemal-arif-doman" in found and "kemal-arif" not in found


def test_a_consultancy_is_a_company(nlp):
    found = {e.label: e.category for e in extract(analyse(
        "Emily Carter previously led AI work at the consultancy Arvenza.")).entities}
    assert found.get("Arvenza") == "Company"


def test_a_two_part_bracketed_acronym_and_a_consumer_protection_group(nlp):
    found = {e.label: e.category for e in extract(analyse(
        "The court rejected an application brought by the consumer protection group Verbraucherbund Nordland (VB NL). "
        "VB NL sent Vexa Inc. a letter in April.")).entities}
    assert found.get("Verbraucherbund Nordland") == "Organization" and "VB NL" not in found


def test_an_office_named_for_a_two_word_title_is_one_body(nlp):
    found = {e.label: e.category for e in extract(analyse(
        "Kelvar's government has told Vexa Inc. to remove the bots, the Attorney General's Office (AGO) said.")).entities}
    assert found.get("Attorney General's Office") == "GovernmentBody" and "General" not in found
