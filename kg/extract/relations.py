"""Relations: leads and memberOf from titles and appositions, develops from possessed models,
partOf from government names that carry their country.

"Amazon CEO Andy Jassy", "Mark Murphy, Micron's chief financial officer", "Rep. Mike Gallagher,
chairman of the House Select Committee", "Michael McCaul, who leads the committee", "Stability AI,
which is led by Emad Mostaque", "Anthropic's models, Fable 5 and Mythos 5".
"""
from __future__ import annotations

from functools import lru_cache
from itertools import takewhile

from ..lexicon import demonyms, developers, known_entities, name_cues, office_titles, platforms, seat_titles, titles
from ..text import fold
from ..records import Relation
from .mentions import PRODUCT_NOUNS, _first_connector, sentence_evidence
from .roles import in_quotation, is_passive, phrase_keys, trailing_names

LEAD_VERBS = {"lead", "head", "run", "chair", "direct", "helm", "manage"}
# a founder is a member, not by that the head (the gold's convention: "founded by" gives memberOf)
FOUNDING_VERBS = {"found", "co-found", "cofound"}
FORMER = {"former", "ex", "ex-", "previous", "onetime", "erstwhile", "then"}


def _at_the_time(tokens) -> bool:
    """ "then-Defense Secretary Jim Mattis": a post marked only as held then, at the time of what is told (still led,
    not a former membership), where "former" marks one no longer held."""
    return any(t.lower_ == "then" for t in tokens) and not any(t.lower_ in FORMER - {"then"} for t in tokens)
ORG_CATEGORIES = {"Company", "GovernmentBody", "Organization", "Country"}


def _title_in(words: list[str], *, plural: bool = False) -> tuple[str | None, bool]:
    """The title in a word list, and whether it heads the body: of the titles no longer one contains, a post
    before a party ("the panel's Republican chairman") and a head before a member ("OpenAI's president and
    co-founder"), then the longest ("executive vice president", not its "president")."""
    table = titles() | dict.fromkeys(seat_titles(), False)
    found = []
    for i in range(len(words)):
        for j in range(len(words), i, -1):
            phrase = " ".join(words[i:j]).lower()
            phrase = phrase if phrase in table else phrase.replace("-", " ")  # "vice-president"
            if plural and phrase not in table and phrase.endswith("s") and phrase[:-1] in table:
                phrase = phrase[:-1]  # "A, B and C, all engineers at Vexa": each one an engineer
            if phrase in table:
                found.append((i, j, phrase))
    outer = [f for f in found if not any(g[0] <= f[0] and f[1] <= g[1] and g[1] - g[0] > f[1] - f[0] for g in found)]
    best = max((phrase for _i, _j, phrase in outer), key=lambda p: (p not in seat_titles(), table[p], len(p)), default=None)
    if best is None:
        # "Chief Strategy Officer", "chief people officer": an officer of the company, never its head
        lowered = [w.lower() for w in words]
        for i, w in enumerate(lowered):
            if w == "chief" and "officer" in lowered[i + 2:i + 7]:  # ("chief digital and artificial intelligence officer")
                return " ".join(lowered[i:lowered.index("officer", i) + 1]), False
    if best and table[best]:
        # "Acme research director Jane Holt": a director of a function, in lower case, is one of the body's staff
        # (not "Office of Science and Technology Policy Director X", which heads the office)
        at, end = next((i, j) for i, j, phrase in outer if phrase == best)
        if at > 0 and _of_a_function(words[at - 1]):
            return best, False
        # ("head of AI at the charity Full Fact", "director of research at Vexa": the function comes after "of")
        if end + 1 < len(words) and words[end].lower() == "of" and words[end + 1].lower() in FUNCTIONS_AFTER_OF:
            return best, False
    return (best, table[best]) if best else (None, False)


def _person_entities(doc, resolution):
    for cluster in resolution.clusters:
        if cluster.category == "Person":
            for m in cluster.mentions:
                yield cluster.key, m


def _adjacent_title(doc, resolution, key, mention):
    """ "Korvex Ltd. co-founder Sam Ortiz", "FTC Chair Lina Park": a body, a title and the name side by
    side in the text, however the parser attached them (a hyphen or a capital often misleads it)."""
    table = titles()
    for n in range(1, 5):
        start = mention.start - n
        if start < 1:
            break
        words = doc[start:mention.start].text.lower().replace(" - ", "-")
        org = resolution.key_at(start - 1)
        if words in office_titles():
            return []  # "Texas Attorney General Ken Paxton" heads an office, not the state (see above)
        if words in table and org and org != key and doc[start - 1].pos_ == "PROPN" \
                and resolution.category(org) in ORG_CATEGORIES - {"Country"}:
            former = start >= 2 and doc[start - 2].lower_ in FORMER
            return [(("leads" if table[words] else "memberOf"), org, former, words)]
    for n in range(4, 1, -1):
        # "Davis and chief technology officer Parag Agrawal promised": a company officer's title right before the name,
        # whichever word the parser hung it on, with no body before it, is an officer of the story's company
        start = mention.start - n
        words = doc[max(start, 0):mention.start].text.lower()
        if start >= 1 and _company_officer(words) and words in table and not resolution.key_at(start - 1) and doc[start - 1].pos_ != "PROPN" \
                and doc[start - 1].tag_ != "POS":  # (not "Lumio Corp.'s chief technology officer X")
            main = resolution.most_named("Company", at_least=3)
            return [(("leads" if table[words] else "memberOf"), main, False, words)] if main and main != key else []
    return []


