"""Name folding and IRI-safe slugs shared by resolution, graph building and queries."""
from __future__ import annotations

import hashlib
import re
import unicodedata

_POSSESSIVE = re.compile(r"['\u2019]s\b")


def fold(name: str) -> str:
    """Fold a name for matching: case, punctuation, a leading 'the', a possessive 's."""
    text = unicodedata.normalize("NFKC", name or "").lower().replace("\u2019", "'")
    text = _POSSESSIVE.sub("", text)
    text = re.sub(r"[^\w\s]", " ", text)
    text = re.sub(r"^\s*the\s+", "", text)
    return " ".join(text.split())


def slug(name: str, *, limit: int = 60) -> str:
    """An ASCII slug that is always a valid IRI path segment; non-Latin names get a hash."""
    ascii_text = unicodedata.normalize("NFKD", fold(name)).encode("ascii", "ignore").decode()
    text = re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")[:limit].strip("-")
    if not text or ascii_text.replace(" ", "") != fold(name).replace(" ", ""):
        digest = hashlib.sha1(fold(name).encode("utf-8")).hexdigest()[:10]
        text = f"{text}-{digest}" if text else digest
    return text


def digest(*parts: str, length: int = 16) -> str:
    """A stable short hash of text parts (never Python's salted hash())."""
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:length]
