"""Text extraction from every supported format, and a clear reason whenever there is no text."""

import io
import zipfile

import pytest

from innoprocure.demo import filebuilders
from innoprocure.resources.extraction import DONE, FAILED, MAX_TEXT, NO_TEXT, detect_file_type, extract_text
from innoprocure.resources.tests import broken_files

PARAGRAPHS = ["Ambulance drones deliver defibrillators to remote villages.", "Städte in Österreich kaufen gemeinsam ein."]


@pytest.mark.parametrize(
    ("kind", "data"),
    [
        ("pdf", filebuilders.build_pdf("Drone pilot report", PARAGRAPHS)),
        ("docx", filebuilders.build_docx("Drone pilot report", PARAGRAPHS, table=[["Lot", "Drones"], ["1", "defibrillators"]])),
        ("odt", filebuilders.build_odt("Drone pilot report", PARAGRAPHS)),
        ("rtf", filebuilders.build_rtf("Drone pilot report", PARAGRAPHS)),
        ("txt", "\n".join(PARAGRAPHS).encode()),
    ],
)
def test_text_documents_give_their_text(kind, data):
    assert detect_file_type(data) == kind
    text, status, note = extract_text(data)
    assert status == DONE, note
    assert "Ambulance drones deliver defibrillators" in text
    assert "Städte in Österreich" in text


def test_spreadsheets_give_the_text_of_their_cells():
    rows = [["Supplier", "Offer"], ["Heliostat Ltd", 125000]]
    for kind, data in (("xlsx", filebuilders.build_xlsx("Offers", rows)), ("ods", filebuilders.build_ods("Offers", rows))):
        assert detect_file_type(data) == kind
        text, status, _note = extract_text(data)
        assert status == DONE
        assert "Heliostat Ltd" in text and "125000" in text


def test_presentations_give_the_text_of_their_slides():
    data = filebuilders.build_pptx([["Innovation day"], ["Exercise: rewrite a requirement", "Q & A <live>"]])
    assert detect_file_type(data) == "pptx"
    text, status, _note = extract_text(data)
    assert status == DONE
    assert text.splitlines() == ["Innovation day", "Exercise: rewrite a requirement", "Q & A <live>"]


def test_a_password_protected_pdf_has_no_text_and_says_why():
    data = broken_files.build_encrypted_pdf("Confidential prices", ["Unit price 12 EUR"])
    text, status, note = extract_text(data)
    assert (text, status) == ("", NO_TEXT)
    assert "password" in note


def test_a_pdf_protected_only_against_editing_is_still_read():
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(filebuilders.build_pdf("Open report", PARAGRAPHS))))
    writer.encrypt(user_password="", owner_password="owner-secret", algorithm="AES-128")
    out = io.BytesIO()
    writer.write(out)
    text, status, _note = extract_text(out.getvalue())
    assert status == DONE
    assert "defibrillators" in text


def test_a_scanned_pdf_without_text_layer_asks_for_ocr():
    text, status, note = extract_text(broken_files.build_scanned_pdf(pages=2))
    assert (text, status) == ("", NO_TEXT)
    assert "scanned" in note and "OCR" in note


def test_a_corrupt_pdf_fails_with_a_reason_instead_of_crashing():
    text, status, note = extract_text(broken_files.build_corrupt_pdf())
    assert (text, status) == ("", FAILED)
    assert "damaged" in note


def test_a_truncated_office_file_fails_with_a_reason():
    data = filebuilders.build_docx("Report", PARAGRAPHS)[:600]
    text, status, note = extract_text(data, "docx")
    assert (text, status) == ("", FAILED)
    assert "damaged" in note


def test_a_zip_bomb_is_not_unpacked(monkeypatch):
    from innoprocure.resources import extraction

    monkeypatch.setattr(extraction, "MAX_UNPACKED", 100_000)  # the real limit is 200 MB
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", "<w/>")
        archive.writestr("filler.bin", b"\0" * 200_000)
    assert len(out.getvalue()) < 2_000
    _text, status, note = extract_text(out.getvalue(), "docx")
    assert status == FAILED
    assert "MB" in note


def test_web_pages_and_empty_files_are_not_taken_for_text():
    assert detect_file_type(b"<!DOCTYPE html><html><script>alert(1)</script></html>") is None
    assert extract_text(b"<html><body>x</body></html>").status == FAILED
    assert extract_text(b"") == ("", NO_TEXT, "The file is empty.")


def test_plain_text_in_windows_encoding_and_with_control_characters():
    text, status, _note = extract_text("Café crème\x00 über\r\n\r\n\r\nNext".encode("cp1252"), "txt")
    assert status == DONE
    assert text == "Café crème über\n\nNext"


def test_rtf_unicode_escapes_and_skipped_font_tables():
    data = rb"{\rtf1\ansi{\fonttbl{\f0 Arial;}}{\*\generator Writer;}Gr\u252?n und \'e9t\'e9\par Zweite Zeile}"
    text, status, _note = extract_text(data)
    assert status == DONE
    assert text == "Grün und été\nZweite Zeile"
    assert "Arial" not in text and "Writer" not in text


def test_very_long_text_is_capped():
    data = ("word " * (MAX_TEXT // 4)).encode()
    text, status, note = extract_text(data, "txt")
    assert status == DONE
    assert len(text) <= MAX_TEXT
    assert "first" in note
