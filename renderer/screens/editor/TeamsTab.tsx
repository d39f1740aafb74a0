// The teams that play: each with its agency, colour (used on the timeline and in
// live sessions) and roster. Removing a team the MSEL addresses asks first.
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { newTeam, removeTeam, teamUsage } from '../../../shared/model/edit';
import type { Team } from '../../../shared/model/exercise';
import { focusWhenShown } from '../../components/focus';
import { ConfirmDialog } from './ConfirmDialog';
import { TextField, useEditor, useProblems } from './EditorContext';
import { AddByName } from './AddByName';

export function TeamsTab() {
  const { t } = useTranslation();
  const { draft, edit } = useEditor();
  const [removing, setRemoving] = useState<Team | null>(null);
  const problems = useProblems(['teams']);
  const usage = removing ? teamUsage(draft, removing.id) : null;

  const list = useRef<HTMLDivElement>(null);
  // The removed card took focus with it: the next team's name (or the one before, or the
  // field to add one) takes it.
  const remove = (teamId: string) => {
    const at = draft.teams.findIndex((team) => team.id === teamId);
    const left = draft.teams.length - 1;
    edit((c) => removeTeam(c, teamId));
    focusWhenShown(() => {
      const cards = list.current?.querySelectorAll<HTMLElement>('.team-card') ?? [];
      if (cards.length !== left) return null;
      const card = cards[at] ?? cards[at - 1];
      return (
        card?.querySelector<HTMLElement>('input') ?? list.current?.parentElement?.querySelector('.add-by-name input')
      );
    });
  };
  const askRemove = (team: Team) => {
    if (teamUsage(draft, team.id).injects > 0) setRemoving(team);
    else remove(team.id);
  };

  return (
    <div className="teams">
      {problems.messages}
      {draft.teams.length === 0 && <p className="empty">{t('editor.teams.empty')}</p>}
      <div className="card-list" ref={list}>
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
            setRemoving(null);
            remove(removing.id);
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
  const card = useRef<HTMLFieldSetElement>(null);
  // A person removed: the next person's name (or the one before, or "Add person") takes focus.
  const removePerson = (k: number) => {
    const left = team.roster.length - 1;
    setRoster(team.roster.filter((_, j) => j !== k));
    focusWhenShown(() => {
      const rows = card.current?.querySelectorAll<HTMLElement>('.roster tbody tr') ?? [];
      if (rows.length !== left) return null;
      const row = rows[k] ?? rows[k - 1];
      return row?.querySelector<HTMLElement>('input') ?? card.current?.querySelector<HTMLElement>('.add-person');
    });
  };
  const name = team.name.trim() || t('editor.teams.unnamed', { n: index + 1 });

  return (
    <fieldset ref={card} className="card team-card" style={{ borderLeftColor: team.colour }}>
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
              onRemove={() => removePerson(k)}
            />
          ))}
        </tbody>
      </table>
      <div className="row wrap">
        <button
          type="button"
          className="add-person"
          onClick={() => {
            const at = team.roster.length;
            setRoster([...team.roster, { name: '', role: '' }]);
            focusWhenShown(() =>
              card.current?.querySelectorAll<HTMLElement>('.roster tbody tr')[at]?.querySelector('input'),
            );
          }}
        >
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
