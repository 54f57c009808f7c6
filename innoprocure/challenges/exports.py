"""The challenges' part of `manage.py purge_personal_data`: responses go two years after the response deadline
(docs/privacy.md). The data export uses the catch-all of accounts/catchall.py (memberships, questions asked,
responses submitted, follow-up questions)."""

from innoprocure.challenges.services import purge_expired_responses


def purge(now):
    deleted = purge_expired_responses(now)
    return f"{deleted} challenge responses two years past their deadline" if deleted else ""
