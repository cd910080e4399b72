// What `calendar.preset: cn` costs the scheduler, which works only through ordinal / dayOf /
// nextWorkday: a few million calls on a calendar merged with the preset (every year, or only the
// plan's years) against a plain Monday-to-Friday calendar with a handful of holidays. Then the
// schedule of a generated 5,000-task plan, once with its own calendar and once with that calendar
// merged with the preset (put into the plan's model, until the parser reads `preset:`). Not part
// of `npm run bench`; prints numbers only.
//   node --import tsx bench/cnCalendarBench.ts [calls]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { analyzePlan } from '../server/src/service/analysis/analyzePlan';
import { normalizeLocale } from '../server/src/service/l10n/localize';
import type { Plan } from '../server/src/service/model/planModel';
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
  holidays: [
    range('2026-01-01'),
    range('2026-02-16', '2026-02-20'),
    range('2026-04-06'),
    range('2026-05-01', '2026-05-05'),
    range('2026-10-01', '2026-10-07'),
  ],
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

async function scheduleBench(tasks: number): Promise<void> {
  const { generatePlan } = await loadGenerator();
  const schema = JSON.parse(readFileSync(join(__dirname, '..', 'schemas', 'xproj.schema.json'), 'utf8')) as object;
  const env = {
    settings: {},
    locale: normalizeLocale('en'),
    schemaValidation: new SchemaValidation(schema),
    rules: [],
  };
  const plan = analyzePlan('file:///bench.xproj.yaml', generatePlan({ tasks }), env).plan;
  const project = plan.project!;
  const withPreset: Plan = {
    ...plan,
    project: { ...project, calendar: mergePreset(project.calendar, cnPreset()) as never },
  };
  const options = { defaultStart: project.start?.day ?? 0 };
  const runs: [string, Plan][] = [
    ['own calendar', plan],
    ['own calendar + preset cn', withPreset],
  ];
  const best = new Map<string, number>();
  for (let round = 0; round < 25; round++) {
    for (const [name, p] of runs) {
      const t = performance.now();
      computeSchedule(p, options);
      best.set(name, Math.min(best.get(name) ?? Infinity, performance.now() - t));
    }
  }
  console.log(`computeSchedule, ${plan.tasks.length} tasks, best of 25 (interleaved):`);
  for (const [name, ms] of best) {
    console.log(`  ${name.padEnd(26)} ${ms.toFixed(2)} ms`);
  }
}

void scheduleBench(5000);
