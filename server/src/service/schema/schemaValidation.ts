import type { ValidateFunction } from 'ajv';
import type { Document } from 'yaml';
import type { Locale } from '../l10n/localize';
import type { Span } from '../model/planModel';
import { spanOf } from '../parser/yamlNodes';
import type { Problem } from '../model/problems';
import { compileSchema } from './compileSchema';
import { toIssues } from './issues';
import type { Issue } from './issues';
import { issueText } from './issueText';
import { NodeLocator } from './nodeLocator';
import { schemaMessages } from './schemaMessages';
import { SchemaShapes } from './schemaShapes';
import { AliasExpansionError, yamlData } from './yamlData';

/**
 * How many nodes aliases may add to the data ajv walks. `toJS`'s `maxAliasCount: 100` would
 * refuse a plan that names one anchored person in 101 tasks; this lets real reuse through and
 * stops an alias bomb after a few levels.
 */
const MAX_ALIAS_NODES = 100_000;

/**
 * Checks a parsed plan against the JSON Schema with ajv and maps every error onto the YAML node
 * it is about: unknown keys on the key, missing keys on the key that introduces the map, wrong
 * values on the value. Messages are our own, in the requested language.
 */
export class SchemaValidation {
  private readonly validateFn: ValidateFunction;
  private readonly shapes: SchemaShapes;

  /** `validate`: a validator already compiled from `schema` (the build's standalone one); else it is compiled here. */
  constructor(schema: object, validate?: ValidateFunction) {
    this.validateFn = validate ?? compileSchema(schema);
    this.shapes = new SchemaShapes(schema);
  }

  validate(doc: Document.Parsed, locale: Locale): Problem[] {
    const m = schemaMessages[locale];
    let valid: boolean;
    try {
      valid = this.validateFn(yamlData(doc, MAX_ALIAS_NODES)) as boolean;
    } catch (e) {
      if (e instanceof AliasExpansionError) {
        return [{ code: 'schema', span: spanOf(e.alias), message: m.tooManyAliases(), data: { kind: 'too-many-aliases' } }];
      }
      // Only absurd input gets here: nesting deep enough to overflow the stack, an alias to its own anchor.
      return [{ code: 'schema', span: firstLine(doc), message: m.unchecked(e instanceof Error ? e.message : String(e)), data: { kind: 'unchecked' } }];
    }
    if (valid) {
      return [];
    }
    const locator = new NodeLocator(doc);
    const seen = new Set<string>();
    const problems: Problem[] = [];
    for (const issue of toIssues(this.validateFn.errors ?? [], this.shapes)) {
      const span = spanFor(issue, locator);
      const { message, data: problemData } = issueText(issue, m);
      const key = `${span.offset}:${span.length}:${message}`;
      if (!seen.has(key)) {
        seen.add(key);
        problems.push({ code: 'schema', span, message, data: problemData });
      }
    }
    return problems.sort((a, b) => a.span.offset - b.span.offset || a.span.length - b.span.length);
  }
}

function spanFor(issue: Issue, locator: NodeLocator): Span {
  switch (issue.kind) {
    case 'unknown-key':
      return locator.keySpan(issue.path, issue.key);
    case 'missing-keys':
      return locator.ownerKeySpan(issue.path);
    default:
      return locator.valueSpan(issue.path);
  }
}

/** The document's first key or item, which stands for the whole document. */
function firstLine(doc: Document.Parsed): Span {
  return new NodeLocator(doc).valueSpan([]);
}
