// Screens live in the URL fragment (#/exercises/<id>), so Back, reload and a
// bookmarked editor work the same in the desktop window and in a browser. No React
// here: boot.ts reads the route before React is loaded (the hook is useRoute.ts).

export type Route =
  | { name: 'library' }
  | { name: 'editor'; id: string }
  | { name: 'session'; id: string }
  /** A guest's page: join with a code (prefilled from the QR code), then wait or play. */
  | { name: 'join'; code: string | null }
  /** The room's screen, opened with the secret from the console's projector link. */
  | { name: 'projector' };

const EDITOR = /^#\/exercises\/([0-9a-f-]{36})$/i;
const SESSION = /^#\/sessions\/([0-9a-f-]{36})$/i;
const JOIN = /^#\/join(?:\?(.*))?$/;
const PROJECTOR = /^#\/projector(?:\?.*)?$/;

/**
 * Guest pages talk to the host as guests (`/api?guest=1`), never with the staff key. Team
 * members, evaluators and controllers all join at `#/join` and stay there: the page shows
 * what the host says they were admitted as.
 */
export type GuestRoute = Extract<Route, { name: 'join' | 'projector' }>;

export function isGuestRoute(route: Route): route is GuestRoute {
  return route.name === 'join' || route.name === 'projector';
}

export function parseRoute(hash: string): Route {
  const join = JOIN.exec(hash);
  if (join) return { name: 'join', code: new URLSearchParams(join[1] ?? '').get('code') || null };
  if (PROJECTOR.test(hash)) return { name: 'projector' };
  const editor = EDITOR.exec(hash);
  if (editor?.[1]) return { name: 'editor', id: editor[1] };
  const session = SESSION.exec(hash);
  if (session?.[1]) return { name: 'session', id: session[1] };
  return { name: 'library' };
}

export function routeHref(route: Route): string {
  if (route.name === 'editor') return `#/exercises/${route.id}`;
  if (route.name === 'session') return `#/sessions/${route.id}`;
  if (route.name === 'join') return route.code ? `#/join?code=${encodeURIComponent(route.code)}` : '#/join';
  if (route.name === 'projector') return '#/projector';
  return '#/';
}

export function navigate(route: Route): void {
  window.location.hash = routeHref(route);
}

/**
 * Asked before the screen changes (a link, Back, a typed address). Returning true holds
 * the change: the address goes back to the current screen, and the guard calls `proceed`
 * later if the user still wants to go (after a save, or a confirmation).
 */
export type LeaveGuard = (proceed: () => void) => boolean;

let leaveGuard: LeaveGuard | null = null;

/** The guard set now, if any (useRoute.ts asks it on every hash change). */
export function currentLeaveGuard(): LeaveGuard | null {
  return leaveGuard;
}

/** Drops `guard` if it is still the one set (it let the change through). */
export function clearLeaveGuard(guard: LeaveGuard): void {
  if (leaveGuard === guard) leaveGuard = null;
}

/** One screen at a time guards leaving; returns the way to stop guarding. */
export function setLeaveGuard(guard: LeaveGuard): () => void {
  leaveGuard = guard;
  return () => clearLeaveGuard(guard);
}

/** Whether a hash change leaves the screen shown (a token link or the same screen does not). */
export function leavesScreen(shown: Route, next: Route): boolean {
  return routeHref(shown) !== routeHref(next);
}
