import { useEffect, useState } from 'react';
import { requestJson } from '../../lib/api';
import type { ExplainScore } from './logic/explainSummary';

// Scoring runs on the server over every explanation; every few seconds is live enough for a wall.
const POLL_MS = 4000;

/** The explain step's score, asked for every few seconds while the step is on the wall. */
export function useExplainScore(workshopId: string, key: string, stepId: string): ExplainScore | null {
  const [score, setScore] = useState<ExplainScore | null>(null);
  useEffect(() => {
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const controller = new AbortController();
    const path = `/api/workshops/${encodeURIComponent(workshopId)}/explain-score?stepId=${encodeURIComponent(stepId)}`;
    const poll = () => {
      requestJson<ExplainScore>(path, { token: key, signal: controller.signal })
        .then(
          (next) => {
            if (!cancelled) setScore(next);
          },
          // A missed round is fine: the next one comes soon, and the last score stays up.
          () => undefined,
        )
        .finally(() => {
          if (!cancelled) timer = setTimeout(poll, POLL_MS);
        });
    };
    poll();
    return () => {
      cancelled = true;
      controller.abort();
      clearTimeout(timer);
    };
  }, [workshopId, key, stepId]);
  return score?.stepId === stepId ? score : null;
}
