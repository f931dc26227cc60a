import { describe, expect, it } from 'vitest';
import { answerInForm, draftAnswer, joinAnswers, type DraftTheme } from './draft.ts';

const themes: DraftTheme[] = [
  { label: 'Vaste buddy', noteIds: ['a', 'b'], representativeId: 'a', representativeText: 'een vaste buddy in de school' },
  { label: 'Minder werkdruk', noteIds: ['c', 'd', 'e'], representativeId: 'c', representativeText: 'minder werkdruk' },
  { label: 'Intervisie met starters', noteIds: ['f', 'g'], votes: 9 },
  { label: 'Oefenen met oudergesprekken', noteIds: ['h'] },
  { label: 'HR-beleid', noteIds: ['i', 'j'] },
];

describe('draft answer', () => {
  it('answers in the question’s own form', () => {
    expect(draftAnswer('Welke wedstrijd spelen wij?', themes).text).toMatch(/^Wij spelen de wedstrijd van /);
    expect(draftAnswer('Wanneer doen we het goed?', themes).text).toMatch(/^We doen het goed als /);
    expect(draftAnswer('Waar trainen we op?', themes).text).toMatch(/^We trainen op /);
    expect(answerInForm('Werven: wat is onze visie op het werven van leraren?', 'x')).toBe('Bij het werven van leraren gaat het ons om x.');
  });

  it('puts what the room voted for first, then the bigger themes', () => {
    const text = draftAnswer('Waar trainen we op?', themes).text;
    expect(text.startsWith('We trainen op intervisie met starters, minder werkdruk en vaste buddy.')).toBe(true);
  });

  it('agrees in number and does not make one voice into several', () => {
    const oneMore = [...themes.slice(0, 3), { label: 'Feedback op lessen', noteIds: ['k', 'l'] }];
    expect(draftAnswer('Waar trainen we op?', oneMore).text).toContain('Daarbij hoort ook feedback op lessen.');
    const text = draftAnswer('Waar trainen we op?', themes).text;
    expect(text).toContain('Ook genoemd: oefenen met oudergesprekken.');
    expect(text).not.toMatch(/enkelen|collega's vragen/i);
  });

  it('keeps abbreviations as written and puts no counts in the prose', () => {
    const draft = draftAnswer('Waar trainen we op?', themes);
    expect(draft.text).toContain('HR-beleid');
    expect(draft.text).not.toMatch(/\d/);
    expect(draft.text).not.toMatch(/notitie|stem(men)?\b/i);
  });

  it('stays short and traces each sentence to the notes of the themes it names', () => {
    const many = Array.from({ length: 30 }, (_, i) => ({ label: `thema nummer ${'abcdefghijklmnopqrstuvwxyz'[i % 26]} met een vrij lange naam`, noteIds: [`n${i}`, `m${i}`] }));
    const draft = draftAnswer('Waar trainen we op?', many);
    expect(draft.text.split(/\s+/).length).toBeLessThanOrEqual(120);
    for (const sentence of draftAnswer('Waar trainen we op?', themes).sentences) {
      for (const theme of themes) if (sentence.text.includes(theme.label.toLowerCase()) || sentence.text.includes(theme.label)) expect(sentence.noteIds).toEqual(expect.arrayContaining([...theme.noteIds]));
    }
  });

  it('joins the answers into one statement, each answer’s lead sentence with its notes', () => {
    const a = draftAnswer('Welke wedstrijd spelen wij?', themes.slice(0, 2));
    const b = draftAnswer('Waar trainen we op?', themes.slice(2));
    const joined = joinAnswers([a, b]);
    expect(joined.sentences).toEqual([a.sentences[0], b.sentences[0]]);
    expect(joined.text).toBe(`${a.sentences[0]?.text} ${b.sentences[0]?.text}`);
    expect(joinAnswers([a])).toEqual(a);
  });

  it('is deterministic', () => {
    expect(draftAnswer('Waar trainen we op?', themes)).toEqual(draftAnswer('Waar trainen we op?', themes));
  });
});
