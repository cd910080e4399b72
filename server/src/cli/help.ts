import { defineMessages } from '../service/l10n/localize';
import type { Locale } from '../service/l10n/localize';
import type { CommandName } from './args';

const help = defineMessages(
  {
    main: () => `Usage: xproj <command> [options]

Checks cross-department project plans written as *.xproj.yaml.

Commands:
  check [FILES or FOLDERS...]   Report the problems of plans (folders are searched recursively)
  schedule FILE                 Print the computed schedule of one plan
  diff [BASE] FILE              Compare a plan with its baseline (a git revision or a plan file)
  report KIND FILE              Write the weekly, funds, risks or closing report of a plan
  report load FILE|FOLDER       Write each person's load per week, over capacity marked
  export FILE --to FORMAT       Write a plan as tjp, mspdi, xlsx, csv, ics, mermaid, svg, png or pdf
  import FILE                   Make a plan from MS Project XML (.xml), .csv or .xlsx
  lsp --stdio                   Run the language server for any LSP client
  help [COMMAND]                Show help for a command

Options:
  -h, --help                    Show help
  -v, --version                 Show the version
  --locale en|zh-cn             Message language (default: from LC_ALL / LANG)

Exit codes: 0 no errors, 1 error-level problems found, 2 bad usage or missing path.
`,
    check: () => `Usage: xproj check [FILES or FOLDERS...] [options]

Checks plans and prints their problems. Without paths, checks the current folder. Folders are
searched recursively for *.xproj.yaml and *.xproj.yml, skipping node_modules and dot-folders.

Options:
  --format text|json|sarif      Output format (default: text)
  --status-date YYYY-MM-DD      The day status checks (overdue, reviews) compare against
  --jobs N                      Plans checked at once, in worker threads (default: by the files'
                                size and the CPUs; large plans in parallel, small ones in one thread)
  --quiet                       Report errors only (warnings are neither listed nor counted)
  --max-warnings N              Exit 1 when there are more than N warnings
  --fix                         First apply the fixes that are safe unattended and write the files back
  --portfolio FOLDER            Also check FOLDER's plans (and any others named) together: a person
                                imported from one organisation file and over capacity across plans
                                gets overallocation in each plan involved
  --max-problems N              Problems listed per file, errors first, then one line that counts
                                the rest (default: 1000, as in the editor; 0 lists them all)
  --locale en|zh-cn             Message language

Exit codes: 0 no error-level problem, 1 at least one, 2 bad usage or a path that does not exist.
`,
    schedule: () => `Usage: xproj schedule FILE [options]

Prints the schedule of one plan: every task's dates, slack and whether it is critical. The
schedule is printed whatever other problems the plan has.

Options:
  --format table|json           Output format (default: table)
  --status-date YYYY-MM-DD      The day the plan's status is taken on
  --level                       Print what a greedy levelling would change instead: the smallest
                                delays, within each task's slack, that end overallocations (nothing
                                is written)
  --locale en|zh-cn             Message language
`,
    diff: () => `Usage: xproj diff [BASE] FILE [options]

Compares a plan with BASE: a git revision of the same file (v1.0, HEAD~1, a commit), read with
git show in the plan's repository, or a path to a plan file. Without BASE, the plan's own
\`baseline\`. Prints how the finish and the milestones moved (the forecast, with a status date),
the critical path's change, tasks added, removed, re-dated and re-owned, the budget's change and
the changes no change request names.

Options:
  --format text|markdown|json   Output format (default: text; markdown for a pull request or a mail)
  --status-date YYYY-MM-DD      Compare the forecast from this day
  --fail-on-slip                Exit 1 when the finish or a milestone is later than in BASE
  --locale en|zh-cn             Message language

Exit codes: 0 compared, 1 slipped (with --fail-on-slip), 2 bad usage or an unreadable BASE.
`,
    report: () => `Usage: xproj report weekly|funds|risks|closing FILE [options]
       xproj report load FILE|FOLDER [options]

Writes a report the rule books ask for, drawn from the plan, its schedule, its forecast and (when
the plan names one) its baseline. People are named, with their ids beside the names.
  weekly    The weekly meeting's material: done last week, due this week, overdue and blocked
            tasks with who they go to next, milestones in the next four weeks, the critical
            path's change, risks due for review, pending change requests, earned value, the agenda
  funds     Fund usage: each item's amount, approval needed and given, spent and remaining;
            totals against the budget; items waiting for approval; by phase and department
  risks     The risk register by score: new and closed since the baseline, reviews overdue, high
            risks without a contingency plan, who owns what
  closing   The closing report: goals and success criteria, deliverables and their acceptance,
            schedule and cost against the baseline, the changes, sections for lessons learned
  load      Each person's load per week (weeks start on Monday), by department: each cell is
            the week's busiest day as load/capacity in FTE, ▲ where a day is over capacity; who
            is over, in which weeks, from which plans and tasks. A FOLDER counts every plan in
            it together (people imported from one organisation file are one person, as
            'check --portfolio' counts them); a FILE counts that plan alone

A plan with problems still gets its report, with a notice of them at its top.

Options:
  --format markdown|html|json   Output format (default: markdown; html is one printable page;
                                load also takes csv: a row per person and week)
  --status-date YYYY-MM-DD      The day the report is made on (default: the plan's status_date)
  -o, --output FILE             Where to write (default: standard output)
  --locale en|zh-cn             Language of the report

Exit codes: 0 written (an empty load report too, with a note), 2 bad usage, an unreadable plan,
a folder without plans or an unwritable output.
`,
    export: () => `Usage: xproj export FILE --to FORMAT [-o OUT] [options]

Writes the plan with the dates XProj computed, so that other tools need not schedule it again.

Formats:
  tjp        TaskJuggler project (tj3 schedules it to the same dates)
  mspdi      Microsoft Project XML (MS Project, ProjectLibre), with its calendar
  xlsx, csv  A row per task; xlsx adds sheets for people, risks and budget; csv is UTF-8 with a BOM
  ics        iCalendar: milestones as all-day events, meetings as recurring events
  mermaid    A Mermaid gantt block with explicit dates
  svg, png, pdf  The Gantt chart as a document (title, status date, legend, task and owner columns)

Options:
  --to FORMAT                   The format (required)
  -o, --output FILE             Where to write (text formats go to standard output without it)
  --from YYYY-MM-DD             Chart only: the first day shown
  --to YYYY-MM-DD               Chart only: the last day shown (also --until)
  --status-date YYYY-MM-DD      The day the plan's status is taken on
  --locale en|zh-cn             Language of headers, labels and messages

PNG and PDF need a CJK font (Noto Sans CJK, WenQuanYi, Source Han Sans...); set XPROJ_FONT to a
.ttf, .otf or .ttc file to choose one.
`,
    import: () => `Usage: xproj import FILE [-o OUT] [options]

Makes a plan from Microsoft Project XML (.xml, as MS Project and ProjectLibre save it), a .csv or
an .xlsx sheet: the WBS, dependencies with their types and lags, people, milestones and the
calendar. What cannot be carried over is listed at the top of the plan and on standard error.
Without -o the plan goes to standard output. Input files may be up to 32 MB.

Options:
  -o, --output FILE             Where to write the plan (*.xproj.yaml)
  --locale en|zh-cn             Language of messages and comments
`,
    lsp: () => `Usage: xproj lsp --stdio

Runs the XProj language server over stdin/stdout (also --node-ipc, --socket=<port>, --pipe=<name>).
`,
  },
  {
    main: () => `用法：xproj <命令> [选项]

检查用 *.xproj.yaml 编写的跨部门项目计划。

命令：
  check [文件或文件夹...]        报告计划中的问题（递归搜索文件夹）
  schedule 文件                 输出一个计划的排期
  diff [基线] 文件              将计划与基线（git 版本或计划文件）对比
  report 类型 文件              生成计划的周报、资金、风险或总结报告
  report load 文件|文件夹        生成每人每周的负荷，标出超出产能之处
  export 文件 --to 格式          将计划导出为 tjp、mspdi、xlsx、csv、ics、mermaid、svg、png 或 pdf
  import 文件                   由 MS Project XML（.xml）、.csv 或 .xlsx 生成计划
  lsp --stdio                   为任意 LSP 客户端运行语言服务器
  help [命令]                   显示命令的帮助

选项：
  -h, --help                    显示帮助
  -v, --version                 显示版本
  --locale en|zh-cn             消息语言（默认取自 LC_ALL / LANG）

退出码：0 没有错误，1 存在错误级问题，2 用法错误或路径不存在。
`,
    check: () => `用法：xproj check [文件或文件夹...] [选项]

检查计划并输出问题。未给路径时检查当前文件夹。递归搜索文件夹中的 *.xproj.yaml 和
*.xproj.yml，跳过 node_modules 和以点开头的文件夹。

选项：
  --format text|json|sarif      输出格式（默认 text）
  --status-date YYYY-MM-DD      状态检查（逾期、风险复查）所对照的日期
  --jobs N                      同时检查的计划数（工作线程）；默认按文件大小和 CPU 数决定：
                                大计划并行检查，小计划在单线程中检查
  --quiet                       只报告错误（警告不列出也不计数）
  --max-warnings N              警告超过 N 个时以 1 退出
  --fix                         先应用可安全自动完成的修复，并写回文件
  --portfolio 文件夹            将该文件夹中的计划（及其他列出的计划）一并检查：从同一组织文件导入、
                                跨计划超出产能的人员，在涉及的每个计划中报告 overallocation
  --max-problems N              每个文件最多列出的问题数，错误优先，其余合并为一条计数
                                （默认 1000，与编辑器一致；0 表示列出全部）
  --locale en|zh-cn             消息语言

退出码：0 没有错误级问题，1 至少有一个，2 用法错误或路径不存在。
`,
    schedule: () => `用法：xproj schedule 文件 [选项]

输出一个计划的排期：每个任务的日期、浮动时间以及是否在关键路径上。无论计划有无其他问题都会输出排期。

选项：
  --format table|json           输出格式（默认 table）
  --status-date YYYY-MM-DD      计划状态所对照的日期
  --level                       改为输出贪心资源平衡将做的调整：在各任务浮动时间内消除超负荷的
                                最小推迟（不写入任何文件）
  --locale en|zh-cn             消息语言
`,
    diff: () => `用法：xproj diff [基线] 文件 [选项]

将计划与基线对比：基线可以是同一文件的 git 版本（v1.0、HEAD~1 或某次提交，在计划所在仓库中
用 git show 读取），也可以是另一个计划文件的路径。未给基线时使用计划自己的 \`baseline\`。
输出完成日期和里程碑的变化（有状态日期时按预测）、关键路径的变化、新增、删除、改期和更换
负责人的任务、预算变化，以及没有变更申请的改动。

选项：
  --format text|markdown|json   输出格式（默认 text；markdown 适合拉取请求或邮件）
  --status-date YYYY-MM-DD      按此日期的预测对比
  --fail-on-slip                完成日期或里程碑晚于基线时以 1 退出
  --locale en|zh-cn             消息语言

退出码：0 已对比，1 有延误（使用 --fail-on-slip 时），2 用法错误或无法读取基线。
`,
    report: () => `用法：xproj report weekly|funds|risks|closing 文件 [选项]
      xproj report load 文件|文件夹 [选项]

根据计划、排期、预测以及（计划指定时的）基线生成规章要求的报告。人员按姓名列出，并附 ID。
  weekly    周例会材料：上周完成、本周到期、逾期与阻塞任务及其下一步升级对象、未来四周的
            里程碑、关键路径变化、待复查风险、待决策变更、挣值分析、例会议程
  funds     项目资金使用报告：各预算项的金额、所需与已有审批、已支出和剩余；与预算总额对比；
            待审批预算项；按阶段和部门汇总
  risks     风险登记册：按分值排序，自基线以来新增和关闭的风险、复查超期、缺少应急预案的
            高风险、风险责任人
  closing   项目总结报告：目标与成功标准、交付物及验收、进度和成本与基线对比、变更记录，
            以及经验教训和改进建议的填写栏
  load      人员周负荷（每周从周一开始），按部门列出：每格为该周负荷最高一天的“负荷/产能”
            （FTE），超出产能处标 ▲；列出谁在哪几周超出产能、来自哪些计划和任务。文件夹：
            其中所有计划合并统计（从同一组织文件导入的人员视为同一人，与“check --portfolio”
            一致）；文件：只统计该计划

计划有问题时仍生成报告，并在开头说明。

选项：
  --format markdown|html|json   输出格式（默认 markdown；html 为可打印的单页；load 还可用
                                csv：每人每周一行）
  --status-date YYYY-MM-DD      报告所依据的日期（默认取计划的 status_date）
  -o, --output 文件              输出到文件（默认输出到标准输出）
  --locale en|zh-cn             报告语言

退出码：0 已生成（负荷报告为空时也是，并附说明），2 用法错误、无法读取计划、文件夹中没有
计划或无法写入输出文件。
`,
    export: () => `用法：xproj export 文件 --to 格式 [-o 输出文件] [选项]

按 XProj 计算出的日期导出计划，其他工具无需重新排期。

格式：
  tjp        TaskJuggler 项目（tj3 排出的日期与 XProj 相同）
  mspdi      Microsoft Project XML（MS Project、ProjectLibre），含日历
  xlsx、csv  每个任务一行；xlsx 另含人员、风险和预算工作表；csv 为带 BOM 的 UTF-8
  ics        iCalendar：里程碑为全天事件，例会为重复事件
  mermaid    日期明确的 Mermaid gantt 代码块
  svg、png、pdf  甘特图文档（标题、状态日期、图例、任务列和负责人列）

选项：
  --to 格式                     导出格式（必填）
  -o, --output 文件             输出文件（文本格式不指定时输出到标准输出）
  --from YYYY-MM-DD             仅图表：显示的第一天
  --to YYYY-MM-DD               仅图表：显示的最后一天（也可写 --until）
  --status-date YYYY-MM-DD      计划状态所对照的日期
  --locale en|zh-cn             表头、标签和消息的语言

PNG 和 PDF 需要中日韩字体（Noto Sans CJK、文泉驿、思源黑体等）；可用环境变量 XPROJ_FONT
指定 .ttf、.otf 或 .ttc 字体文件。
`,
    import: () => `用法：xproj import 文件 [-o 输出文件] [选项]

由 Microsoft Project XML（.xml，MS Project 和 ProjectLibre 保存的格式）、.csv 或 .xlsx 表格生成计划：
WBS、依赖关系（含类型和延隔）、人员、里程碑和日历。无法转换的内容列在计划开头并输出到标准错误。
不指定 -o 时计划输出到标准输出。输入文件最大 32 MB。

选项：
  -o, --output 文件             计划的输出文件（*.xproj.yaml）
  --locale en|zh-cn             消息和注释的语言
`,
    lsp: () => `用法：xproj lsp --stdio

通过标准输入输出运行 XProj 语言服务器（也支持 --node-ipc、--socket=<端口>、--pipe=<名称>）。
`,
  },
);

export function helpText(topic: CommandName | undefined, locale: Locale): string {
  return help[locale][topic === undefined || topic === 'help' ? 'main' : topic]();
}
