"""Demo data for communities: the four demo accounts and (with the communities issue) groups.

Idempotent: running it twice changes nothing the second time.
"""

from __future__ import annotations

from allauth.account.models import EmailAddress
from django.db import transaction

from communities import services
from communities.models import User

DEMO_PASSWORD = "practica-demo"  # noqa: S105 - printed in the README on purpose

DEMO_ACCOUNTS = {
    "facilitator@example.com": {"display_name": "Dr Ana Ruiz", "credentials": "PhD, licensed psychologist",
                                "time_zone": "Europe/Berlin"},
    "member@example.com": {"display_name": "Sam Okafor", "credentials": "LCSW",
                           "time_zone": "America/Chicago"},
    "moderator@example.com": {"display_name": "Mira Kowalski", "credentials": "LMFT",
                              "time_zone": "Europe/London", "is_site_moderator": True},
    "outsider@example.com": {"display_name": "Lee Chen", "credentials": "LPC",
                             "time_zone": "Australia/Sydney"},
}


@transaction.atomic
def seed() -> dict[str, User]:
    users: dict[str, User] = {}
    for email, fields in DEMO_ACCOUNTS.items():
        user = User.objects.filter(email=email).first()
        if user is None:
            user = User.objects.create_user(email=email, password=DEMO_PASSWORD, **fields)
        EmailAddress.objects.update_or_create(
            user=user, email=email, defaults={"verified": True, "primary": True}
        )
        services.preferences_for(user)
        users[email.split("@")[0]] = user
    return users
