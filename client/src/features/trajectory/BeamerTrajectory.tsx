import { useEffect, useState } from 'react';
import type { Trajectory } from '@visiebord/shared/trajectory';
import { useT } from '../../i18n/useT';
import { requestJson } from '../../lib/api';
import { TrajectoryChart } from './TrajectoryChart';

/**
 * On the beamer at the study day's last step, once follow-ups exist: the trajectory, large, for
 * the team meeting where the school looks back. Nothing shows while there is only the study day.
 */
export function BeamerTrajectory({ workshopId, beamerKey }: { workshopId: string; beamerKey: string }) {
  const t = useT('trajectory');
  const [trajectory, setTrajectory] = useState<Trajectory | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    requestJson<Trajectory>(`/api/workshops/${encodeURIComponent(workshopId)}/trajectory`, { token: beamerKey, signal: controller.signal }).then(
      setTrajectory,
      () => setTrajectory(null),
    );
    return () => controller.abort();
  }, [workshopId, beamerKey]);
  if (!trajectory || trajectory.sessions.length < 2) return null;
  return (
    <section className="beamer-trajectory" aria-label={t('heading')} data-testid="beamer-trajectory">
      <h2>{t('heading')}</h2>
      <TrajectoryChart trajectory={trajectory} large />
    </section>
  );
}
