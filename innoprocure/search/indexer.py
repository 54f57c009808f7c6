"""Keeping the search index in step with the resources: one resource at a time (signals) or all at once (rebuild).

Both paths read resources through `load_documents`, so what a resource contributes is defined once. Unchanged
text (same fingerprint) is not analysed again: saving a resource in the admin fires a dozen signals (the
resource, each attachment, each tag, each many-to-many field) and only the first that sees new text pays.
"""

import hashlib
import html
import re
import sys
import uuid
from array import array
from bisect import bisect_left
from dataclasses import dataclass, field
from itertools import islice

from django.db import connection, transaction

from innoprocure.search.analysis import analyse_document, analyser_for, encode_positions, fold, variants
from innoprocure.search.models import IndexedResource, IndexState, Posting, Term, Word, WordVariant

CHUNK = 500  # parameters per IN (...) list, below SQLite's limit

_TAG = re.compile(r"<[^>]*>")
_SPACE = re.compile(r"\s+")


def html_to_text(value):
    """Plain text of rich-text HTML: tags become spaces, entities are decoded."""
    if not value:
        return ""
    return _SPACE.sub(" ", html.unescape(_TAG.sub(" ", value))).strip()


def chunks(items, size=CHUNK):
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


@dataclass
class Document:
    """A live resource as the index sees it."""

    resource_id: int
    analyser: str
    fields: list = field(default_factory=list)  # [(field name, text)] in analysis.FIELD_WEIGHTS
    row: dict = field(default_factory=dict)  # IndexedResource values except fingerprint

    @property
    def fingerprint(self):
        digest = hashlib.sha1(usedforsecurity=False)
        digest.update(self.analyser.encode())
        for name, text in self.fields:
            digest.update(b"\x00" + name.encode() + b"\x00" + text.encode("utf-8", "replace"))
        return digest.hexdigest()


def _resource_models():
    from innoprocure.resources.models import Resource, ResourceAttachment, ResourceTag

    return Resource, ResourceAttachment, ResourceTag


# (IndexedResource field, Resource many-to-many field, value on the related model)
MANY_TO_MANY = (
    ("sectors", "sectors", "slug"),
    ("stages", "stages", "slug"),
    ("countries", "countries", "pk"),
    ("languages", "languages", "pk"),
)


def load_documents(resource_ids):
    """{id: Document} for those of `resource_ids` that are live; a few queries for any number of resources."""
    Resource, ResourceAttachment, ResourceTag = _resource_models()
    rows = Resource.objects.filter(pk__in=resource_ids, live=True).values(
        "pk",
        "title",
        "summary",
        "body",
        "publisher",
        "resource_type",
        "approach",
        "publication_year",
        "first_published_at",
        "created_at",
        "main_language_id",
    )
    rows = {row["pk"]: row for row in rows}
    if not rows:
        return {}
    ids = list(rows)
    multi = {rid: {name: [] for name, _f, _v in MANY_TO_MANY} for rid in ids}
    for name, field_name, value in MANY_TO_MANY:
        m2m = Resource._meta.get_field(field_name)
        through = m2m.remote_field.through
        source, target = m2m.m2m_field_name(), m2m.m2m_reverse_field_name()
        column = f"{target}_id" if value == "pk" else f"{target}__{value}"
        for batch in chunks(ids):
            for rid, item in through.objects.filter(**{f"{source}_id__in": batch}).values_list(f"{source}_id", column):
                multi[rid][name].append(item)
    tag_names = {rid: [] for rid in ids}
    tag_slugs = {rid: [] for rid in ids}
    attachment_texts = {rid: [] for rid in ids}
    for batch in chunks(ids):
        for rid, name, slug in ResourceTag.objects.filter(content_object_id__in=batch).values_list(
            "content_object_id", "tag__name", "tag__slug"
        ):
            tag_names[rid].append(name)
            tag_slugs[rid].append(slug)
        attachments = (
            ResourceAttachment.objects.filter(resource_id__in=batch)
            .exclude(extracted_text="")
            .order_by("resource_id", "sort_order", "pk")
            .values_list("resource_id", "extracted_text")
        )
        for rid, text in attachments:
            attachment_texts[rid].append(text)
    documents = {}
    for rid, row in rows.items():
        body_text = html_to_text(row["body"])
        analyser = analyser_for(row["main_language_id"])
        documents[rid] = Document(
            resource_id=rid,
            analyser=analyser,
            fields=[
                ("title", row["title"]),
                ("tags", " · ".join(sorted(tag_names[rid]))),
                ("summary", row["summary"]),
                ("publisher", row["publisher"]),
                ("body", body_text),
                ("attachments", "\n\n".join(attachment_texts[rid])),
            ],
            row={
                "analyser": analyser,
                "resource_type": row["resource_type"],
                "approach": row["approach"],
                "year": row["publication_year"],
                "published": row["first_published_at"] or row["created_at"],
                "title_sort": fold(row["title"])[:255],
                "sectors": " ".join(sorted(multi[rid]["sectors"])),
                "stages": " ".join(sorted(multi[rid]["stages"])),
                "countries": " ".join(sorted(multi[rid]["countries"])),
                "languages": " ".join(sorted(multi[rid]["languages"])),
                "tags": " ".join(sorted(tag_slugs[rid])),
                "body_text": body_text,
            },
        )
    return documents


