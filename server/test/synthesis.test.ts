import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { CreateWorkshopResponse, JoinResponse } from '@visiebord/shared/api';
import { answeredParticipants, assignNoteToCluster, createCluster, getVisionText, readNotes, readSortOf, readSorts, setNoteHidden } from '@visiebord/shared/doc';
import { pickSortHandfuls } from '@visiebord/shared/synthesis';
import { api, createWorkshop, eventually, goToStep, joinWorkshop, postIntent, startServer, type TestServer } from './helpers.ts';
import { connectDoc, connectPhone } from './sockets.ts';
import type { SynthesisResponse, WorkshopResponse } from '@visiebord/shared/api';

const scriptsDir = fileURLToPath(new URL('./fixtures/scripts', import.meta.url));

const NOTES = [
  'School en pabo spelen in hetzelfde team',
  'Samen één team met de hogeschool',
  'Teamsport: opleiden doen we samen',
  'Een marathon, geen sprint',
  'Lange adem: resultaat zie je pas na jaren',
  'Een lange afstandsloop',
  'Concurrentie om leraren met andere scholen',
  'Strijd om de beste studenten in de regio',
  'War for talent: wie haalt de stagiairs binnen',
  'Goed onderwijs voor elk kind',
];

let server: TestServer;
let w: CreateWorkshopResponse;
let phone: JoinResponse;
const noteIds: string[] = [];
beforeEach(async () => {
  server = await startServer({ scriptsDir });
  w = await createWorkshop(server.url, 'alle-staptypen');
  phone = await joinWorkshop(server.url, w.joinCode);
  await goToStep(server.url, w, 'vragen');
  noteIds.length = 0;
  for (const text of NOTES) noteIds.push((await postIntent(server.url, w.id, phone.participantToken, { type: 'note.add', canvasId: 'wedstrijd', text })).body.noteId!);
});
afterEach(async () => {
  await server.close();
});

type Suggestion = SynthesisResponse;
type Workshop = WorkshopResponse;

it('suggests clusters and a draft, keeping the facilitator’s own groups and edits', async () => {
  const facilitator = connectDoc(server.wsUrl, w.id, w.facilitatorKey);
  try {
    await facilitator.synced;
    await eventually(() => expect(readNotes(facilitator.doc, 'wedstrijd')).toHaveLength(NOTES.length));
    createCluster(facilitator.doc, 'wedstrijd', { id: 'mijn-groep', label: 'Samen één team' });
    assignNoteToCluster(facilitator.doc, noteIds[0]!, 'mijn-groep');
    assignNoteToCluster(facilitator.doc, noteIds[9]!, 'mijn-groep');
    setNoteHidden(facilitator.doc, noteIds[8]!, true);
    await eventually(async () => {
      const { body } = await api<Workshop>(server.url, `/api/workshops/${w.id}`, { token: w.facilitatorKey });
      expect(body.canvases.find((c) => c.id === 'wedstrijd')?.clusters).toHaveLength(1);
    });

    const { status, body } = await api<Suggestion>(server.url, `/api/workshops/${w.id}/synthesis`, { body: { canvasIds: ['wedstrijd'] }, token: w.facilitatorKey });
    expect(status).toBe(200);
    const clusters = body.canvases[0]!.clusters;
    const placed = clusters.flatMap((c) => c.noteIds).sort();
    const visible = noteIds.filter((id) => id !== noteIds[8]).sort();
    expect(placed).toEqual(visible);
    expect(clusters.length).toBeGreaterThan(1);
    expect(clusters.length).toBeLessThan(visible.length);
    const mine = clusters.find((c) => c.id === 'mijn-groep');
    expect(mine?.noteIds).toEqual(expect.arrayContaining([noteIds[0], noteIds[9]]));
    for (const c of clusters) expect(c.label.length).toBeGreaterThan(0);
    expect(body.statement.length).toBeGreaterThan(20);

    const { body: stored } = await api<Workshop>(server.url, `/api/workshops/${w.id}`, { token: w.facilitatorKey });
    expect(stored.canvases.find((c) => c.id === 'wedstrijd')?.clusters.flatMap((c) => c.noteIds).sort()).toEqual(visible);
    expect(stored.vision.parts.find((p) => p.canvasId === 'wedstrijd')?.text.length).toBeGreaterThan(10);

    // The facilitator rewrites the draft; a second run suggests again but leaves the words alone.
    await eventually(() => expect(getVisionText(facilitator.doc, 'wedstrijd').length).toBeGreaterThan(0));
    const text = getVisionText(facilitator.doc, 'wedstrijd');
    facilitator.doc.transact(() => {
      text.delete(0, text.length);
      text.insert(0, 'Wij spelen samen, als één team.');
    });
    await eventually(async () => {
      const { body: again } = await api<Workshop>(server.url, `/api/workshops/${w.id}`, { token: w.facilitatorKey });
      expect(again.vision.parts.find((p) => p.canvasId === 'wedstrijd')?.text).toBe('Wij spelen samen, als één team.');
    });
    await api(server.url, `/api/workshops/${w.id}/synthesis`, { body: { canvasIds: ['wedstrijd'] }, token: w.facilitatorKey });
    const { body: after } = await api<Workshop>(server.url, `/api/workshops/${w.id}`, { token: w.facilitatorKey });
    expect(after.vision.parts.find((p) => p.canvasId === 'wedstrijd')?.text).toBe('Wij spelen samen, als één team.');
    expect(after.canvases.find((c) => c.id === 'wedstrijd')?.clusters.find((c) => c.id === 'mijn-groep')?.noteIds).toEqual(
      expect.arrayContaining([noteIds[0], noteIds[9]]),
    );
  } finally {
    facilitator.close();
  }
});

