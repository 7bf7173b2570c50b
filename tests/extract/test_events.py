"""Event roles in constructions news prose uses: refusals, plural references, reactions to a country's
measures, inquiries named in passing, suits a party faces. Sentences are written for these tests,
not taken from the evaluation articles."""
from __future__ import annotations

import pytest

from kg.analyse import analyse
from kg.extract import extract

pytestmark = pytest.mark.slow


def events(text: str, *, confident: bool = True) -> set[tuple]:
    found = extract(analyse(text), article_date="2025-03-04").events
    return {(e.type, e.agents, e.targets, e.modality) for e in found
            if not confident or (e.confidence >= 0.5 and e.modality != "negated")}


def test_refusing_to_sign_targets_the_owner_of_the_text(nlp):
    found = events("Nokia refused to sign the European Union's charter on AI.")
    assert ("Refusal", ("nokia",), ("european-union",), "asserted") in found
    # the signing itself did not happen
    assert not any(kind == "Agreement" or kind == "PolicyIssued" for kind, *_ in found)


def test_will_not_sign_is_a_refusal_not_a_denied_event(nlp):
    found = events("Spotify will not sign the European Commission's code of practice.")
    # saying it will not sign is the refusal, done when said
    assert ("Refusal", ("spotify",), ("european-commission",), "asserted") in found


def test_talks_referred_back_to_do_not_make_the_subjects_negotiate(nlp):
    found = events("Spain and Italy lobbied during those negotiations for softer rules.")
    assert not any(kind == "Negotiation" for kind, *_ in found)


def test_talks_with_a_party_still_do(nlp):
    found = events("Canada held talks with Japan on chip exports.")
    assert any(kind == "Negotiation" and set(a + t) == {"canada", "japan"} for kind, a, t, _ in found)


def test_a_numbered_plural_gathers_the_companies_listed_before(nlp):
    text = ("The Commerce Department restricted sales to Acme Robotics and Borealis Systems. "
            "It also named Cobalt Dynamics Inc and Delta Vision Corp in the notice. "
            "All four companies had been placed on the Entity List by the department in May.")
    found = events(text)
    listed = {t for kind, _a, targets, _m in found if kind == "SupplyChainRiskDesignation" for t in targets}
    assert {"acme-robotics", "borealis-systems", "cobalt-dynamics-inc", "delta-vision-corp"} <= listed


def test_the_companies_protesting_are_the_ones_just_listed(nlp):
    text = ("The regulator proposed a ban on gear from Acme Robotics and Borealis Systems. "
            "The companies had protested the proposed ban in filings with the regulator.")
    found = events(text, confident=False)
    protests = [(a, t) for kind, a, t, _m in found if kind == "ConcernRaised"]
    assert protests and set(protests[0][0]) == {"acme-robotics", "borealis-systems"}


def test_the_two_are_the_two_people_just_named(nlp):
    text = "Gina Raimondo raised the case with Wang Wentao, the Chinese commerce minister, when the two met in Beijing."
    found = events(text)
    assert any(kind == "Negotiation" and set(a + t) == {"gina-raimondo", "wang-wentao"} for kind, a, t, _m in found)


def test_opposition_to_a_countrys_restrictions_targets_that_country(nlp):
    text = ("Japan tightened its rules on chip exports. "
            "South Korea voiced strong opposition to the Japanese restrictions on Tuesday.")
    assert ("ConcernRaised", ("south-korea",), ("japan",), "asserted") in events(text)


def test_an_inquiry_named_in_passing_belongs_to_the_body_that_acted(nlp):
    text = ("The Federal Trade Commission fined Acme Robotics $5 million after a joint investigation with "
            "the Consumer Financial Protection Bureau.")
    found = events(text)
    [(agents, targets)] = [(a, t) for kind, a, t, _m in found if kind == "Investigation"]
    assert set(agents) == {"federal-trade-commission", "consumer-financial-protection-bureau"}
    assert targets == ("acme-robotics",)


def test_a_suit_a_company_faces_names_it_as_defendant(nlp):
    text = "Midjourney faces a class action filed in Delaware by two authors, Ann Brook and Tom Reyes."
    assert ("Lawsuit", ("ann-brook", "tom-reyes"), ("midjourney",), "asserted") in events(text)


def test_ordering_a_company_to_stop_is_a_ban_on_it(nlp):
    text = "The Federal Trade Commission ordered Acme Robotics to stop selling facial recognition data."
    assert ("UsageBan", ("federal-trade-commission",), ("acme-robotics",), "asserted") in events(text)


def test_a_dateline_names_no_actor(nlp):
    text = "LAGOS, March 3 (Reuters) - Nigeria's data regulator fined Acme Robotics on Monday."
    found = extract(analyse(text), article_date="2025-03-04")
    assert "lagos" not in {e.key for e in found.entities}
    assert [(e.type, e.targets) for e in found.events] == [("Fine", ("acme-robotics",))]


@pytest.mark.parametrize("text, expected", [
    ("Microsoft will not seek to renew its contract with the Department of Defense.",
     ("Refusal", ("microsoft",), ("pentagon",), "asserted")),
    ("Acme Robotics turned down an offer from the Department of Defense.",
     ("Refusal", ("acme-robotics",), ("pentagon",), "asserted")),
])
def test_refusals_in_other_words(nlp, text, expected):
    assert expected in events(text)


def test_putting_a_launch_on_hold_withdraws_the_model(nlp):
    found = events("Microsoft put the launch of its Copilot assistant in Canada on hold.")
    assert any(kind == "ModelWithdrawal" and agents == ("microsoft",) for kind, agents, _t, _m in found)


def test_following_suit_is_not_a_lawsuit(nlp):
    found = events("Japan pressed the Netherlands to follow suit.", confident=False)
    assert not any(kind == "Lawsuit" for kind, *_ in found)


def test_a_complaint_to_a_regulator_is_a_concern_and_a_court_is_no_plaintiff(nlp):
    found = events("The Electronic Frontier Foundation filed a complaint against Meta Platforms with the regulator.")
    assert any(kind == "ConcernRaised" and agents == ("electronic-frontier-foundation",) and "meta" in targets
               for kind, agents, targets, _m in found)
    suit = events("Reuters filed a lawsuit against Acme Robotics in the Delhi High Court.")
    assert ("Lawsuit", ("reuters",), ("acme-robotics",), "asserted") in suit


def test_a_letter_calls_on_whoever_it_is_addressed_to_for_whoever_organised_it(nlp):
    text = "The Future of Life Institute organised an open letter that called on Google to end its military work."
    assert any(kind == "PublicAppeal" and agents == ("future-of-life-institute",) and targets == ("google",)
               for kind, agents, targets, _m in events(text))


def test_an_order_to_stop_is_the_orderers_ban_a_choice_to_stop_is_none(nlp):
    ordered = events("Brazil's data regulator, the ANPD, ordered Meta Platforms on Tuesday to stop training its models.")
    assert any(kind == "UsageBan" and targets == ("meta",) for kind, _a, targets, _m in ordered)
    chosen = events("Meta Platforms said it had stopped using the publisher's archive.", confident=False)
    assert not any(kind == "UsageBan" for kind, *_ in chosen)


def test_officials_act_for_their_country(nlp):
    text = ("Germany and Austria questioned OpenAI. "
            "Regulators in Germany and Austria have since opened investigations into OpenAI.")
    found = events(text)
    assert any(kind == "Investigation" and set(agents) == {"germany", "austria"} and targets == ("openai",)
               for kind, agents, targets, _m in found)


def test_a_country_before_a_named_company_only_says_whose_it_is(nlp):
    found = events("China barred operators from buying products made by U.S. chipmaker Micron Technology.")
    assert ("UsageBan", ("china",), ("micron-technology",), "asserted") in found


def test_inquiries_of_their_own_have_the_same_target(nlp):
    text = ("The Federal Trade Commission opened an investigation into OpenAI in July. "
            "Regulators in France and Spain have since opened inquiries of their own.")
    assert any(kind == "Investigation" and set(agents) == {"france", "spain"} and targets == ("openai",)
               for kind, agents, targets, _m in events(text))


def test_the_government_is_the_countrys_its_adjective_names(nlp):
    text = ("Japan tightened chip export rules, and Japan said China was the target. "
            "The Dutch government announced its own restrictions on exports to China in March, the Netherlands said.")
    found = extract(analyse(text)).events
    assert any("netherlands" in e.agents for e in found)


def test_a_capital_stands_for_its_country_but_not_inside_a_longer_name(nlp):
    found = extract(analyse("China urged Tokyo to reverse the curbs, which hit Tokyo Electron and the Washington Post reported it."))
    keys = {e.key for e in found.entities}
    assert {"japan", "tokyo-electron", "washington-post"} <= keys
    assert ("PublicAppeal", ("china",), ("japan",)) in {(e.type, e.agents, e.targets) for e in found.events}


def test_a_target_inside_the_trigger_phrase(nlp):
    assert ("ExportRestriction", ("united-states",), ("china",), "asserted") in events(
        "The United States imposed sweeping limits on chip exports to China in October.")


def test_a_regulators_unnamed_inquiry_is_about_the_party_it_acted_on(nlp):
    text = ("The Federal Trade Commission fined Clearview AI on Tuesday. "
            "The fine closes an investigation the regulator opened in 2022.")
    found = events(text)
    assert any(kind == "Investigation" and targets == ("clearview-ai",) for kind, _a, targets, _m in found)


def test_a_deal_that_lets_a_party_in_is_an_agreement_with_it(nlp):
    found = events("Axel Springer signed a deal in December allowing OpenAI to use its news content.")
    assert any(kind == "Agreement" and set(a + t) == {"axel-springer", "openai"} for kind, a, t, _m in found)


def test_signatories_agree_with_each_other(nlp):
    found = events("Brazil, Kenya and Indonesia were among the signatories of the declaration.")
    assert any(kind == "Agreement" and set(a + t) == {"brazil", "kenya", "indonesia"} for kind, a, t, _m in found)


def test_a_notice_sent_to_a_company_raises_a_concern_with_it(nlp):
    found = events("Getty Images sent OpenAI a cease-and-desist notice in May.")
    assert ("ConcernRaised", ("getty-images",), ("openai",), "asserted") in found


def test_a_regulator_suspending_someone_elses_app_bans_it(nlp):
    found = events("Italy's Garante suspended new downloads of the chatbot app Replika on Monday.")
    assert any(kind == "UsageBan" and agents == ("garante",) for kind, agents, _t, _m in found)
    assert not any(kind == "ModelWithdrawal" for kind, *_ in found)


def test_blocking_access_to_an_app_is_a_ban_and_restricting_a_countrys_access_an_export_curb(nlp):
    app = events("The Ministry of Defense blocked access to DeepSeek on its computers.")
    assert any(kind == "UsageBan" and "deepseek" in targets for kind, _a, targets, _m in app)
    chips = events("The Commerce Department restricted China's access to advanced chips.")
    assert any(kind == "ExportRestriction" and "china" in targets for kind, _a, targets, _m in chips)


def test_banned_it_points_at_the_product_not_the_last_subject(nlp):
    text = ("Seoul's spy agency, the National Intelligence Service, warned about DeepSeek last week. "
            "Taiwan and Australia have banned it from government devices.")
    found = events(text)
    assert any(kind == "UsageBan" and targets == ("deepseek",) for kind, _a, targets, _m in found)


def test_goods_that_need_a_licence_are_no_agent(nlp):
    text = "The US government told Nvidia that exports of its H20 chip to China will require a licence."
    found = events(text, confident=False)
    assert not any(kind == "ExportRestriction" and "nvidia" in agents for kind, agents, _t, _m in found)


def test_agreeing_to_license_to_a_party_is_an_agreement_with_it_and_a_veto_is_a_refusal(nlp):
    found = events("The Associated Press agreed in July to license part of its archive to OpenAI.")
    assert any(kind == "Agreement" and set(a + t) == {"associated-press", "openai"} for kind, a, t, _m in found)
    vetoed = events("Governor Gavin Newsom vetoed the bill written by Scott Wiener.", confident=False)
    assert any(kind == "Refusal" and agents == ("gavin-newsom",) for kind, agents, _t, _m in vetoed)


def test_a_us_state_is_a_party_when_it_acts_and_a_place_when_it_only_locates(nlp):
    found = extract(analyse("Texas sued Meta Platforms in 2022. A California company, Acme Robotics, settled."))
    keys = {e.key: e.category for e in found.entities}
    assert keys.get("texas") == "GovernmentBody" and "california" not in keys
    assert ("Lawsuit", ("texas",), ("meta",)) in {(e.type, e.agents, e.targets) for e in found.events}


def test_saying_a_party_should_act_is_an_appeal_to_it(nlp):
    found = events("Microsoft said Texas should pass the bill before the summer.")
    assert ("PublicAppeal", ("microsoft",), ("texas",), "asserted") in found


def test_a_speaker_after_the_quotation_speaks_and_urges(nlp):
    text = ("India's Ministry of Commerce objected on Monday. The curbs would hurt trade between the two countries, "
            "a spokesperson for the commerce ministry warned, urging Tokyo to reverse them.")
    found = extract(analyse(text))
    assert any(c.speaker == "ministry-of-commerce" and c.content.startswith("The curbs would hurt trade")
               for c in found.claims)
    assert ("PublicAppeal", ("ministry-of-commerce",), ("japan",)) in {(e.type, e.agents, e.targets) for e in found.events}


def test_nobody_acts_on_the_body_they_lead(nlp):
    found = extract(analyse("Colorado Governor Jared Polis signed the bill. Colorado governor vetoes AI safety bill.")).events
    assert not any("jared-polis" in e.agents and "colorado" in e.targets for e in found)


@pytest.mark.parametrize("text, expected", [
    ("Senator Maria Cantwell sent a letter to OpenAI on Tuesday.", ("PublicAppeal", ("maria-cantwell",), ("openai",))),
    ("Microsoft took issue with the Federal Trade Commission over the inquiry.", ("ConcernRaised", ("microsoft",), ("federal-trade-commission",))),
    ("The Federal Trade Commission will look into Microsoft's deal.", ("Investigation", ("federal-trade-commission",), ("microsoft",))),
    ("The European Commission opened formal proceedings against Meta Platforms on Monday.", ("Investigation", ("european-commission",), ("meta",))),
    ("Amazon invested $4 billion in Anthropic last year.", ("Agreement", ("amazon",), ("anthropic",))),
    ("The Commerce Department denied Huawei's request for a licence.", ("Refusal", ("department-of-commerce",), ("huawei",))),
    ("Researchers at Carnegie Mellon University exploited a flaw in Claude.", ("SafeguardBypass", ("carnegie-mellon-university",), ("claude",))),
    ("US prosecutors indicted Linwei Ding in March.", ("Lawsuit", ("united-states",), ("linwei-ding",))),
])
def test_more_ways_news_names_an_action(nlp, text, expected):
    assert expected in {(kind, agents, targets) for kind, agents, targets, _m in events(text)}


def test_what_a_party_was_urged_to_do_is_not_done(nlp):
    found = events("Airbus and Siemens urged the European Commission in an open letter to delay the AI Act's rules.",
                   confident=False)
    assert not any(kind == "Deregulation" for kind, *_ in found)
    assert any(kind == "PublicAppeal" for kind, *_ in found)


def test_ordering_a_company_to_suspend_its_service_is_the_orderers_ban(nlp):
    found = events("The Halden Cartel Office ordered Zentrix to suspend its service in Germany.")
    assert ("UsageBan", ("halden-cartel-office",), ("zentrix",), "asserted") in found
    assert not any(kind == "ModelWithdrawal" for kind, *_ in found)


def test_agreeing_to_pay_a_party_is_an_agreement_with_it(nlp):
    found = events("In May, Vantor agreed to pay Lumora about $300 million to license its models.")
    assert any(kind == "Agreement" and agents == ("vantor",) and "lumora" in targets for kind, agents, targets, _m in found)


def test_a_countrys_watchdog_is_not_another_polity_named_beside_it(nlp):
    text = ("Spain's consumer watchdog said on Monday it had fined Quell Inc. 2 million euros for breaching "
            "European Union consumer rules. The regulator, known as the Consumer Protection Board, found that Quell had misled users.")
    found = events(text)
    assert ("Fine", ("consumer-protection-board",), ("quell-inc",), "asserted") in found
    assert not any(agents == ("european-union",) for _k, agents, *_ in found)


def test_asking_a_named_party_to_act_is_an_appeal_to_it(nlp):
    found = events("Senator Maria Okafor has asked Corvid Labs to hand over documents on its safety testing.")
    assert any(kind == "PublicAppeal" and agents == ("maria-okafor",) and targets == ("corvid-labs",)
               for kind, agents, targets, _m in found)


def test_asking_a_court_or_unnamed_people_is_no_appeal(nlp):
    found = events("Corvid Labs also asks the court to order the destruction of the models. "
                   "The government asks Chinese companies to abide by local laws.", confident=False)
    assert not any(kind == "PublicAppeal" for kind, *_ in found)
    found = events("Corvid Labs and Halden Labs sued the Federal Trade Commission in Washington on Aug. 27, asking a judge "
                   "to declare that the agency cannot enforce its rules against companies in Britain.", confident=False)
    assert not any(kind == "PublicAppeal" for kind, *_ in found), found


def test_a_countrys_side_is_the_country_and_the_speaker_calls_on_it(nlp):
    found = events("Norway imposed new export rules on Friday. The Chinese embassy in Oslo said the rules were an "
                   "abuse, and called on the Norwegian side to correct its course.")
    assert ("PublicAppeal", ("chinese-embassy-in-oslo",), ("norway",), "asserted") in found


def test_being_on_a_countrys_blacklist_is_its_designation(nlp):
    found = events("Zentel, which has been on a US trade blacklist since 2020, said sales fell.")
    assert ("SupplyChainRiskDesignation", ("united-states",), ("zentel",), "asserted") in found


def test_a_fine_under_the_blocs_law_is_the_blocs(nlp):
    found = events("The European Union opened a probe in March. Zentrix Inc. was fined 90 million euros in April under "
                   "the bloc's Digital Services Act.")
    assert ("Fine", ("european-union",), ("zentrix-inc",), "asserted") in found


def test_a_party_on_the_entity_list_is_its_target_not_its_agent(nlp):
    found = events("Regulators asked whether Kelvar made chips for Zentel Corp., which has been on the Entity List since 2019.",
                   confident=False)
    assert not any(kind == "SupplyChainRiskDesignation" and "zentel-corp" in agents for kind, agents, _t, _m in found)
    assert any(kind == "SupplyChainRiskDesignation" and targets == ("zentel-corp",) for kind, _a, targets, _m in found)


def test_a_penalty_being_appealed_asks_nobody_in_the_story(nlp):
    text = ("More than 40 companies, including Kelvar and Zentrix Inc., urged the Commission in an open letter to pause "
            "the act. Orvane Inc. has repeatedly criticised the rules and was fined 200 million euros in April, "
            "a penalty it is appealing.")
    found = events(text, confident=False)
    assert not any(kind == "ConcernRaised" and "zentrix-inc" in targets for kind, _a, targets, _m in found)


def test_a_list_of_verbs_after_a_quote_shares_the_first_subject(nlp):
    text = ('On Wednesday, Brazil\'s Ministry of Finance called the measures "unilateral bullying," argued that the '
            "new wording did not change their nature, and urged Washington to correct its mistakes.")
    found = events(text)
    assert ("PublicAppeal", ("ministry-of-finance",), ("united-states",), "asserted") in found


def test_saying_a_party_should_be_something_asks_it_nothing(nlp):
    found = events("Brazil also argued that the World Trade Organization should be the main forum for the talks. "
                   "Brazil said Norway should lift the ban.", confident=False)
    assert not any(kind == "PublicAppeal" and "world-trade-organization" in targets for kind, _a, targets, _m in found)
    assert any(kind == "PublicAppeal" and targets == ("norway",) for kind, _a, targets, _m in found)


def test_a_conditional_sanction_is_no_event(nlp):
    found = events("If it finds a breach, the regulator can impose a fine on Zentrix Inc. of up to 10% of its revenue.",
                   confident=False)
    assert not any(kind == "Fine" for kind, *_ in found)


def test_withdrawing_support_withdraws_no_model(nlp):
    found = events("Hours later, Senator Ana Pires withdrew her support for the amendment.", confident=False)
    assert not any(kind == "ModelWithdrawal" for kind, *_ in found)


def test_barring_a_company_from_exporting_is_an_export_restriction(nlp):
    found = events("Brazil's Ministry of Finance barred Zentrix Inc. from exporting finished chips on Tuesday.")
    assert any(kind == "ExportRestriction" and targets == ("zentrix-inc",) for kind, _a, targets, _m in found)


def test_an_appeal_to_a_whole_group_is_an_event_with_no_named_target(nlp):
    found = events("More than 1,000 researchers, including Ana Pires, have called on artificial intelligence labs to "
                   "halt the training of their most powerful systems.")
    assert any(kind == "PublicAppeal" and "ana-pires" in agents and targets == () for kind, agents, targets, _m in found)


def test_an_authority_blocking_a_named_product_bans_its_use(nlp):
    text = "Vietnam became the second country to block Orvane's chatbot Wren on Friday."
    # (the ban reaches the company whose chatbot it is)
    assert ("UsageBan", ("vietnam",), ("wren", "orvane"), "asserted") in events(text)


def test_blocking_a_deal_or_a_companys_own_blocking_is_no_ban(nlp):
    assert not any(kind == "UsageBan" for kind, *_ in events("A federal judge in Ohio blocked the merger of Orvane and Quillt."))
    assert not any(kind == "UsageBan" for kind, *_ in events("Orvane Inc. blocked Wren for users under 18."))


def test_a_regulator_ordering_a_restriction_on_a_product_bans_it(nlp):
    text = ("Chile's Telecommunications and Digital Services Commission (TDSC) ordered a temporary restriction on "
            "the Wren chatbot, which is made by Orvane Inc.")
    found = events(text)
    assert any(kind == "UsageBan" and agents == ("telecommunications-and-digital-services-commission",) and "wren" in targets
               for kind, agents, targets, _ in found), found


def test_parties_listed_after_including_are_the_targets_of_a_counted_object(nlp):
    text = ("On Friday, the Commerce Department added 37 companies to its Entity List, including the chip designer "
            "Lumora Systems, the toolmaker Brightwave Inc. and the software firm Korvex.")
    found = events(text)
    for kind in ("ExportRestriction", "SupplyChainRiskDesignation"):
        assert any(k == kind and {"lumora-systems", "brightwave-inc", "korvex"} <= set(targets) for k, _a, targets, _m in found), found


def test_an_export_curb_or_a_deal_with_no_other_party_named_stays_unconfirmed(nlp):
    assert not any(kind in ("ExportRestriction", "Agreement") for kind, *_ in
                   events("Lumora Systems said new chip curbs were coming. Brightwave signed a deal on Tuesday."))
    found = events("Brightwave Inc. signed a licensing deal with Korvex Ltd. on Tuesday.")
    assert any(kind == "Agreement" for kind, *_ in found)


def test_a_second_suit_with_no_defendant_named_joins_the_earlier_ones(nlp):
    text = ("Lumora Media sued Korvex Ltd. on Monday, saying Korvex copied its articles. The Daily Clarion, the "
            "country's oldest paper, filed suit in the same court last week. When Brightwave Inc. and the Evening "
            "Herald sued it in Ohio last year, Korvex called the case baseless.")
    found = events(text)
    for plaintiff in ("daily-clarion", "brightwave-inc"):
        assert any(kind == "Lawsuit" and plaintiff in agents and targets == ("korvex-ltd",) for kind, agents, targets, _ in found), found


def test_the_countrys_start_up_is_the_company_named_before(nlp):
    text = "Two publishers sued Korvex Ltd. on Tuesday, accusing the U.S. artificial intelligence start-up of copying articles."
    found = extract(analyse(text)).entities
    start_up = next(e for e in found if e.key == "korvex-ltd")
    assert "the start-up" in start_up.aliases or any(m.text.endswith("start-up") for m in start_up.mentions)


@pytest.mark.parametrize("text, expected", [
    ("Researchers at Cisco said they had jailbroken Wren, Orvane's reasoning model, using 50 harmful prompts.",
     ("SafeguardBypass", ("cisco",), ("wren",))),
    ("Orvane Inc. and the Pentagon signed a $200 million contract to develop AI tools.",
     ("Agreement", ("orvane-inc",), ("pentagon",))),
    ("The Commerce Department barred Korvex Ltd. from buying American chips.",
     ("ExportRestriction", ("department-of-commerce",), ("korvex-ltd",))),
    ("Regulators in Ireland ordered Korvex Ltd. to stop processing the data of European users.",
     ("UsageBan", ("ireland",), ("korvex-ltd",))),
    ("The Texas attorney general opened an investigation into Korvex Ltd. over its handling of data.",
     ("Investigation", ("texas",), ("korvex-ltd",))),
])
def test_common_news_constructions(nlp, text, expected):
    assert expected in {(kind, agents, targets) for kind, agents, targets, _m in events(text)}, events(text)


def test_a_company_barring_users_from_its_own_product_withdraws_it(nlp):
    found = events("Korvex Inc. said on Wednesday it would bar users under 18 from open-ended conversations with its chatbot, Pal.")
    assert any(kind == "ModelWithdrawal" and agents == ("korvex-inc",) for kind, agents, _t, _m in found), found
    # another company's product stays a ban on its use
    found = events("Samsung Electronics banned employees from using ChatGPT.")
    assert any(kind == "UsageBan" for kind, *_ in found) and not any(kind == "ModelWithdrawal" for kind, *_ in found)


def test_barring_users_from_buying_a_companys_products_bans_them(nlp):
    found = events("China acted first. Chinese regulators barred operators of critical infrastructure from buying products made by Korvex Ltd.")
    assert any(kind == "UsageBan" and "korvex-ltd" in targets for kind, _a, targets, _m in found), found


def test_a_clause_still_to_come_is_no_action(nlp):
    found = events("States must remain free to act until Congress passes federal rules, she said.")
    assert not any(kind == "PolicyIssued" for kind, *_ in found), found


def test_a_fine_by_a_countrys_unnamed_regulator_with_the_by_on_the_amount(nlp):
    found = events("Korvex Ltd. was fined 5 million euros by Italy's antitrust regulator on Monday.")
    assert ("Fine", ("italy",), ("korvex-ltd",), "asserted") in found, found


def test_a_settlement_naming_no_other_party_is_with_whoever_sued(nlp):
    text = ("The Federal Trade Commission sued Brightline Labs on Tuesday, accusing the company of deceiving consumers. "
            "Brightline Labs agreed to pay $2 million to settle the charges.")
    assert any(kind == "Agreement" and agents == ("brightline-labs",) and targets == ("federal-trade-commission",)
               for kind, agents, targets, _m in events(text))
    # a settlement that names its other party keeps it
    text = ("Italy's privacy regulator fined Korvex Ltd. in May. Korvex Ltd. settled a lawsuit brought by the "
            "Digital Freedom League, agreeing to stop selling data.")
    assert not any(kind == "Agreement" and "italy" in targets for kind, _a, targets, _m in events(text))


