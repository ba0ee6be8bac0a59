"""From one match of the figure pattern to the figure's own fields: value, sign, unit, range.

The context around the figure (direction, approximation words, what it measures) is read later
by ``context`` and ``metric``; this module looks only at the characters the figure spans.
"""
from __future__ import annotations

import re
from typing import Optional

from .. import lexicon, numbers
from . import vocab as V

_RUN = numbers.RUN
_SIGN = numbers.SIGN
# A number does not start inside another number, a code (2+26), a name (PM2.5, hex ids) or an
# ordinal (第三次), and is not the left side of a code (5+1). A capital digit ends words (队伍, 大陆) far more
# often than it runs into Arabic digits, so only a Chinese numeral may not start after one (伍拾).
_NOT_AFTER = (r"(?<![\dA-Za-z.+＋\-—–~～/_第零〇一二两三四五六七八九十百千万亿\ufffd])"  # (nor after a damaged character: 6�0人)
              r"(?:(?<![" + numbers.CAPITAL_DIGITS + r"])|(?=\d))"
              r"(?<![\d零〇一二两三四五六七八九十百千]点)")  # 三点五 is one number; 监测点12个 starts one
_NOT_BEFORE = r"(?!\s?[+＋])"
# (and a legal range: 处五万元以上五十万元以下罚款)
_SEP = r"(?:[(（]含[)）])?\s?(?:--|——|[-—–~～至到]|以上(?=[^，,。；;]{1,12}以下))\s?"
_START = "(?:(?P<{0}>" + _SIGN + ")|" + _NOT_AFTER + ")"

