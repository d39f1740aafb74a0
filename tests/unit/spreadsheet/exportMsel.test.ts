import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { decodeCsv } from '../../../electron/services/spreadsheet/decodeCsv';
import { exportMselCsv, exportMselXlsx } from '../../../electron/services/spreadsheet/exportMsel';
import { parseCsvText, readXlsx } from '../../../electron/services/spreadsheet/readSheet';
import { LOCALES, type Locale } from '../../../shared/i18n/locales';
import { exerciseContentSchema, type ExerciseContent, type Inject } from '../../../shared/model/exercise';
import { guessMapping, MSEL_FIELDS } from '../../../shared/msel/columns';
import { importRows, importableInjects } from '../../../shared/msel/importRows';
import { spreadsheetCatalogues } from '../../../shared/msel/labels';

const action = (
  id: string,
  teamId: string,
  description: string,
  extra: { capabilityId?: string; timeLimitMin?: number; weight?: number } = {},
) => ({ id, teamId, description, ...extra });

const EXERCISE: ExerciseContent = exerciseContentSchema.parse({
  title: 'Diễn tập PCCC tại cửa khẩu',
  teams: [
    { id: 'fire', name: 'Đội PCCC/CNCH', agency: 'Công an tỉnh', colour: '#cc3300' },
    { id: 'police', name: 'Cảnh sát, Đồn 3', agency: 'Công an tỉnh', colour: '#003366' },
    { id: 'customs', name: '海关查验组', agency: '口岸海关', colour: '#336633' },
  ],
  phases: [
    { id: 'ph1', name: 'Báo động' },
    { id: 'ph2', name: 'Ứng phó ban đầu' },
  ],
  capabilities: [
    { id: 'cap-fire', name: 'Chữa cháy' },
    { id: 'cap-info', name: 'Thông tin công cộng' },
  ],
  injects: [
    {
      id: 'i1',
      number: '1',
      phaseId: 'ph1',
      offsetSec: 0,
      channel: 'phone',
      sender: 'Trực ban 114',
      recipientTeamIds: ['fire'],
      title: 'Tin báo cháy',
      body: 'Cháy tại kho hàng số 3, có người mắc kẹt.',
      expectedActions: [
        action('a1', 'fire', 'Điều 2 xe chữa cháy trong 5 phút', {
          capabilityId: 'cap-fire',
          timeLimitMin: 5,
          weight: 2.5,
        }),
      ],
      decisionOptions: ['Điều thêm xe', 'Chờ chỉ huy'],
      controllerNotes: 'Ghi lại giờ tiếp nhận',
    },
    {
      id: 'i2',
      number: '2.3',
      phaseId: 'ph2',
      offsetSec: 5400,
      channel: 'radio',
      sender: '现场指挥部',
      recipientTeamIds: ['police', 'customs'],
      title: '封锁口岸通道',
      body: '- Phong tỏa làn xe\n- Tạm dừng thông quan\n"Khẩn", theo lệnh; ngay',
      expectedActions: [action('a2', 'police', '设置警戒线'), action('a3', 'customs', '设置警戒线')],
    },
    {
      id: 'i3',
      number: 'C1',
      offsetSec: 6330,
      channel: 'media',
      audience: 'all',
      title: '=Phóng viên đến hiện trường',
      body: '',
      expectedActions: [
        action('a4', 'fire', 'Phát ngôn', { capabilityId: 'cap-info' }),
        action('a5', 'police', 'Phát ngôn', { weight: 0 }),
        action('a6', 'customs', 'Phát ngôn', { timeLimitMin: 30 }),
      ],
      decisionOptions: ['Họp báo', 'Thông cáo', '不回应'],
    },
    {
      id: 'i4',
      number: '4',
      offsetSec: 600_000,
      channel: 'field_report',
      recipientTeamIds: ['fire', 'customs'],
      title: 'Báo cáo',
      body: 'Nhiều dòng\r\nthứ hai',
      expectedActions: [
        action('a7', 'fire', 'Dập lửa', { timeLimitMin: 10 }),
        action('a8', 'customs', '疏散旅客\n清点人数'),
        action('a9', 'fire', 'Tìm kiếm người mắc kẹt', { capabilityId: 'cap-fire', timeLimitMin: 20, weight: 3 }),
      ],
    },
    {
      id: 'i5',
      number: '5',
      offsetSec: 60,
      channel: 'briefing',
      recipientTeamIds: ['customs'],
      title: '简报',
      controllerNotes: '+ thêm',
    },
    { id: 'i6', number: '6', offsetSec: 120, channel: 'email', recipientTeamIds: ['fire'], title: 'Email' },
    { id: 'i7', number: '7', offsetSec: 180, channel: 'document', recipientTeamIds: ['police'], title: 'Công văn' },
  ],
});

