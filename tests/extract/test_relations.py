"""Relations from titles of bodies named by their field, in sentences written for these tests."""
from __future__ import annotations

import pytest

from kg.analyse import analyse
from kg.extract import extract

pytestmark = pytest.mark.slow


def relations(text: str) -> set[tuple]:
    return {(r.predicate, r.subject, r.object) for r in extract(analyse(text)).relations}


def test_a_minister_titled_by_the_ministrys_field_belongs_to_that_ministry(nlp):
    text = ("The Ministry of Science, Technology and Innovation published the rules. "
            "Science, Technology and Innovation Minister Ana Lopes said they would take effect in May.")
    found = extract(analyse(text))
    assert ("memberOf", "ana-lopes", "ministry-of-science-technology-and-innovation") in relations(text)
    assert "science-technology-and-innovation" not in {e.key for e in found.entities}


def test_a_lower_case_ministry_is_a_body_of_its_own(nlp):
    text = ("Brazil's Ministry of Finance welcomed the deal. "
            "The Brazilian foreign ministry said it would respond, foreign ministry spokesperson Joao Silva told reporters.")
    found = relations(text)
    assert ("memberOf", "joao-silva", "brazilian-foreign-ministry") in found
    assert not any(obj == "ministry-of-finance" for _p, subj, obj in found if subj == "joao-silva")


def test_a_unit_of_a_known_company_is_its_own_body(nlp):
    found = relations("Diane Greene, the chief executive of Google Cloud, told staff on Friday.")
    assert ("leads", "diane-greene", "google-cloud") in found
    assert ("leads", "diane-greene", "google") not in found


def test_a_body_named_for_its_country_keeps_the_country_in_its_name(nlp):
    text = "The Office of the Privacy Commissioner of Canada said on Thursday it would investigate OpenAI."
    labels = {e.label for e in extract(analyse(text)).entities}
    assert "Office of the Privacy Commissioner of Canada" in labels


def test_it_after_the_company_said_is_that_company(nlp):
    text = ("Texas Attorney General Ken Paxton announced a settlement with Acme Robotics. "
            "In a statement, the company said the announcement was wrong, and it said the deal cleared it.")
    speakers = {c.speaker for c in extract(analyse(text)).claims}
    assert "texas" not in speakers and "acme-robotics" in speakers


def test_the_head_of_a_unit_is_a_member_of_the_body(nlp):
    text = ("The Personal Information Protection Commission suspended the app. "
            "Anna Park, director of the commission's investigation division, said users should delete it.")
    found = relations(text)
    assert ("memberOf", "anna-park", "personal-information-protection-commission") in found
    assert ("leads", "anna-park", "personal-information-protection-commission") not in found


def test_a_country_adjective_in_a_title_names_the_country(nlp):
    text = ("Japan and Canada signed the pact. Gina Raimondo and Yoko Tanaka, the Japanese minister for digital affairs, "
            "attended.")
    found = relations(text)
    assert ("memberOf", "yoko-tanaka", "japan") in found
    assert not any(subj == "gina-raimondo" and obj == "japan" for _p, subj, obj in found)


def test_the_groups_president_leads_the_group_not_the_last_company(nlp):
    text = ("OpenAI released a model. The Center for AI and Digital Policy, a research group, filed a complaint. "
            "Marc Rotenberg, the group's president, said the agency must act.")
    found = relations(text)
    assert ("leads", "marc-rotenberg", "center-for-ai-and-digital-policy") in found


def test_an_office_title_relates_to_the_office_not_the_state(nlp):
    text = ("Texas Attorney General Ken Paxton sued Meta Platforms. "
            "The Office of the Texas Attorney General said the case was strong.")
    found = relations(text)
    assert not any(obj == "texas" for _p, subj, obj in found if subj == "ken-paxton")
    assert "privacy commissioner" not in {e.label.lower() for e in extract(analyse(
        "Privacy Commissioner Philippe Dufresne said the Office of the Privacy Commissioner of Canada would act.")).entities}


def test_a_chief_executive_with_no_company_named_heads_the_storys_company(nlp):
    text = ("Google dropped the contract. Google staff had protested, and Google said it would not renew it. "
            "Employees wrote to chief executive Sundar Pichai in April.")
    assert ("leads", "sundar-pichai", "google") in relations(text)


def test_a_capitalised_word_opening_a_bullet_is_no_person(nlp):
    text = "Key points:\n\n  • Underscores the demand for standards.\n\nJessica Tillipman said the rules were unclear."
    keys = {e.key for e in extract(analyse(text)).entities}
    assert "underscores" not in keys and "jessica-tillipman" in keys


def test_a_company_described_by_its_product_develops_it(nlp):
    found = relations("Regulators fined Sora maker Vexley Labs on Tuesday. "
                      "Kappa Robotics, the Boston company behind the chatbot Juniper, was also named.")
    assert ("develops", "vexley-labs", "sora") in found
    assert ("develops", "kappa-robotics", "juniper") in found


def test_a_relative_clause_says_who_built_a_model(nlp):
    found = relations("Orbis hired most of the staff of Tallis Labs, which built the chatbot Wren.")
    assert ("develops", "tallis-labs", "wren") in found


def test_a_chief_officer_without_a_company_works_for_the_story_company(nlp):
    text = ("Norvale Inc. said on Monday it would appeal. Norvale Inc. has faced questions for months. "
            "Critics say Norvale Inc. moved too fast. "
            "In a letter, Chief Compliance Officer Dana Whitlow said the company followed the rules.")
    found = relations(text)
    assert ("memberOf", "dana-whitlow", "norvale-inc") in found
    assert ("leads", "dana-whitlow", "norvale-inc") not in found


def test_a_spokesperson_speaks_for_the_body_the_sentence_names(nlp):
    text = "Spokesperson Marta Ruiz said Solvia Inc. was committed to working with the regulator."
    found = relations(text)
    assert ("memberOf", "marta-ruiz", "solvia-inc") in found
    assert "spokesperson-marta-ruiz" not in {e.key for e in extract(analyse(text)).entities}


def test_a_title_after_two_names_belongs_to_the_second(nlp):
    text = ("Britain signed a pact. Commerce Secretary Dana Lowe and Priya Nair, the British minister for science, "
            "innovation and technology, signed the memorandum of understanding in Washington on Monday.")
    found = relations(text)
    assert ("memberOf", "priya-nair", "united-kingdom") in found
    assert not any(subj == "dana-lowe" and obj == "united-kingdom" for _p, subj, obj in found)


def test_a_name_with_a_particle_is_whole(nlp):
    text = "Commission President Ursula von der Leyen also announced an initiative on Monday."
    keys = {e.key for e in extract(analyse(text)).entities}
    assert "ursula-von-der-leyen" in keys


def test_a_body_led_by_someone_in_a_passive_main_clause(nlp):
    found = relations("The Norwegian Data Council is housed at the ministry and is led by Ingrid Solberg. "
                      "The Oslo Robotics Board, chaired by the technology investor Tom Ashby, met on Friday.")
    assert ("leads", "ingrid-solberg", "norwegian-data-council") in found
    assert ("leads", "tom-ashby", "oslo-robotics-board") in found


def test_a_title_belongs_to_the_one_body_of_its_kind_the_article_names(nlp):
    text = ("The Federal Maritime Commission voted on Tuesday to bar the devices. "
            "Commissioner Dana Ruiz said the makers would not be approved.")
    assert ("memberOf", "dana-ruiz", "federal-maritime-commission") in relations(text)


def test_a_relative_clause_after_a_title_names_no_body_of_the_person(nlp):
    text = ("Marco Bellini, an Italian lawmaker who steered the bill through parliament with Romania's Dan Ionescu, "
            "said Europe now had a binding law.")
    assert not any(subj == "marco-bellini" and obj == "romania" for _p, subj, obj in relations(text))


