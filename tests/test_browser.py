"""End-to-end journeys in a real browser: Playwright driving Debian's chromium, real htmx."""

from __future__ import annotations

import time

import pytest

from claims.models import Article, AttributionType, Claim, Job, JobKind, JobStatus, Note, Source, Stage

from .conftest import ARTIFACTS
from .factories import ArticleFactory, RatingFactory, SourceFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

# Where the phrase is in #article-text, as viewport coordinates of its first and last character.
PHRASE_BOX = """([phrase, nth]) => {
  const container = document.getElementById("article-text");
  const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
  const nodes = [];
  let text = "";
  while (walker.nextNode()) { nodes.push([walker.currentNode, text.length]); text += walker.currentNode.data; }
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(phrase, at + 1);
  if (at < 0) throw new Error("phrase not found: " + phrase);
  const locate = (pos) => { for (const [node, base] of nodes) if (pos < base + node.data.length) return [node, pos - base]; };
  const [startNode, startOffset] = locate(at);
  const [endNode, endOffset] = locate(at + phrase.length - 1);
  startNode.parentElement.scrollIntoView({block: "center"});
  const first = document.createRange(); first.setStart(startNode, startOffset); first.setEnd(startNode, startOffset + 1);
  const last = document.createRange(); last.setStart(endNode, endOffset); last.setEnd(endNode, endOffset + 1);
  const a = first.getClientRects()[0], b = last.getClientRects()[0];
  return {x1: a.left + 1, y1: a.top + a.height / 2, x2: b.right - 1, y2: b.top + b.height / 2};
}"""


def select_with_mouse(page, phrase: str, nth: int = 0) -> None:
    box = page.evaluate(PHRASE_BOX, [phrase, nth])
    page.mouse.move(box["x1"], box["y1"])
    page.mouse.down()
    page.mouse.move(box["x2"], box["y2"], steps=8)
    page.mouse.up()
    assert page.evaluate("() => window.getSelection().toString()") == phrase


def mark_claim(page, phrase: str, nth: int = 0, **fields) -> Claim:
    select_with_mouse(page, phrase, nth)
    page.keyboard.press("n")
    form = page.locator("#new-claim-form")
    assert form.locator(".selection-preview").inner_text() == f"“{phrase}”"
    for name, value in fields.items():
        field = form.locator(f"[name={name}]")
        if field.evaluate("el => el.tagName") == "SELECT":
            field.select_option(value)
        else:
            field.fill(value)
    count = Claim.objects.count()
    form.locator("button[type=submit]").click()
    page.wait_for_function(f"() => document.querySelectorAll('[data-claim-link]').length === {count + 1}")
    claim = Claim.objects.latest("id")
    page.wait_for_selector(f'#panel[data-claim="{claim.pk}"]')
    return claim


