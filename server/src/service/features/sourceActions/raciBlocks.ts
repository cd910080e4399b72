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
  const maps = mapsByOffset(analysis.parsed.document);
  const edits: OffsetEdit[] = [];
  for (const task of analysis.plan.tasks) {
    const owner = task.owner;
    if (task.raci || !owner || !analysis.symbols.person(owner.id)) {
      continue;
    }
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
