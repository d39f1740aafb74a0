import { afterEach, describe, expect, it } from 'vitest';
import type { HostCore } from '../../../electron/host/core';
import { sha256 } from '../../../electron/services/attachments/attachmentStore';
import { LIMITS } from '../../../shared/model/exercise';
import { facilitator, testCore } from '../../support/core';

let core: HostCore | null = null;
afterEach(() => {
  core?.close();
  core = null;
});

describe('attachments', () => {
  it('stores bytes under their SHA-256 once, and gives them back', async () => {
    core = testCore().core;
    const bytes = Buffer.from('sơ đồ thoát hiểm tầng 12');
    const put = await core.dispatch(
      'attachments.put',
      { name: 'so-do.png', mime: 'image/png', base64: bytes.toString('base64') },
      facilitator,
    );
    expect(put).toEqual({
      ok: true,
      value: { id: sha256(bytes), name: 'so-do.png', mime: 'image/png', size: bytes.length },
    });
    const again = await core.dispatch(
      'attachments.put',
      { name: 'copy.png', mime: 'image/png', base64: bytes.toString('base64') },
      facilitator,
    );
    expect(again.ok && again.value).toMatchObject({ id: sha256(bytes) });
    const got = await core.dispatch('attachments.get', { id: sha256(bytes) }, facilitator);
    expect(got).toMatchObject({ ok: true, value: { mime: 'image/png', base64: bytes.toString('base64') } });
  });

  it('refuses a file over the size limit with a clear message, storing nothing', async () => {
    core = testCore().core;
    const big = Buffer.alloc(LIMITS.attachmentBytesMax + 1, 7);
    const result = await core.dispatch(
      'attachments.put',
      { name: 'video.mp4', mime: 'video/mp4', base64: big.toString('base64') },
      facilitator,
    );
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'too_large', messageKey: 'errors.attachmentTooLarge', details: { maxMiB: 25 } },
    });
    const got = await core.dispatch('attachments.get', { id: sha256(big) }, facilitator);
    expect(got).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('an unknown attachment id is not_found; a malformed one is invalid_input', async () => {
    core = testCore().core;
    expect(await core.dispatch('attachments.get', { id: 'a'.repeat(64) }, facilitator)).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    expect(await core.dispatch('attachments.get', { id: '../etc/passwd' }, facilitator)).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
    expect(
      await core.dispatch('attachments.put', { name: 'x', mime: 'text/plain', base64: 'not base64!' }, facilitator),
    ).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
  });
});
