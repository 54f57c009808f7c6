"""The nightly bulk export, as a background task run by `manage.py db_worker`."""

from django_tasks import task

from innoprocure.opendata import dumps


@task()
def export_open_data():
    """Write the JSON Lines and CSV dumps; returns {file name: records}."""
    return dumps.write_all()
