"""Find proper-name mentions and the evidence for their category.

spaCy's small model finds name spans well but labels them poorly in this domain (AI labs come out
as GPE or PERSON, "AI" as an organisation), so its label is only the weakest vote. Stronger votes
come from the name's own words (Department, Inc, University), from its context (an apposition "an
AI company", a title "CEO", a possessive "X's model"), and from the curated lexicon.
"""
from __future__ import annotations

import re
import weakref
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Span

from ..lexicon import (capitals, company_names, countries, dateline_cities, demonyms, endonyms, generic_words, known_kinds,
                       name_cues, titles, us_states)
from ..records import Evidence

NER_LABELS = {"ORG", "PERSON", "GPE", "PRODUCT", "FAC", "WORK_OF_ART", "LOC", "NORP", "EVENT", "LAW"}
SPACY_VOTE = {"ORG": "Company", "PERSON": "Person", "GPE": "Country", "PRODUCT": "AIModel", "FAC": "GovernmentBody",
              "WORK_OF_ART": "AIModel", "LOC": "Country"}
KIND_CATEGORY = {"Official": "Person", "Regulator": "GovernmentBody", "Court": "GovernmentBody",
                 "Legislature": "GovernmentBody", "Military": "GovernmentBody"}
VERSION = re.compile(r"^(?:[A-Z][A-Za-z]*-?\d[\w.]*|[A-Z][a-z]+[A-Z]\w*|v?\d+(?:\.\d+)*[a-z]?)$")
LOWER_VERSION = re.compile(r"^[a-z]{1,4}\d[\w.-]*$")
# "4chan", "23andMe", "1Password": a coined name that starts with digits (the NER reads a number);
# three letters at least, so "10bn", "3pm", "1990s" and "21st" stay quantities, and no unit ("5Gbps", "12months")
DIGIT_NAME = re.compile(r"^\d+(?![A-Za-z]*(?:bps|[Hh]z|[Ww]h|users?|months?|years?|days?|hours?|weeks?|minutes?|times|fold|th|mAh)$)[A-Za-z]{3,}\w*$")
# the nouns whose "such as" list names bodies of one kind, whatever words modify them
LISTING_KINDS = {"watchdog": "GovernmentBody", "regulator": "GovernmentBody", "ministry": "GovernmentBody",
                 "company": "Company", "firm": "Company", "startup": "Company", "start-up": "Company", "chipmaker": "Company",
                 "organisation": "Organization", "organization": "Organization", "nonprofit": "Organization",
                 "charity": "Organization", "association": "Organization", "union": "Organization",
                 "project": "Organization", "campaign": "Organization", "initiative": "Organization"}
# company words that, after a known company's name, name an arm of it of its own: "Intel Capital", "Samsung Group"
ARMS = {"Capital", "Ventures", "Group"}
HONORIFICS = {"mr", "mr.", "ms", "ms.", "mrs", "mrs.", "dr", "dr.", "rep", "rep.", "sen", "sen.", "gov", "gov.",
              "president", "senator", "representative", "judge", "justice", "minister", "secretary", "chancellor", "premier"}
HONORIFIC_WORDS = frozenset(h.rstrip(".") for h in HONORIFICS)
# a model's version after its name: "Grok 4", "Gemini 2.5", "Llama 3.1 405B", "GPT-4o"; not a year ("Gemini 2024")
# "GPT-4.1", "GPT-5.2": a name with a dotted version is a product whatever the tagger makes of it (a date, a
# nationality, an adjective); not "COVID-19" or "F-35"
DOTTED_VERSION = re.compile(r"^[A-Z][A-Za-z]{2,}-\d+\.\d+[a-z]?$")
MODEL_VERSION = re.compile(r"^(?!(?:19|20)\d\d$)(?:v?\d+(?:\.\d+)*[a-z]?|\d+(?:\.\d+)?[BMK])$")
CALENDAR_WORDS = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                  "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
                  "dec", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "christmas", "easter"}
