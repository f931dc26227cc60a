import { strFromU8, unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CreateWorkshopResponse, JoinResponse } from '@visiebord/shared/api';
import type { Trajectory } from '@visiebord/shared/trajectory';
import { api, createWorkshop, goToStep, postIntent, startServer, type TestServer } from './helpers.ts';
import type { FollowUpResponse } from '@visiebord/shared/api';
import { connectPhone } from './sockets.ts';

/**
 * Follow-ups, roles and the trajectory through real HTTP: a study day, a follow-up answered at the
 * phones' own pace, the period closing, the privacy threshold per role, and deleting.
 */
let server: TestServer;
let day: CreateWorkshopResponse;
beforeEach(async () => {
  server = await startServer();
  day = await createWorkshop(server.url, 'studiedag-kort');
});
afterEach(async () => {
  vi.useRealTimers();
  await server.close();
});

type FollowUp = FollowUpResponse;
type TrajectoryAnswer = Trajectory & { rootId: string };
const code = (r: { body: unknown }) => (r.body as { error?: { code: string } }).error?.code;

async function join(joinCode: string, role?: string) {
  return api<JoinResponse & { error?: { code: string; message: string } }>(server.url, '/api/join', { body: { code: joinCode, ...(role ? { role } : {}) } });
}

/** `people`: role and rubric phase per phone; each also explains the vision. */
async function answerRubric(workshopId: string, people: JoinResponse[], phase: number) {
  for (const p of people) {
    for (const aspectId of ['commitment', 'doorleefd']) {
      const r = await postIntent(server.url, workshopId, p.participantToken, { type: 'rubric.answer', stepId: 'rubric', aspectId, phase });
      expect(r.status).toBe(200);
    }
  }
}

async function finishedStudyDay() {
  const phones = [];
  for (const role of ['leraar', 'leraar', 'leraar', 'leraar', 'leraar', 'schoolleiding', 'schoolleiding', 'schoolleiding']) {
    const r = await join(day.joinCode, role);
    expect(r.status).toBe(201);
    phones.push(r.body);
  }
  await goToStep(server.url, day, 'rubric');
  await answerRubric(day.id, phones, 2);
  await goToStep(server.url, day, 'afsluiting');
}

const startFollowUp = (body: Record<string, unknown> = {}) =>
  api<FollowUp>(server.url, `/api/workshops/${day.id}/follow-ups`, { body, token: day.facilitatorKey });

describe('roles on joining', () => {
  it('offers the script roles, keeps a chosen one and refuses one the script does not know', async () => {
    const plain = await join(day.joinCode);
    expect(plain.status).toBe(201);
    expect(plain.body.roles?.map((r) => r.id)).toEqual(['leraar', 'schoolopleider', 'instituutsopleider', 'student', 'schoolleiding']);
    expect(plain.body.role).toBe('');
    const later = await postIntent(server.url, day.id, plain.body.participantToken, { type: 'profile.role', role: 'student' });
    expect(later.status).toBe(200);
    const wrong = await join(day.joinCode, 'directeur');
    expect(wrong.status).toBe(400);
    expect(code(wrong)).toBe('role_unknown');
  });
});

