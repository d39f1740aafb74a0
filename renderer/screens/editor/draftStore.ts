// The editor's document and its saving, outside React so the rules are in one place:
// every edit updates the local draft at once; a save follows after a pause, one at a
// time, each based on the revision the previous one returned. Schema-invalid content
// is kept locally and never sent. A conflict stops saving until the user reloads:
// nothing is overwritten silently. When the host cannot be reached the draft stays
// here and goes out, with every edit made meanwhile, once the host answers again.
import type { DrillbookApi } from '../../../shared/api/contract';
import { ApiError } from '../../../shared/api/errors';
import {
  exerciseContentSchema,
  injectSchema,
  LIMITS,
  type Exercise,
  type ExerciseContent,
  type Inject,
} from '../../../shared/model/exercise';
import { toContent } from '../../../shared/model/edit';
import { HeldText } from './heldText';

/** A zod issue of the draft; `maximum` and `origin` say which limit a too_big one passed. */
export type SchemaIssue = { path: (string | number)[]; code: string; origin?: string; maximum?: number };

/**
 * Text a field holds but cannot put into the draft (a time such as "0:4O"): the draft
 * keeps its last good value, yet the editor is not "saved" while the text is there.
 */
export type FieldIssue = { path: (string | number)[]; messageKey: string };

export type SaveState =
  | { kind: 'loading' }
  | { kind: 'loadFailed'; error: unknown }
  | { kind: 'saved' }
  /** Edited; a save is due after the pause or already under way. */
  | { kind: 'saving' }
  /** Schema-invalid: kept here, not sent, until the fields are fixed. */
  | { kind: 'invalid' }
  /** The host could not be reached: the draft is kept and sent when it answers again. */
  | { kind: 'offline' }
  | { kind: 'failed'; error: unknown }
  | { kind: 'conflict'; error: unknown };

export type DraftSnapshot = {
  /** The exercise as last saved (or loaded): its revision is the base of the next save. */
  saved: Exercise | null;
  draft: ExerciseContent | null;
  state: SaveState;
  schemaIssues: SchemaIssue[];
  /** Fields whose typed text is not in the draft; by field, in the order they appeared. */
  fieldIssues: FieldIssue[];
};

export const SAVE_DELAY_MS = 700;
/** First wait before sending again after the host could not be reached; doubles up to the max. */
export const OFFLINE_RETRY_MS = 1_000;
export const OFFLINE_RETRY_MAX_MS = 15_000;

export class DraftStore {
  private snapshot: DraftSnapshot = {
    saved: null,
    draft: null,
    state: { kind: 'loading' },
    schemaIssues: [],
    fieldIssues: [],
  };
  private listeners = new Set<() => void>();
  private timer: ReturnType<typeof setTimeout> | null = null;
  private inFlight: Promise<void> | null = null;
  /** Bumped on every edit; a save knows whether it saved the latest one. */
  private version = 0;
  private savedVersion = 0;
  private loading: Promise<void> | null = null;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private retryMs: number;
  private readonly fields = new Map<string, FieldIssue>();
  /** Text typed into fields that has not reached the draft yet; flushed before anything is sent. */
  readonly held = new HeldText();

  constructor(
    private readonly api: DrillbookApi,
    private readonly id: string,
    private readonly delayMs = SAVE_DELAY_MS,
    private readonly retryBaseMs = OFFLINE_RETRY_MS,
  ) {
    this.retryMs = retryBaseMs;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): DraftSnapshot => this.snapshot;

  private set(patch: Partial<DraftSnapshot>): void {
    this.snapshot = { ...this.snapshot, ...patch };
    for (const listener of this.listeners) listener();
  }

  /** True when the draft holds something the library does not have. */
  get hasUnsavedChanges(): boolean {
    return this.version !== this.savedVersion;
  }

  /** True when leaving would lose something: an unsaved edit, text a field holds or could not use. */
  get hasPendingWork(): boolean {
    return this.hasUnsavedChanges || this.fields.size > 0 || this.held.size > 0;
  }

  /** A field reports text it cannot put into the draft (an issue), or that it no longer holds any (null). */
  setFieldIssue = (fieldKey: string, issue: FieldIssue | null): void => {
    const before = this.fields.get(fieldKey);
    if (!issue && !before) return;
    if (issue && before?.messageKey === issue.messageKey && samePath(before.path, issue.path)) return;
    if (issue) this.fields.set(fieldKey, issue);
    else this.fields.delete(fieldKey);
    this.set({ fieldIssues: [...this.fields.values()] });
  };

