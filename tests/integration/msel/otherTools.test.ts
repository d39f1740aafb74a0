// Spreadsheets from the tools people already use, through the real dispatcher: a
// T3SF-style workbook (clock times, "Script" and "Poll" columns, players that are not
// teams yet) and a Vietnamese CSV headed "Hành động mong đợi".
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import type { HostCore } from '../../../electron/host/core';
import type { Envelope } from '../../../shared/api/errors';
import type { MethodOutput } from '../../../shared/api/contract';
import { guessMapping } from '../../../shared/msel/columns';
import { facilitator, testCore } from '../../support/core';

let cores: HostCore[] = [];
afterEach(() => {
  for (const c of cores) c.close();
  cores = [];
});
function value<T>(e: Envelope<unknown>): T {
  if (!e.ok) throw new Error(JSON.stringify(e.error));
  return e.value as T;
}

type Exercise = MethodOutput<'library.get'>;
type Preview = MethodOutput<'msel.preview'>;

// As T3SF's example workbook has it: times of day in h:mm cells, teams as "Player".
const T3SF_HEADER = ['#', 'Real Time', 'Player', 'Date', 'Subject', 'From', 'Script', 'Poll'];
const T3SF_ROWS: [number, number, number, string, string, string, string, string][] = [
  [
    1,
    19,
    29,
    'Information Security',
    'Anomalous Files Detected',
    'Amazon Web Services',
    'We detected some anomalous files.',
    '',
  ],
  [2, 19, 30, 'SRE', 'SOC - Internal Phishing Alert', 'SOC', 'A large number of phishing emails.', ''],
  [3, 19, 31, 'Legal', 'MIT vs GPL', 'Internal', 'Which license is better?', 'MIT | GPL'],
  [4, 19, 35, 'PR/Comm', 'Data breach in your company', 'New York Times', 'Could you please confirm?', ''],
  [
    5,
    19,
    33,
    'Information Securty',
    'Encrypted Files!',
    'Internal',
    'Should we pay them?',
    'Pay the ransom | Don’t pay it',
  ],
];

async function t3sfWorkbook(): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('main');
  sheet.addRow(T3SF_HEADER);
  for (const [n, h, m, player, subject, from, script, poll] of T3SF_ROWS) {
    const row = sheet.addRow([
      n,
      new Date(Date.UTC(1899, 11, 30, h, m)),
      player,
      'Monday 9:30 AM',
      subject,
      from,
      script,
      poll,
    ]);
    row.getCell(2).numFmt = 'h:mm';
  }
  return Buffer.from((await workbook.xlsx.writeBuffer()) as ArrayBuffer).toString('base64');
}

async function newExercise(core: HostCore, content: Record<string, unknown>): Promise<Exercise> {
  return value<Exercise>(await core.dispatch('library.create', content, facilitator));
}

