// Where keyboard focus goes when what had it goes away (a dialog closing, a row deleted,
// a screen replaced): somewhere sensible, never the page body, where a keyboard or
// screen-reader user would have to start the whole page again.
import { useEffect, useRef, useState, type RefObject } from 'react';

/** Requests of focusWhenShown still looking for their target: a closing dialog leaves focus to them. */
let pendingRequests = 0;
/** Whether a screen has arrived since the page loaded. */
let screenShown = false;

/** Focus is on nothing, or on the body: what had it was removed or disabled. */
export function focusIsLost(): boolean {
  const active = document.activeElement;
  return !active || active === document.body || !active.isConnected;
}

/**
 * Focuses what `find` returns as soon as it is in the page (it may come with the next
 * render, or after the host answers), for up to `withinMs`; but not if the user has
 * moved focus elsewhere in the meantime. Returns a way to give up.
 */
export function focusWhenShown(find: () => HTMLElement | null | undefined, withinMs = 1000): () => void {
  const startedOn = document.activeElement;
  const deadline = Date.now() + withinMs;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let finished = false;
  pendingRequests++;
  const finish = () => {
    if (finished) return;
    finished = true;
    pendingRequests--;
    clearTimeout(timer);
  };
  // Tried after the render this call comes before; a target still inert behind a closing
  // modal dialog refuses focus, so success is focus actually on it.
  const attempt = () => {
    const moved = document.activeElement !== startedOn && !focusIsLost();
    if (moved) return finish();
    const target = find();
    if (target?.isConnected) target.focus();
    if (target && document.activeElement === target) return finish();
    if (Date.now() < deadline) timer = setTimeout(attempt, 30);
    else finish();
  };
  timer = setTimeout(attempt, 0);
  return finish;
}

/**
 * For a dialog: remembers what had focus when it opened and, when it closes (React
 * removes it without `close()`, so the browser does not), gives focus back to that
 * opener if nothing else took it. Screens that want focus elsewhere after the dialog
 * (the next row, a new field) set it in their own effects, which run after this.
 */
export function useReturnFocus(): void {
  // Read while rendering, before an autoFocus inside the dialog moves focus.
  const [opener] = useState(() => document.activeElement);
  // A passive effect's cleanup runs once the dialog is out of the page.
  useEffect(
    () => () => {
      if (pendingRequests > 0) return;
      if (focusIsLost() && opener instanceof HTMLElement && opener.isConnected && !isDisabled(opener)) opener.focus();
    },
    [opener],
  );
}

/**
 * Focuses a screen's heading (give it tabIndex={-1}) once the screen is `ready`, when
 * focus was lost on the way: after a link or a dialog replaced the screen.
 */
export function useFocusOnArrival(heading: RefObject<HTMLElement | null>, ready: boolean): void {
  // The page's first screen leaves focus where the browser puts it, so Tab starts at the
  // header (and its language choice) as on any page.
  const [firstOfPage] = useState(() => !screenShown);
  const done = useRef(false);
  useEffect(() => {
    if (!ready || done.current) return;
    done.current = true;
    screenShown = true;
    if (!firstOfPage && focusIsLost()) heading.current?.focus();
  }, [ready, heading, firstOfPage]);
}

function isDisabled(element: HTMLElement): boolean {
  return element.matches(':disabled');
}
