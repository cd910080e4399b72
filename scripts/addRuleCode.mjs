// Registers a new rule code everywhere the contract's codes are listed, after it was added to
// server/src/service/model/ruleCodes.ts: the schema's `rules` block, the `xproj.rules` setting
// (package.json and its en / zh-cn strings), the grammar's highlighted keys. docs/rules.md and the
// CLI's rule descriptions are prose and stay hand-written.
//   node scripts/addRuleCode.mjs CODE LEVEL "English description" "中文说明"
import { readFileSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const [code, level, en, zh] = process.argv.slice(2);
if (!code || !level || !en || !zh) {
  console.error('usage: node scripts/addRuleCode.mjs CODE LEVEL "English description" "中文说明"');
  process.exit(2);
}
const json = (path) => JSON.parse(readFileSync(path, 'utf8'));
const write = (path, value) => writeFileSync(path, `${JSON.stringify(value, null, 2)}\n`);
const camel = code.replace(/-([a-z])/g, (_, c) => c.toUpperCase());

const schema = json('schemas/xproj.schema.json');
schema.properties.rules.properties[code] = {
  description: `Level of \`${code}\`: ${en}`,
  'x-description-zh-cn': `\`${code}\` 的级别：${zh}`,
  $ref: '#/definitions/ruleLevel',
};
write('schemas/xproj.schema.json', schema);

const pkg = json('package.json');
const rules = pkg.contributes.configuration.properties['xproj.rules'].properties;
const template = Object.values(rules)[0];
rules[code] = { ...template, default: level, markdownDescription: `%config.rules.${code}%` };
write('package.json', pkg);

const levelZh = { error: '错误', warning: '警告', info: '信息', hint: '提示' }[level];
for (const [path, text] of [
  ['package.nls.json', `\`${code}\`: ${en} Default: \`${level}\`.`],
  ['package.nls.zh-cn.json', `\`${code}\`：${zh}默认：\`${level}\`（${levelZh}）。`],
]) {
  const nls = json(path);
  nls[`config.rules.${code}`] = text;
  write(path, nls);
}

const grammarPath = 'syntaxes/xproj.tmLanguage.json';
const grammar = readFileSync(grammarPath, 'utf8');
const written = grammar.replace(/\(\?:((?:[a-zA-Z-]+\|)+[a-zA-Z-]+)\)\(\?=\\\\s\*:\)/, (all, list) => {
  // Longest first, as the grammar lists them, so no code matches as the prefix of another.
  const codes = [...new Set([...list.split('|'), code, camel])].sort((a, b) => b.length - a.length || a.localeCompare(b));
  return all.replace(list, codes.join('|'));
});
writeFileSync(grammarPath, written);
execFileSync('npx', ['prettier', '--write', 'schemas/xproj.schema.json', 'package.json', 'package.nls.json', 'package.nls.zh-cn.json'], { stdio: 'ignore' });
console.log(`registered ${code} (${level})`);
