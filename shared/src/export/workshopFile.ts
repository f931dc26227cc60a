import * as Y from 'yjs';
import { z } from 'zod';
import { AppError } from '../api/errors.ts';
import { readMeta, readScript, readWorkshop, SCHEMA_VERSION, setSpotlight, setTimer } from '../doc/index.ts';
import { base64ToBytes, bytesToBase64 } from './base64.ts';
import { buildExportModel, type ExportModelOptions } from './model.ts';
import type { ExportModel } from './types.ts';

/**
 * The JSON file: the complete workshop, to continue next year, move to another server, or keep
 * before deletion. Two halves: `workshop`, the export model (moderated notes included and marked)
 * for people and other tools to read; and `doc`, the Yjs document state, which is what an import
 * restores — positions, answers, the script, the draft vision, everything the model leaves out.
 */
export const WORKSHOP_FILE_FORMAT = 'visiebord-workshop';
/** Bumped when a file of this version can no longer be read the same way. */
export const WORKSHOP_FILE_VERSION = 1;

export type WorkshopFile = {
  format: typeof WORKSHOP_FILE_FORMAT;
  version: number;
  exportedAt: string;
  workshop: ExportModel;
  /** Base64 of `Y.encodeStateAsUpdate(doc)`. */
  doc: string;
};

export function createWorkshopFile(doc: Y.Doc, options: Omit<ExportModelOptions, 'includeModerated'>): WorkshopFile {
  return {
    format: WORKSHOP_FILE_FORMAT,
    version: WORKSHOP_FILE_VERSION,
    exportedAt: new Date(options.exportedAt).toISOString(),
    workshop: buildExportModel(doc, { ...options, includeModerated: true }),
    doc: bytesToBase64(Y.encodeStateAsUpdate(doc)),
  };
}

/** The most people one workshop is built for, with room to spare; guards the placeholder count. */
export const MAX_IMPORTED_PARTICIPANTS = 10_000;

const fileSchema = z.object({
  format: z.literal(WORKSHOP_FILE_FORMAT),
  version: z.number().int().min(1),
  workshop: z.object({ participants: z.number().int().min(0).max(MAX_IMPORTED_PARTICIPANTS).optional() }).optional(),
  doc: z.string().min(1),
});

export type ImportedWorkshop = { doc: Y.Doc; participants: number };

/**
 * Reads an uploaded JSON file back into a document, or throws `import_invalid` /
 * `import_version` with a Dutch message. The file comes from outside: the state is applied to a
 * fresh document inside try/catch, and the result must read as a whole workshop.
 */
export function readWorkshopFile(input: unknown): ImportedWorkshop {
  const parsed = fileSchema.safeParse(input);
  if (!parsed.success) throw new AppError('import_invalid');
  if (parsed.data.version > WORKSHOP_FILE_VERSION) throw new AppError('import_version');

  const doc = new Y.Doc();
  try {
    Y.applyUpdate(doc, base64ToBytes(parsed.data.doc));
  } catch {
    doc.destroy();
    throw new AppError('import_invalid');
  }
  const problem = documentProblem(doc);
  if (problem) {
    doc.destroy();
    throw new AppError(problem === 'version' ? 'import_version' : 'import_invalid', problem === 'version' ? undefined : `${damaged} (${problem})`);
  }
  // Last year's running timer and spotlight mean nothing in the new workshop.
  setTimer(doc, null);
  setSpotlight(doc, null);
  return { doc, participants: parsed.data.workshop?.participants ?? 0 };
}

const damaged = 'Dit bestand is geen Visiebord-export of het is beschadigd';

function documentProblem(doc: Y.Doc): string | 'version' | null {
  // An update whose parts refer to history it does not contain leaves them pending: incomplete.
  if (doc.store.pendingStructs !== null || doc.store.pendingDs !== null) return 'onvolledig';
  const meta = readMeta(doc);
  if (meta.schemaVersion > SCHEMA_VERSION) return 'version';
  if (meta.schemaVersion < 1) return 'geen workshop';
  if (!readScript(doc)) return 'het workshopscript ontbreekt of klopt niet';
  try {
    readWorkshop(doc);
  } catch {
    return 'onleesbaar';
  }
  return null;
}
