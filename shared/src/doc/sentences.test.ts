import { describe, expect, it } from 'vitest';
import { sentenceKey, splitSentences } from './sentences.ts';

describe('vision sentences', () => {
  it('splits a statement into sentences, keeping abbreviations of numbers intact', () => {
    const sentences = splitSentences('Wij leiden samen op. Iedere student krijgt een wpb!  Is 80% haalbaar? “Ja,” zegt het team.');
    expect(sentences.map((s) => s.text)).toEqual(['Wij leiden samen op.', 'Iedere student krijgt een wpb!', 'Is 80% haalbaar?', '“Ja,” zegt het team.']);
  });

  it('keys a sentence by its words, not by spacing, case or punctuation', () => {
    expect(sentenceKey('Wij leiden samen op.')).toBe(sentenceKey('  wij leiden   samen op'));
    expect(sentenceKey('Wij leiden samen op.')).not.toBe(sentenceKey('Wij leiden niet samen op.'));
  });
});
