import { randomUUID } from 'node:crypto';
import type { PublicWorkshopResponse } from '@visiebord/shared/api';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { api, createWorkshop, goToStep, joinWorkshop, postIntent, startServer, type TestServer } from './helpers.ts';
import type { ErrorResponse } from '@visiebord/shared/api';

let server: TestServer;
beforeEach(async () => {
  server = await startServer();
});
afterEach(async () => {
  await server.close();
});

type ErrorBody = ErrorResponse;

describe('HTTP API', () => {
  it('answers the health check and lists scripts', async () => {
    expect(await api(server.url, '/healthz')).toEqual({ status: 200, body: { ok: true } });
    const scripts = await api<Array<{ id: string; title: string; steps: number }>>(server.url, '/api/scripts');
    expect(scripts.body).toContainEqual(expect.objectContaining({ id: 'visie-kort', steps: 3 }));
  });

  it('creates a workshop with long keys, a readable code and links', async () => {
    const created = await createWorkshop(server.url);
    expect(created.joinCode).toMatch(/^[ABCDEFGHJKMNPQRSTUVWXYZ2-9]{6}$/);
    expect(created.facilitatorKey.length).toBeGreaterThanOrEqual(40);
    expect(created.beamerKey).not.toBe(created.facilitatorKey);
    expect(created.urls).toEqual({
      facilitator: `${server.url}/f/${created.id}#key=${created.facilitatorKey}`,
      beamer: `${server.url}/b/${created.id}#key=${created.beamerKey}`,
      join: `${server.url}/j/${created.joinCode}`,
    });
  });

  it('joins with a code typed loosely and returns the workshop as JSON to the facilitator', async () => {
    const w = await createWorkshop(server.url);
    const typed = `${w.joinCode.slice(0, 3).toLowerCase()} ${w.joinCode.slice(3)}`;
    const phone = await joinWorkshop(server.url, typed, 'Anna');
    expect(phone.workshopId).toBe(w.id);
    await goToStep(server.url, w, 'gedeelde-visie');
    const added = await postIntent(server.url, w.id, phone.participantToken, { type: 'note.add', canvasId: 'wedstrijd', text: 'Een teamsport' });
    expect(added).toEqual({ status: 200, body: { ok: true, noteId: expect.any(String) } });

    const { status, body } = await api<Record<string, unknown>>(server.url, `/api/workshops/${w.id}`, { token: w.facilitatorKey });
    expect(status).toBe(200);
    expect(body).toMatchObject({
      id: w.id,
      joinCode: w.joinCode,
      currentStepId: 'gedeelde-visie',
      steps: expect.arrayContaining([expect.objectContaining({ id: 'gedeelde-visie', type: 'prompt', canvasIds: ['wedstrijd', 'spelregels', 'goed-doen', 'trainen'] })]),
      canvases: expect.arrayContaining([
        expect.objectContaining({
          id: 'wedstrijd',
          prompt: 'Welke wedstrijd spelen wij?',
          notes: [expect.objectContaining({ id: added.body.noteId, text: 'Een teamsport', authorId: phone.participantId, clusterId: null, hidden: false })],
          clusters: [],
        }),
      ]),
    });
  });

  it('tells phones, beamer and console the language of the workshop\'s script', async () => {
    const dutch = await createWorkshop(server.url);
    const english = await createWorkshop(server.url, 'studiedag-kort-en');
    expect((await joinWorkshop(server.url, dutch.joinCode)).language).toBe('nl');
    expect((await joinWorkshop(server.url, english.joinCode)).language).toBe('en');
    const shown = await api<PublicWorkshopResponse>(server.url, `/api/workshops/${english.id}/public`, { token: english.beamerKey });
    expect(shown.body.language).toBe('en');
    const console = await api<PublicWorkshopResponse>(server.url, `/api/workshops/${dutch.id}/public`, { token: dutch.facilitatorKey });
    expect(console.body.language).toBe('nl');
  });

  it('applies a retried intent once and gives the same answer', async () => {
    const w = await createWorkshop(server.url);
    const phone = await joinWorkshop(server.url, w.joinCode);
    await goToStep(server.url, w, 'gedeelde-visie');
    const intent = { id: randomUUID(), type: 'note.add', canvasId: 'spelregels', text: 'Afspraak is afspraak' };
    const answers = await Promise.all([1, 2, 3].map(() => postIntent(server.url, w.id, phone.participantToken, intent)));
    expect(new Set(answers.map((a) => a.body.noteId)).size).toBe(1);
    const { body } = await api<{ canvases: Array<{ id: string; notes: unknown[] }> }>(server.url, `/api/workshops/${w.id}`, { token: w.facilitatorKey });
    expect(body.canvases.find((c) => c.id === 'spelregels')?.notes).toHaveLength(1);

    const other = await joinWorkshop(server.url, w.joinCode);
    const stolen = await postIntent(server.url, w.id, other.participantToken, intent);
    expect(stolen.status).toBe(409);
  });

  it('asks the store about an intent only when it may be a retry', async () => {
    const w = await createWorkshop(server.url);
    const phone = await joinWorkshop(server.url, w.joinCode);
    await goToStep(server.url, w, 'gedeelde-visie');
    const lookups = vi.spyOn(server.app.store, 'getIntentResult');
    const intents = [1, 2, 3].map((i) => ({ id: randomUUID(), type: 'note.add', canvasId: 'wedstrijd', text: `nieuw ${i}` }));
    const first = [];
    for (const intent of intents) first.push((await postIntent(server.url, w.id, phone.participantToken, intent)).body.noteId);
    expect(lookups).not.toHaveBeenCalled();
    const retried = await postIntent(server.url, w.id, phone.participantToken, intents[1]!);
    expect(retried.body.noteId).toBe(first[1]);
    expect(lookups).toHaveBeenCalledTimes(1);
  });

  it('refuses bad input with a clear error object and never a 5xx', async () => {
    const w = await createWorkshop(server.url);
    const phone = await joinWorkshop(server.url, w.joinCode);
    await goToStep(server.url, w, 'gedeelde-visie');
    const intentsPath = `/api/workshops/${w.id}/intents`;
    const cases: Array<[Promise<{ status: number; body: unknown }>, number, string]> = [
      [api(server.url, '/api/join', { raw: '{"code": "AB' }), 400, 'bad_json'],
      [api(server.url, '/api/join', { body: { code: 'QQQQQQ' } }), 404, 'code_not_found'],
      [api(server.url, '/api/join', { body: { code: 12 } }), 400, 'invalid_request'],
      [api(server.url, '/api/join', { body: { code: w.joinCode, name: 'x'.repeat(60) } }), 400, 'name_too_long'],
      [api(server.url, '/api/workshops', { body: { script: 'bestaat-niet' } }), 404, 'script_not_found'],
      [api(server.url, intentsPath, { body: { id: randomUUID(), type: 'note.add', canvasId: 'wedstrijd', text: 'x' } }), 401, 'unauthorized'],
      [api(server.url, intentsPath, { body: { id: randomUUID(), type: 'note.add' }, token: 'verkeerd-token-12345' }), 401, 'unauthorized'],
      [postIntent(server.url, w.id, phone.participantToken, { type: 'vote.cast' }), 400, 'unknown_intent'],
      [postIntent(server.url, w.id, phone.participantToken, { type: 'note.add', canvasId: 'wedstrijd', text: 'x'.repeat(5000) }), 400, 'note_too_long'],
      [postIntent(server.url, w.id, phone.participantToken, { type: 'note.add', canvasId: 'wedstrijd', text: '   ' }), 400, 'note_empty'],
      [api(server.url, intentsPath, { raw: '[1,2', token: phone.participantToken }), 400, 'bad_json'],
      [api(server.url, intentsPath, { raw: JSON.stringify({ id: randomUUID(), type: 'note.add', canvasId: 'wedstrijd', text: 'x'.repeat(70_000) }), token: phone.participantToken }), 413, 'payload_too_large'],
      [api(server.url, `/api/workshops/${w.id}`, { token: w.beamerKey }), 401, 'unauthorized'],
      [api(server.url, `/api/workshops/${w.id}/flow`, { body: { stepId: 'nergens' }, token: w.facilitatorKey }), 404, 'step_not_found'],
      [api(server.url, `/api/workshops/${randomUUID()}`, { token: w.facilitatorKey }), 404, 'workshop_not_found'],
      [api(server.url, '/api/onbekend'), 404, 'not_found'],
    ];
    for (const [request, status, code] of cases) {
      const { status: got, body } = await request;
      expect({ got, code: (body as ErrorBody).error.code }).toEqual({ got: status, code });
      expect((body as ErrorBody).error.message.length).toBeGreaterThan(5);
    }
  });

  it('lets only the facilitator move the workshop', async () => {
    const w = await createWorkshop(server.url);
    const phone = await joinWorkshop(server.url, w.joinCode);
    for (const token of [w.beamerKey, phone.participantToken]) {
      const { status } = await api(server.url, `/api/workshops/${w.id}/flow`, { body: { stepId: 'afsluiting' }, token });
      expect(status).toBe(401);
    }
  });

  it('looks a phone up in the store once while its workshop is in memory, and still refuses a wrong token', async () => {
    const w = await createWorkshop(server.url);
    const phone = await joinWorkshop(server.url, w.joinCode);
    const other = await joinWorkshop(server.url, w.joinCode);
    await goToStep(server.url, w, 'gedeelde-visie');
    const lookups = vi.spyOn(server.app.store, 'findParticipantByToken');
    for (let i = 0; i < 4; i++) {
      expect((await postIntent(server.url, w.id, phone.participantToken, { type: 'note.add', canvasId: 'wedstrijd', text: `notitie ${i}` })).status).toBe(200);
    }
    expect(lookups).toHaveBeenCalledTimes(1);
    expect((await postIntent(server.url, w.id, other.participantToken, { type: 'note.add', canvasId: 'wedstrijd', text: 'van een ander' })).status).toBe(200);
    expect((await postIntent(server.url, w.id, `${phone.participantToken}x`, { type: 'note.add', canvasId: 'wedstrijd', text: 'x' })).status).toBe(401);
    expect((await postIntent(server.url, w.id, w.beamerKey, { type: 'note.add', canvasId: 'wedstrijd', text: 'x' })).status).toBe(401);
  });

  it('deletes a workshop: afterwards 404 everywhere', async () => {
    const w = await createWorkshop(server.url);
    const phone = await joinWorkshop(server.url, w.joinCode);
    // The phone posted before, so its workshop in memory knows it: deleting must forget that too.
    await goToStep(server.url, w, 'gedeelde-visie');
    expect((await postIntent(server.url, w.id, phone.participantToken, { type: 'note.add', canvasId: 'wedstrijd', text: 'eerst' })).status).toBe(200);
    expect((await api(server.url, `/api/workshops/${w.id}`, { method: 'DELETE', token: w.beamerKey })).status).toBe(401);
    expect((await api(server.url, `/api/workshops/${w.id}`, { method: 'DELETE', token: w.facilitatorKey })).status).toBe(204);
    expect((await api(server.url, `/api/workshops/${w.id}`, { token: w.facilitatorKey })).status).toBe(404);
    expect((await api(server.url, `/api/workshops/${w.id}/public`, { token: w.beamerKey })).status).toBe(404);
    expect((await api(server.url, '/api/join', { body: { code: w.joinCode } })).status).toBe(404);
    expect((await postIntent(server.url, w.id, phone.participantToken, { type: 'note.add', canvasId: 'wedstrijd', text: 'x' })).status).toBe(404);
    expect((await api(server.url, `/api/workshops/${w.id}`, { method: 'DELETE', token: w.facilitatorKey })).status).toBe(404);
  });
});
