import factory
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission

from innoprocure.core.models import Country
from innoprocure.core.roles import MODEL_PERMISSIONS, SECRETARIAT, setup_roles
from innoprocure.membership.models import MembershipApplication
from innoprocure.network.models import CentreStatus, CompetenceCentre, Representative

PASSWORD = "a-test-password-1234"


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"person{n}@example.org")
    username = factory.SelfAttribute("email")
    password = factory.PostGenerationMethodCall("set_password", PASSWORD)

    @factory.post_generation
    def verified(obj, create, extracted, **kwargs):
        from allauth.account.models import EmailAddress

        if create:
            obj.save()
            EmailAddress.objects.get_or_create(user=obj, email=obj.email, defaults={"verified": True, "primary": True})


def secretariat_user(full_roles=False, **kwargs):
    """A member of the Network secretariat group with the role's model permissions as core/roles.py lists them.
    `full_roles` runs the complete setup_roles() (page and collection permissions, workflow), which is slower."""
    if full_roles:
        setup_roles()
    group, _created = Group.objects.get_or_create(name=SECRETARIAT)
    if not full_roles:
        for name in MODEL_PERMISSIONS[SECRETARIAT]:
            app_label, codename = name.split(".", 1)
            if codename != "*":
                group.permissions.add(Permission.objects.get(content_type__app_label=app_label, codename=codename))
    user = with_authenticator(UserFactory(is_staff=True, **kwargs))
    user.groups.add(group)
    return user


def with_authenticator(user):
    """Staff must have two-factor authentication before they reach any page; give them an authenticator app."""
    from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret

    TOTP.activate(user, generate_totp_secret())
    return user


COUNTRY_CODES = ["AT", "DE", "NL", "SE", "FI", "GR", "EE", "PT", "IE", "IT", "LT", "ES", "BE", "FR", "DK", "CZ"]


class CompetenceCentreFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = CompetenceCentre

    name = factory.Sequence(lambda n: f"Competence centre {n}")
    slug = factory.Sequence(lambda n: f"centre-{n}")
    country = factory.LazyFunction(lambda: Country.objects.get(code="AT"))
    status = CentreStatus.MEMBER
    established_year = 2010


class RepresentativeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Representative

    user = factory.SubFactory(UserFactory)
    centre = factory.SubFactory(CompetenceCentreFactory)
    role = "Head of centre"


def member_representatives(count, status=CentreStatus.MEMBER):
    """`count` voting member centres in different countries, each with a representative; returns the users."""
    users = []
    for index in range(count):
        country = Country.objects.get(code=COUNTRY_CODES[index % len(COUNTRY_CODES)])
        centre = CompetenceCentreFactory(country=country, status=status)
        users.append(RepresentativeFactory(centre=centre).user)
    return users


class ApplicationFactory(factory.django.DjangoModelFactory):
    """A complete application, still a draft unless a status is given."""

    class Meta:
        model = MembershipApplication

    applicant = factory.SubFactory(UserFactory)
    organisation = factory.Sequence(lambda n: f"Applicant centre {n}")
    country = factory.LazyFunction(lambda: Country.objects.get(code="HR"))
    parent_organisation = "Ministry of Economy"
    established_year = 2024
    contact_name = "Ana Horvat"
    contact_email = factory.LazyAttribute(lambda application: application.applicant.email)
    contact_phone = "+385 1 555 0100"
    mandate_evidence = "Government decision of 12 March 2024 designating the centre."
    resources_evidence = "Budget of EUR 400,000 a year, three staff, a website and offices in Zagreb."
    investment_evidence = "Two staff at every meeting and a travel budget."
    commitment_evidence = "Board decision committing the organisation until 2030."
