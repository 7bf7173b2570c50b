"""Bad input: one `Error:` line on stderr, a non-zero exit, no traceback, and the store unchanged."""
from __future__ import annotations

import codecs
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import cli
from kg.read import MAX_BYTES

from robust_support import article_text, checksum, kg, nquads, one_error_line, write_articles

BAD_FILES = {
    "empty": (b"", "the file is empty"),
    "blank": (b"  \n\t\n  \r\n", "the file is empty"),
    "unicode-blank": ("\u00a0\u2003\n\u3000\n".encode("utf-8"), "the file has no text"),
    "binary": (bytes(range(256)) * 8, "binary file"),
    "pdf": (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n", "this is a PDF"),
    "png": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "this is a PNG image"),
    "jpeg": (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00", "this is a JPEG image"),
    "docx": (b"PK\x03\x04\x14\x00\x06\x00", "zip or office document"),
    "latin1": ("Régulateurs à Bruxelles\n\nLa Commission européenne a ouvert une enquête.\n".encode("latin-1"),
               "not UTF-8 text (byte 1); convert it with iconv -t UTF-8"),
    "html": (b"<!DOCTYPE html>\n<html><head><title>News</title></head><body><p>Text</p></body></html>\n",
             "this is an HTML page; save the article as plain text first"),
    "html-lower": (b"\n\n  <html lang=en><body>Hi</body></html>", "this is an HTML page"),
}


@pytest.mark.parametrize("case", sorted(BAD_FILES))
def test_a_bad_file_is_refused_and_the_store_is_unchanged(case, store, tmp_path):
    content, message = BAD_FILES[case]
    path = tmp_path / f"{case}.txt"
    path.write_bytes(content)
    before = checksum(store)
    line = one_error_line(kg("ingest", path, store=store))
    assert str(path) in line and message in line, line
    assert checksum(store) == before


def test_a_file_over_the_size_limit_is_refused(store, tmp_path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as out:  # 50 MB of real text, written sparsely fast
        out.write(b"A headline\n\n" + b"The agency said the model was safe. " * (50_000_000 // 36))
    assert path.stat().st_size > MAX_BYTES
    before = checksum(store)
    line = one_error_line(kg("ingest", path, store=store))
    assert line == f"Error: {path}: larger than 20 MB; split it into articles (0 ingested, 1 failed)"
    assert checksum(store) == before


@pytest.mark.parametrize("bom,encoding", [(codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"),
                                          (codecs.BOM_UTF8, "utf-8")])
def test_utf16_and_utf8_with_a_bom_are_decoded_and_ingested_like_utf8(bom, encoding, tmp_path):
    """UTF-16 with a byte-order mark is unambiguous: accepted, and the same article as its UTF-8 text."""
    text = article_text(3)
    plain, marked = tmp_path / "plain.txt", tmp_path / "marked.txt"
    plain.write_text(text, encoding="utf-8")
    marked.write_bytes(bom + text.encode(encoding))
    result = kg("ingest", marked, store=tmp_path / "store")
    assert result.returncode == 0 and result.stderr == "1 ingested\n", result.stderr
    again = kg("ingest", plain, store=tmp_path / "store")
    assert again.stderr == "0 ingested, 1 already in the store\n", again.stderr


def test_a_missing_path(store, tmp_path):
    before = checksum(store)
    line = one_error_line(kg("ingest", tmp_path / "nowhere.txt", store=store))
    assert line == f"Error: {tmp_path / 'nowhere.txt'}: no such file or folder"
    assert checksum(store) == before


def test_a_folder_without_articles(store, tmp_path):
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / "notes.docx").write_bytes(b"PK\x03\x04")
    before = checksum(store)
    line = one_error_line(kg("ingest", tmp_path / "empty", store=store))
    assert line == f"Error: {tmp_path / 'empty'}: no articles (*.txt) in this folder"
    assert checksum(store) == before


def test_one_bad_file_among_good_ones(store, tmp_path):
    """The good articles go in, the bad one is named, and the exit code says something failed."""
    folder = tmp_path / "mixed"
    good = write_articles(folder, 2, start=2)
    (folder / "a002b.txt").write_bytes(b"\x89PNG\r\n\x1a\n")
    result = kg("ingest", folder, store=store)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert result.stderr == f"Error: {folder / 'a002b.txt'}: this is a PNG image, not a text article; " \
                            f"save the article as plain UTF-8 text (2 ingested, 1 failed)\n"
    assert len({line.split()[-1] for line in nquads(store) if "/graph/" in line.split()[-1]}) == 4
    again = kg("ingest", *good, store=store)
    assert again.returncode == 0 and again.stderr == "0 ingested, 2 already in the store\n"


def test_an_unreadable_file(store, tmp_path, monkeypatch):
    """Tests run as root, for whom chmod 000 changes nothing: reading the file raises PermissionError instead."""
    path = tmp_path / "locked.txt"
    path.write_text(article_text(4), encoding="utf-8")
    os.chmod(path, 0)
    real = Path.read_bytes

    def read_bytes(self):
        if self == path:
            raise PermissionError(13, "Permission denied", str(self))
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    before = checksum(store)
    result = CliRunner().invoke(cli, ["--store", str(store), "ingest", str(path)])
    assert result.exit_code == 1 and result.exception is None or isinstance(result.exception, SystemExit)
    assert result.output == f"Error: {path}: permission denied (0 ingested, 1 failed)\n"
    assert checksum(store) == before


def test_a_failed_ingest_creates_no_store(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    folder = tmp_path / "not-yet-a-store"
    line = one_error_line(kg("ingest", path, store=folder))
    assert "the file is empty" in line
    assert not folder.exists()
