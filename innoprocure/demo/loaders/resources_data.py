"""Hand-written demo resources: original texts about real laws, programmes, organisations and practice.

Their text and facts are in content/resources/hand-written.toml, their attachments' source text in
content/resources/attachments/. Each entry becomes a dict (see `entry`). Attachments are generated as real files by
the loader; the words in ATTACHMENT_ONLY_WORDS occur only inside those files, never in a resource's own fields, so
that a search for them proves that attachment text is searchable.
"""

from innoprocure.demo.documents import read_document, read_toml

PLATFORM = "Innovation Procurement Platform"
CC_BY = "cc-by-4.0"


def entry(
    slug,
    kind,
    approach,
    year,
    language,
    title,
    summary,
    body,
    *,
    sectors,
    stages,
    countries,
    languages=None,
    publisher=PLATFORM,
    tags=(),
    url="",
    licence=CC_BY,  # the platform wrote the illustrative cases; real documents name their own licence
    partners=(),
    start=None,
    end=None,
    attachments=(),
    live=True,
    illustrative=False,
):
    return {
        "slug": slug,
        "resource_type": kind,
        "approach": approach,
        "publication_year": year,
        "main_language": language,
        "title": title,
        "summary": summary,
        "body": body,
        "sectors": list(sectors),
        "stages": list(stages),
        "countries": list(countries),
        "languages": list(languages or [language]),
        "publisher": publisher,
        "tags": list(tags),
        "external_url": url,
        "licence": licence,
        "project_partners": "\n".join(partners),
        "project_start": start,
        "project_end": end,
        "attachments": list(attachments),
        "live": live,
        "illustrative": illustrative,
    }


def _attachment(spec):
    """(kind, title, content) in the shape the file builders take: a document's structured text, rows or slides."""
    if "file" in spec:
        content = read_document(spec["file"])
    else:
        content = spec["rows"] if "rows" in spec else spec["slides"]
    return (spec["kind"], spec["title"], content)


def _entry(spec):
    fields = dict(spec)
    fields["body"] = fields["body"].strip("\n").split("\n\n")
    fields["attachments"] = [_attachment(attachment) for attachment in fields.get("attachments", [])]
    return entry(**fields)


_DATA = read_toml("resources/hand-written.toml")

# Words that occur in the demo attachments and nowhere else in the demo content.
ATTACHMENT_ONLY_WORDS = tuple(_DATA["attachment_only_words"])

HAND_WRITTEN = [_entry(spec) for spec in _DATA["resources"]]
