import WebSocket from 'ws';
import * as Y from 'yjs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addNote, readCanvas, readFlow, readNotes, readWorkshop, setCanvasLocked, setCurrentStep, setNoteHidden } from '@visiebord/shared/doc';
import { CLOSE, findPresence } from '@visiebord/shared/protocol';
import { api, createWorkshop, eventually, goToStep, joinWorkshop, postIntent, startServer, type TestServer } from './helpers.ts';
import { connectDoc, connectPhone } from './sockets.ts';

let server: TestServer;
const cleanups: Array<() => void> = [];
beforeEach(async () => {
  server = await startServer();
});
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) cleanup();
  await server.close();
});

function track<T extends { close: () => void }>(client: T): T {
  cleanups.push(() => client.close());
  return client;
}

describe('facilitator and beamer sync (y-websocket)', () => {
  it("brings a facilitator's edit to the other facilitator and the beamer", async () => {
    const w = await createWorkshop(server.url);
    const one = track(connectDoc(server.wsUrl, w.id, w.facilitatorKey));
    const two = track(connectDoc(server.wsUrl, w.id, w.facilitatorKey));
    const beamer = track(connectDoc(server.wsUrl, w.id, w.beamerKey));
    await Promise.all([one.synced, two.synced, beamer.synced]);
    expect(readWorkshop(beamer.doc).title).toBe('Een gedeelde doorleefde visie — kennismaking');

    setCurrentStep(one.doc, 'gedeelde-visie', Date.now());
    await eventually(() => {
      expect(readFlow(two.doc).currentStepId).toBe('gedeelde-visie');
      expect(readFlow(beamer.doc).currentStepId).toBe('gedeelde-visie');
    });
    const stored = await api<{ currentStepId: string }>(server.url, `/api/workshops/${w.id}`, { token: w.facilitatorKey });
    expect(stored.body.currentStepId).toBe('gedeelde-visie');
  });

  it('shows notes posted by phones on the beamer in realtime', async () => {
    const w = await createWorkshop(server.url);
    const beamer = track(connectDoc(server.wsUrl, w.id, w.beamerKey));
    await beamer.synced;
    await goToStep(server.url, w, 'gedeelde-visie');
    const phone = await joinWorkshop(server.url, w.joinCode);
    await postIntent(server.url, w.id, phone.participantToken, { type: 'note.add', canvasId: 'trainen', text: 'Feedback geven' });
    await eventually(() => expect(readNotes(beamer.doc, 'trainen').map((n) => n.text)).toEqual(['Feedback geven']));
  });

  it("drops a beamer's document updates but answers its sync", async () => {
    const w = await createWorkshop(server.url);
    const beamer = track(connectDoc(server.wsUrl, w.id, w.beamerKey));
    const watcher = track(connectDoc(server.wsUrl, w.id, w.facilitatorKey));
    await Promise.all([beamer.synced, watcher.synced]);
    addNote(beamer.doc, { id: 'prank', canvasId: 'wedstrijd', text: 'van de beamer', authorId: 'x', createdAt: 1 });
    setCanvasLocked(beamer.doc, 'trainen', true);
    // A later facilitator edit proves the socket is live and the beamer's edit would have arrived by now.
    setCurrentStep(watcher.doc, 'gedeelde-visie', 2);
    await eventually(() => expect(readFlow(beamer.doc).currentStepId).toBe('gedeelde-visie'));
    const fresh = track(connectDoc(server.wsUrl, w.id, w.facilitatorKey));
    await fresh.synced;
    expect(readNotes(fresh.doc, 'wedstrijd')).toEqual([]);
    expect(readNotes(watcher.doc, 'wedstrijd')).toEqual([]);
    expect(readCanvas(fresh.doc, 'trainen')?.locked).toBe(false);
    expect(readCanvas(watcher.doc, 'trainen')?.locked).toBe(false);
  });

  it('gives a socket with a wrong key nothing and closes it with 4401', async () => {
    const w = await createWorkshop(server.url);
    const received: Buffer[] = [];
    const ws = new WebSocket(`${server.wsUrl}/sync/${w.id}?token=${'x'.repeat(43)}`);
    ws.on('message', (data: Buffer) => received.push(data));
    const code = await new Promise<number>((resolve) => ws.on('close', resolve));
    expect(code).toBe(CLOSE.unauthorized.code);
    expect(received).toEqual([]);

    const phoneOnSync = new WebSocket(`${server.wsUrl}/sync/${w.id}?token=${(await joinWorkshop(server.url, w.joinCode)).participantToken}`);
    expect(await new Promise<number>((resolve) => phoneOnSync.on('close', resolve))).toBe(CLOSE.unauthorized.code);
    const unknown = new WebSocket(`${server.wsUrl}/sync/00000000-0000-4000-8000-000000000000?token=${w.facilitatorKey}`);
    expect(await new Promise<number>((resolve) => unknown.on('close', resolve))).toBe(CLOSE.notFound.code);
  });

  it('closes sockets that send garbage without disturbing the others', async () => {
    const w = await createWorkshop(server.url);
    const good = track(connectDoc(server.wsUrl, w.id, w.facilitatorKey));
    await good.synced;
    const bad = new WebSocket(`${server.wsUrl}/sync/${w.id}?token=${w.facilitatorKey}`);
    await new Promise((resolve) => bad.on('open', resolve));
    bad.send(new Uint8Array([0, 2, 250, 255, 255, 255, 255, 1, 2, 3]));
    bad.send(new Uint8Array([0, 2, 3, 1, 2, 3]));
    await new Promise((resolve) => bad.on('close', resolve));
    setCurrentStep(good.doc, 'afsluiting', 3);
    await eventually(async () => {
      const { body } = await api<{ currentStepId: string }>(server.url, `/api/workshops/${w.id}`, { token: w.facilitatorKey });
      expect(body.currentStepId).toBe('afsluiting');
    });
  });
});

