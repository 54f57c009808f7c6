"""Showcase pages. Each view finds the profile, asks policy.py, calls services.py and renders. A profile a person may
not see answers 404; an action they may not take, 403. Pages for signed-in people are never stored by caches; the
public listing and detail pages are served to visitors from the page cache like the site's other pages."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import Prefetch
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from innoprocure.challenges.policy import is_platform_team, organisation_of
from innoprocure.challenges.views import personal
from innoprocure.core.chips import filter_chips, filterset_facets
from innoprocure.core.models import Country, Sector
from innoprocure.core.ratelimit import ratelimit
from innoprocure.showcase import forms, policy, services
from innoprocure.showcase.filters import ProfileFilter
from innoprocure.showcase.models import ProfileStatus, SolutionProfile

PER_PAGE = 10


def _crumbs(*items):
    return [{"label": _("Innovation showcase"), "url": reverse("showcase:index")}, *items]


def _with_details(queryset):
    return queryset.select_related("organisation__country").prefetch_related(
        Prefetch("sectors", queryset=Sector.objects.order_by("name")),
        Prefetch("countries", queryset=Country.objects.order_by("name")),
    )


def _profile_or_404(request, pk):
    profile = get_object_or_404(SolutionProfile.objects.select_related("organisation__country"), pk=pk)
    if not policy.can_manage(request.user, profile):
        raise Http404
    return profile


# Public pages ------------------------------------------------------------------------------------------------------


@personal
def index(request):
    public = SolutionProfile.objects.public().select_related("organisation")
    public = public.prefetch_related(Prefetch("countries", queryset=Country.objects.order_by("name")))
    filterset = ProfileFilter(request.GET or None, queryset=public)
    profiles = filterset.qs.order_by("name", "pk")
    page_obj = Paginator(profiles, PER_PAGE).get_page(request.GET.get("page"))
    return render(
        request,
        "showcase/index.html",
        {
            "filterset": filterset,
            "page_obj": page_obj,
            "profiles": page_obj.object_list,
            "notices": filterset.ignored(),
            "chips": filter_chips(request, filterset_facets(filterset, {"q": _("Search")})),
            "is_filtered": any(request.GET.get(name) for name in filterset.filters),
            "is_supplier": policy.can_create_profile(request.user),
            "breadcrumbs": [{"label": _("Innovation showcase"), "url": ""}],
        },
    )


@personal
def detail(request, slug):
    profile = get_object_or_404(_with_details(SolutionProfile.objects.all()), slug=slug)
    if not profile.is_public:
        # The public address of a profile that is not published: its own people go to its private page.
        if policy.can_manage(request.user, profile):
            return redirect(profile.get_manage_url())
        raise Http404
    return _render_profile(request, profile, "showcase/detail.html", {"contact_form": forms.ContactForm()})


def _render_profile(request, profile, template, extra, status=200):
    return render(
        request,
        template,
        {
            "profile": profile,
            "references": profile.references.all(),
            "sectors": profile.sectors.all(),
            "countries": profile.countries.all(),
            "can_contact": policy.can_contact(request.user, profile),
            "is_owner": policy.is_owner(request.user, profile),
            "breadcrumbs": _crumbs({"label": profile.name, "url": ""}),
            **extra,
        },
        status=status,
    )


@login_required
@require_POST
@ratelimit("showcase-contact", rate="10/h", key="user")
@personal
def contact(request, slug):
    profile = get_object_or_404(_with_details(SolutionProfile.objects.public()), slug=slug)
    if not policy.can_contact(request.user, profile):
        raise PermissionDenied
    form = forms.ContactForm(request.POST)
    if form.is_valid():
        services.contact_supplier(request.user, profile, form.cleaned_data["message"])
        messages.success(request, _("Your message was sent to the supplier, who will reply to your e-mail address."))
        return redirect(profile.get_absolute_url())
    return _render_profile(request, profile, "showcase/detail.html", {"contact_form": form}, status=400)


# The supplier's profiles -------------------------------------------------------------------------------------------


@login_required
@personal
def yours(request):
    organisation = organisation_of(request.user)
    profiles = []
    if policy.can_create_profile(request.user):
        profiles = list(organisation.solution_profiles.order_by("-updated_at"))
    return render(
        request,
        "showcase/yours.html",
        {
            "organisation": organisation,
            "can_create": policy.can_create_profile(request.user),
            "profiles": profiles,
            "breadcrumbs": _crumbs({"label": _("Your solution profiles"), "url": ""}),
        },
    )


def _edit(request, profile):
    form = forms.ProfileForm(request.POST or None, instance=profile)
    references = forms.ReferenceFormSet(request.POST or None, instance=profile, prefix="references")
    status = 200
    if request.method == "POST":
        if form.is_valid() and references.is_valid():
            was_public = profile.is_public
            saved = services.save_profile(request.user, form.save(commit=False), form.save_m2m, references)
            if was_public:
                messages.success(
                    request,
                    _("Your changes are saved and sent to the platform team; the profile is back in the showcase once approved."),
                )
            else:
                messages.success(request, _("The profile is saved. Check it, then submit it for approval."))
            return redirect(saved.get_manage_url())
        status = 400
    return render(
        request,
        "showcase/edit.html",
        {
            "form": form,
            "references": references,
            "profile": profile if profile.pk else None,
            "breadcrumbs": _crumbs(
                {"label": _("Your solution profiles"), "url": reverse("showcase:yours")},
                {"label": profile.name or _("New solution profile"), "url": ""},
            ),
        },
        status=status,
    )


@login_required
@personal
def create(request):
    if not policy.can_create_profile(request.user):
        return render(
            request,
            "showcase/not_supplier.html",
            {
                "organisation": organisation_of(request.user),
                "breadcrumbs": _crumbs({"label": _("New solution profile"), "url": ""}),
            },
            status=403,
        )
    return _edit(request, SolutionProfile(organisation=organisation_of(request.user)))


@login_required
@personal
def edit(request, pk):
    profile = _profile_or_404(request, pk)
    if not policy.can_edit_profile(request.user, profile):
        raise PermissionDenied
    return _edit(request, profile)


@login_required
@personal
def manage(request, pk):
    """The private page of a profile: its status, the platform team's note, a preview, what can be done next."""
    profile = _profile_or_404(request, pk)
    profile = _with_details(SolutionProfile.objects.filter(pk=profile.pk)).get()
    user = request.user
    can_moderate = policy.can_moderate_profile(user, profile)
    return _render_profile(
        request,
        profile,
        "showcase/manage.html",
        {
            "can_edit": policy.can_edit_profile(user, profile),
            "can_submit": policy.can_submit_profile(user, profile),
            "can_withdraw": policy.can_withdraw_profile(user, profile),
            "decision_form": forms.DecisionForm() if can_moderate else None,
            "breadcrumbs": _crumbs(
                {"label": _("Your solution profiles"), "url": reverse("showcase:yours")}
                if policy.is_owner(user, profile)
                else {"label": _("Approval queue"), "url": reverse("showcase:moderation")},
                {"label": profile.name, "url": ""},
            ),
        },
    )


