import type { HandfulResponse, MoreHandfulResponse } from '@visiebord/shared/api';
import type * as Y from 'yjs';
import { AppError } from '@visiebord/shared/api';
import { answerParticipant, readCanvas, readCurrentStep, readNotes, readSortOf, readSorts } from '@visiebord/shared/doc';
import type { StepOf } from '@visiebord/shared/script';
import { chooseNextSet } from './nextHandful.ts';
import { pickSortHandfuls } from '@visiebord/shared/synthesis';

/**
 * One step's handfuls, the notes' texts and questions, which set each phone was given first, and
 * which it was given for each further round ("Nog een stapel sorteren").
 */
type Handfuls = {
  key: string;
  sets: string[][];
  text: Map<string, string>;
  questionOf: Map<string, number>;
  slotOf: Map<string, number>;
  moreOf: Map<string, Map<number, number>>;
};

const cache = new WeakMap<Y.Doc, Handfuls>();

/** More handfuls than phones, so every note is seen several times however many join (over all the step's questions). */
const HANDFUL_SETS = 60;

/**
 * Which set a phone sorts: the sets are made so that the first k spread the comparisons well for k
 * phones, so phones get them in the order they ask (the first phone set 0, the next set 1, …), and a
 * phone asking again gets the set it was given. Handing sets out by a hash of the phone instead
 * leaves some sets to two phones and others to none: in bench:synth's simulated rooms of 30 phones
 * that took the consensus from about 0.76 to 0.57 ARI on the dev sets. The order is kept per server
 * instance; a phone whose retry reaches another instance may be given another set, and the phone
 * keeps the first handful it got for the step anyway.
 */
function slotFor(handfuls: Handfuls, participantId: string): number {
  let slot = handfuls.slotOf.get(participantId);
  if (slot === undefined) {
    slot = handfuls.slotOf.size % handfuls.sets.length;
    handfuls.slotOf.set(participantId, slot);
  }
  return slot;
}

/**
 * The sets for a group step: per question its own handfuls (the engine clusters each question
 * apart, so a pair of notes from two questions tells it nothing), dealt out question by question —
 * set k is handful ⌊k / C⌋ of question k mod C — so the first phones spread over every question.
 * A question with fewer than two notes has nothing to sort.
 */
function stepSets(questions: readonly { prompt: string; notes: readonly { id: string; text: string }[] }[], size: number): string[][] {
  const sortable = questions.filter((q) => q.notes.length >= 2);
  if (sortable.length === 0) return [];
  const perQuestion = Math.ceil(HANDFUL_SETS / sortable.length);
  const handfuls = sortable.map((q) => pickSortHandfuls({ prompt: q.prompt, notes: [...q.notes] }, { phones: perQuestion, size, seed: 1 }));
  return Array.from({ length: perQuestion * sortable.length }, (_, k) => handfuls[k % sortable.length]?.[Math.floor(k / sortable.length)] ?? []);
}

/** The current group step and its handfuls, made again when its notes change. */
function stepHandfuls(doc: Y.Doc): { step: StepOf<'group'>; handfuls: Handfuls } {
  const step = readCurrentStep(doc);
  if (!step || step.type !== 'group') throw new AppError('step_not_current', 'Er wordt nu niet gesorteerd. Volg het scherm voorin de zaal.');
  const questions = step.canvasIds.map((canvasId) => ({
    prompt: readCanvas(doc, canvasId)?.prompt ?? '',
    notes: readNotes(doc, canvasId)
      .filter((n) => !n.hidden)
      .map((n) => ({ id: n.id, text: n.text })),
  }));
  const key = `${step.id}|${step.handful}|${questions.map((q) => q.notes.map((n) => n.id).join(',')).join('|')}`;
  let handfuls = cache.get(doc);
  if (!handfuls || handfuls.key !== key) {
    handfuls = {
      key,
      sets: stepSets(questions, step.handful),
      text: new Map(questions.flatMap((q) => q.notes.map((n) => [n.id, n.text]))),
      questionOf: new Map(questions.flatMap((q, index) => q.notes.map((n) => [n.id, index]))),
      slotOf: new Map(),
      moreOf: new Map(),
    };
    cache.set(doc, handfuls);
  }
  return { step, handfuls };
}

const notesOf = (handfuls: Handfuls, set: readonly string[]) => set.map((id) => ({ id, text: handfuls.text.get(id) ?? '' }));

/**
 * The notes one phone is asked to sort in the current group step, spread so the room compares as
 * many different pairs of notes of one question as it can. Computed once per step and set of
 * notes, then handed out to the phones in the order they ask.
 */
export function handfulFor(doc: Y.Doc, participantId: string): HandfulResponse {
  const { step, handfuls } = stepHandfuls(doc);
  const set = handfuls.sets.length > 0 ? (handfuls.sets[slotFor(handfuls, participantId)] ?? []) : [];
  return { stepId: step.id, notes: notesOf(handfuls, set) };
}

/**
 * A further handful for a phone that sent its sort: where the room's evidence is thinnest, never
 * one this phone had (see `chooseNextSet`). Asking again for the same round gives the same set;
 * `enough` when nothing useful is left for this phone.
 */
export function moreHandfulFor(doc: Y.Doc, participantId: string, round: number): MoreHandfulResponse {
  const { step, handfuls } = stepHandfuls(doc);
  if (!readSortOf(doc, step.id, participantId)) throw new AppError('sort_first');
  const mine = handfuls.moreOf.get(participantId) ?? new Map<number, number>();
  handfuls.moreOf.set(participantId, mine);
  let slot = mine.get(round);
  if (slot === undefined) {
    const sorts = readSorts(doc, step.id);
    const own = [...sorts].filter(([key]) => answerParticipant(key) === participantId).flatMap(([, piles]) => piles.flat());
    const given = new Map<number, number>();
    const handedOut = [...handfuls.slotOf.values(), ...[...handfuls.moreOf.values()].flatMap((m) => [...m.values()])];
    for (const s of handedOut) given.set(s, (given.get(s) ?? 0) + 1);
    const first = handfuls.slotOf.get(participantId);
    const phoneSets = [...(first === undefined ? [] : [first]), ...mine.values()];
    const chosen = chooseNextSet({
      sets: handfuls.sets,
      questionOf: handfuls.questionOf,
      given: handfuls.sets.map((_, index) => given.get(index) ?? 0),
      sorts: [...sorts.values()].map((piles) => piles.flat()),
      seen: new Set([...own, ...phoneSets.flatMap((s) => handfuls.sets[s] ?? [])]),
      mine: new Set(phoneSets),
    });
    if (chosen === null) return { stepId: step.id, notes: [], round, enough: true };
    slot = chosen;
    mine.set(round, slot);
  }
  return { stepId: step.id, notes: notesOf(handfuls, handfuls.sets[slot] ?? []), round, enough: false };
}