NON_NAME = {"DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "ORDINAL", "QUANTITY", "NORP", "LAW", "EVENT"}


@dataclass
class NameMention:
    """A name span with the category votes gathered for it."""

    start: int  # token indexes
    end: int
    text: str
    start_char: int
    end_char: int
    evidence: Evidence
    known: str | None = None  # lexicon canonical name
    votes: dict = field(default_factory=dict)
    kind: str | None = None
    acronym_of: int | None = None  # index of the mention this acronym abbreviates

    ner: dict = field(default_factory=dict)  # the part of votes that is the NER's label

    def vote(self, category: str, weight: float, *, ner: bool = False) -> None:
        if category in KIND_CATEGORY:
            self.kind = self.kind or category
            category = KIND_CATEGORY[category]
        self.votes[category] = self.votes.get(category, 0.0) + weight
        if ner:
            self.ner[category] = self.ner.get(category, 0.0) + weight


_DOC_TEXT: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()  # a parsed document's text, while it lives


def sentence_evidence(sent) -> Evidence:
    """The sentence as evidence: its text without surrounding whitespace, and the offsets of exactly that text."""
    whole = _DOC_TEXT.get(sent.doc)
    if whole is None:
        whole = _DOC_TEXT[sent.doc] = sent.doc.text
    text = whole[sent.start_char:sent.end_char]  # = sent.text, without building the sentence's tokens
    start = sent.start_char + len(text) - len(text.lstrip())
    stripped = text.strip()
    return Evidence(start, start + len(stripped), stripped)


def _trim(doc, start: int, end: int) -> tuple[int, int]:
    """Drop leading determiners and trailing possessives or punctuation from a span; a name never
    runs across a line break."""
    for i in range(start, end):
        if doc[i].is_space or "\n" in doc[i].text:
            end = i
            break
    while start < end and (doc[start].lower_ in ("the", "a", "an") or doc[start].is_punct
                           or start + 1 < end and doc[start].pos_ in ("SCONJ", "ADP", "ADV") and doc[start].is_stop
                           and doc[start].dep_ in ("prep", "mark", "advmod") and not start <= doc[start].head.i < end
                           and (doc[start].is_sent_start or doc[start - 1].is_punct)
                           and doc[end - 1].text.rstrip(".") not in LEGAL_SUFFIXES and doc[end - 1].text not in company_words()
                           and doc[start + 1].pos_ == "PROPN"):
        start += 1  # (nor a preposition that governs the name: "Besides Ana Pires, the board consists of")
    while end > start and (doc[end - 1].tag_ == "POS" or doc[end - 1].is_punct or doc[end - 1].lower_ in ("'s", "\u2019s")):
        end -= 1
    return start, end


# legal forms that end a company's name ("Vexa Inc of San Francisco": what follows says where it is)
LEGAL_SUFFIXES = {"Inc", "Corp", "Ltd", "LLC", "Co", "PLC", "plc", "GmbH", "AG", "SA", "NV", "BV", "Pty", "LLP"}
# a body's field after "and", which the NER may take for a person ("Office of Investor Education and Advocacy")
FIELD_ENDINGS = ("acy", "ion", "ment", "ity", "ance", "ics", "ure", "ism", "ness", "ship", "ogy", "ing")


def _ends_at_suffix(doc, i: int) -> bool:
    """Token i is a legal suffix and the "of" after it says where the company is, not what country it is of
    ("Vexa Inc of San Francisco"; not "Hospital Corp of America")."""
    place = doc[i + 2] if i + 2 < len(doc) else None
    return doc[i].text.rstrip(".") in LEGAL_SUFFIXES and not (place is not None and place.ent_type_ == "KG_Country")


def _joined_entities(doc):
    """NER entities, with "Center for AI" + "and" + "Digital Policy" rejoined: a name with a
    connector whose continuation after "and" has no head word of its own is one organisation; so is
    "the Malaysian Communications" + "and" + "Multimedia Commission", a first part that modifies a
    word of the second, which ends in a head word ("Commission", "Authority")."""
    heads = name_cues()["heads"]
    ents = [piece for ent in doc.ents for part in _split_at_verb(doc, ent) for listed in _split_list(doc, part)
            for piece in _split_pair(doc, listed)]
    out = []
    i = 0
    while i < len(ents):
        ent = ents[i]
        nxt = ents[i + 1] if i + 1 < len(ents) else None
        # "the digital rights group" + "Fight" + "for" + "the Future": a capitalised run no one named, "for" and
        # a name after it are one organisation's name
        before = ent.start - 2 if ent.start >= 2 and doc[ent.start - 1].lower_ == "for" else None
        if (before is not None and ent.label_ in ("ORG", "PERSON", "GPE") and len(ent) <= 3 and all(_capitalised(t) or t.lower_ == "the" for t in ent)
                and doc[before].pos_ == "PROPN" and _capitalised(doc[before]) and not doc[before].ent_type_
                and not doc[before].is_sent_start and (not out or out[-1].end <= before)):
            first = before
            while first - 1 > doc[before].sent.start and doc[first - 1].pos_ == "PROPN" and _capitalised(doc[first - 1]) \
                    and not doc[first - 1].ent_type_:
                first -= 1
            out.append(Span(doc, first, ent.end, label="ORG"))
            i += 1
            continue
        # ... or a short name after a group noun, which the NER took for a person ("the rights group Hope" + "for the Commons")
        if (before is not None and out and out[-1].end == before + 1 and out[-1].label_ in ("PERSON", "ORG") and len(out[-1]) <= 3
                and out[-1].start > 0 and doc[out[-1].start - 1].lower_ in GROUP_NOUNS and ent.label_ in ("ORG", "PERSON", "GPE")
                and len(ent) <= 3 and all(_capitalised(t) or t.lower_ == "the" for t in ent)):
            out[-1] = Span(doc, out[-1].start, ent.end, label="ORG")
            i += 1
            continue
        # ("the Office of Investor Education" + "and" + "Advocacy": a one-word field the NER took for a person)
        one_field = nxt is not None and nxt.label_ == "PERSON" and len(nxt) == 1 and len(ent) > 2 \
            and heads.get([t for t in ent if t.lower_ != "the"][0].text, "Company") != "Company" \
            and nxt[0].lower_.endswith(FIELD_ENDINGS)  # (not "the Department of Energy and Granholm")
        if (nxt is not None and ent.label_ == "ORG" and (nxt.label_ == "ORG" or one_field) and nxt.start == ent.end + 1
                and doc[ent.end].lower_ in ("and", "&")
                and (any(t.lower_ in ("for", "of") for t in ent) and not any(t.text in heads for t in nxt)
                     or heads.get(nxt[-1].text, "Company") != "Company" and (
                         any(nxt.start <= t.head.i < nxt.end and t.dep_ in ("compound", "nmod", "amod") for t in ent)
                         or _one_article(doc, ent, heads)))):
            # "Chile's Telecommunications and ...": the possessor is the country, not part of the name
            owned = [t.i + 1 for t in ent if t.tag_ == "POS" or t.lower_ in ("'s", "\u2019s")]
            if owned:
                out.append(Span(doc, ent.start, owned[-1] - 1, label="GPE"))
            out.append(Span(doc, owned[-1] if owned else ent.start, nxt.end, label="ORG"))
            i += 2
            continue
        # "the Council of the" + "EU", "the Court of Justice of the" + "European Union": the lexicon took the end
        # of a body's name for a name of its own; the name runs on through the connector
        tail = [t.lower_ for t in ent[-2:]]
        if nxt is not None and nxt.start == ent.end and ent.label_ == "ORG" and len(ent) > 2 \
                and (tail[-1] in ("of", "for") or tail == ["of", "the"] or tail == ["for", "the"]) \
                and not _ends_at_suffix(doc, ent.end - 2):  # (not "Vexa Inc of" + "San Francisco")
            out.append(Span(doc, ent.start, nxt.end, label="ORG"))
            i += 2
            continue
        # "the Confederation of All" + "India" + "Traders": a body's name that runs on through a country's name
        if (nxt is not None and nxt.start == ent.end and ent.label_ == "ORG" and nxt.label_ == "KG_Country" and len(nxt) == 1
                and any(t.lower_ in ("of", "for") for t in ent) and ent[-1].text[:1].isupper()):
            run_end = _proper_run_end(doc, nxt.end)
            if run_end > nxt.end:
                out.append(Span(doc, ent.start, run_end, label="ORG"))
                i += 2
                continue
        # "No Azure" + "for" + "Apartheid": a campaign's name the NER split at its "for" into two of its own
        if (nxt is not None and nxt.start == ent.end + 1 and doc[ent.end].lower_ == "for" and ent.label_ in ("ORG", "EVENT", "WORK_OF_ART")
                and nxt.label_ in ("ORG", "PERSON", "GPE", "NORP", "EVENT") and len(nxt) <= 3 and all(_capitalised(t) for t in nxt)):
            out.append(Span(doc, ent.start, nxt.end, label="ORG"))
            i += 2
            continue
        # "Tools" (a person, to the NER) + "for Humanity", "Transport" + "for London": a short name and a
        # capitalised run after "for" that the NER left unlabelled are one organisation's name
        j = ent.end
        if (ent.label_ in ("PERSON", "ORG") and len([t for t in ent if t.lower_ != "the"]) <= 3 and j + 1 < len(doc)
                and doc[j].lower_ == "for" and (nxt is None or nxt.start > j + 1)):
            end = _unnamed_run_end(doc, j + 1)
            if end is not None:
                out.append(Span(doc, ent.start, end, label="ORG"))
                i += 1
                continue
        # "Tokyo" + "District Court", "Senate" + "Commerce Committee": a city (which the lexicon may know as its
        # country's capital) or a house before a court's or a committee's name begins that name
        if (nxt is not None and nxt.start == ent.end and len(ent) == 1 and ent.label_ in ("KG_Country", "GPE", "KG_GovernmentBody")
                and ent.text.isalpha() and not ent.text.isupper() and ent.text not in demonyms()
                and (ent.label_ != "KG_Country" or ent.ent_id_ != ent.text) and nxt.label_ == "ORG"
                and nxt[-1].text in ("Court", "Tribunal", "Committee", "Subcommittee") and all(_capitalised(t) for t in nxt)):
            out.append(Span(doc, ent.start, nxt.end, label="ORG"))
            i += 2
            continue
        # "the Dutch" + "Supreme Court", "the French" + "Senate": another country's body, not the US one the
        # lexicon names by the bare words
        words = [t for t in ent if t.lower_ != "the"]
        # ("the French" + "Center for AI Safety (CeSIA)": a body named for what it is for, with its own short form)
        named_for = nxt is not None and len(nxt) > 2 and heads.get(nxt[0].text, "Company") != "Company" \
            and nxt[1].lower_ in ("for", "of") and nxt.end + 1 < len(doc) and doc[nxt.end].text == "("
        if (nxt is not None and nxt.start == ent.end and len(words) == 1 and words[0].text in demonyms()
                and demonyms()[words[0].text] != "United States"
                and (heads.get(nxt[-1].text, "Company") != "Company" or named_for)):
            out.append(Span(doc, words[0].i, nxt.end, label="ORG"))
            i += 2
            continue
        # "Attorney" + "General's Office": the NER cut a body named for an office at the office's title
        if (ent.label_ == "ORG" and ent.start >= 1 and (not out or out[-1].end <= ent.start - 1)
                and doc[ent.start - 1].pos_ == "PROPN" and _capitalised(doc[ent.start - 1]) and not doc[ent.start - 1].ent_type_
                and f"{doc[ent.start - 1].lower_} {ent[0].lower_}" in titles()):
            out.append(Span(doc, ent.start - 1, ent.end, label="ORG"))
            i += 1
            continue
        # "the law firm" + "Pollock" + "Cohen" (a person, to the NER): a capitalised run right after a company noun is
        # the company's name, partners' surnames and all
        first = ent.start
        while first - 1 >= 0 and doc[first - 1].pos_ == "PROPN" and _capitalised(doc[first - 1]) and not doc[first - 1].ent_type_:
            first -= 1
        if (ent.label_ == "PERSON" and len(ent) == 1 and ent.start - first in (1, 2) and first >= 1
                and doc[first - 1].lemma_.lower() in ("firm", "company", "partnership") and doc[first - 1].pos_ == "NOUN"):
            out.append(Span(doc, first, ent.end, label="ORG"))
            i += 1
            continue
        # "Chief Justice" + "Aqeel" + "Ahmed Abbasi": an unlabelled capitalised word between a title and a person's
        # name is the person's first name
        given = ent.start - 1
        if (ent.label_ == "PERSON" and given >= 1 and doc[given].pos_ == "PROPN" and _capitalised(doc[given])
                and not doc[given].ent_type_ and doc[given].text.isalpha() and doc[given].lower_ not in titles()
                and doc[given - 1].lower_ in titles() and f"{doc[given - 1].lower_} {doc[given].lower_}" not in titles()
                and doc[given].text not in name_cues()["ranks"] and (not out or out[-1].end <= given)):
            out.append(Span(doc, given, ent.end, label="PERSON"))
            i += 1
            continue
        # "Omer Fatih" + "Sayan" (a nationality, to the NER) ... "Sayan said": a word right after a person's name that
        # the story later uses alone is the person's surname
        if (nxt is not None and nxt.start == ent.end and ent.label_ == "PERSON" and len(nxt) == 1 and len(ent) <= 2
                and nxt.label_ in ("NORP", "GPE", "ORG", "LOC") and nxt[0].tag_ == "NNP" and _capitalised(nxt[0])
                and nxt.text not in demonyms() and sum(t.text == nxt.text for t in doc) > 1):
            out.append(Span(doc, ent.start, nxt.end, label="PERSON"))
            i += 2
            continue
        # "the National" + "Congress", "the Federal" + "Senate": a capitalised word the NER took for a name before a
        # house the lexicon knows by its bare word is another country's body of its own
        if (nxt is not None and nxt.start == ent.end and ent.label_ == "ORG" and 1 <= len(words) <= 2
                and all(_capitalised(t) and t.pos_ in ("PROPN", "ADJ") and t.text not in heads and not t.text.isupper() for t in words)
                and nxt.label_ == "KG_GovernmentBody" and len(nxt) == 1 and heads.get(nxt[0].text, "Company") != "Company"):
            out.append(Span(doc, words[0].i, nxt.end, label="ORG"))
            i += 2
            continue
        # "Tijmen Wisman of the Platform for Civil Rights Protection": a person of an organisation, which the NER ran
        # into one name (not "Bank of America": the first part has a head word of its own)
        if (ent.label_ == "ORG" and len(ent) >= 5 and ent[2].lower_ == "of" and ent[3].lower_ == "the"
                and all(t.pos_ == "PROPN" and _capitalised(t) and t.text not in heads and t.text not in company_words()
                        and t.lower_ not in titles() for t in ent[:2])
                and any(t.text in heads for t in ent[4:])):
            out.extend([Span(doc, ent.start, ent.start + 2, label="PERSON"), Span(doc, ent.start + 4, ent.end, label="ORG")])
            i += 1
            continue
        out.append(ent)
        i += 1
    return out


def _split_at_verb(doc, ent) -> list:
    """An entity the NER ran across a finite verb ("the Future urged Zoom") is the names on either side of it."""
    verbs = [t.i for t in ent if t.pos_ == "VERB" and t.tag_ in ("VBD", "VBZ", "VBP") and not t.text[:1].isupper()]
    if not verbs:
        return [ent]
    cut = verbs[0]
    return [Span(doc, a, b, label=ent.label_) for a, b in ((ent.start, cut), (cut + 1, ent.end))
            if b > a and any(_capitalised(t) for t in doc[a:b])]


def _split_list(doc, ent) -> list:
    """An entity the NER ran over a list ("Filcams, Nidil and Filt") is each name in it."""
    if ent.label_ not in ("ORG", "PERSON", "GPE") or not any(t.text == "," for t in ent) or not any(t.lower_ == "and" for t in ent):
        return [ent]
    if ent.start >= 2 and doc[ent.start - 1].lower_ in ("of", "for") and doc[ent.start - 2].text in name_cues()["heads"]:
        return [ent]  # "the Ministry of" + "Economy, Trade and Industry": one body's fields
    if ent.end < len(doc) and (doc[ent.end].lower_ in titles() or doc[ent.end].text in name_cues()["heads"]):
        return [ent]  # "Economy, Trade and Industry" + "Minister Yasutoshi Nishimura" / "Ministry": one portfolio
    if ent[-1].text.rstrip(".") in LEGAL_SUFFIXES or ent[-1].text in company_words():
        return [ent]  # "Procter, Gamble and Co": one company
    pieces, start = [], ent.start
    for t in ent:
        if t.text == "," or t.lower_ == "and":
            if t.i > start:
                pieces.append((start, t.i))
            start = t.i + 1
    pieces.append((start, ent.end))
    if any(b - a > 3 or b <= a or not all(_capitalised(t) for t in doc[a:b]) for a, b in pieces):
        return [ent]
    return [Span(doc, a, b, label=ent.label_) for a, b in pieces]


def _split_pair(doc, ent) -> list:
    """ "Canada's biggest carriers, Bell and Telus,": two one-word names the NER ran together after a plural noun
    they stand for."""
    words = [t for t in ent if t.lower_ != "the"]
    if ent.label_ != "ORG" or len(words) != 3 or words[1].lower_ != "and" or ent.start < 2 \
            or doc[ent.start - 1].text != "," or doc[ent.start - 2].tag_ != "NNS" or not (_capitalised(words[0]) and _capitalised(words[2])):
        return [ent]
    return [Span(doc, words[0].i, words[0].i + 1, label="ORG"), Span(doc, words[2].i, words[2].i + 1, label="ORG")]


# forms of address that are no part of a name: HONORIFIC_WORDS and styles ("Sir Nick Clegg")
ADDRESS_WORDS = HONORIFIC_WORDS | {"mx", "sir", "dame", "lord", "lady", "prof", "rev"}


def _one_article(doc, ent, heads) -> bool:
    """ "the Swedish Post" + "and" + "Telecom Authority": one "the" before a first part with no head word
    of its own, so the article governs the whole name (not a name the lexicon knows whole: "the New York
    Times and" + "Federal Trade Commission")."""
    first = ent[0] if ent[0].lower_ == "the" else doc[ent.start - 1] if ent.start > 0 else None
    return first is not None and first.lower_ == "the" and ent.end < len(doc) and doc[ent.end + 1].lower_ != "the" \
        and not any(t.text in heads or t.text.isupper() or t.tag_ == "NNPS" for t in ent) \
        and not any(t.ent_type_.startswith("KG_") for t in ent) and all(_capitalised(t) for t in ent if t.lower_ != "the")


def _spans(doc):
    """Candidate name spans: NER entities, plus capitalised runs NER missed (model names)."""
    taken = set()
    # a headline: Title Case, with no full stop
    headline = {i for sent in doc.sents if _is_title_case(sent) and sent[-1].text not in (".", "!", "?", '"')
                for i in range(sent.start, sent.end)}
    for ent in _joined_entities(doc):
        if ent.label_ in NER_LABELS or ent.label_.startswith("KG_"):
            start, end = _trim(doc, ent.start, ent.end)
            # "Anthropic's AI": cut at a possessive inside the span, unless a title's body follows it
            # ("the Ankara Chief Public Prosecutor's Office", "the Information Commissioner's Office") or it is a
            # collective's ("People's Daily", "the People's Liberation Army", "Ministry of Women's Empowerment")
            for i in range(start, end):
                if (doc[i].tag_ == "POS" or doc[i].lower_ in ("'s", "\u2019s")) and not (i + 2 == end and i > start and _titled_body(doc, i)) \
                        and not (i > start and doc[i - 1].text in name_cues()["collective_possessors"]):
                    end = i
                    break
            # "the Office of the Data Protection Commissioner (ODPC": the NER ran into the acronym in brackets
            # after a name, not to the bracket's close (which a name with a bracket inside it reaches)
            end = next((i for i in range(start + 1, end) if doc[i].text == "(" and not any(t.text == ")" for t in doc[i:end])), end)
            # "Activision Productions, Electronic Arts Productions": a comma before a listed name ends the first (not
            # "Samsung Electronics Co., Ltd.": a company word after it)
            # (nor "Ministry of Trade, Industry and Energy": a body's fields listed after its connector)
            end = next((i for i in range(start + 2, end - 1) if doc[i].text == "," and doc[i + 1].text not in company_words()
                        and not any(t.lower_ in ("of", "on", "for") for t in doc[start:i])
                        and any(t.dep_ == "conj" and start <= t.head.i < i for t in doc[i + 1:end])), end)
            # "Nikkei, Asahi sue Perplexity": a lower-case word other than a connector ends the name the NER ran across it
            # (not the second half of a hyphenated word: "Kim Jong-yoon")
            end = next((i for i in range(start + 1, end) if doc[i].is_alpha and doc[i].text.islower() and len(doc[i].text) > 2
                        and doc[i].lower_ not in _connectors() and not hyphenated(doc[i])), end)
            while end - 1 > start and _amount_at(doc, end - 1):
                end -= 1  # "fined Axon Labs" + "40 million euros": an amount the NER ran into the name (not "Atlas 4 chatbot")
            # "Wiz Chief Technology" + "Officer Ami Luttwak": the NER stopped inside a title, which is no name
            cut = next((i for i in range(start + 1, end) if _title_across(doc, i, end)), end)
            if cut < end and doc[cut - 1].lower_ in ("of", "the") and any(t.text in name_cues()["heads"] for t in doc[start:cut]):
                # "the Office of the Attorney" + "General": the title names the office, and ends its name
                end = cut + max(_titles_at(doc, cut))
            else:
                end = cut
            if end < ent.end and all(t.lower_ in name_cues()["ministry_fields"] for t in doc[start:end]):
                continue  # "Interior" + "Cabinet Secretary Kithure Kindiki": a minister's portfolio, no name
            if ent.label_ == "PERSON":
                start = _after_title(doc, start, end)  # "Spokesperson Fred Sainz": the title is no part of the name
                # "To Ai Vang of Can Tho": where a person is from is no part of the name
                end = next((i for i in range(start + 2, end - 1) if doc[i].lower_ == "of"), end)
                if start == ent.start and start > 0 and start - 1 not in taken and doc[start - 1].pos_ == "PROPN" \
                        and doc[start - 1].dep_ == "compound" and start <= doc[start - 1].head.i < end \
                        and not doc[start - 1].ent_type_ and len(doc[start - 1].text) <= 3 and doc[start - 1].is_title \
                        and doc[start - 1].lower_ not in titles() and doc[start - 1].lower_.rstrip(".") not in ADDRESS_WORDS:
                    start -= 1  # "He" + "Jianting": a short surname the NER left out of the name (not "Mr", "Sir")
                while end < len(doc) and doc[end - 1].lower_ in NAME_PARTICLES and _capitalised(doc[end]) and doc[end].pos_ == "PROPN":
                    end += 1  # "Ursula von der" + "Leyen": the NER stopped at the particle
                if end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ and not doc[end].whitespace_ \
                        and doc[end + 1].is_alpha and doc[end + 1].is_lower and not doc[end + 1].lower_.endswith(("ed", "ing")) \
                        and doc[end + 1].lower_ not in ("based", "run", "led", "like", "style", "born", "era", "made", "owned", "funded"):
                    end += 2  # "Moon Jae" + "-in": the NER stopped at the hyphen of a Korean given name
            if ent.label_ == "KG_Country" and doc[ent.end - 1].lower_ in ("government", "authorities") \
                    and doc[ent.end - 1].dep_ in ("compound", "amod", "nmod"):
                # "28 Chinese government bodies": the government only says whose bodies ("US government officials":
                # a name of the country before it stays one)
                if doc[ent.start:ent.end - 1].text not in countries():
                    taken.update(range(ent.start, ent.end))
                    continue
                end = min(end, ent.end - 1)
            if start < end and start not in taken:
                label, known = ent.label_, ent.ent_id_ or None
                if not label.startswith("KG_") and end - start == 1 and DOTTED_VERSION.match(doc[start].text):
                    label = ""  # "GPT-5.2" as a place or a nationality: a versioned name
                if start > 0 and start - 1 not in taken and doc[start].pos_ == "ADP" and doc[start].text[:1].isupper() \
                        and doc[start - 1].pos_ in ("PROPN", "NOUN") and doc[start - 1].text[:1].isupper() and not doc[start - 1].ent_type_:
                    start, label, known = start - 1, "ORG", None  # "Doctors" + "Without Borders" (a person to the NER)
                if ent.label_ == "KG_Country" and _named_with_country(doc, start - 1, start) and start - 1 not in taken \
                        and start - 1 not in headline and not doc[start - 1].ent_type_ and doc[start - 1].lower_ not in titles() \
                        and (doc[start - 1].lower_ in name_cues()["ministry_fields"] or _recurring_pair(doc, start - 1)
                             or _as_party(doc[start])):
                    # "Health Canada": a portfolio, the country's department; "Air Canada": a name that ends in a
                    # country, when the story uses it more than once or as a party (not "in Greater China", "the
                    # Digital India programme")
                    label = "KG_GovernmentBody" if doc[start - 1].lower_ in name_cues()["ministry_fields"] else "ORG"
                    start, known = start - 1, None
                elif ent.label_ == "KG_Country" and end < len(doc) and end == ent.end:
                    # "Tokyo Electron", "Washington Post": a capital that begins a longer name is not the country
                    extended = _extend_name(doc, start, end)
                    if extended > end:
                        label, known, end = "ORG", None, extended
                        while start > 0 and doc[start - 1].pos_ == "PROPN" and _capitalised(doc[start - 1]) \
                                and not doc[start - 1].ent_type_ and start - 1 not in taken:
                            start -= 1  # "George Washington University"
                elif ent.label_ in ("ORG", "FAC") or ent.label_.startswith("KG_"):
                    if ent.label_ == "ORG" and start not in headline:
                        # "4chan Community Support" + "LLC": the NER took only the end of the name
                        while start > 0 and start - 1 not in taken and (
                                doc[start - 1].pos_ == "PROPN" and _capitalised(doc[start - 1]) and not doc[start - 1].ent_type_
                                and not {doc[start - 1].lower_, doc[start - 1].lower_[:-1]} & titles().keys()
                                and not doc[start - 1].is_sent_start  # ("Rival Korvex Inc.": a capitalised first word)
                                or DIGIT_NAME.match(doc[start - 1].text)):
                            start -= 1
                        # "Reporters Without" + "Borders": a capitalised preposition joins two capitalised words into one name
                        if start > 1 and start - 2 not in taken and doc[start - 1].pos_ == "ADP" and doc[start - 1].text[:1].isupper() \
                                and not doc[start - 1].is_sent_start and doc[start - 2].pos_ in ("PROPN", "NOUN") \
                                and doc[start - 2].text[:1].isupper() and not doc[start - 2].ent_type_:
                            start -= 2
                    # (in a Title Case headline the capitals run on past the name: "Anthropic Export Ban Sparks Debate")
                    extended = end if start in headline else _extend_name(doc, start, end)
                    if label.startswith("KG_") and extended > end:
                        label, known = _extended_known(doc, start, end, extended, label, known)
                    end = extended
                if label in ("KG_Company", "KG_Organization", "ORG") and end == ent.end and end < len(doc) and start not in headline \
                        and _is_country(doc[end]) and _named_with_country(doc, end - 1, end) and not _opens_clause(doc, start, end):
                    # "Microsoft Australia": a company's arm in a country; "Amnesty International Argentina": a group's
                    group = label == "KG_Organization"
                    end, label, known = end + 1, "KG_Organization" if group else "ORG", None
                    if not group and end + 1 < len(doc) and doc[end].lower_ == "and" and doc[end + 1].ent_type_ in ("KG_Country", "GPE") \
                            and doc[end + 1].ent_iob_ == "B":
                        end += 2  # "Facebook Australia and New Zealand"
                        while end < len(doc) and doc[end].ent_iob_ == "I":
                            end += 1
                if label == "KG_AIModel" or any(ch.isdigit() for ch in doc[end - 1].text):
                    # "Grok 4": a version of a known model is a model of its own
                    tail = _version_tail(doc, end, numbers=label == "KG_AIModel")
                    if tail > end:
                        end, known = tail, None
                taken.update(range(start, end))
                yield start, end, label, known
    title_case = {i for sent in doc.sents if _is_title_case(sent) for i in range(sent.start, sent.end)}
    versions = {t.i for ent in doc.ents if ent.label_ == "DATE" and len(ent) == 2 and ent[0].pos_ == "PROPN"
                and ent[0].lower_ not in CALENDAR_WORDS and ent[1].like_num for t in ent}  # "Lumi 3" is no date
    versions |= {t.i for t in doc if DOTTED_VERSION.match(t.text)}
    i = 0
    while i < len(doc):
        tok = doc[i]
        close = next((j for j in range(i + 2, min(i + 5, len(doc))) if doc[j].text == ")"), None)
        if tok.text == "(" and i - 1 in taken and close is not None and not taken & set(range(i + 1, close)) \
                and _short_form(doc[i + 1:close].text) and doc[i + 1].text[:1].isupper():
            # "the Indian Computer Emergency Response Team (CERT-In)": a short form in brackets after a name,
            # split by the tokenizer at its hyphen
            yield i + 1, close, "", None
            i = close
            continue
        free = i not in taken and i not in title_case and (tok.ent_type_ not in NON_NAME or i in versions or DIGIT_NAME.match(tok.text))
        if free and (tok.text[:1].isupper() or DIGIT_NAME.match(tok.text)) and (tok.pos_ == "PROPN" and tok.is_alpha or DIGIT_NAME.match(tok.text) or VERSION.match(tok.text) and tok.pos_ in ("PROPN", "NOUN", "X") or DOTTED_VERSION.match(tok.text)):
            j = i + 1
            while j < len(doc) and j not in taken and (doc[j].ent_type_ not in NON_NAME or j in versions) \
                    and (doc[j].pos_ == "PROPN" or (doc[j].like_num and doc[j - 1].pos_ == "PROPN" and not doc[j].is_lower
                                                    and not _amount_at(doc, j))):
                # ("called Musk one of his heroes": a number word in lower case is no version; "fined Axon Labs 40
                # million euros": nor an amount)
                j += 1
            if _titled_body(doc, j):
                j += 2  # "Porto Chief Public Prosecutor" + "'s Office"
            elif j < len(doc) and doc[j].lower_ in ("of", "for", "on") and doc[j - 1].text in name_cues()["heads"] \
                    and doc[j - 1].lower_ not in titles() and not doc[j - 1].ent_type_.startswith("KG_"):
                j = _extend_name(doc, i, j)  # "Stanford University's" + "Center for Digital Policy": a body after an owner
            elif any(ch.isdigit() for ch in doc[j - 1].text):
                j = _version_tail(doc, j, numbers=False)  # "GPT-5 nano"
            words = [t.lower_ for t in doc[i:j]]
            office_end = _statutory_office(doc, i, j, taken)
            if office_end:
                yield i, office_end, "KG_GovernmentBody", None  # "the Commissioner of Patents": an office, not "Patents"
                i = office_end
                continue
            fields = name_cues()["ministry_fields"]
            if all(w in fields or w in titles() for w in words) and (
                    words[-1] in titles() or j < len(doc) and doc[j].lower_ in titles()):
                i = j
                continue  # "Economy Commissioner Paolo Gentiloni", "Digital" + "Commissioner X": a portfolio's title
            yield i, j, "", None
            i = j
        elif free and LOWER_VERSION.match(tok.text) and tok.dep_ in ("compound", "nmod") \
                and tok.head.lemma_.lower() in name_cues()["model_nouns"]:
            yield i, i + 1, "", None  # "OpenAI's o1 model": a lower-case version name before a model noun
            i += 1
        else:
            i += 1


def _version_tail(doc, end: int, *, numbers: bool) -> int:
    """ "Grok" + "4", "Gemini" + "2.5 Pro", "Claude" + "Opus 4.1", "GPT-5" + "nano": the words after a model's
    name that name one model of its family (a number only after a name the lexicon knows as a model's, and
    not a count: "asked ChatGPT 50 questions", "used Gemini 3 times", "ChatGPT 700 million users")."""
    tiers = name_cues()["model_tiers"]
    j = end
    while j < len(doc) and not doc[j].ent_type_ in ("DATE", "TIME", "MONEY", "PERCENT", "QUANTITY") \
            and (doc[j].text in tiers or numbers and MODEL_VERSION.match(doc[j].text) and not _counts(doc, j)):
        j += 1
    return j


def _amount_at(doc, i: int) -> bool:
    """A number that begins an amount ("40 million euros", "3 times"), not a version ("Atlas 4 chatbot")."""
    # (not "Fable 5's", whose possessive the tagger may call a plural)
    return doc[i].like_num and i + 1 < len(doc) and (doc[i + 1].like_num or doc[i + 1].tag_ == "NNS" and doc[i + 1].is_alpha)


def _counts(doc, i: int) -> bool:
    """A number that counts what follows it ("50 questions", "3 times", "700 million"), not a version."""
    after = doc[i + 1] if i + 1 < len(doc) else None
    return after is not None and (after.pos_ in ("NOUN", "NUM") or after.like_num) and after.text not in name_cues()["model_tiers"]


@lru_cache(maxsize=1)
def company_words() -> frozenset[str]:
    """Words that end a company's own name ("Inc.", "Holdings", "Technologies", "Images"): "Tencent
    Holdings" is Tencent."""
    cues = name_cues()
    return frozenset(cues["suffixes"]) | {w for w, c in cues["heads"].items() if c == "Company"}


# a company's staff: who may sign a letter as its staff ("Hundreds of Amazon employees"), and whose own organisation a
# company's name may open ("Amazon Employees for Climate Justice"; not "Microsoft Teams")
STAFF_NOUNS = {"employee", "worker", "staff", "staffer", "engineer", "researcher", "scientist"}


def _extended_known(doc, start: int, end: int, extended: int, label: str, known):
    """The label and lexicon identity of a known name the text runs on past: still the known entity
    ("OpenAI Inc.", "Tencent Holdings"), or another thing: a body of its own ("Senate Banking
    Committee"), a unit ("Google Cloud") or a product ("Apple Intelligence", "Google Play")."""
    cues = name_cues()
    added = doc[end:extended]
    units = cues.get("unit_words", ())
    if any(t.text in units and t.ent_type_ in ("PERSON", "ORG") for t in added):
        return "ORG", None
    if label == "KG_AIModel" and all(t.text in cues["model_tiers"] or MODEL_VERSION.match(t.text) for t in added):
        return label, None  # "Claude Code": one model of a known family is a model of its own
    if label == "KG_Company" and all(t.text in company_words() and t.text not in ARMS and t.text not in units or t.is_punct
                                         for t in added):
        # "Apple Inc", "Tencent Holdings": the known company by its full name (not "Intel Capital", "Microsoft Research")
        return label, known
    if doc[extended - 1].text in cues["heads"] or any(t.text in cues["heads"] and t.i + 1 < extended and doc[t.i + 1].lower_ == "of"
                                                       for t in added):
        return label, None  # ("Treasury" + "Board of Canada": a body of its own, named for its country)
    if label == "KG_Company" and len(doc[start:end].text.rstrip(".")) > 1 and not all(t.text in company_words() for t in added):
        # ("Amazon Employees for Climate Justice": a name that runs on with the company's staff is their organisation)
        staff = any(t.lower_.removesuffix("s") in STAFF_NOUNS for t in added)
        return ("ORG" if staff or any(t.text in units for t in added) else "PRODUCT"), None
    return label, known


def _named_after_title_of(doc, start: int, end: int) -> bool:
    """A title with "of" before a run whose last two words are a name the article uses alone later
    ("Director of National Intelligence Tulsi Gabbard ... Gabbard said")."""
    if start < 2 or doc[start - 1].lower_ != "of" or doc[start - 2].lower_ not in titles():
        return False
    given, family = doc[end - 2], doc[end - 1]
    if not (given.is_alpha and family.is_alpha and given.text[:1].isupper() and family.text[:1].isupper()) \
            or family.ent_type_ == "KG_Country":
        return False  # ("chief executive of News Media Canada ... Canada": a country is no family name)
    return any(t.text == family.text and t.pos_ == "PROPN" and not (start <= t.i < end)
               and (t.i == 0 or doc[t.i - 1].text != given.text) for t in doc)


def hyphenated(tok) -> str | None:
    """ "start-up", "co-founder": the word the tokenizer split at its hyphen, ending at this token."""
    doc = tok.doc
    if tok.i >= 2 and doc[tok.i - 1].text == "-" and not doc[tok.i - 1].whitespace_ and not doc[tok.i - 2].whitespace_:
        return f"{doc[tok.i - 2].lower_}-{tok.lower_}"
    return None


def _titled_body(doc, i: int) -> bool:
    """A title's possessive and a head word at token i: "Prosecutor" (or "Attorney General") + "'s Office" names a
    body; so does "People" + "'s Court" ("the Fuzhou Intermediate People's Court")."""
    return 0 < i and i + 1 < len(doc) and (doc[i].tag_ == "POS" or doc[i].lower_ in ("'s", "\u2019s")) \
        and (doc[i - 1].lower_ in titles() or doc[i - 1].text == "People"
             or i >= 2 and f"{doc[i - 2].lower_} {doc[i - 1].lower_}" in titles()) and doc[i - 1].text[:1].isupper() \
        and name_cues()["heads"].get(doc[i + 1].text, "Company") != "Company"


@lru_cache(maxsize=1)
def _connectors() -> frozenset[str]:
    """Lower-case words inside names: "Center for AI Safety", "Ursula von der Leyen", "Autorité de la concurrence"."""
    return frozenset({"of", "and", "for", "the", "on", "at", "in", "to", *NAME_PARTICLES, *name_cues()["foreign_connectors"]})


def _capitalised(tok) -> bool:
    return tok.text[:1].isupper() and tok.pos_ in ("PROPN", "NOUN", "ADJ") and not tok.ent_type_ in NON_NAME - {"NORP"}


def _after_title(doc, start: int, end: int) -> int:
    """Where a person's name begins after a capitalised title the NER took into it."""
    table = titles()
    for n in range(min(4, end - start - 1), 0, -1):
        if " ".join(t.lower_ for t in doc[start:start + n]) in table:
            return start + n
    if start > 0 and doc[start - 1].lower_ in ("former", "ex") and end - start >= 3 and doc[start].ent_iob_ == "B":
        return start + 1  # "former Beatle Paul McCartney": what a person once was is no part of the name
    return start


def _titles_at(doc, i: int, lengths=range(1, 5)):
    """The lengths, among `lengths`, of the job titles that begin at token i."""
    table = titles()
    if i < len(doc) and " " not in doc[i].lower_ and doc[i].lower_ not in _title_first_words():
        return iter(())  # no title begins with this word
    return (n for n in lengths if i + n <= len(doc) and " ".join(t.lower_ for t in doc[i:i + n]) in table)


@lru_cache(maxsize=1)
def _title_first_words() -> frozenset[str]:
    """The first word of every job title."""
    return frozenset(title.split(" ", 1)[0] for title in titles())


def _starts_title(doc, i: int) -> bool:
    """ "Vice President", "Information Commissioner": a job title begins here, not more of a name."""
    return any(True for _n in _titles_at(doc, i))


def _title_across(doc, i: int, end: int) -> bool:
    """A capitalised job title begins at token i and runs on past `end`."""
    return doc[i].text[:1].isupper() and any(True for _n in _titles_at(doc, i, range(end - i + 1, 5)))


# words that make a region of a country, not a body named for it ("Greater China", "Mainland China"); not
# "North", "South", "East", "West", which begin countries' own names ("South Sudan", "East Timor")
REGION_WORDS = {"greater", "mainland", "rural", "coastal", "continental"}


PARTY_PREPOSITIONS = {"by", "with", "against", "from", "to", "of", "at", "for", "on"}


def _as_party(tok) -> bool:
    """The phrase acts, is acted on or is belonged to: a subject, an object, or the object of "by", "against",
    "of" ("chief executive of Air Canada"); not of "in" ("sales in Greater China")."""
    return tok.dep_ in ("nsubj", "nsubjpass", "dobj", "dative") \
        or tok.dep_ == "pobj" and tok.head.lower_ in PARTY_PREPOSITIONS


def _recurring_pair(doc, word: int) -> bool:
    """The two words ("Air Canada") recur together in the story."""
    pair = (doc[word].text, doc[word + 1].text)
    return sum(1 for t in doc[:-1] if (t.text, doc[t.i + 1].text) == pair) >= 2


def _opens_clause(doc, start: int, country: int) -> bool:
    """ "told Amnesty International Brazil would ban the tool": after a verb that takes whom it tells before what, the
    country opens the clause it reports, its subject, not the end of the name before it (not "said Microsoft
    Australia would buy it": the whole name is the subject)."""
    return start > 0 and doc[start - 1].lemma_.lower() in TELLING and country + 1 < len(doc) \
        and doc[country + 1].pos_ in ("AUX", "VERB")


TELLING = {"tell", "assure", "inform", "warn", "notify", "remind", "advise", "promise", "convince", "persuade", "reassure"}


def _is_country(tok) -> bool:
    """A country's name, whether the lexicon's ruler or the NER (as a place) tagged it."""
    return tok.ent_type_ == "KG_Country" or tok.ent_type_ == "GPE" and tok.ent_iob_ == "B" and tok.text in countries()


def _named_with_country(doc, word: int, country: int) -> bool:
    """A capitalised word that modifies a country's name ("Air Canada", "Microsoft Australia") makes one name
    with it, when the country heads its phrase (not "the Trump China policy", nor a region: "Greater China")."""
    if word < 0:
        return False
    before, after = doc[word], doc[country]
    return _is_country(after) and len(after.text) > 2 and before.pos_ == "PROPN" \
        and before.lower_ not in REGION_WORDS \
        and _capitalised(before) and before.dep_ == "compound" and before.head.i == country \
        and after.dep_ not in ("compound", "amod", "nmod") \
        and not (country + 1 < len(doc) and doc[country + 1].pos_ == "PROPN")


def _extend_name(doc, start: int, end: int) -> int:
    """Complete an organisation name the NER cut short: "House Select Committee" + "on China",
    "Office of the Australian Information" + "Commissioner", "Center for AI" + "and Digital Policy"."""
    heads = name_cues()["heads"]
    if end - start > 1 and doc[end - 1].lower_ in ("of", "for", "on") and _ends_at_suffix(doc, end - 2):
        return end - 1  # "Vexa Inc of" + "San Francisco": the NER ran past the legal suffix into where it is
    # ("District Court of" + "The Hague": a place whose name has its own article)
    article = end + 1 < len(doc) and doc[end - 1].lower_ == "of" and doc[end].text == "The" and doc[end + 1].pos_ == "PROPN"
    if doc[end - 1].lower_ in ("of", "for", "on") and end < len(doc) and (_capitalised(doc[end]) or article):
        # "Office of the Privacy Commissioner of" + "Canada": the NER stopped at the country
        end += 2 if article else 1
        while end < len(doc) and _capitalised(doc[end]) and doc[end].pos_ == "PROPN" and doc[end].ent_iob_ == "I":
            end += 1
    while end < len(doc):
        nxt = doc[end]
        if nxt.lower_ in generic_words() and not _starts_title(doc, end):
            # "Senate" + "Commerce Committee": a generic word goes on into a committee's name
            run = _proper_run_end(doc, end)
            if run > end and doc[run - 1].text in ("Committee", "Subcommittee"):
                end = run
                continue
        if _starts_title(doc, end) and doc[start].text == "Office" and doc[start + 1].lower_ == "of" \
                and max(_titles_at(doc, end), default=0):
            end += max(_titles_at(doc, end))  # "the Office of the United States" + "Trade Representative": its holder's title
            continue  # (and where it serves: "... Privacy Commissioner" + "for British Columbia")
        if _starts_title(doc, end) or nxt.lower_ in generic_words():
            break
        if _capitalised(nxt) and nxt.pos_ == "PROPN" and not nxt.ent_type_ and not doc[end - 1].is_punct:
            end += 1
            continue
        if _capitalised(nxt) and nxt.pos_ == "PROPN" and nxt.ent_type_ in ("PERSON", "ORG") and nxt.ent_iob_ == "B" \
                and not doc[end - 1].is_punct and (end + 1 == len(doc) or doc[end + 1].ent_iob_ != "I") \
                and doc[start].ent_type_.startswith("KG_") and nxt.text in name_cues().get("unit_words", ()):
            end += 1  # "Google Cloud": a unit of a known company, which the NER took for a name of its own
            continue
        if nxt.text == "," and doc[start].text == "University" and start + 1 < end and doc[start + 1].lower_ == "of" \
                and end + 1 < len(doc) and doc[end + 1].ent_type_ == "GPE" and doc[end + 1].ent_iob_ == "B" \
                and (end + 2 == len(doc) or not _capitalised(doc[end + 2])):
            end += 2  # "the University of California" + ", Berkeley": a campus of a state's university
            break
        # ("Global Predictions Inc" + "of San Francisco": a legal suffix ends a company's name; what follows says where)
        linked = nxt.lower_ in ("of", "on", "for") and end + 1 < len(doc) and not _ends_at_suffix(doc, end - 1)
        if linked:
            j = end + 1
            if doc[j].lower_ == "the" and j + 1 < len(doc):
                j += 1
            # ("the Google Walkout for Real Change group": a name goes on after "for" into words no one else named)
            unnamed = nxt.lower_ == "for" and j == end + 1 and _unnamed_run_end(doc, j) is not None
            if _capitalised(doc[j]) and (any(t.text in heads for t in doc[start:end]) or unnamed):
                end = j + 1
                while end < len(doc) and _capitalised(doc[end]) and doc[end].pos_ == "PROPN" and doc[end].ent_iob_ != "B":
                    end += 1
                if end + 1 < len(doc) and doc[end].ent_type_ in ("KG_Country", "GPE") and doc[end + 1].ent_iob_ != "I" \
                        and not _capitalised(doc[end + 1]) and doc[end - 1].pos_ == "PROPN":
                    end += 1  # "the Agency for Digital" + "Italy (AgID)": a country's name may end a body's
                continue
        break
    return end


GROUP_NOUNS = {"group", "coalition", "campaign", "movement", "alliance", "network", "organisation", "organization"}


def _unnamed_run_end(doc, start: int) -> int | None:
    """Where a run of capitalised proper nouns no one else named ends, from `start` ("Humanity", "Real
    Change"), if a name can end there ("asked Korvex for Project Nimbus documents": no)."""
    end = _proper_run_end(doc, start)
    return end if end > start and _name_ends_at(doc, end) else None


def _proper_run_end(doc, start: int) -> int:
    """Where a run of capitalised proper nouns that no entity covers ends, from `start`."""
    end = start
    while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper() and not doc[end].ent_type_:
        end += 1
    return end


def _name_ends_at(doc, end: int) -> bool:
    """A name can end here: not before a common noun it would modify ("Project Nimbus documents"), unless
    that noun says what the name is ("the Google Walkout for Real Change group")."""
    return end >= len(doc) or doc[end].pos_ not in ("NOUN", "PROPN") or doc[end].lower_ in GROUP_NOUNS


def _is_title_case(sent) -> bool:
    """A headline in Title Case: its capitals say nothing about names."""
    words = [t for t in sent if t.is_alpha and len(t.text) > 3]
    return len(words) >= 4 and sum(t.text[:1].isupper() for t in words) / len(words) > 0.7


def _surface_apposition(doc, end: int):
    """The head noun of ", a British non-profit." right after a name: "a"/"an", then a few modifiers, then a
    noun that ends the phrase at a comma or full stop (not ", a student at the university."), read off
    the words when the parse went astray."""
    if end + 3 < len(doc) and doc[end].text == "(":
        # "the Indian Computer Emergency Response Team (CERT-In), the cybersecurity agency that ...": past a short form
        end = next((j + 1 for j in range(end + 1, min(end + 5, len(doc))) if doc[j].text == ")"), end)
    if end + 2 >= len(doc) or doc[end].text != "," or doc[end + 1].lower_ not in ("a", "an", "the"):
        return None
    k = end + 2
    while k < len(doc) and k < end + 8 and (doc[k].is_alpha and (doc[k].pos_ in ("ADJ", "NOUN", "PROPN", "ADV") or doc[k].tag_ == "VBG")
                                            or doc[k].text == "-"):  # ("the messaging app")
        k += 1
    ends = (",", ".", ";", "that", "which") if doc[end + 1].lower_ == "the" else (",", ".", ";")
    if k >= len(doc) or k == end + 2 or doc[k].text not in ends or not doc[k - 1].is_alpha:
        return None
    return doc[k - 1]


APPOSITION_NOUNS = (("company_nouns", "Company"), ("government_nouns", "GovernmentBody"),
                    ("organization_nouns", "Organization"), ("model_nouns", "AIModel"))


def _cause_group(noun, cues: dict, *, previous: bool = False) -> bool:
    """ "the digital rights group", "a privacy group": a group named for a cause is an organisation, not a
    company's group; with `previous`, the word before counts too (the parser often hangs it on the name)."""
    modifiers = {c.lower_ for c in noun.children if c.dep_ in ("compound", "amod")}
    # ("the consumer protection group": the cause's own modifier)
    modifiers |= {g.lower_ for c in noun.children if c.dep_ == "compound" for g in c.children if g.dep_ in ("compound", "amod")}
    if previous and noun.i > 0:
        modifiers.add(noun.doc[noun.i - 1].lower_)
    return noun.lemma_.lower() == "group" and bool(modifiers & set(cues["organization_modifiers"]))


@lru_cache(maxsize=1)
def _government_phrase_words() -> frozenset[str]:
    """The last words of name_cues "government_phrases" ("bank"), the only words such a phrase can end."""
    return frozenset(phrase.split()[-1] for phrase in name_cues()["government_phrases"])


def government_phrase(tok, word: str) -> str | None:
    """ "central bank", "reserve bank": the phrase a modifier makes of `word` (the token's text or lemma) that names
    a state body although the word alone is a business's, if it does."""
    if word not in _government_phrase_words():
        return None
    phrases = name_cues()["government_phrases"]
    return next((f"{c.lower_} {word}" for c in tok.children if c.dep_ in ("compound", "amod") and f"{c.lower_} {word}" in phrases),
                None)


# units of a whole, and the government wholes that make such a unit a government body ("an arm of the ministry")
PART_NOUNS = {"arm", "unit", "division", "branch", "wing", "department", "office", "body"}
GOVERNMENT_WHOLES = {"ministry", "government", "department", "administration", "state", "cabinet", "presidency"}


def _apposition_category(tok, cues: dict) -> str | None:
    """What an apposition's head noun says a name is: "a leading AI company", "the State Department's envoy"."""
    lemma = hyphenated(tok) or tok.lemma_.lower()  # "a Paris-based AI start-up": start, -, up
    if _cause_group(tok, cues):
        return "Organization"  # "the campaign group Foxglove", "X, a privacy group"
    if group_of_people(tok):
        return "Organization"  # "No Azure for Apartheid, a group of current and former Microsoft employees"
    category = next((category for key, category in APPOSITION_NOUNS if lemma in cues[key]), None)
    if government_phrase(tok, lemma):
        category = "GovernmentBody"  # "India's central bank"
    modifying = {c.lower_ for c in tok.children if c.dep_ in ("compound", "amod")}
    if lemma == "agency" and not modifying & set(cues["agency_business_modifiers"]) and (
            modifying & set(cues["agency_government_modifiers"])
            or any(c.dep_ == "poss" and (c.ent_type_ in ("KG_Country", "GPE") or c.lower_ in ("country", "government", "state"))
                   for c in tok.children)):
        category = "GovernmentBody"  # "the cybersecurity agency", "the country's agency"; not "a news agency", "a PR agency"
    if lemma in PART_NOUNS and any(c.dep_ == "prep" and c.lower_ == "of" and p.lemma_.lower() in GOVERNMENT_WHOLES
                                   for c in tok.children for p in c.children if p.dep_ == "pobj"):
        category = "GovernmentBody"  # "Senacon, an arm of the ministry": a unit of a government is a government body
    compounded = " ".join([c.lower_ for c in tok.children if c.dep_ == "compound" and c.i < tok.i] + [tok.lower_])
    # ("OpenAI's chief information security officer": the whole run of modifiers)
    modifiers = [c for c in tok.children if c.dep_ in ("compound", "amod") and c.i < tok.i and c.lower_ not in ("former", "ex")]
    modified = tok.doc[min(m.left_edge.i for m in modifiers):tok.i + 1].text.lower() if modifiers else tok.lower_
    if category is None and (tok.lower_ in titles() or lemma in titles() or compounded in titles()
                             or modified in titles()):  # ("a director general")
        category = "Person"  # "Seth Center, the State Department's acting special envoy"
    elif category is not None and any(c.lemma_.lower() in PERSON_ONLY_TITLES for c in tok.conjuncts):
        category = "Person"  # "Musk, Twitter's owner and executive chairman": a title beside it says whose the noun is
    return category


def _heads_a_title(doc, i: int, cues: dict) -> bool:
    """A capitalised title word that begins a title, or ends one after its portfolio ("Finance Minister"), not
    one inside a longer name ("the Tech Justice Law Project")."""
    before = doc[i - 1] if i > 0 else None
    return before is None or before.pos_ != "PROPN" or before.lower_ in cues["ministry_fields"]


# heads of a school's name, which its city may follow ("University College London")
ACADEMIC_HEADS = {"College", "University", "Institute", "School"}


def _a_place(word: str) -> bool:
    """A country, an acting capital or a dateline city: a word that says where, after a school's name."""
    return word in countries() or word in capitals() or word in dateline_cities()


def context_votes(doc, mention: NameMention, cues: dict) -> None:
    """Votes from the words around a name: appositions, premodifiers, possessed nouns, titles."""
    head = doc[mention.end - 1]
    words = [t.text for t in doc[mention.start:mention.end]]
    company, government, organization = (set(cues[k]) for k in ("company_nouns", "government_nouns", "organization_nouns"))
    models = set(cues["model_nouns"])
    first = _first_connector(words)
    last = words[first - 1] if first is not None else words[-1]
    if first is None and len(words) >= 3 and words[-2] in ACADEMIC_HEADS and _a_place(words[-1]):
        last = words[-2]  # "University College Dublin", "Imperial College London": a school, then its city
    # ("the Reserve Bank of India": the two words before the connector, or the name's last two)
    end = first if first is not None else len(words)
    head_phrase = " ".join(words[end - 2:end]).lower() if end >= 2 else ""
    if first is not None and words[-1] in LEGISLATORS:
        mention.vote("Legislature", 6)  # "Chamber of Deputies", "House of Commons": a house named for its members
    elif head_phrase in cues["government_phrases"]:
        mention.vote(cues["government_phrases"][head_phrase], 5)  # a bank the phrase makes a state's
    elif last in cues["heads"]:
        kind = cues["heads"][last]
        if kind == "GovernmentBody" and last not in ("Ministry", "Department") and first is not None \
                and any(w in cues["regulated_fields"] for w in words[first + 1:]):
            kind = "Regulator"  # "State Administration for Market Regulation"
        elif last == "Council" and any(w.lower() in LOBBY_MODIFIERS for w in words[:words.index(last)]):
            kind = "Organization"  # "Business Council of Canada", "Information Technology Industry Council": a lobby
        elif kind == "Regulator" and any(w in cues["enforcement_words"] for w in words):
            kind = "GovernmentBody"  # "Swedish Police Authority": a police force, no watchdog
        mention.vote(kind, 5)
    elif last.islower() and len(words) > 1 and (kind := cues["heads"].get(last.capitalize(), "Company")) != "Company":
        mention.vote(kind, 4)  # "Foreign ministry spokesperson Mao Ning" (not a company's lower-case head word)
    elif any(w in cues["heads"] and cues["heads"][w] in ("Regulator", "GovernmentBody", "Legislature", "Court", "Military")
             or w == "Division" and words[k + 1] == "of" for k, w in enumerate(words[:-1])) and "of" in [w.lower() for w in words]:
        # "Cyberspace Administration of China", "Utah Division of Consumer Protection" (not "Vexa's Cloud Division")
        mention.vote("GovernmentBody", 4)
    span = doc[mention.start:mention.end]
    if len(span) > 2 and span[1].pos_ == "ADP" and span[1].text[:1].isupper() and span[0].tag_ in ("NNS", "NNPS"):
        mention.vote("Organization", 3)  # "Reporters Without Borders", "Mothers Against Drunk Driving": a movement of people
    if len(words) > 1 and words[-1] in cues["suffixes"]:
        mention.vote(cues["suffixes"][words[-1]], 4)  # "Stability AI", "Acme Inc." (not "Center for AI Safety")
    # ("GPT-5 nano", "Gemini 2.5 Pro": the version before the family's tier word)
    versioned = next((w for w in reversed(words) if w not in cues["model_tiers"]), last) if words[-1] in cues["model_tiers"] else last
    if VERSION.match(versioned) and any(ch.isdigit() for ch in versioned):
        # (a lone "G42", "R1" says the same at every mention: counted once, like the NER's guess)
        mention.vote("AIModel", 3 if len(words) > 1 or "-" in last else 1, ner=len(words) == 1 and "-" not in last)
    # apposition: "Anthropic, a leading artificial intelligence company" / "company X"
    appositions = [t for t in list(head.children) + ([head.head] if head.dep_ == "appos" else [])
                   if t.dep_ == "appos" or (t.i == head.head.i and head.dep_ == "appos")]
    root = doc[mention.start:mention.end].root
    if root.i != head.i:
        # ("No Cloud for Borland, a group of ... employees": the apposition hangs on the name's own head word)
        appositions += [t for t in root.children if t.dep_ == "appos" and t.i >= mention.end]
    # "Foxglove, a British non-profit.": an apposition the parser broke apart is read off the words
    surface = _surface_apposition(doc, mention.end)
    if surface is not None and not any(_apposition_category(t, cues) for t in appositions):
        appositions = [surface]
    for tok in appositions:
        if any(c.dep_ == "case" for c in tok.children):
            continue  # "Jeffrey Kessler, the department's under secretary": the department is whose
        # "the National Cyber and Information Security Agency (NUKIB), which rated ... the company's products": a
        # bracketed acronym is the name's, whose own words type it; the words around count for little
        bracketed = tok.i == head.head.i and mention.start > 0 and doc[mention.start - 1].text == "("
        category = _apposition_category(tok, cues)
        if category == "Person" and tok.i > mention.end and not any(t.is_punct for t in doc[mention.end:tok.i]):
            continue  # "Bunnings managing director Mike Schneider": a title the name modifies, no apposition
        if category:
            # ("Christian Selig, the developer of Apollo": a noun a person, too, can be, against a person's full name)
            shared = category == "Company" and (hyphenated(tok) or tok.lemma_.lower()) in cues["person_capable_nouns"]
            mention.vote(category, 1 if bracketed else 2 if shared else 3)
    owner = [c for c in head.head.children if c.dep_ == "poss"] if head.dep_ in ("compound", "nmod") else []
    if head.head.lemma_.lower() == "service" and any(c.lower_ == "its" for c in owner) \
            or head.head.lemma_.lower() == "platform" and any(c.lower_ == "company" or c.ent_type_ in ("ORG", "KG_Company") for c in owner):
        # "its own Vexa Shopping service", "the company's NeMo AI platform": the company's product (not "the Zubrik
        # streaming service")
        mention.vote("AIModel", 5)
    if head.dep_ in ("compound", "nmod") and head.head.lemma_.lower() in models:
        # "Microsoft's Bing chatbot" names a model; "new DJI models" names a maker, "OpenAI's GPT models" a family of
        # the owner's models
        family = head.head.tag_ == "NN" or any(c.dep_ == "poss" and (c.pos_ == "PROPN" or c.lower_ == "its")
                                               for c in head.head.children)  # ("its Lumi Vision tools")
        mention.vote("AIModel" if family else "Company", 3 if family else 2)
    # a list after a model noun: "its AI models, Mythos and Fable 5"
    k = mention.start - 1
    while k >= 0 and k >= mention.start - 8 and (doc[k].text in (",", "and", "&") or doc[k].pos_ == "PROPN" or doc[k].like_num):
        k -= 1
    if k >= 0 and k < mention.start - 1 and doc[k].lemma_.lower() in models - {"service"} and doc[mention.start - 1].text in (",", "and"):
        mention.vote("AIModel", 3)
    # "the regulator, known as the Garante": the name is of what the description says
    if head.dep_ == "pobj" and head.head.lower_ == "as" and head.head.head.dep_ == "acl" \
            and head.head.head.lemma_.lower() in ("know", "call", "name"):
        described = head.head.head.head.lower_
        if described in cues["descriptions"]:
            # (over a head word: "The dataset, known as 80 Million Tiny Images", not a company for "Images")
            mention.vote(cues["descriptions"][described], 6)
    # "the tool, called Make Designs", "a chatbot named Lumi": the same, for the participle's object
    if head.dep_ in ("dobj", "oprd") and head.head.dep_ == "acl" and head.head.tag_ == "VBN" \
            and head.head.lemma_.lower() in ("call", "name", "dub") and head.head.head.lower_ in cues["descriptions"]:
        mention.vote(cues["descriptions"][head.head.head.lower_], 4)
    elif head.dep_ in ("dobj", "oprd") and head.head.dep_ in ("acl", "advcl") and head.head.tag_ == "VBN" \
            and head.head.lemma_.lower() in ("call", "name", "dub") and _ai_in_sentence(head) and (
                head.head.head.lower_ in cues["model_nouns"]
                or head.head.i > 1 and doc[head.head.i - 1].text == "," and doc[head.head.i - 2].lower_ in cues["model_nouns"]):
        mention.vote("AIModel", 4)  # "a trial of the feature, called Simple Article Summaries" (of AI summaries)
    if _listed_after_plural_title(doc, mention.start):
        mention.vote("Person", 4)  # "opposition senators Marcos Rogerio, Izalci Lucas and Mecias de Jesus"
    elif _listed_after_plural_title(doc, mention.start, across_body=True) and len(words) >= 2 \
            and not any(w in company_words() for w in words):
        mention.vote("Person", 2)  # "all three co-founders of Google's DeepMind, Demis Hassabis, Shane Legg and ..."
    # "Senators Amy Klobuchar and Thom Tillis": a two-word name listed among people is a person's
    # (or of any word in the name: "Enrique Ochoa and Omar Alejandri Rodríguez", the parser's conjunct its middle word)
    conjuncts = list(dict.fromkeys(t for w in doc[mention.start:mention.end] for t in w.conjuncts
                                   if not mention.start <= t.i < mention.end))
    if conjuncts and 2 <= len(words) <= 3 and all(w.isalpha() and w[:1].isupper() for w in words) \
            and all(t.ent_type_ == "PERSON" and t.text not in cues["heads"] for t in conjuncts) and words[-1] not in cues["heads"]:
        mention.vote("Person", 2)
    # "developed by Beijing-based Turing Robot": a name said to be based somewhere is a company's (a person is
    # "a London-based artist", the place on the noun)
    if any(c.dep_ == "amod" and c.lower_ == "based" and any(p.dep_ in ("npadvmod", "compound") for p in c.children)
           for c in head.children):
        mention.vote("Company", 3)
    # "XiaoBing is a Microsoft product": what the sentence says is a company's product or chatbot is one (not "Peru is
    # a model for the region", "Ana Ruiz is a Vexa Inc. assistant")
    if head.dep_ == "nsubj" and head.head.lemma_ == "be" and head.ent_type_ not in ("PERSON", "GPE") and any(
            c.dep_ == "attr" and c.lemma_.lower() in PRODUCT_NOUNS and c.tag_ == "NN" for c in head.head.children):
        mention.vote("AIModel", 3)
    # "Apple would not release Apple Intelligence": what a company releases is its product
    if head.dep_ == "dobj" and head.head.lemma_.lower() in ("release", "launch", "unveil", "ship", "debut", "introduce"):
        mention.vote("AIModel", 2)
    # "Vexa Inc., which runs Lumio Chat": what a company runs is its service (not "Musk, who runs Tesla"; not "runs
    # the forum Kiwi Farms", which its own noun types)
    if head.dep_ == "dobj" and head.head.lemma_.lower() in ("run", "operate") and head.head.dep_ == "relcl" \
            and head.head.head.ent_type_ in ("ORG", "KG_Company") and words[-1] not in cues["heads"] \
            and words[-1].lower() not in cues["named_heads"] and words[-1] not in ("Bank", "Fund", "Funds") \
            and not any(c.dep_ == "compound" and c.pos_ == "NOUN" and c.lemma_.lower() not in models for c in head.children):
        mention.vote("AIModel", 3)
    # "G42's chairman", "Zentrix's board": what has officers or a board is an organisation, not a product
    if mention.votes.get("AIModel") and head.dep_ == "poss" and (
            head.head.lower_ in titles() or head.head.lemma_.lower() in ("board", "shareholder", "investor")):
        mention.vote("Company", 3)
    # "fined TikTok Nusantara 15 billion rupiah": what is fined is a party, not a product
    if mention.votes.get("AIModel") and head.dep_ in ("dobj", "dative", "nsubjpass") and head.head.lower_ in ("fined", "fines", "fine") \
            and head.head.pos_ == "VERB":
        mention.vote("Company", 3)
    # "Brisk is built by Halden Labs": what a company builds is its product
    if head.dep_ == "nsubjpass" and head.head.lemma_.lower() in ("build", "develop", "train", "create", "make") \
            and any(c.dep_ == "agent" for c in head.head.children):
        mention.vote("AIModel", 3)
    # "Glimpse.AI, the developer of Nomi": what a developer makes is its product
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lemma_.lower() in ("developer", "maker", "creator"):
        mention.vote("AIModel", 3)
    # "former employees of Brightwave", "researchers at Halden": whom staff work for is an organisation
    if head.dep_ == "pobj" and head.head.lower_ in ("of", "at") and head.head.head.lemma_.lower() in cues["staff_nouns"]:
        mention.vote("Company", 2)
    # "Arvid Sten, formerly of Brightwave": a former employer, not a person
    if head.dep_ == "pobj" and head.head.lower_ == "of" and any(a.lower_ in ("formerly", "previously") for a in head.head.children):
        mention.vote("Company", 3)
    # "chief technology officer of Wire", "Alex Linton of Session": a name the NER missed after a title or a person's
    # name and "of" is where they work
    elif head.dep_ == "pobj" and head.head.lower_ == "of" and not mention.ner and mention.end - mention.start == 1 \
            and not (mention.end < len(doc) and doc[mention.end].lower_ in ("at", "in")) and (
            title_phrase(head.head.head) in titles() or head.head.head.ent_type_ == "PERSON"):
        mention.vote("Company", 2)
    # "chaired by Pasquale Stanzione", "led by Emad Mostaque": a person
    # (not "run by the government agency IP Australia": a name a noun describes; nor "supporters, led by Denmark": a
    # country leading a camp)
    if head.dep_ == "pobj" and head.head.dep_ == "agent" and head.head.head.lemma_.lower() in ("chair", "lead", "head", "run", "found", "direct", "co-found") \
            and not (mention.start > 0 and doc[mention.start - 1].pos_ == "NOUN") and mention.text not in countries():
        mention.vote("Person", 4)
    # premodifier: "the chipmaker Micron", "AI lab Anthropic", "chatbot ChatGPT"; conjuncts share it
    first = head
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    start = min(mention.start, min(t.i for t in first.subtree if t.dep_ == "compound" or t.i == first.i))
    before = doc[start - 1] if start > 0 else None
    # (a conjunct's own premodifier first: "the Bank of Italy and market regulator Consob")
    inner = [c for c in head.children if c.dep_ == "compound" and c.i < mention.start and c.pos_ == "NOUN"] \
        or [c for c in first.children if c.dep_ == "compound" and c.i < mention.start and c.pos_ == "NOUN"]
    if inner and (before is None or before.pos_ != "NOUN"):
        before = inner[-1]  # "the chatbot Replika": the noun the parser made part of the name's phrase
    k = mention.start  # "start-up Ross Intelligence": a hyphenated company noun right before the name
    company_before = k >= 1 and (hyphenated(doc[k - 1]) or "") in company
    if company_before:
        mention.vote("Company", 3)
    elif before is not None and before.pos_ == "NOUN":
        lemma = before.lemma_.lower()
        if _cause_group(before, cues, previous=True):
            mention.vote("Organization", 3)  # "the digital rights group Foxglove", "the campaign group X"
        elif lemma == "service" and any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in models for c in before.children):
            mention.vote("AIModel", 3)  # "its chatbot service Lumi": a product, whatever its service is called
        elif lemma in ("agency", "bank") and _apposition_category(before, cues) == "GovernmentBody":
            mention.vote("GovernmentBody", 3)  # "the government agency IP Australia", "the central bank X"
        else:
            for nouns, category in ((company, "Company"), (government, "GovernmentBody"), (organization, "Organization"), (models, "AIModel")):
                if lemma in nouns or before.lower_ in nouns:
                    mention.vote(category, 3)
                    break
    kind = _listed_under(doc[mention.start:mention.end])
    if kind is not None and kind.lemma_.lower() in LISTING_KINDS:
        # "sector watchdogs such as the Bank of Italy" (not "news agencies such as Kyodo": a word of many kinds)
        mention.vote(LISTING_KINDS[kind.lemma_.lower()], 2)
    elif kind is not None and kind.lemma_.lower() == "group" and (
            _cause_group(kind, cues) or any(c.dep_ == "poss" and c.tag_ == "NNS" for c in kind.children)):
        mention.vote("Organization", 2)  # "publishers' groups including the APIG", "rights groups such as X" (not "tech groups")
    # what the name modifies: "Amazon CEO", "Anthropic's models", "Micron's products"
    after = doc[mention.end] if mention.end < len(doc) else None
    if after is not None and after.tag_ == "POS":
        after = doc[mention.end + 1] if mention.end + 1 < len(doc) else None
        if after is not None and after.lemma_.lower() in models | {"product", "chip", "technology"}:
            mention.vote("Company", 2)
    if after is not None and after.lower_ in ("ceo", "chief", "executives", "employees", "researchers", "engineers", "spokesperson", "spokesman"):
        mention.vote("Company", 2)
    if after is not None and after.lower_ in LEADER_WORDS and doc[mention.end].tag_ == "POS":
        # "the encrypted app Signal ... Meredith Whittaker, Signal's president": a product has no president, nor a
        # person; the name is its maker's
        mention.vote("AIModel", -3)
        mention.vote("Person", -2)
    if after is not None and after.lower_ in ("group", "coalition", "campaign", "movement", "alliance") and after.i + 1 < len(doc) \
            and not doc[after.i + 1].text[:1].isupper() and head.dep_ == "compound":
        mention.vote("Organization", 3)  # "the Google Walkout for Real Change group": a group's name
    if after is not None and after.lower_ in ("administration", "government") and head.ent_type_ == "PERSON":
        mention.vote("Person", 1)
    if len(words) == 1 and words[0] in _administration_names(doc):
        mention.vote("Person", 2)  # "Biden's policies" in an article about "the Biden administration": the president
    _clause_votes(head, mention)
    # "Microsoft, Dell and OpenAI": a name listed with companies is one
    if "Person" in mention.ner and len(words) == 1 and _listed_with_organisations(head):
        mention.vote("Company", 2)
    if before is not None and before.lower_.rstrip(".") in HONORIFIC_WORDS:
        mention.vote("Person", 3)
    elif mention.start > 0 and doc[mention.start - 1].lower_ in titles() and not doc[mention.start - 1].lower_.endswith("s") and (
            doc[mention.start - 1].pos_ == "NOUN" or doc[mention.start - 1].pos_ == "PROPN" and _heads_a_title(doc, mention.start - 1, cues)):
        mention.vote("Person", 3)  # "senior advocate Amit Sibal", "Finance Minister X": a title right before a name


