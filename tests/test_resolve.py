"""Typing and reference in sentences written for these tests: the words around a name outweigh the
NER's one repeated guess; a description names what its apposition says."""
from __future__ import annotations

import pytest

from kg.analyse import analyse
from kg.extract import extract

pytestmark = pytest.mark.slow


def categories(text: str) -> dict[str, str]:
    return {e.key: e.category for e in extract(analyse(text)).entities}


def test_a_hyphenated_company_noun_types_the_name_after_it(nlp):
    found = categories("A judge ruled that legal research start-up Tobias Grant infringed copyrights. Tobias Grant said it would appeal.")
    assert found.get("tobias-grant") == "Company"


def test_a_possessor_in_an_apposition_is_not_what_the_person_is(nlp):
    text = "Jonas Ebbe, the ministry's under secretary for trade, said the rules were needed."
    assert categories(text).get("jonas-ebbe") == "Person"


def test_a_judge_title_is_not_a_name_and_relates_to_no_country(nlp):
    text = "In an opinion filed on Tuesday, U.S. District Judge Mara Lindqvist granted Helio Corp. partial summary judgment."
    found = extract(analyse(text))
    keys = {e.key for e in found.entities}
    assert "mara-lindqvist" in keys and not any("judge" in k for k in keys)
    assert not any(r.subject == "mara-lindqvist" and r.object == "united-states" for r in found.relations)


def test_the_regulator_known_as_a_name_is_that_body(nlp):
    text = ("Portugal's privacy watchdog said it had fined Ombra Ltd. The regulator, known as the National Data Board, "
            "found that the company kept data too long.")
    found = extract(analyse(text))
    assert {e.key: e.category for e in found.entities}.get("national-data-board") == "GovernmentBody"
    assert any(e.type == "Fine" and e.agents == ("national-data-board",) for e in found.events)


def test_an_office_acts_for_the_person_who_holds_it(nlp):
    text = ("Ohio Attorney General Dana Kerr has sued Brightline Health. An investigation by the attorney general's "
            "office found that Brightline Health had misled hospitals. Kerr's office said the case was strong.")
    found = extract(analyse(text))
    assert any(e.type == "Investigation" and e.agents == ("dana-kerr",) and e.targets == ("brightline-health",)
               for e in found.events)
    assert any(c.speaker == "dana-kerr" for c in found.claims)


def test_a_company_named_without_its_suffix_is_still_the_company(nlp):
    text = ("Regulators fined Quarry Technologies on Monday. Quarry, whose chief executive is Lena Ostrova, "
            "said it would appeal.")
    found = extract(analyse(text))
    assert ("leads", "lena-ostrova", "quarry-technologies") in {(r.predicate, r.subject, r.object) for r in found.relations}
    assert any(c.speaker == "quarry-technologies" for c in found.claims)


def test_the_maker_of_a_known_product_is_its_developer_when_named(nlp):
    text = ("Anthropic and the publisher Halden Media settled on Monday. Halden Media had argued that the maker of "
            "Claude copied its books.")
    found = extract(analyse(text))
    assert ("develops", "anthropic", "claude") in {(r.predicate, r.subject, r.object) for r in found.relations}


def test_a_title_right_before_a_name_makes_it_a_person(nlp):
    text = "Appearing for Orbis, senior advocate Rohit Sibal told the court the company had stopped."
    assert categories(text).get("rohit-sibal") == "Person"


def test_a_field_title_picks_the_body_with_most_of_its_words(nlp):
    text = ("The US Commerce Department added the firms to its list. China's Ministry of Commerce objected. "
            "Commerce ministry spokesperson Li Wen said Beijing would respond.")
    found = {(r.predicate, r.subject, r.object) for r in extract(analyse(text)).relations}
    assert ("memberOf", "li-wen", "ministry-of-commerce") in found
    assert ("memberOf", "li-wen", "commerce-department") not in found


def test_a_countrys_embassy_is_a_body_that_speaks_and_acts(nlp):
    text = ("Washington added two Brazilian firms to the Entity List. The Brazilian embassy in Washington said it firmly "
            "opposed the action and urged the United States to stop. Ms. Lee said the embassy would respond.")
    found = extract(analyse(text))
    assert {e.key: e.category for e in found.entities}.get("brazilian-embassy-in-washington") == "GovernmentBody"
    assert any(e.type == "PublicAppeal" and e.agents == ("brazilian-embassy-in-washington",) for e in found.events)


def test_the_acronym_of_a_law_is_no_actor(nlp):
    text = ("Brussels said the Digital Fairness Act would apply from May. Lumio said it would comply with the DFA, "
            "and regulators opened an investigation into whether Lumio Inc. and Vexa Corp. were complying with the DFA.")
    found = extract(analyse(text))
    assert "dfa" not in {e.key for e in found.entities}
    assert any(e.type == "Investigation" and set(e.targets) >= {"lumio-inc", "vexa-corp"} for e in found.events)


def test_a_company_named_without_its_company_word_is_the_company(nlp):
    text = ("Halloran Images has sued Vexa Labs in a US federal court. Bram Otten, Halloran's chief executive, "
            "has argued that the company wants licences.")
    found = extract(analyse(text))
    assert ("leads", "bram-otten", "halloran-images") in {(r.predicate, r.subject, r.object) for r in found.relations}
    assert "halloran" not in {e.key for e in found.entities}


def test_a_sentence_opening_with_the_company_continues_the_last_subject(nlp):
    text = ("Orvane Inc. signed the letter with Kestrel Corp. and Tamsin Ltd. The company, led by Ada Holm, has "
            "repeatedly criticised the rules.")
    found = extract(analyse(text))
    assert any(e.type == "ConcernRaised" and e.agents == ("orvane-inc",) for e in found.events)


def test_whoever_challenges_a_penalty_did_not_impose_it(nlp):
    text = ("In March the Commission fined Apple 1.8 billion euros for preventing music streaming rivals from "
            "telling users about cheaper options, a penalty Apple is challenging in court.")
    found = extract(analyse(text))
    assert not any(e.type == "Fine" and "apple" in e.agents for e in found.events)


def test_a_name_modifying_a_product_noun_is_a_product(nlp):
    text = ("Vexa Labs has cut Lumora Technologies' access to updates of its Android operating system, days after "
            "the Chinese company was put on a US trade blacklist by the Commerce Department.")
    found = extract(analyse(text))
    assert {e.key: e.category for e in found.entities}.get("android") != "Company"
    assert not any("android" in e.targets for e in found.events)


def test_the_name_of_an_administration_is_a_person(nlp):
    text = ("The framework was issued by the Halvorsen administration in January. The minister rejected what he "
            "called Halvorsen's ill-conceived policies.")
    assert categories(text).get("halvorsen") == "Person"


def test_a_body_named_in_another_language_is_one_name(nlp):
    text = ("France's competition authority fined Orvane Inc. on Wednesday. The Autorite de la concurrence said "
            "the company had broken its promises. The Garante per la protezione dei dati personali opened a probe.")
    found = extract(analyse(text))
    cats = {e.key: e.category for e in found.entities}
    assert cats.get("autorite-de-la-concurrence") == "GovernmentBody"
    assert cats.get("garante-per-la-protezione-dei-dati-personali") == "GovernmentBody"
    assert any(e.type == "Fine" and e.agents == ("autorite-de-la-concurrence",) for e in found.events)


def test_the_group_beside_companies_is_the_campaign_group(nlp):
    found = extract(analyse("Apple paused the feature on Thursday. The Center for Countering Digital Hate had urged Apple "
                            "to remove it, and Imran Ahmed, the group's chief executive, said Apple had acted too late."))
    relations = {(r.predicate, r.subject, r.object) for r in found.relations}
    assert ("leads", "imran-ahmed", "center-for-countering-digital-hate") in relations, relations
    assert not any(s == "imran-ahmed" and o == "apple" for _p, s, o in relations)


def test_a_surname_known_as_a_person_joins_the_full_name_guessed_a_company(nlp):
    found = extract(analyse("BRASILIA, Oct 9 - Elon Musk's social network X came back online. Musk, who has branded "
                            "the judge a dictator, remains under investigation. Musk said the ruling was absurd."))
    categories = {e.key: e.category for e in found.entities}
    assert categories.get("elon-musk") == "Person" and "musk" not in categories, categories


def test_them_after_companies_listed_in_the_sentence_is_those_companies(nlp):
    found = extract(analyse("Fashion group Korvex Holdings and gene sequencing company Zentrix Corp. were put on the list by the "
                            "Ministry of Commerce, which accused them of violating market principles."))
    assert any(e.type == "ConcernRaised" and e.agents == ("ministry-of-commerce",) and set(e.targets) == {"korvex-holdings", "zentrix-corp"}
               for e in found.events), found.events
    # companies named in an earlier sentence are not who "them" is
    found = extract(analyse("Acme Inc. and Zentrix Corp. hired 40 drivers. The regulator accused them of fraud."))
    assert not any(e.targets for e in found.events if e.type == "ConcernRaised")


def test_the_group_is_a_company_when_the_campaign_group_was_only_mentioned(nlp):
    found = extract(analyse("Korvex Inc. and Halden Labs were criticised by Reporters Without Borders on Monday. Korvex "
                            "Inc. said the report was wrong. The group's chief executive, Sarah Mitchell, resigned."))
    assert not any(r.subject == "sarah-mitchell" and r.object == "reporters-without-borders" for r in found.relations)


