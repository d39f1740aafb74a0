// The editor's save rules against a real host core: debounced, serialized saves on
// the latest revision; invalid content kept local; conflicts never overwrite.
import { afterEach, describe, expect, it } from 'vitest';
import type { HostCore } from '../../../electron/host/core';
import { createApi } from '../../../shared/api/client';
import type { DrillbookApi, MethodName } from '../../../shared/api/contract';
import { DraftStore } from '../../../renderer/screens/editor/draftStore';
import { facilitator, testCore } from '../../support/core';

let core: HostCore | null = null;
afterEach(() => {
  core?.close();
  core = null;
});

/**
 * An API client straight onto the dispatcher, counting the calls per method. While
 * `link.down` is set every call fails as the WebSocket transport fails them when the
 * host is gone: `unavailable`, with nothing reaching the host.
 */
function client(target: HostCore) {
  const calls: Record<string, number> = {};
  const link = { down: false, hold: false, held: [] as (() => void)[] };
  const unavailable = {
    ok: false as const,
    error: { code: 'unavailable' as const, messageKey: 'errors.unavailable', details: {} },
  };
  const api: DrillbookApi = createApi({
    call: (name: MethodName, input: unknown) => {
      calls[name] = (calls[name] ?? 0) + 1;
      // Down and reconnecting: the WebSocket holds a call until its next attempt fails.
      if (link.down && link.hold) return new Promise((resolve) => link.held.push(() => resolve(unavailable)));
      if (link.down) return Promise.resolve(unavailable);
      return target.dispatch(name, input, facilitator);
    },
    on: () => () => {},
  });
  return { api, calls, link };
}

async function setup(retryMs = 10) {
  core = testCore().core;
  const { api, calls, link } = client(core);
  const created = await api.call('library.create', { title: 'Diễn tập cháy' });
  const store = new DraftStore(api, created.id, 5, retryMs);
  await store.load();
  return { api, calls, link, store, id: created.id };
}

const until = async (check: () => boolean) => {
  for (let k = 0; k < 200 && !check(); k++) await new Promise((r) => setTimeout(r, 5));
  expect(check()).toBe(true);
};

const settle = () => new Promise((r) => setTimeout(r, 30));