it('refuses unknown canvases and other keys', async () => {
  expect((await api(server.url, `/api/workshops/${w.id}/synthesis`, { body: { canvasIds: ['nergens'] }, token: w.facilitatorKey })).status).toBe(404);
  expect((await api(server.url, `/api/workshops/${w.id}/synthesis`, { body: {}, token: w.beamerKey })).status).toBe(401);
});

it('gives each phone a handful to sort in the group step, and takes its piles', async () => {
  expect((await api(server.url, `/api/workshops/${w.id}/handful`, { token: phone.participantToken })).status).toBe(409);
  await goToStep(server.url, w, 'sorteren');
  const { status, body } = await api<{ stepId: string; notes: Array<{ id: string; text: string }> }>(server.url, `/api/workshops/${w.id}/handful`, {
    token: phone.participantToken,
  });
  expect(status).toBe(200);
  expect(body.stepId).toBe('sorteren');
  expect(body.notes.length).toBe(8);
  expect(body.notes.every((n) => noteIds.includes(n.id) && NOTES.includes(n.text))).toBe(true);
  const [a, b, c, ...rest] = body.notes.map((n) => n.id);
  const sorted = await postIntent(server.url, w.id, phone.participantToken, { type: 'sort.submit', stepId: 'sorteren', piles: [[a, b], [c], rest] });
  expect(sorted.status).toBe(200);
});

it('hands the phones different handfuls in the order they ask, and a phone asking again the same one', async () => {
  const first = await joinWorkshop(server.url, w.joinCode);
  const second = await joinWorkshop(server.url, w.joinCode);
  await goToStep(server.url, w, 'sorteren');
  type Handful = { notes: Array<{ id: string }> };
  const ask = async (token: string): Promise<string[]> =>
    (await api<Handful>(server.url, `/api/workshops/${w.id}/handful`, { token })).body.notes.map((n) => n.id).sort();
  const a = await ask(first.participantToken);
  const b = await ask(second.participantToken);
  expect(a).toHaveLength(8);
  expect(b).not.toEqual(a);
  expect(await ask(first.participantToken)).toEqual(a);
  // The first two sets the engine made, in that order: together they spread the comparisons.
  const { body } = await api<{ canvases: Array<{ id: string; prompt: string; notes: Array<{ id: string; text: string }> }> }>(server.url, `/api/workshops/${w.id}`, { token: w.facilitatorKey });
  const canvas = body.canvases.find((c) => c.id === 'wedstrijd');
  const sets = pickSortHandfuls({ prompt: canvas?.prompt ?? '', notes: canvas?.notes ?? [] }, { phones: 2, size: 8, seed: 1 });
  expect([a, b]).toEqual(sets);
});

it('hands each phone notes of one question, the questions in turn, when the room sorts several at once', async () => {
  const rules = ['Iedereen is op tijd', 'We spreken elkaar aan', 'Fouten maken mag', 'Afspraak is afspraak', 'We vieren successen'];
  const ruleIds: string[] = [];
  for (const text of rules) ruleIds.push((await postIntent(server.url, w.id, phone.participantToken, { type: 'note.add', canvasId: 'spelregels', text })).body.noteId!);
  await goToStep(server.url, w, 'sorteren');
  type Handful = { notes: Array<{ id: string }> };
  const handfuls: string[][] = [];
  for (let i = 0; i < 4; i++) {
    const { participantToken } = await joinWorkshop(server.url, w.joinCode);
    handfuls.push((await api<Handful>(server.url, `/api/workshops/${w.id}/handful`, { token: participantToken })).body.notes.map((n) => n.id));
  }
  const question = (handful: string[]) => (handful.every((id) => noteIds.includes(id)) ? 'wedstrijd' : handful.every((id) => ruleIds.includes(id)) ? 'spelregels' : 'mixed');
  expect(handfuls.map(question)).toEqual(['wedstrijd', 'spelregels', 'wedstrijd', 'spelregels']);
  expect(handfuls.map((h) => h.length)).toEqual([8, 5, 8, 5]);
  expect(handfuls[2]).not.toEqual(handfuls[0]);
});

