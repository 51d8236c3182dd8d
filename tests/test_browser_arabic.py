"""The Arabic desk end to end in a real browser: the interface chosen in Arabic, right to left,
an Arabic story imported and worked through review by two people, and axe on the Arabic pages.

Interface text is looked up in the Arabic catalogue (``ar()``), never typed in here."""

from __future__ import annotations

import pytest
from django.utils import translation

from claims.models import (
    Article,
    AttributionType,
    Claim,
    Job,
    JobKind,
    JobStatus,
    Profile,
    Rating,
    Source,
    Stage,
    Suggestion,
)

from .conftest import ARTIFACTS
from .factories import ArticleFactory, OutletFactory, SourceFactory, SpeakerFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

# An invented wire story: a «quoted» claim said (قال) by an official, a figure, an anonymous
# official with the reason given for anonymity, and the police.
STORY = (
    "قال وزير النقل كريم منصور يوم الاثنين إن «الجسر الجديد سيفتح أمام السيارات في أيار المقبل». "
    "وأضاف أن كلفة الأشغال بلغت 45 مليون دينار. "
    "وقال مسؤول في البلدية، طلب عدم نشر اسمه لأنه غير مخوّل بالتصريح، إن الأعمال تأخرت ثلاثة أشهر. "
    "وذكرت الشرطة أن شخصين أصيبا خلال انهيار السقالة."
)
QUOTED = "الجسر الجديد سيفتح أمام السيارات في أيار المقبل"
COST = "كلفة الأشغال بلغت 45 مليون دينار"


def ar(message: str, context: str | None = None) -> str:
    """The Arabic catalogue's translation of an interface string (which must have one)."""
    with translation.override("ar"):
        text = translation.pgettext(context, message) if context else translation.gettext(message)
    assert text != message, f"no Arabic translation of {message!r}"
    return text


def assert_arabic_page(page) -> None:
    assert page.evaluate("[document.documentElement.lang, document.documentElement.dir]") == ["ar", "rtl"]


def press_on_arabic_layout(page, code: str, key: str) -> None:
    """A key pressed with an Arabic keyboard layout: the physical key ``code`` types ``key``."""
    cdp = page.context.new_cdp_session(page)
    vk = 191 if code == "Slash" else ord(code[-1])  # Windows virtual key codes: letters are their capital
    for kind in ("keyDown", "keyUp"):
        event = {"type": kind, "key": key, "code": code, "windowsVirtualKeyCode": vk}
        cdp.send("Input.dispatchKeyEvent", {**event, "text": key} if kind == "keyDown" else event)
    cdp.detach()