describe('editor draft store', () => {
  it('debounces a burst of edits into one save on the latest revision', async () => {
    const { store, calls, api, id } = await setup();
    for (const title of ['A', 'AB', 'ABC']) store.edit((c) => ({ ...c, title }));
    expect(store.getSnapshot().state.kind).toBe('saving');
    await settle();
    await store.flush();
    expect(calls['library.update']).toBe(1);
    expect(store.getSnapshot()).toMatchObject({ state: { kind: 'saved' }, saved: { revision: 2, title: 'ABC' } });
    store.edit((c) => ({ ...c, description: 'Tầng 12' }));
    await store.flush();
    expect((await api.call('library.get', { id })).revision).toBe(3);
  });

  it('counts text a field holds as unsaved, and commits it before a flush sends the draft', async () => {
    const { store, calls, api, id } = await setup();
    let fieldText: string | null = 'Cháy tầng 12';
    store.held.hold('title', () => {
      const title = fieldText!;
      fieldText = null;
      store.held.release('title');
      store.edit((c) => ({ ...c, title }));
    });
    expect(store.hasPendingWork).toBe(true);
    expect(store.hasUnsavedChanges).toBe(false);
    // Someone else's change is not taken over the text being typed.
    await store.remoteChanged();
    expect(calls['library.get']).toBe(1);
    await store.flush();
    expect(fieldText).toBeNull();
    expect(store.hasPendingWork).toBe(false);
    expect(calls['library.update']).toBe(1);
    expect((await api.call('library.get', { id })).title).toBe('Cháy tầng 12');
  });

  it('does not send while a field holds text: the field’s commit saves it all', async () => {
    const { store, calls } = await setup();
    store.edit((c) => ({ ...c, description: 'Tầng 12' }));
    store.held.hold('title', () => {
      store.held.release('title');
      store.edit((c) => ({ ...c, title: 'Cháy kho' }));
    });
    await settle();
    expect(calls['library.update']).toBeUndefined();
    store.held.commitAll();
    await settle();
    await store.flush();
    expect(calls['library.update']).toBe(1);
    expect(store.getSnapshot().saved).toMatchObject({ title: 'Cháy kho', description: 'Tầng 12' });
  });

  it('keeps schema-invalid content local and does not send it', async () => {
    const { store, calls, api, id } = await setup();
    store.edit((c) => ({ ...c, title: '' }));
    await settle();
    await store.flush();
    expect(calls['library.update']).toBeUndefined();
    expect(store.getSnapshot().state.kind).toBe('invalid');
    expect(store.getSnapshot().schemaIssues[0]?.path).toEqual(['title']);
    expect(store.hasUnsavedChanges).toBe(true);
    expect((await api.call('library.get', { id })).title).toBe('Diễn tập cháy');
    store.edit((c) => ({ ...c, title: 'Sửa lại' }));
    await store.flush();
    expect(store.getSnapshot()).toMatchObject({ state: { kind: 'saved' }, saved: { title: 'Sửa lại' } });
  });

  it('on a conflict stops saving, keeps the local draft, and reloads only when asked', async () => {
    const { store, api, id } = await setup();
    await api.call('library.update', { id, baseRevision: 1, content: { title: 'Someone else' } });
    store.edit((c) => ({ ...c, title: 'Mine' }));
    await store.flush();
    expect(store.getSnapshot().state.kind).toBe('conflict');
    store.edit((c) => ({ ...c, title: 'Mine, still' }));
    await settle();
    expect(store.getSnapshot().draft?.title).toBe('Mine, still');
    expect((await api.call('library.get', { id })).title).toBe('Someone else');
    await store.reloadLatest();
    expect(store.getSnapshot()).toMatchObject({
      state: { kind: 'saved' },
      draft: { title: 'Someone else' },
      saved: { revision: 2 },
    });
  });

  it('follows a change made elsewhere when nothing local is unsaved, and not otherwise', async () => {
    const { store, api, id } = await setup();
    await api.call('library.update', { id, baseRevision: 1, content: { title: 'From the other window' } });
    await store.remoteChanged();
    expect(store.getSnapshot().draft?.title).toBe('From the other window');

    store.edit((c) => ({ ...c, title: 'Local, unsaved' }));
    await api.call('library.update', { id, baseRevision: 2, content: { title: 'Another remote' } });
    await store.remoteChanged();
    expect(store.getSnapshot().draft?.title).toBe('Local, unsaved');
  });

  it('keeps the draft while the host is away, retries, and lands every edit made meanwhile', async () => {
    const { store, calls, link, api, id } = await setup(10);
    link.down = true;
    store.edit((c) => ({ ...c, title: 'Typed just before the crash' }));
    await until(() => store.getSnapshot().state.kind === 'offline');
    expect(store.hasUnsavedChanges).toBe(true);
    const failedSaves = calls['library.update'] ?? 0;
    expect(failedSaves).toBeGreaterThanOrEqual(1);

    // Edits while offline stay local and say "offline", not "saving" or "saved".
    store.edit((c) => ({ ...c, description: 'Typed while offline' }));
    expect(store.getSnapshot().state.kind).toBe('offline');
    await until(() => (calls['library.update'] ?? 0) > failedSaves);
    expect(store.getSnapshot().state.kind).toBe('offline');

    link.down = false;
    await until(() => store.getSnapshot().state.kind === 'saved');
    const latest = await api.call('library.get', { id });
    expect(latest).toMatchObject({
      title: 'Typed just before the crash',
      description: 'Typed while offline',
      revision: 2,
    });
    expect(store.hasUnsavedChanges).toBe(false);
  });

  it('says offline, not saving, while a retry waits for the transport to reconnect', async () => {
    const { store, link } = await setup(10);
    link.down = link.hold = true;
    store.edit((c) => ({ ...c, title: 'Before the crash' }));
    await until(() => link.held.length === 1);
    link.held.shift()!();
    await until(() => store.getSnapshot().state.kind === 'offline');
    await until(() => link.held.length === 1); // the retry, held by the transport
    store.edit((c) => ({ ...c, description: 'While away' }));
    expect(store.getSnapshot().state.kind).toBe('offline');
    await settle();
    expect(store.getSnapshot().state.kind).toBe('offline');
    link.down = false;
    link.held.splice(0).forEach((fail) => fail());
    await until(() => store.getSnapshot().state.kind === 'saved');
    expect(store.getSnapshot().saved).toMatchObject({ title: 'Before the crash', description: 'While away' });
  });

  it('sends at once when the connection is back, without waiting for the next retry', async () => {
    const { store, link, api, id } = await setup(60_000);
    link.down = true;
    store.edit((c) => ({ ...c, location: 'Cửa khẩu Hữu Nghị' }));
    await until(() => store.getSnapshot().state.kind === 'offline');
    link.down = false;
    store.connectionRestored();
    await until(() => store.getSnapshot().state.kind === 'saved');
    expect((await api.call('library.get', { id })).location).toBe('Cửa khẩu Hữu Nghị');
    store.dispose();
  });

  it('counts text a field cannot use as pending work until the field clears it', async () => {
    const { store } = await setup();
    expect(store.hasPendingWork).toBe(false);
    const issue = { path: ['injects', 0, 'offsetSec'], messageKey: 'validation.offset_invalid' };
    store.setFieldIssue('offset-a', issue);
    expect(store.getSnapshot().fieldIssues).toEqual([issue]);
    expect(store.hasPendingWork).toBe(true);
    expect(store.hasUnsavedChanges).toBe(false);
    store.setFieldIssue('offset-a', null);
    expect(store.getSnapshot().fieldIssues).toEqual([]);
    expect(store.hasPendingWork).toBe(false);
  });

  it('reports schema problems inside one inject at the inject path, and reuses unchanged injects', async () => {
    const { store } = await setup();
    store.edit((c) => ({
      ...c,
      injects: [0, 1, 2].map((k) => ({
        id: `i${k}`,
        number: String(k + 1),
        phaseId: null,
        offsetSec: k * 60,
        release: 'auto' as const,
        contingency: false,
        channel: 'phone' as const,
        sender: '',
        audience: 'all' as const,
        recipientTeamIds: [],
        title: `Inject ${k + 1}`,
        body: '',
        attachmentIds: [],
        decisionOptions: [],
        expectedActions: [],
        controllerNotes: '',
        discussionQuestions: [],
      })),
    }));
    expect(store.getSnapshot().schemaIssues).toEqual([]);
    store.edit((c) => ({ ...c, injects: c.injects.map((i, k) => (k === 1 ? { ...i, title: ' ' } : i)) }));
    expect(store.getSnapshot().schemaIssues.map((i) => i.path)).toEqual([['injects', 1, 'title']]);
    expect(store.getSnapshot().state.kind).toBe('invalid');
  });
});