def test_checker_journey_import_mark_attribute_source_discuss(new_page, checker, desk, shared_dir, live_server):
    seed = (shared_dir / "seed-article.txt").read_text("utf-8")
    page = new_page(checker)

    # Import by pasting.
    page.click("text=Import article")
    page.fill("#id_title", "Israel says it has begun preparations for Gaza departures")
    page.fill("#id_outlet", "Associated Press")
    page.fill("#id_published", "2025-02-06")
    page.fill("#id_text", seed)
    page.click("button[name=save]")
    article = Article.objects.get()
    page.wait_for_url(f"**{article.get_absolute_url()}")

    # Mark claims by selecting "officials said" passages with the mouse.
    blitz = "Egypt has launched a diplomatic blitz behind the scenes against the proposal"
    anonymous = mark_claim(
        page,
        blitz,
        nth=1,
        attribution_type=AttributionType.ANONYMOUS,
        attribution="officials",
        cue="said",
        quote_type="indirect",
    )
    katz = mark_claim(
        page,
        "he has ordered the military to make preparations to facilitate the emigration",
        speaker_name="Israel Katz",
        speaker_title="Israeli Defense Minister",
        attribution_type=AttributionType.OFFICIAL_TITLE,
        attribution="Israeli Defense Minister Israel Katz",
        cue="said",
        quote_type="indirect",
    )
    closed_door = mark_claim(
        page,
        "Cairo has made clear to the Trump administration and Israel that it will resist any such proposal",
        attribution_type=AttributionType.ANONYMOUS,
        attribution="Egyptian officials, speaking on condition of anonymity",
        anonymity_reason="to discuss closed-door talks",
        cue="said",
        quote_type="indirect",
    )
    government = mark_claim(
        page,
        "the Egyptian government rejected efforts to move Palestinians from Gaza",
        attribution_type=AttributionType.INSTITUTION,
        attribution="the Egyptian government",
        cue="in a statement",
        quote_type="mixed",
    )
    for claim in (anonymous, katz, closed_door, government):
        assert article.text[claim.start : claim.end] == claim.quote
    assert anonymous.start > seed.index(blitz)  # the second occurrence, as selected
    assert katz.speaker.title == "Israeli Defense Minister"
    assert closed_door.anonymity_reason == "to discuss closed-door talks"

    # The summary updated in place (htmx event, no reload).
    summary = page.locator("#attribution-summary")
    assert summary.locator('td[data-type="anonymous"]').inner_text() == "2"
    assert summary.locator('td[data-type="official_title"]').inner_text() == "1"

    # Add a source to the selected claim (the government statement).
    page.click("#add-source summary")
    page.fill("#id_source-url", "https://www.sis.gov.eg/statement")
    page.fill("#id_source-title", "Egyptian foreign ministry statement")
    page.check("input[name=source-stance][value=supports]")
    page.click("#source-form button[type=submit]")
    page.wait_for_selector("#sources .stance-supports")
    assert Source.objects.get().claim == government

    # Write a note, then resolve it.
    page.fill("#note-form textarea", "Is there an English version of the statement?")
    page.click("#note-form button[type=submit]")
    page.wait_for_selector("#notes .note")
    page.click("#notes .note button:has-text('Resolve')")
    page.wait_for_selector("#notes .note.resolved")

    # Reload: everything persisted.
    page.reload()
    assert page.locator("[data-claim-link]").count() == 4
    assert page.locator("#sources .stance-supports").count() == 1
    assert page.locator("#notes .note.resolved").count() == 1
    assert Note.objects.get().is_resolved
    assert page.js_errors == []
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "workspace.png"), full_page=True)


def test_keyboard_only_journey(new_page, checker, desk):
    article = ArticleFactory(
        desk=desk,
        text=(
            "The ministry said on Monday that 1,200 families had been moved. "
            "Officials, speaking on condition of anonymity, said more would follow. "
            "The river rose 3 metres overnight, the agency reported."
        ),
    )
    page = new_page(checker)
    page.goto(article.get_absolute_url())

    # n with nothing selected goes to the sentence list.
    page.keyboard.press("n")
    assert page.evaluate("document.activeElement.name") == "sentence"
    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowDown")
    page.keyboard.press("Tab")
    page.keyboard.type("More families will be moved")
    page.keyboard.press("Tab")  # speaker
    page.keyboard.press("Tab")  # title
    page.keyboard.press("Tab")  # attribution type
    page.keyboard.type("Anon")  # typing picks the option in a focused select
    page.keyboard.press("Tab")
    page.keyboard.type("Officials")
    page.keyboard.press("Tab")
    page.keyboard.type("said")
    page.keyboard.press("Enter")  # implicit submission from a text field
    page.wait_for_selector("#panel[data-claim]")
    claim = Claim.objects.get()
    assert claim.quote == "Officials, speaking on condition of anonymity, said more would follow."
    assert (claim.attribution_type, claim.attribution, claim.cue) == ("anonymous", "Officials", "said")

    # Shortcuts do not fire while typing.
    page.keyboard.press("e")
    assert page.evaluate("document.activeElement.name") == "text"
    # The caret is at the end of the text: typing continues it, no End key needed.
    assert page.evaluate("document.activeElement.selectionStart === document.activeElement.value.length")
    page.keyboard.type(" soon")
    assert page.locator("#new-claim-box").evaluate("el => el.open") is False
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")  # the reporting cue
    page.keyboard.press("Enter")
    page.wait_for_selector("#panel .saved")
    claim.refresh_from_db()
    assert claim.text == "More families will be moved soon"

    # s opens the source form; Enter adds it.
    page.keyboard.press("Escape")
    page.evaluate("document.activeElement.blur()")
    page.keyboard.press("s")
    page.keyboard.type("https://ministry.example/figures")
    page.keyboard.press("Enter")
    page.wait_for_selector("#sources .source a[href='https://ministry.example/figures']")

    # j/k move between claims; ? shows the shortcuts.
    second = Claim(desk=desk, article=article, text="The river rose 3 metres")
    second.anchor(article.text.index("The river"), len(article.text))
    second.save()
    page.goto(article.get_absolute_url())  # nothing selected yet
    page.keyboard.press("j")
    page.wait_for_selector(f'#panel[data-claim="{claim.pk}"]')
    page.keyboard.press("j")
    page.wait_for_selector(f'#panel[data-claim="{second.pk}"]')
    page.keyboard.press("k")
    page.wait_for_selector(f'#panel[data-claim="{claim.pk}"]')
    page.keyboard.press("?")
    assert page.locator("#shortcuts").evaluate("el => el.open")
    page.keyboard.press("Escape")
    assert page.js_errors == []