# the words that make a council a lobby ("Business Council of Canada"), not a public one ("European Research Council",
# "Trade and Technology Council")
LOBBY_MODIFIERS = {"business", "industry", "consumer", "advocacy", "lobby", "employers"}
LEGISLATORS = {"Deputies", "Representatives", "Commons", "Lords", "Senators", "Delegates", "Councillors", "Councilors"}
INNER_CAPITAL = re.compile(r"[a-z][A-Z]")  # "DoNotPay", "DeepMind": a coined name, not a word
LEADER_WORDS = {"ceo", "chief", "founder", "co-founder", "cofounder", "chairman", "chairwoman", "president", "owner"}
# titles only a person holds ("Oracle partner", "market leader" may describe a company)
PERSON_ONLY_TITLES = LEADER_WORDS - {"owner"} | {"executive", "director", "chair", "officer"}


# titles only people hold, whose plural opens a list of names ("senators A, B and C"); not "analysts Gartner and
# IDC", "advisers McKinsey", "experts Epoch AI", "its members Google and Meta", which firms and groups are too
PERSON_PLURAL_TITLES = {"senator", "justice", "judge", "lawmaker", "minister", "commissioner", "founder", "co-founder",
                        "cofounder", "governor", "mayor", "prosecutor", "professor", "congressman", "congresswoman"}


