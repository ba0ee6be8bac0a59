"""Cleaning: every rule on small hand-written pages, the shared corpus, and the accounting."""
from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analyzer.clean import clean
from analyzer.figures import find_figures
from analyzer.errors import EmptyAfterCleaning
from analyzer.ingest import read_page
from analyzer.model import Document, Page
from analyzer.script import detect_script, to_simplified

CORPUS = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpus"
SYNTHETIC_DROPS = ("markup", "unwrap")  # passes whose kept characters may differ from the page's


def page(text: str, html: bool = False, source: str = "test.txt") -> Page:
    return Page(source=source, text=text, encoding="utf-8", was_html=html)


def check_accounting(doc: Document, src: str) -> None:
    """Every page character is kept exactly once or dropped exactly once."""
    report = doc.cleaning
    assert report.chars_in == len(src)
    assert report.chars_kept == len(doc.text)
    assert report.chars_in == report.chars_kept + sum(d.length for d in report.drops)
    covered = []
    for d in report.drops:
        assert 0 <= d.start < d.end <= len(src), d
        covered.append((d.start, d.end))
    clean_pos = 0
    restored = {s.start for s in report.damaged if s.label == "restored"}
    # A decoded character (an entity, a tag's line break, an escape, the break between two
    # fields) stands on the first page character of what it decodes; the rest is dropped by
    # the pass that decoded it, so that drop starts right after it.
    decoded_before = {d.start - 1 for d in report.drops if d.reason.startswith(SYNTHETIC_DROPS)}
    for cstart, sstart, length in report.offset_map:
        assert cstart == clean_pos  # runs tile the cleaned text in order
        clean_pos += length
        covered.append((sstart, sstart + length))
        kept, original = doc.text[cstart:cstart + length], src[sstart:sstart + length]
        if kept != original:
            # Checked character by character: a decoded or restored character may sit inside a longer run.
            for i, (k, o) in enumerate(zip(kept, original)):
                if k != o:
                    lone_cr = (k, o) == ("\n", "\r")  # an old Mac line ending reads as a line feed
                    assert cstart + i in restored or sstart + i in decoded_before or lone_cr, (kept, original, i)
    assert clean_pos == len(doc.text)
    covered.sort()
    pos = 0
    for a, b in covered:
        assert a == pos, (a, pos)
        pos = b
    assert pos == len(src)
    assert len(doc.simplified) == len(doc.text)


def dropped_lines(doc, reason: str) -> set[str]:
    """The lines cleaning dropped for ``reason``, without the white space around them."""
    return {line.strip() for d in doc.cleaning.drops if d.reason == reason for line in d.text.split("\n")} - {""}


def cleaned(text: str, html: bool = False) -> Document:
    """The cleaned page, once every character of it is checked to be kept or dropped exactly once."""
    doc = clean(page(text, html))
    check_accounting(doc, text)
    return doc


def reasons(doc: Document) -> set[str]:
    return {d.reason for d in doc.cleaning.drops}


ARTICLE = [
    "市生态环境局召开新闻发布会,介绍全市上半年生态环境质量改善情况和下一步工作安排。",
    "主持人:",
    "各位记者朋友,大家上午好!欢迎出席今天的新闻发布会,首先请市生态环境局局长介绍有关情况。",
    "上半年,全市空气质量综合指数同比改善百分之五,优良天数达到一百二十天,重污染天气明显减少。",
    "全市地表水国控断面水质全部达到考核目标,集中式饮用水水源地水质达标率保持百分之百。",
    "下一步,我们将继续深入打好污染防治攻坚战,推动全市生态环境质量持续改善。",
    "记者:请问在柴油货车污染治理方面有哪些具体措施?",
    "我们将加强路检路查和入户抽测,严厉打击超标排放行为,推动老旧车辆淘汰更新。",
    "今年以来,全市共检查重点企业八百余家次,发现并整改各类环境问题一千二百余个。",
    "今天的新闻发布会到此结束,谢谢大家!",
]


# ---------------------------------------------------------------- whitespace
def test_whitespace_lines_and_edges_are_dropped():
    doc = cleaned("\n\n  第一段正文。  \n\u3000\u3000\n\t第二段正文。\r\n\n")
    assert doc.text == "第一段正文。\n第二段正文。"
    assert reasons(doc) == {"whitespace"}


def test_invisible_characters_inside_the_text_are_dropped_and_accounted_for():
    src = "\ufeff主持人\u200b：请王局长介绍。\n王\u200b刚：示范小区8\u200b6个，覆\u00ad盖率75%。\n"
    doc = cleaned(src)
    assert doc.text == "主持人：请王局长介绍。\n王刚：示范小区86个，覆盖率75%。"
    invisible = [d for d in doc.cleaning.drops if d.rule.startswith("invisible")]
    assert [src[d.start:d.end] for d in invisible] == ["\ufeff", "\u200b", "\u200b", "\u200b", "\u00ad"]


def test_adjacent_drops_of_one_reason_are_merged():
    doc = cleaned("正文。\n\n\n\n\n正文二。")
    assert [d.reason for d in doc.cleaning.drops] == ["whitespace"]


