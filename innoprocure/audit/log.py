"""The one way to write the audit trail: `record(action, actor=…, target=…, request=…, **details)`.

When no request is passed, the one being answered (remembered by RequestContextMiddleware) supplies the actor and the
IP address, so receivers of model signals (role changes …) still know who did it.
"""

import ipaddress
from contextvars import ContextVar

from innoprocure.audit.models import AuditEvent

_current_request = ContextVar("innoprocure_current_request", default=None)


def client_ip(request):
    if request is None:
        return None
    from innoprocure.core.ratelimit import client_ip as address

    try:
        # A malformed X-Forwarded-For must not break the write (PostgreSQL stores addresses as inet).
        return str(ipaddress.ip_address(address(request)))
    except ValueError:
        return None


def current_request():
    return _current_request.get()


def _label(actor):
    return (getattr(actor, "email", "") or str(actor))[:255]


def anonymised_label(user):
    """How a deleted account appears in the trail: stable for the same account, but no longer names anybody."""
    return f"deleted account #{user.pk}"


def record(action, *, actor=None, target=None, request=None, **details):
    request = request if request is not None else current_request()
    if actor is None and request is not None and getattr(request, "user", None) is not None:
        actor = request.user if request.user.is_authenticated else None
    return AuditEvent.objects.create(
        action=action,
        actor=actor,
        actor_label=_label(actor) if actor else "",
        target_type=target._meta.label_lower if target is not None else "",
        target_id=str(target.pk) if target is not None else "",
        target_label=str(target)[:255] if target is not None else "",
        ip_address=client_ip(request),
        details=details,
    )


def trail(target):
    """Every event recorded about one object, oldest first."""
    return AuditEvent.objects.filter(target_type=target._meta.label_lower, target_id=str(target.pk)).order_by("created_at", "id")
