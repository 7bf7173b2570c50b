"""Roles from the dependency parse: who acts, on whom, in active, passive and nominal clauses.

Shared by events, relations and claims: each asks for the subject of a clause, the object of a
preposition, or the entities a phrase names, and gets entity keys back from the resolution.
"""
from __future__ import annotations

from functools import lru_cache

from ..lexicon import name_cues
from .mentions import hyphenated

SUBJECT_DEPS = ("nsubj", "csubj")
CLIMB_DEPS = ("xcomp", "conj", "advcl", "ccomp", "pcomp", "acl", "relcl", "prep", "pobj", "dobj", "attr", "oprd", "npadvmod")
BACKING = {"backed", "funded", "owned", "controlled", "supported", "linked", "affiliated", "financed"}
PHRASE_DEPS = {"compound", "poss", "appos", "conj", "nmod", "amod", "flat", "cc", "punct", "det", "nummod", "npadvmod"}
MODAL_PLANNED = {"will", "would", "may", "might", "could", "should", "shall", "can"}
REFUSING_VERBS = {"refuse", "decline", "reject", "resist", "balk", "fail"}
# verbs whose that-clause in the base form says what should be done ("demanded that Meta withdraw it")
DEMANDING_VERBS = {"demand", "request", "insist", "recommend", "suggest", "require", "order", "direct", "ask", "urge"}
# verbs, and adjectives of readiness ("ready to", "poised to"), that make the action they govern planned
PLANNING_VERBS = {"plan", "schedule", "threaten", "consider", "propose", "seek", "intend", "expect", "aim", "want", "urge",
                  "call", "ask", "weigh", "mull", "prepare", "vow", "pledge", "promise", "hope", "try", "attempt", "push", "press",
                  "ready", "willing", "poised", "likely", "eager", "due"}
# verbs of going to law, and of going somewhere (to law only when the place is a court), whose infinitive of purpose
# is what the suit seeks, not done ("sued to block the merger", "went to court to overturn the order")
LITIGATING_VERBS = {"sue", "petition", "appeal"}
GOING_VERBS = {"go", "head", "turn"}


def verb_lemma(tok) -> str:
    """A verb's lemma, "fine" for "fined" and "fines" (which the lemmatizer reads as "fin")."""
    return "fine" if tok.lower_ in ("fined", "fines") else tok.lemma_.lower()


def reason_verb(prep):
    """The verb a "for" phrase gives the reason of, through the amount it may hang on ("fined TikTok 15 billion
    rupiah for notifying it late")."""
    head = prep.head
    return head.head if head.dep_ == "dobj" and head.head.pos_ == "VERB" else head


def _going_to_law(verb) -> bool:
    """ "sued to block", "went to the Federal Court to overturn" (not "went to Beijing to sign")."""
    lemma = verb.lemma_.lower()
    return lemma in LITIGATING_VERBS or lemma in GOING_VERBS and any(
        c.dep_ == "prep" and c.lower_ == "to" and p.dep_ == "pobj" and p.lemma_.lower() in ("court", "tribunal")
        for c in verb.children for p in c.children)


# things that speak for whoever issued them ("a letter that called on Google")
MESSAGES = {"letter", "statement", "report", "petition", "complaint", "filing", "post", "memo", "note", "message",
            "declaration", "notice", "submission", "op-ed", "editorial", "blog"}
# people and bodies that act for a country: "Chinese regulators", "regulators in France"
OFFICIALS = {"regulator", "official", "authority", "lawmaker", "legislator", "government", "prosecutor", "watchdog",
             "minister", "diplomat", "negotiator", "ministry", "judge", "police", "military", "army", "investigator"}
# units and forces of the state only with a word that says so ("Turkish security units"; not "Micron's Chinese units")
STATE_UNITS = {"unit", "force", "service", "agency"}
STATE_UNIT_WORDS = {"security", "intelligence", "police", "army", "military", "border", "law", "enforcement", "government"}
NOUN_LINKS = {"of", "from", "by", "as", "like", "including", "among", "at"}
# people and outlets a place only locates: "Singapore media", "Kenyan users" do not act for the state
PRIVATE_PEOPLE = {"media", "press", "newspaper", "outlet", "journalist", "reporter", "analyst", "expert", "user",
                  "consumer", "citizen", "resident", "people", "investor", "researcher", "academic", "scholar",
                  "artist", "creator", "voter", "student", "worker", "employee", "commentator", "critic", "activist"}


