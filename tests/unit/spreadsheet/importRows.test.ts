import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../../shared/i18n/locales';
import { CHANNELS, LIMITS, injectSchema, type Phase, type Team } from '../../../shared/model/exercise';
import { matchChannel } from '../../../shared/msel/channels';
import { emptyMapping, guessMapping, type ColumnMapping } from '../../../shared/msel/columns';
import { importRows, importableInjects, type PreviewRow } from '../../../shared/msel/importRows';
import { spreadsheetCatalogues } from '../../../shared/msel/labels';
import { matchRecipients } from '../../../shared/msel/recipients';
import { formatScenarioTime, MAX_OFFSET_SEC, parseScenarioTime } from '../../../shared/msel/time';

const team = (id: string, name: string, agency = ''): Team => ({ id, name, agency, colour: '#336699', roster: [] });
const TEAMS: Team[] = [
  team('t-fire', 'Đội PCCC/CNCH', 'Công an tỉnh'),
  team('t-police', 'Cảnh sát cơ động', 'Công an tỉnh'),
  team('t-med', 'Tổ y tế', 'Bệnh viện Đa khoa tỉnh'),
  team('t-customs', '海关查验组', '口岸海关'),
];
const PHASES: Phase[] = [{ id: 'p1', name: 'Giai đoạn 1: Báo động', discussionQuestions: [] }];

const HEADER = [
  'STT',
  'Thời gian',
  'Giai đoạn',
  'Người gửi',
  'Gửi đến',
  'Hình thức',
  'Tiêu đề',
  'Nội dung',
  'Yêu cầu xử lý',
  'Ghi chú',
];
const MAPPING: ColumnMapping = guessMapping(HEADER);

function counter() {
  let n = 0;
  return () => `id-${++n}`;
}

function run(rows: string[][], extra: Partial<Parameters<typeof importRows>[2]> = {}) {
  return importRows([HEADER, ...rows], MAPPING, {
    teams: TEAMS,
    phases: PHASES,
    hasHeader: true,
    newId: counter(),
    ...extra,
  });
}

/** A valid row with some cells replaced. */
function row(cells: Partial<Record<keyof ColumnMapping, string>> = {}): string[] {
  const base = {
    number: '1',
    time: 'T+00:05',
    phase: '',
    from: 'Trực ban 114',
    to: 'Đội PCCC/CNCH',
    channel: 'Điện thoại',
    title: 'Cháy kho hàng',
    message: 'Phát hiện cháy tại kho hàng',
    expectedAction: 'Điều xe chữa cháy',
    notes: '',
    ...cells,
  };
  return [
    base.number,
    base.time,
    base.phase,
    base.from,
    base.to,
    base.channel,
    base.title,
    base.message,
    base.expectedAction,
    base.notes,
  ];
}

const keys = (r: PreviewRow | undefined) =>
  r?.problems.map((p) => `${p.severity}:${p.messageKey.replace('spreadsheet.problems.', '')}`);

describe('parseScenarioTime', () => {
  it.each([
    ['T+01:30', 5400],
    ['t + 1:30', 5400],
    ['01:30', 5400],
    ['1:30:00', 5400],
    ['0:00:45', 45],
    ['90', 5400],
    ["90'", 5400],
    ['90 phút', 5400],
    ['90分钟', 5400],
    ['１:３０', 5400], // full-width digits from a Chinese input method
    ['0.0625', 5400], // Excel fractional day
    ['0,0625', 5400],
    ['1h30', 5400],
    ['H+2:00', 7200],
    ['00:00', 0],
    ['30:00', 108_000], // past midnight in a long full-scale exercise
  ])('reads %s', (text, seconds) => {
    expect(parseScenarioTime(text)).toEqual({ ok: true, seconds });
  });

  it.each(['1:75', 'soon', '10:30 AM', '-5', 'T+', '1:2:3:4'])('refuses %s', (text) => {
    expect(parseScenarioTime(text)).toEqual({ ok: false, reason: 'invalid' });
  });

  it('tells a missing time and one past the longest exercise apart', () => {
    expect(parseScenarioTime('  ')).toEqual({ ok: false, reason: 'missing' });
    expect(parseScenarioTime('169:00')).toEqual({ ok: false, reason: 'out_of_range' });
  });

  it('accepts exactly the longest exercise and refuses one second past it', () => {
    expect(MAX_OFFSET_SEC).toBe(168 * 3600);
    for (const atMax of ['T+168:00', '168:00:00', '10080', '168h', '7.0']) {
      expect(parseScenarioTime(atMax), atMax).toEqual({ ok: true, seconds: MAX_OFFSET_SEC });
    }
    for (const pastMax of ['T+168:00:01', '168:01', '10081', '168h1']) {
      expect(parseScenarioTime(pastMax), pastMax).toEqual({ ok: false, reason: 'out_of_range' });
    }
  });

  it.each(['1:60', '1:30:60', '1h60'])('refuses %s rather than carrying 60 into the next unit', (text) => {
    expect(parseScenarioTime(text)).toEqual({ ok: false, reason: 'invalid' });
  });

  it('formats as T+hh:mm and round-trips', () => {
    expect(formatScenarioTime(5400)).toBe('T+01:30');
    expect(formatScenarioTime(45)).toBe('T+00:00:45');
    for (const s of [0, 59, 3600, 86_399, 500_000]) {
      expect(parseScenarioTime(formatScenarioTime(s))).toEqual({ ok: true, seconds: s });
    }
  });
});

