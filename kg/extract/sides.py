"""Role adjustments that need the whole article: who is on whose side (a person and the body they serve, a
body and its own country), whose an official's suspension is, who makes a product withdrawn in the passive (or
the unnamed one a company withdraws), and whom an appeal naming no one asks. They run after events and relations
are extracted, since they read both."""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from ..lexicon import developers, name_cues, owners
from ..text import fold
from .events import OWN_PRODUCTS, REACTIONS


def posts_of(relations) -> dict[str, list[str]]:
    """The bodies a person holds a post in, and what those are part of (a secretary's department, its country);
    for a body, what it is part of and what is part of it (the Commerce Department and its bureau: one side)."""
    parents = {r.subject: r.object for r in relations if r.predicate == "partOf"}
    posts: dict[str, list[str]] = {}
    for r in relations:
        if r.predicate in ("leads", "memberOf") and not r.former:
            posts.setdefault(r.subject, []).extend([r.object] + ([parents[r.object]] if r.object in parents else []))
        elif r.predicate == "partOf":
            posts.setdefault(r.subject, []).append(r.object)
            posts.setdefault(r.object, []).append(r.subject)
    return posts


def without_own_side(events, relations):
    """ "California governor vetoes the bill": a person does not act on the body they lead or belong
    to, nor a body on its own official; such a role is the parser's mistake, and is dropped."""
    posts = {(r.subject, r.object) for r in relations if r.predicate in ("leads", "memberOf") and not r.former}
    # (nor does one object to one's own company's product: "Altman has acknowledged frustration with the newer model")
    made = {(r.subject, r.object) for r in relations if r.predicate == "develops"}
    products = {(person, model) for person, body in posts for maker, model in made if maker == body} | made
    reacting = posts | products
    out = []
    for event in events:
        own = reacting if event.type in ("ConcernRaised", "PublicAppeal", "Lawsuit") else posts
        targets = tuple(t for t in event.targets if not any((a, t) in own for a in event.agents))
        agents = tuple(a for a in event.agents if not any((t, a) in posts for t in targets))
        if (agents, targets) != (event.agents, event.targets):
            event = replace(event, agents=agents, targets=targets,
                            confidence=min(event.confidence, 0.4) if not (agents and (targets or not event.targets)) else event.confidence)
        out.append(event)
    return tuple(out)


# what a government does to its own rules has no party acted on: "the United States would suspend a rule adopted by
# its Commerce Department"
UNTARGETED = {"PolicyIssued", "Deregulation"}


def without_own_country(events, relations, resolution):
    """ "The Cyberspace Administration of China urged ...", "the State Administration for Market Regulation said it
    had ordered ...": a body and the country or company it is part of are one side, never each other's target."""
    parts = {(r.subject, r.object) for r in relations if r.predicate == "partOf"}

    def one_side(a: str, b: str) -> bool:
        kinds = (resolution.category(a), resolution.category(b))
        if ((a, b) in parts or (b, a) in parts) and "Organization" not in kinds:
            return True  # (a business council presses its own country's government)
        # (not "China's Taiwan Affairs Office": a body part of another country only names this one)
        return kinds == ("GovernmentBody", "Country") and resolution.belongs_to(a, b) and not elsewhere(a, b) \
            or kinds == ("Country", "GovernmentBody") and resolution.belongs_to(b, a) and not elsewhere(b, a)

    def elsewhere(body: str, country: str) -> bool:
        return any(s == body and o != country and resolution.category(o) == "Country" for s, o in parts)

    out = []
    for event in events:
        if event.type in UNTARGETED:
            out.append(event)
            continue
        targets = tuple(t for t in event.targets if not any(one_side(a, t) for a in event.agents))
        if targets != event.targets:
            event = replace(event, targets=targets, confidence=min(event.confidence, 0.4) if not targets else event.confidence)
        out.append(event)
    return tuple(out)


