// Pure edits of an exercise document, for the editor: building new parts with fresh
// ids, removing a part together with everything that points at it, and moving injects
// in scenario time. Every function returns a new value and never mutates its input,
// so the editor can keep the previous draft and compare.
import { LIMITS, type Channel, type ExerciseContent, type ExpectedAction, type Inject, type Team } from './exercise';
import { MAX_OFFSET_SEC, parseOffset } from './time';

export type IdSource = () => string;

/**
 * A fresh local id: 96 random bits in hex. getRandomValues, not randomUUID, because
 * randomUUID exists only in secure contexts and the host may be opened over plain
 * http on the office LAN.
 */
export const randomId: IdSource = () => {
  const bytes = new Uint8Array(12);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
};

/** The editable part of a saved exercise (id, revision and timestamps dropped). */
export { contentOf as toContent } from './exercise';

/** Distinct, dark enough for white labels (AA), and still apart for red-green colour blindness. */
export const TEAM_COLOURS = [
  '#1f4e79',
  '#b3261e',
  '#2e7d32',
  '#8a4b00',
  '#6a1b9a',
  '#00697a',
  '#ad1457',
  '#4e342e',
  '#37474f',
  '#5b6b00',
] as const;

export function newTeam(content: ExerciseContent, name: string, newId: IdSource = randomId): Team {
  const used = new Set(content.teams.map((t) => t.colour.toLowerCase()));
  const colour = TEAM_COLOURS.find((c) => !used.has(c)) ?? TEAM_COLOURS[content.teams.length % TEAM_COLOURS.length]!;
  return { id: newId(), name: name.trim(), agency: '', colour, roster: [] };
}

/** How much of the MSEL addresses a team: what removing it would take with it. */
export function teamUsage(content: ExerciseContent, teamId: string): { injects: number; actions: number } {
  let injects = 0;
  let actions = 0;
  for (const inject of content.injects) {
    const addressed = inject.recipientTeamIds.includes(teamId);
    const own = inject.expectedActions.filter((a) => a.teamId === teamId).length;
    if (addressed || own > 0) injects++;
    actions += own;
  }
  return { injects, actions };
}

/** Removes a team, its place among recipients and the actions expected of it. */
export function removeTeam(content: ExerciseContent, teamId: string): ExerciseContent {
  return {
    ...content,
    teams: content.teams.filter((t) => t.id !== teamId),
    injects: content.injects.map((inject) => ({
      ...inject,
      recipientTeamIds: inject.recipientTeamIds.filter((id) => id !== teamId),
      expectedActions: inject.expectedActions.filter((a) => a.teamId !== teamId),
    })),
  };
}

/** Removes a capability and every reference to it (objectives, expected actions). */
export function removeCapability(content: ExerciseContent, capabilityId: string): ExerciseContent {
  return {
    ...content,
    capabilities: content.capabilities.filter((c) => c.id !== capabilityId),
    objectives: content.objectives.map((o) => ({
      ...o,
      capabilityIds: o.capabilityIds.filter((id) => id !== capabilityId),
    })),
    injects: content.injects.map((inject) => ({
      ...inject,
      expectedActions: inject.expectedActions.map((a) =>
        a.capabilityId === capabilityId ? { ...a, capabilityId: null } : a,
      ),
    })),
  };
}

/** Removes a phase; its injects stay, without a phase. */
export function removePhase(content: ExerciseContent, phaseId: string): ExerciseContent {
  return {
    ...content,
    phases: content.phases.filter((p) => p.id !== phaseId),
    injects: content.injects.map((i) => (i.phaseId === phaseId ? { ...i, phaseId: null } : i)),
  };
}

export function phaseUsage(content: ExerciseContent, phaseId: string): number {
  return content.injects.filter((i) => i.phaseId === phaseId).length;
}

/** The list with the item at `from` moved to `to` (both clamped to the list). */
export function moveItem<T>(list: readonly T[], from: number, to: number): T[] {
  const result = [...list];
  if (from < 0 || from >= list.length) return result;
  const target = Math.max(0, Math.min(list.length - 1, to));
  const [item] = result.splice(from, 1);
  result.splice(target, 0, item as T);
  return result;
}

/** Adds a tag unless it is blank, too long, already there (ignoring case) or one too many. */
export function addTag(tags: readonly string[], raw: string): string[] {
  const tag = raw.trim();
  if (!tag || tag.length > LIMITS.tagMax || tags.length >= LIMITS.tagsMax) return [...tags];
  const lower = tag.toLocaleLowerCase();
  if (tags.some((t) => t.toLocaleLowerCase() === lower)) return [...tags];
  return [...tags, tag];
}

/**
 * The next MSEL number: one past the largest plain number in use ("1", "2", …),
 * skipping any that is taken; designers' own schemes ("2.3", "C1") are left alone.
 */
