"""Challenge pages. Each view finds the object, asks policy.py, calls services.py and renders. What a person may not
see answers 404 (it does not exist for them), what they may see but not do answers 403. Pages for signed-in people
are never stored by caches."""

from functools import wraps

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Count, Prefetch, Q
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from innoprocure.challenges import forms, policy, services
from innoprocure.challenges.models import (
    Challenge,
    ChallengeAttachment,
    ChallengeStatus,
    FollowUp,
    Organisation,
    OrganisationKind,
    Question,
    Response,
    ResponseAttachment,
    Verification,
)
from innoprocure.core.timezones import get_zone, visitor_zone
from innoprocure.core.uploads import safe_download_headers


def personal(view):
    """Pages that depend on who is signed in are never cached (and the anonymous ones only as the page cache allows)."""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        response = view(request, *args, **kwargs)
        if request.user.is_authenticated:
            patch_cache_control(response, private=True, no_store=True)
        return response

    return wrapped


def _crumbs(*items):
    return [{"label": _("Challenges"), "url": reverse("challenges:index")}, *items]


def _challenge_or_404(request, slug):
    challenge = get_object_or_404(
        Challenge.objects.select_related("organisation", "country", "listing", "outcome_opportunity"), slug=slug
    )
    if not policy.can_see_challenge(request.user, challenge):
        raise Http404
    return challenge


def _response_or_404(request, pk):
    response = get_object_or_404(
        Response.objects.select_related("challenge__organisation", "organisation__country", "submitted_by"), pk=pk
    )
    if not policy.can_see_response(request.user, response):
        raise Http404
    return response


def _download(stored, filename):
    try:
        handle = stored.open("rb")
    except OSError as error:
        raise Http404 from error
    return safe_download_headers(FileResponse(handle), filename)


def _deadlines(request, challenge):
    zone = get_zone(challenge.deadline_timezone, timezone.get_default_timezone())
    visitor = visitor_zone(request)
    return [
        {
            "label": label,
            "at": moment,
            "local": timezone.localtime(moment, zone),
            "visitor": timezone.localtime(moment, visitor.zone),
            "same": timezone.localtime(moment, zone).utcoffset() == timezone.localtime(moment, visitor.zone).utcoffset(),
        }
        for label, moment in (
            (_("Questions until"), challenge.questions_deadline),
            (_("Responses until"), challenge.response_deadline),
        )
    ], visitor


# Listing and detail --------------------------------------------------------------------------------------------------


@personal
def index(request):
    now = timezone.now()
    published = Challenge.objects.published().select_related("organisation", "country")
    open_challenges = published.filter(response_deadline__gt=now, outcome="").order_by("response_deadline", "pk")
    closed = published.filter(Q(response_deadline__lte=now) | ~Q(outcome="")).order_by("-response_deadline", "pk")
    organisation = policy.organisation_of(request.user)
    own = []
    if organisation is not None and organisation.is_buyer:
        own = list(organisation.challenges.annotate(response_count=Count("responses")).order_by("-updated_at"))
    own_responses = []
    if organisation is not None and not organisation.is_buyer:
        own_responses = list(organisation.responses.select_related("challenge").order_by("-submitted_at"))
    return render(
        request,
        "challenges/index.html",
        {
            "open_challenges": open_challenges,
            "closed_challenges": closed[:20],
            "organisation": organisation,
            "own_challenges": own,
            "own_responses": own_responses,
            "can_create": policy.can_create_challenge(request.user),
            "is_platform_team": policy.is_platform_team(request.user),
            "breadcrumbs": [{"label": _("Challenges"), "url": ""}],
        },
    )


