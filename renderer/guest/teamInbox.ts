// The team's inbox as the screen lists it: newest first, with what is unread, and which
// injects are new since the last view (for the alert and the sound).
import type { TeamView } from '../../shared/session/views';

export type TeamInject = TeamView['injects'][number];

/** Newest release first; injects released at the same scenario time keep the later one first. */
export function inboxOrder(injects: readonly TeamInject[]): TeamInject[] {
  return injects
    .map((inject, index) => ({ inject, index }))
    .sort(
      (a, b) =>
        b.inject.released.scenarioMs - a.inject.released.scenarioMs ||
        b.inject.released.at.localeCompare(a.inject.released.at) ||
        b.index - a.index,
    )
    .map(({ inject }) => inject);
}

/**
 * Unread: not yet opened on any device of the team, and not opened here either (the
 * `seen` this device sent may still be on its way).
 */
export function isUnread(inject: TeamInject, openedHere: ReadonlySet<string>): boolean {
  return !inject.seen && !openedHere.has(inject.id);
}

export function unreadCount(injects: readonly TeamInject[], openedHere: ReadonlySet<string>): number {
  return injects.filter((i) => isUnread(i, openedHere)).length;
}

/**
 * The injects that arrived since the ids this screen already knew; none on the first view
 * (`known` null): what was there when the page opened is no news.
 */
export function arrivals(known: ReadonlySet<string> | null, injects: readonly TeamInject[]): TeamInject[] {
  if (known === null) return [];
  return inboxOrder(injects.filter((i) => !known.has(i.id)));
}