describe('follow-ups', () => {
  it('start only from a finished workshop', async () => {
    const early = await startFollowUp();
    expect(early.status).toBe(409);
    expect(code(early)).toBe('not_finished');
  });

  it('get their own code, share the console key, and take answers to any step without a facilitator', async () => {
    await finishedStudyDay();
    const made = await startFollowUp();
    expect(made.status).toBe(201);
    const followUp = made.body;
    expect(followUp.joinCode).not.toBe(day.joinCode);
    expect(followUp.openUntil - Date.now()).toBeGreaterThan(13.9 * 24 * 3600 * 1000);
    expect((await api(server.url, `/api/workshops/${followUp.id}`, { token: day.facilitatorKey })).status).toBe(200);

    const phone = await join(followUp.joinCode, 'leraar');
    expect(phone.status).toBe(201);
    expect(phone.body.selfPaced?.steps.map((s) => s.type)).toEqual(['info', 'explain', 'rubric', 'prompt', 'close']);
    // Later steps are answered while the flow still stands at the first one.
    const rubric = await postIntent(server.url, followUp.id, phone.body.participantToken, { type: 'rubric.answer', stepId: 'rubric', aspectId: 'commitment', phase: 3 });
    expect(rubric.status).toBe(200);
    const note = await postIntent(server.url, followUp.id, phone.body.participantToken, { type: 'note.add', canvasId: 'terugzien', text: 'In de intervisie met studenten' });
    expect(note.status).toBe(200);
  });

  it('give a phone that comes back its answers to every step, not only to the step the flow stands at', async () => {
    await finishedStudyDay();
    const followUp = (await startFollowUp()).body;
    const phone = (await join(followUp.joinCode, 'leraar')).body;
    const rubric = await postIntent(server.url, followUp.id, phone.participantToken, { type: 'rubric.answer', stepId: 'rubric', aspectId: 'commitment', phase: 3 });
    expect(rubric.status).toBe(200);

    // A reload: a new live socket after the answers were given.
    const socket = connectPhone(server.wsUrl, followUp.id, phone.participantToken);
    await socket.opened;
    await vi.waitFor(() => expect(socket.state.messages.some((m) => m.t === 'mine' && m.stepId === 'rubric')).toBe(true));
    const mine = socket.state.messages.filter((m) => m.t === 'mine');
    expect(mine.map((m) => m.stepId).sort()).toEqual(phone.selfPaced?.steps.map((s) => s.id).sort());
    const rubricAnswers = mine.find((m) => m.stepId === 'rubric');
    expect(JSON.stringify(rubricAnswers)).toContain('"commitment"');
    socket.close();
  });

  it('close after their period: no new phones, no more answers, with a clear message', async () => {
    await finishedStudyDay();
    const followUp = (await startFollowUp({ openDays: 3 })).body;
    const early = await join(followUp.joinCode);
    vi.useFakeTimers({ toFake: ['Date'], now: followUp.openUntil + 1 });
    const late = await join(followUp.joinCode);
    expect(late.status).toBe(410);
    expect(code(late)).toBe('follow_up_closed');
    expect(late.body.error?.message).toMatch(/vervolg is gesloten/);
    const answer = await postIntent(server.url, followUp.id, early.body.participantToken, { type: 'rubric.answer', stepId: 'rubric', aspectId: 'commitment', phase: 3 });
    expect(answer.status).toBe(410);
  });
});

describe('the trajectory', () => {
  it('compares the sessions per aspect, splits by role from five answers and hides a role with three', async () => {
    await finishedStudyDay();
    const followUp = (await startFollowUp()).body;
    const phones = [];
    for (const role of ['leraar', 'leraar', 'leraar', 'leraar', 'leraar', 'schoolleiding']) phones.push((await join(followUp.joinCode, role)).body);
    await answerRubric(followUp.id, phones, 3);

    const { status, body } = await api<TrajectoryAnswer>(server.url, `/api/workshops/${followUp.id}/trajectory`, { token: day.facilitatorKey });
    expect(status).toBe(200);
    expect(body.rootId).toBe(day.id);
    expect(body.sessions.map((s) => s.kind)).toEqual(['studiedag', 'vervolg']);
    expect(body.sessions.map((s) => s.rubric?.commitment?.median)).toEqual([2, 3]);
    expect(body.sessions.map((s) => s.rubric?.commitment?.respondents)).toEqual([8, 6]);
    expect(body.sessions.map((s) => s.byRole.map((r) => r.roleId))).toEqual([['leraar'], ['leraar']]);
    expect(JSON.stringify(body.sessions)).not.toContain('schoolleiding');
    expect(body.summary[0]).toBe('Het draagvlak steeg van fase 2 naar fase 3.');

    // The beamer may show the sums, and nothing more: no deleting, no export.
    const viaBeamer = await api<TrajectoryAnswer>(server.url, `/api/workshops/${day.id}/trajectory`, { token: day.beamerKey });
    expect(viaBeamer.body.sessions).toHaveLength(2);
    expect((await api(server.url, `/api/workshops/${day.id}/trajectory`, { method: 'DELETE', token: day.beamerKey })).status).toBe(401);
  });

  it('is deleted per session or as a whole', async () => {
    await finishedStudyDay();
    const first = (await startFollowUp()).body;
    const second = (await startFollowUp()).body;
    const del = await api(server.url, `/api/workshops/${first.id}`, { method: 'DELETE', token: day.facilitatorKey });
    expect(del.status).toBe(204);
    const after = await api<TrajectoryAnswer>(server.url, `/api/workshops/${day.id}/trajectory`, { token: day.facilitatorKey });
    expect(after.body.sessions.map((s) => s.id)).toEqual([day.id, second.id]);

    const all = await api(server.url, `/api/workshops/${second.id}/trajectory`, { method: 'DELETE', token: day.facilitatorKey });
    expect(all.status).toBe(204);
    for (const id of [day.id, second.id]) expect((await api(server.url, `/api/workshops/${id}`, { token: day.facilitatorKey })).status).toBe(404);
    expect((await join(second.joinCode)).status).toBe(404);
  });
});

