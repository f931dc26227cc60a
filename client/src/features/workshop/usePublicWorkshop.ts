import { useEffect, useState } from 'react';
import type { PublicWorkshopResponse } from '@visiebord/shared/api';
import { ApiError, fetchPublicWorkshop } from '../../lib/api';
import { backoffDelay } from '../../lib/backoff';
import { apiErrorText } from '../../i18n/errors';

/** What the console and the beamer show of it (a saved workshop knows these before the server answers). */
type PublicWorkshop = Pick<PublicWorkshopResponse, 'id' | 'title' | 'joinCode' | 'language'>;

export type PublicWorkshopState = { info: PublicWorkshop | null; error: string | null };

/**
 * Title and join code (not in the document), fetched with the beamer or facilitator key.
 * Temporary trouble is retried with backoff; a refusal is shown.
 */
export function usePublicWorkshop(workshopId: string, key: string | null, known?: PublicWorkshop | null): PublicWorkshopState {
  const [state, setState] = useState<PublicWorkshopState>({ info: known ?? null, error: null });
  useEffect(() => {
    if (!key) return;
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const attempt = (n: number) => {
      fetchPublicWorkshop(workshopId, key).then(
        (info) => {
          if (!cancelled) setState({ info, error: null });
        },
        (error: unknown) => {
          if (cancelled) return;
          const apiError = error instanceof ApiError ? error : new ApiError(0, 'network', 'Geen verbinding.');
          if (apiError.retryable) timer = setTimeout(() => attempt(n + 1), backoffDelay(n, { maxMs: 15_000 }));
          else setState((s) => ({ info: s.info, error: apiErrorText(apiError) }));
        },
      );
    };
    attempt(0);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [workshopId, key]);
  return state;
}
