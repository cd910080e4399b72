import type { CliIo } from '../io';

type Paint = (text: string) => string;

/** ANSI styles, or the identity when colours are off. */
export interface Palette {
  readonly red: Paint;
  readonly yellow: Paint;
  readonly blue: Paint;
  readonly cyan: Paint;
  readonly gray: Paint;
  readonly bold: Paint;
}

const ansi =
  (open: number, close: number): Paint =>
  (text) =>
    `\u001b[${open}m${text}\u001b[${close}m`;

const plain: Paint = (text) => text;

/** Colours only on a terminal, and never when NO_COLOR is set to anything (https://no-color.org). */
export function colorsEnabled(io: CliIo): boolean {
  const noColor = io.env['NO_COLOR'];
  return io.stdoutIsTTY && (noColor === undefined || noColor === '');
}

export function palette(enabled: boolean): Palette {
  if (!enabled) {
    return { red: plain, yellow: plain, blue: plain, cyan: plain, gray: plain, bold: plain };
  }
  return { red: ansi(31, 39), yellow: ansi(33, 39), blue: ansi(34, 39), cyan: ansi(36, 39), gray: ansi(90, 39), bold: ansi(1, 22) };
}
