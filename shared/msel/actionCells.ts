// Expected actions in spreadsheet cells, written by the export and read by the import
// with the same rules, so a file makes the round trip without loss. One cell holds what
// the teams are expected to do; three more hold each action's capability, time limit and
// weight. When every recipient team has the same action, the cells hold it once; when
// they differ, each action is a line "Team: …" (a description may run on over the next
// lines), and the other cells list the same teams in the same order.
import { LIMITS, type Capability, type Inject, type Team } from '../model/exercise';
import { fold } from './text';

export interface ActionCells {
  expectedAction: string;
  capability: string;
  timeLimit: string;
  weight: string;
}

const TEAM_LINE = /^(.+?)\s*[:：]\s*(.*)$/;

type ActionLike = Pick<
  Inject['expectedActions'][number],
  'teamId' | 'description' | 'capabilityId' | 'timeLimitMin' | 'weight'
>;

/** The cells for one inject; `reached` are the teams it goes to (every team when it goes to all). */
export function writeActionCells(
  actions: readonly ActionLike[],
  reached: readonly string[],
  teamName: ReadonlyMap<string, string>,
  capabilityName: ReadonlyMap<string, string>,
): ActionCells {
  const capability = (a: ActionLike) => (a.capabilityId === null ? '' : (capabilityName.get(a.capabilityId) ?? ''));
  const timeLimit = (a: ActionLike) => (a.timeLimitMin === null ? '' : String(a.timeLimitMin));
  const weight = (a: ActionLike) => (a.weight === 1 ? '' : String(a.weight));
  const first = actions[0];
  if (!first) return { expectedAction: '', capability: '', timeLimit: '', weight: '' };
  const sameForAll =
    actions.length === reached.length &&
    new Set(actions.map((a) => a.teamId)).size === actions.length &&
    actions.every((a) => reached.includes(a.teamId)) &&
    actions.every(
      (a) =>
        a.description === first.description &&
        a.capabilityId === first.capabilityId &&
        a.timeLimitMin === first.timeLimitMin &&
        a.weight === first.weight,
    );
  if (sameForAll) {
    return {
      expectedAction: first.description,
      capability: capability(first),
      timeLimit: timeLimit(first),
      weight: weight(first),
    };
  }
  const name = (a: ActionLike) => teamName.get(a.teamId) ?? a.teamId;
  const lines = (value: (a: ActionLike) => string) =>
    actions.some((a) => value(a) !== '') ? actions.map((a) => `${name(a)}: ${value(a)}`).join('\n') : '';
  return {
    expectedAction: actions.map((a) => `${name(a)}: ${a.description}`).join('\n'),
    capability: lines(capability),
    timeLimit: lines(timeLimit),
    weight: lines(weight),
  };
}

export interface ReadAction {
  teamId: string;
  description: string;
}

/**
 * The actions in an expected-action cell for the given recipient teams. When the cell
 * starts with "Team: …" for a recipient, each such line starts that team's action (a
 * team may have several; lines that name no recipient continue the one before);
 * otherwise every recipient gets the whole text. The only recipient named once is more
 * likely a sentence ("Tổ y tế: sơ cứu…") and also gets the whole text.
 */
export function readActionCell(text: string, teamIds: readonly string[], teams: readonly Team[]): ReadAction[] {
  const whole = () => teamIds.map((teamId) => ({ teamId, description: text }));
  const byName = recipientNames(teamIds, teams);
  const split: { teamId: string; lines: string[] }[] = [];
  for (const line of text.split(/\r?\n/)) {
    const m = TEAM_LINE.exec(line.trim());
    const teamId = m ? byName.get(fold(m[1] ?? '')) : undefined;
    if (m && teamId !== undefined) split.push({ teamId, lines: [m[2] ?? ''] });
    else if (split.length > 0) split.at(-1)?.lines.push(line);
    else if (line.trim() !== '') return whole();
  }
  if (split.length === 0 || (teamIds.length < 2 && split.length < 2)) return whole();
  return split
    .map((s) => ({ teamId: s.teamId, description: s.lines.join('\n').trim() }))
    .filter((a) => a.description !== '');
}

