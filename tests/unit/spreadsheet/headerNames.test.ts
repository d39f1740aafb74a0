// The header words of headerNames.ts, one test per language: each word alone names its
// field, and a real header row from that language's files maps every column.
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../../shared/i18n/locales';
import { emptyMapping, guessMapping, MSEL_FIELDS } from '../../../shared/msel/columns';
import { HEADER_NAMES } from '../../../shared/msel/headerNames';

describe.each(LOCALES)('header names (%s)', (locale) => {
  it('maps every listed word, alone, to its own field', () => {
    for (const field of MSEL_FIELDS) {
      for (const word of HEADER_NAMES[locale][field]) {
        expect(guessMapping([word]), `${locale} “${word}”`).toEqual({ ...emptyMapping(), [field]: 0 });
      }
    }
  });
});

describe('real header rows', () => {
  it('English: a T3SF workbook (script as the message, poll as decision options)', () => {
    expect(
      guessMapping([
        '#',
        'Real Time',
        'Player',
        'Date',
        'Subject',
        'From',
        'Script',
        'Photo',
        'Picture Name',
        'Profile',
        'Poll',
      ]),
    ).toEqual({
      ...emptyMapping(),
      number: 0,
      time: 1,
      to: 2,
      title: 4,
      from: 5,
      message: 6,
      decisionOptions: 10,
    });
    expect(guessMapping(['Inject #', 'Time', 'To', 'Message', 'Body', 'Required actions'])).toMatchObject({
      message: 3,
      expectedAction: 5,
    });
  });

  it('Vietnamese: "Hành động mong đợi", "Nhiệm vụ" and "Kịch bản"', () => {
    expect(
      guessMapping(['STT', 'Thời gian', 'Đơn vị nhận', 'Tình huống', 'Kịch bản', 'Hành động mong đợi', 'Ghi chú']),
    ).toEqual({ ...emptyMapping(), number: 0, time: 1, to: 2, title: 3, message: 4, expectedAction: 5, notes: 6 });
    expect(guessMapping(['Thoi gian', 'Noi dung', 'Nhiem vu', 'Thoi han (phut)', 'Trong so'])).toEqual({
      ...emptyMapping(),
      time: 0,
      message: 1,
      expectedAction: 2,
      timeLimit: 3,
      weight: 4,
    });
  });

  it('Simplified Chinese: 处置要求 and 内容', () => {
    expect(guessMapping(['序号', '发布时间', '接收对象', '内容', '处置要求', '处置时限', '决策选项'])).toEqual({
      ...emptyMapping(),
      number: 0,
      time: 1,
      to: 2,
      message: 3,
      expectedAction: 4,
      timeLimit: 5,
      decisionOptions: 6,
    });
  });

  it('Traditional Chinese: 處置要求 and 內容, with full-width punctuation', () => {
    expect(guessMapping(['編號', '時間：', '參演隊伍', '狀況', '內容', '處置要求', '能力', '權重'])).toEqual({
      ...emptyMapping(),
      number: 0,
      time: 1,
      to: 2,
      title: 3,
      message: 4,
      expectedAction: 5,
      capability: 6,
      weight: 7,
    });
  });
});
