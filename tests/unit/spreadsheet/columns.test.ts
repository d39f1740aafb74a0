import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../../shared/i18n/locales';
import { MSEL_FIELDS, emptyMapping, guessMapping, missingRequiredFields } from '../../../shared/msel/columns';
import { spreadsheetCatalogues } from '../../../shared/msel/labels';

describe('guessMapping', () => {
  it('reads an English HSEEP-style header', () => {
    const mapping = guessMapping([
      'Inject #',
      'Scenario Time',
      'Module',
      'From',
      'To',
      'Delivery Method',
      'Subject',
      'Inject Description',
      'Expected Player Action',
      'Remarks',
    ]);
    expect(mapping).toEqual({
      ...emptyMapping(),
      number: 0,
      time: 1,
      phase: 2,
      from: 3,
      to: 4,
      channel: 5,
      title: 6,
      message: 7,
      expectedAction: 8,
      notes: 9,
    });
  });

  it('reads a Vietnamese header, with or without diacritics and in any case', () => {
    expect(
      guessMapping([
        'STT',
        'Thời gian',
        'Người gửi',
        'Đơn vị nhận',
        'Hình thức',
        'Tình huống',
        'Nội dung',
        'Hành động cần thực hiện',
        'Ghi chú',
      ]),
    ).toEqual({
      ...emptyMapping(),
      number: 0,
      time: 1,
      from: 2,
      to: 3,
      channel: 4,
      title: 5,
      message: 6,
      expectedAction: 7,
      notes: 8,
    });
    expect(
      guessMapping(['so tt', 'THOI GIAN', 'Từ', 'Gửi đến', 'hinh thuc', 'NỘI DUNG', 'Yêu cầu xử lý', 'ghi chu']),
    ).toEqual({
      ...emptyMapping(),
      number: 0,
      time: 1,
      from: 2,
      to: 3,
      channel: 4,
      message: 5,
      expectedAction: 6,
      notes: 7,
    });
  });

  it('gives a longer, exact name precedence over a word it contains', () => {
    // "Nội dung tình huống" is the inject's content, not its title.
    expect(guessMapping(['Số TT', 'Nội dung tình huống', 'Thời gian (giờ H)'])).toMatchObject({
      number: 0,
      message: 1,
      time: 2,
      title: null,
    });
  });

  it('reads Simplified Chinese headers', () => {
    expect(
      guessMapping(['序号', '时间', '阶段', '发送方', '接收方', '方式', '情景', '内容', '处置要点', '备注']),
    ).toEqual({
      ...emptyMapping(),
      number: 0,
      time: 1,
      phase: 2,
      from: 3,
      to: 4,
      channel: 5,
      title: 6,
      message: 7,
      expectedAction: 8,
      notes: 9,
    });
  });

  it('reads Traditional Chinese headers, with full-width punctuation', () => {
    expect(guessMapping(['序號', '時間：', '發送方', '接收方', '渠道', '狀況', '內容', '預期行動', '備註'])).toEqual({
      ...emptyMapping(),
      number: 0,
      time: 1,
      from: 2,
      to: 3,
      channel: 4,
      title: 5,
      message: 6,
      expectedAction: 7,
      notes: 8,
    });
  });

  it('recognises its own export headers in every locale', () => {
    for (const locale of LOCALES) {
      const columns = spreadsheetCatalogues[locale].columns;
      const mapping = guessMapping(MSEL_FIELDS.map((f) => columns[f]));
      expect(mapping, locale).toEqual(Object.fromEntries(MSEL_FIELDS.map((f, i) => [f, i])));
    }
  });

  it('leaves unknown columns unmapped and never maps one column twice', () => {
    const mapping = guessMapping(['Colour', 'Time', 'Time', '']);
    expect(mapping).toEqual({ ...emptyMapping(), time: 1 });
  });

  it('names the required fields a mapping lacks', () => {
    expect(missingRequiredFields(emptyMapping())).toEqual(['time', 'title']);
    expect(missingRequiredFields({ ...emptyMapping(), time: 0, message: 3 })).toEqual([]);
  });
});
