import { useCallback, useEffect, useState } from 'react';
import { clockOffset } from './clock';
import { fetchServerNow } from './timerApi';

/**
 * How far the server's clock runs ahead of this laptop's. The countdown is the server's: a laptop
 * whose clock is two minutes off must still show what the beamer and the phones show.
 */
export function useServerClock(workshopId: string, key: string) {
  const [offset, setOffset] = useState(0);
  useEffect(() => {
    let cancelled = false;
    const sentAt = Date.now();
    fetchServerNow(workshopId, key).then(
      (answer) => {
        if (!cancelled && typeof answer.serverNow === 'number') setOffset(clockOffset(answer.serverNow, sentAt, Date.now()));
      },
      () => undefined, // the offset stays 0; timer answers will correct it
    );
    return () => {
      cancelled = true;
    };
  }, [workshopId, key]);
  const learn = useCallback((serverNow: number, sentAt: number) => setOffset(clockOffset(serverNow, sentAt, Date.now())), []);
  return { offset, learn };
}

/** Re-renders every `ms` while `active`, for a countdown. */
export function useTicker(active: boolean, ms = 250): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!active) return;
    const id = setInterval(() => setNow(Date.now()), ms);
    return () => clearInterval(id);
  }, [active, ms]);
  return now;
}
