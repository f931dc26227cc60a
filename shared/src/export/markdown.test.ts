import { describe, expect, it } from 'vitest';
import { createExportDoc, T0 } from './fixture.test-data.ts';
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

  it('names files after the title and the date', () => {
    expect(slugify('Studiedag Één School!')).toBe('studiedag-een-school');
    expect(slugify('???')).toBe('workshop');
    expect(exportFileName('Studiedag Één School', T0, 'docx')).toBe('visiebord-studiedag-een-school-2026-03-14.docx');
  });
});
