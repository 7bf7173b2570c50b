"""Accusations in reported speech: the speaker objects to the party its clause charges with a wrong done.
Sentences are written for these tests, not taken from the evaluation articles."""
from __future__ import annotations

import pytest

from kg.analyse import analyse
from kg.extract import extract

pytestmark = pytest.mark.slow


def concerns(text: str) -> set[tuple]:
    return {(e.agents, e.targets) for e in extract(analyse(text)).events if e.type == "ConcernRaised"}


def test_a_wrong_said_as_done_is_a_concern_against_the_accused(nlp):
    text = ("The Oregon Department of Transport suspended the permits of Velora Inc. "
            "The department also said the company had misrepresented the safety of its vehicles.")
    assert (("oregon-department-of-transport",), ("velora-inc",)) in concerns(text)


def test_an_unmet_duty_accuses(nlp):
    text = "Attorney General Maria Dunne said Lumo had not given investigators any substantive assistance."
    assert (("maria-dunne",), ("lumo",)) in concerns(text)


def test_a_hypothetical_a_denial_or_a_duty_met_accuses_no_one(nlp):
    assert not concerns("Attorney General Maria Dunne said the Lumo plan would violate state law.")
    assert not concerns("Attorney General Maria Dunne said Lumo had given investigators every assistance.")
    assert not concerns("Lumo said Helix Corp had not violated any rule.")


def test_the_reasons_of_a_fine_are_its_finding_not_a_second_objection(nlp):
    text = ("The European Commission fined Parla 40 million euros on Friday. "
            "The Commission said Parla had breached the transparency rules.")
    assert not concerns(text)


@pytest.mark.parametrize("text", [
    "Lumo Inc. denied that Dana Wells had misled the board.",
    "Vela said its parent Orto Group does not share user data with the government.",
    "Orto Group acknowledged that its unit Vela had misused patient data.",
    "Reuters reported that Lumo Inc. had ignored internal warnings.",
    "Bloomberg said Lumo Inc. did not respond to requests for comment.",
    "The Irish Data Protection Commission said Lumo Inc. had breached no rules.",
    "Judge Amit Rao wrote that Lumo Inc. had abused its monopoly.",
    "The White House said Dana Wells had not met with Lumo Inc.",
])
def test_denials_admissions_reports_rulings_and_meetings_accuse_no_one(nlp, text):
    assert not concerns(text), text


def test_one_wrong_in_two_verbs_is_one_concern(nlp):
    found = [e for e in extract(analyse("The FTC said Lumo Inc. had withheld documents and obstructed the inquiry.")).events
             if e.type == "ConcernRaised"]
    assert [(e.agents, e.targets) for e in found] == [(("federal-trade-commission",), ("lumo-inc",))]


def test_declaring_a_partys_conduct_unlawful_accuses_it(nlp):
    found = concerns('"What Vexa Inc. does is mass surveillance and it is illegal," Dana Field told reporters.')
    assert (("dana-field",), ("vexa-inc",)) in found
    assert (("lumio-corp",), ("vexa-inc",)) in concerns("Lumio Corp. said Vexa Inc.'s data collection was unlawful.")
    assert not concerns("Vexa Inc. said its data collection was not unlawful. Dana Field said the plan would be illegal.")
