import { isAbsolute, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DEFAULT_LEVELS, RULE_CODES } from '../../service';
import type { Severity } from '../../service';
import type { Locale } from '../../service/l10n/localize';
import type { CheckedFile } from '../report';
import { ruleDescriptions } from './ruleDescriptions';

type SarifLevel = 'error' | 'warning' | 'note';

const LEVEL: Readonly<Record<Severity, SarifLevel>> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

export interface SarifOptions {
  readonly cwd: string;
  readonly version: string;
  /** Absolute URI of `docs/rules.md`. */
  readonly rulesDocumentationUri: string;
  readonly locale: Locale;
}

/**
 * A path relative to the working folder as a URI reference (GitHub code scanning resolves it
 * against the checkout); a file outside that folder gets an absolute `file:` URI instead.
 */
export function artifactUri(absolutePath: string, cwd: string): { uri: string; uriBaseId?: string } {
  const rel = relative(cwd, absolutePath);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) {
    return { uri: pathToFileURL(absolutePath).href };
  }
  return { uri: rel.split(sep).map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
}

/** SARIF 2.1.0 with one run, as GitHub code scanning uploads it. */
export function formatSarif(files: readonly CheckedFile[], options: SarifOptions): string {
  const descriptions = ruleDescriptions(options.locale);
  const ruleIndex = new Map<string, number>(RULE_CODES.map((code, i) => [code, i]));
  const rules = RULE_CODES.map((code) => ({
    id: code,
    shortDescription: { text: descriptions[code] },
    helpUri: `${options.rulesDocumentationUri}#${code}`,
    defaultConfiguration: { level: LEVEL[DEFAULT_LEVELS[code]] },
  }));
  const results = files.flatMap((file) => {
    const artifactLocation = artifactUri(file.absolutePath, options.cwd);
    return file.problems.map((p) => ({
      ruleId: p.code,
      ...(ruleIndex.has(p.code) ? { ruleIndex: ruleIndex.get(p.code) } : {}),
      level: LEVEL[p.severity],
      message: { text: p.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation,
            region: { startLine: p.line, startColumn: p.column, endLine: p.endLine, endColumn: p.endColumn },
          },
        },
      ],
      ...(p.related && p.related.length > 0
        ? {
            relatedLocations: p.related.map((r, id) => ({
              id,
              physicalLocation: {
                artifactLocation: artifactUri(r.absolutePath, options.cwd),
                region: { startLine: r.line, startColumn: r.column, endLine: r.endLine, endColumn: r.endColumn },
              },
              message: { text: r.message },
            })),
          }
        : {}),
    }));
  });
  const srcRoot = pathToFileURL(options.cwd.endsWith(sep) ? options.cwd : options.cwd + sep).href;
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'xproj',
            version: options.version,
            semanticVersion: options.version,
            informationUri: options.rulesDocumentationUri,
            rules,
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { uri: srcRoot } },
        // Columns come from LSP positions, which count UTF-16 code units (SARIF's default is code points).
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
