from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _

from innoprocure.contact import services
from innoprocure.contact.forms import ContactForm
from innoprocure.contact.models import Team, Topic
from innoprocure.core.ratelimit import ratelimit

# Five messages an hour from one address is plenty for a person and little for a bot.
CONTACT_RATE = "5/h"


@ratelimit("contact", rate=CONTACT_RATE)
def contact(request):
    if request.method == "POST":
        form = ContactForm(request.POST)
        if form.is_valid():
            message = services.submit(form)
            request.session["contact_sent_to"] = message.get_team_display()
            return redirect("contact:sent")
    else:
        # Links from elsewhere may choose the team and topic: /contact/?to=network&topic=membership
        initial = {}
        if request.GET.get("to") in Team.values:
            initial["team"] = request.GET["to"]
        if request.GET.get("topic") in Topic.values:
            initial["topic"] = request.GET["topic"]
        form = ContactForm(initial=initial)
    return render(request, "contact/contact.html", {"form": form, "breadcrumbs": [{"label": _("Contact"), "url": request.path}]})


def sent(request):
    team = request.session.pop("contact_sent_to", None)
    return render(
        request,
        "contact/sent.html",
        {
            "team": team,
            "breadcrumbs": [
                {"label": _("Contact"), "url": reverse("contact:contact")},
                {"label": _("Message sent"), "url": request.path},
            ],
        },
    )
