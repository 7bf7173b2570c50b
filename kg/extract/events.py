"""Events: trigger patterns from the lexicon, roles from the parse, one event per action.

A trigger match gives the event type and an anchor token; the anchor's clause gives the agent
(subject, passive "by" phrase, or the controller of an infinitive) and the target (object,
passive subject, or the object of a type-specific preposition). Mentions of the same action
with the same roles merge into one event that keeps every evidence sentence.
"""
from __future__ import annotations

import re
from bisect import bisect_left

from functools import lru_cache

from spacy.util import filter_spans

from ..lexicon import negative_evaluations, verdict_evaluations, role_cues, speech_verbs, titles, triggers
from ..records import Event
from ..text import fold
from .claims import VERDICT_CUES
from .dates import event_date
from .mentions import STAFF_NOUNS, title_phrase, titled_before, sentence_evidence
from .roles import (MODAL_PLANNED, according_to, action_owner, clause_verb, counted_keys, is_amount, is_base_form,
                    is_infinitive, reason_verb, verb_lemma,
                    is_passive, joined_with, modality, modifying_bodies, object_tokens, phrase_keys, prep_objects, subject_keys,
                    trailing_names)
from .windowed import WindowedMatcher

SYMMETRIC = {"Negotiation", "Agreement"}
# adjectives that make a noun's deal one not yet made ("its proposed deal with X")
PROSPECTIVE = {"proposed", "planned", "potential", "possible", "prospective", "mooted", "rumoured", "rumored", "future"}
# deals whose "will" is the commitment made when announced ("Disney will invest $1 billion in OpenAI", "the AP will
# license part of its archive to OpenAI")
COMMITMENTS = {"invest", "license", "licence"}
# verbs whose infinitive is what their subject makes another do
ORDERING = ("order", "direct", "instruct", "force", "compel", "tell", "require")
# words that make a "will" conditional, proposed or not yet decided
CONDITIONS = ("if", "unless", "whether", "proposed", "propose", "proposal", "plan", "plans", "draft", "pending", "subject to",
              "as long as", "in case", "provided", "providing", "only after", "otherwise", "once", "until", "bill")
# measures a body or a company decides and announces: "Canada will bar Huawei" reports the decision, made
DECIDED_MEASURES = {"UsageBan", "ExportRestriction", "Deregulation", "ModelWithdrawal"}
OWN_PRODUCTS = {"feature", "tool", "model", "chatbot", "service", "app", "product", "function", "assistant", "bot", "summaries",
                "summary", "generator", "download", "dataset"}
GOODS = {"export", "sale", "shipment", "chip", "product", "equipment", "tool", "technology", "good", "import"}
PARTIES = ("Person", "Company", "Organization", "GovernmentBody")


@lru_cache(maxsize=2)
def _matcher(vocab_id: int, vocab):
    return WindowedMatcher(vocab, {f"T{number}": [row["pattern"]] for number, row in enumerate(triggers())})


def _matches(doc):
    """Trigger matches, grouped: the longest match where two overlap, with every row of that span (an
    entity-list listing is two types), then the shorter matches it covers, longest first, as tiers to
    fall back on when no row of the tier before yields an event ("halted sales" by an authority that
    ordered it is no export curb of its own, but "halted" under "ordered X to" still a ban)."""
    rows = triggers()
    found = []
    for match_id, start, end in _matcher(id(doc.vocab), doc.vocab)(doc):
        number = int(doc.vocab.strings[match_id][1:])
        found.append((doc[start:end], number))
    found.sort(key=lambda x: x[0].start)
    starts = [span.start for span, _ in found]
    spans = filter_spans([span for span, _ in found])
    for kept in sorted(spans, key=lambda s: s.start):
        first, last = bisect_left(starts, kept.start), bisect_left(starts, kept.end)
        inside = [(span, number) for span, number in found[first:last] if span.end <= kept.end]
        tiers: dict[tuple, list] = {}
        for span, number in sorted(inside, key=lambda x: (-(x[0].end - x[0].start), x[0].start, x[1])):
            tiers.setdefault((span.start, span.end), []).append((span, rows[number]))
        yield list(tiers.values())


def _own_country(target: str, agents, sent, resolution) -> bool:
    """The target is the country an agent belongs to: named as its possessor or adjective in the sentence
    ("China's Ministry of Commerce", "the Chinese embassy"), or as the demonym its own name begins with."""
    if resolution.category(target) != "Country":
        return False
    for tok in sent:
        if resolution.key_at(tok.i) not in agents:
            continue
        for child in (c for t in (tok, tok.head) for c in t.children):
            if child.dep_ == "poss" and resolution.key_at(child.i) == target \
                    or child.dep_ in ("amod", "compound") and resolution.country_of_adjective(child) == target:
                return True
    # ("the Chinese Ministry of Commerce": its name's demonym; not "the Chinese embassy in Washington", a place)
    demonyms_of_target = resolution.demonyms_of(target)
    return any(resolution.category(a) == "GovernmentBody" and fold(resolution.by_key[a].label).split()[0] in demonyms_of_target
               for a in agents)


MEDIUM_VERBS = {"say", "write", "post", "tweet", "announce", "comment", "respond", "reply", "speak", "warn", "complain", "argue"}


def _medium(target: str, sent, resolution) -> bool:
    """The target is named only as where something was said ("said on Twitter", "wrote on X")."""
    places = [t for t in sent if resolution.key_at(t.i) == target and t.pos_ != "PRON"]  # (not "its premise" taken for it)
    return bool(places) and all(t.dep_ == "pobj" and t.head.lower_ in ("on", "via") and t.head.head.pos_ == "VERB"
                                and t.head.head.lemma_.lower() in MEDIUM_VERBS for t in places)


def _others_targeted(span, event: Event, resolution) -> Event:
    """ "China's Ministry of Commerce said China firmly opposed ...": a body objects to others, not to its own
    country; "said on Twitter": the platform it spoke on is no party. Without a target left, the reaction is
    unconfirmed."""
    if event.type not in ("ConcernRaised", "PublicAppeal") or not event.agents or not event.targets:
        return event
    sent = span[0].sent
    targets = tuple(t for t in event.targets if not _own_country(t, event.agents, sent, resolution)
                    and not _medium(t, sent, resolution))
    if targets == event.targets:
        return event
    return Event(**{**event.__dict__, "targets": targets, "confidence": event.confidence if targets else min(event.confidence, 0.4)})


def _nearest_company(anchor, resolution, agents: set[str], *, own_clause: bool = False) -> list[str]:
    """A designation, ban, fine or suit whose object the parse did not reach: the first company or
    model named after the trigger in the same clause ("barring their use": the firm's drones)."""
    own = clause_verb(anchor) if own_clause else None
    for tok in anchor.sent:
        if tok.i <= anchor.i:
            continue
        if tok.dep_ in ("relcl", "advcl", "ccomp") and tok.i > anchor.i + 1:
            break
        key = resolution.key_at(tok.i)
        if key and key not in agents and resolution.category(key) in ("Company", "AIModel") \
                and (not own_clause or _in_clause(tok, anchor, own)) \
                and not any(a.dep_ == "prep" and joined_with(a) for a in tok.ancestors):
            return [key]
    return []


def _in_clause(tok, anchor, verb) -> bool:
    """The token belongs to the anchor's own clause: under the anchor, or under no verb but the anchor's
    (not "a year after Spotify complained", nor "hired the law firm X to conduct it")."""
    if tok in anchor.subtree or verb is None:
        return True
    before = tok.doc[tok.i - 1]
    if before.dep_ == "prep" and before.head.i in (anchor.i, verb.i):
        return True  # "opened an investigation into Orvane Inc.": right after the clause's own preposition, however parsed
    governing = next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), None)
    return governing is None or governing.i == verb.i


ALLEGING = {"allege", "claim", "contend", "argue", "assert", "charge"}


def _alleged_party(anchor, resolution, agents: set[str]) -> list[str]:
    """ "a lawsuit filed by Robby Starbuck, who alleges that Google's AI systems defamed him": a suit
    naming no defendant is against the party its plaintiff's allegation is about."""
    for verb in anchor.sent:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in ALLEGING or verb.i < anchor.i:
            continue
        if not set(subject_keys(verb, resolution)) & agents:
            continue  # the allegation is the plaintiff's own ("by Robby Starbuck, who alleges"), not an analyst's
        for clause in (c for c in verb.children if c.dep_ == "ccomp"):
            for subject in (c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")):
                keys = [k for k in phrase_keys(subject, resolution) if k not in agents
                        and resolution.category(k) in ("Company", "Organization", "GovernmentBody")]
                if keys:
                    return keys[:1]
    return []


APPEAL_VERBS = {"urge", "call", "ask", "press", "demand", "petition", "implore", "lobby", "exhort", "push"}


def _requested(verb) -> bool:
    """A clause that is what someone was urged to do: "urged the department to put X on the list"."""
    return _governor(verb, APPEAL_VERBS | {"letter", "petition", "appeal", "call", "request"}, any_advcl=True) is not None


def _governor(verb, lemmas, *, any_advcl: bool = False):
    """The word with one of these lemmas whose infinitive the verb is, up to three steps up: "told X to
    stop", "a directive for X to cease"; not "told staff that it stopped", which reports."""
    t = verb
    for _ in range(3):
        if t is None or t.head.i == t.i or not (t.dep_ in ("xcomp", "acl", "relcl")
                                                 or t.dep_ == "advcl" and (any_advcl and t.tag_ == "VB" or t.head.pos_ == "NOUN")):
            return None  # (an advcl in a tense of its own, "when X sued it, Y called ...", is no infinitive)
        t = t.head
        if t.lemma_.lower() in lemmas:
            return t
    return None


def _of_chain(nouns) -> list:
    """The nouns after "of" below these, up to three deep ("part of its archive of news stories")."""
    found, frontier = [], list(nouns)
    for _ in range(3):
        frontier = [p for n in frontier for c in n.children if c.dep_ == "prep" and c.lower_ == "of"
                    for p in c.children if p.dep_ == "pobj" and p.pos_ == "NOUN"]
        found += frontier
    return found


def _challenged_doer(anchor, resolution, agents: set) -> list[str]:
    """ "a petition ... challenging the seizure", after "The agency seized the money": whoever the story said did what
    a suit challenges, found by the verb its noun is made from."""
    challenged = [o for c in anchor.children if c.dep_ == "acl" and c.tag_ == "VBG" and c.lemma_.lower() in ("challenge", "contest")
                  for o in c.children if o.dep_ == "dobj" and o.pos_ == "NOUN"]
    return next((doers for noun in challenged for doers in [_doer_of(noun, resolution, agents)] if doers), [])


# endings that make a noun of a verb, after the verb or its stem ("seize": seizure, "fire": firing, "dismiss": dismissal)
NOUN_ENDINGS = ("", "e", "s", "ing", "ings", "ure", "ures", "al", "als", "ion", "ions", "ation", "ations", "ment", "ments")


def _made_from(noun: str, verb: str) -> bool:
    """The noun is the verb's own noun ("the firings" of "fired"), not a word that only begins like it ("the
    firms", "the position" of "posted")."""
    # (the verb, its final letter doubled or its "e" dropped, its "d" made "s": "banning", "seizure", "suspension")
    bases = {verb, verb + verb[-1], verb[:-1] if verb.endswith("e") else verb, verb[:-1] + "s" if verb.endswith("d") else verb}
    return any(noun == base + ending for base in bases for ending in NOUN_ENDINGS)


def _doer_of(noun, resolution, agents, *, same_word: bool = False) -> list[str]:
    """Who the story said, before the noun's sentence, did what the noun names, by the verb it is made from ("the
    seizure" after "the agency seized the money"; with same_word, "the order" after "the ministry ordered X to")."""
    # (a verb that acts on something: not "Zentrix seized on the news")
    for verb in reversed([t for t in noun.doc[:noun.sent.start] if t.pos_ == "VERB" and len(t.lemma_) >= 4
                          and any(c.dep_ == "dobj" for c in t.children)]):
        if _made_from(noun.lemma_.lower(), verb.lemma_.lower()) and (same_word or noun.lemma_.lower() != verb.lemma_.lower()):
            doers = [k for k in subject_keys(verb, resolution) if k not in agents
                     and resolution.category(k) in ("GovernmentBody", "Country", "Company", "Organization")]
            if doers:
                return doers[:1]
    return []


def _fronted_filing(anchor, row, resolution) -> list[str]:
    """ "In a petition filed on May 4 ..., Xiaomi said ...", "In a lawsuit filed on Monday, Vexa argued ...": a filing
    that opens the sentence is by whoever the sentence then has speak (not a letter: "In a letter to the senators,
    Kwon said" answers them)."""
    if row["type"] not in ("Lawsuit", "ConcernRaised") or anchor.dep_ != "pobj":
        return []
    prep = anchor.head
    if prep.lower_ != "in" or prep.i != anchor.sent.start or prep.head.lemma_.lower() not in speech_verbs():
        return []
    if any(t.dep_ == "agent" or t.dep_ == "prep" and t.lower_ in ("against", "by") for t in anchor.subtree):
        return []  # ("In a lawsuit filed against it in May, Lumio said", "In a complaint filed by consumer groups, ...")
    return [k for k in subject_keys(prep.head, resolution) if resolution.category(k) != "AIModel"]


# verbs that punish a party for what a "for" gerund says it did
PUNISHING = {"fine", "sue", "punish", "penalise", "penalize", "sanction", "censure", "reprimand", "charge", "prosecute"}


def _offence(anchor):
    """ "fined TikTok for notifying it late", "sued the government for banning its chatbot": the gerund under the
    punishment's "for" is the punished party's conduct, no action of the one punishing: the punished party (its
    token), or None."""
    if anchor.tag_ != "VBG" or anchor.dep_ != "pcomp" or anchor.head.lower_ != "for":
        return None
    verb = reason_verb(anchor.head)
    if verb_lemma(verb) not in PUNISHING:
        return None
    return next((c for c in verb.children if c.dep_ in ("dobj", "dative") and c.pos_ in ("PROPN", "NOUN", "PRON")
                 and not is_amount(c)), None)


def _conditional(verb) -> bool:
    """A clause under "if"/"unless", or the main clause such a condition hangs on; a clause in the
    present tense under "until"/"once"/"when" ("until Congress passes federal rules") is to come."""
    t = verb
    for _ in range(4):
        if any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in t.children):
            return True
        if t.tag_ in ("VBZ", "VBP") and any(c.dep_ in ("mark", "advmod") and c.lower_ in ("until", "once", "when") and c.i < t.i
                                             for c in t.children):
            return True
        if any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)
               for c in t.children):
            return True
        if t.head.i == t.i or t.dep_ not in ("xcomp", "conj", "advcl", "ccomp"):
            return False
        t = t.head
    return False


def _joint_inquiry(anchor, verb, row, resolution) -> list[str]:
    """ "fined X after a joint investigation with Y": the body that acted after its inquiry led it,
    with its partners."""
    if row["type"] != "Investigation" or verb is None or anchor.dep_ != "pobj" \
            or anchor.head.lower_ not in ("after", "following") or anchor.head.head.i != verb.i:
        return []
    return list(dict.fromkeys(subject_keys(verb, resolution) + prep_objects(anchor, {"with"}, resolution)))


def _according_to(sent, resolution) -> list[str]:
    """ "According to the company's report, ...": whose account a sentence gives."""
    for pobj in (p for tok in sent for p in according_to(tok)):
        return [k for k in phrase_keys(pobj, resolution) if resolution.category(k) != "AIModel"][:1]
    return []


def _reporting_party(anchor, resolution) -> list[str]:
    """'Trump noted that negotiations with Anthropic are progressing': the speaker is a party."""

    t = anchor
    for _ in range(6):
        if t.dep_ == "ccomp" and t.head.lemma_.lower() in speech_verbs():
            return subject_keys(t.head, resolution, strict=True)
        if t.head.i == t.i:
            break
        t = t.head
    return []


def _role_keys(anchor, deps, resolution) -> list[str]:
    keys = []
    for dep in deps:
        if dep.startswith("prep:"):
            keys.extend(prep_objects(anchor, {dep.split(":", 1)[1]}, resolution))
        else:
            keys.extend(k for c in anchor.children if c.dep_ == dep for k in phrase_keys(c, resolution))
    return list(dict.fromkeys(keys))


LEGISLATION = {"law", "bill", "act", "legislation", "statute"}
RULE_NOUNS = {"rule", "regulation", "direction", "directive", "guideline", "decree", "ordinance"}
DEAL_VALUES = {"worth", "valued"}  # what a deal is worth, between it and its other party
DEAL_NOUNS = {"deal", "agreement", "contract", "partnership", "pact", "accord", "memorandum", "settlement"}
HELPING = {"help", "let", "allow", "assist", "enable"}
# a sentence that says its speaker backs an action reports support, whatever negative words its reason holds
# (not the passive: "Zhipu, which is backed by Alibaba")
SUPPORTING = re.compile(r"\b(?:backed|welcomed|praised|supported|endorsed|applauded|hailed|lauded|commended)\b(?!\s+by\b)")
BRINGING = {"bring", "file", "lodge", "launch"}
ACCUSING = {"accuse", "charge", "sue"}
JOINT_VERBS = {"combine", "merge", "form", "create", "establish", "set", "launch", "integrate", "pool", "unite", "join"}
LEGAL_FILINGS = {"complaint", "lawsuit", "suit", "filing", "petition"}


def _object_lemmas(anchor, verb) -> set[str]:
    lemmas = {anchor.lemma_.lower()}
    if verb is not None:
        for child in verb.children:
            if child.dep_ in ("dobj", "nsubjpass", "attr", "pobj"):
                lemmas.add(child.lemma_.lower())
                if child.lower_ == "it" and child.dep_ in ("dobj", "nsubjpass"):
                    # "the Chamber passed the bill in May, and the Senate approved it": the law just named
                    lemmas.update(_law_before(child))
                # ("revoked his predecessor Joe Biden's order": the parser's apposition names the object)
                lemmas.update(c.lemma_.lower() for c in child.children if c.dep_ == "compound"
                              or c.dep_ == "appos" and child.pos_ == "NOUN")
                lemmas.update(p.lemma_.lower() for c in child.children if c.dep_ == "prep" and c.lower_ == "of"
                              for p in c.children if p.dep_ == "pobj")
            # ("a penalty issued under the act": not the act issued; "gave final approval to the law": the parser's dative)
            if child.dep_ in ("prep", "dative") and child.lower_ != "under":
                lemmas.update(p.lemma_.lower() for p in child.children if p.dep_ == "pobj")
        if verb.dep_ in ("relcl", "acl") and verb.head.lemma_.lower() in LEGISLATION and (
                verb.tag_ == "VBN" or any(c.dep_ == "nsubjpass" and c.tag_ == "WDT" for c in verb.children)):
            # "the law, (which was) passed by Congress": the law it describes (not "the controls, announced by the
            # department in 2022": a measure referred back to is reported already)
            lemmas.add(verb.head.lemma_.lower())
        if verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.lemma_.lower() in RULE_NOUNS \
                and any(c.dep_ == "agent" for c in verb.children):
            # "the directions, issued on April 28 by the agency": rules whose issuer the participle names (not "set
            # a new direction")
            lemmas.update((verb.head.lemma_.lower(), "rule"))
        if verb.dep_ == "relcl" and verb.head.lemma_.lower() in DEAL_NOUNS \
                and any(c.dep_ == "dobj" and c.tag_ == "WDT" for c in verb.children):
            lemmas.add(verb.head.lemma_.lower())  # "a cloud deal that Google and Amazon signed with Israel"
    return lemmas


