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

/** An API client straight onto the dispatcher, counting the calls per method. */
function client(target: HostCore) {
  const calls: Record<string, number> = {};
  const api: DrillbookApi = createApi({
    call: (name: MethodName, input: unknown) => {
      calls[name] = (calls[name] ?? 0) + 1;
      return target.dispatch(name, input, facilitator);
    },
    on: () => () => {},
  });
  return { api, calls };
}

async function setup() {
  core = testCore().core;
  const { api, calls } = client(core);
  const created = await api.call('library.create', { title: 'Diễn tập cháy' });
  const store = new DraftStore(api, created.id, 5);
  await store.load();
  return { api, calls, store, id: created.id };
}

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
});
