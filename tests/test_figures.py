"""Figures: every numeral form, units, kinds, intervals, the not-figures, and the corpus spot checks."""
from __future__ import annotations

import json
import re
from pathlib import Path

import opencc
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analyzer.figures import describe, find_figures, parse_number

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT / ".." / "shared"
CORPUS = SHARED / "corpus"
EXPECTED = SHARED / "expected"
T2S = opencc.OpenCC("t2s.json")
GLOSS = re.compile(r"(?<=[\u4e00-\u9fff?])\(([a-zàáâãäāǎēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6})\)")


def simplify(text: str) -> str:
    simplified = T2S.convert(text)
    if len(simplified) != len(text):
        simplified = "".join(c if len(c) == 1 else ch for ch, c in ((ch, T2S.convert(ch)) for ch in text))
    return simplified


def figs(text: str):
    return find_figures(text, simplify(text))


def one(text: str):
    found = figs(text)
    assert len(found) == 1, [describe(f) for f in found]
    return found[0]


def norm(s) -> str:
    return "".join((s or "").split())


# ---------------------------------------------------------------- numeral forms (known hard cases)
@pytest.mark.parametrize("text, fig_text, value, unit", [
    ("共有三万五千人参加", "三万五千人", 35000, "人"),
    ("来了两人", "两人", 2, "人"),
    ("投入3万4000元", "3万4000元", 34000, "元"),
    ("种植25万6千棵", "25万6千棵", 256000, "棵"),
    ("资金1,100万元", "1,100万元", 11_000_000, "元"),
    ("总投资6585.9億元", "6585.9億元", 658_590_000_000, "元"),
    ("装机114万千瓦", "114万千瓦", 1_140_000, "千瓦"),
    ("合计13.6萬千瓦燃煤机组", "13.6萬千瓦", 136_000, "千瓦"),
    ("一吨半", "一吨半", 1.5, "吨"),
    ("用了一个半月", "一个半月", 1.5, "个月"),
    ("贷款1亿2000万元", "1亿2000万元", 120_000_000, "元"),
    ("全市１２３家", "１２３家", 123, "家"),
    ("新建五座污水处理厂", "五座", 5, "座"),
    ("大干一百天", "一百天", 100, "天"),
    ("项目总投资3个亿元", "3个亿元", 300_000_000, "元"),
    ("累计投入资金15个亿", "15个亿", 1_500_000_000, "元"),
    # goods, packages and residues
    ("护目镜8000副。", "8000副", 8000.0, "副"),
    ("纯净水42万桶。", "42万桶", 420000.0, "桶"),
    ("日产量达到450万盒。", "450万盒", 4500000.0, "盒"),
    ("日产量已达到1.9亿片。", "1.9亿片", 190000000.0, "片"),
    ("批准了3款新冠病毒治疗药物。", "3款", 3.0, "款"),
    ("奶粉12罐。", "12罐", 12.0, "罐"),
    ("检验项目合计18.7万项次。", "18.7万项次", 187000.0, "项次"),
    ("毒死蜱检出值为0.12mg/kg。", "0.12mg/kg", 0.12, "mg/kg"),
    ("精瘦肉平均零售价格为5.36元/500克。", "5.36元/500克", 5.36, "元/500克"),
    ("发表稿件218篇次。", "218篇次", 218.0, "篇次"),
    ("标准限值为0.05毫克/千克。", "0.05毫克/千克", 0.05, "毫克/千克"),
])
def test_numerals_and_magnitudes(text, fig_text, value, unit):
    f = one(text)
    assert (f.text, f.value, f.unit) == (fig_text, pytest.approx(value), unit)
    assert text[f.start:f.end] == f.text


def test_a_magnitude_is_applied_in_decimal():
    """The value a reader would write, not the nearest binary product (1302.6 * 1e8 = 130259999999.99998)."""
    assert [f.value for f in figs("第二产业增加值1302.6亿元，收入5.10亿元，共16.26萬戶，8.22億元。")] == [
        130_260_000_000.0, 510_000_000.0, 162_600.0, 822_000_000.0]


def test_the_three_sectors_are_no_count():
    assert figs("三次产业结构为6.6∶40.0∶53.4。") == []
    assert [f.text for f in figs("全年开展三次专项检查。")] == ["三次"]


@pytest.mark.parametrize("text, value, low, high, rule", [
    ("投资500多亿元", 5e10, 5e10, 6e10, "arabic_unit"),
    ("十几万人", 150_000, 110_000, 190_000, "approx_words"),
    ("十几个企业", 15, 11, 19, "approx_words"),
    ("两三个", 2.5, 2, 3, "adjacent_range"),
    ("五六十个村", 55, 50, 60, "adjacent_range"),
    ("数百家企业", 550, 200, 900, "approx_words"),
    ("車輛259.2萬余輛", 2_592_000, 2_592_000, 2_593_000, "arabic_unit"),
    ("手机客户端1200多个", 1200, 1200, 1300, "arabic_unit"),
    ("1800余名河长", 1800, 1800, 1900, "arabic_unit"),
    ("还有3个多月", 3, 3, 4, "arabic_unit"),
    ("二十多家", 20, 20, 30, "approx_words"),
    ("三千多名", 3000, 3000, 4000, "approx_words"),
    ("上万人", 10000, 10000, None, "approx_words"),
    ("近千家企业", 1000, None, 1000, "approx_words"),
    ("培训千余人次", 1000, 1000, 2000, "approx_words"),  # a magnitude alone before 余/多
    ("投资百余万元", 1_000_000, 1_000_000, 2_000_000, "approx_words"),
    ("万多人参加", 10000, 10000, 20000, "approx_words"),
    ("压缩了两成多", 20, 20, 30, "tenths"),  # (多 after a share in tenths: up to the next tenth)
])
def test_approximate_numbers_carry_an_interval(text, value, low, high, rule):
    f = one(text)
    assert f.approximate
    assert (f.value, f.low, f.high) == (pytest.approx(value), pytest.approx(low), pytest.approx(high))
    assert f.rule == rule


@pytest.mark.parametrize("text, fig_text, value", [
    ("来了二十来家企业", "二十来家", 20), ("用了20来个工作日", "20来个工作日", 20), ("到场一万来人", "一万来人", 10000)])
def test_lai_after_a_round_number_is_about_it(text, fig_text, value):
    f = one(text)
    assert (f.text, f.value, f.approximate, f.low, f.high) == (fig_text, value, True, None, None)


def test_lai_elsewhere_is_no_approximation():
    assert figs("一来，效率提高；二来成本下降。") == []
    assert [f.text for f in figs("近3年来新增企业200家。")] == ["200家"]


@pytest.mark.parametrize("text, fig_text, unit", [
    ("輪候時間約為8星期", "8星期", "星期"), ("审批用了3周时间", "3周", "周"), ("共举行了二十四次会议", "二十四次", "次")])
def test_weeks_and_meetings_held_are_figures(text, fig_text, unit):
    f = one(text)
    assert (f.text, f.unit) == (fig_text, unit)


def test_a_rate_per_so_many_people_written_before_its_number():
    found = figs("发病率为每十万人412.6，死亡率为每十万人1.35。")
    assert [(f.text, f.value, f.unit, f.metric) for f in found] == [
        ("每十万人412.6", 412.6, "/10万", "发病率"), ("每十万人1.35", 1.35, "/10万", "死亡率")]
    assert [f.text for f in figs("每10万人中具有大学文化程度的由8930人上升为15467人。")] == ["8930人", "15467人"]
    assert figs("由8930人上升为15467人。")[-1].kind == "count"  # 上升为 gives the level reached


@pytest.mark.parametrize("text", ["我想问两位司长。", "刚才两位已经回答得很全面了。", "首先，我通报两项近期工作。", "电梯三天两头坏。",
                                  "淘汰1至4期老旧大型柴油车。", "近7天，全国疫情平稳。", "31个省（自治区、直辖市）报告病例。",
                                  "居住于滨江路188号金桂苑小区3栋。", "请拨打24小时疫情防控热线。", "48小时降温幅度最大。",
                                  "身高1.2米以下儿童免票。", "预约码为6位数字。"])
def test_the_talks_own_parts_idioms_phases_and_a_bulletins_frame_are_no_figures(text):
    assert [f.text for f in figs(text) if f.unit != "例"] == []


@pytest.mark.parametrize("text, direction", [("比去年同期多发放约1800万元。", "up"), ("同比少支出300万元。", "down")])
def test_more_or_less_of_a_deed_than_before_is_a_change(text, direction):
    (f,) = figs(text)
    assert (f.kind, f.direction) == ("change", direction)


@pytest.mark.parametrize("text, unit", [("估計要港幣三百四十億元。", "港元"), ("補助金額超過新臺幣120億元。", "新台幣"),
                                        ("補助最高新台幣500萬元。", "新台幣"),  # (one unit however 臺 is written)
                                        ("投資澳門幣100億元。", "澳門元"), ("投资人民币5亿元。", "元"), ("项目总投资约港币30亿元。", "港元")])
def test_a_currency_named_before_an_amount_in_yuan_is_its_unit(text, unit):
    (f,) = figs(text)
    assert f.unit == unit and f.metric != "估計要港幣"


def test_a_place_in_a_clause_of_its_own_after_the_field_ranked_is_a_rank():
    found = figs("优良天数比例达到95%以上，全省第3位。")
    assert [(f.text, f.kind, f.value) for f in found] == [("95%", "share", 95), ("第3位", "rank", 3)]
    assert figs("把生态保护放在全市第一位。") == []


def test_cantonese_perfective_particle_after_a_change_verb():
    (f,) = figs("回收量比去年增加咗約百分之二十三。")
    assert (f.kind, f.direction, f.approximate) == ("change", "up", True)


def test_a_number_cut_by_a_damaged_character_is_no_figure():
    assert figs("出动警力6\ufffd0人次，投入资金1\ufffd5亿元。") == []


def test_a_long_digit_string_with_a_unit_is_an_amount_and_without_one_an_id():
    assert [f.text for f in figs("国内生产总值1260582亿元，年末全国人口14096700人。")] == ["1260582亿元", "14096700人"]
    assert figs("订单号20240512345678，联系电话84567890。") == []


@pytest.mark.parametrize("text, metric", [("GDP增速4.8%。", "GDP"), ("出口增速达到23.4%。", "出口"), ("居民消费价格涨幅为2.1%，", None)])
def test_a_growth_rate_is_a_change_upward(text, metric):
    f = one(text)
    assert (f.kind, f.direction) == ("change", "up")
    assert metric is None or f.metric == metric


