"""Speaker resolution on layouts the parser was not built on: every label reaches a person through
evidence the page gives, names are only what the page writes as names (invented text throughout)."""
from __future__ import annotations

from analyzer.clean import clean
from analyzer.model import Page
from analyzer.parse import parse
from tests.pages import conf_of, names, speaker_titles, the_unnamed_official


def who(conf, pid):
    p = conf.participant(pid)
    return p.name if p is not None else None


def answerers(conf):
    return [[who(conf, a) for a in q.answerers] for q in conf.qa_pairs]


def evidence(conf, name):
    p = next(p for p in conf.participants if p.name == name)
    return [(e.rule, conf.text[e.start:e.end]) for e in p.evidence]


# ------------------------------------------------------------------ 1. anonymous labels, person named elsewhere
BRIEFING = """2024年3月5日外交部发言人林明主持例行记者会
问：据报道，某国近日宣布新的关税措施。中方对此有何回应？
答：中方一贯反对单边主义做法，希望有关方面相向而行。
问：请介绍一下外长访问的安排。
答：我们会及时发布消息。
"""


def test_answers_of_an_anonymous_briefing_go_to_the_spokesperson_named_in_the_headline():
    conf = conf_of(BRIEFING)
    assert conf.doc_type == "transcript"
    assert answerers(conf) == [["林明"], ["林明"]]
    official = next(p for p in conf.participants if p.name == "林明")
    assert official.role == "speaker" and official.title == "外交部发言人"
    rules = [rule for rule, _ in evidence(conf, "林明")]
    assert "lead: host" in rules and "label: 答, the official the page names" in rules
    # every evidence points at text that holds the name or is the label it explains
    assert all("林明" in text or text.strip().startswith("答") for _, text in evidence(conf, "林明"))
    # no participant is called 答 or 问
    assert all(p.name not in ("答", "问") for p in conf.participants)


def test_original_title_line_and_a_rank_after_the_name():
    conf = conf_of("原标题：国防部新闻发言人王强大校答记者问\n记者：有报道称邻国增加了演习。中方如何看待？\n答：我们注意到有关报道。\n")
    assert answerers(conf) == [["王强"]]
    assert next(p for p in conf.participants if p.name == "王强").title == "国防部新闻发言人"


def test_names_are_never_cut_out_of_longer_words():
    conf = conf_of("外交部发言人耿明主持例行记者会实录\n问：中方对此有何评论？\n答：我们注意到了。\n")
    assert {p.name for p in conf.participants if p.name} == {"耿明"}
    conf = conf_of("環境局局長談話全文\n以下為環境局局長陳大文今早出席活動後會見傳媒的談話內容：\n記者：局長，今年的目標是甚麼？\n"
                   "環境局局長：我們會繼續努力。\n")
    assert {p.name for p in conf.participants if p.name} == {"陳大文"}
    assert answerers(conf) == [["陳大文"]]


def test_an_answerer_the_page_never_names_stays_unnamed():
    conf = conf_of("问：据报道，某国举行了大选。中方是否祝贺？ 答：中方注意到大选顺利举行。 "
                   "问：请问两国会谈有何成果？ 答：双方达成了多项共识。")
    assert conf.doc_type == "transcript"
    (official,) = [p for p in conf.participants if p.role == "speaker"]
    assert official.name is None and official.title is None
    assert [[a for a in q.answerers] for q in conf.qa_pairs] == [[official.id], [official.id]]


# ------------------------------------------------------------------ 3. title-only labels
STANDUP = """財政司司長會見傳媒談話內容
*************
以下為財政司司長陳國強今日(三月三日)上午出席活動後會見傳媒的談話內容：
記者：司長，預算案會不會有紓困措施？
財政司司長：我們會全面考慮，稍後公布。
記者：何時公布？
財政司司長∶很快。
"""


def test_title_only_labels_resolve_to_the_holder_named_in_the_lead():
    conf = conf_of(STANDUP)
    assert answerers(conf) == [["陳國強"], ["陳國強"]]
    assert [t.kind for t in conf.turns] == ["question", "answer", "question", "answer"]
    (reporter,) = [p for p in conf.participants if p.role == "reporter"]
    assert reporter.name is None and reporter.organisation is None  # anonymous 記者
    rules = [rule for rule, _ in evidence(conf, "陳國強")]
    assert "lead: named for the event" in rules and "label: title held by the official the page names" in rules
    assert conf.text[conf.turns[-1].start:conf.turns[-1].end] == "很快。"  # the ratio sign ∶ reads as a colon


def test_a_title_without_a_named_holder_stays_a_title():
    conf = conf_of("記者：局長，今年會加價嗎？\n環境局局長：暫時沒有計劃。\n記者：明年呢？\n環境局局長：要再研究。\n")
    (official,) = [p for p in conf.participants if p.role == "speaker"]
    assert official.name is None and official.title == "環境局局長"


def test_a_stand_up_that_lost_its_line_breaks_keeps_its_turns():
    """Title-only labels run into one paragraph (each taken twice or more), the first one right after
    the lead's colon: the same turns as the page with its line breaks."""
    conf = conf_of(STANDUP.replace("\n", ""))
    assert answerers(conf) == [["陳國強"], ["陳國強"]]
    assert [t.kind for t in conf.turns] == ["question", "answer", "question", "answer"]


def test_a_title_run_into_prose_once_is_reported_speech_not_a_label():
    conf = conf_of("市政府召开新闻发布会。会上，环境局局长：今年空气质量明显改善。这是他第三次到访。\n")
    assert [t.kind for t in conf.turns if t.kind in ("answer", "statement")] == []


# ------------------------------------------------------------------ 4. other label shapes
def test_bracket_labels_run_into_one_paragraph_and_silent_officials():
    conf = conf_of("國務院新聞辦公室于2024年5月6日舉行新聞發佈會，請商務部亞洲司司長周明、貿促會副會長王平、某省副省長李華介紹情況，"
                   "並答記者問。 [路透社記者]我的問題是貿易關係會否受影響？謝謝。 [周明]從目前來看，雙方合作大局穩定。謝謝。 |")
    assert conf.doc_type == "transcript"
    assert answerers(conf) == [["周明"]]
    officials = {p.name: p for p in conf.participants if p.role == "speaker"}
    assert set(officials) == {"周明", "王平", "李華"}  # introduced, silent, still participants
    spoke = {t.participant for t in conf.turns}
    assert officials["王平"].id not in spoke and officials["李華"].id not in spoke
    assert conf.text[conf.turns[-1].start:conf.turns[-1].end].endswith("謝謝。")  # the " |" is no speech


def test_lenticular_bracket_labels_with_colons_in_one_paragraph():
    conf = conf_of("【赵峰】：各位记者朋友，大家下午好！下面请提问。 【东方卫视记者】：请问本轮磋商有何进展？ "
                   "【赵峰】：双方进行了建设性讨论。谢谢。 【南方日报记者】：出口情况如何？ 【赵峰】：总体平稳。")
    assert [q.outlet for q in conf.qa_pairs] == ["东方卫视", "南方日报"]
    assert answerers(conf) == [["赵峰"], ["赵峰"]]
    assert conf.turns[0].kind == "statement"  # the spokesperson opens his own briefing


def test_speakers_on_their_own_line_without_a_colon():
    conf = conf_of("""商务部召开例行新闻发布会，发言人赵峰就热点问题进行回应。

以下是发布会实录：

商务部新闻发言人赵峰

  各位记者朋友，大家下午好。下面请提问。

  1

  新华社记者

  请问商务部对此如何评价？

  赵峰

  我们注意到了有关表态。谢谢。

  2

  财经日报记者

  请问消费数据如何？
""")
    assert conf.layout.startswith("own-line labels")
    assert [q.outlet for q in conf.qa_pairs] == ["新华社", "财经日报"]
    assert answerers(conf) == [["赵峰"], []]
    assert conf.qa_pairs[1].status == "unanswered"
    answer = conf.turns[conf.qa_pairs[0].answer_turns[0]]
    assert conf.text[answer.start:answer.end] == "我们注意到了有关表态。谢谢。"  # the item number "2" is not said