# --- packed posting lists -----------------------------------------------------------------------------------------


def pack(ids, weights):
    """A term's posting list as bytes: the resource ids (ascending), then their weights; uint32 little-endian."""
    ids, weights = array("I", ids), array("I", weights)
    if sys.byteorder == "big":
        ids.byteswap()
        weights.byteswap()
    return ids.tobytes() + weights.tobytes()


def unpack(data):
    """(ids, weights) as arrays from pack()'s bytes (memoryview or bytes)."""
    values = array("I")
    values.frombytes(bytes(data or b""))
    if sys.byteorder == "big":
        values.byteswap()
    half = len(values) // 2
    return values[:half], values[half:]


# --- version ----------------------------------------------------------------------------------------------------


def current_version():
    """The index version every cache is keyed by; read from the database, so all processes agree."""
    return IndexState.objects.filter(pk=1).values_list("version", flat=True).first() or "0"


def bump_version():
    IndexState.objects.update_or_create(pk=1, defaults={"version": uuid.uuid4().hex})


# --- one resource at a time ---------------------------------------------------------------------------------------


def index_resources(resource_ids):
    """Bring the index up to date for these resources (added, changed, unpublished or deleted)."""
    resource_ids = list(dict.fromkeys(resource_ids))
    if not resource_ids:
        return
    with transaction.atomic():
        documents = load_documents(resource_ids)
        existing = {row.pk: row for row in IndexedResource.objects.filter(pk__in=resource_ids)}
        changed = False
        for rid in resource_ids:
            document, row = documents.get(rid), existing.get(rid)
            if document is None:
                if row is not None or Posting.objects.filter(resource_id=rid).exists():
                    remove_resource(rid, bump=False)
                    changed = True
                continue
            fingerprint = document.fingerprint
            if row is None or row.fingerprint != fingerprint:
                _write_postings(document)
                changed = True
            values = {**document.row, "fingerprint": fingerprint}
            if row is None:
                IndexedResource.objects.create(resource_id=rid, **values)
                changed = True
            elif any(getattr(row, name) != value for name, value in values.items()):
                IndexedResource.objects.filter(pk=rid).update(**values)
                changed = True
        if changed:
            bump_version()


def remove_resource(resource_id, bump=True):
    with transaction.atomic():
        term_ids = list(Posting.objects.filter(resource_id=resource_id).values_list("term_id", flat=True))
        Posting.objects.filter(resource_id=resource_id).delete()
        update_packed(resource_id, dict.fromkeys(term_ids))
        IndexedResource.objects.filter(pk=resource_id).delete()
        if bump:
            bump_version()


