"""Keeping the search index in step with the registered document types: a few items at a time (signals) or all
at once (rebuild).

Both paths read items through their type's `documents()`, so what an item contributes is defined once, by its
app (innoprocure.search.registry). Unchanged text (same fingerprint) is not analysed again: saving a resource in
the admin fires a dozen signals and only the first that sees new text pays.
"""

import sys
import threading
import uuid
from array import array
from bisect import bisect_left
from contextlib import contextmanager
from itertools import islice

from django.db import connection, transaction
from django.db.models.constants import OnConflict

from innoprocure.search import registry
from innoprocure.search.analysis import analyse_document, encode_positions, fold, variants
from innoprocure.search.models import IndexedDocument, IndexState, Posting, Term, Word, WordVariant

CHUNK = 500  # parameters per IN (...) list, below SQLite's limit


def chunks(items, size=CHUNK):
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


def document_row(document):
    """IndexedDocument values of a Document, fingerprint included."""
    return {
        "analyser": document.analyser,
        "fingerprint": document.fingerprint,
        "published": document.published,
        "title_sort": fold(document.title)[:255],
        "facets": document.facet_text(),
        "body_text": document.body_text,
    }


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


# --- a few items at a time ---------------------------------------------------------------------------------------


_deferral = threading.local()  # .pending: {doc type: {object id: None}} while inside deferred()


@contextmanager
def deferred():
    """Hold back the index writes of the items saved or deleted inside the block and write them together at its
    end, in bulk: one analysis pass, one term lookup and one update per term for all of them, instead of one round
    per item (a bulk import saves hundreds of items in a row). Nested blocks join the outermost one. When the block
    raises, nothing is written (its transaction is being rolled back anyway).
    """
    if getattr(_deferral, "pending", None) is not None:
        yield
        return
    _deferral.pending = {}
    try:
        yield
        pending = _deferral.pending
    finally:
        _deferral.pending = None
    for doc_type, ids in pending.items():
        for batch in chunks(ids, 200):
            index_objects(doc_type, batch)


def _defer(doc_type, object_ids):
    pending = getattr(_deferral, "pending", None)
    if pending is None:
        return False
    pending.setdefault(doc_type, {}).update(dict.fromkeys(object_ids))
    return True


def index_objects(doc_type, object_ids):
    """Bring the index up to date for these items of one type (added, changed, hidden or deleted)."""
    object_ids = list(dict.fromkeys(object_ids))
    kind = registry.get(doc_type)
    if not object_ids or kind is None or _defer(doc_type, object_ids):
        return
    with transaction.atomic():
        documents = kind.documents(object_ids)
        existing = {row.object_id: row for row in IndexedDocument.objects.filter(doc_type=doc_type, object_id__in=object_ids)}
        changed, removed, new, analyse = False, [], [], []
        for object_id in object_ids:
            document, row = documents.get(object_id), existing.get(object_id)
            if document is None:
                if row is not None:
                    removed.append(row.pk)
                continue
            values = document_row(document)
            if row is None:
                new.append((IndexedDocument(doc_type=doc_type, object_id=object_id, **values), document))
                continue
            if row.fingerprint != values["fingerprint"]:
                analyse.append((row.pk, document))
            if any(getattr(row, name) != value for name, value in values.items()):
                IndexedDocument.objects.filter(pk=row.pk).update(**values)
                changed = True
        for pk in removed:
            remove_document(pk, bump=False)
        fresh = []
        if new:
            rows = IndexedDocument.objects.bulk_create([row for row, _document in new], batch_size=CHUNK)
            fresh = [(row.pk, document) for row, (_row, document) in zip(rows, new, strict=True)]
        _write_postings_many(analyse, fresh)
        if changed or removed or analyse or fresh:
            bump_version()


def remove_objects(doc_type, object_ids):
    object_ids = list(object_ids)
    if _defer(doc_type, object_ids):  # at the block's end the items are gone, so index_objects removes them
        return
    with transaction.atomic():
        rows = list(IndexedDocument.objects.filter(doc_type=doc_type, object_id__in=object_ids).values_list("pk", flat=True))
        for pk in rows:
            remove_document(pk, bump=False)
        if rows:
            bump_version()


