"""The interface's templates are translatable and translated: no template gains a string that is not
marked, the Arabic catalogue (locale/ar) covers every string the templates mark, its compiled .mo is
the .po, and real pages come out in Arabic, right to left.

After changing a template's text: ``manage.py makemessages -l ar -e html --no-obsolete --ignore=.venv
--ignore=claims/locale``, translate what is new in locale/ar/LC_MESSAGES/django.po, then
``manage.py compilemessages -l ar --ignore=.venv``. The strings of the Python code have their own
catalogue in claims/locale/."""

from __future__ import annotations

import ast
import gettext
import re
from html.parser import HTMLParser
from pathlib import Path

import polib
import pytest
from django.template.base import Lexer, TokenType
from django.utils.translation.template import templatize

from claims.models import Notification, Verb

from .factories import ArticleFactory, ClaimFactory

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[1]
TEMPLATE_DIRS = [ROOT / "templates", ROOT / "claims" / "templates"]
PO = ROOT / "locale" / "ar" / "LC_MESSAGES" / "django.po"
MO = PO.with_suffix(".mo")
PLURAL_FORMS = "nplurals=6; plural=n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 : n%100>=11 ? 4 : 5;"
# One number for each of Arabic's six plural forms, in the order of the formula above.
ONE_NUMBER_PER_FORM = [0, 1, 2, 3, 11, 100]

# Templates that are not the interface.
NOT_INTERFACE = {
    # Stands in for a third-party news site (the demo feed's articles): its words are the article's,
    # imported as its text, so they stay as the site would write them.
    "claims/demo_article.html",
}
# Words that may stand untranslated in a template, with why.
ALLOWED_WORDS = {
    "Claimdesk": "the app's name",
    "ClaimReview": "schema.org's name of the published format, linked as such",
    "Swagger": "the API browser's name (its page title)",
}
# Literal defaults of variables that are not words to read.
NOT_TEXT_DEFAULTS = {"en": "a language code, for <html lang>"}
# Attributes whose value people read or hear.
READ_ATTRIBUTES = {"title", "aria-label", "placeholder", "alt", "hx-confirm", "data-empty"}
WORD = re.compile(r"[^\W\d_]{2,}")
MARK = "\x00"  # what a tag or a variable renders, for the check: never a word
LITERAL_DEFAULT = re.compile(r"""\|default(?:_if_none)?:(?P<q>["'])(?P<text>.*?)(?P=q)""")


def templates() -> list[tuple[str, Path]]:
    found = []
    for folder in TEMPLATE_DIRS:
        for path in sorted(folder.rglob("*.html")):
            name = path.relative_to(folder).as_posix()
            if name not in NOT_INTERFACE:
                found.append((name, path))
    return found


def words(text: str) -> list[str]:
    return [w for w in WORD.findall(text) if w not in ALLOWED_WORDS]


def visible_source(source: str) -> tuple[str, list[tuple[int, str]]]:
    """The template as HTML with what Django renders left out: tags and variables become MARK, and what
    translate/blocktranslate (and comments) hold is dropped, newlines kept so lines still match. Also
    gives the literal defaults of variables (``x|default:"text"``) that are not marked with ``_()``."""
    out: list[str] = []
    literals: list[tuple[int, str]] = []
    until = None  # the end tag of the block being skipped
    for token in Lexer(source).tokenize():
        if token.token_type in (TokenType.VAR, TokenType.BLOCK):
            literals += [(token.lineno, m["text"]) for m in LITERAL_DEFAULT.finditer(token.contents)]
        if token.token_type == TokenType.BLOCK:
            name = (token.contents.split() or [""])[0]
            if until:
                if name == until:
                    until = None
                continue
            if name in ("blocktranslate", "blocktrans", "comment"):
                until = f"end{name}"
            out.append(MARK)
        elif until:
            out.append("\n" * token.contents.count("\n"))
        elif token.token_type == TokenType.TEXT:
            out.append(token.contents)
        elif token.token_type == TokenType.VAR:
            out.append(MARK)
    return "".join(out), literals


