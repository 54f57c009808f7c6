"""Membership pages: the public eligibility page and self-check, the applicant's application and status, the
ballot page of member representatives, and the secretariat's desk. Rules live in services.py and voting.py."""

from functools import wraps

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db.models import Count
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from innoprocure.audit.log import trail
from innoprocure.core.ratelimit import ratelimit
from innoprocure.core.uploads import safe_download_headers
from innoprocure.membership import services, voting
from innoprocure.membership.eligibility import REQUIREMENTS, REQUIREMENTS_BY_KEY, unmet_requirements
from innoprocure.membership.forms import ApplicationForm, CloseBallotForm, ReturnForm, SelfCheckForm, VoteForm
from innoprocure.membership.models import ApplicationStatus, Ballot, MembershipApplication, Vote, VoteChange
from innoprocure.membership.secrecy import audit_details, can_see_votes
from innoprocure.network.models import GovernanceSettings


def _crumbs(*items):
    return [
        {"label": _("P2I Network"), "url": "/network/"},
        {"label": _("Membership"), "url": reverse("membership:overview")},
        *items,
    ]


def secretariat_required(view):
    @wraps(view)
    @login_required
    def wrapped(request, *args, **kwargs):
        if not services.is_secretariat(request.user):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return wrapped


# Public -----------------------------------------------------------------------------------------------------


def overview(request):
    decisions = Ballot.objects.filter(closed_at__isnull=False).select_related("application__country").order_by("-closed_at")[:50]
    return render(
        request,
        "membership/overview.html",
        {
            "requirements": REQUIREMENTS,
            "governance": GovernanceSettings.load(request_or_site=request),
            "decisions": decisions,
            "open_ballots": Ballot.objects.filter(closed_at__isnull=True).count(),
            "breadcrumbs": [{"label": _("P2I Network"), "url": "/network/"}, {"label": _("Membership"), "url": request.path}],
        },
    )


def self_check(request):
    """A GET form: answers are not stored, and the result page can be bookmarked or shared."""
    submitted = any(requirement.key in request.GET for requirement in REQUIREMENTS)
    form = SelfCheckForm(request.GET if submitted else None)
    unmet = None
    if submitted and form.is_valid():
        unmet = unmet_requirements(form.answers())
    return render(
        request,
        "membership/self_check.html",
        {"form": form, "unmet": unmet, "breadcrumbs": _crumbs({"label": _("Eligibility self-check"), "url": request.path})},
    )


# The applicant ----------------------------------------------------------------------------------------------


@login_required
@ratelimit("membership-application", rate="30/h", key="user")
def apply(request):
    application = services.open_application_of(request.user)
    if application is not None and not application.is_editable:
        messages.info(request, _("Your application is with the network now; follow its progress here."))
        return redirect("membership:my_application")
    instance = application or MembershipApplication(contact_email=request.user.email)
    saved_but_incomplete = False
    if request.method == "POST":
        form = ApplicationForm(request.POST, request.FILES, instance=instance)
        if form.is_valid():
            try:
                application = services.save_draft(form.save(commit=False), request.user, request=request)
            except services.MembershipError as error:
                messages.error(request, error.message)
                return redirect("membership:my_application")
            if "submit" not in request.POST:
                messages.success(request, _("Your draft is saved. You can come back to it at any time."))
                return redirect("membership:apply")
            try:
                services.submit(application, request.user, request=request)
            except services.IncompleteApplication as incomplete:
                for field, message in incomplete.errors.items():
                    form.add_error(field, message)
                saved_but_incomplete = True
            except services.MembershipError as error:
                messages.error(request, error.message)
                return redirect("membership:my_application")
            else:
                messages.success(request, _("Your application is submitted. The secretariat will check it is complete."))
                return redirect("membership:my_application")
    else:
        form = ApplicationForm(instance=instance)
    return render(
        request,
        "membership/apply.html",
        {
            "form": form,
            "application": application,
            "saved_but_incomplete": saved_but_incomplete,
            "return_comment": application.last_return_comment() if application else "",
            "breadcrumbs": _crumbs({"label": _("Application"), "url": request.path}),
        },
    )


@login_required
def my_application(request):
    applications = list(
        MembershipApplication.objects.filter(applicant=request.user).select_related("country").order_by("-created_at")
    )
    current = applications[0] if applications else None
    ballot = getattr(current, "ballot", None) if current else None
    return render(
        request,
        "membership/my_application.html",
        {
            "application": current,
            "earlier": applications[1:],
            "ballot": ballot,
            "events": current.events.all() if current else [],
            "breadcrumbs": _crumbs({"label": _("My application"), "url": request.path}),
        },
    )


