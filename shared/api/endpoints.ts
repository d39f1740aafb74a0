// Where the WebSocket API is and what its address carries. Apart from wire.ts's frame
// schemas, so a page can open its socket before it has loaded zod.
export const API_WS_PATH = '/api';
export const TOKEN_PARAM = 'token';
/** `/api?guest=1`: a connection without the staff key, for people joining a session. */
export const GUEST_PARAM = 'guest';
/**
 * The element in which a page the host rendered (the library's first page, for a staff
 * link that carries the key) holds what it shows, as JSON: see shared/api/firstPage.ts.
 */
export const FIRST_PAGE_ELEMENT_ID = 'drillbook-first-page';
/** The language a staff browser last chose, so the host renders its first page in it. */
export const LOCALE_COOKIE = 'drillbook-locale';
