// The exercise editor: a header with the save state and the issues, then one tab per
// part of the exercise. Everything edits one local draft that saves itself.
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { IssuePath } from '../../../shared/model/validate';
import { ErrorMessage } from '../../components/ErrorMessage';
import { focusWhenShown, useFocusOnArrival } from '../../components/focus';
import { routeHref, setLeaveGuard } from '../../router';
import { ConfirmDialog } from './ConfirmDialog';
import { EditorContext, TABS, type EditorApi, type TabName } from './EditorContext';
import { injectHeading } from './InjectForm';
import { InjectsTab } from './InjectsTab';
import { IssuesPanel } from './IssuesPanel';
import { ObjectivesTab } from './ObjectivesTab';
import { OverviewTab } from './OverviewTab';
import { PhasesTab } from './PhasesTab';
import { tabOfPath } from './paths';
import { SaveStatus } from './SaveStatus';
import { TeamsTab } from './TeamsTab';
import { TimelineTab } from './TimelineTab';
import { useExerciseDraft } from './useExerciseDraft';
import './editor.css';

/** `online`: the transport reaches the host (a save that waited for it goes out when it does). */
export function EditorScreen({ id, online }: { id: string; online: boolean }) {
  const { t } = useTranslation();
  const { saved, draft, state, schemaIssues, fieldIssues, issues, store } = useExerciseDraft(id);
  const [tab, setTab] = useState<TabName>('overview');
  const [selectedInjectId, setSelectedInjectId] = useState<string | null>(null);
  const [leave, setLeave] = useState<{ proceed(): void } | null>(null);
  const tabRefs = useRef(new Map<TabName, HTMLButtonElement>());
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusOnArrival(heading, Boolean(draft && saved));

  useEffect(() => {
    if (online) store.connectionRestored();
  }, [online, store]);

  // Leaving for another screen: send what is pending; ask only if something is still unsaved.
  useEffect(
    () =>
      setLeaveGuard((proceed) => {
        if (!store.hasPendingWork) return false;
        void store.flush().then(() => (store.hasPendingWork ? setLeave({ proceed }) : proceed()));
        return true;
      }),
    [store],
  );

  const errorsByTab = useMemo(() => {
    const counts = new Map<TabName, number>();
    const count = (path: IssuePath) => counts.set(tabOfPath(path), (counts.get(tabOfPath(path)) ?? 0) + 1);
    for (const issue of issues) if (issue.severity === 'error') count(issue.path);
    for (const issue of schemaIssues) count(issue.path);
    for (const issue of fieldIssues) count(issue.path);
    return counts;
  }, [issues, schemaIssues, fieldIssues]);

  const goTo = useCallback(
    (path: IssuePath) => {
      const target = tabOfPath(path);
      setTab(target);
      if (target === 'injects' && typeof path[1] === 'number') {
        const inject = draft?.injects[path[1]];
        if (inject) setSelectedInjectId(inject.id);
      }
    },
    [draft],
  );

  const editor = useMemo<EditorApi | null>(
    () =>
      draft && {
        exerciseId: id,
        draft,
        edit: (change) => store.edit(change),
        issues,
        schemaIssues,
        fieldIssues,
        setFieldIssue: store.setFieldIssue,
        held: store.held,
        goTo,
        selectedInjectId,
        selectInject: setSelectedInjectId,
      },
    [id, draft, store, issues, schemaIssues, fieldIssues, goTo, selectedInjectId],
  );

  function onTabKey(event: KeyboardEvent) {
    const index = TABS.indexOf(tab);
    const next =
      event.key === 'ArrowRight'
        ? TABS[(index + 1) % TABS.length]
        : event.key === 'ArrowLeft'
          ? TABS[(index - 1 + TABS.length) % TABS.length]
          : event.key === 'Home'
            ? TABS[0]
            : event.key === 'End'
              ? TABS[TABS.length - 1]
              : undefined;
    if (!next) return;
    event.preventDefault();
    setTab(next);
    tabRefs.current.get(next)?.focus();
  }

  if (state.kind === 'loadFailed') {
    return (
      <main className="editor">
        <a href={routeHref({ name: 'library' })}>← {t('editor.backToLibrary')}</a>
        <ErrorMessage error={state.error} />
      </main>
    );
  }
  if (!editor || !saved) {
    return (
      <main className="editor">
        <p role="status">{t('common.loading')}</p>
      </main>
    );
  }

  return (
    <EditorContext.Provider value={editor}>
      <main className="editor">
        <div className="editor-head">
          <a className="back" href={routeHref({ name: 'library' })}>
            ← {t('editor.backToLibrary')}
          </a>
          <h1 ref={heading} tabIndex={-1} lang={editor.draft.language}>
            {editor.draft.title.trim() || t('editor.untitled')}
          </h1>
          <SaveStatus
            state={state}
            store={store}
            schemaIssues={schemaIssues}
            fieldIssues={fieldIssues}
            onShowProblem={goTo}
          />
        </div>
        <IssuesPanel
          draft={editor.draft}
          issues={issues}
          schemaIssues={schemaIssues}
          fieldIssues={fieldIssues}
          onGoTo={goTo}
        />
        <div role="tablist" aria-label={t('editor.tabs.label')} className="tabs" onKeyDown={onTabKey}>
          {TABS.map((name) => (
            <button
              key={name}
              ref={(el) => {
                if (el) tabRefs.current.set(name, el);
                else tabRefs.current.delete(name);
              }}
              type="button"
              role="tab"
              id={`tab-${name}`}
              aria-controls={`panel-${name}`}
              aria-selected={tab === name}
              tabIndex={tab === name ? 0 : -1}
              onClick={() => setTab(name)}
            >
              {t(`editor.tabs.${name}`)}
              <TabBadge count={errorsByTab.get(name) ?? 0} />
            </button>
          ))}
        </div>
        <section role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`} className="tab-panel">
          {tab === 'overview' && <OverviewTab />}
          {tab === 'teams' && <TeamsTab />}
          {tab === 'objectives' && <ObjectivesTab />}
          {tab === 'phases' && <PhasesTab />}
          {tab === 'injects' && <InjectsTab exercise={saved} store={store} />}
          {tab === 'timeline' && (
            <TimelineTab
              onOpenInject={(injectId) => {
                setSelectedInjectId(injectId);
                setTab('injects');
                focusWhenShown(() => injectHeading(injectId));
              }}
            />
          )}
        </section>
        {leave && (
          <ConfirmDialog
            title={t('editor.leave.title')}
            message={t(state.kind === 'offline' ? 'editor.leave.offlineMessage' : 'editor.leave.message')}
            confirmLabel={t('editor.leave.confirm')}
            onCancel={() => setLeave(null)}
            onConfirm={() => {
              setLeave(null);
              leave.proceed();
            }}
          />
        )}
      </main>
    </EditorContext.Provider>
  );
}

/** How many errors a tab holds, so the designer sees where to look. */
function TabBadge({ count }: { count: number }) {
  const { t } = useTranslation();
  if (count === 0) return null;
  return (
    <span className="tab-badge" aria-label={t('editor.issues.errors', { count })}>
      {count}
    </span>
  );
}
