"""Boilerplate sentences: phrase evidence, reuse evidence, ratios, and the labelled corpus sentences."""
from __future__ import annotations

import re
from pathlib import Path

import opencc
import pytest

from analyzer import boilerplate
from analyzer.boilerplate import judge, ratio, ratio_by_type, reused_ngrams
from analyzer.model import BOILERPLATE_TYPES
from analyzer.sentences import MAX_SENTENCE_CHARS, split_sentences

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT / ".." / "shared"
CORPUS = SHARED / "corpus"
LABELS = SHARED / "expected" / "boilerplate-sentences.tsv"
T2S = opencc.OpenCC("t2s.json")
GLOSS = re.compile(r"(?<=[\u4e00-\u9fff?])\(([a-zàáâãäāǎēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6})\)")


def judged(text: str, **kw):
    simplified = T2S.convert(text)
    assert len(simplified) == len(text)
    return judge(simplified, split_sentences(text), text=text, **kw)


# ---------------------------------------------------------------- sentences
def test_split_sentences_ends_trims_and_keeps_offsets():
    text = "  第一句。“第二句!”\n第三句;第四句  \n"
    spans = split_sentences(text)
    assert [text[a:b] for a, b in spans] == ["第一句。", "“第二句!”", "第三句;", "第四句"]
    assert split_sentences(text, 2, 7) == [(2, 6), (6, 7)]


def test_split_sentences_cuts_long_runs_at_commas():
    text = ("甲" * 50 + ",") * 20
    spans = split_sentences(text)
    assert len(spans) > 1 and all(b - a <= MAX_SENTENCE_CHARS for a, b in spans)
    assert "".join(text[a:b] for a, b in spans) == text
    assert all(text[b - 1] == "," for a, b in spans)