def test_review_across_two_people_with_notification(new_page, checker, editor, desk):
    article = ArticleFactory(desk=desk)
    claim = Claim(desk=desk, article=article, text="1,200 families were moved")
    claim.anchor(0, 40)
    claim.rating = RatingFactory(desk=desk)
    claim.save()
    claim.assign(checker, by=editor)
    SourceFactory(claim=claim)

    checker_page = new_page(checker)
    checker_page.goto(claim.get_workspace_url())
    checker_page.click("button[data-action=submit]")
    checker_page.wait_for_selector("#panel .stage-review")
    assert checker_page.locator("button[data-action=approve]").count() == 0  # four eyes

    editor_page = new_page(editor)
    editor_page.goto(claim.get_workspace_url())
    editor_page.click("button[data-action=approve]")
    editor_page.wait_for_selector("#panel .stage-approved")
    editor_page.once("dialog", lambda dialog: dialog.accept())  # publishing asks to confirm
    editor_page.click("button[data-action=publish]")
    editor_page.wait_for_selector("#panel .stage-published")
    claim.refresh_from_db()
    assert claim.stage == Stage.PUBLISHED

    checker_page.goto("/notifications/")
    assert checker_page.locator("[data-testid=unread-count]").inner_text() == "3"  # assigned, approved, published
    assert checker_page.locator("text=published a claim you worked on").count() == 1


def test_conflicting_edits_in_two_browsers_show_the_conflict_panel(new_page, checker, editor, desk):
    article = ArticleFactory(desk=desk)
    claim = Claim(desk=desk, article=article, text="1,200 families were moved")
    claim.anchor(0, 40)
    claim.save()
    mine, theirs = new_page(checker), new_page(editor)
    for page in (mine, theirs):
        page.goto(claim.get_workspace_url())
    theirs.fill("#attribution-form [name=attribution]", "the ministry")
    theirs.click("#attribution-form button[type=submit]")
    theirs.wait_for_function("() => document.querySelector('#attribution-form [name=version]').value !== '1'")

    mine.fill("#attribution-form [name=attribution]", "ministry officials")
    mine.click("#attribution-form button[type=submit]")
    mine.wait_for_selector("#attribution .conflict")
    assert "the ministry" in mine.locator(".conflict").inner_text()
    claim.refresh_from_db()
    assert claim.attribution == "the ministry"
    mine.click("#attribution-form button[type=submit]")  # reapply mine on top
    mine.wait_for_function("() => !document.querySelector('#attribution .conflict')")
    claim.refresh_from_db()
    assert claim.attribution == "ministry officials"