def test_a_title_that_is_also_the_bodys_name_still_relates_its_holder(nlp):
    text = ("The Information Commissioner's Office fined Vexa Labs on Monday. "
            "UK Information Commissioner Mara Leduc said the company did not only identify people.")
    assert ("leads", "mara-leduc", "information-commissioner-office") in relations(text)


def test_a_company_that_launched_a_model_develops_it(nlp):
    found = relations("Orvane Inc. launched the chatbot Wren in May.")
    assert ("develops", "orvane-inc", "wren") in found


def test_a_name_titled_with_its_body_takes_no_title_from_the_next_apposition(nlp):
    text = ("Quarry Technologies said it would reply. In a letter to Quarry Technologies chief executive Lena Ostrova, "
            "the Senate Banking Committee's chairman, Tom Brandt, asked for lists of customers.")
    found = relations(text)
    assert not any(subj == "lena-ostrova" and obj == "senate-banking-committee" for _p, subj, obj in found)


def test_a_justice_sits_on_the_one_court_the_article_names(nlp):
    text = ("The Bombay High Court issued summons to Orvane Inc. on Tuesday. "
            "Justice Ravi Menon did not grant an interim injunction.")
    assert ("memberOf", "ravi-menon", "bombay-high-court") in relations(text)


def test_a_portfolio_before_a_ministers_title_is_no_body(nlp):
    text = ("Lisbon moved first. \"The rules protect citizens,\" said Energy and Digital Transition Minister Rui Costa.")
    found = extract(analyse(text))
    assert "rui-costa" in {e.key for e in found.entities}
    assert not any(e.key in ("energy", "digital-transition", "energy-and-digital-transition") for e in found.entities)


def test_a_secretary_of_a_country_is_a_member_not_its_head(nlp):
    found = relations("Canada's Innovation Secretary Mara Lindqvist said the agreement would be signed in May.")
    assert ("memberOf", "mara-lindqvist", "canada") in found
    assert ("leads", "mara-lindqvist", "canada") not in found


def test_a_body_title_and_name_side_by_side_relate_however_parsed(nlp):
    assert ("memberOf", "sam-ortiz", "korvex-ltd") in relations("Korvex Ltd. co-founder Sam Ortiz left the company last year.")
    found = extract(analyse("FTC Chair Lina Park said the agency was watching."))
    assert {e.key: e.category for e in found.entities}.get("lina-park") == "Person"
    assert ("leads", "lina-park", "federal-trade-commission") in {(r.predicate, r.subject, r.object) for r in found.relations}
    # an office title names the office, not the state
    assert not any(p == "leads" and o == "ohio" for p, _s, o in relations("Ohio Attorney General Dave Yost sued the company."))


def test_an_envoy_serves_the_country_that_sends_them_not_the_host(nlp):
    found = extract(analyse("Lin Qiao, China's ambassador to the United Nations, told reporters the texts agreed."),
                    article_date="2025-03-04")
    pairs = {(r.predicate, r.subject, r.object) for r in found.relations}
    assert ("memberOf", "lin-qiao", "china") in pairs and not any(o == "united-nations" for _p, _s, o in pairs), pairs


def test_a_plural_title_before_a_list_of_names_holds_for_each(nlp):
    found = extract(analyse("Signatories include the former Quillmark Labs employees Dana Pike, Sam Ortiz and Lin Qiao."),
                    article_date="2025-03-04")
    rows = {(r.predicate, r.subject, r.object, r.former) for r in found.relations}
    assert {("memberOf", person, "quillmark-labs", True) for person in ("dana-pike", "sam-ortiz", "lin-qiao")} <= rows, rows


def test_a_states_governor_named_after_the_state_leads_it(nlp):
    found = extract(analyse("Earlier this month, California Governor Gavin Newsom signed a law on companion chatbots."),
                    article_date="2025-03-04")
    assert ("california", "GovernmentBody") in {(e.key, e.category) for e in found.entities}
    assert ("leads", "gavin-newsom", "california") in {(r.predicate, r.subject, r.object) for r in found.relations}


def test_a_clause_on_a_name_says_where_they_work_and_worked(nlp):
    found = {(r.predicate, r.subject, r.object, r.former) for r in extract(analyse(
        "Neel Varga, who works at Brightwave and previously worked at Helios Labs, signed the letter. "
        "Arvid Sten, formerly of Corvane Labs, signed it too.")).relations}
    assert ("memberOf", "neel-varga", "brightwave", False) in found
    assert ("memberOf", "neel-varga", "helios-labs", True) in found
    assert ("memberOf", "arvid-sten", "corvane-labs", True) in found


def test_a_senator_who_chairs_a_committee_leads_it(nlp):
    found = relations("The bill was championed by Senator Dana Whitfield, the Ohio Republican who chairs "
                      "the Senate Banking Committee.")
    assert ("leads", "dana-whitfield", "senate-banking-committee") in found
    assert ("memberOf", "dana-whitfield", "senate-banking-committee") not in found


def test_a_membership_is_not_read_from_a_pronoun(nlp):
    found = relations("The letter was published by the Halvard Institute. Tomas Reyl, a co-founder of Brightwave "
                      "who left its board in 2018, signed it.")
    assert not any(subj == "tomas-reyl" and obj == "halvard-institute" for _p, subj, obj in found)


def test_a_product_maker_description_and_a_passive_name_the_developer(nlp):
    found = relations("Italy's privacy regulator reviewed the chatbot Lumio and questioned Corvane Inc. in May. On Monday "
                      "it concluded that the Lumio maker had used personal data without consent. Separately, Brisk is built by Halden Labs, and Tava, the chatbot developed "
                      "by Quillon, was fined. By comparison, Corvane's q3 model refused most prompts.")
    assert ("develops", "corvane-inc", "lumio") in found
    assert ("develops", "halden-labs", "brisk") in found
    assert ("develops", "quillon", "tava") in found
    assert ("develops", "corvane-inc", "q3") in found


def test_a_plural_title_before_names_set_off_by_commas_holds_for_each(nlp):
    found = relations("The Federal Trade Commission voted 3-2. The commission's two Republican members, Ada Pryce and "
                      "Noel Varga, dissented. Senators Lia Brandt, a Missouri Republican, and Omar Haddad, a Connecticut "
                      "Democrat, introduced a bill in the Senate on Tuesday.")
    assert {("memberOf", "ada-pryce", "federal-trade-commission"), ("memberOf", "noel-varga", "federal-trade-commission"),
            ("memberOf", "lia-brandt", "senate"), ("memberOf", "omar-haddad", "senate")} <= found


def test_an_occupation_before_or_beside_a_name_relates_it_to_its_institution(nlp):
    found = relations("Halden University linguist Priya Menon said the letter was misleading. Yaman Okur, a cyber "
                      "law expert at Istanbul Kent University, said about 50 posts had been identified.")
    assert ("memberOf", "priya-menon", "halden-university") in found
    assert ("memberOf", "yaman-okur", "istanbul-kent-university") in found


def test_a_states_governor_leads_the_state_not_its_legislature(nlp):
    text = ("Ohio Governor Lia Brandt has vetoed the bill. The measure, written by state Senator Omar Haddad, "
            "passed the Ohio Legislature in August.")
    found = relations(text)
    assert ("leads", "lia-brandt", "ohio") in found
    assert {e.key: e.category for e in extract(analyse(text)).entities}.get("ohio-legislature") == "GovernmentBody"


def test_a_minister_named_with_no_ministry_serves_the_country(nlp):
    found = relations("SANTIAGO, May 2 - Chile has tightened its rules. Chile's regulator said on Monday that "
                      "the rules apply to every platform. Communications Minister Ana Perel said the law would take "
                      "effect in Chile next year.")
    assert ("memberOf", "ana-perel", "chile") in found
    # a portfolio before the title is no name; a shadow minister speaks for the opposition
    found = extract(analyse("In Chile, Interior Cabinet Secretary Jonas Ekberg spoke. Shadow communications minister "
                            "Lia Moreau objected."))
    assert "interior" not in {e.key for e in found.entities}
    assert not any(r.subject == "lia-moreau" for r in found.relations)
    found = relations("Treasury Secretary Paul Denton met Chinese Vice Premier Wen Tao in China.")
    assert ("memberOf", "wen-tao", "china") in found


