import { isMap, isScalar } from 'yaml';
import type { Pair } from 'yaml';
import { DocumentSymbol, SymbolInformation, SymbolKind } from 'vscode-languageserver-types';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { PlanAnalysis } from '../analysis/planAnalysis';
import { spanToRange } from './diagnostics';
import type { ImportedFile } from '../parser/imports';
import { defineMessages } from '../l10n/localize';
import type { Locale } from '../l10n/localize';
import { entityLabel, projectLabel, symbolKindOf } from './navigation/symbolLabels';
import { WorkspaceSymbolIndex } from './navigation/workspaceIndex';
import type { SearchedFile } from './navigation/workspaceIndex';
import type { Entity, Span, Task } from '../model/planModel';
import { pairSpan, spanOf } from '../parser/yamlNodes';
import { formatDay } from '../../../../common/dates';
import { riskScore } from '../model/riskScore';

/** Workspace symbol queries answer at most this many symbols, best matches first. */
export const MAX_WORKSPACE_SYMBOLS = 500;

const messages = defineMessages(
  {
    score: (score: number, likelihood: number, impact: number) => `score ${score} (${likelihood}×${impact})`,
  },
  {
    score: (score, likelihood, impact) => `评分 ${score}（${likelihood}×${impact}）`,
  },
);

const LIST_SECTIONS = ['departments', 'people', 'phases', 'risks', 'meetings', 'changes'] as const;

/** The outline of one plan and symbol search across plans. */
export class XprojSymbols {
  private readonly index = new WorkspaceSymbolIndex();
  private readonly importedDocuments = new WeakMap<ImportedFile, TextDocument>();

  constructor(readonly locale: Locale) {}

  /**
   * One symbol per top-level section in document order, holding its entities; tasks nest as the
   * WBS does. `range` is the whole mapping, `selectionRange` the id.
   */
  findDocumentSymbols(document: TextDocument, analysis: PlanAnalysis): DocumentSymbol[] {
    // Only the top-level pairs are read here; entities come from the model.
    const root = analysis.parsed.around([])?.contents;
    if (!isMap(root)) {
      return [];
    }
    const keyOf = (pair: Pair<unknown, unknown>): string | undefined => (isScalar(pair.key) && typeof pair.key.value === 'string' ? pair.key.value : undefined);
    // The model reads the last of duplicated keys, so the outline does too.
    const last = new Map(root.items.map((pair) => [keyOf(pair), pair]));
    const out: DocumentSymbol[] = [];
    for (const pair of root.items) {
      const key = keyOf(pair);
      if (key !== undefined && last.get(key) === pair) {
        const symbol = this.section(document, analysis, key, pair);
        if (symbol) {
          out.push(symbol);
        }
      }
    }
    return out;
  }

  /**
   * Ids and names of every entity of `analyses` (and of the files they import) that contain the
   * query's characters in order, ignoring case; exact and prefix matches first.
   */
  findWorkspaceSymbols(query: string, analyses: readonly { document: TextDocument; analysis: PlanAnalysis }[]): SymbolInformation[] {
    const documents = new Map<string, () => TextDocument>();
    const files: SearchedFile[] = [];
    for (const { document, analysis } of analyses) {
      if (!documents.has(analysis.uri)) {
        documents.set(analysis.uri, () => document);
        files.push({ uri: analysis.uri, plan: analysis.plan, key: analysis });
      }
    }
    for (const { analysis } of analyses) {
      for (const file of analysis.imports.files) {
        if (!documents.has(file.uri)) {
          documents.set(file.uri, () => this.importedDocument(file));
          files.push({ uri: file.uri, plan: file.plan, key: file });
        }
      }
    }
    return this.index.search(query, files, MAX_WORKSPACE_SYMBOLS).map(({ uri, symbol }) => {
      const document = documents.get(uri)!();
      return SymbolInformation.create(symbol.name, symbol.kind, spanToRange(document, symbol.span), uri, symbol.container);
    });
  }

