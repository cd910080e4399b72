import { readIsoDate } from '../../../../common/dates';
import type { ProblemData } from '../model/problems';
import type { Issue } from './issues';
import { fieldName, placeOf } from './schemaMessages';
import type { SchemaMessages } from './schemaMessages';
import { jsonTypeOf, patternKind } from './schemaShapes';
import type { Expected } from './schemaShapes';

const MAX_SHOWN = 40;

/** A scalar as a message shows it, shortened; undefined for a list or map. */
function shown(value: unknown): string | undefined {
  if (typeof value === 'object' && value !== null) {
    return undefined;
  }
  const text = value === undefined ? 'null' : String(value);
  return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN - 1)}…` : text;
}

function expectedWords(expected: readonly Expected[]): string[] {
  return expected.map((e) => (e.keys ? `map{${e.keys.join(',')}}` : e.noun));
}

/** The message of an issue and what a quick fix needs to act on it (`kind` tells the fixes apart). */
export function issueText(issue: Issue, m: SchemaMessages): { message: string; data: ProblemData } {
  const pointer = issue.path.map((s) => `/${s.replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
  const field = m.field(fieldName(issue.path));
  const base = { kind: issue.kind, path: pointer };
  switch (issue.kind) {
    case 'unknown-key': {
      const where = m.place(placeOf(issue.path), fieldName(issue.path));
      const hint =
        issue.suggestion !== undefined
          ? m.didYouMean(issue.suggestion)
          : issue.allowed.length > 0 && issue.allowed.length <= 6
            ? m.allowedKeys(issue.allowed)
            : '';
      const data = { ...base, key: issue.key, allowed: issue.allowed };
      return { message: m.unknownKey(issue.key, where) + hint, data: issue.suggestion !== undefined ? { ...data, suggestion: issue.suggestion } : data };
    }
    case 'missing-keys':
      return { message: m.missingKeys(issue.keys, m.place(placeOf(issue.path), fieldName(issue.path))), data: { ...base, keys: issue.keys } };
    case 'wrong-type': {
      const expected = m.either(issue.expected.map((e) => m.noun(e.noun, e.keys)));
      const data = { ...base, expected: expectedWords(issue.expected), actual: issue.actual };
      if (issue.actual === 'null') {
        return { message: m.noValue(field, expected), data };
      }
      const value = shown(issue.value);
      // `id: 1` or `name: true` is a number or boolean to YAML; quotes make it text.
      const quotable = issue.actual !== 'string' && value !== undefined && issue.expected.some((e) => e.noun === 'id' || e.noun === 'text');
      return { message: m.wrongType(field, expected, m.actual(issue.actual, value)) + (quotable ? m.quoteIt(value) : ''), data };
    }
    case 'not-allowed': {
      const allowed = issue.allowed.map((v) => String(v));
      const message = m.notAllowed(field, allowed) + (issue.suggestion !== undefined ? m.didYouMean(issue.suggestion) : '');
      const data = { ...base, allowed };
      return { message, data: issue.suggestion !== undefined ? { ...data, suggestion: issue.suggestion } : data };
    }
    case 'bad-date': {
      const fault = readIsoDate(issue.value);
      const message =
        fault === 'out-of-range' ? m.dateOutOfRange(issue.value) : fault === 'no-such-day' ? m.notADate(issue.value) : m.badDate(shown(issue.value) ?? '');
      return { message, data: { ...base, format: 'date' } };
    }
    case 'bad-format':
      return { message: m.badFormat(field, issue.format), data: { ...base, format: issue.format } };
    case 'bad-pattern': {
      const kind = patternKind(issue.pattern);
      return { message: m.badPattern(kind, field, shown(issue.value) ?? '', issue.pattern), data: { ...base, pattern: issue.pattern } };
    }
    case 'out-of-range': {
      const { min, max } = issue;
      const data = { ...base, ...(min ? { min: min.limit } : {}), ...(max ? { max: max.limit } : {}) };
      if (min && max && !min.exclusive && !max.exclusive) {
        return { message: m.between(field, min.limit, max.limit), data };
      }
      const tooLow = min !== undefined && (issue.value < min.limit || (min.exclusive && issue.value === min.limit));
      if (tooLow || !max) {
        return { message: m.atLeast(field, min?.limit ?? 0, min?.exclusive ?? false), data };
      }
      return { message: m.atMost(field, max.limit, max.exclusive), data };
    }
    case 'duplicate-item': {
      const value = shown(issue.value) ?? '';
      const text = jsonTypeOf(issue.value) === 'string' ? m.actual('string', value) : value;
      return { message: m.duplicate(text, m.field(fieldName(issue.path.slice(0, -1)))), data: base };
    }
    case 'too-short':
      return { message: m.tooShort(field, issue.limit, issue.unit), data: base };
    case 'invalid':
      return { message: m.invalid(field, issue.keyword), data: { ...base, keyword: issue.keyword } };
  }
}