def test_a_minister_of_a_country_the_story_does_not_name_serves_no_other(nlp):
    found = relations("Malaysia blocked Grok on Sunday, and Malaysia said it would sue. Downing Street, the office of "
                      "British Prime Minister Keir Starmer, dismissed that step as insulting.")
    assert not any(s == "keir-starmer" and o == "malaysia" for _p, s, o in found), found


def test_a_name_of_an_organisation_is_its_member(nlp):
    found = relations("The letter was signed by Sarah Mitchell of the Center for Democracy and Technology "
                      "and by Dana Whitfield of Texas.")
    assert ("memberOf", "sarah-mitchell", "center-for-democracy-and-technology") in found
    assert not any(s == "dana-whitfield" for _, s, _ in found)


def test_a_title_said_of_a_name_with_be(nlp):
    assert ("leads", "tareq-amin", "humain") in relations(
        "Humain was founded in May. Its chief executive is Tareq Amin.")
    assert ("leads", "sundar-pichai", "google") in relations("Sundar Pichai is Google's chief executive.")
    assert not relations("Sundar Pichai is not Google's chief executive.")
    assert not relations("Sundar Pichai is a critic of Google.")


def test_a_clause_on_an_apposition_says_what_the_company_built(nlp):
    assert ("develops", "google-deepmind", "gemini") in relations(
        "Google DeepMind, the Alphabet unit that built Gemini, said it was working on a fix.")


def test_a_party_title_takes_only_the_body_it_sits_on(nlp):
    found = relations("Raja Patel, the top Democrat on the House Select Committee on China, criticised the deals. "
                      "Senators Josh Hawley, a Missouri Republican, and Richard Blumenthal, a Connecticut Democrat, "
                      "introduced the bill.")
    assert ("memberOf", "raja-patel", "house-select-committee-on-china") in found
    assert not any(s in ("josh-hawley", "richard-blumenthal") for _, s, _ in found)


def test_a_barrister_for_the_company_is_its_member(nlp):
    assert ("memberOf", "declan-walsh", "meta") in relations(
        "Meta denied wrongdoing. Declan Walsh, a barrister for the company, told the court that it had complied.")


def test_a_post_outranks_the_party_in_a_title(nlp):
    assert ("leads", "john-moolenaar", "house-select-committee-on-china") in relations(
        "The House Select Committee on China wrote to Nvidia. Its Republican chairman, John Moolenaar, "
        "said the chips must not reach China.")


def test_a_hyphenated_title_is_one_title(nlp):
    found = relations("Helen King, vice-president of responsibility at Google DeepMind, said the filters work. "
                      "Jane Doe, vice-president of Acme Corp, agreed.")
    assert ("memberOf", "helen-king", "google-deepmind") in found
    assert ("memberOf", "jane-doe", "acme-corp") in found
    assert ("leads", "jane-doe", "acme-corp") not in found


def test_a_name_tagged_as_a_pronoun_is_still_led(nlp):
    assert ("leads", "elon-musk", "xai") in relations("Elon Musk, who runs xAI, said the ruling was wrong.")


@pytest.mark.parametrize("text, person, body", [
    # a hyphenated title after an article
    ("Yang Tao, a director-general at China's Ministry of Foreign Affairs, headed the Chinese side.", "yang-tao",
     "ministry-of-foreign-affairs"),
    # a director of a function, in lower case
    ("Tom Kang, research director at Counterpoint Research, said the decision was overdue.", "tom-kang",
     "counterpoint-research"),
])
def test_a_title_one_of_many_hold_makes_a_member_not_the_head(nlp, text, person, body):
    found = relations(text)
    assert ("memberOf", person, body) in found
    assert ("leads", person, body) not in found


def test_a_secretary_of_a_field_with_no_department_serves_the_country(nlp):
    found = relations("Britain's media regulator Ofcom opened an investigation into X on Monday, the latest clash "
                      "between Britain and Elon Musk. Technology Secretary Liz Kendall said the government would back Ofcom.")
    assert ("memberOf", "liz-kendall", "united-kingdom") in found
    assert not relations("Apple said Britain had asked for access. Press Secretary Sarah Mitchell said the request was wrong.")
    # (not the country the sentence is about)
    assert not relations("Defense Secretary Pete Hegseth said China was the main threat.")


def test_a_clause_without_a_relative_pronoun_names_the_maker(nlp):
    assert ("develops", "openai", "gpt-4") in relations(
        "The letter cited GPT-4, the model OpenAI released this month, as a warning.")


def test_the_developer_of_a_named_chatbot_is_its_maker(nlp):
    found = relations("Getty Images sued Anthropic on Monday. In its filing, Getty Images said the developer of the "
                      "Claude chatbot had copied its photos.")
    assert ("develops", "anthropic", "claude") in found
    assert ("develops", "getty-images", "claude") not in found


@pytest.mark.parametrize("text", [
    "The board informed Sam Altman of OpenAI's decision on Friday.",
    "Senator Josh Hawley, a Republican critic of Meta, said the policies were sick.",
    "GPT-4o, the model Microsoft makes available through Azure, was down.",
])
def test_what_is_no_membership_nor_making(nlp, text):
    assert not {r for r in relations(text) if r[0] in ("memberOf", "develops")}


def test_a_head_outranks_a_longer_member_title_beside_it(nlp):
    assert ("leads", "greg-brockman", "openai") in relations(
        "Greg Brockman, OpenAI's president and co-founder, said the deal was good.")
    assert ("leads", "sundar-pichai", "google") in relations(
        "Sundar Pichai, Google's chief executive - and a frequent visitor to Washington - said the rules were fair.")
    assert ("memberOf", "jane-doe", "acme-corp") in relations(
        "Jane Doe, executive vice president of Acme Corp, said the plan was weak.")


def test_in_a_list_of_owned_models_each_owner_keeps_its_own(nlp):
    found = relations("Microsoft said the technique worked against Meta's Llama3-70b-instruct, Google's Gemini Pro, "
                      "OpenAI's GPT-3.5 Turbo and GPT-4o, Mistral Large, Anthropic's Claude 3 Opus and Cohere's Commander R Plus.")
    develops = {(s, o) for p, s, o, *_ in found if p == "develops"}
    assert ("openai", "gpt-4o") in develops
    assert not {("meta", "gpt-4o"), ("meta", "mistral-large"), ("openai", "mistral-large"), ("meta", "claude-3-opus")} & develops
    found = relations("OpenAI's GPT-4, GPT-4o and o1 were tested.")
    assert {("openai", "gpt-4"), ("openai", "gpt-4o")} <= {(s, o) for p, s, o, *_ in found if p == "develops"}


def test_a_known_product_named_beside_its_known_maker_is_developed_by_it(nlp):
    found = extract(analyse("Apple announced a partnership with OpenAI to bring the ChatGPT chatbot to Siri."),
                    article_date="2025-03-04")
    assert ("develops", "openai", "chatgpt") in {(r.predicate, r.subject, r.object) for r in found.relations}
    found = extract(analyse("Apple said Siri would use Claude Code, which Anthropic sells to developers."), article_date="2025-03-04")
    assert {("develops", "apple", "siri"), ("develops", "anthropic", "claude-code")} <= {
        (r.predicate, r.subject, r.object) for r in found.relations}
    # an unknown product is not guessed
    found = extract(analyse("Apple announced a partnership with OpenAI to bring the Zentrix chatbot to Siri."),
                    article_date="2025-03-04")
    assert not any(r.predicate == "develops" and r.subject == "openai" for r in found.relations)


