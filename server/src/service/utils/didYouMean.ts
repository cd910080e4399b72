/** A known id, with an optional display name that also counts as a match. */
export interface SuggestionCandidate {
  readonly id: string;
  /** People often write the name (张三) where the id (zhang-san) belongs. */
  readonly name?: string;
}

const SEPARATORS = /[\s\-_.·・]/gu;

/**
 * Edit distance with adjacent transpositions (optimal string alignment), counted in code points so
 * that one Chinese character, or one character outside the BMP, is one edit. With `max`, stops
 * early and returns `max + 1` once the distance is sure to exceed it.
 */
export function editDistance(a: string | readonly string[], b: string | readonly string[], max = Infinity): number {
  const s = typeof a === 'string' ? Array.from(a) : a;
  const t = typeof b === 'string' ? Array.from(b) : b;
  if (Math.abs(s.length - t.length) > max) {
    return max + 1;
  }
  let prev2: number[] = [];
  let prev = Array.from({ length: t.length + 1 }, (_, j) => j);
  let prevMin = 0;
  for (let i = 1; i <= s.length; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) {
        d = Math.min(d, prev2[j - 2]! + 1);
      }
      row.push(d);
      rowMin = Math.min(rowMin, d);
    }
    // Later rows build on this row (+0) or the one before (+1 for a transposition).
    if (rowMin > max && prevMin >= max) {
      return max + 1;
    }
    prev2 = prev;
    prev = row;
    prevMin = rowMin;
  }
  return prev[t.length]!;
}

/** The candidates closest to an unknown word: the ids a "did you mean" should offer. */
export function didYouMean(word: string, candidates: Iterable<string | SuggestionCandidate>, max = 3): string[] {
  return new Suggester(candidates).suggest(word, max);
}

interface Prepared {
  readonly id: string;
  readonly forms: readonly Form[];
}

interface Form {
  /** Lower case, NFKC (full-width letters to ASCII) and without separators, as code points. */
  readonly loose: readonly string[];
  readonly key: string;
}

/**
 * Suggestions from one set of candidates, prepared once so that many unknown words can be looked
 * up cheaply. Ids that differ only in case, width or separators (`ZhangSan`, `zhang_san`,
 * `zhang-san`) count as equal.
 */
export class Suggester {
  private readonly prepared: Prepared[] = [];

  constructor(candidates: Iterable<string | SuggestionCandidate>) {
    const seen = new Set<string>();
    for (const c of candidates) {
      const { id, name } = typeof c === 'string' ? { id: c, name: undefined } : c;
      if (!seen.has(id)) {
        seen.add(id);
        this.prepared.push({ id, forms: name === undefined ? [form(id)] : [form(id), form(name)] });
      }
    }
  }

  /** How many candidates a lookup compares against: a measure of its cost. */
  get size(): number {
    return this.prepared.length;
  }

  /** The ids at the smallest distance within reach of `word`, in candidate order, at most `max`. */
  suggest(word: string, max = 3): string[] {
    const target = form(word);
    if (target.key === '') {
      return [];
    }
    let best = threshold(target.loose.length);
    let found: string[] = [];
    for (const p of this.prepared) {
      if (p.id === word) {
        continue;
      }
      let distance = Infinity;
      for (const f of p.forms) {
        distance = Math.min(distance, f.key === target.key ? 0 : editDistance(target.loose, f.loose, best));
      }
      if (distance < best) {
        best = distance;
        found = [p.id];
      } else if (distance === best && found.length < max) {
        found.push(p.id);
      }
    }
    return found;
  }
}

function form(text: string): Form {
  const loose = text.normalize('NFKC').toLowerCase().replace(SEPARATORS, '');
  return { loose: Array.from(loose), key: loose };
}

/** Short ids tolerate one edit (张三/张叁); longer ones about two in five. One-letter ids none. */
function threshold(length: number): number {
  return length <= 1 ? 0 : Math.max(1, Math.floor(length * 0.4));
}
