from __future__ import annotations

import pytest
from django.contrib import admin
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
    claim.assign(UserFactory(), by=editor)  # writes a StageChange and a Notification
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
    client.login(username="admin", password="claimdesk-demo")
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