def test_own_line_labels_of_two_words_a_host_and_a_titled_official():
    """"主持人 赵敏" and "市应急管理局局长 孙强" alone on their lines are labels like one word is;
    the host's closing line then ends the answer, which stays an answer."""
    conf = conf_of("防汛工作新闻发布会\n\n主持人 赵敏\n\n各位记者，下午好！今天请市应急管理局局长孙强介绍情况。\n\n"
                   "市应急管理局局长 孙强\n\n今年入汛以来，全市平均降雨量386毫米。\n\n东湖日报记者\n\n"
                   "请问孙局长，城区内涝点整治情况如何？\n\n孙强\n\n56处易涝点已完成整治49处。\n\n"
                   "主持人 赵敏\n\n今天的发布会到此结束。谢谢！\n")
    assert conf.layout.startswith("own-line labels")
    assert names(conf, "moderator") == ["赵敏"]
    assert speaker_titles(conf) == {"孙强": "市应急管理局局长"}
    assert answerers(conf) == [["孙强"]]
    answer = conf.turns[conf.qa_pairs[0].answer_turns[0]]
    assert conf.text[answer.start:answer.end] == "56处易涝点已完成整治49处。"


def test_a_byline_of_two_words_over_an_interview_is_no_reporter_label():
    conf = conf_of("守护一江清水——访市水利局局长吴刚\n本报记者 刘洋\n防汛工作进展如何？记者专访了市水利局局长吴刚。\n"
                   "记者：今年汛期形势如何？\n今年入汛以来，主要河道水位总体平稳。\n"
                   "记者：城市内涝问题怎么解决？\n我们新建改造排水管网45公里。\n"
                   "记者：下一步还有哪些打算？\n我们将持续推进水系连通工程。\n")
    assert [p.name for p in conf.participants if p.role == "reporter"] == ["刘洋"]
    assert answerers(conf) == [["吴刚"]] * 3


def test_a_name_never_starts_inside_the_title_word_before_it():
    """"局长 孙强" is the 局长 Sun Qiang, not an office ending in 局 and a 长孙 (a compound surname)."""
    conf = conf_of("防汛工作新闻发布会\n主持人：今天请市应急管理局局长孙强介绍情况。\n"
                   "市应急管理局局长 孙强：今年入汛以来，全市平均降雨量386毫米。\n"
                   "东湖日报记者：城区内涝点整治情况如何？\n孙强：56处易涝点已完成整治49处。\n")
    assert speaker_titles(conf) == {"孙强": "市应急管理局局长"}
    assert answerers(conf) == [["孙强"]]


def test_a_headline_and_a_byline_alone_on_lines_are_no_labels():
    conf = conf_of("新华社记者\n\n本市今年空气质量持续改善，优良天数达到300天。\n\n王小明\n\n市民纷纷表示满意。\n")
    assert conf.doc_type != "transcript"


def test_a_gloss_inside_a_label_and_a_label_in_link_markup():
    conf = conf_of("2013年1月6日，外交部發言人洪明主持例行記者會。\n問(wèn):中方對此有何評論?\n答:我們注意到有關報道。\n")
    assert answerers(conf) == [["洪明"]]
    html = ("<p>外交部发言人华明主持例行记者会</p><p><b>问：</b>中方有何评论？</p>"
            "<p><a href=\"/people/hua.html\">华明</a>：我们注意到了。</p>")
    conf = parse(clean(Page(source="t.html", text=html, encoding="utf-8", was_html=True)))
    assert answerers(conf) == [["华明"]]


# ------------------------------------------------------------------ 5. document type
def test_a_short_page_with_one_question_and_its_answer_is_a_transcript():
    conf = conf_of("国防部举行例行记者会，国防部新闻发言人吴刚答记者问。记者：外军近期动向频繁，中方如何看待？吴刚：我们密切关注。")
    assert conf.doc_type == "transcript"
    assert answerers(conf) == [["吴刚"]]


def test_a_page_cut_off_in_the_middle_of_the_answer_is_still_a_transcript():
    conf = conf_of("2024年1月2日外交部发言人林明主持例行记者会\n问：中方对此有何回应？\n答：中方一贯主张通过对话")
    assert conf.doc_type == "transcript" and answerers(conf) == [["林明"]]


# ------------------------------------------------------------------ live text stamped after each entry
def test_live_text_with_the_stamp_after_each_entry_and_a_host_not_named_for_the_event():
    conf = conf_of("10日上午举行记者招待会，农业部部长杜明、财政部副部长朱刚就农业问题答记者问。\n"
                   "[新华网报道] 记者招待会即将开始。 [09:46] | [彭亮] 我想先宣布几条注意事项。 [09:59] | "
                   "[彭亮] 第一,请关闭手机。 [09:59] | "
                   "[曹明] 女士们,先生们,大家好,现在开始。 [10:00] |")
    assert [t.time for t in conf.turns] == ["09:46", "09:59", "09:59", "10:00"]
    roles = {(p.name, p.organisation): p.role for p in conf.participants}
    assert roles[("曹明", None)] == "moderator" and roles[("彭亮", None)] == "moderator"
    assert roles[(None, "新华网")] == "other"  # the outlet's narration is no speaker and no reporter
    assert roles[("杜明", "农业部")] == roles[("朱刚", "财政部")] == "speaker"  # (the bodies their titles name)
    assert [t.kind for t in conf.turns] == ["other", "procedural", "procedural", "opening"]
    assert all(not conf.text[t.start:t.end].endswith("|") for t in conf.turns)


def test_the_spokespersons_announcement_before_the_first_question_is_their_statement():
    conf = conf_of("原标题：2024年3月5日外交部发言人林明主持例行记者会\n\n应某国政府邀请，国务院副总理将于3月8日对该国进行访问。\n"
                   + BRIEFING.split("\n", 1)[1])
    first = conf.turns[0]
    assert first.kind == "statement" and who(conf, first.participant) == "林明"
    assert conf.text[first.start:first.end].startswith("应某国政府邀请")
    assert answerers(conf) == [["林明"], ["林明"]]
    assert {p.name for p in conf.participants if p.name} == {"林明"}  # the vice-premier is only mentioned


def test_online_interview_askers_under_nicknames_and_guests_by_name():
    conf = conf_of("人民网在线访谈：市生态环境局局长王明谈治污\n[主持人]网友们好，欢迎王明局长做客。\n"
                   "[网友 阳光灿烂]请问今年空气怎么样？\n[嘉宾 王明]优良天数增加了。\n[网友小李]河道呢？\n[嘉宾 王明]全部达标。\n")
    assert answerers(conf) == [["王明"], ["王明"]]
    askers = [conf.participant(q.reporter) for q in conf.qa_pairs]
    assert {p.title for p in askers} == {"网友"}
    # each nickname is an asker of its own, named by it (as a quoted screen name is), never an official
    assert [(p.name, p.role) for p in askers] == [("阳光灿烂", "reporter"), ("小李", "reporter")]
    assert [p.name for p in conf.participants if p.role == "speaker"] == ["王明"]


def test_a_married_name_with_two_surnames_and_a_host_with_a_rare_surname():
    conf = conf_of("以下是行政長官林鄭月娥今日（五月二日）上午出席行政會議前會見傳媒的談話內容：\n記者：特首，你會否考慮？\n"
                   "行政長官：我會考慮。\n")
    assert answerers(conf) == [["林鄭月娥"]]
    conf = conf_of("图文直播\n15:00 主持人 袭艳春：各位记者朋友，下午好。\n15:02 陈明：大家好。\n15:10 中央电视台记者：请问进展如何？\n"
                   "15:12 陈明：进展顺利。\n")
    assert [p.name for p in conf.participants if p.role == "moderator"] == ["袭艳春"]
    assert [t.kind for t in conf.turns] == ["opening", "statement", "question", "answer"]


