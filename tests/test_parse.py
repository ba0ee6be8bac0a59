"""Parser: layouts, roster and aliases, roles and outlets, turn kinds, Q–A links, news attribution."""
from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from analyzer.clean import clean
from analyzer.errors import EmptyAfterCleaning
from analyzer.model import Page
from analyzer.parse import parse
from tests.pages import conf_of, names, speaker_titles

CORPUS = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpus"


def corpus(name: str):
    from analyzer.pipeline import load

    return load(CORPUS / name)


def by_name(conf, name):
    return next(p for p in conf.participants if p.name == name)


# ------------------------------------------------------------------ small inputs, one per layout
LABEL_LINES = """绿城市生态环境状况新闻发布会

市委宣传部副部长王明（主持人）：

各位记者朋友：大家好！出席今天发布会的有：市生态环境局局长张国强先生，市水务局副局长刘芳女士。首先请张国强先生介绍有关情况。

市生态环境局局长张国强：

各位媒体朋友：

今年以来，全市优良天数达到210天，同比增加12天。

主持人：

下面请记者提问。

绿城日报记者：

这个问题请问刘局长，今年的水质怎么样？

刘芳 ：

全市12个断面全部达标。

张国强回答：

我补充一点，黑臭水体已经全部消除。

绿城电视台记者：

请问明年的目标是什么？

主持人：

今天的发布会到此结束。谢谢大家！
"""


def test_label_lines_roster_roles_and_links():
    conf = conf_of(LABEL_LINES)
    assert conf.doc_type == "transcript"
    assert "label lines" in conf.layout
    assert names(conf, "moderator") == ["王明"]
    assert set(names(conf, "speaker")) == {"张国强", "刘芳"}
    outlets = sorted(p.organisation for p in conf.participants if p.role == "reporter")
    assert outlets == ["绿城日报", "绿城电视台"]
    kinds = [t.kind for t in conf.turns]
    assert kinds[0] == "opening" and kinds[1] == "statement" and kinds[-1] == "closing"
    q1, q2 = conf.qa_pairs
    # addressee named by surname + title, several answerers
    assert conf.participant(q1.addressee).name == "刘芳"
    assert [conf.participant(a).name for a in q1.answerers] == ["刘芳", "张国强"]
    assert q1.status == "answered" and len(q1.answer_turns) == 2
    # a question the moderator cuts off is kept and marked unanswered
    assert q2.status == "unanswered" and q2.answer_turns == () and q2.outlet == "绿城电视台"


def test_salutations_and_list_intros_are_not_labels():
    conf = conf_of(LABEL_LINES + "\n张国强：\n\n我市主要开展了五项工作：\n\n一是治水。他们是：\n\n女士们、先生们，媒体朋友们：\n\n谢谢。\n")
    texts = [conf.text[t.start:t.start + 6] for t in conf.turns]
    assert not any(t.startswith(("一是", "谢谢。")) for t in texts)
    assert all(p.name not in ("我市主要开展了五项工作", "他们是") for p in conf.participants)


LIVE = ("图文直播\n2024-05-10 09:00 主持人 各位记者朋友，大家上午好！今天我们邀请市环保局局长赵强先生、市交通局副局长钱亮先生，"
        "介绍有关情况。首先请赵强先生介绍。 2024-05-10 09:02 赵强 今年全市PM2.5浓度35微克/立方米。\n"
        "2024-05-10 09:08 主持人 下面请记者提问。 2024-05-10 09:08 东方日报记者 请问钱局长，柴油货车治理有何进展？ "
        "2024-05-10 09:09 钱亮 今年淘汰柴油货车500辆。\n2024-05-10 09:12 主持人 发布会到此结束。")


def test_timestamped_live_text_with_times_and_addressee():
    conf = conf_of(LIVE)
    assert conf.layout.startswith("timestamped live text")
    assert conf.date == "2024-05-10"
    assert [t.time for t in conf.turns] == ["09:00", "09:02", "09:08", "09:08", "09:09", "09:12"]
    assert [t.kind for t in conf.turns] == ["opening", "statement", "procedural", "question", "answer", "closing"]
    (pair,) = conf.qa_pairs
    assert conf.participant(pair.addressee).name == "钱亮"
    assert pair.outlet == "东方日报"
    assert by_name(conf, "赵强").title == "市环保局局长"


INLINE = """外交部发言人主持例行记者会

2024年3月1日，外交部发言人林海主持例行记者会。

问：请问中方对这次会议有何评论？

答：我们欢迎会议取得积极成果。

新华社记者：中方是否会派团参加？

外交部发言人 林海：我们会适时发布消息。
"""


def test_inline_labels_title_only_and_lead_named_person():
    conf = conf_of(INLINE)
    assert conf.doc_type == "transcript"
    assert "inline labels" in conf.layout
    assert [t.kind for t in conf.turns] == ["question", "answer", "question", "answer"]
    spokes = [p for p in conf.participants if p.role == "speaker"]
    assert [p.name for p in spokes] == ["林海"]
    assert [conf.participant(a).name for a in conf.qa_pairs[0].answerers] == ["林海"]
    assert conf.qa_pairs[1].outlet == "新华社"


def test_a_page_that_opens_inside_an_answer_begun_on_the_page_before():
    conf = conf_of("国新办举行新闻发布会（文字实录·下）\n上一页 1 2 下一页\n\n……要继续保持流动性合理充裕。M2余额313.53万亿元。"
                   "以上就是我对这个问题的回答。\n\n寿小丽：请继续提问。\n\n人民日报记者：请问宣副行长，会不会降息？\n\n"
                   "宣继红：我们将择机降准降息。\n")
    first, second = conf.qa_pairs
    assert first.status == "orphan" and first.question_turn is None and first.answer_turns == (0,)
    assert conf.turn_text(conf.turns[0]).startswith("……要继续保持") and conf.turns[0].kind == "answer"
    assert second.status == "answered"


def test_orphan_answer_when_page_starts_mid_conference():
    text = ("王建：\n\n谢谢你的提问。关于这个问题，我们已经完成整改。\n\n光明日报记者：\n\n请问下一步怎么做？\n\n"
            "王建：\n\n我们将继续推进。\n")
    conf = conf_of(text)
    first, second = conf.qa_pairs
    assert first.status == "orphan" and first.question_turn is None and first.answer_turns == (0,)
    assert second.status == "answered" and second.question_turn == 1


def test_damaged_label_resolved_from_roster_and_handoff():
    text = ("主持人：\n\n出席今天发布会的有：市环境局党组成员、副局长高健先生，市环境局副局长李博先生。首先，请高健先生介绍有关情况。\n\n"
            "市环境局党组成员、副局长高。\n\n大家好！今年成效明显。\n\n晚报记者：\n\n请问李局长，空气如何？\n\n李博：\n\n持续改善。\n")
    conf = conf_of(text)
    assert [conf.participant(t.participant).name for t in conf.turns[1:2]] == ["高健"]
    assert conf.turns[1].kind == "statement"
    assert conf.participant(conf.qa_pairs[0].addressee).name == "李博"


@pytest.mark.parametrize("opening", [
    "各位记者朋友，大家下午好！出席今天发布会的有：州文化和旅游局局长杨慧敏、州商务局副局长段永刚。下面请杨局长介绍有关情况。",
    "各位记者，上午好！今天我们邀请到州文化和旅游局局长杨慧敏，州商务局副局长 段永刚，介绍有关情况。首先请杨局长介绍。",
])
def test_officials_the_hosts_opening_lists_without_honorifics_are_named(opening):
    """The host's opening turn is about the event: the officials it lists or invites are the panel, named
    and titled, so the short forms of their labels (杨局长：, 段局长：) find them."""
    conf = conf_of(f"州政府新闻办召开春节假期文旅市场新闻发布会\n主持人：{opening}\n杨局长：全州接待游客126.5万人次。\n"
                   "主持人：下面开始提问。\n云岭日报记者：请问段局长，消费券发放情况如何？\n段局长：共发放消费券1000万元。\n")
    assert speaker_titles(conf) == {"杨慧敏": "州文化和旅游局局长", "段永刚": "州商务局副局长"}
    (pair,) = conf.qa_pairs
    assert conf.participant(pair.addressee).name == "段永刚"
    assert [conf.participant(a).name for a in pair.answerers] == ["段永刚"]


def test_a_title_the_host_joins_with_bing_he_keeps_no_conjunction():
    conf = conf_of("清河市生态环境质量新闻发布会\n孟凡超：各位记者朋友，上午好。今天请市生态环境局局长许立新先生通报情况，"
                   "并和副局长贺晴女士、总工程师程一帆先生一起回答大家的提问。\n许立新：全市优良天数302天。\n"
                   "清河日报记者：请问贺局长，臭气治理如何？\n贺晴：恶臭浓度下降了约六成。\n")
    titles = speaker_titles(conf)
    assert titles["贺晴"] in ("副局长", "市生态环境局副局长") and titles["程一帆"] in ("总工程师", "市生态环境局总工程师")


def test_a_roster_the_host_says_after_a_sentence_stays_in_the_hosts_turn():
    conf = conf_of("州政府新闻办召开春节假期文旅市场新闻发布会\n主持人：各位记者朋友，大家下午好！欢迎参加今天的发布会。"
                   "出席今天发布会的有：州文化和旅游局局长杨慧敏，州商务局副局长段永刚。\n杨局长：全州接待游客126.5万人次。\n")
    opening = conf.turns[0]
    assert conf.text[opening.start:opening.end].endswith("州商务局副局长段永刚。")
    assert speaker_titles(conf) == {"杨慧敏": "州文化和旅游局局长", "段永刚": "州商务局副局长"}


def test_a_host_who_invites_with_qinglai_gives_the_whole_title():
    conf = conf_of("国新办举行新闻发布会\n主持人：今天我们非常高兴请来中国证监会副主席方思远先生，介绍有关情况。\n"
                   "方思远：A股上市公司超过5300家。\n")
    assert speaker_titles(conf) == {"方思远": "中国证监会副主席"}


NEWS = """市政府召开大气污染防治推进会

本报讯（记者 陈明）昨日，全市大气污染防治推进会召开。市委书记周正、市长吴刚出席会议并讲话。副市长郑强通报了工作进展情况。

周正强调，一要提高认识，坚定信心。二要落实责任。

二要加强督导，确保完成目标。

吴刚在讲话中指出，要统筹发展和保护，确保完成年度目标任务。
"""


def test_news_story_reported_speech_attributed():
    conf = conf_of(NEWS)
    assert conf.doc_type == "news_report"
    assert names(conf, "speaker") == ["周正", "吴刚"]
    assert conf.qa_pairs == ()
    assert all(t.kind == "statement" for t in conf.turns)
    zhou = by_name(conf, "周正")
    assert zhou.title == "市委书记"
    assert [t.participant for t in conf.turns].count(zhou.id) == 1
    assert "二要加强督导" in conf.text[conf.turns[0].start:conf.turns[0].end]


def test_reported_speech_with_the_post_after_the_name():
    conf = conf_of("市防汛抗旱指挥部召开新闻发布会\n7月26日，市防汛抗旱指挥部召开新闻发布会。出席发布会的有市应急管理局局长王刚、"
                   "市水利局局长李建华。\n\n王刚局长指出，截至晚上7时，全市共接获险情报告36宗。\n\n"
                   "李建华表示，全市已转移群众1.2万人。\n")
    assert names(conf, "speaker") == ["王刚", "李建华"]
    assert conf.turn_text(conf.turns[0]).startswith("王刚局长指出") and by_name(conf, "王刚").title == "市应急管理局局长"


def test_report_without_speakers():
    text = ("关于环境保护督察整改情况的报告\n\n一、整改工作进展。全市完成整改任务34项，其余正在推进。\n\n"
            "二、信访件办理。督察期间交办的228件信访件全部办结。\n\n三、下一步工作。持续巩固整改成效，严防问题反弹。\n")
    conf = conf_of(text)
    assert conf.doc_type == "report" and conf.participants == () and conf.turns == ()


# ------------------------------------------------------------------ the shared corpus
def test_corpus_jiaozuo_traditional_label_lines():
    conf = corpus("jiaozuo-2021-01-22-ecology-conference.txt")
    assert (conf.doc_type, conf.date, conf.document.script) == ("transcript", "2021-01-22", "traditional")
    assert names(conf, "moderator") == ["李旭華"]
    assert names(conf, "speaker") == ["高健", "李博", "付勝堂", "元俊江", "申軍強"]
    assert [p.organisation for p in conf.participants if p.role == "reporter"] == [
        "河南日報", "大河報", "中新社", "大河網", "河南電視臺"]
    # the damaged statement label is resolved to 高健
    statement = [t for t in conf.turns if t.kind == "statement"]
    assert [conf.participant(t.participant).name for t in statement] == ["高健"]
    pairs = conf.qa_pairs
    assert [conf.participant(p.addressee).name if p.addressee else None for p in pairs] == [
        "高健", None, None, "申軍強", None]
    assert [[conf.participant(a).name for a in p.answerers] for p in pairs] == [
        ["李博"], ["付勝堂"], ["元俊江"], ["申軍強"], ["李博"]]
    assert "高局長" in by_name(conf, "高健").aliases or "高局长" in by_name(conf, "高健").aliases


def test_corpus_langfang_titles_and_lead_moderator():
    conf = corpus("langfang-2024-07-26-ecology-conference.txt")
    assert conf.date == "2024-07-26"
    assert names(conf, "moderator") == ["吴源生"]
    assert set(names(conf, "speaker")) == {"尹崧", "刘东伟", "朱淑贞"}
    assert [p.outlet for p in conf.qa_pairs] == ["河北广播电视台", "廊坊传媒网"]
    assert [t.role for t in conf.turns] == ["moderator", "speaker", "reporter", "speaker", "reporter", "speaker",
                                           "moderator"]


def test_corpus_taian_live_text():
    conf = corpus("taian-2023-12-13-live-text-conference.txt")
    assert conf.layout.startswith("timestamped live text")
    assert [t.time for t in conf.turns][:3] == ["15:00", "15:01", "15:04"]
    assert len(conf.qa_pairs) == 4
    assert "大眾日" in conf.qa_pairs[3].outlet
    assert [conf.participant(p.answerers[0]).name for p in conf.qa_pairs] == ["公維剛", "李金路", "李偉", "孫建修"]


def test_corpus_news_and_report():
    news = corpus("jiaozuo-2016-09-24-air-meeting-news.txt")
    assert news.doc_type == "news_report" and names(news, "speaker") == ["王小平", "徐衣显"]
    assert news.date in ("2016-09-23", "2016-09-24")
    report = corpus("jiaozuo-2023-05-29-inspection-report.txt")
    assert report.doc_type == "report" and report.participants == ()


# ------------------------------------------------------------------ properties
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=st.sampled_from(list("主持人记者问答:：。，\n 李博局长王明先生出席今天发布会的有日报请问2023-12-1315:10(")) )
       | st.text())
def test_parser_never_raises_and_turns_slice_text(text):
    try:
        doc = clean(Page(source="<h>", text=text, encoding="utf-8"))
    except EmptyAfterCleaning:
        return
    conf = parse(doc)
    for t in conf.turns:
        assert 0 <= t.start <= t.end <= len(doc.text)
        assert conf.turn_text(t) == doc.text[t.start:t.end]
    for p in conf.qa_pairs:
        if p.question_turn is not None:
            assert all(a > p.question_turn for a in p.answer_turns)


LABEL_TOKENS = ["主持人：", "【主持人】", "（市生态环境局局长）", "主持人（市政府新闻办副主任 张伟）：", "寿小丽", "寿小丽：",
                "发布人：", "市生态环境局副局长 ", "王建国", "王建国：", "先生", "。", "，", "\n", "10:05\n",
                "2023-12-13 15:10 ", "新华社记者：", "问（新华社记者）：", "答（王建国）：", "答：", "问：", "请问王局长，",
                "”陈卫东说。", "“", "他强调，", "出席今天发布会的有", "全市优良天数达到286天", "谢谢你的提问。", " ",
                "主持人——", "王建国——", "记者——", "？"]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(LABEL_TOKENS), max_size=40).map("".join))
@example("【主持人】（市生态环境局局长）【主持人】寿小丽：")  # a bracket label's rest once read over the next one
def test_parser_on_label_shaped_text_keeps_turns_ordered_and_sliced(text):
    try:
        doc = clean(Page(source="<h>", text=text, encoding="utf-8"))
    except EmptyAfterCleaning:
        return
    conf = parse(doc)
    prev_end = 0
    for t in conf.turns:
        assert prev_end <= t.start <= t.end <= len(doc.text)
        assert conf.turn_text(t) == doc.text[t.start:t.end]
        prev_end = t.end
    ids = {p.id for p in conf.participants}
    assert all(t.participant in ids for t in conf.turns)


@pytest.mark.parametrize("name", sorted(p.name for p in CORPUS.glob("*.txt")))
def test_corpus_turns_slice_cleaned_text(name):
    conf = corpus(name)
    for t in conf.turns:
        assert conf.text[t.start:t.end].strip() == conf.text[t.start:t.end]
        assert t.end > t.start


def test_bracket_labels_time_only_stamps_and_named_host():
    text = ("10:00 主持人 李明：各位记者，出席今天发布会的有市水利局局长孙涛先生。请孙涛先生介绍情况。\n"
            "10:03 孙涛：今年新建污水管网120公里。\n10:10 北方日报记者问：请问孙局长，明年计划如何？\n"
            "10:11 孙涛：明年再建80公里。\n10:15 主持人 李明：发布会到此结束。\n")
    conf = conf_of(text)
    assert conf.layout.startswith("timestamped live text")
    assert names(conf, "moderator") == ["李明"]
    assert [t.time for t in conf.turns] == ["10:00", "10:03", "10:10", "10:11", "10:15"]
    assert conf.qa_pairs[0].outlet == "北方日报"
    brackets = conf_of("【主持人】各位好，请市长周强先生介绍。\n【周强】今年完成造林3万亩。\n【南方日报记者】请问周市长，明年呢？\n"
                       "【周强】明年再造林5万亩。\n")
    assert brackets.layout.startswith("bracket labels")
    assert [t.kind for t in brackets.turns] == ["opening", "statement", "question", "answer"]


# ------------------------------------------------------------------ more label forms seen on government sites
def turns_of(conf):
    people = {p.id: p for p in conf.participants}
    return [(t.kind, people[t.participant].name if t.participant else None) for t in conf.turns]


def test_rare_surname_label_is_known_from_the_introduction():
    conf = conf_of(
        "国务院新闻办举行新闻发布会\n"
        "主持人 国务院新闻办公室新闻局副局长 寿小丽：\n欢迎出席发布会。今天我们邀请到生态环境部副部长赵英民先生。首先请赵英民先生介绍。\n"
        "赵英民：\n全国优良天数比例为85.5%。\n"
        "寿小丽：\n下面进入提问环节。\n"
        "红星新闻记者：\n请问赵部长，下一步有什么考虑？\n"
        "赵英民：\n我们将持续深入打好蓝天保卫战。\n"
        "寿小丽：\n今天的发布会就到这里。\n"
    )
    host = by_name(conf, "寿小丽")
    assert host.role == "moderator" and host.title == "国务院新闻办公室新闻局副局长"
    assert turns_of(conf) == [("opening", "寿小丽"), ("statement", "赵英民"), ("procedural", "寿小丽"),
                              ("question", None), ("answer", "赵英民"), ("closing", "寿小丽")]


@pytest.mark.parametrize("when", ["17日应询", "答记者问时", "今天在例行记者会上", ""])
def test_a_lead_that_says_who_answers_the_questions_below_is_no_empty_turn(when):
    conf = conf_of("国务院台办发言人答记者问\n2024-04-17 11:45　来源：国务院台湾事务办公室\n"
                   f"国务院台办发言人朱晓红{when}表示：\n问：有记者问，民进党当局提高“国防预算”，对此有何评论？\n"
                   "答：只会把台湾推向兵凶战危的险境。\n")
    spokesperson = by_name(conf, "朱晓红")
    assert (spokesperson.title, spokesperson.role) == ("国务院台办发言人", "speaker")
    assert [t.kind for t in conf.turns] == ["question", "answer"] and conf.qa_pairs[0].answerers == (spokesperson.id,)


@pytest.mark.parametrize("post", ["省应急管理厅厅长：", "（省应急管理厅厅长）"])
def test_a_bracketed_name_then_its_post_is_one_label(post):
    conf = conf_of("甘肃地震灾后重建新闻发布会\n【主持人】（省政府新闻办主任 马立新）\n下面进入提问环节。\n【记者】甘肃日报：\n"
                   f"请问张厅长，过渡安置房什么时候能建好？\n【张建国】{post}\n我们计划建成活动板房1.2万套。\n")
    host, official = by_name(conf, "马立新"), by_name(conf, "张建国")
    assert (host.role, host.title) == ("moderator", "省政府新闻办主任")
    assert (official.role, official.title) == ("speaker", "省应急管理厅厅长")
    assert conf.qa_pairs[0].addressee == official.id and conf.turn_text(conf.turns[-1]).startswith("我们计划")


def test_bracket_host_label_followed_by_title_and_name():
    conf = conf_of(
        "省生态环境厅例行新闻发布会\n"
        "【主持人】省生态环境厅宣传教育处处长 刘明：\n各位媒体朋友，下午好！今天参加发布会的有：省生态环境厅副厅长陈志强先生。\n"
        "【陈志强】\n今年全省地表水优良比例为92.3%。\n"
        "【刘明】\n下面请记者提问。\n"
        "【河南日报记者】\n请问陈厅长，冬季有哪些措施？\n"
        "【陈志强】\n我们将推进超低排放改造。\n"
        "【刘明】\n本次发布会到此结束。\n"
    )
    assert by_name(conf, "刘明").role == "moderator"
    assert by_name(conf, "刘明").title == "省生态环境厅宣传教育处处长"
    assert [k for k, _ in turns_of(conf)] == ["opening", "statement", "procedural", "question", "answer", "closing"]
    assert conf.turn_text(conf.turns[0]).startswith("各位媒体朋友")


def test_parenthesised_titles_in_labels():
    conf = conf_of(
        "市政府新闻办举行新闻发布会\n"
        "主持人（市政府新闻办副主任 张伟）：各位记者，上午好。出席今天发布会的是市生态环境局局长李强先生、市水务局副局长王芳女士。\n"
        "李强（市生态环境局局长）：今年全市优良天数达到286天。\n"
        "人民网记者：请问王局长，黑臭水体治理进展怎样？\n"
        "王芳（市水务局副局长）：全市42条黑臭水体已全部完成整治。\n"
        "记者（经济日报）：我想问李局长，碳达峰有何规划？\n"
        "李强：我们将关停落后产能企业30家。\n"
    )
    assert by_name(conf, "张伟").role == "moderator"
    assert by_name(conf, "李强").title == "市生态环境局局长"  # not "出席今天发布会的是…"
    assert by_name(conf, "王芳").title == "市水务局副局长"
    assert {p.organisation for p in conf.participants if p.role == "reporter"} == {"人民网", "经济日报"}
    named = conf_of("主持人：出席今天发布会的有市发展和改革委员会主任欧阳明辉先生。\n"
                    "记者 王磊（新华社）：请问欧阳主任，新能源装机有什么进展？\n欧阳明辉：全市新能源装机达到520万千瓦。\n")
    reporter = next(p for p in named.participants if p.role == "reporter")
    assert (reporter.name, reporter.organisation) == ("王磊", "新华社")
    assert named.participant(named.qa_pairs[0].addressee).name == "欧阳明辉"
    q = [(conf.participant(x.addressee).name, [conf.participant(a).name for a in x.answerers]) for x in conf.qa_pairs]
    assert q == [("王芳", ["王芳"]), ("李强", ["李强"])]


def test_declaration_lines_add_to_the_roster_without_a_turn():
    conf = conf_of(
        "市市场监管局食品安全新闻发布会\n"
        "发布人：市市场监督管理局党组成员、副局长 訾明辉\n"
        "主持人：市委宣传部新闻发布处处长 谭雯\n"
        "谭雯：各位记者朋友，大家下午好。下面请訾明辉副局长发布。\n"
        "訾明辉：今年全市共检查食品生产经营主体2.3万家次。\n"
        "记者提问：校园食品安全方面有哪些措施？\n"
        "訾明辉回答：我们对全市学校食堂实现了明厨亮灶全覆盖。\n"
    )
    assert conf.title == "市市场监管局食品安全新闻发布会"
    assert by_name(conf, "谭雯").role == "moderator"
    zi = by_name(conf, "訾明辉")
    assert zi.role == "speaker" and zi.title == "市市场监督管理局党组成员、副局长"
    assert turns_of(conf) == [("opening", "谭雯"), ("statement", "訾明辉"), ("question", None), ("answer", "訾明辉")]
    reporter = next(p for p in conf.participants if p.role == "reporter")
    assert reporter.name is None  # "记者提问" is no reporter called 提问


def test_title_without_headline_comes_from_the_event_the_opening_names():
    conf = conf_of(
        "2023-11-08 10:00 主持人 大家上午好！今天，我们召开“守护蓝天”系列新闻发布会第二场，邀请市生态环境局局长周华先生介绍情况。"
        " 2023-11-08 10:01 周华 全市优良天数为231天。 2023-11-08 10:05 新华社记者 请问周局长，下一步怎么做？"
        " 2023-11-08 10:06 周华 我们将继续治理。"
    )
    assert conf.title == "“守护蓝天”系列新闻发布会"


def test_a_byline_under_the_headline_is_not_the_headline():
    conf = conf_of("在全市生态环境保护大会上的讲话\n市长 王建华\n（2024年1月20日）\n同志们：\n"
                   "今天召开全市生态环境保护大会，主要任务是总结工作、部署任务。过去一年，全市PM2.5平均浓度同比下降5.2%。\n")
    assert conf.title == "在全市生态环境保护大会上的讲话"


@pytest.mark.parametrize("page, headline", [
    ("乐平市“民生实事”系列新闻发布会（第五场）：婚姻登记与儿童福利\n发布人：\n孟庆华　乐平市民政局副局长\n"
     "主持人：\n卢婷　乐平市人民政府新闻办公室新闻发布科科长\n【卢婷】各位记者，下午好。\n【孟庆华】全市办理婚姻登记3200对。\n",
     "乐平市“民生实事”系列新闻发布会（第五场）：婚姻登记与儿童福利"),
    ("【政风行风热线】市医疗保障局局长做客直播间 解答异地就医热点问题\n上线单位：青禾市医疗保障局\n"
     "主持人：各位听众朋友大家早上好。\n汪振华：大家好。\n", "市医疗保障局局长做客直播间 解答异地就医热点问题"),
    # fields in brackets: the venue is no headline, the topic names the interview
    ("在线访谈\n【访谈主题】优化城市交通 缓解出行难\n【访谈地点】南溪市政府网站演播室\n【访谈嘉宾】市交通运输局局长 黄志明\n"
     "【主持人】林静\n主持人：各位网友上午好。\n黄志明：大家好。\n", "优化城市交通 缓解出行难"),
    # a story's credit line: who wrote it
    ("人社局召开养老金调整新闻发布会\n台州晚报全媒体记者 王丽 通讯员 陈强\n市人社局副局长李明介绍，今年全市养老金人均每月增加56元。\n",
     "人社局召开养老金调整新闻发布会"),
    ("台州晚报全媒体记者 王丽 通讯员 陈强\n本报讯 昨天，市人社局召开养老金调整新闻发布会。\n"
     "市人社局副局长李明介绍，今年全市养老金人均每月增加56元。\n", "养老金调整新闻发布会"),  # (the event the lead names)
    # a live page's entry under its clock time
    ("【直播】昆明市第87场疫情防控新闻发布会\n2022-08-12 15:02 掌上春城\n15:00 发布会开始\n主持人：市委宣传部副部长 段红梅\n"
     "段红梅：各位媒体朋友，下午好。\n", "昆明市第87场疫情防控新闻发布会"),
])
def test_a_roster_line_and_a_programmes_field_are_no_headline(page, headline):
    assert conf_of(page).title == headline


def test_a_headline_that_opens_with_a_title_word_is_no_byline():
    # 谈实录 reads as a surname-led name after 市长热线访, but no title word comes right before it
    conf = conf_of("市长热线访谈实录\n主持人——各位听众朋友，大家好！今天做客直播间的是市生态环境局局长王刚。\n"
                   "王刚——大家好！\n听众——我家附近工地晚上施工太吵了，怎么办？\n王刚——您可以拨打12369反映。\n")
    assert conf.title == "市长热线访谈实录"
    # nor is a title word followed by words that are no name (市长在线访谈: 在线访谈)
    conf = conf_of("市长在线访谈\n主持人——各位网友，大家好！今天做客的是市生态环境局局长王刚。\n"
                   "王刚——大家好！\n网友——工地夜里施工太吵了，怎么办？\n王刚——您可以拨打12369反映。\n")
    assert conf.title == "市长在线访谈"
    # a name set apart by a space stays a byline, whatever the words before it
    conf = conf_of("垃圾分类的东湖经验\n市长热线 王刚\n（2024年5月20日）\n"
                   "近年来，东湖市围绕垃圾分类工作持续发力，全市已建成分类收集点1200个，覆盖居民小区860个。\n")
    assert conf.title == "垃圾分类的东湖经验"


def test_a_date_that_bounds_a_period_is_not_the_pages_date():
    text = ("省生态环境厅负责人就条例答记者问\n"
            "问：条例何时施行？\n答：条例自2024年3月1日起施行，截至2023年12月31日已征求意见两轮。\n")
    assert conf_of(text).date is None
    assert conf_of("发布时间：2024-01-18 15:00\n" + text).date == "2024-01-18"
    # the date that opens the period, with no 自 before it: "将于2024年7月1日起施行"
    lead = "近日，《条例》经市人大常委会审议通过，将于2024年7月1日起施行。市司法局负责人回答了记者提问。\n"
    assert conf_of("市司法局负责人就《条例》答记者问\n" + lead + "问：背景是什么？\n答：臭氧污染问题日益突出。\n").date is None


def test_the_lead_dates_the_briefing_before_the_headline_dates_what_it_announces():
    conf = conf_of("地铁3号线9月28日开通，发布会全文来了\n发布时间：2024-09-25 10:30\n"
                   "9月24日上午，市政府新闻办召开新闻发布会，介绍地铁3号线开通准备情况。\n主持人：请介绍。\n"
                   "王刚：3号线全长30公里。\n记者：票价多少？\n王刚：起步价2元。\n")
    assert conf.date == "2024-09-24"


def test_dated_headline_and_a_title_without_its_date():
    conf = conf_of(
        "2023年9月5日外交部发言人毛宁主持例行记者会\n"
        "毛宁：各位记者朋友，下午好。下面请提问。\n"
        "法新社记者：中方对此有何评论？\n"
        "毛宁：我们注意到有关报道。\n"
    )
    assert conf.title == "2023年9月5日外交部发言人毛宁主持例行记者会"
    assert by_name(conf, "毛宁").title == "外交部发言人"


def test_the_headline_is_not_the_headers_subject_line():
    conf = conf_of(
        "渝州市生态环境局“优化环评审批服务”新闻发布会实录\n\n"
        "时间：2024年4月18日（星期四）上午10:00\n地点：市政府新闻发布厅\n"
        "主题：通报2024年一季度全市环评审批工作情况\n"
        "主持人：各位记者，上午好。请邢局长介绍。\n邢海涛：一季度审批项目86个。\n记者：下一步？\n邢海涛：继续优化。\n"
    )
    assert conf.title == "渝州市生态环境局“优化环评审批服务”新闻发布会实录"


def test_a_speaker_alone_on_a_line_with_the_time_after_the_name():
    conf = conf_of("东湖市水环境治理新闻发布会文字直播\n主持人 赵磊 10:00\n各位记者朋友，上午好！今天我们邀请到市水务局局长周海洋。\n"
                   "周海洋 10:02\n全市新建污水管网320公里。\n东湖日报记者 10:16\n请问周局长，雨污分流改造什么时候完成？\n"
                   "周海洋 10:17\n计划到2026年底全面完成。\n")
    assert [(t.role, t.time) for t in conf.turns] == [
        ("moderator", "10:00"), ("speaker", "10:02"), ("reporter", "10:16"), ("speaker", "10:17")]
    assert names(conf, "moderator") == ["赵磊"] and names(conf, "speaker") == ["周海洋"]
    assert [(q.outlet, conf.participant(q.addressee).name) for q in conf.qa_pairs] == [("东湖日报", "周海洋")]


def test_a_callers_line_check_without_a_hello_asks_nothing():
    conf = conf_of("热线实录\n主持人：各位听众好。今天走进直播间的是市市场监管局副局长何振宇。\n听众王先生来电：喂，是热线吗？\n"
                   "主持人：是的，请讲。\n听众王先生来电：秤谁来管？\n何振宇：我们来管。\n")
    assert [(q.status, conf.turn_text(conf.turns[q.question_turn])) for q in conf.qa_pairs] == [("answered", "秤谁来管？")]


def test_a_hotline_callers_hello_a_relayed_text_message_and_the_hosts_farewell_invitation():
    conf = conf_of("政风行风热线\n主持人：今天走进直播间的是市医疗保障局局长汪振华。下面接听热线电话。\n"
                   "市民（张先生）：喂，你好，是政风行风热线吗？\n主持人：是的，您请讲。\n"
                   "市民（张先生）：我父亲在上海住院能不能直接报销？\n汪振华：可以办理异地就医备案。\n"
                   "市民（张先生）：哦，那就好那就好，谢谢啊。\n"
                   "主持人：我们还收到一条短信，尾号6628的听众问：明年个人账户划入比例还要调整，是真的吗？\n"
                   "汪振华：目前省里还在研究，暂时不便具体评论。\n"
                   "主持人：汪局长，最后您还有什么要跟听众说的吗？\n汪振华：感谢听众朋友们的关注。\n")
    kinds = [t.kind for t in conf.turns]
    assert kinds[1] == "procedural" and kinds[5] == "procedural"  # a hello and a thanks ask nothing
    assert [(conf.turns[q.question_turn].role, q.status) for q in conf.qa_pairs] == [
        ("reporter", "answered"), ("moderator", "answered")]
    assert kinds[-2:] == ["procedural", "statement"]  # the host's farewell invitation asks nothing


def test_a_bracketed_label_after_a_bracketed_time_stamp():
    conf = conf_of("人社局长在线访谈\n[14:30] 【主持人】：各位网友大家好，今天做客的是市人社局局长郑可。\n"
                   "[14:32] 【郑可】：主持人好！\n[14:36] 【网友“东湖边的风”】：请问稳岗返还今年还有吗？\n"
                   "[14:37] 【郑可】：今年继续实施。\n")
    assert [(t.role, t.time) for t in conf.turns] == [("moderator", "14:30"), ("speaker", "14:32"),
                                                     ("reporter", "14:36"), ("speaker", "14:37")]
    assert conf.participant(conf.qa_pairs[0].reporter).name == "东湖边的风"


def test_time_stamps_on_their_own_line_belong_to_the_next_turn():
    conf = conf_of(
        "市卫生健康委员会新闻发布会文字实录\n时间：2024年3月2日上午10:00\n"
        "10:00\n主持人：大家上午好。出席今天发布会的有市卫生健康委员会主任严立新先生。\n"
        "10:03\n严立新：今年全市新增医疗床位1200张。\n"
        "10:12\n新华社记者 王磊：请问严主任，家庭医生签约服务进展如何？\n"
        "10:13\n严立新：全市家庭医生签约人数达到320万人。\n"
    )
    assert [t.time for t in conf.turns] == ["10:00", "10:03", "10:12", "10:13"]
    assert all(":" not in conf.turn_text(t)[-6:] for t in conf.turns)  # no stamp left at a turn's end
    reporter = next(p for p in conf.participants if p.role == "reporter")
    assert (reporter.name, reporter.organisation) == ("王磊", "新华社")
    assert conf.date == "2024-03-02"


def test_labels_run_into_one_paragraph_when_line_breaks_were_lost():
    conf = conf_of(
        "市生态环境局召开新闻发布会\n"
        "主持人：各位记者朋友，上午好！出席今天发布会的有市生态环境局局长王建国先生、副局长刘慧敏女士。"
        "首先请王建国局长介绍情况。 王建国：今年全市优良天数达到286天。 主持人：下面请记者提问。"
        " 新华社记者：请问刘局长，水质情况如何？ 刘慧敏：全市12个国考断面全部达到优良。"
        "他表示：水质还将改善。 人民日报记者：明年有什么目标？ 王建国：力争优良天数比例达到80%。\n"
    )
    assert conf.doc_type == "transcript"
    assert turns_of(conf) == [("opening", None), ("statement", "王建国"), ("procedural", None), ("question", None),
                              ("answer", "刘慧敏"), ("question", None), ("answer", "王建国")]
    assert "他表示：水质还将改善。" in conf.turn_text(conf.turns[4])  # reported speech is no label
    assert [q.status for q in conf.qa_pairs] == ["answered", "answered"]
    # a name the page never introduces, run in twice beside the host's and a reporter's labels
    conf = conf_of("东湖市新闻发布会\n主持人：请王刚局长介绍情况。王刚：今年全市优良天数300天。"
                   "东湖日报记者：请问王局长，明年目标是多少？王刚：310天。主持人：发布会到此结束。\n")
    assert turns_of(conf) == [("opening", None), ("statement", "王刚"), ("question", None), ("answer", "王刚"),
                              ("closing", None)]
    # a name run in twice with no role's label beside it is prose
    assert conf_of("东湖日报讯 王刚说了两件事。一是王刚：今年治污。二是王刚：明年植绿。\n").doc_type != "transcript"


