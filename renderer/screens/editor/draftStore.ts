// The editor's document and its saving, outside React so the rules are in one place:
// every edit updates the local draft at once; a save follows after a pause, one at a
// time, each based on the revision the previous one returned. Schema-invalid content
// is kept locally and never sent. A conflict stops saving until the user reloads:
// nothing is overwritten silently.
import type { DrillbookApi } from '../../../shared/api/contract';
import { ApiError } from '../../../shared/api/errors';
import { exerciseContentSchema, type Exercise, type ExerciseContent } from '../../../shared/model/exercise';
import { toContent } from '../../../shared/model/edit';

/** A zod issue of the draft; `maximum` and `origin` say which limit a too_big one passed. */
export type SchemaIssue = { path: (string | number)[]; code: string; origin?: string; maximum?: number };

export type SaveState =
  | { kind: 'loading' }
  | { kind: 'loadFailed'; error: unknown }
  | { kind: 'saved' }
  /** Edited; a save is due after the pause or already under way. */
  | { kind: 'saving' }
  /** Schema-invalid: kept here, not sent, until the fields are fixed. */
  | { kind: 'invalid' }
  | { kind: 'failed'; error: unknown }
  | { kind: 'conflict'; error: unknown };

export type DraftSnapshot = {
  /** The exercise as last saved (or loaded): its revision is the base of the next save. */
  saved: Exercise | null;
  draft: ExerciseContent | null;
  state: SaveState;
  schemaIssues: SchemaIssue[];
};

export const SAVE_DELAY_MS = 700;

export class DraftStore {
  private snapshot: DraftSnapshot = { saved: null, draft: null, state: { kind: 'loading' }, schemaIssues: [] };
  private listeners = new Set<() => void>();
  private timer: ReturnType<typeof setTimeout> | null = null;
  private inFlight: Promise<void> | null = null;
  /** Bumped on every edit; a save knows whether it saved the latest one. */
  private version = 0;
  private savedVersion = 0;
  private loading: Promise<void> | null = null;

  constructor(
    private readonly api: DrillbookApi,
    private readonly id: string,
    private readonly delayMs = SAVE_DELAY_MS,
  ) {}

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
    this.cancelTimer();
    if (schemaIssues.length > 0) {
      this.set({ draft: next, schemaIssues, state: this.inFlight ? { kind: 'saving' } : { kind: 'invalid' } });
      return;
    }
    this.set({ draft: next, schemaIssues, state: { kind: 'saving' } });
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.save();
    }, this.delayMs);
  }

  /** Saves now if anything is pending, and resolves once nothing is in flight. */
  async flush(): Promise<void> {
    if (this.timer) {
      this.cancelTimer();
      void this.save();
    }
    while (this.inFlight) await this.inFlight;
  }

  retry(): void {
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
    if (this.hasUnsavedChanges || this.inFlight || !this.snapshot.saved) return;
    const before = this.version;
    const latest = await this.api.call('library.get', { id: this.id });
    // Our own save also announces itself; and an edit made meanwhile wins.
    if (latest.revision <= (this.snapshot.saved?.revision ?? 0) || this.version !== before) return;
    this.adopt(latest);
  }

  dispose(): void {
    this.cancelTimer();
    this.listeners.clear();
  }

  private cancelTimer(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
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
    this.set({ state: { kind: 'saving' } });
    const run = async () => {
      try {
        const result = await this.api.call('library.update', {
          id: this.id,
          baseRevision: saved.revision,
          content: draft,
        });
        this.savedVersion = sentVersion;
        this.set({ saved: result });
        if (!this.hasUnsavedChanges) this.set({ state: { kind: 'saved' } });
        else if (checkSchema(this.snapshot.draft!).length > 0) this.set({ state: { kind: 'invalid' } });
        else if (!this.timer) this.timer = setTimeout(() => ((this.timer = null), void this.save()), 0);
      } catch (error) {
        const conflict = error instanceof ApiError && error.code === 'conflict';
        this.set({ state: conflict ? { kind: 'conflict', error } : { kind: 'failed', error } });
      }
    };
    this.inFlight = run().finally(() => {
      this.inFlight = null;
    });
    return this.inFlight;
  }
}

/** What keeps the draft from being sent: zod's issues, by path, for the fields to show. */
export function checkSchema(content: ExerciseContent): SchemaIssue[] {
  const result = exerciseContentSchema.safeParse(content);
  if (result.success) return [];
  return result.error.issues.map((i) => {
    const found: SchemaIssue = { path: i.path as (string | number)[], code: i.code };
    if (i.code === 'too_big') {
      found.origin = i.origin;
      found.maximum = Number(i.maximum);
    }
    return found;
  });
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