def test_settling_charges_in_an_agencys_sweep_is_with_the_agency(nlp):
    # no earlier action on the settling party: the charges are the body's the story names most
    text = ("The Federal Trade Commission on Wednesday announced actions against five companies. "
            "SellMore, whose chief executive is Dana Pike, agreed to pay $193,000 to settle charges that it "
            "misled buyers. The agency also sued Brightpath Storefront Builders in federal court. "
            "Korvex Ltd. has agreed to a proposed settlement under which it would stop selling reviews.")
    found = events(text)
    assert ("Agreement", ("sellmore",), ("federal-trade-commission",), "asserted") in found, found
    assert ("Agreement", ("korvex-ltd",), ("federal-trade-commission",), "asserted") in found, found
    assert ("Lawsuit", ("federal-trade-commission",), ("brightpath-storefront-builders",), "asserted") in found, found


def test_a_passive_action_said_to_repeat_one_is_by_the_same_agent(nlp):
    text = ("The agency's lawyers were busy. The Federal Trade Commission sued Brightpath Storefront Builders in "
            "federal court. Quillmark Ecom, which sold the same kits, was sued on similar grounds.")
    found = events(text)
    assert ("Lawsuit", ("federal-trade-commission",), ("quillmark-ecom",), "asserted") in found, found
    # without a word that says so, a passive suit names no agent
    text = ("The Federal Trade Commission sued Brightpath Storefront Builders in federal court. "
            "Quillmark Ecom was sued in 2019.")
    assert not any(kind == "Lawsuit" and targets == ("quillmark-ecom",) for kind, _a, targets, _m in events(text))


def test_what_a_clause_acts_on_is_not_its_own_subject(nlp):
    text = ("Researchers found an open database belonging to Quillmark Labs on Monday. "
            "Brightpath Security said it alerted the company, which secured the data within an hour.")
    found = events(text)
    assert ("ConcernRaised", ("brightpath-security",), ("quillmark-labs",), "asserted") in found, found


def test_a_description_with_a_modifier_is_the_body_whose_name_has_that_word(nlp):
    text = ("The Korvex Semiconductor Industry Association and the Korvex Association of Communication Enterprises "
            "issued statements. The communications association called on the Federal Trade Commission to "
            "investigate the supply chain.")
    found = events(text)
    assert any(kind == "PublicAppeal" and agents == ("korvex-association-of-communication-enterprises",)
               for kind, agents, _t, _m in found), found


def test_the_company_is_the_one_the_story_names_most_among_those_just_named(nlp):
    text = ("Quillmark Labs barred minors from its chatbots on Monday, Quillmark Labs said. "
            "A year ago, a mother sued Quillmark Labs and Brightpath Systems in federal court. "
            "Last month, the Digital Families League filed further suits against the company.")
    found = events(text)
    assert ("Lawsuit", ("digital-families-league",), ("quillmark-labs",), "asserted") in found, found
    # a description in apposition is the name it stands beside, however often others are named
    found = extract(analyse("Korvex signed a memorandum with Brightpath. Korvex also signed one with "
                            "Quillmark, the developer of the Lumi chatbot."), article_date="2025-03-04")
    assert ("develops", "quillmark", "lumi") in {(r.predicate, r.subject, r.object) for r in found.relations}


def test_what_a_counted_object_counts_may_be_named_in_the_next_sentences(nlp):
    text = ("The Commerce Department on Monday added 60 entities to the Entity List. Most are in Korvexia. "
            "They include the toolmakers Quillmark Semiconductor and Brightpath Tools.")
    found = events(text)
    assert any(kind == "SupplyChainRiskDesignation" and agents == ("department-of-commerce",)
               and set(targets) == {"brightpath-tools", "quillmark-semiconductor"} for kind, agents, targets, _m in found), found
    text = ("The Commerce Department on Monday added 60 entities to the Entity List. "
            "Among them are Quillmark Semiconductor and Brightpath Tools.")
    assert any(kind == "SupplyChainRiskDesignation" and "brightpath-tools" in targets for kind, _a, targets, _m in events(text))


def test_a_package_that_also_restricts_is_the_blacklisters(nlp):
    text = ("The Commerce Department added Quillmark Semiconductor to the Entity List on Monday. "
            "The package also restricts sales to China of 24 types of chipmaking equipment.")
    found = events(text)
    assert any(kind == "ExportRestriction" and agents == ("department-of-commerce",) and targets == ("china",)
               for kind, agents, targets, _m in found), found


def test_a_suit_listed_among_the_claims_a_company_faces_names_it(nlp):
    text = ("Quillmark Labs raised $13 billion last week. It still faces other claims over the data used to train "
            "its models, including a lawsuit filed by Brightpath Media Inc. in June.")
    found = events(text)
    assert ("Lawsuit", ("brightpath-media-inc",), ("quillmark-labs",), "asserted") in found, found


def test_a_team_that_says_it_attacked_a_model_is_its_members(nlp):
    text = ("A team from Cisco and the University of Pennsylvania said it had attacked Lumi 3 with 50 harmful "
            "prompts, and that the model failed to block a single one.")
    found = events(text)
    assert any(kind == "SafeguardBypass" and set(agents) == {"cisco", "university-of-pennsylvania"} and targets == ("lumi-3",)
               for kind, agents, targets, _m in found), found
    # attacking what is no model is no jailbreak
    assert not any(kind == "SafeguardBypass" for kind, *_r in events("Korvex Labs attacked the Commerce Department's rule."))


def test_a_name_the_ner_calls_a_place_that_sues_is_a_party(nlp):
    text = "Quillmark Labs still faces other claims, including a lawsuit filed by Reddit in June."
    found = extract(analyse(text), article_date="2025-03-04")
    assert ("reddit", "Company") in {(e.key, e.category) for e in found.entities}
    # a place that only locates stays out: a city people come from, not staff of it
    found = extract(analyse("Visitors from Hangzhou said the company was quiet."), article_date="2025-03-04")
    assert "hangzhou" not in {e.key for e in found.entities}
    found = extract(analyse("A team from Hangzhou said the company was quiet."), article_date="2025-03-04")
    assert "hangzhou" in {e.key for e in found.entities}  # what a team is "from" is its employer


def test_a_warning_is_about_the_party_whose_conduct_the_speaker_reports(nlp):
    text = ("Foreign ministry spokesperson Lin Qiao said the United States was overstretching the concept of "
            "national security and warned that the moves would damage relations.")
    found = events(text, confident=False)
    assert any(kind == "ConcernRaised" and "lin-qiao" in agents and targets == ("united-states",)
               for kind, agents, targets, _m in found), found
    # what one's own side will do, or does not do, is no target; nor is a party the speaker praises
    for text in ("Commerce Secretary Dana Pike said the United States will defend its companies and warned that "
                 "the moves would damage relations.",
                 "Commerce Secretary Dana Pike said the United States was not seeking a trade war and warned that "
                 "the moves would damage relations.",
                 "Commerce Secretary Dana Pike said the United States is committed to open markets and warned that "
                 "the moves would damage relations."):
        assert not any(kind == "ConcernRaised" and targets == ("united-states",)
                       for kind, _a, targets, _m in events(text, confident=False)), text


def test_a_text_that_ends_on_among_is_read_to_its_end(nlp):
    found = events("The Commerce Department added 60 entities to the Entity List on Monday. Among", confident=False)
    assert any(kind == "SupplyChainRiskDesignation" for kind, *_r in found), found


def test_talks_between_two_named_parties_have_both_without_a_subject(nlp):
    text = ("The deal follows months of negotiations between Quillmark Labs and the U.S. Commerce Department's "
            "Bureau of Industry and Security.")
    found = events(text)
    assert any(kind == "Negotiation" and {*agents, *targets} == {"quillmark-labs", "bureau-of-industry-and-security"}
               and agents for kind, agents, targets, _m in found), found


def test_a_country_that_only_says_whose_group_or_start_up_is_no_party(nlp):
    found = events("Earlier this month, Denmark's music rights group Koda filed its own lawsuit against Quillmark Labs.")
    assert ("Lawsuit", ("koda",), ("quillmark-labs",), "asserted") in found, found
    found = events("GEMA has also taken legal action against Suno, a U.S. start-up that generates music from text prompts.")
    assert ("Lawsuit", ("gema",), ("suno",), "asserted") in found, found


def test_it_after_the_government_acted_is_the_government(nlp):
    text = ("Britain signed a partnership with Quillmark Labs on Monday. Earlier this month the government struck a "
            "deal with Brightpath Systems, and in February it signed a similar memorandum with Korvex Labs.")
    found = events(text)
    assert any(kind == "Agreement" and {*agents, *targets} == {"united-kingdom", "korvex-labs"} for kind, agents, targets, _m in found), found
    assert not any(kind == "Agreement" and {*agents, *targets} == {"brightpath-systems", "korvex-labs"} for kind, agents, targets, _m in found)


def test_a_company_delaying_or_holding_back_its_feature_withdraws_it(nlp):
    found = events("Quillmark Labs will delay the launch of its Lumi 3 chatbot in Europe, the company said.")
    assert any(kind == "ModelWithdrawal" and agents == ("quillmark-labs",) for kind, agents, _t, _m in found), found
    found = events("Quillmark Labs is holding back its Lumi 3 chatbot in Europe, the company said.")
    assert any(kind == "ModelWithdrawal" and agents == ("quillmark-labs",) for kind, agents, _t, _m in found), found
    # a regulator delaying a company's launch withdraws nothing of its own
    found = events("The Federal Trade Commission delayed the launch of the Lumi 3 chatbot.", confident=False)
    assert not any(kind in ("ModelWithdrawal", "UsageBan") for kind, *_r in found), found


def test_the_two_governments_are_the_last_two_countries_named(nlp):
    text = ("Japan praised the role France had played in the negotiations. "
            "The two governments held their first formal talks on the technology in Geneva in May.")
    found = events(text)
    assert any(kind == "Negotiation" and {*agents, *targets} == {"japan", "france"} for kind, agents, targets, _m in found), found


def test_fined_it_is_the_company_fined_whatever_the_lemmatizer_makes_of_fined(nlp):
    text = ("The commission fined Quillmark Labs $220 million in July. Quillmark Labs appealed. "
            "The Korvex Data Protection Commission has separately fined it $32.8 million for breaching data rules.")
    found = events(text)
    assert ("Fine", ("korvex-data-protection-commission",), ("quillmark-labs",), "asserted") in found, found


def test_who_reports_a_settlement_or_owns_the_settler_is_no_other_party(nlp):
    text = ("France's competition authority fined Quillmark Labs on Wednesday. "
            "The authority said Brightpath's Quillmark Labs agreed to settle.")
    found = events(text)
    assert any(kind == "Agreement" and agents == ("quillmark-labs",) and targets
               for kind, agents, targets, _m in found), found


def test_both_sides_of_a_deal_between_companies_are_no_countries(nlp):
    text = ("Regulators in Japan and France are watching. Getty Images sued Stability AI in London. "
            "Both sides agreed to settle on Monday.")
    found = events(text, confident=False)
    assert not any(kind == "Agreement" and {*agents, *targets} == {"japan", "france"} for kind, agents, targets, _m in found), found


def test_an_appeal_naming_no_party_is_against_whoever_acted_on_the_appellant(nlp):
    found = events("The Halden Competition Commission fined Zentrix $220 million in July. Zentrix appealed.")
    assert ("Lawsuit", ("zentrix",), ("halden-competition-commission",), "asserted") in found
    found = events('Zentrix called the decision "disproportionate" and said it would appeal.')
    assert not any(kind == "Lawsuit" and modality == "asserted" for kind, _a, _t, modality in found)


def test_the_agency_is_no_committee_and_the_watchdog_a_regulator(nlp):
    found = extract(analyse(
        "The Halden Trade Commission opened an inquiry into Zentrix. Its chair testified before the House Oversight "
        "Committee on Thursday. On Wednesday the agency appealed a federal judge's refusal to halt Zentrix's takeover "
        "of Brightwave Inc. The Halden Data Protection Authority fined Corvane in May. The European Union and the "
        "High Court of Halden later weighed in. The watchdog said Corvane had refused its requests."))
    suits = {(e.agents, e.targets) for e in found.events if e.type == "Lawsuit"}
    assert (("halden-trade-commission",), ("brightwave-inc",)) in suits
    assert "halden-data-protection-authority" in {c.speaker for c in found.claims}


def test_a_company_that_will_not_release_or_switches_off_its_product_withdraws_it(nlp):
    found = events("Late last week, Zentrix Corp. switched off the image generation of its Lumio chatbot for users "
                   "who do not pay.")
    assert ("ModelWithdrawal", ("zentrix-corp",), ("lumio",), "asserted") in found
    found = events("Zentrix Corp. said on Friday it would not release its Lumio chatbot to users in the European "
                   "Union this year.")
    assert ("ModelWithdrawal", ("zentrix-corp",), ("lumio",), "asserted") in found
    assert not any(kind == "ModelWithdrawal" for kind, *_ in events("Zentrix Corp. said it would not release its "
                                                                     "earnings forecast."))


def test_an_action_referred_back_to_is_of_the_owner_named_first(nlp):
    found = events("Britain's reported demand for access to Zentrix users' data drew criticism on Monday. The "
                   "Brightwave Foundation, a London-based campaign group, condemned the demand.")
    assert ("ConcernRaised", ("brightwave-foundation",), ("united-kingdom",), "asserted") in found


def test_a_country_before_companies_nouns_only_says_whose_they_are(nlp):
    found = events("Two of Japan's biggest newspaper publishers, Brightwave Inc. and Corvane Inc., sued Zentrix Corp. "
                   "on Tuesday.")
    suits = [(a, t) for kind, a, t, _m in found if kind == "Lawsuit"]
    assert suits and all("japan" not in a for a, _t in suits)


def test_events_with_the_same_roles_sort_the_same_way_whatever_their_input_order():
    from kg.extract.events import event_order
    from kg.records import Event

    a = Event(type="ConcernRaised", agents=("x",), targets=("y",), trigger="argue", date=None)
    b = Event(type="ConcernRaised", agents=("x",), targets=("y",), trigger="call", date=None)
    assert sorted([a, b], key=event_order) == sorted([b, a], key=event_order) == [a, b]


def test_a_deal_with_a_plural_party_is_with_the_names_it_counts(nlp):
    found = events("Zentrix Corp. has signed licensing deals with other publishers, among them Brightwave Inc. and "
                   "Corvane Inc.")
    assert ("Agreement", ("zentrix-corp",), ("brightwave-inc", "corvane-inc"), "asserted") in found
    found = events("Halden urged start-ups such as Brightwave Inc. to comply.")
    assert not any(t for kind, _a, t, _m in found if kind == "PublicAppeal")


def test_whose_request_a_party_refuses_is_not_its_own(nlp):
    found = events("The Halden Data Authority fined Corvane in May. The authority said Zentrix Corp. had refused its "
                   "requests to stop processing the data.")
    assert ("Refusal", ("zentrix-corp",), ("halden-data-authority",), "asserted") in found


def test_a_veto_refuses_the_legislature_and_stands_apart_from_an_urged_one(nlp):
    found = events("Ohio Governor Lia Brandt has vetoed SB 1047, a closely watched bill. The measure, written by state "
                   "Senator Omar Haddad, passed the Ohio Legislature in late August. Eight lawmakers, led by "
                   "Representative Ada Pryce, had urged Brandt in August to veto it.")
    assert ("Refusal", ("lia-brandt",), ("ohio-legislature",), "asserted") in found
    assert not any(e for e in extract(analyse("Governor Lia Brandt has vetoed SB 1047.")).events if e.date == "1047")


def test_staying_or_suspending_a_ban_rolls_it_back(nlp):
    found = events("A bench of the Western Appellate Tribunal stayed the ban on Thursday.")
    assert ("Deregulation", ("western-appellate-tribunal",), (), "asserted") in found
    found = events("The Finance Ministry suspended the export ban on Friday.")
    assert ("Deregulation", ("finance-ministry",), (), "asserted") in found
    # a regulator suspending a company's own rule bans it, and rolls back no regulation; nor does pausing a
    # product after an order
    for text in ("The Halden Data Authority suspended a new Zentrix Corp. data-sharing rule on Monday.",
                 "Zentrix Corp. paused its chatbot after the order."):
        assert not any(kind == "Deregulation" for kind, *_ in events(text))


def test_a_bill_that_clears_a_legislature_is_issued_by_it(nlp):
    found = events("The Online Harms Bill cleared the Senate on Thursday, a day after it passed the House of "
                   "Representatives.")
    assert {("PolicyIssued", ("senate",), (), "asserted"),
            ("PolicyIssued", ("house-of-representatives",), (), "asserted")} <= found
    assert not any(kind == "PolicyIssued" for kind, *_ in events("Zentrix Corp. passed the Halden audit."))


def test_a_proposal_introduced_by_someone_is_issued_by_them(nlp):
    found = events("The proposal was introduced last year by Senator Marta Ilves.")
    assert ("PolicyIssued", ("marta-ilves",), (), "asserted") in found


def test_going_to_court_to_stop_a_party_sues_it(nlp):
    found = events("The Data Protection Office has gone to court to stop Orbitek Ltd from processing the scans.")
    assert ("Lawsuit", ("data-protection-office",), ("orbitek-ltd",), "asserted") in found


def test_informing_a_named_body_of_a_finding_raises_it_with_them(nlp):
    found = events("Korvex Inc. makes chips. Korvex informed the Commerce Department of the finding.")
    assert ("ConcernRaised", ("korvex-inc",), ("department-of-commerce",), "asserted") in found
    assert not any(kind == "ConcernRaised" for kind, *_ in events("The ministry informed reporters about the plan."))


def test_ordering_a_company_to_stop_shipping_restricts_exports(nlp):
    found = events("Washington ordered Korvex Inc. to stop shipping advanced chips to Chinese customers.")
    assert ("ExportRestriction", ("united-states",), ("korvex-inc",), "asserted") in found
    assert not any(kind == "UsageBan" for kind, *_ in found)


def test_what_a_governments_official_suspends_is_banned(nlp):
    found = events("Orbitek Ltd scans irises. In Chile, Orbitek's operations were suspended on Monday by Interior "
                   "Minister Jonas Ekberg.")
    assert ("UsageBan", ("jonas-ekberg",), ("orbitek-ltd",), "asserted") in found


def test_a_longer_trigger_that_fails_leaves_the_shorter_one_inside_it(nlp):
    # "halt ... sales" by a government would be an export curb; ordered, the company halts, and the order bans
    found = events("The Halden Data Authority ordered Zentrix Corp. to halt sales of its chatbot.")
    assert ("UsageBan", ("halden-data-authority",), ("zentrix-corp",), "asserted") in found
    found = events("Korvex Inc. designs chips. In April the Commerce Department halted the sale of Korvex chips to China.")
    assert any(kind == "ExportRestriction" and agents == ("department-of-commerce",) for kind, agents, _t, _m in found)


def test_ordering_agencies_to_purge_a_companys_products_bans_them(nlp):
    found = events("In 2017 the Department of Homeland Security ordered federal agencies to purge Orbitek Ltd products "
                   "from their networks.")
    assert ("UsageBan", ("department-of-homeland-security",), ("orbitek-ltd",), "asserted") in found


def test_a_quoted_risk_to_national_security_designates(nlp):
    found = events('Orbitek Ltd sells antivirus software. The Commerce Department said on Thursday that the Moscow-based '
                   'company\'s products posed an "undue or unacceptable" risk to U.S. national security.')
    assert ("SupplyChainRiskDesignation", ("department-of-commerce",), ("orbitek-ltd",), "asserted") in found
    # where a company is based is no party
    assert not any("russia" in targets for _k, _a, targets, _m in found)


def test_summoning_a_companys_people_raises_concerns_with_it(nlp):
    found = events("The Cyberspace Administration of China summoned Korvex Inc. representatives on Monday.")
    assert ("ConcernRaised", ("cyberspace-administration-of-china",), ("korvex-inc",), "asserted") in found


def test_a_deal_to_pay_a_government_is_with_it_and_a_product_is_no_party(nlp):
    found = events("Korvex Inc. and Zentrix Corp. have agreed to hand the U.S. government 15% of the revenue from "
                   "Lumo-9 chip sales in China.")
    assert ("Agreement", ("korvex-inc", "zentrix-corp"), ("united-states",), "asserted") in found
    assert not any(kind == "Agreement" and "lumo-9" in agents + targets for kind, agents, targets, _m in found)


def test_quick_to_condemn_and_ready_to_sue_have_their_subject(nlp):
    found = events("The Commerce Department fined Orbitek Ltd on Monday. The Kremlin was quick to condemn the fine.")
    assert ("ConcernRaised", ("kremlin",), ("department-of-commerce",), "asserted") in found
    found = events("Zentrix Corp. said it was ready to take Orbitek Ltd to court.")
    assert ("Lawsuit", ("zentrix-corp",), ("orbitek-ltd",), "planned") in found


def test_a_counted_object_designates_the_names_it_lists(nlp):
    found = events("On Friday, the Office of Foreign Assets Control designated a dozen members of Orbitek Ltd's "
                   "leadership, among them chief operating officer Ivan Sorokin and chief legal officer Pavel Gromov.")
    assert ("SupplyChainRiskDesignation", ("office-of-foreign-assets-control",), ("ivan-sorokin", "pavel-gromov"),
            "asserted") in found


def test_an_objection_that_names_the_party_that_acted_targets_it(nlp):
    found = events("The Commerce Department banned Orbitek Ltd from selling its software in the United States. "
                   "A day later the Treasury Department sanctioned two of Orbitek's managers. Orbitek argued that the "
                   "Commerce Department had acted on theoretical concerns and that the ban was unfair.")
    assert ("ConcernRaised", ("orbitek-ltd",), ("department-of-commerce",), "asserted") in found


def test_rejecting_suggestions_refuses_no_one(nlp):
    found = events("The EU fined Zentrix Corp. on Friday. Zentrix rejected suggestions that the fine would force it "
                   "to leave Europe.")
    assert not any(kind == "Refusal" for kind, *_ in found)


def test_a_penalty_issued_under_a_law_issues_no_law_and_the_social_network_is_the_company(nlp):
    found = events("Zentrix Corp. runs a social media platform. The European Commission fined the social network "
                   "120 million euros in the first penalty issued under the bloc's Digital Services Act.")
    assert ("Fine", ("european-commission",), ("zentrix-corp",), "asserted") in found
    assert not any(kind == "PolicyIssued" for kind, *_ in found)


def test_an_enforcers_finding_about_the_one_it_acted_on_is_no_objection(nlp):
    found = events("The EU fined Zentrix Corp. 120 million euros on Friday. The European Commission said Zentrix "
                   "had breached the law's transparency rules and that its ads were deceptive.")
    assert not any(kind == "ConcernRaised" for kind, *_ in found)


def test_a_letter_sent_to_someone_asks_or_argues_with_them(nlp):
    found = events("Senator Lia Moreau wrote about the chatbot. In a letter sent on Thursday to Zentrix Corp. chief "
                   "executive Omar Haddad, the Ohio senator asked the company to shut the chatbot down.")
    assert any(kind == "PublicAppeal" and agents == ("lia-moreau",) and "omar-haddad" in targets
               for kind, agents, targets, _m in found)
    found = events("Zentrix Corp. argued in a letter to Senator Lia Moreau that AI rules should be set in Washington.")
    assert ("ConcernRaised", ("zentrix-corp",), ("lia-moreau",), "asserted") in found
    # a letter that reports, or only sets out concerns to others, asks nobody
    found = events("In a letter to the senators, Zentrix Corp. chief strategy officer Omar Haddad said the company "
                   "was dedicated to safety.")
    assert not any(kind == "PublicAppeal" for kind, *_ in found)


def test_a_suit_naming_no_defendant_is_against_whom_the_plaintiff_accuses(nlp):
    found = events("Her letter cited a lawsuit filed on Oct. 22 by the activist Robby Starr, who alleges that Zentrix "
                   "Corp.'s AI systems falsely described him as a criminal.")
    assert ("Lawsuit", ("robby-starr",), ("zentrix-corp",), "asserted") in found


def test_a_case_brought_against_a_party_sues_it_and_the_two_sides_settle_with_each_other(nlp):
    found = events("Robby Starr brought a similar defamation case against Zentrix Corp. in April. The two sides "
                   "settled in August.")
    assert ("Lawsuit", ("robby-starr",), ("zentrix-corp",), "asserted") in found
    assert ("Agreement", ("robby-starr",), ("zentrix-corp",), "asserted") in found


def test_lawmakers_and_senators_act_for_the_house_the_article_names(nlp):
    found = events("The Chilean Senate passed the bill. Paula Rivas, president of the artists' association Canto "
                   "Libre, urged senators to keep the royalty rules.")
    assert any(kind == "PublicAppeal" and targets == ("chilean-senate",) for kind, _a, targets, _m in found)
    # lawmakers of another country than the house's are not its members
    found = events("Congress held a hearing on the chatbot. British lawmakers pressed Zentrix Corp. to explain the outage.")
    assert not any(kind == "PublicAppeal" and agents == ("congress",) for kind, agents, _t, _m in found)
    found = events("Congress held a hearing on the chatbot. US lawmakers pressed Zentrix Corp. to explain the outage.")
    assert any(kind == "PublicAppeal" and agents == ("congress",) for kind, agents, _t, _m in found)


def test_appealing_to_a_court_is_no_public_appeal(nlp):
    found = events("Zentrix Corp. said it would decide whether to appeal to the Dutch Supreme Court.")
    assert not any(kind == "PublicAppeal" for kind, *_ in found)


def test_a_refusal_answers_the_request_made_of_the_refuser(nlp):
    found = events("Sarah Mitchell co-led the ethics team at Zentrix Corp. She said on Dec. 2 that she had been "
                   "dismissed after the company asked her to withdraw a paper. She had refused to do so without an "
                   "explanation.")
    assert ("PublicAppeal", ("zentrix-corp",), ("sarah-mitchell",), "asserted") in found
    assert ("Refusal", ("sarah-mitchell",), ("zentrix-corp",), "asserted") in found


def test_a_model_is_never_the_one_that_acts(nlp):
    found = events("Zentrix Corp. makes the Lumo chatbot. Lumo warned users that Zentrix Corp. had changed its terms.")
    assert not any("lumo" in agents for _k, agents, _t, _m in found)


