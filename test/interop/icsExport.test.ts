import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';

// ical.js declares its types as an ES module; its CommonJS build is what these tests load.
// eslint-disable-next-line @typescript-eslint/consistent-type-imports
type IcalModule = typeof import('ical.js', { with: { 'resolution-mode': 'import' } }).default;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const ICAL = require('ical.js') as IcalModule;
import { exportIcs, fold } from '../../server/src/interop/export/ics';
import { exportFacts } from '../../server/src/interop/export/planFacts';
import { WorkCalendar } from '../../common/calendar';
import { parseIsoDate } from '../../common/dates';
import { check } from '../helpers/plan';
import { exampleAnalysis } from './interopPlans';

interface Event {
  readonly uid: string;
  readonly summary: string;
  readonly description: string;
  /** Every occurrence's start, `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM:SS`. */
  readonly starts: string[];
  readonly end: string;
}

/** ical.js, a real iCalendar parser, reads the file and expands each event's recurrence. */
function events(ics: string): Event[] {
  const root = new ICAL.Component(ICAL.parse(ics));
  return root.getAllSubcomponents('vevent').map((v) => {
    const e = new ICAL.Event(v);
    const starts: string[] = [];
    const it = e.iterator();
    for (let next = it.next(); next && starts.length < 500; next = it.next()) {
      starts.push(next.toString());
    }
    return { uid: e.uid, summary: e.summary, description: e.description ?? '', starts, end: e.endDate.toString() };
  });
}

const dayOf = (iso: string): number => parseIsoDate(iso)!;

function days(from: string, to: string, keep: (d: Date) => boolean, time = ''): string[] {
  const out: string[] = [];
  for (let d = new Date(`${from}T00:00:00Z`); d <= new Date(`${to}T00:00:00Z`); d = new Date(d.getTime() + 86_400_000)) {
    if (keep(d)) {
      out.push(d.toISOString().slice(0, 10) + time);
    }
  }
  return out;
}

describe('ics export, read by ical.js', () => {
  const ics = exportIcs(exportFacts(exampleAnalysis('zh-cn')), 'zh-cn');
  const all = events(ics);
  const byUid = new Map(all.map((e) => [e.uid, e]));
  const holidays = new Set(['2026-04-06', '2026-05-01', '2026-05-04', '2026-05-05', '2026-06-19']);

  it('has one all-day event per milestone, with stable UIDs', () => {
    const milestones = all.filter((e) => e.uid.includes('.milestone.'));
    const ids = exampleAnalysis()
      .plan.tasks.filter((t) => t.milestone)
      .map((t) => t.id);
    assert.equal(ids.length, 4);
    assert.deepEqual(
      milestones.map((e) => e.uid),
      ids.map((id) => `spring-enrolment-2026.milestone.${id}@xproj`),
    );
    const kickoff = byUid.get('spring-enrolment-2026.milestone.kickoff@xproj')!;
    assert.deepEqual(kickoff.starts, ['2026-03-05']);
    assert.equal(kickoff.end, '2026-03-06');
    assert.equal(kickoff.summary, '◆ 项目启动会');
    assert.equal(kickoff.description, '2026年春季招生推进项目 里程碑\n负责人：李娜');
    assert.equal(new Set(all.map((e) => e.uid)).size, all.length);
    assert.equal(exportIcs(exportFacts(exampleAnalysis('zh-cn')), 'zh-cn'), ics, 'the same plan gives the same bytes');
  });

  it('repeats the weekly meeting every Monday from the start to the target end, holidays left out', () => {
    const weekly = byUid.get('spring-enrolment-2026.meeting.weekly@xproj')!;
    assert.equal(weekly.summary, '项目周例会');
    assert.deepEqual(
      weekly.starts,
      days('2026-03-02', '2026-06-26', (d) => d.getUTCDay() === 1 && !holidays.has(d.toISOString().slice(0, 10)), 'T10:00:00'),
    );
    assert.equal(weekly.end, '2026-03-02T11:00:00');
    assert.match(weekly.description, /\n主持人：李娜\n参会人：全体成员\n形式：线下会议（异地成员视频接入）$/);
  });

  it('holds daily stand-ups on working days only, biweekly reviews every other Monday, monthly briefings on the first Monday', () => {
    const standup = byUid.get('spring-enrolment-2026.meeting.standup-open-day@xproj')!;
    // The preset cn calendar: Saturday 2026-05-09 is a make-up working day (调休上班).
    assert.deepEqual(
      standup.starts,
      days(
        '2026-03-02',
        '2026-06-26',
        (d) => (d.getUTCDay() >= 1 && d.getUTCDay() <= 5 && !holidays.has(d.toISOString().slice(0, 10))) || d.toISOString().startsWith('2026-05-09'),
        'T09:00:00',
      ),
    );
    const review = byUid.get('spring-enrolment-2026.meeting.risk-review@xproj')!;
    assert.deepEqual(
      review.starts,
      ['2026-03-02', '2026-03-16', '2026-03-30', '2026-04-13', '2026-04-27', '2026-05-11', '2026-05-25', '2026-06-08', '2026-06-22'].map(
        (d) => `${d}T11:00:00`,
      ),
    );
    const briefing = byUid.get('spring-enrolment-2026.meeting.exec-briefing@xproj')!;
    // No time written: all-day events; the first Mondays of April and May are holidays.
    assert.deepEqual(briefing.starts, ['2026-03-02', '2026-06-01']);
    assert.equal(byUid.has('spring-enrolment-2026.meeting.emergency@xproj'), false, 'as-needed meetings have no date');
  });

  it('adds make-up working days to daily meetings, and has nothing for a quarter that never comes', () => {
    const analysis = check(`xproj: 1
project: {id: p, name: P, owner: a, manager: a, start: 2026-09-28, end: 2026-10-16, status_date: 2026-09-28,
  calendar: {holidays: [{from: 2026-10-01, to: 2026-10-07}]}}
people: [{id: a, name: 张三}]
tasks: [{id: t, owner: a, duration: 5d}]
meetings:
  - {id: s, name: 站会, cadence: daily, time: "09:00-09:15", chair: a, participants: [a]}
  - {id: q, name: 季度评审, cadence: quarterly, day: fri, time: "15:00-16:00"}
`);
    const plain = exportFacts(analysis);
    // 2026-10-10 (a Saturday) is a make-up working day in China's calendar (调休).
    const plan = { ...plain, calendar: new WorkCalendar({ ...plain.calendar.rules, extraWorkdays: [{ from: dayOf('2026-10-10'), to: dayOf('2026-10-10') }] }) };
    const found = events(exportIcs(plan, 'en'));
    assert.equal(found.length, 1, 'the quarterly review falls on 2026-09-04 and 2026-12-04, both outside the project');
    const standup = found[0]!;
    assert.deepEqual(
      standup.starts,
      [
        '2026-09-28',
        '2026-09-29',
        '2026-09-30',
        '2026-10-08',
        '2026-10-09',
        '2026-10-10',
        '2026-10-12',
        '2026-10-13',
        '2026-10-14',
        '2026-10-15',
        '2026-10-16',
      ].map((d) => `${d}T09:00:00`),
    );
    assert.equal(standup.description, 'Chair: 张三\nParticipants: 张三');
  });

  it('folds long lines at 75 octets without splitting a character', () => {
    const long = fold(`DESCRIPTION:${'项目'.repeat(60)}`);
    assert.ok(long.split('\r\n ').every((l) => Buffer.byteLength(l) <= 75));
    assert.equal(long.split('\r\n ').join(''), `DESCRIPTION:${'项目'.repeat(60)}`);
  });
});
