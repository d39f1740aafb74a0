// The console's pure logic: how the inject queue is grouped, how a countdown reads, and
// how the browser ticks the scenario clock on from the last staff view. No React, no
// services, so it is tested on its own (tests/unit/session/consoleModel.test.ts).
import type { StaffView } from '../../../shared/session/views';

export type StaffInject = StaffView['injects'][number];

export type QueueGroups = {
  /** Manual injects whose time has come: they wait for the facilitator to release them. */
  waitingManual: StaffInject[];
  /** Planned injects still to come (automatic, or manual not yet due), held ones included, by time. */
  scheduled: StaffInject[];
  /** Contingency injects, kept in reserve until someone plays them. */
  reserve: StaffInject[];
  /** Released injects, newest first. */
  released: StaffInject[];
  skipped: StaffInject[];
};

/** Splits the session's injects into the console's queue sections, at scenario time `nowMs`. */
export function groupQueue(injects: readonly StaffInject[], nowMs: number): QueueGroups {
  const groups: QueueGroups = { waitingManual: [], scheduled: [], reserve: [], released: [], skipped: [] };
  for (const si of injects) {
    if (si.status === 'released') groups.released.push(si);
    else if (si.status === 'skipped') groups.skipped.push(si);
    else if (si.inject.contingency) groups.reserve.push(si);
    else if (si.inject.release === 'manual' && si.inject.offsetSec * 1000 <= nowMs) groups.waitingManual.push(si);
    else groups.scheduled.push(si);
  }
  const byTime = (a: StaffInject, b: StaffInject) => a.inject.offsetSec - b.inject.offsetSec;
  groups.scheduled.sort(byTime);
  groups.waitingManual.sort(byTime);
  groups.released.sort((a, b) => (b.released?.scenarioMs ?? 0) - (a.released?.scenarioMs ?? 0));
  return groups;
}

/**
 * A countdown in scenario time, "m:ss" below an hour, "h:mm:ss" above; "0:00" once due.
 * Rounded up, so it reads 0:00 only when the moment has come. The sentence around it
 * says "in", so it carries no sign.
 */
export function formatCountdown(remainingMs: number): string {
  const total = Math.ceil(Math.max(0, remainingMs) / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

/**
 * The names of the teams taking part that an inject goes to: those it went to once
 * released, else those it names (all of them for an inject for everyone). Teams of the
 * exercise that are not taking part are left out; an empty list means nobody here.
 */
export function recipientNames(si: StaffInject, teams: readonly { id: string; name: string }[]): string[] | 'all' {
  if (si.status !== 'released' && si.inject.audience !== 'teams') return 'all';
  const ids = si.status === 'released' ? si.recipientTeamIds : si.inject.recipientTeamIds;
  return teams.filter((team) => ids.includes(team.id)).map((team) => team.name);
}

/**
 * Scenario time now, ticked on locally from a view received at `receivedMono` (the
 * browser's performance.now() then): the view carries the scenario time at the moment it
 * was made, and a running clock advances at its speed. Never below what the view said.
 */
export function localScenarioMs(clock: StaffView['clock'], receivedMono: number, nowMono: number): number {
  if (!clock.running) return clock.scenarioMs;
  return clock.scenarioMs + Math.max(0, Math.floor((nowMono - receivedMono) * clock.speed));
}

/** Parses "hh:mm:ss", "hh:mm" or "mm" (minutes) into scenario ms; null when unreadable. */
export function parseScenarioTime(text: string): number | null {
  const parts = text
    .trim()
    .replace(/^T\+/i, '')
    .split(':')
    .map((p) => p.trim());
  if (parts.length === 0 || parts.length > 3 || parts.some((p) => !/^\d+$/.test(p))) return null;
  const n = parts.map(Number);
  const [h, m, s] = n.length === 1 ? [0, n[0]!, 0] : n.length === 2 ? [n[0]!, n[1]!, 0] : [n[0]!, n[1]!, n[2]!];
  if (m >= 60 && n.length > 1) return null;
  if (s >= 60) return null;
  return ((h * 60 + m) * 60 + s) * 1000;
}

/** The status word of one board cell, furthest step first. */
export type CellStatus = 'overdue' | 'responded' | 'acknowledged' | 'seen' | 'delivered' | 'released';
export function cellStatus(cell: StaffView['board'][number], nowMs: number): CellStatus {
  if (cell.responded) return 'responded';
  if (cell.dueAtMs !== null && nowMs > cell.dueAtMs) return 'overdue';
  if (cell.acknowledged) return 'acknowledged';
  if (cell.seen) return 'seen';
  if (cell.delivered) return 'delivered';
  return 'released';
}

/** Whether the session can still be changed; an ended or aborted one opens read-only. */
export function isFinished(status: StaffView['status']): boolean {
  return status === 'ended' || status === 'aborted';
}

/**
 * People typed as a list ("An, Bình; Chi"), commas or semicolons (Latin or full-width)
 * between names, each with an id made from `prefix` and its place.
 */
export function peopleFrom(text: string, prefix: string): { id: string; name: string }[] {
  return text
    .split(/[,;，；、\n]/)
    .map((name) => name.trim())
    .filter((name) => name !== '')
    .map((name, i) => ({ id: `${prefix}-${i + 1}`, name }));
}

/**
 * The restart the console tells about: the latest, while the session still waits paused
 * where it came back (once resumed or moved on, the notice has done its job).
 */
export function pendingRecovery(view: Pick<StaffView, 'recoveries' | 'clock' | 'status'>): number | null {
  const latest = view.recoveries.at(-1);
  if (!latest || isFinished(view.status) || view.clock.running) return null;
  return view.clock.scenarioMs === latest.scenarioMs ? latest.scenarioMs : null;
}