def test_a_panel_introduced_with_also_present_keeps_titles_clean():
    conf = conf_of(
        "市生态环境局新闻发布会\n"
        "主持人：今天我们邀请到市生态环境局局长王建国先生介绍情况。出席今天发布会的还有市水利局副局长陈立明先生。\n"
        "王建国：今年全市优良天数达到286天。\n"
        "新华社记者：请问陈局长，河道治理进展如何？\n"
        "陈立明：全市已完成河道治理120公里。\n"
    )
    titles = speaker_titles(conf)
    assert titles == {"王建国": "市生态环境局局长", "陈立明": "市水利局副局长"}
    conf = conf_of("市政府新闻发布会\n主持人：今天我们非常高兴地请来了市生态环境局局长王建国先生。\n"
                   "王建国：今年全市优良天数达到286天。\n记者：请问王局长，明年的目标是什么？\n王建国：300天。\n")
    assert speaker_titles(conf) == {"王建国": "市生态环境局局长"}  # not "来了市生态环境局局长"


def test_a_headline_quoting_a_ministry_is_no_label_of_a_person_called_like_it():
    conf = conf_of(
        "国防部：坚决反对外国军舰擅闯我领海\n"
        "5月30日下午，国防部举行例行记者会，国防部新闻发言人张晓刚大校答记者问。\n"
        "记者：请问中方对此有何评论？\n"
        "张晓刚：中方一贯主张通过对话协商解决分歧。\n"
    )
    assert names(conf, "speaker") == ["张晓刚"]
    assert [t.kind for t in conf.turns] == ["question", "answer"]


def test_ask_and_answer_labels_of_a_traditional_stand_up_keep_the_pages_script():
    from analyzer.metrics import display_name

    conf = conf_of("以下是發展局局長黃偉綸今日在立法會會議後會見傳媒的談話內容：\n"
                   "記者問：局長，明日會否公布新的土地供應措施？\n局長答：我們會在適當時候公布。\n"
                   "問(wèn)：有沒有具體時間表？\n局長答：大約在兩個星期內。\n")
    assert answerers(conf) == [["黃偉綸"], ["黃偉綸"]]
    shown = {display_name(p, "traditional") for p in conf.participants if p.role == "reporter"}
    assert shown == {"記者"}


def test_numbered_questions_and_answers_go_to_the_official_the_lead_names():
    conf = conf_of(
        "省生态环境厅就《省大气污染防治条例》答记者问\n"
        "近日，省人大常委会审议通过了条例。省生态环境厅副厅长马林就条例有关问题回答了记者提问。\n"
        "问1：条例出台的背景是什么？\n答：近年来全省空气质量持续改善。\n"
        "问题二：条例有哪些亮点？\n答2：条例共8章72条。\n"
        "3.问：条例何时施行？\n答：条例自2024年3月1日起施行。\n"
    )
    assert conf.doc_type == "transcript"
    assert answerers(conf) == [["马林"], ["马林"], ["马林"]]
    assert [t.kind for t in conf.turns] == ["question", "answer"] * 3


def test_labels_with_a_courtesy_after_the_name_and_a_surname_with_title():
    conf = conf_of(
        "市政府新闻发布会\n"
        "主持人：出席今天发布会的有市交通局局长王建国先生、市公安局交警支队支队长李红女士。\n"
        "王建国先生：今年全市新开通公交线路15条。\n"
        "南湖晚报记者：请问李支队长，春运期间如何保障交通安全？\n"
        "李红女士：我们将投入警力1200人次。\n"
        "王局长：我补充一点，全市将新增停车位3000个。\n"
    )
    assert answerers(conf) == [["李红", "王建国"]]
    assert [t.kind for t in conf.turns] == ["opening", "statement", "question", "answer", "answer"]


def test_answers_of_a_panel_go_to_the_official_each_question_names():
    conf = conf_of(
        "市卫健委新闻发布会实录\n"
        "发布人：市卫健委主任 周明；市疾控中心主任 吴芳\n"
        "主持人：各位记者，上午好。下面请周明主任介绍情况。\n"
        "周明：今年全市新增三甲医院2家。\n"
        "问：请问吴主任，今年流感疫苗接种情况如何？\n答：全市已接种流感疫苗56万剂次。\n"
        "问：周主任，明年的工作重点是什么？\n答：明年我们将重点推进分级诊疗。\n"
        "问：有没有新的便民措施？\n答：我们会及时公布。\n"
    )
    assert answerers(conf) == [["吴芳"], ["周明"], [None]]  # the last names nobody: an unnamed official
    assert "label: 答, the official the question before names" in [rule for rule, _ in evidence(conf, "吴芳")]


def test_a_panel_whose_questions_all_name_their_official_keeps_no_unnamed_answerer():
    conf = conf_of(
        "发布人：市卫健委主任 周明；市疾控中心主任 吴芳\n"
        "问：请问吴主任，接种情况如何？\n答：进展顺利。\n问：周主任，明年重点是什么？\n答：推进分级诊疗。\n"
    )
    assert answerers(conf) == [["吴芳"], ["周明"]]
    assert all(p.name for p in conf.participants if p.role == "speaker")


def test_a_foreign_reporter_named_after_a_space_is_the_outlets_reporter():
    conf = conf_of(
        "外交部发言人汪文斌主持例行记者会\n"
        "新华社记者：请问中方如何看待两会的国际意义？\n发言人：两会是观察中国发展的重要窗口。\n"
        "彭博社记者 约翰：有报道称某公司将撤出中国市场，中方有何回应？\n发言人：我不了解你提到的具体情况。\n"
        "路透社记者 约翰·史密斯：还有一个问题。\n发言人：请讲。\n"
        "BBC记者 Stephen McDonell：中方对气候谈判有何期待？\n发言人：我们希望各方相向而行。\n"
    )
    assert [conf.participant(q.reporter).organisation for q in conf.qa_pairs] == ["新华社", "彭博社", "路透社", "BBC"]
    assert answerers(conf) == [["汪文斌"]] * 4
    assert all(p.name is None for p in conf.participants if p.role == "reporter")  # no name the surname list vouches for


def test_online_askers_are_one_anonymous_netizen_unless_a_screen_name_tells_them_apart():
    conf = conf_of(
        "访谈嘉宾：省生态环境厅厅长 张志强\n"
        "网友提问：我们村旁边的小河有异味，该向哪里反映？\n嘉宾回答：可以拨打举报热线。\n"
        "网友“蓝天白云”：今年PM2.5浓度是多少？\n张志强：全省平均浓度为32微克/立方米。\n"
        "网友：臭氧污染怎么治理？\n张志强：推进挥发性有机物治理。\n"
    )
    askers = [p for p in conf.participants if p.role == "reporter"]
    assert [(p.name, p.title) for p in askers] == [(None, "网友"), ("蓝天白云", "网友")]
    assert [q.reporter for q in conf.qa_pairs] == [askers[0].id, askers[1].id, askers[0].id]
    assert answerers(conf) == [["张志强"], ["张志强"], ["张志强"]]


def test_people_listed_with_courtesies_answer_together_and_keep_their_own_titles():
    conf = conf_of(
        "市生态环境局召开新闻发布会\n"
        "市生态环境局局长王强同志介绍情况。同时，市生态环境局大气科科长刘东同志和市执法支队副支队长朱红同志就有关问题"
        "回答记者提问。发布会由市委宣传部新闻科科长吴明主持。\n"
        "吴明：下面请王强局长介绍情况。\n王强：今年全市优良天数达到286天。\n"
        "记者：请问朱支队长，执法检查情况如何？\n朱红：全年检查企业1200家次。\n"
    )
    titles = speaker_titles(conf)
    assert titles == {"王强": "市生态环境局局长", "刘东": "市生态环境局大气科科长", "朱红": "市执法支队副支队长"}
    assert names(conf, "speaker") == ["王强", "刘东", "朱红"]  # as the page names them
    rules = [rule for rule, _ in evidence(conf, "刘东")]
    assert "lead: named for the event" in rules


