/**
 * What XML 1.0 allows nowhere, not even as a character reference: C0 controls other than tab, line
 * feed and carriage return, U+FFFE, U+FFFF and unpaired surrogates. A plan name can hold any of
 * them (YAML's `"\x01"`), and one would make the whole file unreadable to XML parsers.
 */
// eslint-disable-next-line no-control-regex -- the control characters are what this matches
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * Text for XML element content and attribute values alike: markup characters as references, tab and
 * line breaks too (an attribute value would otherwise fold them into spaces), and the characters
 * XML forbids as U+FFFD, so the reader sees that something was there.
 */
export function escapeXml(text: string): string {
  return text.replace(NOT_XML, '\ufffd').replace(/[&<>"'\t\n\r]/g, (c) => `&#${c.charCodeAt(0)};`);
}
