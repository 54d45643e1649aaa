import { PDFDocument } from 'pdf-lib';
import { cjkFontBytes } from '../certificates/cjk-font';
import { upstreamFontkit } from '../certificates/fontkit-adapter';
import { CONTENT_LEFT, GREY, PdfLayout, type Cell } from '../certificates/pdf-layout';
import { workbookOf, type SheetColumn } from '../roster/spreadsheet';

/** A column of a report: in the .xlsx always, in the PDF when `pdfWidth` (points, about 475 in all) is more than 0. */
export interface ReportColumn<Row> extends SheetColumn<Row> {
  pdfWidth: number;
  /** A shorter header where the PDF's column is too narrow for the sheet's. */
  pdfHeader?: string;
}

export interface ReportTable<Row> {
  /** The sheet's name and the PDF's document title. */
  sheetName: string;
  /** The PDF's heading in Chinese, then a grey line in English. */
  title: string;
  subtitle: string;
  /** Lines printed under the heading (community, month, weights…). */
  lines: readonly string[];
  columns: ReadonlyArray<ReportColumn<Row>>;
  rows: readonly Row[];
  /** The total line, after a rule, its first printed cell 合计; left out when the report has none. */
  total?: Row;
}

/** The report as one .xlsx sheet: Chinese headers, the rows, then the total line. */
export function reportXlsx<Row>(table: ReportTable<Row>): Promise<Buffer> {
  return workbookOf(table.sheetName, table.columns, table.total ? [...table.rows, table.total] : table.rows);
}

/** The report as an A4 PDF in the certificate's CJK font (a subset), page numbers at the foot. */
export async function reportPdf<Row>(table: ReportTable<Row>): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(upstreamFontkit);
  const font = await doc.embedFont(await cjkFontBytes(), { subset: true });
  doc.setTitle(table.sheetName);
  doc.setCreator('时积 Shiji');
  doc.setLanguage('zh-CN');
  const layout = new PdfLayout(doc, font);
  layout.centred(table.title, { size: 20 });
  layout.centred(table.subtitle, { size: 11, color: GREY });
  layout.space(12);
  for (const line of table.lines) layout.paragraph(line, { size: 12 });
  layout.space(8);
  const printed = table.columns.filter((column) => column.pdfWidth > 0);
  const cells = (values: ReadonlyArray<string | number | null>): Cell[] => {
    let x = CONTENT_LEFT;
    return printed.map((column, index) => {
      const cell: Cell = { text: String(values[index] ?? ''), x, width: column.pdfWidth - 4, align: index === 0 ? 'left' : 'right' };
      x += column.pdfWidth;
      return cell;
    });
  };
  const head = () => layout.row(cells(printed.map((column) => column.pdfHeader ?? column.header)), { size: 8, color: GREY });
  head();
  layout.rule();
  for (const row of table.rows) layout.row(cells(printed.map((column) => column.value(row))), { size: 9 }, head);
  if (table.total) {
    layout.rule();
    const total = table.total;
    layout.row(cells(printed.map((column, index) => (index === 0 ? '合计' : column.value(total)))), { size: 9 }, head);
  }
  layout.footers((page, pages) => `第 ${page} 页，共 ${pages} 页`, { size: 8 });
  return doc.save();
}