def test_spoken_hundreds_of_millions_with_more_than_or_money_named_after():
    four, two = figs("总投资大概是四个多亿，两个多亿是中央和省里的补助资金。")
    assert (four.text, four.value, four.unit, four.kind, four.approximate, four.low, four.high) == (
        "四个多亿", 4e8, "元", "money", True, 4e8, 5e8)
    assert (two.text, two.value, two.kind) == ("两个多亿", 2e8, "money")  # (the money named in its clause after it)
    f = one("整治用了四个多月。")  # (个多 before 月 stays a span of time)
    assert (f.text, f.unit, f.approximate) == ("四个多月", "个月", True)


@pytest.mark.parametrize("text, fig_text, unit", [
    ("两岸贸易额达到6470亿元新台币。", "6470亿元新台币", "新台币"), ("投入3亿元人民币。", "3亿元", "元"),
    ("援助500萬元港幣。", "500萬元港幣", "港元")])
def test_a_currency_named_right_after_an_amount_in_yuan_is_its_unit(text, fig_text, unit):
    f = one(text)
    assert (f.text, f.unit, f.kind) == (fig_text, unit, "money")


@pytest.mark.parametrize("text, fig_text, value, metric", [
    ("欧盟为我省第三大贸易伙伴。", "第三大", 3, "贸易伙伴"), ("中国是世界第二大经济体。", "第二大", 2, "经济体")])
def test_the_nth_largest_is_a_rank_of_what_follows(text, fig_text, value, metric):
    f = one(text)
    assert (f.text, f.value, f.kind, f.metric) == (fig_text, value, "rank", metric)
    assert figs("市消防救援支队第一大队。") == []  # (a brigade's name)


@pytest.mark.parametrize("text, fig_text, low, high", [
    ("最低气温-3～-8℃。", "-3～-8℃", -8, -3), ("最低气温零下3～8℃。", "零下3～8℃", -8, -3),
    ("气温降到零下5℃至零下10℃。", "零下5℃至零下10℃", -10, -5)])
def test_a_range_below_zero_written_from_the_warmer_end(text, fig_text, low, high):
    f = one(text)
    assert (f.text, f.range_low, f.range_high, f.unit) == (fig_text, low, high, "℃")


@pytest.mark.parametrize("text, fig_text", [("平均气温为历史同期第2高。", "第2高"), ("降水量列1961年以来第3多，", "第3多")])
def test_the_nth_highest_or_most_is_a_rank(text, fig_text):
    f = one(text)
    assert (f.text, f.kind) == (fig_text, "rank")
    assert figs("市第一高级中学。") == []


def test_a_season_early_or_late_by_days_is_a_change():
    assert one("今年入汛时间偏早5天。").kind == "change"
    assert (one("PM2.5浓度同比恶化4.1%。").kind, one("PM2.5浓度同比恶化4.1%。").direction) == ("change", None)


@pytest.mark.parametrize("text, fig_text, value", [("石家庄市在168个重点城市中排名倒数第2。", "倒数第2", 2),
                                                   ("倒数第一为嘉兴市。", "倒数第一", 1)])
def test_a_rank_counted_from_the_bottom_says_so(text, fig_text, value):
    f = [f for f in figs(text) if f.kind == "rank"][0]
    assert (f.text, f.value, f.direction) == (fig_text, value, "down")
    assert one("全省排名第3位。").direction is None


def test_a_count_right_after_the_deed_of_its_own_clause_counts_that_deed():
    assert [(f.text, f.metric) for f in figs("全省共责令整改2976家，立案处罚318家。")] == [
        ("2976家", "责令整改"), ("318家", "立案处罚")]
    assert one("紧急转移安置3.82万人。").metric == "紧急转移安置"
    # (an item after 、 counts the same things as the one before it)
    assert [f.metric for f in figs("累计注销国三排放柴油货车11467辆、拆解2056辆。")] == ["国三排放柴油货车"] * 2


def test_a_figure_followed_by_its_expected_aim_is_a_target():
    assert one("下半年能否实现全年6.5%的预期目标？").kind == "target"


def test_an_amount_that_opens_like_a_hotline_is_an_amount():
    assert [f.text for f in figs("地区生产总值12356.78亿元，拨打12356热线。")] == ["12356.78亿元"]


@pytest.mark.parametrize("text, fig_text, unit", [
    ("集装箱吞吐量1250万标准箱。", "1250万标准箱", "标准箱"), ("吞吐量达到35万TEU。", "35万TEU", "TEU"),
    ("加开列车286趟。", "286趟", "趟"), ("共有86组家庭参赛。", "86组", "组"), ("接待游船2300船次。", "2300船次", "船次"), ("扑杀家禽3.6万羽。", "3.6万羽", "羽"), ("出动救援队伍621支队伍。", "621支", "支")])
def test_containers_trains_poultry_and_teams_are_units(text, fig_text, unit):
    f = one(text)
    assert (f.text, f.unit) == (fig_text, unit)


@pytest.mark.parametrize("text, fig_text, value, metric", [
    ("今年完成土方30万方。", "30万方", 300_000, "土方"), ("日供水能力达到15.5万方。", "15.5万方", 155_000, "日供水能力")])
def test_fang_said_of_earth_or_water_is_cubic_metres(text, fig_text, value, metric):
    f = one(text)
    assert (f.text, f.value, f.unit, f.kind, f.metric) == (fig_text, value, "方", "level", metric)


@pytest.mark.parametrize("text", ["供水企业与三方签订协议", "多方联动，清淤工作有序推进", "供水工作要从三方面发力"])
def test_fang_as_a_party_or_a_side_is_no_volume(text):
    assert figs(text) == []


@pytest.mark.parametrize("text, metrics", [
    ("我市有5个区进入全省前20位。", ["区"]),
    ("36家企业入选国家级绿色工厂名单，12个项目获批中央资金2.3亿元。", ["企业", "项目", "中央资金"])])
def test_what_a_count_achieved_is_no_part_of_what_it_counts(text, metrics):
    assert [f.metric for f in figs(text)] == metrics


@pytest.mark.parametrize("text, fig_text, unit", [
    ("共印制教材71万册。", "71万册", "册"), ("开设课程1.8万节。", "1.8万节", "节"), ("开设不少于20门课程。", "20门", "门"),
    ("培训120学时。", "120学时", "学时"), ("调度大中型水库4万余座次。", "4万余座次", "座次"), ("加开列车48列次。", "48列次", "列次")])
def test_books_courses_lessons_and_runs_are_units(text, fig_text, unit):
    f = one(text)
    assert (f.text, f.unit) == (fig_text, unit)


@pytest.mark.parametrize("text", ["我简单谈一点个人的体会。", "三八节当天，全市开展活动。", "第31、32场发布会", "第一、二批名单",
                                  "7座及以下小客车免费通行"])
def test_a_point_without_a_digit_and_a_festival_are_no_figures(text):
    assert figs(text) == []


@pytest.mark.parametrize("text, metric, value", [
    ("普通类一段线为444分。", "普通类一段线", 444), ("特控线为520分。", "特控线", 520)])
def test_a_score_line_names_a_score(text, metric, value):
    f = one(text)
    assert (f.metric, f.value, f.unit) == (metric, value, "分")


@pytest.mark.parametrize("text, metric", [
    ("单笔收费不得超过5000元。", "单笔收费"), ("全运会使用比赛场馆46个。", "比赛场馆"),
    ("笔试费按每人每科50元收取。", "笔试费"), ("课后服务费标准按每生每学期不超过300元执行。", "课后服务费标准"),
    ("目前已完工11.2公里。", None),  # (the verb before a figure names nothing it measures)
    ("在G4京港澳高速、G70福银高速等12条主要通道设置执勤点。", "主要通道"),  # (主要 before a noun is no adverb)
    ("全市设置执勤卡点96个。", "执勤卡点"), ("全省设区城市PM2.5平均浓度为28微克/立方米。", "设区城市PM2.5平均浓度"),
    ("全市47家二级以上医院全部开设发热门诊。", "二级以上医院"), ("在院患者120人。", "在院患者"),  # (a grade's bound, 在院: in the noun)
    ("篮球比赛门票上座率达到85%。", "篮球比赛门票上座率"), ("百分比提高了3个百分点。", "百分比"),
    ("全市地区生产总值突破1.5万亿元大关。", "地区生产总值"),  # (the mark passed is no metric)
    ("江州站今天凌晨3时20分出现洪峰水位38.62米。", "洪峰水位")])  # (出现 is the verb, not the measure)
def test_a_modal_and_the_bi_of_words_are_no_cut_in_the_metric(text, metric):
    assert one(text).metric == metric


@pytest.mark.parametrize("text, unit, metric", [
    ("每人每月补助500元。", "元/人·月", "补助"),
    ("每人每月发放生活补助不低于1000元。", "元/人·月", "生活补助"),
    ("课后服务费每生每学期不超过300元。", "元/生·学期", "课后服务费"),
    ("每人每科50元。", "元/人·科", None),
    ("每人每月增加20元。", "元/人·月", None),
])
def test_a_payment_named_between_its_per_phrase_and_its_amount_keeps_the_per(text, unit, metric):
    f = one(text)
    assert (f.unit, f.metric) == (unit, metric)


@pytest.mark.parametrize("text, fig_text, value, unit", [
    ("男子冠军成绩为2小时15分08秒。", "2小时15分08秒", 8108, "秒"), ("平均配速3分12秒。", "3分12秒", 192, "秒"),
    ("全程用时2小时15分。", "2小时15分", 135, "分钟"), ("每天运动1小时20分钟。", "1小时20分钟", 80, "分钟")])
def test_a_duration_in_two_or_three_units_is_one_figure_in_its_smallest(text, fig_text, value, unit):
    f = one(text)
    assert (f.text, f.value, f.unit, f.kind) == (fig_text, value, unit, "level")


@pytest.mark.parametrize("text", ["最低工资标准不得低于当地平均工资的40%", "增幅不应低于1.5%", "管理费不得超过8%"])
def test_a_rules_floor_or_cap_is_no_change(text):
    assert one(text).direction is None


@pytest.mark.parametrize("text, metric", [
    ("公积金贷款额度由40万元调整为50万元", "公积金贷款额度"), ("最低工资上调至2100元", "最低工资"),
    ("全市对外贸易额达到1200亿元", "对外贸易额"), ("政策了解率达到80%", "政策了解率")])  # (a link word that opens a word stays)
def test_adjusted_to_gives_a_level_of_the_noun_before(text, metric):
    assert figs(text)[-1].metric == metric


def test_the_level_a_per_amount_moves_to_is_per_the_same():
    assert [f.unit for f in figs("基础养老金由每人每月100元提高到120元。")] == ["元/人·月", "元/人·月"]
    assert [f.unit for f in figs("最低收购价分别为每斤1.27元、1.29元和1.31元。")] == ["元/斤"] * 3  # and a list's items


@pytest.mark.parametrize("text, kind", [("预计小学一年级入学新生6.12万人。", "count"), ("预计全年接待游客120万人次。", "count"),
                                        ("力争全年接待游客120万人次。", "target")])
