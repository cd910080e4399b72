import { SymbolKind } from 'vscode-languageserver-types';
import type { Entity, Project } from '../../model/planModel';

/** Outline icons: LSP has no "person" or "risk", so each kind borrows the closest code symbol. */
const KINDS: Readonly<Record<Exclude<Entity['kind'], 'task'>, SymbolKind>> = {
  department: SymbolKind.Class,
  person: SymbolKind.Variable,
  phase: SymbolKind.EnumMember,
  risk: SymbolKind.Constant,
  budgetItem: SymbolKind.Number,
  meeting: SymbolKind.Interface,
  change: SymbolKind.Struct,
};

export function symbolKindOf(entity: Entity): SymbolKind {
  if (entity.kind === 'task') {
    return entity.milestone ? SymbolKind.Event : entity.children.length > 0 ? SymbolKind.Module : SymbolKind.Function;
  }
  return KINDS[entity.kind];
}

/** `name (id)`, or whichever of the two is there; undefined when neither is. */
function label(id: string | undefined, name: string | undefined): string | undefined {
  if (name && id && name !== id) {
    return `${name} (${id})`;
  }
  return name || id || undefined;
}

/** `name (id)`, or the id alone when there is no name. */
export function entityLabel(entity: Entity): string {
  // Clients reject symbols with an empty name.
  return label(entity.id, entity.name?.value) ?? '""';
}

export function projectLabel(project: Project): string | undefined {
  return label(project.id?.value, project.name?.value);
}
