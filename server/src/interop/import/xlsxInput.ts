import ExcelJS from 'exceljs';
import type { Locale } from '../../service/l10n/localize';
import { ImportError, importMessages } from './importMessages';
import { CALENDAR_SHEET } from '../taskColumns';
import type { TableCell } from './tableImport';

/** The most an .xlsx may unpack to: a spreadsheet of a few hundred thousand rows, far short of a zip bomb. */
export const MAX_XLSX_UNPACKED_BYTES = 256 * 1024 * 1024;

/**
 * The uncompressed size a zip declares, from its central directory, so that a small file that
 * would unpack to gigabytes is refused before anything is inflated.
 */
export function unpackedSize(bytes: Uint8Array): number | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end-of-central-directory record: at least 22 bytes from the end, up to a 64 KB comment.
  for (let p = bytes.length - 22; p >= Math.max(0, bytes.length - 22 - 65535); p--) {
    if (view.getUint32(p, true) !== 0x06054b50) {
      continue;
    }
    const count = view.getUint16(p + 10, true);
    let q = view.getUint32(p + 16, true);
    let total = 0;
    for (let i = 0; i < count; i++) {
      if (q + 46 > bytes.length || view.getUint32(q, true) !== 0x02014b50) {
        return undefined;
      }
      total += view.getUint32(q + 24, true);
      q += 46 + view.getUint16(q + 28, true) + view.getUint16(q + 30, true) + view.getUint16(q + 32, true);
    }
    return total;
  }
  return undefined;
}

function cellOf(value: ExcelJS.CellValue): TableCell {
  if (value === null || value === undefined || typeof value !== 'object' || value instanceof Date) {
    return value as TableCell;
  }
  if ('richText' in value) {
    return value.richText.map((r) => r.text).join('');
  }
  if ('result' in value) {
    return cellOf(value.result as ExcelJS.CellValue);
  }
  if ('text' in value) {
    return String(value.text);
  }
  return null;
}

function rowsOf(sheet: ExcelJS.Worksheet): TableCell[][] {
  const rows: TableCell[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, n) => {
    const cells: TableCell[] = [];
    row.eachCell({ includeEmpty: true }, (cell, c) => {
      cells[c - 1] = cellOf(cell.value);
    });
    rows[n - 1] = cells;
  });
  return Array.from(rows, (r) => r ?? []);
}

/** The first worksheet's rows as plain cells, the calendar sheet's if there is one, and the names of the sheets not read. */
export async function readXlsx(
  bytes: Uint8Array,
  locale: Locale,
): Promise<{ rows: TableCell[][]; calendar?: TableCell[][]; otherSheets: string[]; title?: string }> {
  const msg = importMessages[locale];
  const size = unpackedSize(bytes);
  if (size === undefined) {
    throw new ImportError(msg.badXlsx('no zip directory'));
  }
  if (size > MAX_XLSX_UNPACKED_BYTES) {
    throw new ImportError(msg.badXlsx(`it would unpack to ${Math.round(size / 1048576)} MB, more than ${MAX_XLSX_UNPACKED_BYTES / 1048576} MB`));
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as never);
  } catch (e) {
    throw new ImportError(msg.badXlsx(e instanceof Error ? e.message : String(e)));
  }
  const [first, ...others] = workbook.worksheets;
  if (!first) {
    throw new ImportError(msg.noTasks());
  }
  const calendar = others.find((s) => Object.values(CALENDAR_SHEET).some((c) => c.name === s.name));
  return {
    title: workbook.title || undefined,
    rows: rowsOf(first),
    calendar: calendar ? rowsOf(calendar) : undefined,
    otherSheets: others.filter((s) => s !== calendar).map((s) => s.name),
  };
}
