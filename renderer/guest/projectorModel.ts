// What the projector says about the session as a whole, from its view alone.
import type { ProjectorView } from '../../shared/session/views';

export type ProjectorState = 'waiting' | 'running' | 'paused' | 'ended';

export function projectorState(view: Pick<ProjectorView, 'status' | 'clock'>): ProjectorState {
  if (view.status === 'ended' || view.status === 'aborted') return 'ended';
  if (!view.clock.started) return 'waiting';
  return view.clock.running ? 'running' : 'paused';
}

/** The newest inject (shown large) and the earlier ones, newest first. */
export function splitInjects<T extends { released: { scenarioMs: number } }>(
  injects: readonly T[],
): { newest: T | null; earlier: T[] } {
  const byNewest = [...injects].sort((a, b) => b.released.scenarioMs - a.released.scenarioMs);
  return { newest: byNewest[0] ?? null, earlier: byNewest.slice(1) };
}
