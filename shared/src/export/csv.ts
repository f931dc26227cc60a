import { exportWords } from './exportWords.ts';
import { formatDateTime } from './format.ts';
import type { ExportModel } from './types.ts';

/** Excel reads a CSV as UTF-8 (and shows "één" instead of "Ã©Ã©n") only when it starts with this. */
export const UTF8_BOM = '\uFEFF';

/**
 * A spreadsheet program runs a cell that starts with = + - @ (or a tab or CR before one) as a
 * formula: a note "=HYPERLINK(…)" would turn the school's spreadsheet against its reader. Such a
 * cell gets a leading apostrophe, which spreadsheets show as plain text (OWASP's advice).
 */
export function neutraliseFormula(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

/** RFC 4180: a cell with a comma, quote or line break is quoted, and its quotes doubled. */
export function quoteCell(cell: string): string {
  return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

export function csvRow(cells: ReadonlyArray<string | number>): string {
  return cells.map((c) => (typeof c === 'number' ? String(c) : quoteCell(neutraliseFormula(c)))).join(',');
}

/**
 * Every note as one row: question, group, text, dots, time, and a name only if the participant
 * gave one, under a header in the workshop's language. CRLF line ends, as RFC 4180 and Excel
 * expect; moderated notes are not in the model.
 */
export function renderNotesCsv(model: ExportModel): string {
  const rows = [
    csvRow(exportWords(model.language).csvHeader),
    ...model.notes.map((n) => csvRow([n.canvasTitle, n.clusterLabel, n.text, n.votes, formatDateTime(n.createdAt), n.authorName])),
  ];
  return `${UTF8_BOM}${rows.join('\r\n')}\r\n`;
}