def test_a_forecast_is_no_target(text, kind):
    assert one(text).kind == kind


def test_a_spread_below_a_benchmark_rate_is_a_change_down():
    f = one("5年期以上LPR减50个基点")
    assert (f.value, f.unit, f.kind, f.direction) == (50, "个基点", "change", "down")


@pytest.mark.parametrize("text", ["庆祝建党100周年", "3周岁以下婴幼儿免费", "市十六届人大二十二次会议上", "每周三开放"])
def test_anniversaries_ages_and_numbered_sessions_are_no_weeks_or_meetings_held(text):
    assert figs(text) == []


@pytest.mark.parametrize("text", ["产量增长一倍以上", "游客人数增长一倍多"])
def test_one_times_is_a_figure_before_any_word(text):
    f = one(text)  # (一亩地多收160斤 reads 一亩 as "per mu"; 一倍 is never "per")
    assert (f.text, f.value, f.unit, f.direction, f.approximate) == ("一倍", 1, "倍", "up", True)


@pytest.mark.parametrize("text, low, high, metric", [
    ("车辆轴距不小于2650毫米", 2650, None, "车辆轴距"), ("车高不大于1.8米", None, 1.8, "车高"),
    ("平均发车间隔缩短至10分钟以内", None, 10, "平均发车间隔")])
def test_not_less_than_bounds_from_below_though_it_ends_in_less_than(text, low, high, metric):
    f = one(text)
    assert (f.low, f.high, f.metric) == (low, high, metric)


@pytest.mark.parametrize("text, low, high", [
    ("近100家企业", None, 100),
    ("超过150万吨", 1_500_000, None),
    ("配套率达到95%以上", 95, None),
    ("7天以内", None, 7),
])
def test_approximation_words_bound_one_side(text, low, high):
    f = one(text)
    assert f.approximate and f.low == low and f.high == high


def test_approximation_words_after_the_unit_stay_out_of_the_text():
    f = one("配套率达到95%以上")
    assert f.text == "95%" and f.approximate and f.low == 95
    assert one("重污染天数3天左右").text == "3天"


def test_about_words_are_approximate_without_interval():
    for text in ("约3000人", "3000人左右"):
        f = one(text)
        assert f.approximate and f.value == 3000 and f.low is None and f.high is None


def test_parse_number_uses_cn2an_for_chinese_numerals():
    assert parse_number("三万五千").value == 35000
    assert parse_number("二十五万六千").value == 256000
    assert parse_number("两").value == 2
    assert parse_number("零点九").value == pytest.approx(0.9)
    assert parse_number("三五") is None and parse_number("二〇二〇") is None


# ---------------------------------------------------------------- percentages and units
@pytest.mark.parametrize("text, fig_text, value", [
    ("占比百分之八十", "百分之八十", 80),
    ("确保百分之百落实", "百分之百", 100),
    ("占百分之十五点三", "百分之十五点三", 15.3),
    ("下降百分之零点九", "百分之零点九", 0.9),
    ("同比下降11.1%", "11.1%", 11.1),
    ("降低了2.3个百分点", "2.3个百分点", 2.3),
])
def test_percentages(text, fig_text, value):
    f = one(text)
    assert f.text == fig_text and f.value == pytest.approx(value)
    assert f.unit in ("%", "个百分点")


@pytest.mark.parametrize("text, unit", [
    ("PM10濃度97微克/立方米", "微克/立方米"),
    ("累计浓度为71微克每立方米", "微克每立方米"),
    ("平均濃度達到40μg/m3", "μg/m3"),
    ("拆改1769台、合计4918.3蒸吨燃煤锅炉", "蒸吨"),
    ("人均公园绿地面积达到16.77平方米", "平方米"),
    ("垃圾11萬立方米", "立方米"),
    ("整治河道83公里", "公里"),
    ("培育森林资源11.96万亩", "亩"),
    ("細懸浮微粒年平均濃度為13.2微克/立方公尺", "微克/立方公尺"),  # Taiwan's metre
    ("堤防加高2公尺", "公尺"),
    ("涉及約一百間食肆", "間"), ("新建教室300间", "间"),  # rooms and shops
    ("已核发排污许可证33万张", "张"),  # a count of licences, not a licence number
])
def test_compound_and_measure_units(text, unit):
    assert figs(text)[-1].unit == unit


def test_unit_keeps_the_documents_script():
    f = one("路檢或遙感監測車輛259.2萬余輛")
    assert f.unit == "輛" and f.text == "259.2萬余輛"
    assert one("日處理污水能力達到85萬噸").unit == "噸"


def test_a_unit_character_that_starts_a_word_is_not_a_unit():
    assert figs("共3人民警察") == [] and figs("发现5天然气井") == []


def test_bu_counts_machines_and_works_but_not_departments_or_parts():
    assert one("加装电梯430部").value == 430 and one("共制定地方性法规5部").unit == "部"
    for text in ("十部门联合印发通知", "其中一部分资金", "两部委联合发文", "由3部分组成", "三部曲", "省市县三级部署"):
        assert figs(text) == [], text
    assert one("共3人民币").unit == "人民币"  # a currency, longer than 人


# ---------------------------------------------------------------- kinds, direction, metric
@pytest.mark.parametrize("text, kind, direction", [
    ("PM2.5浓度同比下降3.1%", "change", "down"),
    ("重污染天数同比减少9天", "change", "down"),
    ("优良天数同比增加46天", "change", "up"),
    ("交易金额同比增长81.7%", "change", "up"),
    ("较2022年同期增加21.14%", "change", "up"),
    ("較省定目標(106)低9微克/立方米", "change", "down"),
    ("全年削减1.2万吨", "change", "down"),
    ("化肥用量下降到2022年的17.55万吨", "level", None),
    ("PM2.5浓度回落至32微克/立方米", "level", None),
    ("普及率达91%", "share", None),
    ("罚款19.29万元", "money", None),
    ("走访企业5719家", "count", None),
    ("优良天数112天", "level", None),
    ("力争到2025年城市再生水利用率达到55%", "target", None),
    ("省定目标为:优良天数195天", "target", None),
    ("率先完成省定15天目标", "target", None),
    ("一氧化碳下降率居全省第2位", "rank", None),
    ("在8个城市中排名第4位", "rank", None),
])
def test_kind_and_direction(text, kind, direction):
    f = figs(text)[-1]
    assert (f.kind, f.direction) == (kind, direction), describe(f)


def test_a_verb_that_gives_a_level_is_no_part_of_the_metric():
    for text in ("煤炭消费比重下降至55%", "煤炭消费比重减少至55%", "煤炭消费比重增长至55%"):
        [f] = figs(text)
        assert (f.metric, f.direction) == ("煤炭消费比重", None), describe(f)


def test_rank_needs_a_ranking_cue():
    f = one("分别位居全省第6名")
    assert (f.text, f.value, f.unit, f.kind, f.rule) == ("第6名", 6, "名", "rank", "rank")
    assert figs("这是第一位的任务") == []
    assert figs("召开第三次推进会") == [] and figs("第四场发布会") == []


@pytest.mark.parametrize("text, metric", [
    ("其中PM10濃度97微克/立方米", "PM10濃度"),
    ("上半年,全市优良天数112天", "优良天数"),
    ("累计拆解淘汰国三柴油货车446辆", "国三柴油货车"),
    ("全市受污染耕地安全利用率100%", "受污染耕地安全利用率"),
    ("设河长1826人", "河长"),
    ("全市PM2.5平均浓度控制在35微克/立方米以下", "PM2.5平均浓度"),  # a plan's verb before its target
    ("农村集中供水率将提高到95%", "农村集中供水率"),
    ("我们预计流域水生植物覆盖度将达到40%", "流域水生植物覆盖度"),
    ("项目计划总投资12亿元", "项目计划总投资"),  # planned: part of what is counted
    # verbs of reaching or exceeding, 已, and a comparison's baseline stay out; 占比 and 比例 are nouns
    ("日均客流量突破120万人次", "日均客流量"),
    ("参观人数高达5万人次", "参观人数"),
    ("新能源公交车占比已达到92%", "新能源公交车占比"),
    ("占比由38%提高到52%", "占比"),
    ("比例为35%", "比例"),
    ("降幅收窄1.2个百分点", "降幅"),
    ("通脹率預測為2.5%", "通脹率"),
    ("省级财政每年安排生态环境专项资金20亿元以上", "生态环境专项资金"),
    ("地表水达到或好于Ⅲ类水体比例达到75%", "地表水达到或好于Ⅲ类水体比例"),  # 达到或好于 is one comparison
    ("水源地水质达标率连续五年保持100%", "水源地水质达标率"),  # a duration before the verb
    ("国控断面水质综合指数在全省排名第3位", "国控断面水质综合指数"),  # a scope before the rank
    ("1到7月份中国进口的增长是31.1%", "中国进口的增长"),
    ("力争到今年年底城区垃圾分类覆盖率达到100%", "城区垃圾分类覆盖率"),
    ("对相关收运企业扣减服务费共计18万余元", "服务费"),
    ("相当于节约标准煤13万吨", "标准煤"),
    ("今年核发排污许可证33万张", "排污许可证"),  # the verbs of issuing and installing stay out
    ("计划再加装电梯200部", "电梯"),
    ("在低洼路段增设排涝泵站15座", "排涝泵站"),
    ("可回收物日均回收量610吨", "可回收物日均回收量"),  # 回收 in a noun is no verb
    ("全市可吸入颗粒物平均浓度为63微克/立方米", "可吸入颗粒物平均浓度"),
    ("年均增长5%以上", None),  # a rate per year names no noun
    ("与去年相比增长5%", None),
    ("他说，“确保全市PM2.5浓度再降低10%”。", "PM2.5浓度"),  # a quote the figure stands in opens before the metric
    ("（全市PM2.5浓度为30微克/立方米）", "PM2.5浓度"),
    ("国控断面水质比例确保达到75%", "国控断面水质比例"),  # (确保 is no part of it; a target only where the page plans)
    ("“千吨万人”饮用水水源地水质达标率为66.3%", "“千吨万人”饮用水水源地水质达标率"),  # (a quote closed before it stays)
])
def test_metric_is_the_noun_phrase_before_the_figure(text, metric):
    assert figs(text)[-1].metric == metric


@pytest.mark.parametrize("text", ["降幅收窄1.2个百分点", "增幅扩大0.5个百分点", "差距缩小3个百分点"])
def test_a_gap_that_narrows_or_widens_is_a_change_without_a_sign(text):
    f = figs(text)[-1]
    assert (f.kind, f.direction) == ("change", None), describe(f)


