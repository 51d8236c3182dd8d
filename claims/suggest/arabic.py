"""Suggested claims for Modern Standard Arabic news (the rules of ``attribution`` for English,
written for Arabic wire copy). ``suggest(text)`` returns ``attribution.Suggestion`` objects with
the same types, quote types and anonymity reasons.

Spans follow shared/evaldata/gold/GUIDELINE.md, section "Arabic (v1.1)": a conjunction written onto
the first word (و, ف) stays out of cue and content spans, أن/إن after the cue stays out of the content,
outer quotation marks «» “” "" stay out, and a pronoun subject ("وأضاف أن ...") takes the nearest
earlier mention of that speaker as its source span.

How it reads a text. Matching runs on a folded copy of the text (hamza forms of alef, alef maqsura,
taa marbuta folded; diacritics, tatweel and zero-width marks removed) with a map back to the original,
so every span is a slice of the original text. Sentences end at . ! ? ؟ outside quotations; datelines
("المدينة - (وكالة) -") are skipped. A sentence is read, in order, as
* a quotation followed by its attribution ("«...»، قال X");
* an agentless report ("وأُفيد بـ ...", "ويُتوقع أن ...": unattributed, cue filled in);
* a leading "بحسب X، ..." / "وفقاً لـX، ...";
* a reporting verb at the start of the clause ("وقال X إن ...", "وقال X: «...»", "ونفت X وجود ...",
  "وكانت X قد أعلنت أن ...", "ونقلت X عن Y أن ..." nested), whose content may be cut by a second
  reporting clause of the same speaker ("، مشيراً إلى أن ...", "، وقالت إن ...");
* a trailing or interrupting attribution ("...، حسبما أفاد X", "...، بحسب X، ...");
* a quotation on its own, continuing the last speaker;
* otherwise a reporter's statement, kept unless it is scene-setting or about the reporting itself.
Sources. A mention is typed by its head noun (listed titles, institutions, documents, unnamed sources and
generic people, each with its plural, dual, accusative and pronoun-suffixed forms), then by a name in it
(a listed given name, a name after يدعى, or two unlisted words closing the mention) and by earlier mentions
("المحافظ" after "محافظ حضرموت", "أحد المصدرين" after "مصدران مطلعان"). A mention whose name the text
withholds ("فضّل عدم الكشف عن هويته", "تحدث شريطة ...") is anonymous; a sentence that only grants anonymity
("وتحدث المسؤولان شريطة ... بسبب ...") is no claim, and its reason is copied to that group's claims. A
report inside a content ("وذكرت الإذاعة أن مسؤولاً نفى ...") is a claim of its own.
The rules are general patterns of Arabic agency copy; nothing is written for a particular article.
"""

from __future__ import annotations

import bisect
import functools
import re

from .attribution import Suggestion

# ---------------------------------------------------------------- folding, with a map back to the text
_MARKS = "\u064b-\u065f\u0670\u0640\u06d6-\u06ed\u200b-\u200f\u061c"
_DROP = re.compile(f"[{_MARKS}]")
_KEEP = re.compile(f"[^{_MARKS}]+")
_FOLD = str.maketrans("أإآٱىة", "اااايه")


@functools.lru_cache(maxsize=1 << 16)  # check-worthiness folds every word of every content
def _nw(word: str) -> str:
    """A word as it is matched: diacritics and tatweel removed, alef, alef maqsura and taa marbuta folded."""
    return _DROP.sub("", word).translate(_FOLD)


def _words(s: str) -> frozenset[str]:
    return frozenset(_nw(w) for w in s.split())


def _stems(s: str) -> tuple[str, ...]:
    return tuple(_nw(w) for w in s.split())


class _Folded:
    """The folded text n and, when characters were removed, the original offset of each of its characters."""

    def __init__(self, text: str) -> None:
        self.text = text
        if _DROP.search(text):
            parts, idx = [], []
            for m in _KEEP.finditer(text):
                parts.append(m.group())
                idx.extend(range(m.start(), m.end()))
            idx.append(len(text))
            self.n = "".join(parts).translate(_FOLD)
            self.idx: list[int] | None = idx
        else:
            self.n = text.translate(_FOLD)
            self.idx = None

    def start(self, i: int) -> int:
        return i if self.idx is None else self.idx[i]

    def end(self, j: int) -> int:
        """Original end offset of a folded span ending at j: marks written on its last letter stay inside."""
        return j if self.idx is None else self.idx[j]


# ---------------------------------------------------------------- lexicon (written plainly, folded on load)
_OPEN_Q = '«“"'
_CLOSE_OF = {"«": "»", "“": "”", '"': '"'}
_QUOTES = '«»“”"'
_COMMAS = frozenset(["،", ",", "؛", ";"])
_END_PUNCT = ".،,;؛:!?؟ \t\n\xa0"

_VERB_TABLE = [
    # lemma, kind, preposition joined to the cue when it follows the verb, masc. forms, fem. forms, plural forms
    ("قال", "say", None, "قال يقول", "قالت تقول", "قالوا يقولون"),
    ("أضاف", "say", None, "أضاف يضيف", "أضافت تضيف", "أضافوا"),
    ("أكد", "obj", "على", "أكد يؤكد", "أكدت تؤكد", "أكدوا"),
    ("أوضح", "say", None, "أوضح يوضح", "أوضحت توضح", "أوضحوا"),
    ("صرح", "say", None, "صرح", "صرحت", "صرحوا"),
    ("أعلن", "obj", "عن", "أعلن يعلن", "أعلنت تعلن", "أعلنوا"),
    ("ذكر", "say", None, "ذكر يذكر", "ذكرت تذكر", "ذكروا"),
    ("أفاد", "say", None, "أفاد يفيد", "أفادت تفيد", "أفادوا"),
    ("نقل", "say", None, "نقل", "نقلت", "نقلوا"),
    ("نفى", "obj", None, "نفى ينفي", "نفت تنفي", "نفوا"),
    ("حذر", "obj", "من", "حذر يحذر", "حذرت تحذر", "حذروا"),
    ("أشار", "say", "إلى", "أشار يشير", "أشارت تشير", "أشاروا"),
    ("لفت", "say", "إلى", "لفت", "لفتت", "لفتوا"),
    ("نوه", "say", "إلى", "نوه", "نوهت", "نوهوا"),
    ("كشف", "obj", "عن", "كشف يكشف", "كشفت تكشف", "كشفوا"),
    ("اعتبر", "say", None, "اعتبر يعتبر", "اعتبرت تعتبر", "اعتبروا"),
    ("رأى", "say", None, "رأى يرى", "رأت ترى", "رأوا يرون"),
    ("شدد", "obj", "على", "شدد يشدد", "شددت تشدد", "شددوا"),
    ("دعا", "obj", "إلى", "دعا يدعو", "دعت تدعو", "دعوا"),
    ("تابع", "say", None, "تابع", "تابعت", "تابعوا"),
    ("أقر", "say", None, "أقر", "أقرت", "أقروا"),
    ("اعترف", "say", None, "اعترف", "اعترفت", "اعترفوا"),
    ("زعم", "say", None, "زعم يزعم", "زعمت تزعم", "زعموا"),
    ("ادعى", "say", None, "ادعى", "ادعت", "ادعوا"),
    ("رحب", "obj", None, "رحب", "رحبت", "رحبوا"),
    ("اتهم", "obj", None, "اتهم يتهم", "اتهمت تتهم", "اتهموا"),
    ("أعرب", "obj", "عن", "أعرب", "أعربت", "أعربوا"),
    ("ندد", "obj", None, "ندد", "نددت", "نددوا"),
    ("أدان", "obj", None, "أدان دان", "أدانت دانت", "أدانوا دانوا"),
    ("طالب", "obj", None, "طالب يطالب", "طالبت تطالب", "طالبوا يطالبون"),
    ("أشاد", "obj", None, "أشاد", "أشادت", "أشادوا"),
    ("توقع", "say", None, "توقع يتوقع", "توقعت تتوقع", "توقعوا يتوقعون"),
    ("رجح", "say", None, "رجح", "رجحت", "رجحوا"),
    ("قدر", "say", None, "قدر يقدر", "قدرت تقدر", "قدروا"),
    ("كتب", "say", None, "كتب", "كتبت", "كتبوا"),
    ("أظهر", "say", None, "أظهر", "أظهرت", ""),
    ("بين", "say", None, "", "بينت", "بينوا"),
    ("أبلغ", "say", None, "أبلغ", "أبلغت", "أبلغوا"),
    ("جاء", "say", "في", "جاء", "جاءت", ""),
    ("ورد", "say", "في", "ورد", "وردت", ""),
    ("وصف", "obj", None, "وصف", "وصفت", "وصفوا"),
    ("رفض", "obj", None, "رفض", "رفضت", "رفضوا"),
    ("أردف", "say", None, "أردف", "أردفت", "أردفوا"),
    ("استطرد", "say", None, "استطرد", "استطردت", ""),
    ("ختم", "say", None, "ختم", "ختمت", ""),
    ("نبه", "say", "إلى", "نبه", "نبهت", "نبهوا"),
    ("حث", "obj", None, "حث", "حثت", "حثوا"),
    ("ناشد", "obj", None, "ناشد", "ناشدت", "ناشدوا"),
    ("تعهد", "obj", None, "تعهد", "تعهدت", "تعهدوا"),
    ("هدد", "obj", None, "هدد", "هددت", "هددوا"),
    ("انتقد", "obj", None, "انتقد", "انتقدت", "انتقدوا"),
    ("اعتقد", "say", None, "يعتقد", "تعتقد", "يعتقدون"),
    ("كرر", "say", None, "كرر", "كررت", "كرروا"),
    ("استبعد", "say", None, "استبعد", "استبعدت", "استبعدوا"),
    ("أورد", "say", None, "أورد", "أوردت", ""),
    ("نص", "say", "على", "ينص", "نصت تنص", ""),
    ("أبدى", "obj", None, "أبدى", "أبدت", "أبدوا"),
    ("اشتكى", "obj", "من", "اشتكى", "اشتكت", "اشتكوا"),
    ("تحدث", "obj", "عن", "تحدث يتحدث", "تحدثت تتحدث", "تحدثوا"),
    ("اقترح", "obj", None, "اقترح", "اقترحت", "اقترحوا"),
    ("وعد", "obj", None, "وعد", "وعدت", "وعدوا"),
    ("توعد", "obj", None, "توعد", "توعدت", "توعدوا"),
    ("أنكر", "obj", None, "أنكر", "أنكرت", "أنكروا"),
    ("جدد", "obj", None, "جدد", "جددت", "جددوا"),
    ("استنكر", "obj", None, "استنكر", "استنكرت", "استنكروا"),
    ("شجب", "obj", None, "شجب", "شجبت", "شجبوا"),
    ("أخبر", "say", None, "أخبر", "أخبرت", "أخبروا"),
    ("روى", "say", None, "روى", "روت", "رووا"),
    ("أفصح", "obj", "عن", "أفصح", "أفصحت", "أفصحوا"),
    ("أوصى", "obj", None, "أوصى", "أوصت", "أوصوا"),
    ("عبر", "obj", "عن", "", "عبرت", "عبروا"),
    ("استدرك", "say", None, "استدرك", "استدركت", ""),
    ("حمل", "obj", None, "", "حملت", "حملوا"),
    ("أيد", "obj", None, "أيد", "أيدت", "أيدوا"),
    ("ثمن", "obj", None, "", "ثمنت", "ثمنوا"),
    ("فند", "obj", None, "فند", "فندت", "فندوا"),
    ("تساءل", "say", None, "تساءل", "تساءلت", "تساءلوا"),
]
_PARTICIPLES = [
    ("قال", "قائلاً", "قائلةً"), ("أضاف", "مضيفاً", "مضيفةً"), ("أكد", "مؤكداً", "مؤكدةً"),
    ("أوضح", "موضحاً", "موضحةً"), ("أشار", "مشيراً", "مشيرةً"), ("لفت", "لافتاً", "لافتةً"),
    ("اعتبر", "معتبراً", "معتبرةً"), ("حذر", "محذراً", "محذرةً"), ("شدد", "مشدداً", "مشددةً"),
    ("تابع", "متابعاً", "متابعةً"), ("نفى", "نافياً", "نافيةً"), ("أعرب", "معرباً", "معربةً"),
    ("دعا", "داعياً", "داعيةً"), ("نوه", "منوهاً", "منوهةً"), ("كشف", "كاشفاً", "كاشفةً"),
    ("أعلن", "معلناً", "معلنةً"), ("طالب", "مطالباً", "مطالبةً"), ("اعترف", "معترفاً", "معترفةً"),
    ("بين", "مبيناً", "مبينةً"), ("لفت", "لافتا", "لافتة"), ("أردف", "مردفاً", "مردفةً"),
    ("ختم", "مختتماً", "مختتمةً"), ("نبه", "منبهاً", "منبهةً"), ("رأى", "معتبراً", "معتبرةً"),
    ("وعد", "واعداً", "واعدةً"), ("توعد", "متوعداً", "متوعدةً"),
    ("حمل", "محملاً", "محملةً"), ("استدرك", "مستدركاً", "مستدركةً"),
    ("اتهم", "متهماً", "متهمةً"), ("رحب", "مرحباً", "مرحبةً"),
    ("تساءل", "متسائلاً", "متسائلةً"), ("استبعد", "مستبعداً", "مستبعدةً"), ("رجح", "مرجحاً", "مرجحةً"),
    ("توقع", "متوقعاً", "متوقعةً"), ("تعهد", "متعهداً", "متعهدةً"), ("انتقد", "منتقداً", "منتقدةً"),
    ("أشاد", "مشيداً", "مشيدةً"), ("استنكر", "مستنكراً", "مستنكرةً"), ("ندد", "مندداً", "مندّدةً"),
    ("ناشد", "مناشداً", "مناشدةً"), ("وصف", "واصفاً", "واصفةً"), ("أبدى", "مبدياً", "مبديةً"),
    ("رفض", "رافضاً", "رافضةً"), ("هدد", "مهدداً", "مهددةً"), ("حث", "حاثاً", "حاثةً"),
]  # fmt: skip


class _Verb:
    __slots__ = ("lemma", "kind", "prep", "gender", "participle")

    def __init__(self, lemma: str, kind: str, prep: str | None, gender: str, participle: bool = False) -> None:
        self.lemma, self.kind, self.prep, self.gender, self.participle = lemma, kind, prep, gender, participle


