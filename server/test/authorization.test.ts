import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { CreateWorkshopResponse, JoinResponse } from '@visiebord/shared/api';
import { CLOSE } from '@visiebord/shared/protocol';
import { api, createWorkshop, goToStep, joinWorkshop, postIntent, startServer, type TestServer } from './helpers.ts';

/**
 * Who may do what: every facilitator action checks the facilitator key; the beamer's key opens
 * only what the beamer shows; a participant touches only their own notes and their own answers.
 */
const scriptsDir = fileURLToPath(new URL('./fixtures/scripts', import.meta.url));

let server: TestServer;
let w: CreateWorkshopResponse;
let other: CreateWorkshopResponse;
let anna: JoinResponse;
let bram: JoinResponse;
let stranger: JoinResponse;
beforeEach(async () => {
  server = await startServer({ scriptsDir });
  w = await createWorkshop(server.url, 'alle-staptypen');
  other = await createWorkshop(server.url, 'alle-staptypen');
  anna = await joinWorkshop(server.url, w.joinCode, 'Anna');
  bram = await joinWorkshop(server.url, w.joinCode, 'Bram');
  stranger = await joinWorkshop(server.url, other.joinCode, 'Elders');
});
afterEach(async () => {
  await server.close();
});

/** Every action that needs the facilitator key: method, path after the workshop, body. */
const FACILITATOR_ACTIONS: Array<[string, string, unknown?]> = [
  ['GET', ''],
  ['POST', '/flow', { stepId: 'vragen' }],
  ['POST', '/timer', { action: 'start' }],
  ['POST', '/synthesis', {}],
  ['GET', '/export?format=json'],
  ['GET', '/export?format=csv'],
  ['GET', '/retention'],
  ['PATCH', '', { deleteAfterDays: 1 }],
  ['DELETE', ''],
];

