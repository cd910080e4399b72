// Schedules the test host posts: a small bilingual plan (every dependency type, milestones,
// summaries, holidays) and generated plans of any size for the browser tests and the benchmark.
// Dates come from a tiny forward/backward pass that follows docs/scheduling.md closely enough for
// pictures; the real schedule is the server's.
(function () {
  const DAY_MS = 86400000;
  const dayOf = (iso) => Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / DAY_MS;
  const isoOf = (day) => new Date(day * DAY_MS).toISOString().slice(0, 10);
  const weekday = (day) => (((day + 4) % 7) + 7) % 7;

  /** Working-day ordinals over a fixed range: ord(day) counts working days before `day`. */
  function calendar(first, days, holidays) {
    const off = new Set(holidays.map(dayOf));
    const work = [];
    const ordAt = new Int32Array(days + 1);
    for (let i = 0; i < days; i++) {
      const d = first + i;
      ordAt[i] = work.length;
      if (weekday(d) !== 0 && weekday(d) !== 6 && !off.has(d)) {
        work.push(d);
      }
    }
    ordAt[days] = work.length;
    return { ord: (d) => ordAt[Math.max(0, Math.min(days, d - first))], day: (o) => work[Math.max(0, Math.min(work.length - 1, o))] };
  }

  /** Forward and backward pass in working-time points over tasks given in dependency order. */
  function schedule(defs, projectStart, holidays) {
    const cal = calendar(dayOf(projectStart) - 30, 3000, holidays);
    const p0 = cal.ord(dayOf(projectStart));
    const by = new Map();
    for (const t of defs) {
      if (t.summary) {
        continue;
      }
      const dur = t.milestone ? 0 : t.dur;
      let es = p0;
      for (const [id, type, lag] of t.deps) {
        const p = by.get(id);
        const bound = type === 'FS' ? p.ef + lag : type === 'SS' ? p.es + lag : type === 'FF' ? p.ef + lag - dur : p.es + lag + 1 - dur;
        es = Math.max(es, bound);
      }
      by.set(t.id, { es, ef: es + dur, dur, lf: Infinity });
    }
    const finish = Math.max(...[...by.values()].map((v) => v.ef));
    for (let i = defs.length - 1; i >= 0; i--) {
      const t = defs[i];
      if (t.summary) {
        continue;
      }
      const s = by.get(t.id);
      s.lf = Math.min(s.lf, finish);
      for (const [id, type, lag] of t.deps) {
        const p = by.get(id);
        const ls = s.lf - s.dur;
        const bound = type === 'FS' ? ls - lag : type === 'SS' ? ls - lag + p.dur : type === 'FF' ? s.lf - lag : s.lf - 1 - lag + p.dur;
        p.lf = Math.min(p.lf, bound);
      }
    }
    const shown = (t, s) => {
      if (t.milestone) {
        const d = cal.day(t.deps.length > 0 ? s.es - 1 : s.es);
        return [d, d];
      }
      return [cal.day(s.es), cal.day(s.ef - 1)];
    };
    const out = defs.map((t) => {
      if (t.summary) {
        return null;
      }
      const s = by.get(t.id);
      const [a, b] = shown(t, s);
      const slack = s.lf - s.ef;
      return { t, start: a, end: b, slack };
    });
    // Summaries span their children and take their least slack.
    const children = new Map();
    defs.forEach((t, j) => {
      if (t.parent) {
        children.set(t.parent, [...(children.get(t.parent) ?? []), j]);
      }
    });
    for (let i = defs.length - 1; i >= 0; i--) {
      if (defs[i].summary) {
        const kids = (children.get(defs[i].id) ?? []).map((j) => out[j]);
        out[i] = { t: defs[i], start: Math.min(...kids.map((k) => k.start)), end: Math.max(...kids.map((k) => k.end)), slack: Math.min(...kids.map((k) => k.slack)) };
      }
    }
    return { tasks: out, finish: cal.day(finish - 1) };
  }

  function toData(defs, projectStart, holidays, statusDate, lang) {
    const { tasks, finish } = schedule(defs, projectStart, holidays);
    const depth = new Map();
    const nowhere = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    return {
      uri: 'file:///sample.xproj.yaml',
      project: { start: projectStart, finish: isoOf(finish) },
      statusDate,
      calendar: { workdays: [1, 2, 3, 4, 5], holidays: holidays.map((h) => ({ from: h, to: h })), extraWorkdays: [], dayNames: [] },
      tasks: tasks.map(({ t, start, end, slack }, index) => {
        const d = t.parent ? depth.get(t.parent) + 1 : 0;
        depth.set(t.id, d);
        const overdue = t.status !== 'done' && t.status !== 'cancelled' && isoOf(end) < statusDate;
        const task = { id: t.id, name: lang === 'zh' ? t.zh : t.en, depth: d, wbs: String(index + 1), start: isoOf(start), end: isoOf(end), progress: t.progress ?? 0, status: t.status ?? 'not-started', critical: slack <= 0, milestone: !!t.milestone, summary: !!t.summary, overdue, slack, range: nowhere };
        if (t.parent) {
          task.parent = t.parent;
        }
        if (t.owner) {
          task.owner = t.owner[lang === 'zh' ? 1 : 0];
        }
        if (t.phase) {
          task.phase = t.phase[lang === 'zh' ? 1 : 0];
        }
        return task;
      }),
      dependencies: defs.flatMap((t) => t.deps.map(([from, type, lag]) => ({ from, to: t.id, type, lag }))),
    };
  }

  const LI = ['Li Si', '李四'];
  const WANG = ['Wang Wu', '王五'];
  const ZHAO = ['Zhao Liu', '赵六'];
  const CHEN = ['Chen Qi', '陈七'];
  const ZHOU = ['Zhou Ba', '周八'];
  const SUN = ['Sun Jiu', '孙九'];
  const INIT = ['Initiation', '启动阶段'];
  const REQ = ['Requirements', '需求阶段'];
  const BUILD = ['Development', '开发阶段'];
  const LAUNCH = ['Launch', '上线阶段'];

  function sample(lang) {
    const t = (id, en, zh, more) => ({ id, en, zh, deps: [], ...more });
    const defs = [
      t('kickoff', 'Project kickoff', '召开项目启动会', { phase: INIT, owner: LI, milestone: true, status: 'done', progress: 100 }),
      t('charter', 'Write project charter', '编写项目章程', { phase: INIT, owner: LI, dur: 3, deps: [['kickoff', 'FS', 0]], status: 'done', progress: 100 }),
      t('budget', 'Budget approval', '预算审批', { phase: INIT, owner: ZHAO, dur: 4, deps: [['charter', 'FS', 0]], status: 'done', progress: 100 }),
      t('req', 'Requirements analysis', '需求分析', { phase: REQ, owner: WANG, summary: true }),
      t('interviews', 'Stakeholder interviews', '业务部门访谈', { parent: 'req', phase: REQ, owner: WANG, dur: 5, deps: [['budget', 'FS', 0]], status: 'done', progress: 100 }),
      t('spec', 'Requirements specification', '编写需求规格说明书', { parent: 'req', phase: REQ, owner: WANG, dur: 6, deps: [['interviews', 'FS', 0]], status: 'in-progress', progress: 40 }),
      t('review', 'Requirements signed off', '需求评审通过', { parent: 'req', phase: REQ, owner: LI, milestone: true, deps: [['spec', 'FS', 0]] }),
      t('build', 'Development', '系统开发', { phase: BUILD, owner: CHEN, summary: true }),
      t('design', 'System design', '系统设计', { parent: 'build', phase: BUILD, owner: CHEN, dur: 5, deps: [['review', 'FS', 0]] }),
      t('core', 'Core features', '核心功能开发', { parent: 'build', phase: BUILD, owner: CHEN, dur: 15, deps: [['design', 'FS', 0]] }),
      t('reports', 'Reports', '报表开发', { parent: 'build', phase: BUILD, owner: ZHOU, dur: 8, deps: [['core', 'SS', 3]] }),
      t('migration', 'Data migration', '数据迁移', { parent: 'build', phase: BUILD, owner: ZHOU, dur: 6, deps: [['core', 'FF', 0]], status: 'blocked' }),
      t('manual', 'User manual', '编写用户手册', { parent: 'build', phase: BUILD, owner: SUN, dur: 4, deps: [['core', 'SF', 6]] }),
      t('launch', 'Launch', '上线', { phase: LAUNCH, owner: LI, summary: true }),
      t('uat', 'User acceptance testing', '用户验收测试', { parent: 'launch', phase: LAUNCH, owner: WANG, dur: 5, deps: [['core', 'FS', 0], ['reports', 'FS', 0], ['migration', 'FS', 0]] }),
      t('training', 'User training', '用户培训', { parent: 'launch', phase: LAUNCH, owner: SUN, dur: 3, deps: [['manual', 'FS', 0]] }),
      t('golive', 'Go-live', '正式上线', { parent: 'launch', phase: LAUNCH, owner: LI, milestone: true, deps: [['uat', 'FS', 0], ['training', 'FS', 0]] }),
      t('retro', 'Retrospective', '项目复盘', { parent: 'launch', phase: LAUNCH, owner: LI, dur: 2, deps: [['golive', 'FS', 2]], status: 'cancelled' }),
    ];
    const holidays = ['2026-04-06', '2026-05-01', '2026-05-04', '2026-05-05'];
    return toData(defs, '2026-03-02', holidays, '2026-03-20', lang);
  }

  /** `n` tasks in groups of a summary and nine subtasks chained FS, with some SS/FF/SF links across groups. */
  function generate(n) {
    const defs = [];
    let g = 0;
    const owners = [LI, WANG, ZHAO, CHEN, ZHOU, SUN];
    const phases = [INIT, REQ, BUILD, LAUNCH];
    while (defs.length < n) {
      const phase = phases[Math.floor((g / 40) % 4)];
      const room = n - defs.length;
      const withSummary = room >= 3;
      const sid = `g${g}`;
      if (withSummary) {
        defs.push({ id: sid, en: `Work package ${g}`, zh: `工作包 ${g}`, phase, owner: owners[g % 6], summary: true, deps: [] });
      }
      const kids = withSummary ? Math.min(9, room - 1) : room;
      for (let k = 0; k < kids; k++) {
        const id = `t${g}-${k}`;
        // Waves of 200 groups, each starting two days after the previous one, keep the span near two years.
        const deps = k > 0 ? [[`t${g}-${k - 1}`, 'FS', 0]] : g % 200 > 0 ? [[`t${g - 1}-0`, 'SS', 2]] : [];
        if (k === 4 && g % 200 > 1) {
          deps.push([`t${g - 2}-8`, ['FS', 'FF', 'SF'][g % 3], 0]);
        }
        defs.push({ id, en: `Task ${g}.${k}`, zh: `任务 ${g}.${k}`, parent: withSummary ? sid : undefined, phase, owner: owners[(g + k) % 6], dur: 1 + ((g * 7 + k * 3) % 6), milestone: k === 8, deps, progress: (g * 13 + k * 29) % 101 });
      }
      g++;
    }
    return toData(defs, '2026-03-02', ['2026-04-06', '2026-05-01'], '2026-06-01', 'en');
  }

  /**
   * What a plan with a status date and a baseline adds: every unfinished task that ends on or after
   * the status date is forecast `slip` days later, and the baseline had each task two days earlier
   * (milestones on the same day). `unreliable` adds the server's notice.
   */
  function withTracking(data, { slip = 4, unreliable = false } = {}) {
    const shift = (iso, days) => isoOf(dayOf(iso) + days);
    const tasks = data.tasks.map((t) => {
      const out = { ...t, baselineStart: shift(t.start, t.milestone ? 0 : -2), baselineEnd: shift(t.end, t.milestone ? 0 : -2) };
      if (t.status !== 'done' && t.status !== 'cancelled' && t.end >= data.statusDate) {
        out.forecastStart = shift(t.start, t.start >= data.statusDate ? slip : 0);
        out.forecastEnd = shift(t.end, slip);
      }
      return out;
    });
    const project = { ...data.project, baseline: 'v1.0', baselineFinish: shift(data.project.finish, -2), forecastFinish: shift(data.project.finish, slip) };
    if (unreliable) {
      project.unreliable = { cycles: 1, errors: 2 };
    }
    return { ...data, project, tasks };
  }

  globalThis.xprojSample = { sample, generate, withTracking };
})();
