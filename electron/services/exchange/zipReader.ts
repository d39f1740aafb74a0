// The distrustful zip reader (services/zip) bound to `.drill` limits and messages.
import type { ZipFile } from 'yauzl';
import * as zip from '../zip/zipReader';
import type { ByteBudget, ZipEntry } from '../zip/zipReader';
import type { DrillLimits } from './drillFormat';
import { drillError } from './drillErrors';

export type { ByteBudget, ZipEntry };

export function openZip(bytes: Buffer): Promise<ZipFile> {
  return zip.openZip(bytes, drillError);
}

export function listEntries(file: ZipFile, bytes: Buffer, limits: DrillLimits): Promise<ZipEntry[]> {
  return zip.listEntries(file, bytes, limits, drillError);
}

export function readEntryBytes(
  file: ZipFile,
  entry: ZipEntry,
  bytes: Buffer,
  limits: DrillLimits,
  budget: ByteBudget,
): Promise<Buffer> {
  return zip.readEntryBytes(file, entry, bytes, limits, budget, drillError);
}