@personal
def detail(request, slug):
    challenge = _challenge_or_404(request, slug)
    user = request.user
    questions = challenge.questions.all()
    if not policy.can_see_unanswered_questions(user, challenge):
        questions = questions.exclude(answered_at=None)
    deadlines, visitor = _deadlines(request, challenge)
    organisation = policy.organisation_of(user)
    own_response = None
    if organisation is not None and not organisation.is_buyer:
        own_response = challenge.responses.filter(organisation=organisation).first()
    response_count = challenge.responses.count() if policy.can_see_all_responses(user, challenge) else None
    return render(
        request,
        "challenges/detail.html",
        {
            "challenge": challenge,
            "attachments": challenge.attachments.all(),
            "languages": challenge.languages.all(),
            "sectors": challenge.sectors.all(),
            "questions": questions,
            "deadlines": deadlines,
            "visitor": visitor,
            "own_response": own_response,
            "response_count": response_count,
            "question_form": forms.QuestionForm() if policy.can_ask_question(user, challenge) else None,
            "can_answer": policy.can_answer_questions(user, challenge),
            "can_respond": policy.can_respond(user, challenge) and own_response is None,
            "can_edit": policy.can_edit_challenge(user, challenge),
            "can_submit": policy.can_submit_challenge(user, challenge),
            "can_moderate": policy.can_moderate_challenge(user, challenge),
            "can_publish_outcome": policy.can_publish_outcome(user, challenge),
            "decision_form": forms.DecisionForm() if policy.can_moderate_challenge(user, challenge) else None,
            "answer_form": forms.AnswerForm(),
            "breadcrumbs": _crumbs({"label": challenge.title, "url": ""}),
        },
    )


def attachment(request, slug, pk):
    challenge = _challenge_or_404(request, slug)
    item = get_object_or_404(ChallengeAttachment, pk=pk, challenge=challenge)
    response = _download(item.file, item.filename)
    if not challenge.is_published:
        patch_cache_control(response, private=True, no_store=True)
    return response


# The buyer's drafts ------------------------------------------------------------------------------------------------


def _edit(request, challenge):
    form = forms.ChallengeForm(request.POST or None, request.FILES or None, instance=challenge)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            saved = services.save_challenge(request.user, form.save(), form.save_m2m, form.cleaned_data["attachments"])
            messages.success(request, _("The draft is saved. Check the preview, then submit it for moderation."))
            return redirect(saved.get_absolute_url())
        status = 400
    return render(
        request,
        "challenges/edit.html",
        {
            "form": form,
            "challenge": challenge if challenge.pk else None,
            "attachments": challenge.attachments.all() if challenge.pk else [],
            "breadcrumbs": _crumbs({"label": challenge.title or _("New challenge"), "url": ""}),
        },
        status=status,
    )


@login_required
@personal
def create(request):
    if not policy.can_create_challenge(request.user):
        return render(request, "challenges/not_verified.html", {"organisation": policy.organisation_of(request.user)}, status=403)
    return _edit(request, Challenge(organisation=policy.organisation_of(request.user)))


@login_required
@personal
def edit(request, slug):
    challenge = _challenge_or_404(request, slug)
    if not policy.can_edit_challenge(request.user, challenge):
        raise PermissionDenied
    return _edit(request, challenge)


@login_required
@require_POST
def remove_attachment(request, slug, pk):
    challenge = _challenge_or_404(request, slug)
    item = get_object_or_404(ChallengeAttachment, pk=pk, challenge=challenge)
    services.remove_challenge_attachment(request.user, item)
    messages.success(request, _("The attachment was removed."))
    return redirect("challenges:edit", slug=challenge.slug)


@login_required
@require_POST
def submit(request, slug):
    challenge = _challenge_or_404(request, slug)
    services.submit_challenge(request.user, challenge)
    messages.success(request, _("The challenge was sent to the platform team, who publish it once they have checked it."))
    return redirect(challenge.get_absolute_url())


# Questions and answers ---------------------------------------------------------------------------------------------


