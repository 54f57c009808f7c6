"""Checking uploaded files by what they contain, not by what they are called, and serving them safely.

    from innoprocure.core.uploads import validate_upload, UploadValidator, safe_download_headers

    kind = validate_upload(request.FILES["evidence"], allowed=("pdf", "docx", "odt"))   # raises ValidationError
    attachment = models.FileField(validators=[UploadValidator(allowed=("pdf", "docx"))])
    return safe_download_headers(FileResponse(document.file.open("rb")), document.filename)

A file passes when its content really is one of the allowed kinds and it is no larger than settings.MAX_UPLOAD_SIZE.
The name only matters in one way: a name that claims another known kind (a PDF named "report.docx") is refused, so
that browsers and users are never misled about what they download. HTML, SVG and executables are refused whatever
they are called. The file is rewound afterwards so the caller can save or parse it.
"""

import codecs
import re
import zipfile
from pathlib import PurePath

import filetype
from defusedxml import ElementTree as SafeElementTree
from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.deconstruct import deconstructible
from django.utils.http import content_disposition_header
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

# What users call each kind, for error messages.
KIND_LABELS = {
    "pdf": _("PDF"),
    "docx": _("Word document (.docx)"),
    "xlsx": _("Excel workbook (.xlsx)"),
    "pptx": _("PowerPoint presentation (.pptx)"),
    "odt": _("OpenDocument text (.odt)"),
    "ods": _("OpenDocument spreadsheet (.ods)"),
    "odp": _("OpenDocument presentation (.odp)"),
    "rtf": _("Rich Text Format (.rtf)"),
    "txt": _("plain text (.txt)"),
    "csv": _("CSV table (.csv)"),
    "xml": _("XML (.xml)"),
    "png": _("PNG image"),
    "jpg": _("JPEG image"),
    "gif": _("GIF image"),
    "webp": _("WebP image"),
}

# Handy sets for callers.
DOCUMENT_KINDS = ("pdf", "docx", "xlsx", "pptx", "odt", "ods", "odp", "rtf", "txt", "csv")
IMAGE_KINDS = ("png", "jpg", "gif", "webp")

# File-name extensions that mean each kind.
EXTENSIONS = {
    "pdf": {"pdf"},
    "docx": {"docx"},
    "xlsx": {"xlsx"},
    "pptx": {"pptx"},
    "odt": {"odt"},
    "ods": {"ods"},
    "odp": {"odp"},
    "rtf": {"rtf"},
    "txt": {"txt", "text", "md"},
    "csv": {"csv", "tsv"},
    "xml": {"xml"},
    "png": {"png"},
    "jpg": {"jpg", "jpeg"},
    "gif": {"gif"},
    "webp": {"webp"},
}
# Kinds that are the same bytes under another name: a CSV is plain text and may arrive as .txt.
INTERCHANGEABLE = {"txt": {"csv"}, "csv": {"txt"}}

OOXML_MAIN_PARTS = {"docx": "word/document.xml", "xlsx": "xl/workbook.xml", "pptx": "ppt/presentation.xml"}
ODF_MIMETYPES = {
    "odt": b"application/vnd.oasis.opendocument.text",
    "ods": b"application/vnd.oasis.opendocument.spreadsheet",
    "odp": b"application/vnd.oasis.opendocument.presentation",
}
IMAGE_MIMES = {"png": "image/png", "jpg": "image/jpeg", "gif": "image/gif", "webp": "image/webp"}

HEAD_SIZE = 8192
# Markup a browser would run or render as a page if it ever sniffed the file.
MARKUP_START = re.compile(rb"^\s*<\s*(!--|!doctype|html|head|body|script|iframe|svg|object|embed|meta|style|a\s|div|\?xml)", re.I)
# A page a browser would render: optional comments, then an HTML or SVG element.
HTML_START = re.compile(
    rb"^\s*(<!--.*?-->\s*)*<\s*(!doctype\s+html|html|head|body|script|iframe|svg|object|embed|meta|style|frameset)\b", re.I | re.S
)
DANGEROUS_ROOTS = {"html", "svg", "{http://www.w3.org/1999/xhtml}html", "{http://www.w3.org/2000/svg}svg"}
EXECUTABLE_MIMES = {
    "application/x-executable",
    "application/x-elf",
    "application/x-mach-binary",
    "application/x-shockwave-flash",
    "application/wasm",
    "application/vnd.microsoft.portable-executable",
}
# ELF, Mach-O (both byte orders, fat binaries) and scripts with an interpreter line.
EXECUTABLE_MAGIC = (b"\x7fELF", b"\xcf\xfa\xed\xfe", b"\xce\xfa\xed\xfe", b"\xfe\xed\xfa\xcf", b"\xca\xfe\xba\xbe", b"#!/")


