import type { Range } from 'vscode-languageserver-types';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { PlanAnalysis } from '../../analysis/planAnalysis';
import type { Ref, Span, Task } from '../../model/planModel';
import { isClosed } from '../../model/taskState';
import type { NamedRef } from './types';
import { formatDay } from '../../../../../common/dates';

/**
 * What the views say about each task beyond the model: inherited owner and phase, progress
 * rolled up through summaries, overdue propagated to them. The roll-up is one backwards pass
 * over the WBS (which lists parents before their subtasks), done on first use.
 */
export class TaskFacts {
  private progressOf: Map<Task, number> | undefined;
  private readonly overdueSet = new Set<Task>();
  private readonly documents = new Map<string, TextDocument>();
  /** ISO dates by day number: a plan's 20,000 tasks start and end on a few hundred days. */
  private readonly isoDays = new Map<number, string>();

  /** `document`: the open document the analysis is of, whose line index is made already. */
  constructor(
    private readonly analysis: PlanAnalysis,
    document?: TextDocument,
  ) {
    if (document && document.uri === analysis.uri && document.getText().length === analysis.text.length) {
      this.documents.set(analysis.uri, document);
    }
  }

  private rollUp(): Map<Task, number> {
    if (this.progressOf) {
      return this.progressOf;
    }
    const analysis = this.analysis;
    const progress = new Map<Task, number>();
    const work = new Map<Task, { total: number; done: number }>();
    const tasks = analysis.plan.tasks;
    for (let i = tasks.length - 1; i >= 0; i--) {
      const task = tasks[i]!;
      const s = analysis.schedule.tasks.get(task);
      const written = task.status?.value === 'done' ? 100 : task.progress?.value;
      let total = 0;
      let done = 0;
      let overdue = false;
      if (task.children.length === 0) {
        total = s?.duration ?? 0;
        done = (total * (written ?? 0)) / 100;
        overdue = s !== undefined && s.end < analysis.statusDate && !isClosed(task);
      } else {
        for (const c of task.children) {
          total += work.get(c)?.total ?? 0;
          done += work.get(c)?.done ?? 0;
          overdue ||= this.overdueSet.has(c);
        }
        if (written !== undefined) {
          done = (total * written) / 100;
        }
      }
      work.set(task, { total, done });
      progress.set(task, written ?? (total > 0 ? Math.round((done / total) * 100) : 0));
      if (overdue) {
        this.overdueSet.add(task);
      }
    }
    this.progressOf = progress;
    return progress;
  }

  /** `formatDay`, remembered: the tree and the chart format two dates per task after every edit. */
  iso(day: number): string {
    let iso = this.isoDays.get(day);
    if (iso === undefined) {
      iso = formatDay(day);
      this.isoDays.set(day, iso);
    }
    return iso;
  }

  progress(task: Task): number {
    return this.rollUp().get(task) ?? 0;
  }

  overdue(task: Task): boolean {
    this.rollUp();
    return this.overdueSet.has(task);
  }

  /** The task's own owner, else its nearest ancestor's. */
  owner(task: Task): { ref: Ref; inherited: boolean } | undefined {
    for (let t: Task | undefined = task; t; t = t.parent) {
      if (t.owner) {
        return { ref: t.owner, inherited: t !== task };
      }
    }
    return undefined;
  }

  phase(task: Task): Ref | undefined {
    for (let t: Task | undefined = task; t; t = t.parent) {
      if (t.phase) {
        return t.phase;
      }
    }
    return undefined;
  }

  person(ref: Ref | undefined): NamedRef | null {
    return ref ? { id: ref.id, name: this.analysis.symbols.person(ref.id)?.name?.value ?? null } : null;
  }

  department(ref: Ref | undefined): NamedRef | null {
    return ref ? { id: ref.id, name: this.analysis.symbols.department(ref.id)?.name?.value ?? null } : null;
  }

  /** A span of the plan, or of one of its imports, as an LSP range. */
  range(span: Span, uri: string = this.analysis.uri): Range {
    let doc = this.documents.get(uri);
    if (!doc) {
      const text = uri === this.analysis.uri ? this.analysis.text : (this.analysis.imports.files.find((f) => f.uri === uri)?.text ?? '');
      doc = TextDocument.create(uri, 'xproj', 0, text);
      this.documents.set(uri, doc);
    }
    return { start: doc.positionAt(span.offset), end: doc.positionAt(span.offset + span.length) };
  }
}