# ---------------------------------------------------------------- phrase evidence
@pytest.mark.parametrize("sentence, btype", [
    ("深入学习贯彻习近平生态文明思想,坚决打好污染防治攻坚战,推动高质量发展。", "political"),
    # formulas of housing, jobs, disasters, trade and public order (the probes of session 25)
    ("城镇老旧小区改造是重大民生工程和发展工程。", "political"),
    ("就业是最基本的民生。", "political"),
    ("下一步，我们将坚持就业优先战略，以更加务实的举措，推动实现更加充分更高质量就业。", "political"),
    ("下一步，我们将以物业服务质量提升年活动为抓手，让群众的获得感、幸福感、安全感更加充实、更有保障、更可持续。",
     "political"),
    ("下一步，我们将坚持底线思维、极限思维，以“时时放心不下”的责任感做好各项工作，确保人民群众生命财产安全。", "political"),
    ("总的看，前三季度我国外贸稳中有进、稳中提质，高质量发展扎实推进。", "political"),
    ("中方将采取必要措施，坚决维护中国企业的正当权益。", "political"),
    ("希望广大网民不信谣、不传谣。", "political"),
    # the frames of the probes of session 29: times, priorities, contributions, announcements, praise of a question
    ("2024年，面对复杂严峻的外部环境，全省上下坚决贯彻党中央决策部署，经济运行总体平稳、稳中有进。", "political"),
    ("近年来，市委、市政府始终坚持把教育摆在优先发展的战略地位，持续加大教育投入，全力扩充优质教育资源。", "political"),
    ("下一步，我们将以“3·15”为契机，坚持人民至上，持续优化消费环境，为建设社会主义现代化江屿贡献市场监管力量。", "political"),
    ("下面，我就2024年普通高校招生考试工作有关情况作简要介绍。", "procedural"),
    ("我先回答第一个问题。", "procedural"),
    ("谢谢这位家长。", "courtesy"),
    ("这是一个大家普遍关心的问题。", "courtesy"),
    ("欢迎来到合肥市人民政府网站在线访谈栏目。", "courtesy"),
    ("很高兴通过这个平台与大家交流。", "courtesy"),
    ("首先，我代表苏州市公安局，对大家长期以来关心支持公安工作表示衷心的感谢！", "courtesy"),
    ("希望媒体朋友们继续关注和支持我市文旅事业发展。", "courtesy"),
    ("首先请林雨萱首席介绍台风最新动态。", "procedural"),
    ("下面，先请邓小军先生作介绍。", "procedural"),
    ("先請張立新副廳長介紹。", "procedural"),
    ("特此通报。", "procedural"),
    ("今天的通报会就到这里。", "procedural"),
    ("事故发生后，省委、省政府主要领导高度重视，第一时间作出批示，要求全力以赴搜救被困人员，科学施救，坚决防止次生事故发生。",
     "political"),
    ("同时，我们将严格落实安全生产责任制，坚持“三管三必须”，以高水平安全保障高质量发展。", "political"),
    ("下一步将坚决扛起生态保护的政治责任，持续巩固拓展候鸟保护成果，奋力打造人与自然和谐共生的江西样板。", "political"),
    ("在此，我代表市委、市政府，对遇难者表示深切哀悼，向遇难者家属和受伤人员表示诚挚慰问。", "courtesy"),
    ("我们也欢迎广大市民和新闻媒体继续监督。", "courtesy"),
    ("下面开始提问。", "procedural"),
    ("今天的发布会就到这里，明天上午10时将召开第二场发布会。", "procedural"),
    ("踐行“綠水青山就是金山銀山”理念,堅決打好打贏污染防治攻堅戰。", "political"),
    ("欢迎大家出席今天的新闻发布会。", "courtesy"),
    ("谢谢大家出席今天的新闻发布会。", "courtesy"),
    ("多謝主持人。", "courtesy"),
    ("多謝大家出席今日的新聞發佈會。", "courtesy"),
    ("欢迎收看《政务面对面》。", "courtesy"),
    ("谢谢二位嘉宾。", "courtesy"),
    ("现在请黄嘉恩局长介绍。", "procedural"),
    ("本期节目就到这里，我们下期再见。", "procedural"),
    ("今天我们就先到这儿。", "procedural"),  # the close of a session, and a farewell
    ("大家再见！", "courtesy"),
    ("网友朋友们好！", "courtesy"),
    ("感谢这位网友的留言。", "courtesy"),
    ("这是个好问题。", "courtesy"),
    ("本期访谈即将结束。", "procedural"),
    ("以下為問答摘要：", "procedural"),  # a Hong Kong or Macau release's procedure and formulas
    ("新聞發佈會完。", "procedural"),
    ("全面准确贯彻一国两制方针。", "political"),
    ("第一位听众，您好，请讲。", "procedural"),  # a hotline's call handling and courtesies
    ("好，下面我们来接听热线电话。", "procedural"),
    ("今天的《政风行风热线》就到这里，我们下周同一时间再见！", "procedural"),
    ("不客气。", "courtesy"),
    ("两位嘉宾，先跟网友打个招呼吧。", "courtesy"),
    ("这个问题我先简要回答，再请冯处长补充。", "procedural"),
    ("我们将继续努力，稳就业、保民生，推动全市人社事业高质量发展。", "political"),
    ("这个问题请王局长先回答，李主任再补充。", "procedural"),
    ("这个问题我先来回答。", "procedural"),
    ("关于补偿标准的问题，我来回答。", "procedural"),
    ("请提问的记者朋友先通报一下所在的新闻机构。", "procedural"),
    ("下面，我和我的同事愿意回答大家的提问。", "procedural"),
    ("如需进一步采访，请与市生态环境局宣传处联系。", "procedural"),
    ("感谢王局长的介绍。", "courtesy"),
    ("感谢两位记者的提问。", "courtesy"),
    ("各位网友，大家好！", "courtesy"),  # an online interview's greeting and thanks
    ("感谢王局长做客访谈，谢谢各位网友。", "courtesy"),
    ("謝謝大家!", "courtesy"),
    ("这是一个很好的问题。", "courtesy"),
    ("女士们、先生们，新闻界的朋友们，上午好！", "courtesy"),
    ("主持人好，各位网友好！", "courtesy"),
    ("这个问题很有代表性。", "courtesy"),
    ("这是很多人关心的问题。", "courtesy"),
    ("感谢您的监督。", "courtesy"),
    ("这些成绩的取得，离不开市委市政府的坚强领导，离不开全市人民的共同努力。", "political"),
    ("你这个问题提得非常好。", "courtesy"),
    ("下面请记者朋友们就本次发布的内容进行提问。", "procedural"),
    ("首先,请王明先生介绍有关情况。", "procedural"),
    ("首先，请黄海先生作介绍。", "procedural"),
    ("两位嘉宾将回答大家关心的问题。", "procedural"),
    ("今天的新闻发布会到此结束。", "procedural"),
    ("下面，我把有关情况简要介绍一下。", "procedural"),
    ("今年以来，全市上下坚决扛稳生态环境保护政治责任，持续深入打好污染防治攻坚战。", "political"),
    ("下一步，我们将认真总结经验，查找不足，持续改进。", "political"),
    ("为建设美丽中国作出新的更大贡献。", "political"),
    ("这项工作功在当代、利在千秋。", "political"),
    ("我们将守好发展和生态两条底线。", "political"),
    ("努力交出一份人民满意的答卷。", "political"),
    ("以钉钉子精神抓好各项任务落实。", "political"),
    ("下面，我就大家关心的问题作简要回答。", "procedural"),
    ("坚持绿水青山就是金山银山的理念。", "political"),
    ("推动经济社会发展全面绿色转型。", "political"),
    ("统筹发展和安全。", "political"),
    ("牢记嘱托、感恩奋进。", "political"),
    # the diplomatic formulas of a foreign-ministry briefing
    ("我们注意到有关报道。", "political"),
    ("中方的立场是一贯的、明确的。", "political"),
    ("中方在南海问题上的立场是一贯的、明确的。", "political"),
    ("香港事务纯属中国内政，任何外国政府、组织和个人无权干涉。", "political"),
    ("台湾是中国领土不可分割的一部分。", "political"),
    ("我们注意到有关联合声明。", "political"),
    ("下面，我愿意回答大家的提问。", "procedural"),
    # Hong Kong's and Taiwan's courtesy and procedure, and variants of the mainland's
    ("多謝你的問題。", "courtesy"),
    ("各位傳媒朋友，午安。", "courtesy"),
    ("感谢这位记者的提问。", "courtesy"),
    ("谢谢发言人。", "courtesy"),
    ("谢谢杜庭长。", "courtesy"),
    ("谢谢这位记者。", "courtesy"),
    ("首先，我代表市生态环境局，向长期以来关心支持生态环境工作的各位媒体朋友表示衷心感谢！", "courtesy"),
    ("接下來開放媒體提問，請先報媒體名稱。", "procedural"),
    ("這個部分請蔡署長補充。", "procedural"),
    ("今天的記者會到此，謝謝大家。", "procedural"),
    ("因时间关系，今天的提问就到这里。", "procedural"),
    ("我就介绍这些，谢谢大家。", "procedural"),
    ("我的回答就是这些。", "procedural"),
    ("下面请缪建平副局长介绍农村公路有关情况。", "procedural"),
    ("希望有关国家多做有利于地区和平稳定的事。", "political"),
    ("中方愿同各方一道，推动构建人类命运共同体。", "political"),
    # older events' names, bare forms of hand-overs, hosts' asides
    ("由于时间关系，今天的招待会就到这里。", "procedural"),
    ("今天的通气会就到这里。", "procedural"),
    ("由于时间关系，今天的访谈就要结束了。", "procedural"),
    ("下面请记者朋友提问。", "procedural"),
    ("下面请大家提问。", "procedural"),
    ("请继续提问。", "procedural"),
    ("时间关系，最后两个问题。", "procedural"),
    ("首先请李厅长通报全省疫情防控最新情况。", "procedural"),
    ("关于农业生产的影响，请农业农村部的同志介绍。", "procedural"),
    ("我请药监局的同志补充。", "procedural"),
    ("首先欢迎两位嘉宾！", "courtesy"),
    ("全市交通运输系统坚持稳中求进工作总基调。", "political"),
    ("党的二十大报告明确提出，要深入推进环境污染防治。", "political"),
    ("我们将坚持以人民为中心的发展思想，持之以恒优化营商环境。", "political"),
    ("我们有信心、有决心完成各项目标任务。", "political"),
    ("要完整、准确、全面贯彻新发展理念，推动经济实现质的有效提升和量的合理增长。", "political"),
    ("坚持人民至上、生命至上。", "political"),
    # an emergency's first hour: the leaders' attention, the order obeyed, the crackdown kept up
    ("地震发生后，州委、州政府高度重视，主要负责同志第一时间赶赴现场指挥。", "political"),
    ("在市委市政府的坚强领导下，各级各部门闻令而动。", "political"),
    ("我们坚持“不死人、少伤人、少损失”的目标。", "political"),
    ("全市公安机关始终保持严打高压态势。", "political"),
    ("经市政府同意，现就有关事项通知如下：", "procedural"),
    # hand-overs without a lead word, a hearing's host, a roster read out, why the event is held
    ("请周启明副局长首先介绍地震基本情况。", "procedural"),
    ("现在我宣布，听证会结束。", "procedural"),
    ("今天出席发布会的有：市应急管理局局长张三，市水利局副局长李四，市气象局副局长王五。", "procedural"),
    ("为回应社会关切，今天我们邀请到相关部门负责同志，向大家介绍防汛工作情况。", "procedural"),
    ("以上就是本次会议拟审议的主要内容。", "procedural"),
    ("今天的圆桌对话到此结束。", "procedural"),
    ("感谢四位嘉宾的精彩分享，也感谢现场观众。", "courtesy"),
    ("在此，我们也向台湾同胞致以节日的问候，祝大家中秋快乐、阖家幸福！", "courtesy"),
    # the Taiwan Affairs Office's, a court's and a ministry's formulas
    ("台湾问题是中国内政，不容任何外来干涉。", "political"),
    ("两岸同胞是血脉相连的一家人。", "political"),
    ("坚持以习近平生态文明思想为指导，充分发挥审判职能作用，为建设美丽安徽提供有力司法服务和保障。", "political"),
    ("完全符合国际法和国际关系基本准则。", "political"),
    # a spokesperson's opener with nothing to announce, and diplomatic positions
    ("今天我没有需要发布的消息，下面请大家提问。", "procedural"),
    ("我们对此坚决反对，已向美方提出严正交涉。", "political"),
    ("台湾是中国的台湾。", "political"),
    ("中方将继续劝和促谈，发挥建设性作用。", "political"),
    ("我们呼吁有关各方保持冷静克制。", "political"),
    # a report's own frame and formulas
    ("现将有关情况通报如下：", "procedural"),
    ("欢迎社会各界和广大人民群众监督。", "courtesy"),
    ("我市督察整改工作虽然取得了阶段性成效，但与群众期盼相比仍有一定差距。", "political"),
    ("生态环境保护是一项系统工程，需要全社会共同参与。", "political"),
    ("成绩来之不易，这是全市人民团结奋斗的结果。", "political"),
    # the 2022–2025 canon, a formula with its place in it, and the positions of diplomacy, defence and the courts
    ("因地制宜发展新质生产力。", "political"),
    ("我们坚持“两个毫不动摇”，推动全省经济持续回升向好。", "political"),
    ("以进一步全面深化改革为动力，推动高质量发展。", "political"),
    ("深入贯彻落实中央经济工作会议精神和省委十四届六次全会精神。", "political"),
    ("以学铸魂、以学增智、以学正风、以学促干。", "political"),
    ("为宁川经济社会高质量发展贡献宁川力量。", "political"),
    ("全力以赴冲刺全年目标任务，确保“十四五”规划圆满收官。", "political"),
    ("中方将继续依法维护自身领土主权和海洋权益。", "political"),
    ("我们敦促美方摒弃冷战思维和零和博弈观念。", "political"),
    ("我们将努力让人民群众在每一个司法案件中感受到公平正义。", "political"),
    ("公安机关将依法严厉打击各类违法犯罪活动，全力维护社会治安大局持续稳定。", "political"),
    # the floor opened and run, the roster read out, a bulletin's close
    ("现在进入提问环节。", "procedural"),
    ("请工作人员传递话筒。", "procedural"),
    ("参加今天发布会的有：市统计局局长 邝明，市发展改革委副主任 叶青。", "procedural"),
    ("今天是“中国这十年·宁川”系列主题新闻发布会第八场。", "procedural"),
    ("以下是发布会实录。", "procedural"),
    ("案件正在进一步调查处理中。", "procedural"),
    # a festival's invitation, advice and wish, and the floor opened with no lead word
    ("欢迎广大游客来江州走一走、看一看！", "courtesy"),
    ("诚挚邀请海内外游客来鹿城赏灯过年。", "courtesy"),
    ("在此，也提醒广大游客错峰出行、文明旅游。", "courtesy"),
    ("我们将办一届安全、精彩、圆满的体育盛会。", "courtesy"),
    ("现在开始提问。", "procedural"),
    # diplomacy, finance, enforcement, housing, the economy, disaster relief and hotlines
    ("中方对此高度关注，强烈不满。", "political"),
    ("中国军队将坚决维护国家领土主权和海洋权益，坚定维护地区和平稳定。", "political"),
    ("我们将守住不发生系统性金融风险的底线。", "political"),
    ("稳健的货币政策要灵活适度、精准有效。", "political"),
    ("我们把打击电诈作为重大政治任务来抓，保持高压严打态势。", "political"),
    ("发现一起、查处一起。", "political"),
    ("坚持因城施策，促进房地产市场平稳健康发展。", "political"),
    ("经济回升向好、长期向好的基本趋势没有改变。", "political"),
    ("做到应收尽收、应治尽治。", "political"),
    ("我们将坚持以人民为中心的发展思想，把群众反映的每一件事都办好办实。", "political"),
    ("感谢两位局长！", "courtesy"),
    ("由于节目时间关系，今天的热线就到这里。", "procedural"),
    ("欢迎出席国务院政策例行吹风会。", "courtesy"),
    ("当前外部环境复杂性、严峻性、不确定性上升。", "political"),
    ("我们将扛稳粮食安全重任，确保谷物基本自给、口粮绝对安全。", "political"),
])
def test_stock_sentences_by_type(sentence, btype):
    (s,) = judged(sentence)
    assert s.boilerplate == btype
    assert s.evidence == "phrase" and s.reason and s.reason in sentence


