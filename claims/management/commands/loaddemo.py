"""Build the demo desk from CC BY Wikinews articles (claims/demo/wikinews.json), and one
invented Arabic wire story (claims/demo/arabic.json) worked on by a member whose interface is Arabic.

Idempotent: every object is looked up by a natural key first, so a second run
changes nothing. Claims are walked through the real workflow verbs, so their
history is the same as if people had done the work in the app.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core.management.base import BaseCommand
from django.db import transaction
from django.test.utils import override_settings
from django.urls import reverse

from claims.models import (
    Article,
    AttributionType,
    Claim,
    Desk,
    Feed,
    Membership,
    Note,
    Outlet,
    Profile,
    Rating,
    Role,
    Source,
    SourceKind,
    Speaker,
    SpeakerKind,
    Stage,
    Stance,
    Suggestion,
)

DEMO_FILE = Path(__file__).resolve().parents[2] / "demo" / "wikinews.json"
ARABIC_FILE = DEMO_FILE.with_name("arabic.json")
PASSWORD = "claimdesk-demo"
USERS = [
    # username, role, staff
    ("viewer", Role.VIEWER, False),
    ("checker", Role.CHECKER, False),
    ("checker2", Role.CHECKER, False),
    ("editor", Role.EDITOR, False),
    ("editor2", Role.EDITOR, False),
    ("admin", Role.ADMIN, True),
    ("arabic", Role.CHECKER, False),
]
LANGUAGE = {"arabic": "ar"}  # the interface language each of these members has chosen
STAGE_CYCLE = [Stage.NEW, Stage.RESEARCH, Stage.REVIEW, Stage.CHANGES, Stage.APPROVED, Stage.PUBLISHED]
SPEAKER_KIND = {
    AttributionType.NAMED_PERSON: SpeakerKind.PERSON,
    AttributionType.OFFICIAL_TITLE: SpeakerKind.PERSON,
    AttributionType.INSTITUTION: SpeakerKind.ORGANISATION,
    AttributionType.DOCUMENT: SpeakerKind.DOCUMENT,
}
RATING_BY_STANCE = {Stance.SUPPORTS: "mostly-true", Stance.REFUTES: "misleading", Stance.CONTEXT: "unverifiable"}


class Command(BaseCommand):
    help = "Load the demo desk (Wikinews articles, claims in every stage, one user per role)."

    def handle(self, *args, **options) -> None:
        # The demo's history is made through the real verbs; their e-mails go nowhere, at once
        # (not queued for the worker to print on the console).
        quiet = override_settings(
            EMAIL_BACKEND="django.core.mail.backends.dummy.EmailBackend",
            TASKS={"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}},
        )
        with quiet, transaction.atomic():
            desk, users = self.build_desk()
            created = sum(self.load_article(desk, users, doc) for doc in json.loads(DEMO_FILE.read_text("utf-8")))
            created += self.load_arabic_article(desk, users, json.loads(ARABIC_FILE.read_text("utf-8")))
            self.build_other_desk()
        self.stdout.write(self.style.SUCCESS(f"Demo desk '{desk}': {created} new claims."))
        if settings.DEMO_FEED:
            feed = self.build_feed(desk)
            self.stdout.write(f"Monitored feed: {feed.url} (the job worker files its articles in triage).")
        self.stdout.write(f"Logins (password for all: {PASSWORD}):")
        for username, role, staff in USERS:
            note = " (Django admin, this desk only)" if staff else ""
            if username in LANGUAGE:
                note = f" (interface in {dict(settings.LANGUAGES)[LANGUAGE[username]]})"
            self.stdout.write(f"  {username:<9} {role.label}{note}")
        self.stdout.write("  stranger  Viewer of another desk (sees nothing of the demo desk)")

    def build_desk(self) -> tuple[Desk, dict]:
        desk, _ = Desk.objects.get_or_create(
            slug="middle-east", defaults={"name": "Middle East desk", "url": "https://claimdesk.example/middle-east"}
        )
        Rating.create_defaults(desk)
        users = {}
        desk_admins = self.desk_admin_group()
        for username, role, staff in USERS:
            users[username] = self.user(username, is_staff=staff)
            if staff:
                users[username].groups.add(desk_admins)
            Membership.objects.get_or_create(desk=desk, user=users[username], defaults={"role": role})
            if username in LANGUAGE and not Profile.objects.filter(user=users[username]).exists():
                Profile.choose_language(users[username], LANGUAGE[username])  # a later choice stays
        return desk, users

    def build_feed(self, desk: Desk) -> Feed:
        """A monitored outlet whose feed the app serves itself (/demo/feed.xml), from CC BY
        Wikinews articles that are not in the desk yet: the worker's first poll files them."""
        outlet, _ = Outlet.objects.get_or_create(desk=desk, name="Wikinews", defaults={"domain": "en.wikinews.org"})
        feed, _ = Feed.objects.get_or_create(
            desk=desk,
            url=f"{settings.SITE_URL}{reverse('claims:demo-feed')}",
            defaults={"outlet": outlet, "interval": 5, "licence": "CC BY 2.5, Wikinews (en.wikinews.org)"},
        )
        return feed

    def build_other_desk(self) -> None:
        other, _ = Desk.objects.get_or_create(slug="europe", defaults={"name": "Europe desk"})
        Rating.create_defaults(other)
        Membership.objects.get_or_create(desk=other, user=self.user("stranger"), defaults={"role": Role.VIEWER})

    def desk_admin_group(self) -> Group:
        """Staff who configure their own desk in the Django admin (scoped there to it)."""
        group, _ = Group.objects.get_or_create(name="Desk admins")
        # No permissions on user accounts: a desk admin must not be able to edit people
        # (least of all themselves into a superuser). Accounts are the site admins' job.
        group.permissions.set(Permission.objects.filter(content_type__app_label="claims"))
        return group

    def user(self, username: str, **flags):
        User = get_user_model()
        user, created = User.objects.get_or_create(
            username=username, defaults={"email": f"{username}@claimdesk.example", **flags}
        )
        if created:
            user.set_password(PASSWORD)
            user.save(update_fields=["password"])
        return user

    def article_of(self, desk: Desk, outlet: Outlet, doc: dict, *, language: str, by) -> Article:
        """The demo article of ``doc`` (by its URL), imported by ``by`` the first time."""
        article = Article.objects.filter(desk=desk, url=doc["url"]).first()
        if article is None:
            article = Article(
                desk=desk,
                outlet=outlet,
                title=doc["title"],
                url=doc["url"],
                published=dt.date.fromisoformat(doc["date"]),
                language=language,
                licence=doc["licence"],
                text=doc["text"],
                imported_by=by,
            )
            article._history_user = by
            article.save()
        return article

    def load_article(self, desk: Desk, users: dict, doc: dict) -> int:
        outlet, _ = Outlet.objects.get_or_create(desk=desk, name=doc["outlet"], defaults={"domain": "en.wikinews.org"})
        article = self.article_of(desk, outlet, doc, language="en", by=users["editor"])
        created = 0
        for index, spec in enumerate(doc["claims"]):
            if article.claims.filter(start=spec["content_start"], end=spec["content_end"]).exists():
                continue
            self.load_claim(desk, users, article, spec, STAGE_CYCLE[index % len(STAGE_CYCLE)], index)
            created += 1
        if not article.suggestions.exists():
            Suggestion.refresh_for(article)  # the rest of the article, as the app proposes it
        return created

    def load_claim(self, desk: Desk, users: dict, article: Article, spec: dict, stage: Stage, index: int) -> None:
        kind = AttributionType(spec["attribution_type"])
        speaker = None
        if spec["source"] and kind in SPEAKER_KIND:
            speaker, _ = Speaker.get_or_create_named(desk, spec["source"], kind=SPEAKER_KIND[kind])
        claim = Claim(
            desk=desk,
            article=article,
            text=spec["content"][0].upper() + spec["content"][1:],
            speaker=speaker,
            attribution_type=kind,
            attribution=spec["source"] or "",
            cue=spec["cue"] or "",
            quote_type=spec["quote_type"],
            anonymity_reason=spec["anonymity_reason"] or "",
        )
        claim.anchor(spec["content_start"], spec["content_end"])
        claim._history_user = users["checker"]
        claim.save()
        if stage == Stage.NEW:
            return
        editor, checker = users["editor"], users["checker" if index % 2 else "checker2"]
        # Due dates around today, so the queue shows overdue work beside upcoming work.
        claim.assign(checker, by=editor, due=dt.date.today() + dt.timedelta(days=index % 4 * 3 - 2))
        if stage == Stage.RESEARCH:
            Note.objects.create(claim=claim, author=checker, body="Looking for the primary statement behind this.")
            return
        stance = list(Stance)[index % 3]
        self.add_sources(claim, article, checker, stance)
        claim.rating = Rating.objects.get(desk=desk, slug=RATING_BY_STANCE[stance])
        claim.change(by=checker, version=None, fields=["rating"], reason="Verdict")
        claim.submit(by=checker)
        if stage == Stage.REVIEW:
            return
        if stage == Stage.CHANGES:
            claim.send_back(by=editor, comment="The source only restates the article; find the original statement.")
            return
        note = Note.objects.create(claim=claim, author=editor, body="Verdict wording checked against the sources.")
        claim.approve(by=editor)
        if stage == Stage.PUBLISHED:
            note.resolve(by=editor)
            claim.summary = "Checked against the report and the evidence listed."
            claim.save(update_fields=["summary"])
            claim.publish(by=editor)

    def add_sources(self, claim: Claim, article: Article, checker, stance: Stance) -> None:
        Source.objects.create(
            claim=claim,
            url=article.url,
            title=article.title,
            publisher="Wikinews",
            kind=SourceKind.NEWS,
            stance=Stance.CONTEXT,
            excerpt=claim.quote[:300],
            accessed=article.published or dt.date.today(),
            added_by=checker,
        )
        if stance != Stance.CONTEXT:
            Source.objects.create(
                claim=claim,
                url=f"https://claimdesk.example/demo-evidence/{claim.pk}",
                title=f"Demo evidence that {stance.label.lower()} the claim",
                publisher="Claimdesk demo",
                kind=SourceKind.STATEMENT,
                stance=stance,
                note="Illustrative demo source, not a real document.",
                accessed=article.published or dt.date.today(),
                added_by=checker,
            )

    def load_arabic_article(self, desk: Desk, users: dict, doc: dict) -> int:
        """The Arabic story, its claims walked by the Arabic member (checker) and an editor."""
        outlet, _ = Outlet.objects.get_or_create(
            desk=desk, name=doc["outlet"], defaults={"domain": "claimdesk.example"}
        )
        article = self.article_of(desk, outlet, doc, language="ar", by=users["arabic"])
        created = 0
        for spec in doc["claims"]:
            start = article.text.index(spec["quote"])
            if not article.claims.filter(start=start, end=start + len(spec["quote"])).exists():
                self.load_arabic_claim(desk, users, article, spec, start)
                created += 1
        if not article.suggestions.exists():
            Suggestion.refresh_for(article)  # the rest (the cost, the fund), as the Arabic rules propose it
        return created

    def load_arabic_claim(self, desk: Desk, users: dict, article: Article, spec: dict, start: int) -> None:
        checker, editor = users["arabic"], users["editor"]
        kind = AttributionType(spec["attribution_type"])
        speaker = None
        if spec.get("speaker"):
            defaults = {"kind": SPEAKER_KIND[kind], "title": spec.get("speaker_title", "")}
            speaker, _ = Speaker.get_or_create_named(desk, spec["speaker"], **defaults)
        claim = Claim(
            desk=desk,
            article=article,
            text=spec["text"],
            speaker=speaker,
            attribution_type=kind,
            attribution=spec["attribution"],
            cue=spec["cue"],
            quote_type=spec["quote_type"],
            anonymity_reason=spec["anonymity_reason"],
        )
        claim.anchor(start, start + len(spec["quote"]))
        claim._history_user = checker
        claim.save()
        stage = Stage(spec["stage"])
        if stage == Stage.NEW:
            return
        claim.assign(checker, by=editor, due=dt.date.today() + dt.timedelta(days=3))
        if stage == Stage.RESEARCH:
            Note.post(claim, author=checker, body=spec["note"])
            return

        def add_sources(claim: Claim) -> None:
            for url, title, kind, stance in (
                (article.url, article.title, SourceKind.NEWS, Stance.CONTEXT),
                (
                    f"https://claimdesk.example/demo-evidence/ar/{claim.pk}",
                    spec["source"],
                    SourceKind.PRIMARY,
                    spec["stance"],
                ),
            ):
                source = Source(
                    claim=claim,
                    url=url,
                    title=title,
                    publisher=article.outlet.name if kind == SourceKind.NEWS else "Claimdesk demo",
                    kind=kind,
                    stance=stance,
                    excerpt=claim.quote if kind == SourceKind.NEWS else "",
                    note="" if kind == SourceKind.NEWS else "مصدر توضيحي للعرض، لا وثيقة حقيقية.",
                    accessed=article.published,
                    added_by=checker,
                )
                source._history_user = checker
                source.save()

        claim.rating = Rating.objects.get(desk=desk, slug=spec["rating"])
        claim.summary = spec["summary"]
        claim.change(by=checker, version=None, fields=["rating", "summary"], evidence=add_sources, reason="Verdict")
        claim.submit(by=checker)
        if stage == Stage.REVIEW:
            return
        claim.approve(by=editor)
        if stage == Stage.PUBLISHED:
            claim.publish(by=editor)
