import { useCallback, useEffect, useState } from 'react';
import { ApiError } from '../../lib/api';
import { loadDraft, saveDraft } from './phoneDrafts';
import type { HandfulResponse as Handful } from '@visiebord/shared/api';
import { fetchHandful } from '../../lib/api';
import '../../i18n/sources/phone';
import { t } from '../../i18n';
import { apiErrorText } from '../../i18n/errors';

export type HandfulState = { status: 'loading' } | { status: 'ready'; handful: Handful } | { status: 'error'; message: string };

const isHandful = (v: unknown, stepId: string): v is Handful =>
  typeof v === 'object' && v !== null && (v as Handful).stepId === stepId && Array.isArray((v as Handful).notes);

/**
 * Fetches this phone's handful once per step and keeps a copy, so a reload on bad wifi can show
 * the notes at once; a failed fetch is retried with growing pauses, and by a tap.
 */
export function useHandful(code: string, workshopId: string, token: string, stepId: string): { state: HandfulState; retry: () => void } {
  const draftKey = `handful:${stepId}`;
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
    fetchHandful(workshopId, token, controller.signal).then(
      (handful) => {
        if (handful.notes.length > 0) saveDraft(code, draftKey, handful);
        setState({ status: 'ready', handful });
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
    // eslint-disable-next-line react-hooks/exhaustive-deps -- refetch only per step and per retry
  }, [workshopId, token, stepId, attempt]);

  return { state, retry };
}
