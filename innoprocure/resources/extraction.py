"""Text extraction from attachments: bytes in, (text, status, note) out — no models, no storage.

Every failure becomes a status with a reason an editor understands ("the PDF is password-protected",
"no text layer: probably a scanned image"); nothing here raises for a bad file.
"""

import io
import logging
import re
import zipfile
from typing import NamedTuple

from django.utils.translation import gettext as _

logger = logging.getLogger(__name__)
# pypdf warns about every irregularity it repairs; a damaged file already ends up as a status with a reason.
logging.getLogger("pypdf").setLevel(logging.ERROR)

# Statuses, as stored in ResourceAttachment.extraction_status.
DONE = "done"
NO_TEXT = "no-text"
FAILED = "failed"

# Most text kept per file (characters): a long report fits; a spreadsheet dump does not swamp the index.
MAX_TEXT = 1_000_000
# A ZIP-based office file that unpacks to more than this is refused (zip bombs).
MAX_UNPACKED = 200 * 1024 * 1024

FILE_TYPES = ("pdf", "docx", "odt", "ods", "xlsx", "pptx", "txt", "rtf")


class Extraction(NamedTuple):
    text: str
    status: str
    note: str


# --- detecting the type from the content ---------------------------------------------------------------------

_ODF_MIMETYPES = {
    b"application/vnd.oasis.opendocument.text": "odt",
    b"application/vnd.oasis.opendocument.spreadsheet": "ods",
}


def detect_file_type(data: bytes) -> str | None:
    """The attachment type from the first bytes and, for ZIP containers, their parts; None if not supported."""
    head = data[:1024]
    if b"%PDF-" in head:  # the header may follow a little junk, as readers allow
        return "pdf"
    if head.startswith(b"{\\rtf"):
        return "rtf"
    if head.startswith(b"PK\x03\x04"):
        return _detect_zip_type(data)
    if _looks_like_plain_text(data):
        return "txt"
    return None


def _detect_zip_type(data):
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
            if "mimetype" in names:
                return _ODF_MIMETYPES.get(archive.read("mimetype").strip())
    except (zipfile.BadZipFile, OSError, KeyError, ValueError):
        return None
    if "word/document.xml" in names:
        return "docx"
    if "xl/workbook.xml" in names:
        return "xlsx"
    if "ppt/presentation.xml" in names:
        return "pptx"
    return None


_MARKUP = re.compile(rb"^\s*(<!doctype|<html|<\?xml|<svg|<script|<head|<body)", re.IGNORECASE)


def _looks_like_plain_text(data):
    sample = data[:8192]
    if not sample or b"\x00" in sample or _MARKUP.match(sample):
        return False
    try:
        sample.decode("utf-8")
    except UnicodeDecodeError as error:
        # A multi-byte character cut at the end of the sample is still text.
        if error.start < len(sample) - 4:
            try:
                sample.decode("cp1252")
            except UnicodeDecodeError:
                return False
    controls = sum(1 for byte in sample if byte < 32 and byte not in (9, 10, 12, 13))
    return controls <= len(sample) // 100


# --- extraction ---------------------------------------------------------------------------------------------------


def extract_text(data: bytes, file_type: str | None = None) -> Extraction:
    """Extract the readable text of a file. `file_type` is detected from the content when not given."""
    file_type = file_type or detect_file_type(data)
    if not data:
        return Extraction("", NO_TEXT, _("The file is empty."))
    extractor = _EXTRACTORS.get(file_type)
    if extractor is None:
        if data.startswith(b"PK\x03\x04"):
            return Extraction("", FAILED, _("The file is damaged: its ZIP container cannot be opened."))
        return Extraction("", FAILED, _("This file type is not supported for text extraction."))
    if file_type in ("docx", "xlsx", "pptx", "odt", "ods"):
        problem = _zip_problem(data)
        if problem:
            return Extraction("", FAILED, problem)
    try:
        result = extractor(data)
    except Exception as error:  # Any parser error on a damaged file is a "failed" status, never a crash.
        logger.debug("Text extraction failed for a %s file: %r", file_type, error)
        return Extraction("", FAILED, _("The file is damaged or is not a valid %(type)s file.") % {"type": file_type.upper()})
    if isinstance(result, Extraction):
        return result
    return _finish(result)