_VERBS: dict[str, _Verb] = {}
for _lemma, _kind, _prep, *_forms in _VERB_TABLE:
    for _gender, _list in zip("mfp", _forms, strict=True):
        for _form in _list.split():
            _VERBS[_nw(_form)] = _Verb(_nw(_lemma), _kind, _nw(_prep) if _prep else None, _gender)
_PARTS: dict[str, _Verb] = {}
for _lemma, _m, _f in _PARTICIPLES:
    _kind, _prep = next(((k, p) for lem, k, p, *_r in _VERB_TABLE if lem == _lemma), ("say", None))
    for _form, _gender in ((_m, "m"), (_f, "f")):
        for _variant in {_nw(_form), _nw(_form).rstrip("ا")}:
            _PARTS[_variant] = _Verb(_nw(_lemma), _kind, _nw(_prep) if _prep else None, _gender, True)
for _noun in ("مؤكد", "متهم", "متهمه", "محمل"):
    _PARTS.pop(_nw(_noun), None)  # a bare adjective or noun ("it is certain", "the accused"), not a participle

# reporting verbs that follow a quotation or a statement: "«...»، قال X", "...، قالت X"
_AFTER_VERBS = _words("قال قالت يقول تقول أضاف أضافت يضيف تضيف تابع تابعت أوضح أوضحت أكد أكدت قالوا أضافوا")
_AFTER_QUOTE = _AFTER_VERBS | _words(
    "يقولون يتابع تتابع يوضح توضح أوضحوا أكدوا كتب كتبت صرح صرحت أردف أردفت ختم ختمت تساءل تساءلت حذر"
    " حذرت حذروا شدد شددت ذكر ذكرت"
)  # after a closing quotation mark only: "«...»، كتب الوزير", "«...»، حذر المحلل"
_ACCORDING = _words("بحسب حسب وفقاً وفقا وفق طبقاً طبقا استناداً")
_FA_INNA = _words("فإن فإنه فإنها")
_AGENTLESS_ANY = _words("أُفيد أفيد")  # "وأُفيد بانهيار ...": any complement
_AGENTLESS_THAT = _words("يتوقع يُتوقع يعتقد يُعتقد يقال يُقال قيل يذكر يُذكر يرجح يُرجح يخشى يُخشى تردد")
_MIN_AGENTLESS = _words("المتوقع المرجح")  # "ومن المتوقع أن"
_COMP = _words("أن إن بأن")
_COMP_PRON = _words("أنه أنها أنهم أنهما أنني أننا إنه إنها إنهم إنهما إنني إننا بأنه بأنها بأنهم بأنهما")
_COMP_PREPS = _words("من إلى على عن في")
_NOT_COMP_BEFORE = _words("بعد قبل منذ رغم دون بدل حتى أجل يجب يمكن ينبغي بد يريد تريد قرر قررت")
_OPENERS = _words("كما ثم بدوره بدورها بدورهم")
_KAN = _words("كان كانت وكان وكانت فكان فكانت")

# Words after which a source mention ends: times, settings of the statement, recipients.
_TIME = _words(
    "اليوم أمس يوم غداً غدا الليلة صباح مساء ظهر عصر فجر ليل ليلة مؤخراً مؤخرا لاحقاً لاحقا سابقاً سابقا"
    " حالياً الأحد الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة السبت أحد اثنين ثلاثاء أربعاء خميس جمعة سبت"
    " صباحاً مساءً"
)
_TIME_UNITS = _words("الشهر الأسبوع العام السنة الأسبوعين")
_TIME_AFTER = _words("الماضي الماضية الجاري الجارية المقبل المقبلة الحالي الحالية")
_SETTING_PREPS = _words("في خلال عبر لدى عقب أثناء بعد قبل أمام إثر عند")
_STATEMENT_STEMS = _stems(
    "بيان تصريح مؤتمر حديث مقابل كلم خطاب تقرير رسال منشور تغريد اتصال لقاء ختام تعليق رد إفاد جلس مداخل"
    " حوار افتتاح اجتماع وقت أعقاب ندو زيار منتدى قم محادث إحاط نشر مناسب حفل لقاءات تسجيل فيديو"
    " اجتماعات تصريحات حسابه حسابها صفح موقع حصيل بلاغ مقال إعلان دراس مذكر ورق كتاب شريط مقطع برنامج إطلال"
    " ظهور رسائل بيانات تقارير وصول مغادر عود استقبال ترؤس"
)
_ON_PREPS = _words("على")
_WHILE = _words("فيما بينما")
_BUT = _words("لكن لكنه لكنها لكنهم لكنهما إلا أنه")
_BUT_PRON = _words("لكنه لكنها لكنهم لكنهما")
_LEADS = _words("من بعد خلال عقب ردا رداً تعليقا تعليقاً إثر")
_EVENT_PREPS = _words("لدى خلال عقب أثناء إثر عبر بعد قبل أمام عند")
_ON_STEMS = _stems("حساب موقع منص صفح هامش قنا تلفزيون")
_RECIPIENTS = _stems(
    "لوكالة للوكالة لصحيفة للصحيفة لقناة للقناة للتلفزيون لتلفزيون لإذاعة للإذاعة لموقع للموقع للصحفيين"
    " للصحافيين للصحافة لوسائل للجزيرة للعربية لرويترز لفرانس لأسوشيتد للمراسلين لمراسل للبرلمان"
    " للنواب للمشاركين للحضور لنظيره لنظيرته"
)
_STATEMENT_ADJ = _words(
    "صحفي صحافي صحفية صحافية مشترك مشتركة رسمي رسمية مقتضب مقتضبة متلفز متلفزة مكتوب مكتوبة خاص خاصة مطول"
    " سابق سابقة لاحق لاحقة متأخر مبكر هاتفي هاتفية مصور مصورة"
)
_ANON_CLAUSE = _words("شريطة بشرط شرط مشترطاً مشترطة مشترطين مفضلاً مفضلة")
_REASON_START = _words(
    "لأنه لأنها لأنهم لأنهما لأن لكونه لكونها لكونهم بسبب نظراً نظرا كونه كونها كونهم إذ لعدم لحساسية"
    " خوفاً خوفا حرصاً حرصا تجنباً تجنبا تفادياً خشية"
)
_WITHHELD = _words(
    "هويته هويتها هوياتهم هويتهم هويتيهما هويتهما اسمه اسمها أسمائهم اسميهما اسمهما تسميته تسميتها تسميتهم"
    " تسميتهما هويتهن أسماءهم أسمائها أسمائهما أسمائهن هوياتهن"
)

_TITLE_HEADS = _words(
    "وزير وزيرة وزراء متحدث متحدثة ناطق ناطقة محافظ مدير مديرة رئيس رئيسة وكيل وكيلة نائب نائبة سفير سفيرة"
    " قائد قائدة أمين أمينة مستشار مستشارة مندوب مندوبة ممثل ممثلة مبعوث مبعوثة منسق منسقة مفوض مفوضة عمدة محامي"
    " محامية محام قاضي قاضية مدعي مدعية ملك أمير أميرة ولي شيخ مفتي مدرب مدربة عضو زعيم زعيمة مساعد مساعدة محقق"
    " عقيد عميد لواء رائد نقيب رئيسا مديرا متحدثا الأمين العاهل رئيس قادة زعماء قائدة رؤساء وزيرا"
    " مراسل مراسلة مدعٍ نقيب عمداء عميد مفتش مفتشة ضابطة رئيسة أسقف بطريرك سكرتير سكرتيرة مرشد حاكم حاكمة"
)
_INST_HEADS = _words(
    "وزارة الوزارة حكومة جيش بنك مصرف هيئة شركة منظمة صحيفة جريدة وكالة مكتب مركز صندوق مجلس نيابة محكمة شرطة"
    " أمم اتحاد لجنة جامعة رئاسة برلمان مفوضية أمانة حركة حزب تحالف جبهة نقابة رابطة جمعية مؤسسة سلطة سلطات"
    " دفاع هلال صليب قناة تلفزيون إذاعة موقع بيت كرملين خارجية داخلية بورصة فريق نادي منتخب إدارة دائرة"
    " مديرية أجهزة قوات حرس أرصاد نواب معارضة سفارة قنصلية بلدية محافظة ولاية دولة بلاد بلاده ولايات"
    " مجموعة كتائب فصائل ائتلاف تيار كتلة شبكة جهاز مصلحة ديوان مرصد معهد مختبر كونغرس كنيست مستشفى"
    " متظاهرون متظاهرين محتجون محتجين مضربون معتصمون جانب طرف طرفان الطرفين الجانبان الجانبين"
    " مصر العراق الأردن السعودية إيران إسرائيل تركيا روسيا الصين فرنسا ألمانيا بريطانيا أمريكا واشنطن موسكو"
    " طهران القاهرة الرياض بكين قطر الإمارات الكويت سوريا لبنان اليمن السودان ليبيا تونس الجزائر المغرب"
    " فلسطين حماس الحوثيون طالبان الناتو اليونيسف اليونسكو فيفا أوبك الاتحاد جماهير الجماهير نقابات"
    " حكومات وزارات شركات منظمات هيئات لجان أحزاب مجالس محاكم جيوش الأونروا الجامعة الحرس عائلة أسرة"
    " عائلات أسر صحف مواقع قنوات إذاعات حلف إعلام خطوط مطار برنامج منصة ادعاء الادعاء قضاء القضاء أمن الأمن رويترز بلومبرغ هيومن أمنستي أوكسفام سي بي"
    " الهند باكستان أفغانستان موريتانيا الصومال إثيوبيا أوكرانيا اليابان كوريا أوروبا بيروت دمشق بغداد"
    " عمان الخرطوم أنقرة باريس لندن برلين كييف بروكسل تل الدوحة أبوظبي مسقط المنامة طرابلس الرباط"
    " الأردن البحرين عُمان إسبانيا إيطاليا كندا أستراليا البرازيل الأرجنتين نيجيريا كينيا"
    " بعثة بعثات تنسيقية تنسيقيات فدرالية فيدرالية كونفدرالية اتحادية قوة كتيبة فيلق فرقة ميليشيا"
    " ميليشيات جماعة جماعات تنظيم مجمع غرفة أكاديمية كلية قيادة أركان بوابة مجلة وفد وفود محافظة قيادة"
    " مستشفيات منتدى ملتقى تجمع اللجنة المفوضية الرئاسة الإليزيه الكرملين البنتاغون كونغرس مجلس شورى"
    " سلاح بحرية درك جمارك بلدية إمارة مملكة جمهورية إقليم حماية"
)
_DOC_HEADS = _words(
    "بيان تقرير وثيقة دراسة رسالة بيانات إحصاءات إحصائيات أرقام لائحة نص مذكرة قرار سجلات صور مسح استطلاع"
    " مسودة تقديرات نتائج حصيلة تغريدة منشور محضر وثائق تسجيل مقطع فيديو خطاب مرسوم اتفاق اتفاقية قانون"
    " دستور بيانه بيانها إحصائية أحكام حكم نشرة بلاغ لقطات مشاهد مقاطع تسجيلات صورة خريطة سجل"
)
_ANON_HEADS = _words(
    "مصدر مصادر مصدران مصدرين مسؤول مسؤولون مسؤولين مسؤولان مسؤولة مسؤولو مسؤولي دبلوماسي دبلوماسيون"
    " دبلوماسيين دبلوماسيان مطلعون مطلعين مقربون مقربين مقرب شهود شاهد خبراء خبير خبيرة محللون محللين محلل"
    " محللة مراقبون مراقبين تقارير أنباء معلومات أوساط جهات أشخاص ضابط ضباط موظف موظفون وسائل قيادي قياديون"
    " عاملون مصرفيون اقتصاديون متعاملون تجار أحد بعض ناشطون ناشطين ناشط دبلوماسية وسطاء الوسطاء وسيط"
    " مقربة مطلعة مراقب ممثلون ممثلو ممثلي أعضاء منتقدون معارضون مؤيدون أنصار"
    " دوائر شخص شخصان شخصين متابعون مختصون متخصصون عناصر"
)
_PEOPLE_HEADS = _words(
    "سكان مواطنون معلمون أطباء طبيب ممرضون عمال طلاب ناخبون مشجعون لاعبون مزارعون أهالي مسعفون متطوعون"
    " نازحون لاجئون صيادون سائقون مرشحون مرشح مرشحة مقاتلون مقاتل جنود جندي مهندسون موظفون عاملون تجار"
    " متقاعدون أمهات آباء نساء رجال شبان أطفال"
    " سائق طالب طالبة موظفة تاجر مزارع صياد معلم معلمة أم أب امرأة رجل شاب شابة طفل مواطن مواطنة ناخب"
    " ناخبة مشجع لاعب عامل عاملة نازح نازحة لاجئ لاجئة ساكن جار أرملة متقاعد صاحب صاحبة بائع بائعة"
    " ممرضة ممرض طبيبة مهندس مهندسة محاسب محاسبة أستاذ أستاذة باحث باحثة ناجٍ ناجية ناج شاهدة مزارعة"
    " والد والدة شقيق شقيقة ابن ابنة زوج زوجة ربة رب"
    " ناجون مصابون جرحى ضحايا مفقودون معتقلون أسرى سجناء مسافرون ركاب حجاج زوار سياح مستوطنون فلاحون رعاة"
    " صحفيون صحافيون إعلاميون مدونون أكاديميون باحثون علماء أساتذة مدرسون تلاميذ نشطاء ناشطات حقوقيون"
    " أقارب ذوو ذوي جيران مشاركون مصلون مغتربون عائدون مهاجرون طلبة أولياء مرضى ممرضات"
)
_PEOPLE_HEADS |= frozenset(w[:-2] + "ين" for w in _PEOPLE_HEADS if w.endswith("ون"))
_ANON_HEADS |= frozenset(w[:-2] + "ين" for w in _ANON_HEADS if w.endswith("ون"))
_ANON_HEADS |= frozenset(w + "ه" for w in _ANON_HEADS if w[-1] not in "هنا" and len(w) > 3)  # مراقب -> مراقبة
_IDAFA_HEADS = _TITLE_HEADS | _INST_HEADS | _DOC_HEADS | _ANON_HEADS | _PEOPLE_HEADS
_GIVEN = _words(
    "محمد أحمد حسن حسين محمود مصطفى عمر عثمان خالد سعيد سعد سامح سامي ناصر منير فؤاد عوض يوسف إبراهيم"
    " إسماعيل موسى عيسى جمال كمال طارق وليد هشام هاني رامي زياد فادي نبيل عادل عماد عصام حازم حاتم ماجد مازن"
    " مراد نادر نزار رياض رشيد سليم سليمان صالح صلاح طلال عباس عزيز فيصل فهد فراس قاسم كريم مجدي منصور"
    " نجيب هادي ياسر يحيى أيمن أنور بسام بشار بشير تامر جعفر جورج حمد حمزة حميد خليل داود راشد رائد"
    " زكي زهير سمير شريف شكري صابر ضياء عارف عاطف عامر عدنان غسان فارس فتحي فريد لؤي ماهر مروان معاذ مهدي"
    " نعيم هيثم وائل وسيم ياسين يونس إياد أسامة أكرم أشرف إدريس بلال توفيق ثامر جلال حبيب حسام خالدة رضا"
    " زيد سالم سلطان شادي صادق طه عبيد عمرو غازي فواز قيس لطفي مجيد مصعب معتز منذر مهند نضال"
    " نواف هاشم وجدي يزن فاطمة عائشة مريم ليلى سلمى هدى منى نادية سعاد زينب رانيا رنا دينا سارة نور هالة"
    " أمل إيمان سميرة نجلاء خديجة حنان رشا ريم لينا لمياء سوزان هبة آمنة أسماء سناء نسرين وفاء رحاب غادة"
    " ميساء عبير جميلة سهام نوال ناديا مها أميرة سهى رهف دعاء ولاء شيماء إسراء آلاء بشرى جنى لبنى نهى"
    " مسعود بطرس بهاء بثينة بيار بكر بدر بدرية برهان بسمة بشير لطيفة لارا لميس جومانة جمانة رحمة"
    " نبيلة فايزة فيروز كوثر نجوى هيفاء وداد يسرى يمنى صفاء عفاف ابتسام انتصار إلهام جيهان"
    " خلود دلال روان ريما زهرة سلوى سمر سوسن ضحى عبلة علياء غدير فدوى كريمة لمى مروة"
    " منال ميرفت نادين نسرين هناء هند يارا حسين عبدالله عبدالرحمن عبدالعزيز عبدالكريم عبدالرحيم أنس"
    " أوس إيهاب باسل بهجت ثائر جواد حارث حيدر خضر ربيع رضوان رمزي زكريا سامر سعود سفيان سلمان شاكر شوقي"
    " صبري صفوان طلعت ظافر عاصم عبود عثمان علاء عمار عوني غالب فاضل فاروق فتحي فهمي قصي كمال لقمان"
    " ماهر محسن مدحت مراد مصلح معن منيب موفق ناجي نادر نبيل نصري نمر هاني هشام همام وسام"
    " وليد ياسر يعقوب يوسف جميل جودت حسني حمدي رأفت رشاد رفعت سعدي شفيق عزمي عوض فوزي قدري لؤي مجدي"
    " محمود ممدوح منذر نشأت هاشم يسري إسحاق إلياس أيوب بولس جرجس حنا خليفة طلال عبيدة غيث مالك"
    " جاسم كاظم مؤيد مثنى عبدالسلام عبدالقادر عبدالمجيد عبداللطيف عبدالحميد عبدالرزاق نصر"
    " حسان مهدي منتصر مأمون ميشال ميشيل إيلي جوزيف أنطوان شربل ريتا رولا نهاد"
)
_ALI = "عليي"  # the token of the name علي (written with ya), kept apart from the folded preposition على
_GIVEN |= {_ALI}
_NAME_PARTS = _words("عبد أبو أبي بن بنت ابن آل")
_NOT_NAME = _words(
    "باسم في من على عن إلى مع بين لدى مطلع مطلعة مطلعون سابق سابقة آخر أخرى الآخر طلب طلبت طلبوا طلبا"
    " فضل فضلت رفض رفضت وهو وهي وهم الذي التي الذين يدعى تدعى أيضا أيضاً نفسه نفسها كل جميع أي"
)
_RESET_NP = _words("باسم في من على عن إلى لدى مع")

