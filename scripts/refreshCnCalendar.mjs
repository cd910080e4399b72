// Writes common/calendarPresets/cnStatutory.ts, the `calendar.preset: cn` data, from the npm package
// chinese-days (a devDependency: nothing is downloaded at run time, and every change to the data is
// reviewed as a diff of that file). Run it after `npm install --save-dev --save-exact chinese-days@latest`
// once the State Council (国务院办公厅) has published a new year's notice:
//   node scripts/refreshCnCalendar.mjs           # rewrite the module
//   node scripts/refreshCnCalendar.mjs --check   # exit 1 when the module is not what the package gives
// The corrections below fix what chinese-days gets wrong, each citing the notice it follows; the
// script refuses data it cannot vouch for (a make-up day on a weekday, overlapping periods, …).
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUTPUT = join(ROOT, 'common/calendarPresets/cnStatutory.ts');
const require = createRequire(import.meta.url);

const ANTI_FASCIST_70 = '中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日';
/** chinese-days shortens three names; the notices say 清明节, 端午节, 中秋节. */
const NAMES = { 清明: '清明节', 端午: '端午节', 中秋: '中秋节' };

/** Days off that chinese-days leaves out of a period the notice gives as a whole (all weekend days). */
const ADD_HOLIDAYS = [
  // 国务院办公厅关于2011年部分节假日安排的通知: "端午节：6月4日至6日放假公休，共3天。"
  ['2011-06-05', '端午节'],
  // 国务院办公厅关于2012年部分节假日安排的通知: "端午节：6月22日至24日放假公休，共3天。"
  ['2012-06-23', '端午节'],
  // 国务院办公厅关于2015年部分节假日安排的通知: "端午节：6月20日放假，6月22日（星期一）补休。" The
  // Sunday between keeps the period whole.
  ['2015-06-21', '端午节'],
  // 国务院关于中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日调休放假的通知: "9月3日至5日调休放假，共3天。"
  ['2015-09-05', ANTI_FASCIST_70],
];

/** Make-up working days that chinese-days misses. */
const ADD_MAKEUP_DAYS = [
  // 国务院办公厅关于2006年部分节假日安排的通知 (国办发明电〔2005〕35号), 元旦: "将12月31日(星期六)、1月1日
  // (星期日)两个公休日调至1月2日(星期一)、3日(星期二)，12月31日(星期六)上班。"
  ['2005-12-31', '元旦'],
];

/**
 * The years in which National Day and the Mid-Autumn Festival make one holiday, named as the notice
 * names it. chinese-days names its days one by one, and in 2020 calls all eight days National Day,
 * though 1 October 2020 was the Mid-Autumn Festival: 国务院办公厅关于2020年部分节假日安排的通知, "六、国庆节、
 * 中秋节：10月1日至8日放假调休，共8天。"
 */
const COMBINED = {
  2009: '国庆节、中秋节',
  2012: '中秋节、国庆节',
  2017: '中秋节、国庆节',
  2020: '国庆节、中秋节',
  2023: '中秋节、国庆节',
  2025: '国庆节、中秋节',
};

const DAY_MS = 86_400_000;
const dayOf = (iso) => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;
const isoOf = (day) => new Date(day * DAY_MS).toISOString().slice(0, 10);
const weekdayOf = (day) => (((day + 4) % 7) + 7) % 7;

function fail(message) {
  throw new Error(`refreshCnCalendar: ${message}`);
}

/** chinese-days' map of ISO day → "English,中文,statutory days", as day → Chinese name. */
function namesByDay(map) {
  const out = new Map();
  for (const [iso, value] of Object.entries(map)) {
    const chinese = value.split(',')[1];
    out.set(dayOf(iso), NAMES[chinese] ?? chinese);
  }
  return out;
}

