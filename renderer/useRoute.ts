// The screen shown, as React state that follows the address: a change another screen
// guards (unsaved edits) is held and the address put back until the guard lets it go.
import { useEffect, useState } from 'react';
import { clearLeaveGuard, currentLeaveGuard, leavesScreen, parseRoute, routeHref, type Route } from './router';

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    let shown = parseRoute(window.location.hash);
    const onChange = () => {
      const target = window.location.hash;
      const next = parseRoute(target);
      const guard = currentLeaveGuard();
      if (guard && leavesScreen(shown, next)) {
        const held = guard(() => {
          clearLeaveGuard(guard);
          window.location.hash = target;
        });
        if (held) {
          // Hash changes cannot be cancelled: put the address back without a new entry.
          history.replaceState(null, '', window.location.pathname + window.location.search + routeHref(shown));
          return;
        }
      }
      shown = next;
      setRoute(next);
    };
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
