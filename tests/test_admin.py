from __future__ import annotations

import pytest
from django.contrib import admin
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse

from claims.models import Stage, Suggestion

from .factories import (
    ClaimFactory,
    MembershipFactory,
    NoteFactory,
    RatingFactory,
    SourceFactory,
    SpeakerFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db

MODELS = [model for model in admin.site._registry if model._meta.app_label == "claims"]


@pytest.fixture
def superuser_client(client):
    client.force_login(UserFactory(username="root", is_staff=True, is_superuser=True))
    return client


@pytest.fixture
def one_of_everything(editor):
    desk = editor.memberships.get().desk
    claim = ClaimFactory(desk=desk, speaker=SpeakerFactory(desk=desk))
    RatingFactory(desk=claim.desk)
    SourceFactory(claim=claim)
    NoteFactory(claim=claim, parent=NoteFactory(claim=claim))
    claim.assign(MembershipFactory(desk=desk).user, by=editor)  # writes a StageChange and a Notification
    Suggestion.refresh_for(claim.article)
    MembershipFactory(desk=claim.desk)
    return claim


@pytest.mark.parametrize("model", MODELS, ids=lambda m: m.__name__)
def test_admin_changelist_search_and_change_form_load(superuser_client, one_of_everything, model):
    opts = model._meta
    changelist = reverse(f"admin:{opts.app_label}_{opts.model_name}_changelist")
    assert superuser_client.get(changelist).status_code == 200
    assert superuser_client.get(changelist, {"q": "valley"}).status_code == 200
    obj = model.objects.first()
    assert obj is not None, f"no {opts.model_name} was made"
    change = reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[obj.pk])
    assert superuser_client.get(change).status_code == 200
    add = reverse(f"admin:{opts.app_label}_{opts.model_name}_add")
    assert superuser_client.get(add).status_code in (200, 403)


@pytest.mark.parametrize("model_name", ["article", "claim", "source", "note"])
def test_admin_history_page_loads(superuser_client, one_of_everything, model_name):
    model = next(m for m in MODELS if m._meta.model_name == model_name)
    obj = model.objects.first()
    response = superuser_client.get(reverse(f"admin:claims_{model_name}_history", args=[obj.pk]))
    assert response.status_code == 200


def test_admin_edit_is_recorded_in_history_with_the_user(superuser_client, one_of_everything):
    claim = one_of_everything
    url = reverse("admin:claims_claim_change", args=[claim.pk])
    form = superuser_client.get(url).context["adminform"].form
    data = {k: v for k, v in form.initial.items() if v is not None}
    data.update(
        {
            "desk": claim.desk_id,
            "article": claim.article_id,
            "text": "Edited in the admin",
            "attribution": "the ministry",
            "sources-TOTAL_FORMS": 0,
            "sources-INITIAL_FORMS": 0,
            "notes-TOTAL_FORMS": 0,
            "notes-INITIAL_FORMS": 0,
            "stage_changes-TOTAL_FORMS": 0,
            "stage_changes-INITIAL_FORMS": 0,
        }
    )
    data.pop("stage", None)
    for key in ("speaker", "rating", "assignee", "due"):
        data[key] = data.get(key) or ""
    response = superuser_client.post(url, data)
    assert response.status_code == 302, response.context["adminform"].form.errors if response.context else response
    claim.refresh_from_db()
    assert claim.text == "Edited in the admin"
    assert claim.history.latest().history_user.username == "root"


def test_admin_cannot_change_the_stage_directly(superuser_client, one_of_everything):
    """Four eyes holds in the admin: the stage is read-only there."""
    url = reverse("admin:claims_claim_change", args=[one_of_everything.pk])
    form = superuser_client.get(url).context["adminform"].form
    assert "stage" not in form.fields
    assert one_of_everything.stage == Stage.RESEARCH


def test_article_text_is_read_only_once_saved(superuser_client, one_of_everything):
    url = reverse("admin:claims_article_change", args=[one_of_everything.article_id])
    assert "text" not in superuser_client.get(url).context["adminform"].form.fields


@pytest.fixture
def desk_admin_client(client):
    """The demo's desk admin: staff, not superuser, scoped to the demo desk."""
    from io import StringIO

    from django.core.management import call_command

    call_command("loaddemo", stdout=StringIO())
    client.force_login(get_user_model().objects.get(username="admin"))  # client.login() gives axes no request
    return client


def test_desk_admin_sees_only_their_desk_in_the_admin(desk_admin_client):
    from claims.models import Claim, Desk

    other = Desk.objects.get(slug="europe")
    foreign = ClaimFactory(desk=other, text="A claim of the Europe desk")
    response = desk_admin_client.get(reverse("admin:claims_claim_changelist"))
    assert response.status_code == 200
    shown = {c.pk for c in response.context["cl"].result_list}
    assert foreign.pk not in shown and shown == set(
        Claim.objects.filter(desk__slug="middle-east").values_list("pk", flat=True)[:100]
    )
    desks = desk_admin_client.get(reverse("admin:claims_desk_changelist")).context["cl"].result_list
    assert [d.slug for d in desks] == ["middle-east"]
    # Another desk's objects are not there at all, and cannot be chosen in a form.
    change = desk_admin_client.get(reverse("admin:claims_claim_change", args=[foreign.pk]))
    assert change.status_code == 302 and foreign.text not in desk_admin_client.get(change.url).text
    form = desk_admin_client.get(reverse("admin:claims_speaker_add")).context["adminform"].form
    assert list(form.fields["desk"].queryset.values_list("slug", flat=True)) == ["middle-east"]