# verbs by which a free relative names what it stands for ("what he called", "what it described as")
NAMING_VERBS = {"call", "describe", "term", "dub", "label", "brand"}


def _called_what(verb) -> list:
    """What "what he called X" stands for, when the parser hangs the free relative's "what" on "called"."""
    return [n for c in verb.children if c.dep_ == "ccomp" and c.lemma_.lower() in NAMING_VERBS
            and any(w.dep_ == "dobj" and w.lower_ == "what" for w in c.children)
            for n in [*(o for o in c.children if o.dep_ in ("oprd", "attr")),
                      *(p for a in c.children if a.dep_ == "prep" and a.lower_ == "as" for p in a.children if p.dep_ == "pobj")]]


def _law_before(pronoun) -> set[str]:
    """The law, bill or act an "it" refers back to: the last thing its sentence, or the one before, names as a
    subject or object before it, if that is one ("released a chatbot ..., and Lumio adopted it": the chatbot)."""
    doc = pronoun.doc
    start = doc[pronoun.sent.start - 1].sent.start if pronoun.sent.start > 0 else pronoun.sent.start
    # ("fast-tracked the text through the lower house, and the Senate approved it": the bill's text)
    nouns = [t.lemma_.lower() for t in doc[start:pronoun.i] if t.pos_ == "NOUN" and t.dep_ in ("nsubj", "nsubjpass", "dobj")]
    return {"bill"} if nouns and nouns[-1] in LEGISLATION | {"text"} else set()