_SCENE_OPEN = _words("في على أمام عند وسط داخل خارج قرب تحت فوق بين")
_SIMULTANEOUS = _words("بينما فيما")
_SCENE_WORDS = _words(
    "تناثرت تناثر امتلأت امتلأ يحملن يحملون تحمل يحمل تجمع تجمعت تجمهر احتشد احتشدت وقف وقفت وقفوا جلس"
    " جلست جلسوا يهتفون هتف هتفوا يرفعون رفعوا لافتات الأعلام أعلام الوحل الدخان الغبار أشجار الممرات"
    " الأزقة الركام الأنقاض يبكي تبكي بكت دموع ينتظرون انتظرت انتظر يصطفون اصطف طوابير الفناء الرصيف"
    " المطر الشمس يلعبون يركضون يتجولون تفوح رائحة أصوات صفارات يلوحون لوحوا يرقصون الهواء الطلق"
    " ابتسامة يبتسم متلاصقة يتلقون يوزعون تفرق تفرقوا بهدوء خيم يخيم ساد الهدوء الصمت يرددون رددوا هتافات"
    " الأغاني زغاريد الزغاريد يصفقون صفقوا الحشود حشود مزدحمة المزدحمة الشموع شموعاً الورود"
)
_META = _words("للتعليق تعليق التعليق يتسن تعذر")
_ROOT_WAW = _words(
    "وزارة وزير وزيرة وزراء وصل وصلت وصلوا وقع وقعت وافق وافقت وسط وفق وفقا وفقاً وكالة وكالات ولاية ولايات"
    " وادي وطني وطنية وحدة وحدات واشنطن وضع وضعت ورد وردت وجه وجهت وجد وجدت وكيل وكيلة وفاة وفيات وثيقة"
    " ودع وعد وعدت وصف وصفت واصل واصلت وقف وقفت ولد ولدت وفر وفرت وقت واجه واجهت وثق وزن وحيد وسائل"
    " وظائف واقع وراء وجود ورقة وارد واردات واحد واحدة وظيفة ولي وسيط وسطاء وعي وفد وفود وقود وليد وائل"
    " وسام وصفي وحيدة وديع وئام ورش وادعاً وعود ولاء وافد وافدين"
)

# check-worthiness
_NUM_WORDS = _words(
    "واحد اثنان اثنين ثلاث ثلاثة أربع أربعة خمس خمسة ست ستة سبع سبعة ثمان ثماني ثمانية تسع تسعة عشر عشرة"
    " عشرين عشرون ثلاثين أربعين خمسين مئة مائة مئات ألف آلاف مليون ملايين مليار مليارات نصف ثلث ربع ضعف عشرات"
    " يومين عامين شهرين أسبوعين مرتين المئة بالمئة بالمائة"
)
_COMPARE = _words(
    "أكثر أقل أعلى أدنى ارتفع ارتفعت تراجع تراجعت انخفض انخفضت زيادة ارتفاع انخفاض مقارنة منذ قياسي أول"
    " الأولى الأول أكبر أصغر أسوأ ضعفي بلغ بلغت"
)
_CAUSAL = _words(
    "بسبب جراء نتيجة أدى أدت أسفر أسفرت تسبب تسببت قتل قتلى مقتل أصيب أصيبت إصابة إصابات دمر حتفهم لقي أودت لأن"
)
_LEGAL = _words(
    "قانون القانون محكمة المحكمة حكم الحكم قضت سجن بسجن إدانة إدانته اتهام اعتقل اعتقال قرار مرسوم برلمان"
    " البرلمان دستور عقوبات انتخابات اتفاق اتفاقية وقع وقعت رشاوى الطعن للطعن"
)
_MONTHS = _words(
    "يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر كانون شباط آذار نيسان أيار"
    " حزيران تموز آب أيلول تشرين"
)
_FUTURE = _words("سوف لن سيكون ستكون")
_NOT_FUTURE = _words(
    "سيارات سيارة سيول سيد سيدة سياسة سياسي سياسية سيطرة سيناء سنة سنوات ستين ستة ستون سنويا سنوياً سنوي ستار"
    " سيئون سياق سياحة سياحي سير سيرا سيناريو سيادة سيولة ستاد سينما سنغافورة ستوكهولم سنتيمتر سيف سيطر"
)
_OPINION = _words(
    "يجب ينبغي نأمل نرفض ملتزمون نتطلع نحن إننا نسعى ضروري واضحة غنيمة نطالب نريد أتمنى نتمنى ليس لسنا"
    " أعتقد نعتقد أفضل يستحق مرفوض"
)
_STATE = _words("كان كانت بلغ بلغت سجل سجلت تم يبلغ يشهد شهد تعد تعتمد يعتمد يقع تقع")
_YEAR = re.compile(r"(?<!\d)(?:1[89]|20|١[٨٩]|٢٠)\d\d(?!\d)|[١٢][٠-٩]{3}")
_DIGIT = re.compile(r"\d|%|٪")

_QUOTE_MARK = re.compile(f"[{_QUOTES}]")
_AS_HE_PUT = re.compile("[،,]\\s*(?:علي حد|حسب|بحسب|وفق|كما)\\s+(?:تعبير|قول|وصف|قال|ذكر)(?:ه|ها|هم|هما)?\\s*$")
_TOKEN = re.compile(r"\w+|[^\w\s]")
_BOUNDARY = re.compile(r"[.!?؟]+[»”\"'’)]*(?=\s|$)")
# possessive quantifiers: a dateline is tried on every paragraph start and must not backtrack
_DATELINE = re.compile(
    r"\s*+(?![وف])[^\s.!?؟(),،«»]++(?:[ ،,]++[^\s.!?؟(),،«»]++){0,5}\s*+[(«][^()«»\n]{1,40}[)»]\s*+[-–—]\s*+"
)
# "القاهرة - ", "القاهرة - رويترز - ", "دبي - الشرق الأوسط: " (first paragraph only)
_DATELINE_PLAIN = re.compile(r"\s*+\w++(?:[ ،,]++\w++){0,2} ?[-–—]\s++(?:\w++(?: \w++){0,2}\s*+[-–—:]\s++)?")


# ---------------------------------------------------------------- sentences
def _quote_regions(n: str, p0: int, p1: int) -> list[tuple[int, int]]:
    """(open, close) offsets of the matched quotations in n[p0:p1]; an unmatched mark opens nothing."""
    regions, stack, straight = [], [], None
    for i in range(p0, p1):
        ch = n[i]
        if ch == "«" or ch == "“":
            stack.append(i)
        elif (ch == "»" or ch == "”") and stack:
            o = stack.pop()
            if not stack:
                regions.append((o, i))
        elif ch == '"':
            if straight is None:
                straight = i
            else:
                if not stack:
                    regions.append((straight, i))
                straight = None
    return regions


def _sentences(f: _Folded) -> list[tuple[int, int]]:
    n, out = f.n, []
    paras = [pm.span() for pm in re.finditer(r"[^\n]+", n) if pm.group().strip()]
    for pi, (p0, p1) in enumerate(paras[:3]):
        if pi and _DATELINE.match(n, p0, p1):
            paras = paras[pi:]  # a headline or dek above the dateline is not annotated
            break
    for pi, (p0, p1) in enumerate(paras):
        para = n[p0:p1]
        if para.lstrip().startswith(("بقلم", "تصوير", "(وكالة")):
            continue  # byline, photo credit
        if pi < 3:
            m = _DATELINE.match(n, p0, p1) or (pi == 0 and _DATELINE_PLAIN.match(n, p0, p1))
            if m:
                p0 = m.end()
        regions = _quote_regions(n, p0, p1) if ("«" in para or "“" in para or '"' in para) else []
        closes = [c for _, c in regions]
        start = p0
        for m in _BOUNDARY.finditer(n, p0, p1):
            b = m.end()
            r = bisect.bisect_left(closes, b)  # the first quotation closing at or after b (they do not overlap)
            if r < len(regions) and regions[r][0] < b:
                continue
            a = m.start()
            if a > start and n[a - 1].isalpha() and (a - 1 == start or not n[a - 2].isalnum()):
                continue  # "د." and other one-letter abbreviations
            out.append((start, b))
            start = b
        if start < p1:
            out.append((start, p1))
    return [(s, e) for s, e in out if n[s:e].strip()]


# ---------------------------------------------------------------- claims
class _Claim:
    __slots__ = ("c", "src", "cue", "typ", "qt", "reason", "name", "title")

    def __init__(self, c, src, cue, typ, qt, reason=None, name=None, title=None) -> None:
        self.c, self.src, self.cue, self.typ, self.qt = c, src, cue, typ, qt
        self.reason, self.name, self.title = reason, name, title


class _Mention:
    __slots__ = ("span", "typ", "reason", "genders", "head", "name", "title", "words")

    def __init__(self, span, typ, reason, genders, head, name, title, words) -> None:
        self.span, self.typ, self.reason, self.genders = span, typ, reason, genders
        self.head, self.name, self.title, self.words = head, name, title, words


