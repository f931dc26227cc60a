import { describe, expect, it } from 'vitest';
import { AppError } from '../api/errors.ts';
import { readNotes, readParticipantName } from '../doc/access.ts';
import { setCanvasLocked, setCurrentStep } from '../doc/mutations.ts';
import { createTestDoc, sequentialIds } from '../testing/fixtures.ts';
import { applyIntent, NOTE_BUDGET_PER_CANVAS, validName } from './apply.ts';
import { parseIntent, type Intent } from './schemas.ts';

type IntentBody = Intent extends infer I ? (I extends Intent ? Omit<I, 'id'> : never) : never;
import { cleanText, NOTE_MAX_LENGTH, textLength, validNoteText } from './text.ts';

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

function errorCode(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
  return undefined;
}

describe('intent validation', () => {
  it('accepts a well-formed note.add', () => {
    expect(parseIntent({ id: uuid(1), type: 'note.add', canvasId: 'c', text: 'hoi', extra: 'ignored' })).toEqual({
      id: uuid(1),
      type: 'note.add',
      canvasId: 'c',
      text: 'hoi',
    });
  });

  it.each([
    [{ type: 'note.add', canvasId: 'c', text: 'x' }, 'invalid_request'],
    [{ id: 'not-a-uuid', type: 'note.add', canvasId: 'c', text: 'x' }, 'invalid_request'],
    [{ id: uuid(1), type: 'note.fly' }, 'unknown_intent'],
    [{ id: uuid(1), type: 'toString' }, 'unknown_intent'],
    [{ id: uuid(1), type: 'note.add', text: 'x' }, 'invalid_request'],
    [{ id: uuid(1), type: 'note.edit', noteId: 5, text: 'x' }, 'invalid_request'],
    [null, 'invalid_request'],
    ['note.add', 'invalid_request'],
  ])('refuses %j with %s', (body, code) => {
    expect(errorCode(() => parseIntent(body))).toBe(code);
  });
});

describe('note text', () => {
  it('is cleaned of control and direction characters and trimmed', () => {
    expect(cleanText('  Samen\u0000 opleiden\u202E\r\n\r\n\r\n\r\nen leren  ')).toBe('Samen opleiden\n\nen leren');
  });

  it('keeps emoji whole and counts each as one character', () => {
    expect(validNoteText('👩‍🏫'.repeat(2))).toBe('👩‍🏫👩‍🏫');
    expect(textLength('👩‍🏫 leraar')).toBe(8);
    expect(validNoteText('🙂'.repeat(NOTE_MAX_LENGTH))).toHaveLength(NOTE_MAX_LENGTH * 2);
  });

  it('refuses empty and overlong notes with a message that says what to do', () => {
    expect(errorCode(() => validNoteText(' \n '))).toBe('note_empty');
    const long = () => validNoteText('a'.repeat(5000));
    expect(errorCode(long)).toBe('note_too_long');
    expect(() => long()).toThrow(/5000 tekens, het maximum is 500/);
  });

  it('keeps names short and on one line', () => {
    expect(validName('  Anna\n de Vries ')).toBe('Anna de Vries');
    expect(validName('')).toBe('');
    expect(errorCode(() => validName('x'.repeat(41)))).toBe('name_too_long');
  });
});

describe('intent rules', () => {
  const setup = () => {
    const doc = createTestDoc();
    setCurrentStep(doc, 'vragen', 10);
    const ids = new Map<string, () => string>();
    const ctx = (participantId: string) => {
      if (!ids.has(participantId)) ids.set(participantId, sequentialIds(participantId));
      return { participantId, now: 100, newId: ids.get(participantId)! };
    };
    const apply = (participantId: string, intent: IntentBody) => applyIntent(doc, ctx(participantId), { id: uuid(9), ...intent } as Intent);
    return { doc, apply };
  };

  it('adds a note on a canvas of the current step', () => {
    const { doc, apply } = setup();
    expect(apply('p1', { type: 'note.add', canvasId: 'wedstrijd', text: ' Teamsport ' })).toEqual({ noteId: 'p11' });
    expect(readNotes(doc, 'wedstrijd').map((n) => [n.text, n.authorId])).toEqual([['Teamsport', 'p1']]);
  });

  it('refuses notes on a canvas that is not current, unknown or locked', () => {
    const { doc, apply } = setup();
    expect(errorCode(() => apply('p1', { type: 'note.add', canvasId: 'nergens', text: 'x' }))).toBe('canvas_not_found');
    setCanvasLocked(doc, 'wedstrijd', true);
    expect(errorCode(() => apply('p1', { type: 'note.add', canvasId: 'wedstrijd', text: 'x' }))).toBe('canvas_locked');
    setCurrentStep(doc, 'welkom', 20);
    expect(errorCode(() => apply('p1', { type: 'note.add', canvasId: 'spelregels', text: 'x' }))).toBe('step_not_current');
    expect(readNotes(doc, 'spelregels')).toEqual([]);
  });

  it('lets only the author edit or delete a note', () => {
    const { doc, apply } = setup();
    const { noteId } = apply('p1', { type: 'note.add', canvasId: 'wedstrijd', text: 'eerst' });
    expect(errorCode(() => apply('p2', { type: 'note.edit', noteId: noteId!, text: 'overgenomen' }))).toBe('not_your_note');
    expect(errorCode(() => apply('p2', { type: 'note.delete', noteId: noteId! }))).toBe('not_your_note');
    apply('p1', { type: 'note.edit', noteId: noteId!, text: 'daarna' });
    expect(readNotes(doc, 'wedstrijd').map((n) => n.text)).toEqual(['daarna']);
    apply('p1', { type: 'note.delete', noteId: noteId! });
    expect(readNotes(doc, 'wedstrijd')).toEqual([]);
    expect(errorCode(() => apply('p1', { type: 'note.delete', noteId: noteId! }))).toBe('note_not_found');
  });

  it('holds each person to a budget of notes per canvas', () => {
    const { apply } = setup();
    for (let i = 0; i < NOTE_BUDGET_PER_CANVAS; i++) apply('p1', { type: 'note.add', canvasId: 'wedstrijd', text: `idee ${i}` });
    expect(errorCode(() => apply('p1', { type: 'note.add', canvasId: 'wedstrijd', text: 'nog een' }))).toBe('note_budget');
    expect(apply('p2', { type: 'note.add', canvasId: 'wedstrijd', text: 'van een ander' }).noteId).toBeDefined();
  });

  it('renames a participant', () => {
    const { doc, apply } = setup();
    expect(apply('p1', { type: 'profile.rename', name: ' Bram ' })).toEqual({ name: 'Bram' });
    expect(readParticipantName(doc, 'p1')).toBe('Bram');
  });
});
