import { parseIsoDate } from '../../../../common/dates';

/**
 * Custom ajv formats. A module of its own because the validator that esbuild precompiles at build
 * time (scripts/schemaStandalone.mjs) requires it by path.
 */
export const FORMATS = {
  /** A real calendar date written `YYYY-MM-DD` (2026-02-30 is not). */
  date: { type: 'string' as const, validate: (text: string): boolean => parseIsoDate(text) !== undefined },
};