@pytest.mark.parametrize("sentence, reason", [
    ("好的，谢谢您的提问。", "谢谢您的提问"),  # not 谢谢您, which a shorter pattern also matches there
    ("謝謝你的提問。", "謝謝你的提問"),
])
def test_the_longest_phrase_at_a_position_wins_whatever_the_list_order(sentence, reason):
    (s,) = judged(sentence)
    assert (s.boilerplate, s.reason) == ("courtesy", reason)


@pytest.mark.parametrize("sentence", [
    "周局长，先请您简单介绍一下今年老旧小区改造的进展。",  # an interviewer's question to the guest
    "请介绍一下今年全市新建污水管网的情况。",
])
def test_a_request_to_the_guest_is_a_question_not_a_hand_over(sentence):
    (s,) = judged(sentence)
    assert s.boilerplate is None


def test_a_briefing_that_reports_what_happened_stays_substantive():
    (s,) = judged("中美双方在日内瓦举行了两天会谈，就关税问题达成12项共识。")
    assert s.boilerplate is None


def test_figures_and_concrete_actions_stay_substantive():
    text = ("深入打好污染防治攻坚战,全年PM2.5浓度42微克/立方米,同比下降2.3%。"
            "坚持精准治污,累计注销柴油货车11467辆。"
            "开展散煤专项治理,取缔销售点30个,罚款19.29万元。"
            "今年新建污水管网,改造老旧小区供热设施。")
    assert [s.boilerplate for s in judged(text)] == [None, None, None, None]
    assert [s.has_figure for s in judged(text)] == [True, True, True, False]