# ---------------------------------------------------------------- chrome
@pytest.mark.parametrize(
    "line, reason",
    [
        ("网站首页 新闻 国内 国际 河南 焦作", "chrome:navigation"),
        ("網站首頁 新聞 國內 國際 河南 焦作", "chrome:navigation"),
        ("首页 | 要闻 | 政务 | 民生 | 专题", "chrome:navigation"),
        ("您现在的位置: 本网 > 新闻发布厅 > 正文", "chrome:navigation"),
        ("您現在的位置: 本網 > 新聞發布廳 > 正文", "chrome:navigation"),
        ("当前位置:首页 > 新闻中心", "chrome:navigation"),
        ("上一篇  下一篇", "chrome:navigation"),
        ("Top", "chrome:navigation"),
        ("打印 放大 缩小", "chrome:share"),
        ("分享到:", "chrome:share"),
        ("扫一扫加入微信公众号", "chrome:share"),
        ("二維碼", "chrome:share"),
        ("移动手机用户:发送短信 abc 到 10658300 即可订阅本地手机报,3元/月。", "chrome:share"),
        ("版权所有:某某日报社 未经授权,请勿转载或建立镜像。", "chrome:footer"),
        ("豫ICP备12345678号", "chrome:footer"),
        ("豫公网安备41080202000004号", "chrome:footer"),
        ("互联网新闻信息服务许可证:41120180801", "chrome:footer"),
        ("免责声明:", "chrome:footer"),
        ("责任编辑:张三", "chrome:footer"),
        ("文章編輯:陳天昊", "chrome:footer"),
        ("地址:某市人民路100号 邮编:454002", "chrome:footer"),
        ("联系电话:0391-1234567", "chrome:footer"),
        ("本网所有稿件,未经许可不得转载。", "chrome:footer"),
        ("（责任编辑：周敏）", "chrome:footer"),
        ("【责任编辑：周敏】", "chrome:footer"),
        ("联系电话：0391-1234567", "chrome:footer"),
        ("分享到：", "chrome:share"),
        ("阅读原文", "chrome:share"),
        ("图为发布会现场。（记者 刘洋 摄）", "chrome:image"),
        ("字号：大 中 小", "chrome:share"),
        ("搜索", "chrome:navigation"),
        ("29ddc4004459c0793b904c2d44b2fb8.jpg", "chrome:image"),
        ("photo_2024.PNG", "chrome:image"),
        ("Title:", "chrome:scaffolding"),
        ("Web Link:", "chrome:scaffolding"),
        ("摘要：", "chrome:scaffolding"),
        ("http://www.example.gov.cn/xwfb/202306/t20230621_1101904.htm", "chrome:link"),
        ("|", "chrome:separator"),
        ("********************", "chrome:separator"),
        ("— — —", "chrome:separator"),
        ("【打印】【关闭】", "chrome:share"),
        ("【大】【中】【小】  【分享到】", "chrome:share"),
        ("【纠错】　责任编辑：黎清", "chrome:share"),
        ("点击阅读更多两会新闻>>", "chrome:navigation"),
        ("（编辑：邹悦  审核：周敏）", "chrome:footer"),
        ("您的浏览器不支持视频播放，请升级浏览器。", "chrome:player"),
        ("00:00 / 32:15", "chrome:player"),
        ("【广告】某某彩票 稳赚不赔 加微信ab12345", "chrome:spam"),
        ("END", "chrome:share"),
        ("点个在看，你最好看", "chrome:share"),
        ("👆👆👆", "chrome:share"),
        ("原创 澄江发布 澄江发布 2024-05-16 18:30 发表于浙江", "chrome:share"),
        ("[打印本页](javascript:window.print()) | [关闭窗口](javascript:window.close())", "chrome:link"),
        ("相关链接：[国家医疗保障局](http://www.nhsa.gov.cn)", "chrome:link"),
        ("（来源：最高人民法院新闻局　责任编辑：何立清）", "chrome:footer"),
        ("*（本文来源：云岭省医疗保障局　责任编辑：和丽娟）*", "chrome:footer"),
        ("本版责编：许文静　美编：林朵", "chrome:footer"),
        ("▲省生态环境厅党组书记、厅长宋启明介绍有关情况。", "chrome:image"),
        ("（图为省生态环境厅副厅长欧阳岚回答记者提问。）", "chrome:image"),
        ("[10:40] 直播结束，感谢各位网友的关注！", "chrome:navigation"),
        ("（本文转自外交部网站，如有侵权请联系删除）", "chrome:footer"),
        ("点击“在看”，和小编一起关注清源教育", "chrome:share"),
        ("相关文档：2024年统计快报.pdf", "chrome:link"),
        # older portals and live pages
        ("（编辑：许　芳）", "chrome:footer"),  # a two-character name padded to three
        ("编辑：高鹏　　审校：郭晓燕", "chrome:footer"),
        # portals' and apps' feet (the probes of session 25)
        ("更多精彩内容请关注中新网财经频道", "chrome:share"),
        ("本网站所刊载信息，不代表中新社和中新网观点。刊用本网站稿件，务经书面授权。", "chrome:footer"),
        ("（直播结束）", "chrome:navigation"),
        ("【打印版】", "chrome:share"),
        ("声明：本文由入驻腾讯新闻平台的作者撰写，观点仅代表作者本人，不代表腾讯新闻立场。", "chrome:footer"),
        ("举报/反馈", "chrome:share"),
        ("写下你的评论...  发表", "chrome:share"),
        ("评论 128 | 参与 3562", "chrome:navigation"),
        ("查看更多直播内容 >", "chrome:navigation"),
        (">> 更多 文旅新闻", "chrome:navigation"),
        ("（本文来自潮新闻客户端）", "chrome:footer"),
        ("（本期访谈由合肥市人民政府办公室主办 合肥市数据资源局承办）", "chrome:footer"),
        ("打开新浪新闻APP，阅读更多精彩内容 >>", "chrome:share"),
        ("责任编辑：张晓 SN226", "chrome:footer"),
        ("新浪新闻意见反馈留言板 400-052-0066 欢迎批评指正", "chrome:footer"),
        ("中時新聞網 綜合報導", "chrome:footer"),
        ("追蹤我們 分享 字級設定：小 中 大 特", "chrome:share"),
        ("阅读 186.3万  讨论 1254  原创 42", "chrome:navigation"),
        ("浏览 6.8万", "chrome:share"),
        ("【本场发布会结束】", "chrome:navigation"),
        ("下载北京日报客户端，看更多北京资讯", "chrome:share"),
        (">> 相关新闻", "chrome:related"),
        ("Ministry of Natural Resources of the People's Republic of China", "chrome:footer"),
        ("国家市场监督管理总局 State Administration for Market Regulation", "chrome:footer"),
        ("— 发 布 内 容 —", "chrome:separator"),
        ("▼", "chrome:separator"),
        ("更多精彩内容请进入财经频道", "chrome:share"),
        ("本文为红网原创文章，转载请附上原文出处链接和本声明。", "chrome:footer"),
        ("本文链接：https://hn.rednet.cn/content/646702/87/13829164.html", "chrome:footer"),
        ("编辑：陈思  二审：王颖  三审：杨波", "chrome:footer"),
        ("（图文：红网时刻新闻记者 曾琳 刘洋 摄影：李锐）", "chrome:footer"),
        ("字号 A+ A-　　分享", "chrome:share"),
        ("直播状态：已结束　参与人数：12,604", "chrome:navigation"),
        ("（访谈结束）", "chrome:navigation"),
        ("访谈状态：已结束", "chrome:navigation"),
        ("文字：张昊　图片：刘一鸣　　编审：高静", "chrome:footer"),
        ("编辑：小安 | 审核：陈立", "chrome:footer"),
        ("一起来看↓↓↓", "chrome:share"),
        ("【大】【中】【小】　　　【打印】【关闭】　　分享至：", "chrome:share"),
        ("（本站編輯：陳怡　校對：李潔）", "chrome:footer"),
        ("本文轉載自廈門市人民政府網站　原文鏈接已失效　轉碼時間：2024/06/12", "chrome:footer"),
        ("（责任编辑：陈　洁）", "chrome:footer"),
        ("【编辑：黎晓】【校对：孟岩】", "chrome:footer"),
        ("责任编辑：何静　　　　【纠错】", "chrome:footer"),
        ("【打印此文】【关闭窗口】", "chrome:share"),
        ("【我要列印】【關閉】", "chrome:share"),
        ("您所在的位置：澄州新闻网 > 澄州要闻", "chrome:navigation"),
        ("今天是：2009年11月13日 星期五", "chrome:navigation"),
        ("南江市人民政府门户网站", "chrome:navigation"),
        ("视频直播　　图片直播　　文字直播　　【刷新】　自动刷新：开 关", "chrome:navigation"),
        ("视频直播 | 图片直播 | 文字实录", "chrome:navigation"),
        ("图片直播 >>　视频回放 >>", "chrome:navigation"),
        ("【直播结束】", "chrome:navigation"),
        ("【打印此页】【关闭窗口】　　　责任编辑：彭佳音", "chrome:footer"),
        ("【责任编辑：刘晓丹】　　【打印本页】【关闭窗口】", "chrome:footer"),
        ("国家统计局临江调查队 >> 数据发布 >> 数据解读", "chrome:navigation"),
        ("· 23 ·", "chrome:page number"),
        ("（柏原市人民政府新闻办公室供稿）", "chrome:footer"),
        ("（根据录音整理，未经本人审阅）", "chrome:footer"),
        # a social-media post's frame
        ("青澜发布 V", "chrome:navigation"),
        ("12-14 10:02 来自 微博 weibo.com 已编辑", "chrome:navigation"),
        ("转发 1.2万 | 评论 3456 | 赞 2.8万", "chrome:navigation"),
        ("转发理由：家乡加油！//@安澜发布:关注", "chrome:navigation"),
        ("收起全文d", "chrome:navigation"),
        # editors' and source fields bracketed or not, in any bracket; a related list on its heading's line
        ("〔责任编辑：陈晓芸〕", "chrome:footer"),
        ("【本文来源：生态环境部】 编辑：李明轩", "chrome:footer"),
        ("【相关阅读】东湖市2020年高标准农田建设项目公示｜秋收秋种技术指导意见", "chrome:related"),
        ("相关阅读 | 东湖市第三届生态文明论坛开幕 | 2024东湖马拉松报名开启", "chrome:related"),
    ],
)
def test_chrome_lines_are_dropped(line, reason):
    doc = cleaned("\n".join([ARTICLE[0], line, ARTICLE[3]]))
    assert doc.text == ARTICLE[0] + "\n" + ARTICLE[3]
    assert reason in reasons(doc)


@pytest.mark.parametrize("line", ["2025-07-18 16:05:21  来源：四川省应急管理厅  【大】【中】【小】 【打印】 【关闭】",
                                  "2025-06-04 01:12  来源：中国江苏网  编辑：周倩  [我要纠错]"])
def test_a_line_of_page_data_with_its_buttons_goes_its_date_stays(line):
    doc = cleaned("\n".join([ARTICLE[0], line, ARTICLE[3]]))
    assert "来源" not in doc.text and line[:10] in doc.text


def test_a_posts_time_and_senders_province_go_its_date_stays():
    doc = cleaned("\n".join([ARTICLE[0], "2024-05-06 18:42  浙江", ARTICLE[3]]))
    assert "浙江" not in doc.text and "2024-05-06" in doc.text
    assert "chrome:navigation" in reasons(doc)


def test_menu_block_takes_its_short_neighbours():
    text = "\n".join(["网站首页 新闻 国内 国际 河南", " 本地日报 手机报 微视频", " 经典山阳 小记者 论坛", ARTICLE[0]])
    assert cleaned(text).text == ARTICLE[0]


def test_a_flattened_tables_rows_are_content_not_a_menu():
    table = ["项目\t2023年\t2024年\t变化", "PM2.5（微克/立方米）\t35\t32\t-8.6%", "二氧化氮\t27\t25\t-7.4%", "二、水环境"]
    text = "\n".join([ARTICLE[0], *table, ARTICLE[3]])
    assert cleaned(text).text == text
    # a menu beside it still goes
    assert cleaned("\n".join(["网站首页 新闻 国内 国际 河南", *table])).text == "\n".join(table)
    # cells with units and magnitudes, or a change word, are cells too
    rows = ["床位 4.71万张 4.86万张 3.2%", "医生 2.5万人 2.7万人 8.0%", "收入 15551元 16920元 增长8.8%"]
    text = "\n".join([ARTICLE[0], *rows, ARTICLE[3]])
    assert cleaned(text).text == text
    # a header of words above the rows, and a row whose empty cells are dashes
    rows = ["指标名称\t单位\t绝对量\t同比增长（%）", "地区生产总值\t亿元\t1862.35\t5.2", "固定资产投资\t—\t—\t-2.7",
            "进出口总额\t亿元\t318.4\t12.8"]
    text = "\n".join([ARTICLE[0], *rows, ARTICLE[3]])
    assert cleaned(text).text == text


def test_a_content_paragraph_with_chrome_words_is_kept():
    paragraph = (
        "为方便群众反映问题,我们开通了举报电话和微信公众号,今年以来共受理群众投诉一千二百件,"
        "办结率百分之百,并对未经许可擅自排污的十二家企业依法立案查处,版权意识宣传也同步开展。"
    )
    doc = cleaned(paragraph)
    assert doc.text == paragraph


@pytest.mark.parametrize("sentence", [
    "第三，我们开通了秸秆收储服务热线0512-66138800，农户可以预约上门收储。",
    "温婉清表示，举报电话为0871-63345210，欢迎社会各界监督。",
    # a sentence that opens like a contact line, or names an account, is still what was said
    "整改情况社会监督电话：0871-63921157，欢迎社会各界监督。",
    "第十二条　举报人可以通过12345热线、“青岚环保”微信公众号或者来信来访方式举报。举报电话：0793-6251234。",
])
def test_a_sentence_that_gives_a_hotline_is_kept(sentence):
    assert cleaned("\n".join([ARTICLE[0], sentence])).text == ARTICLE[0] + "\n" + sentence


def test_a_portals_report_line_is_chrome():
    for line in ("违法和不良信息举报电话：12377", "举报电话：0871-63345210", "关注该公众号", "欢迎关注“青岚环保”微信公众号"):
        assert cleaned("\n".join([ARTICLE[0], line])).text == ARTICLE[0]


def test_related_articles_after_a_button_on_the_heading_line_are_chrome():
    text = "\n".join([ARTICLE[0], "【我要纠错】 相关新闻：", "· 国新办举行上半年经济运行发布会", "· 水利部：全力做好防汛抗旱工作"])
    assert cleaned(text).text == ARTICLE[0]
    # a sidebar of most-read stories, and visitors' comments under 网友留言
    text = "\n".join([ARTICLE[0], "热门点击", "1　我市再添2个国家4A级旅游景区　　3681", "2　市区新增公交线路3条　　2210"])
    assert cleaned(text).text == ARTICLE[0]
    text = "\n".join([ARTICLE[0], "网友留言（3）", "小城故事：为家乡的蓝天点赞！　06-05 10:12"])
    assert cleaned(text).text == ARTICLE[0]
    # an e-paper's other stories on the page ("本版其他新闻："), whose colon reads like a speaker's label
    text = "\n".join([ARTICLE[0], "本版其他新闻：", "· 全市一季度经济运行情况新闻发布会召开", "· 市政府召开常务会议 研究部署安全生产工作"])
    assert cleaned(text).text == ARTICLE[0]


