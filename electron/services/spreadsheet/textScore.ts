// How plausible a decoded text is as something a person wrote. Used to choose between
// legacy code pages that decode the same bytes without error but into different
// letters: a Vietnamese Windows-1258 file read as Windows-1252 turns "đội" into "ðôòi",
// and GBK bytes read as Big5 give rare characters instead of everyday ones.
// Scores are per non-ASCII character, so long and short files compare alike.
import * as OpenCC from 'opencc-js/cn2t';

// Everyday Simplified characters: the most frequent in general text, plus the words of
// drills and emergency services (MSEL columns, agencies, incidents).
const COMMON_SIMPLIFIED =
  '的一是不了在人有我他这个们中来上大为和国地到以说时要就出会可也你对生能而子那得于着下自之年过发后作里用道行所然家种事成方多经么去法学如都同现当没动面起看定天分还进好小部其些主样理心她本前开但因只从想实日军者意无力它与长把机十民第公此已工使情明性知全三又关点正业外将两高间由问很最重并物手应战向头文体政美相见被利什二等产或新己制身果加西斯月话合回特代内信表化老给世位次度门任常先海通教儿原东声提立及比员解水名真论处走义各入几口认条平系气题活尔更别打女变四神总何电数安少报才结反受目太量再感建务做接必场件计管期市直德资命山金指克许统区保至队形社便空决治展马科司五基眼书非则听白却界达光放强即像难且权思王象完设式色路记南品住告类求据程北边死张该交规万取拉格望觉术领共确传师观清今切院让识候带导争运笑飞风步改收根干造言联持组每济车亲极林服快办议往元英士证近失转夫令准布始怎存未远叫台单影具罗字爱击流备兵连调深商算质团集百需价花党华城石级整府离况亚请技际约示复病息究线似官火断精满支视消越器容照须九增研写称企八功包片史委乎查轻易早曾除农找装广显阿李标谈吃图念六引历首医局突专费号尽另周较注语仅考落青随选列武红响虽推势参希古众构房半节土投某案黑维革划敌致陈律足态护七兴派孩验责营星够章音跟志底站严巴例防族供效续施留讲型料终答紧黄绝奇察母京段依批群项故按河米围江织害斗双境客纪采举杀攻父苏密低朝友诉止细愿千值仍男钱破网热助倒育属坐帝限船脸职速刻乐否刚威毛状率甚独球般普怕弹校苦创假久错承印晚兰试股拿脑预谁益阳若哪微尼继送急血惊伤素药适波夜省初喜卫源食险待述陆习置居劳财环排福纳欢雷警获模充负云停木游龙树疑层冷洲冲射略范竟句室异激汉村哈策演简卡罪判担州静退既衣您宗积余痛检差富灵协角占配征修皮挥胜降阶审沉坚善妈刘读啊超免压银买皇养伊怀执副乱抗犯追帮宣佛岁航优怪香著田铁控税左右份穿艺背阵草脚概恶块顿敢守酒岛托央户烈洋哥索胡款靠评版宝座释景顾弟登货互付伯慢欧换闻危忙核暗姐介坏讨丽良序升监临亮露永呼味野架域沙掉括舰鱼杂误湾吉减编楚肯测败屋跑梦散温困剑渐封救贵枪缺楼县尚毫移娘朋画班智亦耳恩短掌恐遗固席松秘谢鲁遇康虑幸均销钟诗藏赶剧票损忽巨炮旧端探湖录叶春乡附吸予礼港雨呀板庭妇归睛饭额含顺输摇招婚脱补谓督毒油疗旅泽材灭逐莫笔亡鲜词圣择寻厂睡博勒烟授诺伦岸奥唐卖俄炸载洛健堂旁宫喝借君禁阴园谋宋避抓荣姑孙逃牙束跳顶玉镇雪午练迫爷篇肉嘴馆遍凡础洞卷坦牛宁纸诸训私庄祖丝翻暴森塔默握戏隐熟骨访弱蒙歌店鬼软典欲萨伙遭盘爸扩盖弄雄稳忘亿刺拥徒姆杨齐赛趣曲刀床迎冰虚玩析窗醒妻透购替塞努休虎扬途侵刑绿兄迅套贸毕唯谷轮库迹尤竞街促延震弃甲伟麻川申缓潜闪售灯针哲络抵朱埃抱鼓植纯夏忍页杰筑折郑贝尊吴秀混臣雅振染盛怒舞圆搞狂措姓残秋培迷诚宽宇猛摆梅毁伸摩盟末乃悲拍丁赵滑朵' +
  '序号阶段渠道内容预期行动处置要点备注接收方发送情景注入导调演练脚本消防救援海关边检站公安派出所指挥中心医院疾控应急管理局火灾爆炸泄漏疏散伤员封锁现场报告简报邮件无线电话媒体新闻通知请求支援启动预案响应等级人员车辆旅客货物可疑包裹';

