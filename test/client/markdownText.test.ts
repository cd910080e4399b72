import { strict as assert } from 'node:assert';
import { createRequire } from 'node:module';
import { describe, it } from 'node:test';
import { markdownCode, markdownText, markdownTitle } from '../../client/src/views/markdownText';

/** The part of markdown-it (in node_modules through @vscode/vsce) these tests use; it has no typings here. */
interface MarkdownIt {
  render(markdown: string): string;
}
const markdownIt = createRequire(__filename)('markdown-it') as (options: { html: boolean; linkify: boolean }) => MarkdownIt;
const md = markdownIt({ html: false, linkify: true });

/**
 * Renders as VS Code renders a `MarkdownString` with theme icons on (markdownRenderer.ts): escaped
 * icons get one more backslash, the Markdown becomes HTML, then `$(name)` in the HTML becomes an
 * icon (here `[icon:name]`) unless a backslash precedes it, which is dropped.
 */
function render(markdown: string): string {
  const value = markdown.replace(/\\\$\([A-Za-z0-9-]+(?:~[A-Za-z]+)?\)/g, (m) => `\\${m}`);
  return md
    .render(value)
    .replace(/(\\)?\$\(([A-Za-z0-9-]+(?:~[A-Za-z]+)?)\)/g, (_m, escaped: string | undefined, name: string) => (escaped ? `$(${name})` : `[icon:${name}]`));
}

const decode = (html: string): string =>
  html
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

/** The HTML of a one-paragraph render without its `<p>`. */
function inline(markdown: string): string {
  const html = render(markdown).trim();
  assert.ok(html.startsWith('<p>') && html.endsWith('</p>'), html);
  return html.slice(3, -4);
}

const NASTY = [
  '**bold** _em_ ~~gone~~ `code`',
  '[link](https://evil.example) <https://x.example> https://bare.example www.example.com a@b.example',
  '<b>html</b> &amp; &lt; &#65;',
  '# heading',
  '- item',
  '1. item',
  '> quote',
  'pipe | in a cell',
  'icon $(flame) and $(zap~spin) and $(not an icon) and \\$(escaped)',
  'back\\slash\\* and trailing \\',
  '![img](x.png)',
  'ruby 中文 日本語 🚀',
];

describe('markdownText', () => {
  for (const text of NASTY) {
    it(`renders ${JSON.stringify(text)} as exactly that text`, () => {
      assert.equal(decode(inline(`**${markdownText(text)}**`)), `<strong>${text}</strong>`);
    });
  }

  it('keeps a table cell whole', () => {
    const html = render(['| | |', '|---|---|', `| Owner | ${markdownText('a | b\nc')} |`].join('\n'));
    assert.match(html, /<td>Owner<\/td>\s*<td>a \| b c<\/td>/);
  });

  it('puts a line break or another control character on the line as a space', () => {
    assert.equal(markdownText('one\ntwo\r\n\r\nthree\u0007\u2028four'), 'one two three four');
  });

  it('escapes the ASCII punctuation and nothing else', () => {
    assert.equal(markdownText('a-b_c.d'), 'a\\-b\\_c\\.d');
    assert.equal(markdownText('张三（市场部）'), '张三（市场部）');
    assert.equal(markdownText('$(flame)'), '\\\\\\$\\(flame\\)');
  });
});

describe('markdownCode', () => {
  const ids = ['kickoff', 'a`b', '``x``', '`', 'x`', ' y', 'tail ', 'p|q', '$(flame)', '**not bold**', '<b>x</b>', 'a\nb'];
  for (const id of ids) {
    it(`keeps ${JSON.stringify(id)} inside one code span`, () => {
      const html = inline(`x ${markdownCode(id)} y`);
      const m = /^x <code>(.*)<\/code> y$/s.exec(html);
      assert.ok(m, html);
      assert.equal(decode(m[1]!).replace(/\u2060/g, ''), id.replace(/\n/g, ' '));
      assert.ok(!html.includes('[icon:'), html);
    });
  }

  it('fences with one backtick more than the longest run, padding only where CommonMark would strip', () => {
    assert.equal(markdownCode('plain'), '`plain`');
    assert.equal(markdownCode('a``b'), '```a``b```');
    assert.equal(markdownCode('`x'), '`` `x ``');
    assert.equal(markdownCode(''), '');
    assert.equal(markdownCode('$(zap)'), '`$\u2060(zap)`');
  });
});

describe('markdownTitle', () => {
  it('puts the name in bold and the id in code, whatever they hold', () => {
    assert.equal(inline(markdownTitle('启动会 *kick*', 'kick`off')), '<strong>启动会 *kick*</strong> <code>kick`off</code>');
    assert.equal(inline(markdownTitle(' spaced \n', 'a')), '<strong>spaced</strong> <code>a</code>');
  });

  it('falls back to the id when the name is missing or blank', () => {
    assert.equal(inline(markdownTitle(null, 'r-1')), '<strong>r-1</strong> <code>r-1</code>');
    assert.equal(inline(markdownTitle('  ', '$(zap)')), '<strong>$(zap)</strong> <code>$\u2060(zap)</code>');
    assert.equal(markdownTitle(null, ''), '');
  });
});