def _listed_after_plural_title(doc, start: int, *, across_body: bool = False) -> bool:
    """ "Justices Asike-Makhandia and John Mativo", "senators A, B and C": every name in a list that a
    plural title opens is a person's, whatever the NER made of it (`across_body`: also after the title's body,
    "co-founders of Google's DeepMind, A, B and C", a weaker sign, for the body's name may be the list's first)."""
    def plural_title(tok) -> bool:
        single = tok.lower_[:-1] if tok.lower_.endswith("s") else ""
        return single in PERSON_PLURAL_TITLES or tok.lower_.endswith("men") and tok.lower_[:-3] + "man" in PERSON_PLURAL_TITLES

    i = start - 1
    while i >= 0 and not plural_title(doc[i]) and (doc[i].text in (",", "-") or doc[i].lower_ == "and"
                                                   or doc[i].lower_ in NAME_PARTICLES
                                                   or doc[i].pos_ == "PROPN" and _capitalised(doc[i])
                                                   or across_body and (doc[i].lower_ in ("of", "the") or doc[i].tag_ == "POS")):
        i -= 1
    if across_body and i >= 0 and not any(t.like_num for t in doc[max(i - 3, 0):i]):
        return False  # (counted, "all three co-founders of X, A, B and C"; not "the founders of Vexa, Blue Harbor and ...")
    return i >= 0 and plural_title(doc[i]) and not doc[i + 1].is_punct  # (not "to the senators, Chief Strategy Officer X")