def phrase_keys(token, resolution, *, depth: int = 0, with_poss: bool = True, strict: bool = False,
                under_name: bool = False) -> list[str]:
    """Entity keys named by a noun phrase: its head, compounds, possessor, appositions, conjuncts.

    A common noun with no entity of its own passes through to what it is of, from or by
    ("products from Micron", "equipment made by ASML", "tools such as ChatGPT"); a name's own
    possessor is a modifier, not a second filler ("China's Huawei" names Huawei).
    """
    keys: list[str] = list(resolution.group_at(token.i))
    key = resolution.key_at(token.i)
    if key:
        keys.append(key)
    if depth > 5:
        return keys
    if key is None and not keys and token.pos_ == "NOUN" and token.tag_ == "NNS" \
            and not any(c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ in ("of", "from")
                        or c.dep_ == "compound" and not (resolution.key_at(c.i) and _is_place_like(resolution, resolution.key_at(c.i)))
                        for c in token.children):
        # "US lawmakers", "urged senators": the house the article names that they sit in, of the country their
        # adjective names if one ("British lawmakers" are no members of the US Congress)
        from ..lexicon import demonyms

        country = next((name for c in token.children if c.dep_ in ("compound", "amod")
                        for name in [resolution.by_key[resolution.key_at(c.i)].label if resolution.key_at(c.i)
                                     else demonyms().get(c.text)] if name), None)
        house = resolution.legislature(token.lemma_.lower(), country)
        if house:
            return [house]
    modifiers: list[str] = []
    for child in token.children:
        if child.dep_ in ("compound", "amod", "nmod") and key is None and child.i < token.i \
                and resolution.key_at(child.i) and _is_place_like(resolution, resolution.key_at(child.i)) \
                and not any(c.dep_ in ("compound", "nmod") for c in child.children):
            # "U.S. memory chip maker Micron": the country only says whose; it fills the role
            # only if nothing else in the phrase is named
            modifiers.append(resolution.key_at(child.i))
            continue
        if child.dep_ in ("compound", "amod", "nmod") and key is not None and child.i < token.i and resolution.key_at(child.i) \
                and resolution.key_at(child.i) != key and _is_place_like(resolution, resolution.key_at(child.i)) \
                and token.i in resolution.resolved_refs:
            continue  # "the U.S. artificial intelligence start-up": the country only says whose start-up it is
        if child.dep_ == "amod" and child.lower_ == "based" and hyphenated(child):
            continue  # "the Moscow-based company": where it is based, never a party
        if child.dep_ == "amod" and child.tag_ == "VBN" and child.lower_ in BACKING and hyphenated(child):
            continue  # "the Microsoft-backed company": who backs it is no party to what is done to it
        if child.dep_ in ("compound", "nmod") and child.i < token.i and under_name and token.pos_ == "NOUN" \
                and (strict and key is None or key is not None and token.i in resolution.resolved_refs and resolution.key_at(child.i) != key):
            continue  # "G42, the Abu Dhabi artificial intelligence company": the description's modifiers say where or what
        if child.dep_ == "amod" and key is None and (token.lemma_.lower() in OFFICIALS or token.lemma_.lower() in STATE_UNITS and any(
                c.dep_ == "compound" and c.lemma_.lower() in STATE_UNIT_WORDS for c in token.children)):
            # "Chinese regulators", "European lawmakers": the country they act for
            country = resolution.country_of_adjective(child)
            if country:
                keys.append(country)
                continue
        if child.dep_ in PHRASE_DEPS:
            if child.dep_ == "poss" and (not with_poss or key):
                continue
            if child.dep_ == "appos" and token.i < token.head.i < child.i:
                # ("Brazil's authority turned down an appeal by Tools for Humanity, the company behind World": an
                # apposition past the phrase's own verb is the parser's slip, of a name beside it)
                continue
            # an apposition describes ("Zhipu AI, one of China's developers"): only a name in it counts
            described = strict or (child.dep_ == "appos" and resolution.key_at(child.i) is None)
            # (a list's next name is no deeper: "by A, B, C, D, E, F, G and H" names eight)
            found = phrase_keys(child, resolution, depth=depth + (child.dep_ != "conj"), with_poss=with_poss and not described, strict=described,
                                under_name=under_name or (key is not None and child.dep_ in ("compound", "amod", "nmod", "appos")))
            if child.dep_ == "poss" and key is None and any(c.dep_ == "appos" and resolution.key_at(c.i)
                                                            and resolution.category(resolution.key_at(c.i)) != "Person"
                                                            for c in token.children):
                # "Denmark's music rights group Koda": the country only says whose group it is (an official,
                # "China's commerce minister, Wang Wentao", still acts for it)
                found = [k for k in found if not _is_place_like(resolution, k)]
            elif child.dep_ == "poss" and key is None and (_names_companies(token) or _private(token)):
                # "Japan's biggest newspaper publishers sued", "Kenya's users complained": the country only says whose
                # publishers or users they are
                found = [k for k in found if not _is_place_like(resolution, k)]
            keys.extend(found)
        elif key is None and not strict and token.pos_ in ("NOUN", "PROPN", "PRON", "NUM") and not is_amount(token):
            if child.dep_ == "prep" and (child.lower_ in NOUN_LINKS or child.lower_ == "in" and token.lemma_.lower() in OFFICIALS):
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        keys.extend(phrase_keys(pobj, resolution, depth=depth + 1))
            elif child.dep_ == "acl" and child.tag_ == "VBN":
                for agent in (c for c in child.children if c.dep_ == "agent"):
                    for pobj in (c for c in agent.children if c.dep_ == "pobj"):
                        keys.extend(phrase_keys(pobj, resolution, depth=depth + 1))
    if key is not None:
        # "by the Center for Countering Digital Hate (CCDH) and CNN": the parser may join the next name to a
        # word inside this one
        for inner in token.subtree:
            if inner.i != token.i and resolution.key_at(inner.i) == key:
                keys.extend(k for c in inner.children if c.dep_ == "conj" and resolution.key_at(c.i) not in (None, key)
                            for k in phrase_keys(c, resolution, depth=depth + 1, with_poss=with_poss, strict=strict))
    return _unique(keys or ([] if under_name or _private(token) else modifiers))


