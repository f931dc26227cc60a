import { fileURLToPath } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CreateWorkshopResponse } from '@visiebord/shared/api';
import { addNote, assignNoteToCluster, createCluster, setNoteHidden, setVisionText, STATEMENT_KEY } from '@visiebord/shared/doc';
import type { ExportModel, WorkshopFile } from '@visiebord/shared/export';
import { api, createWorkshop, goToStep, joinWorkshop, postIntent, startServer, type TestServer } from './helpers.ts';

const scriptsDir = fileURLToPath(new URL('./fixtures/scripts', import.meta.url));

let server: TestServer;
let w: CreateWorkshopResponse;
beforeEach(async () => {
  server = await startServer({ scriptsDir });
  w = await createWorkshop(server.url, 'alle-staptypen');
});
afterEach(async () => {
  await server.close();
});

async function download(format: string, workshop = w) {
  const response = await fetch(`${server.url}/api/workshops/${workshop.id}/export?format=${format}`, {
    headers: { authorization: `Bearer ${workshop.facilitatorKey}` },
  });
  const bytes = new Uint8Array(await response.arrayBuffer());
  return { status: response.status, headers: response.headers, bytes, text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes) };
}

/** The visible text of a .docx: its word/document.xml with the markup taken out. */
function docxText(bytes: Uint8Array): { xml: string; text: string } {
  const xml = strFromU8(unzipSync(bytes)['word/document.xml'] ?? new Uint8Array());
  const text = xml
    .replace(/<\/w:p>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
  return { xml, text };
}

const room = async () => {
  const r = await server.app.rooms.get(w.id);
  if (!r) throw new Error('no room');
  return r;
};

/** A morning's work: two phones, notes with accents, quotes and a formula, a cluster, a poll, the rubric, a vision. */
async function fillWorkshop() {
  const anna = await joinWorkshop(server.url, w.joinCode, 'Anna');
  const bram = await joinWorkshop(server.url, w.joinCode);
  await goToStep(server.url, w, 'vragen');
  const add = async (token: string, canvasId: string, text: string) =>
    (await postIntent(server.url, w.id, token, { type: 'note.add', canvasId, text })).body.noteId ?? '';
  const n1 = await add(anna.participantToken, 'wedstrijd', 'Eén team: school én pabo, samen');
  const n2 = await add(bram.participantToken, 'wedstrijd', 'Zij zei: "iedereen leidt op"');
  await add(bram.participantToken, 'wedstrijd', '=CMD("calc")');
  const hidden = await add(bram.participantToken, 'spelregels', 'Iets wat niet in het verslag hoort');
  const live = await room();
  const doc = live.doc;
  await live.change(() => {
    createCluster(doc, 'wedstrijd', { id: 'samen', label: 'Samen opleiden' });
    assignNoteToCluster(doc, n1, 'samen');
    assignNoteToCluster(doc, n2, 'samen');
    setNoteHidden(doc, hidden, true);
    setVisionText(doc, STATEMENT_KEY, 'Wij leiden samen op: elke collega is opleider.');
  });
  await goToStep(server.url, w, 'bekend');
  await postIntent(server.url, w.id, anna.participantToken, { type: 'poll.answer', stepId: 'bekend', value: 'goed' });
  await goToStep(server.url, w, 'rubric');
  await postIntent(server.url, w.id, anna.participantToken, { type: 'rubric.answer', stepId: 'rubric', aspectId: 'commitment', phase: 3 });
  await goToStep(server.url, w, 'uitleggen');
  await postIntent(server.url, w.id, anna.participantToken, { type: 'explain.submit', stepId: 'uitleggen', text: 'Samen opleiden: één team van school en pabo.' });
  return { anna, bram };
}

describe('export', () => {
  it('gives a Word document with a title page, Dutch headings, the vision, notes and the rubric', async () => {
    await fillWorkshop();
    const file = await download('docx');
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(file.headers.get('content-disposition')).toMatch(/^attachment; filename="visiebord-alle-staptypen-\d{4}-\d{2}-\d{2}\.docx"$/);
    const { xml, text } = docxText(file.bytes);
    expect(xml).toContain('w:val="Title"');
    expect(xml).toContain('w:val="Heading1"');
    expect(xml).toContain('w:val="Heading2"');
    for (const expected of ['Alle staptypen', 'Deelnemers: 2', 'Visie', 'Wij leiden samen op: elke collega is opleider.', 'Samen opleiden', 'Eén team: school én pabo, samen', 'Peilingen', 'Goed bekend', 'Ontwikkelrubric: Waar staan we?', 'Verkennen', 'Doorleven', 'Partners committeren zich', 'fase 3 (Verbinden)', '1 van 2 deelnemers (50%) legde de visie uit in eigen woorden (1 schreef een uitleg). Norm: 80% — nog niet gehaald.', 'Bijlage: alle notities', 'Anna']) {
      expect(text).toContain(expected);
    }
    expect(text).not.toContain('niet in het verslag');
  });

  it('gives Markdown with the same content', async () => {
    await fillWorkshop();
    const file = await download('md');
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('text/markdown; charset=utf-8');
    expect(file.text).toMatch(/^# Alle staptypen\n/);
    expect(file.text).toContain('## Visie\n\nWij leiden samen op: elke collega is opleider.');
    expect(file.text).toContain('### Samen opleiden');
    expect(file.text).toContain('- Eén team: school én pabo, samen _(Anna)_');
    expect(file.text).toContain('| Commitment | 0 | 0 | 1 | 0 | fase 3 (Verbinden) |');
    expect(file.text).not.toContain('niet in het verslag');
  });

  it('gives a CSV of all notes that Excel reads with accents and cannot run', async () => {
    await fillWorkshop();
    const file = await download('csv');
    expect(file.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect([...file.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = file.text.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(lines[0]).toBe('Vraag,Groep,Notitie,Stippen,Tijd,Naam');
    expect(lines).toHaveLength(4);
    expect(lines[1]).toMatch(/^Welke wedstrijd spelen wij\?,Samen opleiden,"Eén team: school én pabo, samen",0,\d{4}-\d\d-\d\d \d\d:\d\d,Anna$/);
    expect(lines[2]).toContain('"Zij zei: ""iedereen leidt op"""');
    expect(lines[3]).toContain(`"'=CMD(""calc"")"`);
  });

  it('gives a print view that links its stylesheet and runs nothing', async () => {
    await fillWorkshop();
    const file = await download('html');
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(file.headers.get('content-disposition')).toMatch(/^inline; /);
    expect(file.text).toContain('<link rel="stylesheet" href="/export/print.css">');
    expect(file.text).not.toMatch(/<script|<style|style=/i);
    expect(file.text).toContain('&quot;iedereen leidt op&quot;');
    const css = await fetch(`${server.url}/export/print.css`);
    expect(css.status).toBe(200);
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect(await css.text()).toContain('@media print');
  });

  it('refuses an unknown format and a missing key, in Dutch', async () => {
    const unknown = await api<{ error: { code: string; message: string } }>(server.url, `/api/workshops/${w.id}/export?format=pdf`, { token: w.facilitatorKey });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.code).toBe('export_format');
    expect(unknown.body.error.message).toContain('kent Visiebord niet');
    expect((await api(server.url, `/api/workshops/${w.id}/export?format=md`)).status).toBe(401);
    expect((await api(server.url, `/api/workshops/${w.id}/export?format=md`, { token: w.beamerKey })).status).toBe(401);
  });

  it('exports an empty workshop in every format', async () => {
    for (const format of ['docx', 'md', 'csv', 'json', 'html']) {
      const file = await download(format);
      expect(file.status, format).toBe(200);
      expect(file.bytes.length, format).toBeGreaterThan(0);
    }
    expect(docxText((await download('docx')).bytes).text).toContain('Er is nog geen visie opgesteld.');
    expect((await download('csv')).text).toBe('\uFEFFVraag,Groep,Notitie,Stippen,Tijd,Naam\r\n');
  });

  it('exports a workshop of 1,000 notes in every format within a few seconds', async () => {
    const r = await room();
    await r.change(() => {
      for (let i = 0; i < 1000; i++) {
        addNote(r.doc, { id: `note-${i}`, canvasId: i % 2 ? 'wedstrijd' : 'spelregels', text: `Notitie ${i}: één, "twee" en drie`, authorId: `p${i % 40}`, createdAt: Date.now() + i });
      }
    });
    for (const format of ['docx', 'md', 'csv', 'json', 'html']) {
      const started = performance.now();
      const file = await download(format);
      const ms = performance.now() - started;
      expect(file.status, format).toBe(200);
      expect(ms, format).toBeLessThan(3000);
    }
    expect(docxText((await download('docx')).bytes).text).toContain('Notitie 999: één, "twee" en drie');
    expect((await download('csv')).text.trimEnd().split('\r\n')).toHaveLength(1001);
  });
});

it('gives an English workshop its Word document and Markdown in English', async () => {
  const english = await startServer();
  try {
    const workshop = await createWorkshop(english.url, 'studiedag-kort-en');
    const colleague = await joinWorkshop(english.url, workshop.joinCode, 'Sam');
    const other = await joinWorkshop(english.url, workshop.joinCode);
    await goToStep(english.url, workshop, 'doelen-bekend');
    await postIntent(english.url, workshop.id, colleague.participantToken, { type: 'poll.answer', stepId: 'doelen-bekend', value: 'meesten' });
    await goToStep(english.url, workshop, 'gedeelde-visie');
    for (const text of ['Every pupil deserves a well trained teacher', 'Keeping new colleagues for years']) {
      expect((await postIntent(english.url, workshop.id, colleague.participantToken, { type: 'note.add', canvasId: 'wedstrijd', text })).status).toBe(200);
    }
    await postIntent(english.url, workshop.id, other.participantToken, { type: 'note.add', canvasId: 'spelregels', text: 'We keep our promises' });
    await goToStep(english.url, workshop, 'rubric');
    await postIntent(english.url, workshop.id, colleague.participantToken, { type: 'rubric.answer', stepId: 'rubric', aspectId: 'commitment', phase: 2 });
    await goToStep(english.url, workshop, 'uitleggen');
    await postIntent(english.url, workshop.id, colleague.participantToken, { type: 'explain.submit', stepId: 'uitleggen', text: 'We train together so every pupil has a well trained teacher.' });

    const get = async (format: string) => {
      const response = await fetch(`${english.url}/api/workshops/${workshop.id}/export?format=${format}`, { headers: { authorization: `Bearer ${workshop.facilitatorKey}` } });
      expect(response.status, format).toBe(200);
      return new Uint8Array(await response.arrayBuffer());
    };
    const docx = await get('docx');
    const { text: word } = docxText(docx);
    const markdown = new TextDecoder().decode(await get('md'));
    // Word checks the spelling in the document's language.
    expect(strFromU8(unzipSync(docx)['word/styles.xml'] ?? new Uint8Array()).match(/<w:lang w:val="([^"]+)"/)?.[1]).toBe('en-GB');
    for (const expected of ['Participants: 2', 'Vision', 'No vision has been drafted yet.', 'Every pupil deserves a well trained teacher (Sam)', 'Polls', 'Known to most of those involved', '1 participant answered.', 'Development rubric: ', 'Median', 'phase 2 (', 'The vision in their own words', 'Appendix: all notes', 'Study day of ']) {
      expect(word).toContain(expected);
    }
    for (const expected of ['## Vision', '_No vision has been drafted yet._', '- Every pupil deserves a well trained teacher _(Sam)_', '## Polls', '| Answer | Count | Share |', '## The vision in their own words', '## Appendix: all notes']) {
      expect(markdown).toContain(expected);
    }
    expect(markdown).toMatch(/^Date: \d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December) \d{4} {2}$/m);
    expect(markdown).toMatch(/of 2 participants \(\d+%\) explained the vision in their own words \(1 wrote an explanation\)\. Norm: 80% — (?:not yet )?met\./);
    const dutch = /\b(?:Visie|Deelnemers?|deelnemers?|Notities|stip(?:pen)?|Peilingen|Ontwikkelrubric|fase|Mediaan|Bijlage|Datum|Geëxporteerd|Studiedag van|gehaald)\b/;
    expect(word).not.toMatch(dutch);
    expect(markdown).not.toMatch(dutch);
  } finally {
    await english.close();
  }
});

describe('import', () => {
  const importFile = (body: unknown) => api<CreateWorkshopResponse & { error?: { code: string; message: string } }>(server.url, '/api/workshops/import', { body });

  it('turns an exported workshop into a new one that exports the same', async () => {
    const { anna } = await fillWorkshop();
    const exported = JSON.parse((await download('json')).text) as WorkshopFile;
    expect(exported).toMatchObject({ format: 'visiebord-workshop', version: 1 });

    const created = await importFile(exported);
    expect(created.status).toBe(201);
    expect(created.body.id).not.toBe(w.id);
    expect(created.body.joinCode).not.toBe(w.joinCode);
    expect(created.body.facilitatorKey).not.toBe(w.facilitatorKey);
    expect(created.body.urls.join).toMatch(new RegExp(`/j/${created.body.joinCode}$`));

    const copy = created.body;
    const again = JSON.parse((await download('json', copy)).text) as WorkshopFile;
    const content = (model: ExportModel) => ({ ...model, exportedAt: 0 });
    expect(content(again.workshop)).toEqual(content(exported.workshop));
    const dropExportLine = (md: string) => md.replace(/Geëxporteerd uit Visiebord op .*/, '');
    expect(dropExportLine((await download('md', copy)).text)).toBe(dropExportLine((await download('md')).text));
    expect((await download('csv', copy)).text).toBe((await download('csv')).text);

    // The notes came along; the old phones' tokens did not.
    expect((await postIntent(server.url, copy.id, anna.participantToken, { type: 'profile.rename', name: 'Anna' })).status).toBe(401);
    expect((await joinWorkshop(server.url, copy.joinCode, 'Nieuw')).workshopId).toBe(copy.id);
  });

  it('refuses a hostile or broken file with a Dutch message, never a server error', async () => {
    const good = JSON.parse((await download('json')).text) as WorkshopFile;
    const bodies: unknown[] = [
      {},
      [],
      'tekst',
      { format: 'visiebord-workshop' },
      { ...good, version: 99 },
      { ...good, doc: 'bm9nIGdlZW4gd29ya3Nob3A=' },
      { ...good, doc: '!!!' },
      { ...good, doc: good.doc.slice(0, 40) },
      { ...good, workshop: { participants: -1 } },
      { ...good, doc: { nested: true } },
    ];
    for (const body of bodies) {
      const response = await importFile(body);
      expect(response.status, JSON.stringify(body).slice(0, 80)).toBe(400);
      expect(response.body.error?.message).toMatch(/Visiebord|verzoek/);
    }
    const notJson = await api(server.url, '/api/workshops/import', { raw: '{"format": "visiebord-workshop", ' });
    expect(notJson.status).toBe(400);
    const tooBig = await api(server.url, '/api/workshops/import', { raw: JSON.stringify({ ...good, padding: 'x'.repeat(21 * 1024 * 1024) }) });
    expect(tooBig.status).toBe(413);
  });
});