def _clause_votes(head, mention: NameMention) -> None:
    """What a clause says of the name. "X, which sells an AI writing assistant" is no person, "X, who"
    is one; "X, whose chief executive is" has an executive, so is a company. A name the NER missed that
    is a party to a verb ("the agency sued Ascend Ecom", "DoNotPay agreed to pay"), of two words or more
    or coined ("DoNotPay"; one capitalised word is as often a character or a common word), is most
    likely a company: persons and places the NER rarely misses, and any stronger vote outweighs this."""
    for clause in (c for c in head.children if c.dep_ == "relcl"):
        first = next((t for t in clause.subtree if t.lower_ in ("which", "who", "whose")), None)
        if first is None or first.i < head.i or first.i > head.i + 3:
            continue
        if first.lower_ == "who":
            mention.vote("Person", 2)
        elif first.lower_ == "which" and "Person" in mention.ner and not titled_before(head.doc, mention.start):
            # (not "an order from then-President Donald Trump, which lets ...": the clause is the order's)
            # evidence against a person that counts for the whole entity: its other mentions' NER votes
            mention.votes["Person"] -= mention.ner.pop("Person") + 2
            mention.vote("Company", 2)
        elif first.lower_ == "whose" and first.head.lower_ in LEADER_WORDS | {"executive"}:
            mention.vote("Company", 2)
    for clause in (c for c in head.children if c.dep_ == "acl" and c.lemma_.lower() in ("head", "lead", "run")):
        # "Kakao Mobility, headed by chief executive Ryu Geung-seon": what a chief executive heads is a company
        if any(t.lower_ in ("ceo", "executive") for a in clause.children if a.dep_ == "agent" for t in a.subtree):
            mention.vote("Company", 2)
    span = head.doc[mention.start:mention.end]
    digits = DIGIT_NAME.match(span[0].text)  # "the message board 4chan": never a person's or a place's name
    coined = len(span) > 1 or INNER_CAPITAL.search(span.text) or digits
    if not mention.votes and coined and (head.dep_ != "appos" or digits) and (_acting(span) or _acting(head.doc[head.i:head.i + 1])):
        mention.vote("Company", 1)