class _Reader:
    def __init__(self, text: str) -> None:
        self.f = _Folded(text)
        self.n = self.f.n
        self.claims: list[_Claim] = []
        self.mentions: list[_Mention] = []
        self.last: _Claim | None = None  # the last attributed claim, for continuation quotes
        self.since_last = 99
        self.pending: tuple[int, int, _Mention | None] | None = None
        self.announced = False  # the sentence ended in "قال X:" and the next one is the quotation

    # -- tokens
    def tokens(self, s0: int, s1: int) -> None:
        found = list(_TOKEN.finditer(self.n, s0, s1))
        W = [m.group() for m in found]
        S = [m.start() for m in found]
        E = [m.end() for m in found]
        if "علي" in W:
            for t, w in enumerate(W):
                if w == "علي" and self.f.text[self.f.start(E[t] - 1)] == "ي":
                    W[t] = _ALI  # the name علي, which folds like the preposition على
        self.W, self.S, self.E = W, S, E
        self.withheld: set[int] = set()  # first tokens of mentions whose identity the text says is withheld

    def run(self) -> list[_Claim]:
        for s0, s1 in _sentences(self.f):
            self.tokens(s0, s1)
            if not self.W:
                continue
            before = len(self.claims)
            self.pending = None
            self.announced = False
            try:
                self.sentence()
            except IndexError:
                del self.claims[before:]
            attributed = self.announced or any(c.typ != "unattributed" for c in self.claims[before:])
            self.since_last = 0 if attributed else self.since_last + 1
        return self.claims

    # -- word helpers
    def verb_at(self, i: int) -> tuple[_Verb, int] | None:
        """The reporting verb at token i and the number of clitic characters (و, ف) before it."""
        w = self.W[i]
        v = _VERBS.get(w)
        if v is not None:
            return v, 0
        if len(w) > 3 and w[0] in "وف":
            v = _VERBS.get(w[1:])
            if v is not None:
                return v, 1
            for suffix in ("ه", "ها", "هم", "هما"):  # "ووصفته بأنه", "واتهمها بـ": an object pronoun on the verb
                if w.endswith(suffix) and len(w) - len(suffix) > 3:
                    v = _VERBS.get(w[1 : -len(suffix)])
                    if v is not None and v.kind == "obj":
                        return v, 1
        return None

    def part_at(self, i: int) -> tuple[_Verb, int] | None:
        w = self.W[i]
        v = _PARTS.get(w)
        if v is not None:
            return v, 0
        if len(w) > 4 and w[0] in "وف" and w[1:] in _PARTS:
            return _PARTS[w[1:]], 1
        return None

    def bare(self, i: int) -> str:
        """Token i without a conjunction written onto it."""
        w = self.W[i]
        if len(w) > 2 and w[0] in "وف" and w not in _ROOT_WAW and not (w[0] == "ف" and w.startswith(("في", "فق"))):
            return w[1:]
        return w

    def clitic_start(self, i: int) -> int:
        """Folded offset where token i starts once a conjunction و/ف written onto it is left out."""
        w = self.W[i]
        if len(w) > 2 and w[0] == "و" and w not in _ROOT_WAW:
            return self.S[i] + 1
        if len(w) > 3 and w[0] == "ف" and w[1:] in _VERBS:
            return self.S[i] + 1
        return self.S[i]

    def is_comp(self, i: int, end: int) -> tuple[int, int] | None:
        """(tokens used, folded offset where the content starts) when a complementiser starts at i."""
        W = self.W
        w = W[i]
        if w in _COMP or w in _COMP_PRON:
            if i > 0 and W[i - 1] in _NOT_COMP_BEFORE:
                return None
            if self.f.text[self.f.start(self.S[i])] == "آ":
                return None  # "آن": a name, not أن
            if w in _COMP:
                return 1, self.S[i + 1] if i + 1 < len(W) else self.E[i]
            return 1, self.S[i] + (1 if w[0] == "ب" else 0)
        if w in _COMP_PREPS and i + 1 < end and (W[i + 1] in _COMP or W[i + 1] in _COMP_PRON):
            r = self.is_comp(i + 1, end)
            return (1 + r[0], r[1]) if r else None
        return None

    def quote_close(self, i: int, limit: int) -> int | None:
        """Token index of the mark closing the quotation opened at token i (within limit)."""
        close = _CLOSE_OF.get(self.W[i])
        if close is None:
            return None
        depth = 0
        for j in range(i + 1, limit):
            w = self.W[j]
            if w == close and depth == 0:
                return j
            if w == self.W[i] and close != '"':
                depth += 1
            elif w == close:
                depth -= 1
        return None

    def is_time(self, i: int, end: int) -> bool:
        w = self.W[i]
        if w in _TIME:
            return w != "احد" or (i > 0 and self.W[i - 1] == "يوم")  # "أحد المصدرين" is "one of"
        return w in _TIME_UNITS and i + 1 < end and self.W[i + 1] in _TIME_AFTER

    def modifier_len(self, i: int, end: int) -> int:
        """Length in tokens of a modifier of the reporting clause at i (time, setting, recipient), else 0."""
        W = self.W
        w = W[i]
        j = i
        if self.is_time(i, end):
            j = i + 1
            while j < end and (self.is_time(j, end) or W[j] in _TIME_AFTER):
                j += 1
            return j - i
        if w == "في" and i + 1 < end and W[i + 1] in _MONTHS:  # "في تموز/يوليو 2024"
            j = i + 2
            while j < end and (W[j] in _MONTHS or W[j] in ("/", "عام") or W[j].isdigit() or W[j] in _TIME_AFTER):
                j += 1
            return j - i
        if w in _SETTING_PREPS and i + 1 < end:
            nxt = W[i + 1]
            stem = nxt[2:] if nxt.startswith("ال") else nxt
            if nxt in _TIME or nxt.startswith(_STATEMENT_STEMS) or stem.startswith(_STATEMENT_STEMS):
                j = i + 2
                while j < end and (W[j].startswith("ال") or W[j] in _STATEMENT_ADJ) and not self.is_time(j, end):
                    if self.comp_or_colon(j, end):
                        break
                    j += 1
                if j < end and W[j] in _DELIVERED:  # "في بيان تلاه على التلفزيون", "في كلمة ألقاها أمام ..."
                    x = j + 1
                    while x < end and x < j + 8 and W[x] not in _COMMAS and not self.comp_or_colon(x, end):
                        x += 1
                    if x < end and (W[x] in _COMMAS or self.comp_or_colon(x, end)):
                        j = x
                return j - i
            if w == "امام":  # "أمام مئات من أنصاره", "أمام البرلمان": the audience or place of the statement
                j = i + 2
                while j < end and j < i + 9 and W[j].isalpha() and not self.comp_or_colon(j, end):
                    j += 1
                return j - i
            if not nxt.startswith("ال"):
                return 0
            if w == "لدي" and any(self.head(W[x]) in _ENVOYS for x in range(max(0, i - 3), i)):
                return 0  # "السفير الأمريكي لدى الأمم المتحدة": part of the title
            if w in _EVENT_PREPS:  # "لدى النطق بالحكم", "بعد المباراة", "أمام البرلمان"
                j = i + 2
                while j < end and W[j].startswith("ال") and not self.comp_or_colon(j, end):
                    j += 1
                return j - i
            return 0
        if w in _ON_PREPS and i + 1 < end and (W[i + 1].lstrip("ال").startswith(_ON_STEMS)):
            j = i + 2
            while j < end and W[j].startswith("ال"):
                j += 1
            return j - i
        if w == "ل" and i + 1 < end and W[i + 1] in ("(", "«", "“", '"'):
            close = self.quote_close(i + 1, end) if W[i + 1] != "(" else self.paren_close(i + 1, end)
            return (close + 1 - i) if close is not None else 0
        if w.startswith(_RECIPIENTS) or (w == "لبي" and i + 1 < end and W[i + 1] == "بي"):
            j = i + 1
            while j < end and W[j].startswith("ال") and not self.comp_or_colon(j, end):
                j += 1
            return j - i
        return 0

    def paren_close(self, i: int, limit: int) -> int | None:
        for j in range(i + 1, min(limit, i + 12)):
            if self.W[j] == ")":
                return j
        return None

    def comp_or_colon(self, i: int, end: int) -> bool:
        return self.W[i] == ":" or self.is_comp(i, end) is not None

    # -- source mentions
    def source(self, k: int, stop: int) -> tuple[tuple[int, int] | None, tuple[int, int] | None, int, int]:
        """(source span, reason span, first and last+1 token of the mention) for the tokens k..stop."""
        W = self.W
        reason = None
        first = last = None
        i = k
        seg_start = True
        dropped = False
        while i < stop:
            w = W[i]
            if w in _COMMAS:
                seg_start = True
                i += 1
                continue
            if seg_start and (w in _ANON_CLAUSE or (w in _SPOKE and i + 1 < stop and W[i + 1] in _ANON_CLAUSE)):
                # "شريطة عدم الكشف عن هويته لأنه ...": out of the source; the reason goes to anonymity_reason
                j = i + 1
                while j < stop and W[j] not in _COMMAS:
                    if W[j] in _REASON_START and reason is None:
                        r = self.reason_span(j, stop)
                        reason = r
                    j += 1
                i = j
                dropped = first is not None
                continue
            if seg_start and w in _REASON_START and reason is None and first is not None:
                reason = self.reason_span(i, stop)
                i = self.segment_end(i, stop)
                continue
            if seg_start and first is not None and not dropped and self.bare(i) in _RELATIVE:
                j = self.segment_end(i, stop)  # "X، الذي يقود الوفد، إن": a relative clause is kept whole
                for r in range(i + 1, j):
                    if W[r] in _REASON_START and W[r - 1] in _WITHHELD:
                        j = r  # ... but not the reason given for anonymity
                        break
                while j > i and not self.W[j - 1].isalnum() and self.W[j - 1] not in _QUOTES + ")":
                    j -= 1
                if j > i:
                    last = j
                i = self.segment_end(i, stop)
                continue
            if seg_start and first is not None and (dropped or self.modifier_len(i, stop)):
                break
            seg_start = False
            if w in _REASON_START and i > k and W[i - 1] in _WITHHELD:
                if reason is None:
                    reason = self.reason_span(i, stop)
                i = self.segment_end(i, stop)
                dropped = True
                continue
            if not w.isalnum() and w not in _OPEN_Q and w != "(":
                if w == "." and i > k and len(W[i - 1]) == 1 and W[i - 1].isalpha():
                    last = i + 1  # "د. أحمد": an abbreviated title
                    i += 1
                    continue
                if w in ".!?؟:":
                    break
                i += 1
                continue
            if w in _OPEN_Q or w == "(":
                close = self.quote_close(i, stop) if w != "(" else self.paren_close(i, stop)
                if close is not None:
                    if first is None:
                        first = i
                    last = close + 1
                    i = close + 1
                    continue
            m = self.modifier_len(i, stop)
            if m and first is None:
                i += m  # "وقال يوم الأحد وزير ...", "وقال لـ(وكالة) مسؤول ...": the source comes after
                if i < stop and (
                    W[i] in _RESET_NP or W[i] in _COMP_PREPS or self.bare(i) == "مع" or W[i].startswith(("لل", "بال"))
                ):
                    i = self.segment_end(i, stop)  # "في مقابلة مع صحيفة ...": the setting goes on
                continue
            if m:
                i = self.segment_end(i, stop)
                dropped = True
                continue
            if first is None:
                first = i
            last = i + 1
            i += 1
        if reason is None:
            for t in range(k + 1, stop):
                if W[t] in _REASON_START and (
                    W[t - 1] in _WITHHELD or (W[t - 1] in _COMMAS and t > k + 1 and W[t - 2] in _WITHHELD)
                ):
                    reason = self.reason_span(t, stop)
                    break
        if first is None:
            return None, reason, k, k
        if reason is not None or self.withholds(k, stop):
            self.withheld.add(first)
        return (self.S[first], self.E[last - 1]), reason, first, last

    def withholds(self, k: int, stop: int) -> bool:
        """The tokens k..stop say the speaker's name is withheld ("طلب عدم الكشف عن هويته", "شريطة عدم ذكر اسمه")."""
        W = self.W
        return any(
            W[t] in _WITHHELD and any(W[x] in _WITHHOLDING for x in range(max(k, t - 3), t)) for t in range(k, stop)
        )

    def segment_end(self, i: int, stop: int) -> int:
        while i < stop and self.W[i] not in _COMMAS:
            i += 1
        return i

    def reason_span(self, i: int, stop: int) -> tuple[int, int]:
        j = self.segment_end(i, stop)
        return self.S[i], self.E[j - 1]

    def np_end(self, k: int, end: int) -> int:
        """End of a noun phrase starting at k (the subject before an object: "نفت الوزارة وجود ...")."""
        W, E = self.W, self.E
        if k >= end or W[k] in _COMMAS or self.modifier_len(k, end) or W[k] in _OPEN_Q:
            return k
        seen_def = W[k].startswith("ال")
        in_name = W[k] in _GIVEN or W[k] in _NAME_PARTS
        name_len = 0
        i = k + 1
        while i < end:
            w = W[i]
            if w == "(" or (w in _OPEN_Q and i + 1 < end):
                close = self.paren_close(i, end) if w == "(" else self.quote_close(i, min(end, i + 6))
                if close is None:
                    break
                i = close + 1
                continue
            if w in _COMMAS:
                j = self.apposition(k, i, end)
                if j > i:
                    i = j
                    continue
                break
            if self.modifier_len(i, end):
                break
            if (
                w.startswith("وال")
                and len(w) > 4
                and i - 2 >= k
                and W[i - 1].startswith("ال")
                and not W[i - 2].startswith("ال")
                and self.head(W[i - 2]) in _IDAFA_HEADS
            ):
                i += 1  # "وزير الشباب والرياضة", "وزارة التربية والتعليم"
                continue
            if w in _ISSUED and i + 2 < end and W[i + 1] in ("عن", "من") and W[i + 2].isalpha():
                seen_def = W[i + 2].startswith("ال")
                i += 3  # "بيان صادر عن كتيبة ..."
                continue
            if (
                (w == "من" or (w == "عن" and self.head(W[k]).startswith("ممثل")))
                and i + 1 < end
                and self.head(W[k]) in _GROUP_HEADS
                and W[i + 1].isalpha()
            ):
                nxt = W[i + 1]
                if not nxt.endswith(("ه", "ها", "هم")) or self.head(nxt) in _IDAFA_HEADS:
                    seen_def = nxt.startswith("ال")  # "نواب من أحزاب المعارضة", "مسؤولون من الجانبين"
                    i += 2
                    continue
            if w.startswith("ال") and len(w) > 3:
                maqsura = self.f.text[self.f.start(E[i] - 1)] == "ى"  # "المستشفى" folds to a nisba ending
                rank = w[2:] in _RANKS and i + 1 < end and self.name_like(i + 1) and not in_name
                if rank:  # "المتحدث باسم المجلس العقيد أمادو ...": a rank before the name is in apposition
                    in_name, name_len, seen_def = True, 0, True
                    i += 1
                    continue
                if seen_def and W[i - 1].startswith("ال") and not in_name and (maqsura or not _adjective(w)):
                    break  # "اتهم التحالف المعارض الحكومة": a definite noun after a definite word is the object
                if in_name and name_len >= 2 and W[i - 1] not in _NAME_PARTS:
                    break
                seen_def = True
                name_len += in_name
                i += 1
                continue
            if (w.startswith("لل") and len(w) > 3) or (
                w.startswith("ل") and len(w) > 2 and i + 1 < end and W[i + 1].startswith("ال")
            ):
                seen_def = False
                i += 1
                continue
            if w.startswith("باسم") or (w == "في" and i + 1 < end and W[i + 1].startswith("ال")):
                seen_def = False  # "المتحدث باسم الجيش", "المفوضية ... في العراق"
                i += 1
                continue
            if w in _RESET_NP or w in _COMP_PREPS or w in _NOT_NAME:
                break
            if (
                not seen_def
                and (self.head(W[i - 1]) in _IDAFA_HEADS or W[i - 1] == "باسم")
                and w.isalpha()
                and not w.startswith("ب")
            ):
                i += 1
                continue
            if w in _GIVEN or w in _NAME_PARTS:
                in_name = True
                name_len = 0 if W[i - 1] in _NAME_PARTS else name_len
                i += 1
                continue
            if in_name and name_len < 2 and not w.startswith(("ب", "ل")) and w not in _DEMONSTRATIVES:
                name_len += 2 if W[i - 1] not in _NAME_PARTS else 0
                i += 1
                continue
            break
        return i

    def name_like(self, i: int) -> bool:
        """Token i may start a personal name: a listed one, or a plain word that is no noun, verb or particle."""
        w = self.W[i]
        if w in _GIVEN or w in _NAME_PARTS:
            return True
        return (
            w.isalpha()
            and not w.startswith(("ال", "و"))
            and w not in _NOT_NAME
            and w not in _NOT_A_NAME
            and not _prep_on_noun(w)
            and self.head(w) not in _IDAFA_HEADS
            and w not in _VERBS
            and w not in _COMP
            and w not in _COMP_PRON
            and w not in _COMP_PREPS
            and not self.modifier_len(i, len(self.W))
        )

    def apposition(self, k: int, c: int, end: int) -> int:
        """The comma closing an apposition that opens at the comma c of the noun phrase from k, else c:
        a name after a title ("المتحدث باسم القوة، مالك الورفلي،") or a described document
        ("بيان صادر عن الكتيبة، نُشر على فيسبوك،")."""
        W = self.W
        close = next((t for t in range(c + 1, min(end, c + 8)) if W[t] in _COMMAS), None)
        if close is None or close == c + 1 or close + 1 >= end:
            return c
        seg = W[c + 1 : close]
        if not all(w.isalpha() for w in seg):
            return c
        h = self.head(W[k])
        if h in _TITLE_HEADS and len(seg) <= 4:
            s0 = seg[0]
            if s0 in _GIVEN or s0 in _NAME_PARTS:
                return close
            surname = 2 <= len(seg) <= 3 and seg[-1].startswith("ال")  # "، مالك الورفلي،"
            verbal = self.verb_at(c + 1) or self.part_at(c + 1)
            if surname and not s0.startswith("ال") and s0 not in _NOT_NAME and not verbal:
                return close
        if (h in _DOC_HEADS or W[k] in _DOC_HEADS) and seg[0] in _ISSUED_VERBS:
            return close
        return c

    @staticmethod
    def head(w: str) -> str:
        if w.startswith("ال") and len(w) > 3:
            return w[2:]
        return w

    def classify(
        self, first: int, last: int, gender: str | None = None
    ) -> tuple[str, str | None, str | None, _Mention | None]:
        """(attribution type, speaker name, speaker title, antecedent) for the mention in tokens first..last."""
        W = self.W
        withheld = first in self.withheld
        while first < last - 1 and W[first] in _QUOTES:
            first += 1  # "وفقاً لـ«الهلال الأحمر»": the marks are not the speaker
        words = W[first:last]
        if not words:
            return "named_person", None, None, None
        w0 = words[0]
        h = self.head(w0)
        if h not in _IDAFA_HEADS:
            h = _known_head(h)  # an accusative "مسؤولاً" (the tanween is folded away), a pronoun "تقريرها"
        definite = w0.startswith("ال") and len(w0) > 3
        antecedent = None
        quantified = (h in _QUANTIFIERS or h.isdigit()) and len(words) > 1
        if quantified:  # "ثلاثة مسؤولين", "أحد المصدرين"
            nxt = words[1] if words[1] != "من" else (words[2] if len(words) > 2 else words[1])
            h, definite = self.head(nxt), False
            if nxt.startswith("ال") and h in _ANON_HEADS:  # "أحد المصدرين": one of the group named before
                stem = _stem(h)
                antecedent = next((m for m in reversed(self.mentions) if _stem(m.head) == stem), None)
        name_at = self.find_name(words[1:] if quantified else words)
        if quantified and name_at is not None:
            name_at += 1
        called = name_at is not None and name_at > 0 and words[name_at - 1] in _CALLED
        if definite and len(words) <= 2:
            for m in reversed(self.mentions):
                if m.head == h or (m.typ == "named_person" and words[0] in m.words and len(words) == 1):
                    antecedent = m
                    break
        if withheld and (name_at is None or words[name_at] not in _GIVEN) and not called:
            return "anonymous", None, None, None  # "عضو في المجلس، فضّل عدم الكشف عن هويته"
        if antecedent is not None and name_at is None and antecedent.head == h:
            if antecedent.typ in ("anonymous", "official_title"):
                return antecedent.typ, None, None, antecedent  # "الدبلوماسي", "المحافظ": the one named before
            if antecedent.typ == "named_person" and h in _TITLE_HEADS and antecedent.name:
                return "named_person", antecedent.name, antecedent.title, antecedent  # "المدرب" after "مدرب X Y"
        if h in _ANON_HEADS:
            if name_at is not None and (words[name_at] in _GIVEN or called):
                return "named_person", *self.name_title(first, last, name_at), None
            tail = self.trailing_name(words)
            if tail is not None:  # "محللة الطيران في مؤسسة «أفيا» سوزان كارتر"
                return "named_person", *self.name_title(first, last, tail), None
            if h in ("وسائل",) and len(words) > 1 and words[1].startswith("ال"):
                return "institution", self.span_text(first, last), None, None  # "وسائل الإعلام الرسمية"
            if antecedent is None and any(w in _ANOTHER for w in words[1:]):
                # "مسؤول آخر": drawn from the same group, so the same reason for anonymity
                stem = _stem(h)
                antecedent = next(
                    (m for m in reversed(self.mentions) if m.typ == "anonymous" and _stem(m.head) == stem), None
                )
            return "anonymous", None, None, antecedent if antecedent and antecedent.typ == "anonymous" else None
        if h in _PEOPLE_HEADS:
            if name_at is not None or called:
                return "named_person", *self.name_title(first, last, name_at), None
            if definite and (h.endswith(("ون", "ين")) or h in _PEOPLE_PLURAL):
                return "institution", self.span_text(first, last), None, None  # a collective: "المعلمون"
            return "anonymous", None, None, None
        if h in _DOC_HEADS or w0 in _DOC_HEADS:
            return "document", self.span_text(first, last), None, None
        if h in _INST_HEADS or w0 in _INST_HEADS:
            return "institution", self.span_text(first, last), None, None
        if (
            gender == "f"
            and len(words) == 1
            and not definite
            and w0 not in _GIVEN
            and not any(m.typ == "named_person" and w0 in m.words for m in self.mentions)
        ):
            return "institution", self.span_text(first, last), None, None  # "وقالت أرامكو": a company, a country
        if not definite and len(words) == 1 and h.endswith(("ون", "ين")) and w0 not in _GIVEN:
            return "anonymous", None, None, None  # "متابعون": unnamed people by an unlisted plural
        if name_at is not None:
            return "named_person", *self.name_title(first, last, name_at), None
        if h in _TITLE_HEADS:
            return "official_title", None, self.span_text(first, last), None
        if antecedent is not None:
            return antecedent.typ, antecedent.name, antecedent.title, antecedent  # "الخطيب" after "سامح الخطيب"
        if not definite and _has_prep(words):
            return "anonymous", None, None, None  # an unnamed person by an unlisted noun: "عاملة في المصنع"
        if quantified and name_at is None:
            return "anonymous", None, None, None  # "أحد الناجين", "ثلاثة من السكان"
        if definite and len(words) == 1 and w0.endswith(("يون", "يين")):
            return "institution", self.span_text(first, last), None, None  # "الفلسطينيون": a people as a group
        if definite and len(words) == 1 and not _adjective(w0):
            # "الكاتب", "المسعفون" with no earlier mention: a role or a collective, not a surname said alone
            if h.endswith(("ون", "ين")):
                return "institution", self.span_text(first, last), None, None
            return "official_title", None, self.span_text(first, last), None
        return "named_person", self.span_text(first, last), None, None

    def trailing_name(self, words: list[str]) -> int | None:
        """Index of a name the lexicon does not know closing the mention: two plain words after a definite
        word or a quotation ("خبيرة الطاقة في معهد «ريم» سوزان كارتر"), else None."""
        end = next((i for i, w in enumerate(words) if w in _COMMAS), len(words))
        if end < 3:
            return None
        prev = words[end - 3]
        if not (prev.startswith("ال") or prev in _QUOTES or prev == ")"):
            return None
        for w in words[end - 2 : end]:
            if (
                not w.isalpha()
                or w.startswith(("ال", "بال", "لل", "كال", "و"))
                or (w[0] in "لب" and (w[1:] in _IDAFA_HEADS or w[1:] in _TIME))  # "بمدينة", "لوزارة"
                or w in _NOT_NAME
                or _adjective(w)
                or self.head(w) in _IDAFA_HEADS
                or w in _VERBS
                or w in _NOT_A_NAME
            ):
                return None
        return end - 2

    def span_text(self, first: int, last: int) -> str:
        """Original text of tokens first..last up to the first comma: the speaker without apposition."""
        end = next((t for t in range(first, last) if self.W[t] in _COMMAS), last)
        return self.f.text[self.f.start(self.S[first]) : self.f.end(self.E[end - 1])]

    def find_name(self, words: list[str]) -> int | None:
        for i, w in enumerate(words[:-1]):
            if w in _CALLED:
                return i + 1
        seen_def = False
        for i, w in enumerate(words):
            if w in _RELATIVE or (w[:1] == "و" and w[1:] in _RELATIVE):
                words = words[:i]
                break
        if not words:
            return None
        h0 = self.head(words[0])
        known_head = h0 in _IDAFA_HEADS
        for i, w in enumerate(words):
            if w in _COMMAS:
                seen_def = True
                continue
            if not w.isalpha() or len(w) == 1:
                seen_def = seen_def or len(w) == 1  # "د. أحمد": an abbreviated title before a name
                continue
            if (w in _GIVEN or (w in _NAME_PARTS and i + 1 < len(words))) and (
                i == 0 or words[i - 1] not in ("في", "من", "الي", "عن", "علي")
            ):
                return i
            if i == 0:
                followed_by_prep = _has_prep(words)
                if (
                    not known_head
                    and not w.startswith("ال")
                    and w not in _NOT_NAME
                    and not w.startswith("لل")
                    and not followed_by_prep
                ):
                    return 0
                seen_def = w.startswith("ال")
                continue
            if w in _RESET_NP or w.startswith("باسم"):
                seen_def = False
                continue
            if (w.startswith(("ال", "لل")) and len(w) > 4) or (w.startswith("ال") and len(w) > 3):
                seen_def = True
                continue
            if w.startswith("وال") and len(w) > 4:
                seen_def = True  # "وزير الخارجية والمغتربين": a coordinated noun, not a name
                continue
            if (
                seen_def
                and w not in _NOT_NAME
                and not _prep_on_noun(w)  # a preposition written on a noun: "لنقابة", "بولاية"
                and self.head(w) not in _IDAFA_HEADS
                and not (w[0] == "و" and self.head(w[1:]) in _IDAFA_HEADS)  # "رئيس الوزراء ووزير المالية"
            ):
                return i
            seen_def = False
        return None

    def name_title(self, first: int, last: int, name_at: int) -> tuple[str, str | None]:
        W, S, E = self.W, self.S, self.E
        j = first + name_at
        k = j + 1
        while k < last and W[k].isalpha() and (W[k] not in _NOT_NAME or W[k - 1] in _NAME_PARTS) and k - j < 4:
            k += 1  # "نادية بن علي": the word after بن/عبد/أبو is a name whatever else it may mean
        text = self.f.text
        name = text[self.f.start(S[j]) : self.f.end(E[k - 1])]
        title = None
        if j > first:
            t_end = j - 1
            while t_end > first and W[t_end] in _COMMAS:
                t_end -= 1
            while t_end > first and (W[t_end] in _COMMAS or W[t_end] in _CALLED):
                t_end -= 1
            title = text[self.f.start(S[first]) : self.f.end(E[t_end])].strip(" ،,") or None
        return name, title

    def gender_of(self, first: int) -> str:
        w = self.W[first]
        if w.endswith("ه"):
            return "f"
        if w.endswith(("ون", "ين")):
            return "p"
        return "m"

    def add_mention(self, span, first, last, typ, reason, gender, name, title) -> None:
        head = self.head(self.W[first]) if last > first else ""
        genders = {gender, self.gender_of(first)} if last > first else {gender}
        self.mentions.append(_Mention(span, typ, reason, genders, head, name, title, set(self.W[first:last])))

    def resolve(self, gender: str) -> _Mention | None:
        for m in reversed(self.mentions):
            if gender in m.genders:
                return m
        return self.mentions[-1] if self.mentions else None

    # -- content
    def content(self, s: int, e: int, strip_clitic: bool = False) -> tuple[tuple[int, int], str] | None:
        """Trimmed content span (folded offsets) and its quote type."""
        n = self.n
        while s < e and n[s] in " \t\xa0،,;؛:":
            s += 1
        while e > s and (n[e - 1] in _END_PUNCT or n[e - 1] in '»”"'):
            e -= 1
        tail = _AS_HE_PUT.search(n, s, e)
        if tail is not None and tail.start() > s:
            e = tail.start()  # "...، على حد تعبيره": the attribution written after the content stays out
            while e > s and (n[e - 1] in _END_PUNCT or n[e - 1] in '»”"'):
                e -= 1
        if strip_clitic and s < e and n[s] == "و" and e - s > 2:
            word = n[s : s + 20].split(None, 1)[0]
            if word not in _ROOT_WAW and len(word) > 2:
                s += 1
        if e <= s:
            return None
        qt = "indirect"
        if n[s] in _OPEN_Q:
            close = self.matching(s, len(n))
            if close is None or close >= e:
                s += 1  # quoted throughout: the outer marks stay out
                qt = "direct"
        if qt != "direct" and _QUOTE_MARK.search(n, s, e):
            qt = "mixed"
        while s < e and n[s] in " \t\xa0":
            s += 1
        if e <= s:
            return None
        return (s, e), qt

    def matching(self, o: int, limit: int) -> int | None:
        n = self.n
        close = _CLOSE_OF.get(n[o])
        if close is None:
            return None
        i = n.find(close, o + 1, limit)
        return i if i >= 0 else None

    # -- emit
    def emit(self, c_span, qt, src, cue, typ, reason=None, name=None, title=None) -> _Claim | None:
        if c_span is None:
            return None
        claim = _Claim(c_span, src, cue, typ, qt if typ != "unattributed" else "none", reason, name, title)
        self.claims.append(claim)
        if typ != "unattributed" and src is not None:
            self.last = claim
        return claim

    # ---------------------------------------------------------------- the sentence
    def sentence(self) -> None:
        W = self.W
        end = len(W)
        i = 0
        if self.quote_first(0, end):
            return
        i = self.skip_opener(0, end)
        if i >= end:
            return
        if self.agentless(i, end):
            return
        if self.according_first(i, end):
            return
        if self.anonymity_note(i, end):
            return
        j = self.clause_cue(i, end)
        if j is not None and self.cue_clause(j, end, clause_start=i):
            self.run_pending()
            return
        if self.trailing(i, end):
            return
        if self.continuation(i, end):
            return
        t = self.report_after_statement(i, end)
        self.unattributed(i, t)
        if t < end:
            self.pending = (t + 1, end, None)
            self.run_pending()

    def anonymity_note(self, i: int, end: int) -> bool:
        """ "وتحدث المصدران شريطة عدم الكشف عن هويتيهما بسبب ...": not a claim; the reason given is copied to
        that speaker's claims and to later mentions drawn from the same group."""
        W = self.W
        if self.bare(i) not in _SPOKE or not self.withholds(i, end):
            return False
        a = next((t for t in range(i + 1, min(end, i + 8)) if W[t] in _ANON_CLAUSE or W[t] in _WITHHOLDING), None)
        if a is None:
            return False
        r = next((t for t in range(a, end) if W[t] in _REASON_START), None)
        reason = None
        if r is not None:
            j = self.segment_end(r, end)
            while j > r + 1 and not W[j - 1].isalnum():
                j -= 1
            reason = (self.S[r], self.E[j - 1])
        m = None
        if a > i + 1:
            stem = _stem(self.head(W[i + 1]))
            m = next((x for x in reversed(self.mentions) if _stem(x.head) == stem), None)
        elif self.mentions:
            m = self.mentions[-1]
        if m is not None and reason is not None:
            m.reason = m.reason or reason
            for c in self.claims:
                if c.src == m.span and c.reason is None:
                    c.reason = reason
            if m.typ in ("official_title", "named_person") and not m.name:
                m.typ = "anonymous"
        return True

    def run_pending(self) -> None:
        while self.pending is not None:
            j, end, speaker = self.pending
            self.pending = None
            self.cue_clause(j, end, clause_start=j, speaker=speaker)

    def report_after_statement(self, i: int, end: int) -> int:
        """The comma before "، وقال (X) إن ..." that follows a statement of the reporter ("واستقبل الوزير
        نظيره، وقال إن ..."), else end. The subject of the statement is kept as a mention for a pronoun."""
        W = self.W
        for t in range(i + 3, end - 2):
            if W[t] not in _COMMAS:
                continue
            v = self.verb_at(t + 1)
            if not (v and v[1]) or not any(self.comp_or_colon(x, end) for x in range(t + 2, min(end, t + 14))):
                continue
            k = i + 1
            npe = self.np_end(k, t)
            if npe > k and not self.modifier_len(k, t):
                typ, name, title, _ = self.classify(k, npe)
                gender = "f" if self.bare(i).endswith("ت") or self.bare(i).startswith("ت") else "m"
                self.add_mention((self.S[k], self.E[npe - 1]), k, npe, typ, None, gender, name, title)
            return t
        return end

    def skip_opener(self, i: int, end: int) -> int:
        W = self.W
        b = self.bare(i)
        if b in ("من", "ومن") and i + 2 < end and W[i + 1].startswith(("جهت", "جانب", "ناحيت")) and W[i + 2] in _COMMAS:
            return i + 3
        if b in _OPENERS:
            return i + (2 if i + 1 < end and W[i + 1] in _COMMAS else 1)
        if b in ("في", "وفي") and i + 2 < end and W[i + 1] in ("المقابل", "السياق", "الأثناء", "غضون", "المقابل"):
            j = i + 2
            while j < end and j < i + 5 and W[j] not in _COMMAS:
                j += 1
            if j < end and W[j] in _COMMAS:
                return j + 1
        if b == "الي" and i + 2 < end and W[i + 1] == "ذلك" and W[i + 2] in _COMMAS:
            return i + 3
        return i

    def clause_cue(self, i: int, end: int) -> int | None:
        """Token index of a reporting verb that opens the clause at i (maybe after a short lead or كان X قد)."""
        W = self.W
        if self.verb_at(i):
            return i
        if W[i] in _KAN:
            for q in range(i + 1, min(end - 1, i + 10)):
                if W[q] == "قد" and self.verb_at(q + 1):
                    return q + 1
                if W[q] in _COMMAS:
                    break
            return None
        if self.bare(i) == "اما":
            for q in range(i + 2, min(end, i + 12)):
                if W[q] in _COMMAS:
                    break
                if W[q][:1] == "ف" and self.verb_at(q) and self.verb_at(q)[1]:
                    return q  # "أما قائد الفريق فقال إن ..."
            return None
        for c in range(i + 1, min(end - 1, i + 9)):
            if W[c] in _COMMAS:
                if self.verb_at(c + 1) and not self.verb_at(c + 1)[1] and self.lead_ok(i, c):
                    return c + 1
                b = self.bare(c + 1)
                if b in _OPENERS and c + 2 < end and self.verb_at(c + 2):
                    return c + 2
                break
        return None

    def lead_ok(self, i: int, c: int) -> bool:
        """A short lead before the clause's reporting verb: "وفي بيان صدر مساء الأحد، قالت ..."."""
        b = self.bare(i)
        return b in _SETTING_PREPS or b in _LEADS or self.modifier_len(i, c) > 0

    # -- "«...»، قال X"
    def quote_first(self, i: int, end: int) -> bool:
        W = self.W
        if W[i] not in _OPEN_Q:
            return False
        close = self.quote_close(i, end)
        if close is None:
            return False
        j = close + 1
        if j < end and W[j] in _COMMAS:
            j += 1
        if j >= end:
            return False
        v = self.verb_at(j)
        if not v or self.bare(j) not in _AFTER_QUOTE:
            return False
        verb, cl = v
        cue = (self.S[j] + cl, self.E[j])
        k = j + 1
        # the speaker runs to the end, apposition included; a new quotation after a comma continues the content
        stop, cont_end = end, close + 1
        for t in range(k, end):
            if W[t] in _COMMAS and t + 1 < end and W[t + 1] in _OPEN_Q:
                stop = t
                c2 = self.quote_close(t + 1, end)
                cont_end = (c2 + 1) if c2 is not None else end
                break
        src, reason, first, last = self.source(k, stop)
        got = self.content(self.S[i], self.E[cont_end - 1])
        if got is None:
            return False
        c_span, qt = got
        if cont_end != close + 1 and self.n[c_span[0]] in _OPEN_Q:
            c_span, qt = (c_span[0] + 1, c_span[1]), "direct"  # "«A»، قال X، «B»": quoted throughout
        if src is None:
            m = self.resolve(verb.gender)
            self.emit(c_span, qt, m.span if m else None, cue, m.typ if m else "unattributed", m.reason if m else None)
            return True
        typ, name, title, ante = self.classify(first, last, verb.gender)
        reason = reason or (ante.reason if ante else None)
        self.emit(c_span, qt, src, cue, typ, reason, name, title)
        self.add_mention(src, first, last, typ, reason, verb.gender, name, title)
        return True

    # -- "وأُفيد بـ ...", "ويُتوقع أن ..."
    def agentless(self, i: int, end: int) -> bool:
        W = self.W
        b = self.bare(i)
        cue = None
        if b in _AGENTLESS_ANY or (b in _AGENTLESS_THAT and i + 1 < end and self.is_comp(i + 1, end)):
            cue = (self.clitic_start(i), self.E[i])  # "وأُفيد بـ ...", "ويُتوقع أن ..."
        elif (
            i + 2 < end
            and self.is_comp(i + 2, end)
            and ((b == "يشار" and W[i + 1] == "الي") or (b == "من" and W[i + 1] in _MIN_AGENTLESS))
        ):
            cue = (self.clitic_start(i), self.E[i + 1])  # "ويُشار إلى أن", "ومن المتوقع أن"
        if cue is None:
            return False
        got = self.content(cue[0], self.E[end - 1])
        if got:
            self.emit(got[0], "none", None, cue, "unattributed")
        return True

    # -- "وبحسب X، ..."
    def according_first(self, i: int, end: int) -> bool:
        b = self.bare(i)
        cue_s = self.clitic_start(i) if self.W[i] != b else self.S[i]
        if b == "حسبما" and i + 1 < end and self.verb_at(i + 1):
            k, cue_e = i + 2, self.E[i + 1]
        elif b in _ACCORDING:
            k, cue_e = self.according_cue(i, end)
        else:
            return False
        comma = self.segment_end(k, end)
        if comma >= end - 1:
            return False
        src, reason, first, last = self.source(k, comma)
        if src is None:
            return False
        c0 = comma + 1
        if c0 < end - 1 and self.W[c0] in _FA_INNA:
            c0 += 1  # "وبحسب X، فإن Y"
        got = self.content(self.S[c0], self.E[end - 1], strip_clitic=True)
        if not got:
            return False
        typ, name, title, ante = self.classify(first, last)
        self.emit(got[0], got[1], self.unquote(src), (cue_s, cue_e), typ, reason, name, title)
        self.add_mention(src, first, last, typ, reason, self.gender_of(first), name, title)
        return True

    def report_word(self, i: int) -> bool:
        """A reporting verb at i, maybe with an object pronoun ("ذكرته", "نقلتها", "أعلنته")."""
        if self.verb_at(i):
            return True
        w = self.W[i]
        return any(w.endswith(x) and w[: -len(x)] in _VERBS for x in ("ه", "ها", "هم"))

    def sourcelike(self, k: int, end: int) -> bool:
        """The word at k (a joined ل read off) opens a source mention: a listed head or a given name."""
        if k >= end:
            return False
        w = self.W[k]
        if w == "ل" and k + 1 < end:
            w = self.W[k + 1]
        elif w.startswith("لل"):
            w = "ال" + w[2:]
        elif w.startswith("ل") and len(w) > 3:
            w = w[1:]
        if w in ("ما", "لما") and k + 1 < end:
            return self.report_word(k + 1)
        return _known_head(self.head(w)) in _IDAFA_HEADS or w in _GIVEN

    def according_cue(self, i: int, end: int) -> tuple[int, int]:
        """(first token of the source, folded end of the cue) for بحسب/وفقاً لـ/حسبما أفاد ... at token i."""
        W, S, E = self.W, self.S, self.E
        b = self.bare(i)
        k, cue_e = i + 1, E[i]
        if k < end and W[k] in ("ما", "لما") and k + 1 < end and self.report_word(k + 1):
            if k + 2 < end and W[k + 2] in ("به", "بها"):
                return k + 3, E[k + 2]  # "بحسب ما أفادت به"
            return k + 2, E[k + 1]  # "بحسب ما أفاد", "وفقاً لما ذكرته", "بحسب ما نقلته"
        if b.startswith(("وفق", "طبق")) or b == "استنادا":
            if k < end and W[k] == "ل":
                return k + 1, E[k]  # "وفقاً لـ" (tatweel) or "وفقاً ل «...»"
            if k < end and W[k] == "الي":
                return k + 1, E[k]
            if k < end and W[k].startswith("ل") and len(W[k]) > 1:
                # "وفقاً لمنظمة": the joined ل belongs to the cue; the source word is read without it
                # ("للأرقام" is read as "الأرقام", its article's alef being elided after ل)
                W[k], S[k] = ("ال" + W[k][2:]) if W[k].startswith("لل") else W[k][1:], S[k] + 1
                return k, S[k]
        return k, cue_e

    def unquote(self, src: tuple[int, int]) -> tuple[int, int]:
        s, e = src
        n = self.n
        if (
            e - s > 2
            and n[s] in _OPEN_Q
            and n[e - 1] == _CLOSE_OF[n[s]]
            and not any(ch in _QUOTES for ch in n[s + 1 : e - 1])
        ):
            return s + 1, e - 1
        return src

    # -- reporting verb first
    def next_split(self, k: int, end: int) -> int:
        """The comma where a second reporting clause of the same speaker starts, else end; or the verb itself
        when it is joined by و with no comma ("وقال إن A وأكد أن B")."""
        W = self.W
        for t in range(k, end - 1):
            if W[t] not in _COMMAS:
                if t > k + 2 and W[t][:1] == "و" and t + 1 < end and self.is_comp(t + 1, end):
                    v = self.verb_at(t)
                    if v and v[1] and (v[0].kind == "say" or v[0].lemma in _NESTED_OBJ):
                        return t
                continue
            p = self.part_at(t + 1)
            if p:
                return t
            if self.while_len(t + 1, end) and self.verb_at(t + 1 + self.while_len(t + 1, end)):
                return t  # "...، فيما نفت قوات X ذلك", "...، في حين قال ..."
            v = self.verb_at(t + 1)
            if v and v[1]:
                verb = v[0]
                if verb.kind == "obj" or any(
                    self.comp_or_colon(x, end) or W[x] in _OPEN_Q for x in range(t + 2, min(end, t + 14))
                ):
                    return t
        return end

    def while_len(self, i: int, end: int) -> int:
        """Tokens of "فيما", "بينما", "في حين", "لكنه" at i (another reporting clause follows), else 0."""
        if i + 1 < end and (self.W[i] in _WHILE or self.bare(i) in _BUT):
            return 1
        if i + 2 < end and self.W[i] == "في" and self.W[i + 1] == "حين":
            return 2
        return 0

    def find_stop(self, k: int, end: int) -> tuple[int, int] | None:
        """(token index, folded content start) of the complementiser, colon or quotation that opens the content."""
        W = self.W
        t = k
        while t < end:
            w = W[t]
            if w == ":":
                return t, (self.S[t + 1] if t + 1 < end else self.E[t])
            r = self.is_comp(t, end)
            if r:
                return t, r[1]
            if w in _OPEN_Q:
                close = self.quote_close(t, end)
                if t > k and close is not None and close - t <= 5 and close + 2 < end:
                    t = close + 1  # «المرصد»: a name in quotation marks inside the source
                    continue
                return t, self.S[t]
            t += 1
        return None

    def cue_clause(
        self,
        j: int,
        end: int,
        clause_start: int,
        speaker: _Mention | None = None,
        subject: tuple[int, int] | None = None,
    ) -> bool:
        """Claims of the clause whose reporting verb is token j; False when it does not read as a report."""
        W, S, E = self.W, self.S, self.E
        v = self.verb_at(j)
        part = None
        if v is None:
            part = self.part_at(j)
            if part is None:
                return False
            v = part
        verb, cl = v
        cue_s, cue_e = S[j] + cl, E[j]
        k = j + 1
        if verb.prep in ("في",) and verb.lemma in (_nw("جاء"), _nw("ورد")):
            if k >= end or W[k] != "في":
                return False
            cue_e, k = E[k], k + 1
        elif verb.prep and k < end and W[k] == verb.prep:
            cue_e, k = E[k], k + 1
        prep_taken = k > j + 1
        if k < end and (W[k] == "بالقول" or (W[k] in _PARTS and _PARTS[W[k]].lemma == _nw("قال"))):
            cue_e, k = E[k], k + 1  # "وتابع قائلاً:", "وختم بالقول إن"
        split = self.next_split(k, end)
        cue = (cue_s, cue_e)
        # the subject written before the verb: "وكانت وزارة المالية قد أعلنت ..."
        pre = None
        if W[clause_start] in _KAN and j - 1 > clause_start + 1 and W[j - 1] == "قد":
            pre = (clause_start + 1, j - 1)
        elif self.bare(clause_start) == "اما" and j > clause_start + 1 and W[j][:1] == "ف":
            pre = (clause_start + 1, j)
        if subject is not None:
            pre = subject
        elif part is not None:
            pre = (k, k)  # "، متعهداً بـ ...", "، واصفاً X بأنه ...": a participle has no subject of its own
        if verb.lemma in _DECLINE and self.withholds(k, split):
            return True  # "ورفضت الإفصاح عن أسمائها": about the anonymity, not a claim
        if verb.lemma == _nw("نقل") and pre is None and speaker is None and self.nested(k, split, cue, verb):
            self.after_split(split, end, verb)
            return True
        stop = self.find_stop(k, split)
        if stop is not None and verb.kind == "obj" and pre is None:
            # "أعلنت الوزارة تسجيل ... بعد أن ...": a far complementiser belongs to the object, not the verb
            npe = self.np_end(k, split)
            x = npe
            while x < stop[0]:
                m = self.modifier_len(x, split)
                if not m and W[x] not in _COMMAS:
                    break
                x += m or 1
            quoted = W[stop[0]] in _OPEN_Q
            after_aside = W[stop[0] - 1] in _COMMAS and not quoted  # "أكد X، خلال مؤتمر ...، أن": the verb's
            if x < stop[0] and not after_aside and (stop[0] - k > 12 or verb.lemma in _OBJ_THEN_THAT or quoted):
                stop = None  # "وصف الوزير الانتخابات بأنها ...", "دعت الوزارة المعلمين إلى «...»": object first
        if pre is not None:
            src_range = pre
            c_from = stop[1] if stop is not None and self.only_modifiers(k, stop[0]) else None
            if c_from is None:
                x = k
                while x < split:
                    m = self.modifier_len(x, split)
                    if not m:
                        break
                    x += m
                if x >= split or (verb.kind != "obj" and not prep_taken):
                    return False
                c_from = self.object_start(x, verb)
        elif stop is not None:
            src_range = (k, stop[0])
            c_from = stop[1]
            citing = next((x for x in range(k + 1, stop[0] - 1) if W[x] == "نقلا" and W[x + 1] == "عن"), None)
            if citing is not None:
                src_range = (k, citing)  # "وأفادت الوكالة نقلاً عن مصدر بأن ...": the one citing reports
            if (
                verb.lemma in _TELL
            ):  # "أبلغ المصدر (وكالة) بأن", "أخبر الوزير النواب أن": the one told is not the source
                npe = self.np_end(k, stop[0])
                npe = next((x for x in range(k + 1, npe) if W[x] == "("), npe)
                if k < npe < stop[0]:
                    src_range = (k, npe)
        elif verb.kind == "obj" or verb.prep:
            # "أشارت إلى تأخر ...", "وطالب بإعادة ...": a preposition or a joined ب right after the verb opens
            # the object, and the speaker is the one marked on the verb
            w = W[k] if k < split else ""
            no_subject = prep_taken or (
                w.startswith("ب") and len(w) > 3 and w not in _GIVEN and verb.lemma in _BI_VERBS
            )
            if speaker is not None and j > 0 and W[j - 1] in _BUT_PRON:
                no_subject = True  # "لكنها رفضت ...": the subject is the pronoun on لكن
            if speaker is not None and not no_subject and self.disagrees(verb, k):
                no_subject = (
                    True  # "ونفت القوات ...، واتهمت الجيش بـ": a masculine noun after a feminine verb is its object
                )
            if verb.kind != "obj" and not no_subject and (k >= split or W[k] != verb.prep):
                npe = self.np_end(k, split)
                if npe >= split or W[npe] != verb.prep:
                    return False  # a "say" verb takes a noun object only through its preposition
            npe = k if no_subject else self.np_end(k, split)
            if verb.prep and npe > k and not no_subject:
                # "دعا الأمين العام أنطونيو غوتيريش إلى ...": a name the lexicon does not know runs to the preposition
                p = next((x for x in range(npe, min(split, npe + 4)) if W[x] == verb.prep), None)
                if p is not None and all(W[x].isalpha() and not W[x].startswith("ال") for x in range(npe, p)):
                    npe = p
            x = npe
            while x < split:
                m = self.modifier_len(x, split)
                if m:
                    x += m
                elif W[x] in _COMMAS:
                    x += 1
                else:
                    break
            if x >= split:
                return False
            src_range = (k, npe)
            c_from = self.object_start(x, verb)
        else:
            return False
        c_end = E[split - 1] if split > 0 else E[end - 1]
        got = self.content(c_from, c_end)
        if got is None:
            if stop is not None and W[stop[0]] == ":" and speaker is None:
                return self.announce(src_range, cue, verb)  # "وقال X في بيان:" and the quotation below
            return False
        c_span, qt = got
        src = None
        if not (speaker is not None and src_range[0] >= src_range[1]):
            src, reason, first, last = self.source(*src_range)
        if src is None:
            m = speaker or self.resolve(verb.gender)
            if m is None:
                self.emit(c_span, qt, None, cue, "unattributed")
            else:
                self.emit(c_span, qt, m.span, cue, m.typ, m.reason, m.name, m.title)
            speaker = m
        else:
            typ, name, title, ante = self.classify(first, last, verb.gender)
            reason = reason or (ante.reason if ante else None)
            src = self.unquote(src)
            self.emit(c_span, qt, src, cue, typ, reason, name, title)
            self.add_mention(src, first, last, typ, reason, verb.gender, name, title)
            speaker = self.mentions[-1]
            if subject is None and qt == "indirect":
                self.inner_report(c_span[0], split)
        self.after_split(split, end, verb, speaker)
        return True

    def inner_report(self, c0: int, split: int) -> None:
        """ "وذكر التلفزيون أن مسؤولاً نفى وجود ...": a report inside the content is a claim of its own."""
        W = self.W
        t = bisect.bisect_left(self.S, c0)
        if t >= split or not W[t].isalpha():
            return
        npe = next((x for x in range(t + 1, min(split - 1, t + 9)) if not W[x].isalpha() or self.verb_at(x)), None)
        if npe is None or not W[npe].isalpha():
            return
        v = self.verb_at(npe)
        if v[1] or not (
            v[0].kind == "say"
            or v[0].lemma in _NESTED_OBJ
            or any(self.is_comp(x, split) for x in range(npe + 1, split))
        ):
            return  # "أن الحكومة أعلنت حالة الطوارئ" is an act; "أن الحكومة أعلنت أن ..." a report
        h = self.head(W[t])
        if h.endswith("ا") and h[:-1] in _IDAFA_HEADS:
            h = h[:-1]
        if h not in _IDAFA_HEADS and W[t] not in _GIVEN:
            return  # "أن الأسعار ارتفعت": not a speaker
        if h in _DOC_HEADS and h not in _words("بيان تقرير"):
            return
        pending = self.pending
        self.cue_clause(npe, split, clause_start=t, subject=(t, npe))
        self.pending = pending

    def announce(self, src_range: tuple[int, int], cue: tuple[int, int], verb: _Verb) -> bool:
        """A reporting clause ending in a colon: the quotation that follows continues it."""
        src, reason, first, last = self.source(*src_range)
        if src is None:
            m = self.resolve(verb.gender)
            if m is None:
                return False
            self.last = _Claim(None, m.span, cue, m.typ, "direct", m.reason, m.name, m.title)
            self.announced = True
            return True
        typ, name, title, ante = self.classify(first, last, verb.gender)
        reason = reason or (ante.reason if ante else None)
        src = self.unquote(src)
        self.add_mention(src, first, last, typ, reason, verb.gender, name, title)
        self.last = _Claim(None, src, cue, typ, "direct", reason, name, title)
        self.announced = True
        return True

    def sentence_end(self, k: int, end: int) -> int:
        """end without the closing punctuation of the sentence."""
        while end > k and self.W[end - 1] in ".!?؟":
            end -= 1
        return end

    def disagrees(self, verb: _Verb, k: int) -> bool:
        """The definite noun at k cannot be the subject of the verb by gender: "اتهمت الجيش", "اتهم الحكومة"."""
        w = self.W[k]
        if not w.startswith("ال") or len(w) < 4:
            return False
        h = w[2:]
        if h not in _INST_HEADS and h not in _TITLE_HEADS:
            return False
        feminine = h.endswith(("ه", "ات")) or h in _BROKEN_PLURALS  # "الأمم المتحدة" takes a feminine verb
        return (verb.gender == "f" and not feminine) or (verb.gender == "m" and feminine and h in _INST_HEADS)

    def only_modifiers(self, k: int, stop: int) -> bool:
        x = k
        while x < stop:
            m = self.modifier_len(x, stop)
            if m:
                x += m
            elif self.W[x] in _COMMAS:
                x += 1
            else:
                return False
        return True

    def object_start(self, x: int, verb: _Verb) -> int:
        w = self.W[x]
        if verb.prep and w == verb.prep and x + 1 < len(self.W):
            return self.S[x + 1]  # "دعت فرنسا إلى وقف ...": the preposition stays out
        if w.startswith("ب") and len(w) > 3 and (w.startswith("بال") or verb.lemma in _BI_VERBS):
            return self.S[x] + 1  # "رحبت الهيئة بالحكم": the joined preposition stays out
        return self.S[x]

    def after_split(self, split: int, end: int, verb: _Verb, speaker: _Mention | None = None) -> None:
        if split < end - 1:
            speaker = speaker or (self.mentions[-1] if self.mentions else None)
            if self.W[split] not in _COMMAS:
                split -= 1  # the split is the joined verb itself: its clause starts there
            j = split + 1 + self.while_len(split + 1, end)
            self.pending = (j, end, speaker)  # read by sentence(), in a loop rather than by recursion

    def nested(self, k: int, split: int, cue: tuple[int, int], verb: _Verb) -> bool:
        """ "نقلت X عن Y أن Z": X reports "Y أن Z", Y reports Z, both with the cue نقلت."""
        W, S, E = self.W, self.S, self.E
        a = next((t for t in range(k, split) if W[t] == "عن"), None)
        if a is None or a + 1 >= split:
            return False
        stop = self.find_stop(a + 1, split)
        y_end = stop[0] if stop else None
        if stop is None:
            return False
        qawl = next((t for t in range(a + 1, stop[0]) if W[t].startswith("قول") and len(W[t]) <= 6), None)
        if qawl is not None:
            y_end = qawl
        ysrc, yreason, yfirst, ylast = self.source(a + 1, y_end)
        if ysrc is None:
            return False
        got_inner = self.content(stop[1], E[split - 1])
        if got_inner is None:
            return False
        xsrc, xreason, xfirst, xlast = self.source(k, a)
        if xsrc is not None:
            got_outer = self.content(S[a + 1], E[split - 1])
            if got_outer:
                typ, name, title, ante = self.classify(xfirst, xlast)
                xsrc = self.unquote(xsrc)
                self.emit(got_outer[0], got_outer[1], xsrc, cue, typ, xreason, name, title)
                self.add_mention(xsrc, xfirst, xlast, typ, xreason, verb.gender, name, title)
        typ, name, title, ante = self.classify(yfirst, ylast)
        yreason = yreason or (ante.reason if ante else None)
        self.emit(got_inner[0], got_inner[1], ysrc, cue, typ, yreason, name, title)
        self.add_mention(ysrc, yfirst, ylast, typ, yreason, self.gender_of(yfirst), name, title)
        return True

    # -- "...، حسبما أفاد X" / "...، بحسب X، ..."
    def trailing(self, i: int, end: int) -> bool:
        W, S, E = self.W, self.S, self.E
        last_comp = next((x for x in range(end - 1, i - 1, -1) if self.comp_or_colon(x, end)), -1)
        for t in range(i + 2, end - 1):
            if W[t] in _COMMAS:
                c_tok = t - 1  # the last token of the content
            elif t >= i + 2 and self.bare(t + 1) in _ACCORDING and last_comp < t and self.sourcelike(t + 2, end):
                c_tok = t  # "وأغلقت المدارس أبوابها بحسب مسؤولين": no comma before the attribution
            else:
                continue
            b = self.bare(t + 1)
            cue_s = S[t + 1] + (len(W[t + 1]) - len(b))
            if b == "حسبما" and t + 2 < end and (self.verb_at(t + 2) or self.part_at(t + 2)):
                k, cue_e, kind = t + 3, E[t + 2], "according"
            elif b == "كما" and t + 2 < end and self.verb_at(t + 2) and last_comp < t + 2:
                k, cue_e, kind = t + 3, E[t + 2], "according"  # "...، كما أفادت وسائل إعلام"
            elif b == "علي" and t + 3 < end and W[t + 2] == "ما" and self.verb_at(t + 3) and last_comp < t + 2:
                k, cue_e, kind = t + 4, E[t + 3], "according"  # "...، على ما أفاد سكان"
            elif b in _ACCORDING or (b == "نقلا" and t + 2 < end and W[t + 2] == "عن"):
                if b == "نقلا":
                    k, cue_e = t + 3, E[t + 2]
                else:
                    k, cue_e = self.according_cue(t + 1, end)
                kind = "according"
            elif b in _AFTER_VERBS and self.verb_at(t + 1) and last_comp < t + 2:
                k, cue_e, kind = t + 2, E[t + 1], "say"
            else:
                continue
            if k >= end:
                return False
            if kind == "according":
                stop = self.segment_end(k, end)
                while stop < end - 2 and self.bare(stop + 1) in _RELATIVE:
                    stop = self.segment_end(stop + 1, end)  # "، حسبما أعلنت X، وهي مجموعة حقوقية،"
                if stop < end - 1 and self.only_modifiers(stop + 1, self.sentence_end(stop + 1, end)):
                    src, reason, first, last = self.source(k, stop)
                    c_end = E[c_tok]  # "A، حسبما أعلنت X، يوم الأربعاء": nothing of the content after X
                else:
                    src, reason, first, last = self.source(k, stop)
                    c_end = E[end - 1] if stop < end - 1 else E[c_tok]  # "A، بحسب X، B": the content runs A..B
            else:
                src, reason, first, last = self.source(k, end)
                c_end = E[c_tok]
            if src is None:
                return False
            got = self.content(self.clitic_start(i), c_end, strip_clitic=True)
            if got is None:
                return False
            typ, name, title, ante = self.classify(first, last)
            reason = reason or (ante.reason if ante else None)
            src = self.unquote(src)
            verb = self.verb_at(t + 2) if kind == "according" and t + 2 < end else self.verb_at(t + 1)
            gender = verb[0].gender if verb else self.gender_of(first)
            self.emit(got[0], got[1], src, (cue_s, cue_e), typ, reason, name, title)
            self.add_mention(src, first, last, typ, reason, gender, name, title)
            return True
        return False

    # -- «...» on its own: the last speaker goes on
    def continuation(self, i: int, end: int) -> bool:
        W = self.W
        if W[i] not in _OPEN_Q or self.last is None or self.since_last > 1:
            return False
        close = self.quote_close(i, end)
        if close is None or any(w.isalpha() for w in W[close + 1 :]):
            return False
        got = self.content(self.S[i], self.E[end - 1])
        if got is None:
            return False
        last = self.last
        self.emit(got[0], "direct", last.src, last.cue, last.typ, last.reason, last.name, last.title)
        return True

    # -- the reporter's own statement
    def unattributed(self, i: int, end: int) -> None:
        W = self.W
        words = [w for w in W[i:end] if w.isalnum()]
        if len(words) < 3 or W[end - 1] in ("؟", "?"):
            return
        wset = set(words)
        bare = {self.head(w) for w in wset} | {w[1:] for w in wset if w[:1] in "وف"} | wset
        if bare & _META and bare & _NEGATED:
            return
        digits = any(_DIGIT.search(w) for w in words)
        if not digits:
            scene = len(bare & _SCENE_WORDS)
            opener = self.bare(i) in _SCENE_OPEN and any(w in _COMMAS for w in W[i + 1 : min(end, i + 9)])
            simul = bool(wset & _SIMULTANEOUS)
            if (opener and (simul or scene)) or scene >= 2 or (simul and scene):
                return
        got = self.content(self.S[i], self.E[end - 1], strip_clitic=True)
        if got is None:
            return
        self.emit(got[0], "none", None, None, "unattributed")


