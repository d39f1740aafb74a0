// The header words people really put over MSEL columns, per language and field: HSEEP
// templates, T3SF and other tools' workbooks, agencies' own forms pasted from Word.
// Compared folded (no case, diacritics or punctuation), so "Thoi gian" finds "Thời gian".
// Our own export's labels (the spreadsheet catalogue) are recognised on top of these.
// Traditional and Simplified both list words shared by the two scripts, because files
// travel between the mainland, Hong Kong, Macao and Taiwan.
import type { Locale } from '../i18n/locales';
import type { MselField } from './columns';

// prettier-ignore
export const HEADER_NAMES: Record<Locale, Record<MselField, readonly string[]>> = {
  en: {
    number: ['#', 'no', 'no.', 'nr', 'number', 'inject no', 'inject #', 'inject number', 'inject id', 'id', 'msel no', 'event no', 'serial'],
    time: [
      'time', 'scenario time', 'exercise time', 'inject time', 'timing', 'offset', 't+', 'h+', 'clock',
      'real time', 'release time', 'delivery time', 'time of day', 'date/time', 'date time', 'datetime', 'start time',
    ],
    phase: ['phase', 'module', 'stage', 'part', 'section'],
    from: ['from', 'sender', 'source', 'originator', 'simulated sender', 'sent by', 'simcell'],
    to: [
      'to', 'recipient', 'recipients', 'player', 'players', 'audience', 'team', 'teams', 'addressee', 'responding agency',
      'assigned to', 'target', 'receiver', 'intended player', 'intended players',
    ],
    channel: ['channel', 'method', 'delivery method', 'delivery', 'mode', 'medium', 'means', 'inject mode'],
    title: ['title', 'inject', 'subject', 'event', 'heading', 'summary', 'inject title'],
    message: [
      'message', 'description', 'inject description', 'content', 'details', 'text', 'body', 'inject text', 'narrative',
      'script', 'message text', 'inject message', 'event description',
    ],
    expectedAction: [
      'expected action', 'expected actions', 'expected player action', 'expected player actions', 'expected response',
      'expected outcome', 'action', 'actions', 'response', 'task', 'tasks', 'required action', 'required actions',
    ],
    notes: ['notes', 'note', 'controller notes', 'controller note', 'remarks', 'comments', 'comment'],
    capability: ['capability', 'capabilities', 'core capability', 'target capability'],
    timeLimit: ['time limit', 'time limit (min)', 'deadline', 'due within', 'response time', 'minutes allowed'],
    weight: ['weight', 'weighting', 'points', 'score weight'],
    decisionOptions: ['decision options', 'decision', 'decision point', 'options', 'choices', 'poll'],
  },
  vi: {
    number: ['stt', 'số tt', 'số thứ tự', 'thứ tự', 'số', 'mã', 'mã tình huống', 'số hiệu'],
    time: [
      'thời gian', 'thời điểm', 'giờ', 'mốc thời gian', 'thời gian giả định', 'thời gian phát', 'giờ phát',
      'thời gian diễn ra', 'ngày giờ',
    ],
    phase: ['giai đoạn', 'phần', 'bước', 'phân đoạn'],
    from: ['từ', 'người gửi', 'bên gửi', 'đơn vị gửi', 'nơi gửi', 'nguồn', 'người phát', 'đơn vị phát'],
    to: [
      'gửi đến', 'đến', 'gửi cho', 'đơn vị nhận', 'người nhận', 'bên nhận', 'nơi nhận', 'lực lượng', 'lực lượng xử lý',
      'đơn vị xử lý', 'đối tượng', 'lực lượng tham gia', 'đơn vị thực hiện',
    ],
    channel: ['hình thức', 'phương thức', 'kênh', 'hình thức chuyển', 'phương tiện', 'hình thức phát'],
    title: ['tiêu đề', 'tình huống', 'tên tình huống', 'sự kiện', 'trích yếu'],
    message: [
      'nội dung', 'nội dung tình huống', 'mô tả', 'chi tiết', 'thông điệp', 'diễn biến', 'kịch bản',
      'nội dung kịch bản', 'diễn biến tình huống',
    ],
    expectedAction: [
      'yêu cầu xử lý', 'hành động cần thực hiện', 'hành động dự kiến', 'xử lý', 'yêu cầu', 'nhiệm vụ', 'biện pháp xử lý',
      'hành động mong đợi', 'hành động mong muốn', 'kết quả mong đợi', 'nội dung xử lý', 'phương án xử lý',
      'dự kiến xử lý', 'nhiệm vụ các lực lượng',
    ],
    notes: ['ghi chú', 'lưu ý', 'chú thích', 'ghi chú điều hành'],
    capability: ['năng lực', 'năng lực cần đánh giá', 'năng lực kiểm tra'],
    timeLimit: ['thời hạn', 'thời hạn (phút)', 'thời gian xử lý', 'thời gian tối đa', 'hạn xử lý'],
    weight: ['trọng số', 'hệ số', 'điểm'],
    decisionOptions: ['phương án lựa chọn', 'các phương án lựa chọn', 'lựa chọn', 'các lựa chọn'],
  },
  'zh-Hans': {
    number: ['序号', '编号', '注入编号'],
    time: ['时间', '时刻', '演练时间', '想定时间', '注入时间', '发布时间', '下达时间'],
    phase: ['阶段', '环节', '模块'],
    from: ['发送方', '发送人', '发件人', '来源', '发布方', '发出方'],
    to: ['接收方', '接收人', '接收单位', '收件人', '参演单位', '参演队伍', '对象', '接收对象'],
    channel: ['渠道', '方式', '传递方式', '注入方式', '途径'],
    title: ['标题', '情景', '状况', '事件', '名称', '主题'],
    message: ['内容', '情景内容', '描述', '详情', '信息', '正文', '脚本', '注入内容', '情况描述'],
    expectedAction: [
      '预期行动', '处置要点', '预期处置', '应对措施', '处置措施', '预期结果', '处置要求', '处置', '任务', '应对要求',
      '预期响应',
    ],
    notes: ['备注', '说明', '导调说明', '注释'],
    capability: ['能力', '核心能力', '检验能力'],
    timeLimit: ['时限', '处置时限', '完成时限', '时限（分钟）'],
    weight: ['权重', '分值'],
    decisionOptions: ['决策选项', '选项', '备选方案'],
  },
  'zh-Hant': {
    number: ['序號', '編號', '狀況編號'],
    time: ['時間', '時刻', '演練時間', '想定時間', '注入時間', '發布時間', '下達時間'],
    phase: ['階段', '環節', '模組'],
    from: ['發送方', '發送人', '發件人', '來源', '發布方', '發出方'],
    to: ['接收方', '接收人', '接收單位', '收件人', '參演單位', '參演隊伍', '對象', '接收對象'],
    channel: ['管道', '渠道', '方式', '傳遞方式', '注入方式', '途徑'],
    title: ['標題', '情境', '狀況', '事件', '名稱', '主題'],
    message: ['內容', '情境內容', '狀況內容', '描述', '詳情', '訊息', '正文', '腳本', '狀況描述'],
    expectedAction: [
      '預期行動', '處置要點', '預期處置', '應對措施', '處置措施', '預期結果', '處置要求', '處置', '任務', '應對要求',
      '預期響應',
    ],
    notes: ['備註', '說明', '導調說明', '註釋'],
    capability: ['能力', '核心能力', '檢驗能力'],
    timeLimit: ['時限', '處置時限', '完成時限', '時限（分鐘）'],
    weight: ['權重', '分值'],
    decisionOptions: ['決策選項', '選項', '備選方案'],
  },
};