FIGURE_RE = re.compile(lexicon.guarded(
    # rank: 第2位, 第13名, and 第一 right after a rank word (位列第一); checked in code
    r"(?P<rank>第(?P<rnum>\d+|[一二三四五六七八九十]{1,3})(?P<runit>位(?!次)|名|大(?=[\u4e00-\u9fff]{2})|[高低多少](?=[，,。；;、）)的值\s]|$|水位|纪录|记录|峰))?"
    r"(?!次|单|义|称|录|批|期|届|个|条|款|章|节|轮|季|年|天|号|阶段|方|类|产业|时间|部分|[一二三四五六七八九十\d]))"
    # fractions: 百分之八十, 千分之五, 三分之一, 百分百
    r"|(?P<frac>" + _START.format("fsign") + r"(?:(?P<den>百|千|万|" + _RUN + r")分之(?P<fnum>百|" + _RUN + r")"
    r"|百分(?P<fnum2>百|[一二三四五六七八九十][零〇一二两三四五六七八九十点]{0,12}))"
    # … and its range: 百分之四十至百分之四十五, 百分之十到十五 (a bare second end only where the clause goes on)
    r"(?:\s?(?:--|——|[-—–~～至到])\s?(?:(?P=den)分之(?P<fhi>百|" + _RUN + r")"
    r"|(?P<fhi2>" + _RUN + r")(?=[，,。；;、）)\s]|之间|左右|$)))?)"
    # tenths: 三成, 七成六, 八折, 八五折, 7.5折
    r"|(?P<tenths>" + _NOT_AFTER + r"(?:(?P<tlow>\d{1,2}|[一二两三四五六七八九])\s?[至到~～\-—–]\s?)?"  # 一至二成
    r"(?P<tnum>\d{1,2}(?:\.\d)?|[一二两三四五六七八九十]{1,2}(?:点[一二三四五六七八九])?)"
    r"(?P<tunit>" + V.TENTHS_UNITS + r")(?P<ttail>[一二三四五六七八九半](?![十百千万亿个\d]))?"
    r"(?!" + V.TENTHS_NOT_BEFORE + r"))"
    # money written after its currency sign or code: ￥500, $1.2亿, HK$300万, US$ 5,000, MOP 300万 (the sign
    # is the unit)
    r"|(?P<cur>(?P<csym>(?:US|HK|NT|A|C|S|MOP)?\$|[￥¥€£]|RMB|MOP|HKD|USD|EUR|CNY) ?(?P<cnum>" + numbers.ARABIC_RUN + r")"
    r"(?![\d.,，]?\d|[A-Za-z_])(?:元|美元|港元|欧元|英镑)?)"
    # doubling: 翻一番 = 2 times, 翻两番 = 4 times (the idiom counts doublings)
    r"|(?P<double>翻了?(?P<dnum>[一二两三四]|\d)番)"
    # unitless index values: 综合指数4.73, AQI均值为72 (the figure's text carries the index word)
    r"|(?P<index>(?P<iword>" + "|".join(re.escape(w) for w in V.INDEX_WORDS) + r")"
    r"(?:年?均值|平均值?|日均值?)?(?:为|是|达到|达|值为|值)?(?P<inum>\d+(?:\.\d+)?)(?![\d.%‰])(?!" + V.UNIT_RE + r"))"
    # a rate per a number of people written before it: 发病率为每十万人412.6 (the rate per 100,000, unit /10万)
    r"|(?P<per>每(?P<pden>十万|10万|万|千|1000|百|100)人口?中?(?P<pnum>\d+(?:\.\d+)?)"
    r"(?![\d.%‰]|\s*[多余万亿]|\s*(?:" + V.UNIT_RE + r")))"
    # a duration in two or three units: 2小时15分08秒, 3分12秒, 1小时20分钟 (one figure, not a level and a score)
    r"|(?P<dur>" + _NOT_AFTER + r"(?:(?P<dh>\d{1,3})(?:个)?小时(?P<dm>\d{1,2})分(?:钟)?(?:(?P<ds>\d{1,2})秒)?"
    r"|(?P<dm2>\d{1,3})分(?:钟)?(?P<ds2>\d{1,2})秒)(?![\d])(?!钟))"
    # half of a whole after a word that measures a share: 占比接近一半, 超过一半 (no 一半 of 另一半, 做了一半)
    r"|(?P<halfway>(?:" + "|".join(f"(?<={w})" for w in V.HALF_AFTER) + r")一半(?![\u4e00-\u9fff]{0,2}一半))"
    # a term in years, and months, after the word that makes it one (有期徒刑三年六个月, 缓刑二年, 为期3年): a year
    # alone is a date far more often, so only there
    r"|(?P<term>(?:" + "|".join(f"(?<={w})" for w in V.TERM_WORDS) + r")(?P<tyears>\d{1,2}|[一二两三四五六七八九十]{1,3})年"
    r"(?:(?P<tmonths>\d{1,2}|[一二两三四五六七八九十]{1,3})个月)?(?![\d一二两三四五六七八九十]|[度代级底初末中内前后来以]))"
    # a number (or a range of numbers) followed by its unit
    r"|(?P<main>" + _START.format("sign") + r"(?P<num>" + _RUN + r")" + _NOT_BEFORE +
    r"(?:(?P<unit1>" + V.UNIT_RE + r")?(?P<sep>" + _SEP + r")(?P<sign2>" + _SIGN + r")?(?P<num2>" + _RUN + r"))?"
    r"(?P<unit>" + V.UNIT_RE + r")(?P<half>半)?)"
    # a large number said without its unit, where the clause ends (常住人口1200万, 旅客人次超过3000万。)
    r"|(?P<bare>" + _START.format("bsign") + r"(?P<bnum>(?:\d+(?:\.\d+)?|[一二两三四五六七八九十百千]+)[多余]?[万亿]+)"
    r"(?P<bmore>[多余])?)(?=[，,。；;！!？?、）)”\s]|$|以上|左右)"
))  # guarded: only positions where a figure can start are tried


def _signed(sign: Optional[str]) -> int:
    return -1 if sign and sign.startswith(numbers.NEGATIVE_SIGNS) else 1


def _fields(a: int, b: int, text: str, value: float, unit: str, kind: str, rule: str, **more) -> dict:
    return dict(start=a, end=b, text=text[a:b], value=value, unit=unit, kind=kind, rule=rule, **more)


def read_rank(m: re.Match, text: str) -> Optional[dict]:
    value = numbers.cn_value(m.group("rnum"))
    if value is None:
        return None
    unit = text[m.start("runit"):m.end("runit")] if m.group("runit") else ""
    a, b = m.span("rank")
    return _fields(a, b, text, value, unit, "rank", "rank", _cls="rank")


