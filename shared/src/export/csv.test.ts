import { describe, expect, it } from 'vitest';
import { csvRow, neutraliseFormula, quoteCell, renderNotesCsv, UTF8_BOM } from './csv.ts';
import { createExportDoc, DUTCH_EXPORT_WORDS, T0 } from './fixture.test-data.ts';
import { buildExportModel } from './model.ts';

describe('notes as CSV', () => {
  it('quotes as RFC 4180 says', () => {
    expect(quoteCell('gewoon')).toBe('gewoon');
    expect(quoteCell('a,b')).toBe('"a,b"');
    expect(quoteCell('zei "ja"')).toBe('"zei ""ja"""');
    expect(quoteCell('twee\nregels')).toBe('"twee\nregels"');
  });

  it('neutralises cells a spreadsheet would run as a formula', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) expect(neutraliseFormula(`${start}1+1`)).toBe(`'${start}1+1`);
    expect(neutraliseFormula('1+1')).toBe('1+1');
    expect(csvRow(['=SUM(A1)', 3])).toBe("'=SUM(A1),3");
  });

  it('writes a BOM, a header and one row per visible note with CRLF line ends', () => {
    const csv = renderNotesCsv(buildExportModel(createExportDoc(), { participants: 3, exportedAt: T0, createdAt: T0 }));
    expect(csv.startsWith(UTF8_BOM)).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe('Vraag,Groep,Notitie,Stippen,Tijd,Naam');
    expect(lines).toHaveLength(1 + 4 + 1);
    expect(lines[1]).toBe('Werven,Vroeg binden,Samen met de pabo open dagen houden,0,2026-03-14 10:01,Anna');
    expect(lines[2]).toContain('"Stagiairs vroeg een vaste plek geven, ""echt"" welkom"');
    expect(lines[3]).toContain(`"'=CMD(""calc"")"`);
    expect(csv).toContain('ook één, twee');
    expect(csv).not.toContain('ongepasts');
  });

  it('heads the columns in English for an English workshop', () => {
    const csv = renderNotesCsv(buildExportModel(createExportDoc('en'), { participants: 3, exportedAt: T0, createdAt: T0 }));
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe('Question,Group,Note,Dots,Time,Name');
    expect(lines[1]).toBe('Recruiting,Bind early,Open days together with the teacher college,0,2026-03-14 10:01,Anna');
    expect(csv).not.toMatch(DUTCH_EXPORT_WORDS);
  });
});
