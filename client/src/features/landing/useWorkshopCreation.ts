import type { CreateWorkshopResponse } from '@visiebord/shared/api';
import { useState } from 'react';
import { ApiError } from '../../lib/api';
import { saveWorkshop } from '../../lib/savedWorkshops';

/**
 * Making a workshop, from a script or from an export: one request at a time, the server's message
 * on failure (else `fallbackMessage`), and the new workshop's keys remembered on this device so
 * its console can open the beamer.
 */
export function useWorkshopCreation(fallbackMessage: string) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [created, setCreated] = useState<CreateWorkshopResponse | null>(null);

  async function create(request: () => Promise<CreateWorkshopResponse>) {
    setBusy(true);
    setError(null);
    try {
      const answer = await request();
      saveWorkshop(answer.id, { facilitatorKey: answer.facilitatorKey, beamerKey: answer.beamerKey, joinCode: answer.joinCode, beamerUrl: answer.urls.beamer });
      setCreated(answer);
    } catch (e) {
      setError(e instanceof ApiError ? e.message : fallbackMessage);
    } finally {
      setBusy(false);
    }
  }

  return { busy, error, setError, created, create };
}
