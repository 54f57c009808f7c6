"""The one way to write the audit trail: `record(action, actor=…, target=…, request=…, **details)`."""

from innoprocure.audit.models import AuditEvent


def client_ip(request):
    if request is None:
        return None
    return request.META.get("REMOTE_ADDR") or None


def record(action, *, actor=None, target=None, request=None, **details):
    if actor is None and request is not None and getattr(request, "user", None) is not None:
        actor = request.user if request.user.is_authenticated else None
    return AuditEvent.objects.create(
        action=action,
        actor=actor,
        actor_label=(getattr(actor, "email", "") or str(actor)) if actor else "",
        target_type=target._meta.label_lower if target is not None else "",
        target_id=str(target.pk) if target is not None else "",
        target_label=str(target)[:255] if target is not None else "",
        ip_address=client_ip(request),
        details=details,
    )


def trail(target):
    """Every event recorded about one object, oldest first."""
    return AuditEvent.objects.filter(target_type=target._meta.label_lower, target_id=str(target.pk)).order_by("created_at", "id")
