// The join page's path over the real WebSocket, with the renderer's own client (its
// transport under Node's WebSocket, greeting with the kept secret as guestConnection.ts
// does): look up the code, join, wait, be admitted by the control cell and see the team
// view arrive by itself; then an inject, acknowledged and answered, with a resend that
// records nothing twice.
import { afterEach, describe, expect, it } from 'vitest';
import { createApi } from '../../../shared/api/client';
import type { DrillbookApi, EventPayload } from '../../../shared/api/contract';
import { createWsTransport } from '../../../renderer/api/wsTransport';
import { connect } from '../../support/wsClient';
import { serveCore } from '../../support/hostServer';
import { testCore } from '../../support/core';
import { SIX_INJECTS, STAFF } from './support';

const TOKEN = 'staff-token-for-tests';
let cleanup: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const fn of cleanup.reverse()) await fn();
  cleanup = [];
});

/** A participant's browser: the renderer's transport, greeting with its secret once it has one. */
function participantBrowser(port: number) {
  let secret: string | null = null;
  const changes: EventPayload<'session.changed'>[] = [];
  const transport = createWsTransport(`ws://127.0.0.1:${port}/api?guest=1`, () => {}, {
    call: () => (secret ? { method: 'session.resume', input: { secret } } : null),
    answered: () => {},
  });
  const api: DrillbookApi = createApi(transport);
  api.on('session.changed', (e) => changes.push(e));
  return {
    api,
    changes,
    remember: (s: string) => {
      secret = s;
    },
  };
}

async function eventually<T>(read: () => Promise<T>, ok: (value: T) => boolean): Promise<T> {
  for (let i = 0; i < 200; i++) {
    const value = await read();
    if (ok(value)) return value;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error('never became true');
}

describe('joining over the WebSocket', () => {
  it('code → join → waiting → admitted by staff → the team view, with its inject answered once', async () => {
    const { core } = testCore();
    const { server, close } = await serveCore(core, TOKEN);
    cleanup.push(...close);
    const staff = await connect(server.port, TOKEN);
    cleanup.push(() => staff.ws.terminate());
    const value = async <T>(method: string, input: unknown) => {
      const result = await staff.call(method, input);
      if (!result.ok) throw new Error(JSON.stringify(result.error));
      return result.value as T;
    };
    const [a1, ...rest] = SIX_INJECTS.injects!;
    const exercise = await value<{ id: string }>('library.create', {
      ...SIX_INJECTS,
      injects: [{ ...a1!, decisionOptions: ['Evacuate', 'Shelter in place'], release: 'manual' }, ...rest],
    });
    const created = await value<{ view: { sessionId: string; joinCode: string } }>('session.create', {
      exerciseId: exercise.id,
      teamIds: ['A', 'B'],
      staff: STAFF,
    });
    const { sessionId, joinCode } = created.view;

    const phone = participantBrowser(server.port);
    const info = await phone.api.call('session.joinInfo', { joinCode });
    expect(info).toMatchObject({ sessionId, title: 'Port fire', teams: [{ id: 'A' }, { id: 'B' }] });
    const joined = await phone.api.call('session.join', { joinCode, name: 'Lan', requestedTeamId: 'B' });
    phone.remember(joined.secret);
    expect(joined.principal).toMatchObject({ kind: 'waiting', sessionId });
    const waiting = await phone.api.call('session.myView', { sessionId });
    expect(waiting).toMatchObject({ kind: 'waiting', name: 'Lan', requestedTeamName: 'Fire' });
    phone.api.subscribe({ session: sessionId }, waiting.seq);

    const { participantId } = joined.principal as { participantId: string };
    await value('session.command', { sessionId, command: { type: 'admitParticipant', participantId, teamId: 'B' } });
    // The admission is pushed to the waiting browser, which then finds its team view.
    await eventually(
      async () => phone.changes.length,
      (n) => n > 0,
    );
    const team = await phone.api.call('session.myView', { sessionId });
    expect(team).toMatchObject({ kind: 'team', view: { team: { id: 'B', name: 'Fire' }, injects: [] } });

    await value('session.command', { sessionId, command: { type: 'release', injectId: 'a1' } });
    const withInject = await eventually(
      () => phone.api.call('session.myView', { sessionId }),
      (v) => v.kind === 'team' && v.view.injects.length === 1,
    );
    if (withInject.kind !== 'team') throw new Error('not a team view');
    expect(withInject.view.injects[0]).toMatchObject({ id: 'a1', decisionOptions: ['Evacuate', 'Shelter in place'] });

    const act = (command: Parameters<typeof phone.api.call<'session.participantCommand'>>[1]['command']) =>
      phone.api.call('session.participantCommand', { sessionId, command });
    await act({ type: 'seen', injectId: 'a1' });
    await act({ type: 'acknowledge', injectId: 'a1' });
    const response = {
      type: 'respond' as const,
      injectId: 'a1',
      text: 'Moving people out',
      decision: 0,
      responseId: 'r-1',
    };
    await act(response);
    await act(response); // the reply was lost, say: sent again
    const board = await value<{ view: { board: { injectId: string; teamId: string; responseCount: number }[] } }>(
      'session.get',
      { sessionId },
    );
    expect(board.view.board.find((c) => c.injectId === 'a1' && c.teamId === 'B')).toMatchObject({
      responseCount: 1,
      seen: expect.any(Object),
      acknowledged: expect.objectContaining({ enteredBy: 'team' }),
    });
  });
});