def title_phrase(noun) -> str:
    """A noun with its modifiers, in lower case ("chief technology officer")."""
    return " ".join(t.lower_ for t in noun.subtree if t.i == noun.i or t.i < noun.i and t.dep_ in ("amod", "compound"))


def titled_before(doc, start: int) -> bool:
    """A job title or an honorific right before a name ("President Donald Trump", "then-President")."""
    if start == 0:
        return False
    before = doc[start - 1]
    word = before.lower_.split("-")[-1]
    return word in titles() or word.rstrip(".") in HONORIFIC_WORDS or (hyphenated(before) or "") in titles()


def _administration_names(doc) -> frozenset[str]:
    """The words before "administration" in a document ("the Biden administration"), found once per document."""
    if "kg_administrations" not in doc.user_data:
        doc.user_data["kg_administrations"] = frozenset(doc[t.i - 1].text for t in doc if t.lower_ == "administration" and t.i > 0)
    return doc.user_data["kg_administrations"]


# what a company makes that a story may name ("XiaoBing is a Microsoft product", "Miko 3, a robot from Miko"; not "a
# model for the region", "a Vexa Inc. assistant")
PRODUCT_NOUNS = {"product", "chatbot", "bot", "robot", "toy", "device", "gadget", "app"}
# titles an organisation's officer holds, which the organisation's name may stand before ("Mumsnet founder X"; not
# "Research director X", "Campaign director X": a function a director serves)
OFFICER_TITLES = {"founder", "co-founder", "chief executive", "chief executive officer", "ceo", "chairman", "chairwoman",
                  "president", "spokesperson", "spokesman", "spokeswoman"}


def _bodies_before_titles(doc, sent, evidence):
    """ "Mumsnet founder Justine Roberts", "Consumer NZ chief executive Jon Duffy": capitalised words the NER left
    unnamed, right before an officer's lower-case title and a person's name, name the body the person serves."""
    for ent in sent.ents:
        if ent.label_ != "PERSON":
            continue
        for n in (3, 2, 1):
            at = ent.start - n
            if at <= sent.start or " ".join(t.text for t in doc[at:ent.start]) not in OFFICER_TITLES:
                continue
            start = at
            # (a sentence's first word may be tagged a common noun: "Mumsnet founder Justine Roberts said")
            while start > sent.start and doc[start - 1].pos_ in ("PROPN", "NOUN") and _capitalised(doc[start - 1]) \
                    and not doc[start - 1].ent_type_ and not doc[start - 1]._.kg_dateline and at - start < 3:
                start -= 1
            # (not a body's head word alone, the short form of one named in full: "Commission chairman Yoon Jong-in")
            if start < at and not (start > sent.start and doc[start - 1].tag_ == "POS") \
                    and not any(t.text in name_cues()["heads"] for t in doc[start:at]):
                span = doc[start:at]
                yield NameMention(start, at, span.text, span.start_char, span.end_char, evidence, votes={"Company": 2.0})
            break


def _government_composites(doc, sent, evidence):
    """'the Trump administration', 'the Biden government': a body named after its head."""
    heads = set(name_cues()["government_heads"])
    for tok in sent:
        if tok.lower_ in heads and tok.i > 0:
            j = tok.i
            # (a lower-case head follows a leader's name, whatever the NER called it: "the Trump" (ORG) "administration")
            kinds = ("PERSON", "", "ORG") if tok.text.islower() else ("PERSON", "")
            while j > sent.start and doc[j - 1].pos_ == "PROPN" and doc[j - 1].ent_type_ in kinds:
                j -= 1
            # (not "Chief Cabinet Secretary Yoshihide Suga": a title)
            if j < tok.i and not _title_across(doc, j, tok.i + 1):
                span = doc[j:tok.i + 1]
                yield NameMention(j, tok.i + 1, span.text, span.start_char, span.end_char, evidence,
                                  votes={"GovernmentBody": 6.0})


def _field_departments(doc, sent, evidence):
    """'the foreign ministry', 'China's commerce ministry': a department named by its field, in lower case."""
    fields = set(name_cues()["ministry_fields"])
    for tok in sent:
        if tok.text in ("ministry", "department") and tok.i > sent.start:
            before = doc[tok.i - 1]
            # ("Foreign ministry spokeswoman Mao Ning said": capitalised only as the sentence's first word)
            first = before.i == sent.start or doc[before.i - 1].is_quote or doc[before.i - 1].text == "-"
            if before.lower_ in fields and (before.text.islower() or first and before.text.istitle()) \
                    and not before._.kg_dateline:
                start = before.i
                if start > sent.start and doc[start - 1].text in demonyms():
                    start -= 1  # "the Chinese foreign ministry": the country is part of its name
                span = doc[start:tok.i + 1]
                yield NameMention(start, tok.i + 1, span.text, span.start_char, span.end_char, evidence,
                                  votes={"GovernmentBody": 4.0})


def _foreign_bodies(doc, sent, evidence):
    """'the Autorite de la concurrence', 'the Garante per la protezione dei dati personali': a body named in
    another language, whose lower-case words the NER does not take as part of a name."""
    cues = name_cues()
    heads, connectors = set(cues["foreign_heads"]), set(cues["foreign_connectors"])
    def joins(t):
        return t.lower_ in connectors or t.lower_.startswith("l'")

    for tok in sent:
        # the head, then a connector, or one word and a connector ("Commission nationale de ...")
        if tok.text not in heads or tok.i + 3 >= sent.end or not (
                joins(doc[tok.i + 1]) or doc[tok.i + 1].is_alpha and not doc[tok.i + 1].is_upper and joins(doc[tok.i + 2])):
            continue
        end = tok.i + 1
        while end < sent.end and end - tok.i <= 8 and not doc[end].is_punct and doc[end].pos_ not in ("VERB", "AUX") \
                and (doc[end].lower_ in connectors or doc[end].lower_.startswith("l'") or doc[end].is_alpha):
            end += 1
        while end > tok.i + 1 and (doc[end - 1].lower_ in connectors or doc[end - 1].ent_type_ in ("DATE", "GPE")):
            end -= 1
        if end > tok.i + 2:
            span = doc[tok.i:end]
            yield NameMention(tok.i, end, span.text, span.start_char, span.end_char, evidence, votes={"GovernmentBody": 5.0})


NAME_PARTICLES = {"von", "van", "der", "den", "de", "da", "di", "del", "della", "dos", "du", "bin", "al", "le", "la", "ter"}
EMBASSY_NOUNS = {"embassy", "consulate"}


def _embassies(doc, sent, evidence):
    """'the Chinese embassy in Washington', 'its embassy in The Hague': a country's mission abroad, in lower case."""
    for tok in sent:
        if tok.text not in EMBASSY_NOUNS:
            continue
        start, end = tok.i, tok.i + 1
        if start > sent.start and doc[start - 1].text in demonyms():
            start -= 1
        if end + 1 < sent.end and doc[end].lower_ == "in" and (_capitalised(doc[end + 1]) or doc[end + 1].lower_ == "the"):
            j = end + 1 + (doc[end + 1].lower_ == "the")
            k = j
            while k < sent.end and _capitalised(doc[k]) and doc[k].pos_ == "PROPN":
                k += 1
            end = k if k > j else end
        if start < tok.i:  # "its embassy in Washington" names no country: one key would join every country's
            span = doc[start:end]
            yield NameMention(start, end, span.text, span.start_char, span.end_char, evidence, votes={"GovernmentBody": 4.0})


REFLEXIVES = {"itself", "themselves", "himself", "herself"}


def _self_named(doc, sent, evidence):
    """ "The group, which calls itself Sora PR Puppets": a name its bearer gives itself is one name, whatever
    known names or common nouns it is made of, of the kind the description says."""
    for tok in sent:
        if tok.dep_ != "oprd" or tok.head.lemma_.lower() not in ("call", "name", "dub", "style") \
                or not any(c.dep_ == "dobj" and c.lower_ in REFLEXIVES for c in tok.head.children):
            continue
        start, end = min(t.i for t in tok.subtree), max(t.i for t in tok.subtree) + 1
        if doc[start].lower_ == "the":
            start += 1
        span = doc[start:end]
        # ("the Cyber Army of Russia", "Artists Against Lumio": the whole name, connectors and all)
        if not span or not span[0].text[:1].isupper() or not all(
                t.text[:1].isupper() or t.lower_ in ("of", "for", "against", "and", "the", "on") or t.is_punct and t.text in "-&"
                for t in span):
            continue
        described = tok.head.head if tok.head.dep_ in ("relcl", "acl") else None
        lemma = described.lemma_.lower() if described is not None else ""
        # (a group that names itself is a body of people, not a company's group; so is a name with an
        # organisation's head: "the News Media Alliance")
        head_kind = name_cues()["heads"].get(tok.text)
        category = "Organization" if lemma in GROUP_NOUNS or lemma == "collective" or head_kind == "Organization" \
            else name_cues()["descriptions"].get(lemma)
        yield NameMention(span.start, span.end, span.text, span.start_char, span.end_char, evidence,
                          votes={category or "Organization": 6.0})


WORK_TITLE = re.compile(r"\b(?:titled|entitled|novel|novella|book|memoir|film|movie|song|album|poem|essay|documentary)s?,?\s+"
                        r"[\"\u201c]([^\"\u201d]{2,200})[\"\u201d]")


def find_mentions(doc) -> list[NameMention]:
    """All name mentions in a document, typed by votes, in text order."""
    cues = name_cues()
    generic = generic_words()
    mentions: list[NameMention] = []
    for sent in doc.sents:
        mentions.extend(_government_composites(doc, sent, sentence_evidence(sent)))
        mentions.extend(_field_departments(doc, sent, sentence_evidence(sent)))
        mentions.extend(_embassies(doc, sent, sentence_evidence(sent)))
        mentions.extend(_foreign_bodies(doc, sent, sentence_evidence(sent)))
        mentions.extend(_self_named(doc, sent, sentence_evidence(sent)))
        mentions.extend(_bodies_before_titles(doc, sent, sentence_evidence(sent)))
    covered = {i for m in mentions for i in range(m.start, m.end)}
    titles_of_works = [(m.start(1), m.end(1)) for m in WORK_TITLE.finditer(doc.text)]
    after_rejected: set[int] = set()
    text_of_rejected: set[str] = set()
    for start, end, label, known in _spans(doc):
        if any(i in covered for i in range(start, end)):
            continue
        if any(a <= doc[start].idx < b for a, b in titles_of_works):
            continue  # 'The letter, titled "A Right to Warn about Advanced Artificial Intelligence"': a work's title
        titled = False
        if label == "" and end - start > 2:
            # "FTC Chair Lina Park": a capitalised run the NER missed that opens with a title is the person after it
            after = _after_title(doc, start, end)
            titled, start = after > start, after
        elif label in ("", "ORG") and end - start > 2 and _named_after_title_of(doc, start, end):
            # "Director of National Intelligence Tulsi Gabbard": the title's body ran into the holder's name
            label, known, start, titled = "", None, end - 2, True
        elif label == "ORG" and end - start > 2 and start < _after_title(doc, start, end) <= end - 2 \
                and all(t.pos_ == "PROPN" and t.text not in cues["heads"] for t in doc[_after_title(doc, start, end):end]):
            # "Privacy Commissioner Carly Kind": a title and a person's name the NER took for one body
            label, known, start, titled = "", None, _after_title(doc, start, end), True
        span = doc[start:end]
        text = span.text
        if any(t._.kg_dateline for t in span):
            continue
        if label == "" and end < len(doc) and doc[end].ent_type_ == "PERSON" and doc[end].ent_iob_ == "B" \
                and doc[end - 1].lower_ in titles():
            continue  # "Police Commissioner David Manning": a capitalised run ending in a title is the person's title
        if label == "KG_GovernmentBody" and end + 1 < len(doc) and doc[end].lower_ == "secretary" \
                and doc[end + 1].ent_type_ == "PERSON" and not any(t.lower_ in ("department", "ministry", "office") for t in doc[start:end]):
            # "Treasury Secretary Scott Bessent", "Homeland Security Secretary X": a portfolio only as its secretary's
            # title is no party (not "Department of Homeland Security Secretary X", which names the department)
            continue
        if start in after_rejected or doc[start:end].text in text_of_rejected:
            # "the European Economic Area (EEA)": the short form of what is no actor is none either, here or later
            text_of_rejected.add(doc[start:end].text)
            continue
        # ("sued the company and Altman" after "Sam Altman": the person, whom the NER took for a place)
        surname = label in ("GPE", "LOC") and _surname_named_before(doc, span)
        capital = capitals().get(text) if label in ("GPE", "LOC") and _capital_acting(span) else None
        if capital is None and not label.startswith("KG_") and not _is_actor_name(doc, span, label, cues, generic, surname=surname):
            if end + 1 < len(doc) and doc[end].text == "(":
                after_rejected.add(end + 1)
            continue
        mention = NameMention(start, end, text, span.start_char, span.end_char, sentence_evidence(span.sent))
        if label.startswith("KG_"):
            mention.known = known
            mention.vote(label[3:], 10)
            mention.kind = mention.kind or known_kinds().get(known)  # ("Roskomnadzor": a regulator, says the lexicon)
        elif capital is not None:
            mention.known = capital  # "Jakarta barred the iPhone 16": the capital acts for its country
            mention.vote("Country", 3, ner=True)
        elif label == "GPE" and text in us_states():
            mention.vote("GovernmentBody", 3, ner=True)
        elif label in ("GPE", "LOC", "") and text in countries():  # ("Czech Republic": a run the NER missed)
            mention.vote("Country", 3, ner=True)
        elif surname:
            mention.vote("Person", 3)
        elif label in ("GPE", "LOC"):
            # kept only as a party (above): the NER's one guess of a name, read as an organisation, so
            # capped and dropped like its other labels
            mention.vote("Company", 1, ner=True)
        elif label == "PERSON":
            # (a hyphen inside a given name is no lower-case word: "François-Philippe Champagne")
            mention.vote("Person", 3 if len(span) > 1 and all(t.text[:1].isupper() for t in span if t.text != "-") else 1, ner=True)
        elif label in SPACY_VOTE:
            mention.vote(SPACY_VOTE[label], 1, ner=True)
        if titled:
            mention.vote("Person", 3)
        context_votes(doc, mention, cues)
        if not mention.votes:
            # "the Swedish Authority for Privacy Protection (IMY)": a bracketed short form that is not the
            # name's initials (it abbreviates the name in the body's own language) is the body it follows
            named = _bracketed_after(doc, mention, mentions)
            if named is None:
                continue
            mention.votes = dict(named.votes)
        mentions.append(mention)
    mentions = [m for m in mentions if m.text not in text_of_rejected]  # (a later use the NER offered first)
    mentions = _completed(doc, mentions)
    mentions.sort(key=lambda m: m.start)
    _national_arms(mentions)
    _mark_acronyms(doc, mentions)
    return mentions