def _read_head(uploaded_file, size=HEAD_SIZE):
    uploaded_file.seek(0)
    return uploaded_file.read(size) or b""


def _zip_names(uploaded_file):
    uploaded_file.seek(0)
    try:
        with zipfile.ZipFile(uploaded_file) as archive:
            return set(archive.namelist())
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        return set()


def _is_ooxml(uploaded_file, head, kind):
    # docx/xlsx/pptx are zip packages with a content-types manifest and a main part named after the kind.
    if not head.startswith(b"PK\x03\x04"):
        return False
    names = _zip_names(uploaded_file)
    return "[Content_Types].xml" in names and OOXML_MAIN_PARTS[kind] in names


def _is_odf(uploaded_file, head, kind):
    # ODF puts an uncompressed "mimetype" entry first; its bytes sit at offset 38 of the file.
    if not head.startswith(b"PK\x03\x04"):
        return False
    uploaded_file.seek(0)
    try:
        with zipfile.ZipFile(uploaded_file) as archive:
            if "mimetype" not in archive.namelist():
                return False
            return archive.read("mimetype").strip() == ODF_MIMETYPES[kind]
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, KeyError):
        return False


def _text(head):
    """The head decoded as UTF-8 text, or None when it is binary or starts like a web page."""
    if b"\x00" in head or MARKUP_START.match(head.removeprefix(codecs.BOM_UTF8)):
        return None
    try:
        # The head may cut a multi-byte character in two: an incremental decoder forgives only that.
        codecs.getincrementaldecoder("utf-8")().decode(head, final=False)
    except UnicodeDecodeError:
        return None
    return head


def _is_text_file(uploaded_file, head):
    if _text(head) is None:
        return False
    # Read the rest in chunks: a NUL byte or invalid UTF-8 anywhere means it is not text.
    decoder = codecs.getincrementaldecoder("utf-8")()
    uploaded_file.seek(0)
    try:
        while chunk := uploaded_file.read(1024 * 1024):
            if b"\x00" in chunk:
                return False
            decoder.decode(chunk)
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return False
    return True


def _is_xml(uploaded_file, head):
    if b"\x00" in head:
        return False
    stripped = head.removeprefix(codecs.BOM_UTF8).lstrip()
    if not stripped.startswith(b"<"):
        return False
    uploaded_file.seek(0)
    try:
        # defusedxml refuses entity tricks; the whole document must be well-formed.
        events = SafeElementTree.iterparse(uploaded_file, events=("start",))
        root_tag = None
        for _event, element in events:
            if root_tag is None:
                root_tag = element.tag
                if str(root_tag).lower() in DANGEROUS_ROOTS:
                    return False
        return root_tag is not None
    except Exception:  # any parse error (ParseError, defusedxml's refusals) means "not XML we accept"
        return False


def _matches(kind, uploaded_file, head):
    if kind == "pdf":
        return head.startswith(b"%PDF-")
    if kind in OOXML_MAIN_PARTS:
        return _is_ooxml(uploaded_file, head, kind)
    if kind in ODF_MIMETYPES:
        return _is_odf(uploaded_file, head, kind)
    if kind == "rtf":
        return head.startswith(b"{\\rtf")
    if kind in ("txt", "csv"):
        return _is_text_file(uploaded_file, head)
    if kind == "xml":
        return _is_xml(uploaded_file, head)
    if kind in IMAGE_MIMES:
        guess = filetype.guess(head)
        return guess is not None and guess.mime == IMAGE_MIMES[kind]
    raise ValueError(f"Unknown upload kind {kind!r}; known kinds: {', '.join(KIND_LABELS)}")


def _looks_dangerous(head):
    """A short description when the content is something we never accept, whatever the allowed kinds are."""
    guess = filetype.guess(head)
    windows_program = head.startswith(b"MZ") and b"\x00" in head[:64]
    if windows_program or head.startswith(EXECUTABLE_MAGIC) or (guess is not None and guess.mime in EXECUTABLE_MIMES):
        return _("a program")
    if HTML_START.match(head.removeprefix(codecs.BOM_UTF8)):
        return _("a web page")
    return None


