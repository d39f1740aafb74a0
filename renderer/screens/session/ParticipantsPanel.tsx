// The people who joined from their own devices: those waiting (with the team and role they
// asked for) to admit, and those admitted, per team, evaluators and controllers, to move or
// remove. A dot says who is connected now; controllers and projector screens are counted.
// Only the session's owner may admit someone as a controller (`mayAdmitControllers`).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import './participants.css';
import type { SessionCommandInput } from '../../../shared/session/commands';
import type { StaffView } from '../../../shared/session/views';
import { ErrorMessage } from '../../components/ErrorMessage';
import { ConfirmDialog } from '../editor/ConfirmDialog';
import {
  admitCommand,
  AS_CONTROLLER,
  AS_EVALUATOR,
  connectedCount,
  defaultAdmission,
  groupParticipants,
  hasTeamToMoveTo,
  mayChangePerson,
} from './participantsModel';
import { connections, usePresence } from './usePresence';

type Person = StaffView['participants'][number];
type Props = {
  view: StaffView;
  seq: number;
  readOnly: boolean;
  mayAdmitControllers: boolean;
  /** The controller looking at this panel, if it is one: no moving or removing oneself here. */
  selfId: string | null;
  onCommand(command: SessionCommandInput): Promise<boolean>;
};

const ASKS_FOR_ROLE = {
  evaluator: 'console.participants.asksEvaluator',
  controller: 'console.participants.asksController',
} as const;

export function ParticipantsPanel(props: Props) {
  const { t } = useTranslation();
  const { view } = props;
  const { presence, error } = usePresence(view.sessionId, props.seq);
  const [removing, setRemoving] = useState<Person | null>(null);
  const groups = groupParticipants(view);
  const teamName = (id: string | null) => view.teams.find((team) => team.id === id)?.name ?? '';
  const dot = (person: Person) => <PresenceDot connected={connections(presence, person.id) > 0} />;
  const mayChange = (person: Person) =>
    !props.readOnly && mayChangePerson(person, { isOwner: props.mayAdmitControllers, selfId: props.selfId });
  const removeButton = (person: Person) =>
    mayChange(person) && (
      <button
        type="button"
        className="danger"
        aria-label={t('console.participants.removeWho', { name: person.name })}
        onClick={() => setRemoving(person)}
      >
        {t('console.participants.remove')}
      </button>
    );

  const admitted = (people: Person[]) => (
    <ul className="people">
      {people.map((person) => (
        <li key={person.id}>
          <span className="person">
            {dot(person)}
            <span className="person-name">{person.name}</span>
          </span>
          <span className="person-actions">
            {mayChange(person) && hasTeamToMoveTo(person, view.teams) && (
              <MoveForm person={person} view={view} onCommand={props.onCommand} />
            )}
            {removeButton(person)}
          </span>
        </li>
      ))}
    </ul>
  );

  return (
    <section className="participants-panel" aria-labelledby="participants-title">
      <h2 id="participants-title">{t('console.participants.title')}</h2>
      <ErrorMessage error={error} />
      <p className="meta">{t('console.participants.projectors', { count: presence?.projectors ?? 0 })}</p>
      <p className="meta">
        {t('console.participants.controllersConnected', { count: connectedCount(groups.controllers, presence) })}
      </p>

      <h3>{t('console.participants.waiting', { count: groups.waiting.length })}</h3>
      {groups.waiting.length === 0 && <p className="meta">{t('console.participants.noneWaiting')}</p>}
      <ul className="people">
        {groups.waiting.map((person) => (
          <li key={person.id}>
            <span className="person">
              {dot(person)}
              <span className="person-name">{person.name}</span>
              <span className="meta">
                {person.requestedRole !== 'team'
                  ? t(ASKS_FOR_ROLE[person.requestedRole])
                  : person.requestedTeamId
                    ? t('console.participants.asksTeam', { team: teamName(person.requestedTeamId) })
                    : t('console.participants.asksNoTeam')}
              </span>
            </span>
            <span className="person-actions">
              {!props.readOnly && (
                <AdmitForm
                  person={person}
                  view={view}
                  mayAdmitControllers={props.mayAdmitControllers}
                  onCommand={props.onCommand}
                />
              )}
              {removeButton(person)}
            </span>
          </li>
        ))}
      </ul>

      {groups.byTeam.map((team) => (
        <div key={team.teamId} className="team-people">
          <h3>{team.name}</h3>
          {team.people.length === 0 ? (
            <p className="meta">{t('console.participants.nobody')}</p>
          ) : (
            admitted(team.people)
          )}
        </div>
      ))}

      {(
        [
          ['controllers', groups.controllers],
          ['evaluators', groups.evaluators],
        ] as const
      ).map(
        ([role, people]) =>
          people.length > 0 && (
            <div key={role} className="team-people">
              <h3>{t(`console.participants.${role}`)}</h3>
              {admitted(people)}
            </div>
          ),
      )}

      {removing && (
        <ConfirmDialog
          title={t('console.participants.removeTitle', { name: removing.name })}
          message={t('console.participants.removeMessage')}
          confirmLabel={t('console.participants.remove')}
          onCancel={() => setRemoving(null)}
          onConfirm={() => {
            const { id } = removing;
            setRemoving(null);
            void props.onCommand({ type: 'removeParticipant', participantId: id });
          }}
        />
      )}
    </section>
  );
}