def _completed(doc, mentions: list[NameMention]) -> list[NameMention]:
    """ "No Tech for Apartheid called the firings ...": a name the story gives in full elsewhere, read here without
    its first words (a sentence's first word the parser took for a determiner), is that name, when those words stand
    just before it."""
    full = {m.text: m for m in mentions if len(m.text.split()) > 1}
    taken = {i for m in mentions for i in range(m.start, m.end)}
    out = []
    for m in mentions:
        for text, name in full.items():
            lead = text[:-len(m.text)].split() if text.endswith(" " + m.text) else []
            start = m.start - len(lead)
            if lead and start >= 0 and [t.text for t in doc[start:m.start]] == lead and not taken & set(range(start, m.start)):
                span = doc[start:m.end]
                m = NameMention(start, m.end, span.text, span.start_char, span.end_char, m.evidence, votes=dict(name.votes),
                                kind=name.kind)
                break
        out.append(m)
    return out


@lru_cache(maxsize=1)
def national_places() -> frozenset[str]:
    """Words that, after a company's name, make its national arm: countries, their names in their own languages,
    and "Korea" for South Korea ("Google Korea")."""
    return frozenset(countries() | endonyms() | {c.split()[-1] for c in countries() if c.startswith("South ")})


def _national_arms(mentions: list[NameMention]) -> None:
    """ "Deliveroo Italia", "Google Korea": a name and a country is a company's national arm, and the name before
    the country is the company ("Deliveroo said"), whatever the NER took either for."""
    places = national_places()
    alone = {m.text for m in mentions}
    parents = set()
    for m in mentions:
        words = m.text.split()
        company = " ".join(words[:-1])
        # (only where the story also names the company alone: not "Emily Jordan ... Jordan said", "Business France")
        if len(words) >= 2 and words[-1] in places and not m.known and words[0][:1].isupper() and m.text not in countries() \
                and words[0] not in places and company not in countries() and not set(words) & {"of", "for", "and"} \
                and (company in alone or words[-1] in endonyms() or company in company_names()):
            m.vote("Company", 3)
            parents.add(company)
    for m in mentions:
        if m.text in parents and not m.known:
            m.vote("Company", 3)


RANK_WORDS = {"deputy", "assistant", "associate", "vice", "acting", "senior", "chief", "principal", "first", "interim", "co"}
ACTING_DEPS = {"nsubj", "nsubjpass", "dobj", "dative", "poss", "appos"}


def _acting(span) -> bool:
    """A name in a party's place: subject, object, possessor, the "by" of a passive, or a conjunct of one."""
    head = span.root
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    if head.dep_ in ACTING_DEPS:
        return True
    return head.dep_ == "pobj" and head.head.dep_ == "agent" or head.dep_ == "pobj" and head.head.lower_ in ("against", "with", "on", "to")


def _capital_acting(span) -> bool:
    """A capital in a party's place ("Jakarta barred", "accused Ankara of"), not where something happens
    ("talks in Kuala Lumpur", "flew to Jakarta") nor the city's own office ("Berlin's data protection commissioner")."""
    head = span.root
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    if any(t.ent_type_ == "PERSON" for t in span) or span.start > 0 and span.doc[span.start - 1].ent_type_ == "PERSON" \
            or any(c.dep_ == "appos" for c in head.children):
        return False  # "Ana Lima", "Lima, Vexa's general counsel": a person
    return head.dep_ == "nsubj" and head.head.pos_ == "VERB" \
        or head.dep_ == "pobj" and (head.head.dep_ == "agent" or head.head.lower_ == "against")


STATE_OFFICES = {"government", "legislature", "regulator", "regulators", "authorities", "officials", "office", "senate", "assembly"}


def _acting_official(span) -> bool:
    """The place names whose official acts: "the Texas attorney general", "New York regulators"."""
    head = span.root
    while head.dep_ == "compound" and head.head.i != head.i and head.head.pos_ in ("NOUN", "PROPN"):
        head = head.head
    words = " ".join(t.lower_ for t in head.doc[span.end:head.i + 1])  # "attorney general"
    # "California Governor Gavin Newsom signed": a title right after the state, then the holder's name
    titled = span.end < len(head.doc) and head.doc[span.end].text[:1].isupper() and _starts_title(head.doc, span.end) \
        and head.ent_type_ == "PERSON"
    return head.i != span.root.i and (words in titles() or head.lower_ in titles() or head.lower_ in STATE_OFFICES or titled) \
        and _acting(head.doc[head.i:head.i + 1])


def _surname_named_before(doc, span) -> bool:
    """ "Sam Altman ... sued the company and Altman": one word that ends a person's name the NER found earlier."""
    # (not "Orbikov" when "Orbikov Lab" is named too: the short form may be the company's)
    return len(span) == 1 and any(ent.label_ == "PERSON" and len(ent) > 1 and ent.end <= span.start and ent[-1].text == span.text
                                  for ent in doc.ents) \
        and not any(t.text == span.text and t.i + 1 < len(doc) and doc[t.i + 1].text[:1].isupper()
                    and doc[t.i + 1].pos_ == "PROPN" and not t.i == span.start for t in doc if t.ent_type_ != "PERSON")


# people a group may be "of" ("a group of employees"), which makes it an organisation of people, not a company group
PEOPLE_NOUNS = {"employee", "worker", "staff", "researcher", "scientist", "activist", "artist", "author", "writer", "parent",
                "student", "academic", "lawyer", "journalist", "engineer", "volunteer", "moderator", "creator", "musician",
                "actor", "developer", "user", "citizen", "resident", "expert", "doctor", "teacher", "veteran", "victim"}


def group_of_people(tok) -> bool:
    """ "a group of current and former employees": a group of people, not a company's group."""
    return tok.lemma_.lower() == "group" and any(c.dep_ == "prep" and c.lower_ == "of" and any(
        p.dep_ == "pobj" and p.tag_ == "NNS" and p.lemma_.lower() in PEOPLE_NOUNS for p in c.children) for c in tok.children)


def _ai_in_sentence(tok) -> bool:
    """The sentence, or the one before, speaks of AI: a product noun there names an AI product."""
    sent = tok.sent
    start = tok.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    return any(t.lower_ in ("ai", "ai-generated", "ai-powered", "a.i.", "artificial", "chatbot", "model", "generative")
               for t in tok.doc[start:sent.end])


# nouns whose "of" names a place: its people or the kind of place it is
PLACE_HOLDERS = {"resident", "citizen", "villager", "inhabitant", "townspeople", "city", "town", "village", "province",
                 "municipality", "district", "outskirts", "suburb"}


# first words of a company officer's title, which no city or region has before its holder's name
COMPANY_TITLE_WORDS = {"chief", "ceo", "founder", "co-founder", "cofounder", "chairman", "chairwoman", "executive"}


def _is_actor_name(doc, span, label: str, cues: dict, generic: set, *, surname: bool = False) -> bool:
    """Filter out what is not an actor: dates, places, laws and lists, lone title or head words."""
    text = span.text
    if text.lower() in titles() or len(span) > 1 and span[-1].lower_ in titles() \
            and all(t.lower_ in RANK_WORDS for t in span[:-1]):
        return False  # "Privacy Commissioner", "Deputy Commissioner": a title, not a body
    if len(text) < 2 or text.lower() in generic or not (any(ch.isupper() for ch in text) or LOWER_VERSION.match(text) or DIGIT_NAME.match(text)) \
            or label in ("NORP", "LAW", "EVENT"):
        return False
    if len(span) > 1 and span[0].text in cues["programme_leads"] and not label.startswith("KG_"):
        return False  # "Project Maven", "Operation AI Comply": a programme, not an actor
    if not label.startswith("KG_") and span.end < len(doc) and doc[span.end].pos_ == "NOUN" \
            and doc[span.end].lemma_.lower() in cues["work_nouns"] and span[-1].text not in cues["heads"]:
        # "known for the Borderlands and Life is Strange series": a work's title; "Figma's Config conference": an
        # event's (not "a Stanford University conference", its host)
        return False
    if not label.startswith("KG_") and span.end < len(doc) and doc[span.end].tag_ == "NNS" \
            and doc[span.end].lemma_.lower() in CLASS_NOUNS and span.root.dep_ == "compound" \
            and doc.text.count(text) == 1:
        return False  # "Crown corporations", "Big Tech companies": a class of companies, named by no one of them
    parts = text.split("-")
    if not label.startswith("KG_") and len(parts) == 2 and all(p[:1].isupper() for p in parts) \
            and span.root.dep_ in ("compound", "amod", "nmod") and all(
                any(t.text == p and not span.start <= t.i < span.end for t in doc) for p in parts):
        return False  # "Pact-Equity agreements": two parties the story names apart, joined to modify a noun
    inner = [t for t in span[1:-1] if t.lower_ in ("on", "to", "from", "with", "by", "at", "in")]
    if not label.startswith("KG_") and inner and span[0].text not in cues["heads"] and span[0].text not in LAW_FIRST_WORDS \
            and span[0].text not in EVENT_HEADS and not _body_before_connector(span, cues) \
            and not any(t.text in EVENT_HEADS or t.text in cues["heads"] for t in span if t.i < inner[0].i):
        return False  # "trained its AI on Disney works": the NER ran a noun and a name across a preposition
    if not label.startswith("KG_") and _quoted_title(doc, span, set(cues["work_nouns"]) | TITLED_WORKS):
        return False  # 'songs such as "Forever Young" and "Daddy Cool"': a work's title, no actor
    if not label.startswith("KG_") and span.root.dep_ == "pobj" and span.root.head.lower_ == "of" \
            and span.root.head.head.lemma_.lower() in PLACE_HOLDERS:
        return False  # "residents of Plaridel", "the town of Plaridel": a place
    if _listed_as_kind(span, set(cues["non_party_kinds"])):
        return False  # "languages including Amharic, Oromo and Tigrinya", "cities such as Rotterdam"
    if label == "GPE" and text in us_states():
        # "California passed the bill", "the Texas attorney general opened an inquiry", not "a California company"
        return _acting(span) or _acting_official(span)
    if surname:
        return True  # a person's surname the NER took for a place (see _surname_named_before)
    if label in ("GPE", "LOC") and text not in countries():
        # a city or region: places are not scored actors; but "the rights group Datavault", "the start-up
        # Zentrix" name an organisation the NER took for a place
        before = doc[span.start - 1] if span.start > 0 else None
        nouns = set(cues["company_nouns"]) | set(cues["organization_nouns"])
        if before is not None and before.pos_ == "NOUN" and before.lower_ in nouns and before.lower_ not in ("agency", "network"):
            return True
        if span.root.dep_ in ("compound", "nmod") and span.root.head.lemma_.lower() in cues["model_nouns"] \
                and span.root.head.tag_ == "NN":
            return True  # "its Lumio chatbot": a product the NER took for a place
        if span.end + 1 < len(doc) and doc[span.end].lower_ in COMPANY_TITLE_WORDS \
                and any(t.ent_type_ == "PERSON" for t in doc[span.end + 1:span.end + 4]):
            return True  # "Quora chief executive Adam D'Angelo": a company's officer (not "London Mayor Sadiq Khan")
        # "Zentara, a Paris-based AI start-up": an apposition says what the name is (not "Santa Clara,
        # California-based chipmaker": a place)
        return not _place_based(doc, span) and (any(c.dep_ == "appos" and (hyphenated(c) or c.lemma_.lower()) in nouns
                                                    for c in span.root.children) or _party_not_place(span))
    if (span[-1].text in cues["policy_heads"] and not _body_before_connector(span, cues)
            or span[-1].text in cues["place_heads"] and not label.startswith("KG_")):
        return False  # (not "the State Administration for Market Regulation": a body named for what it regulates)
    if _in_policy_name(doc, span, set(cues["policy_heads"])):
        return False
    words = [t.text for t in span]
    if not label.startswith("KG_") and (_law_by_apposition(span) or len(words) >= 2 and any(
            law[:len(words)] == tuple(words) for law in _laws_by_apposition(doc))):
        return False  # "the Marco Civil da Internet, the 2014 law that governs the web", then "the Marco Civil": a law
    head, connector = _head_before_connector(words)
    if head is not None and not label.startswith("KG_") and (
            head in cues["policy_heads"] or head in EVENT_HEADS and connector == "on"):
        # "the International Joint Conference on Artificial Intelligence": a proceeding named for its subject (not
        # "the U.S. Conference of Catholic Bishops", a body of its members)
        return False
    if len(span) > 2 and span[0].text in LAW_FIRST_WORDS and span[1].lower_ == "on" and not label.startswith("KG_"):
        return False  # "the Law on Artificial Intelligence": a law named for what it is on
    if len(span) == 2 and span[0].text in LAW_FIRST_WORDS and any(ch.isdigit() for ch in span[1].text) and not label.startswith("KG_"):
        return False  # "Bill C-27", "Decree 1234": a law by its number (not "Act 2 Robotics", a company)
    if len(span) == 1 and text.isupper() and text in _policy_acronyms(doc, tuple(cues["policy_heads"])):
        return False  # "DMA" after "the Digital Markets Act": a law, not an actor
    if len(span) > 1 and span[-1].lower_ in titles() and span[-1].text not in cues["heads"] \
            and not any(t.lower_ in ("of", "for") for t in span):  # "Court of Justice", "Employees for Climate Justice" are bodies
        return False  # "Commerce Secretary": a title, not a body
    if len(span) > 1 and span[-1].text in cues["ranks"] and span.end < len(doc) and doc[span.end].pos_ == "PROPN":
        return False  # "retired Army General Paul Nakasone": a rank, not a body
    if len(span) == 1 and (text.lower() in titles() or text in cues["heads"] or text.lower() in cues["descriptions"]) \
            and not (text == "Parliament" and (not span[0].is_sent_start or span.end < len(doc) and doc[span.end].pos_ in ("VERB", "AUX"))):
        # ("urged Parliament to", "Parliament passed the bill": the country's)
        return False
    if any(n > len(span) for n in _titles_at(doc, span.start)):
        return False  # "Trade" + "Representative Jamieson Greer": the first words of a title
    if label not in ("GPE", "LOC", "PERSON") and _portfolio(doc, span):
        return False
    return not _place_based(doc, span)


