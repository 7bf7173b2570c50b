"""Accusations: reported speech that charges a named party with wrongdoing is an objection to that party.

"The department said the company had misrepresented information", "Barr said Apple had not given
investigators any substantive assistance" and "What Clearview does ... is illegal" raise a concern against the
party the reported clause accuses,
whether or not the article reports an action of that party (an objection to an action is `objections`).
Only what is said as done: a hypothetical ("would violate") accuses no one, nor a denial ("denied that X had
misled", "said it had breached no rules"), nor what the speaker says of itself, its own people or its own
company, nor a court's ruling, nor a news outlet's report.
"""
from __future__ import annotations

from ..lexicon import accusation_verbs
from ..records import Event
from .mentions import sentence_evidence
from .roles import phrase_keys, subject_keys

MODALS = frozenset({"would", "could", "may", "might", "should", "will", "can", "must", "shall"})
PARTIES = frozenset({"Person", "Company", "Organization", "GovernmentBody", "Country"})
TIES = frozenset({"leads", "memberOf", "partOf", "develops"})
JUDGES = frozenset({"judge", "justice", "magistrate"})


def _charges(verb, words) -> bool:
    """The clause states a wrong as done: a wrong verb, or an unmet duty ("had not given")."""
    if verb.pos_ not in ("VERB", "AUX") or any(c.dep_ == "aux" and c.lower_ in MODALS for c in verb.children):
        return False
    negated = any(c.dep_ == "neg" for c in verb.children) \
        or any(c.dep_ == "dobj" and (c.lower_ in ("nothing", "none") or any(d.lower_ == "no" for d in c.children))
               for c in verb.children)  # ("had breached no rules")
    lemma = verb.lemma_.lower()
    # ("had not paid", "did not comply": a duty left undone; not "does not share user data", a practice the speaker
    # vouches for, nor "was not seeking a trade war", a stance)
    lapsed = verb.tag_ == "VBD" or any(c.dep_ == "aux" and c.lower_ in ("had", "has", "have", "did") for c in verb.children)
    return (lemma in words["wrong"] and not negated) or (lemma in words["unmet"] and negated and lapsed)


def _declared_unlawful(clause, words) -> str:
    """ "... is illegal": a verdict of unlawfulness, not negated nor hypothetical (its word, or "")."""
    if clause.lemma_ != "be" or any(c.dep_ == "neg" or c.dep_ == "aux" and c.lower_ in MODALS for c in clause.children):
        return ""
    return next((c.lower_ for c in clause.children if c.dep_ == "acomp" and c.lemma_.lower() in words["unlawful"]), "")


def _reported_clauses(speech):
    for comp in speech.children:
        if comp.dep_ == "ccomp":
            yield comp
            yield from (c for c in comp.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX"))


def accusations(doc, resolution, events, relations=()) -> tuple[Event, ...]:
    words = accusation_verbs()
    # a suit's allegations are the suit ("the lawsuit says OpenAI copied ...")
    sued = {(a, t) for e in events if e.type == "Lawsuit" for a in e.agents for t in e.targets}
    # a fine's reasons are its finding ("the EU executive fined X ... the Commission said X had breached the rules")
    fined = {t for e in events if e.type == "Fine" for t in e.targets}
    # one's own people, bodies and products ("Meta admitted that Instagram had ...", "TikTok said ByteDance ...")
    ties = {pair for r in relations if r.predicate in TIES for pair in ((r.subject, r.object), (r.object, r.subject))}
    courts = {k for k, c in resolution.by_key.items() if c.kind == "Court"}
    courts |= {r.subject for r in relations if r.object in courts}
    # ("Judge Amit Mehta wrote that ...": a ruling, whatever court)
    courts |= {k for k, c in resolution.by_key.items()
               if any(m.start > 0 and doc[m.start - 1].lower_ in JUDGES for m in c.mentions)}
    found: dict[tuple, Event] = {}
    for tok in doc:
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in words["speech"] or any(c.dep_ == "neg" for c in tok.children):
            continue
        for clause in _reported_clauses(tok):
            unlawful = _declared_unlawful(clause, words)
            if not unlawful and not _charges(clause, words):
                continue
            subjects = [c for c in clause.children if c.dep_ == "nsubj"] \
                or ([c for c in clause.head.children if c.dep_ == "nsubj"] if clause.dep_ == "conj" else [])
            if unlawful:
                # "What Clearview does is mass surveillance and it is illegal": what the verdict is of, and who does it
                subjects = [c for c in clause.children if c.dep_ in ("nsubj", "csubj") and c.lower_ != "it"] or (
                    [c for c in clause.head.children if c.dep_ in ("nsubj", "csubj")] if clause.dep_ == "conj" else [])
            accused = [k for s in subjects for k in (phrase_keys(s, resolution, strict=True) if s.dep_ != "csubj" else
                                                    [resolution.key_at(t.i) for t in s.subtree if resolution.key_at(t.i)])
                       if resolution.category(k) in PARTIES]
            evidence = sentence_evidence(tok.sent)
            for speaker in subject_keys(tok, resolution, strict=True)[:2]:
                if resolution.category(speaker) not in PARTIES or speaker in courts:
                    continue  # (a judge's ruling is no concern raised)
                for party in accused[:2]:
                    if party == speaker or (speaker, party) in sued or party in fined or (speaker, party) in ties:
                        continue
                    found.setdefault((speaker, party, evidence.start), Event(
                        type="ConcernRaised", agents=(speaker,), targets=(party,), trigger=unlawful or clause.lemma_.lower(),
                        evidence=(evidence,), confidence=0.55))
    return tuple(found[k] for k in sorted(found))
