import type { KeyboardCoordinateGetter } from '@dnd-kit/core';

/**
 * Keyboard dragging that jumps from drop target to drop target (the unsorted pile, each group,
 * "Nieuwe groep") in board order, instead of nudging 25 px at a time across a large board.
 */
export type JumpDirection = 1 | -1;

const DIRECTIONS: Record<string, JumpDirection> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };

/** The next target in `order` from `currentId` (or from `startId` before the first move); wraps around. */
export function nextTarget(order: readonly string[], currentId: string | null, direction: JumpDirection): string | null {
  if (order.length === 0) return null;
  const index = currentId === null ? -1 : order.indexOf(currentId);
  if (index === -1) return order[direction === 1 ? 0 : order.length - 1] ?? null;
  return order[(index + direction + order.length) % order.length] ?? null;
}

/**
 * A dnd-kit coordinate getter: each drop target carries its place in the board as `data.order`
 * (read at key time, so a group made a moment ago counts).
 */
export const jumpCoordinates: KeyboardCoordinateGetter = (event, { context }) => {
  const direction = DIRECTIONS[event.code];
  const { active, collisionRect, droppableRects, droppableContainers, over } = context;
  if (!direction || !collisionRect) return undefined;
  event.preventDefault();
  const order = droppableContainers
    .getEnabled()
    .map((c) => ({ id: String(c.id), order: Number(c.data.current?.order ?? 0) }))
    .filter((c) => droppableRects.has(c.id))
    .sort((a, b) => a.order - b.order)
    .map((c) => c.id);
  // Before the first measurement nothing is "over"; start from where the card lies.
  const home = active?.data.current?.container;
  const current = over ? String(over.id) : typeof home === 'string' ? home : null;
  let target = nextTarget(order, current, direction);
  // Skip a target whose drop would do nothing visible, e.g. the group the card came from.
  if (target !== null && target === current) target = nextTarget(order, target, direction);
  const rect = target === null ? undefined : droppableRects.get(target);
  if (!rect) return undefined;
  return {
    x: rect.left + Math.min(rect.width, collisionRect.width * 2) / 2 - collisionRect.width / 2,
    y: rect.top + Math.min(rect.height, collisionRect.height * 2) / 2 - collisionRect.height / 2,
  };
};
