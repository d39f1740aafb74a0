// The small dependencies every service takes as arguments, so tests can hand in a
// temp-file database, a fake clock and a logger that records.
export type Clock = { now(): Date };
export const systemClock: Clock = { now: () => new Date() };

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
