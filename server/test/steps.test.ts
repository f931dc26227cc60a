import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CreateWorkshopResponse, JoinResponse } from '@visiebord/shared/api';
import { api, createWorkshop, eventually, goToStep, joinWorkshop, postIntent, startServer, type TestServer } from './helpers.ts';
import { connectPhone } from './sockets.ts';

const scriptsDir = fileURLToPath(new URL('./fixtures/scripts', import.meta.url));

let server: TestServer;
let w: CreateWorkshopResponse;
let anna: JoinResponse;
let bram: JoinResponse;
beforeEach(async () => {
  server = await startServer({ scriptsDir });
  w = await createWorkshop(server.url, 'alle-staptypen');
  anna = await joinWorkshop(server.url, w.joinCode, 'Anna');
  bram = await joinWorkshop(server.url, w.joinCode, 'Bram');
});
afterEach(async () => {
  await server.close();
});

type Workshop = {
  steps: Array<{ id: string; options?: unknown[]; aspects?: unknown[]; budget?: number }>;
  canvases: Array<{ id: string; notes: Array<{ id: string }> }>;
  polls: Array<{ stepId: string; respondents: number; counts: Record<string, number> }>;
  votes: Array<{ stepId: string; voters: number; totals: Record<string, number> }>;
  rubrics: Array<{ stepId: string; respondents: number; spread: Record<string, number[]> }>;
  explanations: Array<{ stepId: string; count: number }>;
};
const read = async () => (await api<Workshop>(server.url, `/api/workshops/${w.id}`, { token: w.facilitatorKey })).body;
const code = (r: { body: { error?: { code: string } } }) => r.body.error?.code;