def test_a_ledes_indefinite_court_is_the_court_named_later_with_its_place(nlp):
    found = extract(analyse("An Ontario court has rejected OpenAI's bid to have a copyright lawsuit dismissed. Justice "
                            "Sarah Mitchell of the Ontario Superior Court of Justice wrote that the case could proceed."))
    assert any(e.type == "Refusal" and e.agents == ("ontario-superior-court-of-justice",) and e.targets == ("openai",)
               for e in found.events), found.events
    # a court of another place named later is not it
    found = extract(analyse("A Quebec court has rejected OpenAI's bid to have a lawsuit dismissed. The Ontario Superior "
                            "Court of Justice heard a related case."))
    assert not any(e.type == "Refusal" and e.agents for e in found.events), found.events


def test_a_suffixed_company_is_named_by_its_leading_word_alone(nlp):
    found = extract(analyse("Regulators looked at Cadence Design Systems, which Tan ran until 2021. "
                            "Last month Cadence was fined $140 million by the Justice Department."), article_date="2025-03-04")
    assert ("Fine", ("department-of-justice",), ("cadence-design-systems",)) in {(e.type, e.agents, e.targets) for e in found.events}
    # a generic leading word is no name ("General Dynamics Corp." is not "General")
    found = extract(analyse("General Dynamics Corp. won the contract. General Mattis said so."), article_date="2025-03-04")
    assert not any(e.label == "General Dynamics Corp." and "General" in e.aliases for e in found.entities)
    # nor a place's name ("Boston Dynamics Inc" ... "the city of Boston")
    found = extract(analyse("Boston Dynamics Inc signed a deal with Hyundai. The city of Boston sued Hyundai on Monday."),
                    article_date="2025-03-04")
    assert not any(e.type == "Lawsuit" and e.agents == ("boston-dynamics-inc",) for e in found.events)


def test_it_as_an_object_is_not_its_own_clauses_subject(nlp):
    found = extract(analyse("Perplexity AI faces other complaints. In August, Cloudflare accused it of disguising its crawlers."),
                    article_date="2025-03-04")
    assert ("ConcernRaised", ("cloudflare",), ("perplexity-ai",)) in {(e.type, e.agents, e.targets) for e in found.events}
    # a possessor in the subject is not the subject ("Microsoft's rivals accused it": Microsoft)
    found = extract(analyse("Microsoft Corp has hired former Inflection AI staff. Regulators in Britain investigated the deal. "
                            "Microsoft's rivals accused it of buying out competitors."), article_date="2025-03-04")
    assert not any(e.type == "ConcernRaised" and e.targets == ("united-kingdom",) for e in found.events)


def test_leading_words_the_body_names_first_are_a_name_of_their_own(nlp):
    text = ("Seoul voices regret over Naver ties\n\nSEOUL — South Korea expressed regret over pressure on Naver to sell "
            "its stake in LY Corp. A breach hit a subcontractor of Naver Cloud, a Naver affiliate. Naver said it was open to talks.")
    labels = {e.label for e in extract(analyse(text), article_date="2025-03-04").entities}
    assert {"Naver", "Naver Cloud"} <= labels
    # a headline's short name still shortens the name the body gives in full
    text = "Cadence fined over exports\n\nCadence Design Systems was fined on Monday. Cadence said it would pay."
    labels = {e.label for e in extract(analyse(text), article_date="2025-03-04").entities}
    assert "Cadence" not in labels and "Cadence Design Systems" in labels


def test_the_regulator_is_the_body_named_for_what_it_oversees(nlp):
    text = ("Qualcomm probe\n\nBEIJING — The State Administration for Market Regulation opened an antitrust probe into Qualcomm "
            "on Friday. Trump is due to meet Xi at the Asia-Pacific Economic Cooperation summit in South Korea later this month. "
            "The regulator is also examining Nvidia's purchase of Mellanox.")
    found = extract(analyse(text), article_date="2025-03-04")
    assert ("Investigation", ("state-administration-for-market-regulation",), ("nvidia",)) in {
        (e.type, e.agents, e.targets) for e in found.events}


def test_a_company_word_after_a_name_the_body_gave_first_adds_nothing(nlp):
    text = "SoftBank invests\n\nTOKYO — SoftBank said on Monday it would invest in OpenAI. SoftBank Group shares rose 5%."
    labels = {e.label for e in extract(analyse(text), article_date="2025-03-04").entities}
    assert not {"SoftBank", "SoftBank Group"} <= labels
    # a title only a person holds makes an apposition a person's, not "partner" or "leader"
    text = "TORONTO — Cohere, the Canadian AI developer and Oracle partner, was sued by publishers on Monday."
    assert ("Cohere", "Company") in {(e.label, e.category) for e in extract(analyse(text), article_date="2025-03-04").entities}


def test_a_word_no_person_is_named_by_is_no_person(nlp):
    text = "Court fines platform\n\nDELHI — An Indian court dismissed the petition on Friday, LiveLaw reported. LiveLaw said the judge was firm."
    found = extract(analyse(text), article_date="2025-03-04")
    assert all(e.category != "Person" for e in found.entities if e.label == "LiveLaw")


def test_a_portfolio_and_a_title_are_no_names(nlp):
    text = ("Ruling\n\nDELHI — Solicitor General Tushar Mehta said the platform must comply. The Solicitor General told the court "
            "the rules were valid. In Brussels, Economy Commissioner Paolo Gentiloni said the bloc would act.")
    labels = {e.label for e in extract(analyse(text), article_date="2025-03-04").entities}
    assert {"Tushar Mehta", "Paolo Gentiloni"} <= labels
    assert not labels & {"Solicitor General", "Economy Commissioner"}


def test_a_city_before_a_courts_name_begins_the_name(nlp):
    text = "Suit filed\n\nTOKYO — The complaint was filed with the Tokyo District Court on Thursday. The US District Court ruled."
    labels = {e.label for e in extract(analyse(text), article_date="2025-03-04").entities}
    assert "Tokyo District Court" in labels and "Japan" not in labels


def test_a_generic_word_goes_on_into_a_committees_name(nlp):
    found = extract(analyse("Senator Dana Ortiz, a member of the Senate Commerce Committee, wrote to Google on Monday."),
                    article_date="2025-03-04")
    assert "Senate Commerce Committee" in {e.label for e in found.entities}


def test_peoples_is_part_of_a_name_not_a_possessor(nlp):
    text = "Drills\n\nBEIJING — The People's Liberation Army staged drills. People's Daily said the drills were routine."
    labels = {e.label for e in extract(analyse(text), article_date="2025-03-04").entities}
    assert {"People's Liberation Army", "People's Daily"} <= labels and "People" not in labels


def test_a_name_ending_in_rights_or_liberties_is_an_organisation(nlp):
    found = extract(analyse("The campaign was backed by the Korvane Digital Rights and by Velora Civil Liberties, two groups."),
                    article_date="2025-03-04")
    categories = {e.label: e.category for e in found.entities}
    assert categories.get("Korvane Digital Rights") == "Organization", categories


def test_a_name_that_ends_in_a_country_is_not_the_country(nlp):
    found = {(e.label, e.category) for e in extract(analyse(
        "VANCOUVER — Air Canada has been ordered to compensate a passenger. Air Canada will comply. Health Canada said the drug was safe. "
        "In October the regulator sued Microsoft Australia and its U.S. parent. The Trump China policy drew fire. "
        "Will Easton, managing director of Facebook Australia and New Zealand, had argued against it. "
        "Paul Deegan, chief executive of News Media Canada, welcomed the deal. Canada passed the law.")).entities}
    assert {("Air Canada", "Company"), ("Health Canada", "GovernmentBody"), ("Microsoft Australia", "Company"),
            ("China", "Country"), ("Facebook Australia and New Zealand", "Company")} <= found
    assert "News Media Canada" in {label for label, _ in found}
    assert ("Australia", "Country") not in found


def test_a_region_before_a_country_is_the_country(nlp):
    found = {(e.label, e.category) for e in extract(analyse(
        "CUPERTINO — Apple said sales in Greater China fell 11%. Sales in Mainland China rose.")).entities}
    assert ("China", "Country") in found
    assert not any(label in ("Greater China", "Mainland China") for label, _ in found)


def test_the_head_word_of_a_polity_or_of_a_body_named_since_is_not_resolved_to_it(nlp):
    found = extract(analyse("BRUSSELS — The European Union fined Apple. Sean Astin, the union's president, said actors "
                            "needed protection. Meta's Oversight Board criticised the policy. OpenAI's board met on Monday. "
                            "Bret Taylor, the board's chair, said it was fine."))
    assert not {r.subject for r in found.relations} & {"sean-astin", "bret-taylor"}


def test_a_country_the_ner_missed_after_a_dateline_is_still_the_country(nlp):
    found = categories("PRAGUE, July 10 - The Czech Republic has barred its public administration from using any "
                       "products of the Chinese start-up DeepSeek.")
    assert found.get("czech-republic") == "Country"


def test_a_bracketed_acronym_is_typed_by_the_name_not_by_the_words_after_it(nlp):
    found = categories("The government acted on a warning issued by the National Cyber and Information Security Agency "
                       "(NUKIB), which rated the threat posed by the company's products as high.")
    assert found.get("national-cyber-and-information-security-agency") == "GovernmentBody"


def test_a_capitalised_title_before_a_name_makes_a_person_but_not_inside_a_longer_name(nlp):
    found = categories("Canada will drop the tax. Finance Minister Francois-Philippe Champagne announced the move late "
                       "on Sunday, and Champagne said talks would resume.")
    assert found.get("francois-philippe-champagne") == "Person"
    found = categories("The Social Media Victims Law Center and the Tech Justice Law Project filed seven lawsuits.")
    assert found.get("law-project") != "Person"