def _premodifier_relation(doc, resolution, key, mention):
    """Title and body inside the name's own noun phrase: 'Amazon CEO Andy Jassy', 'former Facebook
    chief security officer Alex Stamos', 'Commerce Secretary Gina Raimondo'."""
    head = doc[mention.end - 1]
    own = set(range(mention.start, mention.end))
    phrase = sorted({t.i for left in head.lefts if left.i not in own and left.dep_ in ("compound", "amod", "nmod", "poss")
                     for t in left.subtree} | {t.i for t in doc[mention.start:mention.end] for left in t.lefts
                                                 if left.i not in own and left.dep_ in ("compound", "amod", "nmod", "poss")
                                                 for t in left.subtree})
    words, orgs, former = [], [], False
    for i in phrase:
        tok = doc[i]
        other = resolution.key_at(i)
        if other and other != key and resolution.category(other) in ORG_CATEGORIES:
            orgs.append(other)
        elif tok.lower_ in FORMER:
            former = True
        elif not other and not tok.is_punct and tok.tag_ != "POS":
            words.append(tok.text)
    title, head_title = _title_in(words)
    if title is None:
        # "UK Information Commissioner John Edwards": the title is also a name of the body ("the Information
        # Commissioner" for the ICO), so its words were taken as that body's mention
        for org in dict.fromkeys(orgs):
            text = " ".join(doc[i].lower_ for i in phrase if resolution.key_at(i) == org)
            if text in titles():
                title, head_title, orgs = text, titles()[text], [org]
                break
    lowered = [w.lower() for w in words]
    if title in office_titles():
        # "Texas Attorney General Ken Paxton": the office, not the state; only a body named for it
        # ("Attorney General Letitia James of New York": the place after the name is the office's own)
        placed_after = mention.end + 1 < len(doc) and doc[mention.end].lower_ == "of" and doc[mention.end + 1].ent_type_ == "GPE"
        orgs = [c.key for c in resolution.clusters if c.category == "GovernmentBody"
                and any(title in fold(a) for a in resolution.aliases(c))][:1] \
            or ([] if placed_after else _office_department(resolution, title, [fold(doc[i].text) for i in phrase]))
        return [(("leads" if head_title else "memberOf"), orgs[0], former, title)] if orgs else []
    if title and not orgs:
        # "Commerce Secretary Gina Raimondo", "Defense Secretary Lloyd Austin": the words before the
        # title name the department
        hints = [w for w in lowered[:_title_at(lowered, title)] if w.isalpha()] or (title.split()[:-1] if " " in title else [])
        # ("Foreign ministry spokeswoman": not the commerce ministry, which shares only the body's kind)
        distinctive = set(hints) - BODY_WORDS
        best, best_score = None, (0, 0)
        for cluster in resolution.clusters:
            names = {cluster.label.lower(), *(a.lower() for a in resolution.aliases(cluster))}
            # "Commerce ministry spokesperson": the body that has most of the words ("Ministry of Commerce"),
            # then the fewest others ("California Governor": California, not the California Legislature)
            score = max(((sum(h in n.split() for h in set(hints)), -len(n.split())) for n in names), default=(0, 0))
            if distinctive and not any(h in n.split() for n in names for h in distinctive):
                continue
            if title.split()[-1] == "minister" and not any({"ministry", "department"} & set(n.split()) for n in names):
                continue  # "Information Minister Lai Mohammed": a ministry, not the National Information Technology Agency
            # (not another country's body: "Foreign Minister Winston Peters" in Wellington is not of the Chinese
            # foreign ministry named later; asked only of a body that would win, since it reads every country)
            if hints and cluster.category == "GovernmentBody" and score[0] > 0 and (best is None or score > best_score) \
                    and not _anothers_body(resolution, cluster.key, hints):
                best, best_score = cluster.key, score
        if best:
            orgs.append(best)
        elif distinctive and title in SPOKESPEOPLE and any(w in BODY_WORDS for w in hints):
            return []  # "Defence ministry spokesman X": a body the story does not name, not the story's company
    if title and not orgs and any(w in ("company", "firm") for w in lowered[:_title_at(lowered, title)]):
        orgs = _storys_company(resolution, key)  # "a blog post by company president Brad Smith"
    if title and (_company_officer(title) or title in SPOKESPEOPLE) and not orgs:
        # "Spokesperson Fred Sainz said Apple was committed": the body the sentence names outside what was
        # said ("said Google was wrong" names no employer); else, as in "a letter to chief executive Sundar
        # Pichai", the company the story is about
        from ..lexicon import negative_evaluations

        sent = doc[mention.start].sent
        condemning = [c for c in sent if c.dep_ == "ccomp"
                      and any(w in " ".join(t.lower_ for t in c.subtree) for w in negative_evaluations())]
        reported = {t.i for c in condemning for t in c.subtree}  # "said Google was wrong": whom they criticise
        # (nor whom they spoke to: "spokesman Matthew Pollard told broadcaster NRK that the group would ...")
        reported |= {t.i for v in sent if v.lemma_ == "tell" for c in v.children if c.dep_ in ("dobj", "dative")
                     for t in c.subtree}
        named = [] if title not in SPOKESPEOPLE else [
            k for k in dict.fromkeys(resolution.key_at(t.i) for t in sent
                                     if not mention.start <= t.i < mention.end and t.i not in reported)
            if k and k != key and resolution.category(k) in ORG_CATEGORIES - {"Country"}]
        # (not a company the officer's own quoted words name: "'... if Google hadn't launched AI Overviews,' Chief
        # Executive Nathan Schultz said" speaks of another company than their own)
        # (a quote in the first person speaks for the officer's side: the company it names is the other one; not
        # '"Vexa will fight for its writers," Chief Executive Ana Ruiz said')
        first_person = any(in_quotation(t) and t.lower_ in ("we", "our", "us") for t in sent)
        quoted = {k for t in sent if first_person and in_quotation(t) for k in [resolution.key_at(t.i)] if k}
        main = named[0] if named else resolution.most_named(
            accept=lambda k: resolution.category(k) == "Company" and k not in quoted, at_least=3)
        orgs = [main] if main and main != key else []
    if title in TITLE_BODIES and not orgs:
        orgs = _title_body(resolution, title)
        body = fold(resolution.by_key[orgs[0]].label).split() if orgs else []
        if body and (_head_word(" ".join(body)) == title or _head_word(" ".join(body)) == "office" and title in body):
            # "Commissioner Philippe Dufresne" of the Office of the Privacy Commissioner: a body named for the
            # office is its holder's
            head_title = True
    # "Technology Secretary Liz Kendall": a secretary of a field named in capitals and of no department the
    # story names is a cabinet minister
    at = _title_at(lowered, title) if title else 0
    cabinet = title == "secretary" and 0 < at < len(lowered) and all(w[:1].isupper() for w in words[:at])
    if title and not orgs and (title.split()[-1] in ("minister", "premier") or title.endswith("cabinet secretary") or cabinet):
        # (not a country named in what the sentence reports: "Defense Secretary Pete Hegseth said China was ...")
        orgs = _ministers_country(doc, resolution, phrase, mention, cabinet=cabinet)
    if title and not orgs and title.split()[-1] in ("justice", "judge"):
        orgs = _court_before(resolution, doc[mention.start])
    if title in JUDGES:
        # "U.S. Circuit Judge Stephanos Bibas": a judge sits on a court, not in the country
        orgs = [o for o in orgs if resolution.by_key[o].kind == "Court" or "court" in fold(resolution.by_key[o].label).split()]
    if title and orgs:
        return [(("leads" if head_title else "memberOf"), orgs[-1], former, title)]
    return []


def _storys_company(resolution, key) -> list[str]:
    """ "a company spokesperson", "company president X": the company the story names most (twice at least), if
    not the person themself."""
    main = resolution.most_named("Company", at_least=2)
    return [main] if main and main != key else []


def _court_before(resolution, tok) -> list[str]:
    """ "the Sindh High Court ... told the ministry ... \"...?\" Chief Justice Aqeel Ahmed Abbasi said": the court the
    story named last, in this sentence or the two before (a quotation may be one), is a judge's with no court named."""
    doc = tok.doc
    window = tok.sent.start
    for _ in range(2):
        window = doc[window - 1].sent.start if window > 0 else window
    courts = [k for start, k in resolution.order if window <= start < tok.i and resolution.by_key[k].kind == "Court"]
    return courts[-1:]


# offices that head a department named otherwise: "Attorney General William Barr" and the Justice Department
OFFICE_DEPARTMENTS = {"attorney general": ("justice department", "department of justice"),
                      "assistant attorney general": ("justice department", "department of justice"),
                      "deputy attorney general": ("justice department", "department of justice"),
                      "secretary of state": ("state department", "department of state")}


def _office_department(resolution, title: str, words: list[str]) -> list[str]:
    """The department an office heads, of the place the words before the title name ("New Hampshire Attorney
    General": the New Hampshire Department of Justice), or with no place, the one named without one."""
    national = ("the", "us", "u", "s", "federal")
    place = [w for w in " ".join(words[:_title_at(words, title)]).split() if w not in national]
    found = []
    for cluster in resolution.clusters:
        for name in (fold(a) for a in resolution.aliases(cluster)):
            for phrase in OFFICE_DEPARTMENTS.get(title, ()):
                if cluster.category == "GovernmentBody" and phrase in name:
                    rest = [w for w in name.replace(phrase, " ").split() if w not in national]
                    if rest == place:
                        found.append(cluster.key)
    return list(dict.fromkeys(found))[:1]


TITLE_BODIES = {"commissioner": ("commission", "commissioner"), "justice": ("court",), "judge": ("court",), "senator": ("senate",), "representative": ("house", "congress"),
                "rep.": ("house", "congress"), "sen.": ("senate",), "lawmaker": ("parliament", "congress", "senate", "house"),
                "mep": ("parliament",)}


def _head_word(name: str) -> str:
    """ "Senate" of "U.S. Senate", "court" of "Court of Appeal", "committee" of "Senate Judiciary Committee"."""
    words = fold(name).split()
    return words[(_first_connector(words) or len(words)) - 1] if words else ""


def _title_at(lowered: list[str], title: str) -> int:
    """Where the title begins among the words before a name (their number if it is not there)."""
    return next((i for i in range(len(lowered)) if " ".join(lowered[i:]).startswith(title)), len(lowered))


def _title_body(resolution, title: str, *, by_head: bool = False) -> list[str]:
    """ "Commissioner Brendan Carr said": the one body of the article the title belongs to, if one (`by_head`: named
    with the word as its head, "the Senate" and not "the Senate Judiciary Committee")."""
    bodies = [c.key for c in resolution.clusters if c.category == "GovernmentBody"
              and any((_head_word(a) == w if by_head else w in fold(a).split()) for a in resolution.aliases(c) for w in TITLE_BODIES[title])
              # ("state Senate Majority Leader Jack Johnson": a state's house is not the senators' one)
              and not all(m.start > 0 and resolution.doc[m.start - 1].lower_ == "state" for m in c.mentions)]
    return bodies if len(bodies) == 1 else []


# what one country has with another ("relations with China", "talks with Washington")
COUNTERPARTS = {"relation", "relationship", "tie", "talk", "dispute", "clash", "trade", "deal", "negotiation", "spat",
                "row", "agreement"}


def _counterpart(tok) -> bool:
    """The other side of what one country has with another: "relations with China"."""
    return tok.dep_ == "pobj" and tok.head.lower_ == "with" and tok.head.head.lemma_.lower() in COUNTERPARTS