def test_deals_listed_together_and_their_parties(nlp):
    found = events("Crown Prince Khalid bin Fahd unveiled Zentrix Corp. on Monday. Rival Korvex Inc. agreed to a $10 "
                   "billion partnership with Zentrix to provide computing capacity, and Halden Labs signed a memorandum "
                   "of understanding on chips. President Donald Trump and the crown prince also signed a partnership "
                   "agreement.")
    assert ("Agreement", ("korvex-inc",), ("zentrix-corp",), "asserted") in found
    assert any(kind == "Agreement" and agents == ("halden-labs",) and targets == ("zentrix-corp",)
               for kind, agents, targets, _m in found)
    assert any(kind == "Agreement" and set(agents + targets) == {"donald-trump", "khalid-bin-fahd"}
               for kind, agents, targets, _m in found)


def test_a_bypass_by_unnamed_attackers_is_found_by_whoever_reports_it(nlp):
    found = events("Zentrix Corp. makes the Lumo model. According to the company's report, the attackers got past "
                   "Lumo's safety training by splitting their attack into small tasks.")
    assert ("SafeguardBypass", ("zentrix-corp",), ("lumo",), "asserted") in found
    # getting past a costly training phase is no safeguard bypassed
    found = events("Zentrix Corp. makes the Lumo model. Zentrix got past the costly training phase of its Lumo model.")
    assert not any(kind == "SafeguardBypass" for kind, *_ in found)


def test_disagreeing_with_a_party_over_a_request_refuses_it_and_with_a_decision_objects(nlp):
    found = events("The Pentagon labeled Zentrix Corp. a supply chain risk after the company disagreed with the "
                   "Pentagon over requested changes to its guardrails.")
    assert ("Refusal", ("zentrix-corp",), ("pentagon",), "asserted") in found
    found = events("The Halden Data Authority fined Zentrix Corp. on Monday. Zentrix said it disagreed with the "
                   "decision and would appeal.")
    assert ("ConcernRaised", ("zentrix-corp",), ("halden-data-authority",), "asserted") in found
    assert not any(kind == "Refusal" for kind, *_ in found)
    found = events("The Halden Data Authority fined Zentrix Corp. on Monday. Korvex Inc. said it disagreed with the "
                   "allegations against it.")
    assert not any(kind in ("Refusal", "ConcernRaised") and "korvex-inc" in agents for kind, agents, _t, _m in found)


def test_a_coordinated_verb_of_a_listing_lists_its_own_object_too(nlp):
    found = events("Korvex Inc. and Norsun Ltd make chips. The Commerce Department put Korvex on its Entity List in "
                   "2019 and added Norsun the following year.")
    for kind in ("ExportRestriction", "SupplyChainRiskDesignation"):
        assert (kind, ("department-of-commerce",), ("norsun-ltd",), "asserted") in found


def test_a_licence_requirement_restricts_exports_to_where_the_goods_go(nlp):
    found = events("The United States has required licences for sales of such chips to Saudi Arabia since 2023.")
    assert ("ExportRestriction", ("united-states",), ("saudi-arabia",), "asserted") in found


def test_an_objection_is_to_the_latest_action_of_another_party(nlp):
    found = events("The Halden Data Authority fined Zentrix Corp. 15 million euros on Friday. Zentrix responded by "
                   "taking the service offline. Zentrix called the decision \"disproportionate\" and said it would appeal.")
    assert ("ConcernRaised", ("zentrix-corp",), ("halden-data-authority",), "asserted") in found


@pytest.mark.parametrize("text, expected", [
    ("Zentrix Corp. was ordered to pay a fine of 5 million euros by the Halden Data Authority.",
     ("Fine", ("halden-data-authority",), ("zentrix-corp",), "asserted")),
    ("The Halden Data Authority hit Zentrix Corp. with a 5 million euro fine.",
     ("Fine", ("halden-data-authority",), ("zentrix-corp",), "asserted")),
    ("The Halden Data Authority handed Zentrix Corp. a 5 million euro penalty.",
     ("Fine", ("halden-data-authority",), ("zentrix-corp",), "asserted")),
    ("Zentrix Corp. teamed up with Korvex Inc. to build data centres.",
     ("Agreement", ("zentrix-corp",), ("korvex-inc",), "asserted")),
    ("Zentrix Corp. entered into an agreement with Korvex Inc. last week.",
     ("Agreement", ("zentrix-corp",), ("korvex-inc",), "asserted")),
    ("Zentrix Corp. joined forces with Korvex Inc. on chips.",
     ("Agreement", ("zentrix-corp",), ("korvex-inc",), "asserted")),
])
def test_more_ways_news_prose_fines_and_makes_deals(nlp, text, expected):
    assert expected in events(text)


def test_alarm_voiced_over_a_rule_and_pushing_back_against_a_request(nlp):
    found = events("Korvex Inc. voiced alarm over the Commerce Department's rule.")
    assert ("ConcernRaised", ("korvex-inc",), ("department-of-commerce",), "asserted") in found
    found = events("Zentrix Corp. pushed back against the Halden Data Authority's request.")
    assert ("Refusal", ("zentrix-corp",), ("halden-data-authority",), "asserted") in found


def test_a_persons_verdict_on_a_named_action_is_an_objection_to_whoever_took_it(nlp):
    found = events("Governor Gavin Newsom vetoed the bill on Sunday. Senator Scott Wiener called the veto a setback "
                   "for everyone who believes in oversight.", confident=False)
    assert ("ConcernRaised", ("scott-wiener",), ("gavin-newsom",)) in {e[:3] for e in found}
    found = events("The European Commission fined Zentrix Corp. on Friday. Secretary of State Marco Rubio described "
                   "the penalty as an attack on American tech platforms.", confident=False)
    assert ("ConcernRaised", ("marco-rubio",), ("european-commission",)) in {e[:3] for e in found}
    # praise is no objection, nor is an opinion that names no action
    found = events("The European Commission fined Zentrix Corp. on Friday. Sarah Mitchell, a professor at Yale, called "
                   "the penalty \"measured and fair\". She said the internet was a dangerous place.", confident=False)
    assert not any(kind == "ConcernRaised" for kind, *_ in found), found


def test_deals_struck_and_payments_under_a_deal_with_a_party(nlp):
    found = events("Microsoft has struck paid licensing deals with Google and OpenAI.", confident=False)
    assert ("Agreement", ("microsoft",), ("google", "openai")) in {e[:3] for e in found}
    found = events("Google will pay $100 million a year to news outlets under a deal with Zentrix Corp.", confident=False)
    assert ("Agreement", ("google",), ("zentrix-corp",)) in {e[:3] for e in found}
    found = events("Under the deal, Google will pay $100 million a year to news outlets.", confident=False)
    assert not any(kind == "Agreement" for kind, *_ in found)


def test_an_announced_investment_in_a_named_party_is_a_deal_made(nlp):
    found = events("Microsoft will invest $1.5 billion in Zentrix Corp., the Abu Dhabi artificial intelligence company, "
                   "the two companies said.", confident=False)
    assert ("Agreement", ("microsoft",), ("zentrix-corp",), "asserted") in found  # not Abu Dhabi, not only planned
    found = events("Microsoft may invest $1.5 billion in Zentrix Corp., people familiar with the matter said.", confident=False)
    assert ("Agreement", ("microsoft",), ("zentrix-corp",), "planned") in found
    found = events("Microsoft will invest $80 billion in data centres this year.", confident=False)
    assert not any(kind == "Agreement" for kind, *_ in found)


def test_a_warning_about_what_a_named_party_did_targets_that_party(nlp):
    found = events("Britain declined to sign the declaration on Tuesday. Sarah Mitchell of Full Fact warned that by "
                   "refusing to sign, the British government risked undercutting its credibility.", confident=False)
    assert ("ConcernRaised", ("sarah-mitchell",), ("united-kingdom",)) in {e[:3] for e in found}, found


def test_drawing_criticism_from_a_party_is_its_objection_to_what_was_done(nlp):
    found = events("Google paused Gemini's image generation on Thursday. The episode drew sharp criticism from Elon "
                   "Musk, who wrote on X that the images were racist.", confident=False)
    assert ("ConcernRaised", ("elon-musk",), ("google",)) in {e[:3] for e in found}
    found = events("Zentrix Corp.'s decision drew fire from the European Commission.", confident=False)
    assert ("ConcernRaised", ("european-commission",), ("zentrix-corp",)) in {e[:3] for e in found}
    found = events("The film drew praise from critics.", confident=False)
    assert not any(kind == "ConcernRaised" for kind, *_ in found)


def test_questioning_an_action_is_an_objection_to_whoever_took_it(nlp):
    found = events("The Commerce Department added 16 Chinese firms to its Entity List on Monday. The Chinese Ministry of "
                   "Commerce questioned the timing of the listings.", confident=False)
    assert any(kind == "ConcernRaised" and agents == ("chinese-ministry-of-commerce",) and targets == ("department-of-commerce",)
               for kind, agents, targets, _m in found), found


def test_verdicts_and_warnings_stay_within_what_they_condemn(nlp):
    # "the law" is not the lawsuit filed earlier
    found = events("Korvex Inc. filed a lawsuit against Zentrix Corp. in May. Congress passed the law in June. Senator "
                   "John Miller called the law an attack on free speech.", confident=False)
    assert not any(kind == "ConcernRaised" and "korvex-inc" in targets for kind, _a, targets, _m in found), found
    # what a verdict goes on to be about is not the verdict
    found = events("Ofcom banned Zentrix Corp. on Friday. Sarah Mitchell described the ban as a necessary response to "
                   "the harassment of children.", confident=False)
    assert not any(kind == "ConcernRaised" for kind, *_ in found), found
    # a warning about how things stand is not an objection to a deed
    found = events("Ofcom warned that Britain lags behind France in AI safety.", confident=False)
    assert not any(kind == "ConcernRaised" and targets for kind, _a, targets, _m in found), found


def test_only_an_investment_in_a_company_is_a_deal_and_urging_in_court_is_still_an_appeal(nlp):
    found = events("Microsoft will invest $2 billion in Brazil over three years.", confident=False)
    assert not any(kind == "Agreement" and modality == "asserted" for kind, _a, _t, modality in found), found
    found = events("Will Microsoft invest $1 billion in Zentrix Corp.?", confident=False)
    assert not any(kind == "Agreement" and modality == "asserted" for kind, _a, _t, modality in found), found
    found = events("Sarah Mitchell urged Korvex Inc. in court on Monday to settle the case.", confident=False)
    assert ("PublicAppeal", ("sarah-mitchell",), ("korvex-inc",)) in {e[:3] for e in found}


def test_a_company_switching_off_an_unnamed_product_of_its_own_withdraws_it(nlp):
    found = events("Apple has switched off the artificial intelligence feature that condensed news alerts on iPhones.",
                   confident=False)
    assert ("ModelWithdrawal", ("apple",), ("apple",)) in {e[:3] for e in found}
    found = events("Microsoft switched off the lights at its Seattle office.", confident=False)
    assert not any(kind == "ModelWithdrawal" for kind, *_ in found)


def test_getting_a_model_to_do_harm_or_its_failing_to_block_it_is_a_bypass(nlp):
    found = events("Researchers posing as 13-year-olds were able to get ChatGPT to give detailed advice on getting drunk, "
                   "according to a report released on Wednesday by the Center for Countering Digital Hate.", confident=False)
    assert ("SafeguardBypass", ("center-for-countering-digital-hate",), ("chatgpt",)) in {e[:3] for e in found}
    found = events("A team from Cisco and the University of Pennsylvania reported that DeepSeek's R1 model failed to block "
                   "any of 50 harmful prompts.", confident=False)
    assert ("SafeguardBypass", ("cisco", "university-of-pennsylvania"), ("r1",)) in {e[:3] for e in found}
    found = events("OpenAI got ChatGPT to answer questions about elections.", confident=False)
    assert not any(kind == "SafeguardBypass" for kind, *_ in found)


def test_failing_to_answer_requests_a_party_reports_refuses_that_party(nlp):
    found = events("Ofcom opened an investigation into 4chan on June 10. The regulator said 4chan had failed to answer two "
                   "legally binding requests for information.", confident=False)
    assert ("Refusal", ("4chan",), ("ofcom",)) in {e[:3] for e in found}, found
    # failing to honour commitments is a breach the regulator found, not a refusal
    found = events("The Autorite de la concurrence said Google failed to honour four of its commitments.", confident=False)
    assert not any(kind == "Refusal" for kind, *_ in found), found


def test_suspending_an_executive_withdraws_no_model(nlp):
    found = events("The Enterprise Chamber of the Amsterdam Court of Appeal last week suspended Nexperia's chief "
                   "executive, Zhang Xuezheng.", confident=False)
    assert not any(kind == "ModelWithdrawal" for kind, *_ in found)


def test_demanding_that_a_party_act_is_an_appeal_to_it(nlp):
    assert ("PublicAppeal", ("disney",), ("meta",), "asserted") in events(
        "Disney, which owns characters voiced by Bell, demanded that Meta immediately stop the misuse.")
    assert ("PublicAppeal", ("cabinet-office",), ("openai",), "asserted") in events(
        "The Cabinet Office had formally requested that OpenAI refrain from actions that could infringe copyright.")
    assert not any(kind == "PublicAppeal" for kind, *_ in events("Google insisted that the EU was wrong.", confident=False))


def test_a_subjects_relative_clause_does_not_hide_whom_the_description_means(nlp):
    found = events("Elon Musk criticised OpenAI and Sam Altman. Musk, who helped found and fund OpenAI, "
                   "sued the company and Altman last year.")
    assert ("Lawsuit", ("elon-musk",), ("openai", "sam-altman"), "asserted") in found


def test_adding_a_company_to_a_list_of_security_risks_designates_it(nlp):
    found = events("The Pentagon added Acme Corp., a maker of memory chips based in Shenzhen, to its list on Monday, "
                   "citing national security.")
    assert ("SupplyChainRiskDesignation", ("pentagon",), ("acme-corp",), "asserted") in found
    assert not events("Microsoft added OpenAI and Anthropic, two of its biggest partners, to a list of approved vendors.")


def test_a_company_calling_its_listing_a_mistake_objects_to_the_lister(nlp):
    found = events("The Defense Department added Tencent to its list of Chinese military companies on Monday, citing "
                   "national security. Tencent called its addition to the list a mistake.")
    assert ("ConcernRaised", ("tencent",), ("pentagon",), "asserted") in found


def test_under_a_settlement_the_party_the_clause_is_about_agrees(nlp):
    found = events("Acme Corp. has been banned from using facial recognition technology for five years under a "
                   "settlement with the Federal Trade Commission.")
    assert ("Agreement", ("acme-corp",), ("federal-trade-commission",), "asserted") in found


def test_a_participle_naming_the_object_does_not_hide_it(nlp):
    assert ("UsageBan", ("italy",), ("deepseek",), "asserted") in events("Italy banned a chatbot app called DeepSeek on Thursday.")


def test_insisting_that_a_party_should_act_is_no_appeal(nlp):
    found = events("Jensen Huang insisted that Nvidia should be able to sell chips to China.", confident=False)
    assert not any(kind == "PublicAppeal" for kind, *_ in found)
    found = events("Security researchers added Anthropic's Claude to a list of models that resisted jailbreaks.", confident=False)
    assert not any(kind == "SupplyChainRiskDesignation" for kind, *_ in found)


def test_sitting_down_with_discussing_with_and_discussions_with_are_talks(nlp):
    assert ("Negotiation", ("microsoft",), ("competition-and-markets-authority",), "asserted") in events(
        "Microsoft executives sat down with Britain's Competition and Markets Authority last week.")
    assert ("Negotiation", ("sony",), ("ministry-of-economy-trade-and-industry",), "asserted") in events(
        "Sony discussed the proposal with Japan's Ministry of Economy, Trade and Industry on Monday.")
    assert ("Negotiation", ("samsung-electronics", "sk-hynix"), ("united-states",), "asserted") in events(
        "Samsung and SK Hynix are in discussions with the U.S. government about waivers.")
    assert not any(kind == "Negotiation" for kind, *_ in events("Google discussed the ruling in a blog post.", confident=False))


def test_talks_one_is_due_to_hold_or_tried_to_hold_are_not_yet_held(nlp):
    found = events("Liu He is due to sit down with Robert Lighthizer on Thursday. "
                   "DJI said it had tried for months to discuss the listing with the Pentagon.", confident=False)
    assert not any(kind == "Negotiation" and mood == "asserted" for kind, _a, _t, mood in found)
    found = events("In October, Senators Chris Coons and Thom Tillis released a discussion draft of the NO FAKES Act.", confident=False)
    assert not any(kind == "Negotiation" for kind, *_ in found)


def test_we_in_a_quotation_is_whoever_is_quoted(nlp):
    found = events('"We urge the US side to immediately correct its wrong practices," foreign ministry spokesman '
                   'Guo Jiakun told a regular briefing.')
    assert ("PublicAppeal", ("guo-jiakun",), ("united-states",), "asserted") in found


def test_a_verdict_the_parser_made_a_second_object_is_still_a_verdict(nlp):
    found = events("The Defense Department added Tencent to its list of Chinese military companies on Monday, citing "
                   "national security. Tencent on Tuesday called its addition to a Pentagon list a mistake.")
    assert ("ConcernRaised", ("tencent",), ("pentagon",), "asserted") in found


def test_agreeing_to_buy_into_a_company_is_a_deal_with_it(nlp):
    assert ("Agreement", ("norvale-capital",), ("quillon",), "asserted") in events(
        "Norvale Capital has agreed to take a 9.9% stake in Quillon.")
    assert ("Agreement", ("norvale-capital",), ("quillon",), "asserted") in events(
        "Norvale Capital agreed to buy $2 billion of Quillon's shares.")
    # selling a stake is a deal with the buyer
    assert not any(kind == "Agreement" and targets == ("arm-holdings",) for kind, agents, targets, _ in events(
        "SoftBank agreed to sell a 2% stake in Arm Holdings to institutional investors."))


def test_calling_a_party_or_its_work_names_that_condemn_it_is_an_objection(nlp):
    assert ("ConcernRaised", ("anti-defamation-league",), ("velora-labs",), "asserted") in events(
        'The Anti-Defamation League called Velora Labs "irresponsible" on Tuesday.')
    assert any(kind == "ConcernRaised" and agents == ("digital-rights-watch",) and targets in (("velora-labs",), ("quanta",))
               for kind, agents, targets, _ in events(
                   'Velora Labs released the Quanta model on Tuesday. Digital Rights Watch called it "dangerous."'))
    # praise condemns nobody, a verdict on an action stays with the action's party, a person's insult is an
    # opinion, and a phone call amid opposition to a deal is no verdict
    assert not any(kind == "ConcernRaised" for kind, *_ in events('Digital Rights Watch called Quanta "remarkable".'))
    assert not any(kind == "ConcernRaised" and targets == ("velora-labs",) for kind, agents, targets, _ in events(
        'The fine on Velora Labs drew a response from Digital Rights Watch, which called it unfair.'))
    assert not any(kind == "ConcernRaised" for kind, *_ in events("Elon Musk called Sam Altman arrogant."))
    assert not any(kind == "ConcernRaised" for kind, *_ in events(
        "Chancellor Friedrich Merz called French President Emmanuel Macron amid growing opposition to the trade deal."))


def test_taking_down_a_models_demonstration_withdraws_it(nlp):
    found = events("Velora Labs unveiled the Quanta model on Monday. On Thursday Velora Labs took down the public demo of Quanta.")
    assert any(kind == "ModelWithdrawal" and agents == ("velora-labs",) and "quanta" in targets for kind, agents, targets, _ in found)
    assert not any(kind == "ModelWithdrawal" for kind, *_ in events("Velora Labs took down the posts on Thursday."))
    assert not any(kind == "ModelWithdrawal" for kind, *_ in events("Greenpeace paused its demonstration at Google's London office."))


def test_labelling_a_company_a_high_risk_vendor_designates_it(nlp):
    found = events('In January Norway had labelled Huawei a "high-risk vendor".')
    assert any(kind == "SupplyChainRiskDesignation" and targets == ("huawei",) for kind, agents, targets, _ in found)
    # a designation is a government's
    assert not any(kind == "SupplyChainRiskDesignation" for kind, *_ in events("Vodafone Group labelled Huawei a high-risk vendor."))


def test_being_received_by_a_leader_is_a_meeting(nlp):
    found = events("Quillon chief executive Mara Lind was received at the presidential palace on Monday by President Tomas Ruiz.")
    assert any(kind == "Negotiation" and {"mara-lind", "tomas-ruiz"} <= set(agents + targets) for kind, agents, targets, _ in found)
    assert not any(kind == "Negotiation" for kind, *_ in events("The letter was received by the ministry on Monday."))
    assert not any(kind == "Negotiation" for kind, *_ in events("Nvidia's application was received by the Commerce Department."))


def test_objecting_to_a_countrys_action_targets_the_country_not_the_party_acted_on(nlp):
    found = events("France opened a probe of Quillon in July. The US rebuked the French probe of Quillon on Friday.")
    assert ("ConcernRaised", ("united-states",), ("france",), "asserted") in found
    assert not any(kind == "ConcernRaised" and "quillon" in targets for kind, agents, targets, _ in found)


def test_a_countrys_decision_to_act_is_the_countrys_action(nlp):
    found = events("Beijing condemned the US decision to blacklist Huawei.")
    assert any(kind == "SupplyChainRiskDesignation" and agents == ("united-states",) for kind, agents, _, _ in found)
    assert not any(kind == "SupplyChainRiskDesignation" and agents == ("china",) for kind, agents, _, _ in found)


def test_a_refusal_naming_nothing_refuses_whoever_last_acted_against_the_refuser(nlp):
    found = events("The Online Safety Agency sued Quillon Inc. in the Federal Court on Monday. "
                   "Quillon Inc. blocked the posts for local users but refused to remove them globally.")
    assert ("Refusal", ("quillon-inc",), ("online-safety-agency",), "asserted") in found
    # refusing to comment, or to deal with a party the infinitive names, answers no earlier action
    found = events("The Online Safety Agency sued Quillon Inc. on Monday. Quillon Inc. refused to comment on the lawsuit.")
    assert not any(kind == "Refusal" for kind, *_ in found)
    found = events("Getty Images sued Quillon Inc. on Monday. Quillon Inc. refused to license images from Shutterstock.")
    assert not any(kind == "Refusal" and targets == ("getty-images",) for kind, agents, targets, _ in found)


def test_calling_it_something_after_an_action_was_named_judges_the_action(nlp):
    found = events("The Commission unveiled the package on Wednesday. Digital Rights Europe described it as a major rollback.")
    assert not any(kind == "ConcernRaised" and "digital-rights-europe" in targets for kind, agents, targets, _ in found)


def test_shutting_out_a_chatbot_and_a_bodys_suspension_of_an_app_are_bans(nlp):
    assert ("UsageBan", ("indonesia",), ("grok",), "asserted") in events(
        "Indonesia became the first country to shut out Grok, on Saturday.")
    found = events("The move follows the European Commission's suspension of TikTok Lite in the bloc.")
    assert any(kind == "UsageBan" and agents == ("european-commission",) for kind, agents, _, _ in found)


def test_declining_to_correct_is_a_refusal_of_whoever_asked(nlp):
    found = events("Lena Ortiz asked Velora Labs to correct the errors. Velora Labs declined to correct them.", confident=False)
    assert any(kind == "Refusal" and agents == ("velora-labs",) for kind, agents, _, _ in found)


def test_challenging_an_action_in_court_sues_whoever_took_it(nlp):
    found = events("The Data Protection Authority fined Quillon Inc. 200 million euros on Monday. "
                   "Quillon Inc. challenged the fine in court on Friday.")
    assert ("Lawsuit", ("quillon-inc",), ("data-protection-authority",), "asserted") in found
    assert not any(kind == "Lawsuit" for kind, *_ in events("Critics challenged the claims in court."))


def test_after_a_closing_quote_the_speaker_acts_again(nlp):
    found = events('Governor Ana Reyes, who spoke briefly, told the executives that "Brazil and the rest of the region are not '
                   'waiting" and pressed the Senate to provide $5 billion for chip plants.', confident=False)
    assert not any(kind == "PublicAppeal" and agents == ("brazil",) for kind, agents, _, _ in found)
    assert any(kind == "PublicAppeal" and agents == ("ana-reyes",) for kind, agents, _, _ in found)


def test_who_is_accused_of_an_act_is_its_agent(nlp):
    found = events("Velora Labs accused Quillon Inc. of having met the European Commission 40 times.", confident=False)
    assert not any(kind == "Negotiation" and agents == ("velora-labs",) for kind, agents, _, _ in found)


def test_a_participle_coordinates_with_the_participle_before_it(nlp):
    found = events("The trade ministry issued guidance to Quillon Inc. on Monday, saying the company relied on Velora Labs "
                   "to run its systems, and calling on it to review their ties.", confident=False)
    assert not any(kind == "PublicAppeal" and agents == ("quillon-inc",) for kind, agents, _, _ in found)


def test_a_gerund_a_ruling_is_about_is_no_ones_act(nlp):
    found = events("Judge Ana Reyes ruled on Saturday that shutting down the service across the country was unreasonable.",
                   confident=False)
    assert not any(kind == "ModelWithdrawal" and agents for kind, agents, _, _ in found)


def test_a_name_the_parser_joined_to_a_word_inside_another_is_its_conjunct(nlp):
    found = events("Chatbots can be pushed past their guardrails, according to an investigation published on Wednesday "
                   "by the Center for Countering Digital Hate (CCDH) and CNN.", confident=False)
    assert not any("cnn" in targets for _, _, targets, _ in found)


def test_rejecting_remarks_is_no_refusal(nlp):
    found = events("Zhu Fenglian, a spokeswoman for the Taiwan Affairs Office, rejected recent remarks by Taiwan's president.",
                   confident=False)
    assert not any(kind == "Refusal" for kind, *_ in found)


def test_a_company_under_investigation_is_its_target(nlp):
    found = events("Quillon Inc. was placed under an antitrust investigation by the State Administration for Market Regulation on Friday.")
    assert ("Investigation", ("state-administration-for-market-regulation",), ("quillon-inc",), "asserted") in found


def test_revoking_a_predecessors_order_is_deregulation(nlp):
    found = events("President Mark Dalton revoked his predecessor Joe Hale's 2023 order on AI safety on his first day in office.",
                   confident=False)
    assert any(kind == "Deregulation" and agents == ("mark-dalton",) for kind, agents, _, _ in found)