/** What an MSEL row carries: everything but ids. */
function essence(inject: Inject) {
  return {
    number: inject.number,
    offsetSec: inject.offsetSec,
    phaseId: inject.phaseId,
    sender: inject.sender,
    audience: inject.audience,
    recipientTeamIds: inject.recipientTeamIds,
    channel: inject.channel,
    title: inject.title,
    body: inject.body.replace(/\r\n/g, '\n'),
    expectedActions: inject.expectedActions.map((a) => [
      a.teamId,
      a.description,
      a.capabilityId,
      a.timeLimitMin,
      a.weight,
    ]),
    decisionOptions: inject.decisionOptions,
    controllerNotes: inject.controllerNotes,
  };
}

function reimport(rows: string[][]) {
  const header = rows[0] ?? [];
  const preview = importRows(rows, guessMapping(header), {
    teams: EXERCISE.teams,
    phases: EXERCISE.phases,
    capabilities: EXERCISE.capabilities,
    hasHeader: true,
  });
  return preview;
}

describe('exportMselCsv', () => {
  it('writes UTF-8 with a BOM and a header in the given locale', () => {
    const bytes = exportMselCsv(EXERCISE, 'vi');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.subarray(3).toString('utf8');
    expect(text.split('\r\n')[0]).toBe(
      'STT,Thời gian,Giai đoạn,Người gửi,Gửi đến,Phương thức truyền đạt,Tiêu đề,Nội dung,Yêu cầu xử lý,Ghi chú,' +
        'Năng lực,Thời hạn (phút),Trọng số,Phương án lựa chọn',
    );
    expect(text).toContain('T+01:30');
    expect(text).toContain('"Cảnh sát, Đồn 3, 海关查验组"');
    expect(text).toContain("'=Phóng viên"); // kept as text when Excel opens it
    expect(exportMselCsv(EXERCISE, 'en', { delimiter: ';' }).toString('utf8')).toContain('No.;Time;Phase');
  });

  it.each(LOCALES)('round-trips through import (%s)', (locale: Locale) => {
    const decoded = decodeCsv(exportMselCsv(EXERCISE, locale));
    expect(decoded.detected).toBe('utf-8');
    const preview = reimport(parseCsvText(decoded.text));
    expect(preview.counts).toEqual({
      total: EXERCISE.injects.length,
      ok: EXERCISE.injects.length,
      warnings: 0,
      errors: 0,
    });
    expect(importableInjects(preview).map(essence)).toEqual(EXERCISE.injects.map(essence));
  });
});

describe('exportMselXlsx', () => {
  it('writes a frozen, sized header row in the given locale', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await exportMselXlsx(EXERCISE, 'zh-Hant')) as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0];
    expect(sheet?.name).toBe('演練腳本');
    expect(sheet?.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const columns = spreadsheetCatalogues['zh-Hant'].columns;
    expect((sheet?.getRow(1).values as unknown[]).slice(1)).toEqual(MSEL_FIELDS.map((f) => columns[f]));
    expect(sheet?.getRow(1).font?.bold).toBe(true);
    expect(sheet?.getColumn(8).width).toBeGreaterThan(sheet?.getColumn(1).width ?? 99);
    expect(sheet?.getCell('B3').value).toBe('T+01:30');
    expect(sheet?.getCell('A3').value).toBe('2.3'); // a string, not the number 2.3
  });

  it.each(LOCALES)('round-trips through import (%s)', async (locale: Locale) => {
    const { sheets } = await readXlsx(await exportMselXlsx(EXERCISE, locale));
    const preview = reimport(sheets[0]?.rows ?? []);
    expect(preview.counts).toEqual({
      total: EXERCISE.injects.length,
      ok: EXERCISE.injects.length,
      warnings: 0,
      errors: 0,
    });
    expect(importableInjects(preview).map(essence)).toEqual(EXERCISE.injects.map(essence));
  });
});