def test_a_state_body_s_acronym_may_leave_out_the_state(nlp):
    text = ("The Oregon Department of Motor Vehicles suspended the permits of Velora Inc. "
            "According to the DMV, the company withheld video of a crash.")
    found = extract(analyse(text))
    assert "dmv" not in {e.key for e in found.entities}


def test_a_unit_of_a_company_is_a_company_and_the_unit_is_itself(nlp):
    text = "On Tuesday the regulator met Cruise, the self-driving car unit of General Motors. Cruise said it would cooperate."
    found = extract(analyse(text))
    assert {e.key: e.category for e in found.entities}.get("cruise") == "Company"
    assert "the unit" not in found.entities[[e.key for e in found.entities].index("general-motors")].aliases


def test_the_parent_s_unit_is_the_subject_of_its_own_sentence_not_the_other_party(nlp):
    claims = extract(analyse("Google DeepMind will supply Apple with Gemini models, the Alphabet unit said.")).claims
    assert {c.speaker for c in claims} == {"google-deepmind"}


def test_a_research_council_is_public_and_tech_is_no_name(nlp):
    assert categories("The European Research Council said it would fund the project.").get("european-research-council") == "GovernmentBody"
    found = extract(analyse("Tech journalist Kara Swisher said the deal was bad."))
    assert not any(r.subject == "kara-swisher" for r in found.relations)


def test_a_place_after_in_is_no_party_even_listed_with_others(nlp):
    found = categories("It said it had shared material with FBI offices in Jacksonville, Pensacola and New York.")
    assert "jacksonville" not in found


def test_names_listed_as_languages_or_cities_are_no_parties(nlp):
    found = categories("Meta employed staff with local knowledge of the most widely spoken languages in Ethiopia, "
                       "including Amharic, Oromo, Somali and Tigrinya.")
    assert not {"amharic", "oromo", "tigrinya"} & set(found)


def test_a_programme_is_no_actor(nlp):
    found = categories("Vela Corp. withdrew from Project Harbor in 2018 after staff protests over Operation Clean Sweep.")
    assert "vela-corp" in found and not any(k.startswith(("project", "operation")) for k in found)


def test_a_bracketed_short_form_that_is_not_the_initials_is_the_body(nlp):
    text = ("The Swedish Authority for Privacy Protection (IMY) said on Thursday that the Swedish Police Authority had "
            "processed data unlawfully. IMY said the tool had been used.")
    found = extract(analyse(text))
    body = next(e for e in found.entities if e.key == "swedish-authority-for-privacy-protection")
    assert "IMY" in body.aliases and "imy" not in {e.key for e in found.entities}


def test_a_mixed_case_short_form_and_a_country_that_ends_a_bodys_name(nlp):
    text = "It names the Agency for Digital Italy (AgID) as the authority. AgID said it would publish guidance."
    found = {e.key: e for e in extract(analyse(text)).entities}
    assert "AgID" in found["agency-for-digital-italy"].aliases and "agid" not in found and "italy" not in found


def test_one_article_before_two_joined_words_makes_one_body(nlp):
    found = categories("The Swedish Post and Telecom Authority (PTS) said on Monday that it would postpone the auction.")
    assert found.get("swedish-post-and-telecom-authority") == "GovernmentBody" and "swedish-post" not in found
    found = categories("The PIPC and the Korea Internet Security Agency said they would inspect Lumio Inc.")
    assert "pipc" in found and "korea-internet-security-agency" in found


def test_a_police_force_is_no_watchdog(nlp):
    text = ("The Danish Authority for Data Protection said the Danish Police Authority had processed biometric data "
            "unlawfully. The watchdog opened its investigation after media reports.")
    found = extract(analyse(text))
    assert any(e.type == "Investigation" and e.agents == ("danish-authority-for-data-protection",) for e in found.events)
    assert not any("danish-police-authority" in e.agents for e in found.events)


def test_a_listed_bodys_own_premodifier_and_the_kind_it_is_listed_under_type_it(nlp):
    found = categories("Sector watchdogs such as the Bank of Ruritania and market regulator Vantor keep their existing powers.")
    assert found.get("vantor") == "GovernmentBody"
    assert found.get("bank-of-ruritania") == "GovernmentBody"


def test_a_name_a_group_gives_itself_is_one_organisation_the_group_refers_to(nlp):
    text = ("The group, which calls itself Lumo PR Puppets, posted the tool online on Tuesday. Vexa Inc. paused "
            "access. 'We are not against AI,' the group wrote, adding that it hoped Vexa would change.")
    found = extract(analyse(text))
    assert {e.key: e.category for e in found.entities}.get("lumo-pr-puppets") == "Organization"
    assert any(c.speaker == "lumo-pr-puppets" and c.cue == "write" for c in found.claims)
    assert not any(c.cue == "call" for c in found.claims)


def test_a_known_company_with_its_suffix_is_that_company(nlp):
    found = categories("Apple Inc said on Friday it would delay the launch. Apple announced the plans on Aug. 5.")
    assert "apple" in found and "apple-inc" not in found


def test_a_known_companys_arm_headed_by_a_chief_executive_is_a_company(nlp):
    text = ("Regulators fined Vexa Mobility, the mobility arm of internet group Vexa Corp, on Tuesday. Vexa Mobility "
            "rejected the findings. The company said it would appeal. Vexa Mobility, headed by chief executive Ryu "
            "Min-ho, runs the franchise.")
    assert categories(text).get("vexa-mobility") == "Company"


def test_a_peoples_court_and_a_short_surname_are_whole_names(nlp):
    found = categories("In July the Fuzhou Intermediate People's Court barred Vexa Inc. from selling chips. The "
                       "indictment names three nationals, Chen Zhengkun, He Jianting and Wang Yungming.")
    assert found.get("fuzhou-intermediate-people-court") == "GovernmentBody" and found.get("he-jianting") == "Person"
    assert "jianting" not in found


def test_a_companys_second_word_after_its_place_is_its_short_name(nlp):
    found = categories("Prosecutors charged Fujian Tianma Integrated Circuit Co with theft. Tianma said on Friday it "
                       "would appeal.")
    assert "fujian-tianma-integrated-circuit-co" in found and "tianma" not in found


def test_a_regulator_of_another_field_is_not_the_body_named_before(nlp):
    text = ("Kenya's Competition Commission fined Vexa Inc. on Friday. Separately, the country's data regulator "
            "opened an investigation into Orbis Labs in March and ordered it to stop collecting iris scans. The "
            "regulator said its investigation found that Orbis had failed to get consent.")
    found = extract(analyse(text)).events
    assert not any(e.type == "Investigation" and "competition-commission" in e.agents for e in found)
    assert any(e.type == "Investigation" and e.agents == ("kenya",) and e.targets == ("orbis-labs",) for e in found)
    assert any(e.type == "UsageBan" and e.targets == ("orbis-labs",) for e in found)


def test_a_countrys_regulator_is_no_court_nor_another_countrys_body(nlp):
    text = ("Indonesia's competition watchdog fined Vexa Inc. on Tuesday. Vexa said it would file an objection with the "
            "Central Jakarta Commercial Court. In Bogota, Colombia's data protection regulator ordered Orbis Labs to "
            "stop collecting iris scans. The Superintendence of Industry and Commerce (SIC) said Orbis had failed to "
            "obtain consent.")
    found = extract(analyse(text)).events
    assert any(e.type == "UsageBan" and e.agents == ("superintendence-of-industry-and-commerce",) for e in found)


def test_the_embassy_is_an_embassy_the_story_names_or_none(nlp):
    text = ("China's Ministry of Commerce urged the Netherlands not to apply the rules. Its embassy in The Hague said "
            "the rules were an abuse. The embassy accused a certain major country of coercing its allies.")
    found = extract(analyse(text))
    assert not any(c.speaker == "ministry-of-commerce" and "accuse" == c.cue for c in found.claims)


def test_a_named_inquiry_is_a_proceeding_not_an_actor(nlp):
    text = ("The Competition Commission of Kenya on Monday released the final report of its Cloud and Search Markets "
            "Inquiry (CSMI), which found that Vexa Inc. and Lumio Corp. had harmed local outlets. The CSMI also "
            "examined Orbis Labs. A commission of inquiry said so.")
    found = extract(analyse(text))
    keys = {e.key for e in found.entities}
    assert not any("inquiry" in k or k in ("csmi", "cloud") for k in keys)
    assert not any(e.agents and e.agents[0] not in keys for e in found.events)


def test_who_reports_a_sentence_after_it_is_not_its_topic(nlp):
    text = ("Vexa Inc. has also withdrawn from a $100 million defence competition, Bloomberg reported. The company told "
            "the government in February that it lacked the resources.")
    found = extract(analyse(text))
    assert any(c.speaker == "vexa-inc" and c.cue == "tell" for c in found.claims)
    assert not any(c.speaker == "bloomberg" and c.cue == "tell" for c in found.claims)


def test_review_misfires_of_this_sessions_name_rules_stay_fixed(nlp):
    found = categories("Mr Ravi Menon met officials on Monday. Ravi Menon said the rules were sound.")
    assert "mr-ravi-menon" not in found
    found = categories("Ad agencies such as Ogilvy and Havas signed the pledge.")
    assert found.get("ogilvy") != "GovernmentBody"
    found = categories("Intel Capital led the round, and Intel said it would keep investing.")
    assert "intel-capital" in found
    found = categories("The complaint was filed by the Dutch Railways and Consumer Authority on Monday.")
    assert "dutch-railways-and-consumer-authority" not in found
    text = "Ana Ruiz, chair of Medicine at Stanford, said the model was unsafe."
    assert "medicine" not in categories(text)
    found = extract(analyse("China's Ministry of Foreign Affairs criticised the move on Monday. The embassy said the move was wrong."))
    assert not any(c.speaker == "ministry-of-foreign-affairs" and "wrong" in c.content for c in found.claims)


