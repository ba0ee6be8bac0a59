"""Non-answer cues (refuse, unable, defer) and the ordinary answers that must not fire."""
from __future__ import annotations

from pathlib import Path

import opencc
import pytest

from analyzer import analyse
from analyzer.nonanswer import find_non_answer, non_answer_rate
from analyzer.script import to_simplified

T2S = opencc.OpenCC("t2s.json")
CORPUS = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpus"


def find(text, start=0, end=None):
    return find_non_answer(text, T2S.convert(text), start, end)


@pytest.mark.parametrize("answer, kind, cue", [
    # a time word or a person between the cue's words, a hotline's follow-up, another body's remit
    ("这个情况我现在还不太清楚，需要了解一下。", "unable", "我现在还不太清楚"),
    ("这个数据我手头暂时没有，会后我们再提供给大家。", "unable", "手头暂时没有"),
    ("现在我没法给您一个准确的时间。", "unable", "没法给您一个准确的时间"),
    ("具体出台时间暂时还不好确定。", "unable", "暂时还不好确定"),
    ("至于是否发生流域性大洪水，目前还很难做出判断。", "unable", "目前还很难做出判断"),
    ("現時未有定案，目前沒有具體時程。", "unable", "現時未有定案"),
    ("具体情况会后我们再提供给大家。", "defer", "会后我们再提供"),
    ("我们调查核实后给您答复。", "defer", "核实后给您答复"),
    ("这个问题我们回去后跟教育部门沟通，研究一下。", "defer", "回去后跟教育部门沟通，研究"),
    ("我们会把这个问题转给市城管局。", "defer", "把这个问题转给"),
    ("稍後會向大家交代。", "defer", "稍後會向大家交代"),
    ("目前还在征求意见阶段。", "defer", "还在征求意见"),
    ("這不在我們局的職能之內。", "refuse", "不在我們局的職能之內"),
    ("現階段不會作任何評論。", "refuse", "現階段不會作任何評論"),
    ("今天先不回應。", "refuse", "今天先不回應"),
    ("我不會評論個別評級機構的決定。", "refuse", "我不會評論個別"),
    ("我今天不方便讲。", "refuse", "不方便讲"),
    ("呢個我唔方便講。", "refuse", "唔方便講"),
    ("现在不好给大家承诺。", "refuse", "不好给大家承诺"),
    ("这个要等评估结束后才能确定。", "defer", "要等评估结束后才能确定"),
    ("我們不排除任何可能性，但現時沒有具體時間表。", "unable", "現時沒有具體時間表"),
    ("具体出台时间还没有确定。", "unable", "还没有确定"),
    ("相关安排我们会适时对外发布，请大家关注。", "defer", "会适时对外发布"),
    ("我不適宜在這個階段作任何評論。", "refuse", "不適宜在這個階段作任何評論"),
    ("对于假设性的问题，我不作回答。", "refuse", "假设性的问题，我不作回答"),
    ("我刚才已经回答过了。", "refuse", "我刚才已经回答过了"),
    ("我刚才已经阐明了中方立场。", "refuse", "我刚才已经阐明了中方立场"),
    ("對於具體人數，我目前沒有進一步可以提供的信息。", "unable", "沒有進一步可以提供的信息"),
    ("关于航母建设问题，我没有进一步需要发布的消息。", "unable", "没有进一步需要发布的消息"),
    ("关于这起案件的细节,目前不便透露。", "refuse", "不便透露"),
    ("目前还在研究论证阶段，暂时没有具体的时间表。", "defer", "还在研究论证阶段"),
    ("新区何时开工，暂时没有具体的时间表。", "unable", "暂时没有具体的时间表"),
    ("现阶段仲未有定案。", "unable", "现阶段仲未有定案"),
    ("待研究完成後會再向外公佈。", "defer", "待研究完成後會再向外公佈"),
    ("还在研究部署当中，具体方案出台后我们会及时向社会公布。", "defer", "还在研究部署当中"),
    ("具体方案出台后我们会及时向社会公布。", "defer", "出台后我们会及时向社会公布"),
    ("考核办法成熟后会及时向社会公布。", "defer", "成熟后会及时向社会公布"),
    ("具体缺口数据还在测算当中。", "defer", "还在测算当中"),
    ("目前不便给出准确数字。", "refuse", "不便给出"),
    ("我不对具体房价走势作预测。", "refuse", "我不对具体房价走势作预测"),
    ("冬季的具体预测，现在不便作出判断。", "refuse", "不便作出判断"),
    ("因时间关系，这个问题会后请市自然资源和规划局作书面答复。", "defer", "会后请市自然资源和规划局作书面答复"),
    ("这个追问我们会后请住房和城乡建设部作进一步说明。", "defer", "会后请住房和城乡建设部作进一步说明"),
    ("对假设性问题我不作回答。", "refuse", "假设性问题我不作回答"),
    ("这不是一个外交问题。", "refuse", "这不是一个外交问题"),
    ("我们会适时向社会公布，这里就不展开了。", "defer", "会适时向社会公布"),
    ("届时会另行发布，我这里就不具体展开了。", "defer", "届时会另行发布"),
    ("等方案出台后再向大家通报。", "defer", "等方案出台后再向大家通报"),
    ("具体时间表，我们将在方案正式印发后适时向社会发布。", "defer", "将在方案正式印发后适时向社会发布"),
    ("明年的具体目标还在研究，将按程序在有关会议上发布。", "defer", "还在研究"),
    ("具体数额按照预算管理程序另行下达。", "defer", "另行下达"),
    ("目前还没有收到相关报告。", "unable", "目前还没有收到相关报告"),
    ("具体上线时间还不能确定。", "unable", "还不能确定"),
    ("这个问题我在这里不作统一表态。", "refuse", "不作统一表态"),
    ("这涉及法律法规层面，不属于我们今天发布的内容。", "refuse", "不属于我们今天发布的内容"),
    ("部分案件還在辦理中，暫時不方便公佈。", "refuse", "不方便公佈"),
    ("具体的处置细节在这里不方便展开。", "refuse", "不方便展开"),
    ("会在全面评估的基础上研究决定，目前还没有到讨论这个问题的时候。", "refuse", "还没有到讨论这个问题的时候"),
    ("这个问题我们会后请计量司的同志给您详细介绍。", "defer", "会后请计量司的同志给您详细介绍"),
    ("现阶段还无法给出准确时间。", "unable", "还无法给出准确时间"),
    ("目前调查仍在进行，具体情况待调查结束后统一公布。", "defer", "待调查结束后统一公布"),
    ("具体目标我们还在测算，后续会专门发布。", "defer", "还在测算"),
    ("具体调查结果我们将及时向社会公布。", "defer", "调查结果我们将及时向社会公布"),
    ("如有消息，我们会及时发布。", "defer", "如有消息，我们会及时发布"),
    ("这个细节这里就不展开了。", "refuse", "这里就不展开"),
    ("现阶段不便过多评论。", "refuse", "不便过多评论"),
    ("这里暂时不作更多回应。", "refuse", "暂时不作更多回应"),
    ("目前我们还在跟踪调研，暂时不便作出评价。", "refuse", "不便作出评价"),
    ("至于明年物价走势，现在作判断还为时尚早。", "unable", "现在作判断还为时尚早"),
    ("具体时间现在还不好说。", "unable", "现在还不好说"),
    ("目前调查还在进行中，结果出来后会及时公布。", "defer", "结果出来后会及时公布"),
    ("对此我们暂不回应。", "refuse", "暂不回应"),
    ("这个问题无可奉告。", "refuse", "无可奉告"),
    ("對此不予置評。", "refuse", "不予置評"),
    ("这个数据我们目前还不掌握。", "unable", "目前还不掌握"),
    ("我不了解具体情况。", "unable", "不了解具体情况"),
    ("這件事我不清楚。", "unable", "我不清楚"),
    ("具体数字会后提供给您。", "defer", "会后提供"),
    ("建议你向市住建局了解。", "defer", "建议你向市住建局了解"),
    ("請您向市交通運輸局諮詢。", "defer", "請您向市交通運輸局諮詢"),
    ("详细情况我们会后再向大家通报。", "defer", "我们会后再"),
    ("我没有可以提供的信息。", "unable", "没有可以提供的信息"),
    ("具体数字目前还在统计中。", "unable", "目前还在统计中"),
    ("这个问题不在我们的职责范围内。", "refuse", "不在我们的职责范围"),
    ("我已经回答过这个问题了。", "refuse", "我已经回答过这个问题"),
    ("我们会适时发布消息，请保持关注。", "defer", "适时发布消息"),
    ("我没有听说这个情况。", "unable", "我没有听说这个"),
    ("我们已经多次阐明了立场，这里不再重复。", "refuse", "这里不再重复"),
    ("我对此没有评论。", "refuse", "我对此没有评论"),
    ("这个问题我们之前已经回答过。", "refuse", "我们之前已经回答过"),
    ("我们没有什么可以补充的。", "refuse", "没有什么可以补充的"),
    ("我没有这方面的信息。", "unable", "我没有这方面的信息"),
    ("我现在无法向你提供更多信息。", "unable", "无法向你提供更多信息"),
    ("关于具体细节，请你参阅我们发布的新闻稿。", "defer", "请你参阅"),
    ("这个问题超出了我今天发布的范围。", "refuse", "超出了我今天发布的范围"),
    ("这个问题我们会在适当的时候发布。", "defer", "会在适当的时候发布"),
    ("相关数据我们正在核实，核实后及时向社会公布。", "defer", "正在核实，核实后"),
    ("这个问题不属于我们部门的职责范围。", "refuse", "不属于我们部门的职责范围"),
    ("这个问题我们会认真研究。", "defer", "这个问题我们会认真研究"),
    ("目前相关方案还在研究论证中。", "defer", "还在研究论证中"),
    ("有关情况我们会适时发布。", "defer", "会适时发布"),
    ("这个问题请你去问有关部门。", "defer", "请你去问有关部门"),
    ("具体情况我们还在核实。", "unable", "具体情况我们还在核实"),
    ("目前还没有这方面的消息。", "unable", "目前还没有这方面的消息"),
    ("我不回答假设性问题。", "refuse", "不回答假设性问题"),
    ("这个问题超出了我的职责范围。", "refuse", "超出了我的职责范围"),
    ("我没有什么要补充的。", "refuse", "我没有什么要补充的"),
    ("具体走势目前还难以预测。", "unable", "目前还难以预测"),
    ("这个问题我们掌握的数据不全，不好回答。", "unable", "不好回答"),
    ("具体的发布时间，我们会另行通知。", "defer", "另行通知"),
    ("这个问题我们会后可以提供更详细的材料。", "defer", "会后可以提供"),
    ("目前我们正在与财政部门研究，有了明确意见后会及时向社会公布。", "defer", "意见后会及时向社会公布"),
    ("至於碳價未來走勢，我們不做預測。", "refuse", "我們不做預測"),
    ("关于全年走势，我们不做具体预测。", "refuse", "我们不做具体预测"),
    ("省級數據暫不對外發佈，請理解。", "refuse", "暫不對外發佈"),
    ("至於具體個案的細節，不便在這裏透露。", "refuse", "不便在這裏透露"),
    ("需要等待专家组评估后才能得出结论，现在不宜下结论。", "unable", "不宜下结论"),
    ("还没有分年龄段的数据，无法回答。", "unable", "无法回答"),
    ("具体情况请你以权威发布为准。", "defer", "以权威发布为准"),
    ("具体数据请以届时公布为准。", "defer", "以届时公布为准"),
    ("关于航母的有关情况，我们会适时发布权威信息。", "defer", "适时发布"),
    ("条件成熟时将依程序推出，请大家关注证监会官方网站。", "defer", "关注证监会官方网站"),
    ("目前还不便公布具体学校名单。", "refuse", "不便公布"),
    ("具体方案暂时无法答复。", "unable", "无法答复"),
    ("这个问题我们现在还没办法回答。", "unable", "没办法回答"),
    ("具体交房时间目前还无法确定。", "unable", "目前还无法确定"),
    ("這方面暫時未有具體消息可以公佈。", "unable", "暫時未有具體消息可以公佈"),
    ("待调查结果出来后，我们会第一时间向社会公布。", "defer", "结果出来后，我们会第一时间向社会公布"),
    ("如有进一步安排会适时向大家交代。", "defer", "如有进一步安排会适时向大家交代"),
    ("这个问题我不便具体评论。", "refuse", "不便具体评论"),  # an adverb between 不便 and the verb
    ("对此不便作评论。", "refuse", "不便作评论"),
    ("这个我们不方便具体透露。", "refuse", "不方便具体透露"),
    ("具体案情目前不宜对外公布。", "refuse", "不宜对外公布"),
    ("目前相关部门正在调查，暂时无可奉告。", "refuse", "无可奉告"),  # a refusal outweighs a deferral in its sentence
    ("具体名单我这里就不提前透露了。", "refuse", "这里就不提前透露了"),
    ("我們不會就此作任何揣測。", "refuse", "不會就此作任何揣測"),
    ("我覺得現階段不適合評論。", "refuse", "不適合評論"),
    ("目前未能提供更多細節。", "unable", "未能提供更多細節"),
    ("這方面暫時沒有可以說明的。", "unable", "暫時沒有可以說明的"),
    ("这个问题我们会后了解一下具体情况再给大家答复。", "defer", "会后了解一下具体情况再给大家答复"),
    ("目前事故调查工作正在进行中。", "defer", "调查工作正在进行中"),
    ("具体原因以最终调查结果为准。", "defer", "以最终调查结果为准"),
    # a call-in's: looked into after the show, the caller called back
    ("具体到您这个小区，我们下来了解一下。", "defer", "下来了解一下"),
    ("这个情况今天之内让街道和物业联系您。", "defer", "今天之内让街道和物业联系您"),
    ("麻烦您把小区名称留给导播。", "defer", "麻烦您把小区名称留给导播"),
    ("关于这个问题，我们已多次阐明立场。", "refuse", "已多次阐明立场"),  # said many times, not again
])
def test_cues(answer, kind, cue):
    found = find(answer)
    assert found is not None and found.kind == kind
    assert cue in found.cue and found.cue in answer
    assert answer[found.start:found.end].startswith(answer.split("。")[0][:2])