def withdrawn_by_maker(events, relations, resolution):
    """ "GPT-4o was withdrawn when GPT-5 launched": a product withdrawn, no one named, is withdrawn by the company
    the article says makes it (or the lexicon does, when the article names that company)."""
    said = _makers_said(relations)  # the makers the article's own words give
    listed = _makers_listed(resolution, developers())  # the lexicon's maker of a product, when the article names it
    out = []
    for event in events:
        if event.type == "ModelWithdrawal" and not event.agents and event.targets:
            agents = tuple(dict.fromkeys(m for t in event.targets for m in said.get(t) or ([listed[t]] if t in listed else [])))
            kinds = [resolution.category(t) for t in event.targets]
            if not agents and "AIModel" in kinds and "Company" in kinds:
                # ("Lumo's Atlas 4 was withdrawn": the owner named with its product; not "before it was withdrawn
                # from the UK market", background about the company)
                agents = (event.targets[kinds.index("Company")],)
            if agents:
                event = replace(event, agents=agents, confidence=max(event.confidence, 0.55))
        elif event.type == "ModelWithdrawal" and event.agents and event.targets and all(t in listed for t in event.targets) \
                and not set(event.agents) & {listed[t] for t in event.targets} \
                and all(resolution.category(a) == "Company" and any(a in said.get(t, ()) for t in event.targets)
                        and not (event.evidence and _named_before_trigger(resolution, a, event)) for a in event.agents):
            # "the San Francisco-based lab cut access to its Claude models": a description read as another company
            # than the one the lexicon knows makes the models (which also made "its" models that company's) is
            # that maker (not "X switched off Grok's image generation", "Microsoft suspended its Claude models in
            # Copilot": a company named as the one that acts offers the model)
            event = replace(event, agents=tuple(dict.fromkeys(listed[t] for t in event.targets)))
        elif event.type == "ModelWithdrawal" and len(event.agents) == 1 and event.targets == event.agents:
            # "TikTok took down a version of its new avatar generator": the company stood for an unnamed product of
            # its own (events.OWN_PRODUCTS); if the article says it makes just one, that is the product
            made = [m for m, makers in said.items() if event.agents[0] in makers]
            if len(made) == 1 and _described_as(made[0], event, resolution):
                event = replace(event, targets=tuple(made))
        out.append(event)
    return tuple(out)


def _described_as(model: str, event, resolution) -> bool:
    """The product the withdrawal's sentence names by its kind ("its new avatar generator") is one the story calls
    that kind beside its name ("Zentra Avatars, its avatar generator", "the Zentra chatbot"); not "makes the Zentra
    chatbot ... took down its new image generator"."""
    sentence = event.evidence[0].text.lower() if event.evidence else ""
    words = set(re.findall(r"[a-z-]+", sentence[sentence.find(event.trigger.lower()) + len(event.trigger):]))
    kinds = {w for w in OWN_PRODUCTS if w in words or w + "s" in words}
    doc = resolution.doc
    near = {t.lemma_.lower() for start, key in resolution.order if key == model
            for t in doc[max(start - 3, 0):min(start + 11, len(doc))] if t.sent.start == doc[start].sent.start}
    return bool(kinds & near)


def inquiries_reach_maker(events, relations, resolution):
    """ "The Commission opened investigations into the App Store", "the regulator blocked ChatGPT": a government's
    inquiry into or ban on a product reaches the company that makes or owns it, when the article names that company."""
    makers = {key: [maker] for key, maker in _makers_listed(resolution, owners()).items()} | _makers_said(relations)
    out = []
    for event in events:
        if event.type in ("Investigation", "UsageBan") and event.targets \
                and all(resolution.category(a) in ("GovernmentBody", "Country") for a in event.agents):
            # (a product the sentence names, not one a description was read as: "banned the app")
            evidence = event.evidence[0] if event.evidence else None
            named = {t for t in event.targets if evidence is not None and _named_in(resolution, t, evidence.start, evidence.end)}
            added = [m for t in event.targets if t in named and resolution.category(t) == "AIModel"
                     and not _used_by(resolution, t, event) for m in makers.get(t, ())
                     if m not in event.targets and m not in event.agents and resolution.category(m) == "Company"]
            if added:
                event = replace(event, targets=tuple(dict.fromkeys((*event.targets, *added))))
        out.append(event)
    return tuple(out)


def _used_by(resolution, product: str, event) -> bool:
    """ "investigating Vexa Inc.'s use of ChatGPT": the product as what another party's noun is of, in the event's
    sentence (the inquiry is into that party, not the product's maker)."""
    evidence = event.evidence[0]
    for m in _mentions_in(resolution, product, evidence.start, evidence.end):
        span = resolution.doc.char_span(m.start_char, m.end_char, alignment_mode="expand")
        head = span.root if span is not None else None
        if head is not None and head.dep_ == "pobj" and head.head.lower_ == "of" and any(
                c.dep_ == "poss" and resolution.key_at(c.i) in event.targets for c in head.head.head.children):
            return True
    return False


def officials_suspensions(events, relations, category):
    """ "Worldcoin's activities were suspended by Interior Cabinet Secretary Kithure Kindiki": what a
    government's official suspends is another's product, banned, not the official's own withdrawn."""
    posts = {r.subject for r in relations if r.predicate in ("leads", "memberOf") and not r.former
             and category(r.object) in ("GovernmentBody", "Country")}
    out = []
    for event in events:
        if event.type == "ModelWithdrawal" and event.agents and event.targets \
                and all(a in posts or category(a) in ("GovernmentBody", "Country") for a in event.agents):
            event = replace(event, type="UsageBan")
        out.append(event)
    return tuple(out)