def test_question_and_answer_labels_with_the_person_in_parentheses():
    conf = conf_of(
        "市生态环境局例行新闻发布会\n"
        "主持人：出席今天发布会的有市生态环境局局长王建国先生、市水利局副局长陈立明先生。\n"
        "问（新华社记者）：请问陈局长，河道治理进展如何？\n"
        "答（陈立明）：全市已完成河道治理120公里。\n"
        "问（南湖日报记者）：空气质量怎么样？\n"
        "答（王建国）：全市优良天数达到286天。\n"
        "记者问（南湖电视台记者）：噪声投诉怎么处理？\n"
        "王建国答：投诉全部在三天内办结。\n"
        "南湖晚报记者（张伟）：扬尘呢？\n陈立明（市水利局）：我们严格管控。\n"
        "赵敏（东湖日报记者）：秸秆呢？\n王建国：全面禁烧。\n"
        "记者（南湖网 刘洋）：噪声呢？\n王建国：加强执法。\n"
        "李明（新华社记者）：污水呢？\n陈立明：全部收集处理。\n"  # a news agency, named by nothing before 社
    )
    assert [(conf.participant(q.reporter).organisation, [conf.participant(a).name for a in q.answerers])
            for q in conf.qa_pairs] == [("新华社", ["陈立明"]), ("南湖日报", ["王建国"]), ("南湖电视台", ["王建国"]),
                                         ("南湖晚报", ["陈立明"]), ("东湖日报", ["王建国"]), ("南湖网", ["王建国"]),
                                         ("新华社", ["陈立明"])]
    assert [conf.participant(q.reporter).name for q in conf.qa_pairs][3:] == ["张伟", "赵敏", "刘洋", "李明"]


def test_a_briefing_of_one_presenter_whose_host_the_lead_names_is_a_transcript():
    conf = conf_of("市中级人民法院新闻发布会\n2024年3月1日，市中级人民法院召开新闻发布会。副院长王明通报情况，新闻发言人李华主持。\n"
                   "李华：\n各位记者，上午好！下面请王明副院长通报情况。\n王明：\n2023年，全市法院审结案件1.2万件，同比上升5.1%。\n"
                   "李华：\n今天的发布会到此结束。\n")
    assert [(p.name, p.role) for p in conf.participants] == [("李华", "moderator"), ("王明", "speaker")]
    assert [t.kind for t in conf.turns] == ["opening", "statement", "closing"]


def test_a_bracketed_askers_heading_over_the_questions_asks_nothing():
    conf = conf_of("市高院新闻发布会\n主持人：请郭明副院长发布。\n郭明（市高级人民法院副院长）：全市法院受理案件1.2万件。\n【记者提问】\n"
                   "南屏日报记者：请问如何保障？\n郭明：我们将加强监督。\n")
    assert [t.kind for t in conf.turns] == ["opening", "statement", "question", "answer"]
    assert [p.status for p in conf.qa_pairs] == ["answered"]
    # a bare word in brackets that never speaks is a heading, no speaker with an empty turn
    conf = conf_of("市水务局新闻发布会\n主持人：请王局长介绍。\n王刚（市水务局局长）：漏损率降至8.7%。\n[文字版]\n主持人：请记者提问。\n"
                   "记者：请问供水能力如何？\n王刚（市水务局局长）：新增日供水能力8万吨。\n")
    assert all(p.name != "文字版" for p in conf.participants) and all(t.end > t.start for t in conf.turns)


def test_a_second_official_labelled_once_after_the_first_answer_answers_too():
    conf = conf_of("市统计局新闻发布会\n主持人：请提问。\n第一财经记者：第一个问题想问刘局长，工业形势如何？第二个问题问王主任，"
                   "下半年有何措施？\n刘建军：规模以上工业增加值增长3.2%。\n王海燕：关于第二个问题，下半年将推出20条措施。\n")
    assert names(conf, "speaker") == ["刘建军", "王海燕"]
    assert [t.kind for t in conf.turns] == ["opening", "question", "answer", "answer"]
    assert [len(p.answerers) for p in conf.qa_pairs] == [2]


@pytest.mark.parametrize("gap", ["", "\n"])
def test_the_official_named_in_brackets_before_a_bare_answer_mark_answers(gap):
    conf = conf_of("某市空气质量新闻发布会\n市生态环境局局长王大力、市交通运输局副局长李志刚出席并回答记者提问。\n"
                   f"问：新能源公交车推广情况如何？{gap}（李志刚）答：全市新能源公交车3200辆。\n")
    assert [(t.kind, t.participant) for t in conf.turns] == [
        ("question", conf.turns[0].participant), ("answer", by_name(conf, "李志刚").id)]
    assert conf.qa_pairs[0].status == "answered"


def test_a_question_its_asker_signs_in_brackets_after_it_on_an_unlabelled_line():
    conf = conf_of("森林防灭火新闻发布会\n发布人：\n北岸省应急管理厅副厅长 韩振东\n主持人：\n北岸省政府新闻办副主任 许志远\n"
                   "许志远：下面进入提问环节。\n请问韩副厅长，清明祭扫用火有哪些管控措施？（新华社记者）\n"
                   "韩振东：设立检查站3200余个。\n想请问一下，处罚标准是什么？（北岸广播电视台）\n韩振东：处200元以上3000元以下罚款。\n"
                   "许志远：今天的发布会就到这里。\n")
    assert [t.kind for t in conf.turns] == ["opening", "question", "answer", "question", "answer", "closing"]
    assert [(q.outlet, q.status) for q in conf.qa_pairs] == [("新华社", "answered"), ("北岸广播电视台", "answered")]
    assert conf.qa_pairs[0].addressee == by_name(conf, "韩振东").id


def test_a_paper_named_in_book_title_marks_after_its_country_is_the_askers_outlet():
    conf = conf_of("外交部发言人汪文斌主持例行记者会\n汪文斌：下面开始提问。\n美国《纽约时报》记者：中方对此有何评论？\n"
                   "汪文斌：我们已多次阐明立场。\n问（台湾《联合报》）：请问有何回应？\n答：中方立场是一贯的。\n"
                   "《环球时报》记者：请问发言人，中方是否会派团出席？\n汪文斌：我没有可以提供的消息。\n")
    assert [q.outlet for q in conf.qa_pairs] == ["纽约时报", "联合报", "环球时报"]
    assert [t.kind for t in conf.turns][1:] == ["question", "answer"] * 3


def test_the_asker_or_official_alone_on_a_bare_marks_line_with_the_words_on_the_next():
    conf = conf_of("省气象局寒潮天气新闻发布会\n省气候中心主任何振宇、省气象台台长苏晴出席发布会。\n问：新华社记者\n"
                   "这次寒潮和往年相比有什么特点？\nA：何振宇\n主要原因是季风爆发偏早。\nQ：深圳特区报记者\n"
                   "今年“龙舟水”为什么这么猛？\nA：苏晴\n降水偏多三成。\n")
    who = {p.id: p.name for p in conf.participants}
    assert [(q.outlet, [who[a] for a in q.answerers]) for q in conf.qa_pairs] == [
        ("新华社", ["何振宇"]), ("深圳特区报", ["苏晴"])]
    assert conf.turn_text(conf.turns[0]) == "这次寒潮和往年相比有什么特点？"


def test_an_interview_printed_without_labels_asks_on_lines_of_their_own():
    page = ("对话市生态环境局局长王刚：让蓝天白云成为江城常态\n本报记者 林晓雯\n今年前5个月，我市空气质量总体情况如何？\n"
            "今年1至5月，全市优良天数达到128天。\n取得这样的成绩，主要靠哪些措施？\n一是压减燃煤，淘汰燃煤锅炉126台。\n")
    conf = conf_of(page)
    assert [t.kind for t in conf.turns] == ["question", "answer", "question", "answer"]
    assert {conf.turns[1].participant, conf.turns[3].participant} == {by_name(conf, "王刚").id}
    # a story whose lines ask, with no interview's cue, stays a story
    story = conf_of("市区停车难问题调查\n停车难在哪里？\n老城区车位缺口约3万个。\n怎么破解？\n新建停车场12处。\n")
    assert not any(t.kind == "question" for t in story.turns)


def test_numbered_questions_over_the_labelled_answers_of_the_one_interviewed():
    conf = conf_of("河阳日报 2023年12月28日 第2版\n访谈\n守护一江清水  建设美丽河阳\n——访市水利局局长马振华\n本报记者 田野\n"
                   "1.今年全市水环境质量如何？\n马振华：全市12个国考断面水质优良比例达到91.7%。\n"
                   "2.“河长制”实施以来效果怎样？\n马振华：全市共设立市县乡村四级河长2356名。\n")
    assert [t.kind for t in conf.turns] == ["question", "answer", "question", "answer"]
    assert conf.title == "守护一江清水  建设美丽河阳"  # (not the first numbered question)
    assert conf.place != "设立"  # (全市共设立市县… names no city)


def test_a_spokesperson_who_attends_and_hosts_is_the_host_with_his_whole_name():
    conf = conf_of("国家粮食和物资储备局新闻发布会\n新闻发言人、办公室主任柯景明出席并主持发布会，粮食储备司副司长郝宏伟介绍有关情况。\n"
                   "柯景明：各位记者朋友，大家上午好！\n郝宏伟：今年收购粮食1.2亿吨。\n经济日报记者：请问收购进度如何？\n郝宏伟：进度正常。\n")
    assert [(p.name, p.role, p.title) for p in conf.participants if p.role != "reporter"] == [
        ("柯景明", "moderator", "新闻发言人、办公室主任"), ("郝宏伟", "speaker", "粮食储备司副司长")]


def test_a_hosting_spokesperson_asked_beside_an_official_answers_and_the_official_adds():
    conf = conf_of("生态环境部4月例行新闻发布会\n生态环境部新闻发言人潘晓东、土壤生态环境司司长钱立群出席发布会。\n"
                   "主持人 潘晓东：各位记者朋友，大家上午好！下面请钱立群司长介绍情况。\n钱立群：全国受污染耕地安全利用率达到93%以上。\n"
                   "潘晓东：下面开始提问。\n新华社记者 高敬：请问发言人，重点监管单位有多少？同时想问钱司长，地下水水质如何？\n"
                   "潘晓东：全国土壤污染重点监管单位共计1.9万家。\n钱立群：我补充一点。地下水Ⅰ—Ⅳ类水质点位比例为79.9%。\n"
                   "凤凰卫视记者：请问今年有没有新的修复目标？\n钱立群：正在研究。\n")
    who = {p.id: p.name for p in conf.participants}
    assert [[who[a] for a in q.answerers] for q in conf.qa_pairs] == [["潘晓东", "钱立群"], ["钱立群"]]
    assert [t.kind for t in conf.turns][4:6] == ["answer", "answer"]


def test_the_reader_a_policy_qa_names_in_its_footer_answers_it():
    conf = conf_of("省发展改革委就《若干措施》答记者问\n1.出台的背景是什么？\n民营经济是推进中国式现代化的生力军，截至2024年9月底，"
                   "全省民营经营主体达到620万户。\n2.主要包括哪些内容？\n共6个方面22条。\n解读机关：西川省发展和改革委员会\n"
                   "解读人：省发展改革委副主任 刘德明\n")
    assert {t.participant for t in conf.turns if t.kind == "answer"} == {by_name(conf, "刘德明").id}


def test_an_officials_organisation_is_the_body_their_title_names():
    conf = conf_of("国家粮食和物资储备局新闻发布会\n新闻发言人、办公室主任柯景明出席并主持发布会，粮食储备司副司长郝宏伟、"
                   "海阳市气象局党组书记、局长林嘉豪介绍有关情况。\n柯景明：各位记者朋友，大家上午好！\n郝宏伟：今年收购粮食1.2亿吨。\n"
                   "林嘉豪：高温天气19天。\n经济日报记者：请问收购进度如何？\n郝宏伟：进度正常。\n")
    assert [(p.name, p.organisation) for p in conf.participants] == [
        ("柯景明", None), ("郝宏伟", "粮食储备司"), ("林嘉豪", "海阳市气象局"), (None, "经济日报")]


def test_a_body_named_in_full_keeps_its_committee_and_office():
    conf = conf_of("市政府新闻办新闻发布会\n市人民政府新闻办公室副主任张丽主持，国家发展和改革委员会副主任王刚、"
                   "全国人大代表、湖南省浏阳市沙田村党支部书记李华介绍有关情况。\n张丽：各位记者朋友，大家好！\n"
                   "王刚：今年投资增长5%。\n李华：全村收入增长8%。\n晚报记者：请问王主任，投资进度如何？\n王刚：进度正常。\n")
    assert {p.name: p.organisation for p in conf.participants if p.name} == {
        "张丽": "市人民政府新闻办公室", "王刚": "国家发展和改革委员会", "李华": "湖南省浏阳市沙田村党支部"}
    from analyzer.parse.roster import organisation_in
    assert organisation_in("市药监局有关负责人") == "市药监局"  # the anonymous answerer of a policy Q&A
    assert [organisation_in(t) for t in ("中国人民银行江州市分行副行长", "市残联理事长", "鹏城实验室副主任",
                                         "市农民工服务中心主任", "村民委员会主任")] == [
        "中国人民银行江州市分行", "市残联", "鹏城实验室", "市农民工服务中心", "村民委员会"]
    # an acting, full-time or ranked post names the body before its qualifier; a court's chamber is a body
    assert [organisation_in(t) for t in ("市民政局代局长", "社會工作局代局長", "市中级人民法院审判委员会专职委员",
                                         "市公安局刑侦支队一级警长", "市中院立案庭庭长")] == [
        "市民政局", "社會工作局", "市中级人民法院审判委员会", "市公安局刑侦支队", "市中院立案庭"]


def test_outlets_with_a_quoted_name_numbered_or_named_after_citizens_are_reporters():
    conf = conf_of("海州市市场监管新闻发布会\n主持人：请提问。\n“今日海州”客户端记者：请问王局长，怎么投诉？\n王建华：拨打热线。\n"
                   "海州广播电视台《海州新闻》栏目记者：请问王局长，抽检结果如何？\n王建华：合格率98%。\n"
                   "问题3 市民日报记者：请问王局长，下一步怎么办？\n王建华：继续抽检。\n"
                   "“江屿发布”微信公众号记者：请问王局长，直播带货怎么管？\n王建华：依法监管。\n（记者：王磊　编辑：许琳）\n")
    assert [p.organisation for p in conf.participants if p.role == "reporter"] == [
        "“今日海州”客户端", "海州广播电视台《海州新闻》栏目", "市民日报", "“江屿发布”微信公众号"]
    assert [(q.question_turn, q.answer_turns) for q in conf.qa_pairs] == [(1, (2,)), (3, (4,)), (5, (6,)), (7, (8,))]
    assert "王磊" not in {p.name for p in conf.participants}


def test_deputies_and_members_are_asked_by_surname_and_what_they_are():
    conf = conf_of("代表通道采访实录\n全国人大代表、湖南省浏阳市沙田村党支部书记周文澜，全国政协委员王一鸣、刘海燕接受采访。\n"
                   "人民日报记者：请问周代表，乡村振兴有哪些新变化？\n周文澜：村里收入增长了20%。\n"
                   "新京报记者：刘委员您好，您今年带来了什么提案？\n刘海燕：关于养老的提案。\n"
                   "央视记者：王委员，您怎么看？\n王一鸣：很好。\n")
    assert [q.addressee for q in conf.qa_pairs] == [by_name(conf, n).id for n in ("周文澜", "刘海燕", "王一鸣")]


def test_the_official_who_meets_the_press_after_a_long_clause_answers_the_questions():
    conf = conf_of("行政長官答問全文\n行政長官岑景豪今（14）日下午在立法會發表《2025年財政年度施政報告》後，在政府總部會見傳媒，"
                   "回應記者的提問。行政長官辦公室主任林嘉慧、經濟財政司司長區錦榮陪同出席。以下為答問全文：\n"
                   "問：明年經濟預測係點？\n答：全年預計增長8%。\n問：中小企業支援涉及金額有幾多？\n答：約20億澳門元。\n")
    chief = by_name(conf, "岑景豪")
    assert chief.title == "行政長官" and by_name(conf, "區錦榮").title == "經濟財政司司長"
    assert [q.answerers for q in conf.qa_pairs] == [(chief.id,), (chief.id,)]


def test_an_interpreters_rendering_of_a_foreign_ministers_words_is_the_ministers_turn():
    conf = conf_of("中新两国部长共同会见记者\n商务部部长林兆远与新西兰贸易部长格兰特·霍尔特共同会见记者。\n"
                   "林兆远：双方签署了5项合作文件。\n霍尔特：（英文发言，略）\n翻译：新西兰对华出口增长了28%。\n"
                   "路透社记者：（英文）\n翻译：请问霍尔特部长，乳制品关税何时下调？\n"
                   "霍尔特：（英文回答，略）\n翻译：关于具体的时间表，我现在还不能给出确切的日期。\n")
    guest = by_name(conf, "格兰特·霍尔特")
    assert guest.title == "新西兰贸易部长" and {p.role for p in conf.participants} == {"speaker", "reporter"}
    (pair,) = conf.qa_pairs
    assert pair.addressee == guest.id and pair.answerers == (guest.id,)
    assert conf.turn_text(conf.turns[pair.answer_turns[0]]).endswith("我现在还不能给出确切的日期。")


def test_a_body_a_question_asks_outranks_an_official_it_only_cites():
    conf = conf_of("县食品安全新闻发布会\n县市场监管局局长刘春生、县农业农村局副局长曹明出席。\n主持人：请刘局长介绍。\n"
                   "刘春生：抽检合格率98%，农兽药残留超标占了一半以上。\n"
                   "县电视台记者：刚才刘局长提到，农兽药残留超标占了一半以上。请问农业农村部门在源头管控方面有哪些措施？\n"
                   "曹明：加强农药监管。\n")
    assert conf.qa_pairs[0].addressee == by_name(conf, "曹明").id


def test_a_rural_programmes_speakers_are_labelled_by_what_they_are():
    conf = conf_of("田间对话：秋粮丰收看赵脑村\n主持人：观众朋友们好，今天我们来到赵脑村。\n"
                   "村支书 王长贵：大家好，今年全村玉米亩产1350斤。\n主持人：王支书，今年收成怎么样？\n"
                   "村支书 王长贵：比去年增产了8%。\n主持人：请问这位农民朋友，您家收成如何？\n农民 李秀英：我家种了50亩。\n")
    assert [(p.name, p.title, p.role) for p in conf.participants if p.role == "speaker"] == [
        ("王长贵", "村支书", "speaker"), ("李秀英", "农民", "speaker")]
    assert conf.qa_pairs[0].addressee == by_name(conf, "王长贵").id


def test_a_wechat_posts_pictures_and_a_bracketed_credit_are_no_ones_words():
    conf = conf_of("市住建局新闻发布会\n主持人：各位记者朋友，大家好。\n王刚：今年新开工保障房1200套。\n"
                   "![图片](https://mmbiz.qpic.cn/abc.jpg)\n记者：请问王局长，下一步？\n王刚：继续推进。\n"
                   "主持人：发布会到此结束。\n（来源：南州网 记者：陈一鸣）\n")
    assert [conf.turn_text(t) for t in conf.turns] == [
        "各位记者朋友，大家好。", "今年新开工保障房1200套。", "请问王局长，下一步？", "继续推进。", "发布会到此结束。"]
    assert [p.role for p in conf.participants].count("reporter") == 1


def test_a_roster_heading_of_those_attending_the_briefing_declares_the_people_below():
    conf = conf_of("农业农村部新闻发布会\n出席发布会人员：\n农业农村部种植业管理司司长 潘文博\n农业农村部市场与信息化司副司长 刘涵\n"
                   "主持人：农业农村部新闻发言人 李明\n李明：各位记者朋友，大家好。\n潘文博：今年夏粮总产量2996亿斤。\n"
                   "新华社记者：请问潘司长，秋粮情况如何？\n潘文博：长势良好。\n")
    assert by_name(conf, "刘涵").title == "农业农村部市场与信息化司副司长"


def test_an_anonymous_askers_outlet_is_the_one_the_host_gives_the_floor_to():
    conf = conf_of("商务部例行新闻发布会\n商务部新闻发言人何亚东主持。\n何亚东：下面请记者提问。请路透社记者提问。\n"
                   "记者：中方对欧盟的反补贴调查有何回应？\n何亚东：中方坚决反对。\n何亚东：请法新社记者。\n"
                   "记者：出口数据怎么样？\n何亚东：保持增长。\n")
    assert [q.outlet for q in conf.qa_pairs] == ["路透社", "法新社"]


def test_the_heads_of_a_ministrys_departments_listed_after_its_minister_are_of_that_ministry():
    conf = conf_of("国务院新闻办公室新闻发布会\n国务院新闻办公室今天举行新闻发布会，请海关总署副署长陈立衡和统计分析司司长潘景和、"
                   "口岸监管司司长赵蔚然、市场监管司司长吴敏介绍情况。\n主持人：请陈立衡先生介绍。\n陈立衡：前三季度进出口32.3万亿元。\n"
                   "路透社记者：请问赵司长，通关时间多长？\n赵蔚然：进口整体通关时间32.5小时。\n")
    assert [p.organisation for p in conf.participants if p.role == "speaker"] == [
        "海关总署", "海关总署统计分析司", "海关总署口岸监管司", "海关总署市场监管司"]
    # a body named with its place, or a company, is one of its own
    conf = conf_of("省生态环境厅召开新闻发布会\n1月10日，省政府新闻办召开新闻发布会，省生态环境厅副厅长黄振宇、"
                   "湖北碳排放权交易中心总经理刘娟、国网济南供电公司副总经理王强介绍有关情况。\n主持人：请黄厅长介绍。\n"
                   "黄振宇：全省碳排放强度下降。\n记者：请问刘总经理，成交额多少？\n刘娟：累计成交额52亿元。\n")
    assert [by_name(conf, n).organisation for n in ("刘娟", "王强")] == ["湖北碳排放权交易中心", "国网济南供电公司"]
    # a department that names its ministry keeps its name once
    conf = conf_of("国务院新闻办公室新闻发布会\n国务院新闻办公室今天举行新闻发布会，请国家发展改革委副主任赵辰昕，文化和旅游部资源开发司司长缪沐阳，"
                   "财政部副部长王东伟和财政部国库司司长李先忠介绍情况。\n主持人：请赵辰昕先生介绍。\n赵辰昕：今年消费增长5%。\n"
                   "记者：请问李司长，国库资金如何？\n李先忠：运行平稳。\n")
    assert [by_name(conf, n).organisation for n in ("缪沐阳", "李先忠")] == ["文化和旅游部资源开发司", "财政部国库司"]
    # a customs office's divisions listed after its deputy head
    conf = conf_of("南湖海关举行外贸进出口情况新闻发布会\n7月15日上午，南湖海关举行新闻发布会，南湖海关副关长沈继红、统计分析处处长"
                   "欧阳明出席发布会。\n主持人：首先请沈关长介绍情况。\n沈继红：上半年全省进出口总值3520亿元。\n")
    assert [by_name(conf, n).organisation for n in ("沈继红", "欧阳明")] == ["南湖海关", "南湖海关统计分析处"]
    # a procuratorate's departments (第四检察部), but not ministries listed as peers (农业部部长…、财政部副部长…)
    conf = conf_of("东岭市人民检察院召开新闻发布会\n出席发布会的有东岭市人民检察院党组书记、检察长冯志刚，第四检察部主任何子健。\n"
                   "主持人：首先请冯志刚检察长介绍情况。\n冯志刚：全年共受理审查起诉案件326件。\n")
    assert by_name(conf, "何子健").organisation == "东岭市人民检察院第四检察部"
    conf = conf_of("中外记者招待会\n今天举行记者招待会，农业部部长杜青林、财政部副部长朱志刚就农业问题答记者问。\n"
                   "主持人：请杜青林部长介绍。\n杜青林：粮食产量增长。\n")
    assert by_name(conf, "朱志刚").organisation == "财政部"


def test_a_question_put_to_a_side_asks_the_official_of_that_body():
    conf = conf_of("春运新闻发布会\n市交通运输局局长王刚、中国铁路南昌局集团公司副总经理李强、市轨道集团副总经理张伟出席。\n"
                   "主持人：请提问。\n江西日报记者：请问铁路方面，今年春运加开了多少列车？\n李强：加开列车286趟。\n"
                   "江西电视台记者：请问轨道集团方面，地铁会延长运营吗？\n张伟：延长1小时。\n")
    assert [q.addressee for q in conf.qa_pairs] == [by_name(conf, "李强").id, by_name(conf, "张伟").id]


def test_a_police_rank_is_a_title():
    conf = conf_of("市公安局警情通报会\n市公安局交警支队一级警长李强、市公安局治安支队教导员王刚出席。\n主持人：请提问。\n"
                   "晚报记者：请问李警长，酒驾查处情况如何？\n李强：今年查处酒驾1200起。\n王刚：我补充一点。\n")
    assert speaker_titles(conf) == {"李强": "市公安局交警支队一级警长", "王刚": "市公安局治安支队教导员"}
    assert conf.qa_pairs[0].addressee == by_name(conf, "李强").id


def test_a_news_story_names_the_host_of_the_briefing_it_reports():
    conf = conf_of("江澄市举行旅游节新闻发布会\n本报讯（记者 李明）9月12日，江澄市政府新闻办召开新闻发布会。"
                   "市政府新闻办副主任袁晓晴主持发布会。\n市文化广电旅游局局长王刚介绍，本届旅游节预计接待游客120万人次。\n")
    assert conf.doc_type == "news_report"
    assert [(p.name, p.role) for p in conf.participants] == [("袁晓晴", "moderator"), ("王刚", "speaker")]
    assert {t.participant for t in conf.turns} == {by_name(conf, "王刚").id}
    # quoted too, the host stays the host
    conf = conf_of("河北省生态环境厅召开例行新闻发布会\n9月26日，河北省生态环境厅召开例行新闻发布会。会议由省生态环境厅办公室主任陈静主持。\n"
                   "韩志国介绍，全省PM2.5平均浓度为33.6微克/立方米。\n陈静最后表示，欢迎媒体朋友继续关注。\n")
    assert by_name(conf, "陈静").role == "moderator"


def test_a_news_story_quotes_deputies_by_their_trade():
    conf = conf_of("省两会首场代表通道开启\n本报讯 1月20日，省十四届人大三次会议首场代表通道开启。\n"
                   "省人大代表、青岛港集团码头操作工人许庆国说，今年码头作业效率提高了11%。\n"
                   "省人大代表、兰山区某社区医生魏丽丽说，社区签约服务覆盖3.2万人。\n")
    assert [p.name for p in conf.participants] == ["许庆国", "魏丽丽"]
    assert [t.participant for t in conf.turns] == ["p1", "p2"]


def test_a_news_story_quoting_after_a_colon_is_no_transcript():
    conf = conf_of(
        "我市空气质量创近十年最好水平\n本报记者 李娜\n"
        "记者从市生态环境局获悉，2023年全市优良天数达到305天。\n"
        "市生态环境局局长王刚说：“这是全市上下共同努力的结果。”\n"
        "市民张先生表示：“现在蓝天白云的日子越来越多了。”\n"
        "王刚表示：“下一步，我们将持续推进结构调整。”\n"
    )
    assert conf.doc_type == "news_report" and conf.qa_pairs == ()
    assert turns_of(conf) == [("statement", "王刚"), ("statement", "王刚")]
    assert not [p for p in conf.participants if p.role == "reporter"]  # 市民张先生 asked nothing


def test_news_attribution_after_a_quote_and_pronoun_continuation():
    conf = conf_of(
        "全市秋冬季大气污染防治工作会议召开\n"
        "本报讯（记者 林晓）10月11日，全市秋冬季大气污染防治工作会议召开。副市长陈卫东出席会议并讲话，"
        "市生态环境局局长王建国通报了有关情况。\n"
        "陈卫东强调，各地各部门要全力以赴打好秋冬季攻坚战。\n"
        "他要求，要严格落实重污染天气应急减排措施。\n"
        "王建国表示，将加强督导检查。\n"
        "“今年的任务非常艰巨。”陈卫东说。\n"
    )
    assert conf.doc_type == "news_report" and conf.qa_pairs == ()
    assert turns_of(conf) == [("statement", "陈卫东"), ("statement", "王建国"), ("statement", "陈卫东")]
    assert "他要求" in conf.turn_text(conf.turns[0])
    assert by_name(conf, "陈卫东").title == "副市长"


def test_declaration_of_several_people_and_a_title_without_a_title_word():
    conf = conf_of(
        "新闻发布会\n"
        "发布人：市生态环境局党组成员，副局长 王建国；市水利局副局长 陈立明\n"
        "主持人：市政府新闻办 张伟\n"
        "张伟：欢迎各位。请王建国介绍。\n王建国：全市优良天数286天。\n"
        "新华社记者：请问陈局长，河道怎么样？\n陈立明：完成治理120公里。\n"
    )
    people = {p.name: (p.role, p.title) for p in conf.participants if p.name}
    assert people == {"张伟": ("moderator", "市政府新闻办"), "王建国": ("speaker", "市生态环境局党组成员，副局长"),
                      "陈立明": ("speaker", "市水利局副局长")}
    assert [t.kind for t in conf.turns] == ["opening", "statement", "question", "answer"]


def test_title_only_labels_named_in_the_lead_and_the_page_tail_left_out_of_the_last_turn():
    conf = conf_of(
        "環境及生態局局長會見傳媒談話內容\n"
        "　　以下為環境及生態局局長謝展寰今日（十二月十三日）出席活動後會見傳媒的談話內容：\n"
        "記者：局長，垃圾徵費會否再延遲？\n"
        "環境及生態局局長：我們會按計劃推行。目前全港有超過2,300個回收點。\n"
        "記者：政府會如何回應？\n"
        "環境及生態局局長：我們會加強宣傳。\n"
        "（請同時參閱談話內容的英文部分。）\n完\n2023年12月13日（星期三）\n香港時間18時30分\n"
    )
    assert conf.title == "環境及生態局局長會見傳媒談話內容"
    assert turns_of(conf) == [("question", None), ("answer", "謝展寰"), ("question", None), ("answer", "謝展寰")]
    assert conf.turn_text(conf.turns[-1]) == "我們會加強宣傳。"
    assert conf.participant(conf.qa_pairs[0].addressee).name == "謝展寰"  # "局長，…": the one 局長 present
    assert conf.date == "2023-12-13"  # the date line stays in the text, outside the turn
    # the government's banner above the release is no headline
    banner = conf_of("香港特別行政區政府 新聞公報\n環境及生態局局長會見傳媒談話內容\n"
                     "　　以下為環境及生態局局長謝展寰今日（十二月十三日）出席活動後會見傳媒的談話內容：\n"
                     "記者：局長，垃圾徵費會否再延遲？\n環境及生態局局長：我們會按計劃推行。\n")
    assert banner.title == "環境及生態局局長會見傳媒談話內容"
    # the wire's end marker and the page's buttons under the tail are chrome: the tail still leaves the turn
    conf = conf_of("財政司司長會見傳媒談話內容\n記者：司長可否證實？\n財政司司長：我現階段不會作任何評論。\n"
                   "（請同時參閱談話內容的英文部分。）\n完\n2024年5月23日（星期四）\n香港時間18時35分\nNNNN\n\n列印本頁 返回頁首\n")
    assert conf.turn_text(conf.turns[-1]) == "我現階段不會作任何評論。" and conf.date == "2024-05-23"


@pytest.mark.parametrize("credit", ["（本版编辑：张　燕）", "编辑：赵　敏  责任编辑：孙 菲", "［责任编辑：宋兰］",
                                    "（来源：中国网 文字实录整理：陈　辰）", "（本文来源：国家卫生健康委宣传司  整理：郑霞）",
                                    "（人民政协网北京3月4日电）", "（网友提问选编，实录有删节）", "（本文据现场直播整理）",
                                    "中國政府網\n微博、微信", "（江湾区融媒体中心 文/刘畅 图/陈晓）"])
def test_credits_with_padded_names_datelines_and_notes_on_the_transcript_are_no_part_of_the_last_answer(credit):
    conf = conf_of("东湖市新闻发布会\n主持人：请王刚局长介绍。\n王刚：全市优良天数达到300天。\n记者：下一步？\n"
                   "王刚：继续治理。\n" + credit + "\n")
    assert conf.turn_text(conf.turns[-1]) == "继续治理。"


def test_the_credit_of_who_wrote_the_transcript_down_is_no_part_of_the_last_answer():
    conf = conf_of("东湖市新闻发布会\n主持人：请王刚局长介绍。\n王刚：全市优良天数达到300天。\n记者：下一步？\n"
                   "王刚：继续治理。\n（本报记者 刘洋 整理）\n")
    assert conf.turn_text(conf.turns[-1]) == "继续治理。"
    conf = conf_of("东湖市新闻发布会\n王刚：全市优良天数达到300天。\n记者：下一步？\n王刚：我们（记者整理数据时发现）会继续。\n")
    assert conf.turn_text(conf.turns[-1]) == "我们（记者整理数据时发现）会继续。"  # inside a sentence it stays
    # a WeChat article's source and its "阅读原文" under the last answer
    conf = conf_of("东湖市新闻发布会\n王刚：全市优良天数达到300天。\n记者：下一步？\n王刚：继续治理。\n来源：东湖发布\n阅读原文\n")
    assert conf.turn_text(conf.turns[-1]) == "继续治理。"
    # a government portal's foot: 本文来源, (完), the error-report button with the editor
    conf = conf_of("东湖市新闻发布会\n王刚：全市优良天数达到300天。\n记者：下一步？\n王刚：继续治理。\n本文来源：东湖日报\n")
    assert conf.turn_text(conf.turns[-1]) == "继续治理。"
    conf = conf_of("东湖市新闻发布会\n王刚：全市优良天数达到300天。\n记者：下一步？\n王刚：继续治理。\n（完）\n"
                   "【纠错】　责任编辑：黎清\n【打印】【关闭】\n")
    assert conf.turn_text(conf.turns[-1]) == "继续治理。"
    # page 2's header repeated before the next label, a live text's credit: the page's, not the turn's
    conf = conf_of("东湖市新闻发布会\n王刚：全市优良天数达到300天。\n信息来源：市政府新闻办  发布日期：2025-10-28  【大 中 小】\n"
                   "记者：下一步？\n王刚：继续治理。\n（本直播内容由东湖市人民政府新闻办公室提供）\n")
    assert [conf.turn_text(t) for t in conf.turns] == ["全市优良天数达到300天。", "下一步？", "继续治理。"]
    # bulleted links to other stories under the page
    conf = conf_of("东湖市新闻发布会\n王刚：全市优良天数达到300天。\n记者：下一步？\n王刚：继续治理。\n"
                   "▶ 第三场“部长通道”：稳外贸、促消费\n▶ 视频｜部长们在通道上说了啥？\n")
    assert conf.turn_text(conf.turns[-1]) == "继续治理。"
    # a programme's end and the list of its other episodes
    conf = conf_of("田间对话\n主持人：今天我们来到赵脑村。\n王长贵（村支书）：全村增产8%。\n主持人：感谢收看，下期再见。\n"
                   "（本期完）\n【相关节目】\n田间对话：春耕备耕忙\n")
    assert conf.turn_text(conf.turns[-1]) == "感谢收看，下期再见。"
    # (完) ends the article: the office's phone and the release number after it are the page's
    conf = conf_of("东湖市新闻发布会\n王刚：全市优良天数达到300天。\n记者：下一步？\n王刚：继续治理。\n（完）\n"
                   "澳門特別行政區政府新聞局　電話：(853) 2833 2886\n稿件編號：GCS-2024-11-14-0087\n")
    assert conf.turn_text(conf.turns[-1]) == "继续治理。"
    conf = conf_of("东湖市新闻发布会\n王刚：全市优良天数达到300天。\n记者：下一步？\n王刚：继续治理。\n"
                   "（本逐字稿由市政府新闻办整理，如有疏漏以录像为准）\n更新日期：2024-09-27\n")
    assert conf.turn_text(conf.turns[-1]) == "继续治理。"
    conf = conf_of("东湖市新闻发布会\n王刚：全市优良天数达到300天。\n记者：下一步？\n王刚：继续治理。\n"
                   "（根据现场录音整理，未经发言人审阅）\n东湖市人民政府新闻办公室 2024 年 3 月 28 日印发\n")
    assert conf.turn_text(conf.turns[-1]) == "继续治理。"


def test_live_text_with_bracketed_times_and_no_space():
    conf = conf_of(
        "市生态环境局新闻发布会图文直播\n"
        "【10:00】主持人：各位记者朋友，大家上午好！出席今天发布会的有市生态环境局局长王建国先生。\n"
        "【10:02】王建国：今年以来，全市优良天数达到286天。\n"
        "【10:10】新华社记者：请问王局长，明年的目标是什么？\n"
        "【10:11】王建国：力争优良天数比例达到80%以上。\n"
    )
    assert conf.layout == "timestamped live text"
    assert [(k, t.time) for (k, _n), t in zip(turns_of(conf), conf.turns)] == [
        ("opening", "10:00"), ("statement", "10:02"), ("question", "10:10"), ("answer", "10:11")]
    # the time written after each entry instead: the turn's time, not its text; one time closing one
    # turn is what was said
    conf = conf_of("市生态环境局新闻发布会图文直播\n主持人：各位记者朋友，大家上午好！ 10:00\n王建国：全市优良天数达到286天。 10:02\n"
                   "新华社记者：请问王局长，明年的目标是什么？ 10:10\n王建国：力争优良天数比例达到80%以上。 10:11\n")
    assert [(t.time, conf.turn_text(t)[-3:]) for t in conf.turns] == [
        ("10:00", "午好！"), ("10:02", "6天。"), ("10:10", "什么？"), ("10:11", "以上。")]
    conf = conf_of("市生态环境局新闻发布会\n主持人：下一场发布会定于 10:30\n王建国：全市优良天数达到286天。\n"
                   "记者：明年呢？\n王建国：力争达到300天。\n")
    assert conf.turns[0].time is None and conf.turn_text(conf.turns[0]).endswith("10:30")
    # a pipe between the time and the label, with or without spaces
    conf = conf_of("市生态环境局新闻发布会图文直播\n10:00 | 主持人：各位记者朋友，大家上午好！\n"
                   "10:02 | 王建国：今年以来，全市优良天数达到286天。\n10:10 | 新华社记者：请问王局长，明年的目标是什么？\n"
                   "10:11|王建国：力争优良天数比例达到80%以上。\n")
    assert conf.layout == "timestamped live text"
    assert [(k, t.time) for (k, _n), t in zip(turns_of(conf), conf.turns)] == [
        ("opening", "10:00"), ("statement", "10:02"), ("question", "10:10"), ("answer", "10:11")]