def test_filing_a_case_sues_whoever_acted_and_another_suit_has_the_same_defendant(nlp):
    found = events("The trade ministry fined Corvane Labs on Monday. Corvane Labs filed its case in March.")
    assert ("Lawsuit", ("corvane-labs",), ("trade-ministry",), "asserted") in found
    found = events("The Asahi Shimbun sued Perplexity AI in Tokyo on Tuesday. The Yomiuri Shimbun filed suit in the same court "
                   "on Aug. 7.")
    assert ("Lawsuit", ("yomiuri-shimbun",), ("perplexity-ai",), "asserted") in found
    # an appeal filed is a suit, not a public appeal; a deadline to file one is no suit
    found = events("The Federal Court blocked Telegram on Tuesday. Telegram filed an appeal on Thursday.", confident=False)
    assert any(kind == "Lawsuit" and agents == ("telegram",) for kind, agents, _, _ in found)
    assert not any(kind == "PublicAppeal" for kind, *_ in found)
    found = events("The regulator fined Corvane Labs. The firm has 90 days after formal notification to file an administrative suit.")
    assert not any(kind == "Lawsuit" for kind, *_ in found)


def test_being_disappointed_by_a_decision_objects_to_whoever_took_it(nlp):
    found = events("Lab cuts access\n\nSAN FRANCISCO — Anthropic cut off Windsurf's access to Claude on Tuesday. "
                   '"We are disappointed by this decision," Varun Mohan, Windsurf\'s chief executive, said.')
    assert ("ModelWithdrawal", ("anthropic",), ("windsurf",), "asserted") in found
    assert ("ConcernRaised", ("varun-mohan",), ("anthropic",), "asserted") in found
    # alarm at reports names no party
    found = events("Microsoft said it was investigating the images. The administration was alarmed by the reports, and said "
                   "Congress should take action.", confident=False)
    assert not any(kind == "ConcernRaised" and "microsoft" in targets for kind, _, targets, _ in found)


def test_expressing_regret_over_pressure_is_an_objection(nlp):
    found = events("Japan's communications ministry pressed LY Corp. to cut its ties with Naver. South Korea on Friday expressed "
                   "regret over what it described as Japanese pressure on Naver.")
    assert any(kind == "ConcernRaised" and agents == ("south-korea",) for kind, agents, _, _ in found)


def test_a_supplier_that_stops_taking_a_customers_orders_withdraws_from_it(nlp):
    found = events("TSMC halts orders\n\nTAIPEI — Taiwan Semiconductor Manufacturing Co. (TSMC) has stopped accepting new orders "
                   "from Tianjin Phytium Information Technology, a person familiar with the matter said.")
    assert ("ModelWithdrawal", ("tsmc",), ("tianjin-phytium-information-technology",), "asserted") in found


def test_holding_off_complying_refuses_whoever_ordered(nlp):
    found = events("Ofcom fined Corvane Labs in May. Corvane Labs held off complying with the order for a year.", confident=False)
    assert any(kind == "Refusal" and agents == ("corvane-labs",) for kind, agents, _, _ in found)


def test_an_inquiry_that_names_no_party_is_into_the_one_its_body_acted_against(nlp):
    found = events("EU fines Google\n\nBRUSSELS — Google was fined 2.95 billion euros by the European Commission on Friday. "
                   "The decision closes an investigation that the Commission opened in 2021.")
    assert ("Investigation", ("european-commission",), ("google",), "asserted") in found


def test_misfires_found_in_review_stay_fixed(nlp):
    """Sentences a review of the session-11 rules found misread (each was wrong before its fix)."""
    found = events("The Pentagon asked Anthropic to drop its limits. Anthropic refused in a statement on Thursday.", confident=False)
    assert any(kind == "Refusal" and agents == ("anthropic",) for kind, agents, _, _ in found)  # "in a statement": no object
    found = events("China's commerce ministry said Washington had \"weaponised trade issues\" and banned Huawei from buying "
                   "American chips.", confident=False)
    assert not any(agents == ("ministry-of-commerce",) for _, agents, _, _ in found)  # the quote is Washington's predicate
    found = events("Spotify urged the European Commission to act against Apple. The Commission fined Apple 1.8 billion euros "
                   "on Monday. Apple filed an appeal at the General Court on Friday.", confident=False)
    assert not any(kind == "Lawsuit" and "spotify" in targets for kind, _, targets, _ in found)
    found = events("The New York Times sued OpenAI and Microsoft in December. Microsoft filed a suit in Delaware on Monday.",
                   confident=False)
    assert not any(kind == "Lawsuit" and agents == ("microsoft",) and "openai" in targets for kind, agents, targets, _ in found)
    found = events("Authors sued Anthropic in August. Separately, Nvidia filed a patent case in Delaware.", confident=False)
    assert not any(kind == "Lawsuit" and agents == ("nvidia",) and targets for kind, agents, targets, _ in found)
    found = events("The SEC opened an investigation into Builder.ai. Builder.ai filed a bankruptcy petition on Monday.",
                   confident=False)
    assert not any(kind == "Lawsuit" for kind, *_ in found)
    found = events("Google expressed regret after its Gemini chatbot generated inaccurate images.", confident=False)
    assert not any(kind == "ConcernRaised" for kind, *_ in found)
    found = events("The bill is concerned with frontier models developed by OpenAI and Google.", confident=False)
    assert not any(kind == "ConcernRaised" for kind, *_ in found)
    assert not events("Microsoft was put in charge of the audit.", confident=False)
    found = events("The Pentagon cancelled JEDI, a $10 billion cloud computing program, on Tuesday.", confident=False)
    assert not any(kind == "Deregulation" for kind, *_ in found)
    found = events("OpenAI cut prices for API access to GPT-4o.", confident=False)
    assert not any(kind == "ModelWithdrawal" for kind, *_ in found)
    found = events("The European Commission fined Apple 1.8 billion euros on Monday. Apple vowed to file an appeal.", confident=False)
    assert ("Lawsuit", ("apple",), ("european-commission",), "planned") in found


def test_it_that_a_named_country_says_it_feels_is_that_country(nlp):
    found = events("The Commerce Department added Huawei to the Entity List on Monday. Beijing said it was alarmed by the U.S. move.")
    assert ("ConcernRaised", ("china",), ("united-states",), "asserted") in found


def test_a_model_that_could_be_pushed_past_its_guardrails_was_bypassed(nlp):
    found = events("Six of eight AI chatbots, including Claude and Grok, could be pushed past their safety guardrails into giving "
                   "dangerous advice, according to a study published by the Alan Turing Institute.")
    assert ("SafeguardBypass", ("alan-turing-institute",), ("claude", "grok"), "asserted") in found


def test_a_deals_own_infinitive_names_the_other_party(nlp):
    found = events("Velora Labs struck a deal in July to license part of the Daily Courier's archive of news stories.")
    assert ("Agreement", ("velora-labs",), ("daily-courier",), "asserted") in found


def test_an_inquirys_guessed_target_is_in_its_own_clause(nlp):
    found = events("The European Commission fined Apple 1.8 billion euros on Monday. The Commission's investigation was opened "
                   "in June 2020, a year after Spotify complained that Apple's rules hurt rivals.")
    assert ("Investigation", ("european-commission",), ("apple",), "asserted") in found
    assert not any(kind == "Investigation" and "spotify" in targets for kind, _, targets, _ in found)


def test_a_request_turned_down_or_ignored_refuses_whoever_made_it(nlp):
    found = events("Petra Lind asked Norvia Air for a refund, but her request was turned down by the airline in May. "
                   "Ofcom fined Korvo Ltd on Monday. The company ignored the regulator's demands for information, Ofcom said.")
    assert ("Refusal", ("norvia-air",), ("petra-lind",), "asserted") in found
    assert ("Refusal", ("korvo-ltd",), ("ofcom",), "asserted") in found


def test_ignoring_what_is_not_a_request_refuses_nothing(nlp):
    found = events("Critics said Zentrix ignored the real harms of its chatbots.")
    assert not any(kind == "Refusal" for kind, *_ in found)


def test_a_government_taking_names_off_its_list_deregulates(nlp):
    found = events("The Commerce Department added 36 firms to the Entity List on Thursday. The department also "
                   "removed 25 Chinese entities from its Unverified List. Cloudflare removed Korvo from its list of verified bots.")
    assert any(kind == "Deregulation" and agents == ("department-of-commerce",) for kind, agents, *_ in found)
    assert not any(kind == "Deregulation" and "cloudflare" in agents for kind, agents, *_ in found)


def test_a_law_passed_by_a_legislature_in_a_relative_clause_is_issued(nlp):
    found = events("SEOUL — The law, which was passed by the National Assembly in December, takes effect in January. "
                   "The bill, passed by Congress in April, requires Korvo to sell the app. "
                   "Italy's parliament gave final approval on Tuesday to a national AI law.")
    issued = {agents for kind, agents, _, _ in found if kind == "PolicyIssued"}
    assert {("national-assembly",), ("congress",)} <= issued
    assert any("italy" in agents[0] for agents in issued)


def test_an_order_to_explain_or_hand_over_is_an_inquiry(nlp):
    found = events("The Federal Trade Commission has ordered seven companies, among them Alphabet and OpenAI, to explain "
                   "how their chatbots affect children. The judge ordered Korvo to pay $5 million.")
    assert ("Investigation", ("federal-trade-commission",), ("alphabet", "openai"), "asserted") in found
    assert not any(kind == "Investigation" and "korvo" in targets for kind, _, targets, _ in found)


def test_a_company_halting_shipments_or_downloads_withdraws_them(nlp):
    found = events("In October the chipmaker Vexa Semiconductor halted shipments to Chinese chip designers. "
                   "The start-up Korvo switched off downloads of songs made on its platform.")
    withdrawn = {agents for kind, agents, _, _ in found if kind == "ModelWithdrawal"}
    assert {("vexa-semiconductor",), ("korvo",)} <= withdrawn


def test_a_case_brought_by_a_party_is_its_suit(nlp):
    found = events("WASHINGTON — A federal court ordered Korvo to pay $55 million. Judge Mara Lind approved the penalty "
                   "on Tuesday in a case brought in August by the Federal Trade Commission against Korvo.")
    assert ("Lawsuit", ("federal-trade-commission",), ("korvo",), "asserted") in found
    assert not any(kind == "Lawsuit" and "mara-lind" in agents for kind, agents, _, _ in found)


@pytest.mark.parametrize("text, kind", [
    ("OpenAI ignored a warning from Microsoft that the model was unsafe.", "Refusal"),
    ("The Pentagon removed DeepSeek from its list of approved software vendors.", "Deregulation"),
    ("The European Commission ordered Meta to provide users with a less personalised option.", "Investigation"),
    ("President Joe Biden halted the sale of US Steel to Nippon Steel.", "ModelWithdrawal"),
    ("An amendment proposed by Meta's lobbyists would weaken the bill.", "PolicyIssued"),
])
def test_near_misses_of_the_request_list_order_and_withdrawal_rows_make_no_event(nlp, text, kind):
    assert not any(k == kind for k, *_ in events(text))


def test_final_approval_given_to_a_law_issues_it(nlp):
    found = events("The Council of the European Union gave final approval to the law.")
    assert any(kind == "PolicyIssued" and agents == ("council-of-the-european-union",) for kind, agents, _, _ in found)


def test_an_objection_is_not_to_the_objectors_own_country_nor_to_where_it_was_said(nlp):
    found = events("The Biden administration on Thursday added Korvo Memory Technologies, China's leading maker of memory "
                   "chips, to a trade blacklist. A spokesperson for China's Ministry of Commerce said on Friday that China "
                   "firmly opposed the listings, accusing Washington of overstretching the concept of national security. "
                   "Yann LeCun, chief AI scientist at Meta, said on Twitter that he had not signed it and disagreed with "
                   "its premise.")
    assert not any(kind == "ConcernRaised" and "china" in targets for kind, _, targets, _ in found)
    assert not any(kind == "ConcernRaised" and "twitter" in targets for kind, _, targets, _ in found)


def test_a_body_saying_an_app_poses_security_and_privacy_risks_designates_it(nlp):
    found = events("CANBERRA — The Department of Home Affairs said Korvo posed significant security and privacy risks.")
    assert ("SupplyChainRiskDesignation", ("department-of-home-affairs",), ("korvo",), "asserted") in found


def test_parties_listed_as_subjects_deal_with_each_other_not_with_what_the_deal_is_about(nlp):
    found = events("Kestrel Networks and Halden Corp agreed in 2019 to combine Orbit Chat with Halden's search business.")
    deals = {(a, t) for kind, a, t, _m in found if kind == "Agreement"}
    assert (("kestrel-networks",), ("halden-corp",)) in deals
    assert not any("orbit-chat" in a + t for a, t in deals)
    # a deal "with" a party names the other side: both subjects deal with it
    found = events("Kestrel Networks and Halden Corp signed a deal with Norvik Telecom on Monday.")
    deals = {(a, t) for kind, a, t, _m in found if kind == "Agreement"}
    assert deals == {(("kestrel-networks", "halden-corp"), ("norvik-telecom",))}
    # and so does a government the subjects agree to pay
    found = events("Kestrel Networks and Halden Corp agreed to pay the US government 15% of their sales.")
    assert any(kind == "Agreement" and t == ("united-states",) for kind, _a, t, _m in found)


def test_the_two_leaders_who_met_agree_with_each_other(nlp):
    text = ("President Arlen Voss sat down with Prime Minister Mira Tanaka in Oslo on Thursday. At a joint news "
            "conference afterwards, the two leaders said they had agreed to launch a new consultation on economic security.")
    found = events(text)
    assert any(kind == "Agreement" and set(a + t) == {"arlen-voss", "mira-tanaka"} for kind, a, t, _m in found)


def test_licensing_to_a_company_is_a_deal_with_it_and_a_government_licence_is_not(nlp):
    found = events("Reddit has licensed its data to Google and OpenAI under agreements that include privacy protections.")
    assert ("Agreement", ("reddit",), ("google", "openai"), "asserted") in found
    found = events("The Commerce Department licensed sales of chips to Huawei.")
    assert not any(kind == "Agreement" for kind, *_ in found)


def test_refusing_despite_a_partys_objections_refuses_that_party(nlp):
    found = events("Canada had refused earlier this month to pause the tax, despite strong objections from Washington.")
    assert ("Refusal", ("canada",), ("united-states",), "asserted") in found
    found = events("Canada refused to pause the tax despite Norway's objections.")
    assert ("Refusal", ("canada",), ("norway",), "asserted") in found
    # a risk is no one's demand
    found = events("Canada refused to pause the tax despite the risk to Zentrix Corp.")
    assert not any(kind == "Refusal" and "zentrix-corp" in t for kind, _a, t, _m in found)


def test_refusing_to_help_a_party_and_not_complying_with_its_request(nlp):
    for text in ("Halden Corp has refused to help the FBI unlock the phones.",
                 "Halden Corp declined to help the FBI unlock the phones."):
        assert ("Refusal", ("halden-corp",), ("fbi",), "asserted") in events(text)
    found = events("Zentrix Corp said it had not complied with the Federal Trade Commission's request for documents.")
    assert ("Refusal", ("zentrix-corp",), ("federal-trade-commission",), "asserted") in found
    # not having complied with a law is a finding, not a refusal
    found = events("The regulator said Zentrix Corp had not complied with the law.")
    assert not any(kind == "Refusal" for kind, *_ in found)


def test_the_suits_own_complaint_is_no_separate_objection_but_an_objection_it_reports_is(nlp):
    text = ("Authors Mira Dole and Peter Vance have sued Zentrix Corp, accusing the company of training its systems on "
            "their books. The complaint against Zentrix Corp says that its chatbot, when prompted, summarises the books.")
    assert not any(kind == "ConcernRaised" and "zentrix-corp" in t for kind, _a, t, _m in events(text))
    text = ("Halden Times has sued Zentrix Corp, accusing it of copying its articles. The lawsuit says Halden Times had "
            "raised concerns with Zentrix Corp in April about the use of its content.")
    assert any(kind == "ConcernRaised" and a == ("halden-times",) for kind, a, _t, _m in events(text))


def test_getting_a_model_to_produce_sexual_content_bypasses_it(nlp):
    found = events("In April, reporters at The Wall Street Journal got Meta AI to take part in sexual role-play with "
                   "accounts that said they belonged to minors.")
    assert ("SafeguardBypass", ("wall-street-journal",), ("meta-ai",), "asserted") in found


def test_the_object_of_a_conjoined_verb_is_the_first_verbs_object(nlp):
    found = events("Foreign ministry spokesman Geng Shuang accused Washington of meddling in China's internal affairs, "
                   "and urged it to withdraw the decision immediately.")
    assert any(kind == "PublicAppeal" and t == ("united-states",) for kind, _a, t, _m in found)
    assert not any(kind == "PublicAppeal" and "china" in t for kind, _a, t, _m in found)


def test_licences_required_for_a_chip_restrict_its_export(nlp):
    found = events("The Commerce Department in April required licences for the H20, a weaker chip Nvidia designed "
                   "for the Chinese market.")
    assert any(kind == "ExportRestriction" and t == ("h20",) for kind, _a, t, _m in found)


def test_a_nominal_trigger_that_is_its_clauses_subject_takes_no_agent_from_its_own_phrase(nlp):
    found = events("A separate national security review of TikTok by the Committee on Foreign Investment in the United "
                   "States is continuing, a White House official said.")
    assert ("Investigation", ("committee-on-foreign-investment-in-the-united-states",), ("tiktok",), "asserted") in found


def test_the_app_is_the_company_named_for_it_when_no_model_is_named(nlp):
    found = events("Telegram was blocked last week. It is the second time in just over a year that Brazil has "
                   "suspended the app.")
    assert ("UsageBan", ("brazil",), ("telegram",), "asserted") in found


@pytest.mark.parametrize("text, unwanted", [
    # listed subjects who deal with a third party named in the infinitive do not deal with each other
    ("Samsung and SK Hynix agreed to supply memory chips to OpenAI's Stargate project.", ("Agreement", "samsung", "sk-hynix")),
    ("OpenAI and Anthropic agreed to share their models with the U.S. AI Safety Institute.", ("Agreement", "openai", "anthropic")),
    ("Apple and Google agreed to pay Epic Games' legal costs.", ("Agreement", "apple", "google")),
    # "the two leaders" are the two who met, not the parties of an earlier fine
    ("The European Commission fined Apple 500 million euros in April over App Store rules. On Sunday, Trump met "
     "Commission President Ursula von der Leyen in Scotland. The two leaders said they had agreed to a 15% tariff.",
     ("Agreement", "european-commission", "apple")),
    # a licence under negotiation is no deal yet
    ("OpenAI is in talks to license its models to Apple, people familiar with the matter said.", ("Agreement", "openai", "apple")),
    ("Reddit is negotiating to license its data to Microsoft.", ("Agreement", "reddit", "microsoft")),
    # no comment is no refusal of the reporter; releasing terms, a model or a share price refuses no one
    ("Nvidia refused to comment despite repeated requests from Reuters.", ("Refusal", "nvidia", "reuters")),
    ("Google declined to release financial terms of the deal with Reddit.", ("Refusal", "google", "reddit")),
    ("Meta declined to license Llama to the Chinese military.", ("Refusal", "meta", "llama")),
    ("Alibaba shares declined to help close the gap with Tencent.", ("Refusal", "alibaba", "tencent")),
    # a developer making its own model refuse is no bypass
    ("OpenAI made ChatGPT refuse sexual requests from teenage users.", ("SafeguardBypass", "openai", "chatgpt")),
    # a second verb with its own subject: "it" is not the first verb's object
    ("The Commerce Department blacklisted Huawei in 2019, and China condemned it as economic bullying.",
     ("ConcernRaised", "china", "huawei")),
    # permits to buy chips are no export control
    ("China's regulators required permits for purchases of Nvidia's H20 chips by state-owned companies.",
     ("ExportRestriction", "china", "h20")),
])
def test_the_session_rules_do_not_reach_near_misses(nlp, text, unwanted):
    kind, agent, target = unwanted
    found = events(text, confident=False)
    assert not any(k == kind and (agent in a and target in t or target in a and agent in t) for k, a, t, _m in found)


def test_an_accusation_made_apart_from_the_suit_stays_an_objection(nlp):
    found = events("Elon Musk sued OpenAI on Thursday, accusing it of abandoning its mission. Days earlier, Musk had "
                   "accused OpenAI of betraying its founders in a speech in Paris.")
    assert any(kind == "ConcernRaised" and a == ("elon-musk",) and t == ("openai",) for kind, a, t, _m in found)


@pytest.mark.parametrize("text, expected", [
    ("Ireland's Data Protection Commission (DPC) has ended the High Court case it brought against Elon Musk's X.",
     ("Lawsuit", ("data-protection-commission",), ("x",))),
    ("In September the Chinese company MiniMax was taken to court by Disney, Universal and Warner Bros.",
     ("Lawsuit", ("disney", "universal", "warner-bros"), ("minimax",))),
    ("Character.AI is defending a separate wrongful-death suit brought last year by Megan Garcia, a Florida mother.",
     ("Lawsuit", ("megan-garcia",), ("character-ai",))),
])
def test_suits_brought_in_a_relative_clause_taken_to_court_or_defended(nlp, text, expected):
    assert any((kind, a, t) == expected for kind, a, t, _m in events(text))


def test_talks_with_a_plural_party_are_with_the_names_after_it(nlp):
    found = events("Governor Kathy Hochul signed the bill late on Friday after weeks of negotiations with its sponsors, "
                   "State Senator Andrew Gounardes and Assemblymember Alex Bores.")
    assert any(kind == "Negotiation" and a == ("kathy-hochul",) and "andrew-gounardes" in t for kind, a, t, _m in found)


@pytest.mark.parametrize("text, expected", [
    ("Australia ordered government agencies to avoid using DeepSeek.", ("UsageBan", ("australia",), ("deepseek",))),
    ("Nvidia bought a 4% stake in Intel for $5 billion.", ("Agreement", ("nvidia",), ("intel",))),
])
def test_ordering_staff_to_avoid_a_product_bans_it_and_buying_a_stake_is_a_deal(nlp, text, expected):
    assert any((kind, a, t) == expected for kind, a, t, _m in events(text))
    # advice is no ban
    assert not any(kind == "UsageBan" for kind, *_ in events("Experts urged users to avoid using DeepSeek."))


def test_a_plural_subject_acts_through_the_names_it_counts_and_a_demanded_act_is_not_done(nlp):
    found = events("Several rights groups, including Access Now and Amnesty International, demanded that Meta withdraw "
                   "the requirement.", confident=False)
    assert any(kind == "PublicAppeal" and "access-now" in a and t == ("meta",) for kind, a, t, _m in found)
    # what was demanded is planned at most, never asserted
    assert not any(m == "asserted" and kind != "PublicAppeal" for kind, _a, _t, m in found)


def test_backing_an_action_for_a_critical_reason_is_no_objection(nlp):
    text = ("The Commerce Department imposed curbs on H20 exports. The Institute for Progress, a Washington think tank, "
            "backed the curbs, saying some Chinese buyers may already have used H20s in ways that breached existing rules.")
    assert not any(kind == "ConcernRaised" for kind, *_ in events(text, confident=False))


def test_an_objector_backed_by_investors_still_objects(nlp):
    text = ("The Commerce Department added Zhipu AI to the Entity List. Zhipu AI, which is backed by Alibaba and Tencent, "
            "said the decision lacked a factual basis.")
    assert any(kind == "ConcernRaised" and a == ("zhipu-ai",) for kind, a, _t, _m in events(text, confident=False))


@pytest.mark.parametrize("text, expected", [
    ("Anduril won a $100 million contract from the Pentagon.", ("Agreement", ("anduril-industries",), ("pentagon",))),
    ("The Pentagon awarded contracts worth up to $200 million each to Anthropic, Google and xAI.",
     ("Agreement", ("pentagon",), ("anthropic", "google", "xai"))),
    ("Samsung and Tesla announced a joint venture to build chips in Texas.",
     ("Agreement", ("samsung-electronics",), ("tesla",))),
])
def test_contracts_won_from_or_awarded_to_a_party_and_a_joint_venture_are_deals(nlp, text, expected):
    assert any((kind, a, t) == expected for kind, a, t, _m in events(text))


def test_a_company_s_spokesperson_objects_for_it(nlp):
    found = events("Vantis Labs has revoked Orbital AI's access to its Atlas models. "
                   "Orbital AI spokeswoman Jane Roe said the decision was disappointing.", confident=False)
    assert ("ConcernRaised", ("jane-roe",), ("vantis-labs",), "asserted") in found
    # an official's words, or a person who speaks for no party, stay claims
    found = events("Vantis Labs has revoked Orbital AI's access to its Atlas models. "
                   "Jane Roe, a professor at Bellmont University, said the decision was disappointing.", confident=False)
    assert not any(kind == "ConcernRaised" for kind, *_ in found)


def test_a_spokesperson_does_not_object_to_their_own_company(nlp):
    found = events("The European Commission fined Helio Corp. on Tuesday. Helio Corp. appealed. "
                   "Helio's vice president, Jane Roe, said the decision was unjustified.", confident=False)
    assert ("ConcernRaised", ("jane-roe",), ("european-commission",), "asserted") in found
    assert not any(kind == "ConcernRaised" and "helio-corp" in targets for kind, _a, targets, _m in found)


def test_asking_named_parties_for_help_or_to_act_is_an_appeal(nlp):
    found = events("The FBI had asked Lumo Inc. for help in a letter last week.")
    assert ("PublicAppeal", ("fbi",), ("lumo-inc",), "asserted") in found
    found = events("Regulators met Facebook and Google on Monday. Commissioner Jane Roe asked the platforms to remove the videos.")
    assert ("PublicAppeal", ("jane-roe",), ("facebook", "google"), "asserted") in found
    # asking for comment, or asking one's own people, appeals to no party
    assert not any(kind == "PublicAppeal" for kind, *_ in events("Reporters asked Lumo Inc. for comment on Friday."))
    found = events("Microsoft met Disney on Monday. Microsoft asked its ethics committee to review the tool.")
    assert not any(kind == "PublicAppeal" for kind, *_ in found)


def test_a_body_and_its_own_country_are_one_side(nlp):
    found = events("The Korean Ministry of Trade, Industry and Energy restricted exports of the chips from South Korea.")
    assert not any("south-korea" in targets for _k, _a, targets, _m in found)
    found = events("The Cyberspace Administration of China summoned Nvidia and told China's tech firms to stop buying "
                   "H20 chips, urging China to build its own.")
    assert not any("china" in targets for _k, _a, targets, _m in found)
    # an embassy sits in another country without being part of it
    found = events("The Chinese embassy in Washington urged the United States to lift the curbs.")
    assert ("PublicAppeal", ("chinese-embassy-in-washington",), ("united-states",), "asserted") in found


def test_a_business_council_is_a_lobby_not_a_government_body(nlp):
    found = extract(analyse("The Business Council of Canada urged Ottawa to drop the tax.")).entities
    assert {e.key: e.category for e in found}.get("business-council-of-canada") == "Organization"


def test_the_alternative_not_taken_is_negated(nlp):
    found = events("Ziff Davis chose to pursue the company in court rather than sign such an agreement with OpenAI.", confident=False)
    assert not any(kind == "Agreement" and modality == "asserted" for kind, _a, _t, modality in found)


