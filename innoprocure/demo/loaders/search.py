"""Demo content of the search app: nothing of its own; makes sure the index covers the demo content.

Signals index items as they are saved; this catches any that were loaded without signals. A second run
finds nothing stale and changes nothing.
"""

from innoprocure.search import indexer
from innoprocure.search.models import IndexedDocument


def load(out):
    indexer.sync()
    out.write(f"  search index covers {IndexedDocument.objects.count()} items")