def test_seed_article_suggestions_are_accepted_in_the_browser(new_page, checker, desk, shared_dir):
    from claims.models import Suggestion

    seed = (shared_dir / "seed-article.txt").read_text("utf-8")
    page = new_page(checker)
    page.goto("/articles/new/")
    page.fill("#id_title", "Seed article")
    page.fill("#id_text", seed)
    page.click("button[name=save]")
    article = Article.objects.get()
    page.wait_for_url(f"**{article.get_absolute_url()}")
    pending = article.suggestions.pending().count()
    assert pending >= 15
    assert page.locator("#article-text span.suggestion").count() > 0  # dashed in the text
    assert page.locator("[data-suggestion-item]").count() == pending

    # One keystroke accepts the first suggestion.
    page.keyboard.press("a")
    page.wait_for_function(f"() => document.querySelectorAll('[data-suggestion-item]').length === {pending - 1}")
    first = Claim.objects.get()
    assert first.quote == first.article.text[first.start : first.end]

    # Every anonymous suggestion, accepted one by one from the list.
    anonymous = list(article.suggestions.pending().filter(attribution_type="anonymous"))
    assert anonymous, "the seed article's anonymous sources are suggested"
    for suggestion in anonymous:
        page.locator(f'[data-suggestion-item="{suggestion.pk}"] button[data-accept]').click()
        page.wait_for_selector(f'[data-suggestion-item="{suggestion.pk}"]', state="detached")
    reasons = set(Claim.objects.filter(attribution_type="anonymous").values_list("anonymity_reason", flat=True))
    assert "to discuss closed-door talks" in reasons

    # Accept all from one named speaker.
    named = article.suggestions.pending().exclude(speaker_name="").first()
    if named is not None:
        same = Suggestion.objects.filter(
            article=article, status="pending", speaker_name=named.speaker_name, attribution_type=named.attribution_type
        ).count()
        before = Claim.objects.count()
        page.locator(f'[data-suggestion-item="{named.pk}"] button:has-text("Accept all from")').click()
        page.wait_for_selector(f'[data-suggestion-item="{named.pk}"]', state="detached")
        assert Claim.objects.count() == before + same
    page.reload()
    assert page.locator("[data-claim-link]").count() == Claim.objects.count()
    assert page.js_errors == []
    print(f"seed article: {pending} suggestions, {Claim.objects.count()} accepted in the browser")


def test_main_pages_have_no_serious_accessibility_violations(new_page, editor, desk):
    from axe_playwright_python.sync_playwright import Axe

    article = ArticleFactory(desk=desk, language="en")
    claim = Claim(desk=desk, article=article, text="1,200 families were moved")
    claim.anchor(0, 40)
    claim.save()
    SourceFactory(claim=claim)
    page = new_page(editor)
    axe = Axe()
    ArticleFactory(desk=desk, triage="new")
    job = Job.start(JobKind.SUGGEST, desk=desk, by=editor, article=article)
    urls = ["/", claim.get_workspace_url(), "/claims/", "/queue/", "/articles/new/", f"/claims/{claim.pk}/history/"]
    urls += ["/triage/", "/feeds/", "/jobs/", job.get_absolute_url()]
    for viewport in ({"width": 1400, "height": 1000}, {"width": 390, "height": 844}):  # desktop, then a phone
        page.set_viewport_size(viewport)
        for url in urls:
            page.goto(url)
            results = axe.run(page)
            serious = [
                (v["id"], v["help"], [n["target"] for n in v["nodes"]][:3])
                for v in results.response["violations"]
                if v["impact"] in ("serious", "critical")
            ]
            assert serious == [], (url, viewport)


def test_navigation_counts_update_without_a_reload(new_page, checker, editor, desk):
    claim = Claim(desk=desk, article=ArticleFactory(desk=desk), text="1,200 families were moved")
    claim.anchor(0, 40)
    claim.save()
    page = new_page(editor)
    page.goto(claim.get_workspace_url())
    assert page.locator("[data-testid=queue-count]").inner_text() == "0"
    page.select_option("#panel select[name=assignee]", str(editor.pk))
    page.click("#panel form:has(input[value=assign]) button[type=submit]")
    page.wait_for_function("() => document.querySelector('[data-testid=queue-count]').textContent.trim() === '1'")
    assert page.evaluate("performance.getEntriesByType('navigation').length") == 1  # no reload happened