def test_a_wechat_articles_earlier_posts_are_chrome_even_when_they_exclaim():
    text = "\n".join([ARTICLE[0], "往期推荐", "▶ 重磅！地铁3号线最新进展来了", "▶ 五一假期接待游客286.4万人次"])
    assert cleaned(text).text == ARTICLE[0]


def test_who_ran_the_live_text_or_wrote_it_down_is_cut_from_the_line():
    for credit in ("（图文直播：湘沅网记者 张三 李四）", "（文字整理：国防部网记者 陈晓 张楠）", "（县融媒体中心记者 吴桐 文/图）"):
        assert cleaned(ARTICLE[0] + "\n谢谢大家。" + credit).text.endswith("\n谢谢大家。")


def test_comments_after_a_heading_with_a_count_are_chrome():
    text = "\n".join([ARTICLE[0], "网友评论（0）   我要评论", "网友：老乡  2024-06-05 10:25", "新能源发展真快，点赞！"])
    assert cleaned(text).text == ARTICLE[0]


def test_two_word_title_after_text_is_not_a_menu():
    doc = cleaned("新闻发布会 实录\n" + ARTICLE[2])
    assert doc.text.startswith("新闻发布会 实录")


def test_counter_is_cut_inside_a_line_and_the_date_stays():
    doc = cleaned("文章来源:发布时间:2024年07月26日 点击数: 9730 次\n" + ARTICLE[0])
    assert "点击数" not in doc.text and "9730" not in doc.text
    assert "2024年07月26日" in doc.text
    assert "chrome:counter" in reasons(doc)


@pytest.mark.parametrize("counter", ["浏览量：2,518次", "浏览量：6.2万", "阅读：1.5万次"])
def test_a_counter_with_thousands_separators_or_in_tens_of_thousands_is_cut_whole(counter):
    doc = cleaned("发布时间：2023年06月06日 15:40:22　　" + counter + "\n" + ARTICLE[0])
    assert counter[-3:] not in doc.text and "2023年06月06日" in doc.text


def test_spaces_that_set_numbers_apart_from_chinese_words_are_dropped_and_accounted_for():
    line = "全市筹集保障性租赁住房 2.34 万套，改造老旧小区 186 个，住房成交面积同比下降 14.6%。"
    doc = cleaned(ARTICLE[0] + "\n" + line)
    assert doc.text.endswith("全市筹集保障性租赁住房2.34万套，改造老旧小区186个，住房成交面积同比下降14.6%。")
    assert doc.cleaning.chars_in - doc.cleaning.chars_kept == 5
    # one stray space is no habit of the page; a live-text stamp keeps its space
    assert cleaned(ARTICLE[0] + "\n共有 3个。").text.endswith("共有 3个。")
    stamped = "\n".join(["15:01 王刚：优良天数 300 天。", "15:03 李红：水质达标 12 个。", "15:05 王刚：下降 5%。"])
    assert "15:01 王刚" in cleaned(stamped).text


def test_date_is_rescued_from_a_navigation_line():
    doc = cleaned("3上一篇  下一篇4 2016 年9月24日 星期 放大 缩小 默认\n" + ARTICLE[0])
    assert doc.text.startswith("2016 年9月24日\n")
    assert "上一篇" not in doc.text and "放大" not in doc.text


def test_a_separator_ending_a_paragraph_is_cut():
    doc = cleaned(ARTICLE[0] + " |\n" + ARTICLE[2] + "｜\n[10:02] | [主持人] 现在开始。")
    assert doc.text == ARTICLE[0] + "\n" + ARTICLE[2] + "\n[10:02] | [主持人] 现在开始。"
    assert "chrome:separator" in reasons(doc)


@pytest.mark.parametrize("line", ["Question in English about carbon market.", "Can you confirm the date of the talks?"])
def test_a_question_in_english_is_no_menu(line):
    assert cleaned(line + "\n" + ARTICLE[2]).text.startswith(line)


def test_english_as_a_menu_link_is_still_chrome():
    assert "English" not in cleaned("中文 | English\n" + ARTICLE[2]).text


def test_a_label_line_and_a_sentence_with_a_link_are_kept():
    for line in ("Reporter:", "主持人：", "详见http://www.example.gov.cn/a.htm。", "标题：南湖市召开新闻发布会"):
        assert cleaned(line + "\n" + ARTICLE[2]).text.startswith(line)


@pytest.mark.parametrize(
    "spam",
    [
        "亚洲欧美精品,精品久久久久久无码中文字幕一区,极品美女销魂一区二区三区",
        "日韩午夜福利视频,国产精品久久,无码高清在线观看",
        "澳门新葡京娱乐场官网 www.xpj888.com 注册送38元",  # a casino's ad between two turns
    ],
)
def test_seo_spam_line_is_dropped(spam):
    doc = cleaned(spam + "\n" + ARTICLE[0])
    assert doc.text == ARTICLE[0]
    assert "chrome:spam" in reasons(doc)


def test_innocent_lines_with_one_spam_word_stay():
    for line in ("亚洲、欧洲和非洲代表出席。", "我市精品旅游线路推介会举行", "国产设备占比达到百分之八十。",
                 "详情请登录市政府官网 www.example.gov.cn 查询", "福利彩票销售额增长5%。"):
        assert cleaned(line).text == line


# ---------------------------------------------------------------- duplicate article
def test_article_printed_twice_is_dropped_once():
    first = ["更新时间:2021-1-23 10:16:14"] + ARTICLE
    second = ["2021-1-23 10:16:14"] + ARTICLE
    text = "\n\n".join(["网站首页 新闻 国内 国际 河南"] + first + ["版权所有:某某日报社"] + second + ["豫ICP备12345678号"])
    doc = cleaned(text)
    assert doc.cleaning.duplicate_blocks == 1
    for line in ARTICLE:
        assert doc.text.count(line) == 1, line
    dup = [d for d in doc.cleaning.drops if d.reason == "duplicate_article"]
    assert len(dup) == 1 and ARTICLE[3] in text[dup[0].start:dup[0].end]


def test_the_less_damaged_copy_is_kept():
    damaged = list(ARTICLE)
    damaged[4] = "。ㄒ唬┠木哿、全市地表水國控断面" + "\ue439" * 3
    text = "\n".join(damaged + ["分享到:"] + ARTICLE)
    doc = cleaned(text)
    assert doc.cleaning.duplicate_blocks == 1
    assert ARTICLE[4] in doc.text and "\ue439" not in doc.text


def test_a_long_paragraph_printed_twice_is_dropped_once():
    para = "今年以来，全市深入打好污染防治攻坚战，优良天数达到286天，同比增加12天。" * 18
    doc = cleaned(f"市生态环境局新闻发布会\n{para}\n{para}\n")
    assert doc.text == f"市生态环境局新闻发布会\n{para}"
    assert doc.cleaning.duplicate_blocks == 1


def test_a_lead_printed_twice_in_a_row_is_dropped_once_and_a_short_repeat_stays():
    lead = "本报讯（记者 唐晓峰）6月7日下午，市政府召开碧澄湖蓝藻应急处置工作新闻发布会，通报应急处置进展情况，市供水公司负责人介绍了城区供水水质情况。"
    doc = cleaned(f"碧澄湖蓝藻应急处置取得阶段性成效\n{lead}\n\n{lead}\n应急期间全市共调集纯净水42万桶。\n")
    assert doc.text.count(lead) == 1 and doc.cleaning.duplicate_blocks == 1
    said = "主持人：谢谢。请继续提问。"  # words a host may well say twice
    doc = cleaned(f"市生态环境局新闻发布会\n{said}\n{said}\n")
    assert doc.text.count(said) == 2


def test_the_headline_printed_again_as_a_running_header_is_dropped():
    head = "在全市安全生产和生态环境保护工作会议上的讲话"
    src = (f"{head}\n市长　祁文博\n同志们：今天召开全市安全生产和生态环境保护工作会议。\n{head}\n"
           "今年以来全市安全生产形势总体平稳。\n")
    doc = cleaned(src)
    assert doc.text.count(head) == 1 and doc.text.startswith(head)
    # a speaker's short words said twice are no headline
    said = "谢谢大家。"
    assert cleaned(f"{said}\n王刚：今年全市优良天数达到300天。\n{said}\n").text.count(said) == 2


def test_two_long_lines_printed_twice_are_dropped_once():
    block = "主持人：" + "各位记者朋友，欢迎出席今天的发布会。" * 16 + "\n王建国：" + "全市完成治理项目46项，投入资金1.2亿元。" * 16
    doc = cleaned(block + "\n" + block + "\n")
    assert doc.text == block
    assert doc.cleaning.duplicate_blocks == 1


def test_an_e_paper_headline_list_is_chrome_when_its_article_follows():
    page_text = ("全市土壤污染防治推进会召开\n我市一季度经济指标实现良好开局\n高新区集中签约项目18个\n市领导调研春季农业生产\n"
                 "上一期　下一期　版面导航\n全市土壤污染防治推进会召开\n本报讯（记者 陈思远）5月9日下午，全市土壤污染防治推进会召开。"
                 "市委书记方志远出席会议并讲话。\n")
    doc = cleaned(page_text)
    assert doc.text.startswith("全市土壤污染防治推进会召开\n本报讯")
    assert "高新区集中签约项目18个" not in doc.text
    assert any(d.rule.startswith("headline list") for d in doc.cleaning.drops)


def test_short_lines_atop_a_transcript_are_not_a_headline_list():
    page_text = ("市生态环境局新闻发布会\n2024年3月15日\n市新闻发布厅\n主持人：\n各位记者朋友，大家上午好！\n"
                 "王建国：\n全市优良天数达到286天。\n")
    assert cleaned(page_text).text == page_text.strip()


