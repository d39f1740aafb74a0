// Placeholder: the lead replaces this with the real spreadsheet import dialog.
import type { Exercise } from '../../shared/model/exercise';

export type MselImportDialogProps = {
  exercise: Exercise;
  onClose(): void;
  /** The exercise as saved after the import (new revision, injects appended). */
  onImported(exercise: Exercise): void;
};

export function MselImportDialog(props: MselImportDialogProps) {
  return (
    <dialog open>
      <button type="button" onClick={props.onClose}>
        ×
      </button>
    </dialog>
  );
}