def test_points_at_the_sentence_of_the_cue():
    answer = "我们开展了专项检查,发现问题12个。涉及企业的名单,目前不便透露。下一步继续督办。"
    found = find(answer)
    assert answer[found.start:found.end] == "涉及企业的名单,目前不便透露。"


def test_range_limits_the_search():
    answer = "感谢提问。这个问题无可奉告。"
    assert find(answer, 0, 5) is None
    assert find(answer, 5).kind == "refuse"


@pytest.mark.parametrize("answer, kind, cue", [
    # a word between the parts of a cue, a near synonym: the cue reads the whole clause
    ("我们目前还在了解核实，会后会向媒体作出答复。", "unable", "还在了解核实"),
    ("具体情况会后可以请我们学生处的同志跟您详细沟通。", "defer", "会后可以请我们学生处的同志跟您详细沟通"),
    ("这个问题会后我们请相关处室与您对接。", "defer", "会后我们请相关处室与您对接"),
    ("这个问题我们会后了解一下，再答复您。", "defer", "会后了解一下"),
    ("目前该案正在调查处理中。", "defer", "正在调查处理中"),
    ("我们现场没有掌握具体信息。", "unable", "我们现场没有掌握具体信息"),
    ("暂时不便多谈。", "refuse", "不便多谈"),
    ("目前没有可以宣布的消息。", "unable", "没有可以宣布的消息"),
    ("方案成熟后将及时对外发布。", "defer", "成熟后将及时对外发布"),
    ("相关数据出来后，我们会及时向社会公布。", "defer", "数据出来后，我们会及时向社会公布"),
    ("我哋暫時未能提供具體的數字。", "unable", "未能提供具體的數字"),
    ("技术细节不便在这里展开。", "refuse", "不便在这里展开"),
])
def test_cues_with_words_between_or_near_synonyms(answer, kind, cue):
    found = find(answer)
    assert (found.kind, found.cue) == (kind, cue)


