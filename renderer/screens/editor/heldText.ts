// Text typed into a field and not yet put into the draft. A keystroke changes only the
// field (so typing in one of 1,000 injects re-renders one input, not the editor); the
// field puts its text into the draft once typing pauses, when it loses focus or
// unmounts, and whenever the editor must have everything (before a save is flushed, on
// leaving). Meanwhile the editor counts the text as unsaved work.

/** A pause in typing after which a field puts its text into the draft. */
export const COMMIT_IDLE_MS = 250;

export class HeldText {
  private readonly held = new Map<string, () => void>();
  private readonly listeners = new Set<() => void>();

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** For useSyncExternalStore: only the first held field and the last released one change it. */
  isHolding = (): boolean => this.held.size > 0;

  get size(): number {
    return this.held.size;
  }

  /** Field `key` holds text; `commit` puts it into the draft (and must then release the key). */
  hold(key: string, commit: () => void): void {
    const was = this.held.size;
    this.held.set(key, commit);
    if (was === 0) this.notify();
  }

  /** Field `key` holds nothing any more (its text is in the draft, or it was dropped). */
  release(key: string): void {
    if (this.held.delete(key) && this.held.size === 0) this.notify();
  }

  /** Puts every held text into the draft now, in the order the fields started holding. */
  commitAll(): void {
    for (const [key, commit] of [...this.held]) {
      commit();
      // A commit that forgot to release must not be run again on the next flush.
      this.release(key);
    }
  }

  private notify(): void {
    for (const listener of this.listeners) listener();
  }
}