@login_required
@require_POST
def submit(request, pk):
    profile = _profile_or_404(request, pk)
    services.submit_profile(request.user, profile)
    messages.success(request, _("The profile was sent to the platform team, who publish it once they have checked it."))
    return redirect(profile.get_manage_url())


@login_required
@require_POST
def withdraw(request, pk):
    profile = _profile_or_404(request, pk)
    services.withdraw_profile(request.user, profile)
    messages.success(request, _("The profile is withdrawn: it is no longer in the showcase. You can submit it again."))
    return redirect(profile.get_manage_url())


# The platform team -------------------------------------------------------------------------------------------------


@login_required
@personal
def moderation(request):
    if not is_platform_team(request.user):
        raise PermissionDenied
    return render(
        request,
        "showcase/moderation.html",
        {
            "profiles": SolutionProfile.objects.filter(status=ProfileStatus.PENDING)
            .select_related("organisation__country")
            .order_by("submitted_at", "pk"),
            "breadcrumbs": _crumbs({"label": _("Approval queue"), "url": ""}),
        },
    )


@login_required
@require_POST
@personal
def moderate(request, pk):
    profile = _profile_or_404(request, pk)
    if not policy.can_moderate_profile(request.user, profile):
        raise PermissionDenied
    form = forms.DecisionForm(request.POST)
    if not form.is_valid():
        profile = _with_details(SolutionProfile.objects.filter(pk=profile.pk)).get()
        return _render_profile(
            request,
            profile,
            "showcase/manage.html",
            {
                "decision_form": form,
                "breadcrumbs": _crumbs({"label": _("Approval queue"), "url": reverse("showcase:moderation")}),
            },
            status=400,
        )
    decision = form.cleaned_data["decision"]
    services.moderate_profile(request.user, profile, decision, form.cleaned_data["note"].strip())
    done = {
        services.Decision.APPROVE: _("The profile is published in the showcase."),
        services.Decision.CHANGES: _("The profile was returned to the supplier with your note."),
        services.Decision.REJECT: _("The profile was rejected; the supplier is told why."),
    }
    messages.success(request, done[decision])
    return redirect("showcase:moderation")
