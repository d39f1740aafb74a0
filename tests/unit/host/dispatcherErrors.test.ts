import { describe, expect, it } from 'vitest';
import { createDispatcher, type Handlers } from '../../../electron/host/dispatcher';
import { createRecordingLogger } from '../../../electron/host/ports';

const caller = { role: 'facilitator', transport: 'test' } as const;

function dispatcherWith(overrides: Partial<Handlers>) {
  const logger = createRecordingLogger();
  const handlers = {
    'app.info': () => ({ version: '1', role: 'facilitator' }),
    ...overrides,
  } as Handlers;
  return { dispatch: createDispatcher(handlers, logger), logger };
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
});
