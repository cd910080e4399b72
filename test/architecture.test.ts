import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, it } from 'node:test';
import * as ts from 'typescript';

const ROOT = join(__dirname, '..');
const PARTS = ['common', 'server/src', 'client/src', 'webview/src'];

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') && !path.endsWith('.d.ts') ? [path] : [];
  });
}

/** Each module's relative imports, resolved to files; `import type` is left out (it leaves no runtime edge). */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of PARTS.flatMap((p) => sources(join(ROOT, p)))) {
    const targets: string[] = [];
    for (const m of readFileSync(file, 'utf8').matchAll(/^(?:import|export)(?! type)[^'";]*?from\s+'(\.[^']+)'/gm)) {
      const base = resolve(dirname(file), m[1]!);
      targets.push(existsSync(`${base}.ts`) ? `${base}.ts` : join(base, 'index.ts'));
    }
    graph.set(file, targets);
  }
  return graph;
}

/**
 * Module-level state that must stay, with why. Anything else a module keeps at its top level is a
 * constant: no `let` or `var`, and collections typed read-only.
 */
const MODULE_STATE_ALLOWED: Readonly<Record<string, string>> = {
  'client/src/extension.ts': 'VS Code calls deactivate() with nothing: the context activate() made must be reachable',
  'server/src/interop/export/chart/pngWriter.ts': "resvg's WebAssembly may be initialised once per process; the library's own state is process-wide",
};

/** Top-level `let`/`var`, and top-level collections whose declared type lets them be changed, as `file:line name`. */
function moduleState(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  for (const statement of source.statements) {
    if (!ts.isVariableStatement(statement)) {
      continue;
    }
    const constant = (statement.declarationList.flags & ts.NodeFlags.Const) !== 0;
    for (const d of statement.declarationList.declarations) {
      const collection =
        d.initializer !== undefined && ts.isNewExpression(d.initializer) && /^(Map|Set|WeakMap|WeakSet)$/.test(d.initializer.expression.getText(source));
      const readOnly = d.type !== undefined && /^Readonly(Map|Set)\b/.test(d.type.getText(source));
      if (!constant || (collection && !readOnly)) {
        found.push(`${relative(ROOT, file)}:${source.getLineAndCharacterOfPosition(d.getStart(source)).line + 1} ${d.name.getText(source)}`);
      }
    }
  }
  return found;
}

/** Strongly connected components of more than one module (Tarjan's algorithm, iteratively deep enough for this size). */
function cycles(graph: Map<string, string[]>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!graph.has(w)) {
        continue;
      }
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) {
        low.set(v, Math.min(low.get(v)!, index.get(w)!));
      }
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1) {
        found.push(component.sort());
      }
    }
  };
  for (const v of graph.keys()) {
    if (!index.has(v)) {
      visit(v);
    }
  }
  return found;
}

describe('architecture', () => {
  it('has no import cycles in the server, client, webview or common code', () => {
    const graph = importGraph();
    assert.ok(graph.size > 200, `read ${graph.size} modules`);
    assert.deepEqual(
      cycles(graph).map((c) => c.map((f) => relative(ROOT, f))),
      [],
    );
  });

  it('keeps no mutable state at module level, but where it must (one per process, said why)', () => {
    const files = PARTS.flatMap((p) => sources(join(ROOT, p))).filter((f) => !f.includes(`${join('src', 'test')}`));
    const found = files.filter((f) => MODULE_STATE_ALLOWED[relative(ROOT, f)] === undefined).flatMap(moduleState);
    assert.deepEqual(found, []);
    // The exceptions are still needed: a stale entry would hide a new one in its file.
    for (const allowed of Object.keys(MODULE_STATE_ALLOWED)) {
      assert.notDeepEqual(moduleState(join(ROOT, allowed)), [], allowed);
    }
  });

  it('finds a module-level let and a changeable collection', () => {
    const file = join(ROOT, 'test', 'fixtures', 'moduleState.ts.txt');
    assert.deepEqual(moduleState(file), ['test/fixtures/moduleState.ts.txt:1 counter', 'test/fixtures/moduleState.ts.txt:3 cache']);
  });

  it('finds a cycle when there is one', () => {
    const graph = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a']],
      ['d', ['a']],
    ]);
    assert.deepEqual(cycles(graph), [['a', 'b', 'c']]);
  });
});