def update_packed(resource_id, changes):
    """Apply one resource's changes {term id: new weight, or None to remove} to the terms' packed lists.

    Rows are locked in id order (PostgreSQL; SQLite serialises writers anyway), so concurrent saves of
    resources sharing terms neither lose an update nor deadlock. df follows the list's length.
    """
    for batch in chunks(sorted(changes)):
        rows = Term.objects.select_for_update().filter(pk__in=batch).order_by("pk").values_list("pk", "postings")
        for term_id, data in rows:
            ids, weights = unpack(data)
            weight = changes[term_id]
            at = bisect_left(ids, resource_id)
            present = at < len(ids) and ids[at] == resource_id
            if weight is None:
                if not present:
                    continue
                del ids[at], weights[at]
            elif present:
                if weights[at] == weight:
                    continue
                weights[at] = weight
            else:
                ids.insert(at, resource_id)
                weights.insert(at, weight)
            Term.objects.filter(pk=term_id).update(postings=pack(ids, weights), df=len(ids))


def _write_postings(document):
    rid = document.resource_id
    entries, words, _length = analyse_document(document.fields, document.analyser)
    old = dict(Posting.objects.filter(resource_id=rid).values_list("term_id", "weight"))
    Posting.objects.filter(resource_id=rid).delete()
    term_ids = ensure_terms(entries)
    Posting.objects.bulk_create(
        [
            Posting(term_id=term_ids[key], resource_id=rid, weight=weight, positions=encode_positions(positions))
            for key, (weight, positions) in entries.items()
        ],
        batch_size=CHUNK,
    )
    changes = {term_ids[key]: weight for key, (weight, _positions) in entries.items() if old.get(term_ids[key]) != weight}
    changes.update(dict.fromkeys(old.keys() - set(term_ids.values())))
    update_packed(rid, changes)
    ensure_words(words)


def ensure_terms(keys):
    """{key: term id}, creating the terms that do not exist yet."""
    keys = list(keys)
    found = {}
    for batch in chunks(keys):
        found.update(Term.objects.filter(key__in=batch).values_list("key", "pk"))
    missing = [key for key in keys if key not in found]
    if missing:
        Term.objects.bulk_create([Term(key=key, df=0) for key in missing], ignore_conflicts=True, batch_size=CHUNK)
        for batch in chunks(missing):
            found.update(Term.objects.filter(key__in=batch).values_list("key", "pk"))
    return found


def ensure_words(words):
    """Add new vocabulary words and their one-letter-deleted variants (for "did you mean")."""
    words = list(words)
    known = set()
    for batch in chunks(words):
        known.update(Word.objects.filter(text__in=batch).values_list("text", flat=True))
    new = [word for word in words if word not in known]
    if not new:
        return
    Word.objects.bulk_create([Word(text=word) for word in new], ignore_conflicts=True, batch_size=CHUNK)
    rows = []
    for batch in chunks(new):
        for word_id, text in Word.objects.filter(text__in=batch).values_list("pk", "text"):
            rows.extend(WordVariant(variant=variant, word_id=word_id) for variant in variants(text))
    WordVariant.objects.bulk_create(rows, ignore_conflicts=True, batch_size=CHUNK)


# --- everything at once -------------------------------------------------------------------------------------------

INDEX_TABLES = (Posting, WordVariant, Word, Term, IndexedResource)
ROW_FIELDS = (
    "analyser",
    "resource_type",
    "approach",
    "year",
    "published",
    "title_sort",
    "sectors",
    "stages",
    "countries",
    "languages",
    "tags",
    "body_text",
)


def _table(model):
    return connection.ops.quote_name(model._meta.db_table)