def test_chairing_an_unnamed_part_of_a_named_body_is_membership_of_the_body(nlp):
    found = extract(analyse("Hawley probes Meta\n\nWASHINGTON — Senator Dana Ortiz, a Missouri Republican who chairs the Senate "
                            "Judiciary subcommittee on crime, announced the inquiry on Friday."), article_date="2025-03-04")
    relations = {(r.predicate, r.subject, r.object) for r in found.relations}
    assert ("memberOf", "dana-ortiz", "senate") in relations and ("leads", "dana-ortiz", "senate") not in relations


def test_capitalised_senators_before_names_are_members_of_the_senate_named_by_its_head(nlp):
    found = extract(analyse("Bill\n\nWASHINGTON — On Tuesday, Senators Dana Ortiz, a Missouri Republican, and Tom Hale, a Connecticut "
                            "Democrat, introduced a bill in the Senate."), article_date="2025-03-04")
    relations = {(r.predicate, r.subject, r.object) for r in found.relations}
    assert {("memberOf", "dana-ortiz", "senate"), ("memberOf", "tom-hale", "senate")} <= relations
    # a state's senate is not the senators' house
    found = extract(analyse("Act\n\nNASHVILLE — The bill passed after state Senate Majority Leader Jack Johnson backed it. In October, "
                            "Senators Dana Ortiz, Lena Ruiz and Tom Hale released a federal draft."), article_date="2025-03-04")
    assert not any(r.subject == "dana-ortiz" and r.object == "senate" for r in found.relations)


def test_the_head_word_of_a_bodys_name_refers_back_to_it(nlp):
    found = relations("The Writers Guild sued Vexa on Tuesday. Mara Holt, the guild's chief executive, said writers deserved "
                      "payment. The National Union of Coders criticised Vexa. Sam Reyes, the union's general secretary, said "
                      "the tool was wrong. The Polish Data Office opened a probe. Jan Nowak, president of the office, spoke.")
    assert {("leads", "mara-holt", "writers-guild"), ("leads", "sam-reyes", "national-union-of-coders"),
            ("leads", "jan-nowak", "polish-data-office")} <= found


def test_a_head_word_no_body_is_named_with_refers_to_none(nlp):
    found = relations("The Motion Picture Association objected to Vexa. Sean Astin, the union's president, said actors "
                      "needed protection.")
    assert not any(subject == "sean-astin" for _, subject, _ in found)


def test_a_department_named_only_in_its_secretarys_title_is_no_party(nlp):
    found = extract(analyse("WASHINGTON — The United States and Japan signed a pact on Monday. Treasury Secretary Scott Bessent "
                            "said the United States would keep talking to Japan. Later, the United States said it would act."))
    assert "Treasury" not in {e.label.split()[0] for e in found.entities}
    assert ("memberOf", "scott-bessent", "united-states") in {(r.predicate, r.subject, r.object) for r in found.relations}
    kept = extract(analyse("WASHINGTON — Treasury Secretary Scott Bessent said talks would go on. The Treasury Department "
                           "declined to comment."))
    assert ("leads", "scott-bessent", "treasury-department") in {(r.predicate, r.subject, r.object) for r in kept.relations}


def test_a_founder_is_a_member_and_a_worker_for_a_body_is_one(nlp):
    found = relations("VIENNA — Datavault, the Vienna-based group founded by activist Max Orban, filed a complaint. "
                      "Lena Park, who founded Korvo Labs, said the rules were vague. Korvo Labs fired Daniel Osei, a "
                      "Ghanaian who worked as a moderator for Sama. Dana Reyes, who teaches law at Stanford University, spoke.")
    assert {("memberOf", "max-orban", "datavault"), ("memberOf", "lena-park", "korvo-labs"),
            ("memberOf", "daniel-osei", "sama"), ("memberOf", "dana-reyes", "stanford-university")} <= found
    assert not any(predicate == "leads" for predicate, *_ in found)


def test_cofounders_split_at_the_hyphen_and_all_founders_named_are_members(nlp):
    found = relations("LONDON — Ilya Sutskever, who co-founded OpenAI, left. Korvo Labs was founded by Dana Reyes and "
                      "Sam Ortiz. Sarah Chen, who studied at Tsinghua University before joining Google, spoke.")
    assert {("memberOf", "ilya-sutskever", "openai"), ("memberOf", "dana-reyes", "korvo-labs"),
            ("memberOf", "sam-ortiz", "korvo-labs")} <= found
    assert ("memberOf", "sarah-chen", "tsinghua-university") not in found


def test_a_party_leader_in_a_chamber_is_a_member_of_it(nlp):
    found = relations("WASHINGTON — Senate Democratic leader Chuck Schumer said on the Senate floor that the deal was "
                      "reckless.")
    assert ("memberOf", "chuck-schumer", "senate") in found
    assert ("leads", "chuck-schumer", "senate") not in found


def test_the_group_after_a_report_by_a_group_is_that_group(nlp):
    found = relations('WASHINGTON — Researchers got ChatGPT to give harmful advice, according to a report released on '
                      'Wednesday by the Center for Safer Tech, which accused OpenAI of shipping a chatbot with weak '
                      'guardrails. "We wanted to test the guardrails," Dana Reyes, the group\'s chief executive, said.')
    assert ("leads", "dana-reyes", "center-for-safer-tech") in found


def test_in_a_list_of_owned_models_each_model_is_its_own_owners(nlp):
    found = relations("SYDNEY, July 1 - The team tested OpenAI's GPT-4o, Google's Gemini 1.5 Pro, Meta's Llama 3.2-90B "
                      "Vision, xAI's Grok Beta and Anthropic's Claude 3.5 Sonnet.")
    made = {(s, o) for p, s, o in found if p == "develops"}
    assert ("google", "gemini-1-5-pro") in made and ("anthropic", "claude-3-5-sonnet") in made
    assert not any(s == "google" and o != "gemini-1-5-pro" for s, o in made)
    found = relations("Tencent's Yuanbao and Moonshot AI's Kimi turned off photo recognition during exam hours.")
    assert ("develops", "tencent", "kimi") not in found and ("develops", "moonshot-ai", "kimi") in found


def test_a_spokeswoman_of_one_ministry_is_not_of_another_and_a_minister_not_of_an_agency(nlp):
    found = relations("Foreign ministry spokeswoman Mao Ning said China had made solemn protests. The commerce ministry "
                      "said on Friday that the ban would not protect Australia's security.")
    assert not any(s == "mao-ning" and o == "commerce-ministry" for _p, s, o in found)
    found = relations("The National Information Technology Development Agency (NITDA) said Twitter had agreed. "
                      "Information Minister Lai Mohammed accused the company of allowing its platform to be misused.")
    assert not any(s == "lai-mohammed" and "agency" in o for _p, s, o in found)


def test_a_minister_with_no_country_in_the_sentence_serves_the_one_just_named(nlp):
    text = ("Britain opened an inquiry into X. Britain's regulator said Britain would decide within weeks. "
            "Indonesia became the first country to block Grok on Saturday. \"Deepfakes are a serious "
            "violation of human rights,\" said Communication and Digital Affairs Minister Meutya Hafid.")
    found = relations(text)
    assert ("memberOf", "meutya-hafid", "indonesia") in found


def test_a_capitalised_office_ending_in_a_field_is_still_headed_by_its_director(nlp):
    found = relations("The rules take effect next month. White House Office of Science and Technology Policy Director "
                      "Michael Kratsios said the plan would cut red tape.")
    assert ("leads", "michael-kratsios", "office-of-science-and-technology-policy") in found


def test_a_minister_serves_the_country_a_story_is_about_not_one_it_compares_with(nlp):
    text = ("Australia will ban children under 16 from social media, Australia's government said. The law is modelled "
            "on a similar proposal in Denmark. Communications Minister Anika Wells said platforms would be fined.")
    found = relations(text)
    assert ("memberOf", "anika-wells", "australia") in found
    assert ("memberOf", "anika-wells", "denmark") not in found


