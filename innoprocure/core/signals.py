from innoprocure.core import taxonomies


def sync_taxonomies(sender, plan=None, **kwargs):
    # `migrate` passes its plan (a list, empty when nothing was to do); `flush` passes none. After a flush — in
    # tests with serialized rollback — the saved rows come back by themselves and must not meet fresh copies.
    if plan is not None:
        taxonomies.sync()
        from innoprocure.core.site import sync_site_address

        sync_site_address()