def bulk_insert(model, columns, rows):
    """Insert many rows fast: COPY on PostgreSQL, executemany elsewhere. Rows are tuples in `columns` order."""
    table = _table(model)
    names = ", ".join(connection.ops.quote_name(column) for column in columns)
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            with cursor.cursor.copy(f"COPY {table} ({names}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
        else:
            placeholders = ", ".join(["%s"] * len(columns))
            cursor.executemany(f"INSERT INTO {table} ({names}) VALUES ({placeholders})", rows)  # noqa: S608


def _reset_sequences(*models):
    from django.core.management.color import no_style

    statements = connection.ops.sequence_reset_sql(no_style(), list(models))
    if statements:
        with connection.cursor() as cursor:
            for statement in statements:
                cursor.execute(statement)


def rebuild(resource_ids=None, batch_size=1000, progress=None, fast=False):
    """Recreate the whole index from the live resources; returns the number of resources indexed.

    Terms and words get their ids here rather than from the database, so every table is written with one
    bulk insert per batch and nothing is read back. `fast` drops the postings' secondary indexes while loading
    and builds them once at the end (several times faster; on PostgreSQL searches wait until it is done).
    """
    Resource, _attachment, _tag = _resource_models()
    if resource_ids is None:
        resource_ids = Resource.objects.filter(live=True).order_by("pk").values_list("pk", flat=True)
    resource_ids = list(resource_ids)
    term_ids, packed, vocabulary = {}, [], set()  # packed[term id - 1] = (resource ids, weights)
    indexed = 0
    with transaction.atomic():
        with connection.cursor() as cursor:
            if connection.vendor == "sqlite":
                cursor.execute("PRAGMA cache_size = -262144")  # 256 MB while building
            for model in INDEX_TABLES:
                cursor.execute(f"DELETE FROM {_table(model)}")  # noqa: S608
        if fast:
            _posting_indexes("remove_sql")
        for batch in chunks(resource_ids, batch_size):
            documents = load_documents(batch)
            postings, rows = [], []
            for rid in batch:
                document = documents.get(rid)
                if document is None:
                    continue
                entries, words, _length = analyse_document(document.fields, document.analyser)
                for key, (weight, positions) in entries.items():
                    term_id = term_ids.get(key)
                    if term_id is None:
                        term_id = term_ids[key] = len(term_ids) + 1
                        packed.append((array("I"), array("I")))
                    ids, weights = packed[term_id - 1]
                    ids.append(rid)  # resources come in id order, so the lists stay sorted
                    weights.append(weight)
                    postings.append((term_id, rid, weight, encode_positions(positions)))
                vocabulary |= words
                values = {**document.row, "published": connection.ops.adapt_datetimefield_value(document.row["published"])}
                rows.append((rid, document.fingerprint, *(values[name] for name in ROW_FIELDS)))
            postings.sort()
            bulk_insert(Posting, ("term_id", "resource_id", "weight", "positions"), postings)
            bulk_insert(IndexedResource, ("resource_id", "fingerprint", *ROW_FIELDS), rows)
            indexed += len(rows)
            if progress:
                progress(indexed)
        bulk_insert(
            Term,
            ("id", "key", "df", "postings"),
            ((tid, key, len(packed[tid - 1][0]), pack(*packed[tid - 1])) for key, tid in term_ids.items()),
        )
        words = sorted(vocabulary)
        bulk_insert(Word, ("id", "text"), enumerate(words, start=1))
        bulk_insert(
            WordVariant,
            ("variant", "word_id"),
            ((variant, word_id) for word_id, word in enumerate(words, start=1) for variant in variants(word)),
        )
        _reset_sequences(Term, Word)
        if fast:
            _posting_indexes("create_sql")
        bump_version()
    analyse_tables()
    return indexed


def _posting_indexes(action):
    """Drop ("remove_sql") or create ("create_sql") the postings' secondary indexes, inside the transaction."""
    editor = connection.schema_editor(collect_sql=True)  # only to write the SQL; SQLite's cannot be entered here
    editor.deferred_sql = []
    with connection.cursor() as cursor:
        for index in Posting._meta.indexes:
            cursor.execute(str(getattr(index, action)(Posting, editor)))


def analyse_tables():
    """Refresh the planner's statistics after a bulk load."""
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            for model in INDEX_TABLES:
                cursor.execute(f"ANALYZE {_table(model)}")
        elif connection.vendor == "sqlite":
            cursor.execute("ANALYZE")


def sync():
    """Index what the index is missing or has stale, drop what should not be there; returns the ids touched."""
    Resource, _attachment, _tag = _resource_models()
    live = set(Resource.objects.filter(live=True).values_list("pk", flat=True))
    indexed = set(IndexedResource.objects.values_list("pk", flat=True))
    ids = sorted(live | indexed)
    for batch in chunks(ids, 200):
        index_resources(batch)
    return ids
