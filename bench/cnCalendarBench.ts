// What `calendar.preset: cn` costs the scheduler, which works only through ordinal / dayOf /
// nextWorkday: a few million calls on a calendar merged with the preset (every year, or only the
// plan's years) against a plain Monday-to-Friday calendar with a handful of holidays. Then a
// generated 5,000-task plan checked and scheduled as written and with `preset: cn`. Part of
// `npm run bench`; prints numbers only.
//   node --import tsx bench/cnCalendarBench.ts [calls]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { analyzePlan } from '../server/src/service/analysis/analyzePlan';
import { normalizeLocale } from '../server/src/service/l10n/localize';
import { computeSchedule } from '../server/src/service/scheduler/scheduler';
import { SchemaValidation } from '../server/src/service/schema/schemaValidation';
import { loadGenerator } from '../test/helpers/generator';
import { WorkCalendar } from '../common/calendar';
import type { CalendarRules, DayRange } from '../common/calendar';
import { cnPreset } from '../common/calendarPresets/cnPreset';
import { mergePreset } from '../common/calendarPresets/holidayPreset';
import { parseIsoDate } from '../common/dates';

const CALLS = Number(process.argv[2] ?? 3_000_000);
const ROUNDS = 7;
const day = (iso: string): number => parseIsoDate(iso)!;
const range = (from: string, to = from): DayRange => ({ from: day(from), to: day(to) });

const own: CalendarRules = {
  workdays: [1, 2, 3, 4, 5],
  holidays: [range('2026-01-01'), range('2026-02-16', '2026-02-20'), range('2026-04-06'), range('2026-05-01', '2026-05-05'), range('2026-10-01', '2026-10-07')],
};
const planSpan = range('2025-09-01', '2027-06-30');

/** mulberry32, so every calendar gets the same inputs. */
function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const random = prng(13);
const days = new Float64Array(CALLS);
for (let i = 0; i < CALLS; i++) {
  days[i] = planSpan.from + Math.floor(random() * (planSpan.to - planSpan.from + 1));
}

/** Nanoseconds per call: the best of several rounds after a warm-up (the least disturbed by other load). */
function time(run: () => number): { ns: number; check: number } {
  let check = run();
  let best = Infinity;
  for (let r = 0; r < ROUNDS; r++) {
    const t = performance.now();
    check += run();
    best = Math.min(best, ((performance.now() - t) * 1e6) / CALLS);
  }
  return { ns: best, check };
}

function measure(name: string, build: () => WorkCalendar): void {
  let cal = build();
  let buildMs = Infinity;
  for (let r = 0; r < 20; r++) {
    const t = performance.now();
    cal = build();
    buildMs = Math.min(buildMs, performance.now() - t);
  }
  const ordinals = new Float64Array(CALLS);
  for (let i = 0; i < CALLS; i++) {
    ordinals[i] = cal.ordinal(days[i]!);
  }
  const ordinal = time(() => {
    let s = 0;
    for (let i = 0; i < CALLS; i++) {
      s += cal.ordinal(days[i]!);
    }
    return s;
  });
  const dayOf = time(() => {
    let s = 0;
    for (let i = 0; i < CALLS; i++) {
      s += cal.dayOf(ordinals[i]!);
    }
    return s;
  });
  const next = time(() => {
    let s = 0;
    for (let i = 0; i < CALLS; i++) {
      s += cal.nextWorkday(days[i]!);
    }
    return s;
  });
  console.log(
    `${name.padEnd(34)} build ${buildMs.toFixed(3).padStart(6)} ms   ordinal ${ordinal.ns.toFixed(1).padStart(5)} ns` +
      `   dayOf ${dayOf.ns.toFixed(1).padStart(5)} ns   nextWorkday ${next.ns.toFixed(1).padStart(5)} ns` +
      `   (check ${(ordinal.check + dayOf.check + next.check) % 1000})`,
  );
}

const cases: [string, () => WorkCalendar][] = [
  ['Mon-Fri, 5 holiday ranges', () => new WorkCalendar(own)],
  ['preset cn, every year (2004-2026)', () => new WorkCalendar(mergePreset(own, cnPreset()))],
  ['preset cn, the plan span only', () => new WorkCalendar(mergePreset(own, cnPreset(), planSpan))],
];
console.log(`${CALLS} calls each on days from 2025-09-01 to 2027-06-30, best of ${ROUNDS} rounds; build: best of 20`);
// Twice, so that no case pays for the others' warm-up; the second pass is the one to read.
for (const pass of ['warm-up', 'measured']) {
  console.log(`-- ${pass}`);
  for (const [name, build] of cases) {
    measure(name, build);
  }
}

/**
 * A generated plan of `tasks` tasks checked as written, and with `preset: cn` added to its calendar:
 * the whole analysis (parse, schema, rules) and the schedule alone, best of interleaved rounds.
 */
async function scheduleBench(tasks: number): Promise<void> {
  const { generatePlan } = await loadGenerator();
  const schema = JSON.parse(readFileSync(join(__dirname, '..', 'schemas', 'xproj.schema.json'), 'utf8')) as object;
  const env = { settings: {}, locale: normalizeLocale('en'), schemaValidation: new SchemaValidation(schema) };
  const own = generatePlan({ tasks });
  const withPreset = own.replace('\n  calendar:\n', '\n  calendar:\n    preset: cn\n');
  if (withPreset === own) {
    throw new Error('the generated plan has no calendar to add the preset to');
  }
  const runs: [string, string][] = [
    ['own calendar', own],
    ['own calendar + preset: cn', withPreset],
  ];
  const check = new Map<string, number>();
  const schedule = new Map<string, number>();
  for (let round = 0; round < 9; round++) {
    for (const [name, text] of runs) {
      const t = performance.now();
      const a = analyzePlan('file:///bench.xproj.yaml', text, env);
      check.set(name, Math.min(check.get(name) ?? Infinity, performance.now() - t));
      const s = performance.now();
      computeSchedule(a.plan, { defaultStart: a.schedule.start });
      schedule.set(name, Math.min(schedule.get(name) ?? Infinity, performance.now() - s));
      if (round === 0 && a.problems.some((p) => p.severity === 'error')) {
        throw new Error(`${name}: the plan has errors`);
      }
    }
  }
  console.log(`\nA generated plan of ${tasks} tasks, best of 9 interleaved rounds (ms):`);
  for (const [name] of runs) {
    console.log(`  ${name.padEnd(28)} whole check ${check.get(name)!.toFixed(1).padStart(7)}   schedule ${schedule.get(name)!.toFixed(1).padStart(6)}`);
  }
}

void scheduleBench(5000);
