/**
 * A report as text, before it is Markdown or HTML: headings, paragraphs, lists and tables of
 * inline runs. Plan text stays plain strings here; each renderer escapes it for its format (the
 * core's Markdown and HTML writers, the editor's report view), so no report kind writes markup.
 * Shared by the server, the client and the report webview.
 */
export type Inline =
  | string
  | { readonly strong: string }
  | { readonly code: string }
  /** A person, department or task: its name with the id beside it, or the id alone. */
  | { readonly id: string; readonly name: string | null };

export type Line = readonly Inline[];

export type Block =
  | { readonly type: 'heading'; readonly text: string }
  | { readonly type: 'paragraph'; readonly line: Line }
  | { readonly type: 'notice'; readonly line: Line }
  | { readonly type: 'list'; readonly items: readonly Line[] }
  | {
      readonly type: 'table';
      readonly head: readonly string[];
      readonly rows: readonly (readonly Line[])[];
      readonly numeric?: readonly number[];
      /** Cells that call for attention (over capacity); their text says so too, colour is never the only sign. */
      readonly alerts?: readonly { readonly row: number; readonly column: number }[];
    }
  /** A headed space for the team to write in (lessons learned, proposals). */
  | { readonly type: 'blank'; readonly prompt: string };

export interface ReportDocument {
  readonly locale: 'en' | 'zh-cn';
  readonly title: string;
  /** Under the title: the project, the status date and where it came from. */
  readonly subtitle: Line;
  readonly blocks: readonly Block[];
}
