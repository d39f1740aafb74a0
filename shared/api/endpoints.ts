// Where the WebSocket API is and what its address carries. Apart from wire.ts's frame
// schemas, so a page can open its socket before it has loaded zod.
export const API_WS_PATH = '/api';
export const TOKEN_PARAM = 'token';
/** `/api?guest=1`: a connection without the staff key, for people joining a session. */
export const GUEST_PARAM = 'guest';
