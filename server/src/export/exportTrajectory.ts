import { readLanguage, readMeta } from '@visiebord/shared/doc';
import { buildExportModel, createTrajectoryFile, createWorkshopFile, exportFileName, exportWords } from '@visiebord/shared/export';
import type { TrajectorySessionRef } from '../workshops/trajectory.ts';
import { trajectoryOf } from '../workshops/trajectory.ts';
import type { ExportedFile } from './exportFile.ts';
import { renderTrajectoryDocx } from './trajectoryDocx.ts';

/** A trajectory as one file, every session in it; participants are counted by the store. */
export async function exportTrajectory(
  sessions: readonly TrajectorySessionRef[],
  format: 'docx' | 'json',
  exportedAt: number,
): Promise<ExportedFile> {
  const facts = sessions.map(({ record, participants }) => ({ participants, createdAt: record.createdAt, exportedAt }));
  const first = sessions[0]?.doc;
  // Named in the study day's language, as its Word file speaks it: "visiebord-traject-…" or "visiebord-trajectory-…".
  const words = exportWords(first ? readLanguage(first) : 'nl').trajectory;
  const title = first ? readMeta(first).title : words.fileWord;
  const fileName = exportFileName(`${words.fileWord} ${title}`, exportedAt, format);
  if (format === 'json') {
    const file = createTrajectoryFile(sessions.map(({ doc }, i) => createWorkshopFile(doc, facts[i]!)), exportedAt);
    return { body: JSON.stringify(file, null, 2), contentType: 'application/json; charset=utf-8', fileName, attachment: true };
  }
  const models = sessions.map(({ doc }, i) => ({ model: buildExportModel(doc, facts[i]!) }));
  return {
    body: await renderTrajectoryDocx(trajectoryOf(sessions), models, title),
    contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    fileName,
    attachment: true,
  };
}