def describe_kinds(kinds):
    return ", ".join(str(KIND_LABELS[kind]) for kind in kinds)


def _refuse(allowed, found=None):
    if found:
        raise ValidationError(
            _("This file appears to be %(found)s, which cannot be uploaded. Accepted file types: %(types)s."),
            code="invalid_file_type",
            params={"found": found, "types": describe_kinds(allowed)},
        )
    raise ValidationError(
        _("This file is not one of the accepted types (%(types)s). The type is checked from the file's content, not its name."),
        code="invalid_file_type",
        params={"types": describe_kinds(allowed)},
    )


def _kind_of_name(name):
    extension = PurePath(name or "").suffix.lower().lstrip(".")
    return next((kind for kind, extensions in EXTENSIONS.items() if extension in extensions), None)


def validate_upload(uploaded_file, allowed=DOCUMENT_KINDS, max_size=None):
    """Return the kind of the file (one of `allowed`) or raise ValidationError saying what is accepted."""
    allowed = tuple(allowed)
    for kind in allowed:
        if kind not in KIND_LABELS:
            raise ValueError(f"Unknown upload kind {kind!r}; known kinds: {', '.join(KIND_LABELS)}")
    limit = max_size if max_size is not None else settings.MAX_UPLOAD_SIZE
    size = getattr(uploaded_file, "size", None)
    if size is not None and size > limit:
        raise ValidationError(
            _("This file is %(size)s; files may be at most %(limit)s."),
            code="file_too_large",
            params={"size": filesizeformat(size), "limit": filesizeformat(limit)},
        )
    if size == 0:
        raise ValidationError(_("This file is empty."), code="empty_file")
    try:
        head = _read_head(uploaded_file)
        dangerous = _looks_dangerous(head)
        if dangerous:
            _refuse(allowed, dangerous)
        # Try the kind the name claims first, then the others.
        named_kind = _kind_of_name(getattr(uploaded_file, "name", ""))
        candidates = sorted(allowed, key=lambda kind: kind != named_kind)
        kind = next((kind for kind in candidates if _matches(kind, uploaded_file, head)), None)
        if kind is None:
            _refuse(allowed)
        if named_kind and named_kind != kind and named_kind not in INTERCHANGEABLE.get(kind, ()):
            raise ValidationError(
                _(
                    "The file name ends in “.%(extension)s”, but the file's content is of another type (%(kind)s). "
                    "Please rename the file or upload the right one."
                ),
                code="extension_mismatch",
                params={"extension": PurePath(uploaded_file.name).suffix.lower().lstrip("."), "kind": KIND_LABELS[kind]},
            )
        return kind
    finally:
        uploaded_file.seek(0)


@deconstructible
class UploadValidator:
    """A field validator: `FileField(validators=[UploadValidator(allowed=("pdf", "docx"))])`."""

    def __init__(self, allowed=DOCUMENT_KINDS, max_size=None):
        self.allowed = tuple(allowed)
        self.max_size = max_size

    def __call__(self, value):
        # A model FileField hands over a FieldFile; only check files that are being uploaded now.
        if getattr(value, "_committed", False) is True:
            return
        validate_upload(value, allowed=self.allowed, max_size=self.max_size)

    def __eq__(self, other):
        return isinstance(other, UploadValidator) and (self.allowed, self.max_size) == (other.allowed, other.max_size)

    def __hash__(self):
        return hash((self.allowed, self.max_size))


def accepted_types_help(allowed=DOCUMENT_KINDS):
    """Help text for a file field: which types and how large."""
    return format_lazy(
        "{} {} {} {}",
        _("Accepted file types:"),
        describe_kinds(allowed),
        _("· largest size:"),
        filesizeformat(settings.MAX_UPLOAD_SIZE),
    )


def safe_download_headers(response, filename):
    """Make a response carrying a user's upload safe: always downloaded, never sniffed, never run as a page."""
    response["Content-Disposition"] = content_disposition_header(True, PurePath(filename or "download").name)
    response["X-Content-Type-Options"] = "nosniff"
    # If a browser renders it anyway, it gets no scripts, no plugins and no access to the site's origin.
    response["Content-Security-Policy"] = "default-src 'none'; style-src 'unsafe-inline'; sandbox"
    response["Cross-Origin-Resource-Policy"] = "same-origin"
    response["Referrer-Policy"] = "no-referrer"
    return response
