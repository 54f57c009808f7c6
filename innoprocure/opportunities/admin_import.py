"""Uploading TED eForms notices in the Wagtail admin: one or more XML files, or a zip of them. The files are checked in
the request, then imported in the background (the `import_uploaded_notices` task); the result page shows the
progress and then the same summary as `manage.py import_eforms` (imported, updated, unchanged, skipped and failed,
each with its reason).

Who may import: staff who may both add and change opportunities. The view and its menu item are registered with
Wagtail's hooks below; opportunities/wagtail_hooks.py imports this module.
"""

import zipfile

from django import forms
from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.defaultfilters import filesizeformat
from django.urls import NoReverseMatch, path, reverse, reverse_lazy
from django.utils.decorators import method_decorator
from django.utils.text import get_valid_filename
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.generic import FormView, TemplateView
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from innoprocure.core.uploads import validate_upload
from innoprocure.opportunities.importers.eforms import MAX_NOTICE_BYTES
from innoprocure.opportunities.importers.run import ImportReport, Result
from innoprocure.opportunities.models import TedImport

REQUIRED_PERMISSIONS = ("opportunities.add_opportunity", "opportunities.change_opportunity")
MAX_FILES = 100
# A zip may hold many notices; what it unpacks to is limited too (a small zip can expand enormously).
MAX_ZIP_MEMBERS = 5000
MAX_ZIP_UNPACKED = 500 * 1024 * 1024


def can_import(user):
    return user.is_active and user.has_perms(REQUIRED_PERMISSIONS)


class MultipleFileInput(forms.FileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", MultipleFileInput(attrs={"accept": ".xml,.zip,application/xml,text/xml,application/zip"}))
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        single = super().clean
        files = [item for item in (data if isinstance(data, list | tuple) else [data]) if item]
        if not files:
            return [single(None, initial)]  # "This field is required."
        return [single(item, initial) for item in files]


def validate_zip(uploaded):
    """A real zip (by content) of XML files that unpacks to a sensible size."""
    uploaded.seek(0)
    try:
        with zipfile.ZipFile(uploaded) as archive:
            members = [info for info in archive.infolist() if not info.is_dir()]
            xml_members = [info for info in members if info.filename.lower().endswith(".xml")]
            if not xml_members:
                raise ValidationError(_("%(name)s: the zip holds no XML file."), params={"name": uploaded.name})
            if len(members) > MAX_ZIP_MEMBERS:
                raise ValidationError(
                    _("%(name)s: the zip holds more than %(count)d files."),
                    params={"name": uploaded.name, "count": MAX_ZIP_MEMBERS},
                )
            if sum(info.file_size for info in members) > MAX_ZIP_UNPACKED or any(
                info.file_size > MAX_NOTICE_BYTES for info in xml_members
            ):
                raise ValidationError(
                    _("%(name)s: the zip unpacks to more than %(size)s."),
                    params={"name": uploaded.name, "size": filesizeformat(MAX_ZIP_UNPACKED)},
                )
    except (zipfile.BadZipFile, EOFError, OSError):
        raise ValidationError(_("%(name)s: the zip file is damaged."), params={"name": uploaded.name})
    finally:
        uploaded.seek(0)


class TedImportForm(forms.Form):
    files = MultipleFileField(label=_("Notice files"))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["files"].help_text = _(
            "One or more eForms XML notices as published on TED, or a zip of them; up to %(size)s each."
        ) % {"size": filesizeformat(settings.MAX_UPLOAD_SIZE)}

    def clean_files(self):
        files = self.cleaned_data["files"]
        if len(files) > MAX_FILES:
            raise ValidationError(_("Upload at most %(count)d files at once, or put them in a zip."), params={"count": MAX_FILES})
        errors = []
        for uploaded in files:
            uploaded.seek(0)
            is_zip = uploaded.read(4) == b"PK\x03\x04"
            uploaded.seek(0)
            try:
                if is_zip:
                    if uploaded.size > settings.MAX_UPLOAD_SIZE:
                        raise ValidationError(
                            _("This file is %(size)s; files may be at most %(limit)s."),
                            params={"size": filesizeformat(uploaded.size), "limit": filesizeformat(settings.MAX_UPLOAD_SIZE)},
                        )
                    validate_zip(uploaded)
                else:
                    # By content: well-formed XML (entity tricks refused), within the size limit, not misnamed.
                    validate_upload(uploaded, allowed=("xml",))
            except ValidationError as error:
                for message in error.messages:
                    errors.append(message if uploaded.name in message else f"{uploaded.name}: {message}")
        if errors:
            raise ValidationError(errors)
        return files


class TedImportView(WagtailAdminTemplateMixin, FormView):
    template_name = "opportunities/admin/import.html"
    form_class = TedImportForm
    page_title = _("Import notices from TED")
    header_icon = "download"

    def dispatch(self, request, *args, **kwargs):
        if not can_import(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def form_valid(self, form):
        from innoprocure.opportunities.tasks import import_uploaded_notices

        files = form.cleaned_data["files"]
        upload = TedImport.objects.create(user=self.request.user, file_names=[uploaded.name for uploaded in files])
        save_uploads(files, upload.folder)
        transaction.on_commit(lambda: import_uploaded_notices.enqueue(upload.pk))
        return HttpResponseRedirect(reverse("opportunities_ted_import_result", args=[upload.pk]))


def save_uploads(files, folder):
    """The checked files, under names of their own (never a path from the browser), for the task to import."""
    folder.mkdir(parents=True, exist_ok=True)
    for number, uploaded in enumerate(files, start=1):
        name = get_valid_filename(uploaded.name.rsplit("/", 1)[-1]) or "notice.xml"
        target = folder / name
        if target.exists():
            target = folder / f"{number}-{name}"
        uploaded.seek(0)
        with target.open("wb") as out:
            for chunk in uploaded.chunks():
                out.write(chunk)


@method_decorator(never_cache, name="dispatch")
class TedImportResultView(WagtailAdminTemplateMixin, TemplateView):
    """An upload's progress while it runs, then what happened to each notice."""

    template_name = "opportunities/admin/import_result.html"
    page_title = _("Import notices from TED")
    header_icon = "download"

    def dispatch(self, request, *args, **kwargs):
        if not can_import(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": reverse("opportunities_ted_import"), "label": self.page_title}]

    def get_context_data(self, **kwargs):
        upload = get_object_or_404(TedImport, pk=self.kwargs["pk"])
        report = None
        if upload.status == TedImport.Status.DONE:
            report = ImportReport([Result(**result) for result in upload.results])
            for result in report.results:
                result.edit_url = _edit_url(result.opportunity_id)
        return super().get_context_data(upload=upload, report=report, form=TedImportForm(), **kwargs)


def _edit_url(pk):
    if not pk:
        return ""
    try:
        return reverse("wagtailsnippets_opportunities_opportunity:edit", args=[pk])
    except NoReverseMatch:
        return ""


class ImportMenuItem(MenuItem):
    def is_shown(self, request):
        return can_import(request.user)


@hooks.register("register_admin_urls")
def register_ted_import_url():
    return [
        path("opportunities/import-from-ted/", TedImportView.as_view(), name="opportunities_ted_import"),
        path(
            "opportunities/import-from-ted/<int:pk>/",
            TedImportResultView.as_view(),
            name="opportunities_ted_import_result",
        ),
    ]


@hooks.register("register_admin_menu_item")
def register_ted_import_menu_item():
    return ImportMenuItem(
        _("Import from TED"), reverse_lazy("opportunities_ted_import"), name="ted-import", icon_name="download", order=251
    )
