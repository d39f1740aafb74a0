// A controller joins like anyone else, over the real WebSocket: asks with the code to be a
// controller, is admitted as one by staff, and from then on (after a resume, and after a
// host restart) runs the session from its own browser: it reads the console, releases an
// inject that the team then receives, and its events name it. It may not end or abort the
// session, reach the library, another session or the office network; once removed, nothing.
import { afterEach, describe, expect, it } from 'vitest';
import type { Envelope } from '../../../shared/api/errors';
import type { SessionEvent } from '../../../shared/session/events';
import { serveCore } from '../../support/hostServer';
import { testCore } from '../../support/core';
import { tempDir } from '../../support/temp';
import { connect, connectGuest } from '../../support/wsClient';
import { SIX_INJECTS, STAFF } from './support';

const TOKEN = 'staff-token-for-tests';
let cleanup: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const fn of cleanup.reverse()) await fn();
  cleanup = [];
});

type Client = Awaited<ReturnType<typeof connect>>;

async function host(dataDir = tempDir()) {
  const { core } = testCore(dataDir);
  const { server, close } = await serveCore(core, TOKEN);
  let closed = false;
  const stop = async () => {
    if (closed) return;
    closed = true;
    for (const fn of [...close].reverse()) await fn();
  };
  cleanup.push(stop);
  const staff = await client(connect(server.port, TOKEN));
  return { port: server.port, staff, stop, dataDir };
}

async function client(opened: Promise<Client>): Promise<Client> {
  const c = await opened;
  cleanup.push(() => c.ws.terminate());
  return c;
}

const refusedAs = (code: string) => ({ ok: false, error: expect.objectContaining({ code }) }) as const;