def test_press_titles_and_associates_make_members(nlp):
    pairs = relations("In a post on Bluesky, Harbor Post columnist Dana Wells asked the bot about its creators. "
                      "Omar Lind, a senior associate at the Center for Digital Policy, said the rules had shifted.")
    assert ("memberOf", "dana-wells", "harbor-post") in pairs
    assert ("memberOf", "omar-lind", "center-for-digital-policy") in pairs


def test_a_ministry_named_by_its_field_at_the_start_of_a_sentence_employs_its_spokeswoman(nlp):
    text = ("Australia banned the Zentrix app on government devices. Zentrix said it was disappointed. Zentrix has "
            "millions of users. Foreign ministry spokeswoman Mao Ning said China had made solemn representations.")
    pairs = relations(text)
    assert ("memberOf", "mao-ning", "foreign-ministry") in pairs
    assert not any(s == "mao-ning" and o == "zentrix" for _p, s, o in pairs)


def test_an_attorney_general_heads_the_justice_department_of_their_own_place(nlp):
    text = ("Attorney General William Barr spoke on Monday about the Justice Department. "
            "Delaware Attorney General Kathleen Jennings said it was unfathomable.")
    pairs = relations(text)
    assert ("leads", "william-barr", "department-of-justice") in pairs
    assert not any(s == "kathleen-jennings" for _p, s, _o in pairs)


def test_a_body_which_a_person_leads(nlp):
    text = "Barr spoke on Monday. The Justice Department, which Barr leads, has long pressed technology firms."
    pairs = relations(text)
    assert ("leads", "barr", "department-of-justice") in pairs


def test_a_state_attorney_general_named_with_the_state_after_heads_no_federal_department(nlp):
    text = "Attorney General Letitia James of New York filed the suit. The Justice Department declined to comment."
    assert not any(s == "letitia-james" for _p, s, _o in relations(text))


def test_a_title_holds_for_each_body_listed_after_it(nlp):
    found = relations("Jane Pike, executive editor of Northway Media Inc. and Tribune Press Inc., criticised the deal.")
    assert {("memberOf", "jane-pike", "northway-media-inc"), ("memberOf", "jane-pike", "tribune-press-inc")} <= found
    found = relations("Jane Roe, chief executive of Acme Corp. and a board member of Globex Inc., criticised the deal.")
    assert ("leads", "jane-roe", "globex-inc") not in found


def test_the_chair_of_a_bodys_committee_is_a_member_of_the_body(nlp):
    found = relations("Hanna Vogt, chairman of the Bundestag's digital agenda committee, wrote to the company.")
    assert ("memberOf", "hanna-vogt", "bundestag") in found and ("leads", "hanna-vogt", "bundestag") not in found


def test_a_companys_head_of_its_unit_leads_the_unit_and_works_for_the_company(nlp):
    found = relations("The letter was signed by Dan Ross, Alphabet's head of YouTube; Alan Duric, chief technology "
                      "officer of Wire; and Alex Linton of Session.")
    assert {("leads", "dan-ross", "youtube"), ("memberOf", "dan-ross", "alphabet"), ("memberOf", "alan-duric", "wire"),
            ("memberOf", "alex-linton", "session")} <= found
    assert ("leads", "dan-ross", "alphabet") not in found


def test_more_titles_reach_their_bodies(nlp):
    found = relations("The Justice Department charged Vexa Inc. with fraud. Jon Dale, the assistant attorney general "
                      "for national security, will lead it. Maia Ross, general delegate of SNAC, agreed. Cam Lee, the "
                      "Pentagon's chief digital and artificial intelligence officer, confirmed the deal.")
    assert {("memberOf", "jon-dale", "department-of-justice"), ("memberOf", "maia-ross", "snac"),
            ("memberOf", "cam-lee", "pentagon")} <= found



def test_a_person_of_an_organisation_the_ner_ran_together_is_two_names(nlp):
    x = extract(analyse("Tijmen Wisman of the Platform for Civil Rights Protection had likened the system to a dragnet. "
                        "The Bank of the West said it would appeal."))
    labels = {e.label: e.category for e in x.entities}
    assert labels.get("Tijmen Wisman") == "Person" and "Platform for Civil Rights Protection" in labels
    assert "Bank of the West" in labels
    assert ("memberOf", "tijmen-wisman", "platform-for-civil-rights-protection") in {
        (r.predicate, r.subject, r.object) for r in x.relations}


def test_students_and_scholars_are_members_of_their_institutions(nlp):
    x = extract(analyse("Ana Ruiz, a doctoral student at Stanford University, agreed. Kim Lee, a scholar at the Hoover "
                        "Institution, said so. Andy Chen, a PhD student at Carnegie Mellon University, said the attack worked."))
    found = {(r.predicate, r.subject, r.object) for r in x.relations}
    assert {("memberOf", "ana-ruiz", "stanford-university"), ("memberOf", "kim-lee", "hoover-institution"),
            ("memberOf", "andy-chen", "carnegie-mellon-university")} <= found


def test_a_director_at_a_universitys_centre_is_a_member_of_the_centre(nlp):
    found = relations("Helen Torre, a director at Stanford University's Center for Digital Policy, said the plan was sound.")
    assert ("memberOf", "helen-torre", "center-for-digital-policy") in found
    assert ("partOf", "center-for-digital-policy", "stanford-university") in found
    assert ("memberOf", "helen-torre", "stanford-university") not in found


def test_a_name_the_ner_took_for_a_place_before_a_company_title_is_the_company(nlp):
    # ("Quora chief executive": a company's officer; the title is not given to the company the story is about)
    found = relations("Vexa Inc. named a new board. It includes Quora chief executive Adam Leland and Ana Pires.")
    assert ("leads", "adam-leland", "quora") in found
    assert ("leads", "adam-leland", "vexa-inc") not in found


def test_a_managing_director_leads_the_company_before_the_title(nlp):
    found = extract(analyse("Vexa Inc. breached privacy laws, the regulator found. Vexa managing director Mike Stone "
                            "said the company would appeal.")).relations
    assert [(r.predicate, r.object, r.title) for r in found if r.subject == "mike-stone"] == [
        ("leads", "vexa-inc", "managing director")]


def test_a_director_at_a_companys_lab_is_a_member_of_the_company(nlp):
    found = relations("Ana Pires, a director at Lumio Corp.'s Research Lab, said the plan was sound.")
    assert ("memberOf", "ana-pires", "lumio-corp") in found


def test_who_sits_on_a_board_is_a_member_and_who_sat_a_former_one(nlp):
    found = extract(analyse("Emily Carter, who sits on the board of Vexa Inc., said the findings were clear. Tom Lee, who "
                            "sat on the board of Lumio Corp. until 2020, agreed.")).relations
    assert {(r.subject, r.object, r.former) for r in found if r.predicate == "memberOf"} >= {
        ("emily-carter", "vexa-inc", False), ("tom-lee", "lumio-corp", True)}


def test_whom_a_board_appoints_as_a_title_holds_it(nlp):
    assert ("leads", "emily-carter", "vexa-inc") in relations(
        "The board appointed Emily Carter as interim chief executive of Vexa Inc. on Sunday.")
    assert ("leads", "emily-carter", "vexa-inc") in relations("Emily Carter was named as chief executive of Vexa Inc. in March.")


def test_no_post_given_or_board_sat_on_makes_no_relation(nlp):
    for text in ("Vexa Inc. did not appoint Emily Carter as chief executive of Lumio Corp.",
                 "Vexa Inc. is expected to name Emily Carter as chief executive of the company.",
                 "Emily Carter, who sits on an advisory council convened by Vexa Inc., said the plan was sound."):
        assert not any(subject == "emily-carter" for _, subject, _ in relations(text)), text


