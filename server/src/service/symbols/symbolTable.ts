import type { Department, Entity, EntityKind, Person, Phase, Plan, Ref, RefAccept, Task } from '../model/planModel';
import { isRoleWord } from './roles';

/** What a reference resolved to. */
export type Resolution = { readonly kind: 'entity'; readonly entity: Entity } | { readonly kind: 'role'; readonly role: string } | { readonly kind: 'all' };

const ACCEPT_TO_KIND: Partial<Record<RefAccept, EntityKind>> = {
  person: 'person',
  department: 'department',
  phase: 'phase',
  task: 'task',
  risk: 'risk',
  budgetItem: 'budgetItem',
};

/** What an undefined id has: one shared array, as rules look up many ids that are not defined. */
const NO_DEFINITIONS: readonly Entity[] = Object.freeze([]);

/**
 * Every id defined by a plan and its imports, by kind. Definitions keep document order with the
 * plan's own first, so the first definition of a duplicated id is the one references resolve to.
 */
export class SymbolTable {
  private readonly byKind = new Map<EntityKind, Map<string, Entity[]>>();

  constructor(plan: Plan, imported: readonly Pick<Plan, 'departments' | 'people' | 'phases'>[] = []) {
    const add = (entities: readonly Entity[]): void => {
      for (const e of entities) {
        let ids = this.byKind.get(e.kind);
        if (!ids) {
          ids = new Map();
          this.byKind.set(e.kind, ids);
        }
        const list = ids.get(e.id);
        if (list) {
          list.push(e);
        } else {
          ids.set(e.id, [e]);
        }
      }
    };
    add(plan.people);
    add(plan.departments);
    add(plan.phases);
    for (const i of imported) {
      add(i.people);
      add(i.departments);
      add(i.phases);
    }
    add(plan.tasks);
    add(plan.risks);
    add(plan.budget?.items ?? []);
    add(plan.meetings);
    add(plan.changes);
  }

  /**
   * Every defined id by kind, as one string: equal for two tables that resolve every reference
   * the same way (a reference resolves to the first definition of the first kind it accepts).
   */
  idSignature(): string {
    // JSON, so that no id can pass for a kind or a separator.
    return JSON.stringify([...this.byKind].map(([kind, ids]) => [kind, [...ids.keys()]]));
  }

  /** All definitions of an id of one kind (more than one means a duplicate). */
  definitions(kind: EntityKind, id: string): readonly Entity[] {
    return this.byKind.get(kind)?.get(id) ?? NO_DEFINITIONS;
  }

  /** Every id of one kind with its definitions. */
  entries(kind: EntityKind): IterableIterator<[string, Entity[]]> {
    return (this.byKind.get(kind) ?? new Map<string, Entity[]>()).entries();
  }

  /** The first definition of each id of one kind. */
  all<K extends EntityKind>(kind: K): Extract<Entity, { kind: K }>[] {
    const out: Extract<Entity, { kind: K }>[] = [];
    for (const list of this.byKind.get(kind)?.values() ?? []) {
      out.push(list[0] as Extract<Entity, { kind: K }>);
    }
    return out;
  }

  person(id: string): Person | undefined {
    return this.definitions('person', id)[0] as Person | undefined;
  }

  department(id: string): Department | undefined {
    return this.definitions('department', id)[0] as Department | undefined;
  }

  phase(id: string): Phase | undefined {
    return this.definitions('phase', id)[0] as Phase | undefined;
  }

  task(id: string): Task | undefined {
    return this.definitions('task', id)[0] as Task | undefined;
  }

  /** The display name of whatever the id names (a person first, as references resolve), if it has one. */
  nameOf(id: string): string | undefined {
    for (const kind of ['person', 'department', 'task', 'phase'] as const) {
      const entity = this.definitions(kind, id)[0];
      if (entity) {
        return entity.name?.value;
      }
    }
    return undefined;
  }

  /**
   * Several rules resolve the same references, and many references name the same id: each id is
   * resolved once per analysis and accepted kinds. The builder shares its `accepts` arrays.
   */
  private readonly resolved = new Map<readonly RefAccept[], Record<string, Resolution | null | undefined>>();

  /** Resolves a reference by the kinds it accepts, in order; undefined when nothing matches. */
  resolve(ref: Ref): Resolution | undefined {
    let byId = this.resolved.get(ref.accepts);
    if (!byId) {
      byId = Object.create(null) as Record<string, Resolution | null | undefined>;
      this.resolved.set(ref.accepts, byId);
    }
    let result = byId[ref.id];
    if (result === undefined) {
      result = this.resolveUncached(ref) ?? null;
      byId[ref.id] = result;
    }
    return result ?? undefined;
  }

  private resolveUncached(ref: Ref): Resolution | undefined {
    for (const accept of ref.accepts) {
      if (accept === 'role') {
        if (isRoleWord(ref.id)) {
          return { kind: 'role', role: ref.id };
        }
      } else if (accept === 'all') {
        if (ref.id === 'all') {
          return { kind: 'all' };
        }
      } else {
        const kind = ACCEPT_TO_KIND[accept];
        const entity = kind ? this.definitions(kind, ref.id)[0] : undefined;
        if (entity) {
          return { kind: 'entity', entity };
        }
      }
    }
    return undefined;
  }
}
