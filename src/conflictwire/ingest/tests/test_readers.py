import json

import pytest

from conflictwire.ingest import read_inputs
from conflictwire.ingest import readers
from conflictwire.records import Article, InputError


def read(paths):
    items = list(read_inputs(paths))
    return [i for i in items if isinstance(i, Article)], [i for i in items if isinstance(i, InputError)]


def test_txt_html_jsonl_in_a_folder(tmp_path):
    (tmp_path / "a.txt").write_text("Title line\n\nGunmen attacked Gao.\n", encoding="utf-8")
    (tmp_path / "b.html").write_text("<html><body><p>Text</p></body></html>", encoding="utf-8")
    (tmp_path / "c.jsonl").write_text(json.dumps({"id": "x1", "maintext": "Body", "source_domain": "rfi.fr",
                                                  "date_publish": "2024-02-03 10:00:00"}) + "\n", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("ignored", encoding="utf-8")
    articles, errors = read([tmp_path])
    assert errors == []
    by_format = {a.format: a for a in articles}
    assert set(by_format) == {"text", "html"}
    record = next(a for a in articles if a.id == "x1")
    assert record.outlet == "rfi.fr" and record.published.isoformat() == "2024-02-03"


def test_content_hash_ids_are_stable_and_whitespace_blind(tmp_path):
    (tmp_path / "one.txt").write_text("Gunmen   attacked Gao.\n", encoding="utf-8")
    (tmp_path / "two.txt").write_text("Gunmen attacked\nGao.", encoding="utf-8")
    articles, _ = read([tmp_path])
    assert articles[0].id == articles[1].id and len(articles[0].id) == 16


def test_bad_inputs_are_reported_and_the_rest_goes_on(tmp_path):
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02garbage\x00")
    (tmp_path / "empty.txt").write_text("   \n", encoding="utf-8")
    (tmp_path / "notes.docx").write_bytes(b"PK\x03\x04")
    (tmp_path / "good.txt").write_text("Soldiers clashed with militants in Kidal.", encoding="utf-8")
    (tmp_path / "feed.jsonl").write_text('{"id": "ok", "text": "Fine."}\n{"id": "bad", "text": \n'
                                         '{"id": "notext", "title": "t"}\n["a list"]\n', encoding="utf-8")
    articles, errors = read([tmp_path, tmp_path / "missing.txt"])
    reasons = {e.origin.split("/")[-1]: e.reason for e in errors}
    assert "binary" in reasons["binary.txt"]
    assert reasons["empty.txt"] == "empty file"
    assert "unsupported file type" in reasons["notes.docx"]
    assert "broken JSON" in reasons["feed.jsonl:2"]
    assert "no text" in reasons["feed.jsonl:3"]
    assert "not a JSON object" in reasons["feed.jsonl:4"]
    assert "no such file" in reasons["missing.txt"]
    assert sorted(a.id for a in articles if a.id == "ok") == ["ok"] and len(articles) == 2


def test_legacy_encoding_is_detected(tmp_path):
    text = "Des hommes armés ont attaqué le village de Ségou, tuant trois civils près du marché."
    (tmp_path / "fr.txt").write_bytes(text.encode("cp1252"))
    articles, errors = read([tmp_path])
    assert not errors and "armés" in articles[0].text


def test_huge_file_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(readers, "MAX_FILE_BYTES", 100)
    (tmp_path / "big.txt").write_text("x " * 200, encoding="utf-8")
    articles, errors = read([tmp_path])
    assert not articles and "too large" in errors[0].reason


@pytest.mark.parametrize("value,expected", [("2024-05-01", "2024-05-01"), ("2024-05-01T23:10:00Z", "2024-05-01"),
                                            ("not a date", None), ("", None), (None, None)])
def test_publication_dates(value, expected):
    parsed = readers.parse_date(value)
    assert (parsed.isoformat() if parsed else None) == expected