def _named_before_trigger(resolution, key: str, event) -> bool:
    """The entity is named (not only described or referred to) in the event's sentence before its trigger."""
    evidence = event.evidence[0]
    at = evidence.text.find(event.trigger)
    return _named_in(resolution, key, evidence.start, evidence.start + at if at >= 0 else evidence.end)


@lru_cache(maxsize=1)
def _model_words() -> frozenset[str]:
    """What a withdrawn product is called before its name is given ("The dataset, known as ..."): the descriptions
    that make a name "known as" after them a model's (name_cues.json), and a feature or product."""
    return frozenset({word for word, category in name_cues()["descriptions"].items() if category == "AIModel"}
                     | {"feature", "product"})


def named_next(events, resolution):
    """ "MIT has taken offline a widely used image collection ... The dataset, known as 80 Million Tiny Images, was
    compiled in 2006": a product withdrawn unnamed is the one the next sentence names as what its noun is."""
    doc = resolution.doc
    out = []
    for event in events:
        if event.type == "ModelWithdrawal" and event.agents and not event.targets and event.evidence:
            end = event.evidence[0].end
            following = next((s for s in doc.sents if s.start_char >= end), None)
            named = [resolution.key_at(t.i) for t in following or () if t.dep_ == "pobj" and t.head.lower_ == "as"
                     and t.head.head.dep_ == "acl" and t.head.head.lemma_.lower() in ("know", "call", "name")
                     and t.head.head.head.dep_ in ("nsubj", "nsubjpass") and t.head.head.head.lower_ in _model_words()] \
                if following is not None else []
            named = [k for k in named if k and resolution.category(k) == "AIModel"]
            if named:
                event = replace(event, targets=(named[0],))
        out.append(event)
    return tuple(out)


def _mentions_in(resolution, key: str, start: int, end: int) -> list:
    """The entity's mentions by name that begin between these two characters of the article."""
    return [m for m in resolution.by_key[key].mentions if start <= m.start_char < end]


def _named_in(resolution, key: str, start: int, end: int) -> bool:
    return bool(_mentions_in(resolution, key, start, end))


def _makers_said(relations) -> dict[str, list[str]]:
    """Each product the article's own words say a company makes, with its makers ("develops", not a former one)."""
    said: dict[str, list[str]] = {}
    for r in relations:
        if r.predicate == "develops" and not r.former:
            said.setdefault(r.object, []).append(r.subject)
    return said


def _makers_listed(resolution, known: dict[str, str]) -> dict[str, str]:
    """Each entity of the article whose maker (or owner) `known` gives, with that company, when the article names it."""
    by_label = {fold(e.label): e.key for e in resolution.entities()}
    listed = {}
    for key in resolution.by_key:
        maker = by_label.get(fold(known.get(resolution.by_key[key].label, "")))
        if maker:
            listed[key] = maker
    return listed


def urged_of_whoever_would_act(events):
    """ "The union called for the tool to be withdrawn", "pressing for the project to be scrapped": an appeal that
    names no one asks it of whoever would do what it calls for, the agent of the action its own sentence has only
    planned (the maker withdrawing its tool, once withdrawn_by_maker has named it)."""
    out = []
    for event in events:
        if event.type == "PublicAppeal" and event.agents and not event.targets and event.modality == "asserted":
            wanted = [e for e in events if e.modality == "planned" and e.type not in REACTIONS and e.agents
                      and set(e.evidence) & set(event.evidence) and not set(e.agents) & set(event.agents)
                      and _called_for(event, e)]
            if wanted:
                event = replace(event, targets=wanted[0].agents[:1], confidence=max(event.confidence, 0.6))
        out.append(event)
    return tuple(out)


# words that, between an appeal and an action, end what the appeal asks ("called for calm after X threatened ...")
CLAUSE_BREAKS = {"which", "who", "whom", "after", "before", "when", "while", "because", "since", "as", "but", "although"}


def _called_for(appeal, action) -> bool:
    """The action's words come after the appeal's in their sentence, in what the appeal asks ("called for the tool to
    be withdrawn"), with no clause between them ("called for calm after the government threatened to ban it", "a
    boycott of Vexa, which plans to sue")."""
    sentence = next(ev for ev in appeal.evidence if ev in action.evidence).text
    at, to = sentence.find(appeal.trigger), sentence.find(action.trigger)
    if at < 0 or to <= at:
        return False
    between = sentence[at + len(appeal.trigger):to]
    return "," not in between and not CLAUSE_BREAKS & set(between.lower().split())
