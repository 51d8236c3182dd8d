from __future__ import annotations

import pytest
from django.contrib import admin
from django.urls import reverse

from claims.models import Stage

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
    claim.assign(editor, by=editor)  # writes a StageChange
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