def _ministers_country(doc, resolution, phrase, mention, *, cabinet: bool = False) -> list[str]:
    """ "Communications Minister Michelle Rowland", "Chinese Vice Premier He Lifeng": a minister named with
    no ministry serves a country: the one the title's adjective names, else the one country the sentence
    names ("In Poland, Deputy Prime Minister ..."), else the one country the two sentences before are about
    (their subject, or where they took place), else the country the article names most. A shadow minister
    speaks for the opposition, not the government. A `cabinet` secretary ("Technology Secretary") does not take
    a country named in what the sentence reports."""
    if any(doc[i].lower_ == "shadow" for i in phrase):
        return []
    for i in phrase:
        if doc[i].dep_ == "amod" or doc[i].pos_ == "ADJ":
            key = resolution.country_of_adjective(doc[i])
            if key:
                return [key]
            if doc[i].text in demonyms():
                return []  # "British Prime Minister Keir Starmer" in a story that names Malaysia, not Britain
    # (a secretary, a title the US and Britain share, not by a country named in what was said: "Defense Secretary
    # Pete Hegseth said China was the main threat"; by "the government" even there: "Technology Secretary Liz
    # Kendall said the government would back Ofcom")
    sent = doc[mention.start].sent
    reported = {t.i for c in sent if c.dep_ == "ccomp" for t in c.subtree} if cabinet else set()
    # (nor a country the sentence acts on: "the guidance, issued by Communications Minister X, named neither company
    # nor China")
    def acted_on(t) -> bool:
        while t.dep_ == "conj":
            t = t.head
        # (not what the minister does to their own country: "Science Minister X will represent Canada")
        if _counterpart(t):
            return True  # "Carney's government has been trying to steady relations with China": the other side
        return t.dep_ in ("dobj", "dative", "oprd") and not any(
            c.dep_ in ("nsubj", "nsubjpass") and mention.start <= c.i < mention.end for c in t.head.children)

    named = {k for t in sent for k in [resolution.key_at(t.i)] if k and resolution.category(k) == "Country"
             and not (t.pos_ in ("PROPN", "PRON") and t.i in reported) and not (t.pos_ == "PROPN" and acted_on(t))}
    others = {k for t in sent if _counterpart(t) for k in [resolution.key_at(t.i)] if k}
    said = {t.i for c in sent if c.dep_ == "ccomp" for t in c.subtree}
    home = resolution.dateline_country
    if len(named) == 1 and home and home not in named and all(
            t.i in said for t in sent if resolution.key_at(t.i) in named):
        # "WELLINGTON - ... Foreign Minister Winston Peters said Beijing appeared to have misunderstood": a foreign
        # country only in what a minister says, in a story filed from the minister's own capital
        return [home]
    if len(named) == 1:
        return list(named)
    if not named:
        # "Indonesia became the first country to block Grok. '...,' said Communication Minister Meutya Hafid": the
        # country the sentences just before are about, if one is
        start = sent.start
        for _ in range(2):
            if start == 0:
                break
            before = doc[start - 1].sent
            start = before.start
            # (the country the sentence is about, its subject, or where it took place, "On Monday in Tokyo, ..."; not
            # "a similar proposal in Denmark")
            named = {k for t in before for k in [resolution.key_at(t.i)] if k and resolution.category(k) == "Country"
                     and (t.dep_ in ("nsubj", "nsubjpass") or t.head.dep_ in ("nsubj", "nsubjpass") and t.dep_ in ("poss", "compound")
                          or t.dep_ == "pobj" and t.head.lower_ == "in" and t.head.head.pos_ in ("VERB", "AUX"))}
            named -= others  # (nor the country the sentence has relations with, named again before)
            if len(named) == 1:
                return list(named)
            if named:
                break
    # (the capital the story is filed from before the country it names most: "TOKYO - ... Prime Minister Shinzo Abe"
    # in a story that names China as often)
    home = resolution.dateline_country or resolution.most_named("Country", at_least=2)
    return [home] if home else []


JUDGES = {"judge", "circuit judge", "district judge", "magistrate judge", "presiding judge", "justice", "chief justice"}


COMPANY_TITLES = {"chief executive", "ceo", "chief executive officer", "chief technology officer", "chief operating officer",
                  "chief financial officer", "chief scientist"}


SPOKESPEOPLE = {"spokesperson", "spokesman", "spokeswoman"}


def _company_officer(title: str) -> bool:
    """A title only a company has: "chief executive", "chief technology officer"."""
    return title in COMPANY_TITLES or title.startswith("chief ") and title.endswith(" officer")
def _anothers_body(resolution, body: str, hints) -> bool:
    """A body of another country than the dateline's, which the words of a title do not name."""
    home = resolution.dateline_country
    if home is None:
        return False
    owners = [c.key for c in resolution.clusters if c.category == "Country" and c.key != home and resolution.belongs_to(body, c.key)]
    named = {fold(w) for w in hints} | {fold(demonyms()[w.capitalize()]) for w in hints if w.capitalize() in demonyms()}
    return bool(owners) and not resolution.belongs_to(body, home) and not any(
        fold(a) in named for o in owners for a in resolution.aliases(resolution.by_key[o]))


BODY_WORDS = {"ministry", "department", "office", "agency", "commission", "bureau", "authority", "council", "committee"}
PERSON_TITLES = {"adviser", "advisor", "aide", "spokesperson", "spokesman", "spokeswoman", "deputy"}


def _title_relation(resolution, key, phrase_tokens, exclude: set[int], *, plural: bool = False):
    """Relations from a title phrase about a person: one body, the one the title names first."""
    # "an Italian lawmaker who steered the bill with Romania's Tudorache": a relative clause is no part of the title
    clauses = {t.i for tok in phrase_tokens if tok.dep_ == "relcl" for t in tok.subtree}
    tokens = [t for t in phrase_tokens if t.i not in exclude and t.i not in clauses]
    words, last = [], None
    for t in tokens:
        if resolution.key_at(t.i) or t.lower_ in ("a", "an", "the", ","):
            continue
        # ("vice-president": a hyphen with no space either side joins; "chief executive - and a frequent visitor" does not)
        if words and last == t.i - 1 and (t.text == "-" or t.doc[last].text == "-") and not t.doc[last].whitespace_:
            words[-1] += t.text
        else:
            words.append(t.text)
        last = t.i
    title, is_head = _title_in(words, plural=plural)
    if not title:
        return []
    is_head = is_head and not _one_of_many(tokens, title) and not _of_a_unit(tokens, resolution)
    former = any(t.lower_ in FORMER for t in tokens)
    if _at_the_time(tokens):
        title = f"then {title}"
    orgs = []
    # "a Missouri Republican": a party's title takes only a body named after it ("the top Democrat on the committee")
    seated = title in seat_titles()
    # (a seat is on a committee; "a Republican critic of Meta", "a Democrat in the state Senate" say other things)
    after = {s.i for t in tokens if t.dep_ == "prep" and t.lower_ == "on" and t.head.lower_ in seat_titles() for s in t.subtree}
    for t in tokens:
        if seated and t.i not in after:
            continue
        k = resolution.key_at(t.i) or (resolution.country_of_adjective(t) if t.dep_ == "amod" else None)
        if k and k != key and k not in orgs:
            category = resolution.category(k)
            if category in ORG_CATEGORIES or (category == "Person" and title.split()[-1] in PERSON_TITLES):
                orgs.append(k)
    # "China's ambassador to the United Nations": the body an envoy is sent to is not the one they serve
    hosts = {k for p in tokens if p.dep_ == "prep" and p.lower_ == "to" and p.head.lower_ in ENVOYS
             for t in p.subtree for k in [resolution.key_at(t.i)] if k}
    orgs = [o for o in orgs if o not in hosts] or orgs
    bodies = [o for o in orgs if resolution.category(o) != "Country"] or orgs
    # "corporate vice president for Windows and devices at Microsoft": the portfolio a title is for comes after the
    # body it is at
    portfolio = {k for t in tokens if t.dep_ == "pobj" and t.head.lower_ == "for" for k in [resolution.key_at(t.i)] if k}
    if any(b not in portfolio for b in bodies):
        bodies = [b for b in bodies if b not in portfolio] + [b for b in bodies if b in portfolio]
    # "a director at Stanford University's Center for Digital Policy": the body the owner's possessive names
    # (a centre of a university, an office of a council; not "a director at Lumio Corp.'s Research Lab": a company's
    # lab is the company's)
    owned = [k for t in tokens if t.dep_ == "poss" and bodies and resolution.key_at(t.i) == bodies[0]
             for k in [resolution.key_at(t.head.i)] if k in bodies and k != bodies[0]
             and resolution.category(k) == resolution.category(bodies[0]) != "Company"]
    if owned:
        bodies = [owned[0], *(b for b in bodies if b != owned[0])]
    if not bodies and any(t.lower_ in ("company", "firm") and t.dep_ in ("compound", "amod", "nmod") for t in tokens):
        # "Kayla Wood, a company spokesperson", "a company spokesman, Tim Rathschmidt"
        bodies = _storys_company(resolution, key)
    if not bodies and title.split()[-1] in ("justice", "judge") and tokens:
        bodies = _court_before(resolution, tokens[0])
    if not bodies and title in OFFICE_DEPARTMENTS and not is_head:
        # "John Demers, the assistant attorney general for national security": a member of the department the office
        # belongs to, when the story names it
        bodies = _office_department(resolution, title, [])
    if not bodies:
        return []
    # "Meta's head of WhatsApp": a head of the body named after the title, and a member of its owner
    headed = [k for t in tokens if t.dep_ == "prep" and t.lower_ == "of" and t.head.lower_ == title.split()[-1]
              for p in t.children if p.dep_ == "pobj" for k in [resolution.key_at(p.i)] if k in bodies]
    if is_head and headed and headed[0] != bodies[0] \
            and not resolution.by_key[bodies[0]].label.endswith(resolution.by_key[headed[0]].label):  # (not a name's own end)
        return [("leads", headed[0], former, title), ("memberOf", bodies[0], former, title)]
    # "executive editor of MediaNews Group and Tribune Publishing": the title holds for each body listed with the first
    listed = [k for t in tokens if resolution.key_at(t.i) == bodies[0] for c in t.children if c.dep_ == "conj"
              for k in [resolution.key_at(c.i)] if k and k in bodies and k != bodies[0]]
    return [(("leads" if is_head else "memberOf"), body, former, title) for body in [bodies[0], *dict.fromkeys(listed)]]


