// Capabilities (what is being tested) and objectives (what must be shown), with the
// capabilities each objective tests as checkboxes.
import { useTranslation } from 'react-i18next';
import { randomId, removeCapability } from '../../../shared/model/edit';
import type { Objective } from '../../../shared/model/exercise';
import { AddByName } from './AddByName';
import { TextField, useEditor, useProblems } from './EditorContext';

export function ObjectivesTab() {
  const { t } = useTranslation();
  const { draft, edit } = useEditor();
  return (
    <div className="objectives">
      <section aria-labelledby="capabilities-heading">
        <h2 id="capabilities-heading">{t('editor.objectives.capabilities')}</h2>
        <p className="hint">{t('editor.objectives.capabilitiesHint')}</p>
        {draft.capabilities.length === 0 && <p className="empty">{t('editor.objectives.noCapabilities')}</p>}
        <ol className="plain-list">
          {draft.capabilities.map((capability, index) => (
            <li key={capability.id} className="row end">
              <TextField
                label={t('editor.objectives.capabilityN', { n: index + 1 })}
                value={capability.name}
                path={['capabilities', index, 'name']}
                className="grow"
                onChange={(name) =>
                  edit((c) => ({
                    ...c,
                    capabilities: c.capabilities.map((x) => (x.id === capability.id ? { ...x, name } : x)),
                  }))
                }
              />
              <button
                type="button"
                className="icon"
                aria-label={t('editor.objectives.removeCapability', { name: capability.name })}
                title={t('editor.objectives.removeCapability', { name: capability.name })}
                onClick={() => edit((c) => removeCapability(c, capability.id))}
              >
                ×
              </button>
            </li>
          ))}
        </ol>
        <AddByName
          label={t('editor.objectives.newCapability')}
          buttonLabel={t('editor.objectives.addCapability')}
          onAdd={(name) => edit((c) => ({ ...c, capabilities: [...c.capabilities, { id: randomId(), name }] }))}
        />
      </section>
      <section aria-labelledby="objectives-heading">
        <h2 id="objectives-heading">{t('editor.objectives.objectives')}</h2>
        {draft.objectives.length === 0 && <p className="empty">{t('editor.objectives.noObjectives')}</p>}
        <div className="card-list">
          {draft.objectives.map((objective, index) => (
            <ObjectiveCard key={objective.id} objective={objective} index={index} />
          ))}
        </div>
        <AddByName
          label={t('editor.objectives.newObjective')}
          buttonLabel={t('editor.objectives.addObjective')}
          onAdd={(text) =>
            edit((c) => ({ ...c, objectives: [...c.objectives, { id: randomId(), text, capabilityIds: [] }] }))
          }
        />
      </section>
    </div>
  );
}

function ObjectiveCard({ objective, index }: { objective: Objective; index: number }) {
  const { t } = useTranslation();
  const { draft, edit } = useEditor();
  const update = (change: Partial<Objective>) =>
    edit((c) => ({ ...c, objectives: c.objectives.map((o) => (o.id === objective.id ? { ...o, ...change } : o)) }));
  const capabilityProblems = useProblems(['objectives', index, 'capabilityIds'], { within: true });
  const label = t('editor.objectives.objectiveN', { n: index + 1 });
  return (
    <div className="card">
      <TextField
        label={label}
        value={objective.text}
        onChange={(text) => update({ text })}
        path={['objectives', index, 'text']}
        multiline
        rows={2}
      />
      {draft.capabilities.length > 0 && (
        <fieldset className="checks">
          <legend>{t('editor.objectives.tests')}</legend>
          {draft.capabilities.map((capability) => (
            <label key={capability.id} className="check">
              <input
                type="checkbox"
                checked={objective.capabilityIds.includes(capability.id)}
                onChange={(e) =>
                  update({
                    capabilityIds: e.target.checked
                      ? [...objective.capabilityIds, capability.id]
                      : objective.capabilityIds.filter((id) => id !== capability.id),
                  })
                }
              />
              {capability.name}
            </label>
          ))}
        </fieldset>
      )}
      {capabilityProblems.messages}
      <button
        type="button"
        className="danger"
        onClick={() => edit((c) => ({ ...c, objectives: c.objectives.filter((o) => o.id !== objective.id) }))}
      >
        {t('editor.objectives.removeObjective', { label })}
      </button>
    </div>
  );
}