def test_ordering_a_product_blocked_bans_it(nlp):
    found = events("Zentrix is a Chinese AI company. Italy's data protection authority, the Garante, ordered the Zentrix "
                   "chatbot blocked in January.")
    assert any(kind == "UsageBan" and "garante" in agents and targets == ("zentrix",) for kind, agents, targets, _m in found), found
    found = events("A federal judge, Paulo Neves, ordered Telegram suspended on Wednesday.")
    assert any(kind == "UsageBan" and "paulo-neves" in agents and targets == ("telegram",) for kind, agents, targets, _m in found), found


def test_who_acts_together_with_the_agent_is_not_its_target(nlp):
    found = events("The complaint, filed on Thursday by Harbor Media together with its units Vela Games and Orto Health, "
                   "alleges that Lumo Inc. copied millions of articles.", confident=False)
    targets = {t for kind, _a, ts, _m in found if kind == "ConcernRaised" for t in ts}
    assert "lumo-inc" in targets and not targets & {"vela-games", "orto-health"}


def test_a_fine_in_won_keeps_its_agent_and_the_parent_s_unit_is_the_fined_company(nlp):
    text = ("Helio Corp. was fined 42 billion won by the Korea Fair Trade Commission on Tuesday. In a statement, "
            "the Vantage unit argued that the decision ignored the benefits of its program.")
    found = events(text, confident=False)
    assert ("Fine", ("korea-fair-trade-commission",), ("helio-corp",), "asserted") in found
    speakers = {c.speaker for c in extract(analyse(text)).claims}
    assert "helio-corp" in speakers and "vantage" not in speakers


def test_a_partnership_agreed_or_a_deal_signed_in_a_relative_clause_is_an_agreement(nlp):
    found = events("The Harbor Post agreed a partnership with Lumo Inc. this week.")
    assert any(kind == "Agreement" and set(a + t) == {"harbor-post", "lumo-inc"} for kind, a, t, _m in found), found
    found = events("Staff oppose a $1 billion cloud deal that Vela Corp. signed with Norway in 2021.")
    assert any(kind == "Agreement" and set(a + t) == {"vela-corp", "norway"} for kind, a, t, _m in found), found
    # a bill a legislature passed, referred to in passing, is no new law
    found = events("The review was required by a defense bill that Congress passed in December 2024.")
    assert not any(kind == "PolicyIssued" for kind, *_ in found)


def test_a_product_withdrawn_in_the_passive_is_withdrawn_by_its_maker(nlp):
    found = events("Lumo Inc. released Atlas 5 this year. Lumo's Atlas 4 was withdrawn when Atlas 5 launched in August.")
    assert any(kind == "ModelWithdrawal" and agents == ("lumo-inc",) and "atlas-4" in targets
               for kind, agents, targets, _m in found), found


def test_switching_off_its_own_downloads_withdraws_the_company_s_product(nlp):
    found = events("The start-up Vela AI switched off downloads of songs made on the platform the same day.")
    assert ("ModelWithdrawal", ("vela-ai",), ("vela-ai",), "asserted") in found, found


def test_a_body_part_of_another_country_still_targets_the_country_it_is_named_for(nlp):
    found = events("China's Taiwan Affairs Office condemned Taiwan for banning DeepSeek.", confident=False)
    assert ("ConcernRaised", ("taiwan-affairs-office",), ("taiwan",), "asserted") in found, found


def test_a_spokesperson_objects_to_the_action_against_their_company(nlp):
    found = events("The FTC sued Meta on Monday. On Tuesday the European Commission fined Apple. "
                   "Meta spokesman Andy Stone said the agency's action was unfair.", confident=False)
    concerns = {(a, t) for kind, a, t, _m in found if kind == "ConcernRaised"}
    assert concerns == {(("andy-stone",), ("federal-trade-commission",))}, found


def test_agreeing_that_talks_failed_is_no_agreement(nlp):
    found = events("Both Vela Corp. and the Justice Department agreed the settlement talks had failed.", confident=False)
    assert not any(kind == "Agreement" for kind, *_ in found)


def test_asking_a_chatbot_for_information_is_no_appeal(nlp):
    assert not any(kind == "PublicAppeal" for kind, *_ in events("The New York Times asked ChatGPT for information about the case."))


def test_meeting_rules_is_compliance_not_talks(nlp):
    found = events("Regulator chief Dana Wells had asked Lumo Inc. in May to withdraw the app or meet EU data-transfer rules.")
    assert not any(kind == "Negotiation" for kind, *_ in found), found
    assert any(kind == "Negotiation" for kind, *_ in events("Lumo Inc. executives met the European Commission on Tuesday."))


def test_holding_conversations_with_a_party_is_talks_but_a_discussion_draft_is_not(nlp):
    found = events("Lumo Inc. was sued on Monday. The company said it was having productive conversations with many "
                   "creators, including the Authors Guild, to understand their concerns.")
    assert any(kind == "Negotiation" and set(a + t) == {"lumo-inc", "authors-guild"} for kind, a, t, _m in found), found
    found = events("In October, Senators Chris Coons and Thom Tillis released a discussion draft of the NO FAKES Act.")
    assert not any(kind == "Negotiation" for kind, *_ in found)


def test_calling_a_move_hostile_objects_to_it(nlp):
    found = events("China's commerce ministry opened an antitrust probe into Qualcomm on Friday. "
                   "President Donald Trump hit back, calling Beijing's move hostile.", confident=False)
    assert ("ConcernRaised", ("donald-trump",), ("commerce-ministry",), "asserted") in found, found


def test_a_list_of_eight_names_all_act(nlp):
    papers = ["Aldo Herald", "Brill Gazette", "Corva Times", "Dunmore Post", "Elwood Courier", "Fenn Daily News",
              "Garrow Tribune", "Hale Sentinel"]
    text = (f"The lawsuit against Vexa Inc. was filed on Monday by the {', the '.join(papers[:-1])} and the {papers[-1]}.")
    found = extract(analyse(text)).events
    suit = next(e for e in found if e.type == "Lawsuit")
    assert len(suit.agents) == 8 and suit.targets == ("vexa-inc",)


def test_the_two_companies_are_not_the_speakers_own_nor_a_longer_list(nlp):
    text = ("Eight newspapers, the Aldo Herald, the Brill Gazette, the Corva Times, the Dunmore Post, the Elwood Courier, "
            "the Fenn Ledger, the Garrow Tribune and the Hale Sentinel, sued Vexa Inc. and Lumio Corp. on Tuesday. "
            "Jane Pike, executive editor of Northway Media Inc. and Tribune Press Inc., accused the two companies of "
            "stealing their work.")
    assert ("ConcernRaised", ("jane-pike",), ("vexa-inc", "lumio-corp"), "asserted") in events(text)


def test_a_preposition_concerning_a_party_is_no_condemnation(nlp):
    text = ("Sweden's telecoms regulator postponed an auction after a court suspended part of its decision to shut "
            "Vexa Inc. out of the networks. The Swedish Post and Telecom Authority (PTS) said the Administrative Court "
            "in Stockholm had ruled on Monday that the licence condition concerning Vexa would not apply for now.")
    assert not any(t == "ConcernRaised" for t, *_ in events(text, confident=False))


def test_it_in_what_a_named_description_announced_is_that_body(nlp):
    text = ("Vexa Inc. cut off its chatbot in Ruritania after the country's data protection authority ordered it to "
            "stop processing data. The authority, known as the Datenamt, announced on Friday that it had opened an "
            "investigation into the Lumio-backed company.")
    found = events(text)
    assert ("Investigation", ("datenamt",), ("vexa-inc",), "asserted") in found
    assert not any("lumio" in e[2] for e in found if e[0] == "Investigation")


def test_speech_still_owed_is_no_claim_and_no_objection(nlp):
    text = ("The Datenamt ordered Vexa Inc. to stop processing data on Friday. Vexa Inc. has 20 days to tell the "
            "regulator how it will address the concerns or face a fine.")
    found = extract(analyse(text))
    assert not any(c.speaker == "vexa-inc" for c in found.claims)
    assert not any(e.type == "ConcernRaised" for e in found.events)


def test_proposing_an_ordinance_issues_a_policy(nlp):
    text = "Dana Reyes, a member of the city's Board of Supervisors, has proposed an ordinance that would bar city departments from using face scans."
    assert any(t == "PolicyIssued" and a == ("dana-reyes",) for t, a, _tg, _m in events(text))


def test_shutting_off_access_to_a_model_withdraws_it(nlp):
    text = "Vexa Inc. has temporarily shut off early access to Lumo 2, its unreleased video model, after a leak."
    assert ("ModelWithdrawal", ("vexa-inc",), ("lumo-2",), "asserted") in events(text)


def test_a_complaint_lodged_with_a_court_is_the_storys_suit(nlp):
    text = ("Publishers have sued Vexa Inc., accusing it of copying their books. The National Union of Printers filed "
            "the complaint this week with the Paris Judicial Court together with two other groups.")
    found = events(text)
    assert ("Lawsuit", ("national-union-of-printers",), ("vexa-inc",), "asserted") in found
    assert not any(t == "ConcernRaised" and "paris-judicial-court" in tg for t, _a, tg, _m in found)


def test_a_countrys_associations_that_sue_are_not_the_country(nlp):
    text = "France's leading publishing and authors' associations have sued Vexa Inc. over the use of their books."
    assert not any(a == ("france",) for _t, a, _tg, _m in events(text, confident=False))


def test_rejecting_the_findings_against_it_is_an_objection_disputing_a_clause_is_not(nlp):
    text = "The Ruritanian Fair Trade Commission fined Vexa Inc. on Tuesday. Vexa Inc. rejected the findings."
    assert ("ConcernRaised", ("vexa-inc",), ("ruritanian-fair-trade-commission",), "asserted") in events(text)
    text = ("The Ruritanian Fair Trade Commission fined Vexa Inc. on Tuesday. A Vexa spokesman disputed that the ruling "
            "would protect Ruritania's security.")
    assert not any(t == "ConcernRaised" and tg == ("ruritania",) for t, _a, tg, _m in events(text, confident=False))


def test_prosecutors_charging_a_party_with_a_crime_take_it_to_court(nlp):
    text = ("The U.S. Justice Department on Thursday charged Vexa Inc. and its partner Lumio Corp. with "
            "conspiring to steal trade secrets.")
    assert ("Lawsuit", ("department-of-justice",), ("vexa-inc", "lumio-corp"), "asserted") in events(text)
    for text in ("The agency charged with enforcing the law said Vexa Inc. broke it.", "Vexa Inc. charged customers with extra fees."):
        assert not any(t == "Lawsuit" for t, *_ in events(text, confident=False))


def test_condemning_the_blacklisting_targets_who_blacklisted(nlp):
    text = ("On Monday the Commerce Department added Vexa Inc. to its Entity List. In July the Fuzhou Intermediate "
            "People's Court barred Lumio Corp. from selling 26 products in the country. Beijing condemned the blacklisting.")
    assert ("ConcernRaised", ("china",), ("department-of-commerce",), "asserted") in events(text)


def test_looking_into_whether_a_thing_was_done_targets_only_the_one_asked_about(nlp):
    text = "The Kenyan police are also looking into whether the servers contained chips made by Nexa Corp."
    assert not any(t == "Investigation" and "nexa-corp" in tg for t, _a, tg, _m in events(text, confident=False))
    text = "The regulator is looking into whether Vexa Inc. sold chips made by Nexa Corp. to Lumio Corp."
    found = [tg for t, _a, tg, _m in events(text, confident=False) if t == "Investigation"]
    assert found and all(tg == ("vexa-inc",) for tg in found)


def test_pulling_a_tool_named_in_words_withdraws_it(nlp):
    text = "Lumio Corp. pulled its Make Designs tool on Monday after a user showed that it copied an app."
    assert ("ModelWithdrawal", ("lumio-corp",), ("make-designs",), "asserted") in events(text)


def test_a_warning_that_goes_with_an_appeal_is_addressed_to_whoever_is_urged(nlp):
    text = ("Britain is debating an online safety bill. "
            "Telegram, Snapchat and five other messaging services have called on the British government to change its "
            "Online Safety Bill, warning in an open letter that the legislation could break encryption.")
    assert any(t == "ConcernRaised" and tg == ("united-kingdom",) for t, _a, tg, _m in events(text))
    text = ("Britain demanded access to users' data. Senator Ron Wyden urged Dana Field to press London to back down, "
            "warning that a backdoor built for Britain would end up in Americans' phones.")
    assert not any(t == "ConcernRaised" and tg == ("dana-field",) for t, _a, tg, _m in events(text))


def test_a_country_sanctioning_a_company_blacklists_it_a_regulator_fines_it(nlp):
    text = "Beijing sanctioned Vexa Inc. over arms sales to Taiwan."
    assert ("SupplyChainRiskDesignation", ("china",), ("vexa-inc",), "asserted") in events(text)
    assert not any(t == "Fine" for t, *_ in events(text, confident=False))
    text = "Italy's privacy regulator sanctioned Vexa Inc. for breaking data rules."
    assert ("Fine", ("italy",), ("vexa-inc",), "asserted") in events(text)
    assert not any(t == "SupplyChainRiskDesignation" for t, *_ in events(text, confident=False))
    text = ("China's Ministry of Foreign Affairs announced on Oct. 10 that it was taking countermeasures against Vexa "
            "Inc. and Lumio Corp. over arms sales to Taiwan.")
    assert ("SupplyChainRiskDesignation", ("ministry-of-foreign-affairs",), ("vexa-inc", "lumio-corp"), "asserted") in events(text)


def test_review_misfires_of_this_sessions_event_rules_stay_fixed(nlp):
    assert not any(t == "Lawsuit" for t, *_ in events(
        "The State Council charged the Cyberspace Administration of China with drafting rules.", confident=False))
    assert not any(t == "ConcernRaised" for t, *_ in events(
        "Lumio Corp. urged Congress to stop the Vexa Inc. merger, warning that prices would rise."))
    assert not any(t == "ConcernRaised" and a == ("vexa-inc",) for t, a, *_ in events(
        "Lumio Corp. sued Vexa Inc. in March. Vexa Inc. rejected the decision to delay the trial."))
    found = extract(analyse("Vexa Inc. became the latest company to say it would stop selling chips to Ruritania."))
    assert any(c.speaker == "vexa-inc" and c.cue == "say" for c in found.claims)


def test_securities_charges_and_a_ratified_contract(nlp):
    text = ("The Securities and Exchange Commission charged Vexa Inc. and Lumio Corp. with making false statements "
            "about their use of AI. Vexa Inc. agreed to pay a $225,000 civil penalty to settle the charges.")
    found = events(text)
    assert ("Lawsuit", ("securities-and-exchange-commission",), ("vexa-inc", "lumio-corp"), "asserted") in found
    assert ("Agreement", ("vexa-inc",), ("securities-and-exchange-commission",), "asserted") in found
    text = "Members of the Korra Guild voted on Wednesday to ratify the contract with Vexa Inc. and Lumio Corp."
    assert any(t == "Agreement" and "vexa-inc" in a + tg for t, a, tg, _m in events(text))


def test_what_the_inquiry_does_is_done_by_whoever_runs_it(nlp):
    text = ("The Competition Commission of Kenya opened an inquiry into Vexa Inc. in 2023. The probe found that Korra "
            "Ltd. had refused to cooperate.")
    assert ("Investigation", ("competition-commission-of-kenya",), ("korra-ltd",), "asserted") in events(text)
    assert not any(t == "Investigation" and a == ("competition-commission-of-kenya",) for t, a, *_ in events(
        "Vexa Inc. said the inquiry had examined Orbis Labs."))


def test_an_ordered_shutdown_or_closure_is_the_orderers_ban(nlp):
    found = events("Kenya's data regulator ordered Vexa Inc. to shut down its app on Monday. "
                   "Brazil ordered the immediate closure of Lumio Corp. on Friday.")
    assert any(kind == "UsageBan" and "vexa-inc" in t for kind, a, t, _ in found)
    assert ("UsageBan", ("brazil",), ("lumio-corp",), "asserted") in found
    # the company did not withdraw anything of its own accord
    assert not any(kind == "ModelWithdrawal" for kind, *_ in found)
    # a company shutting down its own product still withdraws it
    assert any(kind == "ModelWithdrawal" for kind, *_ in events("Vexa Inc. shut down its chatbot Lumi on Friday."))


def test_a_cease_and_desist_order_served_by_a_government_bans(nlp):
    found = events("Last week the Philippine government served Lumio Corp. with a cease-and-desist order. "
                   "Peru issued a cease and desist order against Vexa Inc. on Monday.")
    assert ("UsageBan", ("philippines",), ("lumio-corp",), "asserted") in found
    assert ("UsageBan", ("peru",), ("vexa-inc",), "asserted") in found


def test_a_country_adjective_with_its_government_names_the_country(nlp):
    x = extract(analyse("The Dutch government banned Lumio Corp. on Monday. Lumio said the Dutch authorities erred."))
    assert {e.key: e.category for e in x.entities}.get("netherlands") == "Country"
    assert any(e.type == "UsageBan" and e.agents == ("netherlands",) for e in x.events)
    # whose bodies they are is no actor: "28 Chinese government bodies"
    x = extract(analyse("The United States put 28 Chinese government bodies on a blacklist."))
    assert "china" not in {e.key for e in x.entities}


def test_a_place_only_locates_private_people_and_outlets(nlp):
    x = extract(analyse("Singapore charged three men on Monday. Singapore media have linked the case to the possible "
                        "transfer of Nvidia chips to Lumio Corp. Kenya's users said on Friday that Lumio Corp. was unsafe."))
    assert not any(e.type == "ConcernRaised" and "singapore" in e.agents for e in x.events)
    assert not any(c.speaker == "kenya" for c in x.claims)


def test_rejecting_an_inquirys_accusations_objects_to_whoever_investigates(nlp):
    found = events("The Competition Bureau opened an investigation into Vexa Inc. on Thursday. Vexa rejected the accusations.")
    assert ("ConcernRaised", ("vexa-inc",), ("competition-bureau",), "asserted") in found
    # rejecting what was alleged of someone else is no objection of one's own
    found = events("The Competition Bureau opened an investigation into Vexa Inc. on Thursday. Lumio Corp. rejected the accusations.")
    assert not any(kind == "ConcernRaised" and a == ("lumio-corp",) for kind, a, _t, _m in found)
    # a defendant denying a suit's allegations makes its defence, not an objection of its own (the sets' gold)
    found = events("The Competition Bureau opened an investigation into Vexa Inc. in May and sued it on Thursday. "
                   "Vexa rejected the allegations.")
    assert not any(kind == "ConcernRaised" and a == ("vexa-inc",) for kind, a, _t, _m in found)


def test_a_company_abandoning_its_tool_withdraws_it(nlp):
    found = events("Vexa Inc. has abandoned an experimental hiring engine that used artificial intelligence. "
                   "Lumio Corp. scrapped its chatbot Lumi on Monday.", confident=False)
    assert ("ModelWithdrawal", ("vexa-inc",), (), "asserted") in found
    assert ("ModelWithdrawal", ("lumio-corp",), ("lumi",), "asserted") in found
    # a government scrapping a system withdraws no model of its own
    assert not any(kind == "ModelWithdrawal" for kind, *_ in events("The ministry scrapped the system.", confident=False))



def test_a_named_inquiry_as_subject_acts_for_whoever_runs_it(nlp):
    found = events("The Competition Commission released the final report of its inquiry on Thursday. The Media and Digital "
                   "Markets Inquiry, which began in October 2023, examined Vexa Inc. and Lumio Corp.")
    assert any(kind == "Investigation" and a == ("competition-commission",) and {"vexa-inc", "lumio-corp"} <= set(t)
               for kind, a, t, _ in found)


def test_declining_to_settle_with_a_regulator_refuses_it(nlp):
    found = events("The Competition Commission opened a probe into Lumio Corp. in May. "
                   "Lumio Corp. declined to settle with the commission on Monday.")
    assert ("Refusal", ("lumio-corp",), ("competition-commission",), "asserted") in found


def test_the_outlet_that_reported_a_suit_did_not_sue(nlp):
    found = events("Lumio Corp. sued Vexa Inc. on Monday, accusing it of copying. The lawsuit, first reported by Reuters, "
                   "was filed in federal court.", confident=False)
    assert not any(kind == "Lawsuit" and "reuters" in a for kind, a, _t, _m in found)


def test_a_companys_cease_and_desist_letter_raises_a_concern_with_its_addressee(nlp):
    found = events("Lumio Corp. sent Vexa Inc. a cease-and-desist letter in May 2024. "
                   "Axon Labs sent a cease and desist letter to Vexa Inc. on Monday.")
    assert ("ConcernRaised", ("lumio-corp",), ("vexa-inc",), "asserted") in found
    assert ("ConcernRaised", ("axon-labs",), ("vexa-inc",), "asserted") in found


def test_the_signatories_and_they_are_the_people_just_listed(nlp):
    found = events('More than 400 artists, including Ben Stiller, Cate Blanchett and Ron Howard, have urged the White House '
                   'not to weaken copyright rules, in an open letter. "We firmly believe that leadership must not come at '
                   'our expense," the signatories wrote. They accused the two technology companies, Vexa Inc. and Lumio '
                   'Corp., of seeking a special exemption.')
    assert any(kind == "ConcernRaised" and set(a) == {"ben-stiller", "cate-blanchett", "ron-howard"}
               and set(t) == {"vexa-inc", "lumio-corp"} for kind, a, t, _ in found)
    # signing a letter is no agreement between its signers
    assert not any(kind == "Agreement" for kind, *_ in found)


def test_review_misfires_of_session_16_rules_stay_fixed(nlp):
    # a body that confirms its own fine still fined; only an outlet's report names no party
    assert ("Fine", ("european-commission",), ("vexa-inc",), "asserted") in events(
        "The fine, confirmed by the European Commission on Monday, is the largest imposed on Vexa Inc.")
    # losses that force a shutdown, or a company's own staff told to shut down a model, ban nothing
    for text in ("Mounting losses forced Vexa Inc. to shut down its chatbot.",
                 "Lumio Corp. instructed its engineers to shut down the model.",
                 "Tomas Brenner told Vexa Inc. to shut down its chatbot in a post on X."):
        assert not any(kind == "UsageBan" for kind, *_ in events(text, confident=False)), text
    # "US government officials": the country's own name before the compound still acts
    assert ("UsageBan", ("united-states",), ("vexa-inc",), "asserted") in events(
        "US government officials barred Vexa Inc. from federal contracts.")
    # declining to engage with a newspaper's questions refuses no one
    assert not any(kind == "Refusal" for kind, *_ in events("Vexa Inc. declined to engage with questions from The Guardian.",
                                                           confident=False))
    # another's investigation is not the regulator's
    assert not any(kind == "Investigation" and "lumio-corp" in t for kind, _a, t, _m in events(
        "The FTC opened an investigation into Vexa Inc. last year. The newspaper's investigation found that Lumio Corp. "
        "had misled users."))
    # allegations someone else made are no objection to the regulator
    assert not any(kind == "ConcernRaised" for kind, *_ in events(
        "The FTC opened an investigation into Vexa Inc. on Monday. The company rejected the allegations made by a former "
        "employee in a blog post."))
    # a business model or a policy scrapped is no product withdrawn
    assert not any(kind == "ModelWithdrawal" for kind, *_ in events(
        "Vexa Inc. scrapped its pricing model for enterprise clients. Lumio Corp. ditched its AI model policy.", confident=False))


def test_review_misfires_of_session_16_names_stay_fixed(nlp):
    x = extract(analyse("Vexa Inc. lobbied the Department of Energy and Granholm for more power. Hospital Corp of America "
                        "said it would appeal. European authorities fined Vexa Inc. on Monday."))
    labels = {e.label: e.category for e in x.entities}
    assert "Department of Energy" in labels and not any("Granholm" in label and "Energy" in label for label in labels)
    assert "Hospital Corp of America" in labels
    assert labels.get("European Union") == "GovernmentBody"


def test_a_bare_mention_refers_back_not_forward(nlp):
    x = extract(analyse("Vexa Inc. makes chips for phones. A cease-and-desist letter followed in May. "
                        "In June, Lumio Corp. complained to the regulator about Vexa Inc."))
    [complaint] = [e for e in x.events if e.type == "ConcernRaised" and e.agents == ("lumio-corp",)]
    assert [ev.text for ev in complaint.evidence] == ["In June, Lumio Corp. complained to the regulator about Vexa Inc."]


def test_a_suit_brought_by_one_who_accuses_targets_the_accused(nlp):
    found = events("Lumio Corp. has told employees that it disagrees with a lawsuit brought by Tomas Brenner, who accuses "
                   "the company and its chief executive, Dana Holt, of betraying its mission.")
    assert ("Lawsuit", ("tomas-brenner",), ("lumio-corp", "dana-holt"), "asserted") in found


def test_rules_issued_by_a_body_in_a_participle_are_its_policy(nlp):
    found = events("The directions, issued on April 28 by the Kelvar Data Agency, oblige cloud providers to keep logs.")
    assert ("PolicyIssued", ("kelvar-data-agency",), (), "asserted") in found
    # (a change of course is no rule)
    assert not any(kind == "PolicyIssued" for kind, *_ in events("Vexa Inc. announced a new direction for its products."))


def test_leaving_rather_than_comply_refuses_the_rules_issuer(nlp):
    found = events("Vexa Inc. said it would pull its servers from Kelvar rather than comply with new rules on logging. "
                   "The rules, issued last month by the Kelvar Data Agency, take effect in June.")
    # the refusal is told before the issuer is named; the alternative taken is no denial of the refusal
    assert ("Refusal", ("vexa-inc",), ("kelvar-data-agency",), "asserted") in found


def test_a_reaction_to_the_rules_is_not_against_one_of_two_issuers(nlp):
    found = events("Vexa Inc. said it would leave rather than comply with the new rules. The rules, issued by the Kelvar "
                   "Data Agency, took effect in June. The guidelines, issued by the Borland Trade Office, followed in July.")
    assert not any(kind == "Refusal" and targets for kind, _, targets, _ in found)


def test_called_on_a_name_the_parser_made_an_object_targets_it(nlp):
    found = events("The Open Net Foundation, a digital rights group, has called on NIC-In to withdraw the directions.")
    assert any(kind == "PublicAppeal" and agents == ("open-net-foundation",) and targets
               for kind, agents, targets, _ in found)


def test_the_state_is_the_us_state_the_story_names(nlp):
    found = events("Utah has sued Vexa Inc. on Monday. The state previously filed suits against Lumio Corp. and Korbit Inc.")
    assert ("Lawsuit", ("utah",), ("lumio-corp", "korbit-inc"), "asserted") in found
    # (never a country)
    assert not any(agents == ("china",) for _, agents, _, _ in events(
        "China's state media said the state would respond. The state later sued Vexa Inc."))