ENVOYS = {"ambassador", "envoy", "representative", "delegate", "emissary", "mission"}


UNIT_NOUNS = {"division", "unit", "team", "department", "office", "branch", "section", "arm", "directorate", "bureau", "lab",
              "committee", "subcommittee", "panel", "caucus", "program", "programme", "initiative", "project", "desk"}


def _of_a_unit(tokens, resolution) -> bool:
    """ "director of the PIPC's investigation division": the head of a unit is a member of the body (not "head of the
    presidency's Digital Transformation Office": a unit named as a body of its own, which they head)."""
    return any(t.tag_ == "POS" and any(u.lower_ in UNIT_NOUNS and u.i > t.i and not resolution.key_at(u.i) for u in tokens)
               for t in tokens)


RANK_MODIFIERS = {"senior", "deputy", "assistant", "associate", "vice", "junior", "co"}
# a function a director or head serves, written in lower case before the title: not the body's head
FUNCTION_FIELDS = {"research", "policy", "communications", "marketing", "technical", "program", "programme", "legal",
                   "creative", "campaign", "editorial", "sales", "engineering", "product", "finance", "regional",
                   "project", "strategy", "operations", "security", "science", "medical", "news", "affairs"}
# ... and those a title names after "of" ("head of AI", "director of research")
FUNCTIONS_AFTER_OF = FUNCTION_FIELDS | {"ai", "safety", "trust", "data", "technology"}


def _of_a_function(word: str) -> bool:
    """The word before a title names the function it serves, in lower case ("research" director)."""
    return word.islower() and word in FUNCTION_FIELDS


def _one_of_many(tokens, title: str) -> bool:
    """'a director-general at X', 'senior director for ... at X', 'head of policy at X': not X's head."""
    words = [t.lower_ for t in tokens]
    parts = title.replace("-", " ").split()  # ("director-general" is three tokens: director, -, general)
    if parts[0] not in words:
        return False
    i = words.index(parts[0])
    before = words[max(0, i - 2):i]
    if "a" in before or "an" in before or any(w in RANK_MODIFIERS for w in before):
        return True
    if i > 0 and _of_a_function(tokens[i - 1].text):
        return True  # "research director at Counterpoint Research": one of its staff
    j = i
    while j < len(tokens) and (words[j] in parts or words[j] == "-"):
        j += 1
    after = tokens[j:]
    if after and after[0].lower_ in ("of", "for"):
        # "director-general for West Asian and African affairs at the foreign ministry": a portfolio, however
        # capitalised, before the body
        portfolio = list(takewhile(lambda t: t.lower_ not in ("at", "in", ",", "who", "which"), after[1:]))
        if len(portfolio) > 1 and portfolio[-1].lower_ == "affairs":
            return True
    # "head of policy and societal impacts at Anthropic", "Anthropic's interim head of policy": a unit's head
    # (not a body named in lower case: "founder and chairman of noyb")
    return bool(after) and after[0].lower_ in ("of", "for") and len(after) > 1 and after[1].lower_ not in ("the", "a", "an") \
        and not after[1].text[:1].isupper() and after[1].ent_type_ not in ("ORG", "KG_Organization", "KG_Company", "KG_GovernmentBody")


def _appositive_relation(doc, resolution, key, mention):
    """A title beside the name: 'Mark Murphy, Micron's chief financial officer', 'Clearview's chief
    executive, Hoan Ton-That', 'X, chairman of Y', 'X, who leads Y'."""
    head = doc[mention.end - 1]
    own = set(range(mention.start, mention.end))
    out = []
    # "Gina Raimondo and Michelle Donelan, the British minister": the parser hangs the title on the first conjunct
    shared = [c for c in head.head.children if c.dep_ == "appos" and c.i > head.i] if head.dep_ == "conj" else []
    for phrase in _hyphen_joined([c for c in head.children if c.dep_ == "appos"] + shared):
        if phrase[0].i > mention.end + 2 and not _plural_title(phrase):
            continue  # "A and B, the British minister": the title beside B, which the parser gave to A
        for part in _coordinated_titles(phrase):
            out += _title_relation(resolution, key, part, own, plural=_plural_title(part))
    first = head
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    if first.i != head.i:
        # "A, B and C, all engineers at Vexa": a plural title after the list holds for every name in it
        out += [r for c in first.children if c.dep_ == "appos" and c.i > head.i and c.tag_ == "NNS"
                for r in _title_relation(resolution, key, list(c.subtree), own, plural=True)]
    if head.dep_ == "appos" and head.head.pos_ == "NOUN":
        title_head = head.head
        exclude = own | {t.i for t in head.subtree}
        out += _title_relation(resolution, key, list(title_head.subtree), exclude)
    return out + _copular_title(resolution, key, head, own)


def _plural_title(phrase) -> bool:
    """ "all engineers at Vexa", "two researchers at Lumio": a title for every name of the list before it."""
    return any(t.dep_ == "appos" and t.tag_ == "NNS" for t in phrase)


def _coordinated_titles(tokens: list) -> list[list]:
    """ "Max Tegmark, the institute's president and a physicist at MIT": each title of a coordinated apposition
    is a phrase of its own, with its own body."""
    head = min(tokens, key=lambda t: len(list(t.ancestors)))
    parts = [c for c in head.children if c.dep_ == "conj" and c.pos_ == "NOUN" and c.tag_ == "NN"
             and any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in c.children)]
    apart = {t.i for c in parts for t in c.subtree} | {c.i for c in head.children if c.dep_ == "cc" and parts}
    return [[t for t in tokens if t.i not in apart], *(list(c.subtree) for c in parts)]


def _hyphen_joined(appositions) -> list[list]:
    """ "Helen King, vice-president of responsibility at Google DeepMind": the parser makes "vice", "-" and
    "president" three appositions; a hyphen joins them back into one title phrase."""
    phrases: list[list] = []
    for appos in sorted(appositions, key=lambda t: t.i):
        tokens = list(appos.subtree)
        if phrases and (phrases[-1][-1].text == "-" or tokens[0].text == "-") and phrases[-1][-1].i + 1 == tokens[0].i:
            phrases[-1] += tokens
        else:
            phrases.append(tokens)
    return phrases


def _copular_title(resolution, key, head, own):
    """ "Its chief executive is Tareq Amin", "Sundar Pichai is Google's chief executive": a title said of
    the name by "be" (not "was", a post held before)."""
    verb = head.head
    if head.dep_ not in ("nsubj", "attr") or verb.lemma_ != "be" or verb.tag_ == "VBD" \
            or any(c.dep_ == "neg" for c in verb.children):
        return []
    other = [c for c in verb.children if c.dep_ in ("nsubj", "attr") and c.i != head.i and c.pos_ == "NOUN"]
    return [r for o in other[:1] for r in _title_relation(resolution, key, list(o.subtree), own)]


WORK_VERBS = {"work", "serve", "sit", "teach", "research", "lecture"}
APPOINTING = {"appoint", "name", "install", "elect", "tap", "hire", "promote"}
JOIN_VERBS = {"join", "rejoin"}
LEAVE_VERBS = {"leave", "quit"}
EARLIER = {"previously", "formerly", "once", "earlier"}


