"""Where files that are not for everybody are kept.

Membership evidence, letters of authorisation and resource attachments are served only through views that check
who may see them. They live outside MEDIA_ROOT (in PRIVATE_MEDIA_ROOT), so no web server or proxy serving /media/
can hand them out.
"""

import os

from django.conf import settings
from django.core.files.storage import FileSystemStorage


class PrivateStorage(FileSystemStorage):
    # Read the setting on every use, so a deployment or a test that changes it is followed.
    @property
    def base_location(self):
        return settings.PRIVATE_MEDIA_ROOT

    @property
    def location(self):
        return os.path.abspath(self.base_location)

    @property
    def base_url(self):
        return "/private-media/"  # never served: downloads go through views that check permissions


def private_storage():
    # A callable, so migrations record this reference rather than a path of this machine.
    return PrivateStorage()