def test_repeated_short_lines_are_not_an_article():
    text = "\n".join(["谢谢大家!", "下面由我来回答这位记者朋友的提问。"] * 6)
    doc = cleaned(text)
    assert doc.cleaning.duplicate_blocks == 0
    assert doc.text.count("谢谢大家!") == 6


# ---------------------------------------------------------------- pinyin glosses
def test_glosses_are_removed_after_characters():
    doc = cleaned("焦作新聞發(fā)布會(huì)在市會(huì)議中心舉行,生態(tài)環(huán)境(jìng)持續(xù)改善。")
    assert doc.text == "焦作新聞發布會在市會議中心舉行,生態環境持續改善。"
    assert doc.cleaning.glosses_removed == 7
    assert {d.reason for d in doc.cleaning.drops} == {"pinyin_gloss"}


def test_a_glossing_mirrors_toneless_glosses_go_too_and_its_glossed_chrome_is_chrome():
    doc = cleaned("焦作新聞發(fā)布會(huì)\n[打印] [關(guān)閉] [收藏]\n我們(men)會進(jìn)一步了解生態(tài)環境。")
    assert doc.text == "焦作新聞發布會\n我們會進一步了解生態環境。"
    # a page that glosses nothing keeps "(me)"
    assert cleaned("市場(me)主體").text == "市場(me)主體"


def test_full_width_gloss_parentheses():
    assert cleaned("戰（zhàn）略與發(fā)展").text == "戰略與發展"


@pytest.mark.parametrize(
    "kept",
    ["李旭華(主持人):", "較省定目標(106)低9微克", "各縣(市、區)", "(一)凝心聚力", "十三五初期(2016年)改善",
     "分散控制系統(DCS系統)", "(a)項", "方法(fa)"],
)
def test_real_parentheses_stay(kept):
    doc = cleaned(kept)
    assert doc.text == kept
    assert doc.cleaning.glosses_removed == 0


def test_damaged_character_restored_from_its_gloss():
    doc = cleaned("市委通報(bào)了情況。\n大眾日?(bào)記者提問。")
    assert "大眾日報記者" in doc.text
    assert doc.cleaning.glosses_restored == 1
    restored = [s for s in doc.cleaning.damaged if s.label == "restored"]
    assert len(restored) == 1 and doc.text[restored[0].start:restored[0].end] == "報"


def test_ambiguous_gloss_is_not_restored():
    doc = cleaned("報(bào)告與保(bǎo)護,爆(bào)炸。\n日?(bào)記者")
    assert doc.cleaning.glosses_restored == 0
    assert "日?記者" in doc.text


def test_gloss_after_damaged_character_with_lost_parenthesis():
    doc = cleaned("2023-12-13 15:19 大眾日?qǐng)?bào)記者 大氣質量問題")
    assert "大眾日??記者" in doc.text
    assert doc.cleaning.glosses_removed == 2


def test_a_page_mostly_in_another_language_is_read_with_a_warning():
    english = ("Foreign Ministry Spokesperson's Regular Press Conference\nCCTV: Could you share more details "
               "on the visit of the delegation next week?\nSpokesperson: The two sides will sign documents on "
               "trade, climate change and people-to-people exchanges during the visit. ") * 2
    doc = cleaned(english)
    assert [w for w in doc.warnings if w.startswith("little Chinese text (0 Chinese characters beside")]
    # a Chinese page that quotes English, and a short English line, are Chinese pages
    assert not [w for w in cleaned("外交部发言人答记者问。" * 20 + english).warnings if "little Chinese" in w]
    assert not [w for w in cleaned("Press Conference on Air Quality\n全市空气质量持续改善。").warnings
                if "little Chinese" in w]


# ---------------------------------------------------------------- damaged characters
def test_mojibake_is_kept_and_recorded():
    text = "2020年,全市4個國(。┛厮\ue1b0|斷面全部達到考核目標。\n。ㄓ浾 姚廣強)\n確?諝賓|量持續改善。"
    doc = cleaned(text)
    assert doc.text == text
    spans = [s for s in doc.cleaning.damaged if s.label == "damaged"]
    assert len(spans) == 3
    assert all(s.end > s.start for s in spans)


def test_real_question_marks_are_not_damage():
    doc = cleaned("請問你們採取了哪些措施?請介紹一下。您認為呢? 謝謝。")
    assert doc.cleaning.damaged == ()


def test_replacement_character_is_damage():
    doc = cleaned("市生態\ufffd境局")
    assert len(doc.cleaning.damaged) == 1


# ---------------------------------------------------------------- markup
def test_html_tags_scripts_styles_and_entities():
    src = (
        "<html><head><title>发布会实录</title><style>p{color:red}</style>"
        "<script>var a = '<p>不是正文</p>';</script></head><body>"
        "<!-- 注释 --><div class='nav'><p>第一段&nbsp;正文&amp;附件</p><p>第二段 &lt;重要&gt;</p>"
        "<noscript>请启用脚本</noscript><br/>第三段&#x4E2D;&#25991;</div></body></html>"
    )
    doc = cleaned(src, html=True)
    assert doc.text == "发布会实录\n第一段\xa0正文&附件\n第二段 <重要>\n第三段中文"
    rs = reasons(doc)
    assert {"markup:script", "markup:style", "markup:comment", "markup:tag", "markup:entity"} <= rs
    assert "不是正文" not in doc.text and "请启用脚本" not in doc.text


def test_html_nav_and_footer_elements_are_chrome():
    src = "<nav><a>首页</a><a>新闻</a></nav><p>正文内容。</p><footer>版权所有 某某网</footer>"
    doc = cleaned(src, html=True)
    assert doc.text == "正文内容。"
    assert {"chrome:navigation", "chrome:footer"} <= reasons(doc)


def test_link_only_lines_are_navigation():
    src = (
        "<p>市城市管理局举行新闻发布会，通报垃圾分类进展。全市回收利用率达到38.6%。</p>"
        "<p>详见<a href='/a'>生活垃圾分类条例</a>全文。</p>"
        "<h3>相关链接</h3><ul><li><a href='/1'>南湖市2022年第一季度例行新闻发布会</a></li>"
        "<li><a href='/2'>生活垃圾分类工作情况新闻发布会</a></li></ul>"
    )
    doc = cleaned(src, html=True)
    assert doc.text == "市城市管理局举行新闻发布会，通报垃圾分类进展。全市回收利用率达到38.6%。\n详见生活垃圾分类条例全文。"
    assert any(d.rule == "link-only line" for d in doc.cleaning.drops)


def test_a_linked_sentence_is_kept():
    doc = cleaned("<p><a href='/x'>全市空气质量持续改善，优良天数同比增加19天。</a></p>", html=True)
    assert doc.text == "全市空气质量持续改善，优良天数同比增加19天。"


def test_remains_of_a_cut_tag_are_removed():
    doc = cleaned('附件: target="_blank" style="font-size: 14px;">整改任务进展情况.doc')
    assert doc.text == "附件: 整改任务进展情况.doc"


def test_unclosed_script_runs_to_the_end():
    doc = cleaned("<p>正文。</p><script>var x = 1;", html=True)
    assert doc.text == "正文。"


# ---------------------------------------------------------------- script
def test_script_detection_and_aligned_simplified_copy():
    trad = cleaned("市生態環境局黨組成員、副局長李博先生介紹有關情況。")
    assert trad.script == "traditional"
    assert trad.simplified == "市生态环境局党组成员、副局长李博先生介绍有关情况。"
    simp = cleaned("市生态环境局党组成员介绍情况。")
    assert simp.script == "simplified" and simp.simplified == simp.text
    assert detect_script("") == "simplified"
    for text in ("頭髮乾燥後來理髮", "雲層裏的鐘錶", "abc 123"):
        assert len(to_simplified(text)) == len(text)


# ---------------------------------------------------------------- errors and properties
def test_nothing_left_raises():
    with pytest.raises(EmptyAfterCleaning) as info:
        clean(page("网站首页 新闻 国内 国际\n版权所有:某某网\n\n"))
    assert "\n" not in str(info.value)


def test_cleaning_is_idempotent_on_its_output():
    doc = cleaned("\n".join(["网站首页 新闻 国内 国际 河南", *ARTICLE, "责任编辑:张三"]))
    again = cleaned(doc.text)
    assert again.text == doc.text


PIECES = st.sampled_from(
    ["發", "(fā)", "(主持人)", "報", "?", "(bào)", "\n", " ", "\u3000", "<p>", "</div>", "&amp;", "&nbsp;",
     "<script>x</script>", "<!--c-->", "版权所有", "网站首页 新闻 国内 国际", "点击数:12次", "2024年1月2日",
     "上一篇", "。ㄓ", "\ue1b0", "\ufffd", "|", "精品久久无码", ".jpg", "abc", "12", "(", ")", "\r\n"]
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(PIECES, st.text(max_size=6)), max_size=40), st.booleans())
def test_never_raises_and_accounts_for_every_character(parts, html):
    text = "".join(parts)
    try:
        doc = clean(page(text, html))
    except EmptyAfterCleaning:
        return
    check_accounting(doc, text)


# ---------------------------------------------------------------- corpus
def corpus(name: str) -> tuple[Page, Document]:
    p = read_page(CORPUS / name)
    return p, clean(p)


@pytest.mark.parametrize("path", sorted(CORPUS.glob("*.txt")), ids=lambda p: p.name)
def test_corpus_accounting(path):
    p = read_page(path)
    doc = clean(p)
    check_accounting(doc, p.text)


