import { describe, expect, it } from 'vitest';
import { readsAsPhrase } from './phraseShape.ts';

/** Whether the stretch `[from, to]` (word indices) of a clause reads whole. */
const reads = (clause: string, from: number, to: number): boolean => {
  const words = clause.toLowerCase().split(' ');
  return readsAsPhrase(words.slice(from, to + 1), words[from - 1], words[to + 1]);
};

describe('whether a stretch of a note reads as a whole phrase', () => {
  it('accepts noun phrases and a verb with its object', () => {
    expect(reads('een vaste mentor voor elke starter', 1, 2)).toBe(true); // vaste mentor
    expect(reads('minder lesuren in het eerste jaar', 0, 1)).toBe(true); // minder lesuren
    expect(reads('ouders vaker uitnodigen in de klas', 0, 2)).toBe(true); // ouders vaker uitnodigen
    expect(reads('tijd voor een gesprek met de mentor', 0, 3)).toBe(true); // tijd voor een gesprek
  });

  it('rejects a clause cut short: a subject, a finite verb or a subclause inside', () => {
    expect(reads('een mentor die ook echt tijd heeft', 1, 5)).toBe(false); // mentor die ook echt tijd
    expect(reads('dan durf je meer te vragen', 1, 2)).toBe(false); // durf je
    expect(reads('elk gesprek moet vastgelegd worden', 1, 3)).toBe(false); // gesprek moet vastgelegd
    expect(reads('op tijd beginnen kost niks', 2, 4)).toBe(false); // beginnen kost niks
  });

  it('rejects a stretch that starts on the verb after its subject or ends before its object', () => {
    expect(reads('wij zoeken samen naar oplossingen', 1, 4)).toBe(false); // (wij) zoeken samen naar oplossingen
    expect(reads('stagiairs brengen de nieuwste ideeën mee', 0, 1)).toBe(false); // stagiairs brengen (de …)
    expect(reads('één persoon verantwoordelijk zijn', 1, 2)).toBe(false); // persoon verantwoordelijk (zijn)
  });

  it('rejects a lost particle, an infinitive with "te" and a time cut loose from "elke"', () => {
    expect(reads('studenten nemen nieuwe ideeën mee', 2, 4)).toBe(false); // nieuwe ideeën mee
    expect(reads('tijd om een les goed voor te bereiden', 4, 7)).toBe(false); // goed voor te bereiden
    expect(reads('elke week een kort overleg', 1, 4)).toBe(false); // week een kort overleg
    expect(reads('de leerling krijgt een compliment', 1, 4)).toBe(false); // leerling krijgt een compliment
    expect(reads('feedback geven in plaats van oordelen', 0, 3)).toBe(false); // feedback geven in plaats (van …)
    expect(reads('samen lesgeven en er samen over praten', 1, 5)).toBe(false); // lesgeven en er samen
    expect(reads('feedback geven in plaats van oordelen', 3, 5)).toBe(false); // (in) plaats van oordelen
  });
});
