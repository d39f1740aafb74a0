// One test per way a `.drill` file can be broken or built to hurt: each must be refused
// with its own DomainError reason, never a raw library error and never silently.
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import yauzl from 'yauzl';
import { DomainError } from '../../../shared/api/errors';
import { fromZipError } from '../../../electron/services/exchange/drillErrors';
import { DEFAULT_DRILL_LIMITS, type DrillLimits } from '../../../electron/services/exchange/drillFormat';
import { packDrill } from '../../../electron/services/exchange/packDrill';
import { readDrill } from '../../../electron/services/exchange/readDrill';
import {
  ATTACHMENT,
  ATTACHMENT_ID,
  EXERCISE_ID,
  OTHER_ID,
  drillOf,
  exerciseJson,
  manifestFor,
  renameEntry,
  sampleExercise,
  setCompressionMethod,
  setDeclaredSize,
  sha256,
  zipOf,
} from './zipFixtures';

const EXERCISE_PATH = `exercises/${EXERCISE_ID}.json`;
const ATTACHMENT_PATH = `attachments/${ATTACHMENT_ID}`;
const MIB = 1024 * 1024;

let valid: Buffer;
beforeAll(async () => {
  valid = await packDrill({
    exercises: [sampleExercise()],
    attachments: new Map([[ATTACHMENT_ID, ATTACHMENT]]),
    appVersion: '0.1.0',
    now: new Date('2025-06-01T12:00:00.000Z'),
  });
});
afterEach(() => {
  vi.restoreAllMocks();
});

/** The DomainError readDrill refuses `bytes` with; fails the test if it accepts them. */
async function refusal(bytes: Buffer, limits?: Partial<DrillLimits>): Promise<DomainError> {
  const outcome = await readDrill(bytes, { limits }).then(
    () => null,
    (err: unknown) => err,
  );
  expect(outcome, 'readDrill accepted the file').not.toBeNull();
  expect(outcome).toBeInstanceOf(DomainError);
  return outcome as DomainError;
}

function expectKey(err: DomainError, code: 'invalid_file' | 'too_large', reason: string): void {
  expect({ code: err.code, messageKey: err.messageKey }).toEqual({ code, messageKey: `drill.errors.${reason}` });
}

/** The exercise and its attachment, with a manifest that agrees, plus `extra` files. */
function goodFiles(extra: Record<string, Buffer | string> = {}): Record<string, Buffer | string> {
  return { [EXERCISE_PATH]: exerciseJson(sampleExercise()), [ATTACHMENT_PATH]: ATTACHMENT, ...extra };
}

it('accepts the valid fixture (so every refusal below is caused by its one defect)', async () => {
  const read = await readDrill(valid);
  expect(read.exercises).toEqual([sampleExercise()]);
  expect(await readDrill(await drillOf(goodFiles(), [EXERCISE_ID]))).toMatchObject({ exercises: [sampleExercise()] });
});

describe('not a zip, cut short, damaged', () => {
  it('refuses bytes that are not a zip', async () => {
    const err = await refusal(Buffer.from('Biên bản diễn tập — plain text, not a zip'));
    expectKey(err, 'invalid_file', 'notZip');
    expect(err.details.zipError).toMatch(/central directory/);
  });

  it('refuses an empty file as not a zip', async () => {
    expectKey(await refusal(Buffer.alloc(0)), 'invalid_file', 'notZip');
  });

  it('refuses a copy cut short (the end of the zip missing)', async () => {
    expectKey(await refusal(valid.subarray(0, Math.floor(valid.length / 2))), 'invalid_file', 'truncated');
    expectKey(await refusal(valid.subarray(0, valid.length - 1)), 'invalid_file', 'truncated');
  });

  it('maps yauzl rejecting a damaged central directory to corrupt, keeping its text in details', async () => {
    const damaged = Buffer.from(valid);
    const cd = damaged.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    damaged[cd + 3] = 0x09; // no longer a central directory header signature
    const err = await refusal(damaged);
    expectKey(err, 'invalid_file', 'corrupt');
    expect(err.details.zipError).toMatch(/central directory file header signature/);
  });

  it('refuses an entry whose bytes fail the zip CRC-32', async () => {
    const zip = await zipOf([{ name: 'manifest.json', data: manifestFor({}, []), compress: false }]);
    const at = zip.indexOf('drillbook.drill');
    zip[at] = 'D'.charCodeAt(0); // one byte changed in stored data, headers untouched
    const err = await refusal(zip);
    expectKey(err, 'invalid_file', 'corrupt');
    expect(err.details).toMatchObject({ entry: 'manifest.json', reason: 'crc32' });
  });

  it('refuses a compression method it cannot decode', async () => {
    const err = await refusal(setCompressionMethod(valid, ATTACHMENT_PATH, 12)); // bzip2
    expectKey(err, 'invalid_file', 'unsupportedEntry');
    expect(err.details).toMatchObject({ entry: ATTACHMENT_PATH, compressionMethod: 12 });
  });
});