def test_desk_admin_edits_the_verdict_scale_but_cannot_create_desks(desk_admin_client):
    from claims.models import Rating

    rating = Rating.objects.get(desk__slug="middle-east", slug="misleading")
    url = reverse("admin:claims_rating_changelist")
    page = desk_admin_client.get(url)
    assert page.status_code == 200 and "Europe" not in page.text
    assert desk_admin_client.get(reverse("admin:claims_desk_add")).status_code == 403
    assert desk_admin_client.get(reverse("admin:claims_rating_change", args=[rating.pk])).status_code == 200


def _europe_admin(client):
    """An admin of the other demo desk (loaddemo must have run)."""
    from claims.models import Desk, Membership, Role

    user = UserFactory(username="eu-admin", is_staff=True)
    user.groups.add(Group.objects.get(name="Desk admins"))
    Membership.objects.create(desk=Desk.objects.get(slug="europe"), user=user, role=Role.ADMIN)
    client.force_login(user)
    return user


def test_desk_admin_cannot_touch_user_accounts(desk_admin_client):
    assert desk_admin_client.get("/admin/auth/user/").status_code == 403
    from django.contrib.auth import get_user_model

    me = get_user_model().objects.get(username="admin")
    assert desk_admin_client.post(f"/admin/auth/user/{me.pk}/change/", {"is_superuser": "on"}).status_code == 403
    me.refresh_from_db()
    assert not me.is_superuser


def test_history_pages_of_another_desk_are_404(desk_admin_client):
    from claims.models import Claim

    client = desk_admin_client
    _europe_admin(client)
    claim = Claim.objects.filter(desk__slug="middle-east").first()
    record = claim.history.first()
    assert client.get(f"/admin/claims/claim/{claim.pk}/history/").status_code == 404
    assert client.get(f"/admin/claims/claim/{claim.pk}/history/{record.history_id}/").status_code == 404
    response = client.post(f"/admin/claims/claim/{claim.pk}/history/{record.history_id}/", {"desk": 2})
    assert response.status_code == 404
    claim.refresh_from_db()
    assert claim.desk.slug == "middle-east"


def test_admin_cannot_create_a_published_claim(superuser_client, desk):
    from claims.models import Claim

    response = superuser_client.post(
        reverse("admin:claims_claim_add"),
        {
            "desk": desk.pk,
            "text": "Straight to published?",
            "attribution_type": "unattributed",
            "quote_type": "none",
            "stage": "published",
            **{f"{p}-{k}": 0 for p in ("sources", "notes", "stage_changes") for k in ("TOTAL_FORMS", "INITIAL_FORMS")},
        },
    )
    assert response.status_code == 302
    assert Claim.objects.get().stage == Stage.NEW


def test_a_source_added_in_the_admin_voids_an_approval(superuser_client, desk, checker, editor):
    from claims.models import Source

    claim = ClaimFactory(desk=desk, rating=RatingFactory(desk=desk))
    SourceFactory(claim=claim)
    claim.submit(by=checker)
    claim.approve(by=editor)
    response = superuser_client.post(
        reverse("admin:claims_source_add"),
        {"claim": claim.pk, "url": "https://x.example/", "stance": "refutes", "kind": "news", "accessed": "2025-01-01"},
    )
    assert response.status_code == 302 and Source.objects.count() == 2
    claim.refresh_from_db()
    assert claim.stage == Stage.REVIEW and claim.approved_by is None


def test_a_stale_admin_save_overwrites_nothing(superuser_client, one_of_everything):
    claim = one_of_everything
    url = reverse("admin:claims_claim_change", args=[claim.pk])
    form = superuser_client.get(url).context["adminform"].form
    data = {k: ("" if v is None else v) for k, v in form.initial.items()}
    data.update({"desk": claim.desk_id, "article": claim.article_id, "text": "Admin's stale edit"})
    for prefix in ("sources", "notes", "stage_changes"):
        data |= {f"{prefix}-TOTAL_FORMS": 0, f"{prefix}-INITIAL_FORMS": 0}
    claim.attribution = "saved meanwhile in the app"
    claim.save()
    response = superuser_client.post(url, data)
    assert response.status_code == 200 and "Someone saved this claim after you opened it" in response.text
    claim.refresh_from_db()
    assert claim.attribution == "saved meanwhile in the app" and claim.text != "Admin's stale edit"


def test_the_audit_trail_cannot_be_deleted_in_the_admin(superuser_client, one_of_everything):
    from claims.models import StageChange

    change = StageChange.objects.first()
    assert superuser_client.get(reverse("admin:claims_stagechange_delete", args=[change.pk])).status_code == 403