@login_required
@require_POST
@personal
def ask(request, slug):
    challenge = _challenge_or_404(request, slug)
    if not policy.can_ask_question(request.user, challenge):
        raise PermissionDenied
    form = forms.QuestionForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Write your question before sending it."))
        return redirect(challenge.get_absolute_url() + "#questions")
    services.ask_question(request.user, challenge, form.cleaned_data["text"])
    messages.success(request, _("Your question was sent. The answer will be published here for everybody, without your name."))
    return redirect(challenge.get_absolute_url() + "#questions")


@login_required
@require_POST
def answer(request, slug, pk):
    challenge = _challenge_or_404(request, slug)
    question = get_object_or_404(Question, pk=pk, challenge=challenge)
    question.challenge = challenge
    form = forms.AnswerForm(request.POST)
    if not policy.can_answer_questions(request.user, challenge):
        raise PermissionDenied
    if not form.is_valid():
        messages.error(request, _("Write the answer before publishing it."))
    else:
        services.answer_question(request.user, question, form.cleaned_data["answer"])
        messages.success(request, _("The answer is published for every interested party."))
    return redirect(challenge.get_absolute_url() + "#questions")


# Responses ---------------------------------------------------------------------------------------------------------


@login_required
@personal
def respond(request, slug):
    challenge = _challenge_or_404(request, slug)
    organisation = policy.organisation_of(request.user)
    if organisation is not None and not organisation.is_buyer:
        existing = challenge.responses.filter(organisation=organisation).first()
        if existing is not None:
            return redirect(existing.get_absolute_url())
    if not policy.can_respond(request.user, challenge):
        return render(
            request,
            "challenges/cannot_respond.html",
            {
                "challenge": challenge,
                "organisation": organisation,
                "breadcrumbs": _crumbs({"label": challenge.title, "url": challenge.get_absolute_url()}),
            },
            status=403,
        )
    form = forms.ResponseForm(request.POST or None, request.FILES or None)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            try:
                response = services.submit_response(
                    request.user, challenge, form.save(commit=False), form.cleaned_data["attachments"]
                )
            except ValidationError as error:
                form.add_error(None, error)
            else:
                messages.success(request, _("Your response was sent. Only the buyer and the platform team can read it."))
                return redirect(response.get_absolute_url())
        status = 400
    return render(
        request,
        "challenges/respond.html",
        {
            "challenge": challenge,
            "form": form,
            "organisation": organisation,
            "breadcrumbs": _crumbs(
                {"label": challenge.title, "url": challenge.get_absolute_url()}, {"label": _("Respond"), "url": ""}
            ),
        },
        status=status,
    )


@login_required
@personal
def responses(request, slug):
    challenge = _challenge_or_404(request, slug)
    if not policy.can_see_all_responses(request.user, challenge):
        raise Http404
    items = challenge.responses.select_related("organisation__country").annotate(file_count=Count("attachments"))
    return render(
        request,
        "challenges/responses.html",
        {
            "challenge": challenge,
            "responses": items,
            "breadcrumbs": _crumbs(
                {"label": challenge.title, "url": challenge.get_absolute_url()}, {"label": _("Responses"), "url": ""}
            ),
        },
    )


@login_required
@personal
def response_detail(request, pk):
    response = _response_or_404(request, pk)
    user = request.user
    can_assess = policy.can_assess_response(user, response)
    follow_ups = list(response.follow_ups.all())
    for follow_up in follow_ups:
        follow_up.response = response
        follow_up.can_answer = policy.can_answer_follow_up(user, follow_up)
    return render(
        request,
        "challenges/response.html",
        {
            "response": response,
            "challenge": response.challenge,
            "attachments": response.attachments.all(),
            "follow_ups": follow_ups,
            "supplier_sectors": response.organisation.sectors.all(),
            "is_buyer_side": policy.can_see_all_responses(user, response.challenge),
            "can_assess": can_assess,
            "status_form": forms.StatusForm(initial={"status": response.status}) if can_assess else None,
            "feedback_form": forms.FeedbackForm(initial={"feedback": response.feedback}) if can_assess else None,
            "follow_up_form": forms.FollowUpForm() if can_assess else None,
            "answer_form": forms.FollowUpAnswerForm(),
            "breadcrumbs": _crumbs(
                {"label": response.challenge.title, "url": response.challenge.get_absolute_url()},
                {"label": str(response.organisation), "url": ""},
            ),
        },
    )