def test_a_send_back_reaches_the_checkers_open_page_within_ten_seconds(new_page, checker, editor, desk):
    article = ArticleFactory(desk=desk)
    claim = Claim(desk=desk, article=article, text="1,200 families were moved")
    claim.anchor(0, 40)
    claim.rating = RatingFactory(desk=desk)
    claim.save()
    claim.assign(checker, by=editor)
    SourceFactory(claim=claim)
    claim.submit(by=checker)

    checker_page = new_page(checker)
    checker_page.goto(claim.get_workspace_url())
    checker_page.wait_for_selector("#panel .stage-review")
    editor_page = new_page(editor)
    editor_page.goto(claim.get_workspace_url())
    editor_page.fill("textarea[name=comment]", "Find the ministry's own release.")
    sent = time.monotonic()
    editor_page.click("form:has(textarea[name=comment]) button[type=submit]")
    editor_page.wait_for_selector("#panel .stage-changes")
    checker_page.wait_for_selector("#panel .pulse .notice", timeout=10_000)
    latency = time.monotonic() - sent
    notice = checker_page.locator("#panel .pulse .notice").inner_text()
    assert editor.username in notice and "needs changes" in notice
    # Once the editor's page has pulsed too, the checker sees who else has the claim open,
    # and the notice stays until the panel is reloaded.
    checker_page.wait_for_selector("#panel .pulse >> text=Also open", timeout=12_000)
    assert checker_page.locator("#panel .pulse .notice").count() == 1
    checker_page.click("#panel .pulse .notice a")
    checker_page.wait_for_selector("#panel .stage-changes")
    print(f"\nlive: a send-back reached the other open page in {latency:.1f} s")
    assert checker_page.js_errors == []


def test_a_phone_has_no_horizontal_overflow_on_the_daily_pages(browser, live_server, checker, editor, desk):
    article = ArticleFactory(desk=desk)
    claim = Claim(desk=desk, article=article, text="1,200 families were moved")
    claim.anchor(0, 40)
    claim.save()
    claim.assign(checker, by=editor)
    SourceFactory(claim=claim)
    context = browser.new_context(base_url=live_server.url, viewport={"width": 390, "height": 844})
    try:
        page = context.new_page()
        page.goto("/login/")
        page.fill("#id_username", checker.username)
        page.fill("#id_password", "pw-for-tests")
        page.click("main button[type=submit]")
        page.wait_for_url(f"{live_server.url}/")
        widths = {}
        ArticleFactory(desk=desk, triage="new", title="A long title from a monitored outlet's feed " * 3)
        for url in ("/", "/claims/", claim.get_workspace_url(), "/queue/", "/triage/", "/feeds/", "/jobs/"):
            page.goto(url)
            widths[url] = page.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
        assert all(scroll <= inner for scroll, inner in widths.values()), widths
        # The chosen claim's panel starts on the first screen, not below the whole article.
        page.goto(claim.get_workspace_url())
        assert page.locator("#panel").bounding_box()["y"] < 844
        logout = page.locator("button:has-text('Log out')").bounding_box()
        assert logout["x"] + logout["width"] <= 390
    finally:
        context.close()


SIX_SAID = (
    "Prime Minister Ana Ruiz said the bridge would reopen in May. Officials said the repairs would cost "
    "$4 million. The mayor, Tom Lee, said traffic would ease by June. Police said two people were hurt in "
    "the collapse. Teachers said schools would stay open. The minister said the budget would rise."
)