def test_online_interview_askers_and_two_reporters_without_outlet():
    conf = conf_of(
        "在线访谈：如何让城市更宜居\n"
        "主持人：各位网友，大家好！今天我们邀请到市住房和城乡建设局局长孙立新先生做客在线访谈。\n"
        "孙立新：今年全市改造老旧小区120个。\n"
        "网友：老旧小区加装电梯有补贴吗？\n孙立新：每部电梯补贴15万元。\n"
        "网友：雨污分流改造什么时候完成？\n嘉宾：计划今年底前完成。\n"
        "记者 王磊：明年还有哪些计划？\n孙立新：明年计划再改造100个小区。\n"
        "记者 李娜：保障房建设进展如何？\n孙立新：已开工建设保障性住房2000套。\n"
    )
    askers = [(p.name, p.title) for p in conf.participants if p.role == "reporter"]
    assert askers == [(None, "网友"), ("王磊", None), ("李娜", None)]
    assert [[conf.participant(a).name for a in q.answerers] for q in conf.qa_pairs] == [["孙立新"]] * 4


def test_titles_from_an_introduction_without_honorifics():
    conf = conf_of(
        "发布会\n"
        "主持人：出席今天发布会的有：市生态环境局党组书记、局长王建国，市水利局副局长陈立明，市农业农村局总农艺师黄海。"
        "首先请王建国局长介绍情况。\n"
        "王建国：全市优良天数286天。\n新华社记者：请问陈局长，河道怎么样？\n陈立明：完成治理120公里。\n黄海：我补充一下。\n"
    )
    titles = speaker_titles(conf)
    assert titles == {"王建国": "市生态环境局党组书记、局长", "陈立明": "市水利局副局长", "黄海": "市农业农村局总农艺师"}
    assert conf.participant(conf.qa_pairs[0].addressee).name == "陈立明"


def test_moderator_passing_the_question_on_keeps_the_pair_open():
    conf = conf_of(
        "市生态环境局新闻发布会\n"
        "主持人：出席今天发布会的有市生态环境局局长王建国先生、副局长李明先生。下面请记者提问。\n"
        "新华社记者：请问今年的空气质量怎么样？\n"
        "主持人：这个问题请王建国局长回答。\n王建国：今年优良天数达到286天。\n"
        "主持人：请李明副局长补充。\n李明：PM2.5浓度下降5%。\n"
        "日报记者：水质呢？\n李明：全市断面全部达标。\n"
        "主持人：下面请李局长介绍一下明年的安排。\n李明：明年将继续推进治理。\n"
        "主持人：发布会到此结束。\n"
    )
    pairs = [(q.status, [conf.participant(a).name for a in q.answerers]) for q in conf.qa_pairs]
    assert pairs[:2] == [("answered", ["王建国", "李明"]), ("answered", ["李明"])]
    # a hand-off to something else than an answer closes the pair: what follows is a statement
    assert conf.qa_pairs[1].answer_turns == (7,) and len(conf.qa_pairs) == 2
    assert [t.kind for t in conf.turns][8:] == ["procedural", "statement", "closing"]


def test_names_padded_with_spaces_in_labels():
    conf = conf_of(
        "发布会\n主持人：出席今天发布会的有市生态环境局副局长李博先生。\n"
        "李　博：全市优良天数286天。\n新华社记者：请问李局长，河道怎么样？\n李 博：完成治理120公里。\n"
    )
    assert [(p.name, p.role) for p in conf.participants if p.role == "speaker"] == [("李博", "speaker")]
    assert turns_of(conf) == [("opening", None), ("statement", "李博"), ("question", None), ("answer", "李博")]


def test_labels_behind_bullets():
    conf = conf_of(
        "发布会\n■主持人：出席今天发布会的有市生态环境局局长王建国先生。\n●王建国：全市优良天数286天。\n"
        "■新华社记者：请问王局长，河道怎么样？\n●王建国：完成治理120公里。\n"
    )
    assert turns_of(conf) == [("opening", None), ("statement", "王建国"), ("question", None), ("answer", "王建国")]
    assert next(p for p in conf.participants if p.role == "reporter").organisation == "新华社"


def test_outlet_only_labels_and_follow_up_questions():
    conf = conf_of(
        "发布会\n主持人：出席今天发布会的有市生态环境局局长王建国先生。\n王建国：全市优良天数286天。\n"
        "人民网：请问王局长，河道怎么样？\n王建国：完成治理120公里。\n追问：那么明年呢？\n王建国：明年再治理100公里。\n"
        "澎湃新闻：空气呢？\n王建国：持续改善。\n市供销社：我们也参与了治理。\n"
    )
    outlets = [conf.participant(q.reporter).organisation for q in conf.qa_pairs]
    assert outlets == ["人民网", "人民网", "澎湃新闻"]  # the follow-up is the same reporter's
    assert all(p.organisation != "市供销社" for p in conf.participants)


def test_anonymous_reporters_who_name_their_outlet():
    conf = conf_of(
        "发布会\n主持人：出席今天发布会的有市生态环境局局长王建国先生。\n王建国：全市优良天数286天。\n"
        "记者：谢谢主持人，我是人民日报记者。请问王局长，河道怎么样？\n王建国：完成治理120公里。\n"
        "记者：我来自南湖晚报。空气呢？\n王建国：持续改善。\n"
        "记者：我是新华社的记者，想问一下土壤。\n王建国：安全利用率100%。\n"
        "记者：我是市民，想问问垃圾分类。\n王建国：正在推进。\n"
        "记者：谢谢，我是来自东湖电视台的记者。噪声呢？\n王建国：加强执法。\n"
        "记者：我是东湖日报社的，想问一下扬尘。\n王建国：严格管控。\n"
        "记者：东湖晚报记者，我想问秸秆焚烧。\n王建国：全面禁烧。\n"
    )
    assert [conf.participant(q.reporter).organisation for q in conf.qa_pairs] == [
        "人民日报", "南湖晚报", "新华社", None, "东湖电视台", "东湖日报社", "东湖晚报"]
    # the evidence points at the outlet the reporter names
    said = [conf.text[e.start:e.end] for p in conf.participants for e in p.evidence if e.rule == "self-introduction: outlet"]
    assert said == ["人民日报", "南湖晚报", "新华社", "东湖电视台", "东湖日报社", "东湖晚报"]


def analysed_news(tmp_path, text: str):
    """The whole analysis of a news story (figures and who is credited with them)."""
    from analyzer import analyse

    path = tmp_path / "news.txt"
    path.write_text(text, encoding="utf-8")
    return analyse(path)


def test_news_figures_of_a_report_given_at_the_meeting_are_credited_to_the_official(tmp_path):
    analysis = analysed_news(tmp_path, "全市水污染防治推进会召开\n本报讯（记者 林晓）5月9日，全市水污染防治推进会召开。"
                             "市长吴刚出席会议并讲话。\n会上，副市长郑强通报了全市治水任务完成情况。2023年，全市完成河道整治"
                             "86公里，消除黑臭水体12个。\n吴刚强调，要持续巩固治理成效。\n")
    conf = analysis.conference
    zheng = by_name(conf, "郑强")
    assert zheng.role == "other" and zheng.title == "副市长"  # reports figures, is not quoted speaking
    assert names(conf, "speaker") == ["吴刚"]
    turn = next(t for t in conf.turns if t.participant == zheng.id)
    assert "86公里" in conf.turn_text(turn)
    assert [e.rule for e in zheng.evidence] == ["title from the text", "reports at the meeting"]
    credited = {f.text: f.participant for f in analysis.figures}
    assert credited["86公里"] == zheng.id and credited["12个"] == zheng.id


@pytest.mark.parametrize("story, credited", [
    ("全市生态环境保护大会召开\n本报讯（记者 林晓）1月20日，全市生态环境保护大会召开。\n"
     "会上，市生态环境局局长刘海通报了全市环境质量状况，优良天数比例达到82.5%。"
     "市水利局局长赵刚通报了河湖治理情况，全年完成河道清淤385公里。\n", {"82.5%": "刘海", "385公里": "赵刚"}),
    # speech that mentions (提到), a report after an adverb (还通报了), 她说 for an official named without a title
    ("全市治水工作新闻发布会召开\n本报讯 3月5日，市政府新闻办召开新闻发布会。"
     "市水利局局长汪海峰、市生态环境局副局长李敏出席。\n汪海峰提到，全年完成河道清淤320公里。\n"
     "汪海峰还通报了防汛准备情况：全市储备编织袋50万条。\n"
     "会上，李敏还就水质考核回答了记者提问。她说，国控断面达标率为95%。\n",
     {"320公里": "汪海峰", "50万条": "汪海峰", "95%": "李敏"}),
    # a quote said where (”…在发布会上说。) and an official who adds (补充)
    ("生活垃圾全量焚烧\n1月15日，市生态环境局召开新闻发布会。\n"
     "“这些数字背后，是共同努力的结果。”市生态环境局副局长黄志明在发布会上说。据他介绍，全年产生生活垃圾约1120万吨。\n"
     "市城管局副局长郑俊杰补充，全市投诉减少18%。\n", {"1120万吨": "黄志明", "18%": "郑俊杰"}),
])
def test_news_reports_of_officials_each_keep_their_figures(tmp_path, story, credited):
    analysis = analysed_news(tmp_path, story)
    conf = analysis.conference
    assert {f.text: conf.participant(f.participant).name for f in analysis.figures} == credited


def test_news_quotes_attributed_to_a_titled_name_and_reports_given_at_the_event(tmp_path):
    analysis = analysed_news(tmp_path, "国庆假期文旅市场新闻发布会\n本报讯（记者 王晓）10月8日，市政府新闻办举行新闻发布会。"
                             "市文化和旅游局局长汪靖介绍了假期情况。\n汪靖介绍，全市共接待游客862.5万人次。\n"
                             "“我们将继续推动文旅深度融合。”市文化和旅游局局长汪靖说。\n"
                             "市公安局副局长刘建国在发布会上通报了假期治安情况。假期全市共出动警力1.2万人次。\n")
    conf = analysis.conference
    said = [conf.turn_text(t) for t in conf.turns if conf.participant(t.participant).name == "汪靖"]
    assert any("深度融合" in t for t in said)
    credited = {f.text: conf.participant(f.participant).name for f in analysis.figures}
    assert credited == {"862.5万人次": "汪靖", "1.2万人次": "刘建国"}


def test_a_story_that_never_names_its_city_takes_the_local_papers():
    conf = conf_of("青川日报 2024年5月10日 第01版：要闻\n\n全市治水推进会召开\n\n本报讯 5月9日，全市治水推进会召开。"
                   "市长吴刚强调，要把美丽青川建设推向深入。\n")
    assert conf.place == "青川"
    conf = conf_of("本报讯 5月9日，全省治水推进会召开。省长吴刚强调，要持续发力。\n")
    assert conf.place is None  # no 全市/市委: no city to find
    # a body's station and a national paper name no city: 市广播电视台 is no 广播, 人民日报 no 人民
    conf = conf_of("全市防汛工作新闻发布会\n何平：全市转移群众1.3万人。\n市广播电视台记者：预警怎么发布？\n"
                   "何平：通过短信、广播等渠道发布。\n")
    assert conf.place is None
    conf = conf_of("人民日报 2024年5月10日 第01版\n\n本报讯 全市治水推进会召开，人民群众满意度提升。\n")
    assert conf.place is None


def test_a_ministry_that_answers_questions_on_a_document_is_where_the_briefing_comes_from():
    conf = conf_of("生态环境部有关负责人就《关于加强生态环境分区管控的意见》答记者问\n\n"
                   "问：《意见》出台的背景是什么？\n答：分区管控是一项基础性制度。\n"
                   "问：下一步如何推动落地？\n答：我们将指导各地完成方案更新。\n")
    assert conf.place == "生态环境部"
    assert len(conf.qa_pairs) == 2


def test_the_pages_publication_stamp_is_no_turns_time_and_an_unlabelled_sign_off_closes():
    conf = conf_of("2024年3月14日外交部发言人汪海澜主持例行记者会\n2024-03-14 15:30　来源：外交部网站\n"
                   "汪海澜：应邀，坦桑尼亚总统将于3月18日访华。\n路透社记者：中方是否会反制？\n汪海澜：中方将采取必要措施。\n\n"
                   "今天的记者会就到这里，谢谢大家。\n")
    assert [t.time for t in conf.turns] == [None] * 4 and conf.date == "2024-03-14"
    assert [t.kind for t in conf.turns] == ["statement", "question", "answer", "closing"]
    assert conf.turn_text(conf.turns[2]) == "中方将采取必要措施。" and conf.turns[3].participant == conf.turns[2].participant
    # stamps over several turns are a live page's times
    conf = conf_of("外交部例行记者会\n2024-03-14 15:01\n汪海澜：应邀，坦桑尼亚总统将于3月18日访华。\n2024-03-14 15:03\n"
                   "路透社记者：中方是否会反制？\n2024-03-14 15:04\n汪海澜：中方将采取必要措施。\n")
    assert [t.time for t in conf.turns] == ["15:01", "15:03", "15:04"]


def test_an_outlet_in_brackets_after_the_question_mark_is_the_askers():
    conf = conf_of("外交部发言人汪海澜答记者问\n问：（凤凰卫视）日本外相下周访华的消息是否属实？\n答：有关情况我们会适时发布。\n"
                   "问：（彭博）关于乌克兰问题，中方有何新的倡议？\n答：具体情况请你向有关部门了解。\n"
                   "问：（英文）中方是否会出席峰会？\n答：目前没有可以提供的信息。\n")
    assert [q.outlet for q in conf.qa_pairs] == ["凤凰卫视", "彭博", None]
    assert conf.turn_text(conf.turns[2]) == "关于乌克兰问题，中方有何新的倡议？"
    assert [t.kind for t in conf.turns] == ["question", "answer"] * 3


def test_a_hosting_spokesperson_who_goes_on_after_an_official_adds_to_the_answer():
    page = ("商务部例行新闻发布会\n主持人：商务部新闻发言人何文清\n何文清：下面请大家提问。\n中国日报记者：请问两位领导，跨境电商发挥了哪些作用？\n"
            "刘立新（商务部外贸司副司长）：前8个月，我国跨境电商进出口1.72万亿元，增长11.5%。\n"
            "何文清：{}\n何文清：今天的发布会到此结束，感谢各位。\n")
    conf = conf_of(page.format("下一步，商务部将推动出台促进跨境电商出口、助力海外仓建设的政策措施。"))
    assert [t.kind for t in conf.turns] == ["opening", "question", "answer", "answer", "closing"]
    assert len(conf.qa_pairs[0].answerers) == 2
    conf = conf_of(page.format("感谢刘司长的介绍。"))  # thanks add nothing
    assert [t.kind for t in conf.turns][3] == "procedural" and len(conf.qa_pairs[0].answerers) == 1


def test_a_question_that_says_it_follows_up_asks_the_one_asked_before():
    conf = conf_of("主持人：请李明局长介绍情况。\n李明：上半年全省外贸进出口4.37万亿元。\n"
                   "问：南方日报记者。请问李局长，出口增长主要靠哪些产品？\n答：李明：主要是机电产品。\n"
                   "问：追问一下，太阳能电池出口为什么下降？\n答：李明：主要是价格下跌。\n"
                   "江州日报记者：请问刘局长，外资怎么看？\n刘建华（市商务局副局长）：外资下降了。\n"
                   "江州日报记者：我再追问一句，下半年呢？\n刘建华（市商务局副局长）：会好转。\n")
    first, follow, third, fourth = conf.qa_pairs
    assert follow.reporter == first.reporter and follow.outlet == "南方日报" and follow.addressee == first.addressee
    assert fourth.addressee == third.addressee == by_name(conf, "刘建华").id
    assert sum(p.role == "reporter" for p in conf.participants) == 2  # no anonymous asker for the follow-up


def test_a_guest_the_host_invites_to_speak_takes_the_title_of_the_invitation():
    conf = conf_of("招商引资签约仪式\n主持人：有请合肥华芯显示科技有限公司总经理陈立群发言。\n陈立群：项目总投资36亿元。\n"
                   "记者：请问陈总，何时投产？\n陈立群：明年6月。\n")
    chen = by_name(conf, "陈立群")
    assert (chen.title, chen.organisation) == ("合肥华芯显示科技有限公司总经理", "合肥华芯显示科技有限公司")


def test_two_officials_of_one_surname_are_told_apart_by_the_body_named_before_and_short_forms_reach_full_names():
    conf = conf_of("省政府新闻办新闻发布会\n主持人：出席今天发布会的有省人力资源社会保障厅厅长李红梅，省财政厅副厅长李军，"
                   "省经济和信息化厅副厅长赵强。\n李红梅：全省城镇新增就业64.8万人。\n"
                   "记者：请问省财政厅李厅长，今年就业补助资金多少？\n李军：安排资金32亿元。\n"
                   "记者：想问一下财政厅的李厅长，资金何时到位？\n李军：6月底前。\n"
                   "记者：请问省人社厅，就业形势如何？\n李红梅：总体稳定。\n记者：请问省经信厅，技改投资情况？\n赵强：增长9.1%。\n")
    assert [q.addressee for q in conf.qa_pairs] == [by_name(conf, n).id for n in ("李军", "李军", "李红梅", "赵强")]


def test_a_second_official_in_brackets_under_an_answer_and_a_last_answer_that_closes():
    conf = conf_of("主持人 刘友宾：下面请提问。\n问：新华社记者。资金投入有多少？\n答：（赵晓东）中央水污染防治资金安排257亿元。\n"
                   "（刘友宾）我补充一下，生态环境部还将组织美丽海湾案例征集。\n问：下一步有无简化计划？\n"
                   "答：（刘友宾）相关简化方案正在研究中，适时发布。今天的发布会到此结束，谢谢大家。\n")
    first, last = conf.qa_pairs
    assert [conf.participant(a).name for a in first.answerers] == ["赵晓东", "刘友宾"]
    assert last.status == "answered" and [conf.participant(a).name for a in last.answerers] == ["刘友宾"]


def test_callers_and_netizens_named_after_their_askers_word():
    conf = conf_of("【主持人】下面请听众提问。\n【听众】张女士：老板欠了我们四个月工资了，怎么办？\n【嘉宾】吴静：我们今天就安排核实。\n"
                   "【听众】刘先生：灵活就业人员交养老保险，一年要交多少钱？\n【嘉宾】马国栋：每月缴纳797.2元。\n")
    assert [(conf.participant(q.reporter).name, q.status) for q in conf.qa_pairs] == [("张女士", "answered"), ("刘先生", "answered")]
    conf = conf_of("【09:01】主持人 王蕾：我们接通听众电话。\n【09:08】听众 李先生（来电）：健身房关门了，能退钱吗？\n"
                   "【09:10】嘉宾 韩雪梅：目前已经立案调查。\n【09:25】听众 周阿姨（来电）：短斤缺两的谁来管？\n【09:26】嘉宾 杜鹏：我们来查。\n")
    assert [conf.participant(q.reporter).name for q in conf.qa_pairs] == ["李先生", "周阿姨"]
    assert conf.turn_text(conf.turns[1]) == "健身房关门了，能退钱吗？"
    conf = conf_of("主持人：请李局长介绍情况。\n李伟：优良天数299天。\n问：网友“蓝天白云”：为什么有的工厂还在冒烟？\n"
                   "李伟：全市1386家企业纳入应急减排清单。\n问：网友“晴空万里”追问：补贴资金什么时候能到位？\n李伟：年底前。\n")
    assert [conf.participant(q.reporter).name for q in conf.qa_pairs] == ["蓝天白云", "晴空万里"]
    assert [t.kind for t in conf.turns] == ["opening", "statement", "question", "answer", "question", "answer"]


def test_a_callers_question_the_host_relays_in_reported_speech_is_a_question():
    conf = conf_of("主持人：请刘局长介绍情况。\n刘建华（市交通运输局局长）：今年投资186.4亿元。\n"
                   "主持人：市民王先生来电反映，早上七点多那一班经常满员上不去，问能不能增加班次。\n"
                   "刘建华（市交通运输局局长）：王先生您好，我们计划增开区间车。\n")
    assert [t.kind for t in conf.turns] == ["opening", "statement", "question", "answer"]
    assert conf.qa_pairs[0].status == "answered"
    # a netizens' concern the host relays, no question mark
    conf = conf_of("主持人：欢迎收看本期在线访谈。\n主持人：有网友很关心厨余垃圾最后去了哪里。\n陈志远（市城市管理局局长）：全市有厨余垃圾处理厂3座。\n")
    assert [t.kind for t in conf.turns][1:] == ["question", "answer"]


def test_a_paragraph_reporting_an_officials_words_between_labelled_turns_is_their_turn():
    conf = conf_of("主持人：請王局長介紹情況。\n盧秀燕市長：\n市府將持續推動清淨空氣行動計畫。\n"
                   "環保局長 陳宏益表示，環保局112年共稽查工廠2,316家次。\n交通局長葉昭甫說明，目前全市電動公車已達620輛。\n"
                   "記者問：電動公車何時全面上路？\n交通局長葉昭甫說明，預計2030年全面電動化。\n")
    assert [conf.participant(t.participant).name for t in conf.turns] == [None, "盧秀燕", "陳宏益", "葉昭甫", None, "葉昭甫"]
    assert conf.qa_pairs[0].answerers == (by_name(conf, "葉昭甫").id,)
    assert conf.turn_text(conf.turns[2]).startswith("環保局長 陳宏益表示")  # (the words stay the turn's)
    # a news story without labels is read as a story
    assert conf_of("本報訊\n環保局長 陳宏益表示，環保局共稽查工廠2,316家次。\n").doc_type == "news_report"


def test_a_taiwan_pages_counter_contact_and_neighbours_are_chrome_and_date_nothing():
    conf = conf_of("中市空品再進步 盧市長：持續減煤\n點閱次數：1,284\n主持人：請局長說明。\n陳宏益局長：今年空品改善。\n記者：請問？\n"
                   "陳宏益局長：好的。\n新聞聯絡人：環保局空氣品質科 科長 林志明\n上一則：北市推動老宅延壽 下一則：北市府113年5月1日市政會議\n")
    assert conf.title == "中市空品再進步 盧市長：持續減煤" and conf.date is None
    assert conf.turn_text(conf.turns[-1]) == "好的。"


def test_a_bracketed_reporters_word_then_the_outlet_in_round_brackets():
    conf = conf_of("【主持人】請提問。\n【記者】（聯合報）：\n請問蔡局長，空品如何？\n【蔡炳坤】：持續改善。\n【記者】（TVBS）：\n"
                   "請問何時完成？\n【蔡炳坤】：年底。\n")
    assert [q.outlet for q in conf.qa_pairs] == ["聯合報", "TVBS"] and conf.turn_text(conf.turns[1]) == "請問蔡局長，空品如何？"


def test_a_remote_guests_link_is_no_part_of_their_title():
    conf = conf_of("新闻1+1\n主持人 白岩松：这背后是什么原因？我们连线生态环境部大气环境司司长李天威。\n"
                   "连线 生态环境部大气环境司司长 李天威：重污染天数有所增加。\n主持人 白岩松：好。请问下一步呢？\n"
                   "连线 生态环境部大气环境司司长 李天威：加强治理。\n")
    assert by_name(conf, "李天威").title == "生态环境部大气环境司司长"


def test_an_unnamed_spokesperson_the_headline_names_answers():
    conf = conf_of("首页 > 新闻发布\n商务部新闻发言人就美方对华半导体出口管制措施答记者问\n2024-12-03 09:15　来源：商务部新闻办公室\n"
                   "问：美方将136家中国实体列入实体清单，请问商务部对此有何评论？\n答：中方对此坚决反对。\n"
                   "问：中方是否会采取反制措施？\n答：我们会综合评估，适时作出回应。\n")
    answerer = conf.participant(conf.qa_pairs[0].answerers[0])
    assert (answerer.name, answerer.title, answerer.organisation) == (None, "商务部新闻发言人", "商务部")


def test_a_two_character_name_padded_to_three_takes_its_title_from_the_invitation():
    conf = conf_of("市生态环境局新闻发布会\n"
                   "主持人：今天请市生态环境局局长王  伟同志通报情况。\n"
                   "王  伟：上半年，全市优良天数157天。\n"
                   "新华社记者：请问王局长，下半年有哪些重点工作？\n"
                   "王  伟：我们将推进臭氧污染防治。\n")
    assert speaker_titles(conf) == {"王伟": "市生态环境局局长"}
    wang = next(p for p in conf.participants if p.name == "王伟")
    assert [pair.addressee for pair in conf.qa_pairs] == [wang.id]


def test_organisations_answer_in_their_own_name_and_numbered_reporters_stay_apart():
    conf = conf_of("规划新闻发布会答问实录\n主持人：下面进入答问环节。\n"
                   "记者1：请问市生态环境局，规划提出了哪些目标？\n"
                   "市生态环境局：到2025年，优良天数比例达到85%以上。\n"
                   "记者2：想问一下市水务局，水源地保护有什么举措？\n"
                   "市水务局：我们将完成12个水源地规范化建设。\n")
    assert conf.doc_type == "transcript"
    who = {p.id: p for p in conf.participants}
    bodies = [p for p in conf.participants if p.role == "speaker"]
    assert [(p.name, p.organisation) for p in bodies] == [(None, "市生态环境局"), (None, "市水务局")]
    assert [p.title for p in conf.participants if p.role == "reporter"] == ["记者1", "记者2"]
    asked = [(who[q.reporter].title, who[q.addressee].organisation, [who[a].organisation for a in q.answerers])
             for q in conf.qa_pairs]
    assert asked == [("记者1", "市生态环境局", ["市生态环境局"]), ("记者2", "市水务局", ["市水务局"])]


def test_a_task_list_by_organisation_is_a_report_under_its_own_headline():
    conf = conf_of("关于印发《大气污染防治工作任务分工》的通知\n各有关单位：\n现将任务分工印发给你们，请认真抓好落实。\n"
                   "一、任务分工\n市生态环境局：负责统筹协调，牵头开展重污染天气应对。\n"
                   "市住房城乡建设局：负责建筑工地扬尘污染治理。\n市交通运输局：负责道路运输扬尘管控。\n"
                   "市公安局：负责机动车限行管理。\n市城市管理局：负责道路清扫保洁。\n")
    assert conf.doc_type == "report" and not conf.turns
    assert conf.title == "关于印发《大气污染防治工作任务分工》的通知"


def test_a_page_without_a_year_takes_it_from_a_file_name_that_carries_a_date():
    page = "国防部例行记者会\n11月26日下午，国防部举行例行记者会，国防部新闻发言人任国强答记者问。\n记者：请问有何评论？\n任国强：中方坚决反对。\n"
    conf = conf_of(page, source="archive/mnd-2020-11-26-briefing.txt")
    assert conf.date == "2020-11-26" and conf.warnings == ("date: the page writes no year; the year 2020 is the file name's",)
    undated = page.replace("11月26日下午，", "")
    assert conf_of(undated, source="20201126.html").date == "2020-11-26"
    assert conf_of(undated, source="P202011260304.htm").date is None  # a press-release id, not a date
    dated = page.replace("11月26日", "2020年11月27日")
    conf = conf_of(dated, source="mnd-2020-11-26.txt")
    assert conf.date == "2020-11-27" and conf.warnings == ()  # the page's own date wins


def test_a_long_page_dated_only_at_its_foot_takes_the_year_from_there():
    answer = "政府会继续推动房屋供应，增加土地储备，并与各界保持沟通。" * 200  # the foot lies far below the head
    page = ("行政长官会见传媒开场发言及答问内容\n以下是行政长官李家超今日（十月十六日）会见传媒的答问内容：\n"
            "记者：特首，房屋供应何时增加？\n行政长官：" + answer + "\n完\n\n2025年10月16日（星期四）\n香港时间21时05分\n")
    assert conf_of(page).date == "2025-10-16"
    # a date said in an answer is no dateline
    assert conf_of(page.replace("\n完\n\n2025年10月16日（星期四）", "2025年10月16日正式启用。")).date is None


def test_a_lead_day_takes_the_year_of_its_month_in_the_headline():
    page = ("省生态环境厅2025年8月例行新闻发布会\n8月26日，省生态环境厅举行例行新闻发布会，副厅长马骏回答记者提问。\n"
            "记者：臭氧污染为什么比往年轻？\n马骏：气象条件较为有利。\n")
    assert conf_of(page).date == "2025-08-26"
    # another month, or a month that bounds a period, gives no year
    assert conf_of(page.replace("2025年8月", "2025年7月")).date is None
    bounded = page.replace("省生态环境厅2025年8月例行新闻发布会", "省生态环境厅例行新闻发布会").replace(
        "回答记者提问", "介绍2024年8月以来的工作并回答记者提问")
    assert conf_of(bounded).date is None


def test_a_year_and_month_before_a_count_are_no_date():
    conf = conf_of("生态环境部通报5月全国空气质量\n附件：2025年5月168个重点城市空气质量排名\n主持人：请提问。\n"
                   "记者：哪些城市较差？\n答：临汾等。\n")
    assert conf.date != "2025-05-16"


@pytest.mark.parametrize("page, place", [
    # a Hong Kong stand-up names its officials' titles, seldom 香港
    ("財政司司長會見傳媒談話全文\n以下是財政司司長今日會見傳媒的談話全文：\n記者：司長，預算案何時公布？\n"
     "財政司司長：我們會適時公布。\n記者：會否派糖？\n財政司司長：稍後再談。\n", "香港"),
    # a county's news headline: the conference "举行"
    ("长丰县重大项目集中签约仪式暨新闻发布会举行\n3月12日上午，长丰县重大项目集中签约仪式暨新闻发布会在县政务中心举行。\n"
     "主持人：请县投资促进中心主任王强介绍。\n王强：今年全县新签约项目16个。\n记者：请问王主任，落地情况如何？\n王强：已开工9个。\n",
     "长丰县"),
    # a guest's visit to a city's portal names no city 做客
    ("市生态环境局局长李伟做客在线访谈\n12月6日，市生态环境局局长李伟做客市政府门户网站，与网友交流。\n主持人：请李局长介绍。\n"
     "李伟：今年优良天数280天。\n网友：请问何时治理？\n李伟：年底前。\n", None),
    # a city whose name ends with another city's: 马鞍山 is no 鞍山
    ("马鞍山市空气质量新闻发布会\n主持人：请王局长介绍。\n王刚：今年马鞍山市优良天数280天。\n记者：请问？\n王刚：好。\n", "马鞍山"),
    # Macau's chief executive shares the title: the longer cue names the region
    ("行政長官會見傳媒談話內容\n澳門特別行政區行政長官今日上午在政府總部會見傳媒。\n記者：請問行政長官，預算如何？\n"
     "行政長官：澳門特區政府會繼續推動經濟適度多元。\n", "澳门"),
    # the venue of a national event
    ("10日上午10时十届全国人大三次会议在人民大会堂举行记者招待会。\n[主持人] 女士们，先生们，大家好。\n"
     "[记者] 请问今年粮食产量目标是多少？\n[杜青林] 目标是稳定在9000亿斤以上。\n", "北京"),
    # the host's welcome names the body; a ministry's name carries no country
    ("【高峰】:各位记者朋友,大家下午好!欢迎大家参加商务部例行新闻发布会。下面请提问。\n【路透社记者】:请问磋商进展如何?\n"
     "【高峰】:双方保持密切沟通。\n", "商务部"),
    ("中国商务部召开例行新闻发布会\n记者：请问有何评论？\n高峰：我们注意到有关报道。\n", "商务部"),
    # a city named only in a question is what is asked about, not where
    ("问：据报道，达沃市市长杜特尔特当选总统，达沃市民欢庆。中方有何评论？\n答：中方表示祝贺。\n"
     "问：请介绍访问安排。\n答：我们会及时发布消息。\n", None),
    # the site's name (a page title "…_江阳市人民政府") vouches for the city named there
    ("我市召开环境质量新闻发布会_江阳市人民政府\n我市召开环境质量新闻发布会\n1月18日，市政府新闻办召开新闻发布会。\n"
     "林芳：下面请周局长介绍。\n周建华：全市优良天数305天。\n记者：请问周局长，下一步如何？\n周建华：继续治理。\n", "江阳"),
    # a news lead's source ("记者从…获悉") is not part of the body's name
    ("我市今年将投入12亿元治理大气污染\n本报讯（记者 周敏）3月1日，记者从市政府新闻办召开的新闻发布会上获悉，今年将投入资金12亿元。\n"
     "市生态环境局局长王刚介绍，全市优良天数达到290天。\n", "市政府新闻办"),
    # a district or county that heads the title and holds the event: the place of a page with no city
    ("南湾区秋冬季大气污染防治新闻发布会\n11月5日上午，南湾区召开新闻发布会。\n主持人：请吴局长介绍。\n"
     "吴涛：全区PM2.5浓度33微克/立方米。\n", "南湾区"),
    ("和平县防汛工作新闻发布会\n6月1日，和平县人民政府召开新闻发布会。\n主持人：请周局长介绍。\n周强：全县水库已落实责任人。\n",
     "和平县"),
    # a city whose name holds a character that rarely names a place (城, 本, 日): the gazetteer vouches
    ("晋城市召开生态环境新闻发布会\n主持人：请介绍。\n王刚：全市优良天数300天。\n", "晋城"),
    ("本溪市生态环境新闻发布会\n主持人：请介绍。\n王刚：全市优良天数300天。\n", "本溪"),
    # a county whose title it heads, on a page that speaks as that county (全县)
    ("安平县乡村振兴工作新闻发布会\n主持人：请范局长介绍。\n范军：全县粮食播种面积稳定在52万亩。\n", "安平县"),
    ("开发区招商引资新闻发布会\n主持人：请介绍。\n李明：全区签约项目12个。\n", None),
    # 自治区 alone is the region's short name: the body that holds the event is the place given
    ("自治区生态环境保护工作新闻发布会\n6月4日，自治区人民政府新闻办公室召开新闻发布会。\n主持人：请介绍。\n"
     "买买提·艾力：全区优良天数比例为80.3%。\n", "自治区人民政府新闻办公室"),
    # a development zone in the title that nothing holds is no place
    ("开发区招商引资新闻发布会\n市商务局召开新闻发布会。\n主持人：请介绍。\n李明：签约项目12个。\n", "市商务局"),
    # a province the title names in full, as it is called; its city, when one is named, before it
    ("河北省政府新闻办举行全省生态环境保护新闻发布会\n主持人：请介绍。\n赵刚：全省优良天数比例为80%。\n", "河北"),
    ("内蒙古自治区政府新闻办新闻发布会\n主持人：请介绍。\n王刚：全区优良天数比例为90%。\n", "内蒙古"),
    ("河北省石家庄市生态环境局新闻发布会\n主持人：请介绍。\n王刚：全市优良天数300天。\n", "石家庄"),  # not 家庄
    ("呼和浩特市生态环境新闻发布会\n主持人：请介绍。\n王刚：全市优良天数300天。\n", "呼和浩特"),
    ("上海市政府新闻发布会\n主持人：请介绍。\n王刚：全市优良天数300天。\n", "上海"),  # 市政府 is the city's
    ("省政府新闻办新闻发布会实录\n主持人：请介绍。\n王刚：全省优良天数比例为80%。\n", "省政府新闻办"),
    # a court or procuratorate holds its own briefing
    ("环境资源审判白皮书新闻发布会\n6月5日，市中级人民法院召开新闻发布会。\n胡蓉：请介绍。\n陈志远：受理案件1268件。\n",
     "市中级人民法院"),
    # 市区 is the urban area: the word before it is no city unless the gazetteer knows it
    ("在线访谈\n主持人：请介绍。\n马卫东：全市老年人可免费乘坐市区公交。\n", None),
    # a body named by its level alone gives way to the city the page names
    ("超级赛新闻发布会\n市政府新闻办召开新闻发布会。\n主持人：请介绍。\n汪靖：临江市将承办本届赛事，全市已准备就绪。\n", "临江"),
    # a district after the year that opens the title
    ("2024年南海区义务教育积分入学政策解读新闻发布会\n主持人：请介绍。\n黄少雄：全区学位增加3200个。\n", "南海区"),
    ("在线访谈\n主持人：请介绍。\n马卫东：全市老年人可免费乘坐北京市区公交。\n", "北京"),
    # a doubled verb before the word 城市 is no city (聊聊城市, not 聊城)
    ("在线访谈\n主持人：今天和大家聊聊城市交通。\n马卫东：全市公交线路120条。\n", None),
    # a word that ends in 市 is no city: "表示都市固体废物" names no 示都
    ("垃圾收费新闻\n局长謝展寰今日会见传媒，表示都市固体废物收费将按计划实施。\n记者：会否押后？\n謝展寰：不会。\n", "香港"),
    # a day between the body and its verb
    ("国务院政策例行吹风会\n国务院新闻办公室于2024年8月13日（星期二）下午3时举行国务院政策例行吹风会。\n主持人：请介绍。\n"
     "王刚：全国PM2.5浓度下降。\n", "国务院新闻办公室"),
    # a body named by its level alone sits in the province the page names for it, or the city its title names
    ("养老金提高 省政府新闻办举行发布会\n来源：大象新闻\n【解说】1月25日，河南省人民政府新闻办公室召开新闻发布会。\n"
     "主持人：请介绍。\n王刚：全省约2600万人受益。\n", "河南"),
    ("新闻发布会\n湖北日报网 > 发布厅\n中国（湖北）自由贸易试验区挂牌七周年\n4月1日，省政府新闻办举行新闻发布会。\n"
     "主持人：请介绍。\n王刚：累计形成制度创新成果786项。\n", "湖北"),
    ("扬州召开“美丽扬州”建设系列新闻发布会\n9月12日，市政府新闻办召开新闻发布会。\n主持人：请介绍。\n王刚：全市优良天数300天。\n",
     "扬州"),
    # … or the province the page's own lines name (cut as chrome); the body a welcome names is no place with 今天 before it
    ("2024年春节假期文化旅游市场新闻发布会\n来源：河南省人民政府新闻办公室\n刘婧：下午好！今天省政府新闻办举行新闻发布会。\n"
     "林晓燕：全省接待游客5120万人次。\n", "河南"),
    ("2024年春节假期文化旅游市场新闻发布会\n刘婧：下午好！今天省政府新闻办举行新闻发布会。\n林晓燕：全省接待游客5120万人次。\n",
     "省政府新闻办"),
    # … or the city whose bodies the site's own lines (cut as chrome) name, again and again
    ("保定市人民政府网站 首页 > 新闻中心 > 发布会\n市政府新闻办召开新闻发布会\n主持人：请介绍。\n王刚：全市优良天数300天。\n"
     "来源：保定市人民政府新闻办公室  编辑：张三\n主办单位：保定市人民政府办公室 ICP备案号：冀ICP备12345678号\n", "保定"),
    ("保定市人民政府网站 首页 > 新闻中心 > 发布会\n市政府新闻办召开新闻发布会\n主持人：请介绍。\n王刚：全市优良天数300天。\n"
     "主办单位：唐山市人民政府办公室 ICP备案号：冀ICP备12345678号\n", "市政府新闻办"),  # two cities, each once
    # 市值 is a market's value, not a city (流通市值 names no 流通)
    ("资本市场新闻发布会\n今年以来，A股流通市值增长了12%，流通市值再创新高。\n主持人：请介绍。\n方思远：增长了12%。\n", None),
    # a city named only in a guest's post is where the guest comes from, not where the event is
    ("代表通道采访实录\n全国人大代表、湖南省浏阳市沙田村党支部书记周文澜接受采访。\n人民日报记者：请问周代表，有哪些新变化？\n"
     "周文澜：村里收入增长了20%。\n", None),
])
def test_the_place_is_where_the_page_says_the_event_is(page, place):
    assert conf_of(page).place == place


