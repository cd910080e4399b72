import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { formatDay, parseIsoDate } from '../../common/dates';
import { nextStart, presetForLanguage, renderPlan, templateCalendar } from '../../client/src/planTemplate';
import { check, findings } from '../helpers/plan';

const TEMPLATE = readFileSync(join(__dirname, '..', '..', 'examples', 'templates', 'empty.xproj.yaml'), 'utf8');
const day = (iso: string): number => parseIsoDate(iso)!;

describe('the new plan template', () => {
  it('uses the statutory calendar for an editor in Chinese, and checks clean across the Spring Festival', () => {
    assert.equal(presetForLanguage('zh-cn'), 'cn');
    assert.equal(presetForLanguage('en'), undefined);
    const text = renderPlan(TEMPLATE, { name: '春季招生', start: '2026-01-05', preset: 'cn' });
    assert.match(text, /\n {2}calendar:\n {4}preset: cn +# 中国大陆法定节假日与调休上班日/);
    const a = check(text.replace(/# status_date: \d{4}-\d{2}-\d{2}/, 'status_date: 2026-01-05'));
    assert.deepEqual(findings(a), []);
    // The template's schedule runs through the Spring Festival: no task starts or ends in its nine days
    // off, and a task across it takes them off (its working days are its length).
    const festival = [...a.schedule.tasks.values()].filter((s) => !s.summary && s.start < day('2026-02-15') && s.end > day('2026-02-23'));
    assert.ok(festival.length > 0);
    for (const s of a.schedule.tasks.values()) {
      assert.ok(s.summary || s.task.milestone || (a.schedule.calendar.isWorkday(s.start) && a.schedule.calendar.isWorkday(s.end)), s.task.id);
    }
    for (const s of festival) {
      assert.equal(a.schedule.calendar.workdaysBetween(s.start, s.end), s.duration, s.task.id);
      assert.ok(formatDay(s.end) > '2026-02-23');
    }
  });

  it('has no calendar preset in English', () => {
    const text = renderPlan(TEMPLATE, { name: 'Enrolment', start: '2026-03-02' });
    assert.doesNotMatch(text, /preset:/);
    assert.deepEqual(findings(check(text.replace(/# status_date: \d{4}-\d{2}-\d{2}/, 'status_date: 2026-03-02'))), []);
  });

  it('offers next Monday as the start, or the first working day after it when it is a holiday', () => {
    const cn = templateCalendar('cn');
    assert.equal(nextStart(cn, new Date(2026, 1, 12)), '2026-02-24');
    assert.equal(nextStart(templateCalendar(undefined), new Date(2026, 1, 12)), '2026-02-16');
    assert.equal(cn.isWorkday(day('2026-02-14')), true);
    assert.equal(cn.isWorkday(day('2026-10-01')), false);
  });
});
