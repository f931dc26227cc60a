import { useLayoutEffect, useRef, type RefObject } from 'react';

/**
 * Finds the largest font size (px) at which the element's content fits its box, by bisection,
 * and sets it on the element. Notes size in `em`, so fewer notes read bigger and a full wall
 * shrinks until everything fits on the projector. Re-runs when `content` changes or the box resizes.
 */
export function useFitFontSize<T extends HTMLElement>(content: unknown, range: { min: number; max: number }): RefObject<T | null> {
  const ref = useRef<T | null>(null);
  const { min, max } = range;
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const fit = () => {
      const fits = (size: number) => {
        element.style.fontSize = `${size}px`;
        return element.scrollHeight <= element.clientHeight + 1 && element.scrollWidth <= element.clientWidth + 1;
      };
      let low = min;
      let high = max;
      if (fits(high)) return;
      for (let i = 0; i < 10 && high - low > 0.5; i++) {
        const mid = (low + high) / 2;
        if (fits(mid)) low = mid;
        else high = mid;
      }
      element.style.fontSize = `${low}px`;
    };
    fit();
    const observer = new ResizeObserver(() => fit());
    observer.observe(element);
    return () => observer.disconnect();
  }, [content, min, max]);
  return ref;
}