class Untranslated(HTMLParser):
    """Collects the words of a template's text and read attributes, outside <script>, <style> and <kbd>."""

    SKIP = {"script", "style", "kbd"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[tuple[int, str]] = []
        self.skipping: list[str] = []

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name in READ_ATTRIBUTES and value and words(value):
                self.found.append((self.getpos()[0], f"{name}={value.replace(MARK, '…')!r}"))
        if tag in self.SKIP:
            self.skipping.append(tag)

    def handle_endtag(self, tag):
        if self.skipping and self.skipping[-1] == tag:
            self.skipping.pop()

    def handle_data(self, data):
        if not self.skipping and words(data):
            self.found.append((self.getpos()[0], " ".join(data.replace(MARK, " ").split())))


def untranslated(source: str) -> list[str]:
    html, literals = visible_source(source)
    parser = Untranslated()
    parser.feed(html)
    parser.close()
    found = [f"line {line}: {text!r}" for line, text in parser.found]
    found += [
        f"line {line}: default:{text!r} (mark it: default:_(...))"
        for line, text in literals
        if words(text) and text not in NOT_TEXT_DEFAULTS
    ]
    return found


CALL = re.compile(
    r"\b(_|gettext|ngettext|pgettext|npgettext)\(((?:\s*u?(?:'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\")\s*,?)+)"
)
STRING = re.compile(r"u?('(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\")")


def template_messages(source: str) -> set[tuple[str | None, str, str | None]]:
    """(context, msgid, msgid_plural) of every string a template marks, as makemessages reads them
    (from Django's templatize, which it hands to xgettext)."""
    found = set()
    for function, args in CALL.findall(templatize(source)):
        strings = [ast.literal_eval(s) for s in STRING.findall(args)]
        context = strings.pop(0) if function.startswith(("pgettext", "npgettext")) else None
        plural = strings[1] if function in ("ngettext", "npgettext") else None
        found.add((context, strings[0], plural))
    return found


@pytest.fixture(scope="module")
def catalogue() -> polib.POFile:
    return polib.pofile(str(PO))


# -- every string is marked --------------------------------------------------------------------


def test_the_check_finds_unmarked_text_attributes_and_defaults():
    source = (
        '{% load i18n %}<p title="Hello there">Plain words {{ n }} claim{{ n|pluralize }}</p>'
        '<kbd>Esc</kbd><script>var ok = "fine";</script>{% translate "Marked" %}'
        '{% blocktranslate %}Also marked {{ x }}{% endblocktranslate %}{{ who|default:"someone" }}'
        '{{ who|default:_("marked") }}{% comment %}a note{% endcomment %}<b>Claimdesk</b> · 12 ✔'
    )
    found = untranslated(source)
    assert len(found) == 3, found
    assert "Hello there" in found[0] and "Plain words" in found[1] and "claim" in found[1] and "someone" in found[2]


@pytest.mark.parametrize("name,path", templates(), ids=[name for name, _ in templates()])
def test_every_visible_string_of_the_template_is_marked_for_translation(name, path):
    source = path.read_text(encoding="utf-8")
    found = untranslated(source)
    assert found == [], f"{name} has text not marked for translation:\n" + "\n".join(found)
    if "{% translate" in source or "{% blocktranslate" in source:
        assert re.search(r"{% load [^%]*\bi18n\b", source), f"{name} uses i18n without loading it"


# -- the Arabic catalogue ----------------------------------------------------------------------


def test_the_arabic_catalogue_says_its_language_and_plural_forms(catalogue):
    assert catalogue.metadata["Language"] == "ar"
    assert catalogue.metadata["Plural-Forms"] == PLURAL_FORMS
    assert not catalogue.metadata_is_fuzzy


def test_the_arabic_catalogue_translates_every_string_of_the_templates(catalogue):
    marked = set()
    for _, path in templates():
        marked |= template_messages(path.read_text(encoding="utf-8"))
    assert len(marked) > 300  # the extraction works
    entries = {(e.msgctxt, e.msgid, e.msgid_plural or None): e for e in catalogue if not e.obsolete}
    assert sorted(marked - entries.keys(), key=str) == [], "not in the catalogue: run makemessages (module doc)"
    assert sorted(entries.keys() - marked, key=str) == [], "no template says these any more: run makemessages"
    assert [e.msgid for e in entries.values() if e.fuzzy] == []
    assert [e.msgid for e in entries.values() if not e.translated()] == []
    assert [e.msgid for e in entries.values() if e.msgid_plural and len(e.msgstr_plural) != 6] == []
    assert catalogue.percent_translated() == 100


PLACEHOLDER = re.compile(r"%\(\w+\)s|%%")
TAG = re.compile(r"</?[a-zA-Z][^>]*>")


def test_translations_keep_placeholders_and_markup_and_add_no_html(catalogue):
    problems = []
    for entry in catalogue:
        forms = list(entry.msgstr_plural.values()) if entry.msgid_plural else [entry.msgstr]
        source = entry.msgid + (entry.msgid_plural or "")
        wanted = set(PLACEHOLDER.findall(source))
        for number, form in zip(ONE_NUMBER_PER_FORM, forms, strict=False):
            have = set(PLACEHOLDER.findall(form))
            # A form may leave the number out where the words say it (one, two, none)…
            needed = wanted - {"%(counter)s"} if entry.msgid_plural and number <= 2 else wanted
            if not needed <= have <= wanted:
                problems.append((entry.msgid, form, "placeholders"))
            if sorted(TAG.findall(form)) != sorted(TAG.findall(entry.msgid)):
                problems.append((entry.msgid, form, "markup"))
            # …and may not bring characters that would be read as HTML (some land in attributes).
            if set(TAG.sub("", form)) & set('"<>&') - set(TAG.sub("", source)):
                problems.append((entry.msgid, form, "HTML characters"))
    assert problems == []


def test_the_compiled_catalogue_is_the_catalogue(catalogue):
    assert MO.is_file(), "compile it: manage.py compilemessages -l ar --ignore=.venv"
    with MO.open("rb") as f:
        compiled = gettext.GNUTranslations(f)
    stale = []
    for entry in catalogue.translated_entries():
        if entry.msgid_plural:
            for number, form in zip(ONE_NUMBER_PER_FORM, entry.msgstr_plural.values(), strict=True):
                if entry.msgctxt:
                    got = compiled.npgettext(entry.msgctxt, entry.msgid, entry.msgid_plural, number)
                else:
                    got = compiled.ngettext(entry.msgid, entry.msgid_plural, number)
                if got != form:
                    stale.append((entry.msgid, number, got))
        else:
            got = compiled.pgettext(entry.msgctxt, entry.msgid) if entry.msgctxt else compiled.gettext(entry.msgid)
            if got != entry.msgstr:
                stale.append((entry.msgid, got))
    assert stale == [], "the .mo is older than the .po: run compilemessages"


# -- pages in Arabic ---------------------------------------------------------------------------


def html_tag(page: str) -> str:
    return re.search(r"<html[^>]*>", page).group()


def choose_arabic(client, person):
    client.force_login(person)
    assert client.post("/language/", {"language": "ar"}).status_code == 303


def test_a_visitor_whose_browser_asks_for_arabic_gets_the_login_page_in_arabic(client):
    page = client.get("/login/", headers={"Accept-Language": "ar"}).text
    assert html_tag(page) == '<html lang="ar" dir="rtl">'
    assert "<title>تسجيل الدخول · Claimdesk</title>" in page and "<h1>تسجيل الدخول</h1>" in page
    assert "الانتقال إلى المحتوى" in page and "اختصارات لوحة المفاتيح" in page and "تغيير اللغة" in page
    assert "Log in" not in page and "Skip to content" not in page and "Keyboard shortcuts" not in page


@pytest.mark.parametrize("count,arabic", [(1, "ادعاء واحد"), (2, "ادعاءان"), (3, "3 ادعاءات"), (11, "11 ادعاءً")])
def test_the_claim_list_in_arabic_counts_claims_with_arabic_plurals(client, desk, checker, count, arabic):
    for _ in range(count):
        ClaimFactory(desk=desk)
    choose_arabic(client, checker)
    page = client.get("/claims/").text
    assert html_tag(page) == '<html lang="ar" dir="rtl">'
    assert "<h1>الادعاءات</h1>" in page and f"<p>{arabic}." in page
    assert '<th scope="col">المرحلة</th>' in page and '<button type="submit">تصفية</button>' in page
    assert 'aria-label="التنقل الرئيسي"' in page and "قائمة عملي" in page
    assert "Export CSV" not in page and "Assign selected" not in page and "Filter" not in page


def test_the_unread_count_is_counted_in_arabic_plurals(client, desk, checker, editor):
    # The count is lazy (one query, if the page shows it); Arabic's plural rule needs a number.
    claim = ClaimFactory(desk=desk)
    Notification.objects.bulk_create(
        Notification(user=checker, claim=claim, actor=editor, verb=Verb.ASSIGNED) for _ in range(3)
    )
    choose_arabic(client, checker)
    page = client.get("/claims/").text
    assert 'aria-label="الإشعارات، 3 إشعارات غير مقروءة">الوارد <span class="count unread"' in page


def test_the_article_workspace_in_arabic(client, desk, checker):
    article = ArticleFactory(desk=desk)
    claim = ClaimFactory(desk=desk, article=article)
    choose_arabic(client, checker)
    page = client.get(f"{article.get_absolute_url()}?claim={claim.pk}").text
    assert html_tag(page) == '<html lang="ar" dir="rtl">'
    for arabic in (
        '<h2 id="summary-h">ملخّص الإسناد</h2>',
        '<h2 id="claims-h">الادعاءات (1)</h2>',
        '<h3 id="attribution-h">الإسناد</h3>',
        '<h3 id="notes-h">الملاحظات</h3>',
        'aria-label="الادعاء المحدَّد"',
        'aria-label="نص المقال"',
        "اضغط <kbd>n</kbd>",
    ):
        assert arabic in page
    assert f'<h1 dir="auto">{article.title}</h1>' in page  # the article's own words, as they are
    assert "Attribution summary" not in page and "Selected claim" not in page


def test_the_same_pages_stay_english_for_an_english_reader(client, desk, checker):
    ClaimFactory.create_batch(2, desk=desk)
    client.force_login(checker)
    page = client.get("/claims/").text
    assert html_tag(page) == '<html lang="en" dir="ltr">'
    assert "<h1>Claims</h1>" in page and "<p>2 claims." in page and "الادعاءات" not in page