def test_corpus_dates_and_places_against_the_ground_truth():
    """Every page's date (its own, else the year or date its file name carries) is the expected one;
    places: the pages that name where the event is. Misses are printed, not hidden."""
    import json

    from analyzer.pipeline import load

    dates, places, misses = 0, 0, []
    paths = sorted(CORPUS.glob("*.txt"))
    for path in paths:
        expected = json.loads((CORPUS.parent / "expected" / f"{path.stem}.json").read_text(encoding="utf-8"))
        conf = load(path)
        dates += conf.date == expected["date"]
        places += conf.place == expected["place"]
        if conf.place != expected["place"]:
            misses.append(f"{path.stem}: {conf.place} (expected {expected['place']})")
    print("\n".join(misses))
    assert dates == len(paths)
    assert places >= 0.85 * len(paths), misses


def test_a_headline_written_source_colon_claim_is_no_turn():
    conf = conf_of("市气象局局长：今冬明春气候趋势预测\n（2022年11月20日新闻发布会）\n\n"
                   "市气象局局长赵立新出席发布会并回答记者提问。\n\n"
                   "Q：今年冬天会比往年更冷吗？\nA：预计今冬全市平均气温较常年偏低0.5至1℃。\n"
                   "Q：会出现重污染天气吗？\nA：我们将提前48小时发布预警。\n")
    assert conf.title == "市气象局局长：今冬明春气候趋势预测"
    assert names(conf, "speaker") == ["赵立新"] and speaker_titles(conf) == {"赵立新": "市气象局局长"}
    assert [t.kind for t in conf.turns] == ["question", "answer"] * 2
    assert conf.place == "市气象局"  # not 市气象局局: 局长 is his title


def test_an_interviews_headline_whose_claim_has_two_halves_is_no_turn():
    conf = conf_of("中国环境网 首页 | 要闻 | 地方\n专访｜江苏省生态环境厅厅长陆海峰：以环评改革为抓手，助力经济高质量发展\n"
                   "2024-03-22 08:30:12　来源：中国环境报\n编者按：围绕环评审批服务等热点问题，本报记者近日专访了江苏省生态环境厅厅长陆海峰。\n"
                   "记者：去年江苏在环评审批改革方面有哪些亮点？\n陆海峰：全省共审批建设项目环评文件1.86万个。\n"
                   "记者：事中事后监管会不会加强？\n陆海峰：会的。\n")
    assert conf.title == "江苏省生态环境厅厅长陆海峰：以环评改革为抓手，助力经济高质量发展"
    assert [t.kind for t in conf.turns] == ["question", "answer"] * 2
    assert speaker_titles(conf) == {"陆海峰": "江苏省生态环境厅厅长"} and conf.place == "江苏"


def test_an_organisation_and_the_person_who_speaks_for_it_in_one_label():
    conf = conf_of("全省秸秆禁烧工作新闻发布会\n【主持人】今天请有关负责同志介绍秸秆禁烧工作。\n"
                   "【省农业农村厅 张伟】今年全省秸秆综合利用率达到92%以上。\n【省生态环境厅刘洋】发现疑似火点15个。\n"
                   "【新华社记者】请问张伟同志，秸秆还田面积有多少？\n【省农业农村厅 张伟】达到3500万亩。\n")
    assert speaker_titles(conf) == {"张伟": "省农业农村厅", "刘洋": "省生态环境厅"}
    zhang = next(p for p in conf.participants if p.name == "张伟")
    assert [(q.addressee, q.answerers) for q in conf.qa_pairs] == [(zhang.id, (zhang.id,))]


def test_web_spaces_read_as_spaces_and_the_page_keeps_them():
    conf = conf_of("区城管局新闻发布会实录\n主持人：请王局长介绍。\n王刚：全区已建成示范小区86个。\n"
                   "记者：请问王局长，厨余垃圾如何处理？\n王刚：日处理能力达到200吨。\n区城管局局长\u00a0王刚\u00a0出席发布会。\n")
    assert speaker_titles(conf) == {"王刚": "区城管局局长"}
    assert "局长\u00a0王刚" in conf.document.text and "局长 王刚" in conf.document.simplified


def test_small_and_vertical_colons_end_labels():
    conf = conf_of("区城管局新闻发布会\n主持人﹕请王局长介绍。\n王刚︰全区示范小区86个。\n"
                   "记者﹕请问王局长，厨余垃圾如何处理？\n王刚﹕日处理能力达到200吨。\n")
    assert [t.kind for t in conf.turns][-2:] == ["question", "answer"] and names(conf, "speaker") == ["王刚"]
    assert "王刚︰" in conf.document.text  # the page's own characters stay


def test_a_role_word_before_the_person_who_answers_is_no_part_of_the_name():
    conf = conf_of("在线访谈实录\n主持人：欢迎收看今天的访谈。\n访谈嘉宾 王刚：大家好，全区示范小区86个。\n"
                   "网友 清风：请问王刚，厨余垃圾如何处理？\n发布人 王刚：日处理能力达到200吨。\n")
    assert names(conf, "speaker") == ["王刚"]
    assert [t.kind for t in conf.turns][-2:] == ["question", "answer"]


@pytest.mark.parametrize("dated, iso", [
    ("二〇二三年三月三十日", "2023-03-30"),  # official documents write the date in Chinese numerals
    ("二〇二三年十二月一日上午，市政府新闻办召开新闻发布会。", "2023-12-01"),
    ("2023年3月30日 星期四", "2023-03-30"),
    ("【发布日期】20230330", "2023-03-30"),  # eight digits after a date's cue
    ("编号：20230330001\n发布时间：2023-04-02", "2023-04-02"),  # an id is no date
    ("Regular Press Conference on March 30, 2023", "2023-03-30"),  # English, in a bilingual headline
    ("Thu, 30 Mar 2023 10:00:00 +0800", "2023-03-30"),  # a feed's date
])
def test_a_full_date_in_either_numerals(dated, iso):
    page = f"市生态环境局新闻发布会\n{dated}\n主持人：请王局长介绍。\n王刚：示范小区86个。\n记者：请问王局长，下一步？\n王刚：继续。\n"
    assert conf_of(page).date == iso


def test_an_answer_mark_names_its_official_in_a_label_with_brackets_or_in_the_answer():
    conf = conf_of("鹤林县召开新闻发布会\n11月4日，县农业农村局局长石国栋、县生态环境分局局长卢建新出席发布会。\n"
                   "主持人：请大家提问。\n问：农村厕所建而不用怎么解决？\n"
                   "答：石国栋（县农业农村局局长）：谢谢你的提问。我们建立了首厕过关制。\n"
                   "问：生活污水治理下一步有什么打算？\n答：感谢提问。我是县生态环境分局卢建新。明年新建处理设施40座。\n")
    who = {p.id: p for p in conf.participants}
    assert [[who[a].name for a in q.answerers] for q in conf.qa_pairs] == [["石国栋"], ["卢建新"]]
    assert not any(p.role == "speaker" and p.name is None for p in conf.participants)
    assert conf.turn_text(conf.turns[2]).startswith("谢谢你的提问")


def test_a_host_labelled_by_title_first_and_as_host_later_is_one_person():
    conf = conf_of("锦屏区新闻发布会\n9月26日，锦屏区政府新闻办召开新闻发布会。\n区政府新闻办主任 严思琪：\n"
                   "各位媒体朋友，大家上午好！出席今天发布会的有区生态环境局局长段鹏飞先生、区发展和改革局副局长冯佳宁女士。"
                   "首先请段鹏飞局长介绍有关情况。\n区生态环境局局长 段鹏飞：\n累计实施重点项目37个。\n主持人：\n下面请记者提问。\n"
                   "锦屏晚报记者：\n请问冯副局长，对企业有哪些支持政策？\n区发展和改革局副局长 冯佳宁：\n给予最高300万元补助。\n"
                   "主持人：\n发布会到此结束。\n")
    host = by_name(conf, "严思琪")
    assert host.role == "moderator"
    assert [p.name for p in conf.participants if p.role == "moderator"] == ["严思琪"]
    assert {t.participant for t in conf.turns if t.role == "moderator"} == {host.id}
    assert conf.turns[0].kind == "opening" and conf.turns[-1].kind == "closing"


def test_a_hong_kong_lead_names_the_officials_of_title_only_labels():
    page = ("環境及生態局局長謝嘉雯今日（十一月七日）在添馬政府總部舉行記者會，公布都市固體廢物收費安排。"
            "環境保護署署長郭振邦亦有出席。\n環境及生態局局長：各位傳媒朋友，午安。\n記者：收費何時實施？\n"
            "環境及生態局局長：明年四月實施。\n記者：罰則如何？\n環境保護署署長：會循序漸進。\n"
            "記者：回收點夠不夠？\n環境保護署副署長（二）：我們會再增加。\n")
    conf = conf_of(page)
    officials = [(p.name, p.title) for p in conf.participants if p.role == "speaker"]
    assert officials == [("謝嘉雯", "環境及生態局局長"), ("郭振邦", "環境保護署署長"), (None, "環境保護署副署長（二）")]
    assert conf.qa_pairs[-1].status == "answered"
    # one who speaks in the sentence after the event's names the official a later surname label stands for
    conf = conf_of("4月10日，市政府新闻办召开新闻发布会。市交通运输局局长张国栋介绍说，一季度交通投资增长13.2%。\n"
                   "主持人：下面请记者提问。\n记者：我想问张局长，地铁建设进展如何？\n张局长：主体工程已完成80%。\n")
    zhang = by_name(conf, "张国栋")
    assert (zhang.title, zhang.role) == ("市交通运输局局长", "speaker")
    assert conf.qa_pairs[0].addressee == zhang.id and conf.qa_pairs[0].answerers == (zhang.id,)
    # one joined to the host's sentence by 并与 has no 并与 in the title
    conf = conf_of("市城管局副局长孙立平主持发布会，并与市城管局环卫处处长郑海燕一起回答记者提问。\n孙立平：请提问。\n"
                   "记者：分类进展如何？\n郑海燕：覆盖率达到90%。\n")
    assert by_name(conf, "郑海燕").title == "市城管局环卫处处长"
    # Macau's day after a name, and one the host brings along (联同, 偕同), are neither name nor title nor place
    for lead in ("今（23）日聯同", "今日偕同"):
        conf = conf_of(f"社會文化司記者會\n社會文化司司長歐陽瑜{lead}衛生局局長羅奕龍出席記者會。\n記者：接種率是多少？\n"
                       "歐陽瑜：達到90%。\n記者：床位夠嗎？\n羅奕龍：共有床位1800張。\n")
        assert [(p.name, p.title) for p in conf.participants if p.role == "speaker"] == [
            ("歐陽瑜", "社會文化司司長"), ("羅奕龍", "衛生局局長")]
        assert conf.place is None or "衛生局" not in conf.place


def test_a_surname_and_title_in_brackets_is_a_label_among_bracketed_labels():
    conf = conf_of("云河市新闻发布会\n市生态环境局副局长赵敏、市农业农村局调研员段卫红出席发布会。\n【主持人】：请赵敏副局长介绍。【赵敏】：全市受污染耕地安全利用率达到93%。"
                   "【主持人】：请提问。【中国环境报记者】：耕地安全利用有哪些措施？【段卫红】：主要是品种替代。"
                   "【赵局长】：我补充一点，监测点位不少于300个。【主持人】：发布会到此结束。\n")
    pair = conf.qa_pairs[0]
    assert [conf.participant(a).name for a in pair.answerers] == ["段卫红", "赵敏"]


def test_a_taiwan_briefing_numbered_header_and_body_name_post_labels():
    conf = conf_of("院會後記者會\n一、時間：113年3月21日（星期四）中午12時\n二、主持人：行政院發言人陳宜萱\n"
                   "三、出席人員：經濟部部長方國豪、交通部政務次長吳振宇\n發言人陳宜萱：各位媒體朋友大家好。以下請經濟部方部長說明。\n"
                   "經濟部方國豪部長：電網投資5,645億元。\n發言人陳宜萱：接下來請交通部吳次長說明。\n"
                   "交通部吳振宇政務次長：台鐵公司化後營運穩定。\n發言人陳宜萱：現在開放提問。\n"
                   "中時新聞網記者：想請問發言人，台鐵債務會不會排擠其他預算？\n"
                   "發言人陳宜萱：這部分是分年攤還，每年大約編列新台幣100億元左右，不會影響其他施政，也不會排擠社福預算。吳次長要不要補充？\n"
                   "交通部吳振宇政務次長：補充一點，攤還期間是15年。\n發言人陳宜萱：今天的記者會到此，謝謝大家。\n")
    assert conf.date == "2024-03-21"
    roles = {(p.name, p.title): p.role for p in conf.participants}
    assert roles[("陳宜萱", "行政院發言人")] == "moderator"
    assert roles[("方國豪", "經濟部部長")] == roles[("吳振宇", "交通部政務次長")] == "speaker"
    pair = conf.qa_pairs[0]
    # the spokesperson answers, then invites the deputy minister to add to it
    assert [conf.participant(a).name for a in pair.answerers] == ["陳宜萱", "吳振宇"]


def test_a_host_who_passes_the_question_on_as_a_question_keeps_it_open():
    conf = conf_of("市新闻发布会\n市生态环境局局长王刚、副局长李红出席发布会。\n主持人：请提问。\n记者：空气质量如何？\n"
                   "主持人：李副局长要不要先说一下？\n李红：优良天数300天。\n王刚：我再补充一点，明年更好。\n主持人：发布会到此结束。\n")
    assert [t.kind for t in conf.turns] == ["opening", "question", "procedural", "answer", "answer", "closing"]
    assert [conf.participant(a).name for a in conf.qa_pairs[0].answerers] == ["李红", "王刚"]


def test_labels_with_a_mark_before_a_language_after_or_the_person_in_brackets_after_an_answer_mark():
    conf = conf_of("县应急管理局新闻发布会\n县应急管理局局长熊国良、副局长罗志坚出席发布会。\n📌主持人 钱晓帆：请提问。\n"
                   "彭博社记者（英文）：\n煤矿何时复产？\n答：（县应急管理局局长 熊国良）复产要经过验收。\n"
                   "问：救援进展如何？\n答：（罗志坚）已转移87人。\n")
    assert [(t.role, t.kind) for t in conf.turns] == [("moderator", "opening"), ("reporter", "question"),
                                                      ("speaker", "answer"), ("reporter", "question"), ("speaker", "answer")]
    assert conf.participant(conf.turns[0].participant).name == "钱晓帆"
    assert conf.qa_pairs[0].outlet == "彭博社"
    assert [[conf.participant(a).name for a in q.answerers] for q in conf.qa_pairs] == [["熊国良"], ["罗志坚"]]
    assert conf.turn_text(conf.turns[2]) == "复产要经过验收。"


def test_a_host_question_answered_under_an_answer_mark_is_a_question_beside_netizens_questions():
    conf = conf_of("市交通运输局局长王建做客在线访谈\n主持人：今天我们邀请到市交通运输局局长王建。\n王建：各位网友好！\n"
                   "主持人：今年全市公交线网优化有哪些举措？\n答：今年新开公交线路12条。\n"
                   "主持人：网友“小马”问：地铁3号线什么时候开通？\n答：预计12月底开通。\n")
    assert [t.kind for t in conf.turns] == ["opening", "statement", "question", "answer", "question", "answer"]
    assert [q.status for q in conf.qa_pairs] == ["answered", "answered"]


def test_a_host_follow_up_the_host_calls_one_is_a_question_where_reporters_ask():
    conf = conf_of("省水利厅新闻发布会\n主持人：今天我们邀请到省水利厅副厅长范志强介绍情况。\n范志强：全省水库蓄水充足。\n"
                   "主持人：下面请记者提问。\n记者：今年会不会出现干旱？\n范志强：可能出现阶段性干旱。\n"
                   "主持人：关于这个问题，我追问一下，如果出现干旱，有没有应急送水的预案？\n范志强：有的，全省共有送水车1100余辆。\n")
    assert [t.kind for t in conf.turns][-2:] == ["question", "answer"]
    assert len(conf.qa_pairs) == 2


def test_the_person_in_brackets_after_an_answer_mark_whose_words_have_a_colon():
    conf = conf_of("市人社局新闻发布会\n主持人：今天我们邀请到市人社局副局长熊立军、市就业局局长王芳介绍情况。\n"
                   "问1：稳岗返还政策有哪些变化？\n答1：（熊立军）主要有三点变化：一是扩大范围，二是提高比例。\n"
                   "问2：毕业生就业情况如何？\n答2：（王芳）约8.6万人。\n")
    assert [[conf.participant(a).name for a in q.answerers] for q in conf.qa_pairs] == [["熊立军"], ["王芳"]]
    assert conf.turn_text(conf.turns[2]).startswith("主要有三点变化：")


def test_numbered_questions_answered_in_unlabelled_paragraphs_beside_a_host():
    page = ("南屏市新闻发布会答记者问\n6月4日，市政府新闻办举行新闻发布会，市农业农村局局长梁国栋出席，市政府新闻办副主任郁青主持。\n"
            "郁青：下面请记者提问。\n1. 南屏日报记者：今年麦收期间天气情况如何？\n"
            "据气象部门预测，6月上中旬我市降水总体偏少，以晴到多云天气为主，有利于麦收。\n"
            "2. 南屏广播电视台记者：小麦收购价格今年怎么样？\n今年小麦最低收购价为每斤1.18元，比去年提高0.01元，农民收益有保障。\n"
            "郁青：发布会到此结束。\n")
    conf = conf_of(page)
    assert [t.kind for t in conf.turns] == ["opening", "question", "answer", "question", "answer", "closing"]
    assert all(q.status == "answered" for q in conf.qa_pairs)
    assert conf.turns[4].participant != conf.turns[3].participant  # the answer is no longer the reporter's
    # a placeholder between two questions is no answer
    conf = conf_of(page.replace("据气象部门预测，6月上中旬我市降水总体偏少，以晴到多云天气为主，有利于麦收。", "（英文部分）"))
    assert [t.kind for t in conf.turns].count("answer") == 1


def test_an_interpreted_question_and_the_hosts_gist_of_one_are_the_question():
    conf = conf_of("国家统计局新闻发布会\n国家统计局新闻发言人付凌晖出席发布会。\n主持人：请提问。\n路透社记者：\n（英文）\n"
                   "翻译：今年以来CPI涨幅较低，请问是否存在通缩风险？\n付凌晖：不存在通缩。\n法新社记者：（英文提问）\n"
                   "主持人：这位记者的问题大意是，外资是否在撤离中国？\n付凌晖：外资总体稳定。\n主持人：发布会到此结束。\n")
    assert [t.kind for t in conf.turns] == ["opening", "question", "answer", "question", "answer", "closing"]
    assert [q.outlet for q in conf.qa_pairs] == ["路透社", "法新社"]
    assert "通缩" in conf.turn_text(conf.turns[1]) and "外资" in conf.turn_text(conf.turns[3])
    # the host who renders it, marked as a translation on the next line ("邢慧娜：\n（翻译）我的问题…")
    conf = conf_of("国家统计局新闻发布会\n主持人：国务院新闻办新闻局副局长 邢慧娜\n发布人：国家统计局新闻发言人 付凌晖\n"
                   "邢慧娜：女士们、先生们，大家上午好！欢迎出席国务院新闻办新闻发布会。下面请提问。\n路透社记者：\n（英文）\n"
                   "邢慧娜：\n（翻译）请问是否存在通缩风险？\n付凌晖：不存在通缩。\n新华社记者：请问就业形势如何？\n"
                   "付凌晖：总体稳定。\n邢慧娜：今天的发布会到此结束。\n")
    assert [(q.outlet, conf.participant(q.answerers[0]).name) for q in conf.qa_pairs] == [("路透社", "付凌晖"), ("新华社", "付凌晖")]
    assert "通缩" in conf.turn_text(conf.turns[1])


@pytest.mark.parametrize("headline, title", [
    ("松陵县秸秆禁烧工作新闻发布会召开_松陵新闻网", "松陵县秸秆禁烧工作新闻发布会召开"),
    ("【图文直播】白杨市新能源产业新闻发布会_白杨网", "白杨市新能源产业新闻发布会"),
    ("南湖市城市管理局例行新闻发布会 - 南湖市人民政府门户网站", "南湖市城市管理局例行新闻发布会"),
    ("【视频】市政府新闻办举行秋冬季大气污染治理新闻发布会", "市政府新闻办举行秋冬季大气污染治理新闻发布会"),  # (no caption)
])
def test_a_headline_loses_the_sites_name_and_a_column_mark(headline, title):
    conf = conf_of(headline + "\n主持人：请王局长介绍。\n王刚：示范小区86个。\n记者：下一步？\n王刚：继续。\n")
    assert conf.title == title


def test_a_papers_name_in_book_title_marks_and_an_outlets_follow_up_are_reporters_labels():
    conf = conf_of("2023年12月5日外交部发言人唐雪晴主持例行记者会\n唐雪晴：下面请提问。\n法新社记者：美方称中方行为危险，你有何回应？\n"
                   "唐雪晴：美方说法颠倒黑白。\n法新社记者追问：美方称这是国际水域？\n唐雪晴：我刚才已经回答了这个问题。\n"
                   "《环球时报》记者：气候大会中方有什么期待？\n唐雪晴：中方愿同各方一道努力。\n")
    assert [q.outlet for q in conf.qa_pairs] == ["法新社", "法新社", "环球时报"]
    assert all(q.status == "answered" for q in conf.qa_pairs)
    assert conf.qa_pairs[0].reporter == conf.qa_pairs[1].reporter


@pytest.mark.parametrize("stamp", ["10：0{}", "（10:0{}）", "上午10:0{}", "10点0{}分"])
def test_live_text_stamps_in_other_forms(stamp):
    lines = ["主持人 省政府新闻办副主任 王海：各位记者，上午好！今天请省生态环境厅厅长李强介绍情况。",
             "李强：全省PM2.5平均浓度为35微克/立方米。", "东川日报记者：请问李强厅长，今年目标是多少？",
             "李强：控制在34微克/立方米以内。", "主持人 省政府新闻办副主任 王海：发布会到此结束。"]
    conf = conf_of("东川省大气污染防治新闻发布会\n" + "\n".join(stamp.format(k + 1) + " " + line for k, line in enumerate(lines)) + "\n")
    assert [t.time for t in conf.turns] == ["10:01", "10:02", "10:03", "10:04", "10:05"]
    assert [t.kind for t in conf.turns] == ["opening", "statement", "question", "answer", "closing"]


@pytest.mark.parametrize("gap", ["", " "])
def test_live_text_with_a_bracketed_label_after_the_stamp(gap):
    lines = ["【丁慧】各位记者朋友，下午好！首先请马永刚局长介绍情况。", "【马永刚】今年全市PM2.5平均浓度为35微克/立方米。",
             "【安徽日报记者】请问马局长，秸秆焚烧罚款多少？", "【马永刚】主要有两点：去年共罚款6.8万元。"]
    conf = conf_of("某市环保发布会\n" + "\n".join(f"15:0{k}{gap}{line}" for k, line in enumerate(lines)) + "\n")
    assert [(t.time, t.role) for t in conf.turns] == [("15:00", t.role) for t in conf.turns[:1]] + [
        ("15:01", "speaker"), ("15:02", "reporter"), ("15:03", "speaker")]
    assert conf.turn_text(conf.turns[2]) == "请问马局长，秸秆焚烧罚款多少？" and conf.qa_pairs[0].outlet == "安徽日报"
    assert conf.turn_text(conf.turns[3]).startswith("主要有两点：")  # (the speech's colon ends no label)


def test_live_text_with_bracketed_labels_that_hold_spaces_and_a_photo_caption():
    page = ("【图文直播】江城市城市更新工作新闻发布会\n"
            "[10:20] [主持人 市政府新闻办副主任 刘晓红] 女士们、先生们，上午好！首先请赵志刚局长介绍。\n"
            "[10:25] [市住房和城乡建设局局长 赵志刚] 全市累计开工改造老旧小区865个。\n"
            "图为发布会现场。 摄影 李明\n"
            "[10:45] [江城电视台记者] 请问赵局长，如何保护历史街区？\n"
            "[10:47] [市住房和城乡建设局局长 赵志刚] 我们坚持“留改拆”并举。\n")
    conf = conf_of(page)
    host, official = conf.participant(conf.turns[0].participant), conf.participant(conf.turns[1].participant)
    assert (host.name, host.role) == ("刘晓红", "moderator") and (official.name, official.title) == ("赵志刚", "市住房和城乡建设局局长")
    assert [t.time for t in conf.turns] == ["10:20", "10:25", "10:45", "10:47"]
    assert conf.turn_text(conf.turns[1]) == "全市累计开工改造老旧小区865个。"  # (the caption is chrome)
    assert conf.participant(conf.qa_pairs[0].addressee).name == "赵志刚"


def test_live_text_with_the_stamp_and_speaker_on_a_line_and_the_words_below():
    lines = [("王海", "各位记者，上午好！今天请省生态环境厅厅长李强介绍情况。"), ("李强", "全省PM2.5平均浓度为35微克/立方米。"),
             ("东川日报记者", "请问李强厅长，今年目标是多少？"), ("李强", "控制在34微克/立方米以内。"), ("王海", "发布会到此结束。")]
    page = "东川省大气污染防治新闻发布会\n主持人：省政府新闻办副主任 王海\n\n" + "\n\n".join(
        f"10:0{k + 1}:12  {who}\n{words}" for k, (who, words) in enumerate(lines)) + "\n"
    conf = conf_of(page)
    assert [(t.time, t.kind) for t in conf.turns] == [
        ("10:01", "opening"), ("10:02", "statement"), ("10:03", "question"), ("10:04", "answer"), ("10:05", "closing")]
    assert conf.turn_text(conf.turns[3]) == "控制在34微克/立方米以内。"


def test_a_bracketed_role_before_a_live_labels_title_and_name():
    conf = conf_of("省生态环境新闻发布会图文直播\n15:00:12 【主持人】省政府新闻办公室副主任 陈穆清：各位记者，下午好！\n"
                   "15:01:30 【发布人】省生态环境厅厅长 宋启明：全省优良天数比例为88.6%。\n15:20:05 湘沅日报记者：下一步怎么做？\n"
                   "15:21:00 【发布人】省生态环境厅厅长 宋启明：继续攻坚。\n15:30:00 【主持人】省政府新闻办公室副主任 陈穆清：发布会到此结束。\n")
    host, official = by_name(conf, "陈穆清"), by_name(conf, "宋启明")
    assert (host.role, host.title) == ("moderator", "省政府新闻办公室副主任")
    assert (official.role, official.title) == ("speaker", "省生态环境厅厅长")
    assert [t.kind for t in conf.turns] == ["opening", "statement", "question", "answer", "closing"]


def test_a_presenter_named_in_brackets_after_the_role_word():
    conf = conf_of("云岭县乡村振兴新闻发布会\n县乡村振兴局局长贺永刚、县农业农村局副局长田秀芝出席发布会。\n主持人（孔德文）：请贺永刚局长发布。\n"
                   "发布人（贺永刚）：全县脱贫人口人均纯收入达到1.52万元。\n主持人（孔德文）：请记者提问。\n"
                   "记者：高标准农田建设进展如何？\n发布人（田秀芝）：今年新建高标准农田3.2万亩。\n")
    assert [(t.kind, conf.participant(t.participant).name) for t in conf.turns] == [
        ("opening", "孔德文"), ("statement", "贺永刚"), ("procedural", "孔德文"), ("question", None), ("answer", "田秀芝")]


def test_written_questions_the_host_reads_out_are_the_askers():
    conf = conf_of("省政府新闻发布会\n7月10日，省政府新闻办举行新闻发布会，省生态环境厅副厅长徐向东出席，省政府新闻办副主任韩晓松主持。\n"
                   "韩晓松：今天的提问均为记者书面提交，由我代为宣读。\n韩晓松：\n第一个问题是晋阳日报记者提问：下一步有哪些措施？\n"
                   "徐向东：重点抓三个方面。\n韩晓松：\n第二个问题是一位网络媒体记者提问：传言是否属实？\n徐向东：正在调查。\n"
                   "韩晓松：下面一个问题来自澎湃新闻记者的书面提问：排名靠后的城市会怎样？\n徐向东：会被约谈。\n")
    who = {p.id: p for p in conf.participants}
    assert [who[q.reporter].organisation for q in conf.qa_pairs] == ["晋阳日报", "网络媒体", "澎湃新闻"]
    assert all(q.answerers for q in conf.qa_pairs)
    assert all(conf.turn_text(t) for t in conf.turns)  # the host's empty label is no turn


@pytest.mark.parametrize("head, iso", [
    # the posting date on a line of page data loses to the lead's day of the event
    ("时间：2024年11月05日　　来源：县融媒体中心　　作者：县政府新闻办\n11月4日下午，县政府新闻办举行新闻发布会。\n", "2024-11-04"),
    ("2023年06月15日10:02 | 来源：人民网\n6月14日，市生态环境局局长王刚做客在线访谈。\n访谈时间：2023年6月14日 15:00\n",
     "2023-06-14"),
    ("发布时间：2025年8月4日 点击数：9772\n7月25日，市政府新闻办召开新闻发布会。\n", "2025-07-25"),
    # 昨日 before the sentence's subject is the day before the page's
    ("2024年06月28日 08:10  来源：澜州日报\n昨日上午，澜州市政府新闻办召开住房公积金政策新闻发布会。\n", "2024-06-27"),
    # a programme's time field is the broadcast's day, not the page's
    ("2023年11月08日 09:05  来源：新闻综合广播\n节目时间：2023年11月7日 上午8:00—9:00\n", "2023-11-07"),
    # Taiwan counts the years of the Republic: 113年 is 2024
    ("發布日期：113-09-27\n時間：113年9月26日（星期四）下午3時\n", "2024-09-26"),
    ("臺中市空品記者會\n發布日期：113-05-03\n", "2024-05-03"),  # (its date field in digits alone)
    # a header's 时间： line gives the event's day; a signed notice's date names no event on the next line
    ("发布时间：2023年06月06日 15:40\n时间：2023年6月5日（星期一）上午10:00\n地点：市政府新闻发布厅\n", "2023-06-05"),
    ("警情通报\n澜城市公安局\n2024年6月8日\n6月9日上午，南华区人民政府召开新闻发布会。\n", "2024-06-09"),
    # 发布时间 on the line of the event's own fields (主题, 发布人) is when the conference was held
    ("2024-08-27 来源：国新网\n发布时间：2024年8月26日 15:00  主题：推动房地产市场平稳健康发展  发布人：住建部副部长 秦海川\n",
     "2024-08-26"),
    # a guest's visit to a call-in or an online interview is the event
    ("2023年06月14日 09:58   来源：临川广播电视台\n编者按：6月13日上午，市住建局局长周文海做客《政风行风热线》直播间。\n",
     "2023-06-13"),
    ("发布日期：2020-09-17\n9月16日下午3点至5点，市农业农村局局长范立峰、副局长宋嘉文做客松阳网“网络问政”栏目。\n",
     "2020-09-16"),
    # a news agency's dateline is the day it reported, after the day of the event it names
    ("2024年11月22日 09:14　来源：中国新闻网\n中新网11月22日电　据商务部网站消息，11月21日，商务部召开例行新闻发布会。\n",
     "2024-11-21"),
    # an event dated by its day alone, in the month of the dateline or of the page's date (or the month before)
    ("东南网8月9日讯 8日上午，福州市政府新闻办召开新闻发布会。\n发布时间：2023年08月09日\n", "2023-08-08"),
    ("發布時間：2024/10/09 06:20\n大陸文化和旅遊部8日下午在北京召開例行新聞發布會。\n", "2024-10-08"),
    ("发布时间：2024年03月01日\n29日上午，市政府新闻办召开新闻发布会。\n", "2024-02-29"),
    # a bare 时间： line is the page's posting when its page fields follow the time (the cleaning cuts them off)
    ("时间：2021年12月28日 15:41   来源：江湾区应急管理局   阅读：865次\n12月27日上午，江湾区政府新闻办召开新闻发布会。\n",
     "2021-12-27"),
    # the portal's clock is no date of the page: "…网站  欢迎您！  今天是：2025年3月2日"
    ("南屏市民政局网站  欢迎您！  今天是：2025年3月2日\n更新时间：2019-10-08\n", "2019-10-08"),
    # a bracketed time field is the event's
    ("【时间】2024年5月20日下午3:00\n发布日期：2024-05-21\n", "2024-05-20"),
])
def test_the_event_date_beats_the_posting_date(head, iso):
    conf = conf_of("市新闻发布会\n" + head + "主持人：请王局长介绍。\n王刚：示范小区86个。\n记者：下一步？\n王刚：继续。\n")
    assert conf.date == iso


def test_a_numbered_question_label_before_the_reporters_label_is_one_label():
    conf = conf_of("省能源局新闻发布会\n省能源局新闻发言人、副局长张星主持发布会。\n张星：今天介绍前三季度能源形势。\n"
                   "问题1：经济日报记者：今年可再生能源装机情况如何？\n答：截至9月底，装机达到1.7亿千瓦。\n"
                   "问题2：中国电力报记者：迎峰度夏电力供应怎样？\n答：张星：电力供应总体平稳。\n")
    who = {p.id: p for p in conf.participants}
    assert [t.kind for t in conf.turns][-4:] == ["question", "answer"] * 2
    assert [(who[q.reporter].organisation, [who[a].name for a in q.answerers]) for q in conf.qa_pairs] == [
        ("经济日报", ["张星"]), ("中国电力报", ["张星"])]
    assert not any(p.role == "reporter" and p.organisation is None for p in conf.participants)


def test_an_answer_label_written_hui_da_and_a_follow_up_asks_the_official_asked_before():
    conf = conf_of("市交通运输局春运新闻发布会\n市交通运输局局长黄海、交警支队副支队长林涛出席。\n主持人：请黄局长介绍。\n"
                   "黄海：预计春运旅客发送量860万人次。\n记者提问：请问黄局长，公交运力如何保障？\n"
                   "回答：我们将增开夜间公交线路18条。\n追问：夜间线路运营到几点？\n黄海：运营至次日凌晨2点。\n"
                   "记者提问：请问林支队长，高速拥堵如何应对？\n林涛：我们在12个易堵点设置了分流引导。\n")
    who = {p.id: p.name for p in conf.participants}
    assert [t.kind for t in conf.turns][-6:] == ["question", "answer"] * 3
    assert [(who[q.addressee], [who[a] for a in q.answerers]) for q in conf.qa_pairs] == [
        ("黄海", ["黄海"]), ("黄海", ["黄海"]), ("林涛", ["林涛"])]


def test_a_time_stamped_label_with_host_word_title_and_name_before_the_colon():
    conf = conf_of("图文直播：青川县乡村振兴工作新闻发布会\n"
                   "【09:30】主持人 县委宣传部副部长 何丽：各位媒体朋友，大家上午好！\n"
                   "【09:32】邓军：全县粮食播种面积达到42.6万亩。\n【09:41】青川电视台记者：请问邓局长，茶叶产业如何？\n"
                   "【09:42】邓军：茶叶种植面积达到15万亩。\n【09:45】何丽：发布会到此结束，谢谢大家！\n")
    assert names(conf, "moderator") == ["何丽"] and names(conf, "speaker") == ["邓军"]
    host = next(p for p in conf.participants if p.name == "何丽")
    assert host.title == "县委宣传部副部长"
    assert conf.document.text[conf.turns[0].start:].startswith("各位媒体朋友")
    assert [t.time for t in conf.turns] == ["09:30", "09:32", "09:41", "09:42", "09:45"]


