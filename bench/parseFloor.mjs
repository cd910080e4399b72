// The parser's floor for `bench/targets.mjs`: one cold `yaml` `parseDocument` of a file on one
// thread, in a fresh process as a server's first parse is, printed in milliseconds.
//
//   node bench/parseFloor.mjs FILE
import { readFileSync } from 'node:fs';
import { parseDocument } from 'yaml';

const text = readFileSync(process.argv[2], 'utf8');
const start = performance.now();
const doc = parseDocument(text);
const ms = performance.now() - start;
if (doc.errors.length > 0) {
  throw new Error(`the plan does not parse: ${doc.errors[0].message}`);
}
console.log(ms.toFixed(1));