def test_lifting_a_block_is_deregulation(nlp):
    assert any(kind == "Deregulation" and agents == ("indonesia",) for kind, agents, _, _ in events(
        "Indonesia has temporarily lifted its block on Vexa Inc., a senior official said on Sunday."))
    # (a company lifting its own suspension or moratorium deregulates nothing)
    for text in ("Lumio Corp.'s board lifted the suspension of chief executive Ana Pires.",
                 "Vexa Inc. had lifted its hiring moratorium."):
        assert not any(kind == "Deregulation" for kind, *_ in events(text, confident=False))


def test_a_warning_about_the_rules_in_a_reported_clause_is_against_their_issuer(nlp):
    found = events("The Kelvar Data Agency issued the rules in 2020. The Alliance of Free Journalists warned that the "
                   "registration requirement opens the door to censorship.")
    assert ("ConcernRaised", ("alliance-of-free-journalists",), ("kelvar-data-agency",), "asserted") in found


def test_parties_that_agree_to_settle_settle_with_whoever_charged_them(nlp):
    found = events("The Kelvar Securities Commission charged Vexa Inc. and Lumio Corp. with fraud. Vexa Inc. and Lumio "
                   "Corp. agreed to settle the charges and pay penalties.")
    assert not any(kind == "Agreement" and set(agents + targets) == {"vexa-inc", "lumio-corp"} for kind, agents, targets, _ in found)
    assert any(kind == "Agreement" and targets == ("kelvar-securities-commission",) for kind, _, targets, _ in events(
        "The Kelvar Securities Commission charged Vexa Inc. and Lumio Corp. with fraud. Vexa Inc. and Lumio "
        "Corp. agreed to settle the charges and pay penalties.", confident=False))


def test_staff_who_write_to_their_company_appeal_to_it_unnamed(nlp):
    found = events("Hundreds of Vexa employees published an open letter on Tuesday urging the company to slow its rollout.")
    assert ("PublicAppeal", (), ("vexa",), "asserted") in found
    # (a letter that urges someone else appeals to them, still with its writers unnamed)
    found = events("Vexa employees signed an open letter urging Congress to act.")
    assert ("PublicAppeal", (), ("congress",), "asserted") in found


def test_a_ban_on_sales_at_home_is_a_usage_ban_and_abroad_an_export_curb(nlp):
    assert ("UsageBan", ("indonesia",), ("vexa", "lumi-9"), "asserted") in events(
        "Indonesia has banned sales of Vexa's Lumi 9 phone because the company failed to meet local content requirements.")
    assert not any(kind == "UsageBan" for kind, *_ in events("The United States banned sales of Vexa's Lumi 9 chips to China."))
    assert not any(kind == "UsageBan" for kind, *_ in events(
        "The Commerce Department restricted sales of Vexa's Lumi 9 chips, citing national security."))


def test_restoring_access_is_deregulation(nlp):
    found = events("The Kelvar Telecommunications Authority blocked access to Lumigram on Friday. The authority restored "
                   "access to the platform on Saturday.")
    assert any(kind == "Deregulation" and agents == ("kelvar-telecommunications-authority",) for kind, agents, _, _ in found)
    # (a company restoring its own service deregulates nothing)
    assert not any(kind == "Deregulation" for kind, *_ in events("Vexa Inc. restored access to its chatbot on Monday."))


def test_a_company_that_stops_selling_its_model_withdraws_it(nlp):
    found = events("Vexa Inc. said on Friday it would stop selling its Lumi chatbot to companies controlled by foreign "
                   "entities.", confident=False)
    assert any(kind == "ModelWithdrawal" and agents == ("vexa-inc",) for kind, agents, _, _ in found)
    # (not a term it agreed to in a settlement)
    assert not any(kind == "ModelWithdrawal" for kind, *_ in events(
        "Vexa Inc. settled the lawsuit, agreeing to stop selling access to its database to private firms.", confident=False))


def test_two_firms_that_settle_their_own_dispute_agree_with_each_other(nlp):
    for text in ("Vexa Inc. and Lumio Corp. agreed to settle their patent dispute.",
                 "Vexa Inc. and Lumio Corp. agreed to settle, ending a three-year legal battle."):
        assert ("Agreement", ("vexa-inc",), ("lumio-corp",), "asserted") in events(text)


def test_stopping_sales_in_a_settlement_or_denied_is_no_withdrawal(nlp):
    for text in ("Vexa Inc. has no plans to stop selling its Lumi chatbot.",
                 "Vexa Inc. will not stop selling its Lumi chatbot.",
                 "Under the settlement, Vexa Inc. will stop selling its Lumi tool."):
        assert not any(kind == "ModelWithdrawal" for kind, *_ in events(text, confident=False)), text


def test_a_government_restoring_its_own_website_deregulates_nothing(nlp):
    assert not any(kind == "Deregulation" for kind, *_ in events(
        "The Kelvar Interior Ministry restored access to its website on Monday after a cyberattack.", confident=False))


def test_sales_curbed_in_another_country_are_an_export_curb(nlp):
    assert not any(kind == "UsageBan" for kind, *_ in events(
        "The Commerce Department restricted sales of Vexa's Lumi supercomputers in China."))


def test_leaving_rather_than_comply_when_urged_is_no_refusal_yet(nlp):
    found = events("Lumio Corp. urged Vexa Inc. to exit the market rather than comply.")
    assert not any(kind == "Refusal" for kind, *_ in found)


def test_a_company_named_beside_staff_keeps_acting(nlp):
    found = events("Vexa Inc. employees and Lumio Corp. signed an open letter urging Congress to act.")
    assert any(kind == "PublicAppeal" and "lumio-corp" in agents and "vexa-inc" not in agents for kind, agents, _, _ in found)
    assert ("PublicAppeal", (), ("vexa-inc",), "asserted") in events(
        "Employees of Vexa Inc. urged the company to cancel the contract.")


def test_a_demand_that_both_companies_act_targets_the_pair_named_paragraphs_before(nlp):
    text = ("Vexa Inc. and Lumio Corp. pulled the Freedom app from their stores in Kelvar on Friday. The app carried "
            "voting advice. Its makers said it was removed under pressure. A court outlawed the group in June. "
            "The Kelvar Media Authority, the state communications watchdog, demanded in August that both companies "
            "delete the app.")
    found = events(text)
    assert any(kind == "PublicAppeal" and agents == ("kelvar-media-authority",) and set(targets) == {"vexa-inc", "lumio-corp"}
               for kind, agents, targets, _ in found)


def test_taking_a_named_body_to_court_sues_it_and_the_fine_over_which_is_not_the_suers(nlp):
    found = events("Vexa Inc. took the Kelvar Data Agency to court over the fine.")
    assert ("Lawsuit", ("vexa-inc",), ("kelvar-data-agency",), "asserted") in found
    assert not any(kind == "Fine" and agents == ("vexa-inc",) for kind, agents, _, _ in events(
        "Vexa Inc. took the Kelvar Data Agency to court over the fine.", confident=False))


def test_announcing_a_ban_is_the_ban_not_a_policy_of_its_own(nlp):
    found = events("Prime Minister Petr Novak announced the ban on Vexa's chatbot after a cabinet meeting on Wednesday.",
                   confident=False)
    assert any(kind == "UsageBan" for kind, *_ in found)
    assert not any(kind == "PolicyIssued" for kind, *_ in found)
    # (guidelines issued that also forbid something stay a policy)
    assert any(kind == "PolicyIssued" for kind, *_ in events(
        "The suspension follows guidelines issued last month by the Kelvar Ministry of Education, which forbid students "
        "from using chatbots in exams.", confident=False))


def test_second_review_misfires_stay_fixed(nlp):
    # a news conference about a fine keeps the fine's agent (only a suit's "over the fine" loses it)
    assert any(kind == "Fine" and agents == ("kelvar-data-agency",) for kind, agents, _, _ in events(
        "The Kelvar Data Agency held a news conference about the fine on Vexa Inc.", confident=False))
    # a pair of companies six sentences back is not "both companies" of a later pair
    text = ("Tarn Ltd. and Orbix Corp. signed a cloud deal in 2021. The deal was small. It ran for a year. Prices rose. "
            "Demand fell. Analysts were surprised. Vexa Inc. sued Lumio Corp. on Monday over the chatbot. The regulator "
            "fined both companies on Friday.")
    assert not any("tarn-ltd" in targets for _, _, targets, _ in events(text, confident=False))
    # announcing rules and a ban keeps the rules
    assert any(kind == "PolicyIssued" for kind, *_ in events(
        "The Kelvar Data Agency announced new rules on Monday and a ban on Vexa Inc.'s chatbot."))


def test_a_measure_the_lede_says_will_happen_is_decided(nlp):
    found = events("Kelvar will bar Vexa Inc. and Lumio Corp. from its 5G wireless networks, ending a security review.")
    assert any(kind == "UsageBan" and targets == ("vexa-inc", "lumio-corp") and mood == "asserted"
               for kind, _, targets, mood in found)
    # (a condition or "would" keeps it a plan)
    for text in ("Kelvar will bar Vexa Inc. from its networks if the review finds risks.",
                 "Kelvar would bar Vexa Inc. from its networks, officials said."):
        assert not any(kind == "UsageBan" and mood == "asserted" for kind, _, _, mood in events(text, confident=False)), text


def test_a_company_that_no_longer_sells_access_to_its_model_withdraws_it(nlp):
    found = events("Vexa Inc. will no longer sell access to its Orbo artificial intelligence models to companies "
                   "controlled from Kelvar, the start-up said on Friday.")
    assert ("ModelWithdrawal", ("vexa-inc",), ("orbo",), "asserted") in found
    # (no longer selling chips to a buyer withdraws no model)
    assert not any(kind == "ModelWithdrawal" for kind, *_ in events(
        "Vexa Inc. will no longer sell its chips to Lumio Corp.", confident=False))


def test_a_company_blocking_access_to_its_own_services_withdraws_them(nlp):
    found = events("Vexa Inc., the maker of Orbo, blocked access to its developer services from Kelvar last year.",
                   confident=False)
    assert any(kind == "ModelWithdrawal" and agents == ("vexa-inc",) for kind, agents, _, _ in found)
    assert not any(kind in ("UsageBan", "ExportRestriction") for kind, *_ in found)


def test_notices_asking_questions_open_an_inquiry_not_a_concern(nlp):
    found = events("The Kelvar Data Agency sent transparency notices in March to Vexa Inc. and Lumio Corp., asking what "
                   "they were doing to stop extremists.")
    assert ("Investigation", ("kelvar-data-agency",), ("vexa-inc", "lumio-corp"), "asserted") in found
    assert not any(kind == "ConcernRaised" for kind, *_ in found)


def test_an_investigation_in_a_country_is_that_countrys(nlp):
    found = events("Vexa Inc. has come under scrutiny since its founder, Emily Carter, was placed under formal "
                   "investigation in France in August.")
    assert any(kind == "Investigation" and agents == ("france",) and "emily-carter" in targets for kind, agents, targets, _ in found)


def test_the_group_is_the_staff_group_the_story_described_not_their_company(nlp):
    text = ("More than 900 Spotify employees signed an open letter urging the company to drop the contract. The letter, "
            "published on Monday by the employee advocacy group Spotify Employees for Climate Justice, carried 912 signatures. "
            "Spotify pledged in 2020 to cut emissions. The group calls on Spotify to publish its contracts.")
    found = extract(analyse(text))
    assert {e.key: e.category for e in found.entities}.get("spotify-employees-for-climate-justice") == "Organization"
    assert any(e.type == "PublicAppeal" and e.agents == ("spotify-employees-for-climate-justice",) and e.targets == ("spotify",)
               for e in found.events)
    assert not any(e.type == "PublicAppeal" and e.agents == ("spotify",) for e in found.events)


def test_an_authority_cutting_off_an_app_bans_it(nlp):
    found = events("Kelvar's Information Authority (KIA) cut off Vexa Inc. on Aug. 2, giving no reason.")
    assert any(kind == "UsageBan" and targets == ("vexa-inc",) for kind, _, targets, _ in found)


def test_a_capital_that_acts_is_its_country_and_one_named_as_a_place_is_not(nlp):
    found = extract(analyse("Indonesia has been at odds with Vexa Inc. for months. Jakarta barred the Lumi 16 phone in "
                            "October. Talks were later held in Kuala Lumpur."))
    assert any(e.type == "UsageBan" and e.agents == ("indonesia",) for e in found.events)
    keys = {e.key for e in found.entities}
    assert "jakarta" not in keys and "malaysia" not in keys


def test_keeping_a_ban_says_the_ban_is_in_force(nlp):
    found = events("Kelvar will keep its ban on sales of Vexa's Lumi 16, Industry Minister Emily Carter said on Wednesday.")
    assert any(kind == "UsageBan" and mood == "asserted" for kind, _, _, mood in found)


def test_investing_in_a_country_is_no_deal(nlp):
    assert not any(kind == "Agreement" for kind, *_ in events(
        "Vexa Inc. had invested about 1.48 trillion rupiah in Indonesia, mostly through developer academies.",
        confident=False))


def test_a_three_word_name_goes_by_its_first_word_when_the_surname_is_never_used_alone(nlp):
    found = events("Industry Minister Agus Budi Santoso said on Wednesday the ban stays. Agus held two days of talks "
                   "this week with Emily Carter, Vexa's vice president.")
    assert any(kind == "Negotiation" and agents == ("agus-budi-santoso",) for kind, agents, _, _ in found)


def test_those_ordered_to_phase_out_equipment_are_not_the_banning_party(nlp):
    found = events("Last month the Kelvar Telecom Authority barred the operators, Vexa Inc. and Lumio Corp., from using "
                   "Orbix gear, and ordered them to phase out existing equipment from Zentrix Ltd by January 1, 2025.")
    assert not any(kind == "UsageBan" and "vexa-inc" in agents for kind, agents, _, _ in found)
    assert ("UsageBan", ("kelvar-telecom-authority",), ("zentrix-ltd",), "asserted") in found


def test_losing_or_winning_a_lawsuit_says_who_sued_whom(nlp):
    assert ("Lawsuit", ("lumio-corp",), ("kelvar-data-agency",), "asserted") in events(
        "Lumio Corp. lost a lawsuit against the Kelvar Data Agency in July.")
    assert ("Lawsuit", ("lumio-corp",), ("vexa-inc",), "asserted") in events(
        "Vexa Inc. won a lawsuit brought by Lumio Corp. last year.")


@pytest.mark.parametrize("text", [
    "Brazil will ban Lumio Corp.'s chatbot as long as the company fails to appoint a local representative.",
    "Should the talks collapse, Canada will bar Vexa Inc. from its networks.",
    "Under the draft law seen by reporters, Canada will bar Vexa Inc. from its networks.",
    "Canada will bar Vexa Inc. from its networks, pending approval by parliament.",
])
def test_session_18_review_a_will_under_a_condition_stays_a_plan(nlp, text):
    assert not any(kind == "UsageBan" and mood == "asserted" for kind, _, _, mood in events(text, confident=False))


def test_session_18_review_misfires_of_event_rules_stay_fixed(nlp):
    # what a speaker says will happen is decided too
    assert any(kind == "UsageBan" and mood == "asserted" for kind, _, _, mood in events(
        "Canada said Tuesday it will bar Vexa Inc. from its networks."))
    # cutting off funding or talks bans nothing
    for text in ("Canada cut off funding to Vexa Inc. after the audit.", "Kenya cut off talks with Lumio Corp. on Friday."):
        assert not any(kind == "UsageBan" for kind, *_ in events(text, confident=False)), text
    # a named party's access restricted stays an export curb
    assert any(kind == "ExportRestriction" and targets == ("russia",) for kind, _, targets, _ in events(
        "Vexa Inc. and Lumio Corp. restricted Russia's access to their chips.", confident=False))
    # an enforcement notice asking a halt is a concern, not an inquiry
    found = events("The Kelvar Data Agency served an enforcement notice on Vexa Inc., asking the company to halt the processing.",
                   confident=False)
    assert not any(kind == "Investigation" for kind, *_ in found)
    # one company's comma-and name stays one
    assert any(kind == "Agreement" and agents == ("procter-gamble-and-co",) for kind, agents, _, _ in events(
        "Procter, Gamble and Co signed a deal with Lumio Corp."))


def test_pleading_with_or_challenging_a_party_to_act_appeals_to_it(nlp):
    for text in ("Emily Carter pleaded with Vexa Inc. to release the data.",
                 "Emily Carter challenged Vexa Inc. to publish its safety tests."):
        assert ("PublicAppeal", ("emily-carter",), ("vexa-inc",), "asserted") in events(text), text
    assert not any(kind == "PublicAppeal" for kind, *_ in events("Vexa Inc. challenged the fine in court.", confident=False))


def test_a_company_pulling_or_rolling_back_an_update_to_its_model_withdraws_it(nlp):
    found = events("Vexa Inc. has pulled an update to Lumo-3, the default model behind its chatbot.")
    assert ("ModelWithdrawal", ("vexa-inc",), ("lumo-3",), "asserted") in found
    # a company rolling back its own update deregulates nothing
    found = events("Vexa Inc. rolled back the update to Lumo-3 on Monday.", confident=False)
    assert any(kind == "ModelWithdrawal" for kind, *_ in found)
    assert not any(kind == "Deregulation" for kind, *_ in found)
    # a government rolling back a rule still does
    assert any(kind == "Deregulation" for kind, *_ in events("Canada rolled back the AI rules on Monday.", confident=False))


def test_brushing_off_demands_refuses_them(nlp):
    found = events("Lumio Corp. and Zentrix Corp. demanded that Vexa Inc. stop scraping their sites. Ana Ruiz, Vexa's "
                   "chief executive, brushed off the demands on Wednesday.", confident=False)
    assert any(kind == "Refusal" and "lumio-corp" in targets for kind, _, targets, _ in found)


def test_a_company_demanding_that_another_stop_bans_nothing_and_withdraws_nothing(nlp):
    found = events("Lumio Corp. and Zentrix Corp. have demanded that Vexa Inc. stop collecting pictures from their "
                   "platforms. Kelvar Labs wrote to Vexa in January, ordering it to stop taking images from the service.",
                   confident=False)
    assert not any(kind in ("UsageBan", "ModelWithdrawal") for kind, *_ in found)
    # a government's order still bans
    assert any(kind == "UsageBan" for kind, *_ in events(
        "The Kelvar Data Agency ordered Vexa Inc. to stop collecting personal data.", confident=False))


def test_what_a_lawsuit_accuses_is_its_target(nlp):
    found = events("Vexa Inc. faces new claims. A proposed class action filed in Illinois accuses Lumio Corp. of breaching "
                   "the state's privacy law.", confident=False)
    assert any(kind == "Lawsuit" and targets == ("lumio-corp",) for kind, _, targets, _ in found)
    assert not any(kind == "ConcernRaised" for kind, *_ in found)


def test_an_order_to_suspend_a_companys_ability_bans_the_company_not_the_body_told(nlp):
    found = events("Governor Emily Carter directed the Kelvar Department of Transportation to suspend Vexa Inc.'s ability "
                   "to test autonomous vehicles in the state.")
    assert any(kind == "UsageBan" and targets == ("vexa-inc",) for kind, _, targets, _ in found)
    assert not any(kind == "UsageBan" and "kelvar-department-of-transportation" in targets for kind, _, targets, _ in found)


def test_a_company_pausing_its_own_road_tests_withdraws_them(nlp):
    for text in ("Vexa Inc. paused its road tests in the United States last week.",
                 "Vexa Inc. said it had halted self-driving operations in every city after the crash."):
        assert any(kind == "ModelWithdrawal" and agents == ("vexa-inc",) for kind, agents, _, _ in events(text)), text
    # not its own permit left to lapse: no refusal of anyone
    found = events("The Kelvar governor suspended Vexa Inc.'s tests. Vexa Inc. told regulators in Lumia that it will "
                   "not renew its permit to test driverless cars there.", confident=False)
    assert not any(kind == "Refusal" for kind, *_ in found)


def test_people_counted_among_those_who_urged_urge(nlp):
    found = events("Last August, Emily Carter and Ana Ruiz were among 116 founders of robotics and AI companies who urged "
                   "the United Nations to ban the weapons.")
    assert ("PublicAppeal", ("emily-carter", "ana-ruiz"), ("united-nations",), "asserted") in found


def test_a_bare_the_president_is_the_president_not_a_senate_president(nlp):
    found = events("President Tomas Reyes signed the decree on Monday. Senate President Emily Carter returned it. "
                   "Opposition lawmaker Ana Ruiz accused the president of wanting to shield disinformation.")
    assert ("ConcernRaised", ("ana-ruiz",), ("tomas-reyes",), "asserted") in found
    # a justice suspending a measure withdraws no model
    found = events("Justice Mei Tanaka of the Supreme Court suspended the measure in its entirety.", confident=False)
    assert not any(kind == "ModelWithdrawal" for kind, *_ in found)


def test_calling_for_platforms_to_be_brought_under_control_reacts_to_no_earlier_action(nlp):
    found = events("Kelvar on Wednesday fined Vexa Inc. and Lumio Corp. 10 million lira each. The fines were announced on "
                   "Twitter by Deputy Minister Emily Carter. President Tomas Reyes called for the platforms to be brought "
                   "under control this summer.")
    assert not any(kind == "PublicAppeal" and "emily-carter" in targets for kind, _, targets, _ in found)


def test_a_governments_inquiry_into_a_product_reaches_its_maker_or_owner(nlp):
    found = events("Apple and Google removed the game on Thursday. The European Commission opened formal antitrust "
                   "investigations into the App Store in June.")
    assert any(kind == "Investigation" and "apple" in targets for kind, _, targets, _ in found)
    found = events("Vexa Inc. makes the Lumo chatbot. Vexa Inc. said it would comply. Italy's regulator, the Kelvar Data "
                   "Agency, blocked Lumo on Friday.", confident=False)
    assert any(kind == "UsageBan" and {"lumo", "vexa-inc"} <= set(targets) for kind, _, targets, _ in found)


def test_app_stores_removing_a_game_withdraw_it(nlp):
    found = events("Vexa Games has sued Apple and Google after both companies removed the hugely popular game from "
                   "their app stores.")
    assert any(kind == "ModelWithdrawal" and set(agents) == {"apple", "google"} for kind, agents, _, _ in found)


def test_a_letter_sent_before_going_to_court_and_a_court_rejecting_an_application(nlp):
    found = events("Vexa Inc. sent Zentrix a cease-and-desist letter at the end of April before going to court.")
    assert ("ConcernRaised", ("vexa-inc",), ("zentrix",), "asserted") in found
    assert ("Lawsuit", ("vexa-inc",), ("zentrix",), "asserted") in found
    found = events("The Higher Regional Court of Kelvar rejected an application for a preliminary injunction brought by "
                   "the consumer group Zentrix Watch.")
    assert any(kind == "Refusal" and targets == ("zentrix-watch",) for kind, _, targets, _ in found)


def test_a_named_pair_acts_and_speaks_as_they_the_couple_and_the_actors(nlp):
    text = ("Two voice actors have sued the start-up Zentrix. Mei Tanaka and Daniel Okafor filed the proposed class action "
            "on Thursday. The actors say they then found that Zentrix was offering clones of their voices. When the couple "
            "sent a cease-and-desist letter, the company brushed their claims aside, according to the filing.")
    found = extract(analyse(text), article_date="2025-03-04")
    assert any(e.type == "ConcernRaised" and set(e.agents) == {"mei-tanaka", "daniel-okafor"} for e in found.events)
    assert any(e.type == "Refusal" and e.agents == ("zentrix",) for e in found.events)
    assert {"mei-tanaka", "daniel-okafor"} <= {c.speaker for c in found.claims}


def test_session_19_review_misfires_of_event_rules_stay_fixed(nlp):
    # a company ordering its own staff still bans; a company's rollback of its update withdraws, a government's deregulates
    assert ("UsageBan", ("vexa-inc",), ("lumio-chat",), "asserted") in events(
        "Vexa Inc. ordered its employees to stop using Lumio Chat after a data leak.")
    assert any(kind == "Deregulation" for kind, *_ in events(
        "The Kelvar government rolled back changes to the data protection rules on Monday.", confident=False))
    # an inquiry into a company's use of a product does not reach the product's maker
    found = events("Italy's data protection authority is investigating Vexa Inc.'s use of ChatGPT to screen job applicants.")
    assert not any("openai" in targets for _, _, targets, _ in found)
    # a halted drug trial or factory is no model withdrawn
    for text in ("Lumio Pharmaceuticals halted its trial of the cancer drug after two patients died.",
                 "Vexa Inc. halted operations at its factory in Ohio after a fire."):
        assert not any(kind == "ModelWithdrawal" for kind, *_ in events(text, confident=False)), text
    # a petition may still accuse; a regulator refusing another's licence still refuses
    assert any(kind == "ConcernRaised" and targets == ("vexa-inc",) for kind, _, targets, _ in events(
        "A petition signed by 10,000 teachers accuses Vexa Inc. of spreading false answers.", confident=False))
    assert any(kind == "Refusal" and targets == ("vexa-inc",) for kind, _, targets, _ in events(
        "Kelvar's telecoms regulator said it would not renew Vexa Inc.'s operating licence."))
    # a body of members named "Conference of ..." still acts
    assert any(kind == "PublicAppeal" and agents for kind, agents, _, _ in events(
        "The U.S. Conference of Catholic Bishops urged Congress to regulate AI."))


def test_a_government_telling_a_company_to_act_appeals_to_it_but_a_court_does_not(nlp):
    found = events("Chile's government has told Vexa Inc. to rid its networks of chatbots that pose as children, the "
                   "Attorney General's Office said on Monday.")
    assert any(kind == "PublicAppeal" and targets == ("vexa-inc",) for kind, _, targets, _ in found)
    found = events("The Kelvar Appellate Tribunal did not lift the penalty, however, and told Vexa Inc. to deposit half of "
                   "the fine within two weeks.", confident=False)
    assert not any(kind == "PublicAppeal" for kind, *_ in found)


def test_casting_doubt_on_a_plan_or_dismissing_a_suit_as_spite_objects(nlp):
    found = events("Kelvar unveiled a plan to license chatbots. Lumio Corp. cast doubt on the plan.", confident=False)
    assert any(kind == "ConcernRaised" and agents == ("lumio-corp",) for kind, agents, _, _ in found)
    found = events("Lumio Corp. sued Vexa Inc. on Monday. Vexa Inc. dismissed the suit as an attempt to smother a smaller "
                   "competitor.")
    assert ("ConcernRaised", ("vexa-inc",), ("lumio-corp",), "asserted") in found
    # dismissing allegations is a denial, and a court dismissing a suit objects to nothing
    assert not any(kind == "ConcernRaised" and agents == ("vexa-inc",) for kind, agents, _, _ in events(
        "Lumio Corp. accused Vexa Inc. of copying. Vexa Inc. dismissed the allegations as meritless.", confident=False))
    assert not any(kind == "ConcernRaised" and agents == ("kelvar-appellate-court",) for kind, agents, _, _ in events(
        "Lumio Corp. sued Vexa Inc. The Kelvar Appellate Court dismissed the suit as moot.", confident=False))