def read_fraction(m: re.Match, text: str) -> Optional[dict]:
    """百分之八十 = 80 %, 千分之五 = 5 ‰, 三分之一 = 33.3 %: a share, with its sign."""
    den = m.group("den") or "百"
    digits = m.group("fnum") or m.group("fnum2")
    numerator = numbers.parse_number("一百" if digits == "百" else digits)
    if numerator is None:
        return None
    sign = _signed(m.group("fsign"))
    if den in ("百", "千", "万"):
        unit, value = {"百": "%", "千": "‰", "万": "‱"}[den], numerator.value
    else:
        denominator = numbers.cn_value(den)
        if not denominator:
            return None
        unit, value = "%", 100.0 * numerator.value / denominator
    a, b = m.span("frac")
    rule = "fraction" if unit == "%" and den != "百" else "percent_words"
    if m.group("fhi") or m.group("fhi2"):
        second = numbers.parse_number(m.group("fhi") or m.group("fhi2"))
        scale = value / numerator.value if numerator.value else None  # (三分之一到三分之二: each end over the denominator)
        high = second.value * scale if second is not None and scale is not None else None
        if high is None or high <= value:  # (百分之五到百分之三 is no range: the first end stands alone)
            b = m.end("fnum") if m.group("fnum") else m.end("fnum2")
        else:
            low, high = sorted((sign * value, sign * high))
            return _fields(a, b, text, (low + high) / 2, unit, "share", "range", sign=sign, _cls="percent",
                           low=low, high=high, range_low=low, range_high=high)
    return _fields(a, b, text, sign * value, unit, "share", rule, sign=sign, _cls="percent")


def read_tenths(m: re.Match, text: str) -> Optional[dict]:
    """三成 = 30 %, 七成六 = 76 %, 八折 = 80 % of the price, 八五折 = 85 %, 一至二成 = 10 % to 20 %,
    两三成 = about 20 % to 30 %, 七八折 = about 70 % to 80 % (two digits in a row are a loose pair)."""
    digits, tail = m.group("tnum"), m.group("ttail")
    loose = numbers.parse_number(digits) if not m.group("tlow") and not tail else None
    pair = loose is not None and loose.high is not None
    if m.group("tunit") == "折" and not pair and re.fullmatch(r"\d\d|[一二三四五六七八九]{2}", digits):
        value = float(digits) if digits.isdigit() else 10.0 * numbers.DIGIT_VALUE[digits[0]] + \
            numbers.DIGIT_VALUE[digits[1]]
    elif loose is not None and loose.high is not None:  # 两三成: about 20 % to 30 % (a loose pair: both ends read)
        if loose.high > 10:
            return None
        a, b = m.span("tenths")
        return _fields(a, b, text, 10.0 * loose.value, "%", "share", "tenths", _cls="percent",
                       low=10.0 * (loose.low or 0.0), high=10.0 * loose.high, approximate=True)
    else:
        tenths = numbers.cn_value(digits)
        if tenths is None or tenths > 10:
            return None
        value = 10.0 * tenths
        if tail:
            value += 5.0 if tail == "半" else float(numbers.DIGIT_VALUE[tail])
    a, b = m.span("tenths")
    low = numbers.cn_value(m.group("tlow")) if m.group("tlow") else None
    if low is not None and 10.0 * low < value:  # 一至二成 = 10 % to 20 %
        return _fields(a, b, text, (10.0 * low + value) / 2, "%", "share", "range", _cls="percent",
                       low=10.0 * low, high=value, range_low=10.0 * low, range_high=value)
    if m.group("tlow"):  # "5至3成" is no range: the figure is the second number alone
        a = m.start("tnum")
    return _fields(a, b, text, value, "%", "share", "tenths", _cls="percent")


def read_currency(m: re.Match, text: str) -> Optional[dict]:
    """￥500, $1.2亿: the amount in the currency its sign names, read by the one number grammar."""
    parsed = numbers.parse_number(m.group("cnum"))
    if parsed is None:
        return None
    a, b = m.span("cur")
    unit = text[m.start("csym"):m.end("csym")].strip()
    return _fields(a, b, text, parsed.value, unit, "money", "currency_sign", sign=1, _cls="money", _unit=unit,
                   approximate=parsed.approximate, low=parsed.low, high=parsed.high)


