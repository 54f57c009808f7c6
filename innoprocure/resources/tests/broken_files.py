"""Files that text extraction cannot read: password-protected, scanned and damaged PDFs. Test fixtures only."""

import io

from innoprocure.demo.filebuilders import build_pdf


def build_encrypted_pdf(title, paragraphs, password="open-sesame"):  # noqa: S107 - a sample file, not a secret
    """A PDF that needs a password to be opened: its text cannot be extracted."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(build_pdf(title, paragraphs))))
    writer.encrypt(user_password=password, owner_password=password + "-owner", algorithm="AES-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def build_scanned_pdf(pages=1):
    """A PDF as a scanner makes it: only drawings (here grey bars standing for lines of print), no text layer."""
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    for _page in range(pages):
        pdf.add_page()
        pdf.set_fill_color(90, 90, 90)
        for line in range(30):
            pdf.rect(20, 25 + line * 8, 120 + (line * 37) % 50, 4, style="F")
    return bytes(pdf.output())


def build_corrupt_pdf():
    """Starts like a PDF, then the bytes are garbage: a damaged download or a truncated upload."""
    return b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R" + bytes(range(256)) * 8
