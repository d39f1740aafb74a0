import { describe, expect, it } from 'vitest';
import { createDispatcher, type ErrorClassifier, type Handlers } from '../../../electron/host/dispatcher';
import { classifyStorageError } from '../../../electron/host/storageErrors';
import { createRecordingLogger } from '../../../electron/host/ports';
import { facilitator } from '../../support/core';

const caller = facilitator;

function dispatcherWith(overrides: Partial<Handlers>, classify?: ErrorClassifier) {
  const logger = createRecordingLogger();
  const handlers = {
    'app.info': () => ({ version: '1', role: 'facilitator', notices: [] }),
    ...overrides,
  } as Handlers;
  return { dispatch: createDispatcher(handlers, logger, classify), logger };
}

describe('dispatcher failure mapping', () => {
  it('an unexpected exception becomes `internal`, is logged, and leaks no message', async () => {
    const { dispatch, logger } = dispatcherWith({
      'app.info': () => {
        throw new Error('disk on fire at /secret/path');
      },
    });
    const result = await dispatch('app.info', {}, caller);
    expect(result).toEqual({
      ok: false,
      error: { code: 'internal', messageKey: 'errors.internal', details: { method: 'app.info' } },
    });
    expect(logger.entries.some((e) => e.level === 'error' && String(e.fields?.error).includes('disk on fire'))).toBe(
      true,
    );
  });

  it('a handler whose output breaks the contract is an internal error, not bad data', async () => {
    const { dispatch, logger } = dispatcherWith({ 'app.info': () => ({ version: 7 }) as never });
    const result = await dispatch('app.info', {}, caller);
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(logger.entries.map((e) => e.message)).toContain('handler output breaks the contract');
  });

  it('a failure the classifier recognises gets its own code and words, and is logged', async () => {
    const diskFull = () => {
      throw Object.assign(new Error('database or disk is full'), { name: 'SqliteError', code: 'SQLITE_FULL' });
    };
    const where = { dataDir: '/d', file: '/d/drillbook.sqlite' };
    const classified = dispatcherWith({ 'app.info': diskFull }, (error) =>
      classifyStorageError(error, where, 'running'),
    );
    expect(await classified.dispatch('app.info', {}, caller)).toEqual({
      ok: false,
      error: { code: 'storage', messageKey: 'errors.diskFull', details: { ...where, cause: 'SQLITE_FULL' } },
    });
    expect(classified.logger.entries.map((e) => e.message)).toEqual(['call failed']);
    // Without a classifier the same failure is an internal error, as before.
    const plain = dispatcherWith({ 'app.info': diskFull });
    expect(await plain.dispatch('app.info', {}, caller)).toMatchObject({ ok: false, error: { code: 'internal' } });
    // And an error the classifier does not know still is.
    const other = dispatcherWith(
      {
        'app.info': () => {
          throw new Error('bug');
        },
      },
      (error) => classifyStorageError(error, where, 'running'),
    );
    expect(await other.dispatch('app.info', {}, caller)).toMatchObject({ ok: false, error: { code: 'internal' } });
  });
});
