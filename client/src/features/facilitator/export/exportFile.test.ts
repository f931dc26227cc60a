import { describe, expect, it } from 'vitest';
import { exportFileName } from './exportFile';

describe('exportFileName', () => {
  it('takes the server’s name, the UTF-8 one first', () => {
    expect(exportFileName(`attachment; filename="studiedag.docx"; filename*=UTF-8''studiedag%20%C3%A9%C3%A9n.docx`, 'x', 'docx')).toBe('studiedag één.docx');
    expect(exportFileName('attachment; filename="visie.md"', 'x', 'md')).toBe('visie.md');
  });
  it('makes a name from the title otherwise', () => {
    expect(exportFileName(null, 'Studiedag: één visie!', 'csv')).toBe('visiebord-studiedag-een-visie.csv');
    expect(exportFileName(null, '???', 'json')).toBe('visiebord-workshop.json');
  });
});