describe('matchChannel', () => {
  it.each([
    ['Phone call', 'phone'],
    ['Điện thoại', 'phone'],
    ['dien thoai', 'phone'],
    ['电话', 'phone'],
    ['電話', 'phone'],
    ['Radio', 'radio'],
    ['Vô tuyến', 'radio'],
    ['Bộ đàm', 'radio'],
    ['无线电', 'radio'],
    ['無線電', 'radio'],
    ['E-mail', 'email'],
    ['Thư điện tử', 'email'],
    ['邮件', 'email'],
    ['郵件', 'email'],
    ['News', 'media'],
    ['Báo chí', 'media'],
    ['Truyền thông', 'media'],
    ['媒体', 'media'],
    ['新闻', 'media'],
    ['媒體', 'media'],
    ['新聞', 'media'],
    ['Field report', 'field_report'],
    ['Báo cáo hiện trường', 'field_report'],
    ['现场报告', 'field_report'],
    ['現場報告', 'field_report'],
    ['Briefing', 'briefing'],
    ['Giao ban', 'briefing'],
    ['Thông báo', 'briefing'],
    ['简报', 'briefing'],
    ['簡報', 'briefing'],
    ['Document', 'document'],
    ['Văn bản', 'document'],
    ['Công văn', 'document'],
    ['文件', 'document'],
    ['field_report', 'field_report'],
  ])('%s → %s', (text, channel) => {
    expect(matchChannel(text)).toBe(channel);
  });

  it("recognises every locale's own channel label", () => {
    for (const locale of LOCALES) {
      for (const channel of CHANNELS) {
        expect(matchChannel(spreadsheetCatalogues[locale].channels[channel]), `${locale} ${channel}`).toBe(channel);
      }
    }
  });

  it('returns null for words it does not know', () => {
    expect(matchChannel('Carrier pigeon')).toBeNull();
  });
});

describe('matchRecipients', () => {
  it('splits on every separator and matches names and agencies without case or diacritics', () => {
    expect(matchRecipients('canh sat co dong; Tổ Y TẾ\n海关查验组', TEAMS)).toEqual({
      audience: 'teams',
      teamIds: ['t-police', 't-med', 't-customs'],
      unknown: [],
    });
    expect(matchRecipients('Bệnh viện đa khoa tỉnh、口岸海关', TEAMS)).toMatchObject({
      teamIds: ['t-med', 't-customs'],
    });
    // An agency stands for all its teams.
    expect(matchRecipients('Công an tỉnh', TEAMS)).toMatchObject({ teamIds: ['t-fire', 't-police'] });
  });

  it('keeps a team name that contains a separator whole', () => {
    expect(matchRecipients('Đội PCCC/CNCH, Tổ y tế', TEAMS)).toEqual({
      audience: 'teams',
      teamIds: ['t-fire', 't-med'],
      unknown: [],
    });
  });

  it.each(['All', 'tất cả', 'Tất cả các đội', '全体', '全體', '所有'])('reads "%s" as everyone', (word) => {
    expect(matchRecipients(word, TEAMS)).toEqual({ audience: 'all', teamIds: [] });
  });

  it('reports names it cannot match', () => {
    expect(matchRecipients('Tổ y tế, Biên phòng, 边检站', TEAMS)).toEqual({
      audience: 'teams',
      teamIds: ['t-med'],
      unknown: ['Biên phòng', '边检站'],
    });
  });
});

