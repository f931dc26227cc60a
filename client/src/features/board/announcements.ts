import type { Announcements, ScreenReaderInstructions } from '@dnd-kit/core';

/** What a screen reader hears while dragging on the board, in Dutch. */
const labelOf = (entity: { data: { current?: Record<string, unknown> } } | null): string =>
  typeof entity?.data.current?.label === 'string' ? entity.data.current.label : 'dit';

export const boardInstructions: ScreenReaderInstructions = {
  draggable:
    'Druk op spatie of Enter om op te pakken. Kies met de pijltjestoetsen een groep, leg neer met spatie of Enter, of annuleer met Escape. Of gebruik de knop Verplaats naar.',
};

export const boardAnnouncements: Announcements = {
  onDragStart: ({ active }) => `${labelOf(active)} opgepakt.`,
  onDragOver: ({ active, over }) => (over ? `${labelOf(active)} boven ${labelOf(over)}.` : `${labelOf(active)} is boven geen groep.`),
  onDragEnd: ({ active, over }) => (over ? `${labelOf(active)} neergelegd in ${labelOf(over)}.` : `${labelOf(active)} teruggelegd.`),
  onDragCancel: ({ active }) => `Verplaatsen van ${labelOf(active)} geannuleerd.`,
};
