import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readRegularFile } from './planReader';

/** A font file read from disk. */
export interface FontFile {
  readonly path: string;
  readonly bytes: Uint8Array;
}

/** Font files are large (Noto Sans CJK is about 20 MB a weight); nothing real is past this. */
const MAX_FONT_BYTES = 64 * 1024 * 1024;

/**
 * Where PNG and PDF exports look for a font that has Chinese, first found first: Debian's and
 * Ubuntu's Noto Sans CJK (`fonts-noto-cjk`), Source Han Sans, WenQuanYi, then macOS's and
 * Windows' own. `XPROJ_FONT` names another file and is tried first.
 */
export const CJK_FONT_CANDIDATES: readonly string[] = [
  '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc',
  '/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc',
  '/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc',
  '/usr/share/fonts/opentype/source-han-sans/SourceHanSans-Regular.ttc',
  '/usr/share/fonts/adobe-source-han-sans/SourceHanSans-Regular.ttc',
  '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc',
  '/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc',
  '/usr/share/fonts/wenquanyi/wqy-microhei/wqy-microhei.ttc',
  '/System/Library/Fonts/PingFang.ttc',
  '/System/Library/Fonts/STHeiti Light.ttc',
  '/Library/Fonts/Arial Unicode.ttf',
  'C:\\Windows\\Fonts\\msyh.ttc',
  'C:\\Windows\\Fonts\\simhei.ttf',
  'C:\\Windows\\Fonts\\simsun.ttc',
];

/** fontconfig's answer, where it is installed: a font that covers Chinese. */
function fromFontconfig(): string | undefined {
  const r = spawnSync('fc-match', ['-f', '%{file}', 'sans-serif:lang=zh-cn'], { encoding: 'utf8', timeout: 5000 });
  const file = r.status === 0 ? r.stdout.trim() : '';
  return file !== '' && existsSync(file) ? file : undefined;
}

/**
 * The font PNG and PDF exports draw with: `XPROJ_FONT` when set (and readable), else the first
 * candidate that exists, else fontconfig's choice. Undefined when there is none: the caller says
 * so rather than drawing boxes. Whether it really has Chinese is checked by whoever loads it.
 */
export function findCjkFont(env: Readonly<Record<string, string | undefined>>): FontFile | { readonly error: string } | undefined {
  const wanted = env['XPROJ_FONT'];
  if (wanted) {
    const read = readRegularFile(wanted, MAX_FONT_BYTES);
    return 'bytes' in read ? { path: wanted, bytes: read.bytes } : { error: `${wanted}: ${read.error}` };
  }
  for (const path of [...CJK_FONT_CANDIDATES.filter((p) => existsSync(p)), fromFontconfig()]) {
    if (path !== undefined) {
      const read = readRegularFile(path, MAX_FONT_BYTES);
      if ('bytes' in read) {
        return { path, bytes: read.bytes };
      }
    }
  }
  return undefined;
}
