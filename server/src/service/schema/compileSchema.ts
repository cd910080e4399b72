import Ajv from 'ajv';
import type { ValidateFunction } from 'ajv';
import { FORMATS } from './formats';

/**
 * Keywords editors read from schemas (hover text in Chinese, VS Code's markdown and snippets).
 * To ajv they are annotations; registering them keeps strict mode on for everything else.
 */
export const ANNOTATIONS = ['x-description-zh-cn', 'markdownDescription', 'enumDescriptions', 'markdownEnumDescriptions', 'defaultSnippets', 'deprecationMessage'];

/**
 * Compiling costs tens of milliseconds, and every language service (each CLI file set, each
 * test) compiles the same bundled schema object. A compiled validator is a pure function of
 * its schema, so sharing it across services changes no result.
 */
const compiled = new WeakMap<object, ValidateFunction>();

/**
 * Compiles a plan schema for instance validation. `verbose` gives each error its schema and
 * data, which the mapping needs to describe alternatives and suggest keys. Not inlining refs
 * and not optimising the generated code roughly halves compile time (start-up of every CLI
 * run and server) for about 1 ms more on a 5,000-task plan.
 */
/**
 * Installs a validator generated from `schema` at build time (ajv standalone code), so bundled
 * entries skip compiling at start-up. Tests run without it and compile as usual.
 */
export function usePrecompiledValidator(schema: object, validate: ValidateFunction): void {
  compiled.set(schema, validate);
}

export function compileSchema(schema: object): ValidateFunction {
  let validate = compiled.get(schema);
  if (!validate) {
    validate = compileNew(schema);
    compiled.set(schema, validate);
  }
  return validate;
}

/** The options the build-time generator (scripts/schemaStandalone.mjs) must use too. */
export const AJV_OPTIONS = { allErrors: true, verbose: true, strict: true, unicodeRegExp: true, inlineRefs: false } as const;

function compileNew(schema: object): ValidateFunction {
  const ajv = new Ajv({ ...AJV_OPTIONS, code: { optimize: false } });
  for (const keyword of ANNOTATIONS) {
    ajv.addKeyword({ keyword });
  }
  ajv.addFormat('date', FORMATS.date);
  return ajv.compile(schema);
}