def test_a_bare_title_label_is_held_at_its_rank_not_by_the_deputy():
    conf = conf_of(
        "发布人：市环保局局长 王建国；市环保局副局长 刘慧\n"
        "主持人：请局长介绍情况。\n局长：今年全市空气质量优良天数达到290天。\n"
        "记者：请问副局长，水质情况如何？\n副局长：全市地表水优良比例为92%。\n"
    )
    assert [(t.kind, who(conf, t.participant)) for t in conf.turns] == [
        ("opening", None), ("statement", "王建国"), ("question", None), ("answer", "刘慧")]
    assert [who(conf, q.addressee) for q in conf.qa_pairs] == ["刘慧"]


def test_q_and_a_letter_labels_are_questions_and_answers():
    conf = conf_of("外交部发言人毛宁答记者问\nQ：中方如何评价此次会谈？\nA：会谈是建设性的。\nＱ：下一轮会谈何时举行？\nＡ：双方将保持沟通。\n")
    assert conf.doc_type == "transcript"
    assert answerers(conf) == [["毛宁"], ["毛宁"]]


def test_an_interview_names_its_official_in_the_headline_and_the_lead_tells_of_them():
    conf = conf_of(
        "守护碧水蓝天——专访市生态环境局局长王建国\n近日，本报记者专访了市生态环境局局长王建国。\n"
        "记者：今年的工作重点是什么？\n王局长：重点是打好蓝天保卫战。\n记者：群众最关心什么？\n王建国：身边的环境问题。\n"
    )
    assert conf.title == "守护碧水蓝天——专访市生态环境局局长王建国" and conf.place is None
    (official,) = [p for p in conf.participants if p.role == "speaker"]
    assert (official.name, official.title) == ("王建国", "市生态环境局局长")
    assert [t.kind for t in conf.turns] == ["question", "answer"] * 2  # the lead is the paper's, not his statement


def test_an_answerer_the_headline_names_by_title_only_keeps_that_title():
    conf = conf_of("生态环境部有关负责人就《排污许可管理条例》答记者问\n问：条例出台的背景是什么？\n"
                   "答：排污许可制度是固定污染源监管的核心制度。\n问：条例有哪些主要内容？\n答：条例共七章五十一条。\n")
    (official,) = [p for p in conf.participants if p.role == "speaker"]
    assert (official.name, official.title) == (None, "生态环境部有关负责人")
    assert "lead: the official named by title only" in [e.rule for e in official.evidence]
    assert answerers(conf) == [[None], [None]]  # one unnamed official answers both


def test_a_roster_line_of_people_joined_by_a_slight_pause_mark():
    conf = conf_of("市政府新闻发布会\n发布人：市环保局局长王强、市水务局主任李红；市生态环境局党组书记、局长高健\n"
                   "主持人：下面请王局长介绍情况。\n王局长：今年全市空气优良天数达到290天。\n"
                   "记者：请问李主任，供水情况如何？\n李主任：全市供水能力达到每日120万吨。\n")
    titles = speaker_titles(conf)
    assert titles == {"王强": "市环保局局长", "李红": "市水务局主任", "高健": "市生态环境局党组书记、局长"}
    assert [who(conf, t.participant) for t in conf.turns if t.kind in ("statement", "answer")] == ["王强", "李红"]


def test_the_host_the_lead_names_at_the_end_of_its_sentence_is_the_moderator():
    conf = conf_of("我市召开环境质量新闻发布会\n"
                   "1月18日上午，市政府新闻办召开新闻发布会，市生态环境局局长周建华通报全市环境质量状况。市政府新闻办副主任林芳主持。\n"
                   "林芳：下面请周建华局长通报情况。\n周建华：全市空气质量优良天数305天。\n"
                   "林芳：下面进入提问环节。\n江城日报记者：请问周局长，臭氧污染防治有什么打算？\n周建华：完成120家企业治理。\n")
    assert names(conf, "moderator") == ["林芳"] and names(conf, "speaker") == ["周建华"]


def test_a_question_to_surname_and_title_finds_the_one_official_of_that_surname():
    conf = conf_of("图文直播：全市生态环境保护新闻发布会\n【10:00】主持人：各位记者朋友，上午好。\n"
                   "【10:02】王刚：今年全市优良天数达到280天。\n【10:02】李红：全市新增绿地120公顷。\n"
                   "【10:15】南湖日报记者：请问王局长，臭氧污染如何治理？\n【10:16】王刚：我们将完成VOCs治理项目85个。\n")
    wang = next(p for p in conf.participants if p.name == "王刚")
    assert [q.addressee for q in conf.qa_pairs] == [wang.id]
    assert wang.title is None  # the address names his rank, the page never gives him a title


def test_a_body_that_replies_to_netizens_is_the_one_who_answers():
    conf = conf_of(
        "网络问政留言选登\n"
        "网友“北岭小李”问：小区的垃圾桶经常满溢，能否增加清运次数？\n"
        "市城市管理局回复：已要求各区将清运频次增加至每日2次。\n"
        "网友提问：大件垃圾怎样处理？\n回复：可拨打热线预约上门回收。\n"
    )
    bodies = [p.organisation for p in conf.participants if p.role == "speaker"]
    assert bodies == ["市城市管理局"]
    assert [q.status for q in conf.qa_pairs] == ["answered", "answered"]
    assert all(q.answerers == conf.qa_pairs[0].answerers for q in conf.qa_pairs)


def test_labels_that_write_the_name_before_the_title_word():
    conf = conf_of(
        "南溪市优化营商环境新闻发布会\n"
        "主持人：今天我们邀请到市发展改革委主任刘卫东、市政务服务中心副主任孙琳出席发布会。\n"
        "刘卫东主任：今年以来，全市新增经营主体2.3万户。\n"
        "南溪日报记者：请问孙副主任，企业开办还有哪些便利举措？\n"
        "孙琳副主任：企业开办全流程压缩至0.5个工作日。\n"
    )
    assert speaker_titles(conf) == {"刘卫东": "市发展改革委主任", "孙琳": "市政务服务中心副主任"}
    assert [conf.participant(q.addressee).name for q in conf.qa_pairs] == ["孙琳"]


def test_representatives_ask_and_an_event_in_the_headline_is_no_label():
    conf = conf_of(
        "市民代表座谈会：共商城市垃圾分类\n"
        "区城市管理局局长谢军与市民代表面对面交流。\n"
        "谢军：今年以来，全区新建垃圾分类投放点420个。\n"
        "市民代表：分类垃圾桶经常被混装，能不能加强监督？\n谢军：我们将在每个投放点配备督导员。\n"
        "企业代表：餐厨垃圾的收运费用能否降低？\n谢军：我们正在制定新的收费标准。\n"
    )
    askers = [(p.name, p.title) for p in conf.participants if p.role == "reporter"]
    assert askers == [(None, "市民代表"), (None, "企业代表")]
    assert [q.status for q in conf.qa_pairs] == ["answered", "answered"]
    assert conf.participant(conf.turns[0].participant).name == "谢军"  # the headline opened no turn


def test_deputies_answer_under_their_name_and_the_word_deputy():
    conf = conf_of(
        "“代表通道”实录\n3月5日上午，十四届全国人大二次会议首场“代表通道”开启。\n"
        "新华社记者：请问王丽代表，您在乡村振兴方面有什么建议？\n王丽代表：我建议加大对乡村人才的培养力度。\n"
        "人民日报记者：请问陈明代表，如何推动制造业转型升级？\n陈明代表：今后还要加大创新投入。\n"
    )
    assert speaker_titles(conf) == {"王丽": "代表", "陈明": "代表"}
    assert [conf.participant(q.addressee).name for q in conf.qa_pairs] == ["王丽", "陈明"]


