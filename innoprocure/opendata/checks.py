from django.conf import settings
from django.core import checks

from innoprocure.opendata import licences


@checks.register()
def metadata_licence(app_configs, **kwargs):
    if settings.OPEN_DATA_LICENCE in licences.BY_CODE:
        return []
    return [
        checks.Error(
            f"OPEN_DATA_LICENCE is {settings.OPEN_DATA_LICENCE!r}, which is not a licence code.",
            hint=f"Use one of: {', '.join(licences.BY_CODE)}.",
            id="opendata.E001",
        )
    ]
