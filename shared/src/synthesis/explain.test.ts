import { describe, expect, it } from 'vitest';
import { scoreExplanation } from './explain.ts';

const themes = [
  { id: 'tijd', label: 'Tijd en ruimte voor begeleiding', keywords: ['uren', 'rooster'] },
  { id: 'samen', label: 'Samen opleiden met de pabo', keywords: ['samenwerking', 'hogeschool'] },
  { id: 'veilig', label: 'Een veilige cultuur', keywords: ['vertrouwen', 'fouten maken'] },
];

const covered = (text: string): string[] => scoreExplanation(themes, text).filter((t) => t.covered).map((t) => t.themeId);

describe('scoreExplanation', () => {
  it('recognises themes explained in other words (synonyms, compounds, typos)', () => {
    expect(covered('De wpb moet daar facilitering voor krijgen')).toEqual(['tijd']);
    expect(covered('we werken met de lerarenopleiding als één team')).toEqual(['samen']);
    expect(covered('starters moeten fouten durven maken, vertrouwn is alles')).toEqual(['veilig']);
  });
  it('covers several themes when the explanation does', () => {
    expect(covered('Samen met de hogeschool zorgen we voor tijd en een veilig klimaat')).toEqual(['tijd', 'samen', 'veilig']);
  });
  it('covers nothing for an unrelated text, with a score per theme', () => {
    const scores = scoreExplanation(themes, 'de parkeerplaats is te klein');
    expect(scores.map((s) => s.themeId)).toEqual(['tijd', 'samen', 'veilig']);
    expect(scores.every((s) => !s.covered && s.score < 0.34)).toBe(true);
  });
});