@pytest.mark.parametrize("answer", [
    "会后将印发实施方案，明确各项任务。",  # a plan issued after the meeting, no reply put off
    "如有其他采访需求，会后请与市生态环境局办公室联系。",  # the host's contact line
    "我们现场了解到，群众反映强烈。",
    "由于时间关系,今天的现场提问就到这里,如果记者朋友还有其他问题需要了解,发布会结束之后,可以与市生态环境局联系。",
    "为了让群众更好地了解政策,我们开展了宣传,让企业清楚知道标准要求。",
    "我们已经全面掌握了全市污染源底数。",
    "整改完成之后提供技术服务,帮助企业了解新标准。",
    "我们将持续向社会公开,接受群众监督。",
    "我们将适时发布重污染天气预警。",
    "检测结果出来了，水质全部达标。",  # a result that came out is no deferral
    "全市正在调查中的案件有12起。",
    "截至目前，全市正在核实的线索有12条，核实后将依法处理。",
    "我们会在适当的时候对达标企业给予奖励。",
    "我们没有相关的统计数据，但全市共建成污水厂12座。",
    "我们正在研究制定《条例》，预计年底出台。",
    "我们会把这些经验推广到其他区县，也把先进做法转到兄弟城市。",  # (转给 a question or a request only)
    "回去以后，企业很快完成了整改。",  # (taken back to be looked into, not any 回去后)
    "会后我们将组织记者实地采访。",
    "我刚才已经回答了记者的提问，下面补充一些数据。",  # (said already, then more said)
    "中方已经表明态度，我们坚决反对贸易战升级。",  # (the position stated is the answer)
    "我们将及时向社会公布空气质量信息。",
    "中方立场是一贯的，我们的立场十分明确。",
    "请有关部门加强监管。",
    "请大家关注我们的微信公众号，获取更多服务信息。",  # a plug, nothing asked of it
    "排放标准以国家发布的为准，企业要严格执行。",
    "今年全市新增就业岗位12万个，我们将持续关注重点群体就业。",
    "请大家持续关注天气变化，做好防范。",
    "我们将在调查结束后依法严肃处理。",
    "我们不会透露了解到的个人信息，请大家放心。",  # 了 of 了解 ends no refusal
    "目前灾情还在统计中。初步统计，全省农作物受灾面积约7.9万公顷。",  # the preliminary figure answers it
    "下来我们将加大检查力度。",  # (下来 as "next", no looking into)
    "有问题可以随时联系我们。",
])
def test_ordinary_answers_do_not_fire(answer):
    assert find(answer) is None


@pytest.mark.parametrize("path", sorted(CORPUS.glob("*.txt")), ids=lambda p: p.name)
def test_corpus_non_answers_are_cues_inside_answers(path):
    """Whatever fires on the real corpus sits in an answer of its pair, and reads as the cue it names."""
    analysis = analyse(path)
    conf = analysis.conference
    for pair, qm in zip(conf.qa_pairs, analysis.qa):
        na = qm.non_answer
        if na is None:
            continue
        turns = [conf.turns[i] for i in pair.answer_turns]
        assert any(t.start <= na.start < na.end <= t.end for t in turns), path.name
        assert to_simplified(na.cue) in to_simplified(conf.text[na.start:na.end])


@pytest.mark.parametrize("answer,kind", [
    ("剛才我說得很清楚,我不再重複。還有沒有其他的問題。", "refuse"),
    ("細節方面我現時把握不到,我們稍後會全部一起向你們公布。", "unable"),
    ("至於細節方面,稍後我們會一併公布。", "defer"),
])
def test_stand_up_refusals_in_traditional_script(answer, kind):
    found = find(answer)
    assert found is not None and found.kind == kind


def test_rate():
    assert non_answer_rate([True, False, False, False]) == 0.25
    assert non_answer_rate([]) == 0.0
