// The addresses guests open, in the format agreed with the screens that read them: the
// join page and the projector. Used by the console (renderer) and the desktop shell.

/** The join page for a session's code, on one of the host's origins. */
export const joinUrl = (origin: string, joinCode: string): string =>
  `${origin}/#/join?code=${encodeURIComponent(joinCode)}`;

/** The projector screen; the secret is the projector's own (session.projectorLink). */
export const projectorUrl = (origin: string, secret: string): string =>
  `${origin}/#/projector?secret=${encodeURIComponent(secret)}`;
