import type { PlanAnalysis } from '../../analysis/planAnalysis';
import type { Department, DependencyType, DurationValue, Meeting, Person, RaciLetter, Risk, Task } from '../../model/planModel';

/** A task that depends on another, with the link type it uses. */
export interface Dependent {
  readonly task: Task;
  readonly type: DependencyType;
  readonly lag?: DurationValue;
}

export type RaciCounts = Record<RaciLetter, number>;

const RACI_LETTERS: readonly RaciLetter[] = ['R', 'A', 'C', 'I'];

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) {
    list.push(value);
  } else {
    map.set(key, [value]);
  }
}

/**
 * Reverse lookups that hover cards need ("which tasks does this person own?"). Each group is
 * built on first use, once per analysis, so a hover on a 20k-task plan is a map lookup rather
 * than a scan, and hovers that need no index build none. Analyses are immutable, so an index
 * stays valid for as long as its analysis lives.
 */
export class HoverIndex {
  private people?: {
    tasksByOwner: Map<string, Task[]>;
    raci: Map<string, RaciCounts>;
    risksByOwner: Map<string, Risk[]>;
    meetingsByChair: Map<string, Meeting[]>;
  };
  private departments?: {
    byHead: Map<string, Department[]>;
    byLiaison: Map<string, Department[]>;
    members: Map<string, Person[]>;
    taskCount: Map<string, number>;
  };
  private tasks?: {
    dependents: Map<string, Dependent[]>;
    risksByTask: Map<string, Risk[]>;
    byPhase: Map<string, Task[]>;
  };

  constructor(private readonly analysis: PlanAnalysis) {}

  tasksOwnedBy(personId: string): readonly Task[] {
    return this.peopleGroup().tasksByOwner.get(personId) ?? [];
  }

  /** How often a person or department holds each RACI letter across the plan's tasks. */
  raciOf(id: string): RaciCounts | undefined {
    return this.peopleGroup().raci.get(id);
  }

  risksOwnedBy(personId: string): readonly Risk[] {
    return this.peopleGroup().risksByOwner.get(personId) ?? [];
  }

  meetingsChairedBy(personId: string): readonly Meeting[] {
    return this.peopleGroup().meetingsByChair.get(personId) ?? [];
  }

  departmentsHeadedBy(personId: string): readonly Department[] {
    return this.departmentGroup().byHead.get(personId) ?? [];
  }

  departmentsWithLiaison(personId: string): readonly Department[] {
    return this.departmentGroup().byLiaison.get(personId) ?? [];
  }

  /** People (the plan's and imported) whose `department` is this one. */
  membersOf(departmentId: string): readonly Person[] {
    return this.departmentGroup().members.get(departmentId) ?? [];
  }

  /** Tasks whose `department` is this one. */
  taskCountOf(departmentId: string): number {
    return this.departmentGroup().taskCount.get(departmentId) ?? 0;
  }

  dependentsOf(taskId: string): readonly Dependent[] {
    return this.taskGroup().dependents.get(taskId) ?? [];
  }

  risksAffecting(taskId: string): readonly Risk[] {
    return this.taskGroup().risksByTask.get(taskId) ?? [];
  }

  tasksInPhase(phaseId: string): readonly Task[] {
    return this.taskGroup().byPhase.get(phaseId) ?? [];
  }

  private peopleGroup(): NonNullable<HoverIndex['people']> {
    if (!this.people) {
      const plan = this.analysis.plan;
      const tasksByOwner = new Map<string, Task[]>();
      const raci = new Map<string, RaciCounts>();
      for (const task of plan.tasks) {
        if (task.owner) {
          push(tasksByOwner, task.owner.id, task);
        }
        for (const letter of RACI_LETTERS) {
          for (const ref of task.raci?.[letter] ?? []) {
            let counts = raci.get(ref.id);
            if (!counts) {
              counts = { R: 0, A: 0, C: 0, I: 0 };
              raci.set(ref.id, counts);
            }
            counts[letter]++;
          }
        }
      }
      const risksByOwner = new Map<string, Risk[]>();
      for (const risk of plan.risks) {
        if (risk.owner) {
          push(risksByOwner, risk.owner.id, risk);
        }
      }
      const meetingsByChair = new Map<string, Meeting[]>();
      for (const meeting of plan.meetings) {
        if (meeting.chair) {
          push(meetingsByChair, meeting.chair.id, meeting);
        }
      }
      this.people = { tasksByOwner, raci, risksByOwner, meetingsByChair };
    }
    return this.people;
  }

  private departmentGroup(): NonNullable<HoverIndex['departments']> {
    if (!this.departments) {
      const symbols = this.analysis.symbols;
      const byHead = new Map<string, Department[]>();
      const byLiaison = new Map<string, Department[]>();
      for (const d of symbols.all('department')) {
        if (d.head) {
          push(byHead, d.head.id, d);
        }
        if (d.liaison) {
          push(byLiaison, d.liaison.id, d);
        }
      }
      const members = new Map<string, Person[]>();
      for (const p of symbols.all('person')) {
        if (p.department) {
          push(members, p.department.id, p);
        }
      }
      const taskCount = new Map<string, number>();
      for (const t of this.analysis.plan.tasks) {
        if (t.department) {
          taskCount.set(t.department.id, (taskCount.get(t.department.id) ?? 0) + 1);
        }
      }
      this.departments = { byHead, byLiaison, members, taskCount };
    }
    return this.departments;
  }

  private taskGroup(): NonNullable<HoverIndex['tasks']> {
    if (!this.tasks) {
      const plan = this.analysis.plan;
      const dependents = new Map<string, Dependent[]>();
      const byPhase = new Map<string, Task[]>();
      for (const task of plan.tasks) {
        for (const dep of task.dependsOn) {
          push(dependents, dep.task.id, { task, type: dep.type, lag: dep.lag });
        }
        if (task.phase) {
          push(byPhase, task.phase.id, task);
        }
      }
      const risksByTask = new Map<string, Risk[]>();
      for (const risk of plan.risks) {
        for (const ref of risk.affects) {
          push(risksByTask, ref.id, risk);
        }
      }
      this.tasks = { dependents, risksByTask, byPhase };
    }
    return this.tasks;
  }
}