def response_file(request, pk, file_pk):
    response = _response_or_404(request, pk)
    item = get_object_or_404(ResponseAttachment, pk=file_pk, response=response)
    download = _download(item.file, item.filename)
    patch_cache_control(download, private=True, no_store=True)
    return download


def _assess(request, pk, form_class, action, done):
    response = _response_or_404(request, pk)
    if not policy.can_assess_response(request.user, response):
        raise PermissionDenied
    form = form_class(request.POST)
    if form.is_valid():
        action(request.user, response, *form.cleaned_data.values())
        messages.success(request, done)
    else:
        messages.error(request, " ".join(str(error) for errors in form.errors.values() for error in errors))
    return redirect(response.get_absolute_url())


@login_required
@require_POST
def set_status(request, pk):
    return _assess(request, pk, forms.StatusForm, services.set_response_status, _("The status is saved; the supplier is told."))


@login_required
@require_POST
def feedback(request, pk):
    return _assess(request, pk, forms.FeedbackForm, services.give_feedback, _("Your feedback was sent to the supplier."))


@login_required
@require_POST
def follow_up(request, pk):
    return _assess(request, pk, forms.FollowUpForm, services.ask_follow_up, _("Your question was sent to the supplier."))


@login_required
@require_POST
def answer_follow_up(request, pk):
    item = get_object_or_404(FollowUp.objects.select_related("response__challenge__organisation"), pk=pk)
    if not policy.can_see_response(request.user, item.response):
        raise Http404
    if not policy.can_answer_follow_up(request.user, item):
        raise PermissionDenied
    form = forms.FollowUpAnswerForm(request.POST)
    if form.is_valid():
        services.answer_follow_up(request.user, item, form.cleaned_data["answer"])
        messages.success(request, _("Your answer was sent to the buyer."))
    else:
        messages.error(request, _("Write your answer before sending it."))
    return redirect(item.response.get_absolute_url())


# Outcome -----------------------------------------------------------------------------------------------------------


@login_required
@personal
def outcome(request, slug):
    challenge = _challenge_or_404(request, slug)
    if not policy.can_publish_outcome(request.user, challenge):
        raise PermissionDenied
    form = forms.OutcomeForm(request.POST or None)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            data = form.cleaned_data
            services.publish_outcome(request.user, challenge, data["outcome"], data["text"], data["opportunity"])
            messages.success(request, _("The outcome is published; every respondent is told."))
            return redirect(challenge.get_absolute_url())
        status = 400
    return render(
        request,
        "challenges/outcome.html",
        {
            "challenge": challenge,
            "form": form,
            "breadcrumbs": _crumbs(
                {"label": challenge.title, "url": challenge.get_absolute_url()}, {"label": _("Outcome"), "url": ""}
            ),
        },
        status=status,
    )


# Organisations -----------------------------------------------------------------------------------------------------