_OBJ_THEN_THAT = _words("وصف اتهم")
_TELL = _words("أبلغ أخبر")
_RANKS = _words("عقيد عميد لواء رائد نقيب مقدم فريق مشير دكتور شيخ قاضي مهندس أستاذ سفير حاخام أب")
# a verb describing the statement in the setting: "في بيان تلاه", "في كلمة ألقاها", "في تصريحات أدلى بها"
_DELIVERED = frozenset(
    _nw(v + x)
    for v in ("تلا", "ألقى", "نشر", "أصدر", "بث", "وزع", "أرسل", "وجه", "نشرت", "أصدرت", "بثت", "وزعت", "ألقت", "تلت")
    for x in ("ه", "ها", "ته", "تها")
) | _words("تلاه تلته ألقاه ألقاها أدلى أدلت نشره نشرها")
_PLACES = _words("مدينة منطقة قرية بلدة حي مخيم ولاية إقليم محافظة عاصمة شمال جنوب شرق غرب وسط")
_ENVOYS = _words("سفير سفيرة مندوب مندوبة ممثل ممثلة مبعوث مبعوثة")  # "السفير لدى الأمم المتحدة"
_DECLINE = _words("رفض")
_BROKEN_PLURALS = _words("أمم قوى دول أجهزة فصائل أحزاب مجالس محاكم جيوش جماهير عائلات أسر وسائل")
_QUANTIFIERS = _words(
    "أحد إحدى بعض عدد كبار عدة عشرات مئات آلاف اثنان اثنين اثنا ثلاثة ثلاث أربعة خمسة ستة سبعة ثمانية تسعة"
    " عشرة أغلب معظم غالبية"
)
_NESTED_OBJ = _words("نفى أكد حذر اتهم دعا طالب شدد ندد")  # speech acts that report inside a content
_BI_VERBS = _words("رحب ندد طالب أشاد اعترف أقر تعهد وعد توعد أوصى")
_ANOTHER = _words("آخر أخرى آخرون آخرين ثان ثانٍ ثاني ثانية ثالث ثالثة نفسه نفسها ذاته ذاتها")
_PEOPLE_PLURAL = _words("سكان أطباء عمال طلاب تجار أهالي أمهات آباء نساء رجال شبان أطفال")
_RELATIVE = _words("الذي التي الذين اللذان اللتان اللواتي اللاتي وهو وهي وهم هو هي")
_CALLED = _words("يدعى تدعى يدعي تدعي اسمه اسمها يُدعى تُدعى")
_DEMONSTRATIVES = _words("هذا هذه هذين هاتين هؤلاء ذلك تلك أولئك")
_NEGATED = _words("لم رفض رفضت رفضوا يتسن تعذر")
# "تحدث شريطة عدم الكشف عن هويته": the speaker spoke on condition of anonymity
_SPOKE = _words("تحدث تحدثت تحدثا تحدثتا تحدثوا متحدثا متحدثة متحدثين متحدثون طلب طلبت طلبا طلبوا")
_WITHHOLDING = _words("عدم الكشف كشف ذكر نشر الإفصاح الإفصاح إعلان تحديد")  # before هويته/اسمه
_ISSUED = _words("صادر صادرة الصادر الصادرة منسوب منسوبة المنسوب المنسوبة موقع موقعة الموقع الموقعة")
_ISSUED_VERBS = _words("نشر نشرت نُشر نُشرت صدر صدرت وزع وزعت بث بثت تلي تليت أرسل أرسلت وجه وجهت")
# plural or collective heads that take a "من" of origin inside the mention: "نواب من المعارضة"
_GROUP_HEADS = _words(
    "نواب أعضاء ممثلون ممثلين ممثلو ممثلي ممثل ممثلة مسؤولون مسؤولين مسؤولو مسؤولي قياديون قياديين قادة ناشطون ناشطين"
    " مصادر خبراء محللون شهود سكان أهالي عاملون موظفون ضباط دبلوماسيون دبلوماسيين مراقبون مقاتلون وفد وفود"
    " مسؤول مسؤولة مصدر قيادي عضو نائب ضابط موظف"
)
_NOT_A_NAME = _SPOKE | _WITHHOLDING | _ANON_CLAUSE | _RELATIVE | _TIME | _WITHHELD | _words("عيان مطلع رفيع كبير")
_NOT_FUTURE_STEMS = _stems("سيار سياس سيطر سنو سيد سين ستو سنت سيو سير سيل ستر سند سنغ ستا")


