import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readNotes } from '@visiebord/shared/doc';
import { api, createWorkshop, eventually, goToStep, joinWorkshop, startServer } from './helpers.ts';
import { spawnServer } from './process.ts';
import { connectDoc } from './sockets.ts';
import type { WorkshopResponse } from '@visiebord/shared/api';

type Workshop = WorkshopResponse;

const kills: Array<() => void> = [];
afterEach(() => {
  for (const kill of kills.splice(0)) kill();
});

describe('durability', () => {
  it('keeps every acknowledged note through kill -9, and applies retries once', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'visiebord-kill-'));
    const first = await spawnServer(dataDir, { COMPACT_EVERY: '15' });
    kills.push(() => first.child.kill('SIGKILL'));
    const w = await createWorkshop(first.url);
    await goToStep(first.url, w, 'gedeelde-visie');
    const phones = await Promise.all([1, 2, 3, 4, 5, 6].map((i) => joinWorkshop(first.url, w.joinCode, `Collega ${i}`)));

    // Phones post as fast as they can; the server is killed while intents are in flight.
    const acknowledged = new Map<string, string>();
    const sent: Array<{ token: string; intent: Record<string, string> }> = [];
    let stop = false;
    const posting = phones.map(async (phone, p) => {
      for (let i = 0; !stop && i < 200; i++) {
        const intent = { id: randomUUID(), type: 'note.add', canvasId: 'wedstrijd', text: `notitie ${p}-${i}` };
        sent.push({ token: phone.participantToken, intent });
        try {
          const r = await api<{ noteId?: string }>(first.url, `/api/workshops/${w.id}/intents`, { body: intent, token: phone.participantToken });
          if (r.status === 200 && r.body.noteId) acknowledged.set(r.body.noteId, intent.text);
        } catch {
          return; // the server is gone
        }
      }
    });
    await eventually(() => expect(acknowledged.size).toBeGreaterThan(40), 10_000);
    first.child.kill('SIGKILL');
    stop = true;
    await Promise.all(posting);
    await first.exited;

    const second = await spawnServer(dataDir, {}, first.port);
    kills.push(() => second.child.kill('SIGKILL'));
    const read = async () =>
      (await api<Workshop>(second.url, `/api/workshops/${w.id}`, { token: w.facilitatorKey })).body.canvases.find((c) => c.id === 'wedstrijd')!.notes;
    const afterRestart = await read();
    const byId = new Map(afterRestart.map((n) => [n.id, n.text]));
    for (const [noteId, text] of acknowledged) expect(byId.get(noteId)).toBe(text);

    // The phones' outboxes resend everything; what was stored is not stored twice.
    for (const { token, intent } of sent) {
      const r = await api(second.url, `/api/workshops/${w.id}/intents`, { body: intent, token });
      expect(r.status).toBe(200);
    }
    const texts = (await read()).map((n) => n.text);
    expect(texts).toHaveLength(sent.length);
    expect(new Set(texts).size).toBe(sent.length);

    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);

    const keys = [w.facilitatorKey, w.beamerKey, ...phones.map((p) => p.participantToken)];
    for (const output of [first.output(), second.output()]) for (const key of keys) expect(output).not.toContain(key);
  }, 60_000);

  it('unloads an idle workshop after compacting it, and loads it again intact', async () => {
    const server = await startServer({ idleUnloadSeconds: 0.2, compactEvery: 1000 });
    try {
      const w = await createWorkshop(server.url);
      await goToStep(server.url, w, 'gedeelde-visie');
      const facilitator = connectDoc(server.wsUrl, w.id, w.facilitatorKey);
      await facilitator.synced;
      const phone = await joinWorkshop(server.url, w.joinCode);
      await api(server.url, `/api/workshops/${w.id}/intents`, {
        body: { id: randomUUID(), type: 'note.add', canvasId: 'wedstrijd', text: 'blijft bewaard' },
        token: phone.participantToken,
      });
      await eventually(() => expect(readNotes(facilitator.doc, 'wedstrijd')).toHaveLength(1));
      expect(server.app.rooms.isLoaded(w.id)).toBe(true);
      facilitator.close();
      await eventually(() => expect(server.app.rooms.isLoaded(w.id)).toBe(false), 3_000);
      const stored = await server.app.store.loadDoc(w.id);
      expect(stored.snapshot).not.toBeNull();
      expect(stored.updates).toEqual([]);
      const again = connectDoc(server.wsUrl, w.id, w.beamerKey);
      await again.synced;
      expect(readNotes(again.doc, 'wedstrijd').map((n) => n.text)).toEqual(['blijft bewaard']);
      again.close();
    } finally {
      await server.close();
    }
  });
});
