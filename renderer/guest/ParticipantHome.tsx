// A joined person's page: the waiting room until the facilitator admits them, then the
// team's view, with the offline queue and the arrival sound around it.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { TeamView } from '../../shared/session/views';
import { useApi } from '../api/ApiContext';
import { ErrorMessage } from '../components/ErrorMessage';
import type { LoadAttachment } from '../components/Markdown';
import { SoundToggle, useArrivalSound } from './SoundToggle';
import { TeamViewScreen } from './TeamViewScreen';
import { useMyView } from './useMyView';
import { useOutbox } from './useOutbox';
import { useRecheckWhenRefused } from './useRecheckWhenRefused';
import { WaitingRoom } from './WaitingRoom';

export function ParticipantHome({ sessionId, online }: { sessionId: string; online: boolean }) {
  const { t } = useTranslation();
  const { snapshot, error } = useMyView(sessionId);
  // Refused: removed since, or admitted as an evaluator or a controller, who have no team
  // view. The host says which, and the join page follows (JoinScreen).
  const rechecking = useRecheckWhenRefused(error);
  if (!snapshot || rechecking)
    return (
      <main className="guest">
        {error && !rechecking ? <ErrorMessage error={error} /> : <p role="status">{t('common.loading')}</p>}
      </main>
    );
  const { value } = snapshot;
  if (value.kind === 'waiting') return <WaitingRoom waiting={value} />;
  // Keyed by team: moved to another team by the facilitator, the page starts afresh with
  // that team's own queue and drafts.
  return (
    <TeamHome
      key={value.view.team.id}
      sessionId={sessionId}
      view={value.view}
      receivedMono={snapshot.receivedMono}
      online={online}
    />
  );
}

function TeamHome(props: { sessionId: string; view: TeamView; receivedMono: number; online: boolean }) {
  const api = useApi();
  const { sessionId, view } = props;
  const outbox = useOutbox(sessionId, view.team.id, props.online);
  const sound = useArrivalSound();
  const loadAttachment = useCallback<LoadAttachment>(
    (attachmentId) => api.call('session.attachment', { sessionId, attachmentId }),
    [api, sessionId],
  );
  return (
    <TeamViewScreen
      view={view}
      receivedMono={props.receivedMono}
      online={props.online}
      pending={outbox.items}
      onCommand={outbox.queue}
      onDiscard={outbox.drop}
      onArrival={sound.play}
      loadAttachment={loadAttachment}
      soundToggle={<SoundToggle sound={sound} />}
      draftKey={`${sessionId}.${view.team.id}`}
    />
  );
}
