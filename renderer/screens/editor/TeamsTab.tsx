// The teams that play: each with its agency, colour (used on the timeline and in
// live sessions) and roster. Removing a team the MSEL addresses asks first.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { newTeam, removeTeam, teamUsage } from '../../../shared/model/edit';
import type { Team } from '../../../shared/model/exercise';
import { ConfirmDialog } from './ConfirmDialog';
import { TextField, useEditor, useProblems } from './EditorContext';
import { AddByName } from './AddByName';

export function TeamsTab() {
  const { t } = useTranslation();
  const { draft, edit } = useEditor();
  const [removing, setRemoving] = useState<Team | null>(null);
  const problems = useProblems(['teams']);
  const usage = removing ? teamUsage(draft, removing.id) : null;

  const askRemove = (team: Team) => {
    if (teamUsage(draft, team.id).injects > 0) setRemoving(team);
    else edit((c) => removeTeam(c, team.id));
  };

  return (
    <div className="teams">
      {problems.messages}
      {draft.teams.length === 0 && <p className="empty">{t('editor.teams.empty')}</p>}
      <div className="card-list">
        {draft.teams.map((team, index) => (
          <TeamCard key={team.id} team={team} index={index} onRemove={() => askRemove(team)} />
        ))}
      </div>
      <AddByName
        label={t('editor.teams.newName')}
        buttonLabel={t('editor.teams.add')}
        onAdd={(name) => edit((c) => ({ ...c, teams: [...c.teams, newTeam(c, name)] }))}
      />
      {removing && usage && (
        <ConfirmDialog
          title={t('editor.teams.removeTitle', { name: removing.name })}
          message={t('editor.teams.removeMessage', {
            name: removing.name,
            injects: usage.injects,
            actions: usage.actions,
          })}
          confirmLabel={t('editor.teams.remove')}
          onCancel={() => setRemoving(null)}
          onConfirm={() => {
            edit((c) => removeTeam(c, removing.id));
            setRemoving(null);
          }}
        />
      )}
    </div>
  );
}

function TeamCard({ team, index, onRemove }: { team: Team; index: number; onRemove(): void }) {
  const { t } = useTranslation();
  const { edit } = useEditor();
  const colourId = useId();
  const update = (change: Partial<Team>) =>
    edit((c) => ({ ...c, teams: c.teams.map((x) => (x.id === team.id ? { ...x, ...change } : x)) }));
  const setRoster = (roster: Team['roster']) => update({ roster });
  const name = team.name.trim() || t('editor.teams.unnamed', { n: index + 1 });

  return (
    <fieldset className="card team-card" style={{ borderLeftColor: team.colour }}>
      <legend>{name}</legend>
      <div className="grid-3">
        <TextField
          label={t('editor.teams.name')}
          value={team.name}
          onChange={(v) => update({ name: v })}
          path={['teams', index, 'name']}
        />
        <TextField
          label={t('editor.teams.agency')}
          value={team.agency}
          onChange={(v) => update({ agency: v })}
          path={['teams', index, 'agency']}
        />
        <div className="field">
          <label htmlFor={colourId}>{t('editor.teams.colour')}</label>
          <input id={colourId} type="color" value={team.colour} onChange={(e) => update({ colour: e.target.value })} />
        </div>
      </div>
      <table className="roster">
        <caption>{t('editor.teams.roster')}</caption>
        {team.roster.length > 0 && (
          <thead>
            <tr>
              <th scope="col">{t('editor.teams.personName')}</th>
              <th scope="col">{t('editor.teams.personRole')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('editor.teams.actions')}</span>
              </th>
            </tr>
          </thead>
        )}
        <tbody>
          {team.roster.map((person, k) => (
            <RosterRow
              key={k}
              teamIndex={index}
              index={k}
              name={person.name}
              role={person.role}
              onChange={(p) => setRoster(team.roster.map((x, j) => (j === k ? { ...x, ...p } : x)))}
              onRemove={() => setRoster(team.roster.filter((_, j) => j !== k))}
            />
          ))}
        </tbody>
      </table>
      <div className="row">
        <button type="button" onClick={() => setRoster([...team.roster, { name: '', role: '' }])}>
          {t('editor.teams.addPerson')}
        </button>
        <button type="button" className="danger" onClick={onRemove}>
          {t('editor.teams.remove')}
        </button>
      </div>
    </fieldset>
  );
}

function RosterRow(props: {
  teamIndex: number;
  index: number;
  name: string;
  role: string;
  onChange(p: { name?: string; role?: string }): void;
  onRemove(): void;
}) {
  const { t } = useTranslation();
  const n = props.index + 1;
  const nameProblems = useProblems(['teams', props.teamIndex, 'roster', props.index, 'name']);
  return (
    <tr>
      <td>
        <input
          type="text"
          value={props.name}
          aria-label={t('editor.teams.personNameN', { n })}
          aria-invalid={nameProblems.invalid || undefined}
          aria-describedby={nameProblems.describedBy}
          onChange={(e) => props.onChange({ name: e.target.value })}
        />
        {nameProblems.messages}
      </td>
      <td>
        <input
          type="text"
          value={props.role}
          aria-label={t('editor.teams.personRoleN', { n })}
          onChange={(e) => props.onChange({ role: e.target.value })}
        />
      </td>
      <td>
        <button
          type="button"
          className="icon"
          aria-label={t('editor.teams.removePerson', { n })}
          title={t('editor.teams.removePerson', { n })}
          onClick={props.onRemove}
        >
          ×
        </button>
      </td>
    </tr>
  );
}