def test_a_plural_title_or_clause_after_a_list_holds_for_every_name(nlp):
    for text in ("Emily Carter, John Park and Maria Lopez, all engineers at Vexa Inc., signed the letter.",
                 "Emily Carter and John Park, who work at Vexa Inc., signed the letter."):
        found = {(r.predicate, r.subject, r.object) for r in extract(analyse(text)).relations}
        assert {("memberOf", "emily-carter", "vexa-inc"), ("memberOf", "john-park", "vexa-inc")} <= found, text
    # (a singular title after two names is the second's alone)
    found = {(r.subject, r.object) for r in extract(analyse(
        "Emily Carter and John Park, Vexa Inc.'s chief executive, met on Monday.")).relations}
    assert ("emily-carter", "vexa-inc") not in found


def test_staff_the_tagger_made_a_verb_and_staff_who_were_fired_belong_to_their_company(nlp):
    def relations(text):
        return {(r.predicate, r.subject, r.object, r.former) for r in extract(analyse(text)).relations}

    assert ("memberOf", "john-park", "vexa-inc", False) in relations(
        "Vexa Inc. engineers Emily Carter and John Park signed the letter.")
    assert ("memberOf", "john-park", "vexa-inc", True) in relations("Vexa Inc. dismissed Emily Carter and John Park after the protest.")
    assert ("memberOf", "emily-carter", "vexa-inc", True) in relations(
        "Emily Carter, who was fired by Vexa Inc. in December, said the company retaliated.")
    assert not relations("Vexa Inc. did not fire Emily Carter.")


def test_a_commissioner_heads_the_office_named_for_the_post_but_a_justice_sits_on_a_court(nlp):
    found = relations("The Office of the Data Commissioner of Kelvar opened a probe. Emily Carter, a lawmaker, wrote to "
                      "Commissioner Tomas Reyes on Monday.")
    assert ("leads", "tomas-reyes", "office-of-the-data-commissioner-of-kelvar") in found
    found = relations("Vexa Inc. was sued in the Kelvar Superior Court of Justice. Justice Emily Carter of the Kelvar "
                      "Superior Court of Justice found that the court has jurisdiction.")
    assert ("leads", "emily-carter", "kelvar-superior-court-of-justice") not in found


def test_a_company_that_runs_a_product_or_is_described_as_its_developer_develops_it(nlp):
    found = relations("Notices were served on Vexa Inc., which runs Lumio Chat, as well as on Kelvar Labs, the developer "
                      "of Orbo, and on Zentrix Corp., the regulator said.")
    assert ("develops", "vexa-inc", "lumio-chat") in found
    assert ("develops", "kelvar-labs", "orbo") in found
    assert ("develops", "vexa-inc", "orbo") not in found
    # a forum a company runs is typed by its own noun, no model
    found = relations("Zentrix LLC, which runs the forum Kiwi Park, sued the regulator in Washington on Monday.")
    assert not any(p == "develops" for p, *_ in found)


def test_co_founders_of_a_body_listed_after_its_name_belong_to_it(nlp):
    found = relations("Those signing include Emily Carter, chief executive of Vexa Inc., and all three co-founders of "
                      "Lumio Corp.'s Orbis Lab, Tomas Reyes, Daniel Okafor and Ana Ruiz, as well as Mei Tanaka, who heads "
                      "AI research at Zentrix Corp.")
    for person in ("tomas-reyes", "daniel-okafor", "ana-ruiz"):
        assert ("memberOf", person, "orbis-lab") in found, person
    assert ("memberOf", "emily-carter", "orbis-lab") not in found
    assert ("memberOf", "mei-tanaka", "zentrix-corp") in found


def test_each_title_of_a_coordinated_apposition_has_its_own_body(nlp):
    found = relations("The Kelvar Institute organised the pledge. Emily Carter, the institute's president and a physicist "
                      "at the Massachusetts Institute of Technology, said she was pleased.")
    assert ("leads", "emily-carter", "kelvar-institute") in found
    assert ("memberOf", "emily-carter", "massachusetts-institute-of-technology") in found


def test_a_ministers_country_is_not_one_the_sentence_acts_on(nlp):
    found = relations("Norway has barred Vexa Inc. from its networks. The guidance, issued on Thursday by Communications "
                      "Minister Emily Carter, named neither company nor Chile.")
    assert ("memberOf", "emily-carter", "norway") in found
    assert ("memberOf", "emily-carter", "chile") not in found


def test_a_chairman_in_apposition_to_a_body_and_a_persons_own_party(nlp):
    found = relations("In June the independent directors of Lumio Corp., its chairman Tomas Reyes together with Ana Ruiz "
                      "and Mei Tanaka, wrote to members of parliament. Prime Minister Emily Carter fought a challenge "
                      "inside her Liberal Party.")
    assert ("leads", "tomas-reyes", "lumio-corp") in found
    assert ("memberOf", "emily-carter", "liberal-party") in found


def test_an_apps_operating_system_or_another_makers_known_product_is_not_the_owners(nlp):
    found = relations("Photos are now shown in full on Vexa Inc.'s iOS and Android apps. Lumio Corp.'s ChatGPT-powered "
                      "assistant launched on Monday.")
    assert not any(p == "develops" and o in ("ios", "android") for p, _, o in found)
    assert ("develops", "lumio-corp", "chatgpt") not in found


def test_company_researchers_and_an_officer_named_after_a_colleague_work_for_the_storys_company(nlp):
    found = relations("Vexa Inc. dropped the tool. Vexa Inc. said it was sorry. The Vexa Inc. board met. A paper by "
                      "company researchers Kyra Lind, Mei Tanaka and Tomas Reyes recommended dropping it. In October, "
                      "Davis and chief technology officer Daniel Okafor promised to rely less on machine learning.")
    assert {("memberOf", "kyra-lind", "vexa-inc"), ("memberOf", "tomas-reyes", "vexa-inc"),
            ("memberOf", "daniel-okafor", "vexa-inc")} <= found


def test_a_platforms_owner_is_its_maker_in_descriptions_but_develops_no_model(nlp):
    found = extract(analyse("Vexa Games said Apple had switched off its payments. The film accused the iPhone maker of "
                            "blocking the game. Apple's App Store guidelines apply to every developer."))
    relations = {(r.predicate, r.subject, r.object) for r in found.relations}
    assert not any(p == "develops" and s == "apple" for p, s, _ in relations)
    assert any("apple" in e.targets for e in found.events if e.type == "ConcernRaised")


def test_the_chairman_of_a_body_named_in_lower_case_leads_it(nlp):
    found = relations("The privacy group noyb filed a complaint. Max Schrems, the founder and chairman of noyb, said "
                      "Vexa Inc. was wrong.")
    assert ("leads", "max-schrems", "noyb") in found


def test_a_law_firm_named_for_its_partners_is_one_company(nlp):
    found = extract(analyse('"We want to make sure this does not happen," said Steve Cohen of the law firm Pollock Cohen, '
                            "who represents the actors. Zentrix did not respond."))
    assert {e.label for e in found.entities} >= {"Pollock Cohen", "Steve Cohen"}
    assert ("memberOf", "steve-cohen", "pollock-cohen") in {(r.predicate, r.subject, r.object) for r in found.relations}


def test_session_19_review_misfires_of_relation_rules_stay_fixed(nlp):
    # another company's officer, after its possessive
    assert ("memberOf", "tomas-reyes", "lumio-corp") in relations(
        "Vexa Inc. chief executive Emily Carter met Lumio Corp.'s chief technology officer Tomas Reyes in Berlin. Vexa Inc. "
        "said the talks went well. Vexa Inc. shares rose. Vexa Inc. will report results.")
    # a unit of the lexicon's maker develops the model; a fund a company runs is no model
    assert ("develops", "google-deepmind", "gemini") in relations("Google DeepMind's Gemini model was released on Tuesday.")
    assert not any(p == "develops" for p, *_ in relations("SoftBank, which runs Vision Fund, invested in Vexa Inc."))
    # a minister's own country as the object of the minister's act
    assert ("memberOf", "emily-carter", "canada") in relations(
        "Science Minister Emily Carter will represent Canada at the AI summit in Paris.")
    # a party left is a former one; "then of", "now of"
    assert ("memberOf", "tomas-reyes", "green-party") in relations(
        "Tomas Reyes, who left his Green Party in 2019, now sits as an independent.")
    found = relations("Tomas Reyes, then of Lumio Corp., wrote the report. Emily Carter, now of Vexa Inc., said it was flawed.")
    assert {("memberOf", "tomas-reyes", "lumio-corp"), ("memberOf", "emily-carter", "vexa-inc")} <= found
    # bodies listed after "the founders of" are not people; a head of teams is a member
    assert not any(s in ("blue-harbor", "silver-creek") for _, s, _ in relations(
        "The founders of Vexa, Blue Harbor and Silver Creek signed the letter."))
    assert ("memberOf", "emily-carter", "vexa-inc") in relations(
        "Emily Carter, head of two research teams at Vexa Inc., said the model was safe.")