it('scores how many colleagues explain the vision in their own words, against the norm', async () => {
  await api(server.url, `/api/workshops/${w.id}/synthesis`, { body: { canvasIds: ['wedstrijd'] }, token: w.facilitatorKey });
  await goToStep(server.url, w, 'uitleggen');
  const bram = await joinWorkshop(server.url, w.joinCode);
  await postIntent(server.url, w.id, phone.participantToken, {
    type: 'explain.submit',
    stepId: 'uitleggen',
    text: 'School en hogeschool zijn één team; het is een marathon met een lange adem, en we strijden met andere scholen om leraren.',
  });
  await postIntent(server.url, w.id, bram.participantToken, { type: 'explain.submit', stepId: 'uitleggen', text: 'Geen idee eerlijk gezegd.' });
  type Score = { norm: number; submitted: number; explaining: number; share: number; themes: Array<{ label: string; coveredBy: number }> };
  const { status, body } = await api<Score>(server.url, `/api/workshops/${w.id}/explain-score`, { token: w.beamerKey });
  expect(status).toBe(200);
  expect(body).toMatchObject({ norm: 80, submitted: 2, explaining: 1, share: 0.5 });
  expect(body.themes.length).toBeGreaterThanOrEqual(2);
  expect(body.themes.every((t) => t.coveredBy <= 1)).toBe(true);
  expect(body.themes.filter((t) => t.coveredBy === 1).length).toBeGreaterThanOrEqual(2);
});

it('lets phones agree with or question each sentence of the draft statement', async () => {
  await api(server.url, `/api/workshops/${w.id}/synthesis`, { body: { canvasIds: ['wedstrijd'] }, token: w.facilitatorKey });
  await goToStep(server.url, w, 'synthese');
  const phoneView = connectPhone(server.wsUrl, w.id, phone.participantToken);
  try {
    await phoneView.opened;
    await eventually(() => expect(phoneView.state.step?.vision?.sentences.length).toBeGreaterThan(1));
    const [first, second] = phoneView.state.step!.vision!.sentences;
    const react = (sentenceKey: string, reaction: string) => postIntent(server.url, w.id, phone.participantToken, { type: 'vision.react', stepId: 'synthese', sentenceKey, reaction });
    expect((await react(first!.key, 'agree')).status).toBe(200);
    expect((await react(second!.key, 'question')).status).toBe(200);
    expect((await react('zbestaatniet', 'agree')).status).toBe(400);
    await eventually(() => expect(phoneView.state.messages.at(-1)).toEqual({ t: 'mine', stepId: 'synthese', answers: { reactions: { [first!.key]: 'agree', [second!.key]: 'question' } } }));
    type Reactions = { reactions: Array<{ stepId: string; sentences: Array<{ key: string; agree: number; question: number }> }> };
    const { body } = await api<Reactions>(server.url, `/api/workshops/${w.id}`, { token: w.facilitatorKey });
    const sentences = body.reactions.find((r) => r.stepId === 'synthese')!.sentences;
    expect(sentences.find((s) => s.key === first!.key)).toMatchObject({ agree: 1, question: 0 });
    expect(sentences.find((s) => s.key === second!.key)).toMatchObject({ agree: 0, question: 1 });
  } finally {
    phoneView.close();
  }
});