# ---------------------------------------------------------------- check-worthiness
def assess(text: str) -> tuple[float, str | None]:
    """Check-worthiness of an Arabic content (0 to 1) and the class that weighed most (checkworthy.KIND_LABELS)."""
    words = [_nw(w) for w in re.findall(r"\w+", text)]
    wset = set(words)
    bare = wset | {w[1:] for w in wset if len(w) > 3 and w[0] in "وفب"} | {w[2:] for w in wset if w.startswith("ال")}
    future = bool(wset & _FUTURE) or any(
        len(w) > 4 and w[0] == "س" and w[1] in "يتن" and w not in _NOT_FUTURE and not w.startswith(_NOT_FUTURE_STEMS)
        for w in wset
    )
    modal = any(a == "قد" and b[:1] in "يت" for a, b in zip(words, words[1:], strict=False))
    found = {
        "quantity": 0.35 if _DIGIT.search(text) else (0.25 if bare & _NUM_WORDS else 0.0),
        "comparison": 0.15 if bare & _COMPARE else 0.0,
        "causal": 0.2 if bare & _CAUSAL else 0.0,
        "legal": 0.2 if bare & _LEGAL else 0.0,
        "prediction": 0.1 if future or modal else 0.0,
        "event": 0.1 if (bare & _MONTHS or bare & _TIME or _YEAR.search(text)) else 0.0,
    }
    score = 0.2 + sum(v for k, v in found.items() if k != "prediction") + (0.1 if bare & _STATE else 0.0)
    score -= 0.3 if future or modal else 0.0
    score -= 0.25 * min(2, len(bare & _OPINION))
    score -= 0.1 * min(3, len(bare & _SCENE_WORDS))
    if text.rstrip().endswith(("؟", "?")):
        score -= 0.3
    score = round(min(1.0, max(0.0, score)), 2)
    kind = max(found, key=found.get) if any(found.values()) else None
    if future or modal:
        kind = "prediction"
    return score, kind if score >= 0.05 else None


