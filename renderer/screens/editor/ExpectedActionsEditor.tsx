// What each recipient team is expected to do about an inject: the evaluators' checklist.
import { useTranslation } from 'react-i18next';
import { newExpectedAction, updateInject } from '../../../shared/model/edit';
import { LIMITS, type ExpectedAction, type Inject } from '../../../shared/model/exercise';
import { TextField, useEditor, useProblems } from './EditorContext';
import { NumberField } from './NumberField';

export function ExpectedActionsEditor({ inject, index }: { inject: Inject; index: number }) {
  const { t } = useTranslation();
  const { draft, edit } = useEditor();
  const problems = useProblems(['injects', index, 'expectedActions']);
  const setActions = (change: (actions: ExpectedAction[]) => ExpectedAction[]) =>
    edit((c) => updateInject(c, inject.id, (i) => ({ ...i, expectedActions: change(i.expectedActions) })));

  return (
    <fieldset className="expected-actions">
      <legend>{t('editor.actions.heading')}</legend>
      {inject.expectedActions.length === 0 && <p className="empty">{t('editor.actions.empty')}</p>}
      <ol className="plain-list">
        {inject.expectedActions.map((action, k) => (
          <ActionRow
            key={action.id}
            action={action}
            injectIndex={index}
            index={k}
            onChange={(change) => setActions((list) => list.map((a) => (a.id === action.id ? { ...a, ...change } : a)))}
            onRemove={() => setActions((list) => list.filter((a) => a.id !== action.id))}
          />
        ))}
      </ol>
      {problems.messages}
      <button
        type="button"
        disabled={draft.teams.length === 0}
        onClick={() => setActions((list) => [...list, newExpectedAction(draft, inject)])}
      >
        {t('editor.actions.add')}
      </button>
    </fieldset>
  );
}

function ActionRow(props: {
  action: ExpectedAction;
  injectIndex: number;
  index: number;
  onChange(change: Partial<ExpectedAction>): void;
  onRemove(): void;
}) {
  const { t } = useTranslation();
  const { draft } = useEditor();
  const { action, onChange } = props;
  const path = ['injects', props.injectIndex, 'expectedActions', props.index];
  const teamProblems = useProblems([...path, 'teamId']);
  const capabilityProblems = useProblems([...path, 'capabilityId']);
  const n = props.index + 1;
  return (
    <li className="card action-row">
      <div className="grid-4">
        <div className="field">
          <label>
            {t('editor.actions.team', { n })}
            <select
              value={action.teamId}
              aria-invalid={teamProblems.invalid || undefined}
              aria-describedby={teamProblems.describedBy}
              onChange={(e) => onChange({ teamId: e.target.value })}
            >
              {!draft.teams.some((team) => team.id === action.teamId) && <option value={action.teamId}>?</option>}
              {draft.teams.map((team) => (
                <option key={team.id} value={team.id}>
                  {team.name}
                </option>
              ))}
            </select>
          </label>
          {teamProblems.messages}
        </div>
        <div className="field">
          <label>
            {t('editor.actions.capability', { n })}
            <select
              value={action.capabilityId ?? ''}
              aria-invalid={capabilityProblems.invalid || undefined}
              aria-describedby={capabilityProblems.describedBy}
              onChange={(e) => onChange({ capabilityId: e.target.value || null })}
            >
              <option value="">{t('editor.actions.noCapability')}</option>
              {draft.capabilities.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          </label>
          {capabilityProblems.messages}
        </div>
        <NumberField
          label={t('editor.actions.timeLimit', { n })}
          value={action.timeLimitMin}
          optional
          min={1}
          max={LIMITS.durationMinMax}
          onChange={(timeLimitMin) => onChange({ timeLimitMin })}
          path={[...path, 'timeLimitMin']}
        />
        <NumberField
          label={t('editor.actions.weight', { n })}
          value={action.weight}
          min={0}
          max={100}
          onChange={(weight) => onChange({ weight: weight ?? Number.NaN })}
          path={[...path, 'weight']}
        />
      </div>
      <TextField
        label={t('editor.actions.description', { n })}
        value={action.description}
        onChange={(description) => onChange({ description })}
        path={[...path, 'description']}
        multiline
        rows={2}
      />
      <button type="button" className="danger" onClick={props.onRemove}>
        {t('editor.actions.remove', { n })}
      </button>
    </li>
  );
}
