import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Exercise, ExerciseSummary } from '../../../shared/model/exercise';
import { useApi } from '../../api/ApiContext';
import { useFormatters } from '../../format';
import { ErrorMessage } from '../../components/ErrorMessage';
import { focusIsLost, focusWhenShown, useFocusOnArrival } from '../../components/focus';
import { NewExerciseDialog } from '../../components/NewExerciseDialog';
import { Toast, type ToastMessage } from '../../components/Toast';
import { MIME, saveFile } from '../../files';
import { navigate } from '../../router';
import { useMenuAction } from '../../api/useMenuAction';
import { DamagedNotice, type DamagedExercise } from './DamagedNotice';
import { ExerciseCard, useCardLabels, type CardAction } from './ExerciseCard';
import { ImportDrillDialog } from './ImportDrillDialog';
import { LibraryFiltersBar } from './LibraryFiltersBar';
import { LibraryPager } from './LibraryPager';
import { clampPage, pageRange } from './paging';
import { TemplateDialog } from './TemplateDialog';
import { SessionsDialog } from '../session/SessionsDialog';
import { StartSessionDialog } from '../session/StartSessionDialog';
import { NO_FILTERS, type LibraryFilters } from './filters';
import { useFirstScreenful } from './useFirstScreenful';
import { useLibraryList } from './useLibraryList';

type OpenDialog =
  | 'new'
  | 'template'
  | 'import'
  | { kind: 'start'; exercise: Exercise }
  | { kind: 'sessions'; exercise: ExerciseSummary }
  | null;

let toastSeq = 0;
const nextToastId = () => ++toastSeq;