function PresenceDot({ connected }: { connected: boolean }) {
  const { t } = useTranslation();
  const label = t(connected ? 'console.participants.connected' : 'console.participants.notConnected');
  return (
    <span className={connected ? 'presence-dot on' : 'presence-dot'} role="img" aria-label={label} title={label} />
  );
}

function AdmitForm(props: {
  person: Person;
  view: StaffView;
  mayAdmitControllers: boolean;
  onCommand(command: SessionCommandInput): Promise<boolean>;
}) {
  const { t } = useTranslation();
  const [choice, setChoice] = useState(() =>
    defaultAdmission(props.person, props.view.teams, props.mayAdmitControllers),
  );
  return (
    <form
      className="inline-form"
      onSubmit={(e) => {
        e.preventDefault();
        void props.onCommand(admitCommand(props.person.id, choice));
      }}
    >
      <label>
        <span className="visually-hidden">{t('console.participants.admitAs', { name: props.person.name })}</span>
        <select value={choice} onChange={(e) => setChoice(e.target.value)}>
          {props.view.teams.map((team) => (
            <option key={team.id} value={team.id}>
              {team.name}
            </option>
          ))}
          <option value={AS_EVALUATOR}>{t('console.participants.asEvaluator')}</option>
          {props.mayAdmitControllers && <option value={AS_CONTROLLER}>{t('console.participants.asController')}</option>}
        </select>
      </label>
      <button type="submit" aria-label={t('console.participants.admitWho', { name: props.person.name })}>
        {t('console.participants.admit')}
      </button>
    </form>
  );
}

function MoveForm(props: {
  person: Person;
  view: StaffView;
  onCommand(command: SessionCommandInput): Promise<boolean>;
}) {
  const { t } = useTranslation();
  const others = props.view.teams.filter((team) => team.id !== props.person.teamId);
  const [picked, setTeamId] = useState(others[0]?.id ?? '');
  // After a move the team picked may be the person's own: offer the first other one then.
  const teamId = others.some((team) => team.id === picked) ? picked : (others[0]?.id ?? '');
  return (
    <form
      className="inline-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (teamId) void props.onCommand({ type: 'moveParticipant', participantId: props.person.id, teamId });
      }}
    >
      <label>
        <span className="visually-hidden">{t('console.participants.moveTo', { name: props.person.name })}</span>
        <select value={teamId} onChange={(e) => setTeamId(e.target.value)}>
          {others.map((team) => (
            <option key={team.id} value={team.id}>
              {team.name}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" aria-label={t('console.participants.moveWho', { name: props.person.name })}>
        {t('console.participants.move')}
      </button>
    </form>
  );
}
