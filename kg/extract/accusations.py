"""Accusations: reported speech that charges a named party with wrongdoing is an objection to that party.

"The department said the company had misrepresented information" and "Barr said Apple had not given
investigators any substantive assistance" raise a concern against the party the reported clause accuses,
whether or not the article reports an action of that party (an objection to an action is `objections`).
Only what is said as done: a hypothetical ("would violate") accuses no one, nor a denial ("said it had not
violated"), nor what the speaker says of itself.
"""
from __future__ import annotations

from ..lexicon import accusation_verbs, speech_verbs
from ..records import Event
from .mentions import sentence_evidence
from .roles import phrase_keys, subject_keys

MODALS = frozenset({"would", "could", "may", "might", "should", "will", "can", "must", "shall"})
NOT_ACCUSED = frozenset({"AIModel"})


def _charges(verb, words) -> bool:
    """The clause states a wrong as done: a wrong verb, or an unmet duty ("had not given")."""
    if verb.pos_ not in ("VERB", "AUX") or any(c.dep_ == "aux" and c.lower_ in MODALS for c in verb.children):
        return False
    negated = any(c.dep_ == "neg" for c in verb.children)
    lemma = verb.lemma_.lower()
    # ("had not given", "did not comply": a duty left undone, not "was not seeking a trade war", a stance)
    return (lemma in words["wrong"] and not negated) or (lemma in words["unmet"] and negated and verb.tag_ != "VBG")


def _reported_clauses(speech):
    for comp in speech.children:
        if comp.dep_ == "ccomp":
            yield comp
            yield from (c for c in comp.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX"))


def accusations(doc, resolution, events) -> tuple[Event, ...]:
    verbs, words = speech_verbs(), accusation_verbs()
    # a suit's allegations are the suit ("the lawsuit says OpenAI copied ...")
    sued = {(a, t) for e in events if e.type == "Lawsuit" for a in e.agents for t in e.targets}
    # a fine's reasons are its finding ("the EU executive fined X ... the Commission said X had breached the rules")
    fined = {t for e in events if e.type == "Fine" for t in e.targets}
    found: list[Event] = []
    for tok in doc:
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in verbs or any(c.dep_ == "neg" for c in tok.children):
            continue
        for clause in _reported_clauses(tok):
            if not _charges(clause, words):
                continue
            subjects = [c for c in clause.children if c.dep_ == "nsubj"] \
                or ([c for c in clause.head.children if c.dep_ == "nsubj"] if clause.dep_ == "conj" else [])
            accused = [k for s in subjects for k in phrase_keys(s, resolution, strict=True)
                       if resolution.category(k) not in NOT_ACCUSED]
            if not accused:
                continue
            for speaker in subject_keys(tok, resolution, strict=True)[:2]:
                for party in accused[:2]:
                    if party != speaker and (speaker, party) not in sued and party not in fined \
                            and resolution.category(speaker) not in NOT_ACCUSED:
                        found.append(Event(type="ConcernRaised", agents=(speaker,), targets=(party,),
                                           trigger=clause.lemma_.lower(), evidence=(sentence_evidence(tok.sent),),
                                           confidence=0.55))
    return tuple(found)
