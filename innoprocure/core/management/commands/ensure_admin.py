import os
import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand

from innoprocure.core.roles import ADMINISTRATORS


class Command(BaseCommand):
    help = (
        "Make sure an administrator account exists and print how to sign in. Takes ADMIN_EMAIL and ADMIN_PASSWORD "
        "from the environment; otherwise generates a password once and keeps it in var/admin-credentials.txt."
    )

    def handle(self, *args, **options):
        User = get_user_model()
        email = os.environ.get("ADMIN_EMAIL", "admin@example.org")
        password = os.environ.get("ADMIN_PASSWORD", "")
        credentials_file = settings.VAR_DIR / "admin-credentials.txt"
        if not password and credentials_file.exists():
            password = credentials_file.read_text().strip().split(" ", 1)[-1]
        if not password:
            password = secrets.token_urlsafe(12)
            credentials_file.write_text(f"{email} {password}\n")
            credentials_file.chmod(0o600)

        user = User.objects.filter(email__iexact=email).first()
        if user is None:
            user = User.objects.create_superuser(username=email[:150], email=email, password=password)
        elif os.environ.get("ADMIN_PASSWORD"):
            user.set_password(password)
            user.save(update_fields=["password"])
        group = Group.objects.filter(name=ADMINISTRATORS).first()
        if group:
            user.groups.add(group)
        self._verify_email(user)
        self.stdout.write(self.style.SUCCESS(f"Administrator: {email}  password: {password}  (sign in at /admin/)"))

    def _verify_email(self, user):
        # allauth requires a confirmed e-mail address before it lets anybody sign in.
        from allauth.account.models import EmailAddress

        EmailAddress.objects.update_or_create(user=user, email=user.email, defaults={"verified": True, "primary": True})