def test_listed_figures_share_kind_and_direction_and_a_list_after_its_phrases_takes_one_each():
    found = figs("PM10、PM2.5浓度累计下降幅度分别达到35.3%、35.6%")
    assert [f.value for f in found] == [35.3, 35.6]
    assert all(f.kind == "change" and f.direction == "down" for f in found)
    # 分别: as many phrases as figures, one each, in order
    assert [(f.metric, f.metric_rule) for f in found] == [("PM10", "distributive"), ("PM2.5浓度", "distributive")]
    ranks = figs("我市优良天数达标率、污染综合指数分别位居全省第6名、第13名。")
    assert [f.metric for f in ranks] == ["优良天数达标率", "污染综合指数"]
    # not as many phrases as figures, or no 分别: the list shares the first figure's metric
    assert {f.metric for f in figs("PM2.5浓度分别为35微克/立方米、32微克/立方米、30微克/立方米")} == {"PM2.5浓度"}
    assert {f.metric for f in figs("PM10和PM2.5浓度为60微克/立方米、35微克/立方米")} == {"PM10和PM2.5浓度"}
    # items that do not each name a measure (an ordinal, a region joined by 及): the whole list, not its last item
    assert {f.metric for f in figs("一、二、三产业增加值分别增长3.1%、5.2%和6.0%。")} == {"一、二、三产业增加值"}
    assert {f.metric for f in figs("京津冀及周边地区、汾渭平原PM2.5平均浓度分别下降8.2%和10.4%。")} == {
        "京津冀及周边地区、汾渭平原PM2.5平均浓度"}
    targets = figs("省定目标为:平均浓度分别为104微克/立方米、72微克/立方米")
    assert [f.kind for f in targets] == ["target", "target"]


def test_unitless_index_carries_its_metric_word_in_its_text():
    f = one("上半年,全市空气质量综合指数4.73,好于去年")
    assert (f.text, f.value, f.unit, f.rule) == ("综合指数4.73", 4.73, "", "index_value")
    assert f.metric == "空气质量综合指数"
    f = one("全市AQI均值为72。")  # an average between the index and its value
    assert (f.text, f.value, f.metric) == ("AQI均值为72", 72.0, "AQI")


# ---------------------------------------------------------------- ranges
@pytest.mark.parametrize("text, fig_text, low, high", [
    ("降水偏多1至2成", "1至2成", 10, 20), ("偏多一至二成", "一至二成", 10, 20), ("2-3成", "2-3成", 20, 30)])
def test_a_range_of_tenths(text, fig_text, low, high):
    f = one(text)
    assert (f.text, f.low, f.high, f.value, f.unit, f.rule) == (fig_text, low, high, (low + high) / 2, "%", "range")
    assert (f.range_low, f.range_high) == (low, high)


@pytest.mark.parametrize("text, fig_text, low, high, unit", [
    ("占比百分之四十至百分之四十五。", "百分之四十至百分之四十五", 40, 45, "%"),
    ("同比增长百分之十到十五，", "百分之十到十五", 10, 15, "%"),
    ("降幅在百分之三到百分之五之间。", "百分之三到百分之五", 3, 5, "%"),
    ("发生率在千分之五到千分之八。", "千分之五到千分之八", 5, 8, "‰")])
def test_a_range_of_percentages_in_words_is_one_figure(text, fig_text, low, high, unit):
    f = one(text)
    assert (f.text, f.range_low, f.range_high, f.value, f.unit, f.rule) == (fig_text, low, high, (low + high) / 2,
                                                                            unit, "range")


@pytest.mark.parametrize("text, texts", [
    ("从百分之五到百分之三。", ["百分之五", "百分之三"]),  # falling: two figures, as with digits
    ("增长百分之十到十五个百分点。", ["百分之十", "十五个百分点"])])  # the second end has a unit of its own
def test_percentages_in_words_that_are_no_range(text, texts):
    assert [f.text for f in figs(text)] == texts


@pytest.mark.parametrize("text", ["3—5个", "3-5个", "3至5个", "3～5个"])
def test_ranges(text):
    f = one(text)
    assert (f.low, f.high, f.value, f.unit, f.rule) == (3, 5, 4, "个", "range")


def test_range_takes_the_magnitude_of_its_second_number():
    f = one("投资3至5万元")
    assert (f.low, f.high) == (30000, 50000)


# ---------------------------------------------------------------- not figures
@pytest.mark.parametrize("text", [
    "2020年,全市", "2016年", "二〇二〇年", "2017—2019年土壤", "1月22日", "7月26日至9月20日", "10:16", "2021-1-23 10:16:14",
    "2023-12-13 15:10 主持人", "1—11月份", "1-6月,全市", "12月份",
    "“十三五”期间", "十四五规划", "利用“六五”世界环境日", "十三五初期",
    "PM2.5", "PM10和PM2.5", "O3污染", "NOx管控", "SO2", "国六排放标准", "确保国四及以下重型车辆", "國三排放",
    "一是加强", "(三)推进", "（一）推进", "1、强化检查", "三、土壤", "二是",
    "电话:0391-8797395", "联系电话:8877626。", "拨打12369热线", "“12369环境热线中心”", "豫ICP备14012713号",
    "许可证:41120180801", "粤府〔2020〕12号", "点击数: 9730 次", "29ddc4004459c0793b904c2d44b2fb8.jpg",
    "8个“2+26”城市中"[1:], "“1+10+N”清单", "“5+1”保洁作业模式", "调整为“2+1”", "2+26个城市"[:4],
    "“八降一增”", "“三散”治理", "“雙替代”改造", "“六个百分之百”", "“一次帮扶、两次督导、三次严惩”",
    "《廊坊市2024年大气污染综合治理工作方案》", "十九届五中全会", "市委十一届十三次全会",
    "一项基础性工作", "发现一起查处一起", "同一天", "一个中心", "唯一一家", "三五个",
    "增强四个意识、坚定四个自信、做到两个维护", "统筹推进五位一体总体布局", "十四届全国人大二次会议",
    "阅读次数：1234次", "严防产生二次污染", "我从三个方面介绍", "主要开展了五项工作", "主要有三条做法", "二〇二三年十二月十三日", "15时10分", "第十条", "5A级景区", "豫H12345",
    "7×24小时服务",  # a schedule, not 24 hours
    "谢谢两位。", "有请三位嘉宾入场", "请两位局长回答",  # the people present, addressed
    "两位好！", "三位嘉宾上午好", "两位领导好",  # and greeted
    "我有两个问题", "第一个问题请问范局长",  # questions counted in a talk
    "两位能否分别介绍一下", "三位如何看待", "今天到场的有三位问政嘉宾",  # the people asked, the panel
    "两者之间", "间隔时间",
    "还要看后三个季度的经济运行", "未来三个季度压力较大", "剩余两个月要抓紧",  # periods that scope, no durations
    "（满分5分）", "满分100分",  # the top of a scale
])
def test_not_figures(text):
    assert figs(text) == [], [describe(f) for f in figs(text)]


def test_a_delay_and_a_score_stay_figures():
    assert [(f.text, f.value) for f in figs("工程进度落后2个月，满意度评分4.6分（满分5分）")] == [("2个月", 2), ("4.6分", 4.6)]


def test_a_contribution_in_points_is_a_rise():
    f = one("资本形成总额拉动1.9个百分点")
    assert (f.kind, f.direction) == ("change", "up")


def test_a_lead_time_of_24_hours_stays_a_figure():
    assert [f.text for f in figs("提前24小时发布预警")] == ["24小时"]


def test_bounds_and_repeated_units():
    f = one("开展各类宣传活动不少于1,000场次")
    assert (f.value, f.unit, f.low, f.high, f.approximate) == (1000, "场次", 1000, None, True)
    f = one("每吨给予回收企业80元至150元的补贴")  # one range, the unit written on both ends
    assert (f.text, f.range_low, f.range_high, f.low, f.high, f.unit) == ("80元至150元", 80, 150, 80, 150, "元")
    assert (f.metric, f.metric_rule) == ("回收企业", "phrase_before")  # 的补贴 opens a relative clause


def test_plus_codes_leave_neighbouring_figures_alone():
    found = figs("在省内8个“2+26”城市中排名第4位,2+26个城市")
    assert [f.text for f in found] == ["8个", "第4位"]


def test_a_noun_that_ends_in_dian_does_not_hide_the_count_after_it():
    # 点 continues a number only after a numeral (三点五, 9点30分); after a noun (监测点, 网点) it does not
    assert [f.text for f in figs("全市设置空气监测点12个，配送網點56家")] == ["12个", "56家"]
    assert [f.text for f in figs("上午9点30分开会，排放下降三点五个百分点")] == ["三点五个百分点"]


def test_money_after_its_currency_sign_takes_the_sign_as_unit():
    found = figs("筹集资金¥1.2亿元，另有HK$300万的补贴")
    assert [(f.text, f.value, f.unit, f.kind, f.rule) for f in found] == [
        ("¥1.2亿元", 1.2e8, "¥", "money", "currency_sign"), ("HK$300万", 3e6, "HK$", "money", "currency_sign")]
    assert figs("执行$PATH或$2a即可") == []


# ---------------------------------------------------------------- offsets, slices, describe
def test_offsets_index_the_full_text_when_a_slice_is_given():
    text = "前言有12个。正文里有同比下降11.0%和85萬噸。"
    s = simplify(text)
    found = find_figures(text, s, start=7)
    assert [f.text for f in found] == ["11.0%", "85萬噸"]
    assert all(text[f.start:f.end] == f.text for f in found)
    assert [f.text for f in find_figures(text, s, 0, 7)] == ["12个"]


def test_simplified_copy_must_align():
    with pytest.raises(ValueError):
        find_figures("三个", "三")


def test_describe_explains_the_parse():
    line = describe(one("同比下降11.0%"))
    assert "11" in line and "%" in line and "change" in line and "down" in line and "rule=" in line


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("0123456789.,%-—至第万亿千百十一二两三五几多余约近以上个元吨天年月日“”《》()+PM国是、 同比下降增加")),
               max_size=60))
def test_never_raises_and_texts_slice_the_input(text):
    for f in figs(text):
        assert text[f.start:f.end] == f.text
        # a bare number is never a figure (位列第一 is a rank); one said with its magnitude (1200万) may be
        assert f.unit or f.rule in ("index_value", "rank") or f.rule == "bare_magnitude" and any(c in f.text for c in "万亿")


# ---------------------------------------------------------------- the shared corpus
def corpus_documents():
    for path in sorted(EXPECTED.glob("*.json")):
        expected = json.loads(path.read_text(encoding="utf-8"))
        yield pytest.param(expected, id=path.stem)


def load(name: str) -> tuple[str, str]:
    text = GLOSS.sub("", (CORPUS / name).read_text(encoding="utf-8"))
    return text, simplify(text)


def spot_checked(found, check) -> bool:
    return any(abs(f.value - check["value"]) <= 1e-6 * max(1.0, abs(check["value"]))
               and norm(f.unit) == norm(check["unit"]) and norm(f.text) in norm(check["text_contains"])
               for f in found)