def test_a_list_the_ner_ran_together_and_a_works_title_are_no_single_company(nlp):
    found = categories("It covers companies including Vexa Productions, Lumio Arts Productions and Korra Games.")
    assert {"vexa-productions", "lumio-arts-productions"} <= set(found)
    found = categories("South Korea's Ministry of Trade, Industry and Energy said so.")
    assert "ministry-of-trade-industry-and-energy" in found
    found = categories("Ana Ruiz, a voice actor known for the Borderlands and Life is Strange series, said so. "
                       "Its researcher Liv Matan showed the flaws.")
    assert "borderlands-and-life-is-strange" not in found and "liv-matan" in found


def test_a_persons_surname_alone_as_a_subject_is_that_person(nlp):
    text = ("Skydio chief executive Adam Bry wrote to customers on Wednesday. Bry sought help from the Biden "
            "administration last week, meeting Deputy Secretary of State Kurt Campbell.")
    found = extract(analyse(text))
    assert any(e.type == "Negotiation" and e.agents == ("adam-bry",) for e in found.events)


def test_the_company_is_the_one_the_story_is_about_not_one_whose_lexicon_name_ends_in_company(nlp):
    found = extract(analyse("Vexa Inc. signed a deal with Axon on Monday. Its rivals, including TSMC, have blocked Vexa's "
                            "crawler. Vexa also faces a string of lawsuits. Three authors sued the company in September.")).events
    sued = {t for e in found if e.type == "Lawsuit" for t in e.targets}
    assert "vexa-inc" in sued and "tsmc" not in sued
    # a name the article itself gives with the word is still the company it means
    found = extract(analyse("The Kraft Heinz Company said it would use Vexa Inc.'s chatbot. Regulators later fined the company.")).events
    assert {t for e in found if e.type == "Fine" for t in e.targets} == {"kraft-heinz-company"}


def test_a_described_product_called_by_a_name_is_that_product(nlp):
    x = extract(analyse("Figlet Inc. has switched off a feature after a developer showed that it copied Orbis Corp.'s Weather "
                        "app. Chief Executive Dana Holt said that the company was disabling the tool, called Make Designs, "
                        "while it reviewed it. The feature was unveiled last week at Figlet's Config conference."))
    found = {e.key: e.category for e in x.entities}
    assert found.get("make-designs") == "AIModel" and "config" not in found
    # a host named with its own head word before the event noun stays an entity
    found = categories("Speaking at a Stanford University conference on AI, Dana Holt said the system was biased.")
    assert "stanford-university" in found
    # the tool the description names is what was disabled
    assert any(e.type == "ModelWithdrawal" and e.targets == ("make-designs",) for e in x.events)


def test_a_hyphenated_short_form_in_brackets_is_the_name_before_it(nlp):
    found = extract(analyse("The rules were issued by the Kelvar Cyber Response Team (CERT-Kv), the security agency "
                            "that reports to the ministry. Lumio Corp. said CERT-Kv had not consulted it.")).entities
    team = next(e for e in found if e.label == "Kelvar Cyber Response Team")
    assert "CERT-Kv" in team.aliases
    assert not any(e.label == "CERT-Kv" for e in found)


def test_an_agency_is_a_government_body_unless_it_does_business(nlp):
    # ("the security agency that ...": a description after the bracketed short form, starting with "the")
    assert categories("The rules were issued by the Kelvar Cyber Response Team (CERT-Kv), the security agency "
                      "that reports to the ministry.")["kelvar-cyber-response-team"] == "GovernmentBody"
    assert categories("The photos were sold by Brightline Partners, an advertising agency.")["brightline-partners"] == "Company"


def test_technical_acronyms_are_no_companies(nlp):
    found = categories("Lumio Corp. closed its servers. Its users can still obtain German IP addresses through servers "
                       "in Sweden, the company said.")
    assert "ip" not in found


def test_a_preposition_that_opens_a_sentence_is_no_part_of_a_name(nlp):
    found = categories("Vexa Inc. named a new board on Monday. Besides Ana Pires, the board consists of three members.")
    assert found.get("ana-pires") == "Person" and "besides-ana-pires" not in found


def test_a_title_and_a_name_the_ner_took_for_one_body_are_a_person(nlp):
    found = categories("In a determination published on Tuesday, Privacy Commissioner Carly Kind found that Vexa had "
                       "collected biometric data. Kind ordered Vexa to stop.")
    assert found.get("carly-kind") == "Person"
    assert not any("commissioner" in key for key in found)


def test_an_office_named_for_a_title_keeps_the_title_in_its_name(nlp):
    found = categories("The complaint was filed by the Utah Division of Consumer Protection, together with the Office of "
                       "the Attorney General.")
    assert found.get("office-of-the-attorney-general") == "GovernmentBody"
    assert found.get("utah-division-of-consumer-protection") == "GovernmentBody"


def test_a_body_known_as_a_short_name_is_one_body(nlp):
    found = extract(analyse("Ana Pires, a director general at the Ministry of Digital Affairs, known as Kominfa, told a "
                            "briefing the block would stay. Kominfa issued the regulation in 2020.")).entities
    ministry = next(e for e in found if e.label == "Ministry of Digital Affairs")
    assert ministry.category == "GovernmentBody" and "Kominfa" in ministry.aliases
    assert not any(e.label == "Kominfa" for e in found)


def test_an_object_pronoun_of_an_urging_participle_is_whom_the_writer_addressed(nlp):
    found = extract(analyse("The Kelvar Data Agency issued the rules in 2020. The Open Net Foundation wrote to the agency "
                            "this month urging it to repeal them.")).events
    assert any(e.type == "PublicAppeal" and e.agents == ("open-net-foundation",) and e.targets == ("kelvar-data-agency",)
               for e in found)


def test_an_office_named_for_its_holders_title_keeps_the_whole_title(nlp):
    found = categories("The Office of the United States Trade Representative had already criticised the Kelvar proposals.")
    assert found.get("office-of-the-united-states-trade-representative") == "GovernmentBody"


def test_a_company_named_with_and_without_its_legal_form_is_one_company(nlp):
    found = extract(analyse("Volunteer moderators of Brightline have called off a strike. The deal commits Brightline, Inc. "
                            "to consult them on future policy changes.")).entities
    assert [e.label for e in found if "Brightline" in e.label] == ["Brightline, Inc."]


def test_a_project_listed_after_its_kind_is_an_organisation(nlp):
    found = categories("Fifteen moderators joined the action, as did volunteer anti-spam projects such as Smokeline.")
    assert found.get("smokeline") == "Organization"


def test_the_description_an_apposition_gave_a_name_refers_back_to_it(nlp):
    text = ("Researchers have dropped their boycott of the Kelvar Institute of Technology, the country's leading science "
            "university. Ana Pires, a professor at the University of Borland, organised the protest. The researchers said "
            "they would not visit the Kelvar Institute of Technology. They urged the university to guarantee that its new "
            "centre would not develop weapons.")
    found = extract(analyse(text)).events
    assert any(e.type == "PublicAppeal" and e.targets == ("kelvar-institute-of-technology",) for e in found)
    assert not any("university-of-borland" in e.targets for e in found)


def test_people_a_group_names_as_including_act_for_it_later(nlp):
    text = ("The researchers, drawn from 30 countries and including Ana Pires and Tom Lee, declared in an open letter "
            "that they would not visit the institute. They urged Vexa Inc. to guarantee that it would not build weapons.")
    found = extract(analyse(text)).events
    assert any(e.type == "PublicAppeal" and set(e.agents) == {"ana-pires", "tom-lee"} and e.targets == ("vexa-inc",)
               for e in found)


def test_a_campaign_named_with_for_is_one_organisation(nlp):
    found = categories("The move is a partial victory for No Cloud for Borland, a group of current and former Vexa "
                       "employees. Ana Pires, an organiser with the group, called the decision significant.")
    assert found.get("no-cloud-for-borland") == "Organization"


def test_two_companies_of_one_stem_and_two_legal_forms_stay_two(nlp):
    found = categories("Lumio Corp. said on Monday it agreed to buy Lumio Ltd, a British chip designer.")
    assert "lumio-corp" in found and "lumio-ltd" in found


def test_a_product_or_a_person_known_as_a_short_name_is_not_the_company(nlp):
    for text in ("The company released a chatbot developed by Lumio Corp., known as Lumi, in May.",
                 "Tomas Brenner, the founder of Vexa Inc., known as Tom, resigned."):
        found = extract(analyse(text)).entities
        assert not any(len(e.aliases) > 1 and e.category == "Company" for e in found), text


def test_a_company_name_that_begins_with_a_preposition_keeps_it(nlp):
    assert "beyond-circuits-inc" in categories("Beyond Circuits Inc. said it would appeal.")


def test_the_group_after_an_unnamed_group_of_people_is_no_company(nlp):
    text = ("A group of current and former employees of Vexa Inc. and Lumio Corp. published an open letter on Tuesday. "
            "The letter was signed by 13 people. Several signed anonymously. It was endorsed by three scientists. "
            "The group urged the companies not to enforce agreements that bar criticism.")
    found = extract(analyse(text)).events
    assert not any(e.type == "PublicAppeal" and set(e.agents) & {"vexa-inc", "lumio-corp"} for e in found)


