import { describe, expect, it } from 'vitest';
import { createExportDoc, DUTCH_EXPORT_WORDS, T0 } from './fixture.test-data.ts';
import { exportFileName, slugify } from './format.ts';
import { inline, renderMarkdown } from './markdown.ts';
import { buildExportModel } from './model.ts';

const markdown = () => renderMarkdown(buildExportModel(createExportDoc(), { participants: 3, exportedAt: T0, createdAt: T0 }));

describe('export as Markdown', () => {
  it('has the title page facts, the vision and Dutch headings', () => {
    const md = markdown();
    expect(md).toMatch(/^# Studiedag Één School\n/);
    expect(md).toContain('Datum: 14 maart 2026');
    expect(md).toContain('Deelnemers: 3');
    expect(md).toContain('## Visie\n\nWij leiden samen op.\n\nElke collega is opleider.');
    for (const heading of ['## Werven', '### Vroeg binden (3 stippen)', '### Niet gegroepeerd', '## Peilingen', '## Ontwikkelrubric: Visie en commitment', '## De visie in eigen woorden', '## Bijlage: alle notities']) {
      expect(md).toContain(heading);
    }
  });

  it('shows the rubric with phase names, seed texts, spread and median', () => {
    const md = markdown();
    expect(md).toContain('| Aspect | 1. Verkennen | 2. Afspreken | 3. Verbinden | 4. Doorleven | Mediaan |');
    expect(md).toContain('| Gedragen | 0 | 1 | 1 | 0 | fase 2 (Afspreken) |');
    expect(md).toContain('| 3. Verbinden | Minstens 80% kan het uitleggen | 1 |');
    expect(md).toContain('1 van 3 deelnemers (33%) legde de visie uit in eigen woorden (2 schreven een uitleg). Norm: 80% — nog niet gehaald.');
  });

  it('leaves moderated notes out and shows names only where given', () => {
    const md = markdown();
    expect(md).not.toContain('ongepasts');
    expect(md).not.toContain('Leeg na moderatie');
    expect(md).toContain('- Samen met de pabo open dagen houden _(Anna)_');
  });

  it('escapes what people typed so it cannot become markup', () => {
    expect(inline('# kop')).toBe('\\# kop');
    expect(inline('<script>x</script>')).toBe('\\<script\\>x\\</script\\>');
    expect(inline('[link](javascript:x)')).toBe('\\[link\\](javascript:x)');
    expect(inline('- lijst')).toBe('\\- lijst');
    expect(inline('1. lijst')).toBe('1\\. lijst');
    expect(inline('twee\nregels')).toBe('twee regels');
  });

  it('speaks English for an English workshop, with no Dutch word of its own', () => {
    const md = renderMarkdown(buildExportModel(createExportDoc('en'), { participants: 3, exportedAt: T0, createdAt: T0 }));
    expect(md).toMatch(/^# Study day Oak School\n/);
    for (const line of ['Programme: A shared vision of training together', 'Date: 14 March 2026', 'Participants: 3', 'Notes: 4', 'Exported from Visiebord on 2026-03-14 10:00']) {
      expect(md).toContain(`${line}  \n`);
    }
    expect(md).toContain('## Vision\n\nWe train together.');
    for (const heading of ['## Recruiting', '_Question: How do we recruit new colleagues together?_', '### Bind early (3 dots)', '### Not grouped', '## Polls', '## Development rubric: Shared commitment', '## The vision in their own words', '## Appendix: all notes']) {
      expect(md).toContain(heading);
    }
    expect(md).toContain('| Answer | Count | Share |');
    expect(md).toContain('_3 participants answered._');
    expect(md).toContain('| Aspect | 1. Exploring | 2. Building | 3. Supported | 4. Self-evident | Median |');
    expect(md).toContain('| Supported | 0 | 1 | 1 | 0 | phase 2 (Building) |');
    expect(md).toContain('| Phase | Description | Count |');
    expect(md).toMatch(/\d of 3 participants \(\d+%\) explained the vision in their own words \(2 wrote explanations\)\. Norm: 80% — (?:not yet )?met\./);
    expect(md).toContain('(group: Bind early, Anna)');
    expect(md).not.toMatch(DUTCH_EXPORT_WORDS);
  });

  it('names files after the title and the date', () => {
    expect(slugify('Studiedag Één School!')).toBe('studiedag-een-school');
    expect(slugify('???')).toBe('workshop');
    expect(exportFileName('Studiedag Één School', T0, 'docx')).toBe('visiebord-studiedag-een-school-2026-03-14.docx');
  });
});