@login_required
@personal
def my_organisation(request):
    organisation = policy.organisation_of(request.user)
    if organisation is None:
        form = forms.OrganisationForm(request.POST or None, request.FILES or None)
        status = 200
        if request.method == "POST":
            if form.is_valid():
                created = services.create_organisation(request.user, form.save(commit=False), form.cleaned_data["sectors"])
                if created.is_buyer:
                    messages.success(
                        request, _("Your organisation is registered. The platform team verifies it before you can publish.")
                    )
                else:
                    messages.success(request, _("Your company profile is saved. You can now respond to challenges."))
                return redirect("challenges:my_organisation")
            status = 400
        return render(
            request,
            "challenges/organisation_new.html",
            {"form": form, "breadcrumbs": _crumbs({"label": _("Your organisation"), "url": ""})},
            status=status,
        )
    form = forms.OrganisationForm(request.POST or None, request.FILES or None, instance=organisation)
    member_form = forms.MemberForm(request.POST if "email" in request.POST else None)
    status = 200
    if request.method == "POST" and "email" in request.POST:
        if member_form.is_valid():
            try:
                services.add_member(request.user, organisation, member_form.cleaned_data["email"])
            except ValidationError as error:
                member_form.add_error("email", error)
            else:
                messages.success(request, _("The person is now a member of your organisation."))
                return redirect("challenges:my_organisation")
        status = 400
        form = forms.OrganisationForm(instance=organisation)
    elif request.method == "POST":
        if form.is_valid():
            saved = services.update_organisation(request.user, form)
            if saved.is_buyer and saved.verification == Verification.PENDING:
                messages.success(request, _("Your organisation's profile is saved. The platform team verifies it again."))
            else:
                messages.success(request, _("Your organisation's profile is saved."))
            return redirect("challenges:my_organisation")
        status = 400
    return render(
        request,
        "challenges/organisation.html",
        {
            "organisation": organisation,
            "form": form,
            "member_form": member_form,
            "members": organisation.members.select_related("user"),
            "breadcrumbs": _crumbs({"label": organisation.name, "url": ""}),
        },
        status=status,
    )


@login_required
def verification_document(request, pk):
    organisation = get_object_or_404(Organisation, pk=pk)
    if not policy.can_see_verification_document(request.user, organisation) or not organisation.verification_document:
        raise Http404
    download = _download(organisation.verification_document, organisation.verification_document.name.rsplit("/", 1)[-1])
    patch_cache_control(download, private=True, no_store=True)
    return download


# The platform team's desk ------------------------------------------------------------------------------------------


def _platform_team_only(request):
    if not policy.is_platform_team(request.user):
        raise PermissionDenied


@login_required
@personal
def moderation(request):
    _platform_team_only(request)
    return render(
        request,
        "challenges/moderation.html",
        {
            "buyers": Organisation.objects.filter(kind=OrganisationKind.BUYER, verification=Verification.PENDING)
            .select_related("country")
            .prefetch_related(Prefetch("members__user")),
            "challenges": Challenge.objects.filter(status=ChallengeStatus.SUBMITTED).select_related("organisation"),
            "decision_form": forms.DecisionForm(),
            "breadcrumbs": _crumbs({"label": _("Moderation"), "url": ""}),
        },
    )


@login_required
@require_POST
def verify(request, pk):
    _platform_team_only(request)
    organisation = get_object_or_404(Organisation, pk=pk, kind=OrganisationKind.BUYER)
    form = forms.DecisionForm(request.POST)
    if form.is_valid():
        approve = form.cleaned_data["decision"] == "approve"
        services.decide_verification(request.user, organisation, approve, form.cleaned_data["note"])
        messages.success(
            request,
            _("%(name)s is verified.") % {"name": organisation.name}
            if approve
            else _("The organisation is told why it was not verified."),
        )
    else:
        messages.error(request, _("Choose a decision; a refusal needs a note."))
    return redirect("challenges:moderation")


@login_required
@require_POST
def moderate(request, slug):
    challenge = _challenge_or_404(request, slug)
    if not policy.can_moderate_challenge(request.user, challenge):
        raise PermissionDenied
    form = forms.DecisionForm(request.POST)
    if form.is_valid():
        approve = form.cleaned_data["decision"] == "approve"
        services.moderate_challenge(request.user, challenge, approve, form.cleaned_data["note"])
        messages.success(request, _("The challenge is published.") if approve else _("The challenge was returned to the buyer."))
        return redirect(challenge.get_absolute_url())
    messages.error(request, _("Choose a decision; returning a challenge needs a note."))
    return redirect(challenge.get_absolute_url() + "#moderation")
