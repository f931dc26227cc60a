import { describe, expect, it } from 'vitest';
import { byCanvasOrder, canvasOrder } from './canvasOrder.ts';
import { DEFAULT_EXPLAIN_NORM, explainNormOf, meetsNorm } from './explainNorm.ts';
import { isExportFormat, slugify } from './exportFile.ts';
import { percentOf, percentText } from './percent.ts';
import { checkText, cleanText, EXPLANATION_MAX_LENGTH, NOTE_MAX_LENGTH, textLength } from './text.ts';

describe('text length', () => {
  it('counts what a person sees: an emoji made of several code points is one', () => {
    expect(textLength('👩‍🏫')).toBe(1);
    expect(textLength('👨‍👩‍👧‍👦')).toBe(1);
    expect(textLength('🇳🇱')).toBe(1);
    expect(textLength('e\u0301')).toBe(1);
    expect(textLength('👩‍🏫 leraar')).toBe(8);
  });

  it('counts after the server cleans: spaces at the ends, control and direction characters do not count', () => {
    expect(checkText('  hoi \u202E\u200B ', NOTE_MAX_LENGTH)).toEqual({ text: 'hoi', length: 3, max: NOTE_MAX_LENGTH, problem: null });
    expect(cleanText('e\u0301')).toBe('é');
  });

  it('says empty or too long exactly at the limit', () => {
    expect(checkText('   ', NOTE_MAX_LENGTH).problem).toBe('empty');
    expect(checkText('👩‍🏫'.repeat(NOTE_MAX_LENGTH), NOTE_MAX_LENGTH)).toMatchObject({ length: NOTE_MAX_LENGTH, problem: null });
    expect(checkText('👩‍🏫'.repeat(NOTE_MAX_LENGTH + 1), NOTE_MAX_LENGTH)).toMatchObject({ length: NOTE_MAX_LENGTH + 1, problem: 'too_long' });
    expect(checkText('a'.repeat(EXPLANATION_MAX_LENGTH), EXPLANATION_MAX_LENGTH).problem).toBeNull();
  });
});

describe('explain norm', () => {
  it('is 80% unless the step says otherwise', () => {
    expect(DEFAULT_EXPLAIN_NORM).toBe(80);
    expect(explainNormOf({})).toBe(80);
    expect(explainNormOf({ norm: 60 })).toBe(60);
  });

  it('judges a share of everyone who joined, unrounded', () => {
    expect(meetsNorm(8, 10, 80)).toBe(true);
    // 79.6% rounds to 80% on a screen, but does not meet the norm.
    expect(meetsNorm(199, 250, 80)).toBe(false);
    expect(percentOf(199, 250)).toBe(80);
    // Everyone who answered explains it, but few answered.
    expect(meetsNorm(4, 10, 80)).toBe(false);
    expect(meetsNorm(0, 0, 80)).toBe(false);
  });
});

describe('percent', () => {
  it('rounds to whole percent and has no figure for nobody', () => {
    expect(percentOf(2, 3)).toBe(67);
    expect(percentOf(1, 0)).toBeNull();
    expect(percentText(1, 3)).toBe('33%');
    expect(percentText(0, 0)).toBe('–');
  });
});

describe('canvas order', () => {
  it('keeps the order the script first shows them, unknown canvases last by id', () => {
    const order = canvasOrder(['b', 'a', 'b', 'c']);
    expect(['z', 'c', 'a', 'y', 'b'].sort(byCanvasOrder(order, (id) => id))).toEqual(['b', 'a', 'c', 'y', 'z']);
  });
});

describe('export file', () => {
  it('makes a plain file-name part of a title', () => {
    expect(slugify('Studiedag Één School!')).toBe('studiedag-een-school');
    expect(slugify('???')).toBe('workshop');
    expect(isExportFormat('docx')).toBe(true);
    expect(isExportFormat('exe')).toBe(false);
  });
});