describe('steps beyond notes', () => {
  it('describes each step with what a client needs to show it', async () => {
    const { steps } = await read();
    expect(steps.find((s) => s.id === 'bekend')?.options).toHaveLength(3);
    expect(steps.find((s) => s.id === 'rubric')?.aspects).toHaveLength(2);
    expect(steps.find((s) => s.id === 'stemmen')?.budget).toBe(3);
  });

  it('accepts an answer only while its step is current', async () => {
    expect(code(await postIntent(server.url, w.id, anna.participantToken, { type: 'rubric.answer', stepId: 'rubric', aspectId: 'commitment', phase: 2 }))).toBe('step_not_current');
    await goToStep(server.url, w, 'vragen');
    expect(code(await postIntent(server.url, w.id, anna.participantToken, { type: 'rubric.answer', stepId: 'rubric', aspectId: 'commitment', phase: 2 }))).toBe('step_not_current');
    expect(code(await postIntent(server.url, w.id, anna.participantToken, { type: 'poll.answer', stepId: 'vragen', value: 'goed' }))).toBe('invalid_request');
  });

  it('counts poll answers, one per phone, changes replacing earlier ones', async () => {
    await goToStep(server.url, w, 'bekend');
    await postIntent(server.url, w.id, anna.participantToken, { type: 'poll.answer', stepId: 'bekend', value: 'beetje' });
    await postIntent(server.url, w.id, anna.participantToken, { type: 'poll.answer', stepId: 'bekend', value: 'goed' });
    await postIntent(server.url, w.id, bram.participantToken, { type: 'poll.answer', stepId: 'bekend', value: 'goed' });
    expect(code(await postIntent(server.url, w.id, bram.participantToken, { type: 'poll.answer', stepId: 'bekend', value: ['goed', 'beetje'] }))).toBe('invalid_request');
    expect(code(await postIntent(server.url, w.id, bram.participantToken, { type: 'poll.answer', stepId: 'bekend', value: 'fantastisch' }))).toBe('invalid_request');
    await goToStep(server.url, w, 'reikwijdte');
    await postIntent(server.url, w.id, bram.participantToken, { type: 'poll.answer', stepId: 'reikwijdte', value: ['onderzoek', 'begeleiden'] });
    const { polls } = await read();
    expect(polls).toEqual([
      { stepId: 'bekend', respondents: 2, counts: { onbekend: 0, beetje: 0, goed: 2 } },
      { stepId: 'reikwijdte', respondents: 1, counts: { begeleiden: 1, opleiden: 0, onderzoek: 1 } },
    ]);
  });

  it('holds every phone to its dot budget on the server', async () => {
    await goToStep(server.url, w, 'vragen');
    const ids: string[] = [];
    for (const text of ['Teamsport', 'Marathon', 'Samenspel']) {
      ids.push((await postIntent(server.url, w.id, anna.participantToken, { type: 'note.add', canvasId: 'wedstrijd', text })).body.noteId!);
    }
    await goToStep(server.url, w, 'stemmen');
    const vote = (token: string, targetId: string, count: number) => postIntent(server.url, w.id, token, { type: 'vote.set', stepId: 'stemmen', targetId, count });
    expect((await vote(anna.participantToken, ids[0]!, 2)).body).toEqual({ ok: true, spent: 2, budget: 3 });
    expect(code(await vote(anna.participantToken, ids[1]!, 3))).toBe('vote_budget');
    expect(code(await vote(anna.participantToken, ids[1]!, 2))).toBe('vote_budget');
    expect((await vote(anna.participantToken, ids[1]!, 1)).body).toMatchObject({ spent: 3 });
    expect((await vote(anna.participantToken, ids[0]!, 0)).body).toMatchObject({ spent: 1 });
    expect(code(await vote(anna.participantToken, 'bestaat-niet', 1))).toBe('invalid_request');
    await vote(bram.participantToken, ids[1]!, 2);
    const { votes } = await read();
    expect(votes).toEqual([{ stepId: 'stemmen', voters: 2, totals: { [ids[1]!]: 3 } }]);
  });

  it('places the school on the rubric, phases 1 to 4 only', async () => {
    await goToStep(server.url, w, 'rubric');
    const place = (token: string, aspectId: string, phase: number) => postIntent(server.url, w.id, token, { type: 'rubric.answer', stepId: 'rubric', aspectId, phase });
    await place(anna.participantToken, 'commitment', 2);
    await place(anna.participantToken, 'gedragen', 1);
    await place(bram.participantToken, 'commitment', 3);
    for (const phase of [0, 5, 2.5]) expect(code(await place(bram.participantToken, 'commitment', phase))).toBe('invalid_phase');
    expect(code(await place(bram.participantToken, 'onbekend', 2))).toBe('invalid_request');
    const { rubrics } = await read();
    expect(rubrics).toEqual([{ stepId: 'rubric', respondents: 2, spread: { commitment: [0, 1, 1, 0], gedragen: [1, 0, 0, 0] } }]);
  });

  it('keeps explanations and sorts per phone', async () => {
    await goToStep(server.url, w, 'vragen');
    const a = (await postIntent(server.url, w.id, anna.participantToken, { type: 'note.add', canvasId: 'wedstrijd', text: 'Teamsport' })).body.noteId!;
    const b = (await postIntent(server.url, w.id, bram.participantToken, { type: 'note.add', canvasId: 'wedstrijd', text: 'Samenspel' })).body.noteId!;
    await goToStep(server.url, w, 'sorteren');
    expect((await postIntent(server.url, w.id, anna.participantToken, { type: 'sort.submit', stepId: 'sorteren', piles: [[a, b]] })).status).toBe(200);
    expect(code(await postIntent(server.url, w.id, anna.participantToken, { type: 'sort.submit', stepId: 'sorteren', piles: [[a], [a]] }))).toBe('invalid_request');
    await goToStep(server.url, w, 'uitleggen');
    await postIntent(server.url, w.id, anna.participantToken, { type: 'explain.submit', stepId: 'uitleggen', text: 'Wij leiden samen op.' });
    expect(code(await postIntent(server.url, w.id, bram.participantToken, { type: 'explain.submit', stepId: 'uitleggen', text: 'x'.repeat(1200) }))).toBe('note_too_long');
    expect((await read()).explanations).toEqual([{ stepId: 'uitleggen', count: 1 }]);
  });

  it('closes a canvas when its timer runs out, until the facilitator adds a minute', async () => {
    await goToStep(server.url, w, 'vragen');
    const timer = (body: unknown) => api<{ timer: { remainingMs: number; running: boolean } }>(server.url, `/api/workshops/${w.id}/timer`, { body, token: w.facilitatorKey });
    expect((await timer({ action: 'start' })).body.timer).toMatchObject({ running: true, remainingMs: 120_000 });
    expect((await api(server.url, `/api/workshops/${w.id}/timer`, { body: { action: 'start' }, token: anna.participantToken })).status).toBe(401);
    await timer({ action: 'start', seconds: 5 });
    await timer({ action: 'pause' });
    const paused = await timer({ action: 'addMinute' });
    expect(paused.body.timer.running).toBe(false);
    expect(paused.body.timer.remainingMs).toBeGreaterThan(60_000);
    // Run it out: start with the shortest time and wait for it.
    await timer({ action: 'start', seconds: 5 });
    const room = (await server.app.rooms.get(w.id))!;
    await room.change(() => {
      const flow = room.doc.getMap('flow');
      flow.set('timer', { ...(flow.get('timer') as object), endsAt: Date.now() - 1 });
    });
    expect(code(await postIntent(server.url, w.id, anna.participantToken, { type: 'note.add', canvasId: 'wedstrijd', text: 'te laat' }))).toBe('time_up');
    await timer({ action: 'addMinute' });
    expect((await postIntent(server.url, w.id, anna.participantToken, { type: 'note.add', canvasId: 'wedstrijd', text: 'net op tijd' })).status).toBe(200);
  });

  it('gives phones the step details and their own answers back', async () => {
    const phone = connectPhone(server.wsUrl, w.id, anna.participantToken);
    try {
      await phone.opened;
      await goToStep(server.url, w, 'reikwijdte');
      await eventually(() => expect(phone.state.step?.poll?.options.map((o) => o.id)).toEqual(['begeleiden', 'opleiden', 'onderzoek']));
      await postIntent(server.url, w.id, anna.participantToken, { type: 'poll.answer', stepId: 'reikwijdte', value: ['opleiden'] });
      await eventually(() => expect(phone.state.messages.at(-1)).toEqual({ t: 'mine', stepId: 'reikwijdte', answers: { poll: ['opleiden'] } }));
      await goToStep(server.url, w, 'rubric');
      await eventually(() => expect(phone.state.step?.rubric?.phaseNames).toEqual(['Verkennen', 'Afspreken', 'Verbinden', 'Doorleven']));
    } finally {
      phone.close();
    }
  });
});