@lru_cache(maxsize=1)
def _company_nouns() -> frozenset[str]:
    """Nouns for companies and organisations ("publishers", "firms", "groups"), singular."""
    cues = name_cues()
    words = set(cues["company_nouns"]) | set(cues["organization_nouns"])
    return frozenset(words | {w[:-1] for w in words if w.endswith("s")} | {"publisher"})


def _names_companies(token) -> bool:
    """A common noun for companies or organisations, or the first conjunct the parser made head of one
    ("France's leading publishing and authors' associations")."""
    return token.lemma_.lower() in _company_nouns() or any(c.dep_ == "conj" and c.lemma_.lower() in _company_nouns()
                                                           for c in token.children)


CURRENCIES = {"euro", "dollar", "pound", "yuan", "yen", "won", "franc", "rupee", "real", "krona", "krone", "lira", "rouble", "ruble"}


def is_amount(token) -> bool:
    """A sum of money ("5 million euros", "$1.5 billion"): what it is "by" or "from" names no party of it."""
    # ("42 billion won": the parser may take the currency for the verb "won")
    return token.ent_type_ == "MONEY" or token.lemma_.lower() in CURRENCIES \
        or token.lower_ in CURRENCIES and any(c.like_num or c.pos_ == "NUM" for c in token.children)


def _is_place_like(resolution, key: str) -> bool:
    """A country or a US state: before a company's noun it says where the company is from."""
    return resolution.is_place(key)


SPOKESPEOPLE = {"spokesperson", "spokesman", "spokeswoman", "representative"}


def _private(token) -> bool:
    return bool({token.lemma_.lower(), token.lower_} & PRIVATE_PEOPLE)  # ("media": the lemma is "medium")


