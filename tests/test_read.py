"""Reading articles: headline, identity, normalisation, refusals with one-line reasons, folders."""
from __future__ import annotations

import hashlib

import pytest

from kg.errors import ArticleError
from kg.read import article_paths, normalise, read_article, read_articles


def test_headline_is_the_first_non_blank_line(write_article):
    article = read_article(write_article("a.txt", "\n\n   Anthropic sues the administration  \n\nThe body.\n"))
    assert article.headline == "Anthropic sues the administration"
    assert article.file_name == "a.txt"
    assert article.date is None


def test_identity_is_the_sha256_of_the_normalised_text(write_article, tmp_path):
    text = "Headline\n\nBody text.\n"
    one = read_article(write_article("one.txt", text))
    two = read_article(write_article("two.txt", text, folder=tmp_path / "elsewhere"))
    assert one.sha256 == two.sha256 == hashlib.sha256(text.encode("utf-8")).hexdigest()
    assert one.key == one.sha256[:16]
    assert read_article(write_article("three.txt", text + "More.\n")).sha256 != one.sha256


def test_crlf_and_lone_cr_become_newlines(write_article):
    unix = read_article(write_article("unix.txt", b"Headline\n\nLine one.\nLine two.\n"))
    windows = read_article(write_article("windows.txt", b"Headline\r\n\r\nLine one.\r\nLine two.\r\n"))
    old_mac = read_article(write_article("mac.txt", b"Headline\r\rLine one.\rLine two.\r"))
    assert windows.text == old_mac.text == unix.text == "Headline\n\nLine one.\nLine two.\n"
    assert windows.sha256 == unix.sha256


def test_text_is_nfc_so_composed_and_decomposed_accents_are_one_article(write_article):
    composed = read_article(write_article("nfc.txt", "Caf\u00e9 owners\n\nThe caf\u00e9.\n"))
    decomposed = read_article(write_article("nfd.txt", "Cafe\u0301 owners\n\nThe cafe\u0301.\n"))
    assert decomposed.text == composed.text and decomposed.headline == "Caf\u00e9 owners"
    assert decomposed.sha256 == composed.sha256
    assert normalise("e\u0301\r\n") == "\u00e9\n"


def test_a_utf8_byte_order_mark_is_dropped(write_article):
    article = read_article(write_article("bom.txt", "\ufeffHeadline\n\nBody.\n".encode("utf-8")))
    assert article.headline == "Headline" and not article.text.startswith("\ufeff")


def test_a_date_line_gives_the_publication_date(write_article):
    path = write_article("dated.txt", "Headline\nDate: 2025-03-04\n\nBody.\n")
    assert read_article(path).date == "2025-03-04"
    assert read_article(path, date="2024-01-01").date == "2024-01-01"


@pytest.mark.parametrize("content, reason", [
    (b"", "the file is empty"),
    (b" \n\t\r\n", "the file is empty"),
    (b"\x01\x02\x00\x00\x00\rdata", "this looks like a binary file, not a text article"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "this is a PNG image, not a text article; save the article as plain UTF-8 text"),
    (b"<!DOCTYPE html>\n<html><body>News</body></html>", "this is an HTML page; save the article as plain text first"),
    (b"  <html lang='en'><p>News</p></html>", "this is an HTML page; save the article as plain text first"),
    ("Caf\u00e9 news\n\nLatin-1 text.\n".encode("latin-1"), "not UTF-8 text (byte 3); convert it with iconv -t UTF-8"),
], ids=["empty", "blank", "binary", "png", "html", "html-tag", "latin-1"])
def test_files_that_are_not_articles_give_one_line_errors(write_article, content, reason):
    path = write_article("bad.txt", content)
    with pytest.raises(ArticleError) as caught:
        read_article(path)
    assert str(caught.value) == f"{path}: {reason}"
    assert "\n" not in str(caught.value)


def test_missing_file_and_directory(tmp_path):
    with pytest.raises(ArticleError, match=r"missing\.txt: no such file$"):
        read_article(tmp_path / "missing.txt")
    with pytest.raises(ArticleError, match="is a directory$"):
        read_article(tmp_path)


def test_folders_expand_to_sorted_article_files_recursively(write_article, tmp_path):
    folder = tmp_path / "articles"
    for name in ("b.txt", "a.md", "sub/c.text", "sub/d.TXT", "notes.json", "image.png"):
        write_article(name, "Headline\n", folder=folder)
    single = write_article("z.dat", "Headline\n")
    found = article_paths([folder, single])
    assert found == [folder / "a.md", folder / "b.txt", folder / "sub/c.text", folder / "sub/d.TXT", single]


def test_an_empty_folder_and_a_missing_path_are_errors(tmp_path):
    (tmp_path / "empty").mkdir()
    with pytest.raises(ArticleError, match="no articles"):
        article_paths([tmp_path / "empty"])
    with pytest.raises(ArticleError, match=r"nowhere: no such file or folder$"):
        article_paths([tmp_path / "nowhere"])


def test_read_articles_reports_a_bad_file_and_goes_on(write_article, tmp_path):
    folder = tmp_path / "mixed"
    write_article("1.txt", "First\n\nGood.\n", folder=folder)
    write_article("2.txt", b"\x00\x01\x02", folder=folder)
    write_article("3.txt", "Third\n\nGood.\n", folder=folder)
    results = list(read_articles([folder]))
    assert [type(r).__name__ for r in results] == ["Article", "ArticleError", "Article"]
    assert [r.headline for r in results if not isinstance(r, ArticleError)] == ["First", "Third"]