describe('unsafe entry names are refused before anything is decompressed', () => {
  // Each name has the same length as the one it replaces, patched in both headers.
  it.each([
    ['../x', 'parentSegment'],
    ['attachments/../../evil', 'parentSegment'],
    ['/etc/passwd', 'absolute'],
    ['C:/boot.ini', 'driveLetter'],
    ['c:evil', 'driveLetter'],
    ['a\\..\\evil', 'backslash'],
    ['bad\u0000name', 'controlCharacter'],
  ])('refuses %j (%s)', async (name, rule) => {
    const placeholder = 'p'.repeat(Buffer.byteLength(name, 'latin1'));
    const zip = renameEntry(
      await zipOf([
        { name: placeholder, data: 'x' },
        { name: 'manifest.json', data: '{}' },
      ]),
      placeholder,
      name,
    );
    const opened = vi.spyOn(yauzl.ZipFile.prototype, 'openReadStream');
    const err = await refusal(zip);
    expectKey(err, 'invalid_file', 'unsafePath');
    expect(err.details).toEqual({ entry: name, rule });
    expect(opened).not.toHaveBeenCalled();
  });

  it.each([
    ['../x', 'invalid relative path'],
    ['/etc', 'absolute path'],
  ])("maps yauzl's own refusal of %j (if its checks are ever on) to unsafePath", async (name, yauzlText) => {
    const placeholder = 'p'.repeat(name.length);
    const zip = renameEntry(await zipOf([{ name: placeholder, data: 'x' }]), placeholder, name);
    // yauzl with its default options, as a careless caller would open the file.
    const raw = await new Promise<unknown>((resolve) => {
      yauzl.fromBuffer(zip, { lazyEntries: true }, (err, file) => {
        if (err) return resolve(err);
        file.on('error', resolve);
        file.on('entry', () => resolve(null));
        file.readEntry();
      });
    });
    expect(raw).toBeInstanceOf(Error);
    expect((raw as Error).message).toContain(yauzlText);
    const mapped = fromZipError(raw, { bytes: zip });
    expectKey(mapped, 'invalid_file', 'unsafePath');
    expect(mapped.details).toMatchObject({ rule: 'zipLibrary', zipError: (raw as Error).message });
  });

  it('refuses a name that is not UTF-8', async () => {
    const zip = await zipOf([{ name: 'xx', data: 'x' }]);
    const patched = Buffer.from(zip);
    for (let at = patched.indexOf('xx'); at !== -1; at = patched.indexOf('xx', at + 2)) patched[at] = 0xff;
    const err = await refusal(patched);
    expectKey(err, 'invalid_file', 'unsafePath');
    expect(err.details.rule).toBe('encoding');
  });

  it('refuses two entries with the same name', async () => {
    const zip = await zipOf([
      { name: 'manifest.json', data: manifestFor({}, []) },
      { name: 'manifest.json', data: '{}' },
    ]);
    const err = await refusal(zip);
    expectKey(err, 'invalid_file', 'duplicateEntry');
    expect(err.details).toEqual({ entry: 'manifest.json' });
  });
});

