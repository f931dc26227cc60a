import { z } from 'zod';
import { AppError } from '../api/errors.ts';
import { readWorkshopFile, type ImportedWorkshop, type WorkshopFile } from './workshopFile.ts';

/**
 * A whole trajectory as one JSON file: the study day first, then each follow-up, each a complete
 * workshop file. An import restores all of them and links them again (new ids, new codes).
 */
export const TRAJECTORY_FILE_FORMAT = 'visiebord-trajectory';
export const TRAJECTORY_FILE_VERSION = 1;
/** More follow-ups than a school holds in years; guards the import. */
export const MAX_TRAJECTORY_SESSIONS = 50;

export type TrajectoryFile = { format: typeof TRAJECTORY_FILE_FORMAT; version: number; exportedAt: string; sessions: WorkshopFile[] };

export function createTrajectoryFile(sessions: WorkshopFile[], exportedAt: number): TrajectoryFile {
  return { format: TRAJECTORY_FILE_FORMAT, version: TRAJECTORY_FILE_VERSION, exportedAt: new Date(exportedAt).toISOString(), sessions };
}

const fileSchema = z.object({
  format: z.literal(TRAJECTORY_FILE_FORMAT),
  version: z.number().int().min(1),
  sessions: z.array(z.unknown()).min(1).max(MAX_TRAJECTORY_SESSIONS),
});

export const isTrajectoryFile = (input: unknown): boolean =>
  typeof input === 'object' && input !== null && (input as { format?: unknown }).format === TRAJECTORY_FILE_FORMAT;

/** Every session of the file as a document, the study day first; throws like `readWorkshopFile`. */
export function readTrajectoryFile(input: unknown): ImportedWorkshop[] {
  const parsed = fileSchema.safeParse(input);
  if (!parsed.success) throw new AppError('import_invalid');
  if (parsed.data.version > TRAJECTORY_FILE_VERSION) throw new AppError('import_version');
  const read: ImportedWorkshop[] = [];
  try {
    for (const session of parsed.data.sessions) read.push(readWorkshopFile(session));
  } catch (error) {
    for (const done of read) done.doc.destroy();
    throw error;
  }
  return read;
}
