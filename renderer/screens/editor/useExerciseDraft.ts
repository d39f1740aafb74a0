// One exercise open in the editor: loads it, follows changes made elsewhere, saves
// what is pending when the screen closes or the page unloads, and gives components
// the draft, its issues and the save state.
import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { validateExercise, type ValidationIssue } from '../../../shared/model/validate';
import { useApi } from '../../api/ApiContext';
import { DraftStore, type DraftSnapshot } from './draftStore';

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
    // Leaving the page: send what is pending, and ask before dropping unsavable edits.
    const beforeUnload = (event: BeforeUnloadEvent) => {
      void store.flush();
      if (store.hasUnsavedChanges) event.preventDefault();
    };
    window.addEventListener('beforeunload', beforeUnload);
    return () => {
      off();
      window.removeEventListener('beforeunload', beforeUnload);
      // Leaving the screen: the pending save still goes out.
      void store.flush();
    };
  }, [api, id, store]);

  // Runs on every change; cheap next to a render of the MSEL table.
  const issues = useMemo(() => (snapshot.draft ? validateExercise(snapshot.draft) : []), [snapshot.draft]);
  return { ...snapshot, store, issues };
}