describe('MSEL files from other tools', () => {
  it('imports T3SF-style clock times from T+00:00, the script as the body, and creates the players as teams', async () => {
    const { core } = testCore();
    cores.push(core);
    const ex = await newExercise(core, {
      title: 'Ransomware',
      teams: [{ id: 'infosec', name: 'Information Security', colour: '#1f4e79' }],
    });
    const read = value<MethodOutput<'msel.read'>>(
      await core.dispatch('msel.read', { fileName: 'MSEL.xlsx', base64: await t3sfWorkbook() }, facilitator),
    );
    const rows = read.sheets[0]!.rows;
    expect(rows[1]![1]).toBe('19:29');
    const mapping = guessMapping(rows[0]!);
    expect(mapping).toMatchObject({ number: 0, time: 1, to: 2, title: 4, from: 5, message: 6, decisionOptions: 7 });

    // Nothing chosen yet: the times are seen as clock times, the players as missing teams.
    const first = value<Preview>(
      await core.dispatch('msel.preview', { id: ex.id, rows, mapping, hasHeader: true }, facilitator),
    );
    expect(first.time).toMatchObject({
      suggested: 'relativeToFirst',
      applied: { mode: 'relativeToFirst' },
      start: '19:29',
    });
    expect(first.rows.map((r) => r.shown.offsetSec)).toEqual([0, 60, 120, 360, 240]);
    expect(first.unknownRecipients).toEqual([
      { name: 'SRE', rows: 1, suggestion: null },
      { name: 'Legal', rows: 1, suggestion: null },
      { name: 'PR/Comm', rows: 1, suggestion: null },
      { name: 'Information Securty', rows: 1, suggestion: { teamId: 'infosec', name: 'Information Security' } },
    ]);
    expect(first.counts).toMatchObject({ errors: 4 });

    // The dialog's defaults: create the new names, take the close one as the existing team.
    const choices = {
      createTeams: ['SRE', 'Legal', 'PR/Comm'],
      teamMatches: { 'Information Securty': 'infosec' },
    };
    const second = value<Preview>(
      await core.dispatch('msel.preview', { id: ex.id, rows, mapping, hasHeader: true, ...choices }, facilitator),
    );
    expect(second.newTeams.map((t) => t.name)).toEqual(['SRE', 'Legal', 'PR/Comm']);
    expect(second.counts).toMatchObject({ errors: 0 });
    expect(second.rows[3]!.shown).toMatchObject({ offsetSec: 360, recipients: ['PR/Comm'] });
    const untouched = value<Exercise>(await core.dispatch('library.get', { id: ex.id }, facilitator));
    expect(untouched.teams).toHaveLength(1); // the preview created nothing

    const imported = value<MethodOutput<'msel.import'>>(
      await core.dispatch(
        'msel.import',
        { id: ex.id, baseRevision: ex.revision, rows, mapping, hasHeader: true, ...choices },
        facilitator,
      ),
    );
    expect(imported.added).toBe(5);
    const saved = imported.exercise;
    expect(saved.revision).toBe(ex.revision + 1); // teams and injects in one update
    expect(saved.teams.map((t) => t.name)).toEqual(['Information Security', 'SRE', 'Legal', 'PR/Comm']);
    const teamName = new Map(saved.teams.map((t) => [t.id, t.name]));
    expect(
      saved.injects.map((i) => [i.number, i.offsetSec, i.recipientTeamIds.map((id) => teamName.get(id)), i.title]),
    ).toEqual([
      ['1', 0, ['Information Security'], 'Anomalous Files Detected'],
      ['2', 60, ['SRE'], 'SOC - Internal Phishing Alert'],
      ['3', 120, ['Legal'], 'MIT vs GPL'],
      ['4', 360, ['PR/Comm'], 'Data breach in your company'],
      ['5', 240, ['Information Security'], 'Encrypted Files!'],
    ]);
    expect(saved.injects[0]!.body).toBe('We detected some anomalous files.');
    expect(saved.injects[2]!.decisionOptions).toEqual(['MIT', 'GPL']);
    expect(saved.injects[4]!.decisionOptions).toEqual(['Pay the ransom', 'Don’t pay it']);
  });

  it('counts clock times from a chosen start, and refuses a stale team match without writing anything', async () => {
    const { core } = testCore();
    cores.push(core);
    const ex = await newExercise(core, { title: 'Ransomware' });
    const read = value<MethodOutput<'msel.read'>>(
      await core.dispatch('msel.read', { fileName: 'MSEL.xlsx', base64: await t3sfWorkbook() }, facilitator),
    );
    const rows = read.sheets[0]!.rows;
    const mapping = guessMapping(rows[0]!);
    const input = { id: ex.id, rows, mapping, hasHeader: true, timeBase: { mode: 'relativeTo', start: '19:00' } };
    const preview = value<Preview>(await core.dispatch('msel.preview', input, facilitator));
    expect(preview.time.start).toBe('19:00');
    expect(preview.rows.map((r) => r.shown.offsetSec)).toEqual([1740, 1800, 1860, 2100, 1980]);

    const refused = await core.dispatch(
      'msel.import',
      { ...input, baseRevision: ex.revision, createTeams: ['SRE'], teamMatches: { Legal: 'no-such-team' } },
      facilitator,
    );
    expect(refused).toMatchObject({ ok: false, error: { messageKey: 'spreadsheet.errors.unknownTeam' } });
    const after = value<Exercise>(await core.dispatch('library.get', { id: ex.id }, facilitator));
    expect(after).toMatchObject({ revision: ex.revision, teams: [], injects: [] });
  });

  it('imports the expected actions of a Vietnamese CSV headed "Hành động mong đợi"', async () => {
    const { core } = testCore();
    cores.push(core);
    const ex = await newExercise(core, {
      title: 'Cháy chợ',
      teams: [
        { id: 'fire', name: 'Đội PCCC', colour: '#b3261e' },
        { id: 'med', name: 'Tổ y tế', colour: '#2e7d32' },
      ],
    });
    const csv = [
      'STT;Thời gian;Đơn vị nhận;Kịch bản;Hành động mong đợi;Thời hạn (phút)',
      '1;T+00:05;Đội PCCC;Cháy tại chợ trung tâm;Điều 2 xe chữa cháy;10',
      '2;T+00:15;Đội PCCC, Tổ y tế;Có người bị bỏng;"Đội PCCC: Đưa nạn nhân ra ngoài\nTổ y tế: Sơ cứu tại chỗ";',
    ].join('\r\n');
    const read = value<MethodOutput<'msel.read'>>(
      await core.dispatch(
        'msel.read',
        { fileName: 'kich-ban.csv', base64: Buffer.from(`\uFEFF${csv}`, 'utf8').toString('base64') },
        facilitator,
      ),
    );
    const rows = read.sheets[0]!.rows;
    const mapping = guessMapping(rows[0]!);
    expect(mapping).toMatchObject({ number: 0, time: 1, to: 2, message: 3, expectedAction: 4, timeLimit: 5 });
    const imported = value<MethodOutput<'msel.import'>>(
      await core.dispatch(
        'msel.import',
        { id: ex.id, baseRevision: ex.revision, rows, mapping, hasHeader: true },
        facilitator,
      ),
    );
    expect(imported.added).toBe(2);
    const [first, second] = imported.exercise.injects;
    expect(first!.body).toBe('Cháy tại chợ trung tâm');
    expect(first!.expectedActions).toMatchObject([
      { teamId: 'fire', description: 'Điều 2 xe chữa cháy', timeLimitMin: 10 },
    ]);
    expect(second!.expectedActions.map((a) => [a.teamId, a.description])).toEqual([
      ['fire', 'Đưa nạn nhân ra ngoài'],
      ['med', 'Sơ cứu tại chỗ'],
    ]);
  });
});
