"""The app's own messages in Arabic: flash messages, form errors, choice labels, job messages and
e-mail subjects follow the person's language; titles and names inside a message keep their own
direction; records (history, published snapshots, exchange formats) stay as they were; and the
app's catalogue is complete, compiled and keeps every placeholder."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import polib
import pytest
from django.contrib.messages import get_messages
from django.utils import translation

from claims import permissions
from claims.interop.csv import preview_claim_csv
from claims.models import (
    Article,
    AttributionType,
    Job,
    JobKind,
    Profile,
    Stage,
    Suggestion,
    Verb,
    notify,
    public_record,
)
from claims.views.common import isolate

from .factories import ArticleFactory, ClaimFactory, RatingFactory, SourceFactory

pytestmark = pytest.mark.django_db

APP = Path(__file__).resolve().parents[1] / "claims"
CATALOGUE = APP / "locale" / "ar" / "LC_MESSAGES" / "django.po"
ARABIC_PLURALS = "nplurals=6; plural=n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 : n%100>=11 ? 4 : 5;"
FSI, PDI = "\u2068", "\u2069"
TITLE = "مصر ترفض المقترح الإثيوبي"
TEXT = (
    "Prime Minister Ana Ruiz said the bridge would reopen in May. "
    "She added that repairs had cost 4 million euros. "
    "The bridge carries 40,000 vehicles a day."
)


@pytest.fixture(autouse=True)
def _no_arabic_left_behind():
    """A request leaves its language active in the thread: the tests after these start afresh."""
    yield
    translation.deactivate()


def _in_arabic(client, person) -> None:
    client.force_login(person)
    assert client.post("/language/", {"language": "ar", "next": "/"}).status_code == 303


def _messages(response) -> list[str]:
    """The messages the response leaves to show (any not shown yet first, then its own)."""
    return [str(m) for m in get_messages(response.wsgi_request)]


def _paste(desk, **changes) -> dict:
    return {"desk": desk.pk, "title": TITLE, "language": "en", "text": TEXT, "save": "1", **changes}


# -- what people read ------------------------------------------------------------------


def test_importing_an_article_in_arabic_says_so_in_arabic_with_the_title_isolated(client, checker, desk):
    _in_arabic(client, checker)
    response = client.post("/articles/new/", _paste(desk))
    article = Article.objects.get()
    assert response.status_code == 302 and response.url == article.get_absolute_url()
    count = Job.objects.get(kind=JobKind.SUGGEST, article=article).result["count"]
    [message] = _messages(response)
    assert message.startswith(f"استُورد «{FSI}{TITLE}{PDI}»؛ واقتُرح {count} ")
    assert "Imported" not in message and "suggested" not in message


def test_an_english_message_isolates_an_arabic_title_and_leaves_a_latin_one_as_it_was(client, checker, desk):
    client.force_login(checker)
    arabic = _messages(client.post("/articles/new/", _paste(desk)))[-1]
    assert arabic.startswith(f"Imported “{FSI}{TITLE}{PDI}”; ") and arabic.endswith(" claims suggested.")
    latin = _messages(client.post("/articles/new/", _paste(desk, title="Harbour reopens", text="Another text.")))[-1]
    assert latin.startswith("Imported “Harbour reopens”; ") and FSI not in latin and PDI not in latin


def test_isolate_wraps_what_could_be_misread_and_nothing_else():
    assert isolate(TITLE) == f"{FSI}{TITLE}{PDI}" and isolate("Ana Ruiz") == "Ana Ruiz" and isolate("") == ""
    with translation.override("ar"):
        assert isolate("Ana Ruiz") == f"{FSI}Ana Ruiz{PDI}"  # a Latin name in an Arabic message
        assert isolate(42) == f"{FSI}42{PDI}"


def test_deciding_suggestions_in_arabic_is_told_in_arabic_with_the_right_plural(client, checker, desk):
    article = ArticleFactory(desk=desk, text=TEXT)
    Suggestion.refresh_for(article)
    ruiz = article.suggestions.filter(speaker_name="Ana Ruiz")
    assert ruiz.count() == 2
    _in_arabic(client, checker)
    response = client.post(f"/suggestions/{ruiz.first().pk}/accept-speaker/")
    assert _messages(response) == ["قُبل 2 مقترحان."]
    again = client.post(f"/suggestions/{ruiz.first().pk}/accept-twins/")
    assert _messages(again)[-1] == "سبق البتّ في هذا المقترح."


def test_a_form_error_comes_out_in_arabic(client, checker, desk):
    _in_arabic(client, checker)
    response = client.post("/articles/new/", _paste(desk, title="  "))
    assert response.status_code == 200 and not Article.objects.exists()
    assert response.context["form"].errors["title"] == ["أعطِ المقال عنوانًا."]
    assert "أعطِ المقال عنوانًا." in response.text


def test_a_refused_workflow_step_says_why_in_arabic(client, checker, desk):
    claim = ClaimFactory(desk=desk)  # no verdict yet: it cannot be submitted
    _in_arabic(client, checker)
    response = client.post(f"/claims/{claim.pk}/transition/", {"action": "submit", "version": claim.version})
    assert _messages(response) == ["يحتاج الادعاء إلى حكم قبل إرساله للمراجعة."]


def test_stage_labels_and_workflow_buttons_are_arabic_when_arabic_is_active():
    with translation.override("ar"):
        assert Stage.REVIEW.label == "قيد المراجعة" and dict(Stage.choices)["published"] == "منشور"
        assert str(permissions.ACTION_LABELS["send_back"]) == "إعادة للتعديل"
        assert AttributionType.ANONYMOUS.label == "مجهول"
    with translation.override("en"):
        assert Stage.REVIEW.label == "In review" and str(permissions.ACTION_LABELS["send_back"]) == "Send back"


def test_a_job_speaks_the_language_of_whoever_started_it(checker, desk):
    article = ArticleFactory(desk=desk, text=TEXT)
    Profile.choose_language(checker, "ar")
    job = Job.start(JobKind.SUGGEST, desk=desk, by=checker, article=article)  # outside any request
    assert job.message.startswith("اقتُرح ") and job.result["next_label"] == "عرض المقترحات"
    scheduled = Job.start(JobKind.SUGGEST, desk=desk, article=article)  # nobody's: the default language
    assert scheduled.message.endswith("suggested.")


def test_a_notification_email_is_titled_in_the_recipients_language(checker, editor, desk):
    editor.email = "edna@example.org"
    editor.save()
    Profile.choose_language(editor, "ar")
    with translation.override("en"):  # the person acting reads English
        notify([editor.pk], claim=ClaimFactory(desk=desk), actor=checker, verb=Verb.SUBMITTED)
    assert Job.objects.get(kind=JobKind.EMAIL).params["subject"] == "[Claimdesk] chris أرسل ادعاءً للمراجعة"


# -- what stays as it is ------------------------------------------------------------------


def test_records_and_exchange_formats_stay_english_whatever_the_language(checker, editor, desk):
    claim = ClaimFactory(desk=desk, rating=RatingFactory(desk=desk))
    SourceFactory(claim=claim)
    with translation.override("ar"):
        record = public_record(claim)
        preview = preview_claim_csv("text,attribution_type\nThe bridge reopens.,Named person\n", desk)
        refused = preview_claim_csv("text,attribution_type\nThe bridge reopens.,someone\n", desk)
    assert record["attribution_label"] == "Institution" and record["sources"][0]["stance_label"] == "Supports"
    assert preview.ok and preview.rows[0].data["attribution_type"] == AttributionType.NAMED_PERSON
    assert refused.rows[0].errors == [
        "السطر 2، العمود attribution_type: القيمة 'someone' ليست من بين: "
        "named_person, official_title, anonymous, institution, document, unattributed."
    ]


# -- the catalogue ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def catalogue() -> polib.POFile:
    return polib.pofile(str(CATALOGUE))


def test_the_catalogue_is_arabic_with_its_six_plural_forms(catalogue):
    assert catalogue.metadata["Language"] == "ar"
    assert catalogue.metadata["Plural-Forms"] == ARABIC_PLURALS
    assert not catalogue.metadata_is_fuzzy


def test_every_entry_is_translated_and_none_is_fuzzy_or_obsolete(catalogue):
    assert len(catalogue) > 300
    assert [e.msgid for e in catalogue.untranslated_entries()] == []
    assert [e.msgid for e in catalogue.fuzzy_entries()] == []
    assert [e.msgid for e in catalogue.obsolete_entries()] == []
    assert catalogue.percent_translated() == 100
    for entry in catalogue:
        if entry.msgid_plural:
            assert sorted(entry.msgstr_plural) == list(range(6)), entry.msgid
            assert all(entry.msgstr_plural.values()), entry.msgid


PLACEHOLDER = re.compile(r"%\((\w+)\)s")


def test_every_translation_keeps_the_placeholders_of_its_message(catalogue):
    for entry in catalogue:
        wanted = set(PLACEHOLDER.findall(entry.msgid))
        forms = entry.msgstr_plural.values() if entry.msgid_plural else [entry.msgstr]
        if entry.msgid_plural:
            assert set(PLACEHOLDER.findall(entry.msgid_plural)) == wanted, entry.msgid
        for form in forms:
            assert set(PLACEHOLDER.findall(form)) == wanted, (entry.msgid, form)
            assert form.count("%") == form.count("%(") + 2 * form.count("%%"), (entry.msgid, form)


def test_the_compiled_catalogue_matches_the_text_one(catalogue):
    compiled = polib.mofile(str(CATALOGUE.with_suffix(".mo")))
    assert compiled.metadata["Plural-Forms"] == ARABIC_PLURALS
    text = {(e.msgctxt, e.msgid): (e.msgstr, e.msgstr_plural) for e in catalogue}
    binary = {(e.msgctxt, e.msgid): (e.msgstr, e.msgstr_plural) for e in compiled if e.msgid}
    assert binary == text


def test_the_catalogue_holds_every_message_the_code_marks(catalogue, tmp_path):
    """What ``makemessages -e py`` would extract from the app now is what the catalogue has."""
    if shutil.which("xgettext") is None:
        pytest.skip("xgettext (GNU gettext) is not installed")
    sources = sorted(
        str(path.relative_to(APP)) for path in APP.rglob("*.py") if not {"locale", "migrations"} & set(path.parts)
    )
    keywords = ["gettext_noop", "gettext_lazy", "ngettext_lazy:1,2", "pgettext:1c,2", "npgettext:1c,2,3"]
    keywords += ["pgettext_lazy:1c,2", "npgettext_lazy:1c,2,3"]
    pot = tmp_path / "claims.pot"
    command = ["xgettext", "-d", "django", "--language=Python", "--from-code=UTF-8", "-o", str(pot)]
    command += [f"--keyword={keyword}" for keyword in keywords]
    subprocess.run([*command, *sources], cwd=APP, check=True, capture_output=True)
    extracted = {(e.msgctxt, e.msgid) for e in polib.pofile(str(pot)) if e.msgid}
    assert extracted == {(e.msgctxt, e.msgid) for e in catalogue}
