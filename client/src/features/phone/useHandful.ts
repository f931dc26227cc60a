import { useCallback, useEffect, useState } from 'react';
import { ApiError } from '../../lib/api';
import { loadDraft, saveDraft } from './phoneDrafts';
import type { HandfulResponse as Handful } from '@visiebord/shared/api';
import { fetchHandful, fetchMoreHandful } from '../../lib/api';
import '../../i18n/sources/phone';
import { t } from '../../i18n';
import { apiErrorText } from '../../i18n/errors';

/** `enough`: a further handful was asked for, and nothing useful is left for this phone to sort. */
export type HandfulState = { status: 'loading' } | { status: 'ready'; handful: Handful } | { status: 'enough' } | { status: 'error'; message: string };

const isHandful = (v: unknown, stepId: string): v is Handful =>
  typeof v === 'object' && v !== null && (v as Handful).stepId === stepId && Array.isArray((v as Handful).notes);

/** Where a handful is kept on the phone: the first per step, a further one per step and round. */
export const handfulDraftKey = (stepId: string, round: number) => (round > 0 ? `handful:${stepId}:${round}` : `handful:${stepId}`);

/**
 * Fetches this phone's handful once per step (and per further round, "Nog een stapel sorteren")
 * and keeps a copy, so a reload on bad wifi can show the notes at once; a failed fetch is retried
 * with growing pauses, and by a tap.
 */
export function useHandful(code: string, workshopId: string, token: string, stepId: string, round = 0): { state: HandfulState; retry: () => void } {
  const draftKey = handfulDraftKey(stepId, round);
  const [state, setState] = useState<HandfulState>(() => {
    const saved = loadDraft(code, draftKey);
    return isHandful(saved, stepId) ? { status: 'ready', handful: saved } : { status: 'loading' };
  });
  const [attempt, setAttempt] = useState(0);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);

  useEffect(() => {
    if (state.status === 'ready') return;
    const controller = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const request = round > 0 ? fetchMoreHandful(workshopId, token, round, controller.signal) : fetchHandful(workshopId, token, controller.signal);
    request.then(
      (handful) => {
        if ('enough' in handful && handful.enough) return setState({ status: 'enough' });
        const kept: Handful = { stepId: handful.stepId, notes: handful.notes };
        if (kept.notes.length > 0) saveDraft(code, draftKey, kept);
        setState({ status: 'ready', handful: kept });
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        const message = error instanceof ApiError ? apiErrorText(error) : t('phone', 'sort.fetchFailed');
        setState({ status: 'error', message });
        if (!(error instanceof ApiError) || error.retryable) timer = setTimeout(retry, Math.min(15_000, 2_000 * 2 ** attempt));
      },
    );
    return () => {
      controller.abort();
      clearTimeout(timer);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- refetch only per step, round and retry
  }, [workshopId, token, stepId, round, attempt]);

  return { state, retry };
}
