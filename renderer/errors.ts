// How an error reaches the user: a catalogue key and its parameters. Field issues
// from `invalid_input` are named by field and by rule, in the user's language.
import { ApiError } from '../shared/api/errors';

export type ErrorText = { key: string; params: Record<string, unknown> };

export function describeError(error: unknown): ErrorText {
  if (error instanceof ApiError) return { key: error.messageKey, params: error.details };
  return { key: 'errors.internal', params: {} };
}

type Issue = { path: (string | number)[]; code: string };

/** zod issue codes the catalogues word; any other reads as a plain "not valid". */
const FIELD_CODES = new Set(['too_small', 'too_big', 'invalid_type', 'invalid_format', 'invalid_value']);

/** The first problem with one field of an `invalid_input` error, if any. */
export function fieldError(error: unknown, field: string): ErrorText | null {
  if (!(error instanceof ApiError) || error.code !== 'invalid_input') return null;
  const issues = (error.details.issues ?? []) as Issue[];
  const issue = issues.find((i) => i.path[0] === field);
  if (!issue) return null;
  return { key: `errors.field.${FIELD_CODES.has(issue.code) ? issue.code : 'invalid'}`, params: {} };
}
