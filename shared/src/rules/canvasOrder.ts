/**
 * Canvases in the order the script first shows them: a later vote or synthesis step that names a
 * canvas again does not move it. Unknown canvases go last, by id, so every reader sorts alike.
 */
export function canvasOrder(canvasIdsInStepOrder: Iterable<string>): Map<string, number> {
  const order = new Map<string, number>();
  for (const id of canvasIdsInStepOrder) if (!order.has(id)) order.set(id, order.size);
  return order;
}

/** Sorts in place by `canvasOrder`, e.g. `canvases.sort(byCanvasOrder(order, (c) => c.id))`. */
export function byCanvasOrder<T>(order: Map<string, number>, idOf: (item: T) => string): (a: T, b: T) => number {
  return (a, b) => {
    const ia = idOf(a);
    const ib = idOf(b);
    return (order.get(ia) ?? order.size) - (order.get(ib) ?? order.size) || ia.localeCompare(ib);
  };
}