def test_years_and_plan_names_are_not_figures():
    (s,) = judged("2021年是“十四五”开局之年,我们将坚持以习近平新时代中国特色社会主义思想为指导。")
    assert s.boilerplate == "political" and not s.has_figure


def test_figure_spans_from_the_caller_count():
    text = "坚决打好污染防治攻坚战,两个多月。"
    simplified = T2S.convert(text)
    spans = split_sentences(text)
    assert judge(simplified, spans)[0].boilerplate == "political"
    assert judge(simplified, spans, figure_spans=[(12, 16)])[0].has_figure


# ---------------------------------------------------------------- reuse evidence
def _tiny_corpus(n_docs: int) -> list[str]:
    stock = "我们始终坚持稳中求进工作总基调全面推动各项事业发展"  # not in the phrase list
    everywhere = "本市今日召开会议研究部署有关事项"
    docs = []
    for i in range(n_docs):
        parts = [everywhere + "。", f"第{i}号文件说明某某河道清淤长度甲乙丙丁戊己庚辛{'壬癸子丑寅卯'[i % 6]}。"]
        if i % 2 == 0:
            parts.append(stock + "。")
        docs.append("".join(parts))
    return docs


def test_reused_ngrams_band_and_minimum_corpus():
    docs = _tiny_corpus(12)
    reused = reused_ngrams(docs)
    assert {"始终坚持稳中求进", "坚持稳中求进工作"} <= reused  # in 50% of the documents
    assert all(len(g) == boilerplate.NGRAM_N for g in reused)
    assert not any(g in "本市今日召开会议研究部署有关事项" for g in reused)  # in 100% of documents
    assert reused_ngrams(docs[:9]) == frozenset()  # too few documents


