// A participant's command as the event it stands for, for the caller's own team (the
// service stamps who and when; the reducer refuses what the participant may not do).
import type { ParticipantCommand } from '../../../shared/api/contract';
import type { DraftBody } from './commands';

export function participantDraft(command: ParticipantCommand, teamId: string): DraftBody {
  switch (command.type) {
    case 'seen':
      return { type: 'inject_seen', injectId: command.injectId, teamId };
    case 'acknowledge':
      return { type: 'inject_acknowledged', injectId: command.injectId, teamId };
    case 'respond':
      return {
        type: 'inject_responded',
        injectId: command.injectId,
        teamId,
        text: command.text,
        decision: command.decision,
        ...(command.responseId === undefined ? {} : { responseId: command.responseId }),
      };
    case 'message':
      return { type: 'message_sent', messageId: command.messageId, teamId, text: command.text };
  }
}