/** The holiday periods and make-up days of every year, corrected and checked. */
export function buildNotices(data) {
  const holidays = namesByDay(data.holidays);
  const makeups = namesByDay(data.workdays);
  for (const [iso, name] of ADD_HOLIDAYS) {
    if (holidays.has(dayOf(iso))) {
      fail(`${iso} is a holiday in chinese-days already; drop its correction`);
    }
    holidays.set(dayOf(iso), name);
  }
  for (const [iso, name] of ADD_MAKEUP_DAYS) {
    if (makeups.has(dayOf(iso))) {
      fail(`${iso} is a make-up day in chinese-days already; drop its correction`);
    }
    makeups.set(dayOf(iso), name);
  }

  // Consecutive days off make one period; only National Day and the Mid-Autumn Festival ever touch.
  const periods = [];
  for (const day of [...holidays.keys()].sort((a, b) => a - b)) {
    const last = periods.at(-1);
    if (last && day === last.to + 1) {
      last.to = day;
      last.names.add(holidays.get(day));
    } else {
      periods.push({ from: day, to: day, names: new Set([holidays.get(day)]), makeups: [] });
    }
  }
  for (const p of periods) {
    const year = new Date(p.to * DAY_MS).getUTCFullYear();
    const combined = COMBINED[year];
    if (combined && p.from <= dayOf(`${year}-10-03`) && dayOf(`${year}-10-03`) <= p.to) {
      p.name = combined;
    } else if (p.names.size === 1) {
      p.name = [...p.names][0];
    } else {
      fail(`${isoOf(p.from)}..${isoOf(p.to)} runs ${[...p.names].join(' and ')} together; name it in COMBINED`);
    }
  }

  for (const [day, name] of [...makeups].sort((a, b) => a[0] - b[0])) {
    const weekday = weekdayOf(day);
    if (weekday !== 0 && weekday !== 6) {
      fail(`make-up day ${isoOf(day)} is not a Saturday or Sunday`);
    }
    if (holidays.has(day)) {
      fail(`${isoOf(day)} is both a holiday and a make-up day`);
    }
    const distance = (p) => (day < p.from ? p.from - day : day - p.to);
    const owner = periods.filter((p) => p.names.has(name) && distance(p) <= 14).sort((a, b) => distance(a) - distance(b))[0];
    if (!owner) {
      fail(`make-up day ${isoOf(day)} (${name}) has no ${name} holiday within two weeks`);
    }
    owner.makeups.push(day);
  }

  const notices = new Map();
  for (const p of periods) {
    const year = new Date(p.to * DAY_MS).getUTCFullYear();
    if (!notices.has(year)) {
      notices.set(year, []);
    }
    notices.get(year).push(p);
  }
  const years = [...notices.keys()];
  for (let y = years[0]; y <= years.at(-1); y++) {
    const names = new Set((notices.get(y) ?? []).map((p) => p.name));
    if (!names.has('元旦') || !names.has('春节')) {
      fail(`${y} has no 元旦 or no 春节: a year is missing from chinese-days`);
    }
  }
  return notices;
}

/** The TypeScript source of common/calendarPresets/cnStatutory.ts. */
export function generateCnStatutorySource() {
  const pkg = require('chinese-days/package.json');
  const data = require('chinese-days/dist/chinese-days.json');
  const notices = buildNotices(data);
  const years = [...notices.keys()];
  const first = years[0];
  const last = years.at(-1);
  const q = (s) => `'${s}'`;
  const lines = [
    `// Generated by scripts/refreshCnCalendar.mjs from chinese-days ${pkg.version} (MIT, https://github.com/vsme/chinese-days),`,
    '// with the corrections listed in that script. Do not edit by hand: after the State Council publishes a new',
    '// notice, `npm install --save-dev --save-exact chinese-days@latest`, run the script, check the diff against it.',
    `// Covers the notices of ${first} through ${last}: mainland China's public holidays and make-up working days.`,
    "import type { CnHolidayName } from './cnHolidayNames';",
    '',
    '/** One holiday period: its first and last days (ISO, inclusive), its name, and its make-up working days. */',
    'export type CnHolidayPeriod = readonly [from: string, to: string, name: CnHolidayName, makeupDays: readonly string[]];',
    '',
    `export const CN_STATUTORY_SOURCE = 'chinese-days ${pkg.version}';`,
    `export const CN_STATUTORY_FIRST_YEAR = ${first};`,
    `export const CN_STATUTORY_LAST_YEAR = ${last};`,
    '',
    "/** Each year's notice (国务院办公厅关于…年部分节假日安排的通知): its holiday periods in date order. */",
    'export const CN_STATUTORY_NOTICES: Readonly<Record<number, readonly CnHolidayPeriod[]>> = {',
  ];
  for (const [year, periods] of notices) {
    lines.push(`  ${year}: [`);
    for (const p of periods) {
      const makeups = p.makeups.map((d) => q(isoOf(d))).join(', ');
      lines.push(`    [${q(isoOf(p.from))}, ${q(isoOf(p.to))}, ${q(p.name)}, [${makeups}]],`);
    }
    lines.push('  ],');
  }
  lines.push('};', '');
  return lines.join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const source = generateCnStatutorySource();
  if (process.argv.includes('--check')) {
    if (readFileSync(OUTPUT, 'utf8') !== source) {
      console.error(`${OUTPUT} is not what chinese-days gives; run node scripts/refreshCnCalendar.mjs`);
      process.exit(1);
    }
  } else {
    writeFileSync(OUTPUT, source);
    console.log(`wrote ${OUTPUT}`);
  }
}