describe('sizes and decompression bombs', () => {
  const zeros = Buffer.alloc(3 * MIB);

  it('refuses a file bigger than maxFileBytes without opening it', async () => {
    const err = await refusal(valid, { maxFileBytes: 100 });
    expectKey(err, 'too_large', 'fileTooLarge');
    expect(err.details).toEqual({ found: valid.length, max: 100, maxMiB: 0 });
  });

  it('refuses more entries than maxEntries', async () => {
    const err = await refusal(valid, { maxEntries: 2 });
    expectKey(err, 'too_large', 'tooManyEntries');
    expect(err.details).toEqual({ found: 3, max: 2 });
  });

  it('refuses an entry that declares more than maxEntryBytes, before inflating it', async () => {
    const zip = await drillOf(goodFiles({ 'attachments/zeros': zeros }), [EXERCISE_ID]);
    const opened = vi.spyOn(yauzl.ZipFile.prototype, 'openReadStream');
    const err = await refusal(zip, { maxEntryBytes: MIB });
    expectKey(err, 'too_large', 'tooLarge');
    expect(err.details).toEqual({ entry: 'attachments/zeros', limit: 'entryBytes', max: MIB, found: 3 * MIB });
    expect(opened).not.toHaveBeenCalled();
  });

  it('refuses entries that together declare more than maxTotalUncompressedBytes', async () => {
    const half = Buffer.alloc(600 * 1024);
    const zip = await zipOf([
      { name: 'manifest.json', data: '{}' },
      { name: 'attachments/a', data: half },
      { name: 'attachments/b', data: half },
    ]);
    const err = await refusal(zip, { maxEntryBytes: MIB, maxTotalUncompressedBytes: MIB });
    expectKey(err, 'too_large', 'tooLarge');
    expect(err.details).toMatchObject({ entry: 'attachments/b', limit: 'totalBytes', max: MIB });
  });

  it('refuses an entry whose compression ratio passes maxCompressionRatio', async () => {
    const zip = await zipOf([
      { name: 'manifest.json', data: '{}' },
      { name: 'bomb', data: zeros },
    ]);
    const err = await refusal(zip); // default limits: 3 MiB is under 25 MiB, but ~1000:1
    expectKey(err, 'too_large', 'tooLarge');
    expect(err.details).toMatchObject({ entry: 'bomb', limit: 'compressionRatio', max: 200 });
    expect(err.details.found).toBeGreaterThan(200);
  });

  it('stops inflating as soon as a lying header is passed, counting the real bytes', async () => {
    // The header claims 1000 bytes, under every limit; the data inflates to 3 MiB.
    const zip = setDeclaredSize(await zipOf([{ name: 'manifest.json', data: zeros }]), 'manifest.json', 1000);
    const err = await refusal(zip, { maxEntryBytes: MIB });
    expectKey(err, 'too_large', 'tooLarge');
    expect(err.details).toMatchObject({ entry: 'manifest.json', limit: 'declaredSize', max: 1000 });
    expect(err.details.found).toBeGreaterThan(1000);
    expect(err.details.found).toBeLessThan(256 * 1024); // stopped within the first chunks, not at 3 MiB
  });
});