def _targets(anchor, verb, row, resolution, agents, span=None) -> list[str]:
    keys: list[str] = []
    for dep in row.get("target_deps", []):
        if dep.startswith("prep:"):
            prep = dep.split(":", 1)[1]
            # "raised concerns with Beijing": the preposition may hang on the verb's object
            objects = [c for c in verb.children if c.dep_ == "dobj"] if verb is not None else []
            # "agreed to a $10 billion partnership with Humain": ... or on the object of the verb's preposition
            objects += [p for c in (verb.children if verb is not None and verb.i == anchor.i else ()) if c.dep_ == "prep"
                        and c.lower_ in ("to", "on", "in") for p in c.children if p.dep_ == "pobj" and p.pos_ == "NOUN"]
            # ("signed three contracts worth $200,000 with Sama": ... or on what describes that object)
            objects += [a for o in objects for a in o.children if a.dep_ in ("amod", "acl") and a.i > o.i and a.lower_ in DEAL_VALUES]
            # ("will license part of its archive of news stories to OpenAI": ... or on a noun of the object's "of" chain)
            objects += _of_chain([o for o in objects if o.dep_ == "dobj"])
            # "limits on chip exports to China": the preposition may hang on a noun inside the trigger
            # ("banned American companies from selling components to it": or on the gerund inside it)
            inside = [t for t in span if (t.pos_ == "NOUN" or t.tag_ == "VBG") and t.i != anchor.i] if span is not None else []
            # "a letter sent on Thursday to Google": ... or on the participle that describes the noun
            described = _sent_by_participle(anchor)
            # ("has struck paid deals with Google": the verb the parser took for an auxiliary, and its head)
            misparsed = [anchor.head] if anchor.dep_ == "aux" else []
            for tok in (anchor, verb, *objects, *inside, *described, *misparsed):
                if tok is not None:
                    keys.extend(prep_objects(tok, {prep}, resolution, partners=row["type"] in SYMMETRIC))
        elif dep.startswith("anchor_prep:"):
            keys.extend(prep_objects(anchor, {dep.split(":", 1)[1]}, resolution))
        elif dep == "own":
            keys.extend(k for c in anchor.children if c.dep_ in ("nmod", "poss", "npadvmod") for k in phrase_keys(c, resolution))
        elif dep == "poss":
            keys.extend(k for c in anchor.children if c.dep_ == "poss" for k in phrase_keys(c, resolution))
        elif dep == "dobj_owner" and verb is not None:
            # "directed the transport department to suspend Uber's ability to test": whose ability, not who is told
            keys.extend(k for o in object_tokens(verb, "dobj") for c in o.children if c.dep_ == "poss"
                        for k in phrase_keys(c, resolution))
        elif dep == "dobj_doer" and verb is not None:
            # "Vexa rejected the order as unlawful", after "the ministry ordered Vexa to hand over data": whose order
            keys.extend(k for o in object_tokens(verb, "dobj") if o.pos_ == "NOUN"
                        for k in _doer_of(o, resolution, agents, same_word=True))
        elif dep == "dobj_by" and verb is not None:
            # "halted the collection of iris data by Tools for Humanity": whose activity it is
            keys.extend(k for o in object_tokens(verb, "dobj") for c in o.children if c.dep_ == "prep" and c.lower_ == "by"
                        for p in c.children if p.dep_ == "pobj" for k in phrase_keys(p, resolution))
        elif dep == "called_what" and verb is not None:
            # "blamed what he called the reckless foreign policy of Ronald Lamola": whose is what the free relative names
            # (whoever it is "by", if the phrase says: "the abuse of Chile's privacy laws by Vexa Inc.")
            # (the parser may hang the "by" on "called")
            for n in _called_what(verb):
                doers = [k for p in (*n.children, *n.head.children) if p.dep_ == "prep" and p.lower_ == "by"
                         for o in p.children if o.dep_ == "pobj" for k in phrase_keys(o, resolution)]
                keys.extend(doers or phrase_keys(n, resolution))
        elif dep == "asker" and verb is not None:
            # "his request was turned down", "ignored the regulator's demands": whose request it was
            # ("agreed to the commission's demands": what is given in to)
            given_in_to = [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" for p in c.children if p.dep_ == "pobj"]
            asks = [o for o in object_tokens(verb, "dobj") + object_tokens(verb, "nsubjpass") + given_in_to
                    if o.lemma_.lower() in ASKING_NOUNS]
            keys.extend(k for o in asks for c in o.children if c.dep_ == "poss" for k in phrase_keys(c, resolution))
            # ("turned down an appeal by Tools for Humanity": whose appeal)
            keys.extend(k for o in asks for c in o.children if c.dep_ == "prep" and c.lower_ == "by"
                        for p in c.children if p.dep_ == "pobj" for k in phrase_keys(p, resolution))
            # ("rejected an application for an injunction brought by the group": whoever brought it)
            keys.extend(k for o in asks for t in o.subtree if t.dep_ == "acl" and t.tag_ == "VBN"
                        and t.lemma_.lower() in ("bring", "file", "make", "submit", "lodge") for a in t.children
                        if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj" for k in phrase_keys(p, resolution))
        elif dep == "object_infinitive":
            # "struck a deal in July to license part of the AP's archive", "signed an agreement to supply chips to
            # Humain": the party the deal's own infinitive names (the one paid or supplied, whose work is licensed)
            nouns = [anchor] if anchor.pos_ == "NOUN" else []
            nouns += [o for o in (verb.children if verb is not None else ()) if o.dep_ in ("dobj", "nsubjpass") and o.pos_ == "NOUN"]
            infinitives = [c for noun in nouns for c in noun.children if c.dep_ in ("acl", "relcl")]
            if nouns and verb is not None:  # ("struck a deal in July to license": the parser may hang it on the verb)
                infinitives += [c for c in verb.children if c.dep_ in ("advcl", "xcomp") and c.i > nouns[-1].i]
            for inf in infinitives:
                if is_infinitive(inf):
                    named = [k for o in inf.children if o.dep_ == "dative" for k in phrase_keys(o, resolution)]
                    named += [k for p in inf.children if p.dep_ == "prep" and p.lower_ in ("to", "with")
                              for o in p.children if o.dep_ == "pobj" for k in phrase_keys(o, resolution)]
                    named = named or [k for o in object_tokens(inf, "dobj") for k in phrase_keys(o, resolution)]
                    keys.extend(k for k in named if resolution.category(k) != "AIModel")
        elif dep == "governor_dobj":
            governor = _governor(verb, row.get("requires_governor", ()))
            if governor is not None:
                # (the passive's subject: "Zentrix was ordered to pay")
                keys.extend(k for o in object_tokens(governor, "dobj") + object_tokens(governor, "nsubjpass")
                            for k in phrase_keys(o, resolution))
        elif dep == "despite":
            # "refused to pause the tax despite objections from Washington": who pressed for it
            # ("refused to pause the tax despite ...": the parser may hang it on the infinitive)
            carriers = [anchor, *(c for c in anchor.children if c.dep_ == "xcomp")]
            if any(c.lemma_.lower() in NO_COMMENT for c in carriers[1:]):
                carriers = []  # "refused to comment despite repeated requests from Reuters": no party refused
            keys.extend(k for t in carriers for c in t.children if c.dep_ == "prep" and c.lower_ == "despite"
                        for n in c.children if n.dep_ == "pobj" and n.lemma_.lower() in PRESSING_NOUNS
                        for x in n.children if x.dep_ == "poss" or x.dep_ == "prep" and x.lower_ in ("from", "by")
                        for k in (phrase_keys(x, resolution) if x.dep_ == "poss" else prep_objects(n, {x.lower_}, resolution)))
        elif dep == "xcomp":
            # "refused to sign the EU's code", "declined to comply with the order"
            for comp in (c for c in anchor.children if c.dep_ == "xcomp"):
                # "agreed to pay Inflection $650 million", "agreed to hand the government 15% of the revenue from
                # H20 sales": the one paid, not what the sum is of
                given = [k for o in comp.children if o.dep_ == "dative" for k in phrase_keys(o, resolution)]
                # ("refused to help the FBI unlock the phones": the parser makes the one helped a clause's subject)
                helped = [k for c in comp.children if c.dep_ == "ccomp" and comp.lemma_.lower() in HELPING
                          for o in c.children if o.dep_ == "nsubj" for k in phrase_keys(o, resolution)]
                keys.extend(given or [k for o in object_tokens(comp, "dobj") for k in phrase_keys(o, resolution)]
                            or helped or _stake_in(comp, resolution))
                # "agreed to license part of its archive to OpenAI": the preposition may sit deeper
                for tok in comp.subtree:
                    if tok.dep_ == "prep" and tok.lower_ in ("with", "to") and tok.i > comp.i \
                            and not any(a.lower_ == "despite" for a in tok.ancestors):  # ("despite the risk to Ford")
                        keys.extend(k for p in tok.children if p.dep_ == "pobj" for k in phrase_keys(p, resolution))
        elif dep == "purpose":
            # "went to court to stop Orbitek from processing the scans": whom the action is taken to stop
            for comp in (c for c in anchor.children if c.dep_ in ("xcomp", "advcl") and any(a.lower_ == "to" for a in c.children)):
                # ("to overturn a government order": whose order it is)
                keys.extend(k for o in object_tokens(comp, "dobj") for k in phrase_keys(o, resolution) or action_owner(o, resolution))
        elif dep == "ccomp_subject":
            # "demanded that Meta immediately stop the misuse", "requested that OpenAI refrain from ...": the one
            # a that-clause in the base form (or with "should") tells to act
            for comp in (c for c in anchor.children if c.dep_ == "ccomp"):
                # ("demanded that both companies delete the app": after a demand, a plural's verb is the base form too)
                base = (is_base_form(comp) or comp.tag_ == "VBP") \
                    and not any(c.dep_ == "aux" and c.tag_ != "MD" for c in comp.children) \
                    or any(c.dep_ == "aux" and c.lower_ in ("should", "must") for c in comp.children) \
                    and not any(c.dep_ == "acomp" and c.lower_ == "able" for c in comp.children)
                # ('"We hope New Zealand will provide a level playing field"': what a speaker hopes a party will do)
                # (the party itself, doing something: not "We hope Vexa's customers will be safe", a wish)
                hoped = anchor.lemma_.lower() == "hope" and comp.lemma_.lower() != "be" \
                    and any(c.dep_ == "aux" and c.lower_ in ("will", "would") for c in comp.children)
                if hoped:
                    keys.extend(k for o in object_tokens(comp, "nsubj") for k in [resolution.key_at(o.i)] if k)
                elif base and any(c.dep_ == "mark" and c.lower_ == "that" for c in comp.children):
                    keys.extend(k for o in object_tokens(comp, "nsubj") for k in phrase_keys(o, resolution))
        elif dep == "dobj_name" and verb is not None:
            # "asked OpenAI to hand over documents", not "asks the court to order" nor "asks Chinese companies to"
            # ("asked her to withdraw the paper": a pronoun for a named party counts)
            # ("asked the two companies to review": a description of named parties, not "its committee", whose owner
            # is no one asked)
            keys.extend(k for o in object_tokens(verb, "dobj") if o.pos_ == "PROPN" or o.pos_ == "PRON" and o.lower_ in ("her", "him")
                        or o.pos_ == "NOUN" and not any(c.dep_ == "poss" for c in o.children)
                        for k in [resolution.key_at(o.i), *resolution.group_at(o.i)] if k and resolution.by_key[k].kind != "Court")
        elif verb is not None:
            if dep == "dobj" and anchor.i == verb.i or dep == "nsubjpass":
                for obj in object_tokens(verb, dep):
                    owner = action_owner(obj, resolution) if row["type"] in REACTIONS and obj.lemma_.lower() in OWNED_ACTIONS else []
                    if owner:  # "rebuked the French probe of X": France, whose probe it is
                        keys.extend(owner)
                        continue
                    keys.extend(phrase_keys(obj, resolution))
                    keys.extend(trailing_names(obj, resolution))
            elif dep == "dobj":
                for obj in object_tokens(verb, "dobj", exclude={anchor.i}):
                    keys.extend(phrase_keys(obj, resolution))
            elif dep.startswith("nsubj:") or dep.startswith("nsubjpass:") and anchor.dep_ == "pobj" and anchor.head.lower_ == "under":
                # "X faces a class action": the subject of one of these verbs is the target; "It still faces
                # other claims, including a lawsuit filed by Reddit": the verb may govern the listing noun
                lemmas = dep.split(":", 1)[1].split("|")
                facing = verb if verb.lemma_.lower() in lemmas else next(
                    (a for a in anchor.ancestors if a.pos_ == "VERB" and a.lemma_.lower() in lemmas
                     and any(t.lower_ in ("including", "among") for t in anchor.ancestors if t.i > a.i)), None)
                if facing is not None:
                    for obj in object_tokens(facing, dep.split(":", 1)[0]):
                        relative = obj.lower_ in ("which", "that", "who") and facing.dep_ == "relcl"
                        # "Huawei, which has been on a blacklist": the relative pronoun is its head
                        keys.extend(phrase_keys(facing.head if relative else obj, resolution))
            elif dep.startswith("dobj:"):
                # "A class action filed in Illinois accuses the company of ...": what the action accuses is its target
                if verb.lemma_.lower() in dep.split(":", 1)[1].split("|") and anchor.dep_ == "nsubj" and anchor.head.i == verb.i:
                    for obj in object_tokens(verb, "dobj"):
                        keys.extend(phrase_keys(obj, resolution))
            elif dep == "nsubj":
                for obj in object_tokens(verb, "nsubj"):
                    keys.extend(phrase_keys(obj, resolution))
            elif dep == "dative":
                keys.extend(k for c in verb.children if c.dep_ == "dative" for k in phrase_keys(c, resolution))
        keys = [k for k in keys if k not in agents]  # "renew its contract with X": "its" is the agent
        if keys:
            break
    if verb is not None:
        # "designated a dozen members of Kaspersky's leadership, among them ...": the parties a counted object lists
        keys = _included(verb, resolution, agents) or keys
    if not keys and row["type"] == "ExportRestriction" and verb is not None:
        # "required licences for sales of such chips to Saudi Arabia": where the restricted goods go
        keys.extend(k for tok in verb.subtree if tok.dep_ == "prep" and tok.lower_ == "to" and tok.head.lemma_.lower() in GOODS
                    for p in tok.children if p.dep_ == "pobj" for k in phrase_keys(p, resolution))
    if not keys and row["type"] in ("ExportRestriction", "UsageBan"):
        for tok in anchor.children:
            if tok.dep_ == "prep":
                for pobj in tok.children:
                    keys.extend(trailing_names(pobj, resolution))
    if not keys and row["type"] in REACTIONS:
        keys = _country_of_action(anchor, resolution)
    if not keys and row["type"] == "Lawsuit":
        # "a lawsuit brought by Elon Musk, who accuses OpenAI and its chief executive of ...": whom its bringer accuses
        keys.extend(k for c in anchor.children if c.dep_ == "acl" and c.lemma_.lower() in BRINGING
                    for a in c.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"
                    for clause in p.children if clause.dep_ == "relcl" and clause.lemma_.lower() in ACCUSING
                    for o in clause.children if o.dep_ == "dobj" for k in phrase_keys(o, resolution))
    if not keys and row["type"] == "Agreement":
        # "signed a deal allowing OpenAI to use its content": the party the deal lets in
        for noun in [anchor, *(c for c in anchor.children if c.dep_ == "dobj")]:
            for clause in (c for c in noun.children if c.dep_ in ("acl", "relcl", "advcl") and c.tag_ == "VBG"):
                keys.extend(k for o in clause.children if o.dep_ in ("dobj", "dative") for k in phrase_keys(o, resolution))
                keys.extend(k for comp in clause.children if comp.dep_ in ("ccomp", "xcomp")
                            for o in comp.children if o.dep_ == "nsubj" for k in phrase_keys(o, resolution))
    return [k for k in dict.fromkeys(keys) if k not in agents]


HOLDINGS = {"stake", "share", "holding", "interest", "equity"}


def _stake_in(verb, resolution) -> list[str]:
    """ "agreed to take a 9.9% stake in Intel", "agreed to buy $2 billion of its shares": a deal to buy
    into a company is made with that company (not one to sell a stake, made with the buyer)."""
    if verb.lemma_.lower() not in BUYING:
        return []
    keys = []
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        # the holding is the object, or what an amount of it is of ("$2 billion of its shares")
        for tok in [obj, *(p for c in obj.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj")]:
            if tok.lemma_.lower() in HOLDINGS and tok.pos_ == "NOUN":
                keys.extend(prep_objects(tok, {"in", "of"}, resolution))
                keys.extend(k for c in tok.children if c.dep_ == "poss" for k in phrase_keys(c, resolution))
    return keys


BUYING = {"buy", "take", "acquire", "purchase", "invest"}


SENDING = {"send", "address", "write", "deliver", "submit", "file", "direct"}


def _sent_by_participle(anchor) -> list:
    """ "a letter sent on Thursday to Google", "a complaint filed with the agency": the participle that
    describes the noun, on which its addressee's preposition may hang."""
    if anchor.pos_ != "NOUN":
        return []
    # ("the High Court case it brought against X": a relative clause of bringing does too)
    return [c for c in anchor.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in SENDING
            or c.dep_ == "relcl" and c.lemma_.lower() in BRINGING]


def _country_of_action(anchor, resolution) -> list[str]:
    """ "voiced opposition to American restrictions": the country whose action is reacted to."""
    for tok in anchor.subtree:
        if tok.i > anchor.i and tok.lemma_.lower() in ACTION_NOUNS | {"pressure", "sanction", "tariff"}:
            for mod in tok.children:
                if mod.dep_ in ("amod", "compound"):
                    key = resolution.country_of_adjective(mod)
                    if key:
                        return [key]
    return []


def _condemns(verb) -> bool:
    """ "called the posts 'irresponsible'", "described it as a rollback": the complement the verb gives its
    object (not "called Macron amid opposition to the deal") condemns a party or its work, not an action."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if not objects or objects[0].lemma_.lower() in VERDICT_OBJECTS:
        return False  # "called the veto a setback": a verdict on an action, whose party objections() finds
    start = verb.sent.start
    before = verb.doc[verb.doc[start - 1].sent.start:verb.i] if start > 0 else verb.doc[start:verb.i]
    if objects[0].lower_ in ("it", "this", "that") and any(t.lemma_.lower() in VERDICT_OBJECTS and t.pos_ == "NOUN" for t in before):
        # "The fine drew an angry response from Trump, who called it unfair", "... the package. EDRi described
        # it as a rollback": "it" is the action
        return False
    complements = [c for c in verb.children if c.dep_ in ("oprd", "acomp", "attr", "xcomp")
                   or c.dep_ == "prep" and c.lower_ == "as"]
    return bool(complements) and _verdict_words().search(" ".join(t.lower_ for c in complements for t in c.subtree)) is not None


# words that condemn in what is said, but in a complement name no verdict ("called it a concern")
NOT_VERDICTS = {"concern", "concerns", "opposition", "criticism", "oppose", "opposed", "criticised", "criticized", "condemned"}


@lru_cache(maxsize=1)
def _condemning_words():
    """Words of condemnation at a word's start, with their endings ("concerns", "abused"), but not the
    preposition "concerning" ("the licence condition concerning Huawei")."""
    words = sorted(negative_evaluations(), key=len, reverse=True)
    return re.compile(r"(?<!\w)(?!concerning\b)(?:" + "|".join(re.escape(w) for w in words) + r")")


@lru_cache(maxsize=1)
def _verdict_words():
    """One pattern for every word that condemns as a verdict's complement, as whole words."""
    words = sorted({*negative_evaluations(), *verdict_evaluations()} - NOT_VERDICTS, key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in words) + r")(?!\w)")


def _event_for(span, row, resolution, article_date):
    position = row.get("anchor", 0)
    anchor = span[-1] if position == len(row["pattern"]) - 1 else span[position]
    if anchor.pos_ == "AUX" and anchor.dep_ in ("aux", "auxpass") and not any(c.dep_ == "nsubj" for c in anchor.children):
        # "had raised concerns": the event is the main verb (not "Reddit has struck paid deals", where the
        # parser made "struck" an auxiliary with the subject of its own)
        anchor = anchor.head
    verb = clause_verb(anchor)
    if row.get("requires_verb") and (verb is None or verb.lemma_.lower() not in row["requires_verb"]):
        return None
    if row.get("forbids_verb") and verb is not None and verb.lemma_.lower() in row["forbids_verb"]:
        return None
    if row.get("requires_object") and not (_object_lemmas(anchor, verb) & set(row["requires_object"])):
        return None
    if row.get("requires_titled_agent") and not any(_titled_subject(c) for c in (verb.children if verb is not None else ())
                                                     if c.dep_ == "nsubj"):
        return None
    if row.get("requires_infinitive") and not any(
            is_infinitive(t) and (anchor in t.ancestors or t.head.i == anchor.head.i and t.i > anchor.i) for t in anchor.sent):
        return None
    if row.get("requires_dobj") and not any(
            o.lemma_.lower() in row["requires_dobj"] or any(c.dep_ == "compound" and c.lemma_.lower() in row["requires_dobj"] for c in o.children)
            for o in (anchor.children if anchor.pos_ in ("VERB", "AUX") else ()) if o.dep_ in ("dobj", "nsubjpass")):
        return None
    # ("required permits for purchases of chips": also what the object is for)
    if row.get("forbids_object") and ((_object_lemmas(anchor, verb) | {
            p.lemma_.lower() for o in _verb_objects(verb) for c in o.children if c.dep_ == "prep" and c.lower_ == "for"
            for p in c.children if p.dep_ == "pobj"} | {
            # ("declined to supply a figure": what the infinitive would have given)
            o.lemma_.lower() for x in (anchor.children if anchor.pos_ == "VERB" else ()) if x.dep_ == "xcomp"
            for o in x.children if o.dep_ == "dobj"}) & set(row["forbids_object"])):
        return None
    if row.get("forbids_own_object") and any(
            o.lemma_.lower() in row["forbids_own_object"] and any(c.dep_ == "poss" for c in o.children)
            and all(c.lower_ in ("its", "their", "his", "her", "our", "my") for c in o.children if c.dep_ == "poss")
            for o in _verb_objects(verb)):
        return None  # "will not renew its permit": its own permit lapses, no one is refused
    if row.get("forbids_noun_infinitive") and anchor.dep_ in ("acl", "relcl") and is_infinitive(anchor):
        return None
    if row.get("requires_with") and not any(
            w.lemma_.lower() in row["requires_with"] for c in anchor.children if c.dep_ == "prep" and c.lower_ == "with"
            for w in c.subtree if w.pos_ in ("NOUN", "VERB")):
        return None  # "charged X with fraud", not "charged the agency with drafting rules" nor "with a fee"
    if row.get("requires_xcomp") and not any(c.dep_ == "xcomp" and c.lemma_.lower() in row["requires_xcomp"] for c in anchor.children):
        return None
    if row.get("requires_text") and not any(w in span.sent.text.lower() for w in row["requires_text"]):
        return None
    if row.get("forbids_words") and {t.lower_ for t in span.sent} & set(row["forbids_words"]):
        return None  # "Under the settlement, Vexa will stop selling ...": a term imposed, not a withdrawal
    if row.get("requires_verdict") and not _condemns(anchor):
        return None
    if row.get("requires_named_head") and not any(
            c.dep_ in ("nsubjpass", "dobj") and resolution.key_at(c.i) for c in anchor.children):
        return None  # "Tan was received by Trump", not "Nvidia's application was received by the department"
    if row.get("requires_child_deps") and not any(
            c.dep_ == dep or (dep.startswith("prep:") and c.dep_ == "prep" and c.lower_ == dep[5:])
            for c in anchor.children for dep in row["requires_child_deps"]):
        return None
    # ("a letter sent on Thursday to Google": the preposition may hang on the participle that describes the noun)
    described = _sent_by_participle(anchor)
    # ("will invest $1 billion in OpenAI": the preposition may hang on the amount the verb takes)
    amounts = [c for c in anchor.children if c.dep_ == "dobj" and is_amount(c)] if anchor.pos_ == "VERB" else []
    # ("discussed the proposal with the ministry": the preposition may hang on the verb's object)
    objects = [c for c in anchor.children if c.dep_ == "dobj"] if anchor.pos_ == "VERB" else []
    if row.get("requires_prep") and not any(c.dep_ in ("prep", "dative") and c.lower_ in row["requires_prep"]
                                            for t in (anchor, verb, *described, *amounts, *objects, *_of_chain(objects))
                                            if t is not None
                                            for c in t.children):
        return None
    if row.get("forbids_prep") and any(c.dep_ == "prep" and c.lower_ in row["forbids_prep"]
                                       for t in (anchor, *objects) for c in t.children):
        return None  # "rejected the decision as unfair": a judgement of it, not a refusal
    if row.get("forbids_governor") and verb is not None and _governor(verb, row["forbids_governor"]) is not None:
        return None  # "ordered Replika to suspend its service": the one who orders acts (another row)
    if verb is not None and _conditional(verb):
        return None  # "If it finds a breach, Ofcom can impose a fine": a possibility, not an action
    offender = _offence(anchor)
    if offender is not None and row["type"] in REACTIONS:
        return None  # "fined TikTok for notifying it late": what the party is punished for, no objection
    governor = None
    if row.get("requires_governor"):
        governor = _governor(verb, row["requires_governor"])
        if governor is None:
            return None  # "it had stopped using the content": a choice, not a ban
    elif row["type"] == "UsageBan" and verb is not None:
        # "ordered them to phase out equipment from the two suppliers": whoever orders bans, not the ones ordered
        governor = _governor(verb, ORDERING)
        if governor is None and verb.dep_ == "ccomp" and is_infinitive(verb) and is_passive(verb) \
                and verb.head.lemma_.lower() in ORDERING:
            governor = verb.head  # "ordered social media platform Vexa to be blocked" (parsed as a clause)
    light = verb is not None and (verb.lemma_.lower() in row.get("via_verbs", ()) or verb.lemma_.lower() in role_cues()["light_verbs"]) \
        and not _what_a_suit_is_over(anchor, verb)
    nominal = anchor.pos_ in ("NOUN", "PROPN") and verb is not None and anchor.i != verb.i  # "the Entity List" is a PROPN
    # "imposed restrictions" and "added X to the list" take the clause's subject as agent; "reconsider
    # the restrictions" and "following a jailbreak" do not (talks are the exception: "after talks with")
    # ("France pressed during those negotiations": a bare talks noun refers back, its parties are not the subject)
    talks_with = row["type"] in SYMMETRIC and any(c.dep_ == "prep" and c.lower_ in ("with", "between") for c in anchor.children)
    verb_for_agent = None if nominal and not light and not talks_with else verb
    agents = subject_keys(verb_for_agent, resolution) if verb_for_agent is not None else []
    if not agents and verb_for_agent is not None:
        # "Seven civic groups, including A and B, demanded ...": the names a plural subject counts act
        agents = [k for c in verb_for_agent.children if c.dep_ == "nsubj" and c.tag_ == "NNS"
                  for k in counted_keys(c, resolution) if resolution.category(k) != "Person"]
    if nominal and anchor.dep_ in ("nsubj", "nsubjpass") and anchor.head.i == verb.i:
        # "a review of TikTok by CFIUS is continuing": not the names inside the trigger's own phrase
        own = {k for t in anchor.subtree for k in [resolution.key_at(t.i)] if k}
        agents = [a for a in agents if a not in own]
    if verb_for_agent is not None and any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in GOODS for c in verb_for_agent.children):
        # "exports of its H20 chip will require a licence": the goods are no agent; whoever said so is
        agents = subject_keys(verb_for_agent.head, resolution) if verb_for_agent.dep_ == "ccomp" else []
    if row.get("agent_deps"):
        agents = _role_keys(anchor, row["agent_deps"], resolution)
    if row.get("agent_from") == "clause" and verb is not None:
        # "Rite Aid has been banned ... under a settlement with the FTC": the party the clause is about, active or passive
        clause = verb  # ("banned from using ... under a settlement": the clause's subject, above the gerund)
        for _ in range(4):
            if any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children) or clause.head.i == clause.i:
                break
            clause = clause.head
        agents = [k for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") for k in phrase_keys(c, resolution)]
    if row.get("agent_from") == "speaker" and verb is not None:
        # "the CAC said Micron's products carried security risks": the speaker designates
        speech = verb.head if verb.dep_ in ("ccomp", "relcl", "conj") else None
        if speech is not None and speech_verbs().get(speech.lemma_.lower()) == "disputes":
            return None  # "denied that it posed any security threat": no designation
        agents = subject_keys(speech, resolution) if speech is not None else []
    if anchor.pos_ == "NOUN" or nominal:  # ("the Commerce Department's Entity List": a proper noun's possessor too)
        poss = [c for c in anchor.children if c.dep_ == "poss"]
        if poss and (not agents or verb_for_agent is None) and not row.get("agent_deps"):
            agents = phrase_keys(poss[0], resolution)
            if anchor.pos_ == "PROPN":
                # ("Zentrix Corp.'s Entity List listing": a list is a government's, whoever else is named on it)
                agents = [a for a in agents if resolution.category(a) in ("GovernmentBody", "Country")]
        by = prep_objects(anchor, {"by"}, resolution)
        # "a class action filed by three artists": the participle's agent acts
        # (not "the lawsuit, first reported by Reuters": who reported it)
        participles = [(c, k) for c in anchor.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() not in REPORTING
                       for a in c.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"
                       for k in phrase_keys(p, resolution) or trailing_names(p, resolution, PARTIES)]
        by += [k for _c, k in participles]
        # "approved the penalty in a case brought by the ACCC": a participle the trigger itself matched names who
        # acted, not the clause's subject
        agents = [k for c, k in participles if span.start <= c.i < span.end] or agents
        if light and participles and verb is not None and verb.lemma_.lower() in ("lose", "win"):
            agents = [k for _c, k in participles]  # "Vexa won a lawsuit brought by Lumio": Lumio sued
        # "an investigation the regulator opened": the relative clause's subject acts
        # ("a penalty Apple is challenging": only a verb that does the act makes its subject the agent)
        relative = [k for c in anchor.children if c.dep_ in ("relcl", "acl") and c.lemma_.lower() in role_cues()["light_verbs"]
                    for s in c.children if s.dep_ in ("nsubj",) for k in phrase_keys(s, resolution, strict=True)]
        agents = agents or by or relative or _joint_inquiry(anchor, verb, row, resolution) or _fronted_filing(anchor, row, resolution)
        if not agents and row["type"] not in REACTIONS | {"Lawsuit", "Negotiation", "Agreement"}:
            # "a US trade blacklist", "Chinese sanctions": the country or body that modifies the measure
            agents = modifying_bodies(anchor, resolution)
    if governor is not None and governor.pos_ in ("VERB", "AUX") and (
            any(c.dep_ in ("dobj", "nsubjpass") for c in governor.children) or verb is not None and verb.head.i == governor.i
            and verb.dep_ == "ccomp"):
        # "the regulator ordered OpenAI to stop", "OpenAI was ordered by the regulator to pay a fine": the one
        # who orders bans or fines
        agents = subject_keys(governor, resolution)
    if not agents and verb is not None and anchor.i == verb.i and is_passive(verb):
        # "was fined under the bloc's Digital Markets Act": whose law it was applied under
        agents = [k for c in verb.children if c.dep_ == "prep" and c.lower_ in ("under", "by")
                  for p in c.children if p.dep_ == "pobj" for q in p.children if q.dep_ == "poss"
                  for k in phrase_keys(q, resolution) if resolution.category(k) in ("Country", "GovernmentBody")]
    if not agents and row["type"] in ("UsageBan", "ModelWithdrawal") and verb is not None and anchor.i == verb.i and is_passive(verb) \
            and anchor.lemma_.lower() in BANNING_VERBS and not any(c.dep_ == "nsubjpass" and {c.lemma_.lower(), c.lower_} & NOT_BANNED
                                                                    for c in verb.children):
        # "Lumio was banned in Chile last year", "has been blocked in Turkey since March": the country it was banned in
        # (not "her account was suspended in Brazil", "trading was suspended in Norway": no product's ban)
        agents = [k for c in verb.children if c.dep_ == "prep" and c.lower_ == "in"
                  for p in c.children if p.dep_ == "pobj" for k in [resolution.key_at(p.i)] if k and resolution.category(k) == "Country"]
    if not agents and row["type"] == "Investigation" and anchor.pos_ == "NOUN":
        # "was placed under formal investigation in France": the country that investigates
        agents = [k for c in anchor.children if c.dep_ == "prep" and c.lower_ == "in"
                  for p in c.children if p.dep_ == "pobj" for k in [resolution.key_at(p.i)] if k and resolution.category(k) == "Country"]
    if row["type"] == "Lawsuit":
        agents = [a for a in agents if resolution.by_key[a].kind != "Court"]  # a court hears a suit
    # a model does nothing of its own accord: "ChatGPT raised concerns" is its maker's doing, or a misparse
    agents = [a for a in agents if resolution.category(a) != "AIModel"]
    if verb is not None and any(c.dep_ == "nsubj" and c.lemma_.lower() in MARKET_MEASURES for c in verb.children):
        agents = []  # "Alibaba shares declined to ...": a price does nothing either
    if row["type"] in SYMMETRIC and not agents:
        agents = _reporting_party(anchor, resolution)
    if row["type"] == "SafeguardBypass" and not agents and any(
            resolution.category(t) == "AIModel" for t in _targets(anchor, verb, row, resolution, set(), span)):
        # "the attackers got past Claude's safety training, according to the company's report": unnamed attackers
        # of a named model; whoever reports the bypass found it
        agents = _reporting_party(anchor, resolution) or _according_to(anchor.sent, resolution)
    if offender is not None:
        agents = phrase_keys(offender, resolution)  # "fined Lumio for banning Zentrix's chatbot": Lumio banned it
    targets = _targets(anchor, verb, row, resolution, set(agents), span)
    if not targets and governor is not None and verb is not None and anchor.i == verb.i and is_passive(verb):
        # "ordered social media platform X to be blocked": what the order says is to be banned
        targets = [k for c in governor.children if c.dep_ == "dobj" for k in phrase_keys(c, resolution) if k not in agents]
    if governor is not None and not row.get("requires_governor"):
        # (the ones ordered to phase the equipment out are not what is banned)
        ordered = {k for c in governor.children if c.dep_ == "dobj" for k in phrase_keys(c, resolution)}
        targets = [t for t in targets if t not in ordered] or targets
    if row.get("requires_named_target") or row.get("forbids_named_target"):
        # the object of the row's own preposition names a party itself ("with the Pentagon"), not through a
        # possessive ("with the authority's decision")
        preps = {d.split(":", 1)[1] for d in row.get("target_deps", ()) if d.startswith(("prep:", "anchor_prep:"))}
        named = any(resolution.key_at(p.i) for c in anchor.children if c.dep_ == "prep" and c.lower_ in preps
                    for p in c.children if p.dep_ == "pobj")
        if row.get("requires_named_target") and not named or row.get("forbids_named_target") and named:
            return None
    if not targets and agents and _joint_inquiry(anchor, verb, row, resolution):
        # ... and was of the party it then acted on ("fined X after an investigation")
        targets = [k for c in verb.children if c.dep_ in ("dobj", "dative", "nsubjpass")
                   for k in phrase_keys(c, resolution) if k not in agents]
    if not targets and row["type"] == "Investigation" and anchor.dep_ == "nsubj" and verb is not None and anchor.head.i == verb.i:
        # "an investigation by the office found that the company had advertised ...": whom it found about
        targets = [k for c in verb.children if c.dep_ == "ccomp" for s in c.children if s.dep_ in ("nsubj", "nsubjpass")
                   for k in phrase_keys(s, resolution) if k not in agents]
    if not targets and agents and row["type"] in SYMMETRIC:
        targets = _among_them(anchor, resolution, set(agents))
    if not targets and agents and row["type"] in ("Lawsuit", "ConcernRaised"):
        # ("the complaint ... alleges that OpenAI copied ...": whom the complaint accuses)
        targets = _alleged_party(anchor, resolution, set(agents)) or _challenged_doer(anchor, resolution, set(agents))
    # ("accused 'hostile elements' of using the service": whom an accusation names, even unnamed, is the accused)
    accused_unnamed = anchor.lemma_.lower() in ("accuse", "blame") and any(
        c.dep_ == "dobj" and c.tag_ == "NNS" and not resolution.key_at(c.i) and c.i not in resolution.resolved_refs
        for c in anchor.children)
    if not targets and agents and row["type"] in TARGETED - SYMMETRIC - {"PublicAppeal", "Refusal"} and not row.get("named_target_only") \
            and not accused_unnamed:
        # (an inquiry's guessed target must be in its own clause: not "opened in 2020, a year after Spotify complained")
        targets = _nearest_company(anchor, resolution, set(agents), own_clause=row["type"] == "Investigation")
    if row["type"] == "Refusal":
        # "declined to license Llama to the military": a product is never the one refused
        targets = [t for t in targets if resolution.category(t) != "AIModel"]
    if row["type"] in SYMMETRIC:
        # a product is what a deal or talks are about, never a party to them
        agents = [a for a in agents if resolution.category(a) != "AIModel"]
        targets = [t for t in targets if resolution.category(t) != "AIModel"]
    # ("Vexa and Lumio agreed to settle the charges": each settles with whoever charged it, not with the other; not
    # "agreed to settle their patent dispute", "... their lawsuits against each other")
    settling = any(c.dep_ == "xcomp" and c.lemma_.lower() == "settle" and any(
        o.dep_ == "dobj" and o.lemma_.lower() in CHARGES and not any(p.dep_ == "poss" for p in o.children) for o in c.children)
        for c in anchor.children) and "each other" not in anchor.sent.text.lower()
    if row["type"] in SYMMETRIC and len(agents) > 1 and not settling and (
            not targets or _between_subjects(verb, resolution) and not _with_party(anchor, verb, resolution)):
        # "Naver and SoftBank agreed to combine Line with Yahoo Japan": the deal is between the subjects, not
        # with what it is about ("Kestrel and Halden signed a deal with Norvik" has its other side)
        agents, targets = agents[:1], agents[1:]
    elif row["type"] in SYMMETRIC and not agents and len(targets) > 1:
        agents, targets = targets[:1], targets[1:]  # "negotiations between G42 and the Commerce Department"
    if row["type"] not in SYMMETRIC and verb is not None and not is_passive(verb) and set(targets) & set(agents):
        targets = [t for t in targets if t not in agents]
    if not targets and agents and row["type"] == "ModelWithdrawal" and all(resolution.category(a) == "Company" for a in agents) \
            and _object_lemmas(anchor, verb) & OWN_PRODUCTS:
        targets = agents[:1]  # "Apple switched off the feature": an unnamed product of its own stands for the company
    if row["type"] == "UsageBan" and agents and all(resolution.category(a) == "Company" for a in agents) and verb is not None \
            and any(c.dep_ == "prep" and c.lower_ == "from" and any(
                p.dep_ == "pobj" and (k := resolution.key_at(p.i)) and (k in agents or resolution.category(k) in ("AIModel", "Company"))
                for p in c.children) for c in [*anchor.children, *verb.children]):
        return None  # "banning the country's military from Facebook": a company shuts someone out of its platform
    if row["type"] == "PublicAppeal":
        targets = [t for t in targets if resolution.by_key[t].kind != "Court"]  # asking a court is part of a suit
    if row["type"] == "Lawsuit":
        # "challenged the order at the Administrative Appeals Tribunal": the court the trigger goes to hears the suit
        heard = {resolution.key_at(t.i) for t in span} - {None}
        targets = [t for t in targets if not (t in heard and resolution.by_key[t].kind == "Court")]
    if "dobj_name" in row.get("target_deps", ()) and not targets:
        return None  # "asked employees to return": only asking a named party is an appeal
    if row.get("target_categories"):  # "blocked Grok" bans a product; "blocked the merger" does not
        targets = [t for t in targets if resolution.category(t) in row["target_categories"]]
        if not targets:
            return None
    if row.get("forbids_target_categories") and any(resolution.category(t) in row["forbids_target_categories"] for t in targets):
        return None  # "suspended a new Zentrix data-sharing rule": a company's own rule, no regulation rolled back
    if row["type"] == "UsageBan" and governor is not None and any(resolution.category(a) in ("Company", "Organization") for a in agents) \
            and any(resolution.key_at(o.i) not in (None, *agents) for o in governor.children if o.dep_ in ("dobj", "dative")):
        return None  # "Kelvar Labs wrote to Vexa, ordering it to stop": a company orders its own staff, bans no other party
    if row.get("agent_categories") and any(resolution.category(a) not in row["agent_categories"] for a in agents):
        return None  # a company blocking a tool is no authority's ban
    if row.get("forbids_agent_words") or row.get("requires_agent_words"):
        subject_words = {c.lemma_.lower() for c in (verb.children if verb is not None else ()) if c.dep_ in ("nsubj", "nsubjpass")}
        if subject_words & set(row.get("forbids_agent_words", ())):
            return None  # "Italy's privacy regulator sanctioned Vexa": a regulator's sanction, though the country stands for it
        if row.get("requires_agent_words") and not subject_words & set(row["requires_agent_words"]):
            return None  # ... and only such a subject makes a country's sanction a fine
    if row.get("forbids_agent_kinds") and any(resolution.by_key[a].kind in row["forbids_agent_kinds"] for a in agents):
        return None  # "the court ordered Uber to disclose the data": a court's order in a case is no inquiry
    if row.get("agent_kinds") and not (agents and all(resolution.by_key[a].kind in row["agent_kinds"] for a in agents)):
        return None  # "the bill cleared the Senate": only a legislature a bill passes issues it
    # (a bare infinitive the parser makes a clause: "made ChatGPT refuse sexual requests")
    if row.get("forbids_xcomp") and any((c.dep_ == "xcomp" or c.dep_ == "ccomp" and c.tag_ == "VB") and c.lemma_.lower() in row["forbids_xcomp"]
                                        for c in anchor.children):
        return None  # "Reuters asked Apple to comment": a newsroom's question, not an appeal
    if verb is not None and anchor.i == verb.i and _requested(verb) and row["type"] not in REACTIONS:
        return None  # "urged the Commission to pause the act": asked for, not done
    if (row.get("requires_agent") and not agents) or (row.get("requires_agent_or_target") and not (agents or targets)):
        return None
    if row.get("requires_plural_or_prep") and anchor.tag_ != "NNS" and not targets:
        return None
    kind = row["type"]
    categories = {resolution.category(a) for a in agents}
    if kind == "ModelWithdrawal" and agents and categories <= {"GovernmentBody", "Country"}:
        kind = "UsageBan"  # "the regulator suspended downloads of DeepSeek": someone else's product is banned
    elif kind == "UsageBan" and agents and categories <= {"GovernmentBody", "Country"} and _barred_from_buying(anchor, targets, resolution):
        kind = "ExportRestriction"  # "barred Korvex from buying American chips": a named company cut off from goods
    elif kind == "ExportRestriction" and agents and _sold_at_home(span, anchor, agents, resolution):
        kind = "UsageBan"  # "banned sales of Kaspersky software in the United States": its own market closed to a product
    elif kind == "UsageBan" and agents and categories <= {"Company"} and targets and _own_product(anchor.sent, targets, agents, resolution):
        kind = "ModelWithdrawal"  # "Korvex will bar users under 18 from its chatbot": a company withdrawing its own
    if kind in ("UsageBan", "ExportRestriction") and agents and categories <= {"Company"} and _access_to_its_own(span) \
            and all(resolution.category(t) in ("Country", "AIModel") for t in targets):
        # (not "blocked access to its website for Vexa's crawler": a named party shut out)
        # "OpenAI blocked access to its developer services from China": a company withdrawing its own offering
        kind, targets = "ModelWithdrawal", [t for t in targets if resolution.category(t) == "AIModel"]
    elif kind == "ExportRestriction" and "access" in span.text.lower() and targets \
            and {resolution.category(t) for t in targets} <= {"Company", "AIModel"}:
        kind = "UsageBan"  # "blocked access to DeepSeek"; "restricted China's access to chips" stays an export curb
    elif kind == "ExportRestriction" and any(t.lower_ in ("sale", "sales") or t.lemma_ == "sell" for t in span) and targets \
            and {resolution.category(t) for t in targets} <= {"Company", "AIModel"} and not _sold_abroad(anchor, agents, resolution):
        # "Indonesia banned sales of the iPhone 16", "barred it from selling iPhones in the country": sold at home, not
        # "banned sales of the H20 to China"
        kind = "UsageBan"
    if _told_by_a_model(verb if verb is not None else anchor, resolution):
        return None  # "ChatGPT replied that the case had been brought by X": what a chatbot says happened, did not
    mood = modality(anchor, verb)
    if row.get("stative"):
        # "urged Microsoft to scrap the company's contract with ICE": the contract exists; "its proposed deal": not yet
        mood = "planned" if any(c.dep_ == "amod" and c.lower_ in PROSPECTIVE for c in anchor.children) else "asserted"
    # ("urged Vexa to leave rather than comply": what was urged, not done)
    urged = any(a.lemma_.lower() in ("urge", "ask", "call", "press", "demand", "tell", "want", "encourage") for a in anchor.ancestors)
    if (any(t.dep_ == "neg" for t in span) or span[0].lower_ == "rather" and not urged) \
            and (mood == "negated" or kind in ("Refusal", "ModelWithdrawal") and mood == "planned"):
        # "will not sign", "will not release X in Europe", "would leave rather than comply": the negation is the
        # trigger itself (a refusal, a withdrawal), not a denial of it; saying one will not do a thing is the
        # refusal, done when it is said
        mood = "asserted"
    if kind == "SafeguardBypass" and mood == "planned" and verb is not None and is_passive(verb) \
            and [c.lower_ for c in verb.children if c.dep_ == "aux"] in (["could"], ["can"]):
        mood = "asserted"  # "chatbots could be pushed past their guardrails": what testers did, not a plan
    if kind == "Agreement" and mood == "planned" and anchor.lemma_.lower() in COMMITMENTS \
            and [c.lower_ for c in anchor.children if c.dep_ == "aux"] == ["will"] and anchor.i > anchor.sent.start \
            and anchor.sent[-1].text != "?" and targets and all(resolution.category(t) in ("Company", "Organization") for t in targets) \
            and (anchor.dep_ == "ROOT" or anchor.dep_ == "ccomp" and anchor.head.lemma_.lower() in ("say", "announce", "confirm")):
        # (not "Lumio expects it will license its archive": an expectation)
        mood = "asserted"  # "Disney will invest $1 billion in OpenAI": the commitment is the deal, made when announced
    if mood == "planned" and kind in DECIDED_MEASURES and (_decided(anchor, verb) or _kept(anchor, verb)):
        mood = "asserted"
    acting = _acting_clause(verb)
    staff = _staff_subject(acting) if kind in STAFF_ACTIONS and acting is not None else None
    if staff is not None and not any(resolution.category(a) == "Person" for a in agents):
        agents, targets = _staff_roles(staff, anchor, agents, targets, resolution)
    sent = anchor.sent
    date, date_text = event_date(sent, verb or anchor, article_date)
    confidence = _confidence(kind, agents, targets)
    if kind == "PublicAppeal" and agents and not targets and verb is not None and _addressed_to_many(anchor, verb):
        confidence = 0.6  # "called on AI labs to halt training": an appeal to a whole group, none of them named
    if kind == "Refusal" and agents and not targets and verb is not None and _asked_by_unnamed(anchor, verb, resolution):
        confidence = 0.6  # "turned down requests from contractors": refused, though the askers go unnamed
    if kind in STAFF_ACTIONS and not agents and targets and acting is not None and (staff is not None or _staff_act(acting)):
        confidence = 0.5  # "a group of Microsoft workers published a letter to Nadella": a company's staff, no one named
    return Event(type=kind, agents=tuple(agents), targets=tuple(targets), trigger=span.text, modality=mood,
                 date=date, date_text=date_text, evidence=(sentence_evidence(sent),), confidence=confidence)


def _decided(anchor, verb) -> bool:
    """A measure the main clause says "will" happen, with no condition on it ("Canada will bar Huawei and ZTE
    from its networks"): news of a decision taken, not a plan ("would", "could", "plans to", "if")."""
    if verb is None or anchor.i != verb.i:
        return False
    # the main clause, or what a speaker said or announced ("Canada said Tuesday it will bar Vexa")
    main = verb.dep_ == "ROOT" or verb.dep_ == "conj" and verb.head.dep_ == "ROOT" \
        or verb.dep_ == "ccomp" and verb.head.dep_ == "ROOT" and verb.head.lemma_.lower() in ("say", "announce", "confirm", "declare")
    if not main:
        return False
    modals = [c.lower_ for c in verb.children if c.dep_ == "aux" and c.lower_ in MODAL_PLANNED]
    if verb.dep_ == "conj" and not modals:
        modals = [c.lower_ for c in verb.head.children if c.dep_ == "aux" and c.lower_ in MODAL_PLANNED]
    text = " " + " ".join(t.lower_ for t in verb.sent) + " "
    return modals in (["will"], ["'ll"]) and not any(f" {words} " in text for words in CONDITIONS) \
        and verb.sent[0].lower_ != "should"


def _kept(anchor, verb) -> bool:
    """A measure in force that its author "will keep" or "will maintain" ("Indonesia will keep its ban on sales of
    the iPhone 16"): the ban exists, whatever is planned for it."""
    return verb is not None and anchor.i != verb.i and anchor.pos_ == "NOUN" and anchor.dep_ == "dobj" and anchor.head.i == verb.i \
        and verb.lemma_.lower() in ("keep", "maintain", "extend", "uphold") and any(c.dep_ == "poss" for c in anchor.children)


# what an appeal asks the one urged to do with its own action
UNDOING = {"change", "drop", "scrap", "withdraw", "rethink", "reconsider", "abandon", "amend", "pause", "halt", "stop",
           "reverse", "revise", "delay", "suspend", "cancel", "repeal", "rescind", "lift", "end"}


def _undoes_its_own(verb) -> bool:
    """The verb, or the infinitive it governs, asks to undo the one urged's own thing ("to change its bill")."""
    undoing = [verb] if verb.lemma_.lower() in UNDOING else [c for c in verb.children if c.dep_ == "xcomp" and c.lemma_.lower() in UNDOING]
    return any(p.lower_ in ("its", "their") for u in undoing for o in u.children if o.dep_ == "dobj"
               for p in o.children if p.dep_ == "poss")


# what a company's staff do as a body, with no one of them named: sign letters, urge and protest
STAFF_ACTIONS = {"PublicAppeal", "ConcernRaised"}
# what another party brings against the settling parties ("agreed to settle the charges")
CHARGES = {"charge", "allegation", "claim", "case", "suit", "lawsuit", "complaint", "accusation", "probe", "investigation"}
# words that send goods abroad: a ban on sales that names none is a ban at home
ABROAD_WORDS = {"to", "export", "exports", "exporting", "ship", "shipping", "shipment", "shipments", "abroad", "overseas"}
# what export controls are about (a curb on chip sales is an export control wherever it is written)
CHIP_WORDS = {"chip", "semiconductor", "processor", "gpu", "accelerator", "wafer", "chipmaking"}


def _what_a_suit_is_over(anchor, verb) -> bool:
    """ "took X to court over the fine": what a suit is over is not the suer's action."""
    return anchor.dep_ == "pobj" and anchor.head.lower_ in ("over", "against", "about") and any(
        c.dep_ == "prep" and c.lower_ == "to" and any(p.lower_ == "court" for p in c.children) for c in verb.children)


def _sold_abroad(anchor, agents, resolution) -> bool:
    """A curb on sales that says where they go ("to China", "in China" for another country's curb), or that is
    about chips, is an export control."""
    return any(t.lower_ in ABROAD_WORDS and (t.lower_ != "to" or t.pos_ == "ADP") or t.lemma_.lower() in CHIP_WORDS
               or t.lower_ == "in" and any(resolution.category(k) == "Country" and k not in agents
                                           for p in t.children for k in [resolution.key_at(p.i)] if k)
               for t in anchor.sent if t.i > anchor.i)


def _acting_clause(verb):
    """The clause whose subject acts: "published an open letter urging the company", "signed a letter urging":
    the letter's writers urge."""
    acting = verb
    for _ in range(4):
        if acting is None or acting.dep_ not in ("advcl", "xcomp", "conj", "acl", "dobj") \
                or any(c.dep_ == "nsubj" for c in acting.children):
            break
        acting = acting.head
    return acting


def _staff_roles(staff, anchor, agents, targets, resolution):
    """ "Hundreds of Amazon employees published an open letter urging the company to ...": the staff act, unnamed
    (not a company named beside them); the company they work for is whom they urge when the sentence refers
    back to it ("the company", which no resolution gives the subject's own company)."""
    employers = sorted({k for c in staff.children if c.dep_ in ("compound", "poss", "prep") for t in c.subtree
                        for k in [resolution.key_at(t.i)] if k and resolution.category(k) in ("Company", "Organization")})
    if not employers:
        return agents, targets
    later = [t for t in anchor.sent if t.i > anchor.i]
    referred = [e for e in employers if any(resolution.resolved_refs.get(t.i) == e for t in later)]
    if not referred and len(employers) == 1 and any(
            t.lemma_.lower() in ("company", "firm", "employer") and t.i not in resolution.resolved_refs
            and any(c.lower_ == "the" for c in t.children) for t in later):
        referred = employers
    return [a for a in agents if a not in employers], targets or referred


def _subject_nouns(verb):
    """The clause's subjects and what each is a number or a group of ("Hundreds of Amazon employees", "a group of
    Microsoft workers")."""
    for subject in (c for c in verb.children if c.dep_ == "nsubj"):
        yield subject
        yield from (p for c in subject.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj")


def _staff_subject(verb):
    """The staff noun that is the clause's subject, whose employer it names: "Hundreds of Amazon employees", "Workers
    at Vexa", "Vexa staff"."""
    return next((n for n in _subject_nouns(verb) if n.lemma_.lower() in STAFF_NOUNS and (n.tag_ == "NNS" or n.lower_ == "staff")
                 and any(c.dep_ in ("poss", "compound") or c.dep_ == "prep" and c.lower_ in ("of", "at") for c in n.children)),
                None)


def _staff_act(verb) -> bool:
    """The clause's subject is a company's staff, unnamed: "a group of Microsoft workers", "its employees", "the
    workers" (not "Scientists urged Lumio": whose staff they are is not said)."""
    # ("The workers also urged Microsoft": staff the story has introduced)
    return any(n.tag_ == "NNS" and n.lemma_.lower() in STAFF_NOUNS and any(c.dep_ in ("poss", "compound") or c.lower_ == "the"
                                                                            for c in n.children) for n in _subject_nouns(verb))


def _included(verb, resolution, agents) -> list[str]:
    """ "added 140 entities to its Entity List, including Naura and Piotech": the object counts parties
    the clause lists after "including" (the parser may hang it on a later noun)."""
    counted = [o for o in verb.children if o.dep_ in ("dobj", "nsubjpass") and o.pos_ == "NOUN" and o.tag_ == "NNS"
               and not resolution.key_at(o.i) and any(c.dep_ == "nummod" or c.lower_ in ("several", "dozens", "dozen", "more") for c in o.children)]
    if not counted:
        return []
    keys = []
    for tok in verb.subtree:
        if tok.lower_ in ("including", "among") and tok.dep_ == "prep" and tok.i > counted[0].i:
            # ("designated a dozen members of its leadership, among them Andrei Tikhonov and Igor Chekunov")
            listed = [p for p in tok.children if p.dep_ == "pobj" and p.lower_ not in ("them", "those")]
            if not listed and tok.head.i != verb.i and resolution.key_at(tok.head.i):
                listed = [tok.head]  # the parser may hang "among them" on the first name listed
            keys.extend(k for p in listed for k in phrase_keys(p, resolution) if k not in agents)
    return keys or _listed_next(verb, counted[0], resolution, agents)


LIST_SUBJECTS = {"they", "these", "those", "them"}


def _verb_objects(verb) -> list:
    """A verb's objects, and the noun an object is "of" ("signed a memorandum of understanding with the
    ministry": the preposition hangs on "understanding")."""
    objects = [c for c in verb.children if c.dep_ == "dobj"] if verb is not None else []
    return objects + [p for o in objects for c in o.children if c.dep_ == "prep" and c.lower_ == "of"
                      for p in c.children if p.dep_ == "pobj" and p.pos_ == "NOUN"]


def _between_subjects(verb, resolution) -> bool:
    """Whether a clause's subject lists parties ("Naver and SoftBank agreed to combine ...") who act together,
    and its verb names none as its object ("SK's chairman met Huang": the one met is the other side)."""
    if verb is None:
        return False
    # only what the subjects do together ("agreed to combine", "to set up a venture"): "agreed to pay the US
    # government", "to supply chips to OpenAI", "to share their models with the institute" name the other side
    return any(c.dep_ == "nsubj" and any(x.dep_ == "conj" for x in c.children) for c in verb.children) \
        and not any(resolution.key_at(c.i) for c in verb.children if c.dep_ == "dobj") \
        and any(x.dep_ == "xcomp" and x.lemma_.lower() in JOINT_VERBS for x in verb.children)


def _with_party(anchor, verb, resolution) -> bool:
    """Whether a deal or talks name their other side with "with" or "between" on the trigger, its verb or
    the verb's object ("signed a memorandum with the ministry", "reached a deal with X")."""
    heads = [t for t in (anchor, verb) if t is not None] + _verb_objects(verb)
    return any(resolution.key_at(p.i) or resolution.group_at(p.i) for t in heads for c in t.children
               if c.dep_ == "prep" and c.lower_ in ("with", "between") for p in c.subtree if p.dep_ in ("pobj", "conj"))


def _among_them(anchor, resolution, agents) -> list[str]:
    """ "signed deals with other publishers, among them A and B": the other side of a deal named by a
    plural common noun after the trigger, then the names it counts (in apposition, "among them", "including",
    "such as")."""
    sent = anchor.sent
    plural = [t for t in sent if t.i > anchor.i and t.tag_ == "NNS" and not resolution.key_at(t.i)
              and t.dep_ == "pobj" and t.head.lower_ in ("with", "against", "on", "to")]
    if not plural:
        return []
    # ("negotiations with its sponsors, State Senator Andrew Gounardes and Assemblymember Alex Bores": in apposition)
    named = [k for a in plural[0].children if a.dep_ == "appos" for c in (a, *a.conjuncts)
             for k in [resolution.key_at(c.i)] if k and k not in agents]
    at = plural[0].i + 1
    if not named and at < sent.end and anchor.doc[at].text == ",":
        # (the parser may hang the apposition elsewhere: read the names that follow the comma, up to a clause)
        for tok in anchor.doc[at + 1:sent.end]:
            if tok.pos_ in ("VERB", "AUX", "ADP") or tok.is_punct and tok.text != ",":
                break
            key = resolution.key_at(tok.i)
            if key and key not in agents and key not in named:
                named.append(key)
    if named:
        return list(dict.fromkeys(named))
    for tok in (t for t in sent if t.i > plural[0].i):
        if tok.lower_ == "among" and tok.i + 1 < sent.end and tok.nbor(1).lower_ == "them" \
                or tok.lower_ in ("including", "includes") or tok.lower_ == "such" and tok.i + 1 < sent.end and tok.nbor(1).lower_ == "as":
            keys = [k for t in sent if t.i > tok.i for k in [resolution.key_at(t.i)] if k and k not in agents
                    and resolution.category(k) != "Person"]
            return list(dict.fromkeys(keys))
    return []


def _listed_next(verb, counted, resolution, agents) -> list[str]:
    """ "... added 140 entities to its Entity List. They include Naura and Piotech." / "Among them are
    Naura and Piotech.": the next two sentences may name what the counted object counts."""
    doc = verb.doc
    sent = verb.sent
    for _ in range(2):
        if sent.end >= len(doc):
            break
        sent = doc[sent.end].sent
        root = sent.root
        subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
        if root.lemma_.lower() == "include" and subjects and (
                subjects[0].lower_ in LIST_SUBJECTS or subjects[0].lemma_.lower() == counted.lemma_.lower()):
            listed = [c for c in root.children if c.dep_ == "dobj"]
        elif len(sent) > 1 and sent[0].lower_ == "among" and sent[1].lower_ in LIST_SUBJECTS and root.lemma_.lower() == "be":
            listed = [c for c in root.children if c.dep_ in ("nsubj", "attr")]
        else:
            continue
        keys = [k for o in listed for k in phrase_keys(o, resolution) if k not in agents]
        if keys:
            return keys
    return []


ACQUIRING = {"buy", "purchase", "acquire", "obtain", "import", "procure"}


def _barred_from_buying(anchor, targets, resolution) -> bool:
    """The ban's object is a named company and what it may no longer do is buy ("barred X from buying"),
    not its product that may no longer be used ("barred operators from buying products made by X")."""
    named = [o for o in anchor.children if o.dep_ == "dobj" and resolution.key_at(o.i) in targets
             and resolution.category(resolution.key_at(o.i)) == "Company"]
    return bool(named) and any(c.dep_ == "prep" and c.lower_ == "from" and any(g.lemma_.lower() in ACQUIRING for g in c.children)
                               for c in anchor.children)


def _own_product(sent, targets, agents, resolution) -> bool:
    """Every target is named with its owner, an agent ("its chatbot, Pal", "Korvex's app")."""
    def owned(tok):
        # the name, its head, or the noun it stands beside ("its chatbot, Pal", however the parser hangs it)
        beside = [tok.doc[tok.i - 2]] if tok.i - 2 >= sent.start and tok.doc[tok.i - 1].text == "," else []
        for noun in (tok, tok.head, *beside):
            if any(c.dep_ == "poss" and resolution.key_at(c.i) in agents for c in noun.children):
                return True
        return False
    found = {}
    for tok in sent:
        key = resolution.key_at(tok.i)
        if key in targets:
            found[key] = found.get(key, False) or owned(tok)
    return bool(found) and all(found.values())


def _access_to_its_own(span) -> bool:
    """The access cut is to the subject's own things ("blocked access to its developer services"), not a named
    party's access ("restricted Russia's access to their chips")."""
    return any(t.lower_ == "access" and not any(c.dep_ == "poss" for c in t.children) and any(
        p.lower_ == "to" and any(o.dep_ == "pobj" and any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in o.children)
                                 for o in p.children) for p in t.children)
        for t in span)


def _addressed_to_many(anchor, verb) -> bool:
    """The appeal's addressee is a plural common noun ("urged governments", "called on AI labs to")."""
    addressees = [c for t in (anchor, verb) for c in t.children if c.dep_ == "dobj"]
    addressees += [p for t in (anchor, verb) for c in t.children if c.dep_ == "prep" and c.lower_ in ("on", "to")
                   for p in c.children if p.dep_ == "pobj"]
    return any(a.tag_ == "NNS" for a in addressees)


def _asked_by_unnamed(anchor, verb, resolution) -> bool:
    """ "turned down a request from a California police agency", "rejected calls from employees": what is refused
    is a request whose senders the story does not name, so the refusal stands with no one to refuse (not "rejected
    a request": whose, the story may say elsewhere)."""
    asked = [c for t in (anchor, verb) for c in t.children if c.dep_ in ("dobj", "nsubjpass")
             and c.lemma_.lower() in REQUEST_NOUNS]
    senders = [p for a in asked for c in a.children if c.dep_ == "prep" and c.lower_ == "from"
               for p in c.children if p.dep_ == "pobj"]
    # (not "from lawyers representing Lumio Corp.": a party named anywhere in who asked; not a country that only
    # says where, "contractors working for U.S. agencies", nor what a relative clause says they wanted)
    clauses = {t.i for p in senders for r in p.subtree if r.dep_ == "relcl" for t in r.subtree}
    named = {resolution.key_at(t.i) for p in senders for t in p.subtree if t.i not in clauses} - {None}
    return bool(senders) and not any(resolution.category(k) in PARTIES for k in named)


# what one party asks another to do (not an offer, a bid or an application, which are no demands on the one refusing)
REQUEST_NOUNS = {"request", "demand", "call", "appeal", "plea", "order", "instruction", "summons", "subpoena", "ultimatum"}


# Types whose action is incomplete without the party it is done to: without one the event is recorded,
# at low confidence, and the default `events` query leaves it out. A concern is raised with or about
# someone (31 of 32 in the gold sets); an agreement may be one-sided ("signed separate agreements").
TARGETED = {"SupplyChainRiskDesignation", "UsageBan", "Lawsuit", "Fine", "Investigation", "Refusal", "PublicAppeal", "ConcernRaised",
            "Negotiation", "SafeguardBypass"}
CONFIDENT = 0.5
# an export restriction names whose products or which country it restricts, an agreement its other party:
# without one it stays unconfirmed (in the gold, 4 of 27 export restrictions and 2 of 24 agreements have none)
NEEDS_TARGET = {"ExportRestriction", "Agreement"}


def _confidence(kind: str, agents, targets) -> float:
    if not agents:
        return 0.4
    if (kind in TARGETED or kind in NEEDS_TARGET) and not targets:
        return 0.4
    return 0.75 if targets else 0.6


REACTIONS = {"ConcernRaised", "Refusal", "PublicAppeal"}
# what an outlet does to a story, never to its parties ("the lawsuit, first reported by Reuters")
REPORTING = {"report", "break"}
# what a party disputes when it objects to an action taken against it: "rejected the findings", "contested the fine"
DISPUTING = {"reject", "dispute", "contest"}
COURT_RULINGS = {"ruling", "verdict", "judgment", "judgement"}
DISPUTED_NOUNS = {"finding", "findings", "decision", "ruling", "verdict", "judgment", "judgement", "fine", "penalty", "order", "ban",
                  "conclusion", "conclusions"}
# ... and what an inquiry alleges: "Meta rejected the accusations" objects to whoever investigates it (not what a suit
# alleges: the gold of most sets reads a defendant's denial as its defence, no objection of its own)
ALLEGATIONS = {"allegation", "allegations", "accusation", "accusations", "charge", "charges"}
# nouns by which a reaction refers back to an earlier action: "opposed the restrictions", "the ban"
ACTION_NOUNS = {"plan", "offer", "proposal", "ban", "restriction", "control", "curb", "measure", "decision", "move", "action", "designation",
                "addition", "inclusion", "suspension", "removal",
                "fine", "penalty", "rule", "order", "directive", "blacklisting", "listing", "crackdown", "probe",
                "investigation", "sanction", "step", "policy", "limit", "review", "demand", "request", "code", "law"}


# what a party asks of another, and so what a refusal can turn down or ignore
ASKING_NOUNS = {"request", "demand", "call", "appeal", "plea", "application", "claim", "order", "instruction", "warning",
                "summons", "subpoena", "notice", "ultimatum", "concern", "offer", "proposal", "bid"}
MARKET_MEASURES = {"share", "stock", "price", "revenue", "profit", "earnings", "index", "valuation"}
NO_COMMENT = {"comment", "elaborate", "say", "discuss", "respond", "confirm", "specify", "answer"}
PRESSING_NOUNS = ASKING_NOUNS | {"pressure", "objection", "protest", "opposition", "criticism", "urging", "threat"}
ECHO_WORDS = {"own", "similar", "parallel", "comparable", "matching", "separate"}
RESTRICTION_NOUNS = {"restriction", "control", "curb", "limit", "ban", "measure", "rule"}


def _echo(span, row, event: Event, earlier: list[Event]) -> Event:
    """ "opened inquiries of their own", "announced its own restrictions": the same kind of action as
    one reported before, by another party, on the same target."""
    if event.targets or not event.agents:
        return event
    anchor = span[0] if row.get("anchor", 0) == 0 else span[-1]
    nouns = [anchor] + [c for c in anchor.children if c.dep_ in ("dobj", "attr")]
    words = {m.lemma_.lower() for n in nouns for m in n.children if m.dep_ in ("amod", "nmod")}
    words |= {p.lemma_.lower() for n in nouns for c in n.children if c.dep_ == "prep" and c.lower_ == "of"
              for p in c.children if p.dep_ == "pobj"}
    if not words & ECHO_WORDS:
        return event
    kinds = {event.type}
    if event.type == "PolicyIssued" and any(n.lemma_.lower() in RESTRICTION_NOUNS for n in nouns):
        kinds = {"ExportRestriction", "UsageBan"}
    for previous in reversed(earlier):
        if previous.type in kinds and previous.targets and previous.modality != "negated":
            targets = tuple(t for t in previous.targets if t not in event.agents)
            if targets:
                return Event(**{**event.__dict__, "type": previous.type, "targets": targets, "confidence": 0.6})
    return event


ACTIONS_ON = {"Investigation", "Fine", "UsageBan", "SupplyChainRiskDesignation"}


def _same_party(event: Event, earlier: list[Event]) -> Event:
    """ "The decision closes an investigation the regulator opened in March": a regulator's inquiry,
    fine or ban with no party named is about the party its last action in the article was about."""
    if event.type not in ACTIONS_ON or event.targets or not event.agents:
        return event
    for previous in reversed(earlier):
        if previous.type in ACTIONS_ON and previous.targets and set(previous.agents) & set(event.agents) \
                and previous.modality != "negated":
            return Event(**{**event.__dict__, "targets": previous.targets, "confidence": 0.5})
    return event


def _appealed(span, event: Event, earlier: list[Event]) -> Event:
    """ "The commission fined Zentrix in July. Zentrix appealed.": an appeal naming no other party is
    against whoever acted on the appellant before."""
    if event.type != "Lawsuit" or event.targets or not event.agents or span.root.lemma_.lower() != "appeal":
        return event
    for previous in reversed(earlier):
        if previous.agents and previous.modality != "negated" and set(previous.targets) & set(event.agents) \
                and not set(previous.agents) & set(event.agents):
            return Event(**{**event.__dict__, "targets": previous.agents, "confidence": 0.6})
    return event


PROCEEDINGS = {"inquiry", "investigation", "probe", "review", "examination"}


def _same_proceeding(span, event: Event, earlier: list[Event]) -> Event:
    """ "The commission opened an inquiry into Vexa ... The inquiry also examined Orbis": what an inquiry the story
    has told of does, with no one named, is done by whoever runs it (the last inquiry's agent)."""
    if event.type != "Investigation" or event.agents or not event.targets:
        return event
    verb = span.root if span.root.pos_ in ("VERB", "AUX") else span.root.head
    if not any(c.dep_ == "nsubj" and _names_proceeding(c) for c in [span.root, *verb.children]):
        return event
    previous = _latest(earlier, "Investigation", "agents", apart=event.targets)
    return Event(**{**event.__dict__, "agents": previous.agents, "confidence": 0.5}) if previous else event


def _latest(earlier: list[Event], kind: str, role: str, *, apart) -> Event | None:
    """The latest action of a kind told before, not negated, whose `role` names parties other than `apart`."""
    return next((e for e in reversed(earlier) if e.type == kind and getattr(e, role) and e.modality != "negated"
                 and not set(getattr(e, role)) & set(apart)), None)


def _names_proceeding(subject) -> bool:
    """ "The inquiry", "its probe", "The Media and Digital Platforms Market Inquiry, which began ...": the subject's
    phrase, up to a comma or a clause on it, is a proceeding's (the parser may make the name's first word its head)."""
    doc = subject.doc
    end = next((t.i for t in subject.subtree if t.i > subject.left_edge.i and (t.is_punct or t.dep_ in ("relcl", "acl", "prep"))),
               subject.right_edge.i + 1)
    phrase = doc[subject.left_edge.i:end]
    # (not "The newspaper's investigation": another's)
    return len(phrase) > 1 and phrase[0].lower_ in ("the", "its") and phrase[-1].lemma_.lower() in PROCEEDINGS \
        and not any(t.tag_ == "POS" or t.dep_ == "poss" for t in phrase[1:])


def _filed_in_court(span, event: Event, resolution) -> Event:
    """ "filed the complaint with the Paris Judicial Court": a complaint lodged with a court is a suit, against
    whoever the story's suit is against, not a concern raised with the court."""
    if event.type != "ConcernRaised" or not event.targets or span[0].lemma_.lower() not in LEGAL_FILINGS \
            or not all(resolution.by_key[t].kind == "Court" for t in event.targets):
        return event
    return Event(**{**event.__dict__, "type": "Lawsuit", "targets": (), "confidence": min(event.confidence, 0.4)})


def _same_defendant(event: Event, earlier: list[Event]) -> Event:
    """ "The Yomiuri Shimbun filed suit in the same court": a suit with no defendant named joins the
    suits the article reported before, against their defendant (the second and third to sue)."""
    if event.type != "Lawsuit" or event.targets or not event.agents:
        return event
    previous = _latest(earlier, "Lawsuit", "targets", apart=event.agents)
    return Event(**{**event.__dict__, "targets": previous.targets, "confidence": 0.5}) if previous else event


SETTLED = {"Lawsuit", "Investigation", "Fine"}


def _settled_with(span, resolution, event: Event, earlier: list[Event]) -> Event:
    """ "Brightline agreed to pay $2 million to settle the charges": a settlement whose sentence names
    no other party is with whoever sued, investigated or fined the settling party before (not so "settled
    a lawsuit brought by the ACLU")."""
    if event.type != "Agreement" or event.targets or not event.agents \
            or any(resolution.key_at(t.i) not in (None, *event.agents) and not _said_of(t, event.agents, resolution)
                   for t in span.sent):
        return event
    if not any(t.lemma_.lower() in ("settle", "settlement") for t in span.sent):
        # "The U.S. banned sales to ZTE ... The ban was lifted after the company agreed to a new deal": a deal naming
        # no other party, struck by a party a government had sanctioned, is with that government
        if not any(t.lemma_.lower() in DEAL_NOUNS for t in span.root.subtree):
            return event
        for previous in reversed(earlier):
            states = [a for a in previous.agents if resolution.category(a) in ("GovernmentBody", "Country")]
            if previous.type in ACTIONS_ON | TRADE_CURBS and states and set(previous.targets) & set(event.agents) \
                    and previous.modality == "asserted":
                return Event(**{**event.__dict__, "targets": tuple(states[:1]), "confidence": 0.5})
        return event
    for previous in reversed(earlier):
        if previous.type in SETTLED and previous.agents and set(previous.targets) & set(event.agents) \
                and previous.modality != "negated":
            return Event(**{**event.__dict__, "targets": previous.agents[:1], "confidence": 0.5})
    # no earlier action on the settling party: in a story of a body's enforcement ("the agency sued ..."),
    # settling charges is settling with that body, the one the article names most
    enforcer = resolution.most_named(before=span.start, accept=lambda key: resolution.category(key) == "GovernmentBody"
                                     and resolution.by_key[key].kind != "Court" and key not in event.agents)
    charged = any(t.lemma_.lower() == "charge" and t.pos_ == "NOUN" for t in span.sent)
    if enforcer and (charged or any(e.type in SETTLED and enforcer in e.agents and e.modality != "negated" for e in earlier)):
        return Event(**{**event.__dict__, "targets": (enforcer,), "confidence": 0.5})
    return event


# a blacklisting is also an export curb (the spec): "The package also restricts sales to China" after it
TRADE_CURBS = {"ExportRestriction", "SupplyChainRiskDesignation"}
REPEATABLE = SETTLED | ACTIONS_ON | TRADE_CURBS
ECHO_ADVERBS = {"also", "likewise", "similarly", "too", "separately", "same", "similar"}


def _same_agent(span, event: Event, earlier: list[Event]) -> Event:
    """ "Ecommerce Empire Builders was sued on similar grounds", "The package also restricts sales to
    China": an action with no agent named, that the sentence says repeats one reported before, is by
    that action's agent."""
    if event.type not in REPEATABLE or event.agents or not event.targets \
            or not any(t.lower_ in ECHO_ADVERBS for t in span.sent):
        return event
    kinds = TRADE_CURBS if event.type in TRADE_CURBS else {event.type}
    for previous in reversed(earlier):
        if previous.type in kinds and previous.agents and previous.modality != "negated" \
                and not set(previous.agents) & set(event.targets):
            return Event(**{**event.__dict__, "agents": previous.agents, "confidence": 0.5})
    return event


def _same_counterpart(span, event: Event, earlier: list[Event]) -> Event:
    """ "AMD agreed to a partnership with Humain, ... and Qualcomm signed a memorandum of understanding": a
    deal naming no other party, listed in one sentence with deals that name one, is with that party."""
    if event.type != "Agreement" or event.targets or not event.agents:
        return event
    for previous in reversed(earlier):
        if previous.type == "Agreement" and previous.targets and previous.evidence == event.evidence \
                and not set(previous.targets) & set(event.agents):
            return Event(**{**event.__dict__, "targets": previous.targets, "confidence": 0.5})
    return event


MEETING_SIDES = {"leader", "nation", "ministry"}
SIDES = {"side", "party", "company", "firm", "government", "country"} | MEETING_SIDES


def _two_sides(span, event: Event, earlier: list[Event]) -> Event:
    """ "Starbuck sued Meta in April. The two sides settled in August": a deal or talks of "the two sides",
    "both companies", are between the parties of the last suit, inquiry, fine, deal or talks the article
    reported between two."""
    if event.type not in SYMMETRIC or event.agents or event.targets:
        return event
    verb = span.root if span.root.pos_ in ("VERB", "AUX") else span.root.head
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    reported = verb.dep_ == "ccomp" and any(c.lower_ in ("they", "we") for c in subjects)
    if reported:
        subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]  # "the two leaders said they had agreed to"
    subjects = [c for c in subjects if c.lemma_.lower() in SIDES and c.tag_ == "NNS"
                and any(m.lower_ in ("two", "both") for m in c.children)]
    if not subjects:
        return event
    # (leaders, nations and ministries, or "they", are the two who met or talked, not the parties of a suit)
    kinds = SYMMETRIC if reported or subjects[0].lemma_.lower() in MEETING_SIDES else SETTLED | SYMMETRIC
    for previous in reversed(earlier):
        if previous.type in kinds and previous.agents and previous.targets and previous.modality != "negated":
            return Event(**{**event.__dict__, "agents": previous.agents[:1], "targets": previous.targets[:1], "confidence": 0.5})
    return event


def _said_of(tok, agents, resolution) -> bool:
    """A word inside what the sentence says of its agent ("DoNotPay, whose chief executive is Joshua
    Browder", "Alphabet's Google"), or who reports it ("Google agreed to settle, the authority said"):
    no party to the deal."""
    return any(a.dep_ in ("relcl", "appos", "poss") and resolution.key_at(a.head.i) in agents
               or a.dep_ in ("nsubj", "nsubjpass") and a.head.lemma_.lower() in speech_verbs()
               for a in (tok, *tok.ancestors))


def _sold_at_home(span, anchor, agents, resolution) -> bool:
    """Sales a government bans in its own country, to no one abroad ("banned sales of Kaspersky antivirus software
    in the United States"; not "sales of Nvidia chips to China")."""
    sales = [t for t in span if t.lemma_.lower() == "sale"]
    # (the place may hang on what is sold: "sales of antivirus software in the United States")
    sold = [t for s in sales for t in s.subtree if t.pos_ == "NOUN"]
    places = [(c.lower_, resolution.key_at(p.i)) for t in (*sold, anchor) for c in t.children
              if c.dep_ == "prep" and c.lower_ in ("in", "to", "into") for p in c.children if p.dep_ == "pobj"]
    homes = [key for prep, key in places if prep == "in" and key and resolution.category(key) == "Country"]
    return bool(sales) and not any(prep in ("to", "into") for prep, _k in places) and any(
        a == home or resolution.belongs_to(a, home) for a in agents for home in homes)


def _lifted_by(span, event: Event, earlier: list[Event]) -> Event:
    """ "The U.S. Commerce Department banned sales to ZTE ... The ban was lifted in July": a measure lifted by no
    one named is lifted by whoever imposed it, the last the story reports of its kind."""
    if event.type != "Deregulation" or event.agents:
        return event
    verb = span[0] if span[0].pos_ in ("VERB", "AUX") else span[0].head
    # (a passive that names no one: not "Federal judges blocked the restrictions", whoever the judges are)
    lifted = [c.lemma_.lower() for c in verb.children if c.dep_ == "nsubjpass"] \
        if not any(c.dep_ in ("nsubj", "agent") for c in verb.children) else []
    kinds = {k for noun in lifted for k in ACTION_TYPES.get(noun, ())} - {"Lawsuit", "Investigation"}
    for previous in reversed(earlier if kinds else ()):
        if previous.type in kinds and previous.agents and previous.modality == "asserted":
            return Event(**{**event.__dict__, "agents": previous.agents[:1], "confidence": 0.6})
    return event


# what a government body does to a party: the sanction an unnamed inquiry led to, the cases a court hears
ENFORCEMENT = {"Fine", "Investigation", "UsageBan", "SupplyChainRiskDesignation", "ExportRestriction"}


def _enforcers_inquiry(span, row, resolution, event: Event, earlier: list[Event]) -> Event:
    """ "South Korea's privacy regulator has fined Meta ... While the inquiry was under way": an inquiry naming no
    party that opened, ran or closed is the one behind the first action against a party reported before it (a
    sanction, or an inquiry already named), by the body that took it, into that party. Only "the inquiry" as its
    clause's subject, with nothing said of whose or what kind ("a separate investigation", "a criminal
    investigation", "was opened by police", "into the death")."""
    if not row.get("implied_parties") or event.agents or event.targets:
        return event
    anchor = span[0]
    # (or what a participle says of it: "an investigation opened in December 2023")
    opened = [c for c in anchor.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in row["requires_verb"]]
    if not (anchor.dep_ in ("nsubj", "nsubjpass") or opened) \
            or any(c.dep_ in ("amod", "compound", "nmod", "poss", "prep") for c in anchor.children) \
            or any(c.dep_ == "agent" for t in (anchor.head, *opened) for c in t.children):
        return event
    # (a body before a country: "South Korea fines Google" in the headline, "fined by the watchdog" after it)
    for category in ("GovernmentBody", "Country"):
        for previous in earlier:
            bodies = [a for a in previous.agents if resolution.category(a) == category]
            if previous.type in ENFORCEMENT and bodies and previous.targets and previous.modality == "asserted":
                return Event(**{**event.__dict__, "agents": tuple(bodies[:1]), "targets": previous.targets[:1], "confidence": 0.5})
    return event


INQUIRY_OBJECTS = {"into", "of", "on", "over", "against", "about", "concerning", "regarding", "for"}


def _into_the_storys_company(span, event: Event, resolution) -> Event:
    """ "The Federal Trade Commission opened an investigation in June", "Spain's agency opened its own preliminary
    investigation": an inquiry by a named body that names nothing it is into, in a story about one company, is into
    that company (the one named most, twice at least; not "is investigating the crash", "looking into 22
    individuals": an inquiry that names what it is into)."""
    if event.type != "Investigation" or event.targets or not event.agents \
            or not all(resolution.category(a) in ("GovernmentBody", "Country") for a in event.agents):
        return event  # (an official's or a newspaper's inquiry: "Des Hogan said the inquiry found", "a Guardian investigation")
    anchor = span[0]
    verb = anchor.head if anchor.dep_ in ("dobj", "nsubjpass", "nsubj") else anchor
    # (nor "stricter end-use reviews for graphite": what plural reviews are of)
    if anchor.tag_ == "NNS" or any(c.dep_ == "prep" and c.lower_ in INQUIRY_OBJECTS for t in (anchor, verb) for c in t.children) \
            or any(c.dep_ in ("dobj", "nsubjpass") and c.i != anchor.i for c in verb.children) \
            or any(c.dep_ in ("dobj", "nsubjpass", "ccomp") for c in anchor.children):
        return event
    company = resolution.most_named("Company", at_least=2)
    if company is None or company in event.agents:
        return event
    return Event(**{**event.__dict__, "targets": (company,), "confidence": 0.5})


def _implied(event: Event) -> float:
    """A target found by reference is less sure than a named one; with no agent the event stays unconfirmed."""
    return 0.5 if event.agents else 0.4


def _implicit_target(span, row, resolution, event: Event, earlier: list[Event]) -> Event:
    """A reaction with no named target reacts to an earlier action: its target is that action's agent (so does
    a suit against an action: "challenged the law in court")."""
    if event.type not in REACTIONS and not (event.type == "Lawsuit" and row.get("refers_back")) or event.targets:
        return event
    anchor = span[0]
    if event.type == "ConcernRaised" and anchor.tag_ == "VBG" and anchor.dep_ == "advcl" and _undoes_its_own(anchor.head):
        # "called on the British government to change its bill, warning that ...": a warning that goes with an appeal
        # to undo what the one urged did ("its", "their") is a concern raised with them (not "urged Gabbard to press
        # London to back down", "urged Congress to stop the Vexa merger, warning ...": about another party)
        for previous in reversed(earlier):
            if previous.type == "PublicAppeal" and previous.targets and previous.evidence == event.evidence \
                    and set(previous.agents) & set(event.agents):
                return Event(**{**event.__dict__, "targets": previous.targets, "confidence": _implied(event)})
    if row.get("upholds"):
        # "a chamber of the Federal Court upheld that denial": the one the earlier refusal refused
        for previous in reversed(earlier):
            targets = tuple(t for t in previous.targets if t not in event.agents)
            if previous.type == event.type and targets and previous.modality != "negated":
                return Event(**{**event.__dict__, "targets": targets, "confidence": _implied(event)})
        return event
    if event.type == "PublicAppeal" and row.get("refers_back"):
        # "asked for the case to be thrown out", "sought a preliminary hearing": of whoever acts against the asker
        acting = _acted_against(event, earlier, resolution)
        return Event(**{**event.__dict__, "targets": acting, "confidence": _implied(event)}) if acting else event
    decider = _decided_by(anchor, resolution, event.agents) or _court_that_ruled(anchor, resolution, event.agents)
    if decider:
        return Event(**{**event.__dict__, "targets": (decider,), "confidence": _implied(event)})
    reported = _reported_party(anchor, resolution, event.agents) if event.type == "ConcernRaised" else None
    if reported:
        return Event(**{**event.__dict__, "targets": (reported,), "confidence": _implied(event)})
    owner = _owner_named_before(anchor, resolution, event.agents)
    if owner:
        return Event(**{**event.__dict__, "targets": (owner,), "confidence": _implied(event)})
    if event.type == "Refusal" and event.agents:
        # "The company asked her to withdraw the paper. She refused to do so": a refusal answers the request
        # the article reported of the refuser, and refuses whoever made it
        for previous in reversed(earlier[-6:]):
            if previous.type == "PublicAppeal" and set(previous.targets) & set(event.agents) and previous.agents:
                targets = tuple(a for a in previous.agents if a not in event.agents)
                if targets:
                    return Event(**{**event.__dict__, "targets": targets, "confidence": _implied(event)})
    if event.type == "Refusal" and event.agents:
        # "the regulator said 4chan had failed to answer its requests": a refusal a party reports of another is of it
        verb = clause_verb(anchor)
        if verb is not None and verb.dep_ == "ccomp" and verb.head.lemma_.lower() in speech_verbs():
            reporters = [k for k in subject_keys(verb.head, resolution) if k not in event.agents
                         and resolution.category(k) in ("GovernmentBody", "Company", "Organization")]
            if reporters:
                return Event(**{**event.__dict__, "targets": tuple(reporters[:1]), "confidence": _implied(event)})
    if event.type == "Refusal" and event.agents and anchor.dep_ not in ("acl", "relcl") and not _says_or_names(anchor, resolution) and not any(
            t.lemma_.lower() in ACTION_NOUNS | {"call", "appeal", "plea"} and t.i > anchor.i
            or t.lemma_.lower() in ("ask", "request", "demand", "urge") and t.pos_ == "VERB" for t in anchor.sent):
        # "A judge ordered X to hide the posts after the regulator went to court ... X refused to remove them":
        # a refusal that names nothing, nor whoever asked, refuses whoever last acted against the refuser (not the
        # court that heard it)
        acting = _acted_against(event, earlier[-6:], resolution)
        if acting:
            return Event(**{**event.__dict__, "targets": acting, "confidence": _implied(event)})
    if event.type == "Lawsuit" and event.agents and anchor.lemma_.lower() in ("go", "head", "turn", "run"):
        # "Meta went to court in August": a suit against whoever last acted against the plaintiff, if anyone did (not
        # whoever acted last: "Lumio, a rival, went to court over an unrelated patent dispute")
        # (or against its parent: "Meta ... Meta Platforms Ireland and its local unit went to court")
        first = {fold(resolution.by_key[a].label).split()[0] for a in event.agents}
        family = Event(**{**event.__dict__, "agents": event.agents + tuple(
            k for e in earlier[-6:] for k in e.targets if fold(resolution.by_key[k].label).split()[0] in first)})
        acting = _acted_against(family, earlier[-6:], resolution)
        return Event(**{**event.__dict__, "targets": acting, "confidence": _implied(event)}) if acting else event
    if event.type == "Lawsuit" and event.agents and row.get("refers_back"):
        # "The institute turned him down ... a court upheld that denial. García Báez then filed an amparo challenge":
        # a challenge, with nothing else reported since, is of the last refusal of the plaintiff (a court's too)
        for previous in reversed(earlier[-6:]):
            if previous.type in REACTIONS | SYMMETRIC and previous.type != "Refusal" or previous.type == "Lawsuit":
                continue
            if set(previous.targets) & set(event.agents):
                if previous.type == "Refusal":
                    targets = tuple(a for a in previous.agents if a not in event.agents)
                    if targets:
                        return Event(**{**event.__dict__, "targets": targets[:1], "confidence": _implied(event)})
                break
    if event.type == "ConcernRaised" and event.agents:
        # "called the firings 'a flagrant act of retaliation'", after "Google has fired 28 employees": an action of a
        # kind no event type holds is still whoever the story said did it, by the verb its noun is made from
        clause = clause_verb(anchor)
        for o in [*anchor.children, *(clause.children if clause is not None else ())]:
            if o.dep_ == "dobj" and o.pos_ == "NOUN" and o.lemma_.lower() not in ACTION_NOUNS:
                doers = _doer_of(o, resolution, set(event.agents))
                if doers:
                    return Event(**{**event.__dict__, "targets": tuple(doers), "confidence": _implied(event)})
    if not earlier:
        return event
    # (not "brought under control": an idiom names no action)
    words = {t.lemma_.lower() for t in anchor.sent if t.i >= anchor.i and not (t.lower_ == "control" and t.nbor(-1).lower_ == "under")}
    if row.get("named_target_only"):  # ("alarmed by the reports, ... that Congress should take action": not any action)
        words = {t.lemma_.lower() for c in anchor.children if c.dep_ in ("prep", "agent") for t in c.subtree}
    if not words & ACTION_NOUNS and not row.get("refers_back"):
        return event
    # "rejected the request", not "a penalty it is appealing" (a court appeal asks nobody in the story)
    nouns = {t.lemma_.lower() for t in anchor.sent if t.i >= anchor.i and t.pos_ == "NOUN"}
    # (a suit filed, "filed an appeal", asks a court, nobody in the story)
    asked = nouns & {"request", "demand", "call", "appeal", "plea", "proposal"} if event.type != "Lawsuit" else set()
    echoed = {t.lemma_.lower() for t in anchor.sent} & LIKENING
    # "Beijing condemned the blacklisting": the action its object names, if the article reported one, before the latest
    clause = clause_verb(anchor)
    # (or a noun inside it: "opposed the abuse of export control measures")
    named = {t.lemma_.lower() for o in [*anchor.children, *(clause.children if clause is not None else ())] if o.dep_ == "dobj"
             for t in o.subtree if t.pos_ == "NOUN"}
    if not asked and event.type in REACTIONS and named:
        for previous in reversed(earlier):
            if previous.type not in REACTIONS | SYMMETRIC and previous.agents and previous.modality != "negated" and any(
                    _names_action(n, previous.trigger) or previous.type in ACTION_TYPES.get(n, ()) for n in named):
                targets = tuple(a for a in sorted(previous.agents, key=lambda a: resolution.category(a) == "Person")
                                if a not in event.agents)
                if targets:
                    return Event(**{**event.__dict__, "targets": targets[:1], "confidence": _implied(event)})
    for previous in reversed(earlier):
        if asked and previous.type == "PublicAppeal" and previous.agents:
            targets = tuple(a for a in previous.agents if a not in event.agents)
            if targets:
                return Event(**{**event.__dict__, "targets": targets, "confidence": _implied(event)})
        if asked:
            continue
        if event.type == "Lawsuit" and previous.type == "Lawsuit":
            # "Nikkei sued Perplexity ... The Yomiuri filed suit in the same court": another suit, the same defendant
            # (never a plaintiff's own co-defendant, a suit not brought, or a suit the sentence does not liken)
            if echoed and previous.targets and previous.modality != "negated" and not set(previous.targets) & set(event.agents):
                return Event(**{**event.__dict__, "targets": previous.targets, "confidence": _implied(event)})
            continue  # (nor the earlier plaintiff)
        if event.type == "Refusal" and (not set(previous.targets) & set(event.agents) if previous.targets else previous.type == "PolicyIssued"):
            continue  # (a refusal answers an action on the refuser: not "the sanction was announced by X")
        if event.type == "Lawsuit" and previous.agents and previous.targets and previous.modality != "negated" \
                and all(resolution.by_key[a].kind == "Court" for a in previous.agents) and not _appeals(anchor) \
                and _the_case(anchor):
            # "the Supreme Court has fined TikTok ... The case was brought by a families' group": the case the court
            # ruled on is against whom it ruled (an appeal of the ruling is against the court)
            targets = tuple(t for t in previous.targets if t not in event.agents)
            if targets:
                return Event(**{**event.__dict__, "targets": targets, "confidence": _implied(event)})
        if previous.type not in REACTIONS | {"Negotiation", "Agreement"} and previous.agents:
            # the body that acted, before the official who announced it
            agents = sorted(previous.agents, key=lambda a: resolution.category(a) == "Person")
            targets = tuple(a for a in agents if a not in event.agents)
            if targets:
                return Event(**{**event.__dict__, "targets": targets[:1], "confidence": _implied(event)})
    if asked and event.type == "Refusal" and event.agents:
        # "Vietnam ordered carriers to cut off Telegram ... Telegram had repeatedly ignored requests to hand over user
        # data": requests no one in the story is told to have made are those of whoever acted against the refuser
        acting = _acted_against(event, earlier, resolution)
        if acting:
            return Event(**{**event.__dict__, "targets": acting, "confidence": _implied(event)})
    return event


def _appeals(anchor) -> bool:
    """The suit its sentence reports is an appeal of a ruling ("filed an appeal", "appealed", "challenged the ruling")."""
    return any(t.lemma_.lower() in ("appeal", "ruling", "verdict", "judgment", "judgement", "decision", "review") for t in anchor.sent)


def _the_case(anchor) -> bool:
    """Its sentence speaks of the case a court ruled on ("The case was brought by ...")."""
    return any(t.lemma_.lower() in ("case", "proceeding", "proceedings") and any(
        c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in t.children) for t in anchor.sent)


# what a party agrees to do when pressed by whoever acted against it
COMPLYING = {"stop", "cease", "halt", "pause", "suspend", "end", "pay", "delete", "remove", "erase", "change", "modify",
             "amend", "comply", "open", "appoint", "hand", "share", "provide", "limit", "restrict", "settle", "withdraw",
             "register", "cooperate", "block", "take", "let", "allow", "drop", "abide", "implement", "submit", "refund",
             "store", "localise", "localize", "label", "disable", "purge", "scale", "scrap", "reverse", "correct", "fix"}


@lru_cache(maxsize=1)
def _saying_verbs() -> frozenset[str]:
    """The verbs a model's output is reported by: speech verbs, and what a chatbot does with a prompt."""
    return frozenset({*speech_verbs(), "reply", "answer", "respond", "invent", "generate"})


def _told_by_a_model(verb, resolution) -> bool:
    """The clause is what an AI model said ("ChatGPT replied that ...", "the chatbot claimed that ..."): a model's
    output, which stories about AI report for being false, states no event."""
    for clause in [verb, *verb.ancestors]:
        if clause.dep_ == "ccomp" and clause.head.lemma_.lower() in _saying_verbs():
            subjects = [c for c in clause.head.children if c.dep_ == "nsubj"]
            return any(resolution.key_at(c.i) and resolution.category(resolution.key_at(c.i)) == "AIModel"
                       or c.lemma_.lower() in ("chatbot", "bot", "assistant") for c in subjects)
    return False


def _complied_with(span, event: Event, earlier: list[Event], resolution) -> Event:
    """ "The commission opened an inquiry into Vexa ... Vexa agreed to stop using the data": agreeing to do a thing,
    with no one named to agree with, is agreeing with whoever last acted against the party (as a refusal naming no
    one refuses them)."""
    anchor = span[0]
    # (what a party pressed does: not "agreed to sponsor the national team", "agreed to testify")
    if event.type != "Agreement" or event.targets or not event.agents or anchor.lemma_.lower() != "agree" \
            or not any(c.dep_ == "xcomp" and c.lemma_.lower() in COMPLYING for c in anchor.children):
        return event
    acting = _acted_against(event, earlier[-6:], resolution)
    return Event(**{**event.__dict__, "targets": acting, "confidence": _implied(event)}) if acting else event


def _acted_against(event: Event, earlier: list[Event], resolution) -> tuple[str, ...]:
    """Whoever last acted against the event's agents (not a court that heard it): the party a refusal that names
    no one refuses."""
    for previous in reversed(earlier):
        if previous.type not in REACTIONS | SYMMETRIC and set(previous.targets) & set(event.agents):
            targets = tuple(a for a in previous.agents if a not in event.agents and resolution.by_key[a].kind != "Court")
            if targets:
                return targets[:1]
    return ()


# verbs whose passive, with a country it happened in, is that country's doing ("was suspended in Italy"; not "was
# withdrawn in Italy", a maker's)
BANNING_VERBS = {"ban", "block", "suspend", "bar", "prohibit", "outlaw", "restrict", "halt", "blacklist"}
NOT_BANNED = {"account", "trading", "share", "stock", "user", "post", "video", "page", "profile", "channel", "license", "licence"}
DECISION_NOUNS = {"decision", "move", "choice", "bid", "attempt"}


def _titled_subject(subject) -> bool:
    """ "Prime Minister Anthony Albanese", "Tomas Reyes, the country's trade minister": a name with a title, one who
    speaks for a body."""
    left = [t for t in subject.subtree if t.i <= subject.i]
    words = [t.lower_ for t in left[:-1]]
    return titled_before(subject.doc, left[0].i) or any(" ".join(words[k:k + n]) in titles() for k in range(len(words)) for n in (1, 2, 3)) \
        or any(title_phrase(c) in titles() or c.lemma_.lower() in titles() for c in subject.children if c.dep_ == "appos")


def _decided_by(anchor, resolution, agents) -> str | None:
    """ "Facebook regretted the decision to seek a criminal investigation": a decision to do something is of whoever
    the story said did, or would do, it ("the regulator ... said it would seek a criminal investigation"), not of
    whoever acted last."""
    verb = clause_verb(anchor) if anchor.pos_ != "VERB" else anchor
    for noun in (c for c in (verb.children if verb is not None else ()) if c.dep_ == "dobj" and c.lemma_.lower() in DECISION_NOUNS):
        for act in (c for c in noun.children if c.dep_ == "acl" and c.pos_ in ("VERB", "AUX") and is_infinitive(c)):
            for before in reversed(anchor.doc[:anchor.sent.start]):
                if before.lemma_ == act.lemma_ and before.pos_ == "VERB":
                    keys = [k for k in subject_keys(before, resolution) if k not in agents]
                    if keys:
                        return keys[0]
    return None


RULINGS = {"ruling", "judgment", "judgement", "verdict"}


def _court_that_ruled(anchor, resolution, agents) -> str | None:
    """ "X said it was deeply concerned by the ruling": a ruling reacted to is the court's the story last named (a
    court's ruling is no event of its own to take the target from)."""
    reacted = [t for t in anchor.subtree if t.i > anchor.i and t.lemma_.lower() in RULINGS and t.pos_ == "NOUN"
               and not any(c.dep_ == "poss" for c in t.children)]
    if not reacted:
        return None
    courts = [k for start, k in resolution.order if start < anchor.i and resolution.by_key[k].kind == "Court" and k not in agents]
    return courts[-1] if courts else None


# nouns that name an action of a type, whatever word reported it ("the blacklisting" of an Entity List listing)
ACTION_TYPES = {"blacklisting": {"SupplyChainRiskDesignation"}, "listing": {"SupplyChainRiskDesignation"},
                "designation": {"SupplyChainRiskDesignation"}, "fine": {"Fine"}, "penalty": {"Fine"},
                "probe": {"Investigation"}, "investigation": {"Investigation"}, "inquiry": {"Investigation"},
                "lawsuit": {"Lawsuit"}, "suit": {"Lawsuit"}, "ban": {"UsageBan", "ExportRestriction"},
                "restriction": {"ExportRestriction", "UsageBan"}, "curb": {"ExportRestriction"}, "control": {"ExportRestriction"}}


# words that liken a suit to one told before ("filed suit in the same court", "also sued"; not ECHO_WORDS' "separate")
LIKENING = {"same", "similar", "also", "too", "another", "parallel"}


UNSAID = {"comment", "say", "elaborate", "discuss", "confirm", "disclose", "specify", "answer", "respond", "reveal", "explain",
          "speak", "detail", "name", "identify", "provide", "give", "share", "release"}


def _says_or_names(anchor, resolution) -> bool:
    """ "refused to comment", "refused to license images from Shutterstock": a refusal to speak, or one whose
    infinitive names a party or a thing of its own (not "refused to remove them"), answers no earlier action."""
    return any(c.dep_ == "xcomp" and (c.lemma_.lower() in UNSAID or any(resolution.key_at(t.i) for t in c.subtree)
                                      or any(o.dep_ == "dobj" and o.pos_ in ("NOUN", "PROPN") for o in c.children))
               for c in anchor.children)


OWNED_ACTIONS = ACTION_NOUNS | {"demand", "bill", "ruling", "proposal", "request", "measure", "legislation", "plan", "deal"}


def _owner_named_before(anchor, resolution, agents) -> str | None:
    """ "Britain's reported demand for access ... Privacy International condemned the demand": an action
    referred back to ("the demand") is of whoever the article named as its owner the first time."""
    doc = anchor.doc
    for noun in (t for t in anchor.sent if t.i > anchor.i and t.pos_ == "NOUN" and t.lemma_.lower() in OWNED_ACTIONS):
        if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in noun.children) \
                or any(resolution.key_at(c.i) for c in noun.children if c.dep_ in ("poss", "compound")):
            continue
        for earlier in reversed(doc[:noun.sent.start]):
            if earlier.lemma_.lower() != noun.lemma_.lower() or earlier.pos_ != "NOUN":
                continue
            owners = [resolution.key_at(c.i) for c in earlier.children if c.dep_ == "poss"]
            owners += [resolution.key_at(p.i) for c in earlier.children if c.dep_ == "prep" and c.lower_ == "by"
                       for p in c.children if p.dep_ == "pobj"]
            owners = [o for o in owners if o and o not in agents and resolution.category(o) != "AIModel"]
            if owners:
                return owners[0]
        return None
    return None


