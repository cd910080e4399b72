import type { Diagnostic } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import schema from '../../../schemas/xproj.schema.json';
import { analyzePlan } from './analysis';
import type { PlanAnalysis } from './analysis';
import { toDiagnostics } from './diagnostics';
import type { LanguageServiceParams, LanguageSettings } from './languageTypes';
import { normalizeLocale } from './l10n/localize';
import type { Locale } from './l10n/localize';
import type { PlanRule } from './rules/types';
import { SchemaValidation } from './schemaValidation';

export type { PlanAnalysis } from './analysis';
export type { LanguageServiceParams, LanguageSettings, Severity } from './languageTypes';
export type { LeveledProblem } from './validation';
export { RULE_CODES, DEFAULT_LEVELS } from './rules/ruleTable';
export type { RuleCode } from './rules/ruleTable';
export { formatDay, parseIsoDate } from './utils/dates';

/** The XProj language service: pure functions of a document, its imports (read through params) and settings. */
export interface LanguageService {
  configure(settings: LanguageSettings): void;
  /** Parses and checks a document; hosts cache the result by uri + version. */
  analyze(document: TextDocument): PlanAnalysis;
  doValidation(document: TextDocument, analysis?: PlanAnalysis, options?: { relatedInformation?: boolean }): Diagnostic[];
  readonly locale: Locale;
}

export function getLanguageService(params: LanguageServiceParams = {}): LanguageService {
  const locale = normalizeLocale(params.locale);
  // Compiled once per service: ajv compilation is the costliest part of start-up.
  const schemaValidation = new SchemaValidation(params.schema ?? schema);
  let settings: LanguageSettings = {};
  const onRuleError = (rule: PlanRule, error: unknown): void => {
    console.error(`Rule ${rule.codes.join(', ')} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  };
  const analyze = (document: TextDocument): PlanAnalysis =>
    analyzePlan(document.uri, document.getText(), { params, settings, locale, schemaValidation, onRuleError });
  return {
    locale,
    configure(next) {
      settings = next;
    },
    analyze,
    doValidation(document, analysis, options) {
      return toDiagnostics(document, analysis ?? analyze(document), {
        rulesDocumentationUri: params.rulesDocumentationUri,
        relatedInformation: options?.relatedInformation,
      });
    },
  };
}