describe('facilitator actions', () => {
  it('refuse every key but the facilitator key of this workshop', async () => {
    const wrongKeys: Array<[string, string | undefined]> = [
      ['no key', undefined],
      ['beamer key', w.beamerKey],
      ['participant token', anna.participantToken],
      ["another workshop's facilitator key", other.facilitatorKey],
      ['a made-up key', 'x'.repeat(43)],
    ];
    for (const [method, tail, body] of FACILITATOR_ACTIONS) {
      for (const [who, token] of wrongKeys) {
        const r = await api<{ error?: { code: string } }>(server.url, `/api/workshops/${w.id}${tail}`, { method, token, ...(body !== undefined ? { body } : {}) });
        expect(r.status, `${method} ${tail} with ${who}`).toBe(401);
        expect(r.body.error?.code).toBe('unauthorized');
      }
    }
    // The facilitator key opens each of them (the delete last, so the rest still have a workshop).
    for (const [method, tail, body] of FACILITATOR_ACTIONS) {
      // Plain fetch: some of these answer with a file, not JSON.
      const r = await fetch(`${server.url}/api/workshops/${w.id}${tail}`, {
        method,
        headers: { authorization: `Bearer ${w.facilitatorKey}`, ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
        ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
      });
      expect(r.status, `${method} ${tail}`).toBeLessThan(300);
    }
    expect((await api(server.url, `/api/workshops/${w.id}`, { token: w.facilitatorKey })).status).toBe(404);
  });

  it('let the beamer key read what the beamer shows (join code, explain score) and nothing else', async () => {
    for (const tail of ['/public', '/explain-score?stepId=uitleggen']) {
      expect((await api(server.url, `/api/workshops/${w.id}${tail}`, { token: w.beamerKey })).status, tail).toBe(200);
      expect((await api(server.url, `/api/workshops/${w.id}${tail}`, { token: w.facilitatorKey })).status, tail).toBe(200);
      expect((await api(server.url, `/api/workshops/${w.id}${tail}`, { token: anna.participantToken })).status, tail).toBe(401);
      expect((await api(server.url, `/api/workshops/${w.id}${tail}`, { token: other.beamerKey })).status, tail).toBe(401);
    }
  });

  it("keep a phone's own routes to participant tokens of this workshop", async () => {
    for (const token of [w.facilitatorKey, w.beamerKey, stranger.participantToken]) {
      expect((await api(server.url, `/api/workshops/${w.id}/handful`, { token })).status).toBe(401);
      expect((await postIntent(server.url, w.id, token, { type: 'profile.rename', name: 'Iemand anders' })).status).toBe(401);
    }
  });

  it('answer 404 for a workshop that does not exist, whoever asks', async () => {
    const r = await api(server.url, `/api/workshops/00000000-0000-4000-8000-000000000000`, { token: w.facilitatorKey });
    expect(r.status).toBe(404);
  });
});

function closeCode(url: string): Promise<number> {
  return new Promise((resolve) => {
    const ws = new WebSocket(url);
    ws.on('close', (code) => resolve(code));
    ws.on('error', () => undefined);
  });
}

describe('websockets', () => {
  it('open /sync only with a facilitator or beamer key of this workshop, /live only with a participant token of it', async () => {
    const sync = (token: string) => closeCode(`${server.wsUrl}/sync/${w.id}?token=${encodeURIComponent(token)}`);
    const live = (token: string) => closeCode(`${server.wsUrl}/live/${w.id}?token=${encodeURIComponent(token)}`);
    expect(await sync(anna.participantToken)).toBe(CLOSE.unauthorized.code);
    expect(await sync(other.facilitatorKey)).toBe(CLOSE.unauthorized.code);
    expect(await sync('')).toBe(CLOSE.unauthorized.code);
    expect(await live(w.facilitatorKey)).toBe(CLOSE.unauthorized.code);
    expect(await live(stranger.participantToken)).toBe(CLOSE.unauthorized.code);
  });
});

describe('participants', () => {
  const code = (r: { body: { error?: { code: string } } }) => r.body.error?.code;

  it('cannot use their token in another workshop', async () => {
    await goToStep(server.url, other, 'vragen');
    expect((await postIntent(server.url, other.id, anna.participantToken, { type: 'note.add', canvasId: 'wedstrijd', text: 'binnendringer' })).status).toBe(401);
  });

  it('edit and delete only their own notes', async () => {
    await goToStep(server.url, w, 'vragen');
    const noteId = (await postIntent(server.url, w.id, anna.participantToken, { type: 'note.add', canvasId: 'wedstrijd', text: 'van Anna' })).body.noteId!;
    expect(code(await postIntent(server.url, w.id, bram.participantToken, { type: 'note.edit', noteId, text: 'van Bram' }))).toBe('not_your_note');
    expect(code(await postIntent(server.url, w.id, bram.participantToken, { type: 'note.delete', noteId }))).toBe('not_your_note');
    // Claiming to be Anna in the body changes nothing: who you are comes from the token.
    expect(code(await postIntent(server.url, w.id, bram.participantToken, { type: 'note.edit', noteId, text: 'van Bram', participantId: anna.participantId, authorId: anna.participantId }))).toBe(
      'not_your_note',
    );
    const { body } = await api<{ canvases: Array<{ id: string; notes: Array<{ id: string; text: string; authorId: string }> }> }>(server.url, `/api/workshops/${w.id}`, {
      token: w.facilitatorKey,
    });
    expect(body.canvases.find((c) => c.id === 'wedstrijd')!.notes).toEqual([expect.objectContaining({ id: noteId, text: 'van Anna', authorId: anna.participantId })]);
    expect((await postIntent(server.url, w.id, anna.participantToken, { type: 'note.delete', noteId })).status).toBe(200);
  });

  it('set only their own votes', async () => {
    await goToStep(server.url, w, 'vragen');
    const noteId = (await postIntent(server.url, w.id, anna.participantToken, { type: 'note.add', canvasId: 'wedstrijd', text: 'Samen opleiden' })).body.noteId!;
    await goToStep(server.url, w, 'stemmen');
    const vote = (token: string, count: number, extra: Record<string, unknown> = {}) =>
      postIntent(server.url, w.id, token, { type: 'vote.set', stepId: 'stemmen', targetId: noteId, count, ...extra });
    expect((await vote(anna.participantToken, 2)).status).toBe(200);
    // Bram sets his own dots, and pretending to be Anna does not reach hers.
    expect((await vote(bram.participantToken, 1)).status).toBe(200);
    expect((await vote(bram.participantToken, 0, { participantId: anna.participantId, voterId: anna.participantId })).status).toBe(200);
    const { body } = await api<{ votes: Array<{ stepId: string; voters: number; totals: Record<string, number> }> }>(server.url, `/api/workshops/${w.id}`, { token: w.facilitatorKey });
    expect(body.votes).toEqual([{ stepId: 'stemmen', voters: 1, totals: { [noteId]: 2 } }]);
  });

  it('cannot take over an intent id someone else used', async () => {
    await goToStep(server.url, w, 'vragen');
    const intent = { id: crypto.randomUUID(), type: 'note.add', canvasId: 'wedstrijd', text: 'eerste' };
    expect((await api(server.url, `/api/workshops/${w.id}/intents`, { body: intent, token: anna.participantToken })).status).toBe(200);
    const r = await api<{ error?: { code: string } }>(server.url, `/api/workshops/${w.id}/intents`, { body: intent, token: bram.participantToken });
    expect(r.body.error?.code).toBe('intent_conflict');
  });
});
