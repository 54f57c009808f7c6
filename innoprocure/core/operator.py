"""Who runs the platform: its name, postal address, contact, the data controller and the funding statement.

Set by the environment (OPERATOR_NAME, OPERATOR_ADDRESS, OPERATOR_CONTACT, DATA_CONTROLLER, FUNDING_STATEMENT; see
the README's configuration table), read into the settings at start-up. Every page's footer names the operator; the
demo loader writes the About, legal notice and privacy pages from the same values.
"""

from dataclasses import dataclass

from django.conf import settings


@dataclass(frozen=True)
class Operator:
    name: str
    address: str
    contact: str
    controller: str
    funding: str

    @property
    def contact_url(self):
        """A link for the contact: mailto: for an e-mail address, the address itself for a web address."""
        if "://" in self.contact:
            return self.contact
        return f"mailto:{self.contact}" if "@" in self.contact else ""

    def as_dict(self):
        return {
            "name": self.name,
            "address": self.address,
            "contact": self.contact,
            "controller": self.controller,
            "funding": self.funding,
        }


def operator():
    return Operator(
        name=settings.OPERATOR_NAME,
        address=settings.OPERATOR_ADDRESS,
        contact=settings.OPERATOR_CONTACT,
        controller=settings.DATA_CONTROLLER or settings.OPERATOR_NAME,
        funding=settings.FUNDING_STATEMENT,
    )
