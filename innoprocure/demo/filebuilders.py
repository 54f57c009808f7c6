"""Small real documents built in memory: the demo loader's attachments (the tests build their samples with them too).

Each builder takes a title and paragraphs and returns the bytes of a genuine file of that format, so text
extraction runs on the same kind of input editors upload. The PDF, DOCX and ODT builders also take structured
content — a list whose items are paragraphs (strings) or blocks: ("h", heading), ("ul", [items]),
("table", [header, *rows]) — which is how the demo's multi-page documents are written.
"""

import io
import zipfile
from xml.sax.saxutils import escape

# fpdf2's built-in fonts cover Latin-1 only; these common characters get a plain equivalent.
_PDF_REPLACEMENTS = {"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-", "\u2026": "..."}


def _latin1(text):
    for char, plain in _PDF_REPLACEMENTS.items():
        text = text.replace(char, plain)
    return text.encode("latin-1", errors="replace").decode("latin-1")


def _blocks(content):
    """(kind, value) for each item of structured content; a plain string is a paragraph."""
    for item in content:
        yield ("p", item) if isinstance(item, str) else item


def build_pdf(title, paragraphs, author="", subtitle=""):
    from fpdf import FPDF
    from fpdf.enums import XPos, YPos

    pdf = FPDF(format="A4")
    pdf.set_title(_latin1(title))
    if author:
        pdf.set_author(_latin1(author))
    pdf.set_margins(20, 20, 20)
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    next_line = {"new_x": XPos.LMARGIN, "new_y": YPos.NEXT}
    pdf.set_font("Helvetica", style="B", size=16)
    pdf.multi_cell(0, 8, _latin1(title), **next_line)
    if subtitle:
        pdf.set_font("Helvetica", style="I", size=11)
        pdf.multi_cell(0, 6, _latin1(subtitle), **next_line)
    pdf.ln(4)
    for kind, value in _blocks(paragraphs):
        if kind == "h":
            pdf.ln(2)
            pdf.set_font("Helvetica", style="B", size=13)
            pdf.multi_cell(0, 7, _latin1(value), **next_line)
            pdf.ln(1)
        elif kind == "ul":
            pdf.set_font("Helvetica", size=11)
            for item in value:
                pdf.set_x(pdf.l_margin + 4)
                pdf.multi_cell(0, 5.5, _latin1(f"- {item}"), **next_line)
            pdf.ln(2)
        elif kind == "table":
            pdf.set_font("Helvetica", size=10)
            with pdf.table(line_height=5.5, text_align="LEFT") as table:
                for values in value:
                    row = table.row()
                    for cell in values:
                        row.cell(_latin1(str(cell)))
            pdf.ln(3)
        else:
            pdf.set_font("Helvetica", size=11)
            pdf.multi_cell(0, 5.5, _latin1(value), **next_line)
            pdf.ln(3)
    return bytes(pdf.output())


def build_docx(title, paragraphs, table=None):
    import docx

    document = docx.Document()
    document.core_properties.title = title
    document.add_heading(title, level=1)
    blocks = list(_blocks(paragraphs)) + ([("table", table)] if table else [])
    for kind, value in blocks:
        if kind == "h":
            document.add_heading(value, level=2)
        elif kind == "ul":
            for item in value:
                document.add_paragraph(item, style="List Bullet")
        elif kind == "table":
            grid = document.add_table(rows=len(value), cols=len(value[0]))
            grid.style = "Table Grid"
            for row_cells, row_values in zip(grid.rows, value, strict=True):
                for cell, cell_value in zip(row_cells.cells, row_values, strict=True):
                    cell.text = str(cell_value)
        else:
            document.add_paragraph(value)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _odf_table(name, rows, columns=0):
    """An OpenDocument table of text cells (ODT documents declare their columns, spreadsheets need not)."""
    from odf import table, text

    grid = table.Table(name=name)
    if columns:
        grid.addElement(table.TableColumn(numbercolumnsrepeated=columns))
    for values in rows:
        row = table.TableRow()
        for value in values:
            cell = table.TableCell(valuetype="string")
            cell.addElement(text.P(text=str(value)))
            row.addElement(cell)
        grid.addElement(row)
    return grid