@pytest.mark.parametrize("expected", list(corpus_documents()))
def test_corpus_spot_checks_on_the_raw_page(expected):
    text, simplified = load(expected["document"])
    found = find_figures(text, simplified)
    missed = [c for c in expected["figures_spot_check"] if not spot_checked(found, c)]
    assert missed == []
    assert all(text[f.start:f.end] == f.text for f in found)


@pytest.mark.parametrize("expected", list(corpus_documents()))
def test_corpus_cleaned_document_all_spot_checks_no_false_figures(expected):
    """On the cleaned article (page chrome such as a subscription price line removed)."""
    from analyzer.clean import clean
    from analyzer.ingest import read_page

    doc = clean(read_page(CORPUS / expected["document"]))
    found = find_figures(doc.text, doc.simplified)
    assert [c for c in expected["figures_spot_check"] if not spot_checked(found, c)] == []
    false = [f.text for f in found if any(norm(f.text) in norm(n) for n in expected["not_figures"])]
    assert false == []


def test_corpus_traditional_document_keeps_its_script():
    text, simplified = load("jiaozuo-2021-01-22-ecology-conference.txt")
    found = find_figures(text, simplified)
    by_text = {f.text: f for f in found}
    assert by_text["6.47萬戶"].value == 64700 and by_text["6.47萬戶"].unit == "戶"
    assert any(f.metric == "PM10濃度" for f in found)
    assert by_text["第2位"].kind == "rank"


def test_a_megabyte_of_corpus_text_yields_its_figures_once_per_copy():
    # speed is measured by `make bench` (bench/), never asserted here
    parts = [load(p.name) for p in sorted(CORPUS.glob("*.txt"))]
    text = "".join(t for t, _ in parts)
    simplified = "".join(s for _, s in parts)
    once = len(find_figures(text, simplified))
    times = 1_000_000 // len(text.encode()) + 1
    found = find_figures(text * times, simplified * times)
    assert once > 10 and len(found) == once * times


# ---------------------------------------------------------------- issue 10: metric attribution
def test_metric_is_the_noun_a_classifier_attaches_to_not_the_characters_before():
    found = figs("全市12个国控断面水质均达到或优于Ⅲ类，18个地市中排名第4")
    assert [(f.text, f.metric, f.metric_rule) for f in found[:2]] == [
        ("12个", "国控断面", "noun_after_unit"), ("18个", "地市", "noun_after_unit")]
    assert (found[2].text, found[2].kind, found[2].value) == ("第4", "rank", 4)


@pytest.mark.parametrize("text, fig_text, metric, rule", [
    ("拆除5台合计13.6万千瓦燃煤发电机组", "13.6万千瓦", "燃煤发电机组", "noun_after_unit"),
    ("拆除5台合计13.6万千瓦燃煤发电机组", "5台", "燃煤发电机组", "shared_after"),
    ("全年完成27家、累计完成92家企业搬迁改造", "27家", "企业", "shared_after"),
    ("集中式饮用水水源达标率100%", "100%", "集中式饮用水水源达标率", "phrase_before"),
    ("PM10浓度97微克/立方米，同比下降11.0%", "11.0%", "PM10浓度", "same_subject"),
    ("投诉约1340宗，按年减少18%", "18%", "投诉", "same_subject"),  # 按年: Hong Kong's and Macau's 同比
    ("水质指数同比改善7.36%，较十三五初期改善41.73%", "41.73%", "水质指数", "same_subject"),
    ("在全市营商环境考核中，市生态环境局较上一年度前进了4个位次", "4个位次", "营商环境考核", "rank_scope"),
    ("全市PM2.5浓度为71微克/立方米，在8个城市中排名第4位", "第4位", "PM2.5浓度", "same_subject"),
    ("对5家在产露天矿山实施治理", "5家", "在产露天矿山", "noun_after_unit"),
    ("开展覆盖11个县(市)区的检查", "11个", "县(市)区", "noun_after_unit"),
    ("60%城市生活污水处理厂完成提标改造", "60%", "城市生活污水处理厂", "noun_after_unit"),
    ("每吨给予回收企业80元至150元的补贴", "80元至150元", "回收企业", "phrase_before"),
    ("对3家企业处以罚款共计120万元", "3家", "企业", "noun_after_unit"),
    ("对3家企业处以罚款共计120万元", "120万元", "罚款", "phrase_before"),
    ("全市共办理环境信访件356件", "356件", "环境信访件", "phrase_before"),
    ("省级财政下达专项资金2.3亿元", "2.3亿元", "专项资金", "phrase_before"),
    # a listed item that names its own noun measures that, not what the item before it measured
    ("植树三十五万株，两千多家企业完成改造", "两千多家", "企业", "noun_after_unit"),
    ("治理河道35条、56公里", "56公里", "河道", "list_item"),
    # too long a subject without 的: its head in whole words, the qualifiers before it left out
    ("全国地级及以上城市细颗粒物（PM2.5）平均浓度为27微克/立方米", "27微克/立方米", "城市细颗粒物（PM2.5）平均浓度",
     "phrase_before"),
])
def test_metric_rules(text, fig_text, metric, rule):
    f = next(f for f in figs(text) if f.text == fig_text)
    assert (f.metric, f.metric_rule) == (metric, rule), describe(f)
    assert text[f.metric_start:f.metric_end] == f.metric


def test_metric_phrases_take_whole_words_from_tokens():
    text = "今年全市空气质量优良天数为286天。"
    tokens = [(0, 2), (2, 4), (4, 6), (6, 8), (8, 10), (10, 12), (12, 13), (13, 17), (17, 18)]
    [f] = find_figures(text, text, words=tokens)
    assert f.metric == "空气质量优良天数"


def test_sign_and_direction_are_kept_apart():
    up = one("出口同比增长-3.2%")
    down = one("PM2.5浓度同比下降2.5%")
    assert (up.value, up.sign, up.direction) == (-3.2, -1, "up")
    assert (down.value, down.sign, down.direction) == (2.5, 1, "down")


def test_explain_line_shows_sign_direction_range_and_metric_rule():
    line = describe(one("补贴三到五万元"))
    assert "range=[30000, 50000]" in line and "sign=+" in line and "direction=-" in line
    assert "metric=补贴 (phrase_before@0-2)" in line


def test_noise_levels_in_decibels_written_in_latin():
    assert [(f.text, f.unit, f.kind) for f in figs("昼间噪声55dB(A)，夜间等效声级为45.2dB")] == [
        ("55dB(A)", "dB(A)", "level"), ("45.2dB", "dB", "level")]


def test_a_population_is_counted_in_people():
    assert [(f.text, f.value, f.unit, f.metric) for f in figs("辖区八百多万人口，惠及20万人口。")] == [
        ("八百多万人口", 8_000_000.0, "人口", "辖区"), ("20万人口", 200_000.0, "人口", "惠及")]  # not 人 and a metric 口; 惠及 whole


def test_a_large_number_said_without_its_unit_is_a_level():
    found = figs("全市常住人口1200万，GDP达到1.2万亿。访港旅客人次超过3000万。投资额3000多万，千万不要大意。")
    assert [(f.text, f.value, f.unit, f.kind, f.metric) for f in found] == [
        ("1200万", 12_000_000.0, "", "level", "常住人口"), ("1.2万亿", 1.2e12, "", "level", "GDP"),
        ("3000万", 30_000_000.0, "", "level", "访港旅客人次"), ("3000多万", 30_000_000.0, "", "level", "投资额")]
    assert found[2].approximate and found[2].low == 30_000_000.0  # 超过
    assert figs("一万年太久。亿万人民。") == []  # no clause ends after the number


def test_the_yue_of_a_word_is_no_approximation():
    [saved, signed, about] = figs("节约12.6万吨标准煤，签约项目32个，产量约为5万吨。")
    assert (saved.text, saved.approximate, saved.metric) == ("12.6万吨标准煤", False, None)  # 节约: no 节
    assert (signed.approximate, signed.metric) == (False, "签约项目")
    assert (about.approximate, about.metric) == (True, "产量")


@pytest.mark.parametrize("text, metric", [
    ("參與人數大約有3萬人。", "參與人數"), ("開支約為港幣32億元。", "開支"), ("約相當於15個標準泳池。", "標準泳池"),
])
def test_approximations_before_a_verb_or_a_currency(text, metric):
    [f] = figs(text)
    assert (f.approximate, f.metric) == (True, metric)


def test_a_share_of_the_people_is_a_share():
    assert [(f.text, f.value) for f in figs("超过九成群众满意。")] == [("九成", 90.0)]  # 群众, not 成群


def test_fish_released_are_counted_by_the_tail_but_exhaust_is_no_unit():
    assert [(f.text, f.value, f.unit) for f in figs("增殖放流鱼苗320万尾。机动车尾气排放，3尾号限行。")] == [
        ("320万尾", 3_200_000.0, "尾")]


def test_animals_wells_and_sandbags_are_counted_but_only_never_is_a_unit():
    text = "越冬候鸟达3.5万只，生猪出栏500万头，新打机井120口，储备沙袋12万只。这3只是样本，一只手。"
    assert [(f.text, f.value, f.unit, f.metric) for f in figs(text)] == [
        ("3.5万只", 35000.0, "只", "越冬候鸟"), ("500万头", 5000000.0, "头", "生猪出栏"),
        ("120口", 120.0, "口", "新打机井"), ("12万只", 120000.0, "只", "储备沙袋")]


def test_a_table_row_measures_what_its_first_cell_names():
    text = "项目\t2023年\t2024年\t变化\nPM2.5（微克/立方米）\t35\t32\t-8.6%\n二氧化氮（微克/立方米）\t27\t25\t-7.4%\n"
    assert [(f.text, f.value, f.metric, f.metric_rule) for f in figs(text)] == [
        ("-8.6%", -8.6, "PM2.5", "row_label"), ("-7.4%", -7.4, "二氧化氮", "row_label")]
    # prose after a tab is no row: its phrase is the metric
    [f] = figs("王刚\t局长：今年全市PM2.5浓度下降5%。")
    assert f.metric_rule == "phrase_before" and "PM2.5" in f.metric


def test_a_share_that_opens_a_clause_with_its_own_noun_is_no_list_item():
    [rate, share] = figs("失业率下降0.3个百分点，三成以上项目开工。")
    assert (rate.kind, rate.direction, rate.metric) == ("change", "down", "失业率")
    assert (share.kind, share.direction, share.metric_rule) == ("share", None, "noun_after_unit")
    assert share.metric.startswith("项目")
    # items without a noun still share the first item's metric and kind
    assert [(f.metric, f.kind) for f in figs("PM2.5和PM10浓度下降5%，3%。")] == [("PM2.5和PM10浓度", "change")] * 2