export function nextInjectNumber(injects: readonly Pick<Inject, 'number'>[]): string {
  const taken = new Set(injects.map((i) => i.number.trim()));
  const plain = injects
    .map((i) => i.number.trim())
    .filter((n) => /^\d+$/.test(n))
    .map(Number);
  let next = plain.length > 0 ? Math.max(...plain) + 1 : injects.length + 1;
  while (taken.has(String(next))) next++;
  return String(next);
}

/** Injects in scenario-time order; equal times keep MSEL-number order ("2" before "10"). */
/** "2" before "10": one collator for every comparison (localeCompare with options builds one per call). */
const numberOrder = new Intl.Collator(undefined, { numeric: true });

export function sortByTime<T extends Pick<Inject, 'offsetSec' | 'number'>>(injects: readonly T[]): T[] {
  return [...injects].sort((a, b) => a.offsetSec - b.offsetSec || numberOrder.compare(a.number, b.number));
}

/** Gap between the last inject and a new one added after it. */
export const NEW_INJECT_GAP_SEC = 5 * 60;

/**
 * A new inject after the last one in time, in its phase and channel. It goes to the
 * only team when there is one, otherwise to everyone: the designer narrows it.
 */
export function newInject(content: ExerciseContent, title: string, newId: IdSource = randomId): Inject {
  const last = sortByTime(content.injects).at(-1);
  const onlyTeam = content.teams.length === 1 ? content.teams[0] : undefined;
  const channel: Channel = last?.channel ?? 'phone';
  return {
    id: newId(),
    number: nextInjectNumber(content.injects),
    phaseId: last?.phaseId ?? content.phases[0]?.id ?? null,
    offsetSec: last ? Math.min(last.offsetSec + NEW_INJECT_GAP_SEC, MAX_OFFSET_SEC) : 0,
    release: 'auto',
    contingency: false,
    channel,
    sender: '',
    audience: onlyTeam ? 'teams' : 'all',
    recipientTeamIds: onlyTeam ? [onlyTeam.id] : [],
    title: title.trim(),
    body: '',
    attachmentIds: [],
    decisionOptions: [],
    expectedActions: [],
    controllerNotes: '',
    discussionQuestions: [],
  };
}

/** A copy of an inject, placed right after it, with a new number and fresh ids throughout. */
export function duplicateInject(
  content: ExerciseContent,
  injectId: string,
  newId: IdSource = randomId,
): ExerciseContent {
  const index = content.injects.findIndex((i) => i.id === injectId);
  const original = content.injects[index];
  if (!original) return content;
  const copy: Inject = {
    ...original,
    id: newId(),
    number: nextInjectNumber(content.injects),
    expectedActions: original.expectedActions.map((a) => ({ ...a, id: newId() })),
  };
  const injects = [...content.injects];
  injects.splice(index + 1, 0, copy);
  return { ...content, injects };
}

export function updateInject(
  content: ExerciseContent,
  injectId: string,
  change: (inject: Inject) => Inject,
): ExerciseContent {
  return { ...content, injects: content.injects.map((i) => (i.id === injectId ? change(i) : i)) };
}

export function removeInject(content: ExerciseContent, injectId: string): ExerciseContent {
  return { ...content, injects: content.injects.filter((i) => i.id !== injectId) };
}

/** An expected action for the first recipient (or the first team), described by the designer. */
export function newExpectedAction(
  content: ExerciseContent,
  inject: Inject,
  newId: IdSource = randomId,
): ExpectedAction {
  const taken = new Set(inject.expectedActions.map((a) => a.teamId));
  const candidates = reachedTeamIds(content, inject);
  const teamId = candidates.find((id) => !taken.has(id)) ?? candidates[0] ?? content.teams[0]?.id ?? '';
  return { id: newId(), teamId, description: '', capabilityId: null, timeLimitMin: null, weight: 1 };
}

/** The teams an inject reaches: every team when it goes to all, else its recipients that exist. */
export function reachedTeamIds(
  content: ExerciseContent,
  inject: Pick<Inject, 'audience' | 'recipientTeamIds'>,
): string[] {
  if (inject.audience === 'all') return content.teams.map((t) => t.id);
  const known = new Set(content.teams.map((t) => t.id));
  return inject.recipientTeamIds.filter((id) => known.has(id));
}

/** Sets the audience; choosing "teams" after "all" starts from every team, ready to untick. */
export function setAudience(content: ExerciseContent, inject: Inject, audience: Inject['audience']): Inject {
  if (audience === inject.audience) return inject;
  if (audience === 'all') return { ...inject, audience };
  const recipientTeamIds =
    inject.recipientTeamIds.length > 0 ? inject.recipientTeamIds : content.teams.map((t) => t.id);
  return { ...inject, audience, recipientTeamIds };
}

