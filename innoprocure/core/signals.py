from innoprocure.core import taxonomies


def sync_taxonomies(sender, **kwargs):
    taxonomies.sync()
