"""Contact messages: stored, forwarded to the right team, confirmed to the sender; each team sees its own."""

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.utils.translation import gettext as _

from innoprocure.contact.models import ContactMessage, Team
from innoprocure.core.roles import ADMINISTRATORS, MODERATORS, SECRETARIAT

# Which role group reads which team's messages in the admin (administrators read all).
TEAM_GROUPS = {Team.PLATFORM: [MODERATORS], Team.NETWORK: [SECRETARIAT]}


def team_address(team):
    return settings.NETWORK_SECRETARIAT_EMAIL if team == Team.NETWORK else settings.PLATFORM_TEAM_EMAIL


def submit(form):
    """Save a valid ContactForm, e-mail the team (replies go to the sender) and confirm to the sender."""
    message = form.save(commit=False)
    message.sent_to = team_address(message.team)
    message.save()
    context = {"message": message}
    EmailMessage(
        subject=_("[Contact] %(topic)s – %(name)s") % {"topic": message.get_topic_display(), "name": message.name},
        body=render_to_string("contact/email/to_team.txt", context),
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[message.sent_to],
        reply_to=[message.email],
    ).send()
    EmailMessage(
        subject=_("We have received your message"),
        body=render_to_string("contact/email/confirmation.txt", context),
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[message.email],
        reply_to=[message.sent_to],
    ).send()
    return message


def visible_messages(user, queryset=None):
    """The messages a staff user may read: their team's, or all for administrators."""
    queryset = queryset if queryset is not None else ContactMessage.objects.all()
    if user.is_superuser:
        return queryset
    groups = set(user.groups.values_list("name", flat=True))
    if ADMINISTRATORS in groups:
        return queryset
    teams = [team for team, team_groups in TEAM_GROUPS.items() if groups.intersection(team_groups)]
    return queryset.filter(team__in=teams)
