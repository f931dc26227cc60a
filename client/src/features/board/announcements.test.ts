import '../../i18n/sources/board';
import type { Active, Over } from '@dnd-kit/core';
import { afterEach, describe, expect, it } from 'vitest';
import { setLanguage, t } from '../../i18n';
import { boardAnnouncements, boardInstructions } from './announcements';

const boardT = (key: string, values?: Record<string, unknown>) => t('board', key, values);
const entity = (label?: string) => ({ id: 'x', data: { current: label === undefined ? {} : { label } } }) as unknown as Active & Over;

describe('board announcements', () => {
  afterEach(() => setLanguage('nl'));

  it('say in Dutch what is picked up, where it is and where it lands', () => {
    const say = boardAnnouncements(boardT);
    const note = entity('notitie ‘Tijd’');
    expect(say.onDragStart({ active: note })).toBe('notitie ‘Tijd’ opgepakt.');
    expect(say.onDragOver({ active: note, over: entity('groep ‘Rust’') })).toBe('notitie ‘Tijd’ boven groep ‘Rust’.');
    expect(say.onDragOver({ active: note, over: null })).toBe('notitie ‘Tijd’ is boven geen groep.');
    expect(say.onDragEnd({ active: note, over: entity('groep ‘Rust’') })).toBe('notitie ‘Tijd’ neergelegd in groep ‘Rust’.');
    expect(say.onDragCancel({ active: entity(), over: null })).toBe('Verplaatsen van dit geannuleerd.');
    expect(boardInstructions(boardT).draggable).toContain('Verplaats naar');
  });

  it('say it in English on an English workshop', async () => {
    await setLanguage('en');
    const say = boardAnnouncements(boardT);
    expect(say.onDragEnd({ active: entity('note ‘Time’'), over: null })).toBe('note ‘Time’ put back.');
    expect(say.onDragStart({ active: entity() })).toBe('Picked up this.');
    expect(boardInstructions(boardT).draggable).toContain('Move to');
  });
});
