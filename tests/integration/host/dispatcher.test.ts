import Database from 'better-sqlite3';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DATABASE_FILE, type HostCore } from '../../../electron/host/core';
import { facilitator, someParticipant, testCore } from '../../support/core';

let open: HostCore[] = [];
afterEach(() => {
  for (const core of open) core.close();
  open = [];
});
function start() {
  const t = testCore();
  open.push(t.core);
  return t;
}

function countRows(dataDir: string): number {
  const db = new Database(path.join(dataDir, DATABASE_FILE), { readonly: true });
  try {
    return (db.prepare('SELECT count(*) AS n FROM exercises').get() as { n: number }).n;
  } finally {
    db.close();
  }
}

describe('dispatcher', () => {
  it('creates and lists through the contract', async () => {
    const { core } = start();
    const created = await core.dispatch(
      'library.create',
      { title: 'Diễn tập PCCC', description: 'Tầng 12' },
      facilitator,
    );
    expect(created.ok).toBe(true);
    const listed = await core.dispatch('library.list', {}, facilitator);
    expect(listed).toMatchObject({
      ok: true,
      value: { total: 1, items: [{ title: 'Diễn tập PCCC', description: 'Tầng 12' }] },
    });
  });

  it.each([
    ['no title', { description: 'x' }, ['title']],
    ['blank title', { title: '   ' }, ['title']],
    ['wrong type', { title: 42 }, ['title']],
    ['bad enum', { title: 'ok', hazard: 'volcano' }, ['hazard']],
    [
      'bad nested inject',
      { title: 'ok', injects: [{ id: 'i1', number: '1', offsetSec: -5, channel: 'phone', title: 't' }] },
      ['injects', 0, 'offsetSec'],
    ],
  ])(
    'malformed input (%s) returns invalid_input with the field path and writes nothing',
    async (_name, input, fieldPath) => {
      const { core, dataDir } = start();
      const result = await core.dispatch('library.create', input, facilitator);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.error.code).toBe('invalid_input');
      expect(result.error.messageKey).toBe('errors.invalid_input');
      const issues = result.error.details.issues as { path: unknown[] }[];
      expect(issues.map((i) => i.path)).toContainEqual(fieldPath);
      expect(countRows(dataDir)).toBe(0);
    },
  );

  it('input that is not an object at all is invalid_input', async () => {
    const { core, dataDir } = start();
    for (const input of ['title', 7, [1, 2]]) {
      const result = await core.dispatch('library.create', input, facilitator);
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    }
    expect(countRows(dataDir)).toBe(0);
  });

  it('refuses unknown methods, including prototype names', async () => {
    const { core } = start();
    for (const name of ['library.drop', '__proto__', 'toString', 42]) {
      const result = await core.dispatch(name, {}, facilitator);
      expect(result).toMatchObject({
        ok: false,
        error: { code: 'unknown_method', messageKey: 'errors.unknown_method' },
      });
    }
  });

  it('refuses a principal the method does not allow', async () => {
    const { core, dataDir } = start();
    const result = await core.dispatch('library.create', { title: 'x' }, someParticipant);
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(countRows(dataDir)).toBe(0);
    expect(await core.dispatch('app.info', {}, someParticipant)).toMatchObject({
      ok: true,
      value: { principal: 'participant', notices: [] },
    });
  });

  it('maps a service DomainError to its code and key', async () => {
    const { core } = start();
    const result = await core.dispatch('library.get', { id: '00000000-0000-4000-8000-000000000000' }, facilitator);
    expect(result).toMatchObject({ ok: false, error: { code: 'not_found', messageKey: 'errors.exerciseNotFound' } });
  });

  it('pushes library.changed to subscribers after a create', async () => {
    const { core } = start();
    const seen: unknown[] = [];
    const unsubscribe = core.events.subscribe((name, payload) => seen.push([name, payload]));
    const created = await core.dispatch('library.create', { title: 'x' }, facilitator);
    unsubscribe();
    await core.dispatch('library.create', { title: 'y' }, facilitator);
    expect(created.ok && seen).toEqual([['library.changed', { id: (created as { value: { id: string } }).value.id }]]);
  });
});
