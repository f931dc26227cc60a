import { describe, expect, it } from 'vitest';
import { createExportDoc, DUTCH_EXPORT_WORDS, T0 } from './fixture.test-data.ts';
import { renderPrintHtml } from './html.ts';
import { buildExportModel } from './model.ts';

const printView = (language: 'nl' | 'en') =>
  renderPrintHtml(buildExportModel(createExportDoc(language), { participants: 3, exportedAt: T0, createdAt: T0 }), { stylesheet: '/export/print.css' });

/** The page's visible text: tags out, the escapes people typed back. */
const visibleText = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

describe('the print view', () => {
  it('is a Dutch page for a Dutch workshop', () => {
    const html = printView('nl');
    expect(html).toContain('<html lang="nl">');
    for (const text of ['<h2>Visie</h2>', '<li>Datum: 14 maart 2026</li>', '<h3>Niet gegroepeerd</h3>', '<h2>Peilingen</h2>', '<h2>Bijlage: alle notities</h2>', '(3 stippen)', 'fase 2 (Afspreken)']) {
      expect(html).toContain(text);
    }
  });

  it('is an English page for an English workshop, with no Dutch word of its own', () => {
    const html = printView('en');
    expect(html).toContain('<html lang="en">');
    for (const text of [
      '<p class="subtitle">A shared vision of training and professionalising together</p>',
      '<li>Date: 14 March 2026</li>',
      '<li>Participants: 3</li>',
      '<h2>Vision</h2>',
      '<p class="muted">Question: How do we recruit new colleagues together?</p>',
      '<h3>Bind early <span class="meta">(3 dots)</span></h3>',
      '<h3>Not grouped</h3>',
      '<h2>Polls</h2>',
      '<th>Answer</th><th>Count</th><th>Share</th>',
      '3 participants answered.',
      '<h2>Development rubric: Shared commitment</h2>',
      '<th>Median</th>',
      'phase 2 (Building)',
      '2 participants filled in the rubric.',
      '<h2>The vision in their own words</h2>',
      '<h2>Appendix: all notes</h2>',
      'Choose Print and then "Save as PDF"',
    ]) {
      expect(html).toContain(text);
    }
    expect(visibleText(html)).not.toMatch(DUTCH_EXPORT_WORDS);
  });
});