def test_jiaozuo_2021_conference():
    p, doc = corpus("jiaozuo-2021-01-22-ecology-conference.txt")
    text = doc.text
    assert doc.script == "traditional"
    assert "chrome:spam" in reasons(doc) and "精品" not in text and "无码" not in text
    assert "網站首頁" not in text and "您現在的位置" not in text and "掃一掃" not in text
    assert "ICP" not in text and "版權所有" not in text and "免責聲明" not in text and "文章編輯" not in text
    assert doc.cleaning.duplicate_blocks == 1
    assert text.count("市委宣傳部新聞發布辦主任李旭華(主持人):") == 1
    assert text.count("下面由我來回答這位記者朋友的提問。") == 5
    assert "新聞發布會" in text and "(fā)" not in text and "(huán)" not in text
    assert doc.cleaning.glosses_removed > 400
    damaged = [s for s in doc.cleaning.damaged if s.label == "damaged"]
    assert len(damaged) >= 2
    assert "姚廣強" in text and "。ㄓ浾" in text
    assert "(主持人)" in text and "(106)" in text and "(一)" in text
    assert "PM10濃度97微克/立方米" in text
    assert "14012713" not in text and "41120180801" not in text


def test_langfang_counter_and_image_line():
    p, doc = corpus("langfang-2024-07-26-ecology-conference.txt")
    assert "点击数" not in doc.text and "9730" not in doc.text
    assert ".jpg" not in doc.text and "29ddc4004459c0793b904c2d44b2fb8" not in doc.text
    assert "2024年07月26日" in doc.text
    assert "打印 放大" not in doc.text and "主页 >" not in doc.text and "责任编辑" not in doc.text
    assert "廊坊市生态环境局党组书记、局长尹崧:" in doc.text
    assert doc.script == "simplified"


def test_taian_live_text():
    p, doc = corpus("taian-2023-12-13-live-text-conference.txt")
    assert doc.script == "traditional"
    assert "新聞發布會" in doc.text and "(huì)" not in doc.text
    assert doc.cleaning.glosses_removed > 500
    assert "大眾日" in doc.text
    assert doc.text.count("2023-12-13 15:") == p.text.count("2023-12-13 15:")


def test_jiaozuo_2016_news_page():
    p, doc = corpus("jiaozuo-2016-09-24-air-meeting-news.txt")
    for gone in ("10658300", "3元/月", "8797395", "14012713", "分享到", "上一篇", "微信公众号"):
        assert gone not in doc.text, gone
    assert "王小平强调" in doc.text and "徐衣显在讲话中指出" in doc.text
    assert "2016 年9月24日" in doc.text


def test_jiaozuo_2023_report():
    p, doc = corpus("jiaozuo-2023-05-29-inspection-report.txt")
    assert "阅读量" not in doc.text and 'target="_blank"' not in doc.text
    assert "来源:焦作市生态环境局 添加时间: 2023-05-29 17:32:38" in doc.text
    assert doc.text.startswith("焦作市贯彻落实省委生态环境保护督察整改情况的报告")


def test_drops_keep_their_text_for_later_stages():
    p, doc = corpus("langfang-2024-07-26-ecology-conference.txt")
    nav = [d for d in doc.cleaning.drops if d.reason == "chrome:navigation"]
    assert nav and all(d.text == p.text[d.start:d.end] for d in nav)


def test_markdown_bold_and_heading_marks_are_dropped_and_accounted_for():
    src = ("# 滨江市防汛新闻发布会\n\n**主持人 金鑫：** 首先请许波局长介绍。\n\n**许波：** 全市降雨量286毫米。\n\n"
           "**滨江日报记者：** 请问今年汛期趋势如何？\n")
    doc = cleaned(src)
    assert "*" not in doc.text and "#" not in doc.text
    assert doc.text.startswith("滨江市防汛新闻发布会") and "主持人 金鑫： 首先" in doc.text
    marks = [d for d in doc.cleaning.drops if d.reason == "markup:markdown"]
    assert sum(d.end - d.start for d in marks) == src.count("*") + len("# ")


def test_list_item_markers_are_dropped_and_accounted_for():
    src = ("国家卫健委新闻发布会\n出席人员：\n- 国家卫生健康委医政司司长 邵文华\n- 中国疾控中心研究员 王亮\n"
           "* 主持人：国家卫健委新闻发言人 米丰\n气温 - 5℃\n- 2 -\n米丰：各位记者朋友，大家下午好。\n")
    doc = cleaned(src)
    assert "\n国家卫生健康委医政司司长 邵文华" in doc.text and "\n主持人：国家卫健委" in doc.text
    assert "气温 - 5℃" in doc.text
    marks = [d for d in doc.cleaning.drops if d.reason == "markup:markdown"]
    assert [src[d.start:d.end] for d in marks] == ["- ", "- ", "* "]


def test_a_lone_star_pair_or_hashtag_is_not_markdown():
    src = "市生态环境局新闻发布会\n密码为**，#蓝天保卫战#话题阅读量3万。\n王刚：全市优良天数300天。\n"
    doc = clean(page(src))
    assert "**" in doc.text and "#蓝天保卫战#" in doc.text


def test_a_counter_word_in_prose_is_speech_and_a_counter_with_its_count_is_chrome():
    src = ("东湖市政务公开新闻发布会\n发布时间：2024-01-02 浏览次数：\n来源：本站 阅读量 3521 次\n"
           "田野：政务微博总阅读量达1.2亿次，网站访问量同比增长30%。\n")
    doc = cleaned(src)
    assert "总阅读量达1.2亿次，网站访问量同比增长30%" in doc.text
    assert "浏览次数" not in doc.text and "3521" not in doc.text


def test_the_accessibility_link_is_chrome_and_the_word_in_speech_is_speech():
    doc = cleaned("标题\n首页 | 无障碍 | 繁体版\n【无障碍】\n王刚：今年完成无障碍设施改造1.2万户。\n")
    assert doc.text == "标题\n王刚：今年完成无障碍设施改造1.2万户。"


def test_box_drawing_rules_are_dividers_not_mojibake():
    doc = cleaned("人社局新闻发布会\n━━━━━━━━━━━━\n王刚：全市新增就业1.2万人。\n────────────\n═══════\n记者：请问王局长，下一步？\n")
    assert "━" not in doc.text and "─" not in doc.text and "═" not in doc.text
    assert doc.cleaning.damaged == () and dropped_lines(doc, "chrome:separator") == {"━━━━━━━━━━━━", "────────────", "═══════"}


def test_page_numbers_of_a_converted_document_are_chrome():
    src = ("东湖市生态环境新闻发布会\n田野：全市优良天数为298天，同比\n增加12天。\n- 2 -\n"
           "记者：请问田局长，下一步怎么做？\n— 3 —\n田野：继续治理。\n第4页 共5页\nPage 5/5\n6/5\n12\n")
    doc = cleaned(src)
    assert dropped_lines(doc, "chrome:page number") == {"- 2 -", "— 3 —", "第4页 共5页", "Page 5/5"}
    assert "\n6/5\n12" in doc.text  # a date or a number alone on its line stays


def test_a_running_header_with_its_page_number_is_chrome():
    src = ("东湖市生态环境新闻发布会\n田野：全市优良天数为298天。\n"
           "东湖市人民政府新闻办公室          第 1 页\n记者：请问田局长，下一步怎么做？\n"
           "- 2 -      东湖市人民政府新闻办公室\n田野：请翻到第3页，数据详见    第 5 页\n")
    doc = cleaned(src)
    assert dropped_lines(doc, "chrome:page number") == {"东湖市人民政府新闻办公室          第 1 页",
                                                         "- 2 -      东湖市人民政府新闻办公室"}
    assert "田野：请翻到第3页，数据详见    第 5 页" in doc.text  # a sentence, not a header
    doc = cleaned("东湖市生态环境新闻发布会\n田野：全市优良天数为298天。\n东湖市人民政府新闻办公室\u3000第2页/共3页\n"
                  "记者：请问田局长，下一步怎么做？\n田野：继续推进。\n")
    assert dropped_lines(doc, "chrome:page number") == {"东湖市人民政府新闻办公室\u3000第2页/共3页"}


WRAPPED = ("东湖市生态环境新闻发布会\n主持人：请田野局长介绍。\n"
           "田野：2022年，全市空气质量优良天数为298天，优良天数比例为81.6%，同比\n"
           "增加12天。PM2.5年均浓度为36微克/立方米，同比下降5.3%。全市15个国考断面\n"
           "水质优良比例为86.7%。我们推广低VOCs含量涂料，在夏季臭氧高发期实施错峰生\n"
           "产，并对全市80家重点企业开展挥发性有机物综合治理，治理投资超过1.2亿元。\n"
           "记者：请问田局长，今年在臭氧污染防治方面有什么新举措？要求企业使用Low\n"
           "VOC涂料吗？我们注意到全市臭氧浓度连续三年上升，群众对此十分关心，请介绍\n"
           "一下。\n田野：谢谢。\n")


def test_hard_wrapped_lines_of_a_converted_pdf_are_joined_and_accounted_for():
    doc = clean(page(WRAPPED))
    check_accounting(doc, WRAPPED)
    assert "同比增加12天" in doc.text and "错峰生产" in doc.text and "请介绍一下。" in doc.text
    assert "Low\nVOC" in doc.text  # between two Latin words the break is their space
    assert "主持人：请田野局长介绍。\n田野：" in doc.text  # a line that ends its sentence keeps its break
    joins = [d for d in doc.cleaning.drops if d.rule.startswith("hard line wrap")]
    assert len(joins) == 4


INDENTED = ("东湖市人民政府新闻办公室\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000东新发〔2024〕7号\n"
            "\u3000\u3000一、空气质量持续改善。上半年全市PM2.5平均浓度为31微\n"
            "克/立方米，同比下降8.8%，优良天数比例为84.5%，重污染\n"
            "天数为2天，同比减少3天。全市细颗粒物年平均浓度为2\n"
            "2.6微克/立方米，全市新建空气质量自动监测站17个，站点总\n"
            "数达到214个，覆盖全部乡镇街道和重点工业园区的周边区域。\n"
            "\u3000\u3000二、水环境质量稳定向好。全市国考断面水质优良率达到9\n"
            "1.2%，同比上升1.8个百分点，劣五类水体全面消除，城市集中\n"
            "式饮用水水源地水质达标率保持100%，群众满意度持续提升。\n")