def _post_given(verb, resolution, key) -> list:
    """The post an appointing verb gives the name: "appointed X as interim chief executive of Twitch", "was named
    head of the agency", "was elected president of the union" (nothing when "did not appoint", "is expected to
    name"), former when the clause says it was left after (`_left_later`)."""
    if any(c.dep_ == "neg" or c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
        return []
    roles = [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for p in c.children if p.dep_ == "pobj"] \
        + [c for c in verb.children if c.dep_ in ("oprd", "attr") and c.pos_ == "NOUN"]
    return [r for role in roles for r in _left_later(verb, _title_relation(resolution, key, list(role.subtree), set()))]


# what ends a post given before ("was named chief executive in 2015 and ousted in 2020", "before leaving in 2022")
DEPARTING = {"oust", "resign", "leave", "quit", "depart", "retire", "fire", "dismiss", "remove", "replace", "step"}


def _left_later(verb, relations: list) -> list:
    """A post the same clause says was left after it was given is a former one."""
    left = any(c.dep_ in ("conj", "advcl") and c.lemma_.lower() in DEPARTING
               or c.dep_ == "prep" and c.lower_ in ("before", "until") and any(t.lemma_.lower() in DEPARTING for t in c.subtree)
               for c in verb.children)
    return [(predicate, org, former or left, title) for predicate, org, former, title in relations]


def _clause_relation(doc, resolution, key, mention):
    """What a clause on the name says: 'X, who leads Y', 'who works at Y and previously worked at Z',
    'who joined Y', 'the Ohio Republican who chairs Y', 'X, formerly of Y'."""
    head = doc[mention.end - 1]
    out = []
    for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
                 and all(t.is_punct or t.lower_ in EARLIER | {"then", "now", "currently"} for t in doc[mention.end:c.i])):
        # "Timnit Gebru of the Distributed AI Research Institute", "Neel Varga, formerly of Corvane Labs" (right after
        # the name: not "Elon Musk, chief executive of Tesla, and all three co-founders of DeepMind", however parsed)
        former = any(a.lower_ in EARLIER | {"then"} for a in prep.children if a.dep_ == "advmod") \
            or any(t.lower_ == "then" for t in doc[mention.end:prep.i])
        # (the name itself, not a thing of it: "informed Sam Altman of OpenAI's decision")
        # ("Steve Cohen of the law firm Pollock Cohen": the name right after the firm's noun, however the parser hung it)
        out.extend(("memberOf", org, former, "formerly of" if former else "of") for p in prep.children if p.dep_ == "pobj"
                   for org in [resolution.key_at(p.i) or (resolution.key_at(p.i + 1) if p.pos_ == "NOUN" and p.i + 1 < len(doc)
                                                            and p.i + 1 not in range(mention.start, mention.end) else None)]
                   if org and resolution.category(org) in ORG_CATEGORIES - {"Country"})
    appointing = head.head
    if head.dep_ in ("dobj", "nsubjpass") and appointing.lemma_.lower() in APPOINTING \
            and appointing.dep_ not in ("xcomp", "pcomp", "acl") and appointing.tag_ != "VBG":
        # (not "voted against electing": no post given)
        # "appointed Emmett Shear as interim chief executive of Twitch", "was named head of the agency": the post given
        out.extend(_post_given(appointing, resolution, key))
    title_nouns = [c for c in head.children if c.dep_ == "appos"] + ([head.head] if head.dep_ == "appos" else [])
    clauses = [c for t in [head, *title_nouns] for c in t.children if c.dep_ == "relcl"]
    for rel in clauses:
        if rel.lemma_.lower() in APPOINTING and any(c.dep_ == "nsubjpass" and c.lower_ == "who" for c in rel.children):
            out.extend(_post_given(rel, resolution, key))  # "Sean Astin, who was elected president of SAG-AFTRA"
    # "Emily Carter and John Park, who work at Vexa": a plural relative clause on the last name holds for the list
    clauses += [c for t in head.conjuncts if t.i > head.i for c in t.children if c.dep_ == "relcl"
                and (c.tag_ == "VBP" or any(a.lower_ in ("are", "were", "have") for a in c.children if a.dep_ in ("aux", "auxpass")))]
    clauses += [c for rel in clauses for c in rel.children if c.dep_ == "conj" and c.pos_ == "VERB"]
    for rel in clauses:
        lemma = rel.lemma_.lower()
        earlier = any(c.lower_ in EARLIER for c in rel.children if c.dep_ == "advmod")
        if lemma == "co" and rel.i + 2 < len(doc) and doc[rel.i + 1].text == "-" and doc[rel.i + 2].lemma_.lower() == "found":
            # "who co-founded OpenAI", which the parser splits at the hyphen: the founding of what "founded" modifies
            founded, lemma = doc[rel.i + 2], "co-founded"  # (the title it records)
            objects = [c for c in rel.children if c.dep_ == "dobj"] or ([founded.head] if founded.dep_ == "amod" else [])
            predicate, former = "memberOf", False
        elif lemma in LEAD_VERBS:
            # ("Rod Sims, who chaired the commission at the time": a post held in the past, where a present one is
            # "who chairs")
            # (not "who led Vexa to record profits": an achievement, not the post)
            past = rel.tag_ == "VBD" and not any(c.dep_ in ("aux", "xcomp", "ccomp") or c.dep_ == "prep" and c.lower_ in ("to", "into", "through")
                                                 for c in rel.children)
            objects, predicate, former = [c for c in rel.children if c.dep_ == "dobj"], "leads", earlier or past
        elif lemma == "preside":  # "who also presides over the National Congress"
            objects = [p for c in rel.children if c.dep_ == "prep" and c.lower_ == "over" for p in c.children if p.dep_ == "pobj"]
            predicate, former = "leads", earlier
        elif lemma in WORK_VERBS:
            # ("who worked as a moderator for Sama": the employer may hang on the role)
            roles = [p for c in rel.children if c.dep_ == "prep" and c.lower_ == "as" for p in c.children if p.dep_ == "pobj"]
            objects = [p for t in (rel, *roles) for c in t.children if c.dep_ == "prep" and c.lower_ in ("at", "for", "on", "with")
                       for p in c.children if p.dep_ == "pobj"]
            if lemma == "sit":  # "who sits on the board of Vexa" (not "on an advisory council convened by Vexa")
                objects = [o for o in objects if o.lemma_.lower() == "board"]
            predicate, former = "memberOf", earlier or rel.tag_ == "VBD"
        elif lemma in JOIN_VERBS | LEAVE_VERBS | FOUNDING_VERBS:
            objects, predicate = [c for c in rel.children if c.dep_ == "dobj"], "memberOf"
            former = earlier or lemma in LEAVE_VERBS
        else:
            continue
        # ("who left its board": a pronoun's guess is not evidence enough for a membership)
        # (a name the tagger took for a pronoun, "who runs xAI", is still a name)
        orgs = [k for c in objects for k in phrase_keys(c, resolution) if not any(
            t.pos_ == "PRON" and t.text.islower() and resolution.key_at(t.i) == k for t in c.subtree)]
        if predicate == "leads" and any(c.pos_ == "NOUN" and c.text.islower() and resolution.key_at(c.i) is None for c in objects):
            # "who chairs the Senate Judiciary subcommittee": a part the article does not name, of the body it does
            predicate = "memberOf"
        if predicate == "memberOf" and lemma in LEAD_VERBS and not orgs:
            # "Jeff Dean, who heads AI research at Google": a part the article does not name, of the body it is at
            orgs = [k for t in (rel, *objects) for c in t.children if c.dep_ == "prep" and c.lower_ == "at"
                    for p in c.children if p.dep_ == "pobj" for k in phrase_keys(p, resolution)]
        out.extend((predicate, org, former, lemma) for org in orgs[:1]
                   if org != key and resolution.category(org) in ORG_CATEGORIES - {"Country"})
    return out


def _whose_title(doc, resolution):
    """'Pieces, whose chief executive is Ruben Amarasingham': a relative clause gives the body's officer."""
    for tok in doc:
        if tok.lower_ != "whose" or tok.dep_ != "poss":
            continue
        noun, verb = tok.head, tok.head.head
        if noun.dep_ != "nsubj" or verb.lemma_ != "be" or verb.dep_ != "relcl":
            continue
        org = resolution.key_at(verb.head.i)
        title, is_head = _title_in([t.text for t in noun.subtree if t.i != tok.i])
        if not org or not title or resolution.category(org) not in ORG_CATEGORIES:
            continue
        for attr in (c for c in verb.children if c.dep_ == "attr"):
            person = resolution.key_at(attr.i)
            if person and resolution.category(person) == "Person":
                yield ("leads" if is_head else "memberOf"), person, org, title, sentence_evidence(tok.sent)


def _which_leads(verb, resolution):
    """ "The Justice Department, which Barr leads": the relative clause's subject heads its antecedent."""
    org = resolution.key_at(verb.head.i)
    if not org or resolution.category(org) not in ORG_CATEGORIES \
            or not any(c.dep_ == "dobj" and c.lower_ in ("which", "that") for c in verb.children):
        return
    for person in (k for c in verb.children if c.dep_ == "nsubj" for k in [resolution.key_at(c.i)] if k):
        if resolution.category(person) == "Person":
            yield "leads", person, org, "leads", sentence_evidence(verb.sent)