describe('the trajectory as a file', () => {
  async function download(id: string, format: string) {
    const response = await fetch(`${server.url}/api/workshops/${id}/trajectory/export?format=${format}`, { headers: { authorization: `Bearer ${day.facilitatorKey}` } });
    return { status: response.status, bytes: new Uint8Array(await response.arrayBuffer()), disposition: response.headers.get('content-disposition') ?? '' };
  }

  it('exports every session to Word, with the comparison and only roles of five or more', async () => {
    await finishedStudyDay();
    const followUp = (await startFollowUp()).body;
    for (const role of ['leraar', 'leraar', 'leraar', 'leraar', 'leraar', 'schoolleiding']) await answerRubric(followUp.id, [(await join(followUp.joinCode, role)).body], 3);
    const file = await download(followUp.id, 'docx');
    expect(file.status).toBe(200);
    const text = strFromU8(unzipSync(file.bytes)['word/document.xml'] ?? new Uint8Array()).replace(/<[^>]+>/g, ' ');
    expect(text).toContain('Het draagvlak steeg van fase 2 naar fase 3.');
    expect(text).toContain('Per rol');
    expect(text).toContain('Leraar');
    expect(text).not.toContain('Schoolleiding');
    expect(text).toContain('Vervolg 1');
    expect(text).toContain('Studiedag');
    expect(file.disposition).toMatch(/filename="visiebord-traject-gedeelde-doorleefde-visie-in-90-minuten-\d{4}-\d{2}-\d{2}\.docx"/);
  });

  it('compares the sessions of an English study day in English', async () => {
    day = await createWorkshop(server.url, 'studiedag-kort-en');
    await finishedStudyDay();
    const followUp = (await startFollowUp()).body;
    for (const role of ['leraar', 'leraar', 'leraar', 'leraar', 'leraar']) await answerRubric(followUp.id, [(await join(followUp.joinCode, role)).body], 3);
    const file = await download(followUp.id, 'docx');
    expect(file.status).toBe(200);
    expect(file.disposition).toMatch(/filename="visiebord-trajectory-a-shared-lived-vision-in-90-minutes-\d{4}-\d{2}-\d{2}\.docx"/);
    const text = strFromU8(unzipSync(file.bytes)['word/document.xml'] ?? new Uint8Array()).replace(/<[^>]+>/g, ' ');
    for (const expected of ['Trajectory: ', 'Is the vision alive? In brief', 'Support for the vision rose from phase 2 to phase 3.', 'Per aspect of the rubric', 'By role', 'Can explain']) {
      expect(text).toContain(expected);
    }
    expect(text).toMatch(/Study day \(\d{1,2} [A-Z][a-z]+ \d{4}\)/);
    expect(text).toMatch(/Follow-up 1 \(\d{1,2} [A-Z][a-z]+ \d{4}\)/);
    expect(text).not.toMatch(/Traject:|Leeft de visie|draagvlak|Per rol|Sessie|Studiedag \(|Vervolg 1|Kan uitleggen/);
  });

  it('restores a whole trajectory from JSON: new ids and codes, one key, the same figures', async () => {
    await finishedStudyDay();
    const followUp = (await startFollowUp()).body;
    await answerRubric(followUp.id, [(await join(followUp.joinCode, 'leraar')).body], 4);
    const file = await download(day.id, 'json');
    const body = JSON.parse(new TextDecoder().decode(file.bytes)) as { format: string; sessions: unknown[] };
    expect(body.format).toBe('visiebord-trajectory');
    expect(body.sessions).toHaveLength(2);

    const restored = await api<CreateWorkshopResponse & { sessions: Array<{ id: string }> }>(server.url, '/api/workshops/import', { body });
    expect(restored.status).toBe(201);
    expect(restored.body.sessions).toHaveLength(2);
    const again = await api<TrajectoryAnswer>(server.url, `/api/workshops/${restored.body.sessions[1]?.id}/trajectory`, { token: restored.body.facilitatorKey });
    expect(again.status).toBe(200);
    expect(again.body.rootId).toBe(restored.body.id);
    expect(again.body.sessions.map((s) => s.rubric?.commitment?.spread)).toEqual([
      [0, 8, 0, 0],
      [0, 0, 0, 1],
    ]);
  });
});