def test_an_arabic_story_goes_from_import_to_approval_in_arabic(queue, new_page, checker, editor, desk):
    from django.core.management import call_command

    Rating.create_defaults(desk)
    Profile.choose_language(editor, "ar")  # the editor chose Arabic earlier; it is kept on the profile

    # The checker chooses Arabic in the footer, as a person would.
    page = new_page(checker)
    page.select_option("#language-choice", "ar")
    page.click("footer.site-footer button[type=submit]")
    page.wait_for_selector("html[lang=ar]")
    assert_arabic_page(page)
    assert Profile.objects.get(user=checker).language == "ar"

    # Import by pasting.
    page.click(f"header nav >> text={ar('Import article')}")
    assert page.locator("main h1").inner_text() == ar("Import an article")
    page.fill("#id_title", "الجسر الجديد يفتح في أيار")
    page.fill("#id_outlet", "وكالة الأنباء التجريبية")
    page.fill("#id_text", STORY)
    page.click("button[name=save]")
    article = Article.objects.get()
    page.wait_for_url(f"**{article.get_absolute_url()}")
    assert article.language == "ar" and article.imported_by == checker

    # The suggestion job waits for a worker, and the page says so in Arabic; the worker runs it.
    assert ar(JobStatus.QUEUED.label) in page.locator("section.job").inner_text()
    call_command("runworker", batch=True, verbosity=0)
    page.locator(".suggestion-list li").first.wait_for()  # the poll saw it done and reloaded
    assert article.jobs.get().status == JobStatus.SUCCEEDED
    assert_arabic_page(page)
    pending = list(article.suggestions.pending())
    assert [s.content for s in pending[:2]] == [QUOTED, COST]
    assert any(s.attribution_type == AttributionType.ANONYMOUS for s in pending)
    items = page.locator("[data-suggestion-item]")
    assert items.count() == len(pending)
    assert items.first.locator("button[data-accept]").inner_text() == ar("Accept")

    # Keyboard, right to left: a accepts the first suggestion, and the next one takes the focus;
    # the same key on an Arabic layout (ش) accepts that one.
    page.keyboard.press("a")
    page.wait_for_function(f"() => document.querySelectorAll('[data-suggestion-item]').length === {len(pending) - 1}")
    page.wait_for_function(f"() => document.activeElement.dataset.suggestionItem === '{pending[1].pk}'")
    quoted = Claim.objects.get()
    assert (quoted.quote, quoted.cue, quoted.quote_type) == (QUOTED, "قال", "direct")
    press_on_arabic_layout(page, "KeyA", "ش")
    page.wait_for_function(f"() => document.querySelectorAll('[data-suggestion-item]').length === {len(pending) - 2}")
    cost = Claim.objects.exclude(pk=quoted.pk).get()
    assert cost.quote == COST
    assert Suggestion.objects.filter(article=article, status="accepted").count() == 2
    # The accepted claim is open; k / j move between the claims (and ن, k on an Arabic layout).
    page.wait_for_selector(f'#panel[data-claim="{cost.pk}"]')
    page.evaluate("document.activeElement.blur()")
    page.keyboard.press("k")
    page.wait_for_selector(f'#panel[data-claim="{quoted.pk}"]')
    page.keyboard.press("j")
    page.wait_for_selector(f'#panel[data-claim="{cost.pk}"]')
    press_on_arabic_layout(page, "KeyK", "ن")
    page.wait_for_selector(f'#panel[data-claim="{quoted.pk}"]')
    press_on_arabic_layout(page, "Slash", "؟")  # Shift+/ types the Arabic question mark
    assert page.locator("#shortcuts").evaluate("el => el.open")
    assert page.locator("#shortcuts-h").inner_text() == ar("Keyboard shortcuts")
    page.click("#shortcuts button")

    # Attribute the quoted claim: the speaker is the minister, an official by title.
    form = page.locator("#attribution-form")
    assert form.locator("button[type=submit]").inner_text() == ar("Save attribution")
    form.locator("[name=speaker_name]").fill("كريم منصور")
    form.locator("[name=speaker_title]").fill("وزير النقل")
    form.locator("[name=attribution_type]").select_option(AttributionType.OFFICIAL_TITLE)
    form.locator("[name=attribution]").fill("وزير النقل كريم منصور")
    form.locator("button[type=submit]").click()
    page.wait_for_selector("#panel .saved")
    quoted.refresh_from_db()
    assert quoted.attribution_type == AttributionType.OFFICIAL_TITLE
    assert (quoted.speaker.name, quoted.speaker.title) == ("كريم منصور", "وزير النقل")

    # A verdict and a source that supports it.
    page.select_option("#verdict_rating", str(Rating.objects.get(desk=desk, slug="mostly-true").pk))  # desk data
    page.fill("#verdict_summary", "أكدت الوزارة الموعد في جدولها المنشور.")
    page.click("#verdict button[type=submit]")
    page.wait_for_function(  # the whole panel comes back, at the next version
        f"() => document.querySelector('#attribution-form [name=version]').value === '{quoted.version + 1}'"
    )
    page.click("#add-source summary")
    assert page.locator("#add-source summary").inner_text() == ar("Add a source")
    page.fill("#id_source-url", "https://transport.example/bridge-schedule")
    page.fill("#id_source-title", "جدول أشغال الجسر")
    page.check("input[name=source-stance][value=supports]")
    page.click("#source-form button[type=submit]")
    page.wait_for_selector("#sources .stance-supports")
    source = Source.objects.get()
    assert (source.claim, source.stance, source.added_by) == (quoted, "supports", checker)
    quoted.refresh_from_db()
    assert quoted.rating.slug == "mostly-true"
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "workspace-ar.png"), full_page=True)

    # Submit for review; four eyes: the checker cannot approve it.
    submit = page.locator("button[data-action=submit]")
    assert submit.inner_text() == ar("Submit for review")
    submit.click()
    page.wait_for_selector("#panel .stage-review")
    assert page.locator("#panel .stage-review").inner_text() == ar(Stage.REVIEW.label)
    assert page.locator("button[data-action=approve]").count() == 0
    quoted.refresh_from_db()
    assert (quoted.stage, quoted.submitted_by) == (Stage.REVIEW, checker)
    submitted = Claim.objects.get(pk=quoted.pk)  # the version the editor approves
    assert page.js_errors == []

    # The editor, in Arabic from the profile, approves it.
    editor_page = new_page(editor)
    assert_arabic_page(editor_page)
    editor_page.goto(quoted.get_workspace_url())
    approve = editor_page.locator("button[data-action=approve]")
    assert approve.inner_text() == ar("Approve")
    approve.click()
    editor_page.wait_for_selector("#panel .stage-approved")
    assert editor_page.locator("#panel .stage-approved").inner_text() == ar(Stage.APPROVED.label)
    assert_arabic_page(editor_page)
    quoted.refresh_from_db()
    assert (quoted.stage, quoted.approved_by, quoted.approved_version) == (Stage.APPROVED, editor, submitted.version)
    assert editor_page.js_errors == []