def test_phone_calls_on_an_app_are_no_appeal(nlp):
    found = events("Norway has begun blocking voice calls on Vexa Inc.'s messaging app, accusing the service of "
                   "carrying calls to violence.", confident=False)
    assert not any(kind == "PublicAppeal" for kind, *_ in found)
    # the verb still appeals, and so do a group's calls for something
    assert any(kind == "PublicAppeal" and targets == ("vexa-inc",) for kind, _, targets, _ in events(
        "Norway called on Vexa Inc. to stop the calls.", confident=False))


def test_a_complaint_is_about_the_party_whose_conduct_its_clause_reports(nlp):
    found = events("Emily Carter, who runs the Zentrix Foundation, complained that United Nations discussions were still "
                   "being delayed.", confident=False)
    assert ("ConcernRaised", ("emily-carter",), ("united-nations",), "asserted") in found
    # not what someone will do
    found = events("Emily Carter complained that United Nations members would delay the talks.", confident=False)
    assert not any(targets == ("united-nations",) for kind, _, targets, _ in found if kind == "ConcernRaised")


def test_regretting_a_decision_objects_to_whoever_made_it(nlp):
    found = events("Chile's data regulator fined Vexa Inc. on Monday and said it would seek a criminal investigation of "
                   "the company. Lumio Corp. was fined in 2018. Norway looked into Vexa in March. Vexa said it regretted "
                   "the decision to seek a criminal investigation.", confident=False)
    assert ("ConcernRaised", ("vexa-inc",), ("chile",), "asserted") in found
    found = events("Norway barred Lumio Corp. from signing up customers. Lumio lamented the move.", confident=False)
    assert ("ConcernRaised", ("lumio-corp",), ("norway",), "asserted") in found
    # regretting an inconvenience objects to nothing
    assert not any(kind == "ConcernRaised" for kind, *_ in events(
        "Vexa Inc. said it regretted any inconvenience to customers.", confident=False))


def test_a_countrys_central_bank_is_the_state_body_the_story_names(nlp):
    found = events("Chile's central bank has barred Vexa Inc. from signing up new customers, ruling that the U.S. card "
                   "network had not complied with rules on storing data. From July 22, Vexa may not add cardholders, the "
                   "Central Bank of Chile said in a statement on Wednesday.")
    assert ("UsageBan", ("central-bank-of-chile",), ("vexa-inc",), "asserted") in found


def test_turning_down_an_appeal_by_a_company_refuses_it(nlp):
    found = events("Chile's data protection authority on Tuesday turned down an appeal by Tools for Vexa, the company "
                   "behind the Lumio iris-scanning project, and told it to stop paying Chileans in cryptocurrency for "
                   "scans of their eyes.", confident=False)
    assert ("Refusal", ("chile",), ("tools-for-vexa",), "asserted") in found
    # the company's apposition, past the verb, does not make it a subject
    assert not any("tools-for-vexa" in agents for kind, agents, _, _ in found if kind in ("Refusal", "UsageBan"))


def test_a_government_halting_a_companys_activity_bans_it(nlp):
    found = events("Spain and Portugal halted the collection of iris data by Vexa Inc. last year.")
    assert ("UsageBan", ("spain", "portugal"), ("vexa-inc",), "asserted") in found
    found = events("Vexa Inc. runs an iris-scanning project. Spain and Portugal both halted its iris collection last year.")
    assert ("UsageBan", ("spain", "portugal"), ("vexa-inc",), "asserted") in found
    # a company halting its own is no ban
    assert not any(kind == "UsageBan" for kind, *_ in events(
        "Vexa Inc. halted its data collection in Spain last year.", confident=False))


def test_a_product_banned_in_a_country_is_banned_by_it(nlp):
    assert ("UsageBan", ("chile",), ("lumio", "vexa-inc"), "asserted") in events(
        "Vexa Inc. makes the Lumio chatbot. Lumio was banned in Chile last year.")
    assert ("UsageBan", ("turkey",), ("vexa-inc",), "asserted") in events(
        "Vexa Inc.'s app has been blocked in Turkey since March.")
    # withdrawn in a country is the maker's act, not the country's
    assert not any(kind == "UsageBan" for kind, *_ in events("Vexa Inc. said the chatbot was withdrawn in Italy.",
                                                              confident=False))


def test_closing_capability_gaps_withdraws_nothing(nlp):
    assert not any(kind == "ModelWithdrawal" for kind, *_ in events(
        "Brian Okafor, Vexa Inc.'s chief executive, said the tie-up would let his company draw on Lumio Corp.'s expertise to "
        "close \"urgent Air Defense capability gaps\" around the world.", confident=False))
    # closing a capability still does
    assert any(kind == "ModelWithdrawal" for kind, *_ in events(
        "Vexa Inc. closed the chatbot's image generation capability on Monday.", confident=False))


def test_the_verb_after_a_relative_clause_is_the_described_names(nlp):
    found = events("The Commission suspended Lumio on Thursday. Lumio, which is owned by Oslo-based Vexa Inc., called the "
                   "Commission's decision misguided and based on \"fundamental misconceptions.\"", confident=False)
    assert any(kind == "ConcernRaised" and agents == ("lumio",) for kind, agents, _, _ in found)


def test_concern_over_a_ruling_is_with_the_court_that_gave_it(nlp):
    found = events("The Karnataka High Court threw out Vexa Inc.'s lawsuit against the government on Wednesday. In a "
                   "statement on Monday, Vexa said it was deeply concerned by the ruling.", confident=False)
    assert ("ConcernRaised", ("vexa-inc",), ("karnataka-high-court",), "asserted") in found


@pytest.mark.parametrize("text", [
    "Kenya's electoral commission suspended voter registration after machines supplied by Vexa Inc. failed.",
    "The Chilean government suspended the rollout of the tax system after Lumio Corp. reported a breach.",
    "Chile halted its own operations in Peru, officials at Vexa Inc. said.",
    "Kenya's health ministry halted the processing of visas for Vexa Inc. employees.",
])
def test_a_government_halting_its_own_work_bans_no_company_nearby(nlp, text):
    assert not any(kind == "UsageBan" and targets for kind, _, targets, _ in events(text, confident=False))


@pytest.mark.parametrize("text, target", [
    ("Rights groups have renewed calls on Kenya's government to ban Vexa Inc.'s messaging app.", "kenya"),
    ("Senator Emily Carter renewed her calls on Vexa Inc. to release the safety data.", "vexa-inc"),
])
def test_calls_on_a_party_to_act_appeal_to_it(nlp, text, target):
    assert any(kind == "PublicAppeal" and target in targets for kind, _, targets, _ in events(text, confident=False))


def test_regretting_ones_own_decision_objects_to_no_one(nlp):
    assert not any(kind == "ConcernRaised" for kind, *_ in events(
        "Emily Carter said she regretted her decision to join Vexa Inc. in 2021.", confident=False))


@pytest.mark.parametrize("text, kind, agent", [
    ("Emily Carter's account on Vexa Inc.'s platform was suspended in Brazil after she posted the video.", "UsageBan", "brazil"),
    ("Trading in Vexa Inc. shares was suspended in Norway on Monday.", "UsageBan", "norway"),
    ("Vexa Inc. warned that demand from Brazil had fallen sharply.", "ConcernRaised", "vexa-inc"),
])
def test_reviewed_misfires_of_bans_and_warnings_stay_mended(nlp, text, kind, agent):
    found = events(text, confident=False)
    if kind == "UsageBan":
        assert not any(k == kind and agent in agents for k, agents, _, _ in found)
    else:  # a warning about demand from a country is no concern raised with it
        assert not any(k == kind and "brazil" in targets for k, _, targets, _ in found)


def test_the_verb_after_nested_relative_clauses_is_the_outermost_names(nlp):
    found = extract(analyse("Norway's regulator fined Zentrix Corp. on Monday. Vexa Inc., which owns Lumio, which is run "
                            "by Oslo-based Zentrix Corp., called the decision misguided.")).claims
    assert not any(c.speaker == "lumio" for c in found)


def test_a_person_calling_a_party_names_objects_to_it(nlp):
    found = events("SYDNEY, April 23 - Prime Minister Tomas Reyes called Daniel Okafor an \"arrogant billionaire\" on "
                   "Tuesday, escalating a clash between the government and the owner of Vexa Inc.", confident=False)
    assert ("ConcernRaised", ("tomas-reyes",), ("daniel-okafor",), "asserted") in found
    # not "what he called": the thing so called is not the one acted on
    found = events("In Beijing, spokesman Tomas Reyes said China firmly opposed what he called Norway's \"discriminatory "
                   "lists.\"", confident=False)
    assert not any(kind == "ConcernRaised" and agents == ("tomas-reyes",) and targets == ("china",)
                   for kind, agents, targets, _ in found)


def test_a_deal_s_other_party_may_follow_what_the_deal_is_worth(nlp):
    found = events("Zentrix signed three contracts worth about $200,000 with Kelvar in late 2021 to label such material.")
    assert ("Agreement", ("zentrix",), ("kelvar",), "asserted") in found


def test_an_inquiry_naming_no_party_is_the_one_behind_the_sanction(nlp):
    found = events("SEOUL, Nov 5 (Wire) - Chile fines Vexa Inc. $2 million. Chile's Data Protection Commission has fined "
                   "Vexa Inc. 2 billion pesos. While the inquiry was under way, the company stopped collecting sensitive "
                   "data. Critics had called for an investigation.")
    assert ("Investigation", ("data-protection-commission",), ("vexa-inc",), "asserted") in found
    assert not any(kind == "Investigation" and agents == ("chile",) for kind, agents, *_ in found)
    found = events("The investigation began in February. Lumio Corp. said it would cooperate.")
    assert not any(kind == "Investigation" for kind, *_ in found)


def test_a_government_throttling_a_service_bans_its_use(nlp):
    found = events("Chile's telecoms regulator Subtel has been throttling Vexa since March 10 on all mobile devices. "
                   "Lumio Corp. slowed its rollout.")
    assert ("UsageBan", ("subtel",), ("vexa",), "asserted") in found
    assert not any(kind == "UsageBan" and "lumio-corp" in agents for kind, agents, *_ in found)


def test_a_ban_on_selling_to_a_party_restricts_exports_to_it(nlp):
    found = events("Zentrix Corp. has already had a turbulent year. The U.S. Commerce Department banned American "
                   "companies from selling components to it in April. Chile also barred firms from selling chips to Vexa Inc.")
    assert ("ExportRestriction", ("department-of-commerce",), ("zentrix-corp",), "asserted") in found
    assert ("ExportRestriction", ("chile",), ("vexa-inc",), "asserted") in found


def test_what_a_deal_is_unpopular_with_is_no_party_to_it(nlp):
    found = events("Vexa Inc. signed a licensing agreement unpopular with Zentrix Ltd., its largest shareholder, on Monday.")
    assert not any(kind == "Agreement" and "zentrix-ltd" in targets for kind, _a, targets, _m in found)


def test_a_company_saying_it_was_right_to_sue_is_the_one_suing(nlp):
    found = events("Vexa Inc. said on Monday it was right to sue Lumio Corp. over the patents.")
    assert ("Lawsuit", ("vexa-inc",), ("lumio-corp",), "asserted") in found


def test_a_separate_or_criminal_inquiry_is_not_the_one_behind_the_sanction(nlp):
    found = events("Kenya's data protection office fined Vexa Inc. $2 million on Monday for a 2021 leak. Lumio Corp., a "
                   "rival, said a separate investigation was opened last week. Police opened a criminal investigation on "
                   "Tuesday after an employee was killed at the site. A parliamentary inquiry began on Wednesday.")
    assert not any(kind == "Investigation" for kind, *_ in found)


def test_ignored_requests_no_one_is_said_to_have_made_refuse_whoever_acted_against_the_refuser(nlp):
    found = events("HANOI, May 23 (Wire) - Chile has ordered telecommunications companies to cut off access to Vexa Chat. "
                   "A ministry official said Vexa Chat had repeatedly ignored requests to hand over user data.")
    assert ("Refusal", ("vexa-chat",), ("chile",), "asserted") in found


def test_a_deal_naming_no_party_struck_by_a_sanctioned_company_is_with_the_government(nlp):
    found = events("Zentrix Corp. has had a turbulent year. The U.S. Commerce Department banned American companies from "
                   "selling components to it in April. The ban was lifted in July after the company agreed to a new deal "
                   "and replaced its board. Lumio Corp. agreed to a deal with Vexa Inc. on Monday.")
    assert ("Agreement", ("zentrix-corp",), ("department-of-commerce",), "asserted") in found
    assert not any(kind == "Agreement" and "lumio-corp" in agents and "department-of-commerce" in targets
                   for kind, agents, targets, _m in found)


def test_a_measure_lifted_by_no_one_named_is_lifted_by_whoever_imposed_it(nlp):
    found = events("The U.S. Commerce Department banned American companies from selling components to Zentrix Corp. in "
                   "April. The ban was lifted in July. Chile banned Vexa Inc. in May. Federal judges blocked the ban in June.")
    assert ("Deregulation", ("department-of-commerce",), (), "asserted") in found
    assert not any(kind == "Deregulation" and agents == ("chile",) for kind, agents, *_ in found)


def test_sales_a_government_bans_in_its_own_country_ban_the_product_s_use(nlp):
    found = events("The US Commerce Department banned sales of Vexa antivirus software in the United States last June. "
                   "The Commerce Department banned sales of Lumio chips to China.")
    assert ("UsageBan", ("department-of-commerce",), ("vexa",), "asserted") in found
    assert ("ExportRestriction", ("department-of-commerce",), ("china",), "asserted") in found
    assert not any(kind == "ExportRestriction" and targets == ("vexa",) for kind, _a, targets, _m in found)


def test_a_government_removing_an_app_from_its_devices_bans_its_use(nlp):
    found = events("Canada removed Vexa applications from government mobile devices in 2023.")
    assert ("UsageBan", ("canada",), ("vexa",), "asserted") in found
    found = events("Canada removed Vexa from the list of approved vendors in 2023.")
    assert not any(kind == "UsageBan" for kind, *_ in found)


def test_a_legislature_approving_it_after_a_bill_issues_the_bill(nlp):
    found = events("Tomas Reyes fast-tracked the text through the lower house, and the Senate approved it on Aug. 27.")
    assert ("PolicyIssued", ("senate",), (), "asserted") in found
    found = events("Vexa Inc. released a chatbot in May, and Lumio Corp. adopted it in June.")
    assert not any(kind == "PolicyIssued" for kind, *_ in found)


def test_a_listing_in_a_bodys_entity_list_is_that_bodys(nlp):
    found = events("Zentrix Corp., which calls itself the largest maker of cameras, was added to the U.S. Commerce "
                   "Department's Entity List in 2019 over the use of its cameras.")
    assert ("ExportRestriction", ("department-of-commerce",), ("zentrix-corp",), "asserted") in found, found


def test_going_to_a_named_court_to_overturn_a_government_order_sues_that_government(nlp):
    found = events("OTTAWA, July 7 (Wire) - Zentrix Corp. said on Monday that its Canadian subsidiary had gone to the "
                   "Federal Court to overturn a government order requiring it to close its business in Canada, ten "
                   "days after Ottawa concluded that its presence posed a threat.")
    assert ("Lawsuit", ("zentrix-corp",), ("canada",), "asserted") in found, found
    # what the suit seeks is not done
    assert not any(kind == "Deregulation" and modality == "asserted" for kind, _, _, modality in found), found


def test_rejecting_a_decision_as_unfair_objects_to_it_and_refuses_nothing(nlp):
    found = events("OTTAWA, July 7 (Wire) - Canada banned Zentrix Corp. from selling its cameras on June 27. A Zentrix "
                   "spokesperson rejected the decision as lacking procedural fairness.")
    assert ("ConcernRaised", ("zentrix-corp",), ("canada",), "asserted") in found, found
    assert not any(kind == "Refusal" for kind, *_ in found), found


def test_rejecting_an_offer_as_insufficient_refuses_it(nlp):
    found = events("JAKARTA, Jan 8 (Wire) - Indonesia will keep its ban on sales of Lumio Corp.'s phones, Industry "
                   "Minister Tomas Reyes said on Wednesday, rejecting the U.S. company's $1 billion investment plan as insufficient.")
    assert any(kind == "Refusal" and targets == ("lumio-corp",) for kind, _, targets, _ in found), found


def test_a_body_goes_by_the_word_in_brackets_and_a_description_by_its_apposition(nlp):
    found = events("JAKARTA, Oct 3 (Wire) - The Ministry of Communication and Digital Affairs (Komdigi) suspended Vexa "
                   "Inc.'s registration on Friday. On Monday the competition watchdog, KPPU, fined Lumio Corp. 15 "
                   "billion rupiah.")
    ministry = "ministry-of-communication-and-digital-affairs"
    assert ("UsageBan", (ministry,), ("vexa-inc",), "asserted") in found, found
    assert ("Fine", ("kppu",), ("lumio-corp",), "asserted") in found, found


def test_a_refusal_naming_no_one_answers_the_action_on_the_refuser_not_an_announcement(nlp):
    found = events("JAKARTA, Oct 3 (Wire) - Indonesia has suspended Vexa Inc.'s registration. The sanction was announced "
                   "on Friday by Tomas Reyes, director general of digital space supervision. Officials had set a Sept. 23 "
                   "deadline. In a letter dated that day, Vexa declined to supply the full data set, citing its own "
                   "policies.")
    assert ("Refusal", ("vexa-inc",), ("indonesia",), "asserted") in found, found


def test_a_court_rejecting_a_case_refuses_nothing(nlp):
    found = events("Congress passed a law forcing Vexa Inc. to sell its app. Vexa challenged the measure in court, but "
                   "its case was rejected unanimously by the Supreme Court on Friday, which ruled that the government's "
                   "concerns justified the law.")
    assert not any(kind == "Refusal" for kind, *_ in found), found


def test_what_a_party_is_fined_for_is_its_own_conduct(nlp):
    found = events("JAKARTA, Oct 3 (Wire) - On Monday the competition watchdog, KPPU, fined Vexa Inc. 15 billion rupiah "
                   "for notifying it late of its purchase of a majority stake in Lumio Corp.")
    assert ("Fine", ("kppu",), ("vexa-inc",), "asserted") in found, found
    assert ("Agreement", ("vexa-inc",), ("lumio-corp",), "asserted") in found, found
    assert not any(kind == "ConcernRaised" for kind, *_ in found), found


def test_ordering_a_party_to_be_blocked_bans_it(nlp):
    found = events("ISLAMABAD, April 17 (Wire) - Pakistan's interior ministry acknowledged on Wednesday that it had "
                   "ordered social media platform Vexa to be blocked in February.")
    assert any(kind == "UsageBan" and targets == ("vexa",) and agents for kind, agents, targets, _ in found), found


def test_accusing_unnamed_people_guesses_no_company(nlp):
    found = events("Vexa Inc. runs a messaging service. The ministry of Orvane said the decision rested on confidential "
                   "reports, and accused \"hostile elements\" of using the service to create chaos.")
    assert not any(kind == "ConcernRaised" and targets for kind, _, targets, _ in found), found



def test_a_filing_that_opens_the_sentence_is_by_whoever_then_speaks(nlp):
    found = events("In a lawsuit filed on Monday in federal court, Vexa Inc. said Lumio Corp. had copied its code.")
    assert ("Lawsuit", ("vexa-inc",), ("lumio-corp",), "asserted") in found, found


def test_a_petition_challenging_a_seizure_sues_whoever_seized(nlp):
    found = events("The Enforcement Directorate (ED) seized the money on April 29. In a petition filed on May 4 "
                   "challenging the seizure in the Karnataka High Court, Vexa Inc. said ED officials had threatened "
                   "its executives.")
    assert ("Lawsuit", ("vexa-inc",), ("enforcement-directorate",), "asserted") in found, found


def test_searching_a_companys_premises_investigates_it(nlp):
    found = events("The Income Tax Department searched the premises of Vexa Inc. and several other handset makers in "
                   "December over suspected tax evasion. Vexa Inc. searched its archives for the files.")
    assert ("Investigation", ("income-tax-department",), ("vexa-inc",), "asserted") in found, found
    assert len([kind for kind, *_ in found if kind == "Investigation"]) == 1, found


def test_licensing_part_of_an_archive_to_a_company_is_a_deal_made(nlp):
    found = events("NEW YORK, July 13 (Wire) - Vexa Inc. will license part of its archive of news stories to Lumio Corp., "
                   "in one of the first deals struck between a news organisation and an AI developer.")
    assert ("Agreement", ("vexa-inc",), ("lumio-corp",), "asserted") in found, found


def test_the_court_is_not_a_court_named_only_for_a_judges_post(nlp):
    found = events("BRASILIA, Feb 28 (Wire) - Brazil's Superior Electoral Court has banned deepfakes from campaigns. "
                   "Tomas Reyes, the Supreme Court justice who presides over the electoral court, called the package a "
                   "great step. Ahead of the 2022 vote, the court signed memorandums of understanding with Vexa Inc. "
                   "and Lumio Corp.")
    assert any(kind == "Agreement" and agents == ("superior-electoral-court",) and "vexa-inc" in targets
               for kind, agents, targets, _ in found), found


def test_a_partys_contract_with_another_is_a_deal_whatever_is_urged(nlp):
    found = events("REDMOND, June 20 (Wire) - More than 100 Vexa Inc. employees have called on Chief Executive Tomas "
                   "Reyes to scrap the company's cloud computing contract with U.S. Immigration and Customs Enforcement. "
                   "Lumio Corp.'s proposed deal with Zentrix Corp. collapsed. The watchdog invited comments on that deal, "
                   "together with Kelvar Labs' investment in Orvane Inc. and Vexa's partnership with Daxon AI.")
    assert ("Agreement", ("vexa-inc",), ("immigration-and-customs-enforcement",), "asserted") in found, found
    assert ("Agreement", ("lumio-corp",), ("zentrix-corp",), "planned") in found, found
    assert not any(kind == "Agreement" and "kelvar-labs" in targets for kind, _, targets, _ in found), found


@pytest.mark.parametrize("text, unwanted", [
    # a list's possessor that is no government lists no one
    ("Zentrix Corp.'s Entity List listing forced it to cut 2,000 jobs.", ("ExportRestriction", ("zentrix-corp",))),
    # rejecting arguments judges them; no one objects to a party for them
    ("The Federal Cartel Office rejected Vexa Inc.'s arguments as unconvincing.",
     ("ConcernRaised", ("bundeskartellamt",))),
    # a press non-answer refuses no one
    ("Lumio Corp. declined to supply a figure for the value of the deal with Zentrix Corp.", ("Refusal", ("lumio-corp",))),
    # the defendant speaking about a suit did not file it
    ("In a lawsuit filed against it in May, Lumio Corp. said on Monday it had done nothing wrong.",
     ("Lawsuit", ("lumio-corp",))),
    # looking for an office, or searching one's own, investigates no one
    ("The Korea Fair Trade Commission is searching for a new office in Sejong.",
     ("Investigation", ("korea-fair-trade-commission",))),
])
def test_near_misses_of_this_sessions_rules_assert_nothing(nlp, text, unwanted):
    found = events(text, confident=False)
    assert not any((kind, agents) == unwanted for kind, agents, _, _ in found), found


@pytest.mark.parametrize("text, wanted", [
    # going somewhere to do a thing does it; only going to law seeks what it does not yet have
    ("Ana Ruiz went to Beijing on Monday to sign a trade agreement with Zentrix Corp.",
     ("Agreement", ("ana-ruiz",), ("zentrix-corp",), "asserted")),
    ("Chile's Ministry of Science ordered Vexa Inc. to hand over user data. Vexa Inc. rejected the order as unlawful.",
     ("Refusal", ("vexa-inc",))),
    ("Lumio Corp. rejected a petition from Amnesty International calling for a halt to facial recognition sales.",
     ("Refusal", ("lumio-corp",), ("amnesty-international",), "asserted")),
    # what a party is fined or sued for doing, it did
    ("Vexa Inc. sued the Indian government for banning its chatbot.", ("UsageBan", ("india",), ("vexa-inc",), "asserted")),
    ("The Korea Fair Trade Commission fined Lumio Corp. for banning Zentrix Corp.'s chatbot from its store.",
     ("UsageBan", ("lumio-corp",), ("zentrix-corp",), "asserted")),
    ("Lumio Corp.'s offices were raided by the Korea Fair Trade Commission on Monday.",
     ("Investigation", ("korea-fair-trade-commission",), ("lumio-corp",), "asserted")),
    ("Lumio Corp. lost a case at the Supreme Court last year. On Monday, Delhi High Court judge Ana Ruiz ordered Lumio "
     "Corp. to restore the accounts. The court also fined Lumio Corp. 1 million rupees.",
     ("Fine", ("delhi-high-court",), ("lumio-corp",), "asserted")),
    ("Lumio Corp. expects it will license its archive to Zentrix Corp.",
     ("Agreement", ("lumio-corp",), ("zentrix-corp",), "planned")),
])
def test_paraphrases_and_near_misses_of_this_sessions_rules(nlp, text, wanted):
    found = events(text)
    assert any((kind, agents, targets, modality)[:len(wanted)] == wanted for kind, agents, targets, modality in found), found


def test_a_suit_challenging_a_seizure_skips_another_sense_of_the_verb(nlp):
    found = events("Customs officers seized Lumio Corp.'s servers in April. Zentrix Corp. seized on the news to win "
                   "customers. Lumio Corp. has filed a lawsuit challenging the seizure.")
    assert not any(kind == "Lawsuit" and "zentrix-corp" in targets for kind, _, targets, _ in found), found


def test_its_in_a_suit_over_a_ban_is_not_the_defendants(nlp):
    found = events("Zentrix Corp. sued Lumio Corp. over a ban on its chatbot in Lumio's app store.")
    assert not any(kind == "UsageBan" and "lumio-corp" in targets for kind, _, targets, _ in found), found


def test_barring_a_company_from_selling_at_home_bans_use_and_its_plural_product_is_the_product(nlp):
    text = ("BRASILIA, Sept 7 (Wire) - Brazil has fined Lumio Corp. 12 million reais and barred it from selling LumaPhones "
            "in the country without a charger, accusing the U.S. company of handing consumers the cost. The order "
            "suspends sales of every LumaPhone model.")
    found = events(text)
    assert ("UsageBan", ("brazil",), ("lumio-corp",), "asserted") in found, found
    assert not any(kind == "ExportRestriction" for kind, *_ in found), found
    assert ("ConcernRaised", ("brazil",), ("lumio-corp",), "asserted") in found, found