@pytest.mark.parametrize("question, asked", [
    ("请问市水务局，河长制落实得怎么样？", "刘芳"),
    ("这个问题想请水务局的同志回答：防汛准备如何？", "刘芳"),
    ("请问城管局，垃圾分类进展怎样？", "陈明"),
    ("请问市政府对此有何考虑？", None),  # no official of that body is here
    ("请问生态环境局，今年的重点是什么？", "王刚"),  # of its two officials, the one who heads it
])
def test_a_question_put_to_a_body_asks_its_one_official(question, asked):
    assert _first_asked("市生态环境新闻发布会\n市生态环境局局长王刚、市水务局副局长刘芳、市城管局总工程师陈明、市生态环境局副局长赵丽"
                        "出席。\n主持人：请王局长介绍。\n王刚：全市优良天数达到300天。\n"
                        f"人民日报记者：{question}\n刘芳：我来回答。\n陈明：我补充。\n赵丽：我也补充。\n") == asked


def _first_asked(page: str):
    """The name of the official the page's first question asks, or None."""
    conf = conf_of(page)
    return {p.id: p.name for p in conf.participants}.get(conf.qa_pairs[0].addressee)


@pytest.mark.parametrize("question", ["我想问一下发改委，今年的投资情况如何？", "请问住建厅，保障房建设进度如何？"])
def test_a_question_put_to_a_body_by_its_short_name_asks_its_official(question):
    conf = conf_of("省政府新闻发布会\n省发展和改革委员会二级巡视员曾丽华、省住房和城乡建设厅副厅长刘博出席发布会。\n"
                   f"主持人：请提问。\n红网记者：{question}\n曾丽华：我来回答。\n刘博：我补充。\n")
    who = {p.id: p.name for p in conf.participants}
    assert who.get(conf.qa_pairs[0].addressee) == ("曾丽华" if "发改委" in question else "刘博")


def test_names_padded_to_three_columns_and_labels_spaced_letter_by_letter_are_labels():
    conf = conf_of("柳溪县召开大气污染防治新闻发布会\n主持人 吴  涛\n各位记者朋友，上午好！首先请陈刚局长介绍有关情况。\n"
                   "陈  刚（县生态环境分局局长）\n今年全县空气质量优良天数为221天。\n县融媒体中心记者\n请问在建工地扬尘管控有哪些措施？\n"
                   "李  慧（县住建局副局长）\n全县在建工地78个，已全部安装在线监测设备。\n"
                   "主 持 人：今天的发布会到此结束。\n")
    assert [(p.name, p.role, p.title) for p in conf.participants if p.role != "reporter"] == [
        ("吴涛", "moderator", None), ("陈刚", "speaker", "县生态环境分局局长"), ("李慧", "speaker", "县住建局副局长")]
    assert [t.kind for t in conf.turns] == ["opening", "statement", "question", "answer", "closing"]
    assert sum(d.rule == "spaces inside a name or a label" for d in conf.document.cleaning.drops) == 5  # accounted for


def test_a_rough_county_page_of_space_labels_padded_names_and_questions_without_question_marks():
    conf = conf_of("白河县举行上半年经济运行情况新闻发布会\n7月18日上午，白河县召开新闻发布会。县统计局局长赵  文军通报情况。"
                   "发布会由县政府办副主任孙  悦主持。\n孙  悦  下面请赵文军局长发布上半年经济运行情况\n"
                   "赵  文军  初步核算，上半年全县实现地区生产总值68.72亿元，同比增长5.6%。\n"
                   "白河电视台记者  上半年固定资产投资为什么下降\n县发改局副局长 冯  磊  全县固定资产投资同比下降2.3%。\n"
                   "孙  悦  今天的发布会就到这里，谢谢大家\n总访问量：2381546  今日访问：1207\n")
    assert [(p.name, p.role) for p in conf.participants if p.role != "reporter"] == [
        ("孙悦", "moderator"), ("赵文军", "speaker"), ("冯磊", "speaker")]
    assert [t.kind for t in conf.turns] == ["opening", "statement", "question", "answer", "closing"]
    assert conf.turn_text(conf.turns[-1]) == "今天的发布会就到这里，谢谢大家"  # (the visitor counters are chrome)


@pytest.mark.parametrize("question, asked", [
    ("请问交警部门，学校周边有什么措施？", "赵强"),
    ("我想问城管委，占道经营怎么解决？", "钱进"),
    ("请问环保部门，噪声投诉怎么处理？", "孙立"),
    ("请问一下市生态环境局，噪声投诉怎么处理？", "孙立"),
    ("请问教育部门，课后服务怎么安排？", None),  # no official of that field is here
])
def test_a_question_put_to_a_department_by_its_fields_nickname_asks_its_official(question, asked):
    assert _first_asked("市政府新闻发布会\n发布人：市公安局交通警察支队支队长 赵强；市城市管理综合行政执法委员会副主任 钱进；"
                        "市生态环境局局长 孙立\n主持人：请提问。\n"
                        f"市电视台记者：{question}\n赵强：我来回答。\n钱进：我补充。\n孙立：我也补充。\n") == asked


@pytest.mark.parametrize("question", ["据报道，民进党当局近日又出台新规。请问发言人，对此有何评论？",
                                      "岛内有舆论关注两岸交流。请问国台办对此如何回应？"])
def test_a_question_that_asks_its_official_after_its_background(question):
    conf = conf_of("国台办新闻发布会\n国务院台办发言人朱凤莲主持发布会。\n朱凤莲：下面开始提问。\n"
                   f"台湾东森电视记者：{question}\n朱凤莲：两岸同胞是一家人。\n中评社记者：还有问题吗？\n朱凤莲：没有了。\n")
    assert conf.qa_pairs[0].addressee == by_name(conf, "朱凤莲").id


def test_a_reporter_who_names_the_outlet_first_then_asks_the_spokesperson():
    conf = conf_of("商务部例行新闻发布会\n商务部新闻发言人何亚东主持发布会。\n问：第一财经记者。请问发言人，今年外资形势如何？\n"
                   "答：总体稳定。\n")
    assert conf.qa_pairs[0].addressee == by_name(conf, "何亚东").id


def test_an_official_whose_words_a_question_cites_is_not_the_one_it_asks():
    conf = conf_of("省生态环境厅新闻发布会\n主持人：今天出席的有省生态环境厅副厅长谭卫国、省生态环境厅处长刘博。\n"
                   "【湖南日报记者】刚才谭副厅长提到全国碳市场，请问企业参与情况如何？这个问题想请刘博处长回答。\n"
                   "【刘博】全省有56家企业纳入。\n【湖南日报记者】刚才谭副厅长提到碳市场，您能再介绍一下吗？\n【谭卫国】好的。\n")
    who = {p.id: p.name for p in conf.participants}
    assert [who.get(q.addressee) for q in conf.qa_pairs] == ["刘博", "谭卫国"]  # (cited alone: asked)


def test_labels_in_markdown_bold_behind_item_numbers_and_numbered_q_and_a():
    conf = conf_of("# 滨江市防汛新闻发布会\n\n**主持人 金鑫：** 首先请许波局长介绍。\n\n**许波：** 全市降雨量286毫米。\n\n"
                   "**滨江日报记者：** 请问许局长，今年汛期趋势如何？\n\n**许波：** 预计降水偏多一至二成。\n")
    assert conf.title == "滨江市防汛新闻发布会"
    assert names(conf, "moderator") == ["金鑫"] and names(conf, "speaker") == ["许波"]
    assert [p.organisation for p in conf.participants if p.role == "reporter"] == ["滨江日报"]
    conf = conf_of("城西区民生实事新闻发布会\n主持人：请魏东主任介绍。\n魏东：今年安排民生实事32项。\n"
                   "1.城西电视台记者：请问魏主任，新建学校有哪些？\n魏东：新建中小学6所。\n"
                   "2、城西日报记者：请问魏主任，老旧小区改造如何推进？\n魏东：计划改造45个。\n")
    assert [p.organisation for p in conf.participants if p.role == "reporter"] == ["城西电视台", "城西日报"]
    assert len(conf.qa_pairs) == 2 and all(q.status == "answered" for q in conf.qa_pairs)
    conf = conf_of("市生态环境局就条例修订答记者问\n市生态环境局有关负责人接受了记者采访。\n"
                   "Q1：条例修订的背景是什么？\nA1：原条例施行多年，需要修订。\nQ2：有哪些新规定？\nA2：新增挥发性有机物治理专章。\n")
    assert [t.kind for t in conf.turns] == ["question", "answer"] * 2


def test_a_verb_of_speech_after_the_person_is_not_part_of_the_name():
    conf = conf_of("我市召开大气污染防治新闻发布会\n本报讯 12月1日，市政府新闻办召开新闻发布会。\n"
                   "市生态环境局局长邱明表示：全市PM2.5平均浓度为38微克/立方米。\n邱明说：下一步将推进35家企业改造。\n"
                   "市公安局交管支队副支队长严峰介绍：今年共查处冒黑烟车辆1260辆次。\n"
                   "记者问：冬季如何应对重污染天气？\n邱明答：纳入应急减排清单的企业达到1800家。\n")
    assert speaker_titles(conf) == {"邱明": "市生态环境局局长", "严峰": "市公安局交管支队副支队长"}
    assert [t.kind for t in conf.turns][-2:] == ["question", "answer"]


def test_an_invitation_that_names_the_guest_with_shi_leaves_the_title_alone():
    conf = conf_of("人民网访谈：市长谈城市更新\n[主持人]各位网友大家好，今天我们邀请到的嘉宾是江南市市长钟华。钟市长，您好！\n"
                   "[钟华]主持人好，各位网友好！\n[网友“江南人”]请问市长，加装电梯有补贴吗？\n[钟华]每部电梯补贴15万元。\n")
    assert speaker_titles(conf) == {"钟华": "江南市市长"}


def _declared(text: str, host: str, officials: list[str], name: str, title: str):
    """The page, after checking that its roster lines named the host and the officials, with a title."""
    conf = conf_of(text)
    assert names(conf, "moderator") == [host] and names(conf, "speaker") == officials
    assert speaker_titles(conf)[name] == title
    return conf


def test_role_words_alone_on_their_line_declare_the_people_on_the_lines_below():
    conf = _declared("河北省生态环境保护规划新闻发布会\n发布人：\n河北省生态环境厅党组书记、厅长 赵刚\n河北省生态环境厅副厅长 孙林\n"
                     "主持人：\n河北省政府新闻办副主任 韩冰\n韩冰：女士们、先生们，上午好！首先请赵刚厅长介绍。\n"
                     "赵刚：到2025年，全省PM2.5浓度下降10%。\n河北日报记者：请问孙厅长，农村环境整治有哪些安排？\n"
                     "孙林：完成3000个行政村环境整治。\n韩冰：今天的发布会就到这里。\n",
                     "韩冰", ["赵刚", "孙林"], "孙林", "河北省生态环境厅副厅长")
    assert conf.turns[0].participant == next(p.id for p in conf.participants if p.name == "韩冰")
    assert [t.kind for t in conf.turns] == ["opening", "statement", "question", "answer", "closing"]
    # a label line whose words follow on the next line is no declaration
    conf = conf_of("市生态环境新闻发布会\n主持人：\n下面请王刚局长介绍情况。\n王刚：\n全市优良天数300天。\n"
                   "记者：\n请问王局长，下一步如何治理？\n王刚：\n继续推进。\n")
    assert [t.kind for t in conf.turns] == ["opening", "statement", "question", "answer"]


@pytest.mark.parametrize("page, host, officials, name, title", [
    # a roster headed by who attends declares the people below it
    ("海阳市高温天气防御工作新闻发布会\n出席发布会的有：\n海阳市气象局党组书记、局长 林嘉豪\n"
     "海阳市卫生健康局副局长 蔡淑芬\n海阳市供电公司副总经理 郑志明\n主持人：海阳市政府新闻办副主任 周佩玲\n"
     "周佩玲：\n各位记者朋友，大家上午好！首先请林嘉豪局长介绍。\n林嘉豪：\n7月以来，我市已出现高温天气19天。\n"
     "海阳日报记者：\n电力供应是否有保障？\n郑志明：\n全市最大用电负荷达到1286万千瓦。\n",
     "周佩玲", ["林嘉豪", "蔡淑芬", "郑志明"], "蔡淑芬", "海阳市卫生健康局副局长"),
    # a bracketed roster line under a stamped date line speaks no turn (and gives none its time)
    ("云峰市疫情防控新闻发布会\n2022-08-09 16:00\n【发布人】\n陈国华\u3000云峰市人民政府副市长\n"
     "赵敏\u3000\u3000云峰市卫生健康委员会主任\n【主持人】\n王丽娜\u3000云峰市人民政府新闻办公室副主任\n"
     "主持人王丽娜：各位记者朋友，下午好。请陈国华副市长通报情况。\n云峰市人民政府副市长 陈国华：全市新增本土确诊病例4例。\n"
     "云峰电视台记者 刘佳：请问赵主任，核酸检测点够不够？\n云峰市卫生健康委员会主任 赵敏：全市设置检测点1200个。\n",
     "王丽娜", ["陈国华", "赵敏"], "赵敏", "云峰市卫生健康委员会主任"),
])
def test_roster_blocks_headed_by_who_attends_or_under_a_stamped_date_line_speak_no_turn(page, host, officials, name, title):
    conf = _declared(page, host, officials, name, title)
    assert [t.kind for t in conf.turns] == ["opening", "statement", "question", "answer"]
    assert all(t.time is None for t in conf.turns)


def test_a_bracketed_role_word_without_its_colon_declares_the_roster_when_no_speech_is_under_it():
    conf = _declared("省污染防治攻坚战新闻发布会\n【主持人】省政府新闻办副主任 杨帆\n【发布人】省生态环境厅副厅长 马骏\n"
                     "　　　　省水利厅副厅长 段红梅\n【时间】2023年6月5日上午10:00\n"
                     "杨帆：大家上午好！首先请马骏副厅长介绍情况。\n马骏：全省优良天数比例为98.7%。\n"
                     "云川日报记者：请问段厅长，河湖生态流量保障做了哪些工作？\n段红梅：达标率为96.9%。\n杨帆：发布会到此结束。\n",
                     "杨帆", ["马骏", "段红梅"], "段红梅", "省水利厅副厅长")
    assert [t.kind for t in conf.turns] == ["opening", "statement", "question", "answer", "closing"]
    assert [q.status for q in conf.qa_pairs] == ["answered"]
    # the roster may end over bracket labels with the words beside them
    conf = _declared("国家发展改革委新闻发布会\n【主持人】政策研究室副主任、新闻发言人 李晨阳\n【发布人】固定资产投资司司长 苏文博\n"
                     "　　　　　地区振兴司副司长 赵卫东\n【李晨阳】大家上午好！首先请苏文博司长介绍情况。\n【苏文博】投资增长4.2%。\n"
                     "【经济日报记者】请问赵司长，东北振兴有何举措？\n【赵卫东】新开工项目300个。\n",
                     "李晨阳", ["苏文博", "赵卫东"], "赵卫东", "地区振兴司副司长")
    assert [t.kind for t in conf.turns] == ["opening", "statement", "question", "answer"]


def test_the_words_right_under_a_bracketed_roster_block_are_the_declared_hosts_opening():
    conf = conf_of("省统计局新闻发布会\n【主持人】省政府新闻办副主任 徐斌\n【发布人】省统计局局长 王刚\n"
                   "各位记者朋友：上午好！欢迎参加发布会。首先请王刚局长介绍。\n王刚：全省地区生产总值增长5.2%。\n"
                   "记者：增速如何？\n王刚：稳中向好。\n")
    assert [(conf.participant(t.participant).name, t.kind) for t in conf.turns] == [
        ("徐斌", "opening"), ("王刚", "statement"), (None, "question"), ("王刚", "answer")]


def test_bare_role_words_on_their_own_lines_over_titled_people_declare_the_roster():
    conf = _declared("水利部防汛工作新闻发布会\n主持人\n水利部办公厅副主任、新闻发言人 钱林生\n发布人\n水利部副部长 刘宝成\n"
                     "水利部信息中心主任 蔡　泓\n钱林生\n　　大家下午好！首先请刘宝成副部长介绍情况。\n刘宝成\n　　全国平均降水量239.6毫米。\n"
                     "光明日报记者\n　　请问蔡主任，降雨预报精度有没有提高？\n蔡泓\n　　准确率提高到70%以上。\n",
                     "钱林生", ["刘宝成", "蔡泓"], "蔡泓", "水利部信息中心主任")
    assert [t.kind for t in conf.turns] == ["opening", "statement", "question", "answer"]
    assert all(conf.text[t.start:t.end].strip() for t in conf.turns)
    # a bare role word over its speaker's title and name and then the words is a label, not a roster
    conf = conf_of("水利部防汛工作新闻发布会\n主持人\n水利部办公厅副主任 钱林生\n大家下午好！首先请刘宝成副部长介绍情况。\n"
                   "刘宝成：全国平均降水量239.6毫米。\n记者：请问刘部长，防汛重点是什么？\n刘宝成：防范流域性大洪水。\n")
    assert "大家下午好" in conf.text[conf.turns[0].start:conf.turns[0].end]


def test_own_line_role_words_and_names_are_labels_where_the_questions_have_colons():
    conf = conf_of("瑞安市疫情防控新闻发布会\n8月9日下午，瑞安市召开新闻发布会。\n主持人 市委宣传部副部长 施雅琴\n"
                   "各位媒体朋友，大家下午好！首先请林海波副市长通报情况。\n发布人 林海波\n我市新增本土确诊病例3例。\n"
                   "主持人 施雅琴\n下面请记者提问。\n问（瑞安日报）：是否有社区传播风险？\n发布人 黄晓东\n社会面传播风险较低。\n"
                   "问（温州都市报）：学校能否正常开学？\n发布人 林海波\n目前还没有最终决定。\n主持人 施雅琴\n今天的发布会到此结束。\n")
    assert [(conf.participant(t.participant).name, t.kind) for t in conf.turns] == [
        ("施雅琴", "opening"), ("林海波", "statement"), ("施雅琴", "procedural"), (None, "question"), ("黄晓东", "answer"),
        (None, "question"), ("林海波", "answer"), ("施雅琴", "closing")]
    assert names(conf, "moderator") == ["施雅琴"]


def test_a_role_word_alone_over_a_title_and_name_is_one_label_in_an_own_line_page():
    conf = conf_of("主持人\n省政府新闻办副主任 林涛\n\n各位记者朋友，大家晚上好。请黄厅长介绍情况。\n\n省应急管理厅副厅长 黄少平\n\n"
                   "全省累计转移人员57.38万人。\n\n主持人\n\n下面请记者提问。\n\n南方日报记者\n\n请问黄厅长，有哪些经验？\n\n"
                   "省应急管理厅副厅长 黄少平\n\n主要是提前转移。\n\n主持人\n\n今天的发布会到此结束。\n")
    assert [(conf.participant(t.participant).name, t.kind) for t in conf.turns] == [
        ("林涛", "opening"), ("黄少平", "statement"), ("林涛", "procedural"), (None, "question"), ("黄少平", "answer"),
        ("林涛", "closing")]
    assert names(conf, "moderator") == ["林涛"] and conf.turn_text(conf.turns[0]).startswith("各位记者朋友")


def test_own_line_labels_with_a_host_an_asker_under_a_screen_name_and_bare_names():
    conf = conf_of("在线访谈\n\n主持人\n请张局长介绍一下情况。\n\n张立新\n今年新增学位1.26万个。\n\n网友“小城故事”\n孩子能在城西上学吗？\n\n"
                   "何芳\n可以的，去年有4870人这样入学。\n")
    assert [(conf.participant(t.participant).name, t.kind) for t in conf.turns] == [
        (None, "opening"), ("张立新", "statement"), ("小城故事", "question"), ("何芳", "answer")]


def test_officials_named_with_their_posts_on_their_own_lines_answer_colon_labelled_reporters():
    conf = conf_of("海陵市交通发布会\n许婷（市政府新闻办副主任）\n　　下面请记者朋友提问。\n新华社记者：\n　　请问林局长，地铁票价有什么变化？\n"
                   "林峰（市交通运输局局长）\n　　起步价仍为2元。\n海陵电视台记者：\n　　中心城区要收拥堵费吗？\n"
                   "黄志明（市交通运输局副局长）\n　　目前没有这个计划。\n许婷（市政府新闻办副主任）\n　　今天的发布会到此结束，谢谢各位！\n")
    assert [(conf.participant(t.participant).name, t.kind) for t in conf.turns] == [
        ("许婷", "opening"), (None, "question"), ("林峰", "answer"), (None, "question"), ("黄志明", "answer"),
        ("许婷", "closing")]
    assert by_name(conf, "许婷").role == "moderator"  # (a press office's official who only chairs)
    # a headline or a list item alone on its line is no official's label
    conf = conf_of("主持人：请吴涛发布。\n吴涛：主要有三点：\n一、压缩开办时间\n二、降低收费\n记者：还有呢？\n吴涛：没有了。\n")
    assert conf.turn_text(conf.turns[1]).endswith("二、降低收费")


def test_a_name_over_its_post_on_the_next_line_and_a_question_that_opens_by_naming_whom_it_asks():
    conf = conf_of("浙江省举行金融支持科技创新新闻发布会\n\n主持人\n　　先请杨国勇行长介绍。\n\n杨国勇\n人民银行浙江省分行行长\n"
                   "　　4月末，全省科技型企业贷款余额1.86万亿元。\n\n浙江日报记者\n　　请问杨行长，绿色贷款增长多少？\n\n杨国勇\n"
                   "人民银行浙江省分行行长\n　　绿色贷款余额同比增长32.6%。\n\n钱江晚报记者\n　　追问杨行长：审批平均要多长时间？\n\n"
                   "杨国勇\n人民银行浙江省分行行长\n　　约7个工作日。\n")
    yang = by_name(conf, "杨国勇")
    assert (yang.title, yang.organisation) == ("人民银行浙江省分行行长", "人民银行浙江省分行")
    assert conf.turn_text(conf.turns[1]).startswith("4月末")
    assert [q.outlet for q in conf.qa_pairs] == ["浙江日报", "钱江晚报"] and conf.qa_pairs[1].addressee == yang.id


def test_reporters_on_their_own_lines_ask_officials_labelled_with_colons():
    conf = conf_of("陕西省水利厅新闻发布会\n王瑞（省政府新闻办副主任）：\n各位记者朋友，下午好！首先请魏厅长介绍情况。\n"
                   "魏延年（陕西省水利厅厅长）：\n今年全省新增水土流失治理面积6200平方公里。\n王瑞（省政府新闻办副主任）：\n"
                   "谢谢魏厅长。下面开始提问。\n陕西日报记者\n请问魏厅长，淤地坝安全度汛情况怎么样？\n魏延年（陕西省水利厅厅长）：\n"
                   "全省现有淤地坝3.4万座。\n中国水利报记者\n请问耕地保护和水土保持如何协同推进？\n魏延年（陕西省水利厅厅长）：\n"
                   "今年新增梯田12.6万亩。\n")
    assert [q.outlet for q in conf.qa_pairs] == ["陕西日报", "中国水利报"]
    assert [t.kind for t in conf.turns] == ["opening", "statement", "procedural", "question", "answer", "question", "answer"]
    assert by_name(conf, "王瑞").role == "moderator"


def test_a_statement_under_its_speakers_title_and_name_before_colon_labelled_dialogue():
    conf = conf_of("淮州市生态环境保护工作新闻发布会\n4月18日下午，市政府新闻办召开新闻发布会。\n发布词\n市生态环境局党组书记、局长 王志刚\n"
                   "一季度，全市PM2.5平均浓度为52微克/立方米。\n主持人 孙蕾：\n下面进入答记者问环节。\n淮州日报记者：\n"
                   "请问王局长，罚款数额是增加还是减少？\n王志刚：\n同比减少约21%。\n")
    assert [(conf.participant(t.participant).name, t.kind) for t in conf.turns] == [
        ("王志刚", "statement"), ("孙蕾", "procedural"), (None, "question"), ("王志刚", "answer")]
    assert by_name(conf, "王志刚").title == "市生态环境局党组书记、局长"


def test_a_hearings_label_glosses_the_seat_number_the_name_and_who_they_are():
    conf = conf_of("居民阶梯水价调整听证会\n听证主持人：请陈述人介绍方案。\n陈述人（市水务集团总经理 周立强）：方案一第一阶梯水价为每立方米3.2元。\n"
                   "听证参加人（1号 李秀兰，消费者代表，退休教师）：我支持方案一。\n听证参加人（7号 陈明，人大代表）：我赞成方案一。\n")
    people = {p.name: p.title for p in conf.participants if p.name}
    assert people["李秀兰"] == "消费者代表，退休教师" and people["陈明"] == "人大代表"


@pytest.mark.parametrize("hosts", ["高原、夏雪", "高原 夏雪"])
def test_a_roster_line_of_two_bare_names_declares_two_hosts(hosts):
    conf = conf_of(f"政风行风热线节目实录\n节目主持人：{hosts}\n上线嘉宾：市城管局局长 曹宇\n高原：各位听众早上好。\n"
                   "曹宇：大家好。\n夏雪：下一位听众请讲。\n听众：小区垃圾没人清运，怎么办？\n曹宇：今天就派人去。\n"
                   "高原：今天的节目到这里。\n")
    assert names(conf, "moderator") == ["高原", "夏雪"] and names(conf, "speaker") == ["曹宇"]
    assert [q.answerers for q in conf.qa_pairs] == [(by_name(conf, "曹宇").id,)]


def test_roster_lines_may_put_the_name_first_and_its_title_after_a_gap():
    conf = _declared("浙江省防御台风新闻发布会\n嘉宾：\n钱伟东　省防汛防台抗旱指挥部办公室常务副主任、省水利厅副厅长\n"
                     "林雨萱　浙江省气象台首席预报员\n主持：\n陈立新　省政府新闻办副主任\n\n"
                     "陈立新：各位媒体朋友，下午好！首先请林雨萱首席介绍台风最新动态。\n林雨萱：台风中心风力14级。\n"
                     "浙江日报记者：林首席，台风何时登陆？\n林雨萱：预计明天傍晚。\n陈立新：发布会到此结束。\n",
                     "陈立新", ["钱伟东", "林雨萱"], "林雨萱", "浙江省气象台首席预报员")
    assert [t.kind for t in conf.turns] == ["opening", "statement", "question", "answer", "closing"]
    assert conf.qa_pairs[0].status == "answered" and len(conf.qa_pairs) == 1
    assert by_name(conf, "钱伟东").title == "省防汛防台抗旱指挥部办公室常务副主任、省水利厅副厅长"


def test_role_words_in_heading_brackets_declare_the_people_below_or_beside_them():
    conf = _declared("江城市新闻发布会实录\n【发布人】\n江城市生态环境局局长 周建国\n江城市交通运输局副局长 钱立新\n"
                     "【主持人】\n江城市人民政府新闻办公室副主任 孙丽\n【现场实录】\n"
                     "孙丽：各位媒体朋友，大家上午好！首先请周建国局长介绍有关情况。\n周建国：全市优良天数比例达到85.2%。\n"
                     "江城日报记者：请问钱局长，绿色交通有什么新举措？\n钱立新：新增新能源公交车600辆。\n孙丽：发布会到此结束。\n",
                     "孙丽", ["周建国", "钱立新"], "钱立新", "江城市交通运输局副局长")
    assert [t.kind for t in conf.turns] == ["opening", "statement", "question", "answer", "closing"]
    conf = conf_of("江城市新闻发布会\n[主持人]：江城市人民政府新闻办公室副主任 孙丽\n"
                   "孙丽：首先请周建国局长介绍。\n周建国：全市优良天数比例达到85.2%。\n"
                   "记者：请问周局长，下一步如何治理？\n周建国：继续推进。\n")
    assert names(conf, "moderator") == ["孙丽"]
    assert conf.turns[0].participant == next(p.id for p in conf.participants if p.name == "孙丽")
    # without a colon, a bracketed role word with a name beside it is a label: the guest's words follow
    conf = conf_of("市长在线访谈\n【主持人】\n各位网友大家好，今天我们请来了市生态环境局局长王刚。\n【嘉宾】王刚\n"
                   "大家好，很高兴和网友交流。\n【网友“蓝天”】\n请问今年空气质量怎么样？\n【嘉宾】王刚\n今年优良天数达到289天。\n")
    assert [t.role for t in conf.turns] == ["moderator", "speaker", "reporter", "speaker"]
    assert [q.status for q in conf.qa_pairs if q.question_turn == 2] == ["answered"]
    # the name beside it is the guest's, who greets before anyone asks; his words start on the next line
    assert [t.kind for t in conf.turns] == ["opening", "statement", "question", "answer"] and len(conf.qa_pairs) == 1
    assert (by_name(conf, "王刚").title, conf.title) == ("市生态环境局局长", "市长在线访谈")
    t = conf.document.text
    assert t[conf.turns[1].start:conf.turns[1].end] == "大家好，很高兴和网友交流。"


def test_a_headline_that_opens_with_an_askers_word_is_no_question():
    conf = conf_of("网友与副市长面对面：聊聊城市更新那些事儿\n2024年09月03日09:58\n主持人：各位网友好，欢迎收看。\n胡建平：大家好。\n"
                   "网友“阿明”：老旧小区什么时候改造？\n胡建平：今年改造120个。\n")
    assert [t.kind for t in conf.turns] == ["opening", "statement", "question", "answer"]
    assert conf.title == "网友与副市长面对面：聊聊城市更新那些事儿"


def test_a_headline_may_open_with_a_column_name():
    conf = conf_of("网络问政：市民关心的噪音扰民问题，市生态环境局这样回应\n2024-05-20 来源：阳光问政平台\n"
                   "网民“晚风”问：工地每天夜里施工到凌晨，有关部门管不管？\n市生态环境局答：已责令其停止夜间施工，并处以罚款2万元。\n"
                   "网民“老张”问：河边的排污口什么时候能整治好？\n市生态环境局答：预计9月底前完成整治。\n")
    assert conf.title == "网络问政：市民关心的噪音扰民问题，市生态环境局这样回应"
    assert [(p.name, p.title) for p in conf.participants if p.role == "reporter"] == [("晚风", "网民"), ("老张", "网民")]
    assert [p.organisation for p in conf.participants if p.role == "speaker"] == ["市生态环境局"]
    assert len(conf.qa_pairs) == 2 and all(q.status == "answered" for q in conf.qa_pairs)


def test_a_news_story_credits_speech_introduced_with_in_a_speech():
    conf = conf_of("我市空气质量创近十年最好水平\n本报讯 记者从全市生态环境保护工作会议上获悉，全市PM2.5平均浓度降至32微克/立方米。\n"
                   "“这一成绩来之不易。”市生态环境局局长胡军在会上说，去年完成深度治理项目156个。\n"
                   "副市长林涛在讲话中强调，要以更高标准打好蓝天保卫战。\n")
    assert conf.doc_type == "news_report"
    assert speaker_titles(conf) == {"胡军": "市生态环境局局长", "林涛": "副市长"}


def test_a_news_story_credits_each_official_of_a_list_that_speak_in_turn():
    conf = conf_of("丰城市召开大气污染防治新闻发布会\n本报讯 10月28日，丰城市召开新闻发布会。市生态环境局局长严志刚通报了空气质量状况，"
                   "市公安局交警支队副支队长冉晓东、市住建局副局长葛书文分别介绍了柴油车管控和工地扬尘治理情况。\n"
                   "严志刚介绍，全市PM2.5平均浓度为34微克/立方米。\n冉晓东表示，今年共查处超标柴油车1200辆。\n"
                   "葛书文介绍，全市在建工地612个。\n")
    assert conf.doc_type == "news_report"
    assert speaker_titles(conf) == {"严志刚": "市生态环境局局长", "冉晓东": "市公安局交警支队副支队长",
                                    "葛书文": "市住建局副局长"}


def test_a_news_story_credits_his_speech_to_the_one_the_sentence_before_names():
    conf = conf_of("全省检察机关生态环境保护工作会议召开\n本报讯 4月15日，全省检察机关生态环境保护工作会议在郑阳召开。"
                   "省人民检察院副检察长唐立新应邀出席会议。他在讲话中表示，去年全省共办理公益诉讼案件312件，同比增长8.3%。\n"
                   "省生态环境厅厅长王刚指出，要加强协作。\n")
    assert speaker_titles(conf) == {"唐立新": "省人民检察院副检察长", "王刚": "省生态环境厅厅长"}


def test_a_newspaper_interview_that_labels_only_its_questions():
    conf = conf_of("守护一江清水——访市水利局局长吴刚\n本报记者 刘洋\n记者日前专访了市水利局局长吴刚。\n"
                   "记者：今年汛期形势如何？\n今年入汛以来，全市平均降雨量偏多两成。我们完成了86座水库的安全鉴定。\n"
                   "记者：城市内涝问题怎么解决？\n我们今年新建改造排水管网45公里。\n")
    assert conf.title == "守护一江清水——访市水利局局长吴刚"  # not the byline under it
    assert conf.doc_type == "transcript" and [t.kind for t in conf.turns] == ["question", "answer"] * 2
    wu = next(p for p in conf.participants if p.name == "吴刚")
    assert [q.answerers for q in conf.qa_pairs] == [(wu.id,), (wu.id,)]
    assert any(e.rule.startswith("the paragraph after a question, unlabelled") for e in wu.evidence)
    assert {f.participant for f in conf_figures(conf)} == {wu.id}
    liu = conf.participant(conf.qa_pairs[0].reporter)  # the byline's reporter asks (本报 names no outlet)
    assert (liu.name, liu.title, liu.organisation, liu.role) == ("刘洋", "记者", None, "reporter")
    assert [e.rule for e in liu.evidence][:2] == ["byline of the interview", "label: 记者, the interview's byline reporter"]


def test_a_byline_names_the_interviewer_only_on_an_interview():
    page = ("{head}\n\n东湖日报记者 刘洋\n\n{lead}\n记者：今年汛期形势如何？\n吴刚：全市平均降雨量偏多两成。\n"
            "记者：城市内涝问题怎么解决？\n吴刚：新建改造排水管网45公里。\n")
    conf = conf_of(page.format(head="对话市水利局局长吴刚：守护一江清水", lead="记者日前专访了市水利局局长吴刚。"))
    assert {(conf.participant(q.reporter).name, q.outlet) for q in conf.qa_pairs} == {("刘洋", "东湖日报")}
    # a briefing the paper reports: 记者 is whichever reporter asked
    conf = conf_of(page.format(head="市水利局举行防汛工作新闻发布会", lead="市水利局局长吴刚出席发布会并回答记者提问。"))
    assert {conf.participant(q.reporter).name for q in conf.qa_pairs} == {None}


def test_a_byline_at_the_foot_names_the_interviewer_and_is_no_part_of_the_answer():
    page = ("对话市生态环境局局长：守护好一城碧水蓝天\n编者按：本报记者专访了市生态环境局局长孙立新。\n"
            "记者：去年空气质量有哪些变化？\n局长：PM2.5平均浓度为32微克/立方米。\n"
            "记者：群众举报如何处理？\n局长：去年共受理群众举报4321件，办结率100%。\n\n{foot}\n")
    conf = conf_of(page.format(foot="（记者 周洁）"))
    assert conf.turn_text(conf.turns[-1]) == "去年共受理群众举报4321件，办结率100%。"
    assert {conf.participant(q.reporter).name for q in conf.qa_pairs} == {"周洁"}
    conf = conf_of(page.format(foot="（本报记者 刘洋 通讯员 李明）"))  # two who wrote it: not said which asked
    assert conf.turn_text(conf.turns[-1]).endswith("办结率100%。")
    assert {conf.participant(q.reporter).name for q in conf.qa_pairs} == {None}


def test_a_policy_q_and_a_that_labels_only_its_answers():
    conf = conf_of("市生态环境局有关负责人就《东湖市大气污染防治条例》答记者问\n2024-05-20\n"
                   "近日，《条例》经市人大常委会审议通过。市生态环境局有关负责人回答了记者提问。\n"
                   "一、为什么要制定《条例》？\n答：近年来，我市臭氧污染问题日益突出，需要通过立法巩固治理成果。\n"
                   "二、《条例》的主要内容有哪些？\n答：《条例》共七章，主要包括工业、机动车和扬尘污染防治。\n"
                   "（三）扬尘治理有哪些新规定？\n答：违者最高可处10万元罚款。\n")
    assert conf.doc_type == "transcript" and [t.kind for t in conf.turns] == ["question", "answer"] * 3
    t = conf.document.text
    assert [t[conf.turns[q.question_turn].start:conf.turns[q.question_turn].end] for q in conf.qa_pairs] == [
        "为什么要制定《条例》？", "《条例》的主要内容有哪些？", "扬尘治理有哪些新规定？"]  # without the item numbers
    assert {conf.participant(q.reporter).title for q in conf.qa_pairs} == {"记者"}
    official = conf.participant(conf.qa_pairs[0].answerers[0])
    assert official.title == "市生态环境局有关负责人" and all(q.status == "answered" for q in conf.qa_pairs)
    # a page whose answers follow labelled questions keeps its own questions
    assert len(conf_of("问：今年空气怎么样？\n答：优良天数增加了。\n问：河道呢？\n答：全部达标。\n").qa_pairs) == 2


def test_a_policy_q_and_a_that_labels_nothing_numbers_its_questions():
    page = ("市生态环境局关于排污许可的政策问答\n1.什么是排污许可？\n排污许可是指依排污单位的申请，依法规范排污行为。\n"
            "2.哪些单位需要申请排污许可证？\n纳入名录的企业事业单位，目前全市共有2860家。\n"
            "（3）排污许可证有效期多长？\n有效期为五年。\n")
    conf = conf_of(page)
    assert conf.doc_type == "transcript" and [t.kind for t in conf.turns] == ["question", "answer"] * 3
    t = conf.document.text
    assert [t[conf.turns[q.question_turn].start:conf.turns[q.question_turn].end] for q in conf.qa_pairs] == [
        "什么是排污许可？", "哪些单位需要申请排污许可证？", "排污许可证有效期多长？"]
    assert {conf.participant(a).organisation for q in conf.qa_pairs for a in q.answerers} == {"市生态环境局"}
    # a report whose numbered headings ask is no Q&A, nor a list of questions with no answers
    assert conf_of(page.replace("关于排污许可的政策问答", "2024年排污许可工作总结")).doc_type != "transcript"
    assert conf_of("市生态环境局政策问答\n1.什么是排污许可？\n2.有效期多长？\n").doc_type != "transcript"