  private section(document: TextDocument, analysis: PlanAnalysis, key: string, pair: Pair<unknown, unknown>): DocumentSymbol | undefined {
    const plan = analysis.plan;
    const range = spanToRange(document, trimEnd(analysis.text, pairSpan(pair)));
    const keyRange = spanToRange(document, spanOf(pair.key));
    const make = (kind: SymbolKind, children: DocumentSymbol[], detail?: string): DocumentSymbol =>
      DocumentSymbol.create(key, detail, kind, range, keyRange, children);
    const entities = (list: readonly Entity[]): DocumentSymbol[] => list.map((e) => this.entitySymbol(document, analysis, e));
    if (key === 'project') {
      const project = plan.project;
      if (!project) {
        return undefined;
      }
      const dates = [project.start?.iso, project.end?.iso].filter(Boolean).join(' → ');
      const selection = project.id ? spanToRange(document, project.id.span) : keyRange;
      return DocumentSymbol.create(projectLabel(project) ?? key, dates || undefined, SymbolKind.Package, range, selection, []);
    }
    if (key === 'imports') {
      return make(
        SymbolKind.Array,
        plan.imports.map((d) => {
          const r = spanToRange(document, d.span);
          return DocumentSymbol.create(d.path || '""', undefined, SymbolKind.File, r, r);
        }),
      );
    }
    if (key === 'tasks') {
      return make(
        SymbolKind.Array,
        plan.tasks.filter((t) => !t.parent).map((t) => this.taskSymbol(document, analysis, t)),
      );
    }
    if (key === 'budget') {
      const budget = plan.budget;
      const total = budget?.total ? [budget.total.value, budget.currency?.value].filter((v) => v !== undefined).join(' ') : undefined;
      return budget ? make(SymbolKind.Object, entities(budget.items), total) : undefined;
    }
    return (LIST_SECTIONS as readonly string[]).includes(key) ? make(SymbolKind.Array, entities(plan[key as (typeof LIST_SECTIONS)[number]])) : undefined;
  }

  private taskSymbol(document: TextDocument, analysis: PlanAnalysis, task: Task): DocumentSymbol {
    return this.entitySymbol(
      document,
      analysis,
      task,
      task.children.map((c) => this.taskSymbol(document, analysis, c)),
    );
  }

  private entitySymbol(document: TextDocument, analysis: PlanAnalysis, entity: Entity, children: DocumentSymbol[] = []): DocumentSymbol {
    const range = spanToRange(document, trimEnd(analysis.text, entity.span));
    const selection = spanToRange(document, entity.idSpan);
    return DocumentSymbol.create(entityLabel(entity), this.detail(analysis, entity), symbolKindOf(entity), range, selection, children);
  }

  private detail(analysis: PlanAnalysis, entity: Entity): string | undefined {
    switch (entity.kind) {
      case 'task': {
        const scheduled = analysis.schedule.tasks.get(entity);
        if (!scheduled) {
          return undefined;
        }
        return entity.milestone ? formatDay(scheduled.start) : `${formatDay(scheduled.start)} → ${formatDay(scheduled.end)}`;
      }
      case 'risk': {
        const score = riskScore(entity);
        return score === undefined ? undefined : messages[this.locale].score(score, entity.likelihood!.value, entity.impact!.value);
      }
      case 'phase':
        return entity.start && entity.end ? `${entity.start.iso} → ${entity.end.iso}` : undefined;
      case 'person':
        return entity.department?.id;
      case 'budgetItem':
        return entity.amount ? [entity.amount.value, analysis.plan.budget?.currency?.value].filter((v) => v !== undefined).join(' ') : undefined;
      case 'meeting':
        return entity.cadence?.value;
      case 'change':
        return [entity.date?.iso, entity.status?.value].filter(Boolean).join(' · ') || undefined;
      case 'department':
        return undefined;
    }
  }

  private importedDocument(file: ImportedFile): TextDocument {
    let doc = this.importedDocuments.get(file);
    if (!doc) {
      doc = TextDocument.create(file.uri, 'xproj', 0, file.text);
      this.importedDocuments.set(file, doc);
    }
    return doc;
  }
}

/** Block collections end after their last line break; an outline range ends with the last character. */
function trimEnd(text: string, span: Span): Span {
  let end = span.offset + span.length;
  while (end > span.offset && /\s/.test(text[end - 1]!)) {
    end--;
  }
  return { offset: span.offset, length: end - span.offset };
}
