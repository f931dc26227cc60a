import type { Announcements, ScreenReaderInstructions } from '@dnd-kit/core';
import type { T } from '../../i18n/useT';

/** What a screen reader hears while dragging on the board, in the workshop's language (`t` of the board namespace). */
type Entity = { data: { current?: Record<string, unknown> } } | null;

const labelOf = (t: T, entity: Entity): string => (typeof entity?.data.current?.label === 'string' ? entity.data.current.label : t('drag.this'));

export const boardInstructions = (t: T): ScreenReaderInstructions => ({ draggable: t('drag.instructions') });

export function boardAnnouncements(t: T): Announcements {
  const item = (entity: Entity) => labelOf(t, entity);
  return {
    onDragStart: ({ active }) => t('drag.pickedUp', { item: item(active) }),
    onDragOver: ({ active, over }) => (over ? t('drag.over', { item: item(active), target: item(over) }) : t('drag.overNothing', { item: item(active) })),
    onDragEnd: ({ active, over }) => (over ? t('drag.dropped', { item: item(active), target: item(over) }) : t('drag.returned', { item: item(active) })),
    onDragCancel: ({ active }) => t('drag.cancelled', { item: item(active) }),
  };
}