async function eventually<T>(read: () => Promise<T>, ok: (value: T) => boolean): Promise<T> {
  for (let i = 0; i < 200; i++) {
    const value = await read();
    if (ok(value)) return value;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error('never became true');
}

/** A session with a team member admitted to B and someone asking to be a controller, admitted as one. */
async function sessionWithController(port: number, staff: Client) {
  const exercise = await staff.value<{ id: string }>('library.create', SIX_INJECTS);
  const created = await staff.value<{ view: { sessionId: string; joinCode: string } }>('session.create', {
    exerciseId: exercise.id,
    teamIds: ['A', 'B'],
    staff: STAFF,
  });
  const { sessionId, joinCode } = created.view;
  const join = async (name: string, requestedRole: string, requestedTeamId: string | null) => {
    const guest = await client(connectGuest(port));
    const joined = await guest.value<{ secret: string; principal: { kind: string; participantId: string } }>(
      'session.join',
      { joinCode, name, requestedTeamId, requestedRole },
    );
    return { guest, ...joined };
  };
  const team = await join('Lan', 'team', 'B');
  const controller = await join('Hùng', 'controller', null);
  expect(controller.principal.kind).toBe('waiting');
  const waiting = await controller.guest.value<{ kind: string; requestedRole: string }>('session.myView', {
    sessionId,
  });
  expect(waiting).toMatchObject({ kind: 'waiting', requestedRole: 'controller' });
  const admit = (participantId: string, extra: Record<string, unknown>) =>
    staff.value('session.command', { sessionId, command: { type: 'admitParticipant', participantId, ...extra } });
  await admit(team.principal.participantId, { teamId: 'B' });
  await admit(controller.principal.participantId, { role: 'controller' });
  return { sessionId, joinCode, team, controller, controllerId: controller.principal.participantId };
}

/** A new connection of the controller's browser: it says who it is with its secret first. */
async function resumed(port: number, secret: string) {
  const browser = await client(connectGuest(port));
  const back = await browser.call('session.resume', { secret });
  return { browser, back };
}

describe('a controller who joined with the code', () => {
  it('runs the session from its own browser as itself, within a controller’s rights', async () => {
    const { port, staff } = await host();
    const { sessionId, team, controller, controllerId } = await sessionWithController(port, staff);

    const { browser, back } = await resumed(port, controller.secret);
    expect(back).toEqual({ ok: true, value: { principal: { kind: 'controller', sessionId, staffId: controllerId } } });
    const consoleView = await browser.value<{ view: { participants: { id: string; role: string }[] } }>('session.get', {
      sessionId,
    });
    expect(consoleView.view.participants.find((p) => p.id === controllerId)).toMatchObject({
      role: 'controller',
      status: 'admitted',
      teamId: null,
    });

    // It follows the session as staff do: notices and who is connected.
    await browser.value('events.subscribe', { topic: { session: sessionId }, afterSeq: 0 });
    const presence = await browser.value<{ people: Record<string, number> }>('session.presence', { sessionId });
    expect(presence.people[controllerId]).toBeGreaterThanOrEqual(1);
    await browser.value('session.teamPreview', { sessionId, teamId: 'B' });

    // It releases the manual inject for B, and the team receives it.
    await browser.value('session.command', { sessionId, command: { type: 'start' } });
    await browser.value('session.command', { sessionId, command: { type: 'release', injectId: 'm1' } });
    const teamView = await eventually(
      () => team.guest.value<{ kind: string; view?: { injects: { id: string }[] } }>('session.myView', { sessionId }),
      (v) => v.kind === 'team' && (v.view?.injects ?? []).some((i) => i.id === 'm1'),
    );
    expect(teamView.view?.injects.map((i) => i.id)).toContain('m1');
    await browser.next((f) => f.name === 'session.changed');

    // The log names the controller as the one who did it.
    const { events } = await staff.value<{ events: SessionEvent[] }>('session.events', { sessionId, afterSeq: 0 });
    const release = events.find((e) => e.type === 'inject_released' && e.injectId === 'm1');
    expect(release?.actor).toEqual({ kind: 'staff', id: controllerId });
    expect(events.find((e) => e.type === 'clock_started')?.actor).toEqual({ kind: 'staff', id: controllerId });

    // Naming another member of the control cell is refused; so is what only the owner does.
    const count = events.length;
    const refused = async (method: string, input: unknown, code = 'forbidden') =>
      expect(await browser.call(method, input)).toMatchObject(refusedAs(code));
    await refused('session.command', { sessionId, command: { type: 'pause' }, staffId: 'fac' });
    await refused('session.command', { sessionId, command: { type: 'end' } });
    await refused('session.command', { sessionId, command: { type: 'abort', reason: '' } });
    await refused('session.command', {
      sessionId,
      command: { type: 'admitParticipant', participantId: team.principal.participantId, role: 'controller' },
    });
    await refused('library.list', {});
    await refused('session.list', {});
    await refused('session.projectorLink', { sessionId });
    await refused('lan.open', {});
    await refused('events.subscribe', { topic: 'library', afterSeq: 0 });
    const other = await staff.value<{ view: { sessionId: string } }>('session.create', {
      exerciseId: (await staff.value<{ items: { id: string }[] }>('library.list', {})).items[0]!.id,
      teamIds: ['A'],
      staff: STAFF,
    });
    await refused('session.get', { sessionId: other.view.sessionId });
    await refused('session.command', { sessionId: other.view.sessionId, command: { type: 'start' } });
    // None of the refusals wrote anything.
    const after = await staff.value<{ events: SessionEvent[] }>('session.events', { sessionId, afterSeq: 0 });
    expect(after.events).toHaveLength(count);

    // Removed by staff: its browser hears of it, can do nothing more, and is told why when it
    // asks who it is.
    const removal = await staff.value<{ seq: number }>('session.command', {
      sessionId,
      command: { type: 'removeParticipant', participantId: controllerId },
    });
    await browser.next((f) => f.name === 'session.changed' && (f.payload as { seq: number }).seq === removal.seq);
    expect(await browser.call('session.command', { sessionId, command: { type: 'pause' } })).toMatchObject(
      refusedAs('forbidden'),
    );
    expect(await browser.call('session.get', { sessionId })).toMatchObject(refusedAs('forbidden'));
    const again = await resumed(port, controller.secret);
    expect(again.back).toMatchObject({ ok: false, error: { messageKey: 'session.errors.removed' } });
  });

  it('moved into a team, is a team member and commands nothing', async () => {
    const { port, staff } = await host();
    const { sessionId, controller, controllerId } = await sessionWithController(port, staff);
    await staff.value('session.command', {
      sessionId,
      command: { type: 'moveParticipant', participantId: controllerId, teamId: 'A' },
    });
    const { browser, back } = await resumed(port, controller.secret);
    expect(back).toMatchObject({ ok: true, value: { principal: { kind: 'participant', teamId: 'A' } } });
    expect(await browser.call('session.command', { sessionId, command: { type: 'start' } })).toMatchObject(
      refusedAs('forbidden'),
    );
    expect(await browser.call('session.get', { sessionId })).toMatchObject(refusedAs('forbidden'));
  });

  it('comes back as a controller after the host restarts', async () => {
    const first = await host();
    const { sessionId, controller, controllerId } = await sessionWithController(first.port, first.staff);
    await first.stop();

    const second = await host(first.dataDir);
    const { browser, back } = await resumed(second.port, controller.secret);
    expect(back).toEqual({ ok: true, value: { principal: { kind: 'controller', sessionId, staffId: controllerId } } });
    const result = (await browser.call('session.command', {
      sessionId,
      command: { type: 'release', injectId: 'm1' },
    })) as Envelope<{ view: { injects: { inject: { id: string }; status: string }[] } }>;
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    expect(result.value.view.injects.find((si) => si.inject.id === 'm1')?.status).toBe('released');
  });
});
