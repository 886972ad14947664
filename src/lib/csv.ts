/**
 * CSV for the downloads, written with papaparse so quoting, commas, quotes and line breaks inside
 * cells are handled by a well-kept library. A UTF-8 byte order mark leads the file so that Excel,
 * the auditors' usual tool, reads the Chinese text correctly; papaparse strips it when parsing.
 */
import Papa from 'papaparse';

export const CSV_BOM = '\ufeff';
const CSV_CONTENT_TYPE = 'text/csv; charset=utf-8';

/**
 * A cell a spreadsheet would run as a formula: `=`, `+`, `-`, `@`, a tab or a line break first,
 * whatever follows. papaparse's own guard (`escapeFormulae: FORMULA_START`) is `^[=+\-@\t\r].*$`, whose `.`
 * stops at a line break, so a multi-line cell such as checklist evidence joined with `\n` slipped
 * through; this pattern looks at the first character only.
 */
const FORMULA_START = /^[=+\-@\t\r\n]/;

/**
 * Rows (the first being the header) to CSV text with CRLF line ends (RFC 4180). A cell that a
 * spreadsheet would run as a formula is prefixed with `'`.
 */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return CSV_BOM + Papa.unparse(rows as string[][], { newline: '\r\n', quotes: false, escapeFormulae: FORMULA_START });
}

/** CSV text back to rows, for tests and for anyone checking a download. */
export function parseCsv(text: string): string[][] {
  const result = Papa.parse<string[]>(text, { delimiter: ',', skipEmptyLines: true });
  if (result.errors.length > 0)
    throw new Error(`invalid CSV: ${result.errors.map((e) => `row ${e.row}: ${e.message}`).join('; ')}`);
  return result.data;
}

/** An HTTP response for an Astro endpoint that downloads as `filename`. */
export function csvResponse(rows: readonly (readonly string[])[], filename: string): Response {
  return new Response(toCsv(rows), {
    headers: { 'Content-Type': CSV_CONTENT_TYPE, 'Content-Disposition': `attachment; filename="${filename}"` },
  });
}
