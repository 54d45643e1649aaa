import ExcelJS from 'exceljs';

/**
 * Text a spreadsheet would take for a formula (=, +, -, @, or a tab or
 * carriage return before one) gets a leading apostrophe, so a name like
 * "=HYPERLINK(…)" typed into a form stays text in whoever opens the export
 * (CSV injection, OWASP). Numbers stay numbers.
 */
export function neutralised(value: string | number | null): string | number | null {
  if (typeof value !== 'string') return value;
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export interface SheetColumn<Row> {
  header: string;
  width: number;
  value(row: Row): string | number | null;
}

/** One sheet, Chinese headers in bold on a frozen first row, every text cell neutralised. */
export async function workbookOf<Row>(sheetName: string, columns: readonly SheetColumn<Row>[], rows: readonly Row[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '时积 Shiji';
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((column) => ({ header: column.header, width: column.width }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) sheet.addRow(columns.map((column) => neutralised(column.value(row))));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** `attachment` with an ASCII fallback name and the UTF-8 name (RFC 6266 / 5987). */
export function attachment(asciiName: string, name: string): string {
  return `attachment; filename="${asciiName}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}