def test_companies_listed_after_services_are_no_products(nlp):
    found = categories("The ministry said it would summon two local companies linked to the services, Kelvar Terang Abadi "
                       "and Kelvar Sandina Nusantara, to explain the violations.")
    assert "AIModel" not in found.values()


def test_a_korean_given_name_keeps_its_hyphen(nlp):
    found = categories("President Kang Jae-in signed the bill on Tuesday. Vexa Inc. said the Lumio-backed rules were harsh.")
    assert found.get("kang-jae-in") == "Person"
    assert "lumio-backed" not in found


def test_a_known_word_that_begins_a_body_of_another_country_is_that_body(nlp):
    found = categories("The ban was announced by the Treasury Board of Canada, the cabinet body that oversees the public service.")
    assert found.get("treasury-board-of-canada") == "GovernmentBody" and "treasury-department" not in found


def test_an_office_named_for_a_title_keeps_where_it_serves(nlp):
    found = categories("Ana Pires, who heads the Office of the Information and Privacy Commissioner for British Columbia, "
                       "said the findings were clear.")
    assert "office-of-the-information-and-privacy-commissioner-for-british-columbia"[:60] in found


def test_a_law_named_for_what_it_is_on_is_no_actor(nlp):
    found = categories("The Law on Machine Learning was approved by the National Assembly on Tuesday. It repeals the AI "
                       "provisions of the Law on Digital Technology Industry adopted in June.")
    assert not any(key.startswith("law-on") or key == "digital-technology-industry" for key in found)


def test_where_a_person_is_from_is_no_part_of_the_name(nlp):
    # (the NER's person span runs on past "of" into the place: set here, as the model does on some prose)
    from spacy.tokens import Span

    from kg.extract.mentions import find_mentions

    doc = analyse("Delegate Lo Ai Vinh of Ben Tre said the country urgently needed AI rules.")
    doc.ents = [Span(doc, 1, 7, label="PERSON")]
    assert [m.text for m in find_mentions(doc)][:1] == ["Lo Ai Vinh"]


def test_parliament_named_alone_is_a_legislature(nlp):
    found = extract(analyse("The commissioner said the findings were clear. Emily Carter also urged Parliament to "
                            "strengthen the country's privacy laws.")).events
    assert any(e.type == "PublicAppeal" and e.targets == ("parliament",) for e in found)


# what the words around a name say it is, on names the NER missed or mistyped: (text, key, category)
TYPED_BY_CONTEXT = [
    # a premodifier the spec's nouns type: a chain or a service is a company's
    ("Hardware chain Bunnings breached the privacy of shoppers.", "bunnings", "Company"),
    ("Emmett Shaw, a co-founder of the streaming service Twitch, was appointed.", "twitch", "Company"),
    # an owner's models by family name, and a company's own named tools and services, are products
    ("ByteDance obtained most of its access to OpenAI's GPT models through the cloud platform.", "gpt", "AIModel"),
    ("Vexa Inc. said on Tuesday it would retire its Lumi Vision tools, which claimed to read emotions.", "lumi-vision", "AIModel"),
    ("The regulator said Vexa Inc. had favoured its own Vexa Shopping service.", "vexa-shopping", "AIModel"),
    ("Vexa Inc. launched its chatbot service Lumi on Monday.", "lumi", "AIModel"),
    # an apposition whose modifier is a gerund
    ("The regulator began blocking Chatly, the messaging app, on Monday after it refused to hand over its keys.", "chatly", "AIModel"),
    # an agency is a business unless a government word says otherwise
    ("Brightwave, a public relations agency based in London, said it would appeal.", "brightwave", "Company"),
    ("Halden Digital, a digital agency, said it would appeal.", "halden-digital", "Company"),
    # a company's division is the company's
    ("Vexa Inc.'s Cloud Division reported a loss.", "cloud-division", "Company"),
    # a title of two words in an apposition makes a person
    ("Ana Pires, a director general at the Ministry of Digital Affairs, told a briefing the block would stay.", "ana-pires", "Person"),
    # groups of a kind of people list organisations
    ("Publishers' groups including the Alliance of Kelvar Newspapers complained to the regulator.", "alliance-of-kelvar-newspapers",
     "Organization"),
    # the first mention, untagged, is the one whose premodifier says what the name is
    ("The inquiry was opened in July 2022, weeks after consumer group CHOICE revealed that Vexa, Kmart and Lumio were using "
     "facial recognition in stores and lodged a complaint. CHOICE said the practice was invasive.", "choice", "Organization"),
]


@pytest.mark.parametrize("text, key, category", TYPED_BY_CONTEXT)
def test_the_words_around_a_name_type_it(nlp, text, key, category):
    assert categories(text).get(key) == category


def test_second_review_misfires_of_names_stay_fixed(nlp):
    from kg.extract.mentions import find_mentions
    from kg.resolve import resolve

    # "It" that answers an allegation is the accused
    doc = analyse("Lumio Corp. alleged that Vexa Inc. had copied its code. It denied the allegations.")
    it = next(t for t in doc if t.text == "It")
    assert resolve(doc, find_mentions(doc)).key_at(it.i) == "vexa-inc"
    # a streaming service named for its company is the company; a vendor of users' systems too
    assert categories("Subscribers to the Zubrik streaming service rose 10%, Zubrik said.").get("zubrik") == "Company"
    assert categories("Vexa makes chatbots for banks. Several banks said they would stop using their Vexa systems. "
                      "Vexa declined to comment.").get("vexa") != "AIModel"
    # "Regulation of X" at a sentence's start is no law's name
    assert "vexa-inc" in categories("Regulation of Vexa Inc. and Lumio Corp. must be tightened, Emily Carter said.")


def test_parliament_opening_a_sentence_before_its_verb_is_a_legislature(nlp):
    found = extract(analyse("Kenya's lawmakers debated the bill for a month. Parliament passed the bill on Monday.")).events
    assert any(e.type == "PolicyIssued" and e.agents == ("parliament",) for e in found)


def test_a_lexicon_body_keeps_its_kind_and_a_country_adjective_finds_the_countrys_body(nlp):
    from kg.extract.mentions import find_mentions
    from kg.resolve import resolve

    text = ("Ireland's Data Protection Office fined Vexa Inc. on Monday. The regulator said the fine was fair. "
            "The European Data Protection Board welcomed the decision. Emily Carter accused the Irish regulator "
            "of acting too slowly.")
    found = {e.key: e.kind for e in extract(analyse(text)).entities}
    assert found.get("european-data-protection-board") == "Regulator"  # (as entities.jsonl says)
    doc = analyse(text)
    irish = [t for t in doc if t.lower_ == "regulator"][-1]
    assert resolve(doc, find_mentions(doc)).resolved_refs.get(irish.i) == "data-protection-office"


def test_the_app_is_the_one_the_story_is_about_not_where_someone_posted(nlp):
    from kg.extract.mentions import find_mentions
    from kg.resolve import resolve

    text = ("Lumio Corp. welcomed the decision to restore access to Vexa on Tuesday. The Kelvar Media Authority cut off "
            "the photo-sharing app on Aug. 2. Days before, Emily Carter had condemned the platform. \"This is censorship,\" "
            "Carter wrote on X. The minister later said the app had been blocked because it broke the rules. "
            "Emily Carter wrote on X that the company had promised to work with the authority.")
    doc = analyse(text)
    res = resolve(doc, find_mentions(doc))
    apps = [t for t in doc if t.lower_ == "app"]
    company = [t for t in doc if t.lower_ == "company"][-1]
    assert res.resolved_refs.get(apps[-1].i) == "vexa" and res.resolved_refs.get(company.i) == "vexa"


def test_a_surname_the_ner_took_for_a_thing_is_the_person(nlp):
    from spacy.tokens import Span

    text = "Emily Carter, the former defence secretary, refused. Trump called Carter in the summer of 2018."
    doc = analyse(text)
    carter = [t for t in doc if t.text == "Carter"][-1]
    doc.ents = [Span(doc, 0, 2, label="PERSON"), Span(doc, carter.i, carter.i + 1, label="PRODUCT")]
    entities = {e.key: e.aliases for e in extract(doc).entities}
    assert "Carter" in entities.get("emily-carter", ()) and "carter" not in entities


def test_session_18_review_misfires_of_name_rules_stay_fixed(nlp):
    # a country's regulator over its department
    assert _reference("Ireland's Department of Enterprise said the rules were clear. Separately, the Data Protection "
                      "Commission opened an inquiry into Vexa Inc. The Irish regulator said it had received complaints.",
                      "regulator") == "data-protection-commission"
    # an owner named beside "the owner"
    assert _reference("Lumio Corp. bought Chatterly last year. The owner of Chatterly, Emily Carter, said she would stay on.",
                      "owner") != "lumio-corp"
    # "commented on" a company is about it, not a platform it posted on
    assert _reference("Emily Carter commented on Vexa Inc. during the hearing. The company said it would respond in writing.",
                      "company") == "vexa-inc"
    # the state's services are not the company's
    assert _reference("Vexa Inc. said the rules were clear. Emily Carter spent a decade in the civil service.", "service") is None
    # a person whose surname is a country or a capital, a state agency named for its country
    found = categories("Emily Jordan, Vexa Inc.'s policy chief, said the rules were clear. Jordan said they were fair. "
                       "Ana Lima, a Vexa Inc. engineer, said the model was safe. Business France, the government's "
                       "trade agency, said it would help. Italy banned Microsoft Teams from government computers.")
    assert found.get("emily-jordan") == "Person" and "peru" not in found and found.get("business-france") != "Company"
    assert found.get("microsoft-teams") == "AIModel"
    # a capital named as a place is no party
    assert "kenya" not in categories("Emily Carter visited Nairobi on Monday to meet Lumio Corp. executives.")


