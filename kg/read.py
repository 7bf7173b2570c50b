"""Turn files and folders into Article records: the only stage that touches the filesystem's inputs.

An article is plain UTF-8 text whose first non-blank line is the headline. Its identity is the
SHA-256 of its text, so the same article ingested from two paths is one article.

What is not an article is refused with one line that says what it is: an empty or blank file,
binary data, a PDF/image/office file given by mistake (recognised by its magic bytes), an HTML
page, a file over MAX_BYTES (20 MB), and text in a legacy encoding such as Latin-1 (convert it
with iconv; guessing an 8-bit encoding would silently corrupt names). UTF-16 and UTF-32 with a
byte-order mark are unambiguous, so they are decoded and accepted like UTF-8.
"""
from __future__ import annotations

import codecs
import hashlib
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from .errors import ArticleError

ARTICLE_SUFFIXES = (".txt", ".text", ".md")
MAX_BYTES = 20_000_000
_DATE_LINE = re.compile(r"^\s*(?:date|published|dated)\s*:\s*(\d{4}-\d{2}-\d{2})\s*$", re.I | re.M)


@dataclass(frozen=True)
class Article:
    """One news article as read from disk."""

    path: str
    headline: str
    text: str
    sha256: str
    date: str | None = None

    @property
    def file_name(self) -> str:
        return Path(self.path).name

    @property
    def key(self) -> str:
        """Short stable identity used in IRIs."""
        return self.sha256[:16]


_MAGIC = ((b"%PDF", "a PDF"), (b"\x89PNG", "a PNG image"), (b"\xff\xd8\xff", "a JPEG image"),
          (b"GIF8", "a GIF image"), (b"PK\x03\x04", "a zip or office document"), (b"\x1f\x8b", "a gzip archive"),
          (b"{\\rtf", "an RTF document"), (b"\xd0\xcf\x11\xe0", "an old Word/Excel document"))
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def _decode(raw: bytes, path: Path) -> str:
    for magic, kind in _MAGIC:
        if raw.startswith(magic):
            raise ArticleError(f"{path}: this is {kind}, not a text article; save the article as plain UTF-8 text")
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            try:
                raw = raw.decode(encoding).encode("utf-8")
            except UnicodeDecodeError:
                raise ArticleError(f"{path}: starts like {encoding.upper()} but is not valid {encoding.upper()}") from None
            break
    if not raw.strip():
        raise ArticleError(f"{path}: the file is empty")
    if b"\x00" in raw[:4096]:
        raise ArticleError(f"{path}: this looks like a binary file, not a text article")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ArticleError(f"{path}: not UTF-8 text (byte {exc.start}); convert it with iconv -t UTF-8") from None
    if text.lstrip()[:15].lower().startswith(("<!doctype html", "<html")):
        raise ArticleError(f"{path}: this is an HTML page; save the article as plain text first")
    return text


def normalise(text: str) -> str:
    """NFC, unix newlines: offsets into this text are what evidence points to."""
    return unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))


def read_article(path: str | Path, *, date: str | None = None) -> Article:
    """Read one article; raise ArticleError with a one-line reason when it is not one."""
    path = Path(path)
    try:
        if path.stat().st_size > MAX_BYTES:
            raise ArticleError(f"{path}: larger than {MAX_BYTES // 1_000_000} MB; split it into articles")
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ArticleError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise ArticleError(f"{path}: is a directory") from None
    except PermissionError:
        raise ArticleError(f"{path}: permission denied") from None
    text = normalise(_decode(raw, path))
    headline = next((line.strip() for line in text.splitlines() if line.strip()), "")
    if not headline:
        raise ArticleError(f"{path}: the file has no text")
    found = _DATE_LINE.search(text[:2000])
    return Article(
        path=str(path),
        headline=headline,
        text=text,
        sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        date=date or (found.group(1) if found else None),
    )


def article_paths(paths: list[str | Path]) -> list[Path]:
    """Expand files and folders into a sorted list of article files."""
    found: list[Path] = []
    for item in paths:
        item = Path(item)
        if item.is_dir():
            files = sorted(p for p in item.rglob("*") if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES)
            if not files:
                raise ArticleError(f"{item}: no articles (*.txt) in this folder")
            found.extend(files)
        elif item.exists() or item.is_symlink():
            found.append(item)
        else:
            raise ArticleError(f"{item}: no such file or folder")
    return found


def read_articles(paths: list[str | Path]) -> Iterator[Article | ArticleError]:
    """Yield each article, or the error that stopped it, so one bad file does not stop a folder."""
    for path in article_paths(paths):
        try:
            yield read_article(path)
        except ArticleError as exc:
            yield exc
