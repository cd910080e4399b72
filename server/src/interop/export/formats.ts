/** The formats `xproj export --to` writes, in the order help lists them. */
export const EXPORT_FORMATS = ['tjp', 'mspdi', 'xlsx', 'csv', 'ics', 'mermaid', 'svg', 'png', 'pdf'] as const;

export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Formats that are bytes, not text: they go to a file (`-o`), never to a terminal. */
export const BINARY_FORMATS: ReadonlySet<ExportFormat> = new Set(['xlsx', 'png', 'pdf']);

/** The usual file name extension of each format. */
export const EXPORT_EXTENSIONS: Readonly<Record<ExportFormat, string>> = {
  tjp: 'tjp',
  mspdi: 'xml',
  xlsx: 'xlsx',
  csv: 'csv',
  ics: 'ics',
  mermaid: 'mmd',
  svg: 'svg',
  png: 'png',
  pdf: 'pdf',
};

export function isExportFormat(value: string): value is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(value);
}