def build_odt(title, paragraphs):
    from odf import text
    from odf.opendocument import OpenDocumentText

    document = OpenDocumentText()
    document.text.addElement(text.H(outlinelevel=1, text=title))
    for kind, value in _blocks(paragraphs):
        if kind == "h":
            document.text.addElement(text.H(outlinelevel=2, text=value))
        elif kind == "ul":
            items = text.List()
            for item in value:
                entry = text.ListItem()
                entry.addElement(text.P(text=item))
                items.addElement(entry)
            document.text.addElement(items)
        elif kind == "table":
            grid = _odf_table(f"Table{len(document.text.childNodes)}", value, columns=len(value[0]))
            document.text.addElement(grid)
        else:
            document.text.addElement(text.P(text=value))
    out = io.BytesIO()
    document.write(out)
    return out.getvalue()


def build_ods(title, rows):
    from odf.opendocument import OpenDocumentSpreadsheet

    document = OpenDocumentSpreadsheet()
    document.spreadsheet.addElement(_odf_table(title[:31], rows))
    out = io.BytesIO()
    document.write(out)
    return out.getvalue()


def build_xlsx(title, rows):
    """A workbook: `rows` fill one sheet, or {sheet name: rows} fill several; a value starting with "=" is a formula."""
    import openpyxl

    workbook = openpyxl.Workbook()
    sheets = rows if isinstance(rows, dict) else {title: rows}
    workbook.remove(workbook.active)
    for name, sheet_rows in sheets.items():
        sheet = workbook.create_sheet(name[:31])
        for values in sheet_rows:
            sheet.append(list(values))
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def build_pptx(slides):
    """A minimal PowerPoint file: one slide per list of text lines."""
    ns_p = "http://schemas.openxmlformats.org/presentationml/2006/main"
    ns_a = "http://schemas.openxmlformats.org/drawingml/2006/main"
    ns_r = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        overrides = "".join(
            f'<Override PartName="/ppt/slides/slide{number}.xml" '
            f'ContentType="application/vnd.openxmlformats-officedocument.presentationml.slide+xml"/>'
            for number in range(1, len(slides) + 1)
        )
        archive.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/ppt/presentation.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml"/>'
            f"{overrides}</Types>",
        )
        slide_ids = "".join(f'<p:sldId id="{255 + n}" r:id="rId{n}"/>' for n in range(1, len(slides) + 1))
        archive.writestr(
            "ppt/presentation.xml",
            f'<?xml version="1.0" encoding="UTF-8"?><p:presentation xmlns:p="{ns_p}" xmlns:r="{ns_r}">'
            f"<p:sldIdLst>{slide_ids}</p:sldIdLst></p:presentation>",
        )
        for number, lines in enumerate(slides, start=1):
            paragraphs = "".join(f"<a:p><a:r><a:t>{escape(line)}</a:t></a:r></a:p>" for line in lines)
            archive.writestr(
                f"ppt/slides/slide{number}.xml",
                f'<?xml version="1.0" encoding="UTF-8"?><p:sld xmlns:p="{ns_p}" xmlns:a="{ns_a}"><p:cSld><p:spTree>'
                f"<p:sp><p:txBody>{paragraphs}</p:txBody></p:sp></p:spTree></p:cSld></p:sld>",
            )
    return out.getvalue()


def build_rtf(title, paragraphs):
    def encode(value):
        out = []
        for char in value:
            if char in "\\{}":
                out.append("\\" + char)
            elif ord(char) < 128:
                out.append(char)
            else:
                out.append(f"\\u{ord(char) if ord(char) < 32768 else ord(char) - 65536}?")
        return "".join(out)

    body = "".join(f"{encode(paragraph)}\\par\n" for paragraph in paragraphs)
    return (
        "{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Times New Roman;}}{\\info{\\title "
        + encode(title)
        + "}}\n\\f0\\fs24 {\\b "
        + encode(title)
        + "}\\par\n"
        + body
        + "}"
    ).encode("ascii")