def speaker_keys(token, resolution) -> list[str]:
    """Who a subject names when it speaks: the named head and its conjuncts ("Google and Anthropic"),
    else the person in apposition ("its chief executive, Jensen Huang"), else the body a spokesperson
    speaks for ("a spokesperson for the company", "Getty's spokesperson")."""
    if resolution.members_at(token.i):
        return resolution.members_at(token.i)  # "Filcams, Nidil and Filt, three unions ... The unions argued"
    group = resolution.group_at(token.i)
    if group and all(resolution.category(k) == "Person" for k in group):
        # "A and B filed the suit ... The actors say": the people a plural description of them stands for
        return list(group)
    key = resolution.key_at(token.i)
    if key:
        keys = [key]
        for conj in (c for c in token.children if c.dep_ == "conj"):
            keys.extend(speaker_keys(conj, resolution))
        return _unique(keys)
    for child in token.children:
        if child.dep_ == "appos" and resolution.key_at(child.i):
            return [resolution.key_at(child.i)]
    private = _private(token)
    for child in token.children:
        if child.dep_ in ("compound", "poss") and resolution.key_at(child.i) and private \
                and _is_place_like(resolution, resolution.key_at(child.i)):
            return []  # "Singapore media", "Kenya's users": where they are, not who speaks
        if child.dep_ == "compound" and resolution.key_at(child.i):
            return [resolution.key_at(child.i)]
    descriptions = name_cues()["descriptions"]
    for child in token.children:
        category = descriptions.get(child.lower_)
        if child.dep_ == "compound" and category in ("Company", "GovernmentBody", "Organization") and token.lower_ in SPOKESPEOPLE \
                and child.lower_ not in ("government", "administration", "side"):  # (whose government: no one word says)
            # "a company spokesperson said", "a ministry spokesperson said": the body the article has been about
            found = resolution.describe(child, category)
            if found and resolution.category(found) == category:
                return [found]
    for child in token.children:
        if child.dep_ == "poss" and resolution.key_at(child.i):
            if _names_companies(token) and _is_place_like(resolution, resolution.key_at(child.i)):
                continue  # "France's leading publishing and authors' associations said": whose associations, not who
            return [resolution.key_at(child.i)]
        if child.dep_ == "prep" and child.lower_ in ("for", "of", "at", "from"):
            for pobj in child.children:
                if pobj.dep_ == "pobj" and resolution.key_at(pobj.i):
                    return [resolution.key_at(pobj.i)]
    if token.lower_ in SPOKESPEOPLE and not any(c.dep_ in ("compound", "poss", "prep", "appos", "amod") for c in token.children) \
            and token.sent.start > 0:
        # "China's Ministry of Commerce was sharper. A spokesperson said ...": the body the sentence before is about
        before = token.doc[token.sent.start - 1].sent
        subjects = [resolution.key_at(t.i) for t in before if t.dep_ in ("nsubj", "nsubjpass") and resolution.key_at(t.i)]
        if subjects and resolution.category(subjects[0]) in ("Company", "GovernmentBody", "Organization"):
            return subjects[:1]
    return []


def trailing_names(token, resolution, categories=("AIModel",)) -> list[str]:
    """", Fable 5 and Mythos 5" right after a phrase, when the parser attached it elsewhere."""
    doc = token.doc
    end = max(t.i for t in token.subtree) + 1
    keys: list[str] = []
    i = end
    if i < len(doc) and doc[i].text == ",":
        i += 1
        while i < len(doc) and (resolution.key_at(doc[i].i) or doc[i].lower_ in ("and", ",") or doc[i].like_num):
            key = resolution.key_at(doc[i].i)
            if key and resolution.category(key) in categories:
                keys.append(key)
            elif key:
                break
            i += 1
    return _unique(keys)


def _unique(items):
    seen, out = set(), []
    for item in items:
        if item not in seen:
            seen.add(item)
            out.append(item)
    return out


def clause_verb(token):
    """The verb whose clause an anchor belongs to: itself, or the verb a nominal depends on."""
    t = token
    for _ in range(6):
        if t.pos_ in ("VERB", "AUX"):
            return t
        if t.dep_ in ("compound", "amod") or t.dep_ in ("dobj", "nsubjpass", "attr", "oprd", "nsubj", "appos", "conj", "acomp"):
            t = t.head
            continue
        if t.dep_ == "pobj" and t.head.dep_ == "prep":
            t = t.head.head
            continue
        return None
    return t if t.pos_ in ("VERB", "AUX") else None


def is_infinitive(verb) -> bool:
    """A verb with its own "to": "to file", "to license"."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def is_passive(verb) -> bool:
    """A passive clause, or a past participle modifying a noun ("an order signed by Trump")."""
    if verb.tag_ == "VBN" and verb.dep_ in ("acl", "relcl") and not any(c.dep_ == "aux" for c in verb.children):
        return True
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)


QUOTE_MARKS = {'"', "\u201c", "\u201d"}


def in_quotation(tok) -> bool:
    """Inside a quotation: an odd number of quotation marks before it in its sentence."""
    return sum(t.text in QUOTE_MARKS for t in tok.doc[tok.sent.start:tok.i]) % 2 == 1


def _reporting_group(speech, resolution, *, plural: bool) -> list:
    """The subject of a speech verb that is a group: plural or listed ("researchers at Cisco", "X and Y"),
    or, for "it", a group noun of people from named bodies ("a team from Cisco and the University of
    Pennsylvania"), whose members act rather than the last body the pronoun would stand for."""
    subjects = [c for c in speech.children if c.dep_ == "nsubj"]
    if plural:
        return [c for c in subjects if c.tag_ == "NNS" or any(x.dep_ == "conj" for x in c.children)]
    return [c for c in subjects if c.pos_ == "NOUN" and not resolution.key_at(c.i)
            and any(p.dep_ == "prep" and p.lower_ in ("from", "at", "of") for p in c.children)]


# ("We are disappointed by this decision": a feeling's "by" is its cause, its subject the one who feels it)
FEELINGS = {"concern", "disappoint", "dismay", "trouble", "alarm", "worry", "sadden", "frustrate", "outrage", "appal", "appall"}


def is_base_form(verb) -> bool:
    """A verb in the base form, as a that-clause of demanding has it ("that Meta stop"); a singular subject
    with a verb tagged plural is the same mood ("that X suspend", tagged VBP)."""
    return verb.tag_ == "VB" or verb.tag_ == "VBP" and any(c.dep_ == "nsubj" and c.tag_ in ("NNP", "NN") for c in verb.children)


def counted_keys(noun, resolution) -> list[str]:
    """The names a plural noun counts ("groups, including A and B", "firms like A"): every named word
    inside what follows "including" or "like" (names tagged as words of a longer name resolve to that name)."""
    keys: list[str] = []
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("including", "like")):
        for tok in prep.subtree:
            key = resolution.key_at(tok.i)
            if key and key not in keys and resolution.category(key) != "Country":
                keys.append(key)
    return keys


