from __future__ import annotations

from datetime import timedelta

import factory
from django.contrib.auth import get_user_model

from claims.models import (
    ApiToken,
    Article,
    Claim,
    Desk,
    Membership,
    Note,
    Outlet,
    Rating,
    Role,
    Source,
    Speaker,
    TokenKind,
)

ARTICLE_TEXT = (
    "The ministry said on Monday that 1,200 families had been moved from the valley. "
    "Officials, speaking on condition of anonymity to discuss the plan, said more would follow. "
    "The river rose 3 metres overnight, the agency reported."
)


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ["username"]

    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda u: f"{u.username}@example.org")
    password = factory.django.Password("pw-for-tests")


class DeskFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Desk

    name = factory.Sequence(lambda n: f"Desk {n}")
    slug = factory.Sequence(lambda n: f"desk-{n}")


class MembershipFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Membership

    desk = factory.SubFactory(DeskFactory)
    user = factory.SubFactory(UserFactory)
    role = Role.CHECKER


class OutletFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Outlet

    desk = factory.SubFactory(DeskFactory)
    name = factory.Sequence(lambda n: f"Outlet {n}")
    domain = "news.example.org"


class ArticleFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Article

    desk = factory.SubFactory(DeskFactory)
    outlet = factory.SubFactory(OutletFactory, desk=factory.SelfAttribute("..desk"))
    title = factory.Sequence(lambda n: f"Floods in the valley, part {n}")
    url = factory.Sequence(lambda n: f"https://news.example.org/{n}")
    text = factory.Sequence(lambda n: f"{ARTICLE_TEXT} Story {n}.")


class SpeakerFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Speaker

    desk = factory.SubFactory(DeskFactory)
    name = factory.Sequence(lambda n: f"Speaker {n}")


class RatingFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Rating
        django_get_or_create = ["desk", "slug"]

    desk = factory.SubFactory(DeskFactory)
    label = "False"
    slug = "false"
    value = 1
    colour = "#c62828"


class ClaimFactory(factory.django.DjangoModelFactory):
    """A claim anchored on the first sentence of its article."""

    class Meta:
        model = Claim

    desk = factory.SubFactory(DeskFactory)
    article = factory.SubFactory(ArticleFactory, desk=factory.SelfAttribute("..desk"))
    text = "1,200 families were moved from the valley."
    attribution_type = "institution"
    start = 0
    end = 80
    quote = factory.LazyAttribute(lambda c: c.article.text[c.start : c.end] if c.article else "")


class SourceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Source

    claim = factory.SubFactory(ClaimFactory)
    url = factory.Sequence(lambda n: f"https://evidence.example.org/{n}")
    title = "Evacuation figures"
    stance = "supports"


class NoteFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Note

    claim = factory.SubFactory(ClaimFactory)
    author = factory.SubFactory(UserFactory)
    body = "Check the ministry's figure."


def api_key(user, *, name: str = "tests") -> str:
    """The key of a new named API token of ``user``, as the tokens page gives one."""
    return ApiToken.issue(user, name=name, kind=TokenKind.NAMED, lifetime=timedelta(days=1))[1]