export type AttributeProblem = { column: 'capability' | 'timeLimit' | 'weight'; name: string; value: string };

/**
 * Capability, time limit and weight for each read action, from cells that hold one value
 * for all or "Team: value" lines matched to the actions in order. Values that cannot be
 * used are reported (and left at their defaults), never silently dropped.
 */
export function readActionAttributes(
  actions: readonly ReadAction[],
  cells: Omit<ActionCells, 'expectedAction'>,
  teams: readonly Team[],
  capabilities: readonly Capability[],
): {
  attributes: { capabilityId: string | null; timeLimitMin: number | null; weight: number }[];
  problems: AttributeProblem[];
} {
  const problems: AttributeProblem[] = [];
  const perAction = (column: AttributeProblem['column']) => valuesPerAction(cells[column], actions, teams);
  const caps = perAction('capability');
  const limits = perAction('timeLimit');
  const weights = perAction('weight');
  const attributes = actions.map((_, i) => {
    let capabilityId: string | null = null;
    const capText = caps[i] ?? '';
    if (capText !== '') {
      capabilityId = capabilities.find((c) => fold(c.name) === fold(capText))?.id ?? null;
      if (capabilityId === null) problems.push({ column: 'capability', name: 'capabilityUnknown', value: capText });
    }
    let timeLimitMin: number | null = null;
    const limitText = limits[i] ?? '';
    if (limitText !== '') {
      timeLimitMin = readMinutes(limitText);
      if (timeLimitMin === null) problems.push({ column: 'timeLimit', name: 'timeLimitInvalid', value: limitText });
    }
    let weight = 1;
    const weightText = weights[i] ?? '';
    if (weightText !== '') {
      const w = Number(weightText.normalize('NFKC').replace(',', '.'));
      if (Number.isFinite(w) && w >= 0 && w <= 100) weight = w;
      else problems.push({ column: 'weight', name: 'weightInvalid', value: weightText });
    }
    return { capabilityId, timeLimitMin, weight };
  });
  // One problem per distinct value is enough: "Triage" unknown for three teams is one fact.
  const seen = new Set<string>();
  return {
    attributes,
    problems: problems.filter((p) => {
      const key = `${p.column}\u0000${p.value}`;
      return seen.has(key) ? false : (seen.add(key), true);
    }),
  };
}

/** A cell's value for each action: one value for all, or per-team lines taken in order. */
function valuesPerAction(text: string, actions: readonly ReadAction[], teams: readonly Team[]): string[] {
  const trimmed = text.trim();
  if (trimmed === '') return actions.map(() => '');
  const byName = recipientNames(
    actions.map((a) => a.teamId),
    teams,
  );
  const queues = new Map<string, string[]>();
  const lines = trimmed.split(/\r?\n/).filter((l) => l.trim() !== '');
  for (const line of lines) {
    const m = TEAM_LINE.exec(line.trim());
    const teamId = m ? byName.get(fold(m[1] ?? '')) : undefined;
    if (!m || teamId === undefined) return actions.map(() => trimmed); // one value for all
    queues.set(teamId, [...(queues.get(teamId) ?? []), (m[2] ?? '').trim()]);
  }
  return actions.map((a) => queues.get(a.teamId)?.shift() ?? '');
}

function recipientNames(teamIds: readonly string[], teams: readonly Team[]): Map<string, string> {
  return new Map(teams.filter((t) => teamIds.includes(t.id)).map((t) => [fold(t.name), t.id]));
}

/** "15", "15 min", "15 phút", "15分钟", "1:30": whole minutes, from 1 to the longest exercise. */
function readMinutes(text: string): number | null {
  const m = /^(\d{1,5})\s*(?:'|’|m|min|mins|minutes?|phút|分钟|分鐘|分)?$/i.exec(text.normalize('NFKC').trim());
  const hm = /^(\d{1,3}):(\d{2})$/.exec(text.normalize('NFKC').trim());
  const minutes = m ? Number(m[1]) : hm && Number(hm[2]) < 60 ? Number(hm[1]) * 60 + Number(hm[2]) : null;
  return minutes !== null && minutes >= 1 && minutes <= LIMITS.durationMinMax ? minutes : null;
}
