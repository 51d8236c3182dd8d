"""The Arabic claim suggester (claims.suggest.arabic): behaviour on small invented sentences, a property
test that any string is safe, and a regression floor on the Arabic development gold.

The sentences here are written for these tests (people and outlets invented); none is copied from the gold.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claims.suggest import arabic
from claims.suggest.attribution import Suggestion
from claims.suggest.attribution import suggest as suggest_any

DATELINE = "القاهرة - (وكالة) - "


def claims(text: str) -> list[Suggestion]:
    found = arabic.suggest(text)
    for s in found:
        assert_round_trip(text, s)
    return found


def assert_round_trip(text: str, s: Suggestion) -> None:
    assert s.content and text[s.content_start : s.content_end] == s.content
    for key in ("source", "cue"):
        value, start, end = getattr(s, key), getattr(s, key + "_start"), getattr(s, key + "_end")
        if value is None:
            assert start is None and end is None
        else:
            assert text[start:end] == value


def one(text: str, **expected) -> Suggestion:
    found = claims(text)
    assert len(found) == 1, [s.as_dict() for s in found]
    s = found[0]
    for key, value in expected.items():
        assert getattr(s, key) == value, (key, getattr(s, key), value)
    return s


def by_content(found: list[Suggestion], start: str) -> Suggestion:
    hits = [s for s in found if s.content.startswith(start)]
    assert hits, [s.content for s in found]
    return hits[0]


# ---------------------------------------------------------------- cues
@pytest.mark.parametrize(
    ("sentence", "cue", "content"),
    [
        ("وقال الوزير إن الميناء سيفتح غداً.", "قال", "الميناء سيفتح غداً"),
        ("وقالت الشركة إن أرباحها ارتفعت.", "قالت", "أرباحها ارتفعت"),
        ("وأكد المتحدث أن الوفد وصل.", "أكد", "الوفد وصل"),
        ("وأكدت الوزارة أن الطريق أغلق.", "أكدت", "الطريق أغلق"),
        ("وأوضح المدير أن المصنع توقف.", "أوضح", "المصنع توقف"),
        ("وصرّح المحافظ بأن المدارس ستغلق.", "صرّح", "المدارس ستغلق"),
        ("وأعلنت الهيئة أن الرحلات استؤنفت.", "أعلنت", "الرحلات استؤنفت"),
        ("وذكرت الصحيفة أن المفاوضات انهارت.", "ذكرت", "المفاوضات انهارت"),
        ("وأفادت الشرطة بأن ثلاثة أشخاص اعتقلوا.", "أفادت", "ثلاثة أشخاص اعتقلوا"),
        ("وأشار التقرير إلى أن الصادرات تراجعت.", "أشار", "الصادرات تراجعت"),
        ("وكشف النائب أن اللجنة اجتمعت سراً.", "كشف", "اللجنة اجتمعت سراً"),
        ("ويرى اقتصاديون أن التضخم بلغ ذروته.", "يرى", "التضخم بلغ ذروته"),
        ("واعتبر الحزب أن الانتخابات مزورة.", "اعتبر", "الانتخابات مزورة"),
        ("وشدد الرئيس على أن الحدود آمنة.", "شدد", "الحدود آمنة"),
        ("فقال الطبيب إن المريض تعافى.", "قال", "المريض تعافى"),
        ("ويقول المزارعون إن المحصول تلف.", "يقول", "المحصول تلف"),
    ],
)
def test_reporting_verb_first_leaves_the_clitic_and_the_complementiser_out(sentence, cue, content):
    s = one(sentence, cue=cue, content=content, quote_type="indirect")
    assert s.source and not s.source.startswith("و")


def test_the_conjunction_is_left_out_of_the_cue_span():
    text = DATELINE + "وقال المتحدث باسم البلدية إن المياه عادت إلى الأحياء الشرقية."
    s = one(text, cue="قال")
    assert text[s.cue_start - 1] == "و"


def test_preposition_right_after_the_verb_belongs_to_the_cue():
    one("وأشار إلى أن الأسعار انخفضت.", cue="أشار إلى", content="الأسعار انخفضت")
    s = one("وحذرت من أن المخزون ينفد.", cue="حذرت من", content="المخزون ينفد")
    assert s.source is None and s.attribution_type == "unattributed"  # no earlier speaker to point to


def test_according_to_first_and_after():
    s = one("وبحسب الشرطة، اعتقل أربعة أشخاص في الميناء.", cue="بحسب", source="الشرطة")
    assert s.content == "اعتقل أربعة أشخاص في الميناء" and s.attribution_type == "institution"
    s = one("واعتقل أربعة أشخاص في الميناء، وفقاً لمصدر أمني.", cue="وفقاً ل", source="مصدر أمني")
    assert s.content == "اعتقل أربعة أشخاص في الميناء" and s.attribution_type == "anonymous"
    s = one("وأصيب سبعة جنود في الهجوم، حسبما أفادت وزارة الدفاع مساء السبت.", cue="حسبما أفادت")
    assert s.source == "وزارة الدفاع" and s.content == "أصيب سبعة جنود في الهجوم"


def test_an_interrupting_attribution_stays_inside_the_content():
    s = one("وارتفع سعر الخبز، بحسب أرقام رسمية، بنسبة 30 في المئة.", cue="بحسب", source="أرقام رسمية")
    assert s.content == "ارتفع سعر الخبز، بحسب أرقام رسمية، بنسبة 30 في المئة"
    assert s.attribution_type == "document"


def test_agentless_reports_are_unattributed_with_the_cue_filled_in():
    s = one("وأُفيد بسقوط أمطار غزيرة في الجنوب.", cue="أُفيد", source=None, attribution_type="unattributed")
    assert s.content == "أُفيد بسقوط أمطار غزيرة في الجنوب" and s.quote_type == "none"
    s = one("ويُتوقع أن يرتفع منسوب النهر.", cue="يُتوقع", attribution_type="unattributed")
    assert s.content == "يُتوقع أن يرتفع منسوب النهر" and s.checkworthy is False


def test_verb_with_a_noun_object_instead_of_a_that_clause():
    s = one("ونفت الشركة في بيان تسريح أي موظف.", cue="نفت", source="الشركة", content="تسريح أي موظف")
    assert s.attribution_type == "institution"
    s = one("ورحب الاتحاد بالقرار.", cue="رحب", source="الاتحاد", content="القرار")
    assert s.checkworthy is False
    one("وأعلنت وزارة النقل يوم الأحد إغلاق المطار.", source="وزارة النقل", content="إغلاق المطار")


def test_subject_before_the_verb():
    one(
        "وكانت الوزارة قد أعلنت الشهر الماضي أن الموازنة تعاني عجزاً.",
        source="الوزارة",
        cue="أعلنت",
        content="الموازنة تعاني عجزاً",
    )
    one("أما رئيس النادي فقال إن المدرب باقٍ.", source="رئيس النادي", cue="قال", content="المدرب باقٍ")


# ---------------------------------------------------------------- quotes
def test_direct_quote_after_a_colon():
    s = one("وقال رئيس البلدية: «أغلقنا الجسر. لا نريد ضحايا».", cue="قال", quote_type="direct")
    assert s.content == "أغلقنا الجسر. لا نريد ضحايا"  # one sentence: the full stop is inside the quotation
    assert s.source == "رئيس البلدية" and s.attribution_type == "official_title"


def test_direct_quote_after_inna_and_in_english_marks():
    s = one("وقالت الناشطة إن «الحقيقة لا تموت».", quote_type="direct", content="الحقيقة لا تموت")
    assert s.source == "الناشطة"
    one('وقال النائب: "لن أصوت للموازنة".', quote_type="direct", content="لن أصوت للموازنة")


def test_partial_quote_is_mixed_and_keeps_its_opening_mark():
    s = one("وقال الوزير إن الاتفاق «خطوة أولى» نحو السلام.", quote_type="mixed")
    assert s.content == "الاتفاق «خطوة أولى» نحو السلام"
    s = one("وقالت اللجنة إن النتائج “تبعث على القلق”.", quote_type="mixed")
    assert s.content == "النتائج “تبعث على القلق"


def test_quote_first_then_the_speaker():
    s = one("«سنعيد بناء كل بيت»، قال رئيس الوزراء سليم حداد.", cue="قال", quote_type="direct")
    assert s.content == "سنعيد بناء كل بيت"
    assert s.source == "رئيس الوزراء سليم حداد" and s.attribution_type == "named_person"
    assert (s.speaker_name, s.speaker_title) == ("سليم حداد", "رئيس الوزراء")


def test_a_quotation_on_its_own_continues_the_last_speaker():
    text = "وقالت المعلمة هالة ناصر: «الصفوف مكتظة».\n\n«ولا توجد كتب كافية»."
    first, second = claims(text)
    assert second.content == "ولا توجد كتب كافية" and second.quote_type == "direct"
    assert (second.source_start, second.cue_start) == (first.source_start, first.cue_start)


# ---------------------------------------------------------------- sources
def test_title_before_name_is_a_named_person_with_the_title_split_off():
    s = one("وقال وزير المالية كريم العبدالله إن الدين تراجع.", attribution_type="named_person")
    assert s.source == "وزير المالية كريم العبدالله"
    assert (s.speaker_name, s.speaker_title) == ("كريم العبدالله", "وزير المالية")
    s = one("وقال المتحدث باسم الجيش العقيد منصور الزين إن القوات انسحبت.", attribution_type="named_person")
    assert s.speaker_name == "منصور الزين" and s.source == "المتحدث باسم الجيش العقيد منصور الزين"


def test_time_and_setting_of_the_statement_stay_out_of_the_source():
    s = one("وقال مدير المطار اليوم الاثنين في مؤتمر صحفي إن الرحلات عادت.", source="مدير المطار")
    assert s.attribution_type == "official_title"
    one("وقالت النقابة لـ(وكالة) إن الإضراب مستمر.", source="النقابة", attribution_type="institution")


def test_official_by_title_only():
    for sentence in ("وقال مدير المستشفى إن الأسرّة امتلأت.", "وقالت المتحدثة باسم البلدية إن الطرق فتحت."):
        one(sentence, attribution_type="official_title")


@pytest.mark.parametrize(
    "source",
    [
        "وزارة الزراعة",
        "البنك المركزي",
        "الحكومة",
        "الجيش",
        "هيئة الطيران المدني",
        "شركة النفط الوطنية",
        "منظمة الصحة العالمية",
    ],
)
def test_institutions(source):
    one(f"وقالت {source} إن المخزون يكفي لستة أشهر.", source=source, attribution_type="institution")


@pytest.mark.parametrize("source", ["بيان الوزارة", "تقرير البنك الدولي", "وثيقة داخلية", "دراسة جامعية"])
def test_documents(source):
    one(f"وذكر {source} أن الفقر ازداد.", source=source, attribution_type="document")


def test_anonymous_source_with_its_reason():
    s = one(
        "وقال مسؤول في الميناء، شريطة عدم الكشف عن هويته لأنه غير مخول بالحديث إلى الصحفيين، إن السفينة احتجزت.",
        attribution_type="anonymous",
    )
    assert s.source == "مسؤول في الميناء"
    assert s.anonymity_reason == "لأنه غير مخول بالحديث إلى الصحفيين"
    assert s.content == "السفينة احتجزت"
    s = one("وقال مصدران مطلعان، طلبا عدم ذكر اسميهما بسبب حساسية الملف، إن العرض رفض.")
    assert s.attribution_type == "anonymous" and s.anonymity_reason == "بسبب حساسية الملف"


@pytest.mark.parametrize("source", ["مصادر مطلعة", "خبراء", "محللون", "شهود عيان", "مسؤولون غربيون"])
def test_generic_unnamed_people_are_anonymous(source):
    one(f"وقال {source} إن الهدنة هشة.", source=source, attribution_type="anonymous")


def test_a_bare_request_for_anonymity_stays_in_the_source():
    s = one("وقال موظف في المصرف طلب عدم الكشف عن هويته إن الرواتب تأخرت.", attribution_type="anonymous")
    assert s.source == "موظف في المصرف طلب عدم الكشف عن هويته" and s.anonymity_reason is None


def test_nested_attribution_gives_two_claims():
    text = "ونقلت إذاعة «الشروق» عن مصادر أمنية أن المشتبه به اعتقل في المطار."
    outer, inner = claims(text)
    assert (outer.source, outer.cue, outer.attribution_type) == ("إذاعة «الشروق»", "نقلت", "institution")
    assert outer.content == "مصادر أمنية أن المشتبه به اعتقل في المطار"
    assert (inner.source, inner.cue, inner.attribution_type) == ("مصادر أمنية", "نقلت", "anonymous")
    assert inner.content == "المشتبه به اعتقل في المطار"


def test_pronoun_continuation_takes_the_nearest_earlier_mention():
    text = "وقالت وزيرة البيئة سلمى يوسف إن الغابة احترقت. وأضافت أن النيران أخمدت."
    first, second = claims(text)
    assert second.cue == "أضافت" and second.content == "النيران أخمدت"
    assert (second.source, second.source_start) == (first.source, first.source_start)
    assert second.attribution_type == "named_person"


def test_pronoun_continuation_matches_the_speakers_gender():
    text = "وقالت الوزارة إن الجسر انهار. وقال المهندس إن الخرسانة قديمة. وأضافت أن التحقيق بدأ."
    last = claims(text)[-1]
    assert last.cue == "أضافت" and last.source == "الوزارة"


def test_a_second_reporting_clause_in_the_same_sentence():
    text = "وقال المدرب إن الفريق جاهز، مشيراً إلى أن ثلاثة لاعبين مصابون."
    first, second = claims(text)
    assert first.content == "الفريق جاهز"
    assert (second.cue, second.content, second.source) == ("مشيراً إلى", "ثلاثة لاعبين مصابون", "المدرب")
    text = "ونفت البلدية وجود أي تلوث، وقالت إن المياه صالحة للشرب."
    first, second = claims(text)
    assert (first.content, second.content) == ("وجود أي تلوث", "المياه صالحة للشرب")
    assert second.source == "البلدية" and second.cue == "قالت"


def test_a_later_mention_of_an_unnamed_source_stays_anonymous():
    text = "وقال دبلوماسي أوروبي إن الاجتماع تأجل. وأوضح الدبلوماسي أن الموعد الجديد لم يحدد."
    assert [s.attribution_type for s in claims(text)] == ["anonymous", "anonymous"]


# ---------------------------------------------------------------- sentences and unattributed claims
def test_dateline_is_skipped_and_factual_sentences_are_unattributed_claims():
    text = DATELINE + "ارتفع عدد ضحايا الزلزال إلى ٣٤ شخصاً يوم الجمعة.\n\nويبلغ عدد سكان المدينة نحو مليوني نسمة."
    first, second = claims(text)
    assert first.content == "ارتفع عدد ضحايا الزلزال إلى ٣٤ شخصاً يوم الجمعة"
    assert second.content == "يبلغ عدد سكان المدينة نحو مليوني نسمة"  # the conjunction و stays out
    assert {s.attribution_type for s in (first, second)} == {"unattributed"}
    assert first.checkworthy and first.checkworthiness >= 0.5 and first.checkworthy_kind == "quantity"


def test_scene_setting_questions_and_comment_requests_are_not_claims():
    scene = "وفي ساحة البلدة، جلس رجال على الرصيف بينما كان الأطفال يلعبون تحت المطر."
    assert claims(scene) == []
    assert claims("فهل تنجح الخطة هذه المرة؟") == []
    assert claims("ولم ترد الشركة على طلب للتعليق.") == []


def test_normalisation_reads_diacritics_tatweel_and_hamza_forms_but_spans_stay_original():
    text = "وَقَالَ الـمُتَحَدِّثُ إنّ القافلةَ وصلتْ."
    s = one(text, cue="قَالَ")
    assert s.content == "القافلةَ وصلتْ"
    one("واكد الوزير ان الوفد وصل.", cue="اكد", content="الوفد وصل")  # hamza left off, as often typed


def test_checkworthiness_reads_arabic_indic_digits_and_dates():
    score, kind = arabic.assess("سجلت ٤٥٠ حالة في أيار/مايو ٢٠٢٤")
    assert score >= 0.5 and kind == "quantity"
    assert arabic.assess("نحن نأمل أن تتحسن الأمور")[0] < 0.2


def test_attribution_suggest_sends_arabic_here():
    text = "وقال المتحدث إن الطريق فتح."
    assert [s.as_dict() for s in suggest_any(text)] == [s.as_dict() for s in arabic.suggest(text)]
    assert suggest_any("no Arabic here", language="ar") == arabic.suggest("no Arabic here")


# ---------------------------------------------------------------- robustness
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text())
def test_any_text_is_safe_and_round_trips(text):
    for s in arabic.suggest(text):
        assert_round_trip(text, s)


_ARABIC_BITS = [
    "وقال", "قالت", "إن", "أن", "بأن", "عن", "نقلت", "بحسب", "وفقاً", "لـ", "حسبما", "أفاد", "مضيفاً", "قد",
    "وكانت", "أما", "فقال", "الوزير", "مصادر", "مسؤول", "شريطة", "عدم", "الكشف", "هويته", "لأنه", "«", "»", "“",
    "”", '"', "،", ".", ":", "؟", "\n", "(وكالة)", "-", "١٢", "2024", "ـ", "ُ", "ّ", "الذي", "في", "بيان",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_ARABIC_BITS), max_size=40), st.lists(st.booleans(), max_size=40))
def test_arabic_like_token_soup_is_safe_and_round_trips(bits, glue):
    text = "".join(b + ("" if g else " ") for b, g in zip(bits, glue + [False] * len(bits), strict=False))
    found = arabic._suggest(text) if text.strip() else []  # the unguarded reader: an exception fails the test
    assert found == arabic.suggest(text)
    for s in found:
        assert_round_trip(text, s)


def test_never_raises_on_odd_input_and_stays_linear():
    odd = [
        "«" * 3000, "وقال إن " * 2000, "، " * 5000, "(" * 3000 + "قال", "ا" * 20000, "القاهرة - " * 3000,
        "، قال الوزير" * 3000, "ا، " * 5000, "وقال الوزير إن الوضع جيد" + "، وأضاف أن الوضع جيد" * 2000,
    ]  # fmt: skip
    for text in (None, 5, "", "   ", *odd):
        start = time.process_time()
        found = arabic.suggest(text)  # type: ignore[arg-type]
        assert isinstance(found, list)
        assert time.process_time() - start < 2, repr(text[:30])
    assert len(arabic.suggest(odd[-1])) == 2001  # one claim per clause, read without recursion


# ---------------------------------------------------------------- regression floor on the Arabic dev gold
ROOT = Path(__file__).resolve().parents[1]
# both files are development data now (the first blind set was scored once, then opened for development)
DEV_GOLDS = [
    ROOT / "tests" / "data" / "attribution-ar-dev.jsonl",
    ROOT / "tests" / "data" / "attribution-ar-blind.jsonl",
]
SCORER = ROOT.parent / "shared" / "evaldata" / "tools" / "score_attribution.py"

# Dev figures when these floors were set: overlap F1 1.0, exact F1 1.0, source 1.0, type 1.0, anonymous
# recall 1.0 on each file (62 and 60 claims, 5 stories each). The rules were developed on these files, so the
# floors only guard against regressions (each allows about three errors); a new blind set is scored elsewhere.
DEV_FLOORS = {
    "content_overlap_f1": 0.95,
    "content_exact_f1": 0.9,
    "source_acc": 0.95,
    "type_acc": 0.95,
    "anonymous_recall": 0.95,
}


@pytest.mark.parametrize("dev_gold", DEV_GOLDS, ids=lambda p: p.stem)
def test_dev_gold_keeps_its_floor(tmp_path, dev_gold):
    if not SCORER.exists():
        pytest.skip(f"shared scorer absent (it lives outside the repo, in ../shared): {SCORER}")
    pred = tmp_path / "pred.jsonl"
    with dev_gold.open(encoding="utf-8") as gold, pred.open("w", encoding="utf-8") as out:
        for line in gold:
            if line.strip():
                doc = json.loads(line)
                found = [s.as_dict() for s in suggest_any(doc["text"])]
                out.write(json.dumps({"doc_id": doc["doc_id"], "claims": found}, ensure_ascii=False) + "\n")
    run = subprocess.run(
        [sys.executable, str(SCORER), str(dev_gold), str(pred)], capture_output=True, text=True, check=True
    )
    figures = json.loads(run.stdout.strip().splitlines()[-1])
    below = {k: (figures[k], floor) for k, floor in DEV_FLOORS.items() if figures[k] < floor}
    assert not below, f"below floor (got, floor): {below}"


def test_a_clause_of_another_speaker_after_fima_is_its_own_claim():
    first, second = claims("وقالت الشرطة إنها أغلقت الطريق، فيما نفى المحتجون أي اعتداء.")
    assert (first.content, first.source) == ("إنها أغلقت الطريق", "الشرطة")
    assert (second.cue, second.source, second.content) == ("نفى", "المحتجون", "أي اعتداء")
    assert second.attribution_type == "institution"  # a collective group


def test_relative_clause_on_the_source_is_kept_but_not_the_reason_for_anonymity():
    text = "وقال مصدر في المطار إن الرحلات ألغيت. وأضاف المصدر، الذي طلب عدم ذكر اسمه لأنه غير مخول بالتصريح، أن الطائرات عادت."
    second = claims(text)[1]
    assert second.source == "المصدر، الذي طلب عدم ذكر اسمه"
    assert second.anonymity_reason == "لأنه غير مخول بالتصريح" and second.attribution_type == "anonymous"


def test_a_colon_at_the_end_announces_the_quotation_below():
    text = "وقالت البلدية في بيان:\n\n«أعدنا فتح 14 مدرسة»."
    s = one(text, source="البلدية", cue="قالت", quote_type="direct", content="أعدنا فتح 14 مدرسة")
    assert s.attribution_type == "institution"


def test_a_headline_above_the_dateline_is_not_a_claim():
    text = "اتفاق على تبادل الأسرى\n\nالدوحة - (وكالة) - أعلن الوسيط القطري اليوم الأحد التوصل إلى اتفاق لتبادل الأسرى."
    s = one(text, cue="أعلن", source="الوسيط القطري")
    assert s.content == "التوصل إلى اتفاق لتبادل الأسرى"


def test_object_before_bi_anna_and_a_report_after_a_statement():
    s = one("ووصف المعارض الانتخابات بأنها «مهزلة».", cue="وصف", source="المعارض", quote_type="mixed")
    assert s.content == "الانتخابات بأنها «مهزلة"
    statement, report = claims("وزار الوزير المستشفى الميداني، وقال إن 40 جريحاً نقلوا إلى العاصمة.")
    assert statement.attribution_type == "unattributed" and statement.content == "زار الوزير المستشفى الميداني"
    assert (report.source, report.cue, report.content) == ("الوزير", "قال", "40 جريحاً نقلوا إلى العاصمة")


def test_but_he_warned_is_a_second_claim_of_the_same_speaker():
    text = "وقال وزير الطاقة رامي حداد إن الباخرة ستصل غداً، لكنه حذر من أن الانقطاع سيستمر."
    first, second = claims(text)
    assert first.content == "الباخرة ستصل غداً"
    assert (second.cue, second.source, second.content) == ("حذر من", first.source, "الانقطاع سيستمر")
    assert second.checkworthy is False  # a warning about the future


def test_a_month_after_the_source_is_not_part_of_it():
    s = one("وتعهد الصندوق في آذار/مارس 2024 بتمويل المشروع.", cue="تعهد", source="الصندوق")
    assert s.content == "تمويل المشروع"


# ---------------------------------------------------------------- anonymity
@pytest.mark.parametrize(
    "clause",
    ["تحدث شريطة عدم الكشف عن هويته", "تحدث شريطة عدم ذكر اسمه", "متحدثاً شريطة عدم الكشف عن هويته"],
)
def test_spoke_on_condition_of_anonymity_stays_out_of_the_source_and_its_reason_is_kept(clause):
    text = f"وقال موظف في المرفأ، {clause} لأنه غير مخول بالتصريح، إن السفينة أفرغت حمولتها."
    s = one(text, source="موظف في المرفأ", attribution_type="anonymous")
    assert s.anonymity_reason == "لأنه غير مخول بالتصريح"


@pytest.mark.parametrize(
    "source",
    ["عضو في لجنة الموازنة، فضّل عدم الكشف عن هويته", "نائب في المجلس البلدي، طلب عدم ذكر اسمه"],
)
def test_a_title_whose_name_is_withheld_is_anonymous(source):
    s = one(f"وقال {source}، إن التصويت أرجئ.", cue="قال", content="التصويت أرجئ")
    assert s.source == source and s.attribution_type == "anonymous"


def test_a_sentence_granting_anonymity_is_not_a_claim_and_its_reason_reaches_the_group():
    text = (
        "وقال مسؤولان مطلعان على الملف إن الشحنة وصلت إلى الميناء. "
        "وتحدث المسؤولان شريطة عدم الكشف عن هويتيهما لأن التحقيق لم ينته. "
        "وأضاف أحد المسؤولين أن الشحنة تضم أدوية."
    )
    found = claims(text)
    assert [s.content for s in found] == ["الشحنة وصلت إلى الميناء", "الشحنة تضم أدوية"]
    assert all(s.anonymity_reason == "لأن التحقيق لم ينته" for s in found)
    assert found[1].source == "أحد المسؤولين" and found[1].attribution_type == "anonymous"


@pytest.mark.parametrize(
    ("source", "typ"),
    [
        ("ثلاثة مسؤولين محليين", "anonymous"),
        ("أحد الناجين", "anonymous"),
        ("عدد من السكان", "anonymous"),
        ("4 موظفين في البلدية", "anonymous"),
        ("ثلاثة وزراء", "official_title"),
    ],
)
def test_a_counted_group_is_typed_by_its_noun_not_read_as_a_name(source, typ):
    one(f"وقال {source} إن الجسر انهار.", source=source, attribution_type=typ)


def test_a_person_introduced_by_yudaa_is_named():
    one(
        "وقال شاهد يدعى سليم عواد إن النيران اندلعت ليلاً.",
        source="شاهد يدعى سليم عواد",
        attribution_type="named_person",
    )


# ---------------------------------------------------------------- institutions and documents
@pytest.mark.parametrize(
    "source",
    [
        "بعثة الاتحاد الأوروبي في بغداد",
        "التنسيقية الوطنية للممرضين",
        "فدرالية أرباب العمل",
        "قوة حفظ السلام الدولية",
        "كتيبة المهام الخاصة",
        "غرفة التجارة والصناعة",
    ],
)
def test_more_bodies_are_institutions(source):
    one(f"وقالت {source} إن العمل توقف.", source=source, attribution_type="institution")


def test_a_source_in_quotation_marks_after_wifqan_is_typed_without_the_marks():
    s = one("وتضرر نحو 300 منزل، وفقاً لـ«الدفاع المدني».", cue="وفقاً لـ", source="الدفاع المدني")
    assert s.attribution_type == "institution"


def test_a_single_unknown_word_after_a_feminine_verb_is_an_institution_unless_named_before():
    assert one("وقالت سوناطراك إن الإنتاج ارتفع.").attribution_type == "institution"
    first, second = claims("وقالت الكاتبة سلوى حداد إن الرواية نفدت. وأضافت حداد أن طبعة ثانية ستصدر.")
    assert second.source == "حداد" and second.attribution_type == "named_person"


def test_wifqan_with_a_joined_definite_article_reads_the_noun():
    s = one("وارتفعت الصادرات بنسبة 8 في المئة، وفقاً للأرقام الأولية.", cue="وفقاً ل")
    assert s.source == "لأرقام الأولية" and s.attribution_type == "document"


def test_a_document_issued_by_a_body_and_described_between_commas_is_the_source():
    text = "واتهم بيان صادر عن لجنة الأهالي، وُزّع على الصحفيين، الشركة بتلويث النهر."
    s = one(text, cue="اتهم", attribution_type="document")
    assert s.source == "بيان صادر عن لجنة الأهالي، وُزّع على الصحفيين"
    assert s.content == "الشركة بتلويث النهر"


# ---------------------------------------------------------------- source spans
@pytest.mark.parametrize(
    ("source", "typ"),
    [
        ("وزير الخارجية والمغتربين", "official_title"),
        ("وزيرة التربية والتعليم", "official_title"),
        ("وزارة الصناعة والتجارة", "institution"),
    ],
)
def test_a_coordinated_noun_inside_a_title_stays_in_the_source(source, typ):
    one(f"ودعا {source} إلى التهدئة.", source=source, cue="دعا", attribution_type=typ, content="التهدئة")


def test_a_name_in_apposition_after_bismi_and_an_unlisted_body():
    text = "ونفى المتحدث باسم قوة حماية المنشآت، رامي الحسني، إطلاق النار على المحتجين، وقال إن عناصره انسحبوا."
    denial, report = claims(text)
    assert denial.source == report.source == "المتحدث باسم قوة حماية المنشآت، رامي الحسني"
    assert denial.content == "إطلاق النار على المحتجين" and denial.attribution_type == "named_person"
    assert report.content == "عناصره انسحبوا"


def test_an_unlisted_name_before_the_verbs_preposition_stays_in_the_source():
    s = one("ودعا المبعوث الأممي هانس غروندبرغ إلى استئناف المحادثات.", cue="دعا", content="استئناف المحادثات")
    assert s.source == "المبعوث الأممي هانس غروندبرغ" and s.attribution_type == "named_person"


@pytest.mark.parametrize("group", ["نواب من كتلة الوفاق", "ممثلون عن النقابات", "مسؤولون من الحزب الحاكم"])
def test_a_group_with_its_origin_is_one_source_before_the_object(group):
    s = one(f"وطالب {group} الحكومة بسحب القانون.", cue="طالب", source=group)
    assert s.content == "الحكومة بسحب القانون"


@pytest.mark.parametrize("audience", ["أمام مئات من أنصاره في الساحة", "أمام البرلمان", "أمام حشد من الطلاب"])
def test_the_audience_after_amama_stays_out_of_the_source(audience):
    one(f"وقال المرشح كمال الراشدي {audience}: «سنفوز».", source="المرشح كمال الراشدي", content="سنفوز")


def test_the_one_told_after_ablagha_is_not_the_source():
    one("وأبلغ مصدر قضائي (وكالة) بأن المتهم أوقف.", source="مصدر قضائي", content="المتهم أوقف")
    one("وأبلغت الوزيرة النواب أن الموازنة جاهزة.", source="الوزيرة", content="الموازنة جاهزة")


def test_fi_waqt_sabiq_is_a_time_of_the_statement():
    one("وكان المدير قد أكد في وقت سابق أن المصنع سيغلق.", source="المدير", content="المصنع سيغلق")


def test_a_name_written_with_alef_madda_is_not_a_complementiser():
    s = one("وقالت الممثلة آن لوران إن الفيلم صور في المغرب.", content="الفيلم صور في المغرب")
    assert s.source == "الممثلة آن لوران"


# ---------------------------------------------------------------- continuations and nesting
def test_a_second_verb_without_subject_takes_a_noun_object():
    text = "وقالت النقابة في بيان إن المصنع سرّح 200 عامل، وطالبت بإعادتهم فوراً، لكنها أشارت إلى تحسن الرواتب."
    first, demand, remark = claims(text)
    assert (demand.cue, demand.source, demand.content) == ("طالبت", "النقابة", "إعادتهم فوراً")
    assert (remark.cue, remark.source, remark.content) == ("أشارت إلى", "النقابة", "تحسن الرواتب")


def test_promise_verbs_take_their_object():
    s = one("ووعد رئيس البلدية بإصلاح الطرق قبل الشتاء.", cue="وعد", source="رئيس البلدية")
    assert s.content == "إصلاح الطرق قبل الشتاء" and s.attribution_type == "official_title"


def test_a_report_inside_a_content_is_a_claim_of_its_own():
    found = claims("وذكرت الإذاعة الرسمية أن مسؤولاً في وزارة الزراعة نفى وجود نقص في القمح.")
    outer = by_content(found, "مسؤولاً")
    inner = by_content(found, "وجود")
    assert outer.source == "الإذاعة الرسمية" and outer.attribution_type == "institution"
    assert (inner.source, inner.cue, inner.attribution_type) == ("مسؤولاً في وزارة الزراعة", "نفى", "anonymous")


def test_a_content_about_a_thing_is_not_read_as_a_nested_report():
    assert len(claims("وأعلنت الوزارة أن الأسعار ارتفعت بنسبة 5 في المئة.")) == 1


def test_a_noun_that_cannot_agree_with_the_verb_is_its_object():
    text = "ونفت الحركة أي صلة بالهجوم، واتهمت الجيش بتلفيق الأدلة."
    denial, accusation = claims(text)
    assert (accusation.source, accusation.cue) == ("الحركة", "اتهمت")
    assert accusation.content == "الجيش بتلفيق الأدلة"


def test_a_trailing_hasabama_with_apposition_and_time_leaves_the_content_alone():
    text = "واعتقل 15 ناشطاً في العاصمة، حسبما أعلنت رابطة حقوقية، وهي منظمة مستقلة، يوم الخميس."
    s = one(text, cue="حسبما أعلنت", attribution_type="institution")
    assert s.content == "اعتقل 15 ناشطاً في العاصمة"
    assert s.source == "رابطة حقوقية، وهي منظمة مستقلة"


@pytest.mark.parametrize("tail", ["على حد تعبيره", "على حد قوله", "حسب وصفه"])
def test_an_as_he_put_it_tail_stays_out_of_the_content(tail):
    s = one(f"وقال النائب إن الخطة «ولدت ميتة»، {tail}.", source="النائب")
    assert s.content == "الخطة «ولدت ميتة"


def test_the_name_ali_written_with_ya_is_not_the_preposition_ala():
    s = one("وقال الباحث حسن علي إن العينات تلوثت.", content="العينات تلوثت")
    assert s.source == "الباحث حسن علي" and s.attribution_type == "named_person"
    one("وشدد المدير على أن العينات سليمة.", source="المدير", content="العينات سليمة")


def test_a_verb_with_an_object_pronoun_after_a_comma_is_a_second_claim():
    text = "وانتقدت النقابة القرار، ووصفته بأنه «تعسفي»."
    criticism, description = claims(text)
    assert (criticism.content, criticism.source) == ("القرار", "النقابة")
    assert (description.cue, description.source, description.quote_type) == ("وصفته", "النقابة", "mixed")


@pytest.mark.parametrize("verb", ["كتب", "صرّح", "حذّر", "أردف"])
def test_more_verbs_can_follow_a_quotation(verb):
    s = one(f"«الميناء سيغلق»، {verb} رئيس الهيئة.", source="رئيس الهيئة", quote_type="direct")
    assert s.content == "الميناء سيغلق" and s.cue == verb


def test_an_unlisted_name_closing_an_expert_mention_makes_it_named():
    s = one("وقال خبير المياه في معهد «دلتا» بيتر هولم إن السد يفقد 10 في المئة من سعته.", cue="قال")
    assert s.source == "خبير المياه في معهد «دلتا» بيتر هولم" and s.attribution_type == "named_person"
    assert one("وقال مسؤول في الحكومة المحلية إن السد متين.").attribution_type == "anonymous"


@pytest.mark.parametrize(("source", "typ"), [("تقريرها السنوي", "document"), ("بيانه الختامي", "document")])
def test_a_head_with_a_pronoun_suffix_is_typed_by_the_noun(source, typ):
    one(f"وارتفعت المبيعات بنسبة 4 في المئة، بحسب {source}.", source=source, attribution_type=typ)


def test_the_pronoun_on_lakin_is_the_subject_and_a_refusal_to_name_is_not_a_claim():
    text = "وقالت مصادر في الميناء إن سفينتين رستا، لكنها رفضت الإفصاح عن أسمائهما."
    one(text, source="مصادر في الميناء", content="سفينتين رستا", attribution_type="anonymous")
    first, second = claims("وقال الاتحاد إن المباراة ستقام، لكنه رفض تحديد موعدها.")
    assert (second.source, second.cue, second.content) == ("الاتحاد", "رفض", "تحديد موعدها")


def test_a_toll_or_an_article_is_a_setting_of_the_statement():
    s = one("وقالت الحماية المدنية في حصيلة جديدة إن عدد الجرحى بلغ 31.", content="عدد الجرحى بلغ 31")
    assert s.source == "الحماية المدنية" and s.attribution_type == "institution"
    one("وقال الكاتب في مقال نشرته مجلة محلية إن الرقابة تشددت.", source="الكاتب", content="الرقابة تشددت")


def test_a_definite_role_said_alone_is_a_title_but_a_surname_after_its_person_stays_named():
    assert one("وقال المترجم إن النص حُرّف.").attribution_type == "official_title"
    first, second = claims("وقال المهندس كريم الحلبي إن الجسر متصدع. وأضاف الحلبي أن الترميم سيستغرق عاماً.")
    assert second.source == "الحلبي" and second.attribution_type == "named_person"


@pytest.mark.parametrize(
    "sentence",
    [
        "وقال يوم الخميس وزير المالية إن العجز تراجع.",
        "وقال لـ(وكالة) وزير المالية إن العجز تراجع.",
        "وقال في مؤتمر صحفي وزير المالية إن العجز تراجع.",
    ],
)
def test_a_time_or_setting_between_the_verb_and_the_subject_is_skipped(sentence):
    one(sentence, source="وزير المالية", attribution_type="official_title", content="العجز تراجع")


@pytest.mark.parametrize(
    "setting", ["في مقابلة مع صحيفة محلية", "خلال زيارته للمرفأ", "في حديث إلى الصحفيين في المطار"]
)
def test_a_longer_setting_with_a_pronoun_subject_is_not_the_source(setting):
    first, second = claims(f"وقال الوزير إن العجز تراجع. وأضاف {setting} أن الدين استقر.")
    assert (second.source, second.content) == ("الوزير", "الدين استقر")


def test_coordinated_titles_are_one_official_title():
    one(
        "وقال وزير الداخلية ووزير العدل إن القانون سيعدل.",
        source="وزير الداخلية ووزير العدل",
        attribution_type="official_title",
    )


def test_the_outlet_citing_a_source_is_the_source_of_the_report():
    s = one("وأفادت إذاعة محلية نقلاً عن مصدر طبي بأن 9 أشخاص أصيبوا.", cue="أفادت", content="9 أشخاص أصيبوا")
    assert s.source == "إذاعة محلية" and s.attribution_type == "institution"


def test_a_report_inside_a_content_needs_a_report_verb():
    found = claims("وذكرت الوكالة أن الحكومة أعلنت حالة الطوارئ.")
    assert [s.source for s in found] == ["الوكالة"]
    found = claims("وذكرت الوكالة أن الحكومة أعلنت أن المدارس ستغلق.")
    assert [(s.source, s.content) for s in found] == [
        ("الوكالة", "الحكومة أعلنت أن المدارس ستغلق"),
        ("الحكومة", "المدارس ستغلق"),
    ]


@pytest.mark.parametrize(
    ("source", "typ"),
    [
        ("رئيس الحكومة الإيطالي باولو بيانكي", "named_person"),  # a name beginning with ب
        ("السفير البريطاني لدى الأمم المتحدة", "official_title"),
        ("المرشد الأعلى", "official_title"),
        ("مسؤول بمدينة الموصل", "anonymous"),
    ],
)
def test_titles_envoys_and_names_that_begin_like_a_preposition(source, typ):
    one(f"وقال {source} إن الاتفاق صامد.", source=source, attribution_type=typ)


@pytest.mark.parametrize(
    ("source", "typ"),
    [
        ("دوائر دبلوماسية", "anonymous"),
        ("شخصان مطلعان", "anonymous"),
        ("منظمون", "anonymous"),
        ("صحف محلية", "institution"),
        ("حلف شمال الأطلسي", "institution"),
        ("الفلسطينيون", "institution"),
        ("المترجمون", "institution"),
    ],
)
def test_unnamed_groups_outlets_and_peoples(source, typ):
    one(f"وقال {source} إن الاتفاق صامد.", source=source, attribution_type=typ)


def test_an_arrival_is_a_setting_of_the_statement():
    one("وقال الوزير لدى وصوله إلى المطار إن الاتفاق صامد.", source="الوزير", content="الاتفاق صامد")


@pytest.mark.parametrize(
    ("tail", "cue", "source"),
    [
        ("، بحسب ما نقلته إذاعة محلية", "بحسب ما نقلته", "إذاعة محلية"),
        ("، بحسب ما أفادت به مصادر أمنية", "بحسب ما أفادت به", "مصادر أمنية"),
        ("، وفق ما أعلنته البلدية", "وفق ما أعلنته", "البلدية"),
        ("، على ما أفاد سكان", "على ما أفاد", "سكان"),
        ("، كما أفادت وسائل إعلام محلية", "كما أفادت", "وسائل إعلام محلية"),
        (" بحسب مسؤولين محليين", "بحسب", "مسؤولين محليين"),
    ],
)
def test_more_trailing_attributions(tail, cue, source):
    s = one(f"وانقطعت المياه عن ثلاثة أحياء{tail}.", cue=cue, source=source)
    assert s.content == "انقطعت المياه عن ثلاثة أحياء"


def test_bihasab_without_a_source_noun_is_part_of_the_statement():
    s = one("وتوزع الحصص بحسب عدد أفراد الأسرة.", attribution_type="unattributed")
    assert s.content == "توزع الحصص بحسب عدد أفراد الأسرة"


@pytest.mark.parametrize(
    "dateline",
    ["عدن - (وكالة) - ", "عدن (وكالة) - ", "عدن - «وكالة» - ", "عدن - رويترز - ", "عدن - ", "عدن - وكالة الأنباء: "],
)
def test_dateline_variants_are_skipped(dateline):
    one(dateline + "قال محافظ عدن إن الميناء استأنف العمل.", source="محافظ عدن", content="الميناء استأنف العمل")


@pytest.mark.parametrize(
    ("tail", "cue", "content"),
    [
        ("، متعهداً بإصلاح الشبكة", "متعهداً", "إصلاح الشبكة"),
        ("، واصفاً الانقطاع بأنه «غير مقبول»", "واصفاً", "الانقطاع بأنه «غير مقبول"),
        ("، مشيراً إلى نقص قطع الغيار", "مشيراً إلى", "نقص قطع الغيار"),
        ("، منتقداً تأخر الشركة", "منتقداً", "تأخر الشركة"),
    ],
)
def test_a_participle_clause_has_no_subject_of_its_own(tail, cue, content):
    first, second = claims(f"وقال المحافظ إن الكهرباء عادت إلى الأحياء الشرقية{tail}.")
    assert (second.cue, second.source, second.content) == (cue, "المحافظ", content)


def test_a_second_verb_joined_by_wa_without_a_comma_is_a_second_claim():
    first, second = claims("وقال المدير إن المصنع توقف وأكد أن العمال سيعوضون.")
    assert (first.content, second.cue, second.source, second.content) == (
        "المصنع توقف",
        "أكد",
        "المدير",
        "العمال سيعوضون",
    )


def test_a_complementiser_after_an_aside_between_commas_belongs_to_the_verb():
    text = "وأكدت الوزيرة سلمى الحسن، خلال لقاء مع وفد من المانحين في جنيف، أن التمويل متوفر."
    one(text, source="الوزيرة سلمى الحسن", content="التمويل متوفر", attribution_type="named_person")


def test_a_rank_and_a_name_after_the_title_belong_to_the_source():
    text = "ونفى المتحدث باسم الشرطة العقيد أوسمان داكو في بيان تلاه على الإذاعة أن «أحداً لم يُعتقل»."
    s = one(text, cue="نفى", attribution_type="named_person", quote_type="direct")
    assert s.source == "المتحدث باسم الشرطة العقيد أوسمان داكو"
    assert s.content == "أحداً لم يُعتقل"
    assert one("وانتقد الرئيس الوزير خالد الحسن.", cue="انتقد").source == "الرئيس"


def test_the_short_form_of_adana_is_a_cue():
    one("ودانت الجامعة العربية الهجوم على القافلة.", cue="دانت", source="الجامعة العربية", content="الهجوم على القافلة")