def _led_by(doc, resolution):
    """'Stability AI, which is led by Emad Mostaque', 'the group founded by Max Schrems': passive lead and
    founding verbs on an organisation."""
    for tok in doc:
        if tok.dep_ == "relcl" and tok.lemma_.lower() in LEAD_VERBS and not is_passive(tok):
            yield from _which_leads(tok, resolution)
            continue
        if tok.lemma_.lower() not in LEAD_VERBS | FOUNDING_VERBS or not any(c.dep_ in ("auxpass", "nsubjpass", "agent") for c in tok.children):
            continue
        # (its first participle a lead or founding verb too: not "the lawsuit, filed by X and led by Y")
        described = tok.head if tok.dep_ == "conj" and tok.head.dep_ in ("relcl", "acl") \
            and tok.head.lemma_.lower() in LEAD_VERBS | FOUNDING_VERBS else tok
        if described.dep_ in ("relcl", "acl"):
            # ("Worldcoin, the project co-founded by Sam Altman": the name the described noun stands beside)
            # ("the organisation, founded and chaired by Max Schrems": a participle's conjunct describes it too)
            org = resolution.key_at(described.head.i) or (resolution.key_at(described.head.head.i) if described.head.dep_ == "appos" else None)
        else:
            # "The institute is housed at NIST and is led by Elizabeth Kelly": the passive clause's subject
            clause = tok.head if tok.dep_ == "conj" else tok
            subjects = [c for t in (tok, clause) for c in t.children if c.dep_ == "nsubjpass"]
            org = resolution.key_at(subjects[0].i) if subjects else None
        if not org or resolution.category(org) not in ORG_CATEGORIES:
            continue
        predicate, title = ("memberOf", "founded by") if tok.lemma_.lower() in FOUNDING_VERBS else ("leads", "led by")
        if predicate == "leads" and any(c.dep_ == "advmod" and c.lower_ in EARLIER for c in tok.children):
            predicate, title = "memberOf", "formerly led by"  # "once run by Ana Ruiz": a post no longer held
        for agent in [c for c in tok.children if c.dep_ == "agent"]:
            for pobj in agent.children:
                # "chaired by the technology investor Ian Hogarth": the name may sit inside the phrase
                people = [k for k in [resolution.key_at(pobj.i)] if k] or phrase_keys(pobj, resolution)
                # ("founded by Dario Amodei and Daniela Amodei": each of them)
                people += [k for c in pobj.conjuncts for k in [resolution.key_at(c.i)] if k and k not in people]
                for person in people:
                    if resolution.category(person) == "Person":
                        yield predicate, person, org, title, sentence_evidence(tok.sent)


def _develops(doc, resolution):
    """A model possessed by a company: 'OpenAI's ChatGPT', 'Anthropic's models, Fable 5 and Mythos 5'."""
    possessed = sorted({doc[i].head.i for i in (doc.to_array("DEP") == doc.vocab.strings["poss"]).nonzero()[0].tolist()})
    # ("Apple's App Store and Google Play": a product named for another company is that company's)
    companies = {fold(c.label) for c in resolution.clusters if c.category == "Company"} | _lexicon_companies()
    for tok in (doc[i] for i in possessed):  # (the words with a possessive: no other can have one)
        poss = [c for c in tok.children if c.dep_ == "poss"]
        if not poss:
            continue
        owner = resolution.key_at(poss[0].i)
        if not owner or resolution.category(owner) not in ("Company", "Organization"):
            continue
        # "Google's Bard and Microsoft's Bing chatbot": a conjunct with its own owner is not this owner's
        # ("Meta's Llama, Google's Gemini, OpenAI's GPT-4 and GPT-4o, Mistral Large": in a list where others have
        # owners of their own, only what is joined to this one by "and" is this owner's, not what follows a comma)
        items = _list_items(tok)
        own = [c for c in items if any(g.dep_ == "poss" for g in c.children)]
        mixed = [c for c in items if c.i > tok.i and not (doc[c.left_edge.i - 1].lower_ in ("and", "or")
                                                           and doc[c.left_edge.i - 2].text != ",")] if own else []
        others = companies - {fold(resolution.by_key[owner].label)}
        # ("OpenAI's GPT-4o, Google's Gemini 1.5 Pro, Meta's Llama 3.2 ...": however the parser hangs the list, a
        # model after another possessive is that one's)
        def after_another(k) -> bool:
            at = next((t.i for t in tok.subtree if resolution.key_at(t.i) == k), None)
            return at is not None and any(doc[i].dep_ == "poss" or any(c.dep_ == "case" for c in doc[i].children)
                                          for i in range(poss[0].i + 1, at))
        models = [k for k in phrase_keys(tok, resolution, with_poss=False)
                  if resolution.category(k) == "AIModel" and not any(k in phrase_keys(c, resolution) for c in own)
                  and not any(resolution.key_at(c.i) == k for c in mixed) and not after_another(k)
                  and fold(resolution.by_key[k].label).split()[0] not in others]
        models += trailing_names(tok, resolution)
        if tok.lemma_.lower() in PLATFORM_NOUNS:
            # "Twitter's iOS and Android apps": an operating system named before an app is what it runs on (not
            # "OpenAI's ChatGPT app")
            systems = set(name_cues()["operating_systems"])
            models = [m for m in models if resolution.by_key[m].label not in systems]
        # ("Microsoft's ChatGPT-powered Bing": a known product the lexicon says another company makes is not the owner's)
        # ("Apple's App Store": a platform it owns, no model it develops)
        owner_known = resolution.by_key[owner].known
        for model in dict.fromkeys(models):
            maker = developers().get(resolution.by_key[model].known or "")
            # (a unit of the maker is the maker: "Google DeepMind's Gemini")
            own = maker is None or maker == owner_known or fold(resolution.by_key[owner].label).startswith(fold(maker) + " ")
            if own and resolution.by_key[model].known not in platforms():
                yield owner, model, sentence_evidence(tok.sent)


# what runs on a platform the name before it gives ("its Android app", "the iOS version")
PLATFORM_NOUNS = {"app", "version", "client", "edition", "port"}


def _list_items(tok) -> list:
    """The other items of a list a noun heads, however the parser joined them (conjuncts, appositions)."""
    items, todo = [], [tok]
    while todo:
        for child in todo.pop().children:
            if child.dep_ in ("conj", "appos") and child not in items:
                items.append(child)
                todo.append(child)
    return items


@lru_cache(maxsize=1)
def _lexicon_companies() -> frozenset[str]:
    return frozenset(fold(r["name"]) for r in known_entities() if r["category"] == "Company")


MAKER_NOUNS = {"maker", "developer", "creator", "owner", "producer", "builder", "operator", "parent"}
# "the San Francisco company behind the chatbot Replika": a company noun with "behind" names its product
COMPANY_NOUNS = {"company", "firm", "start-up", "startup", "lab", "group", "business", "outfit"}
BUILD_VERBS = {"build", "develop", "make", "create", "launch", "release", "train", "design", "own", "operate", "run"}


# (a clause with no relative pronoun only for verbs of making: not "the model Microsoft makes available", "operates")
MAKING_VERBS = BUILD_VERBS - {"make", "own", "operate", "run"}


def _makers(doc, resolution):
    """'the ChatGPT maker', 'OpenAI, the maker of ChatGPT', 'ChatGPT maker OpenAI', 'Luka, the company
    behind the chatbot Replika': a company described by its product."""
    for tok in doc:
        lemma = tok.lemma_.lower()
        if lemma not in MAKER_NOUNS and lemma not in COMPANY_NOUNS:
            continue
        company = resolution.key_at(tok.i) or (resolution.key_at(tok.head.i) if tok.dep_ in ("appos", "compound") else None)
        edge = tok.left_edge.i
        if tok.dep_ == "appos" and edge >= 2 and doc[edge - 1].text == "," and tok.head.i < edge - 2 \
                and (beside := resolution.key_at(edge - 2)):
            # "served on Character Technologies, which runs X, and on Glimpse.AI, the developer of Nomi": the name
            # right before the apposition's comma, wherever the parser hung it
            company = beside
        if not company or resolution.category(company) not in ("Company", "Organization"):
            continue
        preps = ("of",) if lemma in MAKER_NOUNS else ("behind",)
        products = [resolution.key_at(c.i) for c in tok.children if c.dep_ == "compound" and lemma in MAKER_NOUNS]
        products += [k for c in tok.children if c.dep_ == "prep" and c.lower_ in preps
                     for p in c.children if p.dep_ == "pobj" for k in phrase_keys(p, resolution)]
        for product in products:
            # (not "the iPhone maker": a platform's owner, no model's developer)
            if product and product != company and resolution.category(product) == "AIModel" \
                    and resolution.by_key[product].known not in platforms():
                yield company, product, sentence_evidence(tok.sent)