def _first_connector(words: list[str]) -> int | None:
    """Where a name's "of", "on" or "for" first joins its head word to the rest ("Administration" + "for
    Market Regulation"), if it has one."""
    return next((i for i, w in enumerate(words) if w in ("of", "on", "for") and i > 0), None)


def _head_before_connector(words: list[str]) -> tuple[str | None, str | None]:
    """A name's head word before its first connector, and the connector ("Administration", "for"), if it has one."""
    first = _first_connector(words)
    return (words[first - 1], words[first]) if first is not None else (None, None)


def _body_before_connector(span, cues: dict) -> bool:
    """ "Administration for Market Regulation", "Office of Export Controls": the name's head word, before
    its first "for", "of" or "on", is a body's."""
    head, _connector = _head_before_connector([t.text for t in span])
    return head is not None and cues["heads"].get(head, "Company") != "Company"


# what a company has and a place has not ("Nexperia's chief executive", "Zentrix's chatbot"); narrower than
# resolve.COMPANY_POSSESSIONS, which says whose "its X" is
PLACELESS_POSSESSIONS = {"chief", "executive", "ceo", "founder", "co-founder", "cofounder", "chairman", "shareholder",
                       "subsidiary", "employee", "chatbot", "software"}  # (not "London's share", "Dubai's model")


def _listed_under(span):
    """The common noun a name is listed under after "including" or "such as", which says what kind it is."""
    first = span.root
    while first.dep_ in ("conj", "appos") and first.head.i != first.i:
        first = first.head
    if first.dep_ != "pobj":
        return None
    prep = first.head
    if not (prep.lower_ == "as" and prep.i > 0 and prep.doc[prep.i - 1].lower_ == "such" or prep.lower_ in ("including", "include")):
        return None
    return prep.head if prep.head.pos_ == "NOUN" else None


def _listed_as_kind(span, kinds) -> bool:
    """A name listed after "including" or "such as" under a common noun of one of these kinds."""
    noun = _listed_under(span)
    return noun is not None and noun.lemma_.lower() in kinds


def _party_not_place(span) -> bool:
    """What a place cannot be: the "by" of a passive ("a lawsuit filed by Reddit"), the employer of staff
    ("a team from Cisco", "researchers at Cisco"), or a conjunct of an organisation. The NER often calls
    an unknown company a place."""
    head = span.root
    if head.dep_ == "pobj" and head.head.dep_ == "agent":
        return True
    if head.dep_ == "poss" and head.head.lemma_.lower() in PLACELESS_POSSESSIONS:
        return True  # "Nexperia's chief executive", "Zentrix's shareholders": no place has them
    first = head
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    if first.dep_ == "pobj" and first.head.lower_ in ("from", "at") and first.head.head.lemma_.lower() in name_cues()["staff_nouns"]:
        return True
    if first.dep_ == "pobj" and first.head.lower_ in ("in", "near", "outside", "across", "throughout"):
        return False  # "FBI offices in Jacksonville, Pensacola and New York", "police in Christchurch": where
    return _listed_with_organisations(head)


def _listed_with_organisations(head) -> bool:
    """ "Microsoft, Dell and OpenAI", "Cisco and the University of Pennsylvania": a name listed with
    names the NER calls organisations is one too, whatever the NER called it."""
    return any(t.ent_type_ in ("ORG", "KG_Company") for t in head.conjuncts)


POLICY_NOUNS = {"act", "law", "statute", "bill", "rule", "regulation", "directive", "code", "treaty", "ordinance"}
# plural nouns that a capitalised word before them makes a class of companies ("Crown corporations"), not a
# company's own units ("Zentrix subsidiaries", "Zentrix suppliers")
CLASS_NOUNS = {"corporation", "company", "firm", "business", "enterprise"}


# heads of a meeting's name before what it is on ("Conference on Artificial Intelligence")
EVENT_HEADS = {"Conference", "Symposium", "Workshop", "Summit", "Congress"}
# words that begin a law's name before what it is on ("the Law on Artificial Intelligence", "Decree on Data")
LAW_FIRST_WORDS = {"Law", "Act", "Decree", "Regulation", "Directive", "Ordinance", "Code", "Statute", "Bill", "Resolution"}


def _law_by_apposition(span) -> bool:
    return any(c.dep_ == "appos" and c.lemma_.lower() in POLICY_NOUNS | {"decree", "constitution"} and c.i >= span.end
               for c in span.root.children)


def _laws_by_apposition(doc) -> list[tuple[str, ...]]:
    """The names an apposition calls a law ("the Marco Civil da Internet, the 2014 law that ..."), whose leading
    words name the law again later."""
    if "kg_laws_by_apposition" not in doc.user_data:
        doc.user_data["kg_laws_by_apposition"] = [tuple(t.text for t in ent if t.lower_ != "the") for ent in doc.ents
                                               if _law_by_apposition(ent)]
    return doc.user_data["kg_laws_by_apposition"]


def _in_policy_name(doc, span, heads: set[str]) -> bool:
    """Part of a law's name: "the Data Protection Act 2018", "the Protection of Personal Rights statute",
    "the Ensuring Likeness Voice and Image Security Act" (a name the NER cut at "and")."""
    if span[-1].like_num and any(t.text in heads for t in span[:-1]):
        return True
    if span.start >= 2 and doc[span.start - 1].lower_ == "on" and doc[span.start - 2].text in LAW_FIRST_WORDS:
        return True  # "the Law on" + "Digital Technology Industry": what a law is on
    after = doc[span.end] if span.end < len(doc) else None
    if after is None:
        return False
    if after.lower_ in POLICY_NOUNS and after.text.islower():
        return True
    if after.text[:1].isupper() and not after.is_sent_start:
        # "the Investment Canada Act": a name the NER cut before the rest of the law's capitalised name
        i = span.end
        while i < min(len(doc), span.end + 4) and doc[i].text[:1].isupper() and doc[i].text not in heads:
            i += 1
        return i < len(doc) and doc[i].text in heads and doc[i].text in LAW_FIRST_WORDS
    if after.lower_ == "and":
        i = span.end + 1
        while i < len(doc) and doc[i].text[:1].isupper() and doc[i].pos_ in ("PROPN", "NOUN"):
            i += 1
        return i > span.end + 1 and doc[i - 1].text in heads
    return False


def _place_based(doc, span) -> bool:
    """ "Seattle-based", "Boise, Idaho-based": the name is where something is based."""
    for tok in doc[span.end: span.end + 5]:
        if tok.lower_ in ("-based", "based"):
            return True
        if not (tok.is_punct or tok.ent_type_ == "GPE" or tok.text == "-"):
            break
    return False


PORTFOLIO_TITLES = {"minister", "secretary"}


# titles whose holder is an office of state named "<title> of <what it oversees>"
STATUTORY_OFFICES = {"commissioner", "registrar", "comptroller", "ombudsman", "superintendent"}


def _statutory_office(doc, start: int, end: int, taken) -> int | None:
    """ "the Commissioner of Patents", "the Registrar of Companies", "the Commissioner of Food and Drugs": a capitalised
    office title and what it oversees name a body of state, where the office's holder goes unnamed (not
    "Commissioner of Patents Jane Doe", nor "The Registrar of Companies, Ana Ruiz,": a person; not "Commissioner of
    Canada": the country's office of another title)."""
    if end - start != 1 or doc[start].lower_ not in STATUTORY_OFFICES or end + 1 >= len(doc) or doc[end].lower_ != "of":
        return None
    i = end + 1 + (doc[end + 1].lower_ == "the")
    stop, words = i, 0  # (two capitalised words at most, on either side of an "and": "Food and Drugs")
    while stop < len(doc) and stop not in taken and not doc[stop].ent_type_ and (
            doc[stop].text[:1].isupper() and doc[stop].pos_ in ("PROPN", "NOUN") and words < 2
            or doc[stop].lower_ in ("and", "&") and stop > i and stop + 1 < len(doc) and doc[stop + 1].text[:1].isupper()):
        words = 0 if doc[stop].lower_ in ("and", "&") else words + 1
        stop += 1
    after = doc[stop] if stop < len(doc) else None
    # ("Registrar of Companies Ana Ruiz": capitals running on past the overseen words are a holder's name the NER
    # missed; ", Ana Ruiz,": one in apposition)
    named_holder = after is not None and (after.ent_type_ == "PERSON" or after.text[:1].isupper() and after.pos_ == "PROPN"
                                          or after.text == "," and stop + 2 < len(doc) and (doc[stop + 1].ent_type_ == "PERSON" or all(
                                              t.pos_ == "PROPN" and t.text[:1].isupper() for t in doc[stop + 1:stop + 3])))
    if stop == i or named_holder:
        return None
    return stop


def _portfolio(doc, span) -> bool:
    """ "Communication and Digital Affairs Minister Meutya Hafid": the capitalised words before a
    minister's or secretary's title name the portfolio, not a body of their own ("Cabinet Office minister
    Nick Thomas-Symonds": a name ending in a body's head word is that body)."""
    if name_cues()["heads"].get(span[-1].text, "Company") != "Company":
        return False
    i = span.end
    while i < len(doc) and (doc[i].lower_ in ("and", "&", ",") or doc[i].pos_ == "PROPN" and doc[i].text[:1].isupper()
                            and doc[i].lower_ not in PORTFOLIO_TITLES):
        i += 1
    if not (i + 1 < len(doc) and doc[i].lower_ in PORTFOLIO_TITLES and doc[i + 1].text[:1].isupper() and doc[i + 1].pos_ == "PROPN"):
        return False
    # unless the article names the portfolio's body ("the Ministry of Economy, Trade and Industry"): the words refer to it
    text = span.text
    return not any(f"{head} of {text}" in doc.text or f"{head} of the {text}" in doc.text or f"{text} {head}" in doc.text
                   for head, category in name_cues()["heads"].items() if category != "Company")


def _policy_acronyms(doc, heads: tuple[str, ...]) -> set[str]:
    """Initials of the laws and lists a document names ("Digital Markets Act" -> DMA, "AI Act" -> AIA)."""
    out, run = set(), []
    for tok in doc:
        if tok.text[:1].isupper() and tok.pos_ in ("PROPN", "NOUN"):
            run.append(tok.text)
            if tok.text in heads and len(run) > 1:
                for j in range(len(run) - 1):  # "EU Digital Markets Act": EDMA, DMA, and "AI Act": AA, AIA
                    out.add("".join(w[0] for w in run[j:]).upper())
                    out.add("".join(w if w.isupper() else w[0] for w in run[j:]).upper())
        else:
            run = []
    return out


def _bracketed_after(doc, mention: NameMention, mentions: list[NameMention]) -> NameMention | None:
    """The name a bracketed upper-case short form directly follows, if any."""
    if not (_short_form(mention.text) and mention.start >= 1
            and doc[mention.start - 1].text == "(" and mention.end < len(doc) and doc[mention.end].text == ")"):
        return None
    return next((m for m in mentions if m.end == mention.start - 1), None)


def _short_form(text: str) -> bool:
    """An acronym, in capitals or with some lower-case letters ("CAC", "AgID", "BaFin", "CERT-In"), or two of them
    ("VZ NRW")."""
    words = text.split()
    if len(words) == 2 and all(w.isupper() for w in words):
        return all(_short_form(w) for w in words)
    letters = text.replace("-", "")
    return 2 <= len(letters) <= 8 and letters.isalpha() and text[0].isupper() and sum(ch.isupper() for ch in text) >= 2


# works whose titles news prose quotes ("the song \"Forever Young\"")
TITLED_WORKS = {"song", "track", "hit", "single", "poem", "article", "essay", "episode", "painting", "game", "play"}


def _quoted_title(doc, span, works: set[str]) -> bool:
    """A name alone inside quotation marks, in a sentence about works of that kind."""
    quotes = {'"', "\u201c", "\u201d", "''", "``"}
    # (the NER may take part of the quoted title: "Cheri" + "Cheri Lady")
    start, end = span.start - 1, span.end
    while start >= 0 and span.start - start <= 3 and doc[start].text not in quotes and doc[start].text[:1].isupper():
        start -= 1
    while end < len(doc) and end - span.end <= 3 and doc[end].text not in quotes and (doc[end].text[:1].isupper() or doc[end].like_num):
        end += 1
    if start < 0 or end >= len(doc) or doc[start].text not in quotes or doc[end].text not in quotes:
        return False
    return any(t.lemma_.lower() in works for t in span.sent)


def _known_by_initials(between: list[str]) -> bool:
    """ ", known by its Turkish initials", ", known by the acronym": words that give a name's short form next."""
    return len(between) <= 7 and between[:3] == [",", "known", "by"] and between[-1] in ("initials", "acronym", "abbreviation")


def _bracketed_short_name(doc, name: NameMention, short: NameMention) -> bool:
    """ "the Ministry of Communication and Digital Affairs (Komdigi)": one capitalised word alone in brackets
    after a body's name of several words is the short name it goes by, acronym or not."""
    return short.end - short.start == 1 and short.end < len(doc) and doc[short.end].text == ")" \
        and name.end - name.start >= 3 and bool(name.votes) and max(name.votes, key=name.votes.get) in ("GovernmentBody", "Organization") \
        and short.text.isalpha() and short.text[:1].isupper() and short.text not in countries() \
        and doc[short.start].ent_type_ not in ("GPE", "LOC", "NORP", "KG_Country")  # (not "... Authority (Brazil)")


def _mark_acronyms(doc, mentions: list[NameMention]) -> None:
    """'Cyberspace Administration of China (CAC)': the bracketed acronym abbreviates the name."""
    for i, mention in enumerate(mentions[1:], 1):
        prev = mentions[i - 1]
        if (mention.start >= 1 and doc[mention.start - 1].text == "(" and prev.end == mention.start - 1
                and (_short_form(mention.text) or _bracketed_short_name(doc, prev, mention))):
            mention.acronym_of = i - 1
        elif [t.lower_ for t in doc[prev.end:mention.start]] in ([",", "known", "as"], [",", "also", "known", "as"]) \
                and prev.votes and max(prev.votes, key=prev.votes.get) not in ("Person", "Company", "AIModel") \
                and mention.end - mention.start == 1:  # (a body's: not "a chatbot built by Lumio Corp., known as Lumi")
            # "the Ministry of Communication and Information Technology, known as Kominfo": the body's short name
            mention.acronym_of = i - 1
        elif [t.lower_ for t in doc[prev.end:mention.start]] == [",", "or"] and mention.end - mention.start == 1 \
                and prev.end - prev.start >= 2 and prev.votes and max(prev.votes, key=prev.votes.get) in ("GovernmentBody", "Organization") \
                and mention.end < len(doc) and doc[mention.end].is_punct:
            # "the National Consumer Secretariat, or Senacon, an arm of the ministry": the body's short name
            mention.acronym_of = i - 1
        elif _known_by_initials([t.lower_ for t in doc[prev.end:mention.start]]) and mention.end - mention.start == 1:
            # "The Personal Data Protection Authority, known by its Turkish initials KVKK"
            mention.acronym_of = i - 1