@pytest.mark.parametrize("text, relation", [
    ("Tomas Reyes, who chaired the Kelvar Competition Commission at the time, hailed the finding.",
     ("memberOf", "tomas-reyes", "kelvar-competition-commission")),
    ("Daniel Okafor, who headed the Kelvar Security Agency until last year, warned that data was at risk.",
     ("memberOf", "daniel-okafor", "kelvar-security-agency")),
    ("Daniel Okafor, who heads the Kelvar Security Agency, warned that data was at risk.",
     ("leads", "daniel-okafor", "kelvar-security-agency")),
    ("A former speechwriter for then-Defense Secretary Jim Mattis said Trump called him. The Defense Department declined "
     "to comment.", ("leads", "jim-mattis", "pentagon")),
])
def test_a_post_held_before_is_a_former_membership_one_held_then_a_lead(nlp, text, relation):
    assert relation in relations(text)


@pytest.mark.parametrize("text, expected, unexpected", [
    ("Russia blocked calls on Lumio and Zentrix on Monday. Lumio, which is owned by Vexa Platforms, hit back.",
     {("develops", "vexa-platforms", "lumio")}, set()),
    ("Canada has banned WeChat, owned by Tencent, and TikTok, owned by ByteDance, as well as Kaspersky.",
     {("develops", "tencent", "wechat"), ("develops", "bytedance", "tiktok")},
     {("develops", "kaspersky", "wechat"), ("develops", "tiktok", "wechat")}),
    ("Diners Club International, which is owned by Discover Financial Services, was barred.", set(),
     {("develops", "discover-financial-services", "diners-club-international")}),
])
def test_a_brand_owned_by_a_company_is_its_product(nlp, text, expected, unexpected):
    found = relations(text)
    assert expected <= found and not unexpected & found


@pytest.mark.parametrize("text, present, absent", [
    ("Tomas Reyes, who led Vexa Inc. to record profits last year, said the company would expand.",
     ("leads", "tomas-reyes", "vexa-inc"), ("memberOf", "tomas-reyes", "vexa-inc")),
    ("Tomas Reyes, OpenAI's former chief information security officer, said the flaw was serious.",
     ("memberOf", "tomas-reyes", "openai"), None),
    ("Lumio, which was owned by Vexa Inc. until 2021, is now independent.", None, ("develops", "vexa-inc", "lumio")),
    ("Lumio, which is partly owned by Vexa Inc. and Zentrix, was fined.", None, ("develops", "vexa-inc", "lumio")),
])
def test_reviewed_misfires_of_posts_and_ownership_stay_mended(nlp, text, present, absent):
    found = relations(text)
    assert (present is None or present in found) and (absent is None or absent not in found)


@pytest.mark.parametrize("text, person", [
    ("Vexa Inc. shut down the feature on Monday. Vexa had launched it in May. Kayla Wood, a company spokesperson, said "
     "the change was temporary.", "kayla-wood"),
    ("Vexa Inc. shut down the feature on Monday. Vexa had launched it in May. A company spokesman, Tim Rathschmidt, said "
     "the change was temporary.", "tim-rathschmidt"),
])
def test_a_company_spokesperson_belongs_to_the_storys_company(nlp, text, person):
    assert ("memberOf", person, "vexa-inc") in relations(text)


def test_a_title_for_a_portfolio_at_a_company_belongs_to_the_company(nlp):
    found = relations("Pavan Okoro, corporate vice president for Windows and devices at Microsoft, said the feature would "
                      "return.")
    assert ("memberOf", "pavan-okoro", "microsoft") in found and ("memberOf", "pavan-okoro", "windows") not in found


def test_the_speaker_of_a_chamber_presides_over_it(nlp):
    found = relations("Tomas Reyes, speaker of the Chamber of Deputies, then fast-tracked the text. "
                      "Former Senate Speaker Ana Ruiz opposed it.")
    assert ("leads", "tomas-reyes", "chamber-of-deputies") in found
    assert ("leads", "ana-ruiz", "senate") not in found


def test_an_app_with_a_president_is_its_maker(nlp):
    found = relations("A European Union plan has stalled, a week after the encrypted app SecureChat threatened to leave "
                      "Europe. Emily Carter, SecureChat's president, said the non-profit would quit the market.")
    assert ("leads", "emily-carter", "securechat") in found


def test_the_post_a_person_was_elected_or_named_to(nlp):
    found = relations("Ana Ruiz, who was elected president of the Screen Actors Union last month, said she would raise the "
                      "issue. Tomas Reyes was named chief executive of Vexa Inc. in May. Emily Carter, who was not elected "
                      "chair of the Lumio Foundation, left.")
    assert ("leads", "ana-ruiz", "screen-actors-union") in found
    assert ("leads", "tomas-reyes", "vexa-inc") in found
    assert not any(subject == "emily-carter" for _p, subject, _o in found)


def test_a_founder_who_chairs_and_an_editor_in_chief_of_a_news_site(nlp):
    found = relations("It is the first time the Vienna-based organisation Vexa Rights, founded and chaired by activist "
                      "Mei Tanaka, has gone after Chinese firms. According to the complaint, Ana Ruiz, editor-in-chief of "
                      "the news site Zentrix Daily, asked the chatbot.")
    assert ("leads", "mei-tanaka", "vexa-rights") in found
    assert ("memberOf", "ana-ruiz", "zentrix-daily") in found


def test_a_minister_with_no_country_named_nearby_serves_the_dateline_s_country(nlp):
    found = relations("NAIROBI, March 3 (Wire) - Kenya has barred Vexa Inc. from state contracts. Chinese suppliers are "
                      "named in the rules. Officials kept them vague to avoid upsetting relations with China, whose firms "
                      "supply much of the equipment. Ties with China are close. \"It's important to avoid risky "
                      "equipment,\" Interior Minister Tomas Reyes told reporters.")
    assert ("memberOf", "tomas-reyes", "kenya") in found
    assert ("memberOf", "tomas-reyes", "china") not in found


def test_a_chief_cabinet_secretary_is_a_title_not_a_body(nlp):
    text = ("TOKYO, Dec. 11 (Wire) - Japan has barred Vexa Inc. from contracts. Chief Cabinet Secretary Tomas Reyes "
            "declined to discuss any particular company.")
    assert ("memberOf", "tomas-reyes", "japan") in relations(text)
    assert not any("cabinet" in e.key for e in extract(analyse(text)).entities)


def test_a_speaker_at_an_event_presides_over_nothing(nlp):
    found = relations("Daniel Okafor, the main speaker at a Vexa Inc. event, criticised Kenya.")
    assert ("leads", "daniel-okafor", "vexa-inc") not in found


def test_a_post_given_and_later_left_is_a_former_one(nlp):
    found = {(p, s, o): f for p, s, o, f in (
        (r.predicate, r.subject, r.object, r.former) for r in extract(analyse(
            "Ana Ruiz, who was named chief executive of Vexa Inc. in 2015 and ousted in 2020, joined Lumio. Emily Carter "
            "was named chief executive of Lumio Corp. in 2019 and resigned in 2022.")).relations)}
    assert found.get(("memberOf", "ana-ruiz", "vexa-inc")) is True
    assert found.get(("memberOf", "emily-carter", "lumio-corp")) is True
    assert ("leads", "ana-ruiz", "vexa-inc") not in found


