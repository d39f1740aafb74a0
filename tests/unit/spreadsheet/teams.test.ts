// Recipients that are not teams yet: close names offered as existing teams, new teams
// created in the same plan as the injects that go to them.
import { describe, expect, it } from 'vitest';
import { exerciseContentSchema, type Team } from '../../../shared/model/exercise';
import { emptyMapping, guessMapping } from '../../../shared/msel/columns';
import { planMselImport } from '../../../shared/msel/importPlan';
import { matchRecipients } from '../../../shared/msel/recipients';
import { closestTeam, editDistance } from '../../../shared/msel/teamMatch';

const team = (id: string, name: string, agency = ''): Team => ({ id, name, agency, colour: '#336699', roster: [] });
const TEAMS = [
  team('fire', 'Đội PCCC/CNCH', 'Công an tỉnh'),
  team('police', 'Cảnh sát cơ động'),
  team('med', 'Tổ y tế'),
  team('customs', '海关查验组'),
  team('infosec', 'Information Security'),
];

describe('editDistance', () => {
  it('counts insertions, deletions and substitutions by code point', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('海关查验组', '海关检验组')).toBe(1);
    expect(editDistance('same', 'same')).toBe(0);
  });
});

describe('closestTeam', () => {
  it.each([
    ['Canh sat co dong', 'police'], // no diacritics: same folded name
    ['Cảnh sát cơ đông', 'police'], // a wrong tone mark
    ['Canh sat co dongg', 'police'], // a typo
    ['Information Securty', 'infosec'],
    ['Security', 'infosec'], // a shorter form it contains
    ['海關查驗組', 'customs'], // the other Chinese script
    ['海关检验组', 'customs'], // one character off
    ['Đội PCCC', 'fire'],
    ['Cong an tinh', 'fire'], // the team's agency
  ])('offers %s as an existing team', (name, id) => {
    expect(closestTeam(name, TEAMS)?.id).toBe(id);
  });

  it.each(['SRE', 'Legal', 'PR/Comm', 'Tổ hậu cần', '边检站', 'Tổ'])('offers nothing for %s', (name) => {
    expect(closestTeam(name, TEAMS)).toBeNull();
  });
});

describe('matchRecipients with names that are not teams', () => {
  it('keeps "PR/Comm" whole when neither side is a team, and splits "A/B" when one is', () => {
    expect(matchRecipients('PR/Comm', TEAMS)).toEqual({ audience: 'teams', teamIds: [], unknown: ['PR/Comm'] });
    expect(matchRecipients('Tổ y tế/Hậu cần', TEAMS)).toEqual({
      audience: 'teams',
      teamIds: ['med'],
      unknown: ['Hậu cần'],
    });
  });

  it('matches names the user chose to mean an existing team, even with a separator in them', () => {
    const aliases = [
      { name: 'Y tế', teamId: 'med' },
      { name: 'PR/Comm', teamId: 'police' },
    ];
    expect(matchRecipients('Y tế, PR/Comm', TEAMS, aliases)).toEqual({
      audience: 'teams',
      teamIds: ['police', 'med'], // names with a separator are taken out first
      unknown: [],
    });
  });
});

describe('planMselImport', () => {
  const HEADER = ['#', 'Real Time', 'Player', 'Subject', 'Script'];
  const ROWS = [
    HEADER,
    ['1', '19:29', 'Information Security', 'Anomalous files', 'We detected anomalous files.'],
    ['2', '19:30', 'SRE', 'Phishing alert', 'Phishing from many addresses.'],
    ['3', '19:35', 'PR/Comm', 'Data breach', 'A journalist calls.'],
    ['4', '19:35', 'Information Securty', 'Ransom', 'Files encrypted.'],
    ['5', '19:36', 'SRE, Legal', 'Ransom', 'Files encrypted.'],
  ];
  const content = exerciseContentSchema.parse({ title: 'Ransomware', teams: [TEAMS[4]] });
  const ids = () => {
    let n = 0;
    return () => `new-${++n}`;
  };

  it('lists unknown recipients with their row counts and a close team, refusing their rows until chosen', () => {
    const { preview, newTeams, injects } = planMselImport(
      content,
      { rows: ROWS, mapping: guessMapping(HEADER), hasHeader: true },
      ids(),
    );
    expect(newTeams).toEqual([]);
    expect(injects.map((i) => i.number)).toEqual(['1']);
    expect(preview.unknownRecipients).toEqual([
      { name: 'SRE', rows: 2, suggestion: null },
      { name: 'PR/Comm', rows: 1, suggestion: null },
      { name: 'Information Securty', rows: 1, suggestion: { teamId: 'infosec', name: 'Information Security' } },
      { name: 'Legal', rows: 1, suggestion: null },
    ]);
    // Every row shows its time, recipients and title, rejected ones included.
    expect(preview.rows[2]?.shown).toEqual({
      number: '3',
      timeText: '19:35',
      offsetSec: 360,
      audience: 'teams',
      recipients: ['PR/Comm'],
      title: 'Data breach',
    });
  });

  it('creates the chosen teams once each, matches the rest, and imports every row from T+00:00', () => {
    const { preview, newTeams, injects } = planMselImport(
      content,
      {
        rows: ROWS,
        mapping: guessMapping(HEADER),
        hasHeader: true,
        createTeams: ['SRE', 'PR/Comm', 'Legal', 'sre', 'Information Security'],
        teamMatches: { 'Information Securty': 'infosec' },
      },
      ids(),
    );
    expect(newTeams.map((t) => t.name)).toEqual(['SRE', 'PR/Comm', 'Legal']);
    expect(new Set(newTeams.map((t) => t.colour)).size).toBe(3);
    expect(preview.newTeams.map((t) => t.name)).toEqual(['SRE', 'PR/Comm', 'Legal']);
    expect(preview.unknownRecipients).toEqual([]);
    expect(preview.counts.errors).toBe(0);
    const byName = new Map([...content.teams, ...newTeams].map((t) => [t.id, t.name]));
    expect(injects.map((i) => [i.offsetSec, i.recipientTeamIds.map((id) => byName.get(id))])).toEqual([
      [0, ['Information Security']],
      [60, ['SRE']],
      [360, ['PR/Comm']],
      [360, ['Information Security']],
      [420, ['SRE', 'Legal']],
    ]);
  });

  it('refuses a match to a team that is not in the exercise, and too many teams, by name of the limit', () => {
    const input = { rows: ROWS, mapping: { ...emptyMapping(), time: 1, title: 3 }, hasHeader: true };
    expect(() => planMselImport(content, { ...input, teamMatches: { SRE: 'gone' } })).toThrow(
      expect.objectContaining({ messageKey: 'spreadsheet.errors.unknownTeam' }),
    );
    const many = Array.from({ length: 100 }, (_, i) => `Team ${i}`);
    expect(() => planMselImport(content, { ...input, createTeams: many })).toThrow(
      expect.objectContaining({ messageKey: 'spreadsheet.errors.tooManyTeams', details: { max: 100 } }),
    );
  });
});