def _finish(text, empty_note=None):
    text = clean_text(text)
    if not text:
        return Extraction("", NO_TEXT, empty_note or _("The file contains no text."))
    if len(text) > MAX_TEXT:
        cut = text.rfind(" ", 0, MAX_TEXT)
        text = text[: cut if cut > MAX_TEXT - 1000 else MAX_TEXT]
        return Extraction(text, DONE, _("Only the first %(count)s characters are searchable.") % {"count": f"{MAX_TEXT:,}"})
    return Extraction(text, DONE, "")


_SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")
_BLANK_LINES = re.compile(r"\n\s*\n+")
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


def clean_text(text):
    """Collapse runs of spaces and blank lines; drop NUL and other control characters (PostgreSQL rejects NUL)."""
    text = _CONTROLS.sub("", text or "")
    lines = (_SPACES.sub(" ", line).strip() for line in text.split("\n"))
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()


def _zip_problem(data):
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, OSError, ValueError):
        return _("The file is damaged: its ZIP container cannot be opened.")
    if unpacked > MAX_UNPACKED:
        return _("The file unpacks to more than %(size)s MB and was not read.") % {"size": MAX_UNPACKED // (1024 * 1024)}
    return None


def _pdf(data):
    from pypdf import PdfReader
    from pypdf.errors import DependencyError, FileNotDecryptedError

    reader = PdfReader(io.BytesIO(data))
    if reader.is_encrypted:
        # Many PDFs are encrypted only against editing (empty user password); those can still be read.
        try:
            decrypted = reader.decrypt("")
        except (DependencyError, NotImplementedError):
            decrypted = 0
        if not decrypted:
            return Extraction("", NO_TEXT, _("The PDF is password-protected, so its text cannot be read."))
    parts = []
    length = 0
    try:
        for page in reader.pages:
            page_text = page.extract_text() or ""
            parts.append(page_text)
            length += len(page_text)
            if length > MAX_TEXT:
                break
    except FileNotDecryptedError:
        return Extraction("", NO_TEXT, _("The PDF is password-protected, so its text cannot be read."))
    if not reader.pages:
        return Extraction("", FAILED, _("The PDF has no pages."))
    return _finish(
        "\n\n".join(parts),
        empty_note=_("The PDF has no text layer (probably a scanned image). Run text recognition (OCR) and upload it again."),
    )


def _docx(data):
    import docx

    document = docx.Document(io.BytesIO(data))
    parts = []
    for section in document.sections:
        parts.extend(paragraph.text for paragraph in section.header.paragraphs)
    parts.extend(paragraph.text for paragraph in document.paragraphs)
    for table in document.tables:
        for row in table.rows:
            parts.append(" | ".join(cell.text for cell in row.cells))
    for section in document.sections:
        parts.extend(paragraph.text for paragraph in section.footer.paragraphs)
    return "\n".join(parts)


def _odf_ordered(data):
    """ODT/ODS text in document order (headings and paragraphs interleaved)."""
    from odf import teletype
    from odf.namespaces import TEXTNS
    from odf.opendocument import load

    document = load(io.BytesIO(data))
    parts = []

    def walk(node):
        for child in node.childNodes:
            if getattr(child, "qname", None) in ((TEXTNS, "p"), (TEXTNS, "h")):
                parts.append(teletype.extractText(child))
            elif child.nodeType == child.ELEMENT_NODE:
                walk(child)

    walk(document.body)
    return "\n".join(parts)


def _xlsx(data):
    import openpyxl

    workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    parts = []
    length = 0
    try:
        for sheet in workbook.worksheets:
            parts.append(sheet.title)
            for row in sheet.iter_rows(values_only=True):
                line = " | ".join(str(value) for value in row if value is not None and str(value).strip())
                if line:
                    parts.append(line)
                    length += len(line)
                if length > MAX_TEXT:
                    return "\n".join(parts)
    finally:
        workbook.close()
    return "\n".join(parts)


def _pptx(data):
    from defusedxml import ElementTree

    drawing = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
    slide_name = re.compile(r"ppt/slides/slide(\d+)\.xml$")
    parts = []
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        slides = sorted((int(match.group(1)), name) for name in archive.namelist() if (match := slide_name.match(name)))
        for _number, name in slides:
            root = ElementTree.fromstring(archive.read(name))
            for paragraph in root.iter(f"{drawing}p"):
                parts.append("".join(node.text or "" for node in paragraph.iter(f"{drawing}t")))
    return "\n".join(parts)


def _txt(data):
    for encoding in ("utf-8-sig", "cp1252", "latin-1"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("utf-8", errors="replace")


# RTF: control words, hex escapes, \uN escapes; destinations that hold no body text are skipped.
_RTF_TOKEN = re.compile(r"\\([a-zA-Z]+)(-?\d+)? ?|\\'([0-9a-fA-F]{2})|\\([^a-zA-Z])|([{}])|([^\\{}]+)", re.DOTALL)
_RTF_SKIP = {
    "fonttbl",
    "colortbl",
    "stylesheet",
    "info",
    "pict",
    "header",
    "footer",
    "headerl",
    "headerr",
    "footerl",
    "footerr",
    "object",
    "themedata",
    "datastore",
    "listtable",
    "listoverridetable",
    "rsidtbl",
    "generator",
    "xmlnstbl",
    "latentstyles",
}
_RTF_BREAKS = {"par": "\n", "line": "\n", "sect": "\n\n", "page": "\n\n", "tab": "\t", "cell": " | ", "row": "\n"}


def _rtf(data):
    source = data.decode("latin-1")
    out = []
    stack = []  # (skipping, unicode skip count) saved at each "{"
    skipping = False
    uc = 1
    pending_skip = 0  # characters to drop after a \uN escape
    for word, arg, hex_code, symbol, brace, text in _RTF_TOKEN.findall(source):
        if brace == "{":
            stack.append((skipping, uc))
            continue
        if brace == "}":
            skipping, uc = stack.pop() if stack else (False, 1)
            continue
        if symbol == "*":
            skipping = True
            continue
        if word:
            if word in _RTF_SKIP:
                skipping = True
            elif word == "uc" and arg:
                uc = int(arg)
            elif word == "u" and arg and not skipping:
                code = int(arg)
                out.append(chr(code + 65536 if code < 0 else code))
                pending_skip = uc
            elif word in _RTF_BREAKS and not skipping:
                out.append(_RTF_BREAKS[word])
            continue
        if skipping:
            continue
        if hex_code:
            if pending_skip:
                pending_skip -= 1
                continue
            out.append(bytes([int(hex_code, 16)]).decode("cp1252", errors="replace"))
        elif symbol:
            if symbol in "\\{}":
                out.append(symbol)
            elif symbol == "~":
                out.append("\u00a0")
            elif symbol in "\n\r":
                out.append("\n")
        elif text:
            text = text.replace("\r", "").replace("\n", "")
            if pending_skip:
                dropped = min(pending_skip, len(text))
                text = text[dropped:]
                pending_skip -= dropped
            out.append(text)
    return "".join(out)


_EXTRACTORS = {
    "pdf": _pdf,
    "docx": _docx,
    "odt": _odf_ordered,
    "ods": _odf_ordered,
    "xlsx": _xlsx,
    "pptx": _pptx,
    "txt": _txt,
    "rtf": _rtf,
}