def _reference(text: str, word: str, nth: int = 0) -> str | None:
    """The entity the nth occurrence of a description or pronoun in the text resolves to."""
    from kg.extract.mentions import find_mentions
    from kg.resolve import resolve

    doc = analyse(text)
    token = [t for t in doc if t.lower_ == word][nth]
    return resolve(doc, find_mentions(doc)).resolved_refs.get(token.i)


@pytest.mark.parametrize("text, word, nth, key", [
    # a body the story called the regulator stays the regulator
    ("Norway's communications regulator asked Vexa Inc. on Tuesday to remove the Lumio app. The Federal Media Office "
     "said the request was sent on Monday. The dispute stems from Lumio's refusal to give the Federal Security Service "
     "the keys. The Federal Security Service says the app helps criminals. Last month the regulator gave Lumio Corp. "
     "15 days to comply.", "regulator", -1, "federal-media-office"),
    # "the service" in a story about a messaging company is that company
    ("The Kelvar Media Office began blocking Lumio Corp. on Monday. Users said the service was slow.", "service", 0,
     "lumio-corp"),
    # another country's authority is not the body the story gave to the first
    ("South Korea's data protection regulator has fined Vexa Inc. over a leak. The Personal Data Board said on Thursday "
     "that the company had breached its duty. Italy's data protection authority temporarily blocked the Lumi chatbot "
     "in March.", "authority", 0, "italy"),
    # the owner of named products is the company named before
    ("At the same meeting, Vexa Inc. was ordered to pay a further 7 billion won. The owner of Lumi and Orbo had already "
     "been fined last September.", "owner", 0, "vexa-inc"),
    # "It" opening a sentence continues the main subject, not a reported one
    ("The Open Rights Group filed a complaint on Monday. In its filing with the regulator, the Vienna-based group argues "
     "that Vexa Inc. breached the accuracy principle. It asked the authority to order the company to delete the output.",
     "it", 0, "open-rights-group"),
    # "its" beside a party it is joined to is that party, not the clause's subject
    ("The Kelvar Data Agency has fined the Lumio Foundation and its technology partner Vexa Inc. on Monday.", "its", 0,
     "lumio-foundation"),
    ("The Kelvar Data Agency wrote to Vexa Inc. on Monday. The agency requested details of the company's policy and of "
     "its internal review.", "its", 0, "vexa-inc"),
    # (but not across a phrase with no "and": whose Android it is stays the subject's)
    ("Vexa Inc. has suspended Lumio Corp.'s access to updates of its operating system.", "its", 0, "vexa-inc"),
    # "the foundation" is the body named with the word, whichever kind of body the story made it
    ("Regulators fined the Worldcoin Foundation and Vexa Inc. on Monday. The foundation must pay 7 million won.",
     "foundation", 1, "worldcoin-foundation"),
    # a company named only as someone's employer is no antecedent while the story's company is
    ("Kelvar Labs, co-founded by Vexa Inc. chief executive Ana Ruiz, said it respected the decision. The project has run "
     "into regulators elsewhere. In March, the Zentrix Data Agency ordered it to stop collecting data.", "it", -1,
     "kelvar-labs"),
    # a title read as a person since the last name is the nearer antecedent of "his"
    ("Commissioner Tomas Reyes opened the probe. President Daniel Okafor said he would raise tariffs. It is not the "
     "commissioner's first look at AI. In 2023 his office opened an inquiry into Vexa Inc.", "his", 0, "tomas-reyes"),
    # "it" after a sentence about an unnamed thing is that thing; a cleft's "it" is nothing
    ("Kelvar has barred Vexa Inc. The guidance, issued by Minister Emily Carter, named neither company nor Lumia. "
     "Instead it warned that vendors could be exposed.", "it", 0, None),
    ("Lumia objected. It was Vexa Inc. that broke the news.", "it", 0, None),
    # with no company named lately, "the company" is the one the story is about, not one named in passing
    ("Vexa Inc. has stopped using its cropping tool. The company said its review found bias. Emily Carter, who "
     "previously led AI work at the consultancy Kelvar Partners, wrote that people should decide. The tool drew "
     "criticism last year. Users posted images of themselves. The company apologised at the time.", "company", -1,
     "vexa-inc"),
    # an opening time does not stop a description from continuing the last subject
    ("Lumio Corp. cut Vexa Inc.'s access to its models. Vexa Inc. said it was disappointed, and Vexa Inc. staff "
     "protested. It is not the first time Lumio Corp. has shut a rival's door. In June the San Francisco-based lab cut "
     "access to its older models for Kelvar Labs.", "lab", 0, "lumio-corp"),
    # (session 19 review) "It" after a sentence about a figure is the company; "In response" hands the turn over; a
    # company's president is no "the president" urged; "his" after a minister praised stays the speaker's
    ("Vexa Inc. reported its quarterly results on Monday. Revenue rose 20 percent. It said it would appeal the fine.",
     "it", 0, "vexa-inc"),
    ("Lumio Corp. filed a complaint against Vexa Inc. with regulators on Monday. In response, the company said the "
     "complaint was baseless.", "company", 0, "vexa-inc"),
    ("Emily Carter, president of Vexa Inc., met Kelvar officials on Tuesday. Vexa urged the president to veto the bill.",
     "president", 1, None),
    ("Tomas Reyes met Emily Carter, Kelvar's digital minister, on Monday. Reyes praised the minister and said his "
     "party would back the bill.", "his", 0, "tomas-reyes"),
    ("OpenAI has teamed up with Vexa Industries. Last month Lumio and the data analytics firm Quantix agreed to work with "
     "Norway.", "firm", 0, "quantix"),
    # of the companies named lately, the one also described lately ("the owner of Zentrix" is Vexa), not the last named
    ("Norway's privacy regulator has fined Vexa Inc. 2 million crowns, saying the owner of Zentrix collected data "
     "without consent. The Data Protection Authority settled on the penalty on Monday. The authority also issued an "
     "order requiring the company to delete the data.", "company", 0, "vexa-inc"),
    # a company's officer: the one company its own sentence names before it, over the last sentence's subject
    ("Vexa Inc. and Lumio Corp. were barred on Monday. Zentrix will also drop Lumio Corp. The pressure on Vexa Inc. "
     "has intensified since Chilean authorities detained its chief financial officer, Ana Ruiz, this month.", "its", 0,
     "vexa-inc"),
    # the object of a preposition in the clause's own gerund is not the clause's subject
    ("Zentrix Corp. has already had a turbulent year. The U.S. Commerce Department banned American companies from selling "
     "components to it in April.", "it", 0, "zentrix-corp"),
    # ... unless the story names that company again on its own after
    ("Kelvar's data regulator fined Vexa Inc. on Monday, saying the parent of Lumio Corp. had misled users. Lumio "
     "Corp. runs a dating app with 20 million users. The regulator banned the company from signing up new users.",
     "company", 0, "lumio-corp"),
    # a company named in an opening adverbial is not what the sentence is about
    ("Vexa Inc. has faced months of scrutiny. Following a complaint by Lumio Corp., Kenyan police detained its chief "
     "financial officer, Ana Ruiz, on Tuesday.", "its", 0, "vexa-inc"),
    # an "it" that stands for the clause after its adjective refers to nothing named
    ("Chile fined Vexa Inc. on Monday. \"It's extremely important to avoid such risks,\" the minister said.", "it", 0, None),
])
def test_what_a_description_refers_to(nlp, text, word, nth, key):
    assert _reference(text, word, nth) == key


def test_the_signatories_are_the_people_the_group_was_introduced_with(nlp):
    from kg.extract.mentions import find_mentions
    from kg.resolve import resolve

    doc = analyse("More than 200 musicians, among them Mei Tanaka, Daniel Okafor and Ana Ruiz, have signed an open letter. "
                  "Other signatories include Tomas Reyes, as well as the estates of Bob Marley and Frank Sinatra. "
                  "\"This must be stopped,\" the signatories write.")
    resolution = resolve(doc, find_mentions(doc))
    token = [t for t in doc if t.lower_ == "signatories"][-1]
    assert set(resolution.group_at(token.i)) == {"mei-tanaka", "daniel-okafor", "ana-ruiz"}


def test_a_surname_of_two_words_joins_the_full_name(nlp):
    found = categories("Commissioner Emily Vance Carter said the firms must act. Vance Carter, a former Vexa Inc. "
                       "executive, said she would not seek a third term.")
    assert found.get("emily-vance-carter") == "Person" and "vance-carter" not in found


def test_a_known_companys_unit_stays_a_body_of_its_own(nlp):
    found = categories("Microsoft has taken its chatbot Tay offline. Peter Lee, corporate vice president of Microsoft "
                       "Research, apologized on Friday.")
    assert "microsoft-research" in found and "microsoft" in found


@pytest.mark.parametrize("text, word", [
    ("Norway has begun blocking calls on Vexa Inc. and Lumio Corp., accusing the two foreign services of fraud.", "services"),
    ("Norway fined Vexa Inc. and Lumio Corp. on Monday. Both apps must now store data locally.", "apps"),
    ("Chile named Vexa Inc. and Lumio Corp. in the order. The two businesses said they would comply.", "businesses"),
])
def test_a_counted_plural_of_services_or_businesses_is_the_companies_just_named(nlp, text, word):
    from kg.extract.mentions import find_mentions
    from kg.resolve import resolve

    doc = analyse(text)
    resolution = resolve(doc, find_mentions(doc))
    token = [t for t in doc if t.lower_ == word][-1]
    assert set(resolution.group_at(token.i)) == {"vexa-inc", "lumio-corp"}


