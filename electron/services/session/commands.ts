// A staff command as the event drafts it stands for. No checks beyond what is needed to
// build the drafts: the reducer refuses what is not allowed, before anything is written.
import { scenarioMsAt } from '../../../shared/session/clock';
import type { Actor, EventDraft } from '../../../shared/session/events';
import type { SessionCommand } from '../../../shared/session/commands';
import { refuse } from '../../../shared/session/guards';
import { nextInjectTime } from '../../../shared/session/scheduler';
import type { SessionState } from '../../../shared/session/state';

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
/** A draft before the service stamps it with when and who. */
export type DraftBody = DistributiveOmit<EventDraft, 'at' | 'mono' | 'actor'>;

/**
 * The drafts for one command, each with its actor: `staffId` is the member of the control
 * cell acting (a scribe entering a team's words is that member, naming the team).
 */
export function commandDrafts(
  state: SessionState,
  command: SessionCommand,
  staffId: string,
  mono: number,
): { body: DraftBody; actor: Actor }[] {
  const staff: Actor = { kind: 'staff', id: staffId };
  const one = (body: DraftBody, actor: Actor = staff) => [{ body, actor }];
  switch (command.type) {
    case 'start':
      return one({ type: 'clock_started' });
    case 'pause':
      return one({ type: 'clock_paused' });
    case 'resume':
      return one({ type: 'clock_resumed' });
    case 'setSpeed':
      return one({ type: 'clock_speed_set', speed: command.speed });
    case 'jump':
      return one({ type: 'clock_jumped', toMs: command.toMs, reason: 'time' });
    case 'jumpNext': {
      const toMs = nextInjectTime(state, scenarioMsAt(state.clock, mono));
      if (toMs === null) refuse('session.errors.no_next_inject');
      return one({ type: 'clock_jumped', toMs, reason: 'next_inject' });
    }
    case 'release':
      return one({ type: 'inject_released', injectId: command.injectId, trigger: 'control' });
    case 'hold':
      return one({ type: 'inject_held', injectId: command.injectId });
    case 'unhold':
      return one({ type: 'inject_unheld', injectId: command.injectId });
    case 'skip':
      return one({ type: 'inject_skipped', injectId: command.injectId });
    case 'retime':
      return one({ type: 'inject_retimed', injectId: command.injectId, offsetSec: command.offsetSec });
    case 'edit':
      return one({ type: 'inject_edited', inject: command.inject });
    case 'addInject': {
      const added = one({ type: 'inject_added', inject: command.inject });
      if (!command.releaseNow) return added;
      return [...added, ...one({ type: 'inject_released', injectId: command.inject.id, trigger: 'control' as const })];
    }
    case 'end':
      return one({ type: 'session_ended' });
    case 'abort':
      return one({ type: 'session_aborted', reason: command.reason });
    case 'scribeAcknowledge':
      return one(
        { type: 'inject_acknowledged', injectId: command.injectId, teamId: command.teamId },
        { kind: 'scribe', id: staffId, teamId: command.teamId },
      );
    case 'scribeRespond':
      return one(
        {
          type: 'inject_responded',
          injectId: command.injectId,
          teamId: command.teamId,
          text: command.text,
          decision: command.decision,
        },
        { kind: 'scribe', id: staffId, teamId: command.teamId },
      );
    case 'scribeMessage':
      return one(
        { type: 'message_sent', messageId: command.messageId, teamId: command.teamId, text: command.text },
        { kind: 'scribe', id: staffId, teamId: command.teamId },
      );
    case 'answerMessage':
      return one({ type: 'message_answered', messageId: command.messageId, text: command.text });
    case 'startPhase':
      return one({ type: 'phase_started', phaseId: command.phaseId });
    case 'raiseQuestion':
      return one({ type: 'question_raised', source: command.source, index: command.index });
    case 'admitParticipant':
      return one({
        type: 'participant_admitted',
        participantId: command.participantId,
        // An evaluator or a controller follows the whole console: a team would mean nothing.
        teamId: command.role === 'team' ? (command.teamId ?? null) : null,
        role: command.role,
      });
    case 'moveParticipant':
      return one({ type: 'participant_moved', participantId: command.participantId, teamId: command.teamId });
    case 'removeParticipant':
      return one({ type: 'participant_removed', participantId: command.participantId });
  }
}
