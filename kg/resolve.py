"""Decide which mentions are the same real thing, and what "the company" or "its" refers to.

Within an article: identical folded names; the lexicon's aliases; short forms (a surname for a
person, a leading part of an organisation's name: "Micron" for "Micron Technology"); bracketed
acronyms and initials ("FTC" for "Federal Trade Commission"); word-order variants of government
names ("Department of Commerce" = "Commerce Department"). Across articles, an entity's key is its
lexicon name or its fullest folded name, so the same thing gets the same IRI in every article.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from itertools import takewhile

from .extract.mentions import (LEGAL_SUFFIXES, NameMention, company_words, context_votes, government_phrase,
                               group_of_people, hyphenated, national_places, sentence_evidence)
from .extract.roles import reason_verb, verb_lemma
from .lexicon import name_cues, speech_verbs, titles
from .records import Entity, Mention
from .text import fold, slug

PRONOUNS_NONPERSON = {"it", "its", "itself"}
PRONOUNS_PERSON = {"he", "she", "his", "her", "him"}
PRONOUNS_PLURAL = {"they", "their", "them"}
COMPANY_POSSESSIONS = {"model", "chatbot", "product", "technology", "software", "app", "service", "tool", "system", "chip",
                       "executive", "chief", "ceo", "founder", "employee", "engineer", "researcher", "shareholder", "customer",
                       "user", "platform", "device", "share", "revenue", "stock", "ai", "assistant", "code", "data", "officer"}
# descriptions (name_cues "descriptions") that name a company another owns: "the Alphabet unit"
OWNED_UNITS = {"unit", "subsidiary"}
EXECUTIVE_WORDS = {"agency", "regulator", "watchdog", "department", "ministry", "bureau", "authority"}
ASKED = {"request", "demand", "order", "call", "plea", "appeal", "offer", "bid", "proposal"}  # lemmas
# words that make "the service" a state's (the civil service, the tax service), never a company's product
PUBLIC_SERVICES = {"civil", "public", "secret", "tax", "health", "postal", "foreign", "diplomatic", "security", "intelligence",
                   "national", "customs", "revenue", "social", "military", "federal", "state", "emergency", "immigration"}
# verbs whose "on X" names the platform a statement was posted on ("wrote on X", "said in a post on Truth Social")
POSTING_VERBS = {"write", "post", "say", "tweet", "announce", "publish"}
# descriptions that, once the story has given one to a body, go on naming that body rather than the last subject
NAMED_DESCRIPTIONS = {"group", "coalition", "campaign", "union", "association", "alliance", "organisation", "organization", "university",
                      "society", "guild", "charity", "federation", "foundation"}
# descriptions of one kind of body only: "the union" is a body the story called a union, or named with the word
STRICT_DESCRIPTIONS = {"union", "society", "guild", "charity", "federation", "coalition", "alliance"}
# what someone posts on, named for the platform it is on ("the company's Discord server")
MEDIUM_NOUNS = {"server", "channel", "account", "page", "blog", "feed", "profile", "handle", "group", "forum"}
# descriptions that are the head word of a body's own name ("the ministry" for the Ministry of Interior)
HEAD_DESCRIPTIONS = {"ministry", "court", "department", "commission", "committee", "bureau"}
# descriptions that fit a company or a non-profit alike ("the group's president")
EITHER_BODY = {"group", "body", "lab", "developer", "platform", "provider"}
# verbs that penalise a party for its own conduct ("fined X for ... its purchase")
PENALTIES = {"fine", "penalize", "penalise", "sanction", "punish", "censure", "reprimand"}
# what of a company or product is banned or restricted ("restricted its use", "suspended its sales")
RESTRICTED_USES = {"use", "usage", "sale", "sales", "operation", "operations", "service", "services", "access", "app", "apps",
                   "product", "products", "chatbot", "platform", "download", "downloads"}
# verbs whose object is a company or its product: "banned it", "fined it"
SANCTIONS = {"ban", "bar", "block", "fine", "sue", "suspend", "restrict", "investigate", "blacklist", "delist", "penalize",
             "penalise", "prohibit", "remove"}
NER_CAP = 3.0
POLICY_NOUNS = {"rule", "law", "regulation", "act", "directive", "standard", "requirement", "framework", "guideline",
                "legislation", "code", "policy", "treaty"}
NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
COUNTRY_PREFIXES = ("u s ", "us ", "united states ", "american ", "uk ", "british ", "chinese ", "china ", "eu ", "european ")


# "the ChatGPT maker": a company described by its product
MAKERS = ("maker", "developer", "creator")


@lru_cache(maxsize=1)
def _polities() -> frozenset[str]:
    """Folded names of countries and unions of them (the lexicon's countries and demonyms' countries)."""
    from .lexicon import countries, demonyms

    return frozenset(fold(c) for c in countries() | set(demonyms().values()))


@lru_cache(maxsize=1)
def _country_prefixes() -> tuple[str, ...]:
    """Words before a body's name that only say whose it is: "U.S.", "Chinese", "Brazilian"."""
    from .lexicon import demonyms

    return tuple(sorted(set(COUNTRY_PREFIXES) | {fold(d) + " " for d in demonyms()}))


def variants(name: str) -> set[str]:
    """Folded forms of a name that refer to the same body."""
    base = fold(name)
    forms = {base}
    for prefix in _country_prefixes():
        if base.startswith(prefix) and len(base) > len(prefix) + 3:
            forms.add(base[len(prefix):])
    for form in list(forms):
        words = form.split()
        if len(words) >= 3 and words[0] in ("department", "ministry", "office") and words[1] == "of":
            forms.add(" ".join(words[2:] + [words[0]]))
            if words[0] == "ministry" and len(words) >= 4:
                # "Economy, Trade and Industry Minister X": a ministry's long field names the ministry
                forms.add(" ".join(words[2:]))
        if len(words) == 2 and words[1] in ("department", "ministry"):
            forms.add(f"{words[1]} of {words[0]}")
    return forms


def without_legal_form(name: str) -> str | None:
    """ "Stack Overflow, Inc." -> "stack overflow": the folded name less its legal form, if it has one."""
    words = fold(name).split()
    return " ".join(words[:-1]) if len(words) >= 2 and words[-1] in LEGAL_FORMS else None


# legal forms at the end of a company's name (folded), which the same company is often named without
LEGAL_FORMS = {s.lower() for s in LEGAL_SUFFIXES} | {"incorporated", "corporation", "limited"}


def initials(name: str) -> str:
    return "".join(w[0] for w in name.replace("-", " ").split() if w[:1].isupper())


@dataclass
class Cluster:
    mentions: list[NameMention] = field(default_factory=list)
    known: str | None = None
    extra_aliases: set = field(default_factory=set)
    present: str | None = None  # the present name, where the article gives a former one

    @property
    def votes(self) -> dict:
        """The words around every mention add up; the NER's label, which repeats its one guess at
        every mention ("Thomson Reuters" a PERSON six times), counts up to NER_CAP."""
        total: dict = {}
        ner: dict = {}
        for m in self.mentions:
            for k, v in m.votes.items():
                total[k] = total.get(k, 0.0) + v - m.ner.get(k, 0.0)
            for k, v in m.ner.items():
                ner[k] = ner.get(k, 0.0) + v
        for k, v in ner.items():
            total[k] = total.get(k, 0.0) + min(v, NER_CAP)
        return total

    @property
    def category(self) -> str:
        votes = self.votes
        if not votes:
            return "Organization"
        # (a tie goes to the words around the name over the NER's guess: "the CGIL, Italy's largest labour
        # confederation", an ORG three times)
        ner = {k: min(sum(m.ner.get(k, 0.0) for m in self.mentions), NER_CAP) for k in votes}
        return max(sorted(votes), key=lambda k: (votes[k], votes[k] - ner[k]))

    @property
    def settled_category(self) -> str:
        """The category once clusters stop merging (a surname still joins its full name first)."""
        best = self.category
        if best == "Person" and not self.known and self._one_word_by_ner_only():
            # "LiveLaw", "TIM", "SAG-AFTRA": news names a person in full at least once; a single word written as no
            # person's name is, that only the NER took for a person, is a company's, or whatever else its context says
            others = {k: v for k, v in self.votes.items() if k != "Person" and v > 0}
            return max(sorted(others), key=lambda k: others[k]) if others else "Company"
        return best

    def _one_word_by_ner_only(self) -> bool:
        # a word no person's name is written as: inner capitals ("LiveLaw", "YouTube"), all capitals ("TIM"), digits
        # or a hyphen ("SAG-AFTRA")
        return all(len(m.text.split()) == 1 and (any(c.isupper() for c in m.text[1:]) or any(c.isdigit() for c in m.text)
                                                 or "-" in m.text) for m in self.mentions) \
            and sum(m.votes.get("Person", 0.0) - m.ner.get("Person", 0.0) for m in self.mentions) <= 0

    @property
    def kind(self) -> str | None:
        kinds = sorted({m.kind for m in self.mentions if m.kind})
        return kinds[0] if kinds else None

    @property
    def label(self) -> str:
        if self.known or self.present:
            return self.known or self.present
        names = [m.text for m in self.mentions if m.acronym_of is None]
        names = names or [m.text for m in self.mentions]
        return max(sorted(names), key=lambda n: (len(n.split()), len(n)))

    @property
    def key(self) -> str:
        return slug(self.label)

    def forms(self) -> set[str]:
        out = set()
        for m in self.mentions:
            out |= variants(m.text)
        return out