def test_labels_of_words_in_another_order():
    conf = conf_of(
        "东湖市生态环境新闻发布会\n"
        "王刚 市生态环境局局长：全市优良天数达到300天。\n"
        "记者 李明 东湖日报：请问王局长，噪声投诉怎么处理？\n王刚：三天内办结。\n"
        "东湖晚报 赵敏：下一步怎么做？\n王刚：继续治理。\n"
        "张伟 东湖电视台记者：投诉多吗？\n王刚：逐年减少。\n东湖新闻网 记者：还有呢？\n王刚：没有了。\n"
    )
    assert speaker_titles(conf) == {"王刚": "市生态环境局局长"}
    assert [(p.name, p.organisation) for p in conf.participants if p.role == "reporter"] == [
        ("李明", "东湖日报"), ("赵敏", "东湖晚报"), ("张伟", "东湖电视台"), (None, "东湖新闻网")]
    assert [q.status for q in conf.qa_pairs] == ["answered"] * 4


def test_the_body_a_qa_headline_opens_with_answers_the_bare_answers():
    conf = conf_of(
        "市生态环境局关于排污许可的政策问答\n"
        "问：哪些企业需要申领排污许可证？\n答：纳入名录的企业，共涉及全市1200家。\n"
        "问：申领需要多长时间？\n答：材料齐全的，20个工作日内办结。\n"
    )
    official = the_unnamed_official(conf)
    assert official.organisation == "市生态环境局"
    assert any(e.rule.startswith("headline: the body") for e in official.evidence)


def test_short_forms_an_interview_declares_in_its_first_labels():
    conf = conf_of(
        "守护蓝天——访东湖市生态环境局局长王刚\n本报记者 刘洋\n"
        "记者（以下简称记）：今年空气质量怎么样？\n王刚（以下简称“王”）：全市优良天数达到300天。\n"
        "记：下一步有什么打算？\n王：我们将实施治理项目50个。\n"
    )
    assert [(t.kind, conf.participant(t.participant).role) for t in conf.turns] == [
        ("question", "reporter"), ("answer", "speaker")] * 2
    assert names(conf, "speaker") == ["王刚"] and len(conf.qa_pairs) == 2
    assert any("the short form the page declares" in e.rule for p in conf.participants for e in p.evidence)


def test_an_interview_labelled_by_ji_and_the_guests_surname():
    conf = conf_of(
        "守护蓝天——访东湖市生态环境局局长王刚\n本报记者 刘洋\n"
        "记：今年空气质量怎么样？\n王：全市优良天数达到300天。\n"
        "记：下一步有什么打算？\n王：我们将实施治理项目50个。\n"
    )
    assert speaker_titles(conf) == {"王刚": "东湖市生态环境局局长"}
    assert [(p.name, p.title) for p in conf.participants if p.role == "reporter"] == [("刘洋", "记者")]  # the byline's
    assert [q.status for q in conf.qa_pairs] == ["answered", "answered"]


def test_a_lone_character_before_a_colon_once_is_no_label():
    conf = conf_of("东湖市新闻发布会\n王刚：全市优良天数300天。\n记者：下一步？\n王刚：继续治理。\n注：数据来自监测站。\n")
    assert [conf.participant(t.participant).name for t in conf.turns] == ["王刚", None, "王刚"]  # 注 is no one
    assert "注：数据来自监测站。" in conf.turn_text(conf.turns[-1])


def test_a_bare_title_label_takes_the_fuller_title_the_headline_gives():
    conf = conf_of(
        "生态环境部有关负责人就《排污许可管理条例》答记者问\n"
        "记者：《条例》出台的背景是什么？\n负责人：已核发排污许可证33万张。\n"
        "记者：《条例》有哪些亮点？\n负责人：明确了排污许可的适用范围。\n"
    )
    assert the_unnamed_official(conf).title == "生态环境部有关负责人"
    assert [len(q.answerers) for q in conf.qa_pairs] == [1, 1]


def test_an_unlabelled_answer_to_a_question_that_names_the_official_is_his():
    # found by make fuzz: the unnamed answerer's evidence of an unlabelled paragraph was not the one removed
    lead = "2024年5月10日10时,市政府新闻办请市商务局副局长高峰、市发展改革委主任李明介绍东湖博览会筹备进展情况,并答记者问。"
    question = "[东湖晚报记者]有两个问题请教高局长。第一个问题,今年的签约项目有多少?第二个问题,展位还有吗?谢谢!"
    conf = conf_of("\n".join([lead, lead, question, "主持人", question]))
    assert [t.kind for t in conf.turns] == ["question", "answer", "question"]
    assert [[conf.participant(a).name for a in q.answerers] for q in conf.qa_pairs][0] == ["高峰"]
    assert all(p.name for p in conf.participants if p.role == "speaker")  # no unnamed answerer is left behind


def test_a_lead_names_the_host_of_any_kind_of_meeting():
    conf = conf_of("市应急管理局召开防汛工作新闻通气会\n7月2日下午，市应急管理局召开新闻通气会。局长马骏出席并回答记者提问。"
                   "局办公室主任 韩雪 主持通气会。\n韩雪：各位媒体朋友，下午好。先请马骏局长通报情况。\n"
                   "马骏：入汛以来，全市累计降雨量达486毫米。\n韩雪：下面请大家提问。\n晨报记者：马局长，是否会启动应急响应？\n"
                   "马骏：我们会及时调整响应级别。\n")
    assert names(conf, "moderator") == ["韩雪"] and names(conf, "speaker") == ["马骏"]
    # a host word in a title is no hosting: 主持人会 (the host will…), (主持工作)
    conf = conf_of("市生态环境局新闻发布会\n副局长（主持工作）李明出席发布会。\n李明：今年全市空气质量持续改善。\n"
                   "记者：请问李局长，PM2.5浓度是多少？\n李明：32微克/立方米。\n")
    assert names(conf, "moderator") == [] and names(conf, "speaker") == ["李明"]


def test_a_question_to_the_chief_engineer_by_his_short_title_is_addressed_to_him():
    conf = conf_of("省政府新闻办新闻发布会\n出席发布会的有：省水利厅厅长吴海涛，省林业局总工程师冯振华。\n"
                   "吴海涛：全省完成水土流失治理面积3.2万平方公里。\n"
                   "人民日报记者：想问一下冯总工，林草植被建设有哪些成效？\n冯振华：去年完成营造林146万亩。\n")
    assert [conf.participant(q.addressee).name for q in conf.qa_pairs] == ["冯振华"]


def test_a_question_to_the_chief_executive_as_te_shou_is_addressed_to_him():
    conf = conf_of("行政長官會見傳媒開場發言及答問內容\n以下是行政長官李家超今日會見傳媒的答問內容：\n"
                   "行政長官：各位傳媒朋友，早晨。\n記者：特首，有市民擔心公屋輪候時間太長，政府有甚麼回應？\n"
                   "行政長官：我們的目標是縮短輪候時間。\n")
    assert [conf.participant(q.addressee).name for q in conf.qa_pairs] == ["李家超"]


def test_title_only_labels_of_two_officials_the_lede_names_together():
    conf = conf_of("財政司司長及發展局局長會見傳媒談話內容\n以下是財政司司長陳茂波和發展局局長甯漢豪今日會見傳媒的談話內容：\n"
                   "財政司司長：今年會繼續支持基建投資。\n記者：局長，公屋興建的時間表有沒有變？\n發展局局長：時間表維持不變。\n")
    assert [(p.name, p.title) for p in conf.participants if p.role == "speaker"] == [
        ("陳茂波", "財政司司長"), ("甯漢豪", "發展局局長")]
    assert [conf.participant(q.addressee).name for q in conf.qa_pairs] == ["甯漢豪"]