def test_reuse_evidence_judges_a_sentence_and_names_the_ngram():
    docs = _tiny_corpus(12)
    reused = reused_ngrams(docs)
    sentences = judged("我们始终坚持稳中求进工作总基调全面推动各项事业发展。某某河道今日开工。", reused=reused)
    assert sentences[0].boilerplate == "political" and sentences[0].evidence == "reuse"
    assert sentences[0].reason in "我们始终坚持稳中求进工作总基调全面推动各项事业发展"
    assert sentences[1].boilerplate is None
    assert boilerplate.evidence_label(reused) != boilerplate.evidence_label(frozenset())


# ---------------------------------------------------------------- ratios
def test_ratios_per_document_and_type():
    text = "大家好!欢迎出席发布会。坚决打好污染防治攻坚战。今年完成治理项目28个。"
    sentences = judged(text)
    by_type = ratio_by_type(sentences, len(text))
    assert list(by_type) == list(BOILERPLATE_TYPES)
    assert by_type["courtesy"] == pytest.approx(len("大家好!欢迎出席发布会。") / len(text), abs=1e-6)
    assert by_type["political"] == pytest.approx(len("坚决打好污染防治攻坚战。") / len(text), abs=1e-6)
    assert ratio(sentences, len(text)) == pytest.approx(sum(by_type.values()), abs=1e-5)
    assert ratio(sentences, 0) == 0.0