def test_indented_paragraphs_a_padded_header_and_a_number_cut_in_two_are_joined():
    doc = clean(page(INDENTED))
    check_accounting(doc, INDENTED)
    # (the indent opens a paragraph: no column; the padded header passes the width: no veto)
    assert "31微克/立方米" in doc.text and "重污染天数" in doc.text and "城市集中式饮用水" in doc.text
    assert "浓度为22.6微克" in doc.text and "达到91.2%" in doc.text  # (digits cut in two are one number)
    assert [f.text for f in find_figures(doc.text, doc.simplified) if f.value in (22.6, 91.2)] == ["22.6微克/立方米",
                                                                                                    "91.2%"]


def test_a_numbered_item_or_a_short_label_on_the_next_line_starts_anew():
    src = ("省发展改革委就《若干措施》答记者问\n1.《若干措施》出台的背景是什么？\n民营经济是推进中国式现代化的生力军。\n"
           "2.主要包括哪些内容？\n共6个方面22条。\n解读机关：西川省发展和改革委员会\n解读人：省发展改革委副主任 刘德明\n")
    doc = cleaned(src)
    assert "答记者问\n1." in doc.text and "委员会\n解读人：" in doc.text


def test_a_page_of_one_paragraph_per_line_is_not_hard_wrapped():
    src = "\n".join(["市生态环境局新闻发布会"] + [
        "王刚：" + "全市优良天数达到三百天" * k + "，同比增加十二天" for k in (1, 3, 2, 5, 4, 6, 2, 3)])
    doc = clean(page(src))
    assert not [d for d in doc.cleaning.drops if d.rule.startswith("hard line wrap")]
    assert doc.text.count("\n") == src.count("\n")


def test_a_list_padded_to_one_width_is_not_hard_wrapped():
    items = ["·市政府新闻办举行2024年上半年生态环境保护工作新闻发布会\u3000\u3000\u3000\u3000\u30002024-07-18",
             "·“美丽临沧湾建设”系列新闻发布会（第二场）：生物多样性保护\u3000\u3000\u30002024-06-26",
             "·2024年一季度全市经济运行情况新闻发布会\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u30002024-04-22",
             "·2024年全市水生态环境保护工作新闻发布会\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u30002024-03-21",
             "·2023年全市生态环境质量状况新闻发布会\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u30002024-01-16"]
    src = "\n".join(["发布会实录"] + items)
    doc = clean(page(src))
    assert doc.text.count("\n") == src.count("\n")


def test_a_wechat_articles_foot_of_captions_credits_and_read_more_lists_is_chrome():
    body = ("市交通运输局新闻发布会\n主持人：请李志刚副局长介绍情况。\n李志刚：今年全市公交客运量达4.87亿人次。\n"
            "昆明日报记者：请问社区巴士何时扩大？\n李志刚：下一步将新增线路10条。\n主持人：今天的发布会到此结束。\n")
    foot = ("📷 图为发布会现场。\n图片：昆明日报 记者 何磊 摄\n记者：钱一鸣 戴丽\n编辑：俞凯  校对：王芳\n▼往期推荐▼\n"
            "秋冬季流感高发，这份防护指南请收好\n合肥新增3家互联网医院\n👉 中秋国庆出行指南来了！\n觉得不错，就点个“在看”吧\n")
    doc = cleaned(body + foot)
    assert doc.text == body.rstrip("\n")
    assert "记者：请问" in cleaned("记者：请问王局长，下一步怎么做？\n王刚：继续推进。\n").text  # a question, not a byline


PAGE = ("西川市防汛工作新闻发布会\n主持人：各位记者，上午好。\n高远：全市排查隐患点326处。\n西川日报记者：请问高局长，内涝点治理进展如何？\n"
        "高远：已完成改造29个。\n主持人：发布会到此结束。")


def test_a_page_that_prints_every_paragraph_twice_keeps_one_copy_of_each():
    doubled = "\n".join(line + "\n" + line for line in PAGE.split("\n"))
    doc = cleaned(doubled)
    assert doc.text == PAGE and doc.cleaning.duplicate_blocks == 6
    assert cleaned("主持人：谢谢。\n主持人：谢谢。\n王刚：全市排查隐患点326处。\n记者：请问进展如何？\n王刚：已完成。\n").text.count(
        "谢谢") == 2  # one line twice is no doubled page


@pytest.mark.parametrize("prefix", ["{n}\t", "{n} ", "> "])
def test_line_numbers_or_quote_marks_before_every_line_are_dropped(prefix):
    src = "\n".join(prefix.format(n=n) + line for n, line in enumerate(PAGE.split("\n"), 1))
    assert cleaned(src).text == PAGE
    assert cleaned("1 一是加强监测。\n3 三是强化执法。\n王刚：全市排查隐患点326处。\n").text.startswith("1 一是")  # a list


def test_readers_comments_under_the_article_are_chrome():
    src = ("市生态环境局新闻发布会\n王刚：上半年全市优良天数151天。\n记者：请问下半年有什么措施？\n王刚：帮扶120家企业。\n"
           "专家评论：这一成绩来之不易，网友评论也多为肯定。\n责任编辑：李丽\n网友评论\n网友“清水河”：空气确实变好了，点赞！\n"
           "江城网友：什么时候治理烧烤摊？\n发表评论 已有3条评论\n")
    doc = cleaned(src)
    assert "专家评论：这一成绩来之不易" in doc.text  # a sentence that mentions 评论 is no heading
    assert "点赞" not in doc.text and "烧烤摊" not in doc.text
    assert any(d.reason == "chrome:comments" for d in doc.cleaning.drops)


def test_script_and_style_left_without_their_tags_are_markup():
    src = ("body { font-family: \"Microsoft YaHei\", sans-serif; margin: 0; }\n江城市空气质量新闻发布会\n主持人：请王局长介绍。\n"
           "王刚：上半年PM2.5平均浓度为32微克/立方米。\n主持人：今天的新闻发布会到此结束。\nvar _hmt = _hmt || [];\n"
           "(function() { var hm = document.createElement(\"script\"); hm.src = \"https://hm.baidu.com/hm.js\"; })();\n"
           "function setFontSize(size){ document.getElementById(\"zoom\").style.fontSize = size + \"px\"; }\n")
    doc = cleaned(src)
    assert doc.text.startswith("江城市空气质量新闻发布会") and doc.text.rstrip().endswith("到此结束。")
    assert {d.reason for d in doc.cleaning.drops} == {"markup:code", "whitespace"}
    # a sentence that names a function or a variable is words
    assert "var" in cleaned("王刚：我们用var这个变量名，大家都知道，function也是。\n主持人：谢谢。\n").text


@pytest.mark.parametrize("caption", ["[图]东湖国家湿地公园内，白鹭在水面觅食。（东湖市林业局供图）", "▲东湖湿地公园。记者 孙悦 摄",
                                     "东湖湿地公园一角。新华社记者 孙悦 摄", "（点击图片查看大图）"])
def test_captions_with_their_credits_and_a_pictures_button_are_chrome(caption):
    doc = cleaned("市林业局新闻发布会\n主持人：请王局长介绍。\n王刚：全市湿地面积稳定在86.4万亩。\n" + caption +
                  "\n记者：请问保护措施？\n王刚：设立巡护员120名。\n")
    assert caption not in doc.text and any(d.reason == "chrome:image" for d in doc.cleaning.drops)


@pytest.mark.parametrize("ad", ["澳门博彩 官方直营 注册即送88元", "澳门新葡京 注册即送88元"])
def test_gambling_ads_between_the_turns_are_spam(ad):
    doc = cleaned("王刚：今年全市供水管网漏损率降至8.7%。\n" + ad + "\n记者：请问下一步？\n王刚：继续改造。\n")
    assert ad not in doc.text and any(d.reason == "chrome:spam" for d in doc.cleaning.drops)


def test_zoom_buttons_and_a_related_heading_with_its_headline_on_the_line_are_chrome():
    doc = cleaned("国务院新闻办新闻发布会\n【放大】【缩小】【打印】【分享到：】\n主持人：请王部长介绍。\n王刚：今年财政收入增长5%。\n"
                  "主持人：今天的发布会就到这里，谢谢大家。\n相关阅读  · 前三季度全国一般公共预算收入16.3万亿元\n")
    assert "放大" not in doc.text and "16.3万亿元" not in doc.text and doc.text.rstrip().endswith("谢谢大家。")


def test_runs_of_mojibake_from_a_double_decoding_are_damage():
    doc = cleaned("孙卫东：完成投资126.8亿锟斤拷，年节约标准煤约96万吨。烫烫烫\n记者：请问？\n孙卫东：好。\n")
    assert [doc.text[d.start:d.end] for d in doc.cleaning.damaged] == ["锟斤拷", "烫烫烫"]
    assert "锟斤拷" in doc.text  # (kept, and reported)


def test_a_words_pinyin_gloss_of_several_syllables_is_dropped():
    doc = cleaned("張偉：今年黑臉琵鷺（pí lù）來了3000隻，鸊鷉(pìtī)也有發(fā)現。\n記者：請問？\n張偉：好。\n")
    assert "今年黑臉琵鷺來了3000隻，鸊鷉也有發現。" in doc.text and doc.cleaning.glosses_removed == 3
    assert "(Beijing Declaration)" in cleaned("王刚：北京宣言(Beijing Declaration)已发布。\n记者：请问？\n王刚：好。\n").text


def test_a_comment_heading_amid_the_dialogue_drops_only_itself():
    src = ("市水务局新闻发布会\n主持人：请王局长介绍。\n王刚（市水务局局长）：今年全市供水管网漏损率降至8.7%。\n网友评论\n"
           "记者：请问王局长，供水能力如何？\n王刚（市水务局局长）：新增日供水能力8万吨。\n主持人：发布会到此结束。\n"
           "发表评论\n网友“清水河”：点赞！\n")
    doc = cleaned(src)
    assert "新增日供水能力8万吨" in doc.text and "发布会到此结束" in doc.text
    assert "网友评论" not in doc.text and "点赞" not in doc.text  # (the comments under the article still go)