def read_doubling(m: re.Match, text: str) -> dict:
    """翻一番 = 2倍, 翻两番 = 4倍: a rise of 2 to the number of doublings, written as times (倍)."""
    doublings = numbers.cn_value(m.group("dnum")) or 0
    a, b = m.span("double")
    return _fields(a, b, text, float(2 ** int(doublings)), "倍", "change", "doubling", _cls="measure",
                   direction="up")


def read_duration(m: re.Match, text: str) -> dict:
    """2小时15分08秒 = 8108秒, 2小时15分 = 135分钟: a time in its smallest unit, whole."""
    hours = int(m.group("dh") or 0)
    minutes = int(m.group("dm") or m.group("dm2") or 0)
    seconds = m.group("ds") or m.group("ds2")
    a, b = m.span("dur")
    if seconds is None:
        return _fields(a, b, text, float(hours * 60 + minutes), "分钟", "level", "duration", _cls="time")
    return _fields(a, b, text, float((hours * 60 + minutes) * 60 + int(seconds)), "秒", "level", "duration", _cls="time")


def read_half(m: re.Match, text: str) -> dict:
    """占比接近一半 = 50 %: a share, as 五成 is."""
    a, b = m.span("halfway")
    return _fields(a, b, text, 50.0, "%", "share", "half", _cls="percent")


def read_term(m: re.Match, text: str) -> Optional[dict]:
    """有期徒刑三年六个月 = 42个月, 缓刑二年 = 2年: a term in its smallest unit, whole (as a duration)."""
    years = numbers.parse_number(m.group("tyears"))
    months = numbers.parse_number(m.group("tmonths")) if m.group("tmonths") else None
    if years is None or m.group("tmonths") and months is None:
        return None
    a, b = m.span("term")
    if months is None:
        return _fields(a, b, text, years.value, "年", "level", "term", _cls="time")
    return _fields(a, b, text, years.value * 12 + months.value, "个月", "level", "term", _cls="time")


PER_DENOMINATORS = {"十万": "10万", "10万": "10万", "万": "万", "千": "千", "1000": "千", "百": "百", "100": "百"}


def read_per_people(m: re.Match, text: str) -> dict:
    """每十万人412.6: a rate per so many people, its unit the denominator (/10万, as 8.9/10万 writes it)."""
    unit = "/" + PER_DENOMINATORS[m.group("pden")]
    cls = V.UNIT_CLASS.get(unit, "percent")  # (/10万 and /万 are listed; /千 and /百 are rates too)
    a, b = m.span("per")
    return _fields(a, b, text, float(m.group("pnum")), unit, V.KIND_OF_CLASS[cls], "per_people", _cls=cls)


def read_bare(m: re.Match, text: str) -> Optional[dict]:
    """3000万 with no unit after it: a level whose unit the clause names before it (人次, 人口), so none."""
    parsed = numbers.parse_number(m.group("bnum") + (m.group("bmore") or ""))
    if parsed is None:
        return None
    sign = _signed(m.group("bsign"))
    a, b = m.span("bare")
    low, high = _signed_interval(sign, parsed.low, parsed.high)
    return _fields(a, b, text, sign * parsed.value, "", "level", "bare_magnitude", approximate=parsed.approximate,
                   low=low, high=high, sign=sign, _cls="")


def read_index(m: re.Match, text: str) -> dict:
    a, b = m.span("index")
    return _fields(a, b, text, float(m.group("inum")), "", "level", "index_value",
                   metric=text[m.start("iword"):m.end("iword")], metric_start=m.start("iword"),
                   metric_end=m.end("iword"), metric_rule="index_word", _cls="")


def _unit_class(unit_simple: str) -> str:
    return V.UNIT_CLASS.get(unit_simple.replace("／", "/"), "count")  # (元／公斤: a full-width slash)


