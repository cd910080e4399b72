// An ESLint rule of our own: imports inside the language service's core point down its layers only.
import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

/**
 * The core's layers, bottom first. A module may import its own layer and those below, never one
 * above. `common/` (shared with the client and the webview) sits below them all.
 */
export const CORE_LAYERS = [
  ['common'],
  ['service/utils', 'service/l10n'],
  ['service/model'],
  ['service/parser'],
  ['service/schema'],
  ['service/symbols', 'service/scheduler'],
  ['service/rules'],
  ['service/analysis'],
  ['service/features'],
  ['service'],
];

const root = resolve(dirname(new URL(import.meta.url).pathname), '..', '..');

/** The layer of a file, or undefined outside the core. */
export function layerOf(file) {
  const rel = relative(root, file).split(sep).join('/');
  const inCore = rel.startsWith('server/src/service/') ? rel.slice('server/src/'.length) : rel.startsWith('common/') ? rel : undefined;
  if (inCore === undefined) {
    return undefined;
  }
  const folder = inCore.includes('/') ? inCore.slice(0, inCore.lastIndexOf('/')) : inCore;
  let best;
  CORE_LAYERS.forEach((folders, index) => {
    for (const f of folders) {
      if ((folder === f || folder.startsWith(`${f}/`)) && (best === undefined || f.length > best.match.length)) {
        best = { index, match: f };
      }
    }
  });
  return best?.index;
}

export const layersRule = {
  meta: {
    type: 'problem',
    docs: {
      description:
        'Imports in the language service core point down its layers (model → parser → schema → symbols/scheduler → rules → analysis → features → façade).',
    },
    messages: { upward: "'{{from}}' (layer {{fromLayer}}) must not import '{{to}}' (layer {{toLayer}}): layers point down." },
    schema: [],
  },
  create(context) {
    const file = context.filename;
    const own = layerOf(file);
    if (own === undefined) {
      return {};
    }
    const check = (node) => {
      const source = node.source?.value;
      if (typeof source !== 'string' || !source.startsWith('.')) {
        return;
      }
      const base = resolve(dirname(file), source);
      const target = existsSync(`${base}.ts`) ? `${base}.ts` : existsSync(join(base, 'index.ts')) ? join(base, 'index.ts') : base;
      const theirs = layerOf(target);
      if (theirs !== undefined && theirs > own) {
        context.report({
          node: node.source,
          messageId: 'upward',
          data: { from: relative(root, file), fromLayer: String(own), to: source, toLayer: String(theirs) },
        });
      }
    };
    return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check };
  },
};
