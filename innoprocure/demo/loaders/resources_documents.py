"""The demo's real documents: guides, templates, worksheets and checklists written for this platform.

Their source text is in content/resources/documents/ — Markdown for the documents, TOML for the workbooks — and
content/resources/documents.toml says which of the platform's own resources each is attached to, in which format.
The resources loader builds a multi-page PDF, DOCX, ODT or XLSX file from each, so that text extraction and search
work on documents of realistic length. Examples in them are about fictional organisations. PDF text stays within
Latin-1 (the built-in PDF fonts): amounts are written "EUR".
"""

from innoprocure.demo.documents import read_document, read_toml

# slug of one of the platform's own resources -> its documents: (kind, title, content)
DOCUMENTS = {
    slug: [(doc["kind"], doc["title"], read_document(doc["file"])) for doc in documents]
    for slug, documents in read_toml("resources/documents.toml").items()
}