def _range(run: str, run2: str, first: numbers.Parsed, second: numbers.Parsed) -> Optional[tuple[float, float]]:
    """Ends of 3至5万 / 三到五万 / 一百二十到一百五十万 / 八百到九百亿 / 两~3百 / 从6000到2万: the
    first end takes the second's magnitude when it has none of its own and the range still
    rises; None when it does not rise."""
    low, high = first.value, second.value
    big = re.search("[万亿]+$", run2)
    small = re.search("(?<![十百千万亿])[百千]$", run2)
    scale = 1.0
    if big and not re.search("[万亿]", run):
        for c in big.group():
            scale *= 1e4 if c == "万" else 1e8
    elif small and re.fullmatch(r"\d|[一二两三四五六七八九]", run):
        scale = 100.0 if small.group() == "百" else 1000.0
    if scale > 1 and low * scale < high:
        low *= scale
    return (low, high) if low < high else None


def _signed_range(run: str, run2: str, first: numbers.Parsed, second: numbers.Parsed, sign: int, sign2: int
                  ) -> Optional[tuple[float, float]]:
    """Signed ends of a range, each end with its own sign (-2℃到3℃, -12℃～-8℃, 零下5℃到零下2℃), or
    None when they do not rise. Two ends below zero may be written from the warmer (-3～-8℃, as forecasts
    give a low): the same range."""
    if sign > 0 and sign2 > 0:
        return _range(run, run2, first, second)
    low, high = sign * first.value, sign2 * second.value
    if sign < 0 and sign2 < 0 and low > high:
        low, high = high, low
    return (low, high) if low < high else None


def read_main(m: re.Match, text: str, s: str, sentence_before: str) -> tuple[Optional[dict], int]:
    """A number (or range) with its unit; also where to look for the next figure."""
    na, nb = m.span("num")
    start = m.start("sign") if m.group("sign") else na
    run, run2 = m.group("num"), m.group("num2")
    ua, ub = m.span("unit")
    unit_simple = m.group("unit").strip()
    cls = _unit_class(re.sub("^个[多余半]", "个", unit_simple))
    if not _plausible(run, run2, unit_simple, cls, m, sentence_before) and _coins_at(s, ub, unit_simple) is None:
        return None, nb  # (一块五, 一块五毛: small change after it makes 一块 money, not a piece)
    parsed = numbers.parse_number(run)
    if parsed is None:
        return None, nb
    sign = _signed(m.group("sign"))
    fields: dict = dict(sign=sign, _cls=cls, _unit=unit_simple)
    rule = "chinese_unit" if run[0] in numbers.CN_DIGITS + numbers.CAPITAL_DIGITS + "十百千万数几上近逾" else "arabic_unit"
    if rule == "chinese_unit" and (any(c in run for c in "多余几来") or run[0] in "数上近逾"):
        rule = "approx_words"
    if numbers.is_loose_pair(run):
        rule = "adjacent_range"
    value, low, high, approximate = parsed.value, parsed.low, parsed.high, parsed.approximate
    if run2:
        second = numbers.parse_number(run2)
        # (零下 said once covers both ends: 零下3～8℃ is -3℃ to -8℃)
        sign2 = _signed(m.group("sign2")) if m.group("sign2") or not (m.group("sign") or "").startswith("零下") else sign
        ends = _signed_range(run, run2, parsed, second, sign, sign2) if second is not None else None
        unit1 = (m.group("unit1") or "").strip()
        if ends is None or (unit1 and unit1 != unit_simple):
            # not a range: the first number stands alone when it has its own unit
            if not unit1:
                return None, m.start("sep")
            return _alone(m, text, parsed, sign, unit1, rule), m.end("unit1")
        low, high = ends
        value, approximate, rule = (low + high) / 2, False, "range"
        fields.update(range_low=low, range_high=high, sign=-1 if value < 0 else 1)
        sign = 1  # (the ends carry their signs)
    unit = numbers.ascii_digits(text[ua:ub].strip())
    if unit_simple in PLAIN_YUAN and (cur := CURRENCY_BEFORE.search(s, max(0, start - CURRENCY_REACH), start)):
        unit = currency_unit(text[cur.start("cur"):cur.end("cur")])  # 港幣三百四十億元: Hong Kong dollars, as 三百四十億港元
    # 个多月 / 个半月: the mark belongs to the number, not to the unit
    if len(unit_simple) > 2 and unit_simple[0] == "个" and unit_simple[1] in "多余半":
        mark = unit_simple[1]
        unit, unit_simple = unit[0] + unit[2:], unit_simple[0] + unit_simple[2:]
        fields["_unit"] = unit_simple
        if mark == "半":
            value += 0.5
        else:
            low, high, approximate = value, value + 1, True
    spoken = _spoken_magnitude(m, text, s, value, low, high, approximate, sign)
    if spoken is not None:
        return spoken, spoken["end"]
    b = m.end("half") if m.group("half") else ub
    if m.group("half"):
        value += 0.5
    if unit_simple in PLAIN_YUAN and (after := CURRENCY_AFTER.match(s, b)):
        unit, b = currency_unit(text[after.start("cur"):after.end("cur")]), after.end()  # 6470亿元新台币: NT$
    kind = V.KIND_OF_CLASS.get(cls, "level")
    if unit_simple in V.YUAN_UNITS:
        b, value, kind, rule = _small_change(s, b, unit_simple, value, kind, rule)
        fields["_cls"] = "money" if kind == "money" else cls
    low, high = _signed_interval(sign, low, high)
    fields.update(start=start, end=b, text=text[start:b], value=sign * value, unit=unit, kind=kind,
                  approximate=approximate, low=low, high=high, rule=rule)
    return fields, b