def _subject_before_relative(verb):
    """ "TikTok, which is owned by Beijing-based ByteDance, called the decision misguided": a finite verb right after
    the comma that closes a relative clause, which the parser hung on the clause's last noun, is the sentence's own
    verb; its subject is the noun the relative clause describes."""
    if verb.dep_ != "acl" or verb.tag_ not in ("VBD", "VBZ") or verb.i == 0 or verb.doc[verb.i - 1].text != ",":
        return None
    tok = verb.head
    while tok.dep_ != "relcl" and tok.head.i != tok.i and tok.i > tok.sent.start:
        tok = tok.head
    if tok.dep_ != "relcl" or tok.head.i >= verb.i or tok.head.pos_ not in ("PROPN", "NOUN"):
        return None
    outer = tok.head
    while outer.head.dep_ == "relcl" and outer.head.head.i < outer.i:
        # ("Chile's regulator, which oversees Lumio, which is owned by Zentrix, called": the outermost described name)
        outer = outer.head.head
    return outer


def subject_keys(verb, resolution, *, depth: int = 0, strict: bool = False) -> list[str]:
    """The acting party of a clause, climbing through control and coordination when it is implicit."""
    if verb is None or depth > 5:
        return []
    if is_passive(verb) and verb.lemma_.lower() not in FEELINGS:
        # "was fined 5 million euros by Italy's regulator": the parser may hang the "by" on the amount
        amounts = [o for o in verb.children if o.dep_ == "dobj" and is_amount(o)]
        # ("was ordered to pay a fine by the authority": ... or on the infinitive the passive governs)
        governed = [c for x in verb.children if x.dep_ == "xcomp" for c in x.children]
        for child in [*verb.children, *(c for o in amounts for c in o.children), *governed]:
            if child.dep_ == "agent" or child.dep_ == "prep" and child.lower_ == "by" and child.head.i != verb.i:
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        return phrase_keys(pobj, resolution)
        return []
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS or c.dep_ == "nsubjpass" and verb.lemma_.lower() in FEELINGS]
    for child in subjects:
        keys = speaker_keys(child, resolution) if strict else phrase_keys(child, resolution) or speaker_keys(child, resolution)
        if (child.lower_ in ("they", "we") and not keys or child.lower_ == "it") and verb.dep_ == "ccomp" and verb.head.pos_ == "VERB":
            # "Researchers at Cisco said they had jailbroken the model", "A team from Cisco and the University
            # of Pennsylvania said it had attacked R1": the speakers report their own act
            keys = [k for r in _reporting_group(verb.head, resolution, plural=child.lower_ != "it")
                    for k in phrase_keys(r, resolution, strict=strict)] or keys
            if not keys and child.lower_ == "we" and in_quotation(child):
                # '"We urge the US side to correct its practices," spokesman Guo Jiakun told a briefing': whoever is
                # quoted speaks for "we"
                keys = [k for c in verb.head.children if c.dep_ == "nsubj" for k in [resolution.key_at(c.i)] if k]
        if child.lower_ in ("which", "that", "who") and verb.dep_ == "relcl":
            keys = phrase_keys(verb.head, resolution, with_poss=False)
            if not keys and verb.head.pos_ == "NOUN" and verb.head.lemma_.lower() in MESSAGES:
                # "an open letter that called on Google": whoever put the letter out calls
                keys = subject_keys(clause_verb(verb.head), resolution, depth=depth + 1, strict=strict)
            counted = verb.head
            while counted.dep_ == "pobj" and counted.head.lower_ == "of" and counted.head.head.pos_ == "NOUN" \
                    or counted.dep_ == "conj" and counted.head.pos_ == "NOUN":
                # ("among 116 founders of robotics and AI companies who urged": the founders)
                counted = counted.head.head if counted.dep_ == "pobj" else counted.head
            if not keys and counted.tag_ == "NNS" and counted.dep_ == "pobj" and counted.head.lower_ == "among" \
                    and counted.head.head.lemma_.lower() == "be":
                # "Musk and Suleyman were among 116 founders who urged the UN": the ones counted among them
                keys = [k for c in counted.head.head.children if c.dep_ == "nsubj" for k in phrase_keys(c, resolution)]
        if keys:
            return keys
    if subjects:
        # "the news agency ANI filed": the parser may give a name and its description each a subject
        return []
    inverted = _inverted_speaker(verb, resolution)
    if inverted:
        return inverted
    subject = _subject_before_relative(verb)
    if subject is not None:
        return phrase_keys(subject, resolution, strict=strict)
    earlier = [c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i and c.tag_ in ("VBD", "VBZ")]
    if earlier and verb.dep_ == "ROOT":
        # "X called the measures bullying, argued that ..., and urged Y": the parser made the first verb a
        # complement of the second, which then has no subject; the first verb's subject does both
        keys = [k for c in earlier[0].children if c.dep_ == "nsubj" for k in phrase_keys(c, resolution, strict=strict)]
        if keys:
            return keys
    head = verb.head
    if verb.dep_ == "xcomp" and head.pos_ == "VERB" and is_passive(head):
        # "Anthropic and U.S. officials are scheduled to meet": the passive subject acts
        passive_subjects = [c for c in head.children if c.dep_ == "nsubjpass"]
        if passive_subjects and not any(c.dep_ == "agent" for c in head.children):
            return phrase_keys(passive_subjects[0], resolution, strict=strict)
    if verb.dep_ == "xcomp" and head.pos_ == "VERB":
        # object control: "prompting Jassy to raise", "urged the department to put"
        objects = [c for c in head.children if c.dep_ == "dobj"]
        if objects and phrase_keys(objects[0], resolution):
            return phrase_keys(objects[0], resolution)
    infinitival = verb.dep_ == "relcl" and is_infinitive(verb)
    if verb.dep_ in ("ccomp", "advcl") and verb.tag_ == "VBG" and any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children) \
            and not any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return []  # "ruled that shutting down the service was unreasonable": a gerund the clause is about, no one's act
    if verb.dep_ in ("xcomp", "conj", "advcl", "pcomp", "ccomp") and head.i != verb.i:
        if verb.dep_ == "pcomp":
            head = head.head
            if verb.head.lower_ in ("for", "of"):
                # "praised Trump for scrapping the rule", "fined OpenAI for breaching", "accused Spotify of having
                # met the Commission": the object did it
                nouns = [head] if head.dep_ == "dobj" else [c for c in head.children if c.dep_ == "dobj"] if head.pos_ == "VERB" else []
                objects = [k for c in nouns for k in phrase_keys(c, resolution)]
                if objects:
                    return objects
        if verb.dep_ == "advcl" and verb.tag_ == "VBG":
            # "..., a spokesperson warned, urging Tokyo to ...": the participle goes with the speech verb
            for sibling in (c for c in head.children if c.dep_ == "conj" and c.i < verb.i):
                keys = _inverted_speaker(sibling, resolution)
                if keys:
                    return keys
        if verb.dep_ == "conj" and verb.tag_ == "VBG" and head.tag_ != "VBG" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children):
            # "..., saying the company relied on Naver to run its systems, and calling on it to ...": a participle
            # coordinates with the participle it follows, not with a verb the parser put in between
            participle = next((a for a in head.ancestors if a.tag_ == "VBG" and a.dep_ in ("advcl", "conj") and a.i < verb.i), None)
            if participle is not None:
                return subject_keys(participle, resolution, depth=depth + 1, strict=strict)
        quoted_subject = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
        if verb.dep_ == "conj" and head.dep_ == "ccomp" and head.head.pos_ == "VERB" and quoted_subject \
                and not any(c.dep_ in ("aux", "auxpass") for c in verb.children) \
                and any(t.tag_ == "''" for t in verb.doc[head.i:verb.i]) \
                and (any(t.tag_ == "``" for t in verb.doc[head.head.i:quoted_subject[0].left_edge.i])
                     or not phrase_keys(quoted_subject[0], resolution)):
            # 'Biden told them that "China is not waiting" and pressed Congress', 'said the arrangement "screams
            # risk" and urged Rubio': after the quote closes, the speaker acts again (not 'said Washington had
            # "weaponised trade" and banned Huawei', where the quote is only the reported party's predicate)
            return subject_keys(head.head, resolution, depth=depth + 1, strict=strict)
        if head.pos_ in ("VERB", "AUX"):
            keys = subject_keys(head, resolution, depth=depth + 1, strict=strict)
            from ..lexicon import speech_verbs

            speech = speech_verbs()
            both_speech = verb.lemma_.lower() in speech and head.head.lemma_.lower() in speech
            if verb.dep_ == "conj" and head.dep_ == "ccomp" and verb.tag_ in ("VBD", "VBZ") \
                    and (not keys and any(t.text == "," for t in verb.doc[head.i:verb.i]) or both_speech):
                # "X said the rules were an abuse, and called on ...": the parser joined the second verb to
                # the reported clause, whose subject is no party; the speaker does both
                keys = subject_keys(head.head, resolution, depth=depth + 1, strict=strict)
            return keys
        return subject_keys(clause_verb(head), resolution, depth=depth + 1, strict=strict)
    if (verb.dep_ in ("acl", "xcomp") or infinitival) and head.pos_ == "NOUN":
        # "Anthropic's decision to suspend", "the US decision to blacklist", "a method to bypass" (the finder
        # of the method acts)
        return action_owner(head, resolution) or subject_keys(clause_verb(head), resolution, depth=depth + 1)
    if verb.dep_ == "relcl":
        return phrase_keys(head, resolution, with_poss=False)
    return []