@pytest.mark.parametrize("text, key, category", [
    ("The feature was withdrawn on Friday. Dane Marlow, Vexa Inc.'s chief information security officer, described it in "
     "a post as a short experiment.", "dane-marlow", "Person"),
    ("Reddit's prices doomed several apps. Christian Selig, the developer of Apollo, a popular iPhone client, said he "
     "would close it.", "christian-selig", "Person"),
    ("Reddit's prices doomed several apps. Lumio Corp., the developer of Apollo, said it would close it.", "lumio-corp",
     "Company"),
])
def test_a_long_title_or_a_noun_a_person_can_be_types_the_name(nlp, text, key, category):
    assert categories(text).get(key) == category


def test_a_military_rank_before_a_name_is_no_body(nlp):
    found = categories("In June, Vexa Inc. added retired Army General Tomas Reyes, a former director of the National "
                       "Security Agency, to its board. General Motors said it would sue.")
    assert "army-general" not in found and found.get("tomas-reyes") == "Person"
    assert found.get("general-motors") == "Company"


def test_a_reserve_or_central_bank_is_a_state_body_and_any_other_bank_a_business(nlp):
    found = categories("The Reserve Bank of Norway said on Monday that Lumio Bank, a Norwegian lender, had broken its rules. "
                       "Norway's central bank, the Norges Bank, fined Vexa Inc.")
    assert found.get("reserve-bank-of-norway") == "GovernmentBody"
    assert found.get("norges-bank") == "GovernmentBody"
    assert found.get("lumio-bank") == "Company"


@pytest.mark.parametrize("text", [
    "Vexa Inc. launched Lumio, formerly known as Zentrix, in Chile in November. Zentrix had been banned in Spain.",
    "Lumio (formerly Zentrix) was banned in Chile. Zentrix had been banned in Spain.",
    "Lumio, previously called Zentrix, was banned in Chile. Zentrix had been banned in Spain.",
])
def test_a_former_name_is_the_same_entity_under_its_present_name(nlp, text):
    entities = {e.key: e for e in extract(analyse(text)).entities}
    assert "zentrix" not in entities and "Zentrix" in entities["lumio"].aliases


def test_its_is_none_of_a_plural_subject(nlp):
    assert _reference("Vexa Inc. runs an iris-scanning project. The project has run into resistance elsewhere. Spain "
                      "and Portugal both halted its iris collection last year.", "its") == "vexa-inc"


def test_a_government_agency_named_with_its_country_is_no_country_nor_person(nlp):
    found = {e.key: e for e in extract(analyse(
        "The Commissioner of Patents, whose office is run by the government agency IP Australia, could still appeal the "
        "ruling. Australia's patent law was changed.")).entities}
    assert found["ip-australia"].category == "GovernmentBody"
    assert "IP Australia" not in found["australia"].aliases
    # a state news agency is still a news agency
    assert categories("The rules follow Japan's approach, the state news agency VNA reported.").get("vna") != "GovernmentBody"


def test_a_countrys_regulator_is_the_body_named_after_a_possessive_of_another_country(nlp):
    assert _reference("South Korea's privacy regulator has fined Vexa Inc. 8 billion won for passing data to China's "
                      "Zentrix Corp. without consent. The Personal Information Protection Commission said on Thursday that "
                      "Vexa had broken the law.", "regulator") == "personal-information-protection-commission"


@pytest.mark.parametrize("text, kept", [
    ("Tomas Reyes, previously Chile's ambassador to Norway, now advises Vexa Inc.", "chile"),
    ("Emily Carter, formerly Google's head of policy in Brazil, joined Vexa Inc. in March.", "google"),
    ("Lumio, once Kenya's most valuable startup, was fined on Monday.", "kenya"),
    ("Lumio Corp., previously Vexa Inc.'s largest shareholder, sold its stake.", "vexa-inc"),
])
def test_what_a_name_once_was_described_as_is_no_former_name(nlp, text, kept):
    assert kept in {e.key for e in extract(analyse(text)).entities}


def test_a_name_that_acts_in_a_clause_on_a_description_is_not_what_it_describes(nlp):
    assert _reference("Vexa Inc. bought Orbit, a Chilean startup, in May. The startup Vexa acquired had been fined in "
                      "Kenya.", "startup", 1) != "vexa-inc"


def test_a_private_agency_is_a_business(nlp):
    assert categories("The private security agency Zentrix was fined by Chile's regulator.").get("zentrix") == "Company"


def test_a_collectives_possessive_stays_in_the_name_and_a_race_is_no_entity(nlp):
    found = categories("The step followed reports from Indonesia's Ministry of Women's Empowerment and Child Protection. "
                       "Vexa Inc. showed footage of Black men to users and asked them whether they wanted more.")
    assert "ministry-of-women-empowerment-and-child-protection" in found and "ministry-of-women" not in found
    assert "black" not in found


@pytest.mark.parametrize("text, key", [
    ("Anton Gorelkin, a member of the State Duma, said the rules would be enforced.", "state-duma"),
    ("Lawmakers in the Polish Sejm passed the bill on Monday after a long debate.", "polish-sejm"),
    ("The National Gendarmerie raided Vexa Inc.'s offices in Paris.", "national-gendarmerie"),
])
def test_a_legislature_or_a_force_known_by_its_own_word_is_a_state_body(nlp, text, key):
    assert categories(text).get(key) == "GovernmentBody"


def test_a_country_leading_a_camp_stays_a_country(nlp):
    found = categories("Norway, which holds the rotating presidency of the council, dropped a vote on the plan. "
                       "Supporters of the plan, led by Norway, argue that a temporary law expires in April. "
                       "The foundation, chaired by Tomas Reyes, backed it.")
    assert found.get("norway") == "Country"
    assert found.get("tomas-reyes") == "Person"


def test_a_name_with_a_chief_executive_is_no_person(nlp):
    found = categories("The messaging app Zentrix has 5 million users. Zentrix's chief executive, Emily Carter, said "
                       "the app was safe. Kenya banned Zentrix in May.")
    assert found.get("zentrix") in ("Company", "AIModel")


def test_a_long_name_goes_by_the_word_inside_it_the_story_uses_alone(nlp):
    found = extract(analyse('LISBON, Jan 14 - President Ricardo Tavares Lumo da Costa met ministers on Friday. Lumo, '
                            'who described the plan as "extremely serious", discussed it with French President '
                            'Emmanuel Macron last week.'))
    people = {e.key: e.aliases for e in found.entities if e.category == "Person"}
    (costa,) = [key for key in people if key.startswith("ricardo-tavares-lumo-da-costa")]
    assert "Lumo" in people[costa] and not any(key.startswith("lumo") for key in people), people
    assert any(e.agents == (costa,) and e.type == "Negotiation" for e in found.events), found.events


@pytest.mark.parametrize("text, word", [
    ("OTTAWA, July 7 - The order against Zentrix Corp. was issued on June 27 following a review under the "
     "Investment Canada Act.", "investment"),
    ("OTTAWA, July 7 - Joly also barred federal departments, agencies and Crown corporations from buying or using "
     "Zentrix Corp.'s equipment.", "crown"),
])
def test_a_word_of_a_law_or_of_a_class_of_companies_names_no_actor(nlp, text, word):
    found = categories(text)
    assert word not in found and found.get("zentrix-corp") == "Company", found


def test_what_is_fined_is_a_company_whatever_the_ner_guessed(nlp):
    found = categories("JAKARTA, Oct 3 (Wire) - On Monday the competition watchdog, KPPU, fined TikTok Nusantara 15 "
                       "billion rupiah (about $900,000) for notifying it late of a purchase.")
    assert found.get("tiktok-nusantara") == "Company", found


def test_a_word_between_a_title_and_a_persons_name_is_the_first_name(nlp):
    found = categories('ISLAMABAD, April 17 (Wire) - "The world must laugh at us," Chief Justice Aqeel Ahmed Abbasi said. '
                       'Attorney General Loretta Lynch declined to comment.')
    assert found.get("aqeel-ahmed-abbasi") == "Person" and "aqeel" not in found, found
    assert found.get("loretta-lynch") == "Person", found


def test_the_ministry_is_the_body_named_with_the_word_not_the_last_subject(nlp):
    text = ("ISLAMABAD, April 17 (Wire) - Orvane's interior ministry acknowledged on Wednesday that it had ordered "
            "Vexa Inc. to be blocked. The admission came in a written report submitted to the Islamabad High Court. "
            "It was the first official confirmation of the blackout. In the report, the ministry wrote that the ban "
            "was needed.")
    assert _reference(text, "ministry", 1) == "interior-ministry"


def test_a_platform_named_for_where_someone_posted_is_no_antecedent(nlp):
    text = ("SAN FRANCISCO, March 30 (Wire) - Kelvar Labs has stopped free trials of its image generator. Chief "
            "executive Tomas Reyes announced the move on Tuesday in a post on the company's Discord server. He said "
            "the lab had tried other remedies.")
    assert _reference(text, "lab") == "kelvar-labs"


def test_a_group_named_for_investigations_or_journalism_is_an_organisation(nlp):
    found = categories("Last week Tomas Reyes, founder of the open-source investigations group Veritrace, said he had "
                       "been barred from Vexa Inc.")
    assert found.get("veritrace") == "Organization", found