def _signed_interval(sign: int, low: Optional[float], high: Optional[float]
                     ) -> tuple[Optional[float], Optional[float]]:
    if sign > 0:
        return low, high
    return (None if high is None else -high), (None if low is None else -low)


def _alone(m: re.Match, text: str, parsed: numbers.Parsed, sign: int, unit1: str, rule: str) -> dict:
    start = m.start("sign") if m.group("sign") else m.start("num")
    ua, ub = m.span("unit1")
    low, high = _signed_interval(sign, parsed.low, parsed.high)
    return dict(start=start, end=ub, text=text[start:ub], value=sign * parsed.value,
                unit=numbers.ascii_digits(text[ua:ub].strip()),
                kind=V.KIND_OF_CLASS.get(_unit_class(unit1), "level"), approximate=parsed.approximate,
                low=low, high=high, rule=rule, sign=sign, _cls=_unit_class(unit1), _unit=unit1)


CJK_RE = re.compile(r"[\u4e00-\u9fff]")
CUE_AFTER_UNIT = 4  # characters after a unit that needs a cue where the cue may end (级雷暴大风, 度的高温)


# A currency named right before an amount in 元 is its currency: 港幣三百四十億元 (HK$), 新臺幣120億元 (NT$)
PLAIN_YUAN = frozenset({"元", "圆"})
_FOREIGN_YUAN = "港币|新台币|台币|澳门币|澳门元"
CURRENCY_BEFORE = re.compile(rf"(?P<cur>{_FOREIGN_YUAN}|人民币|美金)(?:约|大约)?$")
CURRENCY_REACH = 6
# …or right after it: 6470亿元新台币 (元人民币 is the plain yuan: the amount's text stays 4318.6亿元)
CURRENCY_AFTER = re.compile(rf"(?P<cur>{_FOREIGN_YUAN})")


def currency_unit(name: str) -> str:
    """The unit an amount in 元 takes after its currency's name, in the page's script: 港幣 → 港元, 澳門幣 → 澳門元,
    人民币 → 元 (the plain yuan), 美金 → 美元; the New Taiwan dollar keeps its name, 臺 written 台 (新臺幣 → 新台幣)."""
    if name in ("人民币", "人民幣"):
        return "元"
    if name == "美金":
        return "美元"
    if name.endswith(("台币", "臺幣", "台幣")):
        return name.replace("臺", "台")
    return name[:-1] + "元" if name[-1] in "币幣" else name


NEVER_PER = frozenset({"倍", "岁"})  # a multiple or an age is never "per" one (增长一倍以上, 一岁多的孩子)