def _built_by(tok, resolution):
    """'Grok is built by xAI', 'Grok, the chatbot developed by xAI': the passive names the maker."""
    makers = [k for c in tok.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"
              for k in phrase_keys(p, resolution)]
    if tok.dep_ == "acl":
        made = tok.head.head if tok.head.dep_ == "appos" else tok.head
        products = phrase_keys(made, resolution) + ([k] if (k := resolution.key_at(tok.head.i)) else [])
        if tok.head.dep_ == "appos" and (named := resolution.key_at(made.i)):
            # "Grok, a rocket-shaped plush made by Curio, and Miko 3": the apposition is the one name's, not its list's
            products = [named]
    else:
        products = [k for c in tok.children if c.dep_ == "nsubjpass" for k in phrase_keys(c, resolution)]
    for company in makers:
        if resolution.category(company) not in ("Company", "Organization"):
            continue
        for product in dict.fromkeys(products):
            if product != company and resolution.category(product) == "AIModel":
                yield company, product, sentence_evidence(tok.sent)
    # (a brand, and its owner, only by the names the participle hangs on and its "by" names: "WeChat, owned by
    # Tencent, and Kaspersky")
    owned = resolution.key_at(tok.head.i) if tok.dep_ in ("acl", "relcl") else None
    owners = [k for c in tok.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj" for k in [resolution.key_at(p.i)] if k]
    # (now and wholly: not "was owned by Vexa until 2021", "partly owned by")
    present = not any(c.lower_ in ("was", "were") or c.dep_ == "prep" and c.lower_ == "until"
                      or c.dep_ == "advmod" and c.lower_ in ("partly", "partially", "jointly", "formerly", "previously", "once")
                      for c in tok.children)
    if tok.lemma_.lower() == "own" and present and owned and owners and owners[0] != owned \
            and resolution.category(owners[0]) == "Company" and _a_brand(resolution, owned):
        yield owners[0], owned, sentence_evidence(tok.sent)


def _a_brand(resolution, key: str) -> bool:
    """ "WhatsApp, which is owned by Meta Platforms": a company known by one coined word, owned by another, is the
    owner's product (not "Diners Club International, which is owned by Discover": a business of its own name)."""
    return resolution.category(key) == "Company" and len(resolution.by_key[key].label.split()) == 1


# nouns of an AI product that name their maker only after "from" ("the Aya model from Cohere")
MAKER_NAMED_NOUNS = {"model", "assistant", "tool", "system"}


def _said_to_be_products(doc, resolution):
    """'XiaoBing is a Microsoft product', 'Lumi is Vexa's chatbot', 'Miko 3, a robot from the Indian company Miko',
    'the Aya model from Cohere': a model said to be a company's product."""
    for tok in doc:
        lemma = tok.lemma_.lower()
        made_from = [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "from" for p in c.children if p.dep_ == "pobj"]
        if lemma in PRODUCT_NOUNS and tok.dep_ == "attr" and tok.head.lemma_ == "be":
            owners = [k for c in tok.children if c.dep_ in ("compound", "poss") for k in [resolution.key_at(c.i)]
                      if k and resolution.category(k) == "Company"]
            named = [c for c in tok.head.children if c.dep_ == "nsubj"]
        elif lemma in PRODUCT_NOUNS and tok.dep_ == "appos":
            owners = [k for p in made_from for k in phrase_keys(p, resolution) if resolution.category(k) == "Company"]
            named = [tok.head]
        elif lemma in PRODUCT_NOUNS | MAKER_NAMED_NOUNS and made_from:
            # "an open-weight Aya model from Cohere": the name before the noun, the maker after it
            owners = [k for p in made_from for k in phrase_keys(p, resolution) if resolution.category(k) == "Company"]
            named = [c for c in tok.children if c.dep_ == "compound"]
        else:
            continue
        models = [k for c in named for k in [resolution.key_at(c.i)] if k and resolution.category(k) == "AIModel"]
        if len(owners) == 1 and models:
            yield owners[0], models[0], sentence_evidence(tok.sent)


def _builders(doc, resolution):
    """'Inflection, which built the chatbot Pi', 'the company had launched a chatbot in China, XiaoIce':
    a clause that says who made or launched a model."""
    for tok in doc:
        if tok.lemma_.lower() not in BUILD_VERBS | {"unveil", "introduce", "debut"} or tok.pos_ != "VERB":
            continue
        if tok.tag_ == "VBN":
            yield from _built_by(tok, resolution)
        subjects = [c for c in tok.children if c.dep_ == "nsubj"]
        if not subjects:
            continue
        if tok.dep_ == "relcl" and subjects[0].lower_ in ("which", "that"):
            # ("Google DeepMind, the Alphabet unit that built Gemini": the clause on the apposition is on the name)
            company = resolution.key_at(tok.head.i) or (resolution.key_at(tok.head.head.i) if tok.head.dep_ == "appos" else None)
        else:
            company = resolution.key_at(subjects[0].i)
        if not company or resolution.category(company) not in ("Company", "Organization"):
            continue
        objects = [c for c in tok.children if c.dep_ == "dobj"]
        if tok.dep_ == "relcl" and not objects and subjects[0].lower_ not in ("which", "that", "who") \
                and tok.lemma_.lower() in MAKING_VERBS:
            # "GPT-4, the model OpenAI released this month": the clause's object is the noun it hangs on
            objects = [tok.head.head] if tok.head.dep_ == "appos" and not resolution.key_at(tok.head.i) else [tok.head]
        for obj in objects:
            for product in phrase_keys(obj, resolution) + trailing_names(obj, resolution):
                if product != company and resolution.category(product) == "AIModel":
                    yield company, product, sentence_evidence(tok.sent)


def _known_makers(resolution):
    """ "a partnership with OpenAI to bring the ChatGPT chatbot to Siri": where the article names a known
    product and the company the lexicon says makes it, that company develops it (the evidence: the first
    sentence naming both, else the product's first mention)."""
    makers = developers()
    known = {c.known: c for c in resolution.clusters if c.known}
    for name, cluster in sorted(known.items()):
        maker = known.get(makers.get(name))
        if maker is None or maker.key == cluster.key:
            continue
        sentences = {m.evidence for m in maker.mentions}
        evidence = next((m.evidence for m in cluster.mentions if m.evidence in sentences), cluster.mentions[0].evidence)
        yield maker.key, cluster.key, evidence


def _sub_bodies(doc, resolution):
    """'the department's Bureau of Industry and Security', 'the university's Center for Digital Policy': a body
    possessed by a body of its kind is part of it."""
    owners = {"GovernmentBody": ("GovernmentBody", "Country"), "Organization": ("Organization",)}
    for cluster in resolution.clusters:
        if cluster.category not in owners:
            continue  # ("Stanford University's Center for Digital Policy": a university's centre is part of it)
        for m in cluster.mentions:
            head = doc[m.end - 1]
            while head.head.i != head.i and head.head.i < m.end and head.head.i >= m.start:
                head = head.head
            for child in head.children:
                owner = resolution.key_at(child.i) if child.dep_ == "poss" else None
                if owner and owner != cluster.key and resolution.category(owner) in owners[cluster.category]:
                    yield cluster.key, owner, m.evidence


def _listed_under_title(doc, resolution):
    """ "Senators Josh Hawley and Richard Blumenthal", "the former OpenAI employees A, B and C": a plural
    title or staff noun right before a list of names holds for every name in the list."""
    table, staff = titles(), name_cues()["staff_nouns"]
    for tok in doc[:-1]:
        singular = tok.lemma_.lower()
        verbal = False
        if tok.tag_ in ("NNP", "NNPS") and tok.lower_.endswith("s") and tok.lower_[:-1] in table:
            singular = tok.lower_[:-1]  # "Senators Josh Hawley ... and Richard Blumenthal": the tagger's proper noun
        elif tok.tag_ == "VBZ" and tok.lower_[:-1] in staff and tok.i > 0 and resolution.key_at(tok.i - 1) \
                and resolution.category(resolution.key_at(tok.i - 1)) in ORG_CATEGORIES:
            singular, verbal = tok.lower_[:-1], True  # "Vexa Inc. engineers Emily Carter and John Park": a noun the tagger made a verb
        elif tok.tag_ != "NNS":
            continue
        # "its founders, Noam Shazeer and Daniel De Freitas": the list may follow a comma
        at = tok.i + 2 if doc[tok.i + 1].text == "," and tok.i + 2 < len(doc) else tok.i + 1
        first = resolution.key_at(at)
        counted = [c for c in tok.children if c.dep_ == "nummod" and c.like_num] or \
            [t for t in doc[max(tok.i - 3, 0):tok.i] if t.like_num and t.dep_ == "nummod"]
        if doc[tok.i + 1].lower_ == "of" and (singular in table or singular in staff) and counted \
                and (listed := _listed_after_body(doc, resolution, tok.i + 2)):
            # "all three co-founders of Google's DeepMind, Demis Hassabis, Shane Legg and Mustafa Suleyman" (counted:
            # not "the founders of Vexa, Blue Harbor and Silver Creek", a list of bodies)
            org, people = listed
            former = any(c.lower_ in FORMER for c in tok.children)
            for person in people:
                yield ("leads" if table.get(singular) else "memberOf"), person, org, former, singular, sentence_evidence(tok.sent)
            continue
        if singular not in table and singular not in staff or not first or resolution.category(first) != "Person":
            continue
        head = doc[at]
        while head.dep_ in ("compound", "flat") and head.head.i > head.i:
            head = head.head  # "Josh" -> "Hawley"
        if verbal:
            head = next((t for t in doc[at:at + 4] if resolution.key_at(t.i) == first and t.dep_ not in ("compound", "flat")), head)
        if at > tok.i + 1 and not (head.dep_ in ("appos", "conj") and head.head.i == tok.i):
            continue  # after a comma, only a list in apposition to the title
        # ("Senators A, a Missouri Republican, and B": the parser joins B to A's apposition)
        listed = [head, *head.conjuncts, *(c for a in head.children if a.dep_ == "appos" for c in a.conjuncts)]
        people = [k for t in listed for k in [resolution.key_at(t.i)] if k and resolution.category(k) == "Person"]
        orgs = [k for c in tok.children if c.dep_ in ("compound", "amod", "nmod", "poss")
                for k in [resolution.key_at(c.i)] if k and resolution.category(k) in ORG_CATEGORIES]
        if not orgs and any(c.dep_ == "compound" and c.lower_ in ("company", "firm") for c in tok.children):
            # "company researchers Kyra Yee, A and B": the company the sentence names, else the story's
            named = list(dict.fromkeys(k for t in tok.sent for k in [resolution.key_at(t.i)]
                                       if k and resolution.category(k) == "Company"))
            orgs = named if len(named) == 1 else [k for k in [resolution.most_named("Company", at_least=3)] if k]
        if verbal:
            orgs = [resolution.key_at(tok.i - 1)]
        if not orgs and singular in TITLE_BODIES:
            orgs = _title_body(resolution, singular, by_head=True)
        former = any(c.lower_ in FORMER for c in tok.children)
        for person in dict.fromkeys(people if orgs else ()):
            yield ("leads" if table.get(singular) else "memberOf"), person, orgs[0], former, singular, sentence_evidence(tok.sent)


def _listed_after_body(doc, resolution, start: int):
    """The body a plural title is "of" and the people listed after its comma, read off the words (the parser
    rarely joins such a list right): "[of] Google's DeepMind, A, B and C" -> (DeepMind, [A, B, C])."""
    org, i = None, start
    while i < len(doc) and doc[i].text != "," and i < start + 8:
        key = resolution.key_at(i)
        if key and resolution.category(key) in ORG_CATEGORIES - {"Country"}:
            org = key  # (the last one: "Google's DeepMind" is DeepMind's)
        elif not (key or doc[i].lower_ in ("the", "its", "their") or doc[i].tag_ == "POS"):
            return None
        i += 1
    if org is None or i >= len(doc) or doc[i].text != ",":
        return None
    people = []
    for tok in doc[i + 1:doc[i].sent.end]:
        key = resolution.key_at(tok.i)
        if key and resolution.category(key) == "Person":
            if key not in people:
                people.append(key)
        elif not (tok.text == "," or tok.lower_ == "and" or key):
            break
    return (org, people) if len(people) >= 2 else None


def _own_party(doc, resolution):
    """ "Turnbull fought a leadership challenge inside his Liberal Party": a person's own party is one they belong to."""
    for tok in doc:
        if tok.lower_ not in ("his", "her") or tok.dep_ != "poss":
            continue
        person, party = resolution.key_at(tok.i), resolution.key_at(tok.head.i)
        if person and party and resolution.category(person) == "Person" and resolution.category(party) in ORG_CATEGORIES \
                and fold(resolution.by_key[party].label).split()[-1] == "party":
            # ("who left his Green Party in 2019": a former one)
            former = tok.head.head.lemma_.lower() in LEAVE_VERBS | {"exit", "resign", "defect"}
            yield "memberOf", person, party, former, "party", sentence_evidence(tok.sent)


FIRING_VERBS = {"fire", "dismiss", "sack", "oust", "terminate"}


def _fired(doc, resolution):
    """ "Vexa fired Emily Carter and John Park", "Carter, who was dismissed by Vexa": a body that fires someone
    employed them (a former member)."""
    for verb in doc:
        if verb.lemma_.lower() not in FIRING_VERBS or verb.pos_ != "VERB" or any(c.dep_ == "neg" for c in verb.children):
            continue
        if is_passive(verb):
            bodies = [k for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj" for k in phrase_keys(p, resolution)]
            people = [k for c in verb.children if c.dep_ == "nsubjpass" for k in phrase_keys(c, resolution)]
            if verb.dep_ == "relcl" and not people:
                people = [k for k in [resolution.key_at(verb.head.i)] if k]
        else:
            bodies = [k for c in verb.children if c.dep_ == "nsubj" for k in phrase_keys(c, resolution)]
            people = [k for c in verb.children if c.dep_ == "dobj" for k in phrase_keys(c, resolution)]
        bodies = [b for b in bodies if resolution.category(b) in ("Company", "Organization")]
        for person in people:
            if bodies and resolution.category(person) == "Person":
                yield "memberOf", person, bodies[0], True, verb.lemma_.lower(), sentence_evidence(verb.sent)


def _minister_of_country(title: str | None, category: str) -> bool:
    """ "Britain's Technology Secretary Liz Kendall": a secretary or minister whose body is the country
    holds a post in its government and heads no country (the spec's convention: memberOf)."""
    return category == "Country" and bool(title) and title.split()[-1] in ("secretary", "minister") \
        and title not in ("prime minister", "first minister")


def extract_relations(doc, resolution) -> tuple[Relation, ...]:
    found: dict[tuple, Relation] = {}

    def add(predicate, subject, obj, former, title, evidence, confidence):
        if subject == obj:
            return
        if predicate == "leads" and title and title.split()[-1] == "leader" and resolution.by_key[obj].kind == "Legislature":
            predicate = "memberOf"  # "Senate Democratic leader Chuck Schumer": a party's leader in a chamber sits in it
        if predicate == "leads" and title and title.split()[-1] == "speaker" and resolution.by_key[obj].kind != "Legislature":
            predicate = "memberOf"  # a speaker presides over a chamber only ("the keynote speaker at a Vexa event")
        if predicate == "leads" and former and not (title or "").startswith("then "):
            # the spec's convention: a post no longer held is a former membership (not "then-Defense Secretary Jim
            # Mattis": the post held at the time of what is told)
            predicate = "memberOf"
        key = (predicate, subject, obj)
        if key in found:
            old = found[key]
            found[key] = Relation(predicate, subject, obj, old.former and former, old.title or title,
                                  tuple(sorted(set(old.evidence) | {evidence})), old.confidence)
        else:
            found[key] = Relation(predicate, subject, obj, former, title, (evidence,), confidence)

    for key, mention in _person_entities(doc, resolution):
        # "a letter to chief executive Jensen Huang, the panel's chairman, John Moolenaar": a name titled
        # before it takes no second title from the apposition after it, which belongs to the next name
        titled = _premodifier_relation(doc, resolution, key, mention) or _adjacent_title(doc, resolution, key, mention)
        if _at_the_time(doc[max(0, mention.start - 6):mention.start]):
            titled = [(p, o, f, f"then {t}" if f and t else t) for p, o, f, t in titled]
        clauses = _clause_relation(doc, resolution, key, mention)
        led = {org for predicate, org, former, _ in clauses if predicate == "leads" and not former}
        for predicate, org, former, title in titled or _appositive_relation(doc, resolution, key, mention):
            if resolution.category(org) == "Person" or _minister_of_country(title, resolution.category(org)):
                predicate = "memberOf"
            if org not in led:  # "Senator X, ... who chairs the committee": its head, not only a member
                add(predicate, key, org, former, title, mention.evidence, 0.75)
        for predicate, org, former, title in clauses:
            add(predicate, key, org, former, title, mention.evidence, 0.75)
    for predicate, person, org, former, title, evidence in [*_listed_under_title(doc, resolution), *_fired(doc, resolution),
                                                            *_own_party(doc, resolution)]:
        add(predicate, person, org, former, title, evidence, 0.7)
    for predicate, person, org, title, evidence in _whose_title(doc, resolution):
        add(predicate, person, org, False, title, evidence, 0.75)
    for predicate, person, org, title, evidence in _led_by(doc, resolution):
        add(predicate, person, org, False, title, evidence, 0.7)
    for owner, model, evidence in [*_develops(doc, resolution), *_makers(doc, resolution), *_builders(doc, resolution),
                                   *_said_to_be_products(doc, resolution)]:
        add("develops", owner, model, False, None, evidence, 0.7)
    for owner, model, evidence in _known_makers(resolution):
        if ("develops", owner, model) not in found:
            add("develops", owner, model, False, None, evidence, 0.6)
    for part, whole, evidence in _sub_bodies(doc, resolution):
        add("partOf", part, whole, False, None, evidence, 0.6)
    return tuple(found[k] for k in sorted(found))