const COMMON_SIMPLIFIED_SET = new Set(Array.from(COMMON_SIMPLIFIED));
// Derived, not typed: the Traditional forms of the same everyday characters.
const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
const COMMON_TRADITIONAL_SET = new Set(Array.from(toTraditional(COMMON_SIMPLIFIED)));
const COMMON_HAN = new Set([...COMMON_SIMPLIFIED_SET, ...COMMON_TRADITIONAL_SET]);

// Letters only Vietnamese uses among Latin scripts (after NFC): ă â đ ê ô ơ ư and
// every letter carrying a Vietnamese tone mark.
const VIETNAMESE_LETTER = /[ăâđêôơưĂÂĐÊÔƠƯ\u1EA0-\u1EF9]/u;
const VIETNAMESE_WORDS = new Set(
  (
    'của và các có được người trong không này cho với đã tại theo những một là để đến khi ' +
    'lực lượng đội cháy nổ xử lý báo cáo thông tin điện thoại thời gian nội dung hiện trường ' +
    'công an cảnh sát phòng chữa cháy cứu nạn cứu hộ hải quan biên phòng cửa khẩu y tế bệnh viện ' +
    'diễn tập tình huống yêu cầu ghi chú gửi đến giai đoạn hình thức văn bản chỉ huy đơn vị ' +
    'tiếp nhận triển khai phương án sơ tán nạn nhân khu vực xe người dân bị từ về sau trước'
  ).split(/\s+/),
);

const HAN = /\p{Script=Han}/u;
const SUSPICIOUS_SCRIPT = /[\u0370-\u04FF\u3040-\u30FF\u2500-\u257F\u31F0-\u31FF\uAC00-\uD7AF]/u;

export function plausibility(text: string): number {
  let nonAscii = 0;
  let score = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code < 0x80) {
      // C0 controls other than tab and line breaks: binary or the wrong UTF-16 order.
      if (code < 0x20 && ch !== '\t' && ch !== '\n' && ch !== '\r') score -= 5;
      continue;
    }
    nonAscii += 1;
    if (ch === '\uFFFD') score -= 10;
    else if (code >= 0x80 && code <= 0x9f)
      score -= 5; // C1 controls: never typed
    else if (code >= 0xe000 && code <= 0xf8ff)
      score -= 4; // private use: unmapped code points
    else if (/\p{M}/u.test(ch))
      score -= 3; // a tone mark that found no vowel to sit on
    else if (HAN.test(ch)) score += COMMON_HAN.has(ch) ? 2 : -0.5;
    else if (SUSPICIOUS_SCRIPT.test(ch))
      score -= 1; // kana, Greek, box drawing amid Chinese
    else if (VIETNAMESE_LETTER.test(ch)) score += 1;
  }
  // Whole Vietnamese words are the strongest sign that Windows-1258 was right.
  for (const word of text.toLowerCase().split(/[^\p{L}]+/u)) {
    if (word !== '' && /[^a-z]/.test(word) && VIETNAMESE_WORDS.has(word)) score += 3;
  }
  return nonAscii === 0 ? 0 : score / nonAscii;
}