def _plausible(run: str, run2: Optional[str], unit: str, cls: str, m: re.Match, sentence_before: str) -> bool:
    """Forms that look like a figure but are not one (一个, a capital digit in a name, 度 or 级 without 温度 or 风力)."""
    if run == "一" and not run2 and not m.group("half") and "半" not in unit and cls not in V.ONE_IS_A_NUMBER:
        return False  # 一个, 一项, 一次, 一起: an article, not a count
    if run == "一" and not run2 and not m.group("half") and cls == "measure" and unit not in NEVER_PER \
            and CJK_RE.match(m.string, m.end("unit")):
        return False  # 一亩地多收160斤, 一斤能卖到3块钱: "per mu", "per jin", not a quantity cited
    if any(c in numbers.CAPITAL_DIGITS[:9] for c in run) and not re.search("[拾佰仟]", run) \
            and unit not in V.YUAN_UNITS:
        return False  # 伍, 陆 are surnames and word parts; capitals stand alone only in amounts
    cue = V.UNIT_NEEDS_CUE.get(unit)  # (the cue before the number, or just after the unit: 7级大风, 8级雷暴大风)
    if cue is not None and not cue.search(sentence_before) and not (m.group("sign") or "").startswith("零") \
            and not cue.search(m.string, m.end("unit"), m.end("unit") + CUE_AFTER_UNIT):
        return False
    return True


SPOKEN_MONEY_AFTER = 16  # characters after 个亿 where the money it is may be named
SPOKEN_CLAUSE_END = re.compile(r"[，,。；;！!？?\n]")


def _spoken_magnitude(m: re.Match, text: str, s: str, value: float, low, high, approximate: bool,
                      sign: int) -> Optional[dict]:
    """15个亿 (spoken for 15亿元, after 资金/投资…) is money, the magnitude in the value as for 1,100万元;
    not 个万, which starts words such as 万吨级."""
    ub = m.end("unit")
    more = s[ub:ub + 1] in ("多", "来", "余") and s[ub + 1:ub + 2] == "亿"  # (四个多亿: over 4亿)
    if m.group("unit").strip() != "个" or s[ub + more:ub + more + 1] != "亿" or m.group("half"):
        return None
    if more:
        low, high, approximate = value, value + 1, True
    ub += more
    na = m.start("num")
    currency = re.compile(V.UNIT_RE).match(s, ub + 1)
    is_currency = currency is not None and _unit_class(currency.group().strip()) == "money"
    clause = SPOKEN_CLAUSE_END.search(s, ub + 1, ub + 1 + SPOKEN_MONEY_AFTER)
    if not is_currency and not V.SPOKEN_MONEY_RE.search(s, max(0, na - 16), na) \
            and not V.SPOKEN_MONEY_RE.search(s, ub + 1, clause.start() if clause else ub + 1 + SPOKEN_MONEY_AFTER):
        return None  # (money said before it, or in its own clause after it: 两个多亿是…补助资金)
    b = currency.end() if is_currency and currency is not None else ub + 1
    unit = text[currency.start():currency.end()].strip() if is_currency and currency is not None else "元"
    low, high = (low * 1e8 if low is not None else None), (high * 1e8 if high is not None else None)
    start = m.start("sign") if m.group("sign") else na
    return dict(start=start, end=b, text=text[start:b], value=sign * value * 1e8, unit=unit, kind="money",
                approximate=approximate, low=low, high=high, rule="spoken_magnitude", sign=sign, _cls="money")


def _coins_at(s: str, b: int, unit: str) -> Optional[re.Match]:
    """The small change right after a yuan unit at ``b`` (六角, 五毛; a bare 五 only after 块), if any."""
    if unit not in V.YUAN_UNITS:
        return None
    return V.SMALL_CHANGE_RE.match(s, b) or (V.BARE_TENTHS_RE.match(s, b) if unit == "块" else None)


def _small_change(s: str, b: int, unit: str, value: float, kind: str, rule: str
                  ) -> tuple[int, float, str, str]:
    """45元6角 = 45.6元, 十二块五毛, 十二块五: coins after the yuan join its value."""
    m = _coins_at(s, b, unit)
    if m is None:
        return b, value, ("money" if unit != "块" else kind), rule
    coins = [numbers.cn_value(m.group("jiao")) or 0.0]
    fen = m.groupdict().get("fen")
    if fen:
        coins.append(numbers.cn_value(fen) or 0.0)
    value += coins[0] / 10 + (coins[1] / 100 if len(coins) > 1 else 0.0)
    return m.end(), value, "money", "small_change"