describe('importRows', () => {
  it('builds valid injects with fresh ids, one expected action per recipient team', () => {
    const preview = run([
      row(),
      row({
        number: '2',
        time: '45',
        to: 'Tổ y tế; Cảnh sát cơ động',
        channel: 'Bộ đàm',
        phase: 'giai doan 1: bao dong',
        notes: 'Theo dõi thời gian',
      }),
    ]);
    expect(preview.counts).toEqual({ total: 2, ok: 2, warnings: 0, errors: 0 });
    const [first, second] = preview.rows;
    expect(first?.rowNumber).toBe(2);
    expect(first?.inject).toMatchObject({
      number: '1',
      offsetSec: 300,
      channel: 'phone',
      sender: 'Trực ban 114',
      audience: 'teams',
      recipientTeamIds: ['t-fire'],
      title: 'Cháy kho hàng',
      body: 'Phát hiện cháy tại kho hàng',
      phaseId: null,
    });
    expect(second?.inject).toMatchObject({
      offsetSec: 2700,
      channel: 'radio',
      phaseId: 'p1',
      recipientTeamIds: ['t-med', 't-police'],
      controllerNotes: 'Theo dõi thời gian',
    });
    expect(second?.inject?.expectedActions.map((a) => [a.teamId, a.description])).toEqual([
      ['t-med', 'Điều xe chữa cháy'],
      ['t-police', 'Điều xe chữa cháy'],
    ]);
    const injects = importableInjects(preview);
    expect(injects).toHaveLength(2);
    for (const inject of injects) expect(injectSchema.parse(inject)).toEqual(inject);
    const ids = injects.flatMap((i) => [i.id, ...i.expectedActions.map((a) => a.id)]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('uses crypto.randomUUID when no id factory is given', () => {
    const preview = importRows([HEADER, row()], MAPPING, { teams: TEAMS, hasHeader: true });
    expect(preview.rows[0]?.inject?.id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('numbers rows as the spreadsheet does, skipping blank rows, with or without a header', () => {
    const preview = importRows([row(), ['', ' '], row({ number: '2' })], MAPPING, {
      teams: TEAMS,
      hasHeader: false,
      newId: counter(),
    });
    expect(preview.rows.map((r) => r.rowNumber)).toEqual([1, 3]);
  });

  it('sends "all" to every team, with an expected action for each', () => {
    const preview = run([row({ to: 'Tất cả' })]);
    expect(preview.rows[0]?.inject).toMatchObject({ audience: 'all', recipientTeamIds: [] });
    expect(preview.rows[0]?.inject?.expectedActions.map((a) => a.teamId)).toEqual(TEAMS.map((t) => t.id));
  });

  it('errors on a bad or missing time, naming the value', () => {
    const preview = run([
      row({ time: 'sáng mai' }),
      row({ number: '2', time: '' }),
      row({ number: '3', time: '200:00' }),
    ]);
    expect(preview.rows.map(keys)).toEqual([['error:timeInvalid'], ['error:timeMissing'], ['error:timeOutOfRange']]);
    expect(preview.rows[0]?.problems[0]).toMatchObject({ column: 'time', params: { value: 'sáng mai' } });
    expect(preview.rows[2]?.problems[0]?.params).toEqual({ value: '200:00', max: 168 });
    expect(preview.rows.every((r) => r.inject === undefined)).toBe(true);
    expect(preview.counts).toEqual({ total: 3, ok: 0, warnings: 0, errors: 3 });
  });

  it('auto-numbers rows without a number after the highest one, with a warning', () => {
    const preview = run([row({ number: '' }), row({ number: '7' }), row({ number: '' })], {
      existingNumbers: ['3', 'C1'],
    });
    expect(preview.rows.map((r) => r.inject?.number)).toEqual(['8', '7', '9']);
    expect(keys(preview.rows[0])).toEqual(['warning:numberMissing']);
    expect(preview.rows[0]?.problems[0]?.params).toEqual({ number: '8' });
    expect(preview.counts).toEqual({ total: 3, ok: 1, warnings: 2, errors: 0 });
  });

  it('errors on numbers used twice in the file or already in the exercise', () => {
    const preview = run([row({ number: '1' }), row({ number: '2' }), row({ number: ' 1 ' }), row({ number: 'c1' })], {
      existingNumbers: ['C1'],
    });
    expect(preview.rows.map(keys)).toEqual([[], [], ['error:numberDuplicateInFile'], ['error:numberExists']]);
    expect(preview.rows[2]?.problems[0]?.params).toEqual({ number: '1', row: 2 });
    expect(preview.rows[3]?.problems[0]?.params).toEqual({ number: 'c1' });
    expect(importableInjects(preview).map((i) => i.number)).toEqual(['1', '2']);
  });

  it('errors on an over-long number', () => {
    expect(keys(run([row({ number: 'X'.repeat(21) })]).rows[0])).toEqual(['error:numberTooLong']);
  });

  it('warns on an unknown or missing channel and files it as a document', () => {
    const preview = run([row({ channel: 'Bồ câu đưa thư' }), row({ number: '2', channel: '' })]);
    expect(preview.rows.map(keys)).toEqual([['warning:channelUnknown'], ['warning:channelMissing']]);
    expect(preview.rows[0]?.problems[0]?.params).toEqual({ value: 'Bồ câu đưa thư' });
    expect(preview.rows.map((r) => r.inject?.channel)).toEqual(['document', 'document']);
  });

  it('errors on unknown recipients, naming them', () => {
    const preview = run([row({ to: 'Tổ y tế, Biên phòng cửa khẩu' })]);
    expect(keys(preview.rows[0])).toEqual(['error:unknownRecipients']);
    expect(preview.rows[0]?.problems[0]).toMatchObject({ column: 'to', params: { names: 'Biên phòng cửa khẩu' } });
    expect(preview.rows[0]?.inject).toBeUndefined();
  });

  it('sends to everyone, with a warning, when no recipient is given', () => {
    const preview = run([row({ to: '' })]);
    expect(keys(preview.rows[0])).toEqual(['warning:recipientsMissing']);
    expect(preview.rows[0]?.inject?.audience).toBe('all');
  });

  it('takes the title from the first line of the message, truncated', () => {
    const long =
      'Một đám cháy lớn bùng phát tại kho hàng số 3 khu vực cửa khẩu quốc tế, khói lan sang nhà ga hành khách';
    const preview = run([row({ title: '', message: `\n${long}\nDòng thứ hai` })]);
    const inject = preview.rows[0]?.inject;
    expect(keys(preview.rows[0])).toEqual(['warning:titleFromMessage']);
    expect(inject?.title.length).toBeLessThanOrEqual(80);
    expect(inject?.title.endsWith('…')).toBe(true);
    expect(long.startsWith(inject?.title.slice(0, -1) ?? 'x')).toBe(true);
    expect(inject?.body).toBe(`${long}\nDòng thứ hai`);
  });

  it('shortens an over-long title with a warning, and errors when there is neither title nor message', () => {
    const preview = run([row({ title: 'T'.repeat(250) }), row({ number: '2', title: '', message: '' })]);
    expect(preview.rows.map(keys)).toEqual([['warning:titleTruncated'], ['error:titleMissing']]);
    expect(preview.rows[0]?.inject?.title.length).toBe(LIMITS.titleMax);
  });

  it('warns on an unknown phase and leaves the inject without one', () => {
    const preview = run([row({ phase: 'Giai đoạn 9' })]);
    expect(keys(preview.rows[0])).toEqual(['warning:unknownPhase']);
    expect(preview.rows[0]?.problems[0]?.params).toEqual({ phase: 'Giai đoạn 9' });
    expect(preview.rows[0]?.inject?.phaseId).toBeNull();
  });

  it("errors on texts past the model's limits", () => {
    const preview = run([row({ from: 'x'.repeat(501) }), row({ number: '2', expectedAction: 'y'.repeat(4001) })]);
    expect(preview.rows.map(keys)).toEqual([['error:textTooLong'], ['error:textTooLong']]);
    expect(preview.rows[0]?.problems[0]).toMatchObject({ column: 'from', params: { max: 500 } });
  });

  it('warns that an expected action is dropped when there is no team to own it', () => {
    const preview = importRows([HEADER, row({ to: 'Tất cả' })], MAPPING, {
      teams: [],
      hasHeader: true,
      newId: counter(),
    });
    expect(keys(preview.rows[0])).toEqual(['warning:expectedActionDropped']);
    expect(preview.rows[0]?.inject?.expectedActions).toEqual([]);
  });

  it('reads a minimal mapping (time and message only)', () => {
    const mapping = { ...emptyMapping(), time: 0, message: 1 };
    const preview = importRows([['0.0625', 'Khói bốc lên']], mapping, {
      teams: TEAMS,
      hasHeader: false,
      newId: counter(),
    });
    expect(preview.rows[0]?.inject).toMatchObject({
      number: '1',
      offsetSec: 5400,
      title: 'Khói bốc lên',
      audience: 'all',
      channel: 'document',
    });
    expect(keys(preview.rows[0])).toEqual([
      'warning:numberMissing',
      'warning:channelMissing',
      'warning:recipientsMissing',
      'warning:titleFromMessage',
    ]);
  });

  it('removes the apostrophe the CSV export puts before formula-like cells', () => {
    const preview = run([row({ message: "'- Sơ tán\n- Phong tỏa" })]);
    expect(preview.rows[0]?.inject?.body).toBe('- Sơ tán\n- Phong tỏa');
  });

  it('refuses more rows than an exercise may hold', () => {
    const rows = Array.from({ length: LIMITS.injectsMax + 1 }, (_, i) => row({ number: String(i + 1) }));
    expect(() => run(rows)).toThrow(
      expect.objectContaining({ code: 'too_large', messageKey: 'spreadsheet.errors.tooManyRows' }),
    );
  });

  it('only uses message keys that exist in the catalogue', () => {
    const preview = run(
      [
        row({ time: 'x', to: 'Nobody', number: '' }),
        row({ title: '', message: '', channel: 'x', phase: 'x', from: 'z'.repeat(600) }),
        row({ number: 'X'.repeat(30), title: 'T'.repeat(300), to: '' }),
        row({ number: '1' }),
        row({ number: '5' }),
      ],
      { existingNumbers: ['5'] },
    );
    const problems = spreadsheetCatalogues.en.problems as Record<string, string>;
    const used = new Set(preview.rows.flatMap((r) => r.problems.map((p) => p.messageKey)));
    expect(used.size).toBeGreaterThan(8);
    for (const key of used) expect(problems[key.replace('spreadsheet.problems.', '')], key).toBeTypeOf('string');
  });

  it('reads clock times relative to the first row and names each time problem with a catalogued key', () => {
    const clockRun = (times: string[], timeBase: Parameters<typeof importRows>[2]['timeBase']) =>
      run(
        times.map((time, i) => row({ number: String(i + 1), time })),
        { timeBase },
      );
    const relative = clockRun(['22:00', '22:30', '00:10', 'bữa trưa'], null);
    expect(relative.time).toEqual({
      suggested: 'relativeToFirst',
      applied: { mode: 'relativeToFirst' },
      start: '22:00',
    });
    expect(relative.rows.map((r) => r.inject?.offsetSec ?? null)).toEqual([0, 1800, 7800, null]);
    expect(relative.rows.map(keys)).toEqual([[], [], ['warning:timeNextDay'], ['error:timeNotClock']]);
    expect(relative.rows[2]?.problems[0]?.params).toEqual({ value: '00:10', start: '22:00' });

    const offsets = clockRun(['7:05 PM'], { mode: 'offset' });
    expect(offsets.rows.map(keys)).toEqual([['error:timeIsClock']]);
    const dated = clockRun(['2024-05-01 08:30', '2024-05-01 07:00'], { mode: 'relativeTo', start: '08:00' });
    expect(dated.rows.map(keys)).toEqual([[], ['error:timeBeforeStart']]);

    const problems = spreadsheetCatalogues.en.problems as Record<string, string>;
    for (const preview of [relative, offsets, dated]) {
      for (const p of preview.rows.flatMap((r) => r.problems)) {
        expect(problems[p.messageKey.replace('spreadsheet.problems.', '')], p.messageKey).toBeTypeOf('string');
      }
    }
  });

  it('warns, with catalogued keys, about action attributes it cannot use and keeps the inject', () => {
    const mapping: ColumnMapping = { ...MAPPING, capability: 10, timeLimit: 11, weight: 12 };
    const preview = importRows(
      [
        [...HEADER, 'Năng lực', 'Thời hạn', 'Trọng số'],
        [...row({ to: 'Tổ y tế; Cảnh sát cơ động' }), 'Bay lượn', 'sớm', '200'],
        [...row({ number: '2' }), 'Sơ cấp cứu', '15 phút', '2,5'],
      ],
      mapping,
      {
        teams: TEAMS,
        capabilities: [{ id: 'cap-aid', name: 'Sơ cấp cứu' }],
        hasHeader: true,
        newId: counter(),
      },
    );
    expect(preview.rows[0]?.problems.map((p) => [p.column, p.messageKey, p.params])).toEqual([
      ['capability', 'spreadsheet.problems.capabilityUnknown', { value: 'Bay lượn' }],
      ['timeLimit', 'spreadsheet.problems.timeLimitInvalid', { value: 'sớm' }],
      ['weight', 'spreadsheet.problems.weightInvalid', { value: '200' }],
    ]);
    expect(preview.rows[0]?.inject?.expectedActions).toHaveLength(2);
    expect(preview.rows[1]?.inject?.expectedActions).toMatchObject([
      { capabilityId: 'cap-aid', timeLimitMin: 15, weight: 2.5 },
    ]);
    const problems = spreadsheetCatalogues.en.problems as Record<string, string>;
    for (const p of preview.rows[0]?.problems ?? []) {
      expect(problems[p.messageKey.replace('spreadsheet.problems.', '')], p.messageKey).toBeTypeOf('string');
    }
  });
});
