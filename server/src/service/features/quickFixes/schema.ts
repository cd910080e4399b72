import type { CodeAction } from 'vscode-languageserver-types';
import { isMap, isScalar } from 'yaml';
import { defineMessages } from '../../l10n/localize';
import type { ScalarValue } from '../../utils/yamlEdits';
import { dataString, dataStrings, quickFix } from './fixContext';
import type { FixContext, QuickFixProvider } from './fixContext';

const titles = defineMessages(
  {
    change: (value: string) => `Change to '${value}'`,
  },
  {
    change: (value) => `改为“${value}”`,
  },
);

/** A long enum is better served by completion than by a menu of fixes. */
const MAX_ALLOWED = 8;

/**
 * `schema`: an unknown key with a did-you-mean suggestion is renamed (unless the map already has
 * that key); a value outside an enum gets one action per allowed value, the suggestion first.
 */
export const schemaFixes: QuickFixProvider = (ctx) => {
  switch (dataString(ctx, 'kind')) {
    case 'unknown-key':
      return renameKey(ctx);
    case 'not-allowed':
      return replaceValue(ctx);
    default:
      return [];
  }
};

function renameKey(ctx: FixContext): CodeAction[] {
  const key = dataString(ctx, 'key');
  const suggestion = dataString(ctx, 'suggestion');
  const path = ctx.editor.pathAt(ctx.offset);
  const step = path[path.length - 1];
  const map = path[path.length - 2]?.node;
  if (suggestion === undefined || !step?.isKey || !isScalar(step.node) || String(step.node.value) !== key || !isMap(map) || ctx.editor.pair(map, suggestion)) {
    return [];
  }
  return quickFix(ctx, titles[ctx.locale].change(suggestion), [ctx.editor.renameScalar(step.node, suggestion)], true);
}

function replaceValue(ctx: FixContext): CodeAction[] {
  const path = ctx.editor.pathAt(ctx.offset);
  const step = path[path.length - 1];
  if (!step || step.isKey || !isScalar(step.node)) {
    return [];
  }
  const node = step.node;
  const suggestion = dataString(ctx, 'suggestion');
  const allowed = dataStrings(ctx, 'allowed');
  const ordered = suggestion !== undefined && allowed.includes(suggestion) ? [suggestion, ...allowed.filter((a) => a !== suggestion)] : allowed;
  return ordered
    .slice(0, MAX_ALLOWED)
    .flatMap((value) =>
      quickFix(ctx, titles[ctx.locale].change(value), [ctx.editor.setScalar(node, typed(value))], value === suggestion || ordered.length === 1),
    );
}

/** The data lists allowed values as text; `1` in an enum of numbers must be written as a number. */
function typed(value: string): ScalarValue {
  if (/^-?\d+(\.\d+)?$/.test(value)) {
    return Number(value);
  }
  return value === 'true' || value === 'false' ? value === 'true' : value;
}
