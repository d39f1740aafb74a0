// The `.drill` exchange file: pack exercises for a USB stick, read and verify them back.
export { packDrill, type PackDrillInput } from './packDrill';
export { readDrill, type DrillContents, type ReadDrillOptions } from './readDrill';
export {
  DEFAULT_DRILL_LIMITS,
  DRILL_ERROR_REASONS,
  DRILL_EXTENSION,
  DRILL_FORMAT,
  DRILL_FORMAT_VERSION,
  drillManifestSchema,
  type DrillErrorReason,
  type DrillLimits,
  type DrillManifest,
} from './drillFormat';
export { referencedAttachmentIds, sha256Hex } from './references';