def test_a_panel_with_a_spokesperson_answers_through_the_official_each_question_names():
    """The lead gives the spokesperson a title run over a comma ("党组书记、局长，新闻发言人"); a bare 答
    is theirs unless the question names another official, here by the chief engineer's short form (乔总)."""
    conf = conf_of(
        "青禾市生态环境局召开例行新闻发布会\n"
        "10月9日，市生态环境局党组书记、局长，新闻发言人戴文博，市生态环境局总工程师乔一鸣出席并答记者问。\n"
        "问：请问戴局长，空气质量排名为何下滑？\n答：主要受臭氧影响。\n"
        "问：请问乔总，秸秆禁烧工作情况如何？\n答：今年共巡查农田12.6万亩。\n"
        "问：下一步有什么打算？\n答：我们将继续努力。\n"
    )
    titles = {p.name: p.title for p in conf.participants if p.name}
    assert titles["戴文博"] == "市生态环境局党组书记、局长，新闻发言人"
    assert answerers(conf) == [["戴文博"], ["乔一鸣"], ["戴文博"]]
    assert [conf.participant(q.addressee).name if q.addressee else None for q in conf.qa_pairs] == ["戴文博", "乔一鸣", None]
    assert "label: 答, the official the question before names" in [rule for rule, _ in evidence(conf, "乔一鸣")]
    rules = [rule for rule, text in evidence(conf, "戴文博") if text.startswith("答")]
    assert rules == ["label: 答, the spokesperson of the officials the page names"] * 2


def test_a_comma_parts_two_people_whose_titles_end_in_their_names():
    conf = conf_of(
        "市政府召开新闻发布会\n5月8日，市水务局局长张海，市林业局副局长李娜出席并答记者问。\n"
        "问：请问张局长，水质如何？\n答：稳中向好。\n"
    )
    titles = {p.name: p.title for p in conf.participants if p.name}
    assert titles == {"张海": "市水务局局长", "李娜": "市林业局副局长"}


def test_outlets_after_a_bare_label_follow_ups_with_an_outlet_and_a_question_on_the_next_line():
    """"记者：江城广播电视台记者。想请问…" and "问：闽海日报记者。请问…" name the outlet in the question;
    "追问（光明日报记者）：" is that outlet's follow-up; "现场提问：" asks on the next line; the host's
    "邀请到了" is no part of the guest's title."""
    conf = conf_of(
        "江州市住房和城乡建设局新闻发布会\n"
        "主持人：今天我们邀请到了市住房和城乡建设局局长王建峰先生，介绍有关情况。下面请记者提问。\n"
        "记者：江城广播电视台记者。想请问王局长，保障房建设进展如何？\n王建峰：今年已开工3000套。\n"
        "问：闽海日报记者。请问今年的目标是多少？\n王建峰：全年目标5000套。\n"
        "光明日报记者：请问王局长，租金怎么定？\n王建峰：按市场租金的九折。\n"
        "追问（光明日报记者）：那么申请条件呢？\n王建峰：条件会后公布。\n"
        "现场提问：\n请问王局长，老旧小区改造有多少个？\n王建峰：今年改造120个。\n"
        "主持人：发布会到此结束。\n"
    )
    assert speaker_titles(conf) == {"王建峰": "市住房和城乡建设局局长"}
    assert [q.outlet for q in conf.qa_pairs] == ["江城广播电视台", "闽海日报", "光明日报", "光明日报", None]
    assert [conf.text[conf.turns[q.question_turn].start:conf.turns[q.question_turn].end] for q in conf.qa_pairs][3:] == \
        ["那么申请条件呢？", "请问王局长，老旧小区改造有多少个？"]
    assert answerers(conf) == [["王建峰"]] * 5


def test_a_name_with_a_character_beyond_the_basic_plane_is_a_name():
    """司马𬀩 (U+2C029, CJK Extension B): rare characters are common in names; the bracket label is his."""
    conf = conf_of(
        "县政府新闻办召开春耕生产新闻发布会\n"
        "3月20日，县农业农村局局长司马𬀩通报情况。\n"
        "【主持人】\n各位记者，上午好。首先请司马局长通报情况。\n"
        "【司马𬀩】\n谢谢主持人。今年全县粮食播种面积稳定在42万亩。\n"
        "【四川农村日报记者】\n司马局长，今年粮价如何？\n"
        "【司马𬀩】\n总体稳定。\n"
    )
    assert speaker_titles(conf) == {"司马𬀩": "县农业农村局局长"}
    assert answerers(conf) == [["司马𬀩"]]


def test_a_bare_presenter_label_is_the_official_the_host_has_just_handed_over_to():
    """"首先请顾文涛副局长作发布。" then "发布人：…": the name before the title is who the host hands
    over to; the statement is his, not the host's, on a panel of three."""
    conf = conf_of(
        "江城市政府新闻办新闻发布会\n"
        "主持人：今天我们邀请到市气象局副局长顾文涛先生，市气象台首席预报员沈雅琴女士，"
        "市应急管理局副局长韩立新先生。首先请顾文涛副局长作发布。\n"
        "发布人：谢谢主持人。今年入夏以来，我市高温日数达21天。\n"
        "主持人：谢谢顾局长。下面请记者提问。\n"
        "记者：请问韩局长，应急准备如何？\n韩立新：我们已做好准备。\n"
    )
    statement = next(t for t in conf.turns if t.kind == "statement")
    assert who(conf, statement.participant) == "顾文涛"
    assert "label: 发布人, the official the host has just handed over to" in [rule for rule, _ in evidence(conf, "顾文涛")]
    assert answerers(conf) == [["韩立新"]]


def test_two_questions_answered_together_are_both_answered():
    """Two reporters ask one after the other and the host asks for one answer to both ("一并回答"): both
    pairs get the answers; without such words the first question stays unanswered."""
    page = (
        "省交通运输厅新闻发布会\n10月28日，省交通运输厅副厅长陈国栋通报有关情况。\n主持人：下面请记者提问。\n"
        "江西日报记者：服务区充电难，有什么进展？\n"
        "江西广播电视台记者：国庆期间高速公路车流量如何？\n"
        "主持人：这两个问题都与高速公路有关，请陈厅长一并回答。\n"
        "陈国栋：感谢提问。充电桩已建成2146个，国庆车流量同比增长6%。\n"
    )
    conf = conf_of(page)
    assert [(q.outlet, q.status) for q in conf.qa_pairs] == [("江西日报", "answered"), ("江西广播电视台", "answered")]
    assert answerers(conf) == [["陈国栋"], ["陈国栋"]]
    conf = conf_of(page.replace("这两个问题都与高速公路有关，请陈厅长一并回答", "请陈厅长回答"))
    assert [q.status for q in conf.qa_pairs] == ["unanswered", "answered"]


def test_a_netizens_question_the_host_reads_out_is_a_question_to_the_official_named():
    """The host quotes a written question from a netizen and passes it on ("这个问题请何主任回答"):
    the host's turn is the question, addressed to 何志远, and his reply answers it."""
    conf = conf_of(
        "省交通运输厅新闻发布会\n10月28日，省交通运输厅副厅长陈国栋、省道路运输事业发展中心主任何志远出席发布会。\n"
        "主持人：下面请记者提问。\n江西日报记者：请问陈厅长，充电桩建了多少？\n陈国栋：已建成2146个。\n"
        "主持人：我们还收到了一位网友通过“赣政通”平台提交的书面提问：“村里到县城的客运班车一天只有两班，"
        "请问农村客运什么时候能更方便一些？”这个问题请何主任回答。\n"
        "何志远：感谢这位网友的关注。明年将推广预约响应服务。\n"
    )
    assert answerers(conf) == [["陈国栋"], ["何志远"]]
    second = conf.qa_pairs[1]
    assert conf.turns[second.question_turn].kind == "question"
    assert who(conf, second.addressee) == "何志远"


