import { pinyin } from 'pinyin-pro';

const HAN = /\p{Script=Han}/u;

/**
 * An ASCII id made from a name: Chinese characters become their pinyin (`张三` → `zhang-san`,
 * `重庆银行` → `chong-qing-yin-hang`, polyphones read in context), Latin letters are lower-cased,
 * everything else separates words. Empty when nothing usable is left.
 */
export function slugOf(name: string): string {
  const words: string[] = [];
  const parts = HAN.test(name) ? pinyin(name, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true }) : [name];
  for (const part of parts) {
    const ascii = part
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase();
    for (const word of ascii.split(/[^a-z0-9]+/)) {
      if (word !== '') {
        words.push(word);
      }
    }
  }
  return words.join('-').slice(0, 48).replace(/-+$/, '');
}

/** Hands out ids that are unique within one set: `design`, `design-2`, `design-3`; `task-1` for an empty wish. */
export class IdAllocator {
  private readonly used = new Set<string>();

  constructor(
    private readonly fallback: string,
    private readonly separator = '-',
  ) {}

  /** Marks an id as taken without changing it (ids the source gives). */
  reserve(id: string): void {
    this.used.add(id);
  }

  has(id: string): boolean {
    return this.used.has(id);
  }

  /** A fresh id from `wanted` (already a valid id) or, when it is empty, from the fallback prefix. */
  take(wanted: string): string {
    if (wanted !== '' && !this.used.has(wanted)) {
      this.used.add(wanted);
      return wanted;
    }
    const base = wanted !== '' ? wanted : this.fallback;
    for (let n = wanted !== '' ? 2 : 1; ; n++) {
      const id = `${base}${this.separator}${n}`;
      if (!this.used.has(id)) {
        this.used.add(id);
        return id;
      }
    }
  }
}
