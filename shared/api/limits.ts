// How much one call, one file and one sheet may carry. One table, so the transports,
// the contract, the readers and the exporters cannot disagree: whatever the app can
// export, it can import again over both transports.
const MIB = 1024 * 1024;

/** The largest file one call may carry: a `.drill` file, a spreadsheet, an attachment. */
export const FILE_BYTES_MAX = 256 * MIB;

/** Files travel as base64 inside JSON: 4 characters for every 3 bytes. */
export const BASE64_CHARS_MAX = Math.ceil(FILE_BYTES_MAX / 3) * 4;

/** A staff connection's largest WebSocket frame: one file plus the call around it. */
export const STAFF_FRAME_BYTES_MAX = BASE64_CHARS_MAX + 1 * MIB;

/** Participants, evaluators and those waiting to be admitted never send files. */
export const GUEST_FRAME_BYTES_MAX = 64 * 1024;

/** A spreadsheet to import as an MSEL: checked before it is read, and while it is read. */
export const SHEET_LIMITS = {
  fileBytesMax: 50 * MIB,
  rowsMax: 5_000,
  columnsMax: 200,
  cellCharsMax: 100_000,
} as const;

/** The most session events one `session.events` call returns; a screen catching up asks again. */
export const SESSION_EVENTS_PAGE_MAX = 1_000;
