// One inject, in full: when, how and to whom it goes, what it says, what each
// recipient is expected to do, and the controller's notes.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { setAudience, toggleRecipient, updateInject } from '../../../shared/model/edit';
import { CHANNELS, LIMITS, RELEASE_MODES, type Inject } from '../../../shared/model/exercise';
import { TextField, useEditor, useProblems } from './EditorContext';
import { ExpectedActionsEditor } from './ExpectedActionsEditor';
import { MarkdownField } from './MarkdownField';
import { OffsetField } from './OffsetField';
import { StringListEditor } from './StringListEditor';

/** The heading of the inject form, once it shows this inject: where focus goes when an inject is opened. */
export function injectHeading(injectId: string): HTMLElement | null {
  return document.querySelector<HTMLElement>(`[data-inject-heading="${injectId}"]`);
}

export function InjectForm({ inject, index }: { inject: Inject; index: number }) {
  const { t } = useTranslation();
  const { draft, edit } = useEditor();
  const headingId = useId();
  const phaseId = useId();
  const channelId = useId();
  const update = (change: (i: Inject) => Inject) => edit((c) => updateInject(c, inject.id, change));
  const set =
    <K extends keyof Inject>(key: K) =>
    (value: Inject[K]) =>
      update((i) => ({ ...i, [key]: value }));
  const at = (...rest: (string | number)[]) => ['injects', index, ...rest];
  const recipientProblems = useProblems(at('recipientTeamIds'), { within: true });
  const phaseProblems = useProblems(at('phaseId'));

  return (
    <section className="inject-form" aria-labelledby={headingId}>
      <h2 id={headingId} tabIndex={-1} data-inject-heading={inject.id}>
        {t('editor.injects.formHeading', { number: inject.number, title: inject.title })}
      </h2>
      <div className="grid-4">
        <TextField
          label={t('editor.injects.number')}
          value={inject.number}
          onChange={set('number')}
          path={at('number')}
          maxLength={20}
        />
        <OffsetField
          label={t('editor.injects.time')}
          offsetSec={inject.offsetSec}
          onChange={set('offsetSec')}
          path={at('offsetSec')}
        />
        <div className="field">
          <label htmlFor={phaseId}>{t('spreadsheet.columns.phase')}</label>
          <select
            id={phaseId}
            value={inject.phaseId ?? ''}
            aria-invalid={phaseProblems.invalid || undefined}
            aria-describedby={phaseProblems.describedBy}
            onChange={(e) => set('phaseId')(e.target.value || null)}
          >
            <option value="">{t('editor.injects.noPhase')}</option>
            {draft.phases.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
          {phaseProblems.messages}
        </div>
        <div className="field">
          <label htmlFor={channelId}>{t('spreadsheet.columns.channel')}</label>
          <select
            id={channelId}
            value={inject.channel}
            onChange={(e) => set('channel')(e.target.value as Inject['channel'])}
          >
            {CHANNELS.map((c) => (
              <option key={c} value={c}>
                {t(`spreadsheet.channels.${c}`)}
              </option>
            ))}
          </select>
        </div>
        <fieldset className="field radios">
          <legend>{t('editor.injects.release')}</legend>
          {RELEASE_MODES.map((mode) => (
            <label key={mode} className="check">
              <input
                type="radio"
                name={`release-${inject.id}`}
                checked={inject.release === mode}
                onChange={() => set('release')(mode)}
              />
              {t(`editor.injects.releaseMode.${mode}`)}
            </label>
          ))}
        </fieldset>
        <label className="check contingency">
          <input type="checkbox" checked={inject.contingency} onChange={(e) => set('contingency')(e.target.checked)} />
          {t('editor.injects.contingency')}
        </label>
        <TextField
          label={t('editor.injects.sender')}
          value={inject.sender}
          onChange={set('sender')}
          path={at('sender')}
          className="span-2"
          placeholder={t('editor.injects.senderPlaceholder')}
        />
      </div>

      <fieldset className="audience" aria-describedby={recipientProblems.describedBy}>
        <legend>{t('editor.injects.audience')}</legend>
        <div className="row wrap">
          <label className="check">
            <input
              type="radio"
              name={`audience-${inject.id}`}
              checked={inject.audience === 'all'}
              onChange={() => update((i) => setAudience(draft, i, 'all'))}
            />
            {t('editor.injects.audienceAll')}
          </label>
          <label className="check">
            <input
              type="radio"
              name={`audience-${inject.id}`}
              checked={inject.audience === 'teams'}
              onChange={() => update((i) => setAudience(draft, i, 'teams'))}
            />
            {t('editor.injects.audienceTeams')}
          </label>
        </div>
        {inject.audience === 'teams' && (
          <div className="row wrap team-checks">
            {draft.teams.length === 0 && <span className="empty">{t('editor.teams.empty')}</span>}
            {draft.teams.map((team) => (
              <label key={team.id} className="check team-check">
                <input
                  type="checkbox"
                  checked={inject.recipientTeamIds.includes(team.id)}
                  onChange={(e) => update((i) => toggleRecipient(i, team.id, e.target.checked))}
                />
                <span className="swatch" style={{ background: team.colour }} aria-hidden="true" />
                {team.name}
              </label>
            ))}
          </div>
        )}
        {recipientProblems.messages}
      </fieldset>

      <TextField
        label={t('editor.injects.title')}
        value={inject.title}
        onChange={set('title')}
        path={at('title')}
        maxLength={LIMITS.titleMax}
        className="inject-title"
      />
      <MarkdownField
        label={t('editor.injects.body')}
        value={inject.body}
        onChange={set('body')}
        path={at('body')}
        onAttached={(meta) =>
          update((i) =>
            i.attachmentIds.includes(meta.id) ? i : { ...i, attachmentIds: [...i.attachmentIds, meta.id] },
          )
        }
      />
      <StringListEditor
        legend={t('editor.injects.decisionOptions')}
        itemLabel={(k) => t('editor.injects.optionN', { n: k + 1 })}
        addLabel={t('editor.injects.addOption')}
        items={inject.decisionOptions}
        onChange={set('decisionOptions')}
        path={at('decisionOptions')}
      />
      <ExpectedActionsEditor inject={inject} index={index} />
      <TextField
        label={t('editor.injects.controllerNotes')}
        value={inject.controllerNotes}
        onChange={set('controllerNotes')}
        path={at('controllerNotes')}
        multiline
        rows={3}
      />
      <StringListEditor
        legend={t('editor.injects.discussionQuestions')}
        itemLabel={(k) => t('editor.phases.questionN', { n: k + 1 })}
        addLabel={t('editor.phases.addQuestion')}
        items={inject.discussionQuestions}
        onChange={set('discussionQuestions')}
        path={at('discussionQuestions')}
        multiline
      />
    </section>
  );
}
