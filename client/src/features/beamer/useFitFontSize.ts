import { useLayoutEffect, useRef, useState, type RefObject } from 'react';

/**
 * Finds the largest font size (px) at which a wall's notes fit its box, by bisection, and sets it
 * on the element. Notes size in `em`, so fewer notes read bigger and a full wall shrinks until
 * everything fits on the projector. Below `min` text stops being readable from the back of the
 * hall: then `capacity` says how many note slots fit at `min`, and the caller shows only the newest.
 * `content` identifies the notes (ids and lengths); the measurement re-runs when it changes or the
 * box resizes.
 */
export function useFitFontSize<T extends HTMLElement>(
  content: string,
  range: { min: number; max: number },
): { ref: RefObject<T | null>; capacity: number } {
  const ref = useRef<T | null>(null);
  const [limit, setLimit] = useState({ content, size: '', capacity: Number.POSITIVE_INFINITY });
  const [size, setSize] = useState('');
  // A new set of notes or a new box size starts from "everything fits" and measures again.
  const capacity = limit.content === content && limit.size === size ? limit.capacity : Number.POSITIVE_INFINITY;
  const { min, max } = range;

  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    if (fitFontSize(element, min, max)) return;
    const slots = countFullyVisible(element);
    if (slots < element.children.length) setLimit({ content, size, capacity: Math.max(1, slots) });
  }, [content, size, capacity, min, max]);

  // The wall exists only once there are notes; observe it from then on.
  const hasWall = content !== '';
  useLayoutEffect(() => {
    const element = ref.current;
    if (!hasWall || !element) return;
    const observer = new ResizeObserver(() => setSize(`${element.clientWidth}x${element.clientHeight}`));
    observer.observe(element);
    return () => observer.disconnect();
  }, [hasWall]);

  return { ref, capacity };
}

/** Sets the largest font size at which the content fits; false if it does not fit even at `min`. */
function fitFontSize(element: HTMLElement, min: number, max: number): boolean {
  const fits = (px: number) => {
    element.style.fontSize = `${px}px`;
    return element.scrollHeight <= element.clientHeight + 1 && element.scrollWidth <= element.clientWidth + 1;
  };
  if (fits(max)) return true;
  if (!fits(min)) return false;
  let low = min;
  let high = max;
  for (let i = 0; i < 10 && high - low > 0.5; i++) {
    const mid = (low + high) / 2;
    if (fits(mid)) low = mid;
    else high = mid;
  }
  fits(low);
  return true;
}

function countFullyVisible(element: HTMLElement): number {
  const padding = Number.parseFloat(getComputedStyle(element).paddingBottom) || 0;
  const bottom = element.getBoundingClientRect().top + element.clientHeight - padding + 1;
  let count = 0;
  for (const child of element.children) if (child.getBoundingClientRect().bottom <= bottom) count++;
  return count;
}