def _describes(tok, noun) -> bool:
    """The token is a modifier of the noun ("UN discussions", "Apple's rules"), or inside a participle on it ("data
    gathered from TikTok users"), not in a bare prepositional phrase ("demand from Brazil")."""
    path = []
    while tok.i != noun.i and tok.head.i != tok.i:
        path.append(tok)
        tok = tok.head
    # (a clausal subject is itself the participle: "data gathered from TikTok users was ...")
    return tok.i == noun.i and (path[-1].dep_ in ("compound", "poss", "nmod", "acl") or noun.dep_ == "csubj")


def _reported_party(anchor, resolution, agents) -> str | None:
    """ "Mao Ning said the United States was overstretching the concept of national security and warned
    that the moves would damage relations": a warning with no one named is about the party whose conduct
    the speaker reports in the same sentence: the named subject of a reported clause that states what is
    being or was done, blamed ("was overstretching", "is abusing") or in words of condemnation, not what
    will or would be done ("warned that the United States won't tolerate": one's own side) nor praise."""
    condemning = negative_evaluations()
    for verb in anchor.sent:
        if verb.dep_ != "ccomp" or verb.head.pos_ != "VERB" or verb.head.lemma_.lower() not in speech_verbs() \
                or any((c.dep_ == "aux" and c.tag_ == "MD") or c.dep_ == "neg" for c in verb.children):
            continue
        clause = " ".join(t.lower_ for t in verb.subtree)
        # ("warned that by refusing to sign, the British government risked ...": what a warning says was done; "complained
        # that UN discussions were still being delayed": what a complaint says is being done)
        own = verb.head.i == anchor.i
        warned = own and anchor.lemma_.lower() in ("warn", "caution") and (
            verb.tag_ == "VBD" or verb.tag_ == "VBN" and any(c.lemma_ == "have" for c in verb.children if c.dep_ == "aux"))
        complained = own and anchor.lemma_.lower() == "complain"
        if verb.tag_ != "VBG" and not warned and not complained and not any(w in clause for w in condemning):
            continue
        for subject in (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "csubj")):
            # a name, or a description of a party when a warning says what it did ("the British government"), not a
            # pronoun standing for the speaker
            key = resolution.token_key.get(subject.i) or (resolution.key_at(subject.i) if (warned or complained) and subject.pos_ != "PRON" else None)
            if key and key not in agents and resolution.category(key) != "Person":
                return key
            if warned or complained:
                # ("data gathered from TikTok users was available ...", "UN discussions were delayed": the party the
                # subject is of, when the subject itself is no party)
                # (its own modifiers, or a participle's on it: not "demand from Brazil had fallen")
                named = [k for t in subject.subtree if t.i != subject.i and _describes(t, subject)
                         and (k := resolution.token_key.get(t.i)) and k not in agents and resolution.category(k) not in ("Person", "AIModel")]
                if named:
                    return named[0]
    return None


