// One exercise open in the editor: loads it, follows changes made elsewhere, saves
// what is pending when the screen closes or the page unloads, and gives components
// the draft, its issues and the save state.
import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import type { ExerciseContent } from '../../../shared/model/exercise';
import { revalidate, validateExercise, type ValidationIssue } from '../../../shared/model/validate';
import { useApi } from '../../api/ApiContext';
import { DraftStore, type DraftSnapshot } from './draftStore';

/** A pause in typing after which the whole document is checked again. */
const FULL_CHECK_DELAY_MS = 300;

export type ExerciseDraft = DraftSnapshot & { store: DraftStore; issues: ValidationIssue[] };

export function useExerciseDraft(id: string): ExerciseDraft {
  const api = useApi();
  const [store] = useState(() => new DraftStore(api, id));
  const snapshot = useSyncExternalStore(store.subscribe, store.getSnapshot);

  useEffect(() => {
    void store.load();
    const off = api.on('library.changed', (event) => {
      if (event.id === id || event.id === null) store.remoteChanged().catch((error: unknown) => console.error(error));
    });
    // Leaving the page: send what is pending, and ask first while anything is unsaved
    // (offline, invalid, or still on its way): the browser's own question.
    const beforeUnload = (event: BeforeUnloadEvent) => {
      void store.flush();
      if (store.hasPendingWork) event.preventDefault();
    };
    window.addEventListener('beforeunload', beforeUnload);
    return () => {
      off();
      window.removeEventListener('beforeunload', beforeUnload);
      // Leaving the screen: the pending save still goes out.
      void store.flush();
    };
  }, [api, id, store]);

  // On a keystroke only the edited inject is checked again, from the last full check;
  // the whole document is checked once typing pauses.
  const draft = snapshot.draft;
  const [checked, setChecked] = useState<{ content: ExerciseContent; issues: ValidationIssue[] } | null>(null);
  useEffect(() => {
    if (!draft || checked?.content === draft) return;
    const timer = setTimeout(
      () => setChecked({ content: draft, issues: validateExercise(draft) }),
      FULL_CHECK_DELAY_MS,
    );
    return () => clearTimeout(timer);
  }, [draft, checked]);
  const issues = useMemo(() => (draft ? revalidate(checked, draft) : []), [checked, draft]);
  return { ...snapshot, store, issues };
}