def test_a_list_of_related_articles_is_chrome_up_to_the_first_sentence():
    src = ("市生态环境局新闻发布会\n王刚：上半年全市优良天数151天。\n相关新闻\n市长：全力推进城市更新行动\n"
           "国防部：坚决反对外舰擅闯领海\n会后，记者走访了多家企业，企业负责人表示将加快治理。\n")
    doc = cleaned(src)
    assert "市长：全力推进" not in doc.text and "国防部：" not in doc.text
    assert doc.text.endswith("企业负责人表示将加快治理。")  # the list ended at the first sentence
    assert sum(d.reason == "chrome:related" for d in doc.cleaning.drops) >= 1


def test_a_sidebars_related_links_before_the_article_leave_its_headline_and_byline():
    src = ("<html><body><div class='side'><h3>相关链接</h3><ul><li><a href='/a'>水利部</a></li>"
           "<li><a href='/b'>长江水利委员会</a></li></ul></div><div class='content'><h1>湖南省防汛抗旱新闻发布会实录</h1>"
           "<div>来源：水利厅办公室</div><p>主持人：各位记者朋友，下午好。</p><p>易朝晖：全省降雨偏多三成。</p></div></body></html>")
    doc = cleaned(src, html=True)
    assert "湖南省防汛抗旱新闻发布会实录" in doc.text and "水利部" not in doc.text


def test_a_hot_list_and_a_portals_browser_advice_after_the_article_are_chrome():
    src = ("市政府新闻发布会\n主持人：请王刚局长介绍。\n王刚：全市优良天数300天。\n主持人：发布会到此结束。\n热点排行\n"
           "全省水利系统安全生产推进会召开\n（建议使用IE9.0以上版本浏览器，1366×768分辨率）\n")
    assert cleaned(src).text.endswith("主持人：发布会到此结束。")


def test_font_size_buttons_in_full_width_brackets_are_chrome():
    doc = cleaned("生态环境部发布5月全国环境空气质量状况\n［大］［中］［小］ 打印\n5月，全国PM2.5平均浓度为25微克/立方米。\n")
    assert "［大］" not in doc.text


def test_a_reposts_section_markers_and_the_heading_of_its_qa_part_are_chrome():
    src = ("市交通局新闻发布会\n主持人：请李局长介绍。\n李志刚：全市新增公交线路18条。\n02\n答记者问\n#\n记者：何时扩大？\n"
           "李志刚：下一步将新增线路10条。\nPART.03\n主持人：发布会到此结束。\n")
    text = cleaned(src).text
    assert "\n02" not in text and "答记者问" not in text and "#" not in text and "PART" not in text
    assert "\n12\n" in cleaned("全市新增公交线路\n12\n条。\n记者：何时扩大？\n").text  # (a bare number stays)


def test_a_social_media_articles_captions_and_credits_are_chrome():
    src = ("权威发布 | 我市召开生态环境质量新闻发布会\n编辑 | 小绿\n审核丨张三\n▲发布会现场\n"
           "魏东：全市PM2.5年均浓度为31微克/立方米。\n▲全市优良天数达到300天，同比增加5天。\n")
    doc = cleaned(src)
    assert {d.reason for d in doc.cleaning.drops if "小绿" in d.text or "张三" in d.text} == {"chrome:footer"}
    assert [d.text.strip() for d in doc.cleaning.drops if d.reason == "chrome:image"] == ["▲发布会现场"]
    assert "▲全市优良天数达到300天，同比增加5天。" in doc.text  # a sentence after ▲ is content
    live = cleaned("【主持人】发布会现在开始。\n【图片】发布会现场\n[图]市统计局局长陈明\n【陈明】上半年全市增长5.6%。\n"
                   "【图片】“全市新增绿地120公顷，市民满意度明显提高。”\n")
    assert "".join(d.text for d in live.cleaning.drops if d.reason == "chrome:image").split() == [
        "【图片】发布会现场", "[图]市统计局局长陈明"]
    assert "【图片】“全市新增绿地120公顷" in live.text  # a sentence after the mark is content



def test_a_pictures_credit_inside_a_paragraph_is_chrome():
    doc = cleaned("王刚：优良天数300天。（图片来源：东湖发布）\n河道全部达标（记者 刘洋 摄）。监测点位12个（含3个国控点）。\n")
    assert [d.text for d in doc.cleaning.drops if d.reason == "chrome:image"] == ["（图片来源：东湖发布）", "（记者 刘洋 摄）"]
    assert doc.text == "王刚：优良天数300天。\n河道全部达标。监测点位12个（含3个国控点）。"


@pytest.mark.parametrize("line", [
    "【大 中 小】",
    "收藏 举报 分享",
    "责任编辑：戴若晴 图片编辑：沈佳",
    "澎湃新闻报料：021-962866",
    "#碳市场 #双碳",
    "抄送：省发展改革委，省工业和信息化厅。",
    "（联系人：王某，电话：0471-6945123）",
])
def test_a_portals_buttons_credits_tags_and_contacts_are_chrome(line):
    assert cleaned("\n".join([ARTICLE[0], line])).text == ARTICLE[0]


def test_one_hashtag_before_words_stays_a_headline():
    line = "#东湖市生态环境新闻发布会# 图文直播"
    assert cleaned("\n".join([line, ARTICLE[0]])).text.startswith(line)


def test_a_forum_posts_head_signature_and_the_replies_under_it_are_chrome():
    page = "\n".join(["楼主  绿水青山老顽童  发表于 2020-6-12 21:37  只看该作者",
                      "本帖最后由 绿水青山老顽童 于 2020-6-12 21:45 编辑", ARTICLE[0], "签名：保护环境，从我做起！",
                      "回复 #2  江边钓鱼翁  发表于 2020-6-12 22:03", "厨余垃圾分得出来，后面又混在一起运走了，这个怎么说？",
                      "回复 #3  小区业委会张姐  发表于 2020-6-13 08:21", "我们小区督导员只有2个人。"])
    assert cleaned(page).text == ARTICLE[0]


SRT = """1
00:00:01,000 --> 00:00:04,200
滨阳市人民政府新闻办公室新闻发布会

2
00:00:04,200 --> 00:00:08,500
主持人：各位记者朋友，大家上午好！

3
00:00:09,000 --> 00:00:13,800
韩卫东：全市国省控断面水质优良比例达到88.9%，

4
00:00:13,800 --> 00:00:19,400
同比提高5.6个百分点。
"""


def test_a_subtitle_files_cue_numbers_and_times_go_and_a_sentence_split_over_cues_runs_on():
    doc = cleaned(SRT)
    assert doc.text == ("滨阳市人民政府新闻办公室新闻发布会\n主持人：各位记者朋友，大家上午好！\n"
                        "韩卫东：全市国省控断面水质优良比例达到88.9%，同比提高5.6个百分点。")
    assert {d.reason for d in doc.cleaning.drops} >= {"chrome:subtitle"}
    two_cues = SRT.split("\n\n3\n")[0]  # fewer than three time codes: no subtitle file, left alone
    assert cleaned(two_cues).text.count("-->") == 2


def test_a_caption_dumps_clocks_go_and_each_speakers_captions_run_on():
    """A live stream's captions: a clock before every short line and no punctuation. The label lines keep
    their clock (the turn's time); the captions after them run on (百分之 / 八十五点五 is one number)."""
    speaker = ["谢谢主持人", "2023年", "新区空气质量优良天数", "达到三百一十二天", "优良率为百分之", "八十五点五",
               "同比提高", "二点七个百分点", "PM2.5年均浓度", "为29微克每立方米", "下一步", "我们将继续努力",
               "推进工业园区治理", "完成三十七个项目", "总投资四十六亿元", "谢谢大家", "今年还将新建", "两个监测站",
               "我就介绍这些"]
    lines = ["14:30:05 主持人：", "14:30:06 下面请罗主任介绍", "14:30:27 罗景明："]
    lines += [f"14:30:{28 + k:02d} {words}" for k, words in enumerate(speaker)]
    doc = cleaned("河源新区新闻发布会\n" + "\n".join(lines) + "\n")
    assert doc.text == ("河源新区新闻发布会\n14:30:05 主持人：下面请罗主任介绍\n14:30:27 罗景明：" + "".join(speaker))
    assert "chrome:caption" in {d.reason for d in doc.cleaning.drops}


def test_an_original_headline_after_the_last_words_is_chrome_but_on_its_own_line_it_stays():
    closing = "主持人：今天的发布会到此结束。"
    assert cleaned(closing + "（原标题：秦岭县召开抗震救灾新闻发布会）\n").text == closing
    head = "原标题：廊坊市召开2024年上半年生态环境治理成果发布会"  # the header reads the headline from it
    assert cleaned("\n".join([head, ARTICLE[0]])).text.startswith(head)


def test_a_posts_folded_preview_and_its_topic_tag_go_the_full_post_stays():
    full = "#东湖发布会# 王刚：今年以来，全市空气质量持续改善，优良天数比例达到百分之八十五，同比提高三个百分点。"
    more = "一是深化工业源治理，完成超低排放改造企业四家。"
    page = "\n".join([ARTICLE[0], full + "...展开全文c", "东湖发布 V", "12-14 10:06 来自 微博 weibo.com", full, more,
                     "转发 15 | 评论 9 | 赞 126"])
    doc = cleaned(page)
    assert doc.text == "\n".join([ARTICLE[0], full.removeprefix("#东湖发布会# "), more])
    assert {"duplicate_article", "chrome:share", "chrome:navigation"} <= set(reasons(doc))
    # a paragraph that only begins like the next one is no preview
    page = "\n".join([ARTICLE[0], "今年以来，全市空气质量持续改善，优良天数比例达到百分之八十五。", full])
    assert "duplicate_article" not in reasons(cleaned(page))


