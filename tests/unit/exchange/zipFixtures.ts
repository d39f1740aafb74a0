// Builders for hostile `.drill` files: well-formed zips with bad content (yazl), and
// byte-level patches for what yazl refuses to write (unsafe names, lying sizes).
import { createHash } from 'node:crypto';
import { ZipFile } from 'yazl';
import type { Exercise } from '../../../shared/model/exercise';

export function sha256(data: Buffer | string): string {
  return createHash('sha256').update(data).digest('hex');
}

export interface FixtureEntry {
  name: string;
  data: Buffer | string;
  /** Deflate (default) or store. */
  compress?: boolean;
}

export async function zipOf(entries: readonly FixtureEntry[]): Promise<Buffer> {
  const zip = new ZipFile();
  const mtime = new Date('2025-01-01T00:00:00Z');
  for (const e of entries) {
    const data = typeof e.data === 'string' ? Buffer.from(e.data, 'utf8') : e.data;
    zip.addBuffer(data, e.name, { mtime, compress: e.compress ?? true });
  }
  zip.end();
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** A manifest that correctly lists `files` (sha256 and size), with `overrides` on top. */
export function manifestFor(
  files: Record<string, Buffer | string>,
  exercises: string[],
  overrides: Record<string, unknown> = {},
): string {
  return JSON.stringify({
    format: 'drillbook.drill',
    formatVersion: 1,
    appVersion: '0.1.0',
    createdAt: '2025-01-01T00:00:00.000Z',
    exercises,
    entries: Object.entries(files).map(([path, data]) => ({
      path,
      sha256: sha256(data),
      size: Buffer.byteLength(data),
    })),
    ...overrides,
  });
}

/** A zip holding `files` plus a manifest that agrees with them (unless overridden). */
export async function drillOf(
  files: Record<string, Buffer | string>,
  exercises: string[],
  overrides: Record<string, unknown> = {},
): Promise<Buffer> {
  const manifest = manifestFor(files, exercises, overrides);
  return zipOf([
    { name: 'manifest.json', data: manifest },
    ...Object.entries(files).map(([name, data]) => ({ name, data })),
  ]);
}

export const EXERCISE_ID = '0b9d3c1e-6a7f-4c2b-9e51-2f4a8d6c7b10';
export const OTHER_ID = '5e2f1a0c-3b4d-4e6f-8a9b-c0d1e2f3a4b5';
export const ATTACHMENT = Buffer.from('Sơ đồ cửa khẩu Móng Cái / 口岸示意图', 'utf8');
export const ATTACHMENT_ID = sha256(ATTACHMENT);

export function sampleExercise(overrides: Partial<Exercise> = {}): Exercise {
  return {
    id: EXERCISE_ID,
    createdAt: '2025-03-01T08:00:00.000Z',
    updatedAt: '2025-03-02T09:30:00.000Z',
    revision: 3,
    archivedAt: null,
    title: 'Diễn tập ứng phó dịch bệnh tại cửa khẩu',
    description: '口岸疫情桌面推演',
    kind: 'tabletop',
    hazard: 'epidemic',
    narrative: '',
    background: '',
    location: 'Móng Cái',
    plannedDurationMin: 180,
    language: 'vi',
    objectives: [],
    capabilities: [],
    tags: ['biên phòng'],
    teams: [{ id: 't1', name: 'Hải quan', agency: '', colour: '#1f77b4', roster: [] }],
    phases: [],
    injects: [],
    attachments: [{ id: ATTACHMENT_ID, name: 'so-do.txt', mime: 'text/plain', size: ATTACHMENT.length }],
    ...overrides,
  };
}

export const exerciseJson = (exercise: Exercise | Record<string, unknown>): string => JSON.stringify(exercise);

// ---- byte-level patches (layouts from APPNOTE.TXT §4.3.7 and §4.3.12) ----

interface CentralHeader {
  offset: number;
  name: string;
  localOffset: number;
}

/** Walks the central directory of a zip without a comment (what yazl writes). */
export function centralHeaders(zip: Buffer): CentralHeader[] {
  const eocd = zip.length - 22;
  if (zip.readUInt32LE(eocd) !== 0x06054b50) throw new Error('fixture: no end of central directory');
  const count = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  const headers: CentralHeader[] = [];
  for (let i = 0; i < count; i++) {
    const nameLength = zip.readUInt16LE(at + 28);
    const extra = zip.readUInt16LE(at + 30);
    const comment = zip.readUInt16LE(at + 32);
    headers.push({
      offset: at,
      name: zip.toString('latin1', at + 46, at + 46 + nameLength),
      localOffset: zip.readUInt32LE(at + 42),
    });
    at += 46 + nameLength + extra + comment;
  }
  return headers;
}

function headerOf(zip: Buffer, name: string): CentralHeader {
  const header = centralHeaders(zip).find((h) => h.name === name);
  if (!header) throw new Error(`fixture: no entry ${name}`);
  return header;
}

/** Renames an entry to a same-length name in both its local and central headers. */
export function renameEntry(zip: Buffer, from: string, to: string): Buffer {
  const raw = Buffer.from(to, 'latin1');
  if (raw.length !== Buffer.byteLength(from, 'latin1')) throw new Error('fixture: names must have the same length');
  const out = Buffer.from(zip);
  const { offset, localOffset } = headerOf(zip, from);
  raw.copy(out, offset + 46);
  raw.copy(out, localOffset + 30);
  return out;
}

/** Rewrites the uncompressed size an entry declares (central and local headers). */
export function setDeclaredSize(zip: Buffer, name: string, size: number): Buffer {
  const out = Buffer.from(zip);
  const { offset, localOffset } = headerOf(zip, name);
  out.writeUInt32LE(size, offset + 24);
  out.writeUInt32LE(size, localOffset + 22);
  return out;
}

/** Rewrites the compression method an entry declares (central and local headers). */
export function setCompressionMethod(zip: Buffer, name: string, method: number): Buffer {
  const out = Buffer.from(zip);
  const { offset, localOffset } = headerOf(zip, name);
  out.writeUInt16LE(method, offset + 10);
  out.writeUInt16LE(method, localOffset + 8);
  return out;
}