@pytest.mark.parametrize("text, fig_text, metric", [
    ("地下水位平均回升1.26米。", "1.26米", "地下水位"),  # an average before its verb; 平均 is not cut to 平
    ("办件量日均超过5000件。", "5000件", "办件量"),
    ("新房均价为每平方米1.2万元。", "1.2万元", "新房均价"),  # the per-unit words of a price
    ("城区降尘量平均值为每月6.8吨。", "6.8吨", "城区降尘量平均值"),
    ("35岁以下青年就业人数增加2.1万人。", "2.1万人", "青年就业人数"),  # the bound of the figure before
    ("县级及以上集中式饮用水水源地水质达标率保持100%。", "100%", "集中式饮用水水源地水质达标率"),  # a cut scope
    ("【陈明】社会消费品零售总额达到980亿元。", "980亿元", "社会消费品零售总额"),  # a label run into the line
    ("韩冰——目前全县农村卫生厕所普及率达到92%。", "92%", "农村卫生厕所普及率"),
    ("建成区生活垃圾分类覆盖率实现100%。", "100%", "建成区生活垃圾分类覆盖率"),
    ("全市Ⅰ～Ⅲ类水质断面13个，占86.7%。", "86.7%", "Ⅰ～Ⅲ类水质断面"),  # 占 alone: what the clause before counted
    ("研发投入占营业收入6.8%。", "6.8%", "占营业收入"),  # (a share of a named whole keeps its words)
    ("今年共筹集保障性租赁住房1.8万套（间）。", "1.8万套", "保障性租赁住房"),  # 保障性 is no verb; （间） no noun
    # a change cue alone names nothing: the second level measures what the first does
    ("进水化学需氧量浓度由每升186毫克提高到每升241毫克。", "241毫克", "进水化学需氧量浓度"),
    ("新增排涝能力每秒15立方米。", "15立方米", "排涝能力"),  # the per-unit words of a rate
    ("全市共有山洪灾害危险区1320处。", "1320处", "山洪灾害危险区"),  # 有 as a verb; 有效 is a word of its own
    ("全市有效灌溉面积286万亩。", "286万亩", "有效灌溉面积"),
    ("全市共设立各级河长2100余名。", "2100余名", "各级河长"),
    ("除险加固病险水库12座。", "12座", "病险水库"),
    ("督察组共向被督察地方转办群众举报1.2万件。", "1.2万件", "群众举报"),
    ("把发车间隔压缩到10分钟以内。", "10分钟", "发车间隔"),  # a level's cue (压缩到) and 把 are cut
    ("事故率降低到千分之三。", "千分之三", "事故率"),
    ("投资额约为去年的1.5倍。", "1.5倍", "投资额"),  # the baseline of a multiple
    ("人均收入是全国平均水平的1.2倍。", "1.2倍", "人均收入"),
    ("把握度达到90%。", "90%", "把握度"),
    ("年内放流鱼苗200万尾。", "200万尾", "放流鱼苗"),  # a time scope before the phrase
    ("一季度全市生产总值完成856.3亿元。", "856.3亿元", "生产总值"),  # a quarter; 完成 links to the number
    ("前三季度出口增长5.3%。", "5.3%", "出口"),
    ("近三年来新增绿地120公顷。", "120公顷", "绿地"),  # a span of recent years
    # a month's end or part is a time scope like 年底 (not the metric 底)
    ("截至9月底已完成213座。", "213座", None),
    ("截至十月下旬已完成87%。", "87%", None),
    ("今年立案查处违法行为63起。", "63起", "违法行为"),  # 为 ends the word 行为: no link word to cut
    ("全市污水处理厂现有52座。", "52座", "污水处理厂"),  # 现有, 拥有 are verbs of their own, not a noun's end
    ("该县拥有A级景区18家。", "18家", "A级景区"),
    # where a change starts is no part of what changes (由最高时的42.8%降至31.5%)
    ("流感阳性率由最高时的42.8%降至31.5%。", "42.8%", "流感阳性率"),
    ("收盘价从去年的每吨48元上涨到每吨91.6元。", "48元", "收盘价"),
    ("从事环保产业的人数达到12万人。", "12万人", "从事环保产业的人数"),  # (从事 is a verb of its own)
    # words of a statistics release around the change: a span's average, a basis, a conjunction, an adverb
    ("规模以上工业增加值两年平均增长6.1%。", "6.1%", "规模以上工业增加值"),
    ("按可比口径同比增长12.7%。", "12.7%", None),
    ("但环比增长1.2%。", "1.2%", None),
    ("CPI只上涨0.3%。", "0.3%", "CPI"),
    ("实际增长4.2%。", "4.2%", None),
])
def test_qualifiers_around_a_metric_are_cut(text, fig_text, metric):
    assert next(f for f in figs(text) if f.text == fig_text).metric == metric


def test_a_number_starts_after_a_capital_digit_that_ends_a_word():
    text = "组建应急抢险队伍210支，大陆12个城市，着陆3次。人民币伍拾万元整。"
    assert [(f.text, f.value) for f in figs(text)] == [
        ("210支", 210.0), ("12个", 12.0), ("3次", 3.0), ("伍拾万元", 500000.0)]


def test_a_score_is_a_figure_only_where_the_sentence_rates_something():
    text = "群众满意度达99.2分，营商环境评价得分为86.5分。会议于10时30分开始，持续了45分钟，此事十分重要。"
    assert [(f.text, f.unit, f.metric) for f in figs(text)] == [
        ("99.2分", "分", "群众满意度"), ("86.5分", "分", "营商环境评价得分"), ("45分钟", "分钟", "持续")]


@pytest.mark.parametrize("text, metric", [
    ("全市共有3000家国有企业完成改革。", "国有企业"),  # 有 ends no noun inside 国有
    ("引进120名人才。", "人才"),
    ("有2340家公共机构开展垃圾分类。", "公共机构"),
    ("包括兴建3万个简约公屋单位。", "简约公屋单位"),
    ("削减3万吨煤和2万吨油。", "煤"),  # a one-character noun before a real stop stays one
    ("全市12个国考断面水质优良比例达到91.7%。", "国考断面"),  # 比 of 比例 is no comparison; the rate is its property
    ("3个县比上年增加。", "县"),
    ("安排专项资金3.8亿元支持污水管网建设。", "专项资金"),  # 支持 is the money's purpose, not what it counts
    ("下达补助资金2000万元用于农村改厕。", "补助资金"),
    ("全市约2万名义工参与服务。", "义工"),  # 名 before 义工 is a count, not 名义
    ("为3200多名灵活就业人员办理参保。", "灵活就业人员"),  # 就 of 就业 and 还 of 返还 are no adverbs
    ("向1.37万家企业返还失业保险费。", "企业"),
])
def test_a_stop_inside_the_first_word_after_a_unit_ends_no_noun(text, metric):
    assert figs(text)[0].metric == metric


@pytest.mark.parametrize("sentence, text", [
    ("约占全国总额的3.1%。", "3.1%"),  # 约 before a share of a whole, the whole between them
    ("总投资约新台币233亿元。", "233亿元"),  # 约 before the currency's name
])
def test_about_before_a_share_of_a_whole_or_a_currency_is_approximate(sentence, text):
    (f,) = find_figures(sentence, simplify(sentence))
    assert (f.text, f.approximate) == (text, True)
    (f,) = find_figures("节约占比达到5%。", simplify("节约占比达到5%。"))
    assert not f.approximate  # 节约 is no 约


def test_no_more_than_bounds_from_above():
    (f,) = find_figures("单个项目最高不超过300万元。", simplify("单个项目最高不超过300万元。"))
    assert (f.low, f.high, f.metric) == (None, 3000000, "单个项目最高")


def test_a_requirement_sets_the_figures_of_its_own_clause_only():
    """不低于/控制在 make a target of their clause's figures: the counts after the comma are counts."""
    found = figs("按不低于20%的比例抽查，已抽查603件，发现问题19件。")
    assert [(f.text, f.kind) for f in found] == [("20%", "target"), ("603件", "count"), ("19件", "count")]


def test_not_higher_than_is_a_bound_not_a_comparison():
    """不高于/不低于 are no 高于/低于 + what is compared: no change, no direction, no 不 in the metric."""
    for text in ("租金不高于同地段市场租金的90%。", "监管额度原则上不低于项目建安成本的1.2倍。"):
        (f,) = figs(text)
        assert (f.kind, f.direction) == ("target", None)
        assert not f.metric.endswith("不")
    (f,) = figs("高于全国0.6个百分点。")
    assert (f.kind, f.direction) == ("change", "up")


@pytest.mark.parametrize("text", ["任命2副局长。", "我想请问交通运输部和商务部的两位发布人。", "溶解氧一度降至很低水平。",
                                  "盗窃、聚众斗殴等罪名位居前四位。", "综合指数排名全省前三名。"])
def test_words_built_on_numerals_are_no_figures(text):
    assert figs(text) == []


def test_at_one_point_is_no_degree_and_a_space_before_the_number_keeps_the_cue():
    assert [(f.text, f.metric) for f in figs("水温一度达到35℃。")] == [("35℃", "水温")]
    assert [(f.kind, f.direction) for f in figs("比2010年下降 5.5%。")] == [("change", "down")]
    assert [(f.kind, f.direction) for f in figs("PM10浓度同比下降\u300012%。")] == [("change", "down")]
    assert [(f.kind, f.direction, f.metric) for f in figs("利润总额同比下降（-2.6%）。")] == [("change", "down", "利润总额")]
    assert [(f.kind, f.direction) for f in figs("平均处置时长较去年同期缩短4.3分钟。")] == [("change", "down")]


def test_a_metric_window_never_starts_inside_a_number():
    (f,) = figs("2022年全国单位国内生产总值能耗比2012年累计降低26.4%。")
    assert f.metric == "单位国内生产总值能耗"


def test_a_target_named_right_before_its_value_is_a_target():
    assert [f.kind for f in figs("全年预期目标6%左右。")] == ["target"]
    assert [f.kind for f in figs("完成省定年度目标（53微克/立方米）。")] == ["target"]
    assert [f.kind for f in figs("目标管理考核得分95分。")] == ["level"]  # 目标 in a word, not naming the value


@pytest.mark.parametrize("text", ["今年我市PM2.5年均浓度要降至45微克/立方米以下。", "优良天数比例要达到70%。",
                                  "今年计划筹集保障性租赁住房3200套。", "每千人口床位数将达到7.1张。", "今年计划再新建收集点30个。"])
def test_a_plan_or_a_requirement_said_with_yao_or_jiang_sets_a_target(text):
    assert [f.kind for f in figs(text)] == ["target"]
    assert [f.kind for f in figs(text.replace("要", "已").replace("计划", "已").replace("将", "已"))] != ["target"]


