// Starting a session from an exercise: the teams taking part, the control cell
// (facilitator, controllers), evaluators, and whether it is a rehearsal. "Run again" is
// this same dialog: every run is a new session.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Team } from '../../../shared/model/exercise';
import { useApi } from '../../api/ApiContext';
import { Dialog } from '../../components/Dialog';
import { ErrorMessage } from '../../components/ErrorMessage';
import { TeamCheckboxes } from '../../components/TeamCheckboxes';
import { navigate } from '../../router';
import { peopleFrom } from './consoleModel';
import './console.css';

export function StartSessionDialog(props: {
  exerciseId: string;
  title: string;
  teams: readonly Pick<Team, 'id' | 'name'>[];
  onClose(): void;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const [teamIds, setTeamIds] = useState<string[]>(props.teams.map((x) => x.id));
  const [facilitator, setFacilitator] = useState('');
  const [controllers, setControllers] = useState('');
  const [evaluators, setEvaluators] = useState('');
  const [rehearsal, setRehearsal] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function start() {
    setError(null);
    setBusy(true);
    try {
      const staff = [
        ...peopleFrom(facilitator, 'fac').map((p) => ({ ...p, role: 'facilitator' as const })),
        ...peopleFrom(controllers, 'ctl').map((p) => ({ ...p, role: 'controller' as const })),
      ];
      const created = await api.call('session.create', {
        exerciseId: props.exerciseId,
        teamIds,
        staff,
        evaluators: peopleFrom(evaluators, 'eva'),
        rehearsal,
      });
      navigate({ name: 'session', id: created.view.sessionId });
    } catch (caught) {
      setError(caught);
      setBusy(false);
    }
  }

  return (
    <Dialog title={t('console.start.title', { title: props.title })} onClose={props.onClose}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void start();
        }}
      >
        <TeamCheckboxes legend={t('console.start.teams')} teams={props.teams} checked={teamIds} onChange={setTeamIds}>
          {props.teams.length === 0 && <p className="error">{t('console.start.noTeams')}</p>}
        </TeamCheckboxes>
        <label>
          <span>{t('console.start.facilitator')}</span>
          <input required value={facilitator} onChange={(e) => setFacilitator(e.target.value)} autoFocus />
        </label>
        <label>
          <span>{t('console.start.controllers')}</span>
          <input value={controllers} onChange={(e) => setControllers(e.target.value)} />
        </label>
        <label>
          <span>{t('console.start.evaluators')}</span>
          <input value={evaluators} onChange={(e) => setEvaluators(e.target.value)} />
        </label>
        <p className="meta">{t('console.start.namesHint')}</p>
        <label className="inline">
          <input type="checkbox" checked={rehearsal} onChange={(e) => setRehearsal(e.target.checked)} />
          {t('console.start.rehearsal')}
        </label>
        <ErrorMessage error={error} />
        <div className="actions">
          <button type="button" onClick={props.onClose}>
            {t('common.cancel')}
          </button>
          <button
            type="submit"
            className="primary"
            disabled={busy || teamIds.length === 0 || facilitator.trim() === ''}
          >
            {t('console.start.submit')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