export function LibraryScreen() {
  const { t } = useTranslation();
  const api = useApi();
  const fmt = useFormatters();
  const cardLabels = useCardLabels();
  const [filters, setFilters] = useState<LibraryFilters>(NO_FILTERS);
  const [page, setPage] = useState(0);
  const { result, error: listError, tags, inPage } = useLibraryList(filters, page);
  const [dialog, setDialog] = useState<OpenDialog>(null);
  // Kept across pages, so exercises from several pages can be exported together; a
  // new search or filter starts afresh, so nothing out of sight is exported.
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const summary = useRef<HTMLParagraphElement>(null);
  const [error, setError] = useState<unknown>(null);
  const [toast, setToast] = useState<ToastMessage | null>(null);
  const clearToast = useCallback(() => setToast(null), []);
  const say = (text: string, action?: ToastMessage['action']) =>
    setToast({ id: nextToastId(), text, action, focusAction: action !== undefined });
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusOnArrival(heading, true);
  // A card that left the list took focus with it: the heading holds it, then the card once back.
  const keepFocus = (cardId?: string) => {
    if (focusIsLost()) heading.current?.focus();
    if (cardId) focusWhenShown(() => document.querySelector<HTMLElement>(`[data-card-link="${cardId}"]`), 5000);
  };

  const openEditor = (exercise: Exercise) => navigate({ name: 'editor', id: exercise.id });

  async function exportIds(ids: string[]) {
    const file = await api.call('exchange.export', { ids });
    saveFile(file.fileName, file.base64, MIME.drill);
    say(t('drill.export.done'));
  }

  async function act(ex: ExerciseSummary, action: CardAction) {
    setError(null);
    try {
      // The card lists no teams: the dialog offers the exercise's teams as they are now.
      if (action === 'start') setDialog({ kind: 'start', exercise: await api.call('library.get', { id: ex.id }) });
      if (action === 'sessions') setDialog({ kind: 'sessions', exercise: ex });
      if (action === 'duplicate')
        await api.call('library.duplicate', { id: ex.id, title: t('library.copyTitle', { title: ex.title }) });
      if (action === 'export') await exportIds([ex.id]);
      if (action === 'archive' || action === 'unarchive') {
        await api.call('library.setArchived', { id: ex.id, archived: action === 'archive' });
        say(t(action === 'archive' ? 'library.archived' : 'library.unarchived', { title: ex.title }));
        keepFocus();
      }
      if (action === 'delete') {
        await api.call('library.delete', { id: ex.id });
        unselect(ex.id);
        say(t('library.deleted', { title: ex.title }), {
          label: t('library.undo'),
          run: () => {
            keepFocus(ex.id);
            void api.call('library.restore', { id: ex.id }).catch(setError);
          },
        });
      }
    } catch (caught) {
      setError(caught);
    }
  }

  async function moveDamagedToBin(ex: DamagedExercise) {
    setError(null);
    try {
      await api.call('library.delete', { id: ex.id });
      say(t('library.damaged.moved', { title: ex.title.trim() || t('library.damaged.untitled', { id: ex.id }) }));
      keepFocus();
    } catch (caught) {
      setError(caught);
    }
  }

  function unselect(id: string) {
    setSelected((current) => {
      const next = new Set(current);
      next.delete(id);
      return next;
    });
  }

  function changeFilters(next: LibraryFilters) {
    setFilters(next);
    setPage(0);
    setSelected(new Set());
  }

  /** A new page starts at its top: focus goes to the line that says which rows these are. */
  function turnTo(next: number) {
    setPage(next);
    summary.current?.focus();
    summary.current?.scrollIntoView({ block: 'start' });
  }

  // Deletions elsewhere may have shortened the list past this page: show its last page
  // (set while rendering, as React advises for state that follows other state).
  const total = result?.total ?? 0;
  if (result && page !== clampPage(page, total)) setPage(clampPage(page, total));

  const items = result?.items ?? null;
  const shownItems = useFirstScreenful(items, !inPage);
  const visibleSelected = [...selected];
  const filtering = filters !== NO_FILTERS && JSON.stringify(filters) !== JSON.stringify(NO_FILTERS);
  const range = pageRange(page, total);

  useMenuAction((action) => {
    if (action === 'exercise.new') setDialog('new');
    if (action === 'exercise.import') setDialog('import');
    if (action === 'exercise.export' && visibleSelected.length > 0) void exportIds(visibleSelected).catch(setError);
  });

  return (
    <main className="library">
      <div className="toolbar">
        <h1 ref={heading} tabIndex={-1}>
          {t('library.title')}
        </h1>
        <button type="button" className="primary" onClick={() => setDialog('new')}>
          {t('library.newExercise')}
        </button>
        <button type="button" onClick={() => setDialog('template')}>
          {t('library.newFromTemplate')}
        </button>
        <button type="button" onClick={() => setDialog('import')}>
          {t('library.import.button')}
        </button>
        <button
          type="button"
          disabled={visibleSelected.length === 0}
          onClick={() => void exportIds(visibleSelected).catch(setError)}
        >
          {t('library.exportSelected', { count: visibleSelected.length })}
        </button>
      </div>
      <LibraryFiltersBar filters={filters} tags={tags} onChange={changeFilters} />
      <ErrorMessage error={error ?? listError} />
      <DamagedNotice damaged={result?.damaged ?? []} onMoveToBin={(ex) => void moveDamagedToBin(ex)} />
      {items === null && !listError && <p role="status">{t('common.loading')}</p>}
      {items?.length === 0 && !result?.damaged.length && (
        <p className="empty">{filtering ? t('library.noMatch') : t('library.empty')}</p>
      )}
      {result && items && items.length > 0 && (
        <>
          <div className="list-head">
            <p className="meta list-summary" role="status" tabIndex={-1} ref={summary}>
              <strong>{t('library.total', { count: total })}</strong>
              {range.to - range.from + 1 < total && (
                <> · {t('library.range', { from: fmt.number(range.from), to: fmt.number(range.to) })}</>
              )}
            </p>
            <LibraryPager page={page} total={total} label={t('library.page.navTop')} onPage={turnTo} />
          </div>
          <ul className="exercise-list" aria-label={t('library.listLabel')}>
            {(shownItems ?? items).map((ex) => (
              <ExerciseCard
                key={ex.id}
                exercise={ex}
                labels={cardLabels}
                selected={selected.has(ex.id)}
                onSelect={(on) => {
                  const next = new Set(selected);
                  if (on) next.add(ex.id);
                  else next.delete(ex.id);
                  setSelected(next);
                }}
                onAction={(action) => void act(ex, action)}
              />
            ))}
          </ul>
          <LibraryPager page={page} total={total} label={t('library.page.navBottom')} onPage={turnTo} />
        </>
      )}
      {dialog === 'new' && <NewExerciseDialog onClose={() => setDialog(null)} onCreated={openEditor} />}
      {dialog === 'template' && <TemplateDialog onClose={() => setDialog(null)} onCreated={openEditor} />}
      {dialog === 'import' && (
        <ImportDrillDialog
          onClose={() => setDialog(null)}
          onImported={(count) => {
            setDialog(null);
            say(t('library.import.done', { count }));
          }}
        />
      )}
      {typeof dialog === 'object' && dialog?.kind === 'start' && (
        <StartSessionDialog
          exerciseId={dialog.exercise.id}
          title={dialog.exercise.title}
          teams={dialog.exercise.teams}
          onClose={() => setDialog(null)}
        />
      )}
      {typeof dialog === 'object' && dialog?.kind === 'sessions' && (
        <SessionsDialog exerciseId={dialog.exercise.id} title={dialog.exercise.title} onClose={() => setDialog(null)} />
      )}
      <Toast toast={toast} onDone={clearToast} />
    </main>
  );
}