def _serious_violations(axe, page) -> list:
    return [
        (v["id"], v["help"], [n["target"] for n in v["nodes"]][:3])
        for v in axe.run(page).response["violations"]
        if v["impact"] in ("serious", "critical")
    ]


def test_the_arabic_pages_have_no_serious_accessibility_violations(browser, live_server, new_page, editor, desk):
    from axe_playwright_python.sync_playwright import Axe

    Rating.create_defaults(desk)
    Profile.choose_language(editor, "ar")
    outlet = OutletFactory(desk=desk, name="وكالة الأنباء التجريبية")
    speaker = SpeakerFactory(desk=desk, name="كريم منصور", title="وزير النقل")
    article = ArticleFactory(desk=desk, outlet=outlet, language="ar", title="الجسر الجديد يفتح في أيار", text=STORY)
    start = STORY.index(QUOTED)
    claim = Claim(
        desk=desk,
        article=article,
        text=QUOTED,
        speaker=speaker,
        attribution_type=AttributionType.OFFICIAL_TITLE,
        attribution="وزير النقل كريم منصور",
        cue="قال",
        rating=Rating.objects.get(desk=desk, slug="mostly-true"),
    )
    claim.anchor(start, start + len(QUOTED))
    claim.save()
    claim.assign(editor, by=editor)
    SourceFactory(claim=claim, title="جدول أشغال الجسر", stance="supports")
    Suggestion.refresh_for(article)
    assert article.suggestions.pending().exists()
    ArticleFactory(desk=desk, triage="new", language="ar", title="عنوان من موجز وكالة", text=STORY[:90])
    Job.start(JobKind.SUGGEST, desk=desk, by=editor, article=article)

    axe = Axe()
    # A visitor whose browser asks for Arabic gets the login page in Arabic.
    visitor = browser.new_context(base_url=live_server.url, locale="ar")
    try:
        login = visitor.new_page()
        login.goto("/login/")
        assert_arabic_page(login)
        assert _serious_violations(axe, login) == []
    finally:
        visitor.close()

    page = new_page(editor)
    workspace = claim.get_workspace_url()  # the article, its claim and suggestions, the claim's panel open
    urls = [
        "/",
        "/claims/",
        article.get_absolute_url(),
        workspace,
        claim.get_absolute_url(),
        "/queue/",
        "/triage/",
        f"/desks/{desk.slug}/dashboard/",
        speaker.get_absolute_url(),
        outlet.get_absolute_url(),
        "/articles/new/",
    ]
    found = {}
    for url in urls:
        page.goto(url)
        assert_arabic_page(page)
        if url == workspace:
            assert page.locator("[data-suggestion-item]").count() == article.suggestions.pending().count() > 0
            assert page.locator("#panel[data-claim]").count() == 1
        assert page.locator("h1").count() == 1, url  # axe's page-has-heading-one (moderate), kept here
        found[url] = _serious_violations(axe, page)
    page.set_viewport_size({"width": 390, "height": 844})  # a phone: the claim opens as a sheet
    for url in ("/claims/", workspace):
        page.goto(url)
        found[url, "phone"] = _serious_violations(axe, page)
    assert {where: v for where, v in found.items() if v} == {}
    assert page.js_errors == []
