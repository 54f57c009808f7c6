"""The Joint Ministerial Declaration: who has signed, and the way a ministry asks to endorse it.

A request is stored as "awaiting confirmation" and never shown until the secretariat confirms it; the secretariat
may decline with a reason instead. Every request and decision is in the audit trail and the requester is told
the decision by e-mail.
"""

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from innoprocure.audit.log import record
from innoprocure.network.models import Signatory, SignatoryStatus


class DecisionError(Exception):
    """The decision is not possible (already decided, or declined without a reason)."""


def _notify_secretariat(signatory, request=None):
    link = ""
    if request is not None:
        try:
            link = request.build_absolute_uri(reverse("network_signatories:edit", args=[signatory.pk]))
        except Exception:  # the admin link is a courtesy; the request is stored regardless
            link = ""
    send_mail(
        _("Request to endorse the Joint Ministerial Declaration: %(ministry)s") % {"ministry": signatory.ministry},
        render_to_string("network/email/endorsement_requested.txt", {"signatory": signatory, "link": link}),
        settings.DEFAULT_FROM_EMAIL,
        [settings.NETWORK_SECRETARIAT_EMAIL],
    )


@transaction.atomic
def request_endorsement(*, ministry, country, signatory_name, signatory_role, official_email, letter, user, request=None):
    """Store a ministry's request to endorse the declaration; it stays private until the secretariat confirms."""
    signatory = Signatory.objects.create(
        ministry=ministry,
        country=country,
        signatory_name=signatory_name,
        signatory_role=signatory_role,
        official_email=official_email,
        letter_of_authorisation=letter,
        requested_by=user,
        status=SignatoryStatus.REQUESTED,
    )
    record("declaration.endorsement_requested", actor=user, target=signatory, request=request, country=country.code)
    transaction.on_commit(lambda: _notify_secretariat(signatory, request))
    return signatory


def _recipients(signatory):
    addresses = []
    if signatory.official_email:
        addresses.append(signatory.official_email)
    if signatory.requested_by and signatory.requested_by.email and signatory.requested_by.email not in addresses:
        addresses.append(signatory.requested_by.email)
    return addresses


def _tell_requester(signatory, template, subject):
    recipients = _recipients(signatory)
    if recipients:
        send_mail(subject, render_to_string(template, {"signatory": signatory}), settings.DEFAULT_FROM_EMAIL, recipients)


@transaction.atomic
def confirm(signatory, *, by, request=None):
    """The secretariat confirms: the signatory becomes public. The requester is told."""
    signatory = Signatory.objects.select_for_update().get(pk=signatory.pk)
    if signatory.status == SignatoryStatus.CONFIRMED:
        raise DecisionError(_("This signatory is already confirmed."))
    signatory.status = SignatoryStatus.CONFIRMED
    signatory.decided_by = by
    signatory.decided_at = timezone.now()
    signatory.decline_reason = ""
    if signatory.date_signed is None:
        signatory.date_signed = timezone.localdate()
    signatory.save()
    record("declaration.signatory_confirmed", actor=by, target=signatory, request=request)
    transaction.on_commit(
        lambda: _tell_requester(
            signatory,
            "network/email/endorsement_confirmed.txt",
            _("Your endorsement of the Joint Ministerial Declaration is confirmed"),
        )
    )
    return signatory


@transaction.atomic
def decline(signatory, *, by, reason, request=None):
    """The secretariat declines with a reason, which the requester receives."""
    reason = (reason or "").strip()
    if not reason:
        raise DecisionError(_("Please give the reason for declining; the requester will receive it."))
    signatory = Signatory.objects.select_for_update().get(pk=signatory.pk)
    if signatory.status == SignatoryStatus.DECLINED:
        raise DecisionError(_("This request is already declined."))
    signatory.status = SignatoryStatus.DECLINED
    signatory.decided_by = by
    signatory.decided_at = timezone.now()
    signatory.decline_reason = reason
    signatory.save()
    record("declaration.signatory_declined", actor=by, target=signatory, request=request, reason=reason)
    transaction.on_commit(
        lambda: _tell_requester(
            signatory,
            "network/email/endorsement_declined.txt",
            _("Your request to endorse the Joint Ministerial Declaration"),
        )
    )
    return signatory