def test_a_suggestion_is_corrected_beside_the_text_and_deciding_keeps_the_list_position(new_page, checker, desk):
    from claims.models import Suggestion

    article = ArticleFactory(desk=desk, text=SIX_SAID)
    Suggestion.refresh_for(article)
    page = new_page(checker)
    page.goto(article.get_absolute_url())
    first = page.locator("[data-suggestion-item]").first
    first.locator("[data-correct]").click()
    form = page.locator("#panel #correct-form")
    form.wait_for()
    assert page.locator("#article-text").is_visible()  # the article stays beside the correction
    assert "?suggestion=" in page.url
    form.locator("[name=text]").fill("The bridge reopens in May")
    form.locator("button[type=submit]").click()
    page.wait_for_selector("#panel[data-claim]")
    claim = Claim.objects.get()
    assert claim.text == "The bridge reopens in May" and claim.speaker.name == "Ana Ruiz"
    assert page.locator("[data-suggestion-item]").count() == 5

    # The third suggestion is focused; a accepts it; the fourth takes its place, focused, and the
    # list has not jumped to the top.
    items = page.locator("[data-suggestion-item]")
    third = items.nth(2)
    third.focus()
    before = third.bounding_box()
    fourth_id = items.nth(3).get_attribute("data-suggestion-item")
    page.keyboard.press("a")
    page.wait_for_function("() => document.querySelectorAll('[data-suggestion-item]').length === 4")
    page.wait_for_function(f"() => document.activeElement.dataset.suggestionItem === '{fourth_id}'")
    # In its place, give or take the decided one's height when the page, now shorter, is scrolled to its end.
    after = page.locator(f'[data-suggestion-item="{fourth_id}"]').bounding_box()["y"]
    assert abs(after - before["y"]) <= before["height"] + 2 and 0 <= after < 1000
    # Reject keeps the place too.
    page.locator(f'[data-suggestion-item="{fourth_id}"] button:has-text("Reject")').click()
    page.wait_for_function("() => document.querySelectorAll('[data-suggestion-item]').length === 3")
    page.wait_for_function("() => document.activeElement.matches('[data-suggestion-item]')")
    assert page.js_errors == []


def test_a_claim_marked_by_someone_else_reaches_the_open_workspace(new_page, checker, editor, desk):
    article = ArticleFactory(desk=desk)
    page = new_page(checker)
    page.goto(article.get_absolute_url())
    page.wait_for_selector("#claim-list >> text=No claims yet.")
    claim = Claim(desk=desk, article=article, text="Someone else's claim")
    claim.anchor(0, 20)
    claim._history_user = editor
    claim.save()
    page.wait_for_selector("#claim-list [data-claim-link]", timeout=15_000)  # within the 10 s pulse
    page.wait_for_selector("#article-pulse >> text=Reload the text")
    page.click("#article-pulse a")
    page.wait_for_selector(f'#article-text mark[data-claim="{claim.pk}"]')
    assert page.js_errors == []


def test_on_a_phone_a_chosen_claim_opens_as_a_sheet_over_the_text(browser, live_server, checker, desk):
    article = ArticleFactory(desk=desk)
    claim = Claim(desk=desk, article=article, text="1,200 families were moved")
    claim.anchor(0, 40)
    claim.save()
    context = browser.new_context(base_url=live_server.url, viewport={"width": 390, "height": 844})
    try:
        page = context.new_page()
        page.set_default_timeout(20_000)
        page.goto("/login/")
        page.fill("#id_username", checker.username)
        page.fill("#id_password", "pw-for-tests")
        page.click("main button[type=submit]")
        page.wait_for_url(f"{live_server.url}/")
        page.goto(article.get_absolute_url())
        assert page.locator("#panel[data-claim]").count() == 0
        page.click(f'[data-claim-link="{claim.pk}"]')
        page.wait_for_selector("#panel[data-claim]")
        box = page.locator("#panel").bounding_box()
        assert (box["x"], box["y"], box["width"], box["height"]) == (0, 0, 390, 844)
        assert page.evaluate("[document.documentElement.scrollWidth, window.innerWidth]") == [390, 390]
        page.keyboard.press("Escape")  # or the Close link: back to the text
        page.wait_for_selector("#panel:not([data-claim])")
        assert page.url.endswith(article.get_absolute_url())
        page.click(f'[data-claim-link="{claim.pk}"]')
        page.click("#panel [data-close-panel]")
        page.wait_for_selector("#panel:not([data-claim])")
        assert page.locator("#article-text").is_visible()
    finally:
        context.close()


