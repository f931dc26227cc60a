import type * as Y from 'yjs';
import {
  buildExportModel,
  createWorkshopFile,
  exportFileName,
  renderMarkdown,
  renderNotesCsv,
  renderPrintHtml,
  type ExportFormat,
  type ExportModel,
} from '@visiebord/shared/export';
import { renderDocx } from './docx.ts';

export type ExportedFile = {
  body: string | Buffer;
  contentType: string;
  fileName: string;
  /** The print view opens in the browser; every other format downloads. */
  attachment: boolean;
};

/** Where the print view's stylesheet is served: the CSP allows styles from this server only. */
export const PRINT_STYLESHEET_PATH = '/export/print.css';

const CONTENT_TYPES: Record<ExportFormat, string> = {
  md: 'text/markdown; charset=utf-8',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  json: 'application/json; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  html: 'text/html; charset=utf-8',
};

async function render(doc: Y.Doc, format: ExportFormat, model: ExportModel, facts: ExportFacts): Promise<string | Buffer> {
  switch (format) {
    case 'json':
      return JSON.stringify(createWorkshopFile(doc, facts), null, 2);
    case 'md':
      return renderMarkdown(model);
    case 'csv':
      return renderNotesCsv(model);
    case 'html':
      return renderPrintHtml(model, { stylesheet: PRINT_STYLESHEET_PATH });
    case 'docx':
      return renderDocx(model);
  }
}

export type ExportFacts = { participants: number; createdAt: number; exportedAt: number };

/** One workshop as one file. `participants` and `createdAt` come from the store, not the document. */
export async function exportWorkshop(doc: Y.Doc, format: ExportFormat, facts: ExportFacts): Promise<ExportedFile> {
  const model = buildExportModel(doc, facts);
  return {
    body: await render(doc, format, model, facts),
    contentType: CONTENT_TYPES[format],
    fileName: exportFileName(model.title, facts.exportedAt, format),
    attachment: format !== 'html',
  };
}