describe('manifest', () => {
  it('refuses a zip without manifest.json', async () => {
    const err = await refusal(await zipOf([{ name: EXERCISE_PATH, data: exerciseJson(sampleExercise()) }]));
    expectKey(err, 'invalid_file', 'missingManifest');
    expect(err.details.entries).toEqual([EXERCISE_PATH]);
  });

  it('refuses a manifest that is not JSON', async () => {
    const err = await refusal(await zipOf([{ name: 'manifest.json', data: '{"format": "drillbook.drill",' }]));
    expectKey(err, 'invalid_file', 'manifestNotJson');
    expect(err.details.entry).toBe('manifest.json');
  });

  it('refuses a manifest of the wrong shape, with the zod issue paths', async () => {
    const err = await refusal(
      await drillOf(goodFiles(), [EXERCISE_ID], { entries: [{ path: EXERCISE_PATH, sha256: 'xyz', size: -1 }] }),
    );
    expectKey(err, 'invalid_file', 'manifestInvalid');
    const paths = (err.details.issues as { path: unknown[] }[]).map((i) => i.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        ['entries', 0, 'sha256'],
        ['entries', 0, 'size'],
      ]),
    );
  });

  it('refuses counts and sizes past what any file can hold, before reading an entry', async () => {
    const many = Array.from({ length: DEFAULT_DRILL_LIMITS.maxEntries + 1 }, () => EXERCISE_ID);
    for (const [overrides, path] of [
      [{ exercises: many }, ['exercises']],
      [{ entries: [{ path: EXERCISE_PATH, sha256: 'a'.repeat(64), size: 2 ** 53 }] }, ['entries', 0, 'size']],
    ] as const) {
      const err = await refusal(await drillOf(goodFiles(), [EXERCISE_ID], overrides));
      expectKey(err, 'invalid_file', 'manifestInvalid');
      expect((err.details.issues as { path: unknown[] }[]).map((i) => i.path)).toContainEqual(path);
    }
  });

  it('refuses a JSON manifest that is not an object', async () => {
    expectKey(
      await refusal(await zipOf([{ name: 'manifest.json', data: '[1, 2]' }])),
      'invalid_file',
      'manifestInvalid',
    );
  });

  it('refuses a file of another format', async () => {
    const err = await refusal(await drillOf(goodFiles(), [EXERCISE_ID], { format: 'someone.else' }));
    expectKey(err, 'invalid_file', 'wrongFormat');
    expect(err.details).toEqual({ found: 'someone.else', expected: 'drillbook.drill' });
  });

  it('refuses a newer format version, saying which', async () => {
    const err = await refusal(await drillOf(goodFiles(), [EXERCISE_ID], { formatVersion: 2, somethingNew: true }));
    expectKey(err, 'invalid_file', 'futureVersion');
    expect(err.details).toEqual({ found: 2, supported: 1 });
  });

  it.each([[0], [-1], [1.5], ['1'], [null]])('refuses an older or unknown format version %j', async (version) => {
    const err = await refusal(await drillOf(goodFiles(), [EXERCISE_ID], { formatVersion: version }));
    expectKey(err, 'invalid_file', 'unsupportedVersion');
    expect(err.details).toEqual({ found: version, supported: 1 });
  });

  it('refuses an entry the manifest lists but the zip lacks', async () => {
    const files = goodFiles();
    const manifest = manifestFor(files, [EXERCISE_ID]);
    const zip = await zipOf([
      { name: 'manifest.json', data: manifest },
      { name: EXERCISE_PATH, data: files[EXERCISE_PATH]! },
    ]);
    const err = await refusal(zip);
    expectKey(err, 'invalid_file', 'missingEntry');
    expect(err.details).toEqual({ entry: ATTACHMENT_PATH });
  });

  it('refuses an exercise the manifest names but does not list as an entry', async () => {
    const err = await refusal(await drillOf(goodFiles(), [EXERCISE_ID, OTHER_ID]));
    expectKey(err, 'invalid_file', 'missingEntry');
    expect(err.details).toEqual({ entry: `exercises/${OTHER_ID}.json` });
  });

  it('refuses an entry in the zip that the manifest does not list', async () => {
    const files = goodFiles();
    const zip = await zipOf([
      { name: 'manifest.json', data: manifestFor(files, [EXERCISE_ID]) },
      ...Object.entries(files).map(([name, data]) => ({ name, data })),
      { name: 'readme.txt', data: 'hello' },
    ]);
    const err = await refusal(zip);
    expectKey(err, 'invalid_file', 'unlistedEntry');
    expect(err.details).toEqual({ entry: 'readme.txt' });
  });

  it('refuses an entry whose SHA-256 differs from the manifest', async () => {
    const files = goodFiles();
    const tampered = exerciseJson(sampleExercise({ title: 'Đã bị sửa' }));
    const zip = await zipOf([
      { name: 'manifest.json', data: manifestFor(files, [EXERCISE_ID]) },
      { name: EXERCISE_PATH, data: tampered },
      { name: ATTACHMENT_PATH, data: ATTACHMENT },
    ]);
    const err = await refusal(zip);
    expectKey(err, 'invalid_file', 'checksum');
    expect(err.details).toEqual({
      entry: EXERCISE_PATH,
      expected: sha256(files[EXERCISE_PATH]!),
      actual: sha256(tampered),
      expectedSize: Buffer.byteLength(files[EXERCISE_PATH]!),
      actualSize: Buffer.byteLength(tampered),
    });
  });
});

