import { useEffect, useState } from 'react';
import type { ExplainScore } from '@visiebord/shared/api';
import { requestJson } from '../../lib/api';

/** A new explanation is scored soon after it arrives; a quiet wall still checks now and then. */
const AFTER_CHANGE_MS = 300;
const QUIET_POLL_MS = 15_000;

/**
 * The explain step's score from the server (it scores every explanation against the vision).
 * `submitted` — how many explanations the document holds — makes each new one show within a
 * moment, without the wall asking every few seconds for nothing.
 */
export function useExplainScore(workshopId: string, key: string, stepId: string, submitted: number): ExplainScore | null {
  const [score, setScore] = useState<ExplainScore | null>(null);
  useEffect(() => {
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const controller = new AbortController();
    const path = `/api/workshops/${encodeURIComponent(workshopId)}/explain-score?stepId=${encodeURIComponent(stepId)}`;
    const fetchScore = () => {
      requestJson<ExplainScore>(path, { token: key, signal: controller.signal })
        .then(
          (next) => {
            if (!cancelled) setScore(next);
          },
          // A missed round is fine: the next one comes, and the last score stays up.
          () => undefined,
        )
        .finally(() => {
          if (!cancelled) timer = setTimeout(fetchScore, QUIET_POLL_MS);
        });
    };
    timer = setTimeout(fetchScore, AFTER_CHANGE_MS);
    return () => {
      cancelled = true;
      controller.abort();
      clearTimeout(timer);
    };
  }, [workshopId, key, stepId, submitted]);
  return score?.stepId === stepId ? score : null;
}
