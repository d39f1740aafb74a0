// Hostile and broken `.drill` files through the real import path: each is refused
// with its translated reason, and the library is exactly as it was.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HostCore } from '../../../electron/host/core';
import { packDrill } from '../../../electron/services/exchange/packDrill';
import type { Envelope } from '../../../shared/api/errors';
import {
  ATTACHMENT,
  ATTACHMENT_ID,
  EXERCISE_ID,
  drillOf,
  exerciseJson,
  renameEntry,
  sampleExercise,
  zipOf,
  manifestFor,
} from '../../unit/exchange/zipFixtures';
import { facilitator, testCore } from '../../support/core';

const EXERCISE_PATH = `exercises/${EXERCISE_ID}.json`;
const ATTACHMENT_PATH = `attachments/${ATTACHMENT_ID}`;

let core: HostCore;
let valid: Buffer;
let before: unknown;

async function snapshot() {
  const list = (await core.dispatch('library.list', { archived: false }, facilitator)) as Envelope<{
    items: unknown[];
  }>;
  const attachment = await core.dispatch('attachments.get', { id: ATTACHMENT_ID }, facilitator);
  return { list, attachmentStored: attachment.ok };
}

beforeAll(async () => {
  core = testCore().core;
  await core.dispatch('library.create', { title: 'Đã có sẵn' }, facilitator);
  valid = await packDrill({
    exercises: [sampleExercise()],
    attachments: new Map([[ATTACHMENT_ID, ATTACHMENT]]),
    appVersion: '0.1.0',
    now: new Date('2026-01-01T00:00:00.000Z'),
  });
  before = await snapshot();
});
afterAll(() => core.close());

const good = () => ({ [EXERCISE_PATH]: exerciseJson(sampleExercise()), [ATTACHMENT_PATH]: ATTACHMENT });

const HOSTILE: [string, () => Promise<Buffer>, string][] = [
  ['truncated zip', async () => valid.subarray(0, Math.floor(valid.length * 0.6)), 'drill.errors.truncated'],
  ['not a zip', async () => Buffer.from('hello, not a drill'), 'drill.errors.notZip'],
  [
    'future format version',
    async () => drillOf(good(), [EXERCISE_ID], { formatVersion: 99 }),
    'drill.errors.futureVersion',
  ],
  [
    'entry with ..',
    async () =>
      renameEntry(
        await drillOf({ ...good(), 'attachments/zz': 'x' }, [EXERCISE_ID]),
        'attachments/zz',
        '../../../../zz',
      ),
    'drill.errors.unsafePath',
  ],
  [
    'absolute path',
    async () =>
      renameEntry(
        await drillOf({ ...good(), 'attachments/zz': 'x' }, [EXERCISE_ID]),
        'attachments/zz',
        '/etc/passwd_x1',
      ),
    'drill.errors.unsafePath',
  ],
  [
    'decompression bomb',
    async () => {
      const bomb = Buffer.alloc(8 * 1024 * 1024);
      const files = { ...good(), [`attachments/${'0'.repeat(64)}`]: bomb };
      return drillOf(files, [EXERCISE_ID]);
    },
    'drill.errors.tooLarge',
  ],
  [
    'invalid JSON',
    async () => drillOf({ [EXERCISE_PATH]: '{ "title": ', [ATTACHMENT_PATH]: ATTACHMENT }, [EXERCISE_ID]),
    'drill.errors.invalidJson',
  ],
  [
    'checksum mismatch',
    async () => {
      const files = good();
      const manifest = JSON.parse(manifestFor(files, [EXERCISE_ID])) as { entries: { sha256: string }[] };
      manifest.entries[1]!.sha256 = 'f'.repeat(64);
      return zipOf([
        { name: 'manifest.json', data: JSON.stringify(manifest) },
        ...Object.entries(files).map(([name, data]) => ({ name, data })),
      ]);
    },
    'drill.errors.checksum',
  ],
  [
    'missing attachment',
    async () => drillOf({ [EXERCISE_PATH]: exerciseJson(sampleExercise()) }, [EXERCISE_ID]),
    'drill.errors.missingAttachment',
  ],
];

describe('importing a hostile or broken .drill file', () => {
  it.each(HOSTILE)('%s: refused with its reason, library untouched', async (_name, make, messageKey) => {
    const file = await make();
    for (const method of ['exchange.preview', 'exchange.import'] as const) {
      const result = await core.dispatch(method, { base64: file.toString('base64'), locale: 'vi' }, facilitator);
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(['invalid_file', 'too_large']).toContain(result.error.code);
        expect(result.error.messageKey).toBe(messageKey);
      }
    }
    expect(await snapshot()).toEqual(before);
  });

  it('the valid file the fixtures start from is accepted (so each refusal above is its one defect)', async () => {
    const result = await core.dispatch('exchange.preview', { base64: valid.toString('base64') }, facilitator);
    expect(result.ok).toBe(true);
  });
});
