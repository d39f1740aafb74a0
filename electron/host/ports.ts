// The small dependencies every service takes as arguments, so tests can hand in a
// temp-file database, a fake clock and a logger that records.
export type Clock = { now(): Date };
export const systemClock: Clock = { now: () => new Date() };

/**
 * Time that only moves forward, in whole milliseconds from an arbitrary origin: what the
 * live-session clock runs on, so a change of the computer's date or time zone cannot
 * move a scenario clock. It restarts with the process (see shared/session/recovery.ts).
 */
export type MonotonicClock = { nowMs(): number };
export const systemMonotonicClock: MonotonicClock = { nowMs: () => Math.floor(performance.now()) };

export type TimerId = number;
/**
 * One-shot timers, like setTimeout/clearTimeout, so a service can be driven by virtual
 * time in tests (tests/support/virtualTime.ts) and by the real event loop in the host.
 */
export type Timers = {
  setTimeout(callback: () => void, delayMs: number): TimerId;
  clearTimeout(id: TimerId): void;
};

/** Node caps a timer at 2^31-1 ms (about 24.8 days) and fires a longer one at once. */
export const TIMER_DELAY_MAX_MS = 2 ** 31 - 1;

export function createSystemTimers(): Timers {
  const live = new Map<TimerId, NodeJS.Timeout>();
  let nextId = 1;
  return {
    setTimeout(callback, delayMs) {
      const id = nextId++;
      const delay = Math.min(Math.max(0, delayMs), TIMER_DELAY_MAX_MS);
      live.set(
        id,
        setTimeout(() => {
          live.delete(id);
          callback();
        }, delay),
      );
      return id;
    },
    clearTimeout(id) {
      const handle = live.get(id);
      if (handle !== undefined) clearTimeout(handle);
      live.delete(id);
    },
  };
}

export type LogFields = Record<string, unknown>;
export type Logger = {
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
};

/** One JSON line per entry on stderr: greppable, and stdout stays for the host's URL. */
export function createConsoleLogger(stream: NodeJS.WritableStream = process.stderr): Logger {
  const write = (level: string, message: string, fields?: LogFields) =>
    stream.write(JSON.stringify({ t: new Date().toISOString(), level, message, ...fields }) + '\n');
  return {
    info: (m, f) => write('info', m, f),
    warn: (m, f) => write('warn', m, f),
    error: (m, f) => write('error', m, f),
  };
}

export type RecordingLogger = Logger & { entries: { level: string; message: string; fields?: LogFields }[] };
export function createRecordingLogger(): RecordingLogger {
  const entries: RecordingLogger['entries'] = [];
  const push = (level: string) => (message: string, fields?: LogFields) => {
    entries.push({ level, message, fields });
  };
  return { entries, info: push('info'), warn: push('warn'), error: push('error') };
}
