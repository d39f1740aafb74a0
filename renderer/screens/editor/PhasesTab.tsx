// Phases (tabletop modules) in order, each closed by its discussion questions.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { moveItem, phaseUsage, randomId, removePhase } from '../../../shared/model/edit';
import type { Phase } from '../../../shared/model/exercise';
import { AddByName } from './AddByName';
import { ConfirmDialog } from './ConfirmDialog';
import { TextField, useEditor } from './EditorContext';
import { StringListEditor } from './StringListEditor';

export function PhasesTab() {
  const { t } = useTranslation();
  const { draft, edit } = useEditor();
  const [removing, setRemoving] = useState<Phase | null>(null);
  const move = (index: number, to: number) => edit((c) => ({ ...c, phases: moveItem(c.phases, index, to) }));

  return (
    <div className="phases">
      {draft.phases.length === 0 && <p className="empty">{t('editor.phases.empty')}</p>}
      <ol className="card-list plain-list">
        {draft.phases.map((phase, index) => {
          const update = (change: Partial<Phase>) =>
            edit((c) => ({ ...c, phases: c.phases.map((p) => (p.id === phase.id ? { ...p, ...change } : p)) }));
          const label = t('editor.phases.phaseN', { n: index + 1 });
          return (
            <li key={phase.id} className="card">
              <div className="row end">
                <TextField
                  label={label}
                  value={phase.name}
                  onChange={(name) => update({ name })}
                  path={['phases', index, 'name']}
                  className="grow"
                />
                <button
                  type="button"
                  className="icon"
                  disabled={index === 0}
                  onClick={() => move(index, index - 1)}
                  aria-label={t('editor.phases.moveUp', { name: phase.name })}
                  title={t('editor.phases.moveUp', { name: phase.name })}
                >
                  ↑
                </button>
                <button
                  type="button"
                  className="icon"
                  disabled={index === draft.phases.length - 1}
                  onClick={() => move(index, index + 1)}
                  aria-label={t('editor.phases.moveDown', { name: phase.name })}
                  title={t('editor.phases.moveDown', { name: phase.name })}
                >
                  ↓
                </button>
                <button
                  type="button"
                  className="icon"
                  onClick={() =>
                    phaseUsage(draft, phase.id) > 0 ? setRemoving(phase) : edit((c) => removePhase(c, phase.id))
                  }
                  aria-label={t('editor.phases.remove', { name: phase.name })}
                  title={t('editor.phases.remove', { name: phase.name })}
                >
                  ×
                </button>
              </div>
              <StringListEditor
                legend={t('editor.phases.questions')}
                itemLabel={(k) => t('editor.phases.questionN', { n: k + 1 })}
                addLabel={t('editor.phases.addQuestion')}
                items={phase.discussionQuestions}
                onChange={(discussionQuestions) => update({ discussionQuestions })}
                path={['phases', index, 'discussionQuestions']}
                multiline
              />
            </li>
          );
        })}
      </ol>
      <AddByName
        label={t('editor.phases.newName')}
        buttonLabel={t('editor.phases.add')}
        onAdd={(name) =>
          edit((c) => ({ ...c, phases: [...c.phases, { id: randomId(), name, discussionQuestions: [] }] }))
        }
      />
      {removing && (
        <ConfirmDialog
          title={t('editor.phases.removeTitle', { name: removing.name })}
          message={t('editor.phases.removeMessage', { name: removing.name, count: phaseUsage(draft, removing.id) })}
          confirmLabel={t('editor.phases.removeConfirm')}
          onCancel={() => setRemoving(null)}
          onConfirm={() => {
            edit((c) => removePhase(c, removing.id));
            setRemoving(null);
          }}
        />
      )}
    </div>
  );
}