it('lets a phone that sent its sort sort another handful, where the room has the fewest sorts, until nothing useful is left', async () => {
  const rules = ['Iedereen is op tijd', 'We spreken elkaar aan', 'Fouten maken mag', 'Afspraak is afspraak', 'We vieren successen'];
  const ruleIds: string[] = [];
  for (const text of rules) ruleIds.push((await postIntent(server.url, w.id, phone.participantToken, { type: 'note.add', canvasId: 'spelregels', text })).body.noteId!);
  await goToStep(server.url, w, 'sorteren');
  type More = { stepId: string; notes: Array<{ id: string; text: string }>; round: number; enough: boolean };
  const ask = (round: number | string) => api<More & { error?: { code: string; message: string } }>(server.url, `/api/workshops/${w.id}/handful?round=${round}`, { token: phone.participantToken });

  const first = (await ask(0)).body.notes.map((n) => n.id);
  expect(first.every((id) => noteIds.includes(id))).toBe(true);
  // Not before its own handful is sorted and sent.
  const early = await ask(1);
  expect(early.status).toBe(409);
  expect(early.body.error?.code).toBe('sort_first');
  const firstPiles = [first.slice(0, 3), first.slice(3)];
  expect((await postIntent(server.url, w.id, phone.participantToken, { type: 'sort.submit', stepId: 'sorteren', piles: firstPiles })).status).toBe(200);

  // The other question has no sorts yet: the next handful is of it, and asking again gives the same.
  const second = await ask(1);
  expect(second.status).toBe(200);
  expect(second.body).toMatchObject({ stepId: 'sorteren', round: 1, enough: false });
  const secondIds = second.body.notes.map((n) => n.id);
  expect([...secondIds].sort()).toEqual([...ruleIds].sort());
  expect((await ask(1)).body.notes.map((n) => n.id)).toEqual(secondIds);
  const secondPiles = [secondIds.slice(0, 2), secondIds.slice(2)];
  // Handfuls come one after another: a sort for a later one than it was handed is refused.
  const ahead = await postIntent(server.url, w.id, phone.participantToken, { type: 'sort.submit', stepId: 'sorteren', piles: secondPiles, round: 2 });
  expect(ahead.status).toBe(409);
  expect(ahead.body.error?.code).toBe('sort_first');
  expect((await postIntent(server.url, w.id, phone.participantToken, { type: 'sort.submit', stepId: 'sorteren', piles: secondPiles, round: 1 })).status).toBe(200);

  // It sorted both questions and eight of the ten notes of the first: nothing useful is left for it.
  const third = await ask(2);
  expect(third.status).toBe(200);
  expect(third.body).toMatchObject({ round: 2, enough: true, notes: [] });
  const bad = await ask('twee');
  expect(bad.status).toBe(400);
  expect(bad.body.error?.message).toMatch(/stapel/);

  // Both sorts are in, the first as it was sent; the beamer counts sorts and how each question is
  // covered (eight notes of the first question sorted once, the second's five), the console phones.
  const { body } = await api<Workshop>(server.url, `/api/workshops/${w.id}`, { token: w.facilitatorKey });
  expect(body.sorts).toEqual([
    {
      stepId: 'sorteren',
      count: 2,
      questions: [
        expect.objectContaining({ canvasId: 'wedstrijd', notes: 10, timesSorted: 8 }),
        expect.objectContaining({ canvasId: 'spelregels', notes: 5, timesSorted: 5 }),
      ],
    },
  ]);
  const facilitator = connectDoc(server.wsUrl, w.id, w.facilitatorKey);
  try {
    await facilitator.synced;
    const sorts = readSorts(facilitator.doc, 'sorteren');
    expect([...sorts.values()]).toEqual([firstPiles, secondPiles]);
    expect(readSortOf(facilitator.doc, 'sorteren', phone.participantId)).toEqual(firstPiles);
    expect(answeredParticipants(facilitator.doc, 'sorteren')).toEqual(new Set([phone.participantId]));
  } finally {
    facilitator.close();
  }
  // And the engine hears the second sort: it puts the five rules in the room's two piles.
  const suggestion = await api<Suggestion>(server.url, `/api/workshops/${w.id}/synthesis`, { method: 'POST', token: w.facilitatorKey, body: { canvasIds: ['spelregels'] } });
  expect(suggestion.status).toBe(200);
  const clusters = suggestion.body.canvases?.[0]?.clusters.map((c) => [...c.noteIds].sort()) ?? [];
  expect(clusters).toEqual(expect.arrayContaining(secondPiles.map((p) => [...p].sort())));
});

it('drafts an English workshop’s answers in English, in the question’s own form', async () => {
  const english = await startServer();
  try {
    const workshop = await createWorkshop(english.url, 'studiedag-kort-en');
    const colleague = await joinWorkshop(english.url, workshop.joinCode);
    await goToStep(english.url, workshop, 'gedeelde-visie');
    const notes = ['Competing with other schools for new teachers', 'Other schools compete for our student teachers', 'Keeping starting teachers', 'Keeping new colleagues for years'];
    for (const text of notes) {
      const { status } = await postIntent(english.url, workshop.id, colleague.participantToken, { type: 'note.add', canvasId: 'wedstrijd', text });
      expect(status).toBe(200);
    }
    const { status, body } = await api<Suggestion>(english.url, `/api/workshops/${workshop.id}/synthesis`, { body: { canvasIds: ['wedstrijd'] }, token: workshop.facilitatorKey });
    expect(status).toBe(200);
    const answer = body.canvases[0]!.statement;
    expect(answer.text).toMatch(/^The game we play is about /);
    expect(answer.text).not.toMatch(/\b(?:wij|spelen|wedstrijd|en|ook|voor)\b/);
    for (const sentence of answer.sentences) expect(sentence.noteIds.length).toBeGreaterThan(0);
  } finally {
    await english.close();
  }
});