  /** The transport is connected again: send what waited for it now rather than at the next retry. */
  connectionRestored(): void {
    if (this.snapshot.state.kind !== 'offline') return;
    this.cancelRetry();
    void this.save();
  }

  load(): Promise<void> {
    this.loading ??= this.api.call('library.get', { id: this.id }).then(
      (exercise) => this.adopt(exercise),
      (error: unknown) => this.set({ state: { kind: 'loadFailed', error } }),
    );
    return this.loading;
  }

  /** Takes a saved exercise as both the base and the draft (load, reload, MSEL import). */
  adopt(exercise: Exercise): void {
    this.cancelTimer();
    this.version++;
    this.savedVersion = this.version;
    this.set({ saved: exercise, draft: toContent(exercise), state: { kind: 'saved' }, schemaIssues: [] });
  }

  edit(change: (content: ExerciseContent) => ExerciseContent): void {
    const draft = this.snapshot.draft;
    if (!draft) return;
    const next = change(draft);
    if (next === draft) return;
    this.version++;
    const schemaIssues = checkSchema(next);
    if (this.snapshot.state.kind === 'conflict') {
      this.set({ draft: next, schemaIssues });
      return;
    }
    // Offline: the retry that is already waiting sends this edit too.
    if (this.snapshot.state.kind === 'offline' && schemaIssues.length === 0 && this.retryTimer) {
      this.set({ draft: next, schemaIssues });
      return;
    }
    this.cancelTimer();
    if (schemaIssues.length > 0) {
      this.set({ draft: next, schemaIssues, state: this.inFlight ? { kind: 'saving' } : { kind: 'invalid' } });
      return;
    }
    // While the host is away the status keeps saying so: "Saving…" would be untrue until it answers.
    const state: SaveState = this.snapshot.state.kind === 'offline' ? this.snapshot.state : { kind: 'saving' };
    this.set({ draft: next, schemaIssues, state });
    this.timer = setTimeout(() => {
      this.timer = null;
      // Someone is typing: sending 1,000 injects would hold up their keys. The field's
      // commit is an edit, which sets this timer again.
      if (this.held.size > 0) return;
      void this.save();
    }, this.delayMs);
  }

  /** Saves now if anything is pending (text fields hold included), and resolves once nothing is in flight. */
  async flush(): Promise<void> {
    this.held.commitAll();
    if (this.timer) {
      this.cancelTimer();
      void this.save();
    }
    while (this.inFlight) await this.inFlight;
  }

  retry(): void {
    this.cancelRetry();
    void this.save();
  }

  /** Drops local edits and takes the library's latest version (after a conflict). */
  async reloadLatest(): Promise<void> {
    this.cancelTimer();
    while (this.inFlight) await this.inFlight.catch(() => undefined);
    this.set({ state: { kind: 'loading' } });
    try {
      this.adopt(await this.api.call('library.get', { id: this.id }));
    } catch (error) {
      this.set({ state: { kind: 'failed', error } });
    }
  }

  /** Someone saved this exercise: follow quietly, unless that would lose local edits. */
  async remoteChanged(): Promise<void> {
    if (this.hasUnsavedChanges || this.held.size > 0 || this.inFlight || !this.snapshot.saved) return;
    const before = this.version;
    const latest = await this.api.call('library.get', { id: this.id });
    // Our own save also announces itself; and an edit made meanwhile wins.
    if (latest.revision <= (this.snapshot.saved?.revision ?? 0) || this.version !== before) return;
    this.adopt(latest);
  }

  dispose(): void {
    this.cancelTimer();
    this.cancelRetry();
    this.listeners.clear();
  }