def test_a_bracketed_baseline_leaves_the_comparison_to_the_difference_after_it():
    got = [(f.text, f.kind, f.direction) for f in figs("Ⅰ～Ⅲ类比例为87.2%，较年度目标（86.0%）高1.2个百分点。")]
    assert got == [("87.2%", "share", None), ("86.0%", "target", None), ("1.2个百分点", "change", "up")]
    got = [(f.text, f.kind, f.direction, f.metric) for f in figs("人均消费高于全省平均水平（781.3元）48.3元。")]
    assert got == [("781.3元", "money", None, "人均消费"), ("48.3元", "change", "up", "人均消费")]


def test_unitless_ratios_and_rates_with_their_word_are_figures():
    assert [(f.value, f.unit, f.metric) for f in figs("城乡居民收入比为2.04。")] == [(2.04, "", "城乡居民收入比")]
    assert [(f.value, f.unit) for f in figs("亿元地区生产总值生产安全事故死亡率为0.021。")] == [(0.021, "")]
    assert [(f.value, f.unit) for f in figs("婴儿死亡率为3.2‰。")] == [(3.2, "‰")]  # a unit, where written, is kept
    assert [(f.value, f.unit) for f in figs("孕产妇死亡率为8.9/10万。")] == [(8.9, "/10万")]  # a rate per 100,000


@pytest.mark.parametrize("text, metric", [
    ("1—10月，全市计算机、通信和其他电子设备制造业增加值增长9.1%。", "计算机、通信和其他电子设备制造业增加值"),
    ("废纸、废塑料、废玻璃等可回收物年回收量约为22万吨。", "废纸、废塑料、废玻璃等可回收物年回收量"),
    ("全市规上工业、服务业增加值增长5%。", "规上工业、服务业增加值"),
    # the deed or preposition before the first item is no noun of the list
    ("今年开工建设廉租房、经济适用房和公共租赁住房共计1.2万套。", "廉租房、经济适用房和公共租赁住房"),
    ("编队由驱逐舰、护卫舰等舰艇4艘组成。", "驱逐舰、护卫舰等舰艇"),
    # ...but a verb that qualifies a two-word item stays (脱贫人口)
    ("脱贫人口、监测对象签约率达到100%。", "脱贫人口、监测对象签约率"),
    # items with a number or a deed of the metric vocabulary part clauses
    ("查处案件、罚没款共计3000万元。", "罚没款"),
    ("优良天数比例85%、PM2.5浓度下降5%。", "PM2.5浓度"),
])
def test_a_metric_that_ends_a_list_of_nouns_takes_the_whole_list(text, metric):
    assert figs(text)[-1].metric == metric


def test_numbers_listed_bare_before_a_figure_share_its_unit():
    found = figs("PM2.5、PM10平均浓度分别为30、52微克/立方米。")
    assert [(f.text, f.value, f.unit, f.metric, f.rule) for f in found] == [
        ("30", 30.0, "微克/立方米", "PM2.5", "shared_unit"), ("52微克/立方米", 52.0, "微克/立方米", "PM10平均浓度", "arabic_unit")]
    assert [f.value for f in figs("二氧化硫、二氧化氮、臭氧浓度分别为31、55、150微克/立方米。")] == [31, 55, 150]
    # a number after a break numbers a list; a name (PM2.5) or an ordinal (第1) is no item
    assert [f.text for f in figs("重点工作：\n1、20家企业完成改造。")] == ["20家"]
    assert [f.text for f in figs("PM2.5、52微克/立方米。")] == ["52微克/立方米"]
    assert [f.text for f in figs("第1、2名。")] == ["2名"]


def test_a_second_respectively_list_measures_the_figures_just_before_it():
    found = figs("立案侦办案件23起，抓获犯罪嫌疑人61名，同比分别上升27.8%和35.6%。")
    assert [(f.text, f.metric) for f in found] == [
        ("23起", "侦办案件"), ("61名", "犯罪嫌疑人"), ("27.8%", "侦办案件"), ("35.6%", "犯罪嫌疑人")]
    found = figs("PM2.5、PM10平均浓度分别为30、52微克/立方米，同比分别下降6.3%、3.7%。")
    assert [f.metric for f in found[2:]] == ["PM2.5", "PM10平均浓度"]
    # figures of an earlier sentence are not what the list measures
    assert [f.metric for f in figs("全年完成投资12亿元。新建项目5个，同比分别增长8%和10%。")][2:] == ["新建项目"] * 2


def test_the_quantity_a_price_is_per_is_no_figure_and_joins_the_unit():
    assert [(f.text, f.unit, f.metric) for f in figs("早籼稻最低收购价每50公斤121元。")] == [
        ("121元", "元/50公斤", "早籼稻最低收购价")]
    assert [(f.text, f.metric) for f in figs("精瘦肉平均零售价格为每500克16.85元。")] == [("16.85元", "精瘦肉平均零售价格")]
    # what a price or an amount is per joins its unit, so no price is summed with amounts
    assert [(f.text, f.unit) for f in figs("进口均价每吨4012元。")] == [("4012元", "元/吨")]
    assert [(f.text, f.unit) for f in figs("补助标准为每人每月500元。")] == [("500元", "元/人·月")]
    assert [(f.text, f.unit) for f in figs("总处理能力达到每日68.5万吨，浓度由每升186毫克提高到每升241毫克。")] == [
        ("68.5万吨", "吨/日"), ("186毫克", "毫克/升"), ("241毫克", "毫克/升")]
    assert [(f.text, f.unit) for f in figs("每年开展检查3次。")] == [("3次", "次")]  # (a count per year is a count)
    assert [(f.text, f.unit) for f in figs("入库流量每秒3200立方米。")] == [("3200立方米", "立方米/秒")]  # a flow


def test_a_change_in_a_clause_opened_by_a_plans_horizon_is_a_target():
    found = figs("到2030年，单位国内生产总值二氧化碳排放比2005年下降68%以上。")
    assert [(f.kind, f.direction, f.metric) for f in found] == [("target", "down", "单位国内生产总值二氧化碳排放")]
    # the link word before a comparison goes with it: 分别 ends no metric
    found = figs("到2025年，能源消耗和二氧化碳排放分别比2020年下降14%和18%。")
    assert [(f.kind, f.metric) for f in found] == [("target", "能源消耗"), ("target", "二氧化碳排放")]
    # a year after a change word is where the change goes, no horizon
    assert [f.kind for f in figs("PM2.5浓度由2020年的40微克下降了12%。")] == ["level", "change"]


def test_a_numbers_digits_and_things_pointed_back_to_are_no_figures():
    assert figs("预计今年收入录得两位数的升幅。") == []
    assert figs("这两条支流水质明显改善，那三个问题也已整改。") == []
    # the currency restated after 元 is not what the amount counts; 票 counts
    assert [(f.text, f.metric) for f in figs("进出口总值4318.6亿元人民币。")] == [("4318.6亿元", "进出口总值")]
    assert [(f.value, f.unit) for f in figs("满意8票，不满意5票。")] == [(8.0, "票"), (5.0, "票")]


@pytest.mark.parametrize("text, metric", [
    ("射程可达1600公里", "射程"),            # 可 before 达: a modal, no part of the noun
    ("局部雨量可达400毫米", "局部雨量"),
    ("核发取水许可120张", "取水许可"),        # ...but the 可 of 许可 is
    ("共计捕获渔获物320公斤", "捕获渔获物"),    # 共计 whole, not 共 and a stray 计
    ("全市在建工地1263个", "在建工地"),        # 在 of 在建 opens the noun
    ("1年期LPR为3.45%", "1年期LPR"),         # a loan's tenor, no span of years
    ("三是社会融资规模存量为398.6万亿元", "社会融资规模存量"),  # an item's number, no part of the noun
    ("给予最高50万元的创业启动补贴", "创业启动补贴"),  # a bound names nothing; the subsidy the amount is
    ("投入3.8亿元的治理资金", "治理资金"),
    ("超过150万吨的工业企业", None),                # ...but firms are no tonnage
    ("我每个月领低保，才300多块钱", None),          # an adverb alone names nothing
    ("预算大约为500万元", "预算"),                  # 大约为 whole, no 大 left behind
    ("剩下的8个点主要涉及施工围挡", "点"),           # a question word or an adverb ends the noun after a unit
    ("还剩下的8个点什么时候完成", "点"),
])
def test_metric_words_at_the_edges_of_the_phrase(text, metric):
    assert one(text).metric == metric


@pytest.mark.parametrize("text, expected", [
    # a class's threshold without 的, with a count of the class after it; a class bounded by a verb
    ("签约项目中，50亿元以上项目2个，10亿元以上项目9个。", [("2个", "50亿元以上项目"), ("9个", "10亿元以上项目")]),
    ("全市GDP超过1000亿元的区县有3个。", [("3个", "1000亿元的区县")]),
    ("投资额超1亿美元的外资项目100个。", [("100个", "投资额超1亿美元的外资项目")]),
    # a threshold with no count of its class after it is a quantity
    ("新增投资超过10亿元，其中工业项目12个。", [("10亿元", "投资"), ("12个", "工业项目")]),
    # calls and messages counted after a phone's word; a phone number is none
    ("今年共拦截诈骗电话860万次、短信312万条。", [("860万次", "拦截诈骗电话"), ("312万条", "短信")]),
    ("举报电话12345。咨询电话：0551-12345678。", []),
])
def test_class_thresholds_and_counts_of_calls(text, expected):
    assert [(f.text, f.metric) for f in figs(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a unit elided before 和: 2.1个和3.5个百分点
    ("优良天数比例和达标率分别同比上升2.1个和3.5个百分点。", [("2.1个", "个百分点", "change", "up"), ("3.5个百分点", "个百分点", "change", "up")]),
    # a cut with its object before the amount, a drag on growth, a river above its warning level
    ("削减化学需氧量1.2万吨。", [("1.2万吨", "吨", "change", "down")]),
    ("降低用电成本约25亿元。", [("25亿元", "元", "change", "down")]),
    ("发放碳减排贷款一千二百亿元。", [("一千二百亿元", "元", "money", None)]),  # (a cut that names a thing cuts nothing)
    ("出口拖累经济增长0.3个百分点。", [("0.3个百分点", "个百分点", "change", "down")]),
    ("消费拉动经济增长3.2个百分点。", [("3.2个百分点", "个百分点", "change", "up")]),
    ("贾鲁河中牟站超警戒水位0.85米。", [("0.85米", "米", "change", "up")]),
])
def test_elided_units_cuts_drags_and_levels_above_a_warning(text, expected):
    assert [(f.text, f.unit, f.kind, f.direction) for f in figs(text)] == expected


@pytest.mark.parametrize("text, metric", [
    ("下达中央转移支付资金12亿元。", "中央转移支付资金"), ("完成技术改造投资80亿元。", "技术改造投资"),
    ("全年城镇新增就业62.7万人。", "城镇新增就业")])