def test_a_host_who_adds_to_the_officials_answers_is_one_of_the_answerers():
    conf = conf_of(
        "市卫健委新闻发布会\n发布人：市卫健委主任 周明；市医保局局长 吴芳\n"
        "主持人：下面请记者提问。\n嘉兴广电记者：请问周主任，看病贵怎么解决？\n"
        "周明：我们推进集采，药价平均降了50%。\n吴芳：我补充两句，今年门诊报销比例提高到60%。\n"
        "主持人：这个问题我也补充一句。市政府今年将医疗费用减负列入民生实事，年底前会专门发布情况。\n"
        "主持人：今天的发布会到此结束。\n"
    )
    assert answerers(conf) == [["周明", "吴芳", None]]  # the host is not named on the page
    assert [t.kind for t in conf.turns][-2:] == ["answer", "closing"]


def test_a_first_speaker_who_has_brought_in_the_others_hosts():
    """"我们请来了省地震局副局长郑海峰、…介绍相关情况": the first speaker introduces the others, so hosts."""
    conf = conf_of(
        "秦岭县抗震救灾新闻发布会实录\n"
        "王志斌（秦岭县委常委、宣传部部长）：各位记者，大家下午好。今天的发布会，我们请来了省地震局副局长郑海峰、"
        "省应急管理厅救灾处处长马丽华介绍相关情况。\n"
        "郑海峰（省地震局副局长）：余震总体呈衰减趋势。\n马丽华（省应急管理厅救灾处处长）：已转移安置群众2.1万人。\n"
        "陕秦日报记者：请问郑局长，会不会有更大地震？\n郑海峰：可能性不大。\n"
        "王志斌：今天的发布会就到这里，感谢各位。\n"
    )
    roles = {p.name: p.role for p in conf.participants if p.name}
    assert roles == {"王志斌": "moderator", "郑海峰": "speaker", "马丽华": "speaker"}
    assert [t.kind for t in conf.turns][0] == "opening" and conf.turns[-1].kind == "closing"


def test_a_chief_forecaster_is_titled_and_addressed_as_chief():
    conf = conf_of(
        "市气象局新闻发布会\n7月2日，市气象局副局长顾文涛、市气象台首席预报员沈雅琴出席发布会。\n"
        "主持人：下面请记者提问。\n江城日报记者：请问沈首席，今年高温为什么来得早？\n沈雅琴：主要受副热带高压影响。\n"
    )
    assert speaker_titles(conf)["沈雅琴"] == "市气象台首席预报员"
    assert [who(conf, q.addressee) for q in conf.qa_pairs] == ["沈雅琴"]


def test_a_programmes_narrator_speaks_for_no_one_and_a_sound_bite_is_its_speakers():
    conf = conf_of(
        "《政务面对面》第186期\n主持人：各位观众朋友，大家好。今天演播室请来了县长黎振华。\n"
        "黎振华：主持人好。今年整治资金1.35亿元。\n"
        "画外音：在东岭村，一座人工湿地正在处理全村三百多户人家的生活污水。\n"
        "同期声（东岭村党支部书记 符建平）：现在水清了，村里还搞起了民宿。\n"
        "主持人：黎县长，这种模式能不能推广？\n黎振华：正在总结经验。\n"
    )
    narration = next(t for t in conf.turns if conf.turn_text(t).startswith("在东岭村"))
    assert narration.kind == "other" and conf.participant(narration.participant).role == "other"
    assert "符建平" in {p.name for p in conf.participants}
    assert conf.turn_text(conf.turns[1]).endswith("1.35亿元。")  # the narration is no part of his statement
    assert conf.participant(narration.participant).title == "画外音"  # named by its label


def test_a_host_who_has_asked_asks_again_without_naming_anyone():
    conf = conf_of(
        "《政务面对面》第186期\n主持人：各位观众朋友，大家好。今天演播室请来了县长黎振华、县农业农村局局长窦海燕。\n"
        "黎振华：主持人好。\n云泽县融媒体中心记者：请问黎县长，垃圾多久转运一次？\n黎振华：每周两次。\n"
        "主持人：窦局长，这种模式能不能在全县推广？\n窦海燕：正在总结经验。\n"
        "主持人：最后一个问题，明年的整治资金会不会继续增加？\n黎振华：明年的预算还在编制，具体数字现在还不好说。\n"
        "主持人：好，谢谢二位嘉宾。本期节目就到这里。\n"
    )
    assert answerers(conf) == [["黎振华"], ["窦海燕"], ["黎振华"]]


def test_a_programmes_films_are_narration_each_under_its_label():
    conf = conf_of(
        "《问政清江》第十八期\n【主持人】今天问政的主题是垃圾分类。首先来看一段短片。\n"
        "【暗访短片】（画外音）记者走访了城区12个小区。\n【主持人】请问市城市管理局局长何振东，您怎么看？\n"
        "【何振东（市城市管理局局长）】配备分类运输车辆186辆。\n【暗访短片二】（画外音）大件垃圾堆放约30立方米。\n"
        "【主持人】何局长，怎么解决？\n【何振东（市城市管理局局长）】明年6月前全部清理。\n")
    films = [t for t in conf.turns if t.kind == "other"]
    assert [conf.participant(t.participant).title for t in films] == ["暗访短片", "暗访短片二"]
    assert all(conf.participant(t.participant).role == "other" for t in films)
    assert [q.status for q in conf.qa_pairs] == ["answered", "answered"]


def test_a_question_that_opens_by_saying_which_outlets_reporter_asks_names_the_outlet():
    conf = conf_of("市公安局警情通报会\n主持人：下面请何卫通报。\n何卫：事故共造成2人死亡。\n"
                   "【记者】珠江时报记者提问。网上有传言称司机逃逸，是否属实？\n何卫：不属实。\n")
    assert [q.outlet for q in conf.qa_pairs] == ["珠江时报"]


def test_a_video_scripts_sound_bites_are_their_speakers_turns():
    conf = conf_of("养老金提高 省政府新闻办举行发布会\n【解说】1月25日，河南省人民政府新闻办公室召开新闻发布会。\n"
                   "【同期声】河南省人力资源和社会保障厅副厅长 杜红梅\n这次调整以后，约2600万老年人受益。\n"
                   "【同期声】河南日报记者\n请问企业退休人员基本养老金会调整吗？\n"
                   "【同期声】杜红梅\n需要按照国家统一部署进行。\n")
    du = next(p for p in conf.participants if p.name == "杜红梅")
    assert du.title == "河南省人力资源和社会保障厅副厅长"
    assert [p.organisation for p in conf.participants if p.role == "reporter"] == ["河南日报"]
    assert [conf.participant(a).name for q in conf.qa_pairs for a in q.answerers] == ["杜红梅"]
    assert conf.turn_text(conf.turns[-1]) == "需要按照国家统一部署进行。"


def test_a_bare_questions_outlet_alone_in_brackets_after_its_words():
    conf = conf_of("安全生产新闻发布会\n问：道路运输领域有何考虑？（四川广播电视台）\n答：我们将开展专项整治。\n"
                   "问：矿山安全如何保障？（川观新闻记者）\n答：加强执法检查。\n问：汛期怎么办？（下半年）\n答：提前部署。\n")
    assert [q.outlet for q in conf.qa_pairs] == ["四川广播电视台", "川观新闻", None]


def test_a_question_to_one_post_of_an_official_who_holds_two():
    """国家统计局新闻发言人、国民经济综合统计司司长 is asked as 发言人 (the first post) as well as 司长."""
    conf = conf_of("国家统计局举行国民经济运行情况新闻发布会\n主持人：欢迎各位。今天我们邀请到国家统计局新闻发言人、"
                   "国民经济综合统计司司长唐承宇先生，介绍情况。\n唐承宇：前三季度国内生产总值同比增长5.2%。\n主持人：下面请提问。\n"
                   "【中央广播电视总台央视记者】\n请问发言人，今年以来新动能发展情况如何？\n唐承宇：高技术制造业增加值增长8.1%。\n"
                   "第一财经记者：请问唐司长，消费怎么看？\n唐承宇：消费持续恢复。\n")
    first, second = conf.qa_pairs
    assert conf.participant(first.addressee).name == conf.participant(second.addressee).name == "唐承宇"