  private cancelTimer(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private cancelRetry(): void {
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
  }

  /** Tries again later, waiting longer each time the host is still away. */
  private scheduleRetry(): void {
    this.cancelRetry();
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      void this.save();
    }, this.retryMs);
    this.retryMs = Math.min(this.retryMs * 2, OFFLINE_RETRY_MAX_MS);
  }

  private save(): Promise<void> {
    // Serialized: a save asked for while one is in flight runs when it returns.
    if (this.inFlight) {
      return this.inFlight.then(() => this.save());
    }
    const { saved, draft, state } = this.snapshot;
    if (!saved || !draft || state.kind === 'conflict' || !this.hasUnsavedChanges) return Promise.resolve();
    if (checkSchema(draft).length > 0) {
      this.set({ state: { kind: 'invalid' } });
      return Promise.resolve();
    }
    const sentVersion = this.version;
    // A retry while offline stays "offline" until the host answers (the transport may hold
    // the call until its next attempt to connect, seconds away).
    if (state.kind !== 'offline') this.set({ state: { kind: 'saving' } });
    const run = async () => {
      try {
        const result = await this.api.call('library.update', {
          id: this.id,
          baseRevision: saved.revision,
          content: draft,
        });
        this.savedVersion = sentVersion;
        this.retryMs = this.retryBaseMs;
        this.set({ saved: result });
        if (!this.hasUnsavedChanges) this.set({ state: { kind: 'saved' } });
        else if (checkSchema(this.snapshot.draft!).length > 0) this.set({ state: { kind: 'invalid' } });
        else if (!this.timer) this.timer = setTimeout(() => ((this.timer = null), void this.save()), 0);
      } catch (error) {
        const code = error instanceof ApiError ? error.code : null;
        if (code === 'unavailable') {
          this.set({ state: { kind: 'offline' } });
          this.scheduleRetry();
        } else {
          this.set({ state: code === 'conflict' ? { kind: 'conflict', error } : { kind: 'failed', error } });
        }
      }
    };
    this.inFlight = run().finally(() => {
      this.inFlight = null;
    });
    return this.inFlight;
  }
}

const restOfContentSchema = exerciseContentSchema.omit({ injects: true });
/** Edits replace only the inject they change, so an unchanged inject's answer is reused. */
const injectIssues = new WeakMap<Inject, SchemaIssue[]>();

/**
 * What keeps the draft from being sent: zod's issues, by path, for the fields to show.
 * Checked inject by inject so that a keystroke in one of 1,000 injects checks one.
 */
export function checkSchema(content: ExerciseContent): SchemaIssue[] {
  const { injects, ...rest } = content;
  const issues = zodIssues(restOfContentSchema.safeParse(rest));
  if (!Array.isArray(injects)) return [...issues, { path: ['injects'], code: 'invalid_type' }];
  if (injects.length > LIMITS.injectsMax) {
    issues.push({ path: ['injects'], code: 'too_big', origin: 'array', maximum: LIMITS.injectsMax });
  }
  injects.forEach((inject, index) => {
    let found = injectIssues.get(inject);
    if (!found) {
      found = zodIssues(injectSchema.safeParse(inject));
      injectIssues.set(inject, found);
    }
    for (const issue of found) issues.push({ ...issue, path: ['injects', index, ...issue.path] });
  });
  return issues;
}

function zodIssues(
  result:
    | { success: true }
    | {
        success: false;
        error: { issues: { path: PropertyKey[]; code: string; origin?: unknown; maximum?: unknown }[] };
      },
): SchemaIssue[] {
  if (result.success) return [];
  return result.error.issues.map((i) => {
    const found: SchemaIssue = { path: i.path as (string | number)[], code: i.code };
    if (i.code === 'too_big') {
      found.origin = String(i.origin);
      found.maximum = Number(i.maximum);
    }
    return found;
  });
}

function samePath(a: readonly (string | number)[], b: readonly (string | number)[]): boolean {
  return a.length === b.length && a.every((p, k) => b[k] === p);
}

/** The schema issue at exactly this path, if any. */
export function schemaIssueAt(
  issues: readonly SchemaIssue[],
  path: readonly (string | number)[],
): SchemaIssue | undefined {
  return issues.find((i) => i.path.length === path.length && path.every((p, k) => i.path[k] === p));
}

const LIMIT_KEYS: Record<string, string> = {
  array: 'validation.limit_items',
  string: 'validation.limit_chars',
  number: 'validation.limit_number',
};

/**
 * Catalogue key and parameters for a schema issue, worded like the server's field
 * errors; a limit that was passed is named with its number ("At most 200 here").
 */
export function schemaIssueMessage(issue: SchemaIssue): { key: string; params: Record<string, number> } {
  const limitKey = issue.code === 'too_big' && issue.origin ? LIMIT_KEYS[issue.origin] : undefined;
  if (limitKey && issue.maximum !== undefined && Number.isFinite(issue.maximum)) {
    return { key: limitKey, params: { max: issue.maximum } };
  }
  const known = ['too_small', 'too_big', 'invalid_type', 'invalid_format', 'invalid_value'];
  return { key: `errors.field.${known.includes(issue.code) ? issue.code : 'invalid'}`, params: {} };
}
