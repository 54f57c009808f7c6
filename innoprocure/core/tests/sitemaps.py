"""Read the whole sitemap the way a crawler does: the index, then every section page it lists."""

import re
from urllib.parse import urlsplit


def sitemap_xml(client):
    index = client.get("/sitemap.xml").content.decode()
    parts = []
    for loc in re.findall(r"<loc>([^<]+)</loc>", index):
        address = urlsplit(loc)
        parts.append(client.get(address.path + (f"?{address.query}" if address.query else "")).content.decode())
    return "\n".join(parts)
