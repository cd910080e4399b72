import { strict as assert } from 'node:assert';
import { before, describe, it } from 'node:test';
import { addRaciEdits } from '../../server/src/service/features/sourceActions/raciBlocks';
import { check } from '../helpers/plan';
import { loadGenerator } from '../helpers/generator';
import type { PlanGenerator } from '../helpers/generator';

/** Strips every `raci:` line, so nearly every task lacks one. */
const withoutRaci = (text: string): string => text.replace(/\n *raci: [^\n]*/g, '');

/** Changes of the kinds authors write, each keeping the plan valid YAML. */
const MUTATIONS: Record<string, (text: string) => string> = {
  'as generated': (t) => t,
  'CRLF line ends': (t) => t.replace(/\n/g, '\r\n'),
  'comments between keys and at odd indents': (t) => t.replace(/\n( +)owner: /g, '\n$1# who answers\n# at column 0\n$1owner: '),
  'a task as a flow mapping': (t) =>
    t.replace(/\n( +)- id: (t000002)\n\1 {2}name: ([^\n]+)\n\1 {2}owner: (p\d+)\n/, '\n$1- {id: $2, name: $3, owner: $4}\n$1  # flow\n'),
  'an empty raci key': (t) => t.replace(/\n( +)owner: (p\d+)\n/, '\n$1owner: $2\n$1raci:\n'),
  'a quoted key': (t) => t.replace(/\n( +)department: /, '\n$1"department": '),
  'owner first, after the dash': (t) =>
    t.replace(/\n( +)- id: (t000004)\n\1 {2}name: ([^\n]+)\n\1 {2}owner: (p\d+)\n/, '\n$1- owner: $4\n$1  id: $2\n$1  name: $3\n'),
  'a key the schema does not know, in Chinese': (t) => t.replace(/\n( +)owner: (p\d+)\n/, '\n$1备注: 由他负责\n$1owner: $2\n'),
  'a compact list at the keys column': (t) => t.replace(/\n( +)deliverables: \[([^\]\n]+)\]\n/, '\n$1deliverables:\n$1- $2\n'),
};

describe('RACI blocks from the text (the large-plan path) equal those from the YAML tree', () => {
  let generator: PlanGenerator;
  before(async () => {
    generator = await loadGenerator();
  });

  for (const [name, mutate] of Object.entries(MUTATIONS)) {
    it(name, () => {
      for (const seed of [1, 2, 3]) {
        const base = withoutRaci(generator.generatePlan({ tasks: 60, seed }));
        const text = mutate(base);
        assert.equal(text === base, name === 'as generated', 'the mutation applies');
        const analysis = check(text);
        const fromText = addRaciEdits(analysis);
        assert.ok(fromText.length > 10, 'most tasks lack a RACI block');
        assert.deepEqual(fromText, addRaciEdits(analysis, 'yaml'), `seed ${seed}`);
      }
    });
  }
});