# ---------------------------------------------------------------- labelled corpus sentences
def _labelled():
    rows = [line.split("\t", 3) for line in LABELS.read_text(encoding="utf-8").splitlines()[1:]]
    texts = {}
    for _, _, doc, _ in rows:
        if doc not in texts:
            text = GLOSS.sub("", (CORPUS / doc).read_text(encoding="utf-8"))
            texts[doc] = (text, judged(text))
    return rows, texts


@pytest.mark.skipif(not LABELS.exists(), reason="shared corpus not available")
def test_labelled_corpus_sentences_accuracy():
    rows, texts = _labelled()
    correct = typed = labelled_boilerplate = 0
    for label, btype, doc, sentence in rows:
        text, sentences = texts[doc]
        a = text.find(sentence)
        assert a >= 0, sentence
        b = a + len(sentence)
        inside = [s for s in sentences if s.boilerplate and s.start < b and s.end > a]
        covered = sum(min(b, s.end) - max(a, s.start) for s in inside)
        judged_boilerplate = covered * 2 >= b - a
        correct += judged_boilerplate == (label == "boilerplate")
        if label == "boilerplate":
            labelled_boilerplate += 1
            typed += any(s.boilerplate == btype for s in inside)
    assert correct / len(rows) >= 0.95
    assert typed / labelled_boilerplate >= 0.9