export function toggleRecipient(inject: Inject, teamId: string, on: boolean): Inject {
  const without = inject.recipientTeamIds.filter((id) => id !== teamId);
  return { ...inject, recipientTeamIds: on ? [...without, teamId] : without };
}

/** A timeline lane: everyone, one team, or the injects that reach nobody yet. */
export type Lane =
  | { kind: 'all'; injects: Inject[] }
  | { kind: 'team'; team: Team; injects: Inject[] }
  | { kind: 'none'; injects: Inject[] };

/**
 * The timeline's lanes, each in time order: "everyone" first, then one per team (an
 * inject appears in each recipient's lane), then a lane for unaddressed injects if any.
 */
export function timelineLanes(content: ExerciseContent): Lane[] {
  const sorted = sortByTime(content.injects);
  const lanes: Lane[] = [{ kind: 'all', injects: sorted.filter((i) => i.audience === 'all') }];
  for (const team of content.teams) {
    lanes.push({
      kind: 'team',
      team,
      injects: sorted.filter((i) => i.audience === 'teams' && i.recipientTeamIds.includes(team.id)),
    });
  }
  const unaddressed = sorted.filter((i) => i.audience === 'teams' && reachedTeamIds(content, i).length === 0);
  if (unaddressed.length > 0) lanes.push({ kind: 'none', injects: unaddressed });
  return lanes;
}

/**
 * How far the timeline reaches, in seconds: the planned duration, or past it to the
 * last inject, rounded up to a whole `roundSec` so the axis ends on a tick.
 */
export function timelineEndSec(content: ExerciseContent, roundSec = 15 * 60): number {
  const last = content.injects.reduce((max, i) => Math.max(max, i.offsetSec), 0);
  const end = Math.max(content.plannedDurationMin * 60, last + roundSec / 2);
  return Math.min(Math.ceil(end / roundSec) * roundSec, MAX_OFFSET_SEC);
}

/** A scenario time snapped to the nearest `stepSec` and kept within the schema's range. */
export function snapOffset(offsetSec: number, stepSec = 60): number {
  const snapped = Math.round(offsetSec / stepSec) * stepSec;
  return Math.max(0, Math.min(MAX_OFFSET_SEC, snapped));
}

/**
 * Moves a time by `deltaSec` and lands on the `stepSec` grid in the direction of the
 * move, so T+00:01:30 nudged right goes to T+00:02, not T+00:03.
 */
export function nudgeOffset(offsetSec: number, deltaSec: number, stepSec = 60): number {
  const target = offsetSec + deltaSec;
  const snapped = deltaSec >= 0 ? Math.floor(target / stepSec) * stepSec : Math.ceil(target / stepSec) * stepSec;
  return Math.max(0, Math.min(MAX_OFFSET_SEC, snapped));
}

/** Nice tick spacing for an axis `endSec` long: about `maxTicks` ticks at most. */
export function tickStepSec(endSec: number, maxTicks = 12): number {
  const steps = [5, 10, 15, 30, 60, 120, 180, 360, 720, 1440].map((m) => m * 60);
  return steps.find((s) => endSec / s <= maxTicks) ?? steps.at(-1)!;
}

/**
 * Moves injects in scenario time by `deltaSec` (negative: earlier): the given ids, or
 * every inject. Times stop at T+00:00 and at the longest exercise; `clamped` counts the
 * injects that did, so the editor can say the spacing between them changed.
 */
export function shiftInjects(
  content: ExerciseContent,
  ids: readonly string[] | 'all',
  deltaSec: number,
): { content: ExerciseContent; moved: number; clamped: number } {
  const chosen = ids === 'all' ? null : new Set(ids);
  let moved = 0;
  let clamped = 0;
  const injects = content.injects.map((inject) => {
    if (chosen && !chosen.has(inject.id)) return inject;
    const target = inject.offsetSec + deltaSec;
    const offsetSec = Math.max(0, Math.min(MAX_OFFSET_SEC, target));
    if (offsetSec !== target) clamped++;
    if (offsetSec === inject.offsetSec) return inject;
    moved++;
    return { ...inject, offsetSec };
  });
  return { content: moved > 0 ? { ...content, injects } : content, moved, clamped };
}

/** A signed shift as typed: "+00:30", "-15" (minutes), "-1:00", "30". Null when unreadable. */
export function parseShift(text: string): number | null {
  const m = /^([+\-−])?\s*(.+)$/.exec(text.normalize('NFKC').trim());
  if (!m || !m[2]) return null;
  const seconds = parseOffset(m[2]);
  if (seconds === null) return null;
  return m[1] === '-' || m[1] === '−' ? -seconds : seconds;
}
