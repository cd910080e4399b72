import type { ValidateFunction } from 'ajv';
import type { IncrementalParseOptions } from './parser/incrementalParser';
import type { FileReader } from './parser/imports';
import type { BaselineReader } from './analysis/baselinePlan';

/** How the host (language server, CLI, tests) equips the service. The service does no I/O of its own. */
export interface LanguageServiceParams {
  /** Message language: `en` (default) or `zh-cn`; any `zh*` locale picks Chinese. */
  readonly locale?: string;
  /** Reads imported files by URI. Without it, every import is reported as unreadable. */
  readonly readFile?: FileReader;
  /**
   * Reads the text of a plan's `baseline` (a git revision of the plan, or another plan file), or
   * says why it cannot. Without it a plan's baseline is reported unreadable (`baseline-error`).
   */
  readonly readBaseline?: BaselineReader;
  /** Today as a day number (days since 1970-01-01), for status checks; defaults to the local date. */
  readonly today?: () => number;
  /** URI of `docs/rules.md`; diagnostics link to `<uri>#<code>` when it is given. */
  readonly rulesDocumentationUri?: string;
  /** The JSON Schema to validate against; defaults to the bundled `schemas/xproj.schema.json`. */
  readonly schema?: object;
  /**
   * A validator compiled from that schema ahead of time: the build's standalone one, or one a host
   * compiled once for many services. Without it, the service compiles the schema (tens of ms).
   */
  readonly schemaValidator?: ValidateFunction;
  /** Where the service reports its own failures (a rule that threw); they never reach the user as results. */
  readonly logger?: ServiceLogger;
  /** From which sizes texts are parsed in chunks and drop their items' nodes; tests lower them. */
  readonly parseOptions?: IncrementalParseOptions;
}

export type { LanguageSettings } from './analysis/planAnalysis';
export type { Severity } from './model/problems';

/** Where the service logs what went wrong inside it; hosts route it to their output. */
export interface ServiceLogger {
  error(message: string): void;
}
