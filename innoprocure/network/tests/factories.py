import datetime

import factory
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model

from innoprocure.core.models import Country
from innoprocure.core.roles import SECRETARIAT
from innoprocure.network.models import (
    CentreService,
    CentreStatus,
    CompetenceCentre,
    ExpertOpinionPaper,
    KnowledgeExchangeMeeting,
    Representative,
    Signatory,
    SignatoryStatus,
)

PASSWORD = "a-test-password-1234"
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def country(code):
    return Country.objects.get(code=code)


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"network-person{n}@example.org")
    username = factory.SelfAttribute("email")
    password = factory.PostGenerationMethodCall("set_password", PASSWORD)

    @factory.post_generation
    def verified(obj, create, extracted, **kwargs):
        from allauth.account.models import EmailAddress

        if create:
            obj.save()
            EmailAddress.objects.get_or_create(user=obj, email=obj.email, defaults={"verified": True, "primary": True})


def secretariat_user(**kwargs):
    """A member of the Network secretariat group with an authenticator app, as staff must have to use the admin."""
    from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret

    from innoprocure.core.roles import setup_roles

    setup_roles()
    user = UserFactory(**kwargs)
    user.groups.add(Group.objects.get(name=SECRETARIAT))
    TOTP.activate(user, generate_totp_secret())
    return user


class CentreServiceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = CentreService
        django_get_or_create = ["slug"]

    slug = factory.Sequence(lambda n: f"service-{n}")
    name = factory.Sequence(lambda n: f"Service {n}")


class CompetenceCentreFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = CompetenceCentre
        skip_postgeneration_save = True

    name = factory.Sequence(lambda n: f"Centre {n}")
    slug = factory.Sequence(lambda n: f"centre-{n}")
    country = factory.LazyFunction(lambda: country("AT"))
    status = CentreStatus.MEMBER
    established_year = 2010

    @factory.post_generation
    def services(obj, create, extracted, **kwargs):
        if create and extracted:
            obj.services.set(extracted)


class RepresentativeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Representative

    user = factory.SubFactory(UserFactory)
    centre = factory.SubFactory(CompetenceCentreFactory)


def document(title="A paper", data=PDF, name="paper.pdf"):
    Document = get_document_model()
    doc = Document(title=title, file=ContentFile(data, name=name))
    doc._set_document_file_metadata()
    doc.save()
    return doc


class MeetingFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = KnowledgeExchangeMeeting

    number = factory.Sequence(lambda n: n + 1)
    topic = factory.Sequence(lambda n: f"Topic {n}")
    date = datetime.date(2026, 3, 1)
    host = factory.SubFactory(CompetenceCentreFactory)
    summary = "What the centres discussed."


class PaperFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ExpertOpinionPaper

    meeting = factory.SubFactory(MeetingFactory)
    title = factory.Sequence(lambda n: f"Expert opinion {n}")
    summary = "What the centres recommend."
    authors = "Working group"
    publication_date = datetime.date(2026, 4, 1)
    document = factory.LazyFunction(document)
    is_published = True


class SignatoryFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Signatory

    ministry = factory.Sequence(lambda n: f"Ministry {n}")
    country = factory.LazyFunction(lambda: country("AT"))
    signatory_name = "Alex Example"
    signatory_role = "State Secretary"
    date_signed = datetime.date(2026, 4, 14)
    status = SignatoryStatus.CONFIRMED
