import { charWidth } from './textWidth';

/*
 * Text from a plan (ids, names, the messages that quote them) and file paths reach the terminal as
 * text only: a control character in them could clear the screen, set the window title, plant an
 * OSC 8 link, ring the bell, or move the cursor back over a line to forge "0 errors"; a bidi control
 * could reorder what the reader sees. Each one is printed as the escape a programmer would write:
 * `\x1b` for C0, DEL and C1, `\u202e` for the bidi controls. Those are plain ASCII, so a table
 * still measures them right; unlike the Unicode control pictures (␛) they cannot be mistaken for a
 * character the plan really holds, and they name the code point exactly. Backslashes are left as
 * they are, so a Windows path stays readable.
 */

/** C0 (tab and newline included), DEL and C1; then the bidi controls ALM, LRM, RLM, LRE…RLO, LRI…PDI. */
const CONTROLS = '\\u0000-\\u001f\\u007f-\\u009f';
const BIDI = '\\u061c\\u200e\\u200f\\u202a-\\u202e\\u2066-\\u2069';
const UNSAFE = new RegExp(`[${CONTROLS}${BIDI}]`, 'g');
const UNSAFE_BUT_NEWLINE = new RegExp(`[\\u0000-\\u0009\\u000b-\\u001f\\u007f-\\u009f${BIDI}]`, 'g');
const UNSAFE_CHAR = new RegExp(`^[${CONTROLS}${BIDI}]$`);

function escapeOne(ch: string): string {
  const code = ch.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** `text` with every control and bidi character escaped, line breaks too: for one cell or one line. */
export function terminalText(text: string): string {
  return text.replace(UNSAFE, escapeOne);
}

/** `text` with its line breaks (`\n`, `\r\n`) kept as `\n` and every other control or bidi character escaped. */
export function terminalLines(text: string): string {
  return text.replace(/\r\n/g, '\n').replace(UNSAFE_BUT_NEWLINE, escapeOne);
}

/** Terminal columns a code point takes once `terminalText` has escaped it. */
export function escapedCharWidth(code: number): number {
  return UNSAFE_CHAR.test(String.fromCodePoint(code)) ? (code <= 0xff ? 4 : 6) : charWidth(code);
}
