import { didYouMean as closestIds } from '../utils/didYouMean';
import { KEY_SYNONYMS } from './keySynonyms';

/** Case, `-`, `_` and spaces do not tell keys apart for a human: `dependsOn`, `depends-on`, `Depends On`. */
function fold(word: string): string {
  return word
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[-_\s]/g, '');
}

/**
 * The key or enum value a user most likely meant by `word`, or undefined when none is close:
 * the same word in another spelling (`dependsOn`, `r` for `R`), a Chinese name of the key
 * (`负责人` → `owner`), a near typo, or the only candidate that starts with it (`desc`).
 */
export function suggestKey(word: string, candidates: readonly string[]): string | undefined {
  const folded = fold(word);
  if (candidates.length === 0 || folded.length === 0) {
    return undefined;
  }
  const sameWord = candidates.find((c) => fold(c) === folded);
  if (sameWord !== undefined) {
    return sameWord;
  }
  const synonym = KEY_SYNONYMS.get(word.trim())?.find((key) => candidates.includes(key));
  if (synonym !== undefined) {
    return synonym;
  }
  const typo = closestIds(word, candidates, 1)[0];
  if (typo !== undefined) {
    return typo;
  }
  const prefixed = folded.length >= 3 ? candidates.filter((c) => fold(c).startsWith(folded)) : [];
  return prefixed.length === 1 ? prefixed[0] : undefined;
}