_NOT_CHECKWORTHY_CUES = _words(
    "رحب ندد أدان دعا طالب حث ناشد تعهد هدد حذر توقع أشاد انتقد أعرب رجح اعتبر رأى اعتقد يتوقع يعتقد"
)


_ADJECTIVES = _words(
    "العام العامة الأعلى العليا الكبرى الكبير الكبيرة الجديد الجديدة السابق السابقة الأسبق الحالي الحالية الأول"
    " الأولى الثاني الثانية السريع الأحمر الأبيض الخاص الخاصة الأوسط الأقصى الأدنى الوسطى الرئيس الموحد"
    " المستقل المستقلة المتحد المتحدة المشترك المشتركة المعارض المنتخب المنتخبة المقبل المقبلة المكلف"
    " المكلفة المؤقت المؤقتة المنتهية المختص المختصة المسلح المسلحة الموحدة المنحل المنحلة المستقيل"
    " الحاكم الحاكمة الحر الحرة الدائم الدائمة السامي السامية الأخضر القديم القديمة العظمى الصغرى"
    " المستقيلة المعني المعنية المنتهية المقال المقالة المركزية"
)


def _prep_on_noun(w: str) -> bool:
    """w is a noun with ب/ل/ك written onto it ("بالعاصمة", "لنقابة", "بمدينة"), not a name ("بنيامين")."""
    if w.startswith(("لل", "بال", "كال")):
        return True
    return len(w) > 2 and w[0] in "لبك" and (w[1:] in _IDAFA_HEADS or w[1:] in _PLACES)