def action_owner(noun, resolution) -> list[str]:
    """Whose action a noun names: its possessor ("Britain's ban"), or the country or government body
    that modifies it ("the US decision", "the French probe", "a Commerce Department rule")."""
    poss = [c for c in noun.children if c.dep_ == "poss"]
    if poss:
        return phrase_keys(poss[0], resolution)
    return modifying_bodies(noun, resolution)[:1]


def modifying_bodies(noun, resolution) -> list[str]:
    """The countries and government bodies the words before a noun name: "US" and "Commerce Department"
    in "a Commerce Department rule", "Chinese" in "Chinese sanctions" (an adjective, when the article names
    its country)."""
    keys = []
    for mod in (c for c in noun.children if c.dep_ in ("compound", "amod", "nmod") and c.i < noun.i):
        key = resolution.key_at(mod.i) or (resolution.country_of_adjective(mod) if mod.dep_ == "amod" else None)
        if key is None and mod.dep_ == "compound" and mod.lower_ == "government":
            # "a government order": the government the story is about
            key = resolution.describe(mod, "Country") or resolution.dateline_country
        if key and resolution.category(key) in ("Country", "GovernmentBody") and key not in keys:
            keys.append(key)
    return keys


def _inverted_speaker(verb, resolution) -> list[str]:
    """ "..., a spokesperson for the commerce ministry warned": a speech verb after its quotation takes
    the noun phrase between the comma and itself as its subject, however the parser attached it."""
    from ..lexicon import speech_verbs

    if verb.lemma_.lower() not in speech_verbs() or verb.lower_.endswith("ing"):
        return []  # (a participle the tagger took for a past tense, "sent notices to X warning that", has none)
    doc = verb.doc
    i = verb.i - 1
    while i > verb.sent.start and doc[i].text not in (",", "\u201d", '"'):
        i -= 1
    if i == verb.i - 1 or doc[i].text not in (",", "\u201d", '"'):
        return []
    phrase = doc[i + 1:verb.i]
    if any(t.pos_ in ("VERB", "AUX") for t in phrase):
        return []  # "Huang, told reporters that ... and praised": a clause, not a speaker's name
    roots = [t for t in phrase if not (phrase.start <= t.head.i < phrase.end) or t.head.i == t.i]
    for root in roots:
        keys = phrase_keys(root, resolution) or speaker_keys(root, resolution)
        if keys:
            return keys
    return []


