// Generates the plan schema's validator as ajv standalone code, at build time, so the CLI and the
// server do not compile the schema at every start (60-100 ms). Options mirror
// server/src/service/schema/compileSchema.ts; test/service/schemaStandalone.test.ts checks both
// validators agree.
import Ajv from 'ajv';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { _ } from 'ajv/dist/compile/codegen/index.js';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const FORMATS_MODULE = join(ROOT, 'server/src/service/schema/formats.ts');
const ANNOTATIONS = ['x-description-zh-cn', 'markdownDescription', 'enumDescriptions', 'markdownEnumDescriptions', 'defaultSnippets', 'deprecationMessage'];

/** CommonJS source that exports the validate function of `schemas/xproj.schema.json`. */
export function generateValidatorSource(formatsModule = FORMATS_MODULE) {
  const schema = JSON.parse(readFileSync(join(ROOT, 'schemas/xproj.schema.json'), 'utf8'));
  const ajv = new Ajv.default({
    allErrors: true,
    verbose: true,
    strict: true,
    unicodeRegExp: true,
    inlineRefs: false,
    code: { source: true, optimize: true, formats: _`require(${formatsModule}).FORMATS` },
  });
  for (const keyword of ANNOTATIONS) ajv.addKeyword({ keyword });
  ajv.addFormat('date', { type: 'string', validate: () => true });
  return standaloneCode.default(ajv, ajv.compile(schema));
}

/** esbuild plugin: `import validate from 'xproj:schema-validator'` gets the generated code. */
export const schemaValidatorPlugin = {
  name: 'xproj-schema-validator',
  setup(build) {
    build.onResolve({ filter: /^xproj:schema-validator$/ }, (args) => ({ path: args.path, namespace: 'xproj-schema' }));
    build.onLoad({ filter: /.*/, namespace: 'xproj-schema' }, () => ({
      contents: generateValidatorSource(),
      loader: 'js',
      resolveDir: ROOT,
      watchFiles: [join(ROOT, 'schemas/xproj.schema.json')],
    }));
  },
};
