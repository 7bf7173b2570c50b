"""Name folding and IRI-safe slugs shared by resolution, graph building and queries."""
from __future__ import annotations

import hashlib
import re
import unicodedata

_POSSESSIVE = re.compile(r"['\u2019]s\b")
_PUNCTUATION = re.compile(r"[^\w\s]")
_LEADING_THE = re.compile(r"^\s*the\s+")
_NOT_SLUG = re.compile(r"[^a-z0-9]+")


def fold(name: str) -> str:
    """Fold a name for matching: case, punctuation, a leading 'the', a possessive 's."""
    text = unicodedata.normalize("NFKC", name or "").lower().replace("\u2019", "'")
    text = _POSSESSIVE.sub("", text)
    text = _PUNCTUATION.sub(" ", text)
    text = _LEADING_THE.sub("", text)
    return " ".join(text.split())


def slug(name: str, *, limit: int = 60) -> str:
    """An ASCII slug that is always a valid IRI path segment; non-Latin names get a hash."""
    folded = fold(name)
    ascii_text = unicodedata.normalize("NFKD", folded).encode("ascii", "ignore").decode()
    text = _NOT_SLUG.sub("-", ascii_text).strip("-")[:limit].strip("-")
    if not text or ascii_text.replace(" ", "") != folded.replace(" ", ""):
        digest = hashlib.sha1(folded.encode("utf-8")).hexdigest()[:10]
        text = f"{text}-{digest}" if text else digest
    return text


def digest(*parts: str, length: int = 16) -> str:
    """A stable short hash of text parts (never Python's salted hash())."""
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:length]