def test_a_word_inside_one_name_and_at_the_end_of_another_joins_neither(nlp):
    found = extract(analyse("MADRID, May 3 (Wire) - Spain's digital minister Ana Maria Ruiz Torres met Vexa Inc. executives "
                            "on Monday. Maria Lopez, a Vexa spokeswoman, said the company would cooperate. Maria added "
                            "that talks would continue."))
    aliases = {e.key: e.aliases for e in found.entities}
    assert "Maria" not in aliases.get("ana-maria-ruiz-torres", ()), aliases


@pytest.mark.parametrize("text, key, category", [
    ("The Commerce Department blacklisted 12 Zentrix subsidiaries on Monday.", "zentrix", None),
    ("BRASILIA, May 3 (Wire) - The National Data Protection Authority (Brazil) suspended Vexa Inc.'s chatbot on Monday. "
     "Brazil has been tightening rules.", "brazil", "Country"),
])
def test_a_companys_units_and_a_bracketed_country_are_still_named(nlp, text, key, category):
    found = categories(text)
    assert key in found and (category is None or found[key] == category), found


@pytest.mark.parametrize("text, key, alias", [
    ("ANKARA, Jan 12 (Wire) - The Personal Data Protection Authority, known by its Turkish initials KVKK, said it had "
     "started its own inquiry into Vexa Inc.", "personal-data-protection-authority", "KVKK"),
    ("BRASILIA, March 2 (Wire) - The penalties were the outcome of a case opened in December by the National Consumer "
     "Secretariat, or Senacon, an arm of the ministry. Senacon was not persuaded by Vexa Inc.",
     "national-consumer-secretariat", "Senacon"),
])
def test_a_bodys_short_name_given_after_it_is_the_body(nlp, text, key, alias):
    found = {e.key: e for e in extract(analyse(text)).entities}
    assert key in found and alias in found[key].aliases and found[key].category == "GovernmentBody", found


def test_a_quoted_title_in_a_sentence_about_songs_names_no_actor(nlp):
    found = categories('MUNICH, Jan 21 (Wire) - Kelvar Labs\' tool turned out audio that matched songs such as "Forever '
                       'Young", "Mambo No. 5", "Daddy Cool" and "Cheri Cheri Lady", Vexa Inc. said.')
    assert not any(word in key for key in found for word in ("young", "mambo", "daddy", "cheri")), found
    assert found.get("vexa-inc") == "Company", found


def test_a_prize_is_no_actor_and_a_demonym_begins_a_bodys_name_with_its_short_form(nlp):
    found = categories("UNITED NATIONS, Sept 22 (Wire) - Ten Nobel laureates urged governments to agree on red lines. The "
                       "call was unveiled by journalist Ana Ruiz, a co-winner of the 2021 Nobel Peace Prize. The statement "
                       "was drawn up by the French Center for AI Safety (CeSIA) and Kelvar Labs.")
    assert not any("nobel" in key for key in found), found
    assert found.get("french-center-for-ai-safety") == "Organization" and "french" not in found, found



def test_a_noun_and_a_name_across_a_preposition_are_no_name(nlp):
    found = categories("The letter said the start-up had trained its AI on Kelvar works without authorisation, and Vexa "
                       "Inc. agreed to remove the bots. The Senate Committee on Commerce held a hearing.")
    assert not any(key.startswith("ai-on") for key in found), found
    assert found.get("vexa-inc") == "Company", found


def test_two_parties_joined_by_a_hyphen_to_modify_a_noun_are_no_third(nlp):
    found = categories("LONDON, Jan 21 (Wire) - Vexa Inc. and Lumio Corp. agreed to resume talks. About 7,700 actors had "
                       "worked under Vexa-Lumio agreements since 2021, Vexa said, and Lumio agreed.")
    assert not any(key.startswith("vexa-lumio") for key in found), found


@pytest.mark.parametrize("text, office", [
    ("The Commissioner of Patents, whose office is run by the agency IP Australia, rejected the application in 2021.",
     "commissioner-of-patents"),
    ("On Monday the Registrar of Companies fined Vexa Inc. for failing to file its accounts on time.", "registrar-of-companies"),
])
def test_an_office_title_with_what_it_oversees_names_a_body_of_state(nlp, text, office):
    found = categories(text)
    assert found.get(office) == "GovernmentBody"
    assert not {"patents", "companies"} & found.keys()


def test_an_office_title_before_its_holders_name_is_no_body(nlp):
    found = categories("Registrar of Companies Ana Ruiz said on Monday that Vexa Inc. had failed to file its accounts.")
    assert not any(key.startswith("registrar-of-companies") for key in found)


def test_a_known_group_and_a_country_name_its_national_chapter(nlp):
    found = categories("Amnesty International Argentina warned on Monday that the plan threatened free expression.")
    assert found.get("amnesty-international-argentina") == "Organization"
    assert "argentina" not in found


def test_a_name_given_in_full_before_is_read_whole_where_its_first_word_opens_a_sentence(nlp):
    found = categories("Workers organised by the group No Tech for Apartheid occupied the office on Tuesday. "
                       "No Tech for Apartheid said on Wednesday that the firings were unfair.")
    assert "no-tech-for-apartheid" in found
    assert not {"tech-for-apartheid", "apartheid"} & found.keys()


def test_an_office_title_oversees_a_list_and_not_a_holder_in_apposition(nlp):
    assert categories("On Monday the Commissioner of Food and Drugs warned Vexa Inc. about its chatbot.").get(
        "commissioner-of-food-and-drugs") == "GovernmentBody"
    assert not any(k.startswith("registrar") for k in categories(
        "On Monday the Registrar of Companies, Ana Ruiz, fined Vexa Inc. for late filings."))


def test_a_country_that_opens_the_clause_told_is_no_national_chapter(nlp):
    found = categories("Vexa Inc. told Amnesty International Brazil would ban the tool.")
    assert "amnesty-international-brazil" not in found and found.get("brazil") == "Country"


def test_the_society_is_the_one_the_story_called_a_society_not_the_group_named_last(nlp):
    text = ("GEMA, Germany's music rights society, has sued Lumio Corp. Earlier this month, Denmark's music rights group "
            "Koda filed its own lawsuit against Lumio. The society said it wants AI developers to pay for the works they use.")
    assert _reference(text, "society", 1) == "gema"


def test_a_capitalised_title_before_a_persons_name_is_no_body(nlp):
    found = categories("Police Commissioner David Manning said the block was a test.")
    assert "police-commissioner" not in found
    assert found.get("david-manning") == "Person"


def test_a_name_said_to_be_based_somewhere_is_a_company(nlp):
    found = categories("The chatbot was developed by Beijing-based Turing Robot.")
    assert found.get("turing-robot") == "Company"


def test_a_word_only_modifying_a_plural_noun_is_no_party(nlp):
    found = categories("The regulator said the software was a particular risk for Maori and Pacific shoppers.")
    assert "pacific" not in found and "maori" not in found
    # (a company named before a title, or before its product, stays)
    assert "paypal" in categories("PayPal co-founder Peter Thiel said the deal was fair.")
    assert "vexa" in categories("Canada removed Vexa applications from government mobile devices in 2023.")


@pytest.mark.parametrize("text, name", [
    ("Peru is a model for other countries drafting AI rules.", "peru"),
    ("Tomas Reyes is a Vexa Inc. assistant who handles the company's press calls.", "tomas-reyes"),
])
def test_what_is_called_a_model_or_an_assistant_is_not_made_a_model(nlp, text, name):
    assert categories(text).get(name) != "AIModel"


@pytest.mark.parametrize("text", ["Campaign director Emily Carter said the bill was flawed.",
                                  "According to Sales director Tomas Reyes, the deal was fair."])
def test_a_function_before_a_directors_title_is_no_body(nlp, text):
    assert set(categories(text)) <= {"emily-carter", "tomas-reyes"}


def test_a_law_by_its_number_is_no_actor(nlp):
    found = categories("The bill revives much of Bill C-11, which the government introduced in late 2020. "
                       "Bill C-27 was tabled in the House of Commons.")
    assert not any(key.startswith("bill") for key in found)


def test_a_surname_with_its_generation_is_part_of_the_name(nlp):
    found = categories("Privacy Commissioner Jose Amelito Belarmino II said consent bought with money is no choice. "
                       "Belarmino II said the agency would act. After World War II, rules changed.")
    assert found.get("jose-amelito-belarmino-ii") == "Person"
    assert "belarmino-ii" not in found and "jose-amelito" not in found


def test_a_name_joined_to_a_persons_by_and_is_a_persons(nlp):
    found = categories("Enrique Ochoa and Omar Alejandri Rodríguez of Lexing Mexico said the decision exposed the need "
                       "to reform the law.")
    assert [category for key, category in found.items() if key.startswith("omar-alejandri-rodriguez")] == ["Person"]


def test_a_feature_called_by_a_name_in_a_story_on_ai_is_an_ai_product(nlp):
    found = categories("Zentrix has paused a test that placed AI-generated summaries above articles. It had announced "
                       "a trial of the feature, called Simple Page Digests, for readers who opted in.")
    assert found.get("simple-page-digests") == "AIModel"


def test_a_school_named_with_its_city_is_an_organisation(nlp):
    found = categories("The flaws were documented by Maria Lenz, a researcher at University College Dublin. Tomas "
                       "Reyes of Imperial College London agreed.")
    assert found.get("university-college-dublin") == "Organization"
    assert found.get("imperial-college-london") == "Organization"


def test_a_name_whose_residents_complained_is_a_place(nlp):
    found = categories("The regulator opened an inquiry into Vexa Inc. after residents of Plaridel, in Bulacan "
                       "province, complained.")
    assert "plaridel" not in found and found.get("vexa-inc") == "Company"
