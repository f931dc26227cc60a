import type { FastifyInstance } from 'fastify';
import { AppError, type CreateWorkshopResponse } from '@visiebord/shared/api';
import { EXPORT_FORMATS, isExportFormat, isTrajectoryFile, readTrajectoryFile, readWorkshopFile } from '@visiebord/shared/export';
import { importTrajectory } from '../workshops/importTrajectory.ts';
import { requireWorkshopKey } from '../auth/requireAccess.ts';
import { exportWorkshop, PRINT_STYLESHEET_PATH } from '../export/exportFile.ts';
import { PRINT_STYLESHEET } from '../export/printStylesheet.ts';
import { importWorkshop } from '../workshops/createWorkshop.ts';
import { publicBaseUrl, workshopUrls } from './publicUrl.ts';

/** A workshop with a few thousand notes is a few MB as JSON; this leaves room and stops abuse. */
export const IMPORT_BODY_LIMIT = 20 * 1024 * 1024;


/** Export (Word, Markdown, CSV, JSON, the print view) and import of a whole workshop. */
export async function exportRoutes(app: FastifyInstance) {
  const retentionMs = app.config.retentionDays * 24 * 60 * 60 * 1000;

  app.get<{ Params: { id: string }; Querystring: { format?: string } }>('/api/workshops/:id/export', async (request, reply) => {
    const record = await requireWorkshopKey(app, request, request.params.id, ['facilitator']);
    const format = request.query.format ?? 'docx';
    if (!isExportFormat(format)) {
      throw new AppError('export_format', `Het exportformaat "${format.slice(0, 20)}" kent Visiebord niet. Kies ${EXPORT_FORMATS.join(', ')}.`);
    }
    const room = await app.rooms.get(record.id);
    if (!room) throw new AppError('workshop_not_found');
    const file = await exportWorkshop(room.doc, format, {
      participants: await app.store.countParticipants(record.id),
      createdAt: record.createdAt,
      exportedAt: Date.now(),
    });
    return reply
      .header('Content-Type', file.contentType)
      .header('Content-Disposition', `${file.attachment ? 'attachment' : 'inline'}; filename="${file.fileName}"`)
      // An export holds what a room said: no cache along the way keeps a copy.
      .header('Cache-Control', 'no-store')
      .send(file.body);
  });

  app.post('/api/workshops/import', { bodyLimit: IMPORT_BODY_LIMIT }, async (request, reply): Promise<CreateWorkshopResponse> => {
    if (isTrajectoryFile(request.body)) {
      const sessions = readTrajectoryFile(request.body);
      try {
        const created = await importTrajectory(app.store, app.rooms, sessions, { now: Date.now(), retentionMs });
        reply.status(201);
        return { ...created, urls: workshopUrls(publicBaseUrl(app, request), created) };
      } finally {
        for (const session of sessions) session.doc.destroy();
      }
    }
    const imported = readWorkshopFile(request.body);
    try {
      const created = await importWorkshop(app.store, imported, { now: Date.now(), retentionMs });
      reply.status(201);
      return { ...created, urls: workshopUrls(publicBaseUrl(app, request), created) };
    } finally {
      imported.doc.destroy();
    }
  });

  app.get(PRINT_STYLESHEET_PATH, async (_request, reply) =>
    reply.header('Content-Type', 'text/css; charset=utf-8').header('Cache-Control', 'public, max-age=3600').send(PRINT_STYLESHEET),
  );
}