def remove_document(document_id, bump=True):
    with transaction.atomic():
        term_ids = list(Posting.objects.filter(document_id=document_id).values_list("term_id", flat=True))
        Posting.objects.filter(document_id=document_id).delete()
        update_packed(document_id, dict.fromkeys(term_ids))
        IndexedDocument.objects.filter(pk=document_id).delete()
        if bump:
            bump_version()


def update_packed(document_id, changes):
    """Apply one document's changes {term id: new weight, or None to remove} to the terms' packed lists."""
    update_packed_many({term_id: {document_id: weight} for term_id, weight in changes.items()})


def update_packed_many(changes):
    """Apply {term id: {document id: new weight, or None to remove}} to the terms' packed lists, one write per term.

    Rows are locked in id order (PostgreSQL; SQLite serialises writers anyway), so concurrent saves of
    documents sharing terms neither lose an update nor deadlock. df follows the list's length.
    """
    for batch in chunks(sorted(changes)):
        rows = Term.objects.select_for_update().filter(pk__in=batch).order_by("pk").values_list("pk", "postings")
        updated = []
        for term_id, data in rows:
            ids, weights = unpack(data)
            dirty = False
            for document_id, weight in sorted(changes[term_id].items()):
                at = bisect_left(ids, document_id)
                present = at < len(ids) and ids[at] == document_id
                if weight is None:
                    if not present:
                        continue
                    del ids[at], weights[at]
                elif present:
                    if weights[at] == weight:
                        continue
                    weights[at] = weight
                else:
                    ids.insert(at, document_id)
                    weights.insert(at, weight)
                dirty = True
            if dirty:
                updated.append((pack(ids, weights), len(ids), term_id))
        if updated:
            table, postings, df = _table(Term), *(connection.ops.quote_name(name) for name in ("postings", "df"))
            with connection.cursor() as cursor:
                cursor.executemany(f"UPDATE {table} SET {postings} = %s, {df} = %s WHERE id = %s", updated)  # noqa: S608


def _write_postings(rid, document):
    _write_postings_many([(rid, document)])


def _write_postings_many(items, fresh=()):
    """(Re)write the postings of these [(IndexedDocument id, Document)], all together; `fresh`: more of them, for
    documents just added, which have no postings yet to look up and replace."""
    items = [*items, *fresh]
    if not items:
        return
    analysed = [(rid, analyse_document(document.fields, document.analyser)) for rid, document in items]
    new_ids = {rid for rid, _document in fresh}
    rids = [rid for rid, _analysis in analysed if rid not in new_ids]
    old = {}
    for batch in chunks(rids):
        for document_id, term_id, weight in Posting.objects.filter(document_id__in=batch).values_list(
            "document_id", "term_id", "weight"
        ):
            old.setdefault(document_id, {})[term_id] = weight
        Posting.objects.filter(document_id__in=batch).delete()
    term_ids = ensure_terms(dict.fromkeys(key for _rid, (entries, _w, _l) in analysed for key in entries))
    postings, changes, vocabulary = [], {}, set()
    restricted = {rid for rid, document in items if document.restricted}
    for rid, (entries, words, _length) in analysed:
        before = old.get(rid, {})
        now = {}
        for key, (weight, positions) in entries.items():
            term_id = term_ids[key]
            now[term_id] = weight
            postings.append((term_id, rid, weight, encode_positions(positions)))
            if before.get(term_id) != weight:
                changes.setdefault(term_id, {})[rid] = weight
        for term_id in before.keys() - now.keys():
            changes.setdefault(term_id, {})[rid] = None
        if rid not in restricted:  # "did you mean" never proposes a word only some may find
            vocabulary |= words
    bulk_insert(Posting, ("term_id", "document_id", "weight", "positions"), postings)
    update_packed_many(changes)
    ensure_words(vocabulary)


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
    bulk_insert(Word, ("text",), [(word,) for word in new], ignore_conflicts=True)
    rows = []
    for batch in chunks(new):
        for word_id, text in Word.objects.filter(text__in=batch).values_list("pk", "text"):
            rows.extend((variant, word_id) for variant in variants(text))
    bulk_insert(WordVariant, ("variant", "word_id"), rows, ignore_conflicts=True)


# --- everything at once -------------------------------------------------------------------------------------------

INDEX_TABLES = (Posting, WordVariant, Word, Term, IndexedDocument)
ROW_FIELDS = ("doc_type", "object_id", "analyser", "fingerprint", "published", "title_sort", "facets", "body_text")


