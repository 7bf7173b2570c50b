"""Claims: what a named party said, argued, warned or disputed, kept as speech, not as fact.

A speech verb from the lexicon whose subject resolves to an entity (directly, through a pronoun,
"the company", or the subject of the clause a participle hangs on: "..., alleging that ...") makes
a claim with the reported content (the complement clause, or the quotation) and the stance the
verb signals. "according to X" attributes the sentence to X.
"""
from __future__ import annotations

from ..lexicon import speech_verbs
from ..records import Claim
from .mentions import REFLEXIVES, sentence_evidence
from .roles import QUOTE_MARKS, according_to, is_infinitive, subject_keys

# speech that passes a verdict on what it names: "called the veto a setback", "described the fine as an attack"
VERDICT_CUES = frozenset({"call", "describe"})
# verbs whose infinitive complement is speech still owed or wanted: "needs to explain", "was ordered to tell"
# nouns whose infinitive is speech still owed: "has 20 days to tell", "a chance to explain" (not "the first company to say")
OWED_NOUNS = frozenset({"day", "week", "month", "hour", "time", "deadline", "chance", "opportunity", "obligation", "duty",
                        "order", "request", "demand", "right"})
OWED = frozenset({"have", "need", "plan", "intend", "expect", "want", "ask", "order", "urge", "require", "fail", "must"})


def _described_as(verb, child) -> bool:
    """ "described the fine as an attack": the "as" phrase of "describe" holds what was said."""
    return child.dep_ == "prep" and child.lower_ == "as" and verb.lemma_.lower() == "describe"


def _misparsed_verdict(verb) -> bool:
    """ "called its addition to a Pentagon list a mistake": the parser made the verdict a second object of the
    object's preposition."""
    return any(t.dep_ == "prep" and sum(p.dep_ == "pobj" for p in t.children) > 1
               for c in verb.children if c.dep_ == "dobj" for t in c.subtree)


def _content(verb) -> str:
    if _inverted(verb) and verb.dep_ in ("conj", "ROOT", "parataxis") and not any(c.dep_ == "ccomp" for c in verb.children):
        # what precedes the last comma before the verb
        start = verb.sent.start
        comma = max(t.i for t in verb.doc[start:verb.i] if t.text == ",")
        before = [t.i for t in verb.doc[start:comma] if t.text == ","]
        end = before[-1] if before and before[-1] > start + 2 else comma
        return verb.doc[start:end].text.strip(' "\u201c\u201d')
    comps = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp", "dobj", "attr", "oprd") or _described_as(verb, c)]
    if comps:
        tokens = sorted(t.i for c in comps for t in c.subtree)
        return verb.doc[tokens[0]:tokens[-1] + 1].text
    return verb.sent.text.strip()


QUOTES = QUOTE_MARKS | {"'"}


def _inverted(verb) -> bool:
    """ "The rules would hurt trade, a spokesperson warned": the verb follows what was said (not "X said the
    rules were an abuse, and called on Y", a second verb the parser joined to the reported clause)."""
    return not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) and verb.i > verb.sent.start + 3 \
        and any(t.text == "," for t in verb.doc[verb.sent.start:verb.i]) \
        and not (verb.dep_ == "conj" and verb.head.dep_ == "ccomp")


def _reports_speech(verb, cue: str, stance: str) -> bool:
    """A speech verb makes a claim when it reports content: a complement clause, a quotation,
    "calling X Y", or an object for verbs of stance ("criticised the rule"); never when negated."""
    children = list(verb.children)
    if any(c.dep_ == "neg" for c in children):
        return False
    if any(c.dep_ == "dobj" and c.lower_ in REFLEXIVES for c in children):
        return False  # "a group which calls itself X": a name, not a statement
    if cue == "deny" and any(c.dep_ == "dative" or c.dep_ in ("ccomp", "xcomp") and c.tag_ == "VB" and not any(
            a.dep_ in ("aux", "mark") for a in c.children) for c in children):
        return False  # "had denied Nigerians control over their data" (however parsed): withheld, not disputed
    if is_infinitive(verb) and (verb.dep_ in ("acl", "relcl") and verb.head.lemma_.lower() in OWED_NOUNS
                                or verb.dep_ == "xcomp" and verb.head.lemma_.lower() in OWED):
        return False  # "OpenAI has 20 days to tell the regulator how ...", "needs to explain": speech owed, not made
    if _inverted(verb) and verb.dep_ in ("conj", "ROOT", "parataxis"):
        return True
    if any(c.dep_ == "ccomp" for c in children) or any(c.text in QUOTES for c in verb.subtree):
        return True
    if cue in VERDICT_CUES:  # "called the veto a setback", "described the fine as an attack"
        return any(c.dep_ == "oprd" or _described_as(verb, c) for c in children) or _misparsed_verdict(verb)
    if stance != "neutral" or cue in ("warn", "argue", "claim", "insist", "contend", "caution"):
        return any(c.dep_ in ("dobj", "prep", "xcomp", "advcl") for c in children) or verb.dep_ == "advcl"
    return False


def about(evidence, events) -> tuple[int, ...]:
    return tuple(i for i, e in enumerate(events) if evidence in e.evidence)


def extract_claims(doc, resolution, events) -> tuple[Claim, ...]:
    verbs = speech_verbs()
    found: dict[tuple, Claim] = {}
    # the headline ("US scraps rule, warns companies off") sums the story up; nobody said it in those words
    text = doc.text
    first = text.lstrip().split("\n", 1)[0].rstrip()
    # (a first line that ends like a sentence is the lede, not a headline)
    headline_end = text.find("\n", len(text) - len(text.lstrip())) \
        if "\n" in text.strip() and not first.endswith((".", "!", "?", '"', "\u201d")) else 0
    for tok in doc:
        if tok.idx < headline_end:
            continue
        speakers: list[str] = []
        cue = tok.lemma_.lower()
        if tok.pos_ == "VERB" and cue in verbs:
            if not _reports_speech(tok, cue, verbs[cue]):
                continue
            speakers = subject_keys(tok, resolution, strict=True)
        elif according_to(tok):
            cue = "according to"
            speakers = [k for p in according_to(tok) for k in [resolution.key_at(p.i)] if k]
        if not speakers:
            continue
        evidence = sentence_evidence(tok.sent)
        content = _content(tok) if cue != "according to" else tok.sent.text.strip()
        stance = verbs.get(cue, "neutral")
        for speaker in speakers[:2]:
            if resolution.category(speaker) == "AIModel":
                continue
            key = (speaker, evidence.start, cue)
            found.setdefault(key, Claim(speaker=speaker, content=content, cue=cue, stance=stance,
                                        about=about(evidence, events), evidence=(evidence,), confidence=0.7))
    return tuple(found[k] for k in sorted(found))
