// Screens live in the URL fragment (#/exercises/<id>), so Back, reload and a
// bookmarked editor work the same in the desktop window and in a browser.
import { useEffect, useState } from 'react';

export type Route = { name: 'library' } | { name: 'editor'; id: string } | { name: 'session'; id: string };

const EDITOR = /^#\/exercises\/([0-9a-f-]{36})$/i;
const SESSION = /^#\/sessions\/([0-9a-f-]{36})$/i;

export function parseRoute(hash: string): Route {
  const editor = EDITOR.exec(hash);
  if (editor?.[1]) return { name: 'editor', id: editor[1] };
  const session = SESSION.exec(hash);
  if (session?.[1]) return { name: 'session', id: session[1] };
  return { name: 'library' };
}

export function routeHref(route: Route): string {
  if (route.name === 'editor') return `#/exercises/${route.id}`;
  if (route.name === 'session') return `#/sessions/${route.id}`;
  return '#/';
}

export function navigate(route: Route): void {
  window.location.hash = routeHref(route);
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