def _known_head(h: str) -> str:
    """h without an accusative alef or a pronoun suffix when that leaves a listed head, else h."""
    for suffix in ("ا", "ها", "هم", "هما", "ه"):
        if h.endswith(suffix) and len(h) - len(suffix) >= 3 and h[: -len(suffix)] in _IDAFA_HEADS:
            return h[: -len(suffix)]
    return h


def _stem(head: str) -> str:
    """A mention's head without a dual or plural ending, to match "المصدران" with "مصدرين"."""
    for suffix in ("ان", "ين", "ون", "ات", "ه", "ا"):
        if head.endswith(suffix) and len(head) - len(suffix) >= 3:
            return head[: -len(suffix)]
    return head


def _has_prep(words: list[str]) -> bool:
    """A preposition in the mention before its first comma: "ربة منزل في الخمسين", not a personal name."""
    for w in words[1:]:
        if w in _COMMAS:
            return False
        if w in _RESET_NP or w in _COMP_PREPS:
            return True
    return False


def _adjective(w: str) -> bool:
    """A definite word that reads as an adjective (nisba, participle, listed) rather than a new noun phrase."""
    return w in _ADJECTIVES or w.endswith(("ي", "يه", "يين", "يون", "يات"))


def _checkworthy(content: str, cue: str | None) -> bool:
    """A verifiable assertion, not an opinion, prediction, promise, threat, demand or welcome (GUIDELINE)."""
    if cue:
        word = _nw(cue.split()[0])
        verb = _VERBS.get(word) or _PARTS.get(word)
        if word in _NOT_CHECKWORTHY_CUES or (verb is not None and verb.lemma in _NOT_CHECKWORTHY_CUES):
            return False
    words = [_nw(w) for w in re.findall(r"\w+", content)]
    wset = set(words) | {w[1:] for w in words if len(w) > 3 and w[0] in "وف"}
    if wset & _OPINION or _predicts(words[:8]):
        return False
    return not content.rstrip().endswith(("؟", "?"))


def _predicts(words: list[str]) -> bool:
    """A future or possibility in the main clause: "ستخصص", "سوف", "لن", "قد يتجاوز"."""
    for a, b in zip(words, [*words[1:], ""], strict=False):
        if a in _FUTURE or (a == "قد" and b[:1] in "يت"):
            return True
        if (
            len(a) > 4
            and a[0] == "س"
            and a[1] in "يتن"
            and a not in _NOT_FUTURE
            and not a.startswith(_NOT_FUTURE_STEMS)
        ):
            return True
    return False


# ---------------------------------------------------------------- public
def suggest(text: str) -> list[Suggestion]:
    """Suggested claims of an Arabic text, in document order. Never raises on any string."""
    if not isinstance(text, str) or not text.strip():
        return []
    try:
        return _suggest(text)
    except Exception:  # a suggester must never break the page that calls it; rules are heuristics
        return []


def _suggest(text: str) -> list[Suggestion]:
    reader = _Reader(text)
    f = reader.f
    out, seen = [], set()
    for c in sorted(reader.run(), key=lambda c: (c.c[0], -c.c[1])):
        cs, ce = f.start(c.c[0]), f.end(c.c[1])
        if ce <= cs:
            continue
        src = (f.start(c.src[0]), f.end(c.src[1])) if c.src else None
        cue = (f.start(c.cue[0]), f.end(c.cue[1])) if c.cue else None
        key = (cs, ce, src)
        if key in seen:
            continue
        seen.add(key)
        content = text[cs:ce]
        score, kind = assess(content)
        checkworthy = _checkworthy(content, text[cue[0] : cue[1]] if cue else None)
        out.append(
            Suggestion(
                content=content,
                content_start=cs,
                content_end=ce,
                source=text[src[0] : src[1]] if src else None,
                source_start=src[0] if src else None,
                source_end=src[1] if src else None,
                cue=text[cue[0] : cue[1]] if cue else None,
                cue_start=cue[0] if cue else None,
                cue_end=cue[1] if cue else None,
                attribution_type=c.typ if c.src or c.typ == "unattributed" else "unattributed",
                quote_type=c.qt if (c.src or c.typ != "unattributed") else "none",
                anonymity_reason=text[f.start(c.reason[0]) : f.end(c.reason[1])] if c.reason else None,
                checkworthy=checkworthy,
                speaker_name=c.name,
                speaker_title=c.title,
                checkworthiness=score,
                checkworthy_kind=kind,
            )
        )
    return out