@login_required
@require_POST
def withdraw(request, pk):
    application = get_object_or_404(MembershipApplication, pk=pk, applicant=request.user)
    try:
        services.withdraw(application, request.user, request=request)
        messages.success(request, _("Your application is withdrawn."))
    except services.MembershipError as error:
        messages.error(request, error.message)
    return redirect("membership:my_application")


@login_required
def evidence(request, pk, requirement):
    application = get_object_or_404(MembershipApplication, pk=pk)
    if requirement not in REQUIREMENTS_BY_KEY or not services.may_see_application(request.user, application):
        raise Http404
    document = getattr(application, f"{requirement}_file")
    if not document:
        raise Http404
    try:
        handle = document.open("rb")
    except FileNotFoundError:
        raise Http404
    return safe_download_headers(FileResponse(handle), document.name.rsplit("/", 1)[-1])


# Member representatives -------------------------------------------------------------------------------------


@login_required
def ballot_list(request):
    """Open ballots of the user's centre (all of them for the secretariat), and every closed ballot: their outcome
    is public, and a new member or an applicant must not be told that none has closed."""
    user = request.user
    representative = services.representative_of(user)
    is_secretariat = services.is_secretariat(user)
    ballots = Ballot.objects.select_related("application__country").order_by("-opened_at")
    open_ballots = ballots.filter(closed_at__isnull=True)
    if not is_secretariat:
        open_ballots = (
            open_ballots.filter(electors__centre_id=representative.centre_id) if representative else open_ballots.none()
        )
    closed_ballots = list(ballots.filter(closed_at__isnull=False).order_by("-closed_at"))
    # The ballot pages this user may open (services.may_see_application, for the whole list at once).
    if is_secretariat:
        readable = {ballot.pk for ballot in closed_ballots}
    else:
        readable = set(Ballot.objects.filter(application__applicant=user).values_list("pk", flat=True))
        if representative:
            readable |= set(Ballot.objects.filter(electors__centre_id=representative.centre_id).values_list("pk", flat=True))
    voted = set()
    if representative:
        voted = set(Vote.objects.filter(centre_id=representative.centre_id).values_list("ballot_id", flat=True))
    return render(
        request,
        "membership/ballot_list.html",
        {
            "open_ballots": list(open_ballots),
            "other_open": ballots.filter(closed_at__isnull=True)
            .exclude(pk__in=open_ballots.values("pk"))
            .exclude(application__applicant=user)
            .count(),
            "own_open": ballots.filter(closed_at__isnull=True, application__applicant=user).first(),
            "closed_ballots": closed_ballots,
            "readable": readable,
            "voted": voted,
            "representative": representative,
            "breadcrumbs": _crumbs({"label": _("Ballots"), "url": request.path}),
        },
    )


@login_required
def ballot_detail(request, pk):
    ballot = get_object_or_404(Ballot.objects.select_related("application__country"), pk=pk)
    application = ballot.application
    user = request.user
    if not services.may_see_application(user, application):
        raise PermissionDenied
    centre, not_eligible = None, ""
    try:
        centre = services.voting_centre_of(user, ballot)
    except services.NotEligibleToVote as reason:
        not_eligible = reason.message
    own_vote = Vote.objects.filter(ballot=ballot, centre=centre).first() if centre else None
    form = None
    if centre and ballot.accepts_votes():
        initial = {"choice": own_vote.choice, "reason": own_vote.reason} if own_vote else None
        form = VoteForm(request.POST if request.method == "POST" else None, initial=initial)
        if request.method == "POST" and form.is_valid():
            try:
                services.cast_vote(ballot, user, form.cleaned_data["choice"], form.cleaned_data["reason"], request=request)
            except services.MembershipError as error:
                messages.error(request, error.message)
            else:
                messages.success(
                    request,
                    _("Your centre's vote is changed.") if own_vote else _("Your centre's vote is recorded."),
                )
            return redirect(ballot)
    elif request.method == "POST":
        messages.error(request, not_eligible or _("This ballot has closed; votes can no longer be cast or changed."))
        return redirect(ballot)
    rules = voting.Rules.from_snapshot(ballot.rules)
    is_secretariat = services.is_secretariat(user)
    votes = []
    if can_see_votes(user, ballot) and (centre or is_secretariat or services.representative_of(user)):
        votes = ballot.votes.select_related("centre__country")
    return render(
        request,
        "membership/ballot_detail.html",
        {
            "ballot": ballot,
            "application": application,
            "rules": rules,
            "balance": services.balance_for(application, rules) if not ballot.is_closed else None,
            "centre": centre,
            "not_eligible": not_eligible,
            "own_vote": own_vote,
            "own_history": VoteChange.objects.filter(ballot=ballot, centre=centre) if centre else [],
            "form": form,
            "is_secretariat": is_secretariat,
            "can_close": services.can_manage_ballots(user) and not ballot.is_closed,
            # The window has ended but the scheduled close has not run yet.
            "awaiting_close": ballot.is_due(),
            "close_form": CloseBallotForm(),
            "participation": services.participation(ballot),
            "votes": votes,
            "breadcrumbs": _crumbs(
                {"label": _("Ballots"), "url": reverse("membership:ballots")}, {"label": str(application), "url": request.path}
            ),
        },
        status=400 if form is not None and form.errors else 200,
    )