def extract_events(doc, resolution, *, article_date: str | None = None) -> tuple[Event, ...]:
    """Every event in a document, merged so that one action is one event."""
    merged: dict[tuple, Event] = {}
    earlier: list[Event] = []
    alleged: set[tuple] = set()  # (type, evidence): objections a filing makes, suits that report ("The lawsuit says")
    for span, row, event in _tiered_events(doc, resolution, article_date):
        event = _implicit_target(span, row, resolution, event, earlier)
        event = _echo(span, row, event, earlier)
        event = _same_party(_same_proceeding(span, event, earlier), earlier)
        event = _same_defendant(_appealed(span, _filed_in_court(span, event, resolution), earlier), earlier)
        event = _settled_with(span, resolution, event, earlier)
        event = _same_agent(span, event, earlier)
        event = _two_sides(span, event, earlier)
        event = _same_counterpart(span, event, earlier)
        event = _others_targeted(span, event, resolution)
        event = _enforcers_inquiry(span, row, resolution, event, earlier)
        event = _lifted_by(span, event, earlier)
        event = _complied_with(span, event, earlier, resolution)
        event = _into_the_storys_company(span, event, resolution)
        if row.get("requires_target") and not event.targets:
            continue
        earlier.append(event)
        if event.type == "ConcernRaised" and span[0].lemma_.lower() in LEGAL_FILINGS or event.type == "Lawsuit" \
                and span[0].dep_ == "nsubj" and span[0].head.lemma_.lower() in speech_verbs():
            # (a suit's filing; "The lawsuit says ...": a suit reporting, not filed in that sentence)
            alleged |= {(event.type, ev) for ev in event.evidence}
        key = (event.type, tuple(sorted(event.agents)), tuple(sorted(event.targets)), event.modality == "negated")
        if event.type in SYMMETRIC:
            key = (event.type, tuple(sorted(event.agents + event.targets)), (), event.modality == "negated")
        if key in merged:
            old = merged[key]
            evidence = tuple(sorted(set(old.evidence) | set(event.evidence)))
            merged[key] = Event(**{**old.__dict__, "evidence": evidence, "date": old.date or event.date,
                                   "date_text": old.date_text or event.date_text,
                                   "modality": old.modality if old.modality == "asserted" else event.modality})
        else:
            merged[key] = event
    for event in _appeals_in_speech(doc, resolution, article_date):
        merged.setdefault((event.type, event.agents, event.targets, False), event)
    merged = {k: _vetoed(e, resolution) for k, e in merged.items()}
    events = _against_the_rules(_without_announced_bans(_cases_of(merged[k] for k in sorted(merged))), doc, resolution)
    return tuple(_without_accusations(_against_the_addressees(_fold_bare_mentions(events)), alleged))


