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
  /**
   * A workbook's worksheets together, as handed back: rows × columns, and characters.
   * Without these a few kilobytes of XML (one cell far out on each of many sheets, or
   * one long shared string in every cell) would answer with gigabytes.
   */
  workbookCellsMax: 1_000_000,
  textCharsMax: 50 * MIB,
} as const;

/**
 * What reading one file (a spreadsheet, a `.drill` file) may cost, in a worker thread
 * away from the host's event loop: a worker that needs more is stopped and the file
 * refused. The memory is the JavaScript heap; file bytes are bounded by the limits above.
 */
export const PARSE_BUDGET = {
  heapMiB: 512,
  seconds: 30,
} as const;

/**
 * How much may wait unsent for one WebSocket client that reads too slowly (or stopped
 * reading) before the host drops the connection: events may pile up to this much;
 * a reply may add one staff frame on top, since an export can legitimately be that large.
 */
export const SEND_BACKLOG_BYTES_MAX = 8 * MIB;

/** The most session events one `session.events` call returns; a screen catching up asks again. */
export const SESSION_EVENTS_PAGE_MAX = 1_000;

/** People who may join one session from their own devices (removed ones do not count). */
export const PARTICIPANTS_MAX = 300;

/** Join attempts one address may make per window; a wrong code also waits JOIN_WRONG_CODE_DELAY_MS. */
export const JOIN_ATTEMPTS_MAX = 10;
export const JOIN_WINDOW_MS = 60_000;
export const JOIN_WRONG_CODE_DELAY_MS = 1_000;

/** One message or response written during a session (to or from a team, or by a scribe). */
export const SESSION_TEXT_CHARS_MAX = 4_000;