describe('exercises and attachments', () => {
  it('refuses an exercise entry that is not JSON', async () => {
    const err = await refusal(await drillOf({ [EXERCISE_PATH]: '{ not json' }, [EXERCISE_ID]));
    expectKey(err, 'invalid_file', 'invalidJson');
    expect(err.details.entry).toBe(EXERCISE_PATH);
  });

  it('refuses an exercise that does not match the schema, with the zod issue paths', async () => {
    const bad = { ...sampleExercise(), title: '   ', teams: [{ id: 't1', name: 'x', colour: 'red' }] };
    const err = await refusal(await drillOf(goodFiles({ [EXERCISE_PATH]: exerciseJson(bad) }), [EXERCISE_ID]));
    expectKey(err, 'invalid_file', 'invalidExercise');
    expect(err.details.entry).toBe(EXERCISE_PATH);
    const paths = (err.details.issues as { path: unknown[] }[]).map((i) => i.path);
    expect(paths).toEqual(expect.arrayContaining([['title'], ['teams', 0, 'colour']]));
  });

  it('refuses an exercise whose id differs from its entry name', async () => {
    const err = await refusal(
      await drillOf(goodFiles({ [EXERCISE_PATH]: exerciseJson(sampleExercise({ id: OTHER_ID })) }), [EXERCISE_ID]),
    );
    expectKey(err, 'invalid_file', 'exerciseIdMismatch');
    expect(err.details).toEqual({ entry: EXERCISE_PATH, found: OTHER_ID });
  });

  it('refuses two exercises with the same id', async () => {
    const twin = exerciseJson(sampleExercise());
    const err = await refusal(
      await drillOf(goodFiles({ [`exercises/${OTHER_ID}.json`]: twin }), [EXERCISE_ID, OTHER_ID]),
    );
    expectKey(err, 'invalid_file', 'duplicateExercise');
    expect(err.details).toEqual({ exerciseId: EXERCISE_ID, entries: [EXERCISE_PATH, `exercises/${OTHER_ID}.json`] });
  });

  it('refuses a manifest naming the same exercise twice', async () => {
    const err = await refusal(await drillOf(goodFiles(), [EXERCISE_ID, EXERCISE_ID]));
    expectKey(err, 'invalid_file', 'duplicateExercise');
    expect(err.details).toEqual({ exerciseId: EXERCISE_ID });
  });

  it('refuses an exercise referencing an attachment the file does not carry', async () => {
    const err = await refusal(await drillOf({ [EXERCISE_PATH]: exerciseJson(sampleExercise()) }, [EXERCISE_ID]));
    expectKey(err, 'invalid_file', 'missingAttachment');
    expect(err.details).toEqual({ exerciseId: EXERCISE_ID, attachmentId: ATTACHMENT_ID });
  });

  it('refuses an inject pointing at an attachment the file does not carry', async () => {
    const missing = sha256('never packed');
    const exercise = sampleExercise({
      injects: [
        {
          ...{ id: 'i1', number: '1', phaseId: null, offsetSec: 0, release: 'auto', contingency: false },
          ...{ channel: 'phone', sender: '', audience: 'all', recipientTeamIds: [], title: 'Báo cháy', body: '' },
          ...{ attachmentIds: [missing], decisionOptions: [], expectedActions: [], controllerNotes: '' },
          discussionQuestions: [],
        },
      ],
    });
    const err = await refusal(await drillOf(goodFiles({ [EXERCISE_PATH]: exerciseJson(exercise) }), [EXERCISE_ID]));
    expectKey(err, 'invalid_file', 'missingAttachment');
    expect(err.details).toEqual({ exerciseId: EXERCISE_ID, attachmentId: missing });
  });

  it('refuses an attachment whose bytes do not hash to its name, even with a matching manifest', async () => {
    const swapped = Buffer.from('other bytes under the same name');
    const err = await refusal(await drillOf(goodFiles({ [ATTACHMENT_PATH]: swapped }), [EXERCISE_ID]));
    expectKey(err, 'invalid_file', 'attachmentHash');
    expect(err.details).toEqual({ entry: ATTACHMENT_PATH, expected: ATTACHMENT_ID, actual: sha256(swapped) });
  });

  it('refuses an attachment whose size differs from what the exercise records', async () => {
    const exercise = sampleExercise({
      attachments: [{ id: ATTACHMENT_ID, name: 'so-do.txt', mime: 'text/plain', size: ATTACHMENT.length + 1 }],
    });
    const err = await refusal(await drillOf(goodFiles({ [EXERCISE_PATH]: exerciseJson(exercise) }), [EXERCISE_ID]));
    expectKey(err, 'invalid_file', 'attachmentSize');
    expect(err.details).toEqual({
      exerciseId: EXERCISE_ID,
      attachmentId: ATTACHMENT_ID,
      expected: ATTACHMENT.length + 1,
      actual: ATTACHMENT.length,
    });
  });

  it('refuses an attachment no exercise references', async () => {
    const stray = Buffer.from('stray');
    const err = await refusal(await drillOf(goodFiles({ [`attachments/${sha256(stray)}`]: stray }), [EXERCISE_ID]));
    expectKey(err, 'invalid_file', 'unreferencedAttachment');
    expect(err.details).toEqual({ entry: `attachments/${sha256(stray)}`, attachmentId: sha256(stray) });
  });
});