# Secretariat ------------------------------------------------------------------------------------------------


@secretariat_required
def secretariat_list(request):
    # Drafts never submitted are the applicant's own business, not the secretariat's.
    seen = MembershipApplication.objects.seen_by_secretariat()
    applications = seen.select_related("country", "ballot").order_by("-updated_at")
    status = request.GET.get("status", "")
    invalid_filter = bool(status) and (status not in ApplicationStatus.values or status == ApplicationStatus.DRAFT)
    if status and not invalid_filter:
        applications = applications.filter(status=status)
    counts = dict(seen.values_list("status").annotate(count=Count("pk")).values_list("status", "count"))
    return render(
        request,
        "membership/secretariat_list.html",
        {
            "applications": applications,
            "status": "" if invalid_filter else status,
            "invalid_filter": invalid_filter,
            "statuses": [
                (value, label, counts.get(value, 0))
                for value, label in ApplicationStatus.choices
                if value != ApplicationStatus.DRAFT
            ],
            "total": sum(counts.values()),
            "breadcrumbs": _crumbs({"label": _("Secretariat"), "url": request.path}),
        },
    )


def _secretariat_detail(request, application, return_form=None, close_form=None, status=200):
    ballot = getattr(application, "ballot", None)
    events = list(trail(application)) + (list(trail(ballot)) if ballot else [])
    ballots = {str(ballot.pk): ballot} if ballot else {}
    audit = [
        {"event": event, "details": audit_details(event, request.user, ballots)}
        for event in sorted(events, key=lambda event: (event.created_at, event.pk))
    ]
    return render(
        request,
        "membership/secretariat_application.html",
        {
            "application": application,
            "ballot": ballot,
            "missing": services.missing_information(application),
            "balance": services.balance_for(application) if application.status == ApplicationStatus.SUBMITTED else None,
            "rules": voting.Rules.from_snapshot(ballot.rules if ballot else services.current_rules_snapshot()),
            "participation": services.participation(ballot) if ballot else None,
            "return_form": return_form or ReturnForm(),
            "close_form": close_form or CloseBallotForm(),
            "events": application.events.all(),
            "audit": audit,
            "breadcrumbs": _crumbs(
                {"label": _("Secretariat"), "url": reverse("membership:secretariat")},
                {"label": str(application), "url": request.path},
            ),
        },
        status=status,
    )


@secretariat_required
def secretariat_application(request, pk):
    application = get_object_or_404(
        MembershipApplication.objects.seen_by_secretariat().select_related("country", "applicant"), pk=pk
    )
    return _secretariat_detail(request, application)


@secretariat_required
@require_POST
def return_application(request, pk):
    application = get_object_or_404(MembershipApplication.objects.seen_by_secretariat(), pk=pk)
    form = ReturnForm(request.POST)
    if not form.is_valid():
        return _secretariat_detail(request, application, return_form=form, status=400)
    try:
        services.return_application(application, request.user, form.cleaned_data["comment"], request=request)
        messages.success(request, _("The application is returned; the applicant has been e-mailed your comments."))
    except services.MembershipError as error:
        messages.error(request, error.message)
    return redirect(application.get_secretariat_url())


@secretariat_required
@require_POST
def open_ballot(request, pk):
    application = get_object_or_404(MembershipApplication.objects.seen_by_secretariat(), pk=pk)
    try:
        services.open_ballot(application, request.user, request=request)
    except services.MembershipError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, _("The ballot is open; the member centres' representatives have been e-mailed."))
    # Back to the desk, which follows the participation and offers the early close.
    return redirect(application.get_secretariat_url())


@login_required
@require_POST
def close_ballot(request, pk):
    ballot = get_object_or_404(Ballot, pk=pk)
    if not services.can_manage_ballots(request.user):
        raise PermissionDenied
    form = CloseBallotForm(request.POST)
    if not form.is_valid():
        return _secretariat_detail(request, ballot.application, close_form=form, status=400)
    try:
        services.close_ballot(ballot, request.user, request=request, note=form.cleaned_data["note"])
    except services.MembershipError as error:
        form.add_error("note", error.message)
        return _secretariat_detail(request, ballot.application, close_form=form, status=400)
    messages.success(request, _("The ballot is closed and the outcome published."))
    return redirect(ballot)