def test_a_roster_line_names_the_reporter_whose_label_follows():
    conf = conf_of("东湖市政府新闻办举行新闻发布会\n主持人：东湖市政府新闻办副主任 赵磊\n"
                   "赵磊：下面进入提问环节。\n提问记者：东湖日报记者 张伟\n张伟：请问陈局长，企业开办时间能否再压缩？\n"
                   "陈静：今年我们将企业开办时间压缩至1个工作日以内。\n提问记者：东湖电视台 李娜\n"
                   "李娜：我想问一下陈局长，外资如何引进？\n陈静：今年计划引进外资项目50个。\n")
    reporters = [(p.name, p.organisation) for p in conf.participants if p.role == "reporter"]
    assert reporters == [("张伟", "东湖日报"), ("李娜", "东湖电视台")]
    assert [q.outlet for q in conf.qa_pairs] == ["东湖日报", "东湖电视台"]
    t = conf.document.text
    assert t[conf.turns[0].start:conf.turns[0].end] == "下面进入提问环节。"  # the roster line is no one's speech
    assert "提问记者" not in t[conf.turns[2].start:conf.turns[2].end]
    assert any(e.rule == "roster line: 提问记者" for e in conf.participant(conf.qa_pairs[0].reporter).evidence)


def test_a_colleague_adds_to_an_answer_under_a_label_that_says_so():
    conf = conf_of("市住建局、市自然资源局联合答记者问\n近日，市住建局局长王刚、市自然资源局副局长李红回答了记者提问。\n"
                   "记者问：今年计划改造多少个老旧小区？\n王刚答：今年计划改造120个。\n李红补充：同时新增停车位2000个。\n"
                   "记者问：居民需要出资吗？\n李红补充回答：加装电梯需分摊部分费用。\n")
    wang, li = (next(p.id for p in conf.participants if p.name == n) for n in ("王刚", "李红"))
    assert [q.answerers for q in conf.qa_pairs] == [(wang, li), (li,)]
    assert "李红补充" not in conf.document.text[conf.turns[1].start:conf.turns[1].end]


def test_a_bracketed_question_mark_followed_by_the_reporters_own_label():
    conf = conf_of("【直播】东湖市经济运行情况新闻发布会\n【主持人】出席今天发布会的有市统计局局长陈明先生。\n"
                   "【陈明】上半年全市地区生产总值同比增长5.6%。\n【提问】东湖晚报记者：消费市场表现如何？\n"
                   "【陈明】社会消费品零售总额增长6.1%。\n【提问】东湖电视台记者：工业生产情况怎样？\n【陈明】增长7.2%。\n")
    assert [q.outlet for q in conf.qa_pairs] == ["东湖晚报", "东湖电视台"]
    t = conf.document.text
    assert [t[conf.turns[q.question_turn].start:conf.turns[q.question_turn].end] for q in conf.qa_pairs] == [
        "消费市场表现如何？", "工业生产情况怎样？"]


def test_an_organisation_the_turn_before_names_answers_in_its_own_name():
    conf = conf_of("市长热线办理情况通报会文字实录\n主持人（市政府副秘书长 孙涛）：请市长热线办公室主任刘敏通报情况。\n"
                   "刘敏（市长热线办公室主任）：10月份共受理群众诉求5.2万件。\n孙涛：请市水务局回应。\n"
                   "市水务局：今年已完成供水管网改造85公里。\n孙涛：今天的通报会就到这里。\n")
    assert [p.organisation for p in conf.participants if p.role == "speaker" and p.name is None] == ["市水务局"]
    assert conf.document.text[conf.turns[2].start:conf.turns[2].end] == "请市水务局回应。"
    # (a story's heading that quotes an organisation stays no label: test_resolve's 国防部 headline)


def test_roster_lines_with_role_words_and_names_padded_to_width():
    conf = conf_of("东湖市人民政府新闻办公室新闻发布会\n主　持　人：市政府新闻办主任　李　强\n"
                   "发　布　人：市交通运输局局长　王　刚\n　　　　　　市公安局交警支队副支队长　何　平\n"
                   "李　强：今天请王刚局长介绍国庆假期交通运行情况。\n王　刚：全市道路客运量达到86.5万人次。\n"
                   "东湖日报记者：请问何支队长，假期交通事故情况如何？\n何　平：共处理轻微事故1320起。\n")
    assert names(conf, "moderator") == ["李强"] and names(conf, "speaker") == ["王刚", "何平"]
    assert speaker_titles(conf) == {"王刚": "市交通运输局局长", "何平": "市公安局交警支队副支队长"}
    host = conf.participants[0]
    assert host.title == "市政府新闻办主任" and any(e.rule == "roster line: 主持人" for e in host.evidence)


def test_a_speech_or_report_one_official_delivers_is_theirs():
    body = ("主任、各位副主任、秘书长、各位委员：\n我受市人民政府委托，现将全市生态环境保护工作情况报告如下，请予审议。\n"
            "一、主要工作\n全市PM2.5平均浓度为34微克/立方米，同比下降5.6%。\n")
    conf = conf_of("关于2023年全市生态环境保护工作情况的报告\n——2024年2月28日在市人大常委会第十次会议上\n"
                   "市生态环境局局长　吴涛\n" + body)
    assert (conf.doc_type, conf.layout) == ("report", "speech or report delivered by one official")
    assert speaker_titles(conf) == {"吴涛": "市生态环境局局长"}
    assert len(conf.turns) == 1 and conf.turn_text(conf.turns[0]).startswith("主任、各位副主任")
    assert {f.participant for f in conf_figures(conf)} == {conf.turns[0].participant}
    # an organisation's report, or a byline under a headline that names no speech or report, has no speaker
    assert conf_of("关于2023年全市生态环境保护工作情况的报告\n市生态环境局\n" + body).participants == ()
    assert conf_of("全市生态环境保护工作情况\n市生态环境局局长　吴涛\n" + body).participants == ()


def test_an_interpreter_speaks_no_words_of_their_own():
    conf = conf_of("中外记者见面会实录\n主持人：下面请记者提问。\n路透社记者：（英语）请问中方的立场是什么？\n"
                   "翻译：请问中方的立场是什么？\n王刚：中方将继续积极参与全球气候治理。\n翻译：（英语）China will continue.\n"
                   "法新社记者：请问王部长，明年目标是什么？\n王刚：碳排放强度再下降。\n")
    assert [t.kind for t in conf.turns] == ["opening", "question", "other", "answer", "other", "question", "answer"]
    interpreter = conf.participant(conf.turns[2].participant)
    assert (interpreter.name, interpreter.title, interpreter.role) == (None, "翻译", "other")
    wang = next(p.id for p in conf.participants if p.name == "王刚")
    assert [(q.answer_turns, q.answerers) for q in conf.qa_pairs] == [((3,), (wang,)), ((6,), (wang,))]
    # an interpreter whose only words render the question is no participant
    conf = conf_of("中外记者见面会实录\n主持人：下面请记者提问。\n路透社记者：\n（英文）\n同传：\n请问中方的立场是什么？\n"
                   "王刚：中方将继续积极参与全球气候治理。\n法新社记者：请问王部长，明年目标是什么？\n王刚：碳排放强度再下降。\n")
    assert [p.title for p in conf.participants if p.role == "other"] == []
    assert [q.outlet for q in conf.qa_pairs] == ["路透社", "法新社"]


def test_a_bare_name_used_once_answers_the_question_before_it():
    conf = conf_of("# 东湖市新闻发布会\n\n**主持人**：下面请记者提问。\n\n**东湖日报记者**：请问王局长，空气质量如何？\n\n"
                   "**王刚**：优良天数300天。\n")
    assert [(t.kind, conf.participant(t.participant).name) for t in conf.turns] == [
        ("opening", None), ("question", None), ("answer", "王刚")]


def conf_figures(conf):
    from analyzer.metrics import measure

    return measure(conf).figures


def test_labels_written_with_a_dash_instead_of_a_colon():
    conf = conf_of(
        "访谈实录：让乡村更美丽\n"
        "主持人——各位网友好，今天我们请到了青禾县农业农村局局长韩冰，和大家聊一聊农村人居环境整治。\n"
        "韩冰——主持人好，各位网友好。\n"
        "主持人——今年全县农村卫生厕所普及率达到多少？\n"
        "韩冰——目前全县农村卫生厕所普及率达到92%。\n"
    )
    assert conf.layout == "dash labels"
    assert [(t.role, conf.participant(t.participant).name) for t in conf.turns] == [
        ("moderator", None), ("speaker", "韩冰"), ("moderator", None), ("speaker", "韩冰")]
    assert speaker_titles(conf) == {"韩冰": "青禾县农业农村局局长"}  # not "到了青禾县…" after 请到了


def test_a_column_name_before_the_headline_is_not_part_of_it():
    conf = conf_of("权威发布 | 我市召开生态环境质量新闻发布会\n魏东：全市优良天数为300天。\n记者：下一步怎么做？\n魏东：继续治理。\n")
    assert conf.title == "我市召开生态环境质量新闻发布会"
    for column in ("图文直播：", "在线访谈：", "专访｜"):
        conf = conf_of(column + "市生态环境局局长谈“无废城市”建设\n嘉宾：市生态环境局局长 王刚\n"
                       "主持人：请您介绍一下进展。\n王刚：全市建成“无废细胞”560个。\n")
        assert conf.title == "市生态环境局局长谈“无废城市”建设", column


def test_a_bulletins_headline_is_its_title_not_the_issuing_body():
    conf = conf_of("2024年东湖市生态环境状况公报\n东湖市生态环境局\n2025年5月30日\n\n一、空气环境\n"
                   "2024年，全市环境空气质量优良天数为301天，优良率82.2%。\n")
    assert (conf.doc_type, conf.title) == ("report", "2024年东湖市生态环境状况公报")


def test_the_subtitle_under_a_reports_headline_is_not_its_title():
    conf = conf_of("关于2023年全市生态环境保护工作情况的报告\n——2024年2月28日在市人民代表大会常务委员会会议上\n"
                   "市生态环境局局长　吴涛\n主任、各位副主任、秘书长、各位委员：\n"
                   "我受市人民政府委托，现将2023年全市生态环境保护工作情况报告如下，请予审议。\n")
    assert conf.title == "关于2023年全市生态环境保护工作情况的报告" and conf.qa_pairs == ()


def test_a_dash_in_prose_is_no_label():
    conf = conf_of(
        "青禾县农村人居环境整治见成效\n"
        "韩冰——这位年轻的局长——三年来跑遍了全县146个行政村。\n"
        "村民们说——环境变好了，日子也更有奔头了。\n"
    )
    assert conf.layout != "dash labels" and conf.qa_pairs == ()


def test_live_text_stamped_in_hours_and_minutes_written_as_words():
    conf = conf_of(
        "文字直播：北塘市夏季旅游新闻发布会\n"
        "10时00分　主持人：今天请市文化广电和旅游局局长秦岭介绍夏季旅游工作。\n"
        "10时02分　秦岭：上半年全市接待游客1860万人次。\n"
        "10时16分　北塘晚报记者：暑期游客高峰如何保障交通？\n"
        "10时18分30秒　秦岭：我们将新增旅游专线公交12条。\n"
    )
    assert conf.layout == "timestamped live text"
    assert [t.time for t in conf.turns] == ["10:00", "10:02", "10:16", "10:18"]
    assert [q.status for q in conf.qa_pairs] == ["answered"]


def test_transliterated_names_joined_by_a_middle_dot():
    conf = conf_of(
        "自治区生态环境保护工作新闻发布会\n"
        "6月4日，自治区生态环境厅厅长买买提·艾力、副厅长热依拉·吐尔逊介绍全区生态环境保护工作情况。\n"
        "主持人：请买买提·艾力厅长介绍情况。\n"
        "买买提·艾力：全区空气质量优良天数比例为80.3%。\n"
        "天山网记者：请问热依拉·吐尔逊副厅长，今年水环境治理有什么安排？\n"
        "热依拉·吐尔逊：今年将完成15个城镇污水处理厂提标改造。\n"
    )
    assert names(conf, "speaker") == ["买买提·艾力", "热依拉·吐尔逊"]
    assert speaker_titles(conf)["买买提·艾力"] == "自治区生态环境厅厅长"
    assert [conf.participant(q.addressee).name for q in conf.qa_pairs] == ["热依拉·吐尔逊"]


def test_the_hosts_last_turn_that_passes_the_question_on_keeps_the_pair_open():
    conf = conf_of(
        "东湖市新闻发布会\n主持人：出席今天发布会的有市生态环境局局长王刚、副局长李红。\n"
        "东湖日报记者：请问王局长，噪声怎么治理？\n王刚：我们将加强执法。\n"
        "主持人：请李红副局长补充。\n李红：今年新建监测站20个。\n"
        "东湖电视台记者：扬尘呢？\n王刚：严格管控。\n"
    )
    assert [(q.answer_turns, len(q.answerers)) for q in conf.qa_pairs] == [((2, 4), 2), ((6,), 1)]


def test_a_hashtag_headline_and_a_title_word_written_after_the_name():
    conf = conf_of("#东湖市生态环境新闻发布会# 图文直播\n2024-06-05 10:00\n【主持人】请王刚局长介绍情况。\n"
                   "【王刚】今年全市优良天数达到300天。\n【东湖日报记者】请问王局长，噪声怎么治理？\n【王刚】加强执法。\n")
    assert conf.title == "东湖市生态环境新闻发布会"
    assert speaker_titles(conf) == {"王刚": "局长"}


def test_a_label_right_after_a_colon_that_ends_the_lead_in_one_paragraph():
    conf = conf_of("2023年6月21日外交部发言人毛宁主持例行记者会。以下为部分实录： 总台央视记者：李辉特别代表结束了访问，"
                   "你能否介绍此访的成果？ 毛宁：李辉特别代表与各方进行了深入沟通。 路透社记者：中方是否会派团？ 毛宁：我没有可以发布的信息。\n")
    assert [t.kind for t in conf.turns] == ["question", "answer", "question", "answer"]
    assert [q.outlet for q in conf.qa_pairs] == ["总台央视", "路透社"]


@pytest.mark.parametrize("label", ["国防部新闻局副局长、国防部新闻发言人吴谦大校", "吴谦大校"])
def test_a_rank_after_the_name_in_a_label_is_no_part_of_it(label):
    conf = conf_of(f"国防部例行记者会\n{label}：各位记者朋友，下午好。今天我先发布一条消息。\n记者：请问航母建设进展如何？\n"
                   "吴谦大校：我没有进一步需要发布的消息。\n")
    assert [(conf.participant(t.participant).name, t.kind) for t in conf.turns] == [
        ("吴谦", "statement"), (None, "question"), ("吴谦", "answer")]


def test_a_run_in_label_may_hold_a_role_word_and_a_space_before_the_name():
    conf = conf_of("水利部新闻发布会 国务院新闻办公室于2022年6月9日上午10时举行新闻发布会，请水利部副部长刘伟平介绍情况。"
                   "主持人 寿小丽：女士们、先生们，大家上午好。下面先请刘伟平先生介绍情况。刘伟平：全国完成水利建设投资3108亿元。"
                   "主持人 寿小丽：下面请大家提问。经济日报记者：资金来源情况如何？刘伟平：地方专项债用了1200亿元。\n")
    assert [(conf.participant(t.participant).name, t.kind) for t in conf.turns] == [
        ("寿小丽", "opening"), ("刘伟平", "statement"), ("寿小丽", "procedural"), (None, "question"), ("刘伟平", "answer")]


def test_the_headline_of_a_page_run_into_one_paragraph_is_the_words_before_its_first_label():
    conf = conf_of("商务部例行新闻发布会（2024年4月18日） 【商务部新闻发言人 何亚东】各位记者朋友，下午好！一季度，全国实际使用外资"
                   "金额3016.7亿元人民币。【第一财经记者】近期有外资企业撤离的报道，商务部如何看待？【何亚东】外资企业的进入和退出是"
                   "正常的市场行为。")
    assert conf.title == "商务部例行新闻发布会（2024年4月18日）"
    assert [p.name for p in conf.participants if p.role == "speaker"] == ["何亚东"] and len(conf.qa_pairs) == 1
    # words before a label that name no event are no headline
    conf = conf_of("各位记者朋友 【何亚东】下午好！【第一财经记者】商务部如何看待？【何亚东】这是正常的市场行为。")
    assert conf.title != "各位记者朋友"


def test_one_named_only_in_labels_who_invites_hands_over_and_closes_chairs():
    conf = conf_of("某市环保发布会\n丁慧：各位记者朋友，下午好！首先请马永刚局长介绍情况。\n马永刚：今年PM2.5平均浓度为35微克/立方米。\n"
                   "丁慧：下面请记者提问。\n安徽日报记者：请问马局长，秸秆焚烧罚款多少？\n马永刚：去年共罚款6.8万元。\n丁慧：发布会到此结束。\n")
    assert by_name(conf, "丁慧").role == "moderator"
    assert [t.kind for t in conf.turns] == ["opening", "statement", "procedural", "question", "answer", "closing"]
    # one who also speaks at length is no host
    conf = conf_of("某市环保发布会\n丁慧：各位记者朋友，下午好！首先请马永刚局长介绍情况。\n马永刚：今年PM2.5平均浓度为35微克/立方米。\n"
                   "丁慧：我补充一点，今年全市秸秆综合利用率达到93.6%，比去年提高1.2个百分点，全市共划定禁烧网格1.1万个，"
                   "配备网格员2.3万名，实现了秸秆禁烧监管全覆盖，下一步我们还将继续加大执法检查力度，确保秸秆禁烧工作取得实效，"
                   "为改善全市空气质量作出积极贡献。\n安徽日报记者：请问马局长，秸秆焚烧罚款多少？\n马永刚：去年共罚款6.8万元。\n")
    assert by_name(conf, "丁慧").role == "speaker"


def test_titled_people_who_only_ask_are_askers_and_one_who_only_gives_the_floor_chairs():
    conf = conf_of(
        "行政长官出席立法会答问会开场发言及答问内容\n"
        "以下是行政长官李家超今日出席立法会答问会的开场发言及答问内容：\n"
        "行政长官：多谢主席。今年施政报告提出多项措施，包括未来五年兴建3万个简约公屋单位。\n"
        "主席：陈议员。\n陈健波议员：多谢主席。特首，请问政府如何吸引更多人才来港？\n"
        "行政长官：多谢陈议员。各项人才计划已接获超过40万宗申请。\n"
        "主席：葛议员。\n葛珮帆议员：特首，我想问明日大屿的进度？\n行政长官：填海工程将于2026年展开。\n")
    roles = {p.name or p.title: (p.role, p.title) for p in conf.participants}
    assert roles == {"李家超": ("speaker", "行政长官"), "主席": ("moderator", "主席"),
                     "陈健波": ("reporter", "议员"), "葛珮帆": ("reporter", "议员")}
    who = {p.id: p.name for p in conf.participants}
    # the thanks to the chair come before the question is put to 特首
    assert [(who[q.reporter], who[q.addressee], [who[a] for a in q.answerers]) for q in conf.qa_pairs] == [
        ("陈健波", "李家超", ["李家超"]), ("葛珮帆", "李家超", ["李家超"])]


def test_a_deputy_who_asks_a_minister_is_an_asker_and_an_official_who_answers_stays_one():
    page = ("“部长通道”实录\n2025年3月5日，“部长通道”在人民大会堂北大厅开启。\n"
            "主持人：首先请教育部部长怀进鹏回答记者提问。\n人民日报记者：请问怀部长，今年高校毕业生规模有多大？\n"
            "怀进鹏：今年高校毕业生预计达到1222万人。\n全国人大代表王丽：我想问一下乡村教师的待遇问题。\n"
            "怀进鹏：我们将继续实施乡村教师生活补助政策。\n")
    conf = conf_of(page)
    assert (by_name(conf, "王丽").role, by_name(conf, "王丽").title) == ("reporter", "全国人大代表")
    assert [len(q.answer_turns) for q in conf.qa_pairs] == [1, 1]
    # an official who answers a question with a question of his own still answers
    conf = conf_of(page.replace("我们将继续实施乡村教师生活补助政策。", "这个问题很好。怎么办呢？"))
    assert by_name(conf, "王丽").role == "reporter" and by_name(conf, "怀进鹏").role == "speaker"


def test_the_first_member_to_ask_at_an_inquiry_asks_when_the_answer_thanks_them_for_it():
    conf = conf_of("全国人大常委会专题询问\n全国人大常委会副委员长郑建邦主持联组会议，生态环境部部长韩卫东、住房和城乡建设部副部长"
                   "秦海翔到会应询。\n郑建邦：现在开始询问。\n吕薇委员：我想问生态环境部。请问如何解决工业固废堆存问题？\n"
                   "韩卫东：感谢吕薇委员的提问。2023年综合利用率为57%左右。\n郑建邦：请下一位委员提问。\n"
                   "王春成委员：请问住房和城乡建设部，垃圾分类如何推进？\n秦海翔：谢谢王春成委员。覆盖率达到82.5%。\n")
    assert by_name(conf, "吕薇").role == "reporter" and by_name(conf, "韩卫东").role == "speaker"
    assert len(conf.qa_pairs) == 2 and all(q.status == "answered" for q in conf.qa_pairs)


def test_an_interview_headline_names_whom_its_short_labels_stand_for():
    conf = conf_of("守护一江清水——访市水务局局长周海洋\n本报记者 刘洋\n记者：今年河湖治理有哪些新进展？\n"
                   "周局长：今年我们完成河道清淤120公里。\n记者：下一步还有哪些打算？\n周局长：继续推进河湖长制。\n")
    official = by_name(conf, "周海洋")
    assert (official.title, official.role) == ("市水务局局长", "speaker")
    assert [conf.participant(q.answerers[0]).name for q in conf.qa_pairs] == ["周海洋", "周海洋"]


def test_the_host_of_an_interview_with_no_other_asker_asks_its_questions_but_invites_no_answer():
    conf = conf_of(
        "市生态环境局局长王刚做客在线访谈\n主持人：各位网友，大家好！今天我们邀请到市生态环境局局长王刚做客访谈。\n"
        "王刚：主持人好，各位网友好！\n主持人：王局长，首先请您介绍一下今年全市生态环境质量的总体情况。\n"
        "王刚：今年全市优良天数达到301天。\n主持人：很多网友关心，今年冬季供暖期空气质量会不会反弹？\n"
        "王刚：我们已经完成清洁取暖改造12万户。\n主持人：有网友问，餐饮油烟扰民应该向哪个部门反映\n"
        "王刚：可以拨打12345热线。\n主持人：最后请您再和网友说几句话?\n王刚：希望大家共同守护蓝天。\n")
    t = conf.document.text
    asked = [t[conf.turns[q.question_turn].start:conf.turns[q.question_turn].end][:8] for q in conf.qa_pairs]
    assert asked == ["很多网友关心，今", "有网友问，餐饮油"]  # a relayed question needs no question mark
    assert all(conf.participant(q.reporter).role == "moderator" and q.answerers == (by_name(conf, "王刚").id,)
               for q in conf.qa_pairs)
    assert [t.kind for t in conf.turns][2:4] == ["procedural", "statement"]  # 请您介绍一下: an invitation
    # where reporters ask, the host's words stay procedural
    conf = conf_of(conf.document.text + "记者：请问王局长，明年的目标是什么？\n王刚：优良天数稳定在300天以上。\n")
    assert [conf.turns[q.question_turn].role for q in conf.qa_pairs] == ["reporter"]


def test_labels_whose_last_characters_were_lost_still_say_who_speaks():
    conf = conf_of("市生态环境局新闻发布会\n主持人：请市生态环境局局长王刚介绍情况。\n王刚：今年优良天数达到301天。\n"
                   "新华社记\ufffd：请问王局长，明年目标是多少？\n王\ufffd：力争优良天数达到305天。\n"
                   "央视记者：臭氧怎么治？\n王刚：完成企业治理120家。\n")
    who = {p.id: p for p in conf.participants}
    assert [(who[q.reporter].organisation, [who[a].name for a in q.answerers]) for q in conf.qa_pairs] == [
        ("新华社", ["王刚"]), ("央视", ["王刚"])]
    # a lost character after words that are no label leaves them prose
    assert len(conf_of("王刚：今年优良天数达到301天。\n他说\ufffd：明年更好。\n记者：目标呢？\n王刚：305天。\n").turns) == 3


def test_labels_set_apart_by_a_wide_space_instead_of_a_colon():
    # a web page's bold labels, their colon never written
    conf = conf_of("市水务局2025年防汛新闻发布会\n主持人 李华　各位记者朋友，大家好。今天请市水务局局长周海洋介绍防汛工作。\n"
                   "周海洋　今年全市新建排涝泵站12座。\n东湖日报记者　请问周局长，地下通道积水问题怎么解决？\n"
                   "周海洋　我们在28个下穿通道安装了水位监测设备。\n")
    assert conf.layout == "space labels"
    assert [(t.role, t.kind) for t in conf.turns] == [
        ("moderator", "opening"), ("speaker", "statement"), ("reporter", "question"), ("speaker", "answer")]
    assert names(conf, "moderator") == ["李华"] and [q.outlet for q in conf.qa_pairs] == ["东湖日报"]
    # prose whose paragraphs are indented with wide spaces holds no such label
    assert conf_of("东湖日报讯\n　　今年全市新建排涝泵站12座。\n　　记者从市水务局获悉，排涝能力明显提升？\n").turns == ()


def test_an_official_listed_after_another_of_the_same_body_shares_its_name():
    conf = conf_of("省政府新闻办召开新闻发布会\n7月8日，省政府新闻办召开新闻发布会，省农业农村厅厅长李强、副厅长王芳介绍夏粮生产情况，"
                   "市委书记张伟、市长李军出席。\n李强：今年夏粮总产量702.3亿斤。\n记者：收购价格如何？\n王芳：小麦每斤1.25元。\n")
    assert by_name(conf, "王芳").title == "省农业农村厅副厅长"
    assert by_name(conf, "李强").title == "省农业农村厅厅长"
    assert by_name(conf, "李军").title == "市长"  # another post: 市委书记 lends no body to 市长
    # named where no event verb follows (做客, 邀请到…先生，…女士): the title comes from the text and still shares
    conf = conf_of("《民生热线》\n市生态环境局局长刘志强、副局长陈红做客直播间。\n主持人：请讲。\n听众：工地夜间施工噪声很大，能管管吗？\n"
                   "刘志强：我们马上核查。\n听众：空气质量怎么样？\n陈红：今年优良天数176天。\n")
    assert by_name(conf, "陈红").title == "市生态环境局副局长"
    conf = conf_of("主持人：今天我们邀请到生态环境部部长黄海先生，副部长郭芳女士。\n黄海：大家好。\n"
                   "路透社记者：请问郭副部长，碳市场会扩容吗？\n郭芳：会的。\n")
    assert by_name(conf, "郭芳").title == "生态环境部副部长"


def test_names_listed_after_a_titled_one_share_its_title():
    conf = conf_of("委员通道\n3月4日，全国政协十四届三次会议首场“委员通道”采访活动举行，全国政协委员王一鸣、刘海燕、巴特尔接受采访。\n"
                   "主持人：请王一鸣委员回答。\n记者：请问王委员，如何看待今年经济？\n王一鸣：保持5%左右增长。\n"
                   "记者：请问刘委员，教育方面有何建议？\n刘海燕：增加学位供给。\n")
    assert [by_name(conf, n).title for n in ("王一鸣", "刘海燕", "巴特尔")] == ["全国政协委员"] * 3
    assert by_name(conf, "刘海燕").role == "speaker"
    # a name with a title of its own keeps it; a part that is no name ends the list
    conf = conf_of("发布会\n市委书记张伟、市长李军、各区负责人出席。\n张伟：大家好。\n记者：请问进展如何？\n李军：进展顺利。\n")
    assert by_name(conf, "李军").title == "市长" and len(conf.participants) == 3
    # a body after the conjunction is the next person's ("海事" is no name sharing 梁永权's post)
    conf = conf_of("新闻发布会\n出席发布会的有地球物理气象局局长梁永权、海事及水务局副局长黄穗文。\n梁永权：风暴潮明显。\n"
                   "记者：请问航班如何？\n黄穗文：已停航。\n")
    assert by_name(conf, "黄穗文").title == "海事及水务局副局长"


def test_a_name_without_a_listed_surname_labels_turns_when_the_page_vouches_for_it():
    # glossed with a post in the label
    conf = conf_of("主持人：请扎西次仁厅长介绍情况。\n扎西次仁（自治区应急管理厅厅长）：已转移群众5410人。\n"
                   "记者：请问扎西次仁厅长，安置点够用吗？\n扎西次仁：够用。\n")
    p = by_name(conf, "扎西次仁")
    assert (p.title, p.role) == ("自治区应急管理厅厅长", "speaker") and "扎西次仁厅长" in p.aliases
    assert [t.participant for t in conf.turns][1::2] == [p.id, p.id] and conf.qa_pairs[0].addressee == p.id
    # a bare label whose words the page writes next to a post
    conf = conf_of("10:00 主持人 王刚：请泽仁扎西局长介绍情况。\n10:01 泽仁扎西：接待游客168.2万人次。\n"
                   "10:03 记者：请问门票会降价吗？\n10:04 泽仁扎西：目前没有降价计划。\n")
    assert [t.role for t in conf.turns] == ["moderator", "speaker", "reporter", "speaker"]
    assert by_name(conf, "泽仁扎西").title == "局长"
    # a label's words never written next to a post are no name
    conf = conf_of("主持人：请王刚局长介绍。\n王刚（市文旅局局长）：游客增长。\n温馨提示：请关闭手机。\n记者：请问？\n王刚：好。\n")
    assert all(p.name != "温馨提示" for p in conf.participants)


def test_a_heading_of_the_events_next_part_is_no_part_of_a_turn():
    conf = conf_of("东湖市优化营商环境新闻发布会\n一、发布环节\n主持人：请市发展改革委主任吴涛发布。\n"
                   "吴涛：今年全市新增市场主体3.2万户。\n二、答问环节\n东湖日报记者：企业开办时间还能压缩吗？\n"
                   "吴涛：我们将压缩至半个工作日。\n三、结束\n主持人：发布会到此结束。\n")
    assert [conf.turn_text(t) for t in conf.turns][1:4] == [
        "今年全市新增市场主体3.2万户。", "企业开办时间还能压缩吗？", "我们将压缩至半个工作日。"]
    conf = conf_of("东湖市新闻发布会\n主持人：请吴涛发布。\n吴涛：今年新增市场主体3.2万户。\n二、答记者问\n"
                   "东湖日报记者：还能压缩吗？\n吴涛：能。\n三、发布会视频\n")
    assert [conf.turn_text(t) for t in conf.turns][1:] == ["今年新增市场主体3.2万户。", "还能压缩吗？", "能。"]
    # an answer's own numbered points stay
    conf = conf_of("主持人：请吴涛发布。\n吴涛：主要有三点：\n一、压缩开办时间\n二、降低收费\n记者：还有呢？\n吴涛：没有了。\n")
    assert conf.turn_text(conf.turns[1]).endswith("二、降低收费")


def test_a_courts_posts_are_titles():
    conf = conf_of("市中级人民法院召开新闻发布会。环境资源审判庭庭长刘佳回答记者提问。\n胡蓉：请介绍。\n"
                   "法治日报记者：请问刘庭长，生态修复有哪些实践？\n刘佳：补植复绿1200余亩。\n")
    liu = by_name(conf, "刘佳")
    assert liu.title == "环境资源审判庭庭长" and conf.qa_pairs[0].addressee == liu.id


def test_a_spokesperson_who_hosts_answers_the_question_put_to_them():
    page = ("9月25日，生态环境部举行例行新闻发布会。土壤司司长苏克敬介绍有关情况。生态环境部新闻发言人裴晓菲主持发布会。\n"
            "裴晓菲：上午好！下面请苏克敬司长作介绍。\n苏克敬：受污染耕地安全利用率稳定在91%以上。\n"
            "裴晓菲：下面请大家提问。\n红星新闻记者：耕地重金属污染问题如何处理？\n苏克敬：我们已开展调查。\n"
            "南方都市报记者：请问发言人，第三轮督察进展如何？\n裴晓菲：督察组已完成进驻，立案处罚1560家。\n"
            "苏克敬：我补充一点，土壤督察也在推进。\n裴晓菲：今天的发布会到此结束。\n")
    conf = conf_of(page)
    host = by_name(conf, "裴晓菲")
    assert host.role == "moderator"
    pair = conf.qa_pairs[1]
    assert (pair.addressee, pair.status) == (host.id, "answered")
    assert [conf.participant(a).name for a in pair.answerers] == ["裴晓菲", "苏克敬"]
    # a question put to someone else, or to no one, leaves the host's words procedural
    conf = conf_of(page.replace("请问发言人，", "请问苏司长，"))
    assert conf.qa_pairs[1].answerers == () and conf.turns[6].kind == "procedural"
    conf = conf_of(page.replace("请问发言人，", "").replace("裴晓菲：督察组已完成进驻，立案处罚1560家。", "裴晓菲：这个问题请苏司长回答。"))
    assert [conf.participant(a).name for a in conf.qa_pairs[1].answerers] == ["苏克敬"]


def test_a_spokesperson_who_hosts_answers_a_question_put_to_the_ministry():
    page = ("9月26日，生态环境部举行例行新闻发布会。大气司司长石建国介绍有关情况。生态环境部新闻发言人裴永和主持发布会。\n"
            "裴永和：上午好！下面请石建国司长作介绍。\n石建国：今年PM2.5平均浓度为27微克/立方米。\n"
            "裴永和：下面请大家提问。\n澎湃新闻记者：有报道说个别地方监测数据造假。请问生态环境部对此如何回应？\n"
            "裴永和：我部对监测数据造假始终保持零容忍，今年以来共查处弄虚作假案件231起，移送公安机关87起，"
            "对报道的案件已派出工作组核实。\n新华社记者：请问石司长，清洁取暖进展如何？\n石建国：已完成91.3万户。\n"
            "裴永和：今天的发布会到此结束。\n")
    conf = conf_of(page)
    host = by_name(conf, "裴永和")
    pair = conf.qa_pairs[0]
    assert (pair.status, [conf.participant(a).name for a in pair.answerers]) == ("answered", ["裴永和"])
    assert host.role == "moderator" and conf.turns[4].kind == "answer"
    # also a question put to no one; a host who only moves on answers nothing
    page = page.replace("请问生态环境部对此如何回应？", "对此有何回应？")
    assert [conf.participant(a).name for a in conf_of(page).qa_pairs[0].answerers] == ["裴永和"]
    conf = conf_of(page.replace(page[page.index("裴永和：我部"):page.index("新华社记者")], "裴永和：好，下一个问题。\n"))
    assert conf.qa_pairs[0].status == "unanswered" and conf.turns[4].kind == "procedural"


def test_any_host_answers_a_question_put_to_no_one_that_no_official_takes_up():
    page = ("市政府新闻发布会\n主持人（市政府新闻办主任 陈明）：各位记者，上午好。今天我们邀请到市教育局局长刘芳介绍招生情况。\n"
            "刘芳：谢谢。今年全市计划新增学位2.3万个。\n中国教育报记者：请问发布会的材料什么时候可以提供？\n"
            "主持人：发布会结束后，我们会把新闻通稿发到各位的邮箱，大家也可以在市政府网站下载。\n"
            "新华社记者：请问刘局长，今年招生有什么新变化？\n刘芳：今年全面推行网上报名。\n主持人：今天的发布会到此结束，谢谢大家。\n")
    conf = conf_of(page)
    pair = conf.qa_pairs[0]
    assert (pair.status, [conf.participant(a).name for a in pair.answerers]) == ("answered", ["陈明"])
    assert conf.turns[3].kind == "answer"
    # a host who only gives the floor on answers nothing
    conf = conf_of(page.replace("发布会结束后，我们会把新闻通稿发到各位的邮箱，大家也可以在市政府网站下载。", "好的，请继续提问。"))
    assert conf.qa_pairs[0].status == "unanswered" and conf.turns[3].kind == "procedural"
    # a short reply with a number answers
    conf = conf_of(page.replace("请问发布会的材料什么时候可以提供？", "请问今年共查处多少起案件？")
                   .replace("发布会结束后，我们会把新闻通稿发到各位的邮箱，大家也可以在市政府网站下载。", "共查处案件4821起。"))
    assert conf.qa_pairs[0].status == "answered" and conf.turns[3].kind == "answer"


def test_a_microblog_live_pages_post_headers_stamp_the_posts_under_them():
    conf = conf_of("#合肥市义务教育招生政策新闻发布会#\n主持人：@合肥发布\n"
                   "@合肥发布 5-16 10:01\n【现场】发布会开始。市政府新闻办新闻发言人邵婷主持。\n"
                   "@合肥发布 5-16 10:03\n邵婷：上午好！首先请周文斌副局长介绍。\n"
                   "@合肥发布 5-16 10:05\n周文斌：今年计划招收小学一年级新生约12.6万人。\n转发 58 ｜ 评论 26 ｜ 赞 190\n"
                   "@合肥发布 5-16 10:16\n【提问】安徽商报记者：热点学校学位是不是更紧张？\n"
                   "@合肥发布 5-16 10:18\n周文斌：总量与上年基本持平。\n")
    assert [(conf.participant(t.participant).name, t.time) for t in conf.turns] == [
        ("邵婷", "10:03"), ("周文斌", "10:05"), (None, "10:16"), ("周文斌", "10:18")]
    assert "@" not in "".join(conf.turn_text(t) for t in conf.turns)
    assert by_name(conf, "邵婷").role == "moderator"


