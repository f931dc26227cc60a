import { describe, expect, it } from 'vitest';
import { answerInForm, draftAnswer, joinAnswers, listOf, type DraftTheme } from './draft.ts';

const theme = (label: string, noteIds: string[], votes?: number, texts?: string[]): DraftTheme => ({ label, noteIds, votes, texts });

// One label of each kind: noun, infinitive, clause, participle with subject, adverbial.
const noun = theme('Vaste buddy', ['a', 'b', 'c', 'd', 'e']);
const verb = theme('Ouders vaker uitnodigen', ['f', 'g', 'h', 'i']);
const clause = theme('Begeleiding werkt', ['j', 'k', 'l']);
const participle = theme('Stages geregeld', ['m', 'n']);
const adverbial = theme('Samen met de pabo', ['o', 'p']);

const GOED = 'Wanneer doen we het goed?';
const words = (text: string): number => text.split(/\s+/).filter(Boolean).length;

describe('draft answer', () => {
  it('answers in the question’s own form', () => {
    const themes = [noun];
    expect(draftAnswer('Welke wedstrijd spelen wij?', themes).text).toBe('Wij spelen de wedstrijd van vaste buddy.');
    expect(draftAnswer('Wat zijn de spelregels?', themes).text).toBe('Onze spelregels gaan over vaste buddy.');
    expect(draftAnswer(GOED, themes).text).toBe('We doen het goed als we zorgen voor vaste buddy.');
    expect(draftAnswer('Waar trainen we op?', themes).text).toBe('We trainen op vaste buddy.');
    expect(draftAnswer('Wat is de toegevoegde waarde van Samen Opleiden voor onze school?', themes).text).toBe('De toegevoegde waarde zit voor ons in vaste buddy.');
    expect(answerInForm('Werven: wat is onze visie op het werven van (aankomende) leraren?', 'x')).toBe('Bij het werven van aankomende leraren gaat het ons om x.');
    expect(answerInForm('Wat is jullie visie op leren van jullie leerlingen? Waarin zijn jullie onderscheidend?', 'x')).toBe('Bij leren van onze leerlingen gaat het ons om x.');
    expect(answerInForm('Begeleiden: wat hebben startende leraren nodig?', 'x')).toBe('Startende leraren hebben x nodig.');
    expect(answerInForm('Hoe betrekken we de buurt bij de school?', 'x', 'verb')).toBe('We betrekken de buurt bij de school als we x.');
    expect(answerInForm('Wat willen we bereiken?', 'x')).toBe('Voor ons gaat het om x.');
  });

  it('gives each kind of label a frame it fits, grammatically', () => {
    const lead = (label: DraftTheme): string => draftAnswer(GOED, [label]).text;
    expect(lead(noun)).toBe('We doen het goed als we zorgen voor vaste buddy.');
    // Dutch plural present = infinitive: "als we" + the infinitive phrase.
    expect(lead(verb)).toBe('We doen het goed als we ouders vaker uitnodigen.');
    // A clause after "als" only verb-final; a participle gets its "zijn".
    expect(lead(clause)).toBe('We doen het goed als begeleiding werkt.');
    expect(lead(theme('Starters krijgen ruimte', ['x']))).toBe('We doen het goed als starters ruimte krijgen.');
    expect(lead(participle)).toBe('We doen het goed als stages geregeld zijn.');
    expect(lead(adverbial)).toBe('We doen het goed als we het samen met de pabo doen.');
    const wedstrijd = (label: DraftTheme): string => draftAnswer('Welke wedstrijd spelen wij?', [label]).text;
    expect(wedstrijd(verb)).toBe('Wij spelen de wedstrijd waarin we ouders vaker uitnodigen.');
    expect(wedstrijd(clause)).toBe('Wij spelen de wedstrijd waarin begeleiding werkt.');
    expect(wedstrijd(adverbial)).toBe('Wij spelen de wedstrijd samen met de pabo.');
    // After the first sentence each kind has its own frame too; "leren" takes a bare infinitive.
    expect(draftAnswer('Waar trainen we op?', [noun, verb, clause, adverbial]).sentences.map((s) => s.text)).toEqual([
      'We trainen op vaste buddy.',
      'Daarbij leren we ouders vaker uitnodigen.',
      'Belangrijk is ook dat begeleiding werkt.',
      'Daarbij werken we samen met de pabo.',
    ]);
  });

  it('opens every answer on a sentence that stands on its own, whatever the top label’s kind', () => {
    const prompts = ['Welke wedstrijd spelen wij?', 'Wat zijn de spelregels?', GOED, 'Waar trainen we op?', 'Wat is de toegevoegde waarde?', 'Wat is onze visie op het matchen?', 'Wat hebben starters nodig?', 'Wat is er nodig?', 'Hoe bereiken we de buurt?', 'Wat willen we?'];
    for (const prompt of prompts) {
      for (const top of [noun, verb, clause, participle, adverbial]) {
        const [first] = draftAnswer(prompt, [top]).sentences;
        expect(first?.text).toMatch(/^\p{Lu}/u);
        expect(first?.text).not.toMatch(/^(Dat|Daarbij|Daarnaast|Ook|Verder)\b/);
      }
    }
  });

  it('puts labels of one kind in one sentence, the room’s order kept within and between sentences', () => {
    const themes = [noun, verb, theme('Rust in de klas', ['q', 'r', 's']), theme('Roosters tijdig delen', ['t', 'u']), clause];
    const draft = draftAnswer(GOED, themes);
    expect(draft.sentences.map((s) => s.text)).toEqual([
      'We doen het goed als we zorgen voor vaste buddy en rust in de klas.',
      'Het gaat ook goed als we ouders vaker uitnodigen en roosters tijdig delen.',
      'We zijn ook op de goede weg als begeleiding werkt.',
    ]);
  });

  it('orders by the room’s votes where there are votes, else by the number of notes', () => {
    const small = theme('Tijd voor intervisie', ['z1', 'z2']);
    expect(draftAnswer('Waar trainen we op?', [noun, small]).text).toBe('We trainen op vaste buddy en tijd voor intervisie.');
    const voted = [noun, theme('Tijd voor intervisie', ['z1', 'z2'], 6), theme('Feedback op lessen', ['y1', 'y2'], 2)];
    expect(draftAnswer('Waar trainen we op?', voted).sentences[0]?.text).toBe('We trainen op tijd voor intervisie en feedback op lessen.');
    // The top theme opens the answer whatever its kind.
    expect(draftAnswer(GOED, [{ ...adverbial, votes: 3 }, noun]).sentences[0]?.text).toBe('We doen het goed als we het samen met de pabo doen.');
  });

  it('puts no counts in the prose and names single voices only while the answer says little', () => {
    const themes = [noun, verb, clause, participle, theme('Eén losse gedachte', ['w'])];
    const draft = draftAnswer(GOED, themes);
    expect(draft.text).not.toMatch(/\d/);
    expect(draft.text).not.toMatch(/notitie|stem(men)?\b|collega's vragen|keer/i);
    expect(draft.text).not.toContain('losse gedachte');
    expect(draftAnswer(GOED, [noun, theme('Eén losse gedachte', ['w'])]).text).toContain('losse gedachte');
  });

  it('traces each sentence to exactly the notes of the themes it names', () => {
    const themes = [noun, verb, clause, participle, adverbial];
    const draft = draftAnswer('Welke wedstrijd spelen wij?', themes);
    expect(draft.text).toBe(draft.sentences.map((s) => s.text).join(' '));
    const named = new Set<string>();
    for (const sentence of draft.sentences) {
      const inSentence = themes.filter((t) => sentence.text.toLowerCase().includes(t.label.toLowerCase().split(' ')[0] ?? ''));
      expect(inSentence.length).toBeGreaterThan(0);
      expect([...sentence.noteIds].sort()).toEqual(inSentence.flatMap((t) => t.noteIds).sort());
      for (const t of inSentence) named.add(t.label);
    }
    expect(named.size).toBe(themes.length);
  });

  it('stays within the word limit however many and long the labels', () => {
    const letters = 'abcdefghijklmnopqrstuvwxyz';
    const many = Array.from({ length: 30 }, (_, i) => theme(`thema ${letters[i % 26]} met een vrij lange naam over de school`, [`n${i}`, `m${i}`]));
    const draft = draftAnswer('Waar trainen we op?', many);
    expect(words(draft.text)).toBeLessThanOrEqual(120);
    expect(draft.sentences.length).toBeGreaterThan(1);
  });

  it('keeps abbreviations and names as written, and makes other labels lower case', () => {
    const hr = theme('HR-beleid', ['a', 'b']);
    const taal = theme('Arabisch op school', ['c', 'd'], undefined, ['brieven ook in het Arabisch op school']);
    const plain = theme('Arabisch op school', ['c', 'd']);
    expect(draftAnswer('Waar trainen we op?', [hr, taal]).text).toBe('We trainen op HR-beleid en Arabisch op school.');
    expect(draftAnswer('Waar trainen we op?', [plain]).text).toBe('We trainen op arabisch op school.');
    // A facilitator's own label keeps its words, not its closing mark.
    expect(draftAnswer('Welke wedstrijd spelen wij?', [theme('Samen één team!', ['a'])]).text).toBe('Wij spelen de wedstrijd van samen één team.');
  });

  it('lists labels so that an "en" of their own does not blur where they part', () => {
    expect(listOf(['a', 'b', 'c'])).toBe('a, b en c');
    expect(listOf(['rust en regelmaat', 'tijd'])).toBe('rust en regelmaat, en tijd');
  });

  it('joins the answers into one statement, each answer’s lead sentence with its notes', () => {
    const a = draftAnswer('Welke wedstrijd spelen wij?', [noun, verb]);
    const b = draftAnswer('Waar trainen we op?', [clause, participle]);
    const joined = joinAnswers([a, b]);
    expect(joined.sentences).toEqual([a.sentences[0], b.sentences[0]]);
    expect(joined.text).toBe(`${a.sentences[0]?.text} ${b.sentences[0]?.text}`);
    expect(joinAnswers([a])).toEqual(a);
  });

  it('is deterministic', () => {
    const themes = [noun, verb, clause, participle, adverbial];
    expect(draftAnswer(GOED, themes)).toEqual(draftAnswer(GOED, [...themes]));
  });
});

describe('draft answer with a negated label', () => {
  it('lists a label that opens on a negation as the notes said it, after the framed sentences', () => {
    const negated = theme('Geen extra taken', ['x', 'y', 'z', 'w', 'v', 'u']);
    const answer = draftAnswer('Wat zijn de spelregels?', [negated, noun, theme('Niet afgerekend op fouten', ['q', 'r'])]);
    expect(answer.text).toBe('Onze spelregels gaan over vaste buddy. Ook genoemd: geen extra taken en niet afgerekend op fouten.');
    expect(answer.sentences[1]?.noteIds).toEqual(['x', 'y', 'z', 'w', 'v', 'u', 'q', 'r']);
    expect(draftAnswer('Wat zijn de spelregels?', [negated]).text).toBe('Genoemd: geen extra taken.');
  });
});

describe('draft answer in English', () => {
  const keeping = theme('Keeping starting teachers', ['a', 'b', 'c']);
  const mentoring = theme('Good mentoring', ['d', 'e']);
  const patience = theme('Patience and time', ['f', 'g']);

  it('answers an English workshop’s questions in English, in their own form, with the same traceability', () => {
    const answer = draftAnswer('Which game are we playing?', [keeping, mentoring, patience], 'en');
    expect(answer.text).toBe('The game we play is about keeping starting teachers and good mentoring. Our game is also about patience and time.');
    expect(answer.sentences.map((s) => s.noteIds)).toEqual([['a', 'b', 'c', 'd', 'e'], ['f', 'g']]);
    expect(draftAnswer('When are we doing well?', [mentoring], 'en').text).toBe('For us, doing well means good mentoring.');
    expect(draftAnswer('What do we train for?', [mentoring], 'en').text).toBe('We train for good mentoring.');
    expect(draftAnswer('What matters most?', [mentoring], 'en').text).toBe('For us, it is about good mentoring.');
  });

  it('lists with "and", a comma before the last one when a label has an "and" of its own', () => {
    expect(listOf(['mentoring', 'patience and time'], 'en')).toBe('mentoring, and patience and time');
    expect(listOf(['a', 'b', 'c'], 'en')).toBe('a, b and c');
  });
});
