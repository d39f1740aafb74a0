// A facilitator's spreadsheet through the API: read (legacy code page), preview,
// import the good rows, export and read back.
import { afterEach, describe, expect, it } from 'vitest';
import type { HostCore } from '../../../electron/host/core';
import type { Envelope } from '../../../shared/api/errors';
import { facilitator, testCore } from '../../support/core';
import { encode1258 } from '../../support/windows1258';

let cores: HostCore[] = [];
afterEach(() => {
  for (const c of cores) c.close();
  cores = [];
});
function value<T>(e: Envelope<unknown>): T {
  if (!e.ok) throw new Error(JSON.stringify(e.error));
  return e.value as T;
}

const CSV = [
  'STT,Thời gian,Người gửi,Gửi đến,Hình thức,Nội dung,Yêu cầu xử lý,Ghi chú',
  '1,T+00:05,Bảo vệ,Công an,Điện thoại,Phát hiện khói ở tầng 3,Báo cháy 114,',
  '2,sai giờ,Bảo vệ,Công an,Điện thoại,Dòng lỗi,,',
  '3,00:20,Trực ban,Đội PCCC,Vô tuyến,Có người mắc kẹt,Triển khai cứu nạn,Ghi chú cho điều hành',
].join('\r\n');

describe('MSEL spreadsheet through the API', () => {
  it('reads Windows-1258, previews bad rows, imports only the good ones, and exports back', async () => {
    const { core } = testCore();
    cores.push(core);
    const ex = value<{ id: string }>(
      await core.dispatch(
        'library.create',
        {
          title: 'Cháy',
          teams: [
            { id: 'police', name: 'Công an', colour: '#1a5fb4' },
            { id: 'fire', name: 'Đội PCCC', colour: '#b3261e' },
          ],
        },
        facilitator,
      ),
    );
    const bytes = encode1258(CSV);
    const read = value<{ format: string; encoding: string; sheets: { rows: string[][] }[] }>(
      await core.dispatch('msel.read', { fileName: 'msel.csv', base64: bytes.toString('base64') }, facilitator),
    );
    expect(read).toMatchObject({ format: 'csv', encoding: 'windows-1258' });
    const rows = read.sheets[0]!.rows;
    expect(rows[1]![5]).toBe('Phát hiện khói ở tầng 3');

    const mapping = {
      number: 0,
      time: 1,
      phase: null,
      from: 2,
      to: 3,
      channel: 4,
      title: null,
      message: 5,
      expectedAction: 6,
      notes: 7,
    };
    const preview = value<{ counts: { ok: number; errors: number } }>(
      await core.dispatch('msel.preview', { id: ex.id, rows, mapping, hasHeader: true }, facilitator),
    );
    expect(preview.counts).toMatchObject({ errors: 1 });
    const after = value<{ list?: never }>(await core.dispatch('library.get', { id: ex.id }, facilitator));
    expect(after).toMatchObject({ injects: [] }); // preview wrote nothing

    const imported = value<{
      added: number;
      exercise: { injects: { number: string; offsetSec: number; channel: string }[] };
    }>(await core.dispatch('msel.import', { id: ex.id, baseRevision: 1, rows, mapping, hasHeader: true }, facilitator));
    expect(imported.added).toBe(2);
    expect(imported.exercise.injects.map((i) => [i.number, i.offsetSec, i.channel])).toEqual([
      ['1', 300, 'phone'],
      ['3', 1200, 'radio'],
    ]);

    const file = value<{ fileName: string; base64: string }>(
      await core.dispatch('msel.export', { id: ex.id, format: 'xlsx', locale: 'vi' }, facilitator),
    );
    expect(file.fileName).toBe('Cháy.xlsx');
    const back = value<{ format: string; sheets: { rows: string[][] }[] }>(
      await core.dispatch('msel.read', { fileName: file.fileName, base64: file.base64 }, facilitator),
    );
    expect(back.format).toBe('xlsx');
    expect(back.sheets[0]!.rows.flat()).toContain('Có người mắc kẹt');
  });
});