def test_a_suit_led_by_a_lawyer_is_no_body_she_leads(nlp):
    found = relations("The lawsuit against Lumio Corp., filed by the Orvane Foundation and led by Ana Ruiz, seeks $5 million.")
    assert ("leads", "ana-ruiz", "lumio-corp") not in found


def test_the_dateline_s_country_only_when_the_story_makes_it_an_actor(nlp):
    found = relations("NAIROBI, March 3 (Wire) - Ethiopia blocked the Zentrix chatbot on Tuesday. Ethiopia's regulator "
                      "said the app spread false claims. The app has 2 million users. Vexa Inc., its maker, said it would "
                      "comply. Information Minister Daniel Okafor said the block would last a month. The decision was "
                      "announced at a summit in Kenya.")
    assert ("memberOf", "daniel-okafor", "ethiopia") in found



@pytest.mark.parametrize("text, wanted, unwanted", [
    # a judge with no court named sits on the court just named
    ('KARACHI, April 17 (Wire) - On the same day, the Sindh High Court in Karachi told the ministry to withdraw its '
     'letter within a week. "What are you achieving?" Chief Justice Aqeel Ahmed Abbasi said.',
     ("leads", "aqeel-ahmed-abbasi", "sindh-high-court"), None),
    # the head of a unit named as a body of its own leads it
    ("ANKARA, Jan 9 (Wire) - Ali Taha Koc, head of the presidency's Digital Transformation Office, wrote on Twitter on "
     "Saturday that the rule was unacceptable.", ("leads", "ali-taha-koc", "digital-transformation-office"), None),
    # "company" before a title is the story's company
    ("REDMOND, June 20 (Wire) - Vexa Inc. said it was dismayed by the policy. Vexa Inc. chief executive Tomas Reyes wrote "
     "a memo that linked to a blog post by company president Ana Ruiz calling for reform.",
     ("leads", "ana-ruiz", "vexa-inc"), None),
    # a leader is not of the country their government has relations with
    ("OTTAWA, July 7 (Wire) - Canada ordered Zentrix Corp. to close its business. Beijing has also protested. China's "
     "Ministry of Commerce urged Canada to correct its wrongdoings. The clash comes as Prime Minister Mark Carney's "
     "government has been trying to steady relations with China.",
     ("leads", "mark-carney", "canada"), ("leads", "mark-carney", "china")),
])
def test_a_title_with_no_body_named_finds_it_in_the_story(nlp, text, wanted, unwanted):
    found = relations(text)
    assert wanted in found and unwanted not in found, found


@pytest.mark.parametrize("quote", ['"We would not be here if Lumio had not launched its summaries,"',
                                   '"Vexa will fight for its writers,"'])
def test_a_company_officers_company_is_not_the_other_one_their_quoted_words_name(nlp, quote):
    # (Lumio is named most: the story's company by count alone would be the wrong one)
    text = ("Vexa Inc. has sued Lumio Corp. over its search summaries. Lumio said the suit had no merit. "
            "Lumio has denied wrongdoing, and Lumio's lawyers will respond. Vexa filed the suit on Monday. "
            f"{quote} Chief Executive Ana Ruiz said. Vexa shares fell.")
    found = relations(text)
    assert ("leads", "ana-ruiz", "vexa-inc") in found and ("leads", "ana-ruiz", "lumio-corp") not in found


def test_a_head_of_a_function_is_a_member_of_the_body(nlp):
    found = relations("Andrew Dudfield, head of AI at the London fact-checking charity Full Fact, warned the government.")
    assert ("memberOf", "andrew-dudfield", "full-fact") in found and ("leads", "andrew-dudfield", "full-fact") not in found


def test_a_spokesman_is_not_a_member_of_the_outlet_he_told(nlp):
    text = ("Chile banned Vexa Inc.'s advertising in July. Vexa Inc. said it would appeal. Vexa Inc. has 20 days to "
            "comply. In July, spokesman Tomas Reyes told broadcaster NRK that the company would assess the requirements.")
    found = relations(text)
    assert ("memberOf", "tomas-reyes", "vexa-inc") in found
    assert not any(subject == "tomas-reyes" and obj == "nrk" for _p, subject, obj in found)


@pytest.mark.parametrize("text, subject, body", [
    ("Tomas Reyes, director of the Kelvar Foundation's Our Online Life program, said the toy was unsafe.",
     "tomas-reyes", "kelvar-foundation"),
    ("Ana Ruiz, director-general for West Asian and African affairs at the Kelvar Foundation, urged Peru to reconsider.",
     "ana-ruiz", "kelvar-foundation"),
])
def test_the_head_of_a_programme_or_portfolio_is_a_member_of_the_body(nlp, text, subject, body):
    found = relations(text)
    assert ("memberOf", subject, body) in found
    assert ("leads", subject, body) not in found


def test_a_model_said_to_be_a_companys_product_is_developed_by_it(nlp):
    found = relations("Vexa Inc. removed two chatbots. XiaoBing is a Lumio Corp. product.")
    assert ("develops", "lumio-corp", "xiaobing") in found


def test_a_companys_named_bot_is_its_model(nlp):
    found = relations("Vexa Inc. has had trouble with chatbots before. Last year it took its Tay bot offline within a day.")
    assert ("develops", "vexa-inc", "tay") in found


@pytest.mark.parametrize("text, person, body", [
    ("Kelvarnet founder Ana Ruiz said the firm had refused.", "ana-ruiz", "kelvarnet"),
    ("Consumer NZ chief executive Jon Duffy has called the scanning deeply invasive.", "jon-duffy", "consumer-nz"),
])
def test_a_body_the_ner_missed_before_an_officers_title_is_the_persons(nlp, text, person, body):
    assert any(subject == person and obj == body for _p, subject, obj in relations(text))


def test_a_bodys_head_word_before_a_title_is_no_new_body(nlp):
    found = relations("The Personal Information Protection Commission fined Vexa Inc. "
                      "Commission chairman Yoon Jong-in said the decision would help.")
    assert not any(obj == "commission" for _p, _s, obj in found)


def test_a_product_in_a_list_is_made_by_the_maker_its_own_apposition_names(nlp):
    found = relations("The toys tested were Lumio 3, a rocket-shaped plush made by Vexa Inc., and Kelvar X2, "
                      "a robot from the Indian company Zentrix Corp.")
    assert ("develops", "vexa-inc", "lumio-3") in found
    assert ("develops", "zentrix-corp", "kelvar-x2") in found
    assert ("develops", "vexa-inc", "kelvar-x2") not in found


def test_a_director_for_affairs_capitalised_is_no_head(nlp):
    found = relations("Ana Ruiz, director-general for South American Affairs at the Kelvar Foundation, urged Peru to act.")
    assert not any(p == "leads" and s == "ana-ruiz" for p, s, _o in found)


def test_a_model_named_before_its_noun_is_made_by_the_company_after_from(nlp):
    found = relations("The summaries, produced by an open-weight Lumio model from Vexa Inc., appeared in a box.")
    assert ("develops", "vexa-inc", "lumio") in found


def test_a_minister_in_a_story_filed_from_his_capital_serves_that_country(nlp):
    found = relations("WELLINGTON, Nov 29 (Wire) - New Zealand barred Lumio Corp on Monday. Foreign Minister Winston "
                      "Peters said Beijing appeared to have misunderstood the process. At a briefing in Beijing, Chinese "
                      "foreign ministry spokesman Geng Shuang said China was gravely concerned.")
    assert ("memberOf", "winston-peters", "new-zealand") in found
    assert not any(s == "winston-peters" and o != "new-zealand" for _, s, o in found)
    assert ("memberOf", "geng-shuang", "chinese-foreign-ministry") in found