def test_a_long_paragraph_printed_again_further_down_is_a_copy():
    answer = ("陈立群：好的。近年来，我们围绕放管服改革，主要做了三方面工作。一是简化审批，将四十七类建设项目纳入环评豁免管理；"
              "二是优化服务，推行环评审批告知承诺制，审批时限由法定的六十个工作日压缩到二十个工作日以内；"
              "三是强化衔接，推动环评与排污许可有机衔接，实现一次申报、同步审批，企业跑腿次数明显减少，群众满意度持续提升。")
    page = "\n".join([ARTICLE[0], answer, "主持人：排污许可方面呢？", "苏婉婷：全省累计核发排污许可证一万二千七百张。", answer,
                      "网友：小型家具厂需要办理环评吗？"])
    doc = cleaned(page)
    assert doc.text.count(answer) == 1 and "duplicate_article" in reasons(doc)
    # a shorter line said twice (thanks, a hand-over) stays where it is
    page = "\n".join([ARTICLE[0], "主持人：谢谢陈处长的介绍。", "苏婉婷：好的。", "主持人：谢谢陈处长的介绍。"])
    assert cleaned(page).text.count("主持人：谢谢陈处长的介绍。") == 2


def test_readers_comments_under_a_count_and_a_counter_without_its_colon_are_chrome():
    page = "\n".join([ARTICLE[0], "网友留言（146）\u3000我要留言\u3000\u3000热门评论：", "游客 61.183.*.* ：局长回答得很实在！"])
    assert cleaned(page).text == ARTICLE[0]
    page = "\n".join([ARTICLE[0], "网友留言（共12条）", "东湖小林：垃圾分类点能不能多设几个？"])
    assert cleaned(page).text == ARTICLE[0]
    doc = cleaned("\n".join(["2024年10月15日 09:48  东湖市生态环境局  阅读 5,126", ARTICLE[0]]))
    assert "5,126" not in doc.text and "东湖市生态环境局" in doc.text
    doc = cleaned("\n".join(["www.example.cn  2024年10月21日 14:30  字号 T|T", ARTICLE[0]]))
    assert "字号" not in doc.text


def test_a_half_width_question_mark_after_a_clause_that_asks_is_no_damage():
    doc = cleaned("國家標準不是18度嗎?溫度不達標怎麼辦?供熱公司有沒有責任?市民反映強烈。")
    assert doc.cleaning.damaged == ()
    assert len(cleaned("確?諝賓|量持續改善。").cleaning.damaged) == 1


def test_a_live_page_that_prints_its_last_entries_again_or_a_paragraph_twice_keeps_one_copy():
    entries = ("09:52:10  福建日报记者：\n请问黄庭长，目前商业秘密案件为什么难以举证？\n09:52:41  黄晓虹：\n"
               "这个问题提得很好。商业秘密案件确实存在举证难，我们去年在89件案件中依法适用了举证责任转移规则。\n"
               "09:55:20  主持人：\n感谢各位发布人。本场新闻发布会到此结束。\n")
    doc = cleaned("知识产权司法保护新闻发布会\n09:30:00  主持人：\n发布会现在开始。\n" + entries + entries + "分享到：\n")
    assert doc.text.count("为什么难以举证") == 1 and doc.cleaning.duplicate_blocks == 1
    para = ("16:09 梁海平：各位记者，大家下午好。我通报一下全市防御台风工作情况。截至今天16时，全市已转移危险区域群众3.2万人，"
            "开放避险安置点216个，可容纳45万人，各类船只1860艘已全部回港避风，在建工地全部停工，旅游景区全部关闭。")
    doc = cleaned(f"台风新闻发布会直播\n{para}\n16:20 主持人：请记者提问。\n{para}\n")
    assert doc.text.count("开放避险安置点") == 1 and doc.cleaning.duplicate_blocks == 1


@pytest.mark.parametrize("line", [
    "本网站所刊登的锦官新闻网各种新闻﹑信息和各种专题专栏资料，均为锦官新闻网版权所有，未经协议授权，禁止下载使用。",
    "0条评论 | 阅读：12,386",
    "热门新闻  |  财经  |  娱乐",
    "相关文章：国家外汇管理局公布2024年6月末外汇储备规模数据（2024-07-07）",
])
def test_a_sites_notice_counts_bar_links_and_one_related_headline_are_chrome(line):
    doc = cleaned("\n".join([ARTICLE[0], ARTICLE[3], line]))
    assert doc.text == "\n".join([ARTICLE[0], ARTICLE[3]])


def test_a_sentence_about_copyright_stays():
    line = "我们查处侵犯版权案件12起，没收盗版图书3000余册，罚款8万元。"
    assert cleaned("\n".join([ARTICLE[0], line])).text == "\n".join([ARTICLE[0], line])


def test_a_speakers_label_in_brackets_beside_a_menu_is_no_menu():
    text = "\n".join(["视频 | 图片 | 文字实录", "　　[主持人 刘晓东]", "　　女士们、先生们，上午好！欢迎出席新闻发布会。"])
    assert "[主持人 刘晓东]" in cleaned(text).text
    assert "文字实录" not in cleaned(text).text


def test_a_bracket_label_of_a_role_a_double_title_and_a_name_is_no_menu():
    label = "【主持人 州委宣传部副部长、州政府新闻办主任 罗文斌】"
    text = "\n".join(["泸川县地震抗震救灾新闻发布会", label, "各位媒体朋友，下午好。"])
    assert label in cleaned(text).text


@pytest.mark.parametrize("note", ["（根据国新网直播整理）", "（本文根据国新网直播速记整理，未经本人审阅）", "（记者 王小川 整理）"])
def test_how_a_transcript_was_made_is_chrome(note):
    text = "\n".join([ARTICLE[0], "主持人：今天的发布会到此结束。谢谢大家！", note])
    assert note not in cleaned(text).text and "谢谢大家！" in cleaned(text).text


def test_a_wechat_articles_foot_and_its_read_count_are_chrome():
    text = "\n".join(["> 来源：青岚发布 | 2024-10-12 17:45 | 阅读 3.2万", ARTICLE[0],
                      "[点击阅读原文](https://mp.weixin.qq.com/s/xxxx) 　👍 点赞 128　💬 评论 17　⭐ 在看 45"])
    doc = cleaned(text)
    assert "3.2万" not in doc.text and "点赞" not in doc.text and ARTICLE[0] in doc.text


def test_a_pages_fields_beside_its_date_go_and_the_date_stays():
    text = "\n".join(["原创 成都生态环境 成都生态环境 2024年09月12日 18:30", "2024-09-12 18:30 发表于四川",
                      "发布时间：2024-10-18 10:30   来源：东江海关办公室   作者：宣传科", ARTICLE[0],
                      "烟台市人民政府办公室主办  烟台市大数据局承办  网站标识码3706000012"])
    doc = cleaned(text)
    for gone in ("原创", "发表于", "发布时间", "来源", "作者", "主办", "网站标识码"):
        assert gone not in doc.text
    for kept in ("2024年09月12日 18:30", "2024-09-12 18:30", "2024-10-18 10:30", ARTICLE[0]):
        assert kept in doc.text
    # a font-size field whose value holds spaces, page buttons, one ideographic space, a Hong Kong page's update time
    text = "\n".join(["2023-07-19 08:32:15  来源：洛阳日报  字号：大 中 小  【打印】【关闭】",
                      "2024-01-25 16:48:02\u3000来源：新华网", "2024年01月09日 19:42\u3000最後更新 19:55", ARTICLE[0]])
    doc = cleaned(text)
    for gone in ("来源", "字号", "打印", "最後更新", "19:55"):
        assert gone not in doc.text
    for kept in ("2023-07-19 08:32:15", "2024-01-25 16:48:02", "2024年01月09日 19:42", ARTICLE[0]):
        assert kept in doc.text


@pytest.mark.parametrize("heading", ["相关稿件：", "【相关访谈】", "相关专题"])
def test_related_stories_and_interviews_after_their_heading_are_chrome(heading):
    text = "\n".join([ARTICLE[0], heading, "2024年全省电力装机突破八千万千瓦", "湘北：新能源装机占比首超煤电"])
    doc = cleaned(text)
    assert "八千万千瓦" not in doc.text and "湘北" not in doc.text and ARTICLE[0] in doc.text


def test_size_buttons_a_series_neighbours_and_a_live_broadcasts_credit_are_chrome():
    text = "\n".join(["A- A+  【打印】【关闭】", ARTICLE[0], "（本场直播由市政府新闻办、市融媒体中心联合推出  图片摄影：贾鹏）",
                      "上一场：2024年春运交通保障新闻发布会", "下一场：全市优化营商环境工作新闻发布会"])
    doc = cleaned(text)
    assert doc.text.strip() == ARTICLE[0]


@pytest.mark.parametrize("line", ["热线咨询电话：0871-65123456。谢谢！", "地址：各街道便民服务中心均可办理申请。"])
def test_an_officials_line_that_opens_like_a_contact_field_is_kept(line):
    doc = cleaned("\n".join(["主持人：请戴振华局长介绍。", "戴振华：今年全市计划招生3万人。", line, "记者：下一步？"]))
    assert line in doc.text
    assert "0871-65123456" not in cleaned("\n".join([ARTICLE[0], "联系电话：0871-65123456"])).text


@pytest.mark.parametrize("line", ["[10:10] [图片] 图为周立新局长介绍有关情况。", "【10:15】[图片]图为发布会现场",
                                  "2024-05-20 10:04:50 （现场图片）图为省交通运输厅厅长马振华介绍有关情况。",
                                  "[图片] 副市长胡建平（左）在访谈间与网友交流。人民网记者 钱程 摄",
                                  "[10:10] 图为周立新局长介绍有关情况。江州日报记者 孙伟 摄",
                                  "本次访谈已结束", "上午场直播已结束，下午场将于15:00开始，敬请关注。",
                                  "评论(12)　点赞(356)　分享", "【我要评论】　【打印】　【关闭】"])
def test_live_texts_captions_with_their_stamps_end_notices_and_action_rows_are_chrome(line):
    doc = cleaned("\n".join(["[10:05] 周立新：全市优良天数300天。", line, "[10:12] 记者：下一步？"]))
    assert line not in doc.text and "全市优良天数300天。" in doc.text and "下一步？" in doc.text


@pytest.mark.parametrize("line", ["＿＿＿＿＿＿＿＿", "＝＝＝＝＝＝", "－－－－－－－"])
def test_full_width_separator_lines_are_chrome(line):
    doc = cleaned("\n".join([ARTICLE[0], line, ARTICLE[0][:10] + "。"]))
    assert line not in doc.text

