/** The plan schema's validator, generated at build time by scripts/schemaStandalone.mjs (an esbuild plugin). */
declare module 'xproj:schema-validator' {
  import type { ValidateFunction } from 'ajv';
  const validate: ValidateFunction;
  export default validate;
}
