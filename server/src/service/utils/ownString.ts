/**
 * V8 makes a slice of 13 or more characters a view that keeps the whole string it was cut from
 * alive, and every string the YAML parser gives is such a slice of the text it parsed.
 */
const MIN_SLICE_LENGTH = 13;

/**
 * The same characters in a string that refers to nothing else. For text cut from a large source
 * and kept long after the source should go: a chunk's nodes, reused over many edits, would keep
 * every version of the document's text; a task's name would keep its chunk's text after the
 * chunk's nodes are dropped (14 MB of them at 20k tasks). Concatenating makes a new string, flat
 * once read; the slice of it then refers to these characters only.
 */
export function ownString(text: string): string {
  return text.length < MIN_SLICE_LENGTH ? text : (' ' + text).slice(1);
}