def test_it_after_a_letter_from_unnamed_senders_is_the_letter(nlp):
    found = events("The reversal follows an open letter sent last month to Attorney General Ana Ruiz by a group that "
                   "included former Vexa Inc. adviser Tomas Reyes and was backed by researchers including Daniel Okafor. "
                   "It urged the officials to block the restructuring.")
    assert not any(kind == "PublicAppeal" and "vexa-inc" in agents for kind, agents, _, _ in found), found


@pytest.mark.parametrize("text", [
    "Vexa Inc. turned down a request from a regional police agency to install its face scanner in patrol cars.",
    "Lumio Corp. has rejected calls from employees to cancel its contract.",
])
def test_a_request_from_unnamed_senders_refused_stands_with_no_one_refused(nlp, text):
    found = events(text)
    assert any(kind == "Refusal" and agents and not targets for kind, agents, targets, _m in found)


def test_a_request_with_no_sender_refused_stays_unconfirmed(nlp):
    # whose request it was, the story may say elsewhere
    assert not any(kind == "Refusal" for kind, *_ in events("Vexa Inc. turned down the request on Monday."))


@pytest.mark.parametrize("verdict", ["ruling", "verdict", "judgment", "decision"])
def test_rejecting_a_ruling_against_one_objects_to_whoever_made_it_and_refuses_nothing(nlp, verdict):
    found = events(f"The Orvane Competition Commission fined Vexa Inc. $12 million on Thursday. "
                   f"Vexa, which is run by its founder Tomas Reyes, rejected the {verdict} outright.")
    assert ("ConcernRaised", ("vexa-inc",), ("orvane-competition-commission",), "asserted") in found
    assert not any(kind == "Refusal" for kind, *_ in found)


@pytest.mark.parametrize("made, withdrawn", [
    ("Lumio Corp. launched Zentra Avatars, its avatar generator, last week.", ("zentra-avatars",)),
    # several products, or one of another kind: the company stands for what it withdrew
    ("Lumio Corp. makes the Zentra chatbot and the Kora image model.", ("lumio-corp",)),
    ("Lumio Corp. makes the Zentra chatbot.", ("lumio-corp",)),
])
def test_an_unnamed_product_withdrawn_is_the_one_product_of_its_kind_the_story_says_the_company_makes(nlp, made, withdrawn):
    found = events(f"{made} Lumio has taken down an internal version of its new avatar generator.")
    assert ("ModelWithdrawal", ("lumio-corp",), withdrawn, "asserted") in found


@pytest.mark.parametrize("text, defendant", [
    ("Orvane's parliament passed a law in April banning Lumio Corp.'s app. Lumio has challenged the law in federal court.",
     "orvane"),
    ("The Orvane Media Commission ordered Lumio Corp. to remove the posts. Lumio challenged the order in the High Court.",
     "orvane-media-commission"),
])
def test_challenging_a_measure_in_a_court_described_or_named_sues_whoever_made_it(nlp, text, defendant):
    assert ("Lawsuit", ("lumio-corp",), (defendant,), "asserted") in events(text)


def test_a_verdict_on_an_action_no_event_type_holds_objects_to_whoever_did_it(nlp):
    found = events('Vexa Inc. fired 28 employees on Friday after a sit-in. '
                   'Kelvar Watch called the firings "a flagrant act of retaliation".', confident=False)
    assert any(kind == "ConcernRaised" and agents == ("kelvar-watch",) and targets == ("vexa-inc",)
               for kind, agents, targets, _m in found)


def test_the_groups_are_the_organisations_the_story_just_had_act(nlp):
    found = events("The Kelvar Alliance and the Open Web Movement filed a complaint in the summer. "
                   "The groups accused Lumio Corp. of misusing web content.")
    assert ("ConcernRaised", ("kelvar-alliance", "open-web-movement"), ("lumio-corp",), "asserted") in found


def test_the_organisations_are_not_the_few_named_among_many(nlp):
    found = events("Orvane put 28 bodies and companies, among them Vexa Inc. and Lumio Corp., on a blacklist. "
                   "The organisations accused Orvane of meddling.", confident=False)
    assert not any(kind == "ConcernRaised" and set(agents) == {"vexa-inc", "lumio-corp"} for kind, agents, *_ in found)


def test_calling_for_a_tool_to_be_withdrawn_appeals_to_its_maker(nlp):
    found = events("Lumio Corp. launched the Zentra tool in May. "
                   "The Kelvar Union of Journalists also called for the tool to be withdrawn.")
    assert ("PublicAppeal", ("kelvar-union-of-journalists",), ("lumio-corp",), "asserted") in found


def test_they_after_two_organisations_that_acted_are_those_organisations(nlp):
    found = events("Kelvar Watch and the Open Web Movement filed a complaint. "
                   "They urged the Orvane Commission to impose interim measures.")
    assert ("PublicAppeal", ("kelvar-watch", "open-web-movement"), ("orvane-commission",), "asserted") in found


def test_agreeing_to_do_what_was_pressed_agrees_with_whoever_acted_against_the_party(nlp):
    found = events("The Orvane Data Commission opened an inquiry into Vexa Inc. in May. "
                   "Vexa agreed to stop using personal data from users' posts to train its chatbot.")
    assert ("Agreement", ("vexa-inc",), ("orvane-data-commission",), "asserted") in found


def test_agreeing_to_do_a_thing_with_no_one_acting_against_the_party_stays_unconfirmed(nlp):
    found = events("Vexa Inc. said on Monday that it had agreed to stop using personal data to train its chatbot.")
    assert not any(kind == "Agreement" for kind, *_ in found)


def test_awarding_named_companies_contracts_is_an_agreement_with_them(nlp):
    found = events("In July the Pentagon awarded Vexa Inc., Lumio Corp. and Zentrix Corp. contracts worth up to $200 million each.")
    assert any(kind == "Agreement" and agents == ("pentagon",) and "vexa-inc" in targets for kind, agents, targets, _m in found)


def test_an_inquiry_naming_nothing_it_is_into_is_into_the_storys_company(nlp):
    found = events("Vexa Inc. launched its chatbot in March, and Vexa said it had millions of users. "
                   "The Federal Trade Commission opened an investigation in June.")
    assert ("Investigation", ("federal-trade-commission",), ("vexa-inc",), "asserted") in found


@pytest.mark.parametrize("text", [
    "Vexa Inc. launched its chatbot in March, and Vexa said it had millions of users. Police are investigating the crash.",
    "Vexa Inc. launched its chatbot in March, and Vexa said it had millions of users. "
    "The ministry ordered stricter end-use reviews for graphite.",
])
def test_an_inquiry_that_names_what_it_is_into_guesses_no_company(nlp, text):
    assert not any(kind == "Investigation" and "vexa-inc" in targets for kind, _a, targets, _m in events(text, confident=False))


@pytest.mark.parametrize("text", [
    "Vexa Inc. turned down an offer from a private equity firm.",
    "Vexa Inc. turned down a request from lawyers representing Lumio Corp. to share the source code.",
])
def test_an_offer_or_a_request_from_a_named_party_refused_is_not_one_from_unnamed_senders(nlp, text):
    assert not any(kind == "Refusal" and not targets for kind, _a, targets, _m in events(text))


def test_rejecting_a_courts_ruling_objects_to_the_court(nlp):
    found = events("The Orvane Data Commission banned Vexa Inc.'s chatbot in May. "
                   "Vexa rejected the ruling by the Orvane High Court that upheld the ban.")
    assert ("ConcernRaised", ("vexa-inc",), ("orvane-high-court",), "asserted") in found
    assert not any(kind == "ConcernRaised" and "orvane-data-commission" in targets for kind, _a, targets, _m in found)


@pytest.mark.parametrize("court", ["in a district court", "in state court", "in an appeals court", "before the High Court",
                                   "at the Administrative Appeals Tribunal"])
def test_challenging_an_order_in_a_court_of_any_description_sues_who_made_it(nlp, court):
    found = events(f"The Orvane Media Commission ordered Lumio Corp. to remove the posts. Lumio challenged the order {court}.")
    assert ("Lawsuit", ("lumio-corp",), ("orvane-media-commission",), "asserted") in found


@pytest.mark.parametrize("verdict", ["criticised the position of regulators on facial recognition",
                                     "condemned the firms that sell spyware to police"])
def test_a_verdict_on_a_noun_that_only_begins_like_a_verb_objects_to_no_one_who_did_it(nlp, verdict):
    found = events(f"Vexa Inc. posted its results and fired 28 employees on Friday. Kelvar Watch {verdict}.", confident=False)
    assert not any(kind == "ConcernRaised" and "vexa-inc" in targets for kind, _a, targets, _m in found)


@pytest.mark.parametrize("text", [
    "Vexa Inc. and Lumio Corp. signed the pledge. The groups criticised the Orvane Data Commission.",
    "Vexa Inc. and Lumio Corp. fired 50 engineers last week. They urged the Orvane Labour Ministry to order their reinstatement.",
])
def test_groups_or_they_are_not_companies_just_listed_with_no_organisation_or_who_acted_on_people(nlp, text):
    assert not any(kind in ("ConcernRaised", "PublicAppeal") and "vexa-inc" in agents for kind, agents, *_ in events(text))


@pytest.mark.parametrize("text", [
    "The Kelvar Union of Journalists, which Vexa Inc. has threatened to sue, called for an independent inquiry.",
    "The Kelvar Union of Journalists called for calm after the Orvane government threatened to ban Vexa Inc.'s chatbot.",
    "The Kelvar Union of Journalists called for a boycott of Vexa Inc., which plans to sue the Orvane Data Commission.",
])
def test_an_appeal_asks_nothing_of_a_party_whose_plan_lies_outside_what_it_calls_for(nlp, text):
    assert not any(kind == "PublicAppeal" and targets for kind, _a, targets, _m in events(text))


def test_agreeing_to_what_was_not_pressed_agrees_with_no_one_and_giving_in_to_demands_agrees_with_who_made_them(nlp):
    assert not any(kind == "Agreement" for kind, *_ in events(
        "The Orvane Data Commission fined Vexa Inc. in May. In June, Vexa agreed to sponsor the national football team."))
    found = events("The Orvane Data Commission opened an inquiry into Vexa Inc. in May. "
                   "Vexa agreed to the commission's demands to pause the rollout.")
    assert ("Agreement", ("vexa-inc",), ("orvane-data-commission",), "asserted") in found


@pytest.mark.parametrize("ban", ["Italy's data protection authority, the Garante, ordered it blocked on Jan. 30.",
                                 "Congress, the Pentagon and NASA have restricted its use on official devices."])
def test_what_a_body_orders_blocked_or_restricts_the_use_of_is_the_product_not_the_body(nlp, ban):
    found = events(f"Vexa Inc. released the Zentra chatbot in January. {ban}")
    assert any(kind == "UsageBan" and targets == ("zentra",) for kind, _a, targets, _m in found)


@pytest.mark.parametrize("text, suit", [
    ("In November the Kelvar Society took Vexa Inc. to the same court.", ("kelvar-society", "vexa-inc")),
    ("Australia's eSafety Commissioner launched urgent proceedings against Vexa Inc. in the Federal Court.",
     ("esafety-commissioner", "vexa-inc")),
    ("The case against Vexa Inc. was brought by the Kelvar Institute.", ("kelvar-institute", "vexa-inc")),
])
def test_suits_told_as_taking_to_court_proceedings_or_a_passive_filing(nlp, text, suit):
    found = events(text)
    assert ("Lawsuit", (suit[0],), (suit[1],), "asserted") in found
    assert not any(kind == "Investigation" for kind, *_ in found)


def test_a_filing_by_a_noun_infinitive_is_no_suit_of_the_country_its_adjective_names(nlp):
    found = events("Nikkei and Asahi are the second and third major Japanese publishers to take the start-up to court.",
                   confident=False)
    assert not any(kind == "Lawsuit" and "japan" in agents for kind, agents, *_ in found)


def test_a_notice_left_undone_is_negated(nlp):
    found = events("Vexa Inc. used the voice of an actor without notifying the Kelvar Union.", confident=False)
    assert not any(kind == "ConcernRaised" and mood != "negated" for kind, _a, _t, mood in found)


def test_what_a_chatbot_says_happened_is_no_event(nlp):
    found = events("Vexa Inc.'s Zentra chatbot replied that the case had been brought by Ana Ruiz against the Kelvar Foundation.",
                   confident=False)
    assert not any(kind == "Lawsuit" for kind, *_ in found)


def test_a_countrys_security_units_stand_for_it_and_a_companys_units_in_a_country_do_not(nlp):
    found = events("Turkey blocked Vexa Inc.'s app on Monday. Vexa had refused to hand over user data to Turkish security units.")
    assert ("Refusal", ("vexa-inc",), ("turkey",), "asserted") in found
    found = events("In July a court in Fuzhou barred Vexa Inc.'s Chinese units from selling 26 of its products.", confident=False)
    assert not any("china" in targets for _k, _a, targets, _m in found)


def test_launching_a_charter_or_standards_issues_a_policy(nlp):
    """A government launches a charter or a set of standards as it would issue one."""
    found = events("Chile on Tuesday launched the world's first set of standards for how public agencies use algorithms.")
    assert ("PolicyIssued", ("chile",), (), "asserted") in found
    found = events("Science Minister Ana Ruiz of Chile unveiled the Algorithm Charter for public agencies.")
    assert any(kind == "PolicyIssued" and agents == ("ana-ruiz",) for kind, agents, *_ in found)


def test_a_government_dropping_a_scheme_deregulates(nlp):
    found = events("Kazakhstan required users to install a security certificate in July. "
                   "The government dropped the scheme in early August.")
    assert any(kind == "Deregulation" and agents == ("kazakhstan",) for kind, agents, *_ in found)
    # a company dropping its own plan deregulates nothing
    assert not any(kind == "Deregulation" for kind, *_ in events("Vexa Inc. dropped the plan in early August."))


@pytest.mark.parametrize("text, targets", [
    ("Vexa Inc. has removed two chatbots from its messaging app. The bots, Lumio 3 and Kelvar X2, had been "
     "available since March.", ("kelvar-x2", "lumio-3")),
    ("Chile has ordered internet providers to block Vexa's most popular apps. The apps, Lumio 3 and Kelvar X2, are "
     "used by millions.", ("kelvar-x2", "lumio-3")),
])
def test_a_plural_the_story_names_in_the_next_sentences_is_what_was_acted_on(nlp, text, targets):
    found = events(text)
    assert any(set(targets) <= set(t) for kind, _agents, t, _ in found if kind in ("ModelWithdrawal", "UsageBan"))
    # (not the company whose app the bots were removed from)
    assert not any(kind == "ModelWithdrawal" and "vexa-inc" in t for kind, _agents, t, _ in found)


def test_going_to_court_with_no_defendant_sues_whoever_acted_last(nlp):
    found = events("Chile's data regulator banned Vexa Inc.'s behavioural advertising in July. "
                   "Vexa Inc. went to court in early August.")
    assert any(kind == "Lawsuit" and agents == ("vexa-inc",) and targets for kind, agents, targets, _ in found)


def test_a_court_throwing_out_a_partys_attempt_refuses_it(nlp):
    found = events("Chile's regulator fined Vexa Inc. in July. "
                   "The High Court of Chile on Wednesday threw out Vexa's attempt to halt the fine.")
    assert ("Refusal", ("high-court-of-chile",), ("vexa-inc",), "asserted") in found


def test_cutting_off_a_named_companys_access_withdraws_the_model(nlp):
    found = events("Vexa Inc. has cut off Lumio Corp.'s access to its artificial intelligence models.")
    assert ("ModelWithdrawal", ("vexa-inc",), ("lumio-corp",), "asserted") in found
    # users' access is no company's
    found = events("The workers asked the leadership to cut off military users' access to Vexa Inc. technology.")
    assert not any(kind == "ModelWithdrawal" and modality == "asserted" for kind, _a, _t, modality in found)


def test_a_government_putting_its_controls_on_hold_deregulates(nlp):
    found = events("Chile on Thursday put on hold the export controls on chips bound for Peru.")
    assert any(kind == "Deregulation" and agents == ("chile",) for kind, agents, *_ in found)
    assert not any(kind == "Deregulation" for kind, *_ in events("Vexa Inc. put the launch of its chatbot on hold."))


def test_an_objection_to_what_the_speaker_called_someones_policy_targets_its_owner(nlp):
    found = events("Chile restricted chip exports to Peru on Tuesday. Tomas Reyes, the party's spokesman, "
                   "blamed what he called the reckless foreign policy of Emily Carter, the foreign minister.")
    assert ("ConcernRaised", ("tomas-reyes",), ("emily-carter",), "asserted") in found
    assert not any(kind == "ConcernRaised" and agents == ("tomas-reyes",) and "chile" in targets
                   for kind, agents, targets, _ in found)


@pytest.mark.parametrize("text, target", [
    ("Chile's regulator banned Vexa Inc.'s chatbot on Monday. Tomas Reyes, a novelist, called it \"dangerous\" and said "
     "it should be reversed.",
     "chile"),
    # the action the sentence names before the verdict, not the latest one
    ("The European Commission fined Lumio Corp. in September. Vexa Inc. sued Lumio Corp. in October. The September "
     "fine drew an angry response from Tomas Reyes, who called it \"very unfair\".", "european-commission"),
])
def test_a_persons_verdict_on_it_objects_to_the_action(nlp, text, target):
    found = events(text)
    assert any(kind == "ConcernRaised" and agents == ("tomas-reyes",) and targets == (target,)
               for kind, agents, targets, _ in found)


# what a helper's review of this session's rules found they wrongly took for an action
@pytest.mark.parametrize("text, kind", [
    ("Chile's data regulator fined Vexa Inc. in July. Lumio Corp., a rival, went to court in August over an unrelated "
     "patent dispute.", "Lawsuit"),
    ("Peru's data regulator blocked two chatbots on Monday. Two other chatbots, Lumi 2 and Orbo X, were not affected.",
     "UsageBan"),
    ("Chile's digital ministry denied any attempt by Vexa Inc. to influence the AI bill.", "Refusal"),
    ("Chile's government put trade talks with Peru on hold after Peru imposed new tariffs on copper.", "Deregulation"),
    ("Chile dropped its plan to build a national AI supercomputer.", "Deregulation"),
    ("Chile dropped its opposition to the ban.", "Deregulation"),
    ("Lumio Corp. launched a plan to cut 500 jobs.", "PolicyIssued"),
    ("Chile launched a review of its AI rules.", "PolicyIssued"),
])
def test_what_the_review_found_misread_makes_no_event(nlp, text, kind):
    found = events(text)
    if kind == "Lawsuit":
        assert not any(k == kind and targets for k, _a, targets, _ in found)
    elif kind == "UsageBan":
        assert not any(k == kind and targets and set(targets) & {"lumi-2", "orbo-x"} for k, _a, targets, _ in found)
    else:
        assert not any(k == kind for k, *_ in found)


def test_an_objection_to_what_the_speaker_called_an_abuse_by_someone_targets_the_doer(nlp):
    found = events("Chile restricted chip exports to Peru on Tuesday. Tomas Reyes condemned what he called the abuse "
                   "of Chile's privacy laws by Vexa Inc.")
    assert ("ConcernRaised", ("tomas-reyes",), ("vexa-inc",), "asserted") in found


def test_a_verdict_calling_it_a_thing_is_no_objection_to_the_action(nlp):
    found = events("Peru's government banned Vexa Inc.'s Orbo chatbot in schools. Emily Carter, a parent, called it "
                   "\"a dangerous toy\" and said it should go.")
    assert not any(kind == "ConcernRaised" and "peru" in targets for kind, _a, targets, _ in found)


def test_a_countrys_government_is_the_country_not_a_body_of_it_named_later(nlp):
    found = events("Norway's government on Thursday introduced legislation on AI. "
                   "The Data Protection Authority of Norway would gain new powers under it.")
    assert any(kind == "PolicyIssued" and agents == ("norway",) for kind, agents, *_ in found)


def test_a_power_a_body_would_gain_is_not_used(nlp):
    found = events("Under the bill, the Vexa Authority would gain order-making powers, including the ability to tell "
                   "a company such as Lumio Corp to stop collecting personal data.")
    assert not any(kind == "UsageBan" and mod == "asserted" for kind, _, _, mod in found)
    # a power used is an act
    found = events("The Vexa Authority used its power to ban Lumio Corp's chatbot on Monday.")
    assert any(kind == "UsageBan" and targets == ("lumio-corp",) for kind, _, targets, _ in found)


def test_a_case_brought_before_a_court_that_ruled_is_against_whom_it_ruled(nlp):
    found = events("Norway's Supreme Court has fined Lumio Corp $10 million. The case was brought by the Kelvar "
                   "Foundation, which filed a petition for protection arguing that the challenges expose minors to risk.")
    assert ("Lawsuit", ("kelvar-foundation",), ("lumio-corp",), "asserted") in found
    assert not any(kind == "Lawsuit" and "supreme-court" in targets for kind, _, targets, _ in found)


def test_whom_a_suer_accuses_of_evading_its_systems_did_the_evading(nlp):
    found = events("Lumio Corp has sued Vexa Inc., accusing it of evading Lumio's security systems to copy content.")
    assert ("SafeguardBypass", ("vexa-inc",), ("lumio-corp",), "asserted") in found


def test_a_bare_concern_is_about_the_act_the_story_reported(nlp):
    found = events("New Zealand barred Lumio Corp from its network on Monday. A spokesman for Vexa Inc. said "
                   "Vexa Inc. was gravely concerned.")
    assert ("ConcernRaised", ("vexa-inc",), ("new-zealand",), "asserted") in found
    # disappointment is no objection
    found = events("New Zealand barred Lumio Corp from its network on Monday. Lumio Corp said it was deeply disappointed.")
    assert not any(kind == "ConcernRaised" for kind, *_ in found)


def test_what_a_speaker_hopes_a_government_will_do_is_asked_of_it(nlp):
    found = events('New Zealand barred Lumio Corp on Monday. "We hope New Zealand will provide a level playing field '
                   'for foreign firms," Vexa Inc. said.')
    assert ("PublicAppeal", ("vexa-inc",), ("new-zealand",), "asserted") in found


def test_it_after_a_sentence_about_a_company_is_that_company(nlp):
    found = events("Norway barred Lumio Corp from using Vexa Inc. equipment. Lumio Corp said it would comply, and "
                   "Lumio Corp shares fell. Vexa Inc. said it had received no notice. The Oslo-based company has long "
                   "denied that its equipment could be used for spying. Sweden barred it from supplying its networks in August.")
    assert ("UsageBan", ("sweden",), ("vexa-inc",), "asserted") in found


def test_a_party_under_investigation_asks_the_investigator_and_is_refused(nlp):
    found = events("The Vexa Commission ordered an investigation into Lumio Corp on Friday. In a filing last month, "
                   "Lumio Corp denied the allegations and asked for the case to be thrown out. Lumio Corp had also "
                   "sought a preliminary hearing before any order was passed, but the commission declined, saying the "
                   "company would be free to make further submissions.")
    assert ("PublicAppeal", ("lumio-corp",), ("vexa-commission",), "asserted") in found
    assert ("Refusal", ("vexa-commission",), ("lumio-corp",), "asserted") in found


def test_asking_for_a_correction_asks_no_one_who_acted_on_the_asker(nlp):
    found = events("The European Union passed its AI Act in 2024. When Tomas Reyes asked for the error to be corrected, "
                   "Lumio Corp told him that this was impossible.")
    assert not any(kind == "PublicAppeal" and "european-union" in targets for kind, _, targets, _ in found)


def test_a_court_upholding_a_denial_refuses_the_one_denied_who_then_challenges_it(nlp):
    found = events("Tomas Reyes asked the Kelvar Institute to register his image. The institute turned him down, saying "
                   "the work was not human. The Vexa Administrative Court upheld that denial in August 2024. "
                   "Reyes then filed an amparo challenge, which the Supreme Court took over.")
    assert ("Refusal", ("vexa-administrative-court",), ("tomas-reyes",), "asserted") in found
    assert any(kind == "Lawsuit" and agents == ("tomas-reyes",) and targets for kind, agents, targets, _ in found)


def test_the_reviews_near_misses_of_session_25_rules_stay_quiet(nlp):
    # a company whose name begins like a law's number
    assert ("Lawsuit", ("act-2-robotics",), ("lumio-corp",), "asserted") in events(
        "Act 2 Robotics, a Boston startup, sued Lumio Corp. over a patent dispute.")
    # what a ban acts on is the product named before, not the company a sentence after it refers to
    assert ("UsageBan", ("italy",), ("zed",), "asserted") in events(
        "Vexa Inc. launched a chatbot called Zed in January. The company says it is safe. Italy banned it in March.")
    # a wish is no appeal
    for text in ('"We hope Vexa\'s customers will be safe," Lumio Corp. said.',
                 '"We hope France will be a leader in AI," said Tomas Reyes, Lumio Corp.\'s chief executive.'):
        assert not any(kind == "PublicAppeal" for kind, *_ in events(text))
    # declining to comment refuses no one
    assert not any(kind == "Refusal" for kind, *_ in events(
        "The Vexa Commission fined Lumio Corp. in June. Emily Carter sought comment from the company, but Lumio "
        "declined, citing the review."))
    # a company reporting a rejection does not reject
    assert not any(kind == "Refusal" and agents == ("vexa-inc",) for kind, agents, *_ in events(
        "The Vexa Ministry rejected Lumio Corp.'s application. Vexa Inc. confirmed the rejection on Friday."))


def test_a_software_framework_released_is_no_policy(nlp):
    found = events("Lumio Corp recently released a machine learning framework for its own chips.")
    assert not any(kind == "PolicyIssued" for kind, *_ in found)
    found = events("Canada released a new AI framework on Monday.")
    assert any(kind == "PolicyIssued" and agents == ("canada",) for kind, agents, *_ in found)


def test_a_product_taken_offline_unnamed_is_the_one_the_next_sentence_names(nlp):
    found = events("The Kelvar Institute has permanently taken offline a widely used image collection for training "
                   "artificial intelligence. The dataset, known as 40 Million Small Faces, was compiled in 2006.")
    assert ("ModelWithdrawal", ("kelvar-institute",), ("40-million-small-faces",), "asserted") in found


def test_a_company_shutting_someone_out_of_its_platform_bans_no_product(nlp):
    found = events("Vexa Inc. banned the country's military from Vexa Chat after the coup in Myanmar.")
    assert not any(kind == "UsageBan" for kind, *_ in found)
    # a company forbidding use of another's product still does
    found = events("Samsung banned employees from using ChatGPT after a leak.")
    assert any(kind == "UsageBan" for kind, *_ in found)
