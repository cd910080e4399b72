import type { PlanAnalysis } from '../../analysis/planAnalysis';
import { addPairEdit, mapsByOffset, pairOf } from './yamlText';
import type { OffsetEdit } from './yamlText';
import { quoteScalar } from '../../utils/yamlScalars';

/**
 * One edit per task that has its own owner (a known person) and no `raci` key: `raci: {R: [owner],
 * A: owner}`, the owner doing the work and answering for it, which every RACI rule accepts. In a
 * block mapping the block goes right under `owner`, keeping the responsibility fields together.
 */
export function addRaciEdits(analysis: PlanAnalysis): OffsetEdit[] {
  const lacking = analysis.plan.tasks.filter((task) => !task.raci && task.owner && analysis.symbols.person(task.owner.id));
  if (lacking.length === 0) {
    return [];
  }
  // Only the items holding those tasks are parsed again: a large plan keeps no YAML of its items.
  const maps = mapsByOffset(analysis.parsed.around(lacking.map((task) => task.span.offset)));
  const edits: OffsetEdit[] = [];
  for (const task of lacking) {
    const owner = task.owner!;
    const map = maps.get(task.span.offset);
    // A `raci:` left empty has no model but still holds the key; adding another would duplicate it.
    if (!map || pairOf(map, 'raci')) {
      continue;
    }
    const id = quoteScalar(owner.id);
    const edit = addPairEdit(analysis.text, map, 'raci', `{R: [${id}], A: ${id}}`, owner.span.offset + owner.span.length);
    if (edit) {
      edits.push(edit);
    }
  }
  return edits;
}
