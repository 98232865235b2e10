"""factory_boy factories shared by every test module."""

from __future__ import annotations

import factory
from allauth.account.models import EmailAddress
from django.utils import timezone

from communities.models import Community, CovenantVersion, Membership, User

DEFAULT_PASSWORD = "correct horse battery staple"


class UserFactory(factory.django.DjangoModelFactory[User]):
    class Meta:
        model = User
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"clinician{n}@example.org")
    display_name = factory.Sequence(lambda n: f"Clinician {n}")
    credentials = "LCSW"
    time_zone = "Europe/Berlin"

    @factory.post_generation
    def password(self, create: bool, extracted: str | None, **kwargs: object) -> None:
        self.set_password(extracted or DEFAULT_PASSWORD)
        if create:
            self.save(update_fields=["password"])
            EmailAddress.objects.create(user=self, email=self.email, verified=True, primary=True)


class CommunityFactory(factory.django.DjangoModelFactory[Community]):
    class Meta:
        model = Community
        skip_postgeneration_save = True

    name = factory.Sequence(lambda n: f"Consultation group {n}")
    slug = factory.Sequence(lambda n: f"group-{n}")
    description = "A monthly peer-consultation group."
    time_zone = "Europe/Berlin"
    covenant_version = 1

    @factory.post_generation
    def covenant(self, create: bool, extracted: str | None, **kwargs: object) -> None:
        if create:
            CovenantVersion.objects.create(
                community=self,
                version=self.covenant_version,
                text=extracted or "We keep what is said here confidential.",
            )


class MembershipFactory(factory.django.DjangoModelFactory[Membership]):
    class Meta:
        model = Membership

    user = factory.SubFactory(UserFactory)
    community = factory.SubFactory(CommunityFactory)
    role = Membership.Role.MEMBER
    status = Membership.Status.ACTIVE
    joined_at = factory.LazyFunction(timezone.now)
    covenant_accepted_version = factory.LazyAttribute(lambda m: m.community.covenant_version)
    covenant_accepted_at = factory.LazyFunction(timezone.now)
