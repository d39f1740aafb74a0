// The facilitator's status board: for each released inject and each team it went to,
// how far the team has got, and whether it is overdue against the time limits of the
// actions expected of it. Time limits count scenario time from the release.
import type { EnteredBy, SessionState, Stamp } from './state';

export type BoardCell = {
  injectId: string;
  teamId: string;
  released: Stamp;
  delivered: Stamp | null;
  seen: Stamp | null;
  acknowledged: (Stamp & { enteredBy: EnteredBy }) | null;
  /** The team's first response. */
  responded: (Stamp & { enteredBy: EnteredBy }) | null;
  responseCount: number;
  /** Scenario time by which the team must respond: release + the shortest limit of its expected actions. */
  dueAtMs: number | null;
  /** Past due with no response yet. */
  overdue: boolean;
  /** Responded, but after the due time. */
  late: boolean;
};

export function statusBoard(state: SessionState, scenarioMs: number): BoardCell[] {
  const cells: BoardCell[] = [];
  for (const injectId of state.injectOrder) {
    const si = state.injects[injectId];
    const row = state.board[injectId];
    if (!si?.released || !row) continue;
    for (const teamId of si.recipientTeamIds) {
      const cell = row[teamId];
      if (!cell) continue;
      const limits = si.inject.expectedActions
        .filter((a) => a.teamId === teamId && a.timeLimitMin !== null)
        .map((a) => (a.timeLimitMin ?? 0) * 60_000);
      const dueAtMs = limits.length === 0 ? null : si.released.scenarioMs + Math.min(...limits);
      const first = cell.responses[0];
      const responded = first ? { at: first.at, scenarioMs: first.scenarioMs, enteredBy: first.enteredBy } : null;
      cells.push({
        injectId,
        teamId,
        released: si.released,
        delivered: cell.delivered,
        seen: cell.seen,
        acknowledged: cell.acknowledged,
        responded,
        responseCount: cell.responses.length,
        dueAtMs,
        overdue: dueAtMs !== null && !responded && scenarioMs > dueAtMs,
        late: dueAtMs !== null && responded !== null && responded.scenarioMs > dueAtMs,
      });
    }
  }
  return cells;
}
