"""Dates of events, normalised against the article's date when it is known.

"May 21" takes the article's year (last year's if that would lie after the article); "Monday"
is the last such day on or before the article; "in March 2023", "2019" need no anchor. What
cannot be pinned down keeps only its text.
"""
from __future__ import annotations

import datetime as dt
import re

MONTHS = {m: i for i, m in enumerate(["january", "february", "march", "april", "may", "june", "july", "august",
                                      "september", "october", "november", "december"], 1)}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS["sept"] = 9
DAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_MONTH = r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"


def _parse_date(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if value else None
    except ValueError:
        return None


def normalise(text: str, article_date: str | None) -> str | None:
    """An ISO date (YYYY-MM-DD), year-month (YYYY-MM) or year (YYYY) for a date phrase, or None."""
    anchor = _parse_date(article_date)
    low = text.lower().strip()
    m = re.search(_MONTH + r"\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})", low)
    if m:
        return f"{int(m.group(3)):04d}-{MONTHS[m.group(1)[:4].rstrip('.') if m.group(1).startswith('sept') else m.group(1)[:3]]:02d}-{int(m.group(2)):02d}"
    m = re.search(r"(\d{1,2})\s+" + _MONTH + r",?\s+(\d{4})", low)
    if m:
        return f"{int(m.group(3)):04d}-{MONTHS[m.group(2)[:3]]:02d}-{int(m.group(1)):02d}"
    m = re.search(_MONTH + r"\s+(\d{4})", low)
    if m:
        return f"{int(m.group(2)):04d}-{MONTHS[m.group(1)[:3]]:02d}"
    m = re.search(_MONTH + r"\s+(\d{1,2})(?:st|nd|rd|th)?\b", low)
    if m and anchor:
        month, day = MONTHS[m.group(1)[:3]], int(m.group(2))
        year = anchor.year if (month, day) <= (anchor.month, anchor.day) else anchor.year - 1
        return f"{year:04d}-{month:02d}-{day:02d}"
    m = re.fullmatch(r"(?:in |since |by )?(\d{4})", low)
    if m:
        # ("SB 1047", a bill's number the NER took for a date, is no year of the news)
        return m.group(1) if 1900 <= int(m.group(1)) <= 2100 else None
    for number, name in enumerate(DAYS):
        if re.search(rf"\b{name}\b", low) and anchor:
            back = (anchor.weekday() - number) % 7
            return (anchor - dt.timedelta(days=back)).isoformat()
    m = re.search(r"\b(?:in|last|this|earlier in|since)\s+" + _MONTH + r"\b", low)
    if (m or re.fullmatch(_MONTH, low)) and anchor:
        month = MONTHS[(m.group(1) if m else low)[:3]]
        year = anchor.year if month <= anchor.month else anchor.year - 1
        return f"{year:04d}-{month:02d}"
    if anchor and re.search(r"\b(earlier|this) year\b", low):
        return f"{anchor.year:04d}"
    if anchor and "last year" in low:
        return f"{anchor.year - 1:04d}"
    return None


def event_date(sent, head, article_date: str | None) -> tuple[str | None, str | None]:
    """The date phrase of the clause around `head` (else of its sentence), normalised."""
    dates = [ent for ent in sent.ents if ent.label_ == "DATE"]
    if not dates:
        return None, None
    # only a date phrase that modifies the event's own clause: "since 2019" in a relative clause
    # about something else is not the event's date
    near = [d for d in dates if any(t.head.i == head.i or t.head.head.i == head.i for t in d)]
    if not near:
        return None, None
    return normalise(near[0].text, article_date), near[0].text