def according_to(tok) -> list:
    """ "According to the company's report, ...": the objects of "according to" when `tok` is its first word."""
    doc = tok.doc
    if tok.lower_ != "according" or tok.i + 1 >= len(doc) or doc[tok.i + 1].lower_ != "to":
        return []
    return [p for p in doc[tok.i + 1].children if p.dep_ == "pobj"]


def joined_with(prep) -> bool:
    """ "filed by Ziff Davis together with its units": partners in the act, not its target."""
    return prep.lower_ == "with" and prep.i > 0 and prep.doc[prep.i - 1].lower_ in ("together", "along")


def prep_objects(token, preps: set[str], resolution, *, partners: bool = False) -> list[str]:
    """Entities named after a preposition: "against X", and "from using X" through the gerund."""
    keys = []
    for child in token.children:
        # ("switched off Grok's image generation": the parser may take the particle for the preposition)
        # ("alarmed by the move": a passive's "by" is the parser's agent)
        if child.dep_ in ("prep", "dative", "prt") and child.lower_ in preps or child.dep_ == "agent" and "by" in preps:
            if joined_with(child) and not partners:
                continue  # (in talks or a deal, those who joined in are the other side's company too)
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    keys.extend(phrase_keys(pobj, resolution))
                elif pobj.dep_ == "pcomp":
                    if any(c.dep_ == "mark" and c.lower_ in ("whether", "if", "how") for c in pobj.children):
                        # "an investigation into whether Apple and Meta were complying": who the question is about (not
                        # what it asks of them: "whether the servers contained chips made by Nexa")
                        keys.extend(k for c in pobj.children if c.dep_ in ("nsubj", "nsubjpass") for k in phrase_keys(c, resolution))
                        continue
                    for obj in pobj.children:
                        if obj.dep_ in ("dobj", "pobj"):
                            keys.extend(phrase_keys(obj, resolution))
        elif child.dep_ == "dative" and "to" in preps and resolution.key_at(child.i):
            keys.extend(phrase_keys(child, resolution))
    return keys


