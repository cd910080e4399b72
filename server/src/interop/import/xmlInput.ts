import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { Locale } from '../../service/l10n/localize';
import { ImportError, importMessages } from './importMessages';

/** Elements that may repeat in an MSPDI file: always arrays, even with one member. */
const LISTS: ReadonlySet<string> = new Set([
  'Task',
  'Resource',
  'Assignment',
  'PredecessorLink',
  'Calendar',
  'WeekDay',
  'Exception',
  'WorkingTime',
  'ExtendedAttribute',
  'WorkWeek',
]);

/** A parsed element: text values and child elements by name. */
export type XmlNode = { readonly [name: string]: string | XmlNode | XmlNode[] | undefined };

/**
 * Parses XML that came from outside. A DOCTYPE is refused before parsing: it is where entities
 * are declared, and no MS Project file has one, so neither an entity bomb nor an external entity
 * (`SYSTEM "file:///etc/passwd"`) is ever expanded or fetched. Only the five predefined entities
 * and character references are decoded.
 */
export function parseXml(text: string, locale: Locale): XmlNode {
  const msg = importMessages[locale];
  if (/<!DOCTYPE/i.test(text) || /<!ENTITY/i.test(text)) {
    throw new ImportError(msg.doctype());
  }
  const valid = XMLValidator.validate(text);
  if (valid !== true) {
    throw new ImportError(msg.badXml(`${valid.err.msg} line ${valid.err.line}`));
  }
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    removeNSPrefix: true,
    processEntities: true,
    htmlEntities: true,
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true,
    isArray: (name) => LISTS.has(name),
  });
  return parser.parse(text) as XmlNode;
}

/** A child element's text, or undefined. */
export function textOf(node: XmlNode | undefined, name: string): string | undefined {
  const v = node?.[name];
  return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined;
}

export function childOf(node: XmlNode | undefined, name: string): XmlNode | undefined {
  const v = node?.[name];
  return v !== undefined && typeof v === 'object' && !Array.isArray(v) ? v : undefined;
}

export function listOf(node: XmlNode | undefined, name: string): XmlNode[] {
  const v = node?.[name];
  return Array.isArray(v) ? v.filter((x): x is XmlNode => typeof x === 'object') : v !== undefined && typeof v === 'object' ? [v] : [];
}