RULE_WORDS = RULE_NOUNS | LEGISLATION | {"requirement"}


def _without_announced_bans(events: list[Event]) -> list[Event]:
    """ "Prime Minister X announced the ban on Vexa's chatbot": announcing a ban is the ban, which its own noun
    reports with its target; no policy of its own."""
    bans = {(a, ev) for e in events if e.type in ("UsageBan", "ExportRestriction") for a in e.agents for ev in e.evidence}
    return [e for e in events if not (e.type == "PolicyIssued" and len(e.evidence) == 1
                                      and e.trigger.lower().startswith(("announc", "unveil"))
                                      # (not "announced new rules and a ban": the rules are a policy)
                                      and not set(e.evidence[0].text.lower().split()) & POLICY_WORDS
                                      and any((a, e.evidence[0]) in bans for a in e.agents))]


POLICY_WORDS = {"rules", "policy", "guidelines", "law", "framework", "regulations"}


def _against_the_rules(events: list[Event], doc, resolution) -> list[Event]:
    """ "NordVPN will leave India rather than comply with new rules ... The directions, issued on April 28 by
    CERT-In": a reaction to rules that the article says one body issued, and names no one, is against that body
    (wherever the article names it; not when two bodies issued rules)."""
    issuers = {tuple(sorted(e.agents, key=lambda a: resolution.category(a) == "Person"))[0] for e in events
               if e.type == "PolicyIssued" and e.agents and e.modality != "negated"}
    if len(issuers) != 1:
        return events
    issuer = next(iter(issuers))
    out = []
    for event in events:
        if event.type in REACTIONS and event.agents and not event.targets and issuer not in event.agents \
                and event.modality != "negated":
            sent = doc.char_span(event.evidence[0].start, event.evidence[0].end, alignment_mode="expand")
            if sent is not None and any(
                    t.lemma_.lower() in RULE_WORDS and t.pos_ == "NOUN"
                    # ("warned that the registration requirement opens the door": what a reported clause is about)
                    and (t.dep_ in ("dobj", "pobj") or t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ccomp")
                    and not any(c.dep_ == "poss" or resolution.key_at(c.i) for c in t.children) for t in sent):
                event = Event(**{**event.__dict__, "targets": (issuer,), "confidence": _implied(event)})
        out.append(event)
    return out


def _cases_of(events) -> list[Event]:
    """ "The decision closes an investigation that the Commission opened in 2021": an inquiry that names no
    party is into the one its body acts against nearest in the article (the fine it led to, the probe it
    continues)."""
    events = list(events)
    out = []
    for event in events:
        if event.type == "Investigation" and event.agents and not event.targets and event.modality != "negated":
            at = event.evidence[0].start
            cases = [e for e in events if e.type in ENFORCEMENT and e.targets and set(e.agents) & set(event.agents)
                     and e.modality != "negated"]
            if cases:
                nearest = min(cases, key=lambda e: (abs(e.evidence[0].start - at), event_order(e)))
                event = Event(**{**event.__dict__, "targets": nearest.targets, "confidence": _implied(event)})
        out.append(event)
    return out


def _tiered_events(doc, resolution, article_date):
    """The events of each group of overlapping matches: the first tier that yields any."""
    for tiers in _matches(doc):
        for tier in tiers:
            events = [(span, row, event) for span, row in tier
                      for event in [_event_for(span, row, resolution, article_date)] if event is not None]
            if events:
                for span, row, event in events:
                    yield span, row, event
                    yield from ((span, row, more) for more in _added_likewise(span, row, event, resolution, article_date))
                break


def _added_likewise(span, row, event: Event, resolution, article_date):
    """ "put Huawei on its Entity List in 2019 and added SMIC the following year": a coordinated verb of
    the same listing, with a name of its own as object, lists that name too, by the same agent."""
    verb = clause_verb(span.root)
    if verb is None or not row.get("via_verbs") or not event.agents:
        return
    for conj in (c for c in verb.children if c.dep_ == "conj" and c.lemma_.lower() in row["via_verbs"]):
        if any(c.dep_ == "prep" for c in conj.children):
            continue  # "and added SMIC to a second list": a listing of its own, matched by itself
        targets = tuple(k for o in conj.children if o.dep_ == "dobj" for k in phrase_keys(o, resolution)
                        if k not in event.agents and k not in event.targets)
        if targets:
            date, date_text = event_date(conj.sent, conj, article_date)
            yield Event(**{**event.__dict__, "targets": targets, "date": date, "date_text": date_text})


def _vetoed(event: Event, resolution) -> Event:
    """ "Governor X has vetoed SB 1047": a veto refuses the legislature that passed the bill, the one
    the article names."""
    if event.type != "Refusal" or event.targets or not event.agents or "veto" not in event.trigger.lower():
        return event
    houses = [c.key for c in resolution.clusters if c.kind == "Legislature" and c.key not in event.agents]
    if len(houses) > 1:
        # the one named for a state or country of the article ("the California Legislature", not "the House
        # Committee on Science")
        places = {fold(c.label) for c in resolution.clusters if c.category in ("Country", "GovernmentBody") and " " not in c.label}
        houses = [h for h in houses if fold(resolution.by_key[h].label.split()[0]) in places]
    if len(houses) != 1:
        return event
    return Event(**{**event.__dict__, "targets": tuple(houses), "confidence": 0.6})


OUGHT = {"should", "must", "ought"}


def _appeals_in_speech(doc, resolution, article_date):
    """ "Musk said California should pass it": saying that a named party should act is an appeal to it."""
    verbs = speech_verbs()
    for tok in doc:
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in verbs or any(c.dep_ == "neg" for c in tok.children):
            continue
        for comp in (c for c in tok.children if c.dep_ == "ccomp"):
            if not any(c.dep_ == "aux" and c.lower_ in OUGHT for c in comp.children) or comp.lemma_ in ("be", "have"):
                continue  # "the UN should be the main channel" says what should be, and asks nobody to act
            targets = [k for c in comp.children if c.dep_ == "nsubj" for k in phrase_keys(c, resolution)
                       if resolution.category(k) != "AIModel"]
            agents = [a for a in subject_keys(tok, resolution, strict=True) if a not in targets]
            if agents and targets:
                date, date_text = event_date(tok.sent, tok, article_date)
                yield Event(type="PublicAppeal", agents=tuple(agents), targets=tuple(targets), trigger=f"{tok.text} ... should",
                            modality="asserted", date=date, date_text=date_text,
                            evidence=(sentence_evidence(tok.sent),), confidence=0.55)


def _without_accusations(events: list[Event], alleged: set = frozenset()) -> list[Event]:
    """"sued X, accusing it of ...": the accusation is part of the lawsuit, not a concern of its own ("said it
    disagreed with the decision and would appeal" objects now, and sues only later)."""
    suits = {(a, ev) for e in events if e.type == "Lawsuit" and e.modality == "asserted" for a in e.agents for ev in e.evidence
             if ("Lawsuit", ev) not in alleged}

    def in_suit(event: Event, ev) -> bool:
        return any((a, ev) in suits for a in event.agents)

    # an objection is the suit's when a suit of its party holds one of its sentences and every other is the suit's
    # own filing ("The complaint against OpenAI says ..."; not "the lawsuit says the Times raised concerns with
    # Microsoft in April", an objection the suit reports)
    # (a letter sent is an act of its own: "sent Meta a cease-and-desist letter before going to court")
    sent = _letters_sent(events)
    return [e for e in events if e in sent or not (e.type == "ConcernRaised" and any(in_suit(e, ev) for ev in e.evidence)
                                                   and all(in_suit(e, ev) or (e.type, ev) in alleged for ev in e.evidence))]


SENT_WORDS = ("letter", "notice")


def _letters_sent(events) -> list[Event]:
    return [e for e in events if e.type == "ConcernRaised" and e.targets and any(w in e.trigger for w in SENT_WORDS)]


def _against_the_addressees(events: list[Event]) -> list[Event]:
    """A suit that names no defendant, in the sentence where its party sent a letter, is against the letter's addressee
    ("sent Meta a cease-and-desist letter before going to court")."""
    sent = _letters_sent(events)
    out = []
    for event in events:
        if event.type == "Lawsuit" and not event.targets:
            letter = next((c for c in sent if set(c.agents) & set(event.agents) and set(c.evidence) & set(event.evidence)), None)
            if letter is not None:
                event = Event(**{**event.__dict__, "targets": letter.targets, "confidence": max(event.confidence, 0.75)})
        out.append(event)
    return out


def _headline(evidence) -> bool:
    """A headline: a line with no closing punctuation ("Nigeria lifts seven-month Twitter ban")."""
    return not evidence.text.rstrip().endswith((".", "!", "?", '"', "\u201d", "'", "\u2019"))


def _covers(full: Event, part: Event) -> bool:
    if full.type in SYMMETRIC:
        return set(part.agents + part.targets) <= set(full.agents + full.targets)
    return set(part.agents) <= set(full.agents) and set(part.targets) <= set(full.targets)


def _fold_bare_mentions(events) -> list[Event]:
    """An event mention with no roles ("the designation", "the ban") refers back to the article's
    event of that type that has them: its evidence joins that event instead of standing alone."""
    events = sorted(events, key=lambda e: -(len(e.agents) + len(e.targets)))
    out: list[Event] = []
    for event in events:
        # a mention whose roles are all among those of a fuller event of its type is that event
        # (an action done is no part of one only urged or planned: "has vetoed SB 1047" stands apart from
        # "urged Newsom to veto it")
        # (a bare mention refers back, or, in the headline, forward: "A cease-and-desist letter followed" is no part of
        # a concern the story tells later)
        same = [i for i, e in enumerate(out) if e.type == event.type and "negated" not in (e.modality, event.modality)
                and (e.modality == "asserted" or event.modality != "asserted") and _covers(e, event)
                and (event.agents or event.targets or not e.evidence or not event.evidence
                     or e.evidence[0].start <= event.evidence[0].start or _headline(event.evidence[0]))]
        if same:
            first = out[same[0]]
            out[same[0]] = Event(**{**first.__dict__, "evidence": tuple(sorted(set(first.evidence) | set(event.evidence))),
                                    "date": first.date or event.date, "date_text": first.date_text or event.date_text})
        else:
            out.append(event)
    return sorted(out, key=event_order)


def event_order(e: Event) -> tuple:
    """A total order on events: two events with the same roles still sort the same way in every process
    (a set's order, and so which one's trigger is kept, would otherwise follow the hash seed)."""
    return (e.type, e.agents, e.targets, e.modality, e.trigger, tuple((v.start, v.end) for v in e.evidence),
            e.date or "", e.date_text or "", -e.confidence, e.objects)


def merged_events(events, added) -> tuple[Event, ...]:
    """Events with more added, in the one total order (an event found twice is kept once)."""
    return tuple(sorted(set(events) | set(added), key=event_order)) if added else events


VERDICT_OBJECTS = ACTION_NOUNS | {"veto", "bill", "legislation", "package", "memo", "memorandum", "ruling", "judgment",
                                  "verdict", "amendment", "provision", "proposals", "plans", "rules", "measures", "restrictions"}


# things, not actions, a verdict on "it" may call it ("called it a dangerous toy")
THING_NOUNS = {"toy", "product", "chatbot", "bot", "app", "tool", "device", "model", "game", "service", "company", "firm"}


def _verdict_noun(cue: str, text: str) -> str | None:
    """The action a verdict names first ("called the veto a setback": veto), if it is one."""
    if cue not in VERDICT_CUES:
        return None
    words = re.findall(r"[a-z'-]+", text)
    if words[:1] == ["it"] and not set(words[1:5]) & THING_NOUNS:
        # "called it a 'major violation of the right to privacy'": what was just reported (not "called it a
        # dangerous toy": a thing)
        return "it"
    return next((w for w in words[:4] if w in VERDICT_OBJECTS), None)


def _verdict_on_action(noun: str | None, text: str, words) -> bool:
    """"Wiener called the veto a setback", "Rubio described the penalty as an attack": a verdict passed on
    an action by naming it (`noun`, from _verdict_noun), then condemning it, is an objection whoever passes it
    (a person's other opinions stay claims)."""
    if noun is None:
        return False
    # the complement's own first words ("a setback", "as an attack"), not what it goes on to be about ("described the
    # ban as a necessary response to the harassment of children")
    complement = " ".join(re.findall(r"[a-z'-]+", text.split(noun, 1)[1])[:5])
    return any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", complement) for w in (*words, *verdict_evaluations()))


def _names_action(noun: str, trigger: str) -> bool:
    """ "the veto" and "vetoed", "the fine" and "fined", "the ban" and "banned": the same word, not one that
    begins like it ("the law" and "lawsuit", "the fine" and "finalized")."""
    return any(w == noun or w.startswith(noun) and w[len(noun):] in ("s", "es", "d", "ed", "ned", "ing", "ning")
               for w in trigger.lower().split())


def _acted_on_their_side(claim, events, posts, category) -> list[Event]:
    """ "Hannah Wong, OpenAI's spokeswoman, said it was disappointing": a person who holds a post in a company or
    group speaks for it against the actions reported before that were taken against it (an official's words stay
    the official's: which country a department is of, and so which side, is seldom written beside it)."""
    bodies = {b for b in posts.get(claim.speaker, ()) if category(b) in ("Company", "Organization")}
    start = claim.evidence[0].start
    return [e for e in events if e.evidence and e.evidence[0].start < start and e.type not in REACTIONS | SYMMETRIC
            and e.modality != "negated" and bodies & set(e.targets) and not bodies & set(e.agents)]


def _disputes_what_was_done(claim, text: str, sentence, events) -> bool:
    """ "Kakao Mobility rejected the findings", "Meta rejected the accusations": what was decided, found or alleged
    against the speaker by a party that acted on it before (not a clause: "disputed that the ruling would protect
    security"; not allegations someone else made, "the allegations made by a former employee"; not a suit's)."""
    first = text.split()[:3]
    alleged = any(n in first for n in ALLEGATIONS)
    if not (alleged or any(n in first for n in DISPUTED_NOUNS)) or text.startswith(("that ", "whether ", "how ")):
        return False
    if alleged and re.search(r"\b(?:by|from)\b", text):
        return False
    earlier = [e for e in events if e.evidence and e.evidence[0].start < sentence.start and claim.speaker in e.targets]
    return any(e.type not in REACTIONS | SYMMETRIC | {"Lawsuit"} for e in earlier) \
        and not (alleged and any(e.type == "Lawsuit" for e in earlier))


def _court_whose_ruling(claim, events, courts) -> str | None:
    """ "Vexa rejected the ruling by the High Court", "the High Court cancelled the fine. The commission rejected the
    ruling": a ruling rejected is a court's, when the story names a court in that sentence or since the last action
    reported before it (else a regulator's: "the commission fined Vexa ... Vexa rejected the ruling")."""
    sentence = claim.evidence[0]
    starts = [e.evidence[0].start for e in events if e.evidence and e.evidence[0].start < sentence.start
              and e.type not in REACTIONS and e.modality != "negated"]
    since = max(starts, default=-1)
    named = [k for at, k in courts if since <= at < sentence.end and k != claim.speaker]
    return named[-1] if named else None


def objections(claims, events: tuple[Event, ...], category, names=lambda key: (), posts=None, courts=()) -> tuple[Event, ...]:
    """A body's claim that condemns an action ("the company called the decision disproportionate")
    is also a ConcernRaised against the party that acted, when the article reports that action
    earlier: the party the claim names, if it names one that acted ("argued that the Commerce
    Department had acted on theoretical concerns"), else the one that acted last. A person's opinion
    stays a claim (commentators are not parties to the story), unless it is a verdict on an action
    named as such ("called the veto a setback")."""
    words = negative_evaluations()
    posts = posts or {}
    added: list[Event] = []
    for claim in claims:
        text = claim.content.lower()
        noun = _verdict_noun(claim.cue, text)
        verdict = _verdict_on_action(noun, text, words)
        if noun == "it":
            # "The September fine drew an angry response from Trump, who called it 'very unfair'": the action the
            # sentence named before the verdict, if it names one
            before_cue = claim.evidence[0].text.lower().split(claim.content.lower()[:20], 1)[0]
            noun = next((w for w in re.findall(r"[a-z'-]+", before_cue) if w in VERDICT_OBJECTS), None)
        acted_on = _acted_on_their_side(claim, events, posts, category) if category(claim.speaker) == "Person" else []
        if category(claim.speaker) == "Person" and not verdict and not acted_on:
            continue
        sentence = claim.evidence[0]
        court = _court_whose_ruling(claim, events, courts) if claim.cue in DISPUTING \
            and any(n in text.split()[:3] for n in COURT_RULINGS) else None
        if court is not None:
            added.append(Event(type="ConcernRaised", agents=(claim.speaker,), targets=(court,), trigger=claim.cue,
                               evidence=(sentence,), confidence=0.55))
            continue
        # "Kakao Mobility rejected the findings": a body disputing what was decided or found against it objects to it
        disputed = claim.cue in DISPUTING and _disputes_what_was_done(claim, text, sentence, events)
        if not verdict and not disputed and (not _condemning_words().search(text) or not any(n in text for n in ACTION_NOUNS)):
            continue
        if SUPPORTING.search(sentence.text) and not SUPPORTING.search(claim.content):
            continue  # "The institute backed the curbs, saying some buyers may have breached the rules": support
        if any(e.type in ("ConcernRaised", "Lawsuit") and claim.speaker in e.agents and sentence in e.evidence
               and e.modality in ("asserted", "negated") and e.confidence >= 0.5 for e in events):  # ("... and said it would appeal")
            continue
        # the latest action by another party than the speaker ("OpenAI took the service offline ... OpenAI called
        # the decision disproportionate": the decision is the regulator's)
        # (nor what the speaker's own side did: "Google's vice president said ..." objects to no action of Google's)
        own = {claim.speaker, *posts.get(claim.speaker, ())}
        before = sorted((e for e in (acted_on if acted_on and not verdict else events) if e.evidence and e.evidence[0].start < sentence.start
                         and e.type not in REACTIONS | {"Negotiation", "Agreement"} and e.agents and e.modality != "negated"
                         and not own & set(e.agents)), key=lambda e: e.evidence[0].start)
        def said(key) -> bool:  # a name of the entity, as whole words, in what was said
            return any(re.search(rf"(?<!\w){re.escape(n)}(?!\w)", claim.content) for n in names(key))

        named = [a for e in before for a in e.agents if a != claim.speaker and said(a)]
        if not named and before and any(t != claim.speaker and said(t) for t in before[-1].targets):
            continue  # "The Commission said X had breached the rules": the conduct of the one acted on, not an objection
        # "called the veto a setback": the action the verdict names by its own word, even a reaction
        named = named or [a for e in events if noun and e.evidence and e.evidence[0].start < sentence.start
                          and e.modality != "negated" and e.type not in ("Negotiation", "Agreement")
                          and _names_action(noun, e.trigger) for a in e.agents if a != claim.speaker][-1:]
        actors = [a for a in named[-1:] or (before[-1].agents if before else ()) if a not in own]
        if actors:
            added.append(Event(type="ConcernRaised", agents=(claim.speaker,), targets=(actors[0],), trigger=claim.cue,
                               evidence=(sentence,), confidence=0.55))
    return merged_events(events, added)
