// Export and import of `.drill` files against the library: which exercises go out
// with which attachment bytes, and how incoming ones land (as they are, replacing the
// local version, or as a copy). An import is one transaction: all of it or nothing.
import { DomainError } from '../../../shared/api/errors';
import type { Exercise } from '../../../shared/model/exercise';
import type { Db } from '../../db/open';
import type { Clock } from '../../host/ports';
import type { AttachmentStore } from '../attachments/attachmentStore';
import type { LibraryService } from '../library/libraryService';
import { packDrill } from './packDrill';
import type { readDrill as ReadDrill } from './readDrill';
import { referencedAttachmentIds } from './references';
import { DRILL_EXTENSION } from './drillFormat';
import { safeFileStem } from '../../../shared/files/fileName';

export type ImportChoice = 'copy' | 'replace' | 'skip';

export type ExchangeDeps = {
  db: Db;
  clock: Clock;
  library: LibraryService;
  attachments: AttachmentStore;
  appVersion: string;
  /** Reads a `.drill` file: in-process by default; the host passes one that runs in a worker. */
  readDrill?: typeof ReadDrill;
};

/** A file name that is safe on Windows, macOS and Linux, from the exercise's title. */
export function drillFileName(titles: string[], date: Date): string {
  const stem = titles.length === 1 ? titles[0]! : `drillbook-${titles.length}`;
  return `${safeFileStem(stem, 'drillbook')} ${date.toISOString().slice(0, 10)}${DRILL_EXTENSION}`;
}

/** The zip reader loads on the first import, not when the host starts. */
const readDrillInProcess: typeof ReadDrill = async (...args) => (await import('./readDrill')).readDrill(...args);

export function createExchangeService(deps: ExchangeDeps) {
  const { db, clock, library, attachments, appVersion, readDrill = readDrillInProcess } = deps;
  async function exportDrill(ids: string[]): Promise<{ fileName: string; bytes: Buffer }> {
    const exercises = ids.map((id) => library.get(id));
    const bytes = new Map<string, Buffer>();
    for (const ex of exercises) {
      for (const id of referencedAttachmentIds(ex)) bytes.set(id, attachments.get(id).bytes);
    }
    const now = clock.now();
    const file = await packDrill({ exercises, attachments: bytes, appVersion, now });
    return {
      fileName: drillFileName(
        exercises.map((e) => e.title),
        now,
      ),
      bytes: file,
    };
  }

  async function preview(file: Buffer) {
    const contents = await readDrill(file);
    return {
      manifest: contents.manifest,
      exercises: contents.exercises.map((ex) => ({
        id: ex.id,
        title: ex.title,
        language: ex.language,
        teamCount: ex.teams.length,
        injectCount: ex.injects.length,
        updatedAt: ex.updatedAt,
        exists: library.exists(ex.id),
      })),
    };
  }

  /**
   * Imports every exercise of the file. An exercise already in the library needs a
   * choice (copy, replace or skip); without one the whole import is refused, so
   * nothing is half-imported.
   */
  async function importDrill(
    file: Buffer,
    choices: Record<string, ImportChoice>,
    copySuffix: (title: string) => string,
  ) {
    const contents = await readDrill(file);
    const undecided = contents.exercises.filter((ex) => library.exists(ex.id) && !choices[ex.id]).map((ex) => ex.id);
    if (undecided.length) throw new DomainError('conflict', 'errors.importNeedsChoice', { ids: undecided });
    const imported: Exercise[] = [];
    db.transaction(() => {
      for (const [id, bytes] of contents.attachments) {
        const meta = contents.exercises.flatMap((e) => e.attachments).find((a) => a.id === id);
        attachments.put(bytes, meta?.mime ?? 'application/octet-stream');
      }
      for (const ex of contents.exercises) {
        const choice = library.exists(ex.id) ? choices[ex.id] : 'keep';
        if (choice === 'skip') continue;
        if (choice === 'copy') imported.push(library.importExercise(ex, 'copy', copySuffix(ex.title)));
        else imported.push(library.importExercise(ex, choice === 'replace' ? 'replace' : 'keep'));
      }
    })();
    return imported;
  }

  return { exportDrill, preview, importDrill };
}

export type ExchangeService = ReturnType<typeof createExchangeService>;