def test_a_netizens_question_that_opens_the_hosts_turn_after_its_colon_is_the_netizens():
    conf = conf_of("在线访谈\n[主持人]：各位网友好！今天邀请到邵建军局长。\n[邵建军]：大家好！\n"
                   "[主持人]：网友“东阿过客”问：产业园在哪里建？\n[邵建军]：还在论证。\n"
                   "[主持人]：网友“小平阴”问：有什么扶持政策？\n[邵建军]：提供创业担保贷款。\n")
    assert [conf.participant(q.reporter).name for q in conf.qa_pairs] == ["东阿过客", "小平阴"]
    assert [conf.turn_text(conf.turns[q.question_turn]) for q in conf.qa_pairs] == ["产业园在哪里建？", "有什么扶持政策？"]


@pytest.mark.parametrize("relay", ["网友“城南老李”问：", "有网友问：", "网友城南老李留言说：", "网民“老张”提问：",
                                   "还有一位网友“城南老李”想问马局长：", "有一位网友通过微信平台留言：", "还有网友问，"])
def test_a_question_the_host_reads_out_is_the_askers_turn(relay):
    page = ("在线访谈｜市交通运输局局长谈公交优先\n[主持人]各位网友，下午好！今天我们邀请到市交通运输局局长马卫东。\n"
            "[马卫东]各位网友好！\n[主持人]访谈开始以来，网友们非常踊跃。" + relay + "早高峰等车要半个小时，能不能加密班次？\n"
            "[马卫东]我们会在早晚高峰加密班次。\n[主持人]网友“青青草”问：老年人乘公交还有优惠吗？\n"
            "[马卫东]65周岁以上老年人免费乘坐。\n[主持人]今天的访谈就到这里，再见！\n")
    conf = conf_of(page)
    asked = [conf.turn_text(conf.turns[q.question_turn]) for q in conf.qa_pairs]
    assert asked == ["早高峰等车要半个小时，能不能加密班次？", "老年人乘公交还有优惠吗？"]
    askers = {conf.participant(q.reporter).title for q in conf.qa_pairs}
    assert askers <= {"网友", "网民"} and len(askers) == 1 + ("网民" in relay)
    assert conf.turn_text(conf.turns[2]) == "访谈开始以来，网友们非常踊跃。"
    assert all(conf.turn_text(t) for t in conf.turns)  # the host's label with no words of its own gave way
    # a story that quotes a netizen has no turns
    assert conf_of("市区公交线路调整\n记者昨日走访发现，有网友问：能不能加密班次？公交公司表示将研究。\n").turns == ()
    # an official who quotes a question and answers it on keeps the floor
    conf = conf_of(page.replace("[马卫东]我们会在早晚高峰加密班次。", "[马卫东]好的。有市民问：为什么要加密？其实是客流大了。"))
    assert any(conf.turn_text(t).endswith("其实是客流大了。") and t.role == "speaker" for t in conf.turns)


def test_the_hosts_question_put_to_you_is_a_question_beside_the_netizens():
    conf = conf_of("两会访谈\n[主持人]各位网友大家好，今天我们邀请到全国政协委员方晓辉。\n[方晓辉]主持人好，各位网友大家好！\n"
                   "[主持人]今年您带来了哪些提案？\n[方晓辉]今年我带来了4件提案。\n[网友“小河”]河道还有异味，什么时候能治好？\n"
                   "[方晓辉]需要综合治理。\n[主持人]本期访谈到此结束。\n")
    assert [t.kind for t in conf.turns] == ["opening", "statement", "question", "answer", "question", "answer", "closing"]
    assert len(conf.qa_pairs) == 2


def test_a_hand_off_after_an_answer_names_the_official_of_the_question_to_come():
    conf = conf_of("在线访谈\n主持人：欢迎王海燕局长、林晓东处长做客。\n网友“鹿城老爸”问：中考体育怎么考？\n王海燕：体育满分50分。\n"
                   "网友“小陈”问：听说要取消中考加分了？\n林晓东：是的，逐步取消。\n主持人：好的。最后一个问题请王局长回答。\n"
                   "网友“平阳小陈”问：农村孩子上好高中会不会更难？\n王海燕：不会，名额分配到校。\n")
    wang = by_name(conf, "王海燕").id
    assert [q.addressee for q in conf.qa_pairs] == [None, None, wang]


def test_a_reporter_who_asks_in_a_citizens_name_is_the_asker():
    conf = conf_of("經濟財政司司長會見傳媒\n記者：司長，明年預算案總收入預計係幾多？\n司長：預計為1,208億澳門元。\n"
                   "記者：有市民問，明年會唔會繼續派錢？\n司長：明年會繼續推行。\n")
    assert [p.role for p in conf.participants].count("reporter") == 1
    assert [conf.turn_text(conf.turns[q.question_turn]) for q in conf.qa_pairs][1] == "有市民問，明年會唔會繼續派錢？"


def test_a_relayed_question_may_end_in_the_hosts_hand_off_and_keeps_the_hosts_time():
    conf = conf_of("政风行风热线\n[10:00] 主持人：欢迎收听。今天的嘉宾是市住建局物业科科长何静。\n[10:01] 何静：听众朋友们好！\n"
                   "[10:05] 主持人：有一位网友通过微信平台留言：我们小区物业费一年涨了两次，合理吗？这个问题请何科长解答。\n"
                   "[10:06] 何静：物业企业不能擅自上调。\n[10:09] 主持人：还有网友问，维修基金怎么申请？\n[10:10] 何静：业主表决通过即可。\n")
    assert [(t.kind, t.time) for t in conf.turns if t.kind == "question"] == [("question", "10:05"), ("question", "10:09")]
    assert [q.answerers for q in conf.qa_pairs] == [(by_name(conf, "何静").id,)] * 2
    # the hand-off after the question is the host's words, not the asker's
    (handoff,) = [t for t in conf.turns if conf.turn_text(t) == "这个问题请何科长解答。"]
    assert (handoff.role, handoff.kind) == ("moderator", "procedural")
    assert conf.turn_text(conf.turns[conf.qa_pairs[0].question_turn]).endswith("合理吗？")


def test_an_officials_words_reported_before_the_dialogue_are_their_statement():
    page = ("让每一条河流都清澈起来\n近年来，我市持续推进河湖治理。\n"
            "据市水务局局长张强介绍，今年以来全市共清理河道垃圾1.2万吨。\n"
            "市生态环境局副局长刘芳表示，全市12个国控断面水质优良比例达到100%。\n"
            "记者：群众参与河湖保护的积极性如何？\n刘芳：全市共有民间河长1500余名。\n")
    conf = conf_of(page)
    liu = by_name(conf, "刘芳")
    assert [(t.kind, t.participant) for t in conf.turns][:1] == [("statement", liu.id)]
    assert conf.turn_text(conf.turns[0]) == "市生态环境局副局长刘芳表示，全市12个国控断面水质优良比例达到100%。"
    assert conf.qa_pairs[0].answerers == (liu.id,)
    # one quoted who does not speak in the dialogue is no participant of it
    assert "张强" not in {p.name for p in conf.participants}


def test_words_reported_before_the_dialogue_of_an_official_the_lead_names_for_the_event_are_their_statement():
    conf = conf_of("【发布会实录】某区新闻发布会\n3月21日上午，二七区人民政府新闻办公室举行新闻发布会，区卫健委主任郭振华发布相关情况，"
                   "区卫健委副主任何敏回答记者提问。\n郭振华介绍，全区人均预期寿命达到80.2岁。\n"
                   "郑州晚报记者：今年有哪些新举措？\n何敏：今年将新建卫生室8个。\n")
    assert [(t.kind, t.participant) for t in conf.turns] == [
        ("statement", by_name(conf, "郭振华").id), ("question", conf.turns[1].participant), ("answer", by_name(conf, "何敏").id)]


def test_a_host_who_puts_a_question_to_an_official_asks_beside_the_netizens():
    page = ("在线访谈\n[主持人]各位网友好！今天我们邀请到市交通运输局局长梁振华、副局长许丽。\n[梁振华]大家好！\n"
            "[主持人]梁局长，先请您介绍一下总体情况。\n[梁振华]今年新开通公交线路16条。\n"
            "[主持人]网友“青青草”问：老年人乘坐公交还有优惠吗？\n[许丽]65周岁以上老年人免费乘坐。\n"
            "[主持人]许局长，共享单车乱停放的问题，下一步有什么打算？\n[许丽]新划设停放点1200处。\n"
            "[主持人]今天的访谈就到这里，再见！\n")
    conf = conf_of(page)
    host = next(p for p in conf.participants if p.role == "moderator")
    xu = by_name(conf, "许丽")
    asked = [(conf.participant(q.reporter).role, q.addressee) for q in conf.qa_pairs]
    assert asked == [("reporter", None), ("moderator", xu.id)]  # the invitation to introduce stays procedural
    assert conf.turns[6].kind == "question" and conf.qa_pairs[1].reporter == host.id


def test_header_keys_and_names_padded_to_a_column_read_as_written_unpadded():
    page = ("某市召开空气质量新闻发布会\n发布时间：2022-12-10　来源：市政府新闻办\n"
            "时　间：2022年12月9日（星期五）下午3时\n地　点：市政府新闻发布厅\n主　题：介绍空气质量情况\n"
            "发布人：市生态环境局局长 王　芳\n主持人：市政府新闻办副主任 李国强\n"
            "李国强：各位记者朋友，大家下午好！首先请王芳局长介绍情况。\n王　芳：今年全市优良天数达到300天。\n"
            "李国强：下面请记者提问。\n东湖日报记者：请问王局长，明年的目标是多少？\n王　芳：优良天数比例力争达到85%。\n"
            "东湖电视台记者：臭氧污染怎么治理？\n王　芳：推进挥发性有机物综合治理。\n李国强：今天的发布会到此结束。\n")
    conf = conf_of(page)
    assert conf.date == "2022-12-09"  # the event's 时　间, not the page's 发布时间
    assert [(p.name, p.role) for p in conf.participants if p.role != "reporter"] == [
        ("李国强", "moderator"), ("王芳", "speaker")]  # no participant named 时间, and one 王芳
    assert [conf.participant(q.answerers[0]).name for q in conf.qa_pairs] == ["王芳", "王芳"]
    assert conf.turns[0].kind == "opening"


def test_full_width_digits_date_the_event_and_leave_the_byline_out_of_the_headline():
    page = ("市环保局召开奥运期间空气质量保障工作新闻通气会\n"
            "作者：宣教中心　来源：市环保局　更新时间：２００８-７-２５ １６:４２:０８\n"
            "２００８年７月２４日，市环保局召开新闻通气会，副局长孟庆和通报了有关情况。\n"
            "孟庆和说，今年全市空气优良天数达到２１０天，ＰＭ１０浓度同比下降１２％。\n")
    conf = conf_of(page)
    assert (conf.title, conf.date) == ("市环保局召开奥运期间空气质量保障工作新闻通气会", "2008-07-24")
    doc = clean(Page(source="<test>", text=page, encoding="utf-8"))
    assert doc.script == "simplified" and "ＰＭ１０" in doc.text and "PM10" in doc.simplified


def test_an_official_who_only_passes_the_question_on_is_asked_but_does_not_answer():
    page = ("市政府新闻发布会\n主持人：市政府新闻办主任 赵明\n发布人：市卫生健康委主任 李大川；市疾控中心主任 常兆宁\n"
            "赵明：下面请记者提问。\n东湖日报记者：请问李主任，老年人是否还要继续加强免疫接种？\n"
            "李大川：这个问题请常兆宁主任来回答。\n常兆宁：谢谢。老年人是感染后发生重症的高风险人群，我们呼吁尽快接种。\n"
            "东湖电视台记者：请问李主任，发热门诊够用吗？\n李大川：谢谢。全市共设置发热门诊120个。这个问题请常主任再补充。\n"
            "常兆宁：基层还设置了发热诊室300个。\n赵明：今天的发布会到此结束。\n")
    conf = conf_of(page)
    li, chang = by_name(conf, "李大川"), by_name(conf, "常兆宁")
    assert [(q.addressee, q.answerers) for q in conf.qa_pairs] == [(li.id, (chang.id,)), (li.id, (li.id, chang.id))]
    assert conf.turns[2].kind == "procedural"


def test_an_interviewers_closing_thanks_ask_nothing():
    page = ("专访市交通运输局局长孙海峰\n记者：今年农村公路建设有哪些安排？\n孙海峰：今年将新改建农村公路300公里。\n"
            "记者：群众出行还有哪些便利？\n孙海峰：新开通城乡公交线路12条。\n记者：谢谢孙局长！\n"
            "孙海峰：谢谢！也欢迎广大市民对我们的工作提出意见建议。\n")
    conf = conf_of(page)
    assert len(conf.qa_pairs) == 2 and all(q.status == "answered" for q in conf.qa_pairs)
    assert [t.kind for t in conf.turns][-2:] == ["procedural", "closing"]


def test_bare_answers_go_to_the_official_the_lead_says_answers_the_questions():
    page = ("市环保局召开空气质量保障工作新闻通气会\n"
            "7月24日上午，市环保局召开新闻通气会，市环保局副局长孟庆和通报了有关情况，并回答了记者提问。"
            "市环保局办公室主任邵文亮主持通气会。\n孟庆和介绍，全市空气质量明显好转。\n"
            "问：单双号限行以后，市民出行怎么保障？\n答：市公交集团新增投放公交车420辆。\n"
            "问：奥运结束后，这些措施会不会继续执行？\n答：临时措施到9月20日结束。\n")
    conf = conf_of(page)
    meng = by_name(conf, "孟庆和")
    assert [q.answerers for q in conf.qa_pairs] == [(meng.id,), (meng.id,)]
    assert [p.name for p in conf.participants if p.role == "speaker"] == ["孟庆和"]  # no unnamed official beside him


@pytest.mark.parametrize("ask", ["黎平副局长还有没有要补充的？", "黎平副局长，您看还有什么需要补充的吗？"])
def test_the_host_asking_an_official_whether_to_add_anything_passes_the_open_question_on(ask):
    conf = conf_of("应急管理局新闻发布会\n主持人 赵静：请黎平副局长介绍。\n黎平：全区事故下降12%。\n记者：请问安全检查情况如何？\n"
                   f"张伟：检查企业1200家。\n主持人 赵静：{ask}\n黎平：我补充一点，整改隐患300处。\n主持人 赵静：发布会到此结束。\n")
    assert [t.kind for t in conf.turns][4] == "procedural" and len(conf.qa_pairs) == 1
    assert [conf.participant(a).name for a in conf.qa_pairs[0].answerers] == ["张伟", "黎平"]


def test_a_spokesperson_host_who_answers_after_handing_part_on_answers():
    page = ("市中级人民法院新闻发布会\n主持人：市中级人民法院副院长、新闻发言人 郑怀远\n发布人：刑事审判第二庭庭长 柯敏\n"
            "郑怀远：各位记者朋友，下午好！下面，我们回答记者提问。\n"
            "宁阳日报记者：案例一中法院为什么对主犯判处了十二年这么重的刑罚？\n"
            "郑怀远：谢谢您的提问。我先作简要回答，具体请柯庭长补充。对涉养老诈骗犯罪，法院始终坚持依法从严惩处，"
            "既要让犯罪分子付出代价，也要尽最大努力为老年人追赃挽损。\n"
            "柯敏：我补充两点。王某某作为主犯，诈骗数额特别巨大。\n郑怀远：今天的发布会到此结束，谢谢各位！\n")
    conf = conf_of(page)
    zheng, ke = by_name(conf, "郑怀远"), by_name(conf, "柯敏")
    assert [q.answerers for q in conf.qa_pairs] == [(zheng.id, ke.id)]
    # a spokesperson who only passes the question on still answers nothing
    conf = conf_of(page.replace("对涉养老诈骗犯罪，法院始终坚持依法从严惩处，既要让犯罪分子付出代价，也要尽最大努力为老年人追赃挽损。", ""))
    assert [q.answerers for q in conf.qa_pairs] == [(ke.id,)]


def test_an_online_interviews_stamps_after_bracket_labels_and_netizens_by_screen_name():
    page = ("在线访谈\n访谈嘉宾：罗文斌　省市场监督管理局局长\n主持人：周晓\n\n"
            "[主持人]10:00:12\n各位网友，大家上午好！今天我们邀请到了省市场监督管理局局长罗文斌。\n\n"
            "[罗文斌]10:00:58\n主持人好，各位网友大家好！\n\n"
            "[主持人]10:05:47\n网友“锦江边的小老板”提问：办食品经营许可证可以“告知承诺”吗？\n\n"
            "[罗文斌]10:06:35\n可以，今年3月1日起全面推行。\n\n"
            "[主持人]10:10:02\n网友“蓉城打工人”：网上买的充电宝商家不给退，应该怎么维权？\n\n"
            "[罗文斌]10:10:40\n可以拨打12315热线投诉。\n\n[主持人]10:18:00\n本期访谈到此结束，谢谢各位网友！\n")
    conf = conf_of(page)
    assert [t.time for t in conf.turns][:2] == ["10:00", "10:00"]
    assert conf.turn_text(conf.turns[1]) == "主持人好，各位网友大家好！"
    askers = [conf.participant(q.reporter) for q in conf.qa_pairs]
    assert [(p.name, p.title) for p in askers] == [("锦江边的小老板", "网友"), ("蓉城打工人", "网友")]


def test_an_interviews_subtitle_after_a_dash_is_no_speakers_label():
    page = ("让群众出行更便捷更舒心\n——访青州市交通运输局党组书记、局长孙海峰\n\n"
            "编者按：今年是全面实施“十四五”规划的关键之年。\n\n■记者\n孙局长，您好！2023年全市交通运输工作取得了哪些成绩？\n\n"
            "■孙海峰\n全市新改建农村公路320公里。\n\n■记者\n今年有哪些新举措？\n\n■孙海峰\n新开通城乡公交线路12条。\n")
    conf = conf_of(page)
    sun = by_name(conf, "孙海峰")
    assert sun.title == "青州市交通运输局党组书记、局长"
    assert [t.kind for t in conf.turns] == ["question", "answer", "question", "answer"]


def test_an_interviews_byline_in_its_dateline_names_the_interviewer_and_the_source_their_paper():
    page = ("让群众出行更便捷更舒心\n——访市交通运输局局长孙海峰\n"
            "2024年04月08日 07:52\u3000\u3000来源：青州日报\u3000\u3000作者：本报记者 刘畅\u3000\u3000分享到：\n"
            "记者：今年农村公路建设有哪些安排？\n孙海峰：今年将新改建农村公路300公里。\n"
            "记者：群众出行还有哪些便利？\n孙海峰：新开通城乡公交线路12条。\n\n（本报记者 刘畅 实习生 何苗）\n")
    conf = conf_of(page)
    assert {(conf.participant(q.reporter).name, q.outlet) for q in conf.qa_pairs} == {("刘畅", "青州日报")}


def test_a_title_label_in_short_form_is_the_official_whose_title_it_abbreviates():
    page = ("市中级人民法院民事审判白皮书新闻发布会\n"
            "发布人：市中级人民法院民事审判第一庭庭长 章振海；民事审判第三庭庭长 黄芷若\n"
            "新闻发言人：下面请记者提问。\n海澄日报记者：请问章庭长，预付卡纠纷有什么特点？\n"
            "民一庭庭长：这类案件集中在健身、美容行业。\n海澄广播电视台记者：请问黄庭长，网购纠纷如何处理？\n"
            "民三庭庭长：依法适用惩罚性赔偿。\n新闻发言人：今天的发布会到此结束。\n")
    conf = conf_of(page)
    zhang, huang = by_name(conf, "章振海"), by_name(conf, "黄芷若")
    assert [q.answerers for q in conf.qa_pairs] == [(zhang.id,), (huang.id,)]
    assert not any(p.title == "民一庭庭长" for p in conf.participants)


def test_a_column_tag_alone_on_its_line_is_no_headline():
    conf = conf_of("【发布会实录】\n“美丽临沧湾建设”系列新闻发布会（第二场）：生物多样性保护\n"
                   "主持人：请王局长介绍。\n王刚：全市记录野生鸟类286种。\n记者：下一步？\n王刚：继续开展监测。\n")
    assert conf.title == "“美丽临沧湾建设”系列新闻发布会（第二场）：生物多样性保护"


def test_a_chief_statistician_is_a_title_and_a_captions_lead_in_is_none():
    page = ("省统计局前三季度经济运行情况新闻发布会\n主持人：省政府新闻办副主任 王海\n发布人：省统计局总统计师 岑慧敏\n"
            "王海：下面请记者提问。\n东湖日报记者：请问岑总统计师，消费恢复情况如何？\n岑慧敏：社会消费品零售总额增长6.8%。\n"
            "王海：发布会到此结束。\n")
    conf = conf_of(page)
    cen = by_name(conf, "岑慧敏")
    assert cen.title == "省统计局总统计师" and conf.qa_pairs[0].addressee == cen.id
    conf = conf_of("我市召开大气污染防治工作新闻发布会\n图为市生态环境局党组书记、局长韦承泽介绍情况。他介绍，全市优良天数达到341天。\n")
    assert by_name(conf, "韦承泽").title == "市生态环境局党组书记、局长"


def test_a_note_of_what_the_page_leaves_out_says_nothing_and_is_warned_of():
    page = ("市政府新闻发布会\n主持人：市政府新闻办副主任 王海\n发布人：市生态环境局局长 韦承泽；副局长 褚明远\n"
            "王海：各位记者朋友，大家上午好！首先请韦承泽局长介绍情况。\n韦承泽：今年全市优良天数达到300天。\n"
            "王海：谢谢韦局长。下面请褚明远副局长介绍。\n褚明远：（发言略）\n王海：下面进入答记者问环节。\n答记者问（略）\n"
            "王海：今天的发布会就到这里。谢谢大家！\n")
    conf = conf_of(page)
    assert [t.kind for t in conf.turns] == ["opening", "statement", "procedural", "other", "procedural", "closing"]
    assert any("leaves out part of what was said" in w for w in conf.warnings)
    # an editor's note that the record was trimmed, or a pointer to an attachment, leaves nothing out
    conf = conf_of(page.replace("（发言略）", "主要介绍了三项工作（见附件1）。").replace("答记者问（略）\n", ""))
    assert not any("leaves out" in w for w in conf.warnings)


def test_an_introduction_after_a_conjunction_takes_none_into_the_title():
    conf = conf_of(
        "青川市新闻发布会\n郑晓岚：各位记者朋友，大家上午好！今天我们邀请到市生态环境局党组书记、局长韩立松先生，"
        "请他介绍上半年我市大气污染防治工作情况，并与市生态环境局副局长邬佳琪女士、市公安局交通警察支队副支队长贺承远先生"
        "一起回答大家关心的问题。\n韩立松：今年以来，全市PM2.5平均浓度为31.4微克/立方米。\n新华社记者：请问邬局长，臭氧怎么治？\n"
        "邬佳琪：推进VOCs治理。\n郑晓岚：发布会到此结束。\n")
    assert speaker_titles(conf) == {"韩立松": "市生态环境局党组书记、局长", "邬佳琪": "市生态环境局副局长",
                                    "贺承远": "市公安局交通警察支队副支队长"}


def test_a_news_leads_mention_of_a_report_is_narration_not_the_officials_statement():
    page = ("我市通报上半年生态环境质量状况\n"
            "7月18日下午，市人民政府新闻办公室举行新闻发布会，市生态环境局党组书记、局长韦承泽通报上半年全市生态环境质量状况，"
            "市委宣传部副部长邱德华主持发布会。\n"
            "韦承泽介绍，上半年，全市环境空气质量优良天数比例为91.2%，同比上升2.3个百分点。\n")
    conf = conf_of(page)
    texts = [conf.turn_text(t) for t in conf.turns]
    assert texts and all(not x.startswith("7月18日下午") for x in texts)
    assert texts[0].startswith("韦承泽介绍")


def test_callers_are_told_apart_by_the_names_their_labels_give():
    page = ("民生热线实录\n主持人：各位听众上午好，今天做客直播间的是市水务局局长黄立军。\n"
            "听众张先生：我家小区停水三天了，什么时候能恢复？\n黄立军：明天上午恢复供水。\n"
            "听众（东湖区陈先生）：我们村的自来水有异味，能不能来检测一下？\n黄立军：我们今天就派人取样检测。\n"
            "听众（东湖区陈先生）：好，我等着。\n"
            "听众（匿名）：水费为什么涨了？\n黄立军：水价调整经过了听证。\n听众（匿名）：好的好的，谢谢！\n"
            "来电市民（王先生，家住滨湖区）：\n管网改造什么时候到我们小区？\n黄立军：今年10月底前完成。\n"
            "王先生：那太好了，谢谢！\n"
            "嘉宾黄立军：谢谢各位听众。\n")
    conf = conf_of(page)
    askers = [conf.participant(q.reporter) for q in conf.qa_pairs]
    assert [(p.name, p.title) for p in askers] == [
        ("张先生", "听众"), ("东湖区陈先生", "听众"), (None, "听众"), ("王先生", "来电市民")]
    huang = by_name(conf, "黄立军")
    assert {a for q in conf.qa_pairs for a in q.answerers} == {huang.id}
    # a caller's acknowledgement asks nothing; the guest label run into the name is the official
    assert [q.status for q in conf.qa_pairs] == ["answered"] * 4
    assert huang.role == "speaker" and len([p for p in conf.participants if p.role == "speaker"]) == 1


def test_a_bracket_role_before_an_outlet_and_a_language_note_with_the_interpreter():
    page = ("主持人：下面请记者提问。\n【记者】岚州日报：请问王局长，今年的情况如何？\n王刚：谢谢。今年情况良好。\n"
            "【记者】新华社 孔维：请问还有什么安排？\n王刚：我们将继续推进。\n"
            "路透社记者（英语）：What comes next?\n戴维·马丁内斯（英语，翻译）：我们将与各方合作。\n")
    conf = conf_of(page)
    assert [(q.outlet, conf.participant(q.reporter).name) for q in conf.qa_pairs] == [
        ("岚州日报", None), ("新华社", "孔维"), ("路透社", None)]
    assert conf.participant(conf.qa_pairs[2].answerers[0]).name == "戴维·马丁内斯"


def test_a_stamped_label_with_a_colon_and_the_words_on_the_next_line():
    page = "局长接线日实录\n" + "".join(
        f"【9:{m:02d}】来电市民（{who}）：\n{q}\n冯国梁：{a}\n\n" for m, who, q, a in [
            (2, "王先生，家住滨湖区", "早高峰公交能不能加密班次？", "我们将增加2辆区间车。"),
            (17, "匿名", "出租车拒载怎么处理？", "查实后依法处罚。"),
            (35, "李女士，思源县", "村里的班车能不能恢复？", "年内恢复。")])
    conf = conf_of(page)
    assert [t.time for t in conf.turns if t.kind == "question"] == ["09:02", "09:17", "09:35"]
    assert [conf.participant(q.reporter).name for q in conf.qa_pairs] == ["王先生", None, "李女士"]


def test_an_emoji_before_a_label_is_no_part_of_it():
    page = ("🎤主持人 市政府新闻办副主任 何晓岚：欢迎参加新闻发布会。\n🎙️邵卫东：今年全市优良天数增加了12天。\n"
            "📢青澜日报记者：明年的目标是什么？\n🎙️邵卫东：优良天数比例达到85%。\n")
    conf = conf_of(page)
    host = conf.participant(conf.turns[0].participant)
    assert (host.name, host.title, host.role) == ("何晓岚", "市政府新闻办副主任", "moderator")
    assert [(q.outlet, [conf.participant(a).name for a in q.answerers]) for q in conf.qa_pairs] == [("青澜日报", ["邵卫东"])]


def test_what_the_page_appends_after_the_transcript_is_no_ones():
    talk = ("主持人：请王局长介绍情况。\n王刚：今年全市完成治理项目120个。\n东湖日报记者：明年有什么打算？\n"
            "王刚：明年再投入资金3亿元。\n主持人：今天的发布会到此结束，谢谢各位！\n\n")
    story = ("相关新闻：\n\n东湖启动VOCs治理百日攻坚行动\n\n"
             "本报讯（记者 林可欣）6月17日，记者从市生态环境局获悉，行动计划投入专项资金1.5亿元。\n")
    annex = "附件：东湖市生态环境违法行为举报奖励办法（全文）\n第一条　为鼓励公众举报，奖励金额最高5000元。\n"
    for appended in (story, annex):
        conf = conf_of(talk + appended)
        last = conf.turns[-1]
        assert conf.turn_text(last) == "今天的发布会到此结束，谢谢各位！"
        assert max(t.end for t in conf.turns) < conf.text.index("1.5亿元" if appended is story else "5000元")
    # a host who goes on after the closing words still speaks
    conf = conf_of(talk.replace("谢谢各位！\n", "谢谢各位！\n感谢各位记者朋友的关注。\n"))
    assert conf.turn_text(conf.turns[-1]).endswith("感谢各位记者朋友的关注。")


def test_a_spokesperson_who_hosts_and_gives_the_statement_is_a_speaker():
    page = ("7月15日上午，南海海关召开新闻发布会。南海海关副关长、新闻发言人欧阳澜发布有关情况，"
            "统计分析处副处长廖晓帆出席并回答记者提问。\n"
            "【欧阳澜】：各位记者朋友，上午好！欢迎大家参加南海海关新闻发布会。下面我通报今年上半年关区外贸进出口情况。"
            "上半年关区进出口总值4318.6亿元，增长9.4%。\n【欧阳澜】：下面欢迎各位记者提问。\n"
            "【南海日报记者】：跨境电商发展情况如何？\n【廖晓帆】：上半年跨境电商进出口396.4亿元。\n"
            "【欧阳澜】：本次发布会到此结束，谢谢大家！\n")
    conf = conf_of(page)
    ouyang = by_name(conf, "欧阳澜")
    assert ouyang.role == "speaker"
    assert [t.kind for t in conf.turns] == ["statement", "procedural", "question", "answer", "closing"]


def test_roster_notes_a_title_in_brackets_a_latin_name_and_a_host_run_into_the_lead():
    page = ("澜州市河湖长制工作新闻发布会\n"
            "出席发布会的有：澜州市水务局党委书记、局长（市河长制办公室主任）何振东，市生态环境局副局长彭丽娟。"
            "主持人：市委宣传部副部长、市政府新闻办主任邱敏。\n"
            "发布人：\n《生物多样性公约》秘书处高级项目官员　戴维·马丁内斯（David Martinez）\n\n"
            "主持人：各位媒体朋友，下午好！首先请何振东局长介绍情况。\n何振东：全市共设立河湖长3412名。\n"
            "澜州日报记者：请问河长制办公室，明年有什么安排？\n何振东：明年新建幸福河湖20条。\n"
            "路透社记者：What about the fund?\n戴维·马丁内斯：基金已支持项目9个。\n")
    conf = conf_of(page)
    he, host = by_name(conf, "何振东"), by_name(conf, "邱敏")
    assert he.title == "澜州市水务局党委书记、局长（市河长制办公室主任）"
    assert (host.role, host.title) == ("moderator", "市委宣传部副部长、市政府新闻办主任")
    assert by_name(conf, "戴维·马丁内斯").title == "《生物多样性公约》秘书处高级项目官员"
    # the host's line in the lead is no turn: the first turn is the host's opening
    assert (conf.turns[0].participant, conf.turns[0].kind) == (host.id, "opening")


def test_an_interview_host_who_invites_an_answer_to_a_question_asks_it():
    page = ("在线访谈\n主持人：各位网友，大家好！今天我们邀请到了省生态环境厅陈立群处长。\n陈立群：各位网友好！\n"
            "主持人：陈处长，先请您介绍一下，近年来我省在环评审批制度改革方面做了哪些工作？\n陈立群：一是简化审批。\n"
            "主持人：排污许可方面呢？\n陈立群：全省累计核发排污许可证1.27万张。\n"
            "网友“青山不老”：小型家具厂需要办理环评吗？\n陈立群：年用溶剂型涂料10吨以下的不需要。\n"
            "主持人：最后请陈处长和网友说几句话。\n陈立群：欢迎大家监督。\n主持人：本期访谈到此结束。\n")
    conf = conf_of(page)
    assert [(conf.turns[q.question_turn].role, q.status) for q in conf.qa_pairs] == [
        ("moderator", "answered"), ("moderator", "answered"), ("reporter", "answered")]


@pytest.mark.parametrize("head, title", [
    # a page's keyed line after the headline is no headline
    ("生物多样性保护主题新闻发布会（文字实录）\n相关专题：《生物多样性公约》缔约方大会第十六次会议（COP16）\n",
     "生物多样性保护主题新闻发布会（文字实录）"),
    ("12345热线“局长接线日”实录（市交通运输局）\n记录：市12345热线中心 钟悦\n", "12345热线“局长接线日”实录（市交通运输局）"),
    # a roster line of a long title, a wide space and a name is a byline
    ("“行风热线”节目实录：市人力资源和社会保障局\n上线嘉宾：\n松溪市人力资源和社会保障局副局长　钱雨欣\n",
     "“行风热线”节目实录：市人力资源和社会保障局"),
    # a headline may ask
    ("《问政清江》第十八期：城市垃圾分类为何“分了又混”？\n", "《问政清江》第十八期：城市垃圾分类为何“分了又混”？"),
    # a live page's latest notes above the headline, and a column's tag of any words before it
    ("【最新】截至10月9日7时，全市各级三防指挥部已将防风应急响应由Ⅰ级调整为Ⅲ级，全市在建工地已陆续复工。\n"
     "【直播回顾】岭东市三防指挥部防御台风“白鹭”新闻发布会", "岭东市三防指挥部防御台风“白鹭”新闻发布会"),
    # a row of links after the headline
    ("【图文直播】福建高院发布知识产权司法保护状况暨典型案例\n【刷新】 【查看全部】 【只看嘉宾】", "福建高院发布知识产权司法保护状况暨典型案例"),
    # the date and the page's tools on the headline's line
    ("国家外汇管理局2024年上半年外汇收支数据新闻发布会文字实录  2024-07-13  【打印】【关闭】",
     "国家外汇管理局2024年上半年外汇收支数据新闻发布会文字实录"),
    # a roster line under the headline: a role, then the person
    ("《市长面对面》第48期文字实录:聚焦城市内涝治理\n特邀观察员:临川学院城市规划系副教授 石磊", "《市长面对面》第48期文字实录:聚焦城市内涝治理"),
])
def test_the_headline_is_not_a_keyed_line_nor_a_roster_line(head, title):
    conf = conf_of(head + "\n主持人：请王局长介绍。\n王刚：示范小区86个。\n记者：下一步？\n王刚：继续。\n")
    assert conf.title == title


def test_a_bare_host_label_in_a_second_session_is_that_sessions_host():
    page = ("系列主题新闻发布会（第一场、第二场）\n第一场\n主持人（市政府新闻办主任 祁文斌）：下面请钟局长介绍。\n"
            "钟立行：全市水质优良比例达到95%。\n主持人：现在开始提问。\n汶州日报记者：明年呢？\n钟立行：继续推进。\n"
            "主持人：第一场发布会到此结束。\n第二场\n主持人（市政府新闻办副主任 严淑慧）：下面请吕局长介绍。\n"
            "吕长庚：粮食总产量31.8亿斤。\n主持人：现在开始提问。\n农民日报记者：秸秆呢？\n吕长庚：利用率94.5%。\n"
            "主持人：今天的发布会到此结束。\n")
    conf = conf_of(page)
    qi, yan = by_name(conf, "祁文斌"), by_name(conf, "严淑慧")
    hosts = [t.participant for t in conf.turns if t.role == "moderator"]
    assert hosts == [qi.id] * 3 + [yan.id] * 3


def test_a_time_line_with_its_half_of_the_day_stamps_the_turn_below_in_24_hours():
    page = "文字直播\n" + "".join(f"下午3时{m}分\n{line}\n" for m, line in [
        ("01", "主持人：各位记者朋友，下午好！请周局长介绍。"), ("05", "周海涛：全市生活垃圾回收利用率达到38%。"),
        ("20", "泸河日报记者：请问周局长，焚烧能力是否充足？"), ("22", "周海涛：日处理能力4800吨。"),
        ("40", "主持人：今天的发布会到此结束。")])
    conf = conf_of(page)
    assert [t.time for t in conf.turns] == ["15:01", "15:05", "15:20", "15:22", "15:40"]
    assert all("3时" not in conf.turn_text(t) for t in conf.turns)


def test_a_live_page_that_puts_its_newest_entry_on_top_pairs_by_its_times():
    entries = [("01", "主持人：各位记者朋友，下午好！出席的有市生态环境局局长周海涛、市城市管理局副主任申晓冬。"), ("05", "周海涛：全市生活垃圾回收利用率达到38%。"),
               ("20", "主持人：下面请记者提问。"), ("22", "泸河日报记者：请问周局长，焚烧能力是否充足？"),
               ("24", "周海涛：日处理能力4800吨。"), ("29", "泸河晚报记者：请问申主任，分类推进到什么程度了？"),
               ("31", "申晓冬：覆盖率达到95%。"), ("40", "主持人：今天的发布会到此结束。")]
    conf = conf_of("文字直播\n" + "".join(f"下午3时{m}分\n{line}\n" for m, line in reversed(entries)))
    assert [t.time for t in conf.turns][:2] == ["15:40", "15:31"]  # turns keep the page's order
    who = {p.id: p.name for p in conf.participants}
    assert [(conf.turns[q.question_turn].time, [who[a] for a in q.answerers]) for q in conf.qa_pairs] == [
        ("15:22", ["周海涛"]), ("15:29", ["申晓冬"])]
    assert (conf.turns[0].kind, conf.turns[-1].kind) == ("closing", "opening")
    assert any("newest first" in w for w in conf.warnings)


def test_a_page_that_lists_the_questions_first_pairs_the_answers_by_their_numbers():
    page = ("网络新闻发布会问答实录\n出席的有市生态环境局副局长冉志坚、水生态环境科科长郝丽萍。\n一、问题汇总\n"
            "问题1（柘溪日报记者）：今年上半年全市地表水水质情况如何？\n"
            "问题2（网友“溪边的风”）：柳泉河经常有异味，什么时候能治理好？\n"
            "问题3（新华网记者）：请问冉局长，下半年有哪些重点？\n二、答复\n"
            "答复1（郝丽萍）：水质优良比例为90.5%。\n答复2（郝丽萍）：整治工程已于今年5月开工。\n"
            "答复3（冉志坚）：重点抓好四个方面工作。\n")
    conf = conf_of(page)
    who = {p.id: p for p in conf.participants}
    got = [(q.outlet or who[q.reporter].name, [who[a].name for a in q.answerers]) for q in conf.qa_pairs]
    assert got == [("柘溪日报", ["郝丽萍"]), ("溪边的风", ["郝丽萍"]), ("新华网", ["冉志坚"])]
    assert [t.kind for t in conf.turns] == ["question"] * 3 + ["answer"] * 3