class Resolution:
    """Clusters of mentions, and a token → entity key map that role extraction reads."""

    def __init__(self, doc, clusters: list[Cluster]):
        self.doc = doc
        self.clusters = [c for c in clusters if c.mentions]
        self.by_key = {}
        self.token_key: dict[int, str] = {}
        keys = [c.key for c in self.clusters]  # (each computed from the cluster's names: once)
        for cluster, key in zip(self.clusters, keys):
            self.by_key.setdefault(key, cluster)
            for m in cluster.mentions:
                for i in range(m.start, m.end):
                    self.token_key[i] = key
        self.order = sorted((m.start, key) for c, key in zip(self.clusters, keys) for m in c.mentions)
        self._categories: dict[str, str] = {}
        # "breaching European Union privacy rules": a name that only says whose rules is no antecedent for "the regulator"
        self.modifiers = {m.start for c in self.clusters for m in c.mentions
                          if doc[m.end - 1].dep_ in ("compound", "amod", "nmod") and doc[m.end - 1].head.lemma_.lower() in POLICY_NOUNS}
        # "co-founded by OpenAI chief executive Sam Altman": a company named only to say whose officer someone is
        self.employers = {m.start for c in self.clusters for m in c.mentions
                          if doc[m.end - 1].dep_ in ("compound", "nmod", "poss") and doc[m.end - 1].head.i > m.end - 1
                          and any(t.lower_ in titles() for t in doc[m.end:doc[m.end - 1].head.i + 1])}
        # ... inside an apposition that says who a person is ("Moraes, the Supreme Court justice who presides over the
        # electoral court"), not the court of a judge who acts ("Delhi High Court judge Ana Ruiz ordered")
        self.described_employers = {m.start for c in self.clusters for m in c.mentions if m.start in self.employers
                                    and doc[m.end - 1].head.dep_ == "appos"}
        # "Altun wrote on X": the platform a statement was posted on is where it was said, no antecedent
        self.media = {m.start for c in self.clusters for m in c.mentions
                      if m.start > 0 and doc[m.start - 1].lower_ == "on" and doc[m.start - 1].head.lemma_.lower() in POSTING_VERBS
                      and doc[m.end - 1].dep_ == "pobj"}  # (not "wrote on Vexa's blog", where the blog is the medium)
        # "announced the move in a post on the company's Discord server", "on its WeChat account": a platform named
        # for the medium someone else posted on
        self.media |= {m.start for c in self.clusters for m in c.mentions
                       if doc[m.end - 1].dep_ in ("compound", "nmod") and doc[m.end - 1].head.lemma_.lower() in MEDIUM_NOUNS
                       and doc[m.end - 1].head.dep_ == "pobj" and doc[m.end - 1].head.head.lower_ == "on"
                       and any(c.dep_ == "poss" for c in doc[m.end - 1].head.children)}
        self.resolved_refs: dict[int, str] = {}
        self.self_named: dict[str, str] = {}  # a description -> the body it introduced by name ("the regulator, known as X")
        self.described = self._described_as()
        self.resolved_groups: dict[int, list[str]] = {}
        # plural descriptions of a list the story counted, each member of which speaks in them ("Filcams, Nidil and
        # Filt, three unions ... The unions argued")
        self.member_groups: set[int] = set()
        self.introduced: set[int] = set()  # plural descriptions whose own phrase names the people ("artists, including A")
        self._resolve_references()
        self._resolve_groups()
        self._resolve_named_after()

    def _described_as(self) -> dict[str, set[str]]:
        """The description nouns an apposition gives each entity ("KAIST, South Korea's leading science university":
        university), by which a later "the university" may refer to it whatever its name."""
        descriptions = name_cues()["descriptions"]
        described: dict[str, set[str]] = {}
        for cluster in self.clusters:
            for m in cluster.mentions:
                heads = {self.doc[m.end - 1], self.doc[m.start:m.end].root}  # ("the Institute of X, the ... university")
                for tok in (c for head in heads for c in head.children):
                    if tok.dep_ == "appos" and tok.pos_ == "NOUN" and tok.lemma_.lower() in descriptions and tok.i not in self.token_key:
                        described.setdefault(cluster.key, set()).add(tok.lemma_.lower())
                before = self.doc[m.start - 1] if m.start > 0 else None
                if before is not None and before.pos_ == "NOUN" and before.lemma_.lower() in NAMED_DESCRIPTIONS and before.i not in self.token_key \
                        and any(t.lower_ in ("the", "a", "an") for t in self.doc[max(before.i - 4, 0):before.i]):
                    # "the employee advocacy group Amazon Employees for Climate Justice": a description before the name
                    described.setdefault(cluster.key, set()).add(before.lemma_.lower())
        return described

    def category(self, key: str) -> str:
        category = self._categories.get(key)
        if category is None:  # the clusters no longer change: each one's votes are added up once
            cluster = self.by_key[key]
            category = cluster.settled_category
            if category != cluster.category and self._full_name_in_text(cluster.label):
                category = cluster.category  # "Picoult" where the text also says "Jodi Picoult": a person's surname
            self._categories[key] = category
        return category

    def _full_name_in_text(self, word: str) -> bool:
        """A capitalised word right before `word` somewhere in the article ("Joe Biden", "Jodi Picoult")."""
        return any(t.text == word and t.i > 0 and self.doc[t.i - 1].text[:1].isupper() and self.doc[t.i - 1].is_alpha
                   and not self.doc[t.i - 1].is_sent_start and self.doc[t.i - 1].lower_ not in titles()
                   for t in self.doc)

    def _antecedent(self, index: int, accept, skip: frozenset[int] | set[int] = frozenset()) -> str | None:
        for start, key in reversed(self.order):
            if start < index and start not in self.media and start not in skip and accept(key):
                return key
        return None

    def _resolve_references(self) -> None:
        descriptions = name_cues()["descriptions"]
        for tok in self.doc:
            if tok.i in self.token_key:
                continue
            lower = tok.lower_
            key = None
            if lower in PRONOUNS_NONPERSON and tok.pos_ == "PRON" and _expletive(tok):
                continue
            if lower in PRONOUNS_NONPERSON and tok.pos_ == "PRON":
                owned = tok.head.lemma_.lower() if tok.dep_ == "poss" else ""
                if owned in ASKED and tok.head.dep_ in ("dobj", "pobj"):
                    # "X had refused its requests": whose request a party refuses is not that party's own
                    acting = self._clause_subject(tok.head, references=True)
                    verb = tok.head.head
                    # ("It said X had refused its requests": the one reporting it asked)
                    said = self._clause_subject(verb, references=True) - acting if verb.dep_ == "ccomp" else set()
                    key = min(said) if len(said) == 1 else next(
                        (k for start, k in reversed(self.order) if start < tok.i and start not in self.modifiers
                         and self.category(k) not in ("Person", "AIModel") and k not in acting), None)
                elif tok.dep_ == "poss" and tok.lower_ == "its" and (parallel := self._parallel_possessor(tok)):
                    key = parallel
                elif tok.dep_ == "poss" and tok.lower_ == "its" and owned in RESTRICTED_USES and tok.head.dep_ in ("dobj", "nsubjpass") \
                        and verb_lemma(tok.head.head) in SANCTIONS | {"limit", "curb"}:
                    # "Congress and NASA have restricted its use": whose use is restricted is a company's or its product's,
                    # not the one restricting it
                    key = self._sanctioned_party(tok, self._clause_subject(tok.head))
                elif tok.lower_ == "its" and (sanctioned := self._sanctioned_for(tok)):
                    key = sanctioned
                elif tok.dep_ == "poss" and tok.head.dep_ == "appos" and (of_body := [
                        k for p in [tok.head.head, *(p for c in tok.head.head.children if c.dep_ == "prep" and c.lower_ == "of"
                                                   for p in c.children if p.dep_ == "pobj")]
                        for k in [self.key_at(p.i)] if k and self.category(k) not in ("Person", "Country")]):
                    # "the independent directors of Huawei Australia, its chairman John Lord ...": the body the
                    # apposition is on, or the one its noun is of
                    key = of_body[0]
                elif owned in COMPANY_POSSESSIONS:
                    # "its models", "its chief executive": the owner is a company, the topic one first
                    # ("The pressure on Huawei has intensified since ... authorities detained its chief financial
                    # officer": the one company its own sentence names before it, when its subject is none)
                    # (named inside the main clause's subject, what the sentence is about: not "Following a complaint
                    # by Lumio, police detained its chief financial officer")
                    topic = {t.i for c in tok.sent.root.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}
                    own = {k for start, k in self.order if tok.sent.start <= start < tok.i and start in topic
                           and self.category(k) in ("Company", "Organization")}
                    subject = self._subject_antecedent(tok, ("Company", "Organization"))
                    key = next(iter(own)) if len(own) == 1 and not any(
                        k and self.category(k) in ("Company", "Organization") for t in tok.sent
                        if t.dep_ in ("nsubj", "nsubjpass") and t.i < tok.i for k in [self.key_at(t.i)]) else None
                    key = key or subject or self._antecedent(tok.i, lambda k: self.category(k) in ("Company", "Organization"))
                elif tok.dep_ in ("dobj", "nsubjpass", "dative") and tok.lower_ == "it" and (
                        verb_lemma(tok.head) in SANCTIONS):
                    # "banned it", "fined it": what is acted on is a company or its product, not who acts
                    # ("when Dow Jones and the New York Post sued it")
                    key = self._sanctioned_party(tok, self._clause_subject(tok))
                elif tok.dep_ == "nsubj" and tok.lower_ == "it" and tok.head.dep_ == "ccomp" and verb_lemma(tok.head) in SANCTIONS \
                        and tok.head.head.lemma_.lower() in ORDERING:
                    # "the Garante ordered it blocked": what is ordered banned is a company or its product, not who orders
                    key = self._sanctioned_party(tok, self._clause_subject(tok.head))
                if not key and tok.dep_ == "dobj" and tok.head.dep_ == "conj" and any(c.dep_ == "xcomp" for c in tok.head.children) \
                        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.head.children):
                    # "accused Washington of meddling and urged it to withdraw": the object the first verb acted on, when
                    # the second shares its subject and tells the object to act
                    key = next((self.token_key[c.i] for c in tok.head.head.children
                                if c.dep_ in ("dobj", "dative") and c.i in self.token_key and self.category(self.token_key[c.i]) != "Person"), None)
                if not key and tok.dep_ == "dobj" and tok.head.dep_ == "advcl" and tok.head.tag_ == "VBG":
                    # "wrote to the agency this month urging it to repeal them": whom the writer addressed
                    addressed = [p.i for c in tok.head.head.children if c.dep_ == "prep" and c.lower_ == "to"
                                 for p in c.children if p.dep_ == "pobj"]
                    key = next((k for i in addressed for k in [self.key_at(i)] if k), None)
                # (a company named as someone's employer only after the one the story is about: "Kelvar, co-founded by
                # Vexa chief executive Ana Ruiz, ... regulators ordered it to stop")
                if not key and self._continues_a_thing(tok):
                    continue
                key = key or self._speaker_itself(tok) or self._subject_antecedent(tok) \
                    or self._antecedent(tok.i, lambda k: self.category(k) not in ("Person",), skip=self.employers) \
                    or self._antecedent(tok.i, lambda k: self.category(k) not in ("Person",))
                plural = self._coordinated_subject(tok)
                if key in plural:
                    # "Spain and Portugal both halted its iris collection": "its" is none of a plural subject
                    # (what a plural acts on: a company, a product or a group)
                    key = self._antecedent(tok.i, lambda k: self.category(k) in ("Company", "AIModel", "Organization")
                                           and k not in plural)
                acting = self._clause_subject(tok, references=True, possessors=False, participles=True) \
                    if key and tok.dep_ in ("dobj", "dative") and tok.lower_ == "it" else set()
                if key and tok.dep_ == "pobj" and tok.lower_ == "it":
                    # "the department banned companies from selling components to it": nor is the object of a
                    # preposition in the clause's own gerund
                    acting = self._gerund_clause_subject(tok)
                if key in acting:
                    # "Perplexity faces complaints. Cloudflare accused it of ...": an object is not its clause's subject
                    def other(k):
                        return self.category(k) in ("Company", "Organization", "AIModel") and k not in acting
                    key = self._antecedent(tok.i, other, skip=self.employers) or self._antecedent(tok.i, other)
            elif lower in PRONOUNS_PERSON and tok.pos_ == "PRON":
                # "Jordan accused her": an object pronoun is not its own clause's subject
                subject = self._clause_subject(tok) if tok.dep_ in ("dobj", "dative", "pobj") else set()
                if tok.dep_ == "nsubj":
                    # "Jensen Huang ... praised President Trump. He said ...": a subject pronoun continues the subject
                    key = self._subject_antecedent(tok, ("Person",))
                key = key or self._antecedent(tok.i, lambda k: self.category(k) == "Person" and k not in subject)
                if key and tok.dep_ == "poss":
                    # "It is not the commissioner's first look. In 2023 his office ...": a title read as a person since
                    # the last name, in this sentence or the one before, is the nearer antecedent
                    last_named = max((start for start, k in self.order if start < tok.i and k == key), default=-1)
                    window = self._sentences_back(tok, 1)
                    titled = [(i, k) for i, k in self.resolved_refs.items() if last_named < i < tok.i and i >= window
                              and self.doc[i].pos_ == "NOUN" and self.doc[i].dep_ in ("nsubj", "nsubjpass", "poss")
                              and self.category(k) == "Person" and k not in subject]
                    if titled:
                        key = max(titled)[1]
            elif tok.lower_ in ("owner", "parent") and (owner_of := self._owner_of(tok)):
                key = owner_of
            elif tok.lower_ == "office" and tok.pos_ == "NOUN" and (holder := self._office_holder(tok)):
                key = holder
            elif tok.pos_ == "NOUN" and tok.tag_ == "NN" and lower in name_cues()["named_heads"] and lower not in descriptions \
                    and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) \
                    and not any(c.dep_ in ("compound", "amod", "poss", "prep") for c in tok.children):
                # "Mary Rasenberger, the guild's chief executive": the body the story named with that word (not "the
                # center of the dispute"; not the European Union for "the union")
                key = self._named_head(tok, lower)
            elif tok.pos_ == "NOUN" and (tok.dep_ in ("nsubj", "nsubjpass", "poss", "dobj") or tok.dep_ == "conj" and tok.head.dep_ in ("nsubj", "nsubjpass")) \
                    and lower in titles() and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) \
                    and not any(c.dep_ in ("poss", "prep") or c.dep_ == "compound" and not self._place_at(c.i)
                                and f"{c.lower_} {lower}" not in titles() for c in tok.children):
                # ("Trump and the crown prince signed": a subject's conjunct, a title of two words)
                key = self._title_holder(tok)  # (also "the Tennessee senator": the place only says where from)
            elif tok.pos_ in ("NOUN", "PROPN") and _description(tok) in descriptions and tok.tag_ in ("NN", "NNP"):
                lower = _description(tok)  # "the start-up": spaCy splits it into start, -, up
                det = [c for c in tok.children if c.dep_ == "det"]
                # ("the country's data regulator": a possessor may itself be a description resolved before)
                # (not a pronoun: "Its embassy in The Hague" is the embassy's own name)
                owner = [c for c in tok.children if c.dep_ == "poss" and (c.i in self.token_key or c.i in self.resolved_refs
                                                                          and c.pos_ == "NOUN")]
                known_as = self._known_as(tok)
                parent = [self.token_key[c.i] for c in tok.children if c.dep_ == "compound" and c.i in self.token_key
                          and self.category(self.token_key[c.i]) == "Company"]
                named_next = self.token_key.get(tok.i + 1) if det and det[0].lower_ in ("the", "a", "an") \
                    and any(start == tok.i + 1 for start, _k in self.order) and self._names_beside(tok) else None
                # "the competition watchdog, KPPU, fined ...": the name in apposition to it
                # (one name of the kind it describes, not a list: "According to the group, AliExpress, SHEIN ...")
                named_next = named_next or next((self.token_key[c.i] for c in tok.children if c.dep_ == "appos"
                                                 and c.i in self.token_key and det and det[0].lower_ == "the"
                                                 and self.category(self.token_key[c.i]) == descriptions[lower]
                                                 and not any(g.dep_ == "conj" for g in c.children)), None)
                if known_as:
                    key = known_as
                    self.self_named[lower] = key
                elif named_next and (self.category(named_next) in ("Organization", "Company") and lower in NAMED_DESCRIPTIONS
                                     or self.category(named_next) == descriptions[lower]):
                    # "the employee advocacy group Amazon Employees for Climate Justice", "the data analytics firm
                    # Palantir": the name it describes
                    key = named_next
                elif lower in self.self_named and det and det[0].lower_ == "the" and tok.tag_ == "NN" \
                        and not any(c.dep_ in ("compound", "amod", "nmod") for c in tok.children):
                    # "The group, which calls itself Sora PR Puppets, ... the group wrote": the description it was named by
                    key = self.self_named[lower]
                elif lower in OWNED_UNITS and parent and det and det[0].lower_ == "the":
                    # "Google DeepMind, the Alphabet unit that built Gemini"; "the Alphabet unit argued": a company
                    # the parent owns, the one beside it or else named last
                    beside = self.token_key.get(tok.head.i) if tok.dep_ == "appos" else None
                    key = beside or self._owned_company(tok, parent[0])
                elif tok.dep_ == "attr" and tok.head.lemma_.lower() in ("be", "become", "remain"):
                    # "Indonesia became the first country to block Grok": what the subject is, not an earlier country
                    key = next((self.token_key[c.i] for c in tok.head.children if c.dep_ == "nsubj" and c.i in self.token_key), None)
                elif det and det[0].lower_ == "the" and not any(c.dep_ in ("compound", "poss") and c.i in self.token_key
                                                                and self.category(self.token_key[c.i]) != "Country"
                                                                and not (lower in MAKERS and self.category(self.token_key[c.i]) in ("AIModel", "Company"))
                                                                for c in tok.children):
                    # ("the ChatGPT maker": the product only says which company)
                    # ("the U.S. artificial intelligence start-up": the country only says whose)
                    fuller = self._fuller_just_before(tok)
                    key = self.resolved_refs.get(fuller.i) if fuller is not None else None
                    key = key or self._describe(tok, descriptions[lower])
                    if key and (self._another_field(tok, key) or fuller is not None and self._another_field(fuller, key)):
                        key = None  # "the data regulator" (and "the regulator" after it) is not the Competition Commission
                elif det and det[0].lower_ in ("a", "an") and lower == "court" and tok.dep_ in ("nsubj", "nsubjpass"):
                    # "A German court ruled on Tuesday ...": a lede's court, named later in the story
                    key = self._named_later(tok)
                elif owner and self.category(self.key_at(owner[0].i)) == "Country" and descriptions[lower] == "GovernmentBody":
                    # "Italy's data protection authority": the country's body named nearby, else the country
                    # itself, which the spec accepts for its agency
                    # (but "Canada's government" is the country, not "the Privacy Commissioner of Canada" nearby)
                    whole = lower in ("government", "administration")
                    key = (None if whole else self._describe_nearby(tok, owner[0].i)) or self.key_at(owner[0].i)
            if key:
                self.resolved_refs[tok.i] = key

    def _sanctioned_party(self, tok, acting: set[str]) -> str | None:
        """The company or product named most before a pronoun that a ban, fine or suit acts on ("banned it", "ordered
        it blocked", "restricted its use"), other than the clause's own subject, who acts; but one barred from doing
        something, after a sentence whose subject refers again to a company, is that company, the one the story has
        turned to ("The Shenzhen-based company has long denied ... Australia barred it from supplying")."""
        sent = tok.sent
        # (one barred from doing something, a company: not "Italy banned it", which may be the product named before)
        from_doing = any(c.dep_ == "prep" and c.lower_ == "from" and any(p.tag_ == "VBG" for p in c.children)
                         for c in tok.head.children)
        if sent.start > 0 and from_doing:
            before = self.doc[sent.start - 1].sent
            # (a reference, the story's continuing topic: not "The Daily Clarion filed suit", a party newly named)
            subject = next((k for t in before if t.dep_ in ("nsubj", "nsubjpass") and t.head.i == before.root.i
                            for k in [self.resolved_refs.get(t.i)] if k), None)
            if subject and subject not in acting and self.category(subject) == "Company":
                return subject
        return self.most_named(before=tok.i, accept=lambda k: self.category(k) in ("Company", "AIModel") and k not in acting)

    def _sanctioned_for(self, tok) -> str | None:
        """ "fined Vexa 15 billion rupiah for notifying it late of its purchase": "its" in what a party is penalised for
        is that party's (not in a suit: "Zentrix sued Lumio over a ban on its chatbot" may be the plaintiff's)."""
        for anc in tok.ancestors:
            if anc.dep_ == "prep" and anc.lower_ == "for":
                verb = reason_verb(anc)
                if verb.pos_ == "VERB" and verb_lemma(verb) in PENALTIES:
                    return next((k for c in verb.children if c.dep_ in ("dobj", "dative", "nsubjpass")
                                 for k in [self.key_at(c.i)] if k and self.category(k) in ("Company", "Organization")), None)
                return None
        return None

    def _has_word(self, key: str, word: str) -> bool:
        return any(word in fold(a).split() for a in self.aliases(self.by_key[key]))

    def _owner_of(self, tok) -> str | None:
        """ "Meta Platforms was ordered to pay ... The owner of Facebook and Instagram had been fined": the company
        named last before, other than what it owns."""
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) \
                or any(c.dep_ == "appos" for c in tok.children) or tok.i + 1 < len(self.doc) and any(
                    t.text == "," for t in self.doc[tok.i + 1:tok.i + 6]) and tok.dep_ in ("nsubj", "nsubjpass"):
            return None  # ("The owner of Chatterly, Emily Carter, said": named beside it)
        owned = {k for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                 for p in c.children if p.dep_ == "pobj" for t in p.subtree for k in [self.key_at(t.i)] if k}
        if not owned:
            return None
        return self._antecedent(tok.i, lambda k: self.category(k) == "Company" and k not in owned)

    def _owned_company(self, tok, parent: str) -> str | None:
        """The company "the Alphabet unit" stands for: in its own sentence, the subject ("Google DeepMind will supply
        Apple ..., the Alphabet unit said"), else the last named there ("fined Google ..., a decision the Alphabet
        unit will appeal"); else the last named before."""
        mine = [(start, key) for start, key in self.order if tok.sent.start <= start < tok.i
                and self.category(key) == "Company" and key != parent]
        subjects = [key for start, key in mine if self.doc[start].head.dep_ in ("nsubj", "nsubjpass")
                    or self.doc[start].dep_ in ("nsubj", "nsubjpass")]
        if subjects or mine:
            return (subjects or [key for _s, key in mine])[-1]
        return self._antecedent(tok.i, lambda k: self.category(k) == "Company" and k != parent)

    def _named_head(self, tok, word: str) -> str | None:
        """The last body named with `word` in its name, unless an unnamed one ("OpenAI's board", "a sovereign
        wealth fund") came between: the description may be of that one."""
        polities = _polities()
        key = self._antecedent(tok.i, lambda k: self.category(k) in ("Organization", "GovernmentBody", "Company")
                               and fold(self.by_key[k].label) not in polities
                               and any(word in fold(a).split() for a in self.aliases(self.by_key[k])))
        if key is None:
            return None
        named_at = max(start for start, k in self.order if k == key and start < tok.i)
        if any(t.lower_ == word and t.i not in self.token_key and self.resolved_refs.get(t.i) != key
               for t in self.doc[named_at:tok.i]):
            return None
        return key

    def _named_later(self, tok) -> str | None:
        """The first court the story names after an indefinite "a court" (one whose name has the place word
        the description has, if it has one: "An Ontario court ... the Ontario Superior Court of Justice")."""
        places = {c.lower_ for c in tok.children if c.dep_ in ("amod", "compound") and c.text[:1].isupper()}
        for start, key in self.order:
            if start <= tok.i or self.by_key[key].kind != "Court":
                continue
            words = {w for a in self.aliases(self.by_key[key]) for w in fold(a).split()}
            if not places or places & words or any(self.country_of_adjective(c) == key for c in tok.children):
                return key
        return None

    def _office_holder(self, tok) -> str | None:
        """ "Paxton's office", "his office", "the attorney general's office", "the office": an office acts
        for the person who holds it (no body of that name is in the article)."""
        poss = [c for c in tok.children if c.dep_ == "poss"]
        if poss:
            owner = self.token_key.get(poss[0].i) or self.resolved_refs.get(poss[0].i)
            if owner and self.category(owner) == "Person":
                return owner
            title = [t.lower_ for t in poss[0].subtree if t.tag_ != "POS" and t.lower_ not in ("the", "a")]
            return self._titled_person(title) if title else None
        if any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) and not any(c.dep_ in ("compound", "amod", "prep") for c in tok.children):
            earlier = [k for i, k in self.resolved_refs.items() if i < tok.i and self.doc[i].lower_ == "office"]
            return earlier[-1] if earlier else None
        return None

    def is_place(self, key: str) -> bool:
        """A country or a US state: before a noun it says where ("a California company", "the Tennessee senator")."""
        from .lexicon import us_states

        return self.category(key) == "Country" or self.by_key[key].label in us_states()

    def _place_at(self, i: int) -> bool:
        """A country or a US state is named at token i."""
        key = self.token_key.get(i)
        return key is not None and self.is_place(key)

    def _title_holder(self, tok) -> str | None:
        """ "the Republican governor said": the person the article named with that title last
        ("Governor Bill Lee", "Bill Lee, the state's governor")."""
        word = tok.lower_
        bare = not any(c.dep_ in ("compound", "amod") for c in tok.children)
        as_object = tok.dep_ == "dobj"
        qualified = None
        for start, key in reversed(self.order):
            if start >= tok.i or self.category(key) != "Person":
                continue
            end = next((m.end for m in self.by_key[key].mentions if m.start == start), start + 1)
            around = [t.lower_.rstrip(".") for t in self.doc[max(0, start - 4):start]] + \
                     [t.lower_ for t in self.doc[end:min(len(self.doc), end + 6, tok.i)]]  # (not the title being resolved)
            if word in around or word == "governor" and "gov" in around:
                # (a bare "the president" is the president, not "Senate President Rodrigo Pacheco" named since)
                body = start >= 2 and self.doc[start - 1].lower_ == word and self.doc[start - 2].pos_ == "PROPN" \
                    and self.doc[start - 2].i in self.token_key and self.category(self.token_key[start - 2]) != "Country"
                if as_object and not (start >= 1 and self.doc[start - 1].lower_ == word and self.doc[start - 1].text[:1].isupper()):
                    continue  # ("urged the president to veto": "President X", not "X, president of Vexa")
                if not (bare and body):
                    return key
                qualified = qualified or key
        return qualified

    def _titled_person(self, title: list[str]) -> str | None:
        """The person the article names with this title right before the name ("Attorney General Ken Paxton")."""
        n = len(title)
        for start, key in self.order:
            if self.category(key) == "Person" and start >= n and [t.lower_ for t in self.doc[start - n:start]] == title:
                return key
        return None

    def _known_as(self, tok) -> str | None:
        """ "The regulator, known as the Garante": the description names itself."""
        for acl in (c for c in tok.children if c.dep_ == "acl" and c.lemma_.lower() in ("know", "call", "name")):
            for prep in (c for c in acl.children if c.dep_ == "prep" and c.lower_ == "as"):
                for obj in (c for c in prep.children if c.dep_ == "pobj" and c.i in self.token_key):
                    return self.token_key[obj.i]
        # "The group, which calls itself Sora PR Puppets", "the tool, called Make Designs"
        for clause in (c for c in tok.children if c.dep_ in ("relcl", "acl") and c.lemma_.lower() in ("call", "name", "dub", "style")):
            for obj in (c for c in clause.children if (c.dep_ == "oprd" or c.dep_ == "dobj" and clause.tag_ == "VBN")
                        and c.i in self.token_key):
                return self.token_key[obj.i]
        return None

    def belongs_to(self, key: str, country: str) -> bool:
        """A body whose name carries the country ("Chinese Ministry of Commerce", "China's ..."), not as where it
        sits ("the Chinese embassy in Washington")."""
        names = {fold(a).split(" in ")[0] for a in self.aliases(self.by_key[key])}
        country_names = {fold(a) for a in self.aliases(self.by_key[country])}
        # the country opens the name or ends it after "of" ("Chinese Ministry of Commerce", "Cyberspace
        # Administration of China"), not a subject inside it ("Taiwan Affairs Office", "U.S.-China ... Commission")
        if any(n.startswith(w + " ") or n.endswith((" of " + w, " of the " + w))
               for n in names for w in self.demonyms_of(country) | country_names):
            return True
        # ... or the story names it as the country's: "Ireland's Data Protection Commission", "South Korea's data
        # protection regulator" (a description resolved to it)
        return any(m.start >= 2 and self.doc[m.start - 1].tag_ == "POS" and self.key_at(self.doc[m.start - 2].i) == country
                   for m in self.by_key[key].mentions) \
            or any(k == key and any(c.dep_ == "poss" and self.key_at(c.i) == country for c in self.doc[i].children)
                   for i, k in self.resolved_refs.items())

    def demonyms_of(self, country: str) -> set[str]:
        """ "chinese" for China: the lexicon's demonyms of any of the country's names, folded."""
        from .lexicon import demonyms

        country_names = {fold(a) for a in self.aliases(self.by_key[country])}
        return {fold(d) for d, c in demonyms().items() if fold(c) in country_names}

    @cached_property
    def dateline_country(self) -> str | None:
        """The country the story's dateline city is the capital of ("TOKYO, Dec. 11 (Wire) -": Japan), if the
        story names that country: where the wire filed from, whose officials it quotes by title alone (read once
        per article: every "a government order" and every minister with no country asks)."""
        from .lexicon import capitals, countries, dateline_cities, known_entities

        words = []
        for tok in self.doc:
            if not tok._.kg_dateline:
                if words:
                    break
                continue
            if tok.text == ",":
                break
            words.append(tok.text)
        city = " ".join(words).title()
        by_alias = {a: row["name"] for row in known_entities() if row.get("category") == "Country" for a in row.get("aliases", [])}
        country = capitals().get(city) or by_alias.get(city) or dateline_cities().get(city) or (city if city in countries() else None)
        # (one the story makes an actor, a subject or a subject's possessor: not "at a summit in Kenya")
        return next((c.key for c in self.clusters if c.category == "Country" and c.label == country and any(
            t.dep_ in ("nsubj", "nsubjpass") or t.dep_ in ("poss", "compound") and t.head.dep_ in ("nsubj", "nsubjpass")
            for m in c.mentions for t in [self.doc[m.end - 1]])), None) if country else None

    def most_named(self, category: str | None = None, *, before: int | None = None, at_least: int = 1,
                   accept=None) -> str | None:
        """The entity of a category (or that `accept` takes) the article names most often (before a token,
        if given), the latest of equals: "the government" with no government named is the story's own
        country; whom "sued it" means in a story about one defendant."""
        counts: dict[str, list[int]] = {}
        for start, key in self.order:
            if (before is None or start < before) and (accept(key) if accept else self.category(key) == category):
                counts.setdefault(key, []).append(start)
        if not counts:
            return None
        best = max(counts, key=lambda k: (len(counts[k]), counts[k][-1]))
        return best if len(counts[best]) >= at_least else None

    def _gerund_clause_subject(self, tok) -> set[str]:
        """Who acts in the clause a preposition's object sits in, through a gerund ("banned companies from selling
        components to it": the banning subject)."""
        t = tok.head  # the preposition
        while t.dep_ in ("prep", "pcomp", "pobj") or t.dep_ == "dobj" and t.head.tag_ == "VBG" or t.tag_ == "VBG" and t.dep_ in ("pcomp", "xcomp"):
            t = t.head
        if t.pos_ not in ("VERB", "AUX"):
            return set()
        return {k for c in t.children if c.dep_ in ("nsubj", "nsubjpass") for k in [self.key_at(c.i)] if k}

    def _clause_subject(self, tok, *, references: bool = False, possessors: bool = True, participles: bool = False) -> set[str]:
        """The entities named as the subject of the clause a word is an object of; with `references`, also
        those its pronouns and descriptions already stand for ("Wiz said it alerted the company": Wiz);
        without `possessors`, only what the subject names itself ("Microsoft's rivals": not Microsoft); with
        `participles`, a participle's is its main clause's ("Lumio sued Vexa, accusing it of ...": Lumio)."""
        verb = tok.head if tok.dep_ != "pobj" else tok.head.head
        lookup = self.key_at if references else self.token_key.get
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subjects and verb.dep_ == "conj":
            # ("opened an investigation into Orbis and ordered it to stop": a second verb shares the first's subject)
            subjects = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subjects and verb.dep_ == "advcl" and verb.tag_ == "VBG" and participles:
            subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]
        # ("Musk, who helped found OpenAI, sued the company": a relative clause on the subject is no part of it)
        apart = ("relcl",) if possessors else ("relcl", "poss")
        clauses = {t.i for c in subjects for r in c.subtree if r.dep_ in apart for t in r.subtree}
        return {k for c in subjects for t in c.subtree if t.i not in clauses for k in [lookup(t.i)] if k}

    def _names_beside(self, tok) -> bool:
        """The name right after a description is the one it describes ("the data analytics firm Palantir"), not
        the subject of a clause on it ("The startup Vexa acquired had been fined")."""
        key = self.token_key.get(tok.i + 1)
        span = takewhile(lambda t: self.token_key.get(t.i) == key, self.doc[tok.i + 1:])
        return not any(t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ in ("relcl", "acl") and t.head.head.i == tok.i
                       for t in span)

    def _coordinated_subject(self, tok) -> set[str]:
        """The parties of a coordinated subject of the clause the token is in ("Spain and Portugal halted"), which
        a singular pronoun inside it does not stand for."""
        verb = tok
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < tok.i]
        keys = {k for s in subjects for c in [s, *s.conjuncts] for k in [self.key_at(c.i)] if k}
        return keys if len(keys) >= 2 else set()

    def _continues_a_thing(self, tok) -> bool:
        """ "The guidance, issued by ..., named neither company nor China. Instead it warned ...": a main clause's "it"
        after a sentence whose subject is a rule or a ruling no name stands for refers to it (not a message, which
        speaks for whoever sent it: "The letter was led by ... It raises concerns"; nor "Revenue rose. It said", where
        "it" is the company); "It was Huawei that broke the news": a cleft's "it" refers to nothing."""
        if tok.lower_ != "it" or tok.dep_ != "nsubj" or tok.head.dep_ != "ROOT":
            return False
        if tok.head.lemma_ == "be" and any(c.dep_ in ("attr", "ccomp") and any(g.dep_ == "relcl" or g.lower_ == "that" for g in c.subtree)
                                           for c in tok.head.children) and any(c.dep_ == "attr" and c.pos_ == "PROPN" for c in tok.head.children):
            return True
        if tok.sent.start == 0:
            return False
        previous = self.doc[tok.sent.start - 1].sent
        if tok.head.lemma_.lower() in ("urge", "call", "demand", "ask", "warn") and any(
                t.lemma_.lower() in ("letter", "petition", "statement") and t.dep_ in ("dobj", "pobj")
                for t in previous) and not any(self.key_at(w.i) for a in previous if a.dep_ == "agent"
                                               for w in a.children if w.dep_ == "pobj"):
            # "The reversal follows an open letter sent ... by a group that included ... It urged the two officials":
            # the letter, whose unnamed senders are no one in the story
            return True
        subjects = [c for c in previous.root.children if c.dep_ in ("nsubj", "nsubjpass")]
        return len(subjects) == 1 and subjects[0].tag_ == "NN" and subjects[0].lemma_.lower() in DOCUMENTS \
            and not any(self.key_at(t.i) for t in [subjects[0], *subjects[0].children] if t.dep_ in ("nsubj", "nsubjpass", "compound", "poss", "nmod"))

    def _parallel_possessor(self, tok) -> str | None:
        """ "fined the Lumio Foundation and its technology partner Kelvar", "details of the company's policy and of its
        investigation": "its" beside a party it is joined to, or beside another possessor in the same phrase, is that
        party, not the clause's subject."""
        if tok.head.dep_ == "conj" and tok.head.head.i < tok.i and (first := self.key_at(tok.head.head.i)):
            return first if self.category(first) != "Person" else None

        def verb_of(t):
            return next((a for a in t.ancestors if a.pos_ in ("VERB", "AUX")), None)

        governor = verb_of(tok)
        joined = False  # (only across "and"/"or": "suspended Huawei's access to updates of its Android" is Google's)
        for t in reversed(self.doc[max(tok.sent.start, tok.i - 10):tok.i]):
            joined = joined or t.pos_ == "CCONJ"
            if t.i in self.token_key and t.dep_ != "poss":
                return None  # (a party named in between)
            key = self.key_at(t.i)
            if t.dep_ == "poss" and t.pos_ in ("NOUN", "PROPN") and key:
                return key if joined and self.category(key) != "Person" and governor is not None and verb_of(t) == governor else None
        return None

    def _speaker_itself(self, tok) -> str | None:
        """ "Beijing said it was alarmed": the subject "it" of what a named body or country says is that speaker."""
        clause = tok.head
        if tok.lower_ != "it" or tok.dep_ not in ("nsubj", "nsubjpass") or clause.dep_ != "ccomp" \
                or clause.head.lemma_.lower() not in speech_verbs():
            return None
        # (or a description resolved before it: "The authority, known as the Garante, announced that it had ...")
        speaking = clause.head
        subjects = [c for c in speaking.children if c.dep_ == "nsubj"]
        if not subjects and speaking.dep_ == "acl" and speaking.head.pos_ == "NOUN":
            subjects = [speaking.head]  # ("The authority, ..., announced": the parser hung the verb on its subject)
        speakers = [key for c in subjects for key in [self.key_at(c.i)] if key]
        return speakers[0] if len(speakers) == 1 and self.category(speakers[0]) not in ("Person", "AIModel") else None

    def _subject_antecedent(self, tok, categories=None) -> str | None:
        """'it'/'its' most often continue the topic: the last non-person subject in this or the previous sentence."""
        sent = tok.sent
        previous = self.doc[sent.start - 1].sent if sent.start > 0 else None
        candidates = []
        for span in (previous, sent):
            if span is None:
                continue
            for t in span:
                if t.i >= tok.i:
                    break
                key = self.token_key.get(t.i) or self.resolved_refs.get(t.i)  # "the company said ... it"
                # (a country only as "the government": "the government struck a deal ..., and in February it signed")
                category = self.category(key) if key else None
                wanted = category in categories if key and categories else key and category != "Person" \
                    and (category != "Country" or t.i in self.resolved_refs)
                subject = t.dep_ in ("nsubj", "nsubjpass") or (t.dep_ == "appos" and t.head.dep_ in ("nsubj", "nsubjpass"))
                # ("Google has also withdrawn from ..., Bloomberg reported": who reports it after is no topic)
                # (not '"Freedom of speech belongs to humans," he said': a speaker quoted is)
                subject = subject and not (t.head.lemma_.lower() == "report"
                                           and any(c.dep_ == "ccomp" and c.i < t.i for c in t.head.children))
                if key and subject and wanted:  # "Its chief executive, Jensen Huang, told": the apposed name
                    # (a main clause's subject before one a clause reports: "the group argues that Vexa breached the
                    # rules. It asked the authority ...")
                    reported = any(a.dep_ in ("ccomp", "advcl") for a in [t.head, *t.head.ancestors] if a.sent == t.sent)
                    candidates.append((not reported, key))
        # (not when it answers what the reported clause said of its subject: "Lumio alleged that Vexa had copied its
        # code. It denied the allegations", "... It will appeal")
        answering = {tok.head.lemma_.lower(), *(c.lemma_.lower() for c in tok.head.children if c.dep_ in ("xcomp", "ccomp"))} \
            & ANSWERING_VERBS
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.i == sent.start and not answering:
            main = [k for top, k in candidates if top]
            if main:
                return main[-1]
        return candidates[-1][1] if candidates else None

    def describe(self, tok, category: str) -> str | None:
        """What a description word refers back to ("company" in "a company spokesperson")."""
        return self._describe(tok, category)

    def _maker_of(self, tok) -> str | None:
        """ "the maker of ChatGPT", "the ChatGPT maker", "the iPhone maker": the lexicon's developer of the product (or
        owner of the platform), if named here."""
        from .lexicon import owners

        products = [c for c in tok.children if c.dep_ == "compound"] + \
            [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
        # "the developer of the Claude chatbot": the name before the product's noun
        products += [c for p in products for c in p.children if c.dep_ == "compound"]
        for product in products:
            cluster = self.by_key.get(self.token_key.get(product.i, ""))
            developer = owners().get(cluster.known) if cluster is not None and cluster.known else None
            found = [c.key for c in self.clusters if developer and c.known == developer]
            if found:
                return found[0]
        return None

    def _describe(self, tok, category: str) -> str | None:
        lemma = tok.lower_
        if lemma in MAKERS:
            made = self._maker_of(tok)
            if made:
                return made
        for mod in (c for c in tok.children if c.dep_ in ("amod", "compound")):
            # "the Dutch government", "the Chinese regulator": the country says whose
            country = self.country_of_adjective(mod)
            if country and lemma in ("administration", "government", "side"):
                return country  # "the Dutch side": the country, in diplomatic prose
            if country:
                owned = self._antecedent(tok.i, lambda k: self.category(k) == category and self.belongs_to(k, country))
                if owned and lemma in ("regulator", "watchdog") and self.by_key[owned].kind != "Regulator" \
                        and owned not in self._called_regulator(tok.i):
                    # "Ireland's Department of Enterprise said ... the Data Protection Commission ... the Irish regulator"
                    owned = self._antecedent(tok.i, lambda k: self.by_key[k].kind == "Regulator" and (
                        self.belongs_to(k, country) or not any(self.belongs_to(k, c) for c in self.by_key
                                                               if self.category(c) == "Country"))) or owned
                if owned:
                    return owned
        if lemma == "side":
            return None  # "the other side": only a country's side is a party
        if lemma == "group" and any(group_of_people(t) and not (t.dep_ == "appos" and t.head.i in self.token_key)
                                    for t in self.doc[:tok.i]):
            # "A group of current and former employees of OpenAI ... The group urged": the people, unnamed (not "No Azure
            # for Apartheid, a group of ... employees": a name's description)
            return None
        if lemma == "state":
            # "Utah has sued Snap ... The state previously filed suits": a US state the story names, never a country
            # ("the Chinese state") nor a body
            from .lexicon import us_states

            # (the one the story names most among governments: not "moved its headquarters to Texas" in a Kelvar story)
            state = self._antecedent(tok.i, lambda k: self.by_key[k].label in us_states())
            top = self.most_named(before=tok.i, accept=lambda k: self.category(k) in ("GovernmentBody", "Country"))
            return state if state is not None and state == top else None
        if lemma == "bloc":
            # "the bloc's Digital Markets Act": a union of states the article names (the EU, ASEAN)
            polities = _polities()
            return self._antecedent(tok.i, lambda k: self.category(k) in ("GovernmentBody", "Country")
                                    and fold(self.by_key[k].label) in polities and fold(self.by_key[k].label).endswith("union")) \
                or self._antecedent(tok.i, lambda k: self.category(k) == "GovernmentBody" and fold(self.by_key[k].label) in polities)
        if lemma in ("administration", "government"):
            # "the administration of President Donald Trump": the leader named acts for it
            leaders = [self.token_key[p.i] for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                       for p in c.children if p.dep_ == "pobj" and p.i in self.token_key]
            if leaders and self.category(leaders[0]) in ("Person", "Country"):
                return leaders[0]
            found = self._antecedent(tok.i, lambda k: fold(self.by_key[k].label).endswith(("administration", "government")))
            found = found or self.most_named("Country", before=tok.i)
            if found:
                return found
        # "the department", "the bureau": a body whose own name has that word comes first
        accepted = {category} | ({"Company", "Organization"} if lemma in EITHER_BODY else set())
        # "the agency", "the regulator": an executive body, never a court or a legislature's committee
        foreign_kinds = {"Court", "Legislature"} if lemma in EXECUTIVE_WORDS else set()
        contrast = any(c.lower_ in ("other", "second", "rival", "latter", "former", "same") or c.dep_ == "relcl" for c in tok.children)
        # "Wiz said it alerted the company": what a clause acts on is not its own subject
        acting = self._clause_subject(tok, references=True) if tok.dep_ in ("dobj", "dative", "pobj") else set()
        words = self._modifier_words(tok)
        if words:
            # "the communications association": the body whose name has the modifier's word
            modified = self._antecedent(tok.i, lambda k: self.category(k) in accepted and k not in acting and any(
                w.startswith(m) for a in self.aliases(self.by_key[k]) for w in fold(a).split() for m in words))
            if modified:
                return modified
        if lemma == "group" and not contrast:
            # "The Confederation of All India Traders ... hailed the order. Its secretary-general said Amazon must ...
            # The group blames the platforms": an organisation named in the last two sentences, before any company
            window = self._sentences_back(tok, 2)
            # (the subject of its clause: not "were criticised by Reporters Without Borders ... The group's chief")
            organisation = self._antecedent(tok.i, lambda k: self.category(k) == "Organization" and k not in acting and any(
                start >= window and self.doc[start].sent.root.i in {a.i for a in self.doc[start].ancestors}
                and any(t.dep_ in ("nsubj", "nsubjpass") for t in [self.doc[start], *list(self.doc[start].ancestors)[:2]])
                for start, key in self.order if key == k and start < tok.i))
            if organisation:
                return organisation
        if lemma in NAMED_DESCRIPTIONS and not contrast:
            # "the advocacy group Workers for Fair Code ... Lumio said ... The group calls on Lumio": the body the story
            # described with the word, not the last subject
            described = self._antecedent(tok.i, lambda k: self.category(k) in accepted and k not in acting
                                         and lemma in self.described.get(k, ()))
            if described:
                return described
            if lemma in STRICT_DESCRIPTIONS:
                # "The Motion Picture Association objected ... the union's president": a word that names one kind of
                # body refers only to one the story called so, or named with it
                return self._antecedent(tok.i, lambda k: self.category(k) in accepted and k not in acting
                                        and self._has_word(k, lemma))
        # ("In June the San Francisco-based lab cut ...": after an opening time or place, still the sentence's opening)
        opening = tok.sent.start
        for c in tok.head.children:
            if c.i == opening and c.dep_ in ("prep", "npadvmod") and c.right_edge.i < tok.left_edge.i \
                    and not any(self.key_at(t.i) for t in c.subtree) \
                    and not any(t.lemma_.lower() in TURNS for t in c.subtree):  # (not "In response, the company said")
                opening = c.right_edge.i + 1 + (self.doc[c.right_edge.i + 1].text == ",")
        if tok.dep_ in ("nsubj", "nsubjpass") and opening == tok.left_edge.i and not contrast:
            # "Meta signed the letter with Airbus and Siemens. The company, led by ...": a sentence that
            # opens with the description continues the last sentence's subject
            subject = self._subject_antecedent(tok, tuple(accepted))
            if subject and lemma in ("embassy", "consulate") and not self._has_word(subject, lemma):
                subject = None  # "China's foreign ministry objected. The embassy said": not the ministry at home
            if subject and lemma in HEAD_DESCRIPTIONS and not self._has_word(subject, lemma) and self._antecedent(
                    tok.i, lambda k: self.category(k) in accepted and k not in acting and self._has_word(k, lemma)):
                # "the interior ministry ... a report submitted to the Islamabad High Court ... In the report, the ministry
                # wrote": a body the story named with the word, not the last subject without it
                subject = None
            if subject and not (lemma in ("regulator", "watchdog") and self._not_a_regulator(subject)
                                and self._antecedent(tok.i, lambda k: self.by_key[k].kind == "Regulator")):
                # (not "The EU and the court weighed in. The watchdog said", nor "IMY said the Swedish Police
                # Authority had ... The watchdog opened": a regulator named before)
                return subject
        # ("the company": only a name the article gives with the word, "The Kraft Heinz Company", not the lexicon's
        # full name of a company the article names otherwise, "The New York Times Company")
        # (or whose apposition described it so: "KAIST, South Korea's leading science university")
        # (a company or a non-profit alike when its own name has the word: "the foundation" for the Worldcoin
        # Foundation, whichever of the two the story makes it)
        named_accepted = accepted | ({"Company", "Organization"} if accepted & {"Company", "Organization"} else set())

        def named_with_word(k) -> bool:
            return (self.category(k) in accepted or self.category(k) in named_accepted and lemma != "company"
                    and lemma in fold(self.by_key[k].label).split()) and k not in acting \
                and (any(lemma in fold(a).split() for a in (
                    {m.text for m in self.by_key[k].mentions} if lemma == "company" else self.aliases(self.by_key[k])))
                     or lemma in self.described.get(k, ()))
        # (not a body named only to say whose officer someone is: "the Supreme Court justice who presides over the
        # electoral court ... the court signed")
        named = self._antecedent(tok.i, named_with_word, skip=self.described_employers) or self._antecedent(tok.i, named_with_word)
        if named:
            return named
        if lemma in ("embassy", "consulate"):
            return None  # "The embassy accused ...": an embassy the story names as one, or none (not a ministry at home)
        beside = self.key_at(tok.head.i) if tok.dep_ == "appos" else None
        if beside and self.category(beside) in accepted:
            return beside  # "Anthropic, the developer of the Claude chatbot"
        def named_before(wanted) -> list[tuple[int, str]]:
            return [(start, key) for start, key in self.order if start < tok.i and start not in self.modifiers and start not in self.media
                    and key not in acting and self.by_key[key].kind not in foreign_kinds and wanted(key)]

        candidates = named_before(lambda k: self.category(k) in accepted
                                  or (category == "GovernmentBody" and self.category(k) == "Country" and lemma == "government"))
        if lemma in ("regulator", "watchdog"):
            # "the watchdog": a regulator the story names, or a body it has already called one ("Russia's
            # communications regulator asked ... Roskomnadzor said ... the Federal Security Service ... the
            # regulator then gave"), before a bloc or a court named since
            called = self._called_regulator(tok.i)
            candidates = [c for c in candidates if self.by_key[c[1]].kind == "Regulator" or c[1] in called] or candidates
        if not candidates and (lemma in ("app", "apps") or lemma == "service" and self._a_companys_service(tok)):
            # "Brazil has suspended the app", "cutting off access to the service" in a story about Telegram: an app
            # the story names as its company, the one it names most ("Altun wrote on X. ... the app had been blocked"
            # in a story about Instagram)
            companies = named_before(lambda k: self.category(k) == "Company")
            # (counting the descriptions already read as it: "cut off the photo-sharing app", "the platform")
            companies += [(i, k) for i, k in self.resolved_refs.items() if i < tok.i and self.doc[i].pos_ == "NOUN"
                          and any(k == key for _s, key in companies)]
            if companies:
                counts = {key: [s for s, k in companies if k == key] for _s, key in companies}
                return max(counts, key=lambda k: (len(counts[k]), max(counts[k])))
            return None
        if not candidates:
            return None
        if category == "AIModel" and lemma not in ("model", "models"):
            # "the service", "the chatbot": the product the story is about, the one it names most ("Lee Luda",
            # not "Facebook Messenger", the platform it ran on)
            counts = {key: [s for s, k in candidates if k == key] for _s, key in candidates}
            return max(counts, key=lambda k: (len(counts[k]), counts[k][-1]))
        # of the candidates named in this or the two sentences before, the one the story names most
        window = self._sentences_back(tok, 2)
        recent = {key for start, key in candidates if start >= window}
        # "The iPhone maker unveiled ... 'we ...,' the company said": a description resolved in the window
        # keeps its company among the recent ones
        named_before = {key for _s, key in candidates}
        recent |= {k for i, k in self.resolved_refs.items() if window <= i < tok.i and k in named_before
                   and self.doc[i].pos_ in ("NOUN", "PRON")}
        # "Reporters Without Borders had urged Apple ... head of the group's desk": a group beside companies is the
        # campaign group, not one of the companies it campaigns against, when named in the same sentence or as the
        # subject of the one before ("The Center for AI and Digital Policy ... filed a complaint. Marc Rotenberg, the
        # group's president, ...")
        previous = self._sentences_back(tok, 1)
        # (or the agent of the sentence before: "a report released by the Center for Countering Digital Hate, which
        # accused OpenAI ... Imran Ahmed, the group's chief executive")
        groups = {k for start, k in candidates if k in recent and self.category(k) == "Organization" and (
            start >= tok.sent.start or start >= previous and any(
                t.dep_ in ("nsubj", "nsubjpass", "agent") for t in [self.doc[start], *list(self.doc[start].ancestors)[:3]]))}
        if lemma == "group" and len(recent) > 1 and groups:
            recent = groups
            if len(recent) == 1:
                return next(iter(recent))
        # "fined Meta Platforms, saying the owner of Facebook ...": what a description read as another company is
        # of (its owner, its parent) is not that company
        # (unless the story names it again on its own after: "the parent of Lumio Corp. ... Lumio Corp. runs an app")
        inside = {p: key for i, k in self.resolved_refs.items() if window <= i < tok.i and self.doc[i].pos_ == "NOUN"
                  for c in self.doc[i].children if c.dep_ == "prep" and c.lower_ == "of"
                  for p in c.children if p.dep_ == "pobj" for key in [self.key_at(p.i)] if key and key != k}
        owned = {key for p, key in inside.items() if not any(
            k == key and p.right_edge.i < start < tok.i for start, k in candidates)}
        if len(recent) > 1 and len(recent - owned) == 1:
            return next(iter(recent - owned))
        if len(recent) > 1 and recent - owned:
            recent -= owned
        if len(recent) > 1:
            # (counted as candidates, so not where a name only modifies another: "U.S. Commerce Department")
            counts = {key: [s for s, k in candidates if k == key] for key in recent}
            return max(recent, key=lambda k: (len(counts[k]), counts[k][-1]))
        if not recent and lemma in ("company", "firm"):
            # "... led responsible AI work at the consultancy Accenture ... [two sentences on users] ... The company
            # apologised": with none named lately, the company the story is about (named, or described, most), not
            # the last one named in passing
            counts: dict[str, list[int]] = {}
            for start, key in [*candidates, *((i, k) for i, k in self.resolved_refs.items() if i < tok.i and k in named_before
                                               and self.doc[i].pos_ == "NOUN")]:
                counts.setdefault(key, []).append(start)
            return max(counts, key=lambda k: (len(counts[k]), max(counts[k])))
        return candidates[-1][1]

    def _called_regulator(self, before: int) -> set[str]:
        """The bodies a "regulator" or "watchdog" before this point was read as."""
        return {k for i, k in self.resolved_refs.items() if i < before and self.doc[i].lemma_.lower() in ("regulator", "watchdog")}

    def _a_companys_service(self, tok) -> bool:
        """ "the service" may be a company's: not "the civil service", nor after "the Secret Service said"."""
        return not any(c.dep_ in ("amod", "compound") and c.lower_ in PUBLIC_SERVICES for c in tok.children) \
            and not self._antecedent(tok.i, lambda k: "service" in fold(self.by_key[k].label).split())

    @staticmethod
    def _modifier_words(tok) -> list[str]:
        """The lower-case words before a description's head, cut to a stem that a name's word begins with
        whatever its ending ("communications" and "Communication", "semiconductor" and "Semiconductors"):
        the word less its last two letters, and less any final "s"."""
        return [c.lower_.rstrip("s")[:max(4, len(c.lower_) - 2)] for c in tok.children
                if c.dep_ in ("compound", "amod") and c.i < tok.i and c.text.islower() and c.is_alpha and len(c.text) > 3]

    def _not_a_regulator(self, key: str) -> bool:
        """A court, a legislature, a police force or a polity (the EU) is no watchdog."""
        return self.by_key[key].kind in ("Court", "Legislature") or fold(self.by_key[key].label) in _polities() \
            or any(w in name_cues()["enforcement_words"] for w in self.by_key[key].label.split())

    def _describe_nearby(self, tok, owner: int) -> str | None:
        """A country's body described before or after it is named ("Britain's watchdog ... The ICO")."""
        beside = [self.token_key[c.i] for c in tok.children if c.dep_ == "appos" and c.i in self.token_key]
        if beside and self.category(beside[0]) == "GovernmentBody":
            return beside[0]  # "Italy's data protection authority, the Garante"
        polities = _polities()
        country = self.key_at(owner)
        others = {key for key in self.by_key if self.category(key) == "Country" and key != country}
        # "Italy's privacy watchdog ... European Union privacy rules": another polity is not the country's body
        window = [key for start, key in self.order if abs(start - tok.i) <= 90 and start != owner
                  and self.category(key) == "GovernmentBody" and not fold(self.by_key[key].label).endswith(("administration", "government"))
                  and not (fold(self.by_key[key].label) in polities and key != country)
                  and not self._another_field(tok, key)
                  # ("Colombia's data protection regulator": no court, nor a body named for another country)
                  and self.by_key[key].kind not in ("Court", "Legislature")
                  and not any(self.belongs_to(key, c) for c in others)]
        # (not past another country the story names: "Indonesia's competition watchdog fined Vexa ... In Bogota,
        # Colombia's data protection regulator ... The Superintendence of Industry and Commerce"; a country that only
        # says whose something is, "the U.S. card network", "China's Alipay", is not another setting)
        after = [key for start, key in self.order if start > tok.i and key in window
                 and not any(k in others and tok.i < s < start and not (
                     self.doc[s].dep_ in ("compound", "amod", "nmod") and self.doc[s].head.pos_ == "NOUN"
                     or self.doc[s].dep_ == "poss" and self.doc[s].head.i in self.token_key) for s, k in self.order)]
        before = [key for start, key in self.order if start < tok.i and key in window]
        return (after or before or [None])[0] if not before else before[-1]

    def _fuller_just_before(self, tok):
        """ "The country's data regulator opened an investigation ... The regulator said": a bare description
        goes on with the fuller one of the same word in its own or the sentence before (that word, if any)."""
        if any(c.dep_ in ("amod", "compound", "poss") for c in tok.children):
            return None
        for t in reversed(self.doc[self._sentences_back(tok, 1):tok.i]):
            if t.lower_ == tok.lower_ and t.i not in self.token_key and any(c.dep_ in ("amod", "compound", "poss") for c in t.children):
                return t
        return None

    def _another_field(self, tok, key: str) -> bool:
        """A description whose words name one field ("the data regulator", "the telecoms watchdog") and a body
        whose name names only another ("Competition Commission"): not the same body."""
        said = _fields({c.lower_ for c in tok.children if c.dep_ in ("amod", "compound", "nmod") and c.i < tok.i})
        named = _fields({w for a in self.aliases(self.by_key[key]) for w in fold(a).split()})
        return bool(said and named and not said & named)

    def aliases(self, cluster: Cluster) -> set[str]:
        """Every name a cluster goes by: its mentions and, for a known entity, the lexicon's aliases."""
        from .lexicon import known_aliases

        names = {m.text for m in cluster.mentions}
        if cluster.known:
            names |= known_aliases().get(cluster.known, frozenset())
        return names

    def legislature(self, member: str, country: str | None = None) -> str | None:  # country: its name
        """ "US lawmakers", "urged senators": the house the article names that such members sit in (a
        senator's Senate, a lawmaker's Congress or Parliament), the one named most; no committee. With a
        country, only a house named for it, or for the United States one the lexicon knows (Congress,
        Senate, House)."""
        words = LEGISLATURE_WORDS.get(member)
        if not words:
            return None
        if country is not None:
            from .lexicon import demonyms

            place = fold(country)
            adjectives = {fold(a) for a, name in demonyms().items() if fold(name) == place}
            named_for = lambda k: bool(({place} | adjectives) & {fold(self.by_key[k].label).split()[0]}) or (
                place == "united states" and self.by_key[k].known is not None)
        else:
            named_for = lambda k: True
        for word in words:
            found = self.most_named(accept=lambda k: self.by_key[k].kind == "Legislature" and named_for(k)
                                    and word in fold(self.by_key[k].label).split()
                                    and not {"committee", "subcommittee"} & set(fold(self.by_key[k].label).split()))
            if found:
                return found
        return None

    def country_of_adjective(self, tok) -> str | None:
        """ "American restrictions": the country an adjective stands for, when the article names it."""
        from .lexicon import demonyms

        name = demonyms().get(tok.text)
        if name is None:
            return None
        forms = variants(name)
        for cluster in self.clusters:
            if cluster.category == "Country" and any(variants(a) & forms for a in self.aliases(cluster)):
                return cluster.key
        return None

    def key_at(self, i: int) -> str | None:
        """The entity a token belongs to or refers to, if any."""
        return self.token_key.get(i) or self.resolved_refs.get(i)

    def group_at(self, i: int) -> list[str]:
        """The entities a plural description stands for ("the companies": the ones just listed)."""
        return self.resolved_groups.get(i, [])

    def members_at(self, i: int) -> list[str]:
        """The named members a plural description of a counted list stands for, each of whom speaks in it."""
        return list(self.resolved_groups[i]) if i in self.member_groups else []

    def _resolve_groups(self) -> None:
        plural = {w + "s" for w in ("company", "firm", "maker", "manufacturer", "supplier", "developer", "lab", "platform",
                                    "giant", "chipmaker", "startup", "start-up", "provider", "operator", "automaker",
                                    "carmaker", "publisher", "vendor", "rival", "service", "app", "corporation", "conglomerate",
                                    "network")} | {"companies", "businesses"}
        for tok in self.doc:
            if tok.i in self.token_key:
                continue
            if tok.lower_ == "two" and tok.dep_ in ("nsubj", "nsubjpass") and any(c.lower_ == "the" for c in tok.children):
                pair = self._last_pair(tok)
                if pair:
                    self.resolved_groups[tok.i] = pair
                continue
            if tok.lower_ == "them" and tok.dep_ in ("dobj", "pobj"):
                # "PVH and Illumina were put on the list by the ministry, which accused them of ...": the companies
                # listed earlier in the same sentence
                group = [k for k in self._recent_companies(tok, 0) if any(self.token_key.get(t.i) == k for t in tok.sent)]
                if len(group) >= 2:
                    self.resolved_groups[tok.i] = group
                continue
            if tok.lower_ in PEOPLE_GROUPS and tok.dep_ in ("nsubj", "nsubjpass"):
                # "The researchers, drawn from 30 countries and including Geoffrey Hinton and Yoshua Bengio, declared": the
                # people the phrase itself names
                named = list(dict.fromkeys(self.token_key[t.i] for t in tok.subtree if t.i in self.token_key
                                           and self.category(self.token_key[t.i]) == "Person"
                                           and (any(a.lower_ in ("including", "among") and a.i > tok.i for a in t.ancestors)
                                                or _listed_among(t))))
                if named:
                    self.resolved_groups[tok.i] = named
                    self.introduced.add(tok.i)
                    continue
            if tok.lower_ in PEOPLE_GROUPS and {c.lower_ for c in tok.children if c.dep_ in ("det", "predet")} & {"the", "these", "those", "all"} \
                    and not any(c.dep_ in ("poss", "compound", "prep", "amod") for c in tok.children) and _speaks(tok):
                # "the signatories wrote", "the plaintiffs say": the people the story has just listed (not "the other
                # plaintiffs include ...", a list to come, nor "the authors are seeking an order", no words of theirs)
                # (else the people a group was last named as: "The researchers, including A and B, declared ... the
                # signatories accused")
                # (the people a group was introduced with first: "More than 200 artists, including A and B, signed ...
                # Other signatories include C, D and E ... the signatories write")
                group = next((g for i, g in sorted(self.resolved_groups.items(), reverse=True) if i < tok.i
                              and i in self.introduced), []) or self._recent_people(tok) or next(
                    (g for i, g in sorted(self.resolved_groups.items(), reverse=True) if i < tok.i
                     and self.doc[i].lower_ in PEOPLE_GROUPS), [])
                if group:
                    self.resolved_groups[tok.i] = group
                continue
            if tok.lower_ in PAIRS and tok.dep_ in ("nsubj", "nsubjpass") and any(c.lower_ == "the" for c in tok.children):
                # "When the couple sent a letter": the two people the story named last
                pair = self._recent_people(tok)
                if len(pair) == 2:
                    self.resolved_groups[tok.i] = pair
                continue
            if tok.lower_ == "they" and tok.dep_ == "nsubj" and tok.sent.start > 0:
                # "... the signatories wrote. They accused the two companies": a group the sentence before spoke as
                before = self.doc[tok.sent.start - 1].sent
                spoken = [self.resolved_groups[t.i] for t in before if t.i in self.resolved_groups and t.dep_ == "nsubj"
                          and t.lower_ in PEOPLE_GROUPS]
                # ("A and B filed the suit on Thursday. They accuse the company of fraud": the people it began with)
                subjects = [t for t in before if t.dep_ == "nsubj" and t.head.i == before.root.i and t.i in self.token_key]
                listed = [self.token_key[c.i] for t in subjects for c in [t, *t.conjuncts] if c.i in self.token_key]
                # (or the organisations: "Kelvar Watch and the Open Web Movement filed a complaint. They urged ...")
                # (not the people the parties acted on: "Vexa and Lumio fired 50 engineers. They urged ...")
                acted_on = any(c.dep_ in ("dobj", "dative") and c.tag_ == "NNS" for c in before.root.children)
                if not spoken and len(listed) >= 2 and (all(self.category(k) == "Person" for k in listed)
                                                        or all(self.category(k) in ("Organization", "Company") for k in listed)
                                                        and not acted_on):
                    spoken = [list(dict.fromkeys(listed))]
                if spoken:
                    self.resolved_groups[tok.i] = spoken[-1]
                continue
            listed = self._listed_as(tok)
            if listed:
                self.resolved_groups[tok.i] = listed
                self.member_groups.add(tok.i)
                continue
            if tok.lower_ in ORGANISATION_GROUPS and {c.lower_ for c in tok.children if c.dep_ in ("det", "predet")} \
                    & {"the", "both", "all", "these", "those"} and not any(c.dep_ in ("prep", "appos", "acl", "relcl") for c in tok.children):
                # "The Kelvar Alliance and Foxglove filed a complaint ... The groups accused Lumio": the organisations
                # just listed
                group = self._recent_companies(tok, 0, categories=("Organization", "Company"))
                # (and organisations among them: "Vexa and Lumio cut 500 jobs ... The unions accused both companies")
                if not any(self.category(k) == "Organization" for k in group):
                    continue
                # (the parties a sentence has act, not a few named among many: "28 bodies and companies, among them
                # SenseTime and Megvii ... The organisations were added")
                first = next(t for t in reversed(self.doc[:tok.i]) if self.token_key.get(t.i) == group[0])  # (named before it)
                while first.dep_ == "conj":
                    first = first.head
                if first.dep_ in ("nsubj", "nsubjpass") or first.dep_ == "pobj" and first.head.lower_ == "by":
                    self.resolved_groups[tok.i] = group
                continue
            if tok.lower_ not in POLITIES and tok.lower_ not in plural:
                continue
            marks = {c.lower_ for c in tok.children if c.dep_ in ("det", "predet", "nummod")}
            if tok.lower_ in POLITIES and ({"two", "both"} & marks):
                # "The two governments held their first formal talks": the last two countries named
                pair = self._last_countries(tok)
                if pair:
                    self.resolved_groups[tok.i] = pair
                continue
            if tok.lower_ not in plural:
                continue
            if not marks & {"the", "all", "those", "these", "both", *NUMBERS}:
                continue
            wanted = max((NUMBERS[m] for m in marks if m in NUMBERS), default=2 if "both" in marks else 0)  # ("both companies")
            group = self._recent_companies(tok, wanted)
            if group:
                self.resolved_groups[tok.i] = group

    def _resolve_named_after(self) -> None:
        """A plural the story names only after it, in a list set beside the same noun in the next two sentences:
        "Tencent removed two chatbots ... The bots, BabyQ and XiaoBing, had been available" (a lede's count, or a
        possessor's: "Russia's most popular social networks ... among them the social networks A and B")."""
        for tok in self.doc:
            if tok.tag_ != "NNS" or tok.i in self.token_key or tok.i in self.resolved_groups or len(tok.lemma_) < 3 \
                    or not any(c.dep_ in ("nummod", "poss") for c in tok.children):
                continue
            named = self._named_after(tok)
            if named:
                self.resolved_groups[tok.i] = named

    def _named_after(self, tok) -> list[str]:
        lemma = tok.lemma_.lower()
        described = {c.lower_ for c in tok.children if c.dep_ in ("amod", "compound")}
        end = tok.sent.end
        for _ in range(2):
            end = self.doc[end].sent.end if end < len(self.doc) else end
        for t in self.doc[tok.i + 1:end]:
            later = t.lemma_.lower()
            if t.tag_ != "NNS" or t.i in self.token_key or not (later == lemma or len(later) >= 3 and lemma.endswith(later)):
                continue
            # the same things named again ("the bots", "the social networks"), not others of their kind ("two other
            # chatbots", "two larger companies", "competitors' chatbots")
            if not any(c.dep_ == "det" and c.lower_ == "the" for c in t.children) \
                    or any(c.dep_ in ("nummod", "poss") or c.dep_ in ("amod", "compound") and c.lower_ not in described
                           for c in t.children):
                continue
            listed = [c for a in t.children if a.dep_ == "appos" for c in (a, *a.conjuncts) if c.i in self.token_key]
            keys = list(dict.fromkeys(self.token_key[c.i] for c in listed
                                      if self.category(self.token_key[c.i]) in ("Company", "AIModel", "Organization")))
            if len(keys) >= 2:
                return keys
        return []

    def _listed_as(self, tok) -> list[str]:
        """ "Filcams, Nidil and Filt, three unions affiliated with the CGIL ... The unions argued": the names a
        count of the same plural noun described, for "the unions" after them."""
        if tok.tag_ != "NNS" or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            return []
        for t in reversed(self.doc[:tok.i]):
            if t.lower_ == tok.lower_ and t.i >= 3 and self.doc[t.i - 1].like_num and self.doc[t.i - 2].text == "," \
                    and self.doc[t.i - 3].i in self.token_key:
                last = self.doc[t.i - 3]
                first = last
                while first.dep_ == "conj" and first.head.i in self.token_key:
                    first = first.head
                members = [self.token_key[first.i]] + [self.token_key[c.i] for c in first.subtree
                                                       if c.dep_ == "conj" and c.i in self.token_key and c.i <= last.i]
                members = list(dict.fromkeys(members))
                return members if len(members) >= 2 else []
        return []

    def _recent_companies(self, tok, wanted: int, *, categories=("Company",)) -> list[str]:
        """The companies (or other parties of a category) a plural description stands for: the nearest list of
        them; "all five companies" gathers earlier lists until it has five."""
        spans, start = [tok.sent], tok.sent.start
        while start > 0 and len(spans) < (12 if wanted > 2 else 6 if wanted else 4):  # ("both companies": six)
            sent = self.doc[start - 1].sent
            start = sent.start
            if sent.text.strip():
                spans.append(sent)
        members: list[str] = []
        # "Frank Pine, executive editor of MediaNews Group and Tribune Publishing, accused the two companies": the
        # companies of the one who acts are not those acted on
        acting = {t.i for s in tok.head.children if tok.dep_ == "dobj" and s.dep_ == "nsubj" for t in s.subtree}
        for span in spans:
            groups = []
            for t in span:
                if t.i >= tok.i or t.i in acting or t.i not in self.token_key or self.category(self.token_key[t.i]) not in categories:
                    continue
                # ("PVH and gene sequencing company Illumina": a conjunct may be a description with the name beside it)
                listed = [a for c in [t, *t.conjuncts] for a in ([c] if c.i in self.token_key else
                                                                 [x for x in c.children if x.dep_ == "appos"])]
                found = [self.token_key[c.i] for c in listed if c.i in self.token_key
                         and self.category(self.token_key[c.i]) in categories]
                if len(dict.fromkeys(found)) >= 2:
                    groups.append(list(dict.fromkeys(found)))
            for group in sorted(groups, key=len, reverse=True):
                if wanted and len(group) > wanted:
                    continue  # "the two companies" are not a list of eight
                members += [k for k in group if k not in members]
                if not wanted:
                    return members
            if wanted and len(members) >= wanted:
                return members
        return members if wanted and len(members) >= 2 else []

    def _recent_people(self, tok) -> list[str]:
        """The people a plural description of people stands for: the nearest list of two or more of them, in its
        sentence or the three before it."""
        start = self._sentences_back(tok, 3)
        for t in sorted((t for t in self.doc[start:tok.i] if t.i in self.token_key), key=lambda t: -t.i):
            first = t
            while first.dep_ == "conj":
                first = first.head
            if first.dep_ == "pobj" and first.head.lower_ == "of" and first.head.head.pos_ == "NOUN" \
                    and first.head.head.lemma_.lower() not in titles():
                continue  # ("the estates of Bob Marley and Frank Sinatra": not the people who act)
            listed = list(dict.fromkeys(self.token_key[c.i] for c in [t, *t.conjuncts] if c.i in self.token_key
                                        and self.category(self.token_key[c.i]) == "Person"))
            if len(listed) >= 2:
                return listed
        return []

    def _sentences_back(self, tok, n: int) -> int:
        """Where the sentence n sentences before a word's own begins."""
        start = tok.sent.start
        for _ in range(n):
            if start > 0:
                start = self.doc[start - 1].sent.start
        return start

    def _last_countries(self, tok) -> list[str]:
        """The last two countries named before a word, within its sentence and the three before it."""
        start = self._sentences_back(tok, 3)
        keys = [k for s, k in self.order if start <= s < tok.i and self.category(k) == "Country"]
        distinct = list(dict.fromkeys(reversed(keys)))[:2]
        return list(reversed(distinct)) if len(distinct) == 2 else []

    def _last_pair(self, tok) -> list[str]:
        """ "when the two met": the last two people named in the sentence, else its last two parties."""
        keys = list(dict.fromkeys(self.token_key[t.i] for t in tok.sent if t.i < tok.i and t.i in self.token_key))
        people = [k for k in keys if self.category(k) == "Person"]
        for pool in (people, keys):
            if len(pool) >= 2:
                return pool[-2:]
        return []

    def entities(self) -> tuple[Entity, ...]:
        out = {}
        for c in self.clusters:
            key = c.key
            if key in out:
                continue
            aliases = sorted({m.text for m in c.mentions} | c.extra_aliases | ({c.known} if c.known else set()))
            refs = sorted({_description(self.doc[i]) for i, k in self.resolved_refs.items() if k == key and self.doc[i].pos_ == "NOUN"})
            aliases += [f"the {r}" for r in refs]
            mentions = tuple(Mention(m.text, m.start_char, m.end_char, m.evidence, "acronym" if m.acronym_of is not None else "name")
                             for m in c.mentions)
            votes = c.votes
            strength = max(votes.values()) if votes else 0
            out[key] = Entity(key=key, label=c.label, category=self.category(key), kind=c.kind, aliases=tuple(aliases),
                                mentions=mentions, confidence=round(min(0.95, 0.5 + strength / 20), 2))
        return tuple(out[k] for k in sorted(out))


# verbs by which a party answers what was said or done against it
ANSWERING_VERBS = {"deny", "reject", "dispute", "appeal", "contest", "challenge", "refute", "counter", "defend", "respond",
                   "rebut", "fight"}
POLITIES = {"governments", "countries", "nations"}  # not "sides": two companies in a deal are sides too


def _cluster(mentions: list[NameMention]) -> list[Cluster]:
    clusters: list[Cluster] = []
    index: dict[str, Cluster] = {}
    bare_names: dict[str, Cluster] = {}  # folded names with no legal form
    formal: dict[str, list[Cluster]] = {}  # a name less its legal form -> the clusters of names with one
    for i, m in enumerate(mentions):
        target = None
        if m.acronym_of is not None:
            target = next(c for c in clusters if mentions[m.acronym_of] in c.mentions)
        elif m.known:
            # (or the country by its own name, for a capital acting for it: "Indonesia ... Jakarta barred")
            target = index.get("known:" + m.known) or next((index[f] for f in variants(m.known) if f in index), None)
        if target is None:
            target = next((index[f] for f in variants(m.text) if f in index), None)
        # "Stack Overflow" and "Stack Overflow, Inc.": a name with its legal form and the same name without one (not
        # "Lumio Corp." and "Lumio Ltd", two companies)
        bare = without_legal_form(m.text)
        if target is None and bare is not None:
            target = bare_names.get(bare)
        if target is None and bare is None and len(formal.get(fold(m.text), ())) == 1:
            target = formal[fold(m.text)][0]
        if target is None:
            target = Cluster()
            clusters.append(target)
        if bare is None:
            bare_names.setdefault(fold(m.text), target)
        elif not any(c is target for c in formal.setdefault(bare, [])):
            formal[bare].append(target)
        target.mentions.append(m)
        if m.known:
            target.known = target.known or m.known
            index["known:" + m.known] = target
            for f in variants(m.known):
                index.setdefault(f, target)
        for f in variants(m.text):
            index.setdefault(f, target)
    # '"... engage with the ANPD," ... the National Data Protection Authority (ANPD)': an acronym used
    # before it is spelled out is the body it stands for
    spelled = {fold(m.text): c for c in clusters for m in c.mentions if m.acronym_of is not None}
    for cluster in list(clusters):
        owner = spelled.get(fold(cluster.mentions[0].text))
        if owner is not None and owner is not cluster and all(m.acronym_of is None for m in cluster.mentions) \
                and len({fold(m.text) for m in cluster.mentions}) == 1:
            owner.mentions[:0] = cluster.mentions
            owner.known = owner.known or cluster.known
            clusters.remove(cluster)
    return clusters


@lru_cache(maxsize=1)
def _company_stems() -> frozenset[str]:
    """Company words without their full stop ("Co" and "Co.")."""
    return frozenset(w.rstrip(".") for w in company_words())


def _fields(words: set[str]) -> set[str]:
    """The fields a body's name or a description names (name_cues.json "fields")."""
    return {field for field, cues in name_cues()["fields"].items() if words & set(cues)}


def _merge_short_forms(clusters: list[Cluster], words: list[str] | tuple = (), body_start: int = 0) -> list[Cluster]:
    """Merge a cluster whose names are a short form of another's: surname, leading words, initials.
    A short form comes after the full name it shortens: leading words the body names first are a name of
    their own, which the longer one extends ("Naver" ... "Naver Cloud, a Naver affiliate")."""
    merged = True
    while merged:
        merged = False
        size = {id(c): len(c.label) for c in clusters}  # a label changes only when its cluster takes another in
        for small in sorted(clusters, key=lambda c: size[id(c)]):
            longer = [big for big in clusters if big is not small and size[id(big)] > size[id(small)] and _is_short_form(small, big)
                      and not _named_before(small, big, words, body_start)]
            if longer:
                # "Kaspersky" (a company, to the NER) in a story of Kaspersky Lab and its founder Eugene Kaspersky:
                # the long name of the same category, if one
                # ("Maria" for Maria Lopez, not for Ana Maria Ruiz Torres: a name's ends before a word inside one)
                word = small.label.split()[0]
                ends = [b for b in longer if word in (b.label.split()[0], b.label.split()[-1])]
                if not ends and any(b is not small and b.category == "Person" and word in (b.label.split()[0], b.label.split()[-1])
                                    for b in clusters):
                    continue  # (a word inside one name and at the end of another person's: whose is not known)
                big = next((b for b in ends + longer if b.category == small.category), longer[0])
                big.mentions.extend(small.mentions)
                big.known = big.known or small.known
                clusters.remove(small)
                merged = True
                break
    return clusters


FORMERLY = {"formerly", "previously", "once"}


def _merge_former_names(doc, clusters: list[Cluster]) -> list[Cluster]:
    """ "World, formerly known as Worldcoin", "Meta (formerly Facebook)": the former name is the same entity,
    which keeps its present name as its label."""
    starts = {m.start: c for c in clusters for m in c.mentions}
    for cluster in list(clusters):
        if cluster not in clusters:
            continue
        for mention in list(cluster.mentions):
            i = mention.end
            if i < len(doc) and doc[i].text in (",", "("):
                i += 1
            if i >= len(doc) or doc[i].lower_ not in FORMERLY:
                continue
            i += 1
            if i < len(doc) and doc[i].lower_ in ("known", "called", "named"):
                i += 1
            if i < len(doc) and doc[i].lower_ == "as":
                i += 1
            former = starts.get(i)
            if former is None or former is cluster or former not in clusters:
                continue
            end = next(m.end for m in former.mentions if m.start == i)
            # ("Tomas Reyes, previously Chile's ambassador", "Lumio, once Zentrix's rival": what the name was is
            # described, not named; nor is a country a former name)
            if end < len(doc) and doc[end].tag_ == "POS" or "Country" in (cluster.category, former.category):
                continue
            cluster.present = cluster.present or mention.text
            cluster.mentions.extend(former.mentions)
            starts.update({m.start: cluster for m in former.mentions})
            clusters.remove(former)
    return clusters


def _named_before(small: Cluster, big: Cluster, words: list[str], body_start: int) -> bool:
    """The body (`words`: the article's token texts; the body begins at `body_start`, after the headline)
    has the words of `small`, the leading words of `big`, on their own before it first names `big` (a
    headline's short names do not count: "TSMC halts orders" over "Taiwan Semiconductor Manufacturing Co.")."""
    s, b = small.label.split(), big.label.split()
    if not (len(s) < len(b) and b[:len(s)] == s) or all(w in company_words() for w in b[len(s):]):
        return False  # ("SoftBank said ... SoftBank Group shares rose": a company word adds nothing to the name)
    n = len(s)
    return any(words[i:i + n] == s and words[i + n:i + n + 1] != b[n:n + 1]
               for i in range(body_start, min(m.start for m in big.mentions)))


def _ner_only(cluster: Cluster) -> bool:
    """Every vote for the cluster is the NER's guess: no word around any of its mentions typed it."""
    return all(v <= m.ner.get(k, 0.0) for m in cluster.mentions for k, v in m.votes.items())


def _is_short_form(small: Cluster, big: Cluster) -> bool:
    if small.known and big.known and small.known != big.known:
        return False
    if small.known and not big.known and small.category in ("Company", "AIModel") and fold(big.label).startswith(fold(small.label) + " "):
        # "Apple Intelligence": a known company's name extended is another thing (see mentions._spans); "Grok 4",
        # "Claude Code": a known model's family has other models
        return False
    s, b = small.label.split(), big.label.split()
    if len(s) + 1 == len(b) and b[:len(s)] == s and b[-1] in national_places():
        return False  # "Deliveroo" and "Deliveroo Italia": the company and its national arm
    if len(s) < len(b) and b[:len(s)] == s and any(ch.isdigit() for ch in s[-1]) \
            and all(w in name_cues()["model_tiers"] for w in b[len(s):]):
        return False  # "GPT-4.1" and "GPT-4.1 mini": a version's tiers are models of their own
    if len(s) == 1 and len(b) >= 3 and s[0] == b[1] and small.category == big.category == "Company" \
            and b[-1].rstrip(".") in _company_stems() and s[0] not in company_words() \
            and s[0].lower() not in GENERIC_LEADS:
        return True  # "Jinhua" for Fujian Jinhua Integrated Circuit Co, "Hikvision" for Hangzhou Hikvision Digital Technology
    if 2 <= len(s) < len(b) and b[-len(s):] == s and small.category == big.category == "Person":
        return True  # "Inman Grant" for Julie Inman Grant, "von der Leyen" for Ursula von der Leyen: a surname of two words
    if len(s) == 1 and len(b) >= 3 and s[0] in b[1:-1] and s[0][:1].isupper() and small.category == big.category == "Person":
        return True  # "Lula" for Luiz Inácio Lula da Silva: the word inside a long name it goes by
    if s and b and s[0] != b[0] and s[0] != b[-1] and not small.label.isupper():
        return False  # every rule below needs the short name's first word at one end of the long one, or initials
    s_cat, b_cat = small.category, big.category
    if b_cat == "Person":
        # "Jassy" for Andy Jassy; "Fu" for Fu Cong, "Xi" for Xi Jinping: a two-word name may put the family name first
        # ("Mattis", a place or a product to the NER alone, for Jim Mattis)
        return len(s) == 1 and len(b) >= 2 and (s[0] == b[-1] and (s_cat in ("Person", "Company", "Country", "Organization")
                                                                   or max(small.votes.values(), default=0) <= 1)
                                                or len(b) == 2 and s[0] == b[0] and s_cat == "Person")
    if len(s) == 1 and 2 <= len(b) <= 3 and s[0] == b[-1] and s_cat == "Person" and max(big.votes.values(), default=0) <= 1:
        return True  # "Elon Musk" (a dateline cut its sentence: a bare guess of a company) and the person "Musk"
    if s_cat == "Person" and len(s) > 1 or b_cat == "Country":
        return False
    if fold(big.label).endswith(("administration", "government")) and s_cat != b_cat:
        return False  # "Trump" is not the Trump administration
    if len(s) < len(b) and b[:len(s)] == s and (s_cat == b_cat or max(small.votes.values(), default=0) <= 2
                                                 or _ner_only(small)):  # ("NeMo", a person to the NER, for "NeMo AI")
        from .lexicon import us_states

        # "California" is not the California Legislature
        return not (s_cat == "Country" and small.known) and small.label not in us_states()
    if len(s) == len(b) - 1 and b[:len(s)] == s and b_cat in ("Company", "Organization") and not small.known \
            and s_cat != "Country" and b[-1] in company_words():
        return True  # "Getty" (the NER's PERSON) for "Getty Images": the name without its company word
    if small.label.isupper() and len(small.label) >= 2 and initials(big.label) == small.label:
        return True
    if small.label.isupper() and len(small.label) >= 2 and len(b) > 3 and b_cat == "GovernmentBody" \
            and initials(" ".join(b[1:])) == small.label:
        from .lexicon import countries, us_states

        # "DMV" for the California Department of Motor Vehicles: a state's or country's body without its place
        return b[0] in us_states() or b[0] in countries()
    return False


# leading words that name no company on their own ("General Dynamics Corp.", "National Instruments Corp.")
GENERIC_LEADS = {"general", "national", "international", "global", "united", "american", "first", "new", "applied",
                 "advanced", "digital", "open", "smart", "data", "semiconductor", "micro", "central", "eastern", "western"}


def _propagate(doc, clusters: list[Cluster]) -> None:
    """One name, one referent per article: where the NER missed a name it found elsewhere in the
    article ("placed DJI on its list"), the same words are a mention of the same entity."""
    taken = {i for c in clusters for m in c.mentions for i in range(m.start, m.end)}
    forms = {}
    for cluster in clusters:
        for m in cluster.mentions:
            words = tuple(t.text for t in doc[m.start:m.end])
            if words and words[0][:1].isupper() and len("".join(words)) >= 2:
                forms.setdefault(words, cluster)
    suffixes = company_words()
    leads: dict[tuple, Cluster] = {}
    for cluster in clusters:
        # "Pieces Technologies" ... "Pieces, whose chief executive": the name without its company suffix
        if cluster.category in ("Company", "Organization") and not cluster.known:
            for m in cluster.mentions:
                words = tuple(t.text for t in doc[m.start:m.end])
                if len(words) >= 2 and words[-1] in suffixes and words[0][:1].isupper() and len(words[0]) >= 3:
                    forms.setdefault(words[:-1], cluster)
                    # "Cadence Design Systems" ... "Cadence was penalised": its leading word alone, where the
                    # tagger takes it for a name
                    if len(words) >= 3 and words[0].lower() not in GENERIC_LEADS and not words[0].isupper():
                        leads.setdefault(words[:1], cluster)
    texts = [t.text for t in doc]
    at: dict[str, list[int]] = {}  # the tokens of each text, in order
    for i, text in enumerate(texts):
        at.setdefault(text, []).append(i)
    # "Adam Bry ... Bry sought help": a person's surname alone, where the tagger took it for a common noun, as the
    # subject of a verb (never a word the article also writes in lower case, or a stop word)
    lowered = {t.lower_ for t in doc if t.text.islower()}
    surnames = {}
    for cluster in clusters:
        if cluster.category == "Person":
            for m in cluster.mentions:
                last = doc[m.end - 1].text
                if m.end - m.start >= 2 and len(last) >= 3 and last.isalpha() and last[0].isupper() and last.lower() not in lowered \
                        and not doc.vocab[last.lower()].is_stop and (last,) not in forms:
                    surnames.setdefault((last,), cluster)
                # "Agus Gumiwang Kartasasmita ... Agus held talks": a three-word name whose surname the story never
                # uses alone goes by its first word (as Indonesian names do)
                first = doc[m.start].text
                named_alone = _named_alone(at, cluster, last)
                if m.end - m.start >= 3 and len(first) >= 3 and first.isalpha() and first[0].isupper() and not named_alone \
                        and first.lower() not in lowered and not doc.vocab[first.lower()].is_stop and first.lower() not in titles() \
                        and (first,) not in forms:
                    surnames.setdefault((first,), cluster)
    # (never a word the NER takes for a place anywhere: "Boston Dynamics Inc" ... "the city of Boston")
    places = {e.text for e in doc.ents if e.label_ in ("GPE", "LOC", "NORP", "FAC")}
    lead_only = {words: cluster for words, cluster in leads.items() if words not in forms and words[0] not in places}
    for words, cluster in sorted({**surnames, **forms, **lead_only}.items(), key=lambda item: -len(item[0])):
        n = len(words)
        for i in at.get(words[0], ()):
            if i > len(doc) - n:
                break
            if any(j in taken for j in range(i, i + n)):
                continue
            if words in surnames and not (doc[i].dep_ == "nsubj" and doc[i].head.pos_ in ("VERB", "AUX")):
                continue
            if words in lead_only and (doc[i].pos_ != "PROPN" or doc[i + 1:i + 2].text[:1].isupper()
                                       or doc[i].is_sent_start and not any(t.pos_ in ("VERB", "AUX") for t in doc[i + 1:i + 2])):
                continue
            if tuple(texts[i:i + n]) == words:
                span = doc[i:i + n]
                template = cluster.mentions[0]
                found = NameMention(i, i + n, span.text, span.start_char, span.end_char, sentence_evidence(span.sent),
                                    known=template.known)
                if not template.known:
                    # "weeks after consumer group CHOICE revealed": the words around a mention the NER missed type it too
                    context_votes(doc, found, name_cues())
                cluster.mentions.append(found)
                taken.update(range(i, i + n))


def _merge_plurals(clusters: list[Cluster]) -> list[Cluster]:
    """ "selling iPhones" in a story of the iPhone: a product's name in the plural is the product, not a company the
    NER guessed."""
    products = {c.label: c for c in clusters if c.category == "AIModel"}
    for cluster in list(clusters):
        singular = products.get(cluster.label[:-1]) if cluster.label.endswith("s") and not cluster.known else None
        if singular is not None and singular is not cluster and max(cluster.votes.values(), default=0) <= 1:
            singular.mentions.extend(cluster.mentions)
            clusters.remove(cluster)
    return clusters


def _named_alone(at: dict[str, list[int]], cluster: Cluster, word: str) -> bool:
    """Whether the article writes one word of a name outside the name's own mentions (`at`: each text's tokens)."""
    return any(not any(n.start <= i < n.end for n in cluster.mentions) for i in at.get(word, ()))


# the houses each kind of member sits in, in order of preference
LEGISLATURE_WORDS = {
    "senator": ("senate",), "representative": ("house", "congress"), "congressman": ("house", "congress"),
    "congresswoman": ("house", "congress"), "congressmember": ("house", "congress"),
    "lawmaker": ("congress", "parliament", "legislature", "assembly"), "legislator": ("legislature", "congress", "parliament", "assembly"),
    "mp": ("parliament", "commons"), "parliamentarian": ("parliament",), "mep": ("parliament",), "deputy": ("chamber", "assembly", "duma"),
}


def _description(tok) -> str:
    """The description word a noun ends: "company", or "start-up" split by the tokenizer; or a phrase that makes
    a business word a state body's ("the central bank")."""
    return government_phrase(tok, tok.lower_) or hyphenated(tok) or tok.lower_


def resolve(doc, mentions: list[NameMention]) -> Resolution:
    """Cluster an article's mentions and resolve its references."""
    sentences = iter(doc.sents)
    headline = next(sentences, None)
    clusters = _merge_short_forms(_cluster(mentions), [t.text for t in doc], headline.end if headline is not None else 0)
    clusters = _merge_former_names(doc, clusters)
    clusters = _merge_plurals(clusters)
    _propagate(doc, clusters)
    clusters = [c for c in clusters if not _stray_word(doc, c) and not _only_whose(doc, c) and not _only_a_modifier(doc, c)]
    for cluster in clusters:
        cluster.mentions.sort(key=lambda m: m.start)
    return Resolution(doc, clusters)


def _stray_word(doc, cluster: Cluster) -> bool:
    """ "• Underscores the demand ...": one capitalised word opening a line or sentence, named once, with
    no known name behind it, is a word the NER took for a person, not a person."""
    if cluster.known or cluster.category != "Person" or len(cluster.mentions) != 1:
        return False
    mention = cluster.mentions[0]
    if mention.end - mention.start != 1:
        return False
    first = next((t for t in doc[mention.start].sent if t.is_alpha), None)
    return first is not None and first.i == mention.start


# plural nouns for people a word before them only describes ("Pacific shoppers", "Maori communities")
PEOPLE_NOUNS = {"shoppers", "users", "customers", "consumers", "people", "citizens", "residents", "communities", "voters",
                "students", "families", "children", "women", "men", "fans", "viewers", "readers", "patients", "youth",
                "migrants", "workers", "farmers", "populations", "speakers"}


def _only_a_modifier(doc, cluster: Cluster) -> bool:
    """ "a particular risk for Maori and Pacific shoppers": one word the NER alone took for a name, only ever
    describing people, names no party (not "PayPal co-founder Peter Thiel", "Vexa applications")."""
    if cluster.known or max(cluster.votes.values(), default=0) > 1 or any(m.end - m.start != 1 for m in cluster.mentions):
        return False
    for m in cluster.mentions:
        tok = doc[m.start]
        while tok.dep_ == "conj":
            tok = tok.head
        if tok.dep_ not in ("compound", "amod", "nmod") or tok.head.lower_ not in PEOPLE_NOUNS:
            return False
    return True


def _listed_among(tok) -> bool:
    """ "musicians, among them A, B and C": a list in apposition that "among them" opens (the parser hangs it on A)."""
    first = tok
    while first.dep_ == "conj":
        first = first.head
    return first.dep_ == "appos" and any(c.lower_ in ("among", "including") for c in first.children)


def _speaks(subject) -> bool:
    """The word is the subject of a speech or stance verb ("the signatories wrote", "they accused")."""
    return subject.dep_ == "nsubj" and subject.head.lemma_.lower() in speech_verbs()


# words of an opening phrase that hand the turn to another party ("In response, the company said")
TURNS = {"response", "reply", "turn", "contrast", "retaliation", "return", "answer"}
# what a rule, a ruling or a plan says is its own ("The guidance, issued by ..., named neither company. Instead it warned")
DOCUMENTS = {"guidance", "rule", "law", "regulation", "order", "decree", "bill", "act", "directive", "ruling", "decision",
             "plan", "proposal", "policy", "measure", "framework", "code", "guideline", "standard", "advisory", "judgment",
             "verdict", "amendment", "resolution", "legislation", "requirement"}
# nouns for two people the story has named ("the couple", "the pair")
PAIRS = {"couple", "pair", "duo"}
# plural descriptions of organisations ("the groups", "the two unions")
ORGANISATION_GROUPS = {"groups", "organisations", "organizations", "nonprofits", "non-profits", "charities", "unions",
                       "associations", "ngos", "federations", "coalitions", "foundations"}
# verbs whose clause says what another party must do or have done to it ("ordered it blocked")
ORDERING = {"order", "direct", "instruct", "require", "want", "command", "demand"}
# plural nouns for people a story lists by name ("More than 400 artists, including A, B and C ... the signatories")
PEOPLE_GROUPS = {"signatories", "signers", "artists", "authors", "musicians", "actors", "writers", "researchers",
                 "scientists", "employees", "workers", "creators", "plaintiffs", "performers", "filmmakers", "academics",
                 "engineers", "whistleblowers", "activists"}
# what a country's name before a noun makes an act or voice of that country ("U.S. officials said")
STATE_WORDS = {"official", "officials", "government", "governments", "authorities", "authority", "administration",
               "lawmaker", "lawmakers", "legislator", "legislators", "negotiator", "negotiators", "military", "army",
               "navy", "troops", "embassy", "envoy", "ambassador", "diplomat", "diplomats", "intelligence", "secretary",
               "minister", "ministry", "president", "department", "agency", "agencies", "regulator", "regulators",
               "senator", "senators", "congress", "parliament", "delegation", "side", "prosecutors", "police", "sanctions",
               "ban", "restrictions", "controls", "curbs", "rules", "law", "laws", "policy", "decision", "move", "order",
               "blacklist", "list", "tariff", "tariffs", "export", "exports", "investigation", "probe", "inquiry"}


def _expletive(tok) -> bool:
    """ "It's extremely important to avoid ...", "it is clear that ...": an "it" that stands for the clause after
    the adjective, not for anything named."""
    from .lexicon import role_cues

    verb = tok.head
    adjectives = [c for c in verb.children if c.dep_ == "acomp" and c.lower_ in role_cues()["extraposition_adjectives"]]
    # (a sentence's or a quotation's first word: "Vexa said it was right to sue" is Vexa)
    opening = tok.i == tok.sent.start or tok.i > 0 and tok.doc[tok.i - 1].is_quote
    return tok.lower_ == "it" and opening and tok.dep_ in ("nsubj", "expl") and verb.lemma_ == "be" and bool(adjectives) \
        and any(c.dep_ in ("xcomp", "ccomp") and c.i > tok.i for t in (verb, *adjectives) for c in t.children)


def _only_whose(doc, cluster: Cluster) -> bool:
    """ "a U.S. start-up", "U.S. Circuit Judge X", "the largest recovery in US history": a country named
    only to say whose or where something is, never as a party nor for its state's acts, is no party."""
    if cluster.category != "Country":
        return False
    for m in cluster.mentions:
        tok = doc[m.end - 1]
        if tok.dep_ not in ("compound", "amod", "nmod"):
            return False
        passed = []
        while tok.dep_ in ("compound", "amod", "nmod") and tok.head.i != tok.i and tok.head.pos_ in ("NOUN", "PROPN"):
            tok = tok.head
            passed.append(tok.lower_)
        if not passed or any(w in STATE_WORDS for w in passed):
            return False
    return True
