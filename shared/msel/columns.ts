// Which spreadsheet column holds which MSEL field. guessMapping reads the header row the
// way a person would: MSELs come from Word tables pasted into Excel, from HSEEP templates
// and from agencies' own forms, in four languages, so it knows many names for each field.
import { containsFolded, fold } from './text';
import { labelsInAllLocales } from './labels';

export const MSEL_FIELDS = [
  'number',
  'time',
  'phase',
  'from',
  'to',
  'channel',
  'title',
  'message',
  'expectedAction',
  'notes',
] as const;
export type MselField = (typeof MSEL_FIELDS)[number];

/** Column index (0-based) per field, or null when the file has no such column. */
export type ColumnMapping = Record<MselField, number | null>;

export function emptyMapping(): ColumnMapping {
  return Object.fromEntries(MSEL_FIELDS.map((f) => [f, null])) as ColumnMapping;
}

/**
 * Fields without which no row can be imported: a time, and something to call the
 * inject (a title or a message). The UI shows `spreadsheet.import.missingRequired`.
 */
export function missingRequiredFields(mapping: ColumnMapping): MselField[] {
  const missing: MselField[] = [];
  if (mapping.time === null) missing.push('time');
  if (mapping.title === null && mapping.message === null) missing.push('title');
  return missing;
}

// Header names per field, written naturally; they are folded before comparison, so
// diacritics, case and punctuation do not matter. Traditional and Simplified are both
// listed because files travel between the mainland, Hong Kong, Macao and Taiwan.
// prettier-ignore
const SYNONYMS: Record<MselField, string[]> = {
  number: [
    '#', 'no', 'no.', 'nr', 'number', 'inject no', 'inject #', 'inject number', 'inject id', 'id', 'msel no', 'event no',
    'stt', 'số tt', 'số thứ tự', 'thứ tự', 'số', 'mã', 'mã tình huống', 'số hiệu',
    '序号', '序號', '编号', '編號', '注入编号', '狀況編號',
  ],
  time: [
    'time', 'scenario time', 'exercise time', 'inject time', 'timing', 'offset', 't+', 'h+', 'clock',
    'thời gian', 'thời điểm', 'giờ', 'mốc thời gian', 'thời gian giả định',
    '时间', '時間', '时刻', '時刻', '演练时间', '演練時間', '想定时间', '想定時間',
  ],
  phase: [
    'phase', 'module', 'stage', 'part',
    'giai đoạn', 'phần', 'bước', 'phân đoạn',
    '阶段', '階段', '环节', '環節', '模块', '模組',
  ],
  from: [
    'from', 'sender', 'source', 'originator', 'simulated sender', 'sent by',
    'từ', 'người gửi', 'bên gửi', 'đơn vị gửi', 'nơi gửi', 'nguồn', 'người phát',
    '发送方', '發送方', '发送人', '發送人', '发件人', '發件人', '来源', '來源', '发布方', '發布方', '发出方', '發出方',
  ],
  to: [
    'to', 'recipient', 'recipients', 'player', 'players', 'audience', 'team', 'teams', 'addressee', 'responding agency',
    'gửi đến', 'đến', 'gửi cho', 'đơn vị nhận', 'người nhận', 'bên nhận', 'nơi nhận', 'lực lượng', 'lực lượng xử lý', 'đơn vị xử lý',
    '接收方', '接收人', '接收单位', '接收單位', '收件人', '参演单位', '參演單位', '参演队伍', '參演隊伍', '对象', '對象',
  ],
  channel: [
    'channel', 'method', 'delivery method', 'delivery', 'mode', 'medium', 'means',
    'hình thức', 'phương thức', 'kênh', 'hình thức chuyển', 'phương tiện',
    '渠道', '方式', '传递方式', '傳遞方式', '注入方式', '途径', '途徑', '管道',
  ],
  title: [
    'title', 'inject', 'subject', 'event', 'heading', 'summary', 'inject title',
    'tiêu đề', 'tình huống', 'tên tình huống', 'sự kiện', 'trích yếu',
    '标题', '標題', '情景', '情境', '狀況', '状况', '事件', '名称', '名稱', '主题', '主題',
  ],
  message: [
    'message', 'description', 'inject description', 'content', 'details', 'text', 'body', 'inject text', 'narrative',
    'nội dung', 'nội dung tình huống', 'mô tả', 'chi tiết', 'thông điệp', 'diễn biến',
    '内容', '內容', '情景内容', '情境內容', '狀況內容', '描述', '详情', '詳情', '信息', '訊息', '正文',
  ],
  expectedAction: [
    'expected action', 'expected actions', 'expected player action', 'expected player actions', 'expected response',
    'expected outcome', 'action', 'actions', 'response',
    'yêu cầu xử lý', 'hành động cần thực hiện', 'hành động dự kiến', 'xử lý', 'yêu cầu', 'nhiệm vụ', 'biện pháp xử lý',
    '预期行动', '預期行動', '处置要点', '處置要點', '预期处置', '預期處置', '应对措施', '應對措施', '处置措施', '處置措施', '预期结果', '預期結果',
  ],
  notes: [
    'notes', 'note', 'controller notes', 'controller note', 'remarks', 'comments', 'comment',
    'ghi chú', 'lưu ý', 'chú thích', 'ghi chú điều hành',
    '备注', '備註', '说明', '說明', '导调说明', '導調說明', '注释', '註釋',
  ],
};

// Our own export's labels are always recognised, whatever the catalogue says today.
const FOLDED: Record<MselField, string[]> = Object.fromEntries(
  MSEL_FIELDS.map((field) => {
    const words = [...SYNONYMS[field], ...labelsInAllLocales((c) => c.columns[field])];
    // '#' folds to '', so it is kept verbatim; everything else is compared folded.
    return [field, [...new Set(words.map((w) => (fold(w) === '' ? w.trim() : fold(w))))]];
  }),
) as Record<MselField, string[]>;

function isSpecific(word: string): boolean {
  return /\p{Script=Han}/u.test(word) ? word.length >= 2 : word.length >= 4;
}

/** How well one header names one field: exact names beat contained words, longer beats shorter. */
function score(header: string, field: MselField): number {
  const raw = header.trim();
  const folded = fold(raw);
  let best = 0;
  for (const word of FOLDED[field]) {
    if (word === folded || word === raw) best = Math.max(best, 1000 + word.length);
    // Contained words only count when long enough to mean something: "to" or "tu"
    // inside a longer header says little.
    else if (folded !== '' && isSpecific(word) && containsFolded(folded, word)) best = Math.max(best, word.length);
  }
  return best;
}

/** Proposes a column for each field from the header row; the user can change it. */
export function guessMapping(headers: string[]): ColumnMapping {
  const candidates: { column: number; field: MselField; score: number }[] = [];
  headers.forEach((header, column) => {
    for (const field of MSEL_FIELDS) {
      const s = score(header, field);
      if (s > 0) candidates.push({ column, field, score: s });
    }
  });
  // Greedy by strength, so "Nội dung tình huống" goes to message (its full name)
  // before the shorter "tình huống" can claim it for the title.
  candidates.sort((a, b) => b.score - a.score || a.column - b.column);
  const mapping = emptyMapping();
  const taken = new Set<number>();
  for (const c of candidates) {
    if (mapping[c.field] !== null || taken.has(c.column)) continue;
    mapping[c.field] = c.column;
    taken.add(c.column);
  }
  return mapping;
}