@pytest.mark.parametrize("label", ["记者提问{n}（{outlet}）", "{outlet}记者提问{n}"])
def test_a_reporters_label_numbered_by_its_question(label):
    page = ("湘潭县防汛工作新闻发布会\n主持人：下面进入答问环节。\n" + label.format(n=1, outlet="湘潭日报")
            + "：今年汛期天气形势如何？\n谭丽娟：降水总体偏多1至2成。\n" + label.format(n=2, outlet="湖南日报")
            + "：请问曾局长，群众如何转移避险？\n曾志勇：全县设置避灾安置点146个。\n")
    conf = conf_of(page)
    assert [t.kind for t in conf.turns] == ["opening", "question", "answer", "question", "answer"]
    assert [q.outlet for q in conf.qa_pairs] == ["湘潭日报", "湖南日报"]


def test_numbered_headings_name_the_official_who_answers_under_each():
    conf = conf_of("“部长通道”实录\n新华社北京3月5日电\n一、国家发展改革委主任 魏思远\n问（央广记者）：如何实现增长目标？\n"
                   "答：今年安排中央预算内投资7350亿元。\n二、交通运输部部长 高建新\n问（北京青年报记者）：春运数据是多少？\n"
                   "答：跨区域人员流动量达到90.2亿人次。\n问（人民日报记者）：高速公路收费会调整吗？\n答：目前正在研究。\n")
    who = {p.id: p.name for p in conf.participants}
    assert [[who[a] for a in q.answerers] for q in conf.qa_pairs] == [["魏思远"], ["高建新"], ["高建新"]]
    assert by_name(conf, "高建新").title == "交通运输部部长"
    assert not any("高建新" in conf.turn_text(t) for t in conf.turns)  # the heading ends the answer before it


@pytest.mark.parametrize("label", ["【部长】", "部长："])
def test_bare_headings_over_the_exchanges_name_the_minister_a_title_label_stands_for(label):
    conf = conf_of("部长通道丨民政部、水利部负责人回应民生关切\n3月11日上午，第四场“部长通道”在人民大会堂北大厅举行。\n"
                   f"民政部部长 韩振东\n记者：养老服务有哪些新举措？\n{label}全国共有养老机构40.6万个。\n"
                   f"水利部部长 钱明远\n记者：防汛准备工作如何？\n{label}调度大中型水库4万余座次。\n")
    who = {p.id: p.name for p in conf.participants}
    assert [[who[a] for a in q.answerers] for q in conf.qa_pairs] == [["韩振东"], ["钱明远"]]
    assert by_name(conf, "钱明远").title == "水利部部长"
    assert not any("钱明远" in conf.turn_text(t) for t in conf.turns)  # the heading ends the answer before it


def test_a_bare_heading_ends_the_answer_before_it_when_labels_name_the_ministers():
    conf = conf_of("部长通道实录\n国家发展和改革委员会主任 郑国平\n央视记者：郑主任您好，增长目标怎么实现？\n郑国平：我们有底气。\n"
                   "工业和信息化部部长 石怀远\n经济日报记者：石部长，人工智能怎么赋能制造业？\n石怀远：建成3万家智能工厂。\n")
    assert [conf.turn_text(t) for t in conf.turns][1] == "我们有底气。"


@pytest.mark.parametrize("head1, head2", [
    ("▍市生态环境局局长 王大力", "▍市交通运输局副局长 李志刚"),
    ("【市生态环境局局长 王大力】", "【市交通运输局副局长 李志刚】"),
    ("▶市生态环境局局长王大力答记者问", "▶市交通运输局副局长李志刚答记者问")])
def test_a_repost_sets_off_each_officials_heading_with_a_bullet_or_a_bracket(head1, head2):
    conf = conf_of("【发布会实录】某市空气质量新闻发布会\n5月8日上午，市政府新闻办召开新闻发布会。市生态环境局局长王大力、"
                   f"市交通运输局副局长李志刚出席并回答记者提问。\n{head1}\n问：今年PM2.5浓度目标是多少？\n"
                   f"答：PM2.5浓度降至30微克/立方米以下。\n{head2}\n问：新能源公交车推广情况如何？\n答：全市新能源公交车3200辆。\n")
    who = {p.id: p.name for p in conf.participants}
    assert [[who[a] for a in q.answerers] for q in conf.qa_pairs] == [["王大力"], ["李志刚"]]
    assert [t.kind for t in conf.turns] == ["question", "answer", "question", "answer"]
    assert by_name(conf, "王大力").title == "市生态环境局局长"
    assert not any("李志刚" in conf.turn_text(t) for t in conf.turns)  # the heading ends the answer before it


def test_a_host_a_roster_line_names_with_a_news_site_is_of_that_outlet():
    conf = conf_of("温州中考改革在线访谈\n主持人：温州新闻网 许诺\n嘉宾：温州市教育局副局长 王海燕\n"
                   "【主持人】各位网友大家好，欢迎收看。\n【王海燕】网友们好。\n【主持人】中考改革的总体考虑是什么？\n【王海燕】减轻负担。\n")
    host = by_name(conf, "许诺")
    assert (host.role, host.title, host.organisation) == ("moderator", None, "温州新闻网")
    # a site named 在线 with a space between is no second host
    conf = conf_of("在线访谈\n主持人：东川在线 周敏\n嘉宾：市生态环境局局长 王建国\n周敏：各位网友好，欢迎收看。请王局长介绍。\n"
                   "王建国：今年优良天数280天。\n周敏：有网友问，何时治理？\n王建国：年底前。\n")
    assert [(p.name, p.organisation) for p in conf.participants if p.role == "moderator"] == [("周敏", "东川在线")]


def test_a_host_a_roster_line_declares_by_one_given_name_labels_their_lines():
    conf = conf_of("政风行风热线\n上线嘉宾：市住建局局长 马文斌\n主持人：晓雪\n晓雪：听众朋友们，大家好！欢迎收听《政风行风热线》。\n"
                   "马文斌：各位听众好。\n晓雪：马局长，今年保障房建设进展如何？\n马文斌：新开工1200套。\n")
    host = by_name(conf, "晓雪")
    assert host.role == "moderator" and [t.participant for t in conf.turns] == [host.id, "p2", host.id, "p2"]


def test_a_call_ins_hosts_by_given_name_numbered_callers_and_a_post_read_out_after_a_comma():
    conf = conf_of("政风行风热线\n上线嘉宾：市交通运输局局长 马文斌；市公交集团总经理 郑玉林\n主持人：海燕、志刚\n"
                   "海燕：听众朋友们，大家好！欢迎收听《政风行风热线》。\n马局长：各位听众好。\n"
                   "志刚：马局长，您先给大家说说。\n马局长：去年全市新开公交线路四十一条。\n"
                   "1号来电（听众胡女士）：128路车早上一等就是四五十分钟。\n郑总：胡女士您好，我们下来了解一下。\n"
                   "海燕：还有一条微信留言，网友“等车的小王”问：公交卡能不能在地铁上也用？\n郑总：可以。\n"
                   "海燕：今天的节目就到这里。\n本期编辑：吴琳   监制：陈晓峰\n（本文根据节目录音整理）\n")
    assert names(conf, "moderator") == ["海燕", "志刚"]
    askers = [(p.name, p.title) for p in conf.participants if p.role == "reporter"]
    assert askers == [("胡女士", "听众"), ("等车的小王", "网友")]
    assert [q.status for q in conf.qa_pairs] == ["answered", "answered"]
    assert conf.turn_text(conf.turns[-1]) == "今天的节目就到这里。"  # (the credits are chrome)


def test_a_call_ins_host_and_guests_from_its_header_or_the_hosts_own_words():
    talk = ("主持人：各位听众，早上好。{intro}孔局长，先和听众打个招呼吧。\n嘉宾孔德明：各位听众朋友们好！\n"
            "听众黄女士：灵活就业人员的缴费基数是多少？\n嘉宾孔德明：可以在平均工资的60%到300%之间选择。\n"
            "主持人：今天的节目时间到了。\n")
    header = "“行风热线”节目实录\n节目主持：叶楠\n上线嘉宾：\n松溪市人力资源和社会保障局局长　孔德明\n\n"
    conf = conf_of(header + talk.format(intro=""))
    assert [(p.name, p.role) for p in conf.participants if p.role != "reporter"] == [("叶楠", "moderator"), ("孔德明", "speaker")]
    assert by_name(conf, "孔德明").title == "松溪市人力资源和社会保障局局长"
    conf = conf_of("“行风热线”节目实录\n" + talk.format(intro="我是主持人林晓。"))
    assert by_name(conf, "林晓").role == "moderator"


def test_a_language_note_with_its_translation_after_a_reporter_label():
    conf = conf_of("国家统计局新闻发布会\n国家统计局新闻发言人付凌晖出席发布会。\n主持人：请提问。\n"
                   "彭博社记者（英文提问，以下为中文翻译）：今年以来CPI涨幅较低，是否存在通缩风险？\n付凌晖：不存在通缩。\n"
                   "葡新社记者（葡文提问，现场翻译如下）：出口情况如何？\n付凌晖：出口增长平稳。\n")
    assert [t.kind for t in conf.turns] == ["opening", "question", "answer", "question", "answer"]
    assert [q.outlet for q in conf.qa_pairs] == ["彭博社", "葡新社"]
    assert all(q.status == "answered" for q in conf.qa_pairs)


def test_a_spokesperson_named_by_the_bare_word_speaks_for_the_body_that_holds_the_briefing():
    conf = conf_of("新闻发布会辑录\n国务院台办4月17日上午举行例行新闻发布会，发言人章海澜回答记者提问。\n"
                   "中时新闻网记者：两岸贸易情况如何？\n章海澜：两岸贸易额达到612.4亿美元。\n")
    assert conf.place == "国务院台办"
    assert speaker_titles(conf) == {"章海澜": "国务院台办发言人"}


def test_a_bank_or_a_regulator_that_holds_the_briefing_is_its_place():
    conf = conf_of("新闻发布会文字实录\n中国人民银行在北京召开新闻发布会，货币政策司司长褚晓岚出席。\n"
                   "第一财经记者：降准空间还有多大？\n褚晓岚：仍有空间。\n")
    assert conf.place == "中国人民银行"
    conf = conf_of("例行新闻发布会\n中国证监会举行例行新闻发布会，新闻发言人钱晓蕾出席。\n财新记者：IPO节奏如何？\n钱晓蕾：保持常态化。\n")
    assert conf.place == "中国证监会"


def test_the_last_answer_of_a_spokesperson_who_hosts_may_end_with_the_closing_words():
    page = ("证监会例行新闻发布会\n中国证监会新闻发言人钱晓蕾主持发布会。\n钱晓蕾：下面请提问。\n上海证券报记者：长期考核如何落实？\n"
            "钱晓蕾：考核周期由1年延长至3年以上。发布会到此结束，谢谢大家。\n")
    conf = conf_of(page)
    assert [t.kind for t in conf.turns][-1] == "answer"
    assert conf.qa_pairs[0].status == "answered"
    conf = conf_of(page.replace("钱晓蕾：考核周期由1年延长至3年以上。发布会到此结束", "钱晓蕾：考核周期由1年延长至3年以上。\n钱晓蕾：发布会到此结束"))
    assert [t.kind for t in conf.turns][-2:] == ["answer", "closing"]


def test_the_hosts_last_words_that_say_the_talk_is_ending_close_it():
    conf = conf_of("在线访谈\n主持人：各位网友好，欢迎收看。\n林国栋：大家好。\n网友“阿明”：小区停车难怎么办？\n林国栋：新建车位2000个。\n"
                   "主持人：时间过得很快，今天的访谈就要结束了。感谢嘉宾和广大网友的参与！\n林国栋：谢谢大家！\n")
    assert [t.kind for t in conf.turns][-2:] == ["closing", "procedural"]  # (the guest's thanks after it: no statement)


def test_taiwans_closing_words_and_related_links_under_the_last_turn():
    conf = conf_of("環境部記者會\n主持人：請提問。\n記者（公視）：空品不良日數今年目標是多少？\n蔡署長：目標是降到5.5%以下。\n"
                   "主持人：今天記者會到這邊，謝謝各位。\n相關連結：\n．環境部新聞稿\n")
    assert [t.kind for t in conf.turns] == ["opening", "question", "answer", "closing"]
    assert conf.turn_text(conf.turns[-1]) == "今天記者會到這邊，謝謝各位。"


def test_a_block_element_before_each_label():
    conf = conf_of("圆桌对话实录\n▍主持人 贺晨曦：欢迎各位。请问蔡总，企业怎么做？\n▍蔡明远：我们投入了2亿元。\n"
                   "▌观众：怎么参与？\n▍蔡明远：欢迎报名。\n")
    assert [t.role for t in conf.turns] == ["moderator", "speaker", "reporter", "speaker"]
    assert names(conf, "moderator") == ["贺晨曦"] and names(conf, "speaker") == ["蔡明远"]


def test_a_headline_written_title_colon_claim_after_the_portals_chrome_and_above_the_issuing_body():
    conf = conf_of("澳门特别行政区政府入口网站 | 新闻局\n新闻 > 新闻稿\n运输工务司司长：轻轨东线将于2026年底前通车\n2024-10-24 19:42\n"
                   "澳门特区政府新闻局\n运输工务司司长罗嘉辉今日在政府总部会见传媒。\n澳门日报记者：请问公屋何时交付？\n"
                   "土地工务局局长梁志华：预计明年第一季度交付。\n")
    assert conf.title == "运输工务司司长：轻轨东线将于2026年底前通车"
    assert [(t.role, t.kind) for t in conf.turns] == [("reporter", "question"), ("speaker", "answer")]
    assert names(conf, "speaker") == ["罗嘉辉", "梁志华"] and names(conf, "moderator") == []


def test_a_price_hearings_host_those_who_state_their_case_and_the_panel_that_asks_them():
    conf = conf_of("澜江市城市居民生活用水价格调整听证会实录\n"
                   "听证主持人(市发展改革委副主任 何振东):现在我宣布，听证会开始。请定价方案提出人陈述。\n"
                   "陈述人(市水务集团有限公司总经理 梁启航):建议居民第一阶梯水价由每立方米2.30元调整为2.85元，调幅23.9%。\n"
                   "听证参加人 郑晓燕:我基本同意调价方案，但建议加大对低收入家庭的补贴。\n"
                   "听证人 龚丽萍:请问梁总，管网漏损率是多少？\n陈述人 梁启航:去年管网漏损率为11.2%。\n"
                   "听证主持人 何振东:现在我宣布，听证会结束。\n")
    assert names(conf, "moderator") == ["何振东"]
    assert names(conf, "speaker") == ["梁启航", "郑晓燕"]
    assert speaker_titles(conf)["梁启航"] == "市水务集团有限公司总经理"
    asker = [p for p in conf.participants if p.role == "reporter"]
    assert [(p.name, p.title) for p in asker] == [("龚丽萍", "听证人")]
    assert [(conf.participant(q.reporter).name, [conf.participant(a).name for a in q.answerers]) for q in conf.qa_pairs] \
        == [("龚丽萍", ["梁启航"])]


def test_a_host_named_by_who_takes_the_role_and_an_audience_member_described_before_the_name():
    conf = conf_of("北原市集中供热价格听证会举行\n9月20日下午，听证会在市政务服务中心举行。市发展改革委副主任孔令军担任听证主持人。\n"
                   "孔令军：现在我宣布，听证会开始。\n观众(溪州市民、环保志愿者 邵先生)：请问供热价格何时调整？\n"
                   "市热力集团有限公司董事长薛永强：明年起执行。\n")
    assert names(conf, "moderator") == ["孔令军"]
    assert names(conf, "reporter") == ["邵先生"]


def test_a_host_who_puts_a_callers_question_to_an_official_asks_nothing_new():
    page = ("《市长面对面》文字实录\n本期嘉宾：临川市人民政府副市长 严卫东、临川市住房和城乡建设局局长 葛晓峰\n"
            "【主持人 柳青】欢迎收看本期节目。先来看一段市民的视频提问。\n"
            "【市民 陈女士】我们小区地势低，雨季快到了，请问政府有没有什么办法？\n"
            "【主持人 柳青】严市长，陈女士的担心很有代表性，您怎么回应？\n"
            "【临川市人民政府副市长 严卫东】今年计划投入资金9.8亿元，改造雨污分流管网136公里。\n"
            "【市民 吴先生】一楼住户不同意加装电梯，这事该怎么办？\n"
            "【主持人 柳青】这个问题请葛局长来回答。\n"
            "【临川市住房和城乡建设局局长 葛晓峰】财政每台补助20万元。\n")
    conf = conf_of(page)
    assert [t.kind for t in conf.turns] == ["opening", "question", "procedural", "answer", "question", "procedural", "answer"]
    by_name = {p.id: p.name for p in conf.participants}
    assert [(by_name[q.reporter], by_name.get(q.addressee), [by_name[a] for a in q.answerers]) for q in conf.qa_pairs] \
        == [("陈女士", "严卫东", ["严卫东"]), ("吴先生", "葛晓峰", ["葛晓峰"])]


def test_a_stamped_label_with_the_reporters_name_and_the_words_on_the_next_line():
    conf = conf_of("知识产权司法保护新闻发布会图文直播\n09:30:00  主持人：\n发布会现在开始。\n09:31:10  郑永康：\n"
                   "全省法院新收知识产权案件21764件。\n09:45:58  东南卫视记者 陈雨桐：\n我有两个问题。惩罚性赔偿的门槛是什么？\n"
                   "09:47:02  郑永康：\n需要同时满足两个要件。\n")
    reporter = next(p for p in conf.participants if p.role == "reporter")
    assert (reporter.name, reporter.organisation) == ("陈雨桐", "东南卫视")
    assert conf.turn_text(conf.turns[2]).startswith("我有两个问题")


def test_a_bare_question_with_its_outlet_after_the_words_and_a_question_put_to_the_spokesperson():
    conf = conf_of("全国人大常委会法工委发言人记者会\n全国人大常委会法工委发言人许振邦出席记者会。\n"
                   "问：请问律师法修正草案何时表决？（人民法院报记者）\n答：将提请本次会议表决。\n"
                   "问：网络安全法修改进展如何？（法治日报记者 王磊）\n答：正在研究。\n"
                   "问：请问发言人有何回应？\n答：我们注意到了。\n")
    assert [q.outlet for q in conf.qa_pairs] == ["人民法院报", "法治日报", None]
    assert [p.name for p in conf.participants if p.role == "reporter" and p.organisation == "法治日报"] == ["王磊"]
    assert conf.qa_pairs[2].addressee == next(p.id for p in conf.participants if p.name == "许振邦")


def test_reported_speech_with_an_adverb_before_the_verb_or_a_verb_of_reply():
    conf = conf_of("国台办：欢迎台湾农渔产品拓展大陆市场\n中国台湾网6月12日讯 国务院台办今天上午举行例行新闻发布会。"
                   "发言人贺明远在回答记者提问时表示，大陆市场对台湾农渔产品始终敞开大门。\n"
                   "贺明远指出，今年以来已有12家台企来大陆拓展市场。\n"
                   "有记者问及金门海域事件，贺明远回应称，两岸同胞应共同维护海上秩序。\n"
                   "贺明远最后强调，两岸同胞是血脉相连的一家人。\n")
    said = [conf.turn_text(t) for t in conf.turns if conf.participant(t.participant).name == "贺明远"]
    assert any("共同维护海上秩序" in t for t in said) and any("血脉相连" in t for t in said)


@pytest.mark.parametrize("frame", ["接过话筒说", "告诉记者", "向记者介绍", "解释说", "谈到"])
def test_reported_speech_told_to_the_reporter_or_after_taking_the_microphone(frame):
    conf = conf_of(f"全市生态环境新闻\n3月21日，市政府新闻办召开新闻发布会。\n市生态环境局副局长王静{frame}，全市4个国控断面水质全部达标。\n")
    assert [(p.name, p.title) for p in conf.participants if p.role == "speaker"] == [("王静", "市生态环境局副局长")]
    assert [(conf.participant(t.participant).name, "4个国控断面" in conf.turn_text(t)) for t in conf.turns] == [("王静", True)]


def test_reported_speech_on_a_topic_at_the_event():
    conf = conf_of("大气污染防治新闻\n生态环境部举行例行新闻发布会。\n大气环境司司长李天威就秋冬季大气污染防治答记者问时表示，重污染天数同比减少11天。\n")
    assert [(conf.participant(t.participant).name, "11天" in conf.turn_text(t)) for t in conf.turns] == [("李天威", True)]


def test_the_note_that_the_briefing_ended_and_the_number_to_call_are_no_ones_words():
    conf = conf_of("运输工务司司长会见传媒\n运输工务司司长罗嘉辉今日在政府总部会见传媒。\n澳门日报记者：请问公屋何时交付？\n"
                   "罗嘉辉：预计明年第一季度交付。\n新闻发布会于下午6时30分结束。\n查询电话：2833 2886\n（完）\n")
    assert conf.turn_text(conf.turns[-1]) == "预计明年第一季度交付。"


@pytest.mark.parametrize("mark", ["▍", ""])
def test_a_statement_under_its_speakers_name_alone_on_a_page_of_colon_labels(mark):
    conf = conf_of("市市场监管局新闻发布会\n3月14日，市政府新闻办举行新闻发布会。市市场监管局党委委员、副局长汤建国，"
                   "市市场监管局12315指挥中心主任方慧出席发布会并回答记者提问。\n\n"
                   f"{mark}汤建国\n\n2023年，全市受理投诉举报112.7万件，同比增长9.6%。\n\n✦杭州日报记者：\n今年有什么新举措？\n\n"
                   f"{mark}市市场监管局12315指挥中心主任 方慧：\n我们将推广安心付。\n\n✦浙江之声记者：\n网传假冒名酒，是否介入？\n\n"
                   f"{mark}汤建国：\n已由公安机关立案侦办。\n")
    assert [(conf.participant(t.participant).name, t.kind) for t in conf.turns] == [
        ("汤建国", "statement"), (None, "question"), ("方慧", "answer"), (None, "question"), ("汤建国", "answer")]


def test_a_role_label_with_only_the_holders_surname_is_that_role():
    conf = conf_of("市生态环境新闻发布会\n主持人（陈）：各位记者朋友下午好。下面请王局长通报。\n王立军：全市PM2.5平均浓度为28微克/立方米。\n"
                   "主持人（陈）：下面进入提问环节。\n记者：请问明年目标是多少？\n王立军：控制在27微克以内。\n")
    assert [(conf.participant(t.participant).role, t.kind) for t in conf.turns] == [
        ("moderator", "opening"), ("speaker", "statement"), ("moderator", "procedural"), ("reporter", "question"),
        ("speaker", "answer")]


def test_an_interviews_topic_field_is_its_title_when_no_headline_names_the_event():
    page = ("平阴县人民政府\n访谈主题：发展特色玫瑰产业 推动乡村全面振兴\n访谈时间：2024年5月16日 下午15:00\n"
            "[主持人]：各位网友，大家下午好！今天我们邀请到县农业农村局邵建军局长。\n[邵建军]：各位网友好！\n"
            "[主持人]：网友问，玫瑰产业有多大规模？\n[邵建军]：全县种植玫瑰6.2万亩。\n")
    assert conf_of(page).title == "发展特色玫瑰产业 推动乡村全面振兴"
    assert conf_of("平阴县玫瑰产业在线访谈\n" + page).title == "平阴县玫瑰产业在线访谈"


def test_an_outlets_byline_or_a_transcription_note_under_the_transcript_is_no_ones_words():
    page = ("省政府新闻发布会\n主持人：请李局长介绍。\n李明：今年全省新增就业岗位12万个。\n"
            "记者：请问李局长，明年目标是多少？\n李明：预计新增10万个。\n"
            "主持人：今天的发布会到此结束。\n（湖北日报全媒记者 孙悦 通讯员 鄂商宣）\n")
    conf = conf_of(page)
    assert conf.turn_text(conf.turns[-1]) == "今天的发布会到此结束。"
    conf = conf_of(page.replace("（湖北日报全媒记者 孙悦 通讯员 鄂商宣）", "（本文根据现场速记整理）"))
    assert conf.turn_text(conf.turns[-1]) == "今天的发布会到此结束。"


def test_a_forums_speeches_each_under_its_speakers_title_and_name_on_a_line_of_its_own():
    body = "今年以来，我们把固体废物治理作为重点工作，全市综合利用率达到{}%，比去年提高了两个百分点，成效明显。"
    page = ("聚焦“无废城市”建设 凝聚绿色发展合力\n——全市“无废城市”建设推进座谈会发言摘要\n\n"
            "市生态环境局党组书记、局长 曾凡宇\n\n" + body.format(80) + "\n\n"
            "市住房和城乡建设局副局长 丁雪\n\n" + body.format(70) + "\n\n"
            "海澄区人民政府副区长 阮静\n\n" + body.format(60) + "\n")
    conf = conf_of(page)
    assert names(conf, "speaker") == ["曾凡宇", "丁雪", "阮静"]
    assert [t.kind for t in conf.turns] == ["statement"] * 3
    # a roster of such lines with nothing under them is no speech
    roster = "市生态环境局局长 曾凡宇\n市住房和城乡建设局副局长 丁雪\n海澄区人民政府副区长 阮静\n"
    conf = conf_of("座谈会召开\n出席座谈会的有：\n" + roster + body.format(80) + "\n")
    assert conf.turns == () or all(t.kind != "statement" or conf.turn_text(t) for t in conf.turns)
    assert all(conf.turn_text(t).strip() for t in conf.turns)


def test_a_citizen_labelled_by_name_with_who_they_are_in_brackets():
    conf = conf_of("城市居民生活用水价格调整听证会实录\n听证主持人(市发展改革委副主任 何振东):请听证参加人发言。\n"
                   "周桂芬(消费者代表,退休教师):我认为调价幅度过大，建议分步实施。\n"
                   "韩立新(个体工商户):希望对小微商户给予过渡期。\n听证主持人 何振东:听证会结束。\n")
    assert names(conf, "speaker") == ["周桂芬", "韩立新"]
    assert speaker_titles(conf)["韩立新"] == "个体工商户"


def test_a_provincial_body_holds_the_event_though_the_lead_names_a_city_in_a_guests_post():
    conf = conf_of("江西省人民检察院公益诉讼专项监督活动新闻发布会\n时间：2024年3月19日 10:00　地点：省检察院新闻发布厅\n"
                   "【省检察院新闻发言人 曾庆武】：欢迎出席新闻发布会。\n"
                   "【九江市人民检察院检察长 罗卫东】：九江市某区人民检察院督促整治非法采砂，全市办结98件。\n"
                   "【江西日报记者】：案件办理情况如何？\n【九江市人民检察院检察长 罗卫东】：共立案126件。\n")
    assert conf.place == "江西"
    conf = conf_of("江西省九江市生态环境新闻发布会\n6月5日，九江市生态环境局举行新闻发布会。局长罗卫东出席。\n"
                   "九江日报记者：今年九江市空气质量如何？\n罗卫东：优良天数比例达到90%。\n")
    assert conf.place == "九江"


def test_the_day_of_the_briefing_not_the_day_of_what_it_announces():
    conf = conf_of("第八届西岭湖文化旅游节将于8月8日开幕\n本报讯 7月25日，市政府新闻办召开新闻发布会，介绍文化旅游节筹备情况。"
                   "市文广旅局局长唐海滨介绍，本届旅游节将持续一个月。\n")
    assert conf.date is None or conf.date.endswith("-07-25")
    conf = conf_of("消博会新闻发布会\n日期：2024-10-29\n第二十届消博会将于2024年11月15日至18日在海州举办。\n"
                   "主持人：请提问。\n记者：展览面积多大？\n黄启明：8万平方米。\n")
    assert conf.date == "2024-10-29"
    # a story's column tag before its headline is no label: its lead gives the day
    conf = conf_of("【高考】2024年高考分数线公布！本科线：物理类423分\n贵州省人民政府网　2024-06-26 09:15:32　来源：贵州日报\n"
                   "6月25日晚，省招生考试院召开2024年高考录取控制分数线发布会。\n据院长黎国栋介绍，今年报名人数达47.8万人。\n")
    assert conf.date == "2024-06-25"


def test_numbered_questions_and_answers_written_q5_dot_and_a5_dot():
    conf = conf_of("商务局新闻发布会\n商务局局长许立群、副局长谭国栋出席发布会。\n"
                   "Q1. 东阳日报记者：中欧班列开行情况如何？\nA1. 许立群：1—4月开行412列，同比增长15.7%。\n"
                   "Q2. 21世纪经济报道记者：外贸形势怎么样？\nA2. 许立群：进出口126亿元。\n谭国栋补充：新增外贸企业32家。\n")
    assert [q.outlet for q in conf.qa_pairs] == ["东阳日报", "21世纪经济报道"]
    by_name = {p.id: p.name for p in conf.participants}
    assert [[by_name[a] for a in q.answerers] for q in conf.qa_pairs] == [["许立群"], ["许立群", "谭国栋"]]


def test_a_bare_name_on_its_own_line_is_a_label_once_another_label_named_that_person():
    conf = conf_of("青岚县文旅融合主题新闻发布会\n\n10月12日上午，县政府新闻办举行新闻发布会，县文化和旅游局局长王刚出席。\n\n"
                   "**主持人 林嘉怡（县委宣传部副部长）**\n\n各位记者朋友，大家上午好！\n\n"
                   "**王刚**\n\n各位媒体朋友，大家好！今年全县共接待游客586.3万人次。\n\n**林嘉怡**\n\n谢谢王局长。下面进入提问环节。\n\n"
                   "**记者（青岚融媒体中心）**\n\n请问王局长，乡村旅游有哪些线路？\n\n**王刚**\n\n我们打造了3条精品线路。\n\n"
                   "**林嘉怡**\n\n今天的发布会到此结束。\n")
    assert [(conf.participant(t.participant).name, t.kind) for t in conf.turns] == [
        ("林嘉怡", "opening"), ("王刚", "statement"), ("林嘉怡", "procedural"), (None, "question"), ("王刚", "answer"),
        ("林嘉怡", "closing")]


def test_a_bare_name_under_a_roster_block_that_declares_it_opens_that_persons_turn():
    conf = conf_of("西川省上半年经济运行新闻发布会\n发布人：\n省统计局副局长　杜文斌\n主持人：\n省政府新闻办副主任　邝宇\n"
                   "邝宇\n各位记者，上午好！今天由杜文斌先生发布上半年经济运行情况。\n"
                   "杜文斌\n上半年全省地区生产总值增长5.4%。\n邝宇\n下面请记者朋友提问。\n西川日报记者\n增速比全国高多少？\n"
                   "杜文斌\n高0.4个百分点。\n")
    assert [(conf.participant(t.participant).name, t.kind) for t in conf.turns][:2] == [
        ("邝宇", "opening"), ("杜文斌", "statement")]


def test_bare_names_on_their_own_lines_where_reporters_ask_under_their_own_lines():
    conf = conf_of("西川省上半年经济运行新闻发布会\n邝宇\n各位记者，上午好！今天由省统计局副局长杜文斌先生发布经济运行情况。\n"
                   "杜文斌\n上半年全省地区生产总值增长5.4%。\n邝宇\n下面请记者朋友提问。\n西川日报记者\n增速比全国高多少？\n"
                   "杜文斌\n高0.4个百分点。\n中国经济导报记者\n请问贺副总队长，CPI走势如何？\n贺志远\n总体处于低位。\n")
    people = {p.name: (p.role, p.title) for p in conf.participants if p.name}
    assert people["邝宇"][0] == "moderator" and people["贺志远"][0] == "speaker"
    assert people["杜文斌"] == ("speaker", "省统计局副局长")  # (no 由 from "由…先生发布")
    assert [conf.participant(a).name for a in conf.qa_pairs[-1].answerers] == ["贺志远"]


def test_a_lead_lists_officials_joined_by_以及_and_the_title_keeps_no_joining_word():
    conf = conf_of("养老诈骗典型案例发布会\n12月7日，市人民检察院召开新闻发布会。市检察院副检察长温建平，"
                   "以及市公安局经侦支队副支队长贝永强出席发布会。\n温建平：全市起诉养老诈骗案件56件。\n"
                   "记者：追赃挽损情况如何？\n贝永强：追回资金1200万元。\n")
    assert {p.name: p.title for p in conf.participants if p.name} == {
        "温建平": "市检察院副检察长", "贝永强": "市公安局经侦支队副支队长"}


def test_own_line_reporter_labels_with_a_name_under_a_headline_that_answers_reporters():
    # "新民晚报记者 俞文杰" over a question is a label, not a byline; "…发布会答记者问" is a headline
    conf = conf_of("东海市统计局一季度经济数据发布会答记者问\n\n4月18日，东海市统计局召开新闻发布会。\n\n"
                   "市统计局副局长 殷红霞\n一季度全市地区生产总值增长5.1%。\n\n新民晚报记者 俞文杰\n请问殷局长，工业为何负增长？\n\n"
                   "殷红霞\n主要是电子信息产品制造业下降6.5%。\n\n解放日报记者 邱琳\n外资情况怎么样？\n\n殷红霞\n实际使用外资52.3亿美元。\n")
    assert conf.title.startswith("东海市统计局")
    assert [(p.name, p.organisation) for p in conf.participants if p.role == "reporter"] == [
        ("俞文杰", "新民晚报"), ("邱琳", "解放日报")]
    assert [q.status for q in conf.qa_pairs] == ["answered", "answered"]


def test_reporters_in_round_brackets_at_a_line_start_over_their_question():
    conf = conf_of("省生态环境厅新闻发布会\n主持人：今天我们邀请到省生态环境厅副厅长张立新介绍情况。\n"
                   "张立新：全省优良天数比例达到82.3%。\n主持人：下面进入提问环节。\n（大众日报记者）\n"
                   "请问张立新副厅长，秋冬季有哪些措施？\n张立新：完成改造企业120家。\n（中国环境报记者）请问，黄河流域有什么进展？\n"
                   "张立新：国控断面全部达到Ⅲ类。\n（本报记者 王五）\n（现场有记者笑）\n")
    assert [(p.role, p.organisation) for p in conf.participants if p.role == "reporter"] == [
        ("reporter", "大众日报"), ("reporter", "中国环境报")]
    assert [(t.role, t.kind) for t in conf.turns][3:] == [("reporter", "question"), ("speaker", "answer"),
                                                         ("reporter", "question"), ("speaker", "answer")]


def test_the_official_a_relayed_question_names_not_the_one_the_host_has_just_thanked():
    conf = conf_of("积分入学政策解读新闻发布会\n今天我们邀请区教育局局长黄少雄、区教育局副局长欧阳倩出席发布会。\n"
                   "主持人：请黄局长介绍。\n黄少雄：今年学位增加3200个。\n"
                   "主持人：谢谢黄局长。下面进入提问环节。有家长问欧阳局长：如果积分相同怎么办？\n欧阳倩：按登记时间先后排序。\n")
    by_name = {p.id: p.name for p in conf.participants}
    assert [by_name.get(q.addressee) for q in conf.qa_pairs] == ["欧阳倩"]


def test_officials_the_page_calls_only_负责同志_are_no_one_named():
    conf = conf_of("积分入学政策解读新闻发布会\n今天我们邀请区教育局黄少雄局长等几位负责同志，为大家解读政策。\n"
                   "主持人：请黄局长介绍。\n黄少雄：今年学位增加3200个。\n")
    assert names(conf, "speaker") == ["黄少雄"]


def test_a_stamped_line_of_host_title_and_name_or_outlet_and_name_with_the_words_below():
    conf = conf_of("公路自行车赛新闻发布会\n09:30 主持人 东江市人民政府新闻办公室副主任 蒋文涛\n各位记者朋友，大家上午好！\n"
                   "09:32 聂国栋\n今年赛事设置3个赛段。\n09:52 主持人\n下面开始提问。\n09:52 东江日报记者 蔡琳\n"
                   "请问聂局长，安全保障有什么新举措？\n09:53 聂国栋\n我们将投入警力1200人。\n")
    host = next(p for p in conf.participants if p.role == "moderator")
    reporter = next(p for p in conf.participants if p.role == "reporter")
    assert (host.name, host.title) == ("蒋文涛", "东江市人民政府新闻办公室副主任")
    assert (reporter.name, reporter.organisation) == ("蔡琳", "东江日报")
    assert conf.turn_text(conf.turns[0]).startswith("各位记者朋友")


def test_a_reply_pages_fields_are_no_speakers():
    conf = conf_of("领导留言板\n留言标题：小区旁工厂夜间排放刺鼻气体\n留言人：网民“星河湾业主”　　留言对象：金水区人民政府\n"
                   "留言内容：\n我们小区旁边的工厂每天晚上排放刺鼻气体，希望有关部门尽快处理。\n回复单位：金水区生态环境分局\n"
                   "回复时间：2023-08-12\n回复内容：\n网民“星河湾业主”：\n您好！经现场检查，已责令整改并处罚款8万元。\n")
    assert conf.qa_pairs == () and all(p.name != "单位" for p in conf.participants)


def test_a_speechs_dateline_under_its_byline_dates_it_not_the_pages_posting():
    page = ("首页 > 领导讲话\n发布时间：2022-03-16　　来源：市政府办公室\n\n在全市生态环境保护工作会议上的讲话\n副市长 吴振华\n"
            "（2022年3月15日）\n\n同志们：\n今天，我们召开全市生态环境保护工作会议。全市PM2.5平均浓度为35微克/立方米。\n")
    assert conf_of(page).date == "2022-03-15"
