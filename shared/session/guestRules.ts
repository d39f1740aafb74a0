// What the host checks for people on their own devices, pure so it is tested alone: who
// may still join, what a device sending again already sent, and which attachment a team
// may read.
import { PARTICIPANTS_MAX } from '../api/limits';
import { refuse } from './guards';
import type { SessionState } from './state';

export const isFinished = (state: SessionState) => state.status === 'ended' || state.status === 'aborted';

/** Refuses a newcomer to a session that is over or already has PARTICIPANTS_MAX people. */
export function checkJoinable(state: SessionState): void {
  if (isFinished(state)) refuse('session.errors.sessionEnded', {}, 'forbidden');
  const present = Object.values(state.participants).filter((p) => p.status !== 'removed').length;
  if (present >= PARTICIPANTS_MAX) refuse('session.errors.sessionFull', { max: PARTICIPANTS_MAX }, 'conflict');
}

/** What a guest sees before joining: the session's name and its teams, nothing secret. */
export function joinInfoOf(state: SessionState) {
  return {
    sessionId: state.sessionId,
    title: state.exercise.title,
    status: state.status,
    teams: state.teams.map((t) => ({ id: t.id, name: t.name, agency: t.agency, colour: t.colour })),
  };
}

type TeamDraft =
  | { type: 'message_sent'; messageId: string; teamId: string }
  | { type: 'inject_responded'; injectId: string; teamId: string; responseId?: string | undefined }
  | { type: string };

/**
 * True when a participant's message or response with this id is already in the session
 * for the same team: its device sent it again after the reply was lost, and the host
 * answers "done" instead of recording it twice. (Seen and acknowledged keep their first
 * time anyway, so sending them again is harmless.) Another team's id is no repeat: the
 * reducer refuses it as taken.
 */
export function alreadyRecorded(state: SessionState, draft: TeamDraft): boolean {
  if ('messageId' in draft && draft.type === 'message_sent') {
    return state.messages.some((m) => m.id === draft.messageId && m.teamId === draft.teamId);
  }
  if ('injectId' in draft && draft.type === 'inject_responded' && draft.responseId !== undefined) {
    const cell = state.board[draft.injectId]?.[draft.teamId];
    return !!cell?.responses.some((r) => r.id === draft.responseId);
  }
  return false;
}

const ATTACHMENT_LINK = /attachment:([0-9a-f]{64})/g;

/**
 * The exercise's attachment `attachmentId` if an inject already released to `teamId`
 * carries it (in its attachments, or as a picture or link in its text); null otherwise, so
 * the caller answers exactly as for an attachment that does not exist.
 */
export function attachmentForTeam(state: SessionState, teamId: string, attachmentId: string) {
  const released = Object.values(state.injects).some(
    (si) =>
      si.status === 'released' &&
      si.recipientTeamIds.includes(teamId) &&
      (si.inject.attachmentIds.includes(attachmentId) ||
        [...si.inject.body.matchAll(ATTACHMENT_LINK)].some((m) => m[1] === attachmentId)),
  );
  if (!released) return null;
  return state.exercise.attachments.find((a) => a.id === attachmentId) ?? { id: attachmentId, name: attachmentId };
}
