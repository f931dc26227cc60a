import { splitSentences } from '@visiebord/shared/doc';
import { describe, expect, it } from 'vitest';
import { visionLayout } from './visionLayout';

const parts = [
  { id: 'wedstrijd', prompt: 'Welke wedstrijd spelen wij?', text: 'Wij leiden samen op. Elk kind telt.' },
  { id: 'spelregels', prompt: 'Wat zijn de spelregels?', text: '' },
];

describe('visionLayout', () => {
  it('shows the questions alone when the statement only repeats them, with reactions per sentence', () => {
    const key = splitSentences('Elk kind telt.')[0]!.key;
    const layout = visionLayout('Wij leiden samen op. Elk kind telt.', parts, [{ key, text: 'Elk kind telt.', agree: 4, question: 1 }]);
    expect(layout.statement).toBeNull();
    expect(layout.parts[0]?.sentences.map((s) => [s.text, s.agree, s.question])).toEqual([
      ['Wij leiden samen op.', 0, 0],
      ['Elk kind telt.', 4, 1],
    ]);
    expect(layout.parts[1]?.sentences).toEqual([]);
  });

  it('gives the statement its own block when the facilitators wrote more in it', () => {
    const layout = visionLayout('Samen sterker. Wij leiden samen op.', parts, []);
    expect(layout.statement?.map((s) => s.text)).toEqual(['Samen sterker.', 'Wij leiden samen op.']);
  });

  it('has no statement block while there is none', () => {
    expect(visionLayout('', parts, undefined).statement).toBeNull();
  });
});