def test_the_admin_claim_list_shows_every_column_at_1400_pixels(new_page, desk_admin, desk):
    desk_admin.is_staff = desk_admin.is_superuser = True  # the layout, not the permissions, is under test
    desk_admin.save()
    article = ArticleFactory(desk=desk, title="A long title " * 20)
    claim = Claim(desk=desk, article=article, text="A long claim text " * 10, rating=RatingFactory(desk=desk))
    claim.anchor(0, 40)
    claim.assignee = desk_admin
    claim.save()
    page = new_page(desk_admin)
    page.goto("/admin/claims/claim/")
    for heading in ("Stage", "Rating", "Assignee"):
        box = page.locator(f"#result_list thead th:has-text('{heading}')").bounding_box()
        assert box["x"] + box["width"] <= 1400, heading
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")


def test_a_fresh_import_shows_its_suggestion_job_and_reloads_when_the_worker_is_done(queue, new_page, checker, desk):
    from django.core.management import call_command

    page = new_page(checker)
    page.goto("/articles/new/")
    page.fill("#id_title", "Bridge")
    page.fill(
        "#id_text",
        "Prime Minister Ana Ruiz said the bridge would reopen in May. Officials, speaking on condition of "
        "anonymity, said it cost 4 million euros.",
    )
    page.click("button[name=save]")
    article = Article.objects.get()
    page.wait_for_url(f"**{article.get_absolute_url()}")
    status = page.locator("section.job")
    assert "Queued" in status.inner_text()  # no worker yet: the page says so and polls
    assert page.locator(".suggestion-list li").count() == 0

    call_command("runworker", batch=True, verbosity=0)

    page.locator(".suggestion-list li").first.wait_for()  # the poll saw it done and reloaded the page
    assert page.locator("section.job").count() == 0
    assert article.jobs.get().status == JobStatus.SUCCEEDED
    assert page.js_errors == []


def test_speaker_outlet_and_dashboard_pages_draw_their_charts(new_page, editor, desk):
    """Screenshots for the record (tests/artifacts/), and axe on the three pages."""
    import datetime as dt

    from axe_playwright_python.sync_playwright import Axe

    from .factories import OutletFactory, SpeakerFactory

    speaker = SpeakerFactory(desk=desk, name="Ana Ruiz", title="Prime Minister")
    outlet = OutletFactory(desk=desk, name="Coastal Courier")
    ratings = [RatingFactory(desk=desk), RatingFactory(desk=desk, label="True", slug="true", value=5, colour="#2e7d32")]
    kinds = list(AttributionType)
    for n in range(36):
        article = ArticleFactory(desk=desk, outlet=outlet, published=dt.date(2025, 1 + n % 6, 1 + n % 27))
        claim = Claim(
            desk=desk,
            article=article,
            text=f"Claim {n} about the bridge",
            speaker=speaker if n % 3 else None,
            rating=ratings[n % 2] if n % 4 else None,
            attribution_type=kinds[(n * 7 // 3) % len(kinds)],
            anonymity_reason="to discuss closed-door talks"
            if kinds[(n * 7 // 3) % len(kinds)] == AttributionType.ANONYMOUS
            else "",
        )
        claim.anchor(0, 40)
        claim.save()
    page = new_page(editor)
    axe = Axe()
    for url, name in (
        (speaker.get_absolute_url(), "speaker"),
        (outlet.get_absolute_url(), "outlet"),
        (f"/desks/{desk.slug}/dashboard/", "dashboard"),
    ):
        page.goto(url)
        assert page.locator("figure.chart svg rect").count() > 3, name
        page.screenshot(path=str(ARTIFACTS / f"{name}-page.png"), full_page=True)
        serious = [v["id"] for v in axe.run(page).response["violations"] if v["impact"] in ("serious", "critical")]
        assert serious == [], (name, serious)
    assert page.js_errors == []