def _table(model):
    return connection.ops.quote_name(model._meta.db_table)


def bulk_insert(model, columns, rows, ignore_conflicts=False):
    """Insert many rows fast: COPY on PostgreSQL, executemany elsewhere. Rows are tuples in `columns` order.
    `ignore_conflicts`: rows that would break a unique constraint are left out (one executemany everywhere)."""
    table = _table(model)
    names = ", ".join(connection.ops.quote_name(column) for column in columns)
    if ignore_conflicts:
        if not rows:
            return
        fields = [model._meta.get_field(column) for column in columns]
        statement = connection.ops.insert_statement(on_conflict=OnConflict.IGNORE)
        suffix = connection.ops.on_conflict_suffix_sql(fields, OnConflict.IGNORE, None, None)
        placeholders = ", ".join(["%s"] * len(columns))
        with connection.cursor() as cursor:  # names from the model, values as parameters
            cursor.executemany(f"{statement} {table} ({names}) VALUES ({placeholders}) {suffix}", rows)
        return
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


def rebuild(doc_types=None, batch_size=1000, progress=None, fast=False, extra=()):
    """Recreate the whole index from the visible items of every type; returns the number of documents indexed.

    `extra`: further Documents to index as they are (the benchmark's synthetic corpus).

    Documents, terms and words get their ids here rather than from the database, so every table is written with
    one bulk insert per batch and nothing is read back. `fast` drops the postings' secondary indexes while
    loading and builds them once at the end (several times faster; on PostgreSQL searches wait until it is done).
    """
    kinds = [registry.get(key) for key in doc_types] if doc_types is not None else list(registry.types().values())
    term_ids, packed, vocabulary = {}, [], set()  # packed[term id - 1] = (document ids, weights)
    indexed = 0
    with transaction.atomic():
        with connection.cursor() as cursor:
            if connection.vendor == "sqlite":
                cursor.execute("PRAGMA cache_size = -262144")  # 256 MB while building
            for model in INDEX_TABLES:
                cursor.execute(f"DELETE FROM {_table(model)}")  # noqa: S608
        if fast:
            _posting_indexes("remove_sql")

        def batches():
            for kind in kinds:
                for batch in chunks(kind.visible_ids().order_by("pk"), batch_size):
                    documents = kind.documents(batch)
                    yield [documents[object_id] for object_id in batch if object_id in documents]
            yield from chunks(extra, batch_size)

        for documents in batches():
            postings, rows = [], []
            for document in documents:
                indexed += 1
                rid = indexed  # documents come in id order, so the posting lists stay sorted
                entries, words, _length = analyse_document(document.fields, document.analyser)
                for key, (weight, positions) in entries.items():
                    term_id = term_ids.get(key)
                    if term_id is None:
                        term_id = term_ids[key] = len(term_ids) + 1
                        packed.append((array("I"), array("I")))
                    ids, weights = packed[term_id - 1]
                    ids.append(rid)
                    weights.append(weight)
                    postings.append((term_id, rid, weight, encode_positions(positions)))
                if not document.restricted:  # "did you mean" never proposes a word only some may find
                    vocabulary |= words
                values = document_row(document)
                values.update(doc_type=document.doc_type, object_id=document.object_id)
                values["published"] = connection.ops.adapt_datetimefield_value(values["published"])
                rows.append((rid, *(values[name] for name in ROW_FIELDS)))
            postings.sort()
            bulk_insert(IndexedDocument, ("id", *ROW_FIELDS), rows)
            bulk_insert(Posting, ("term_id", "document_id", "weight", "positions"), postings)
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
        _reset_sequences(Term, Word, IndexedDocument)
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


def sync(doc_types=None):
    """Index what the index is missing or has stale, drop what should not be there; returns how many items were checked."""
    checked = 0
    known = registry.types()
    for key, kind in known.items():
        if doc_types and key not in doc_types:
            continue
        visible = set(kind.visible_ids())
        indexed = set(IndexedDocument.objects.filter(doc_type=key).values_list("object_id", flat=True))
        ids = sorted(visible | indexed)
        for batch in chunks(ids, 200):
            index_objects(key, batch)
        checked += len(ids)
    if not doc_types:  # types no longer registered (an app removed): their documents go
        for pk in IndexedDocument.objects.exclude(doc_type__in=list(known)).values_list("pk", flat=True):
            remove_document(pk)
    return checked
