import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { PlanRead } from './files/planReader';
import type { LanguageService, PlanAnalysis } from './service';

/** Plan files beyond this many are not indexed: a workspace of generated plans must not stall the server. */
const MAX_PLANS = 2000;
const PLAN_FILE = /\.xproj\.ya?ml$/;

export interface WorkspacePlan {
  readonly document: TextDocument;
  readonly analysis: PlanAnalysis;
}

/**
 * The plan files of the workspace folders, for features that look beyond the open documents
 * (workspace symbols, references and rename across plans that share an organisation file).
 * Closed files are analysed lazily, on the first request that needs them, and cached by
 * modification time; watched-file events keep the list current, so no request scans the disk.
 */
export class WorkspacePlans {
  private readonly uris = new Set<string>();
  private readonly closed = new Map<string, { mtimeMs: number; size: number; plan: WorkspacePlan }>();

  constructor(
    private readonly service: LanguageService,
    private readonly openDocument: (uri: string) => TextDocument | undefined,
    private readonly analyzeOpen: (document: TextDocument) => PlanAnalysis,
    private readonly readPlan: (path: string) => PlanRead,
  ) {}

  /** Indexes the plan files under the given folders (file URIs). */
  scan(folderUris: readonly string[]): void {
    for (const folder of folderUris) {
      if (folder.startsWith('file:')) {
        this.walk(fileURLToPath(folder), 0);
      }
    }
  }

  fileCreated(uri: string): void {
    if (PLAN_FILE.test(uri) && this.uris.size < MAX_PLANS) {
      this.uris.add(uri);
    }
  }

  fileChanged(uri: string): void {
    this.closed.delete(uri);
  }

  fileDeleted(uri: string): void {
    this.uris.delete(uri);
    this.closed.delete(uri);
  }

  /** Settings or an imported file changed: every cached analysis is stale. */
  invalidate(): void {
    this.closed.clear();
  }

  /** Every known plan, open ones with their unsaved text; files that cannot be read are skipped. */
  all(): WorkspacePlan[] {
    const uris = new Set(this.uris);
    const out: WorkspacePlan[] = [];
    for (const uri of uris) {
      const plan = this.get(uri);
      if (plan) {
        out.push(plan);
      }
    }
    return out;
  }

  /** Open documents are not always under a workspace folder; callers add them with this. */
  get(uri: string): WorkspacePlan | undefined {
    const open = this.openDocument(uri);
    if (open) {
      return { document: open, analysis: this.analyzeOpen(open) };
    }
    try {
      const path = fileURLToPath(uri);
      const { mtimeMs, size } = statSync(path);
      const cached = this.closed.get(uri);
      if (cached && cached.mtimeMs === mtimeMs && cached.size === size) {
        return cached.plan;
      }
      const read = this.readPlan(path);
      if (!('text' in read)) {
        return undefined;
      }
      const document = TextDocument.create(uri, 'xproj', 0, read.text);
      const plan = { document, analysis: this.service.analyze(document) };
      this.closed.set(uri, { mtimeMs, size, plan });
      return plan;
    } catch {
      return undefined;
    }
  }

  private walk(dir: string, depth: number): void {
    if (depth > 12 || this.uris.size >= MAX_PLANS) {
      return;
    }
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') {
        continue;
      }
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        this.walk(path, depth + 1);
      } else if (entry.isFile() && PLAN_FILE.test(entry.name)) {
        this.uris.add(pathToFileURL(path).toString());
      }
    }
  }
}