def object_tokens(verb, dep: str, exclude=()):
    return [c for c in verb.children if c.dep_ == dep and c.i not in exclude]


# what a party may do, not what it did ("gains the power to fine"), when it is given or gained
CAPACITY_NOUNS = {"ability", "power", "authority", "right", "mandate", "option", "discretion"}
CONFERRING_VERBS = {"give", "gain", "grant", "get", "receive", "acquire", "confer", "hand", "lack", "seek", "want", "create"}


def _conferred(noun) -> bool:
    """ "would gain order-making powers, including the ability to": the capacity is the object of a verb that gives
    it (not "the government's ability to force a company ... underscores the risk", said of what was done)."""
    t = noun
    while t.dep_ in ("pobj", "prep", "conj", "appos", "dobj", "dative") and t.head.i != t.i:
        t = t.head
        if t.pos_ in ("VERB", "AUX") and t.dep_ != "prep":  # (not "including the ability")
            return t.lemma_.lower() in CONFERRING_VERBS
    return False


def modality(anchor, verb) -> str:
    """asserted, planned (modal, scheduled, threatened, urged), negated, or reported."""
    chain = []
    t = verb if verb is not None else anchor
    for _ in range(4):
        chain.append(t)
        if t.dep_ == "xcomp" and t.head.i != t.i:
            t = t.head
        else:
            break
    if t.tag_ == "VBG" and t.dep_ == "pcomp" and t.head.lower_ == "without":
        return "negated"  # "had used his voice without notifying the union": what was left undone
    for tok in (anchor, chain[0]):
        for child in tok.children:
            if child.dep_ == "neg" or (child.lower_ == "longer" and any(c.lower_ == "no" for c in child.children)):
                return "negated"
    if any(tok.lemma_.lower() in REFUSING_VERBS for tok in chain[1:]):
        return "negated"  # "refused to sign the code": the signing did not happen
    for tok in chain:
        before = " ".join(t.lower_ for t in tok.doc[max(tok.i - 2, 0):tok.i])
        if before in ("rather than", "instead of"):
            return "negated"  # "chose to sue rather than sign a deal": the alternative not taken
    for idx, tok in enumerate(chain):
        if any(c.dep_ == "aux" and c.lower_ in MODAL_PLANNED for c in tok.children):
            return "planned"
        if idx > 0 and tok.lemma_.lower() in PLANNING_VERBS:
            return "planned"
    last = chain[-1]
    if last.dep_ == "advcl" and is_infinitive(last) \
            and (last.head.lemma_.lower() in PLANNING_VERBS or _going_to_law(last.head)):
        return "planned"  # ("had tried for months to discuss": an infinitive the parser made an adverbial clause)
    if last.dep_ == "ccomp" and is_base_form(last) and last.head.lemma_.lower() in DEMANDING_VERBS | PLANNING_VERBS:
        return "planned"  # "demanded that Meta withdraw the requirement": what was asked for, not done
    if last.dep_ == "acl" and is_infinitive(last) and last.head.lemma_.lower() in CAPACITY_NOUNS \
            and _conferred(last.head):
        return "planned"  # "would gain the power to order a company to stop": what could be done (not "used its power to")
    if any(c.lower_ == "reportedly" for tok in chain for c in tok.children):
        return "reported"
    return "asserted"