def test_a_question_put_to_a_survey_team_and_a_customs_deputys_body():
    conf = conf_of("青川市召开上半年经济运行新闻发布会\n主持人：欢迎各位。出席今天发布会的有：市统计局局长梁静波，"
                   "国家统计局青川调查队队长谢永康，南湖海关副关长沈继红。\n梁静波：地区生产总值同比增长5.3%。\n"
                   "主持人：下面开始提问。\n青川日报记者：请问调查队，青年人的就业情况如何？\n谢永康：城镇调查失业率为5.1%。\n")
    organisation = {p.name: p.organisation for p in conf.participants if p.role == "speaker"}
    assert organisation == {"梁静波": "市统计局", "谢永康": "国家统计局青川调查队", "沈继红": "南湖海关"}
    (pair,) = conf.qa_pairs
    assert conf.participant(pair.addressee).name == "谢永康"


def test_a_follow_up_under_a_bare_reporter_label_is_the_reporter_who_asked_before():
    conf = conf_of("南湖市防汛新闻发布会\n主持人：下面开始提问。\n记者：南湖之声记者。请问许局长，受灾企业有哪些帮扶政策？\n"
                   "许建华：提供贴息贷款2亿元。\n记者：追问一下，有没有考虑减免税费？\n许建华：正在研究。\n"
                   "记者：南湖日报记者。请问许局长，道路何时恢复？\n许建华：三天内恢复。\n")
    reporters = [p for p in conf.participants if p.role == "reporter"]
    assert [p.organisation for p in reporters] == ["南湖之声", "南湖日报"]
    assert [conf.participant(q.reporter).organisation for q in conf.qa_pairs] == ["南湖之声", "南湖之声", "南湖日报"]


def test_a_bare_answer_to_a_follow_up_is_the_official_who_answered_before():
    conf = conf_of("东海省防御台风新闻发布会\n东海省政府新闻办召开新闻发布会。省应急管理厅副厅长冯立群，省气象局副局长陶宏出席发布会。\n"
                   "主持人：下面进入提问环节。\n问：东海卫视记者。请问冯厅长，人员伤亡情况怎么样？\n答：目前暂无人员死亡报告。\n"
                   "问：追问一下，直接经济损失大概有多少？\n答：目前各地还在核灾，暂时无法给出准确数字。\n"
                   "问：人民网记者。请问陶局长，雨量怎么样？\n答：全省面雨量68.4毫米。\n")
    answerers = [[conf.participant(a).name for a in q.answerers] for q in conf.qa_pairs]
    assert answerers == [["冯立群"], ["冯立群"], ["陶宏"]]


def test_a_reporter_from_an_outlet_is_of_that_outlet():
    conf = conf_of("临江市生态环境新闻发布会\n主持人：请提问。\n来自临江电视台的记者：农村黑臭水体治理进展如何？\n王刚：完成整治86条。\n")
    assert [q.outlet for q in conf.qa_pairs] == ["临江电视台"]


def test_two_hosts_told_apart_by_a_letter_and_a_host_named_after_the_station():
    conf = conf_of("热线实录\n主持人甲：欢迎收听。今天上线的是市市场监管局副局长何振宇。\n何振宇：大家好。\n"
                   "主持人乙：何局长，秤谁来管？\n何振宇：我们来管，今年查处37起。\n")
    hosts = [p for p in conf.participants if p.role == "moderator"]
    assert [p.title for p in hosts] == ["主持人甲", "主持人乙"]
    assert [conf.participant(t.participant).role for t in conf.turns] == ["moderator", "speaker", "moderator", "speaker"]
    conf = conf_of("行风热线\n主持人（江海交通广播 陆一鸣）：欢迎收听。今天上线的是市人社局副局长韩梅。\n"
                   "韩梅：大家好。今年新增就业1.8万人。\n主持人（江海交通广播 陆一鸣）：韩局长，社保能补缴吗？\n韩梅：可以接续。\n")
    (host,) = [p for p in conf.participants if p.role == "moderator"]
    assert (host.name, host.organisation) == ("陆一鸣", "江海交通广播")
    assert len(conf.qa_pairs) == 1


def test_the_panel_of_a_televised_accountability_show_asks():
    conf = conf_of("问政实录\n主持人 张帆：今天接受问政的是市水务局局长杜国梁。\n杜国梁（市水务局局长）：大家好。\n"
                   "媒体评论员 冷月：杜局长，水价为什么这么高？\n杜国梁（市水务局局长）：水价由发改部门核定。\n"
                   "问政嘉宾 孙梅：剩下的28处有没有时间表？\n杜国梁（市水务局局长）：年底前完成。\n"
                   "评论员：为什么不升反降？\n杜国梁（市水务局局长）：正在做源解析。\n")
    askers = [p for p in conf.participants if p.role == "reporter"]
    assert [(p.name, p.title) for p in askers] == [("冷月", "媒体评论员"), ("孙梅", "问政嘉宾"), (None, "评论员")]
    assert len(conf.qa_pairs) == 3 and all(conf.participant(q.answerers[0]).name == "杜国梁" for q in conf.qa_pairs)


def test_a_host_named_only_in_labels_who_calls_the_next_and_the_last_question_chairs():
    conf = conf_of("国新办新闻发布会（文字实录·下）\n寿小丽：请继续提问。\n人民日报记者：请问宣副行长，会不会降息？\n"
                   "宣继红：我们将择机降准降息。\n彭博社记者：请问谢司长，跨境结算规模有多大？\n谢雨晨：合计64.1万亿元。\n"
                   "寿小丽：最后一个问题。\n凤凰卫视记者：人民币汇率是否已经见底？\n谢雨晨：我们不作评论。\n"
                   "寿小丽：谢谢各位，今天的发布会到此结束。\n")
    assert next(p for p in conf.participants if p.name == "寿小丽").role == "moderator"
    assert [[conf.participant(a).name for a in q.answerers] for q in conf.qa_pairs] == [["宣继红"], ["谢雨晨"], ["谢雨晨"]]


def test_a_paragraph_whose_asker_names_the_outlet_before_asking_is_that_reporters_question():
    conf = conf_of("国新办新闻发布会\n主持人：下面进入提问环节。\n谢谢主持人，我是香港商报记者。请问方副主席，有什么新举措？\n"
                   "方思远：我们将推动中长期资金入市。\n谢谢，我是经济观察报记者，想请问卢发言人，退市效果如何？\n卢嘉：共有52家公司退市。\n"
                   "新华社记者：\n谢谢主持人，我是新华社记者。请问卢发言人，今年有何打算？\n卢嘉：继续从严监管。\n")
    assert [q.outlet for q in conf.qa_pairs] == ["香港商报", "经济观察报", "新华社"]
    assert [conf.turn_text(conf.turns[q.question_turn])[:6] for q in conf.qa_pairs] == ["谢谢主持人，", "谢谢，我是经", "谢谢主持人，"]


def test_a_question_given_to_a_body_by_its_short_name():
    conf = conf_of("国新办新闻发布会\n国新办举行新闻发布会，中国人民银行副行长宣继红、国家外汇管理局副局长朱国华介绍情况。\n"
                   "主持人：请提问。\n南方财经全媒体记者：我的问题给外汇局。去年经常账户顺差有多大？\n朱国华：顺差2414亿美元。\n")
    (pair,) = conf.qa_pairs
    assert conf.participant(pair.addressee).name == "朱国华"


def test_a_programmes_two_hosts_named_in_the_lead_and_the_official_who_comes_to_be_questioned():
    conf = conf_of("问政实录\n节目由主持人高原、夏雪主持。市生态环境局局长周海鸣到场接受问政。\n"
                   "高原：请问周局长，排污口排了两年多，知不知道？\n周局长：我们知道，已经立案调查。\n"
                   "夏雪：什么时候整改完？\n周局长：年底前。\n")
    roles = {p.name: p.role for p in conf.participants}
    assert roles == {"高原": "moderator", "夏雪": "moderator", "周海鸣": "speaker"}
