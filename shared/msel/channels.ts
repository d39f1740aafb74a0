// Recognises the delivery channel from the words people write in the channel column,
// in English, Vietnamese and Chinese. The longest matching word wins, so
// "báo cáo hiện trường" (field report) beats "báo" and "thông báo" beats nothing.
import { CHANNELS, type Channel } from '../model/exercise';
import { labelsInAllLocales } from './labels';
import { containsFolded, fold } from './text';

// prettier-ignore
const KEYWORDS: Record<Channel, string[]> = {
  phone: [
    'phone', 'telephone', 'call', 'phone call', 'mobile', 'sms', 'text message', 'hotline',
    'điện thoại', 'gọi điện', 'tin nhắn', 'đường dây nóng',
    '电话', '電話', '手机', '手機', '短信', '簡訊', '热线', '熱線',
  ],
  radio: [
    'radio', 'walkie talkie', 'two way radio', 'vhf', 'uhf',
    'vô tuyến', 'vô tuyến điện', 'bộ đàm', 'máy bộ đàm',
    '无线电', '無線電', '对讲机', '對講機', '电台', '電台',
  ],
  email: [
    'email', 'e mail', 'mail', 'thư điện tử', 'gmail',
    '邮件', '郵件', '电子邮件', '電子郵件', '电邮', '電郵',
  ],
  media: [
    'media', 'news', 'press', 'tv', 'television', 'social media', 'newspaper', 'broadcast',
    'báo chí', 'truyền thông', 'truyền hình', 'mạng xã hội', 'tờ báo', 'tin tức', 'phóng viên',
    '媒体', '媒體', '新闻', '新聞', '电视', '電視', '报道', '報導', '社交媒体', '社群媒體', '舆情', '輿情',
  ],
  field_report: [
    'field report', 'field', 'on scene report', 'situation report', 'sitrep',
    'báo cáo hiện trường', 'hiện trường', 'báo cáo',
    '现场报告', '現場報告', '现场', '現場', '现场汇报', '現場匯報',
  ],
  briefing: [
    'briefing', 'brief', 'meeting', 'in person', 'verbal',
    'giao ban', 'thông báo', 'họp', 'trực tiếp', 'phổ biến',
    '简报', '簡報', '通报', '通報', '会议', '會議', '口头', '口頭', '当面', '當面',
  ],
  document: [
    'document', 'paper', 'memo', 'letter', 'fax', 'written order', 'handout',
    'văn bản', 'công văn', 'giấy tờ', 'tài liệu', 'fax', 'quyết định',
    '文件', '公文', '书面', '書面', '传真', '傳真', '文书', '文書',
  ],
};

const FOLDED: { channel: Channel; word: string }[] = CHANNELS.flatMap((channel) => {
  const words = [
    ...KEYWORDS[channel],
    channel, // the stored value itself: "field_report" folds to "field report"
    ...labelsInAllLocales((c) => c.channels[channel]),
  ];
  return [...new Set(words.map(fold))].map((word) => ({ channel, word }));
}).sort((a, b) => b.word.length - a.word.length);

/** The channel a cell names, or null when no word is recognised (the caller warns). */
export function matchChannel(text: string): Channel | null {
  const folded = fold(text);
  if (folded === '') return null;
  for (const { channel, word } of FOLDED) {
    if (word !== '' && containsFolded(folded, word)) return channel;
  }
  return null;
}
