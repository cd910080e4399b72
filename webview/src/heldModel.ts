import type { GanttModel } from '../../common/ganttModel';
import { applyGanttPatch } from '../../common/ganttPatch';
import type { GanttPatch } from '../../common/ganttPatch';

/** The model the chart draws and its server revision, so a patch applies to exactly the model it was made from. */
export class HeldModel {
  private held: { readonly model: GanttModel; readonly revision: number } | undefined;

  whole(model: GanttModel, revision: number): GanttModel {
    this.held = { model, revision };
    return model;
  }

  /** The patched model; undefined when the patch was made from another model than the one held. */
  patch(base: number, revision: number, patch: GanttPatch): GanttModel | undefined {
    const model = this.held?.revision === base ? applyGanttPatch(this.held.model, patch) : undefined;
    this.held = model && { model, revision };
    return model;
  }
}
