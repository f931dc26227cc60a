import WebSocket from 'ws';
import { setCanvasRevealed } from '@visiebord/shared/doc';
import type { LiveMessage } from '@visiebord/shared/projection';
import { inBatches, sleep, summarize, type Latency } from './stats.ts';
import { CANVASES, createWorkshop, goToPromptStep, join, postNote } from './visiebordApi.ts';
import { YClient } from './yclient.ts';

export type LateJoinerResult = {
  notes: number;
  /** A new phone, canvases not revealed: it gets the step and its own (no) notes. */
  phoneHidden: Latency;
  /** A new phone with every canvas revealed: it gets all notes. */
  phoneRevealed: Latency;
  /** A new beamer: y-websocket sync of the whole document, applied to its Y.Doc. */
  beamer: Latency;
  phoneRevealedBytes: number;
  beamerBytes: number;
};

const AUTHORS = 50;
const NOTES_EACH = 40;

/** Milliseconds from opening a phone's live socket to having everything it needs to show the step. */
async function timePhone(wsUrl: string, workshopId: string, token: string): Promise<{ ms: number; bytes: number; notes: number }> {
  const started = performance.now();
  const ws = new WebSocket(`${wsUrl}/live/${workshopId}?token=${encodeURIComponent(token)}`, { perMessageDeflate: false });
  let bytes = 0;
  let notes = 0;
  try {
    return await new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('phone not ready within 10 s')), 10_000);
      let step = false;
      ws.on('message', (data: Buffer) => {
        bytes += data.byteLength;
        // A phone parses every message; ready once it has the step and the room's and its own notes.
        const message = JSON.parse(data.toString()) as LiveMessage;
        if (message.t === 'step') step = true;
        if (message.t === 'notes') notes = message.upsert.length;
        if (message.t === 'own' && step) {
          clearTimeout(timer);
          resolve({ ms: performance.now() - started, bytes, notes });
        }
      });
      ws.once('close', (code) => reject(new Error(`closed ${code}`)));
    });
  } finally {
    ws.terminate();
  }
}

/**
 * Late joiners: a workshop with 2,000 notes (50 phones × 40), then a new phone and a new beamer
 * connect, several times each, and we time until each is ready.
 */
export async function runLateJoiner(server: { url: string; wsUrl: string }, rounds = 7): Promise<LateJoinerResult> {
  const { url, wsUrl } = server;
  const workshop = await createWorkshop(url);
  await goToPromptStep(url, workshop);
  const authors = await inBatches(
    Array.from({ length: AUTHORS }, (_, i) => i),
    10,
    (i) => join(url, workshop.joinCode, `Auteur ${i + 1}`),
  );
  // Forty notes each fit within one phone's burst of the intent rate limit.
  await inBatches(authors, 10, async (author, a) => {
    for (let n = 0; n < NOTES_EACH; n++) {
      const status = await postNote(url, workshop.id, author.participantToken, CANVASES[n % CANVASES.length] ?? 'wedstrijd', `Notitie ${n + 1} van auteur ${a + 1}: we leren van en met elkaar in de school`);
      if (status !== 200) throw new Error(`seeding note failed: ${status}`);
    }
  });
  const latecomer = await join(url, workshop.joinCode, 'Laatkomer');

  const syncUrl = (key: string) => `${wsUrl}/sync/${workshop.id}?token=${encodeURIComponent(key)}`;
  const timeBeamer = async () => {
    const beamer = new YClient({ url: syncUrl(workshop.beamerKey), dialect: { kind: 'y-websocket' }, keepDoc: true });
    try {
      return { ms: await beamer.synced, bytes: beamer.bytesReceived };
    } finally {
      beamer.close();
    }
  };

  const phoneHidden: number[] = [];
  const phoneRevealed: number[] = [];
  const beamer: number[] = [];
  let phoneRevealedBytes = 0;
  let beamerBytes = 0;
  // One unmeasured round each, so the first measured one is not the JIT's warm-up.
  await timePhone(wsUrl, workshop.id, latecomer.participantToken);
  await timeBeamer();
  for (let i = 0; i < rounds; i++) {
    phoneHidden.push((await timePhone(wsUrl, workshop.id, latecomer.participantToken)).ms);
    const b = await timeBeamer();
    beamer.push(b.ms);
    beamerBytes = b.bytes;
  }

  const facilitator = new YClient({ url: syncUrl(workshop.facilitatorKey), dialect: { kind: 'y-websocket' }, keepDoc: true });
  await facilitator.synced;
  const doc = facilitator.doc;
  if (!doc) throw new Error('facilitator has no document');
  for (const canvasId of CANVASES) setCanvasRevealed(doc, canvasId, true);
  await sleep(300);
  let seen = 0;
  await timePhone(wsUrl, workshop.id, latecomer.participantToken);
  for (let i = 0; i < rounds; i++) {
    const p = await timePhone(wsUrl, workshop.id, latecomer.participantToken);
    phoneRevealed.push(p.ms);
    phoneRevealedBytes = p.bytes;
    seen = p.notes;
  }
  facilitator.close();
  if (seen !== AUTHORS * NOTES_EACH) throw new Error(`a revealed late joiner saw ${seen} notes, not ${AUTHORS * NOTES_EACH}`);

  return {
    notes: AUTHORS * NOTES_EACH,
    phoneHidden: summarize(phoneHidden),
    phoneRevealed: summarize(phoneRevealed),
    beamer: summarize(beamer),
    phoneRevealedBytes,
    beamerBytes,
  };
}
