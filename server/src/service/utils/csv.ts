/** RFC 4180: a field with a comma, quote or line break is quoted, quotes doubled. */
export function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Plan text for a spreadsheet cell, never run as a formula: text that starts with `=`, `+`, `-`,
 * `@`, a tab or a carriage return gets a leading apostrophe, which spreadsheets show as text
 * (OWASP's CSV injection advice). For text fields only: numbers stay numbers.
 */
export function spreadsheetText(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/**
 * Rows as CSV, UTF-8 with a byte order mark (without it Excel reads Chinese as mojibake), CRLF
 * line ends as RFC 4180 and Excel have them.
 */
export function csvText(rows: readonly (readonly string[])[]): string {
  return `\ufeff${rows.map((fields) => fields.map(csvField).join(',')).join('\r\n')}\r\n`;
}
