import { defineMessages } from '../../service/l10n/localize';

/** What imports say about the source: refusals (errors) and what was not carried over (notes). */
export const importMessages = defineMessages(
  {
    doctype: () => 'the XML declares a DOCTYPE; entity declarations are refused (they could expand without bound or read local files)',
    badXml: (detail: string) => `not well-formed XML (${detail})`,
    notMspdi: () => 'not a Microsoft Project XML file (no <Project> element in the http://schemas.microsoft.com/project namespace)',
    unknownType: (extension: string) => `cannot import '${extension}' files; use .xml (MS Project), .csv or .xlsx`,
    noTasks: () => 'no tasks found',
    missingColumns: (columns: string) => `the sheet has no ${columns} column (the first row must name the columns)`,
    badXlsx: (detail: string) => `not a readable .xlsx workbook (${detail})`,
    materialResource: (name: string) => `resource '${name}' is a material or cost resource; only work resources become people`,
    crossProject: (task: string) => `task '${task}': a link to another project`,
    elapsedLag: (task: string, days: number) => `task '${task}': an elapsed-time lag, taken as ${days} working days`,
    roundedLag: (task: string, days: number) => `task '${task}': a lag of part of a day, rounded to ${days}d`,
    roundedDuration: (task: string, days: number) => `task '${task}': a duration of part of a day, rounded to ${days}d`,
    constraint: (task: string, kind: string, date: string) => `task '${task}': constraint '${kind}' on ${date}`,
    deadline: (task: string, date: string) => `task '${task}': deadline ${date}`,
    recurringException: (name: string) => `calendar exception '${name}' recurs in a way XProj does not read; only its first range is taken`,
    makeupDays: (dates: string) => `make-up working days (this version's plans cannot hold them yet): ${dates}`,
    actuals: (task: string) => `task '${task}': actual start and finish dates (this version's plans cannot hold them yet)`,
    unknownPredecessor: (task: string, ref: string) => `task '${task}': dependency on '${ref}', which is not in the file`,
    badValue: (row: number, column: string, value: string) => `row ${row}: '${value}' is not a valid ${column}`,
    selfDependency: (task: string) => `task '${task}': a dependency on itself`,
    extraSheets: (names: string) => `sheets other than the first are not read: ${names}`,
  },
  {
    doctype: () => 'XML 中声明了 DOCTYPE；拒绝实体声明（可能无限展开或读取本地文件）',
    badXml: (detail) => `不是格式正确的 XML（${detail}）`,
    notMspdi: () => '不是 Microsoft Project XML 文件（没有 http://schemas.microsoft.com/project 命名空间中的 <Project> 元素）',
    unknownType: (extension) => `无法导入“${extension}”文件；请使用 .xml（MS Project）、.csv 或 .xlsx`,
    noTasks: () => '没有找到任务',
    missingColumns: (columns) => `表格缺少 ${columns} 列（第一行须为列名）`,
    badXlsx: (detail) => `不是可读取的 .xlsx 工作簿（${detail}）`,
    materialResource: (name) => `资源“${name}”是材料或成本资源；只有工时资源会转为人员`,
    crossProject: (task) => `任务“${task}”：指向其他项目的链接`,
    elapsedLag: (task, days) => `任务“${task}”：按日历时间计的延隔，按 ${days} 个工作日处理`,
    roundedLag: (task, days) => `任务“${task}”：不足一天的延隔，取整为 ${days}d`,
    roundedDuration: (task, days) => `任务“${task}”：不足一天的工期，取整为 ${days}d`,
    constraint: (task, kind, date) => `任务“${task}”：${date} 的“${kind}”限制`,
    deadline: (task, date) => `任务“${task}”：截止日期 ${date}`,
    recurringException: (name) => `日历例外“${name}”的重复方式无法读取，只取第一段日期`,
    makeupDays: (dates) => `调休上班日（此版本的计划格式尚不支持）：${dates}`,
    actuals: (task) => `任务“${task}”：实际开始和完成日期（此版本的计划格式尚不支持）`,
    unknownPredecessor: (task, ref) => `任务“${task}”：依赖的“${ref}”不在文件中`,
    badValue: (row, column, value) => `第 ${row} 行：“${value}”不是有效的${column}`,
    selfDependency: (task) => `任务“${task}”：依赖自身`,
    extraSheets: (names) => `只读取第一个工作表，未读取：${names}`,
  },
);

/** A source the importer refuses as a whole; the message is already in the user's language. */
export class ImportError extends Error {}