def test_a_noun_that_begins_with_a_verb_is_not_cut_there(text, metric):
    assert [f.metric for f in figs(text)] == [metric]


@pytest.mark.parametrize("text, expected", [
    ("下调7天期逆回购操作利率0.2个百分点。", [("0.2个百分点", "change", "down", "7天期逆回购操作利率")]),  # (a tenor is no figure)
    ("美联储降息50个基点，国债收益率下行约30BP。", [("50个基点", "change", "down", "美联储"), ("30BP", "change", "down", "国债收益率")]),
    ("上调最低工资标准200元。", [("200元", "change", "up", "最低工资标准")]),
    ("黄金储备为7280万盎司。", [("7280万盎司", "level", None, "黄金储备")]),
    ("分别下降5个、10个和15个百分点。", [("5个", "change", "down", None), ("10个", "change", "down", None),
                                   ("15个百分点", "change", "down", None)]),
])
def test_rate_moves_tenors_and_ounces(text, expected):
    assert [(f.text, f.kind, f.direction, f.metric) for f in figs(text)] == expected


@pytest.mark.parametrize("text", ["今明两天仍以晴天为主。", "这两天气温较高。", "我补充两个数据。", "每处理1吨垃圾。", "做好五篇大文章。", "首先我发布两条消息。", "和平共处五项原则是基础。", "实施144小时过境免签政策。",
                                  "扎实做好六稳工作、全面落实六保任务。"])
def test_slogans_policies_and_announcements_named_by_numbers_are_no_figures(text):
    assert figs(text) == []


@pytest.mark.parametrize("text, expected", [
    ("全市能耗同比下降1.9%，46家企业完成超低排放改造。", [("1.9%", "change", "能耗"), ("46家", "count", "企业")]),
    ("优良天数比例上升4.2个百分点，9个区县达到二级标准。", [("4.2个百分点", "change", "优良天数比例"), ("9个", "count", "区县")]),
    ("PM2.5浓度分别下降5%、3%。", [("5%", "change", "PM2.5浓度"), ("3%", "change", "PM2.5浓度")]),  # (a list stays one)
])
def test_a_count_of_another_kind_after_a_comma_opens_a_clause(text, expected):
    assert [(f.text, f.kind, f.metric) for f in figs(text)] == expected


def test_dioxin_in_nanograms():
    assert [(f.text, f.unit) for f in figs("二噁英排放浓度均值为0.03纳克/立方米，排放浓度为0.03ng/m³。")] == [
        ("0.03纳克/立方米", "纳克/立方米"), ("0.03ng/m³", "ng/m³")]


def test_a_note_in_brackets_that_opens_the_phrase_is_no_part_of_the_metric():
    assert [f.metric for f in figs("（赵晓东）中央水污染防治资金安排257亿元。")] == ["中央水污染防治资金安排"]


@pytest.mark.parametrize("text, metric", [
    ("全国339个地级及以上城市平均优良天数比例为87.2%。", "地级及以上城市"), ("12个城市均达标。", "城市"),
    ("全市12个区县人均GDP超过10万元。", "区县")])
def test_a_counts_noun_keeps_its_grade_and_stops_at_a_measure_of_it(text, metric):
    assert figs(text)[0].metric == metric


@pytest.mark.parametrize("text, expected", [
    ("較111年成長15.2％。", [("15.2％", "change", "up")]), ("出口衰退3.1%。", [("3.1%", "change", "down")]),
    ("2024臺南燈會吸引遊客300萬人次。", [("300萬人次", "count", None)]),  # (a year before a Taiwan city counts no machines)
    ("新购置电脑300台。", [("300台", "count", None)]),
])
def test_taiwan_growth_words_and_a_number_before_a_taiwan_city(text, expected):
    assert [(f.text, f.kind, f.direction) for f in figs(text)] == expected


def test_a_clause_of_what_was_done_after_a_targets_clause_is_no_target():
    assert [(f.text, f.kind) for f in figs("全省森林覆盖率目标为60%，去年新增造林28.6万亩，森林蓄积量增加0.7亿立方米。")] == [
        ("60%", "target"), ("28.6万亩", "level"), ("0.7亿立方米", "change")]
    assert [f.kind for f in figs("力争到2025年，全市PM2.5浓度下降到30微克/立方米，优良天数比例达到85%。")] == ["target", "target"]
    # a clause of a year before the target's says where things stand; a later year is another target
    assert [(f.text, f.kind) for f in figs("到2025年，研发经费投入强度达到3.5%左右，2023年这一比例为3.28%，提高0.12个百分点。")] == [
        ("3.5%", "target"), ("3.28%", "share"), ("0.12个百分点", "change")]
    assert [f.kind for f in figs("到2025年，全市森林覆盖率达到45%，2030年达到50%。")] == ["target", "target"]


@pytest.mark.parametrize("text, kind, direction", [
    ("GDP增速只有4.2%。", "change", "up"), ("工业增加值增速在5%左右。", "change", "up"),
    ("我们提出了5%左右的增长目标。", "target", None),
    ("全年能否实现8%以上的增长？", "change", "up"), ("保持6%左右的增速。", "change", "up")])  # (a growth rate named after it)
def test_growth_rates_with_a_word_between_and_a_target_named_after_the_figure(text, kind, direction):
    (f,) = figs(text)
    assert (f.kind, f.direction) == (kind, direction)


@pytest.mark.parametrize("text, metric", [
    ("6月以来日均供水量达到142.3万吨。", "日均供水量"), ("内河航道里程达到1200公里。", "内河航道里程"), ("起步价为10元。", "起步价")])
def test_the_rest_of_a_time_adverbial_opens_no_metric(text, metric):
    assert figs(text)[0].metric == metric


@pytest.mark.parametrize("text, unit", [("每亩纯收益300元。", "元/亩"), ("每户收入增加3000元。", "元/户")])
def test_an_income_per_unit_is_per_that_unit(text, unit):
    assert figs(text)[0].unit == unit


@pytest.mark.parametrize("text, metric", [
    ("截至17时已复电143.2万户。", "复电"), ("6日8时至7日17时最大累计雨量为465.2毫米。", "最大累计雨量")])
def test_a_time_of_day_scopes_the_figure_and_opens_no_metric(text, metric):
    assert figs(text)[0].metric == metric


@pytest.mark.parametrize("text, expected", [
    ("全省有27个站出现12级以上大风。", ("12级", 12)),  # a wind force's bound, not a grade's (二级以上医院)
    ("阵风8级以上。", ("8级", 8)),
    ("最大风力16级。", ("16级", 16)),
    ("火场最大坡度超过45度。", ("45度", 45)),  # a slope
])
def test_wind_forces_and_slopes(text, expected):
    assert (expected[0], expected[1]) in [(f.text, f.value) for f in figs(text)]


def test_a_grade_of_hospitals_is_no_wind_force():
    assert [f.text for f in figs("全市二级以上医院36家。")] == ["36家"]


@pytest.mark.parametrize("text, expected", [
    ("判处有期徒刑三年六个月，并处罚金人民币5万元。", [("三年六个月", 42, "个月"), ("5万元", 50000, "元")]),  # in months, whole
    ("判处有期徒刑一年，缓刑二年。", [("一年", 1, "年"), ("二年", 2, "年")]),
    ("为期3年的专项行动。", [("3年", 3, "年")]),
    ("2023年全市生产总值创新高。", []),  # a year alone is a date
    ("十五年前，这里还是一片荒滩。", []),
])
def test_terms_in_years_and_months_after_the_word_that_makes_them_one(text, expected):
    assert [(f.text, f.value, f.unit) for f in figs(text)] == expected


def test_a_clause_that_places_a_measure_names_the_next_clauses_value():
    """最大降雨量出现在青石镇，为286.5毫米: the maximum, not the average the sentence gave before."""
    got = [(f.text, f.metric) for f in figs("全市平均降雨量142.3毫米，最大降雨量出现在青石镇，为286.5毫米。")]
    assert got == [("142.3毫米", "平均降雨量"), ("286.5毫米", "最大降雨量")]
    assert [(f.metric, f.metric_rule) for f in figs("最高气温出现在7月15日，达39.8℃。")] == [("最高气温", "located_subject")]
    assert [f.metric for f in figs("优良天数286天，同比增加12天。")] == ["优良天数", "优良天数"]


def test_a_part_counted_among_the_figure_before():
    """住院的32人中重症9人: 中 opens the part, not a noun of the 32 (中德企业家, 中小企业 are nouns)."""
    assert [(f.text, f.metric) for f in figs("仍在住院的32人中重症9人。")] == [("32人", "仍在住院"), ("9人", "重症")]
    assert [f.metric for f in figs("同30多位中德企业家代表座谈。")] == ["中德企业家代表座谈"]
    assert [f.metric for f in figs("中德贸易额增长5%。")] == ["中德贸易额"]


@pytest.mark.parametrize("text, kind, direction", [
    ("明确到2025年底，全国危险废物利用处置能力达到2.1亿吨/年。", "target", None),  # (明确到, 要求到: a horizon set)
    ("较2月末上升134亿美元，升幅0.4%。", "change", "up"),
    ("再压降10%。", "change", "down"),
])
def test_horizons_set_and_rises_and_cuts_named_by_their_size(text, kind, direction):
    f = figs(text)[-1]
    assert (f.kind, f.direction) == (kind, direction)


def test_a_rank_of_a_water_level_or_a_record():
    assert [(f.text, f.kind) for f in figs("江州站水位为1998年以来第2高水位。")] == [("第2高", "rank")]
    assert [(f.text, f.kind) for f in figs("创下第二高纪录。")] == [("第二高", "rank")]
    assert figs("发布第二高温预警。") == []


def test_wages_per_hour_a_ceiling_that_may_be_reached_and_a_burden_eased():
    assert [(f.value, f.unit) for f in figs("最低工资标准为20.5元/小时。")] == [(20.5, "元/小时")]
    f = one("补贴最高可达3万元。")
    assert (f.value, f.low, f.high, f.approximate) == (30000, None, 30000, True)
    assert [(f.kind, f.direction) for f in figs("群众负担减轻了三分之二。")] == [("change", "down")]


def test_a_list_items_number_is_no_part_of_the_metric():
    assert [f.metric for f in figs("1.空气质量优良天数为326天。\n2.地表水达标率为90%。")] == ["空气质量优良天数", "地表水达标率"]
    assert [f.metric for f in figs("（一）全年出动执法人员3560人次。")] == ["出动执法人员"]


def test_half_of_a_whole_after_a_word_that_measures_a_share():
    f = one("低保对象中老年人占比接近一半。")
    assert (f.text, f.value, f.unit, f.kind, f.high, f.approximate) == ("一半", 50, "%", "share", 50, True)
    assert figs("我的另一半。") == [] and figs("工作做了一半。") == []
