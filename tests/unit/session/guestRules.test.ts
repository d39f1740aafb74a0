import { describe, expect, it } from 'vitest';
import { PARTICIPANTS_MAX } from '../../../shared/api/limits';
import { alreadyRecorded, attachmentForTeam, checkJoinable, joinInfoOf } from '../../../shared/session/guestRules';
import type { SessionState } from '../../../shared/session/state';

const SHA = (c: string) => c.repeat(64);

function state(extra: Partial<SessionState> = {}): SessionState {
  const inject = (id: string, attachmentIds: string[], body = '') => ({
    inject: { id, attachmentIds, body } as unknown as SessionState['injects'][string]['inject'],
    adHoc: false,
    status: 'released' as const,
    released: { at: '2026-05-01T08:00:00.000Z', scenarioMs: 0 },
    recipientTeamIds: ['A'],
  });
  return {
    sessionId: '00000000-0000-4000-8000-000000000001',
    exercise: {
      title: 'Port fire',
      attachments: [{ id: SHA('a'), name: 'map.png', mime: 'image/png', size: 3 }],
    } as unknown as SessionState['exercise'],
    status: 'live',
    teams: [{ id: 'A', name: 'Police', agency: 'PC02', colour: '#123456' }] as SessionState['teams'],
    participants: {},
    messages: [{ id: 'm1', teamId: 'A', text: 'x', sent: { at: '', scenarioMs: 0, enteredBy: 'team' }, answer: null }],
    injects: {
      i1: inject('i1', [SHA('a')]),
      i2: { ...inject('i2', [SHA('b')]), status: 'pending', released: null, recipientTeamIds: [] },
      i3: inject('i3', [], `![photo](attachment:${SHA('c')})`),
    },
    board: { i1: { A: { delivered: null, seen: null, acknowledged: null, responses: [] } } },
    ...extra,
  } as SessionState;
}

describe('who may still join', () => {
  it('refuses a session that is over, and one with PARTICIPANTS_MAX people, naming the limit', () => {
    expect(() => checkJoinable(state())).not.toThrow();
    expect(() => checkJoinable(state({ status: 'ended' }))).toThrow(
      expect.objectContaining({ messageKey: 'session.errors.sessionEnded' }),
    );
    expect(() => checkJoinable(state({ status: 'aborted' }))).toThrow(
      expect.objectContaining({ messageKey: 'session.errors.sessionEnded' }),
    );
    const person = (i: number, status: 'waiting' | 'removed') => ({
      id: `p${i}`,
      name: 'x',
      requestedTeamId: null,
      requestedRole: 'team' as const,
      role: 'team' as const,
      status,
      teamId: null,
    });
    const full = Object.fromEntries(
      Array.from({ length: PARTICIPANTS_MAX }, (_, i) => [`p${i}`, person(i, 'waiting')]),
    );
    expect(() => checkJoinable(state({ participants: full }))).toThrow(
      expect.objectContaining({ messageKey: 'session.errors.sessionFull', details: { max: PARTICIPANTS_MAX } }),
    );
    // Removed people do not count.
    const oneRemoved = { ...full, p0: person(0, 'removed') };
    expect(() => checkJoinable(state({ participants: oneRemoved }))).not.toThrow();
  });

  it('shows a stranger the title and teams only', () => {
    expect(joinInfoOf(state())).toEqual({
      sessionId: '00000000-0000-4000-8000-000000000001',
      title: 'Port fire',
      status: 'live',
      teams: [{ id: 'A', name: 'Police', agency: 'PC02', colour: '#123456' }],
    });
  });
});

describe('a device sending again', () => {
  it("knows its team's message by id, but not another team's", () => {
    expect(alreadyRecorded(state(), { type: 'message_sent', messageId: 'm1', teamId: 'A' })).toBe(true);
    expect(alreadyRecorded(state(), { type: 'message_sent', messageId: 'm1', teamId: 'B' })).toBe(false);
    expect(alreadyRecorded(state(), { type: 'message_sent', messageId: 'm2', teamId: 'A' })).toBe(false);
  });

  it('knows a response by its id; a response without one is never a repeat', () => {
    const responded = state({
      board: {
        i1: {
          A: {
            delivered: null,
            seen: null,
            acknowledged: null,
            responses: [{ at: '', scenarioMs: 0, text: 'Go', decision: null, enteredBy: 'team', id: 'r1' }],
          },
        },
      },
    });
    expect(
      alreadyRecorded(responded, { type: 'inject_responded', injectId: 'i1', teamId: 'A', responseId: 'r1' }),
    ).toBe(true);
    expect(
      alreadyRecorded(responded, { type: 'inject_responded', injectId: 'i1', teamId: 'A', responseId: 'r2' }),
    ).toBe(false);
    expect(alreadyRecorded(responded, { type: 'inject_responded', injectId: 'i1', teamId: 'A' })).toBe(false);
    expect(alreadyRecorded(responded, { type: 'inject_acknowledged' })).toBe(false);
  });
});

describe('attachments a team may read', () => {
  it('only those of injects released to it, as attachments or pictures in the text', () => {
    expect(attachmentForTeam(state(), 'A', SHA('a'))).toMatchObject({ name: 'map.png' });
    expect(attachmentForTeam(state(), 'A', SHA('c'))).toMatchObject({ id: SHA('c') });
    expect(attachmentForTeam(state(), 'B', SHA('a'))).toBeNull();
    // i2 is not released yet.
    expect(attachmentForTeam(state(), 'A', SHA('b'))).toBeNull();
    expect(attachmentForTeam(state(), 'A', SHA('d'))).toBeNull();
  });
});