describe('phones (live projection)', () => {
  it('follow the current step and see others’ notes, never hidden ones or authors', async () => {
    const w = await createWorkshop(server.url);
    const facilitator = track(connectDoc(server.wsUrl, w.id, w.facilitatorKey));
    await facilitator.synced;
    const anna = await joinWorkshop(server.url, w.joinCode, 'Anna');
    const bram = await joinWorkshop(server.url, w.joinCode, 'Bram');
    const annaPhone = track(connectPhone(server.wsUrl, w.id, anna.participantToken));
    const bramPhone = track(connectPhone(server.wsUrl, w.id, bram.participantToken));
    await Promise.all([annaPhone.opened, bramPhone.opened]);
    await eventually(() => expect(annaPhone.state.step?.id).toBe('welkom'));

    setCurrentStep(facilitator.doc, 'gedeelde-visie', Date.now());
    await eventually(() => expect(bramPhone.state.step).toMatchObject({ id: 'gedeelde-visie', type: 'prompt', canvases: expect.any(Array) }));

    const kept = await postIntent(server.url, w.id, anna.participantToken, { type: 'note.add', canvasId: 'wedstrijd', text: 'Teamsport' });
    const moderated = await postIntent(server.url, w.id, anna.participantToken, { type: 'note.add', canvasId: 'wedstrijd', text: 'Iets ongepasts' });
    await eventually(() => expect(readNotes(facilitator.doc, 'wedstrijd')).toHaveLength(2));
    setNoteHidden(facilitator.doc, moderated.body.noteId!, true);

    await eventually(() => {
      expect([...bramPhone.state.notes.values()].map((n) => n.text)).toEqual(['Teamsport']);
      expect([...annaPhone.state.own.values()].map((n) => [n.text, n.hidden])).toEqual([
        ['Teamsport', false],
        ['Iets ongepasts', true],
      ]);
    });
    expect(bramPhone.state.own.size).toBe(0);
    const bramSaw = bramPhone.state.raw.join('\n');
    // On a revealed canvas a note may reach phones in the moment before the facilitator hides it;
    // from the hiding on, nothing of it is sent again.
    const hiddenAt = bramPhone.state.raw.findIndex((m) => m.includes(`"remove":["${moderated.body.noteId}"`));
    expect(bramPhone.state.raw.slice(hiddenAt + 1).join('\n')).not.toContain('Iets ongepasts');
    expect(bramSaw).not.toContain(anna.participantId);
    expect(bramSaw).not.toContain('Anna');
    expect(kept.body.noteId).toBeDefined();
  });

  it('get the current step with their join, as the live socket then tells it', async () => {
    const w = await createWorkshop(server.url);
    await goToStep(server.url, w, 'gedeelde-visie');
    const before = Date.now();
    const anna = await joinWorkshop(server.url, w.joinCode, 'Anna');
    expect(anna.serverNow).toBeGreaterThanOrEqual(before);
    expect(anna.serverNow).toBeLessThanOrEqual(Date.now());
    expect(anna.step).toMatchObject({ id: 'gedeelde-visie', type: 'prompt' });
    expect(anna.step?.canvases.map((c) => c.id)).toEqual(['wedstrijd', 'spelregels', 'goed-doen', 'trainen']);
    const phone = track(connectPhone(server.wsUrl, w.id, anna.participantToken));
    await eventually(() => expect(phone.state.messages.some((m) => m.t === 'step')).toBe(true));
    expect(phone.state.step).toEqual(anna.step);
    // Only the step: no notes of anyone, which the socket sends to whom may see them.
    expect(Object.keys(anna).sort()).toEqual(['language', 'name', 'participantId', 'participantToken', 'role', 'roles', 'serverNow', 'step', 'title', 'workshopId']);
  });

  it('are told when the workshop is deleted', async () => {
    const w = await createWorkshop(server.url);
    const anna = await joinWorkshop(server.url, w.joinCode);
    const phone = track(connectPhone(server.wsUrl, w.id, anna.participantToken));
    await phone.opened;
    await eventually(() => expect(phone.state.step).not.toBeNull());
    await api(server.url, `/api/workshops/${w.id}`, { method: 'DELETE', token: w.facilitatorKey });
    expect(await phone.closed).toBe(CLOSE.deleted.code);
    expect(phone.state.messages.at(-1)).toEqual({ t: 'deleted' });
  });

  it('never receive the document itself', async () => {
    const w = await createWorkshop(server.url);
    const anna = await joinWorkshop(server.url, w.joinCode);
    const phone = track(connectPhone(server.wsUrl, w.id, anna.participantToken));
    await phone.opened;
    await eventually(() => expect(phone.state.messages.length).toBeGreaterThanOrEqual(5));
    expect(phone.state.messages.map((m) => m.t)).toEqual(['hello', 'step', 'notes', 'own', 'mine']);
    const doc = new Y.Doc();
    expect(() => phone.state.raw.forEach((r) => Y.applyUpdate(doc, new TextEncoder().encode(r)))).toThrow();
  });
});

describe('presence', () => {
  it('counts joined, online and answered phones for the facilitator and the beamer', async () => {
    const w = await createWorkshop(server.url);
    const beamer = track(connectDoc(server.wsUrl, w.id, w.beamerKey));
    await beamer.synced;
    await goToStep(server.url, w, 'gedeelde-visie');
    const anna = await joinWorkshop(server.url, w.joinCode);
    await joinWorkshop(server.url, w.joinCode);
    const phone = track(connectPhone(server.wsUrl, w.id, anna.participantToken));
    await phone.opened;
    await postIntent(server.url, w.id, anna.participantToken, { type: 'note.add', canvasId: 'trainen', text: 'Feedback' });
    const presence = () => findPresence(beamer.provider.awareness.getStates() as Map<number, Record<string, unknown>>);
    await eventually(() => expect(presence()).toEqual({ joined: 2, online: 1, answered: 1, stepId: 'gedeelde-visie' }), 5_000);
    phone.close();
    await eventually(() => expect(presence()?.online).toBe(0), 5_000);
  });
});
