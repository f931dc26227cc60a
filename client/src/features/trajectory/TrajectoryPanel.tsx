import { useCallback, useEffect, useState } from 'react';
import type { FollowUpResponse as FollowUp } from '@visiebord/shared/api';
import type { Trajectory } from '@visiebord/shared/trajectory';
import { formatDate } from '../../i18n/dates';
import { useT } from '../../i18n/useT';
import type { ApiError } from '../../lib/api';
import { requestJson } from '../../lib/api';
import { downloadTrajectory } from '../facilitator/export/exportFile';
import { RoleTables } from './RoleTables';
import { TrajectoryChart } from './TrajectoryChart';

/**
 * In the console: start a follow-up of a finished workshop, and the trajectory so far (chart,
 * summary, results by role), its exports and deleting it as a whole. Mounted only when shown
 * (see ConsolePage), so the trajectory is fetched only then.
 */
export function TrajectoryPanel({ workshopId, facilitatorKey, finished, title }: { workshopId: string; facilitatorKey: string; finished: boolean; title: string }) {
  const t = useT('trajectory');
  const [trajectory, setTrajectory] = useState<Trajectory | null>(null);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [started, setStarted] = useState<FollowUp | null>(null);
  const [busy, setBusy] = useState(false);
  const base = `/api/workshops/${encodeURIComponent(workshopId)}`;

  const load = useCallback(() => {
    requestJson<Trajectory>(`${base}/trajectory`, { token: facilitatorKey }).then(setTrajectory, (e: ApiError) => setMessage({ text: e.message, error: true }));
  }, [base, facilitatorKey]);
  useEffect(load, [load]);

  const act = async (work: () => Promise<void>) => {
    setBusy(true);
    setMessage(null);
    try {
      await work();
    } catch (e) {
      setMessage({ text: e instanceof Error ? e.message : String(e), error: true });
    } finally {
      setBusy(false);
    }
  };
  const start = () =>
    act(async () => {
      setStarted(await requestJson<FollowUp>(`${base}/follow-ups`, { method: 'POST', body: {}, token: facilitatorKey }));
      load();
    });
  const removeAll = () => {
    if (!window.confirm(t('deleteConfirm'))) return;
    void act(async () => {
      await requestJson(`${base}/trajectory`, { method: 'DELETE', token: facilitatorKey });
      window.location.assign('/');
    });
  };
  const download = (format: 'docx' | 'json') =>
    act(async () => {
      const name = await downloadTrajectory(workshopId, facilitatorKey, format, t('fileTitle', { title }));
      setMessage({ text: t('downloaded', { name }), error: false });
    });

  const sessions = trajectory?.sessions.length ?? 0;
  return (
    <section className="card trajectory-section" aria-labelledby="trajectory-title" data-testid="trajectory">
      <h2 id="trajectory-title">{t('heading')}</h2>
      <p className="hint">
        {t('intro')} {sessions > 0 && t('sessions', { count: sessions })}
      </p>
      <div className="trajectory-actions">
        <button type="button" className="button" data-testid="follow-up-start" disabled={busy || !finished} onClick={start}>
          {t('startFollowUp')}
        </button>
        <button type="button" className="button secondary small" onClick={load} disabled={busy} data-testid="trajectory-refresh">
          {t('refresh')}
        </button>
        <button type="button" className="button secondary small" onClick={() => download('docx')} disabled={busy} data-testid="trajectory-export-docx">
          {t('exportWord')}
        </button>
        <button type="button" className="button secondary small" onClick={() => download('json')} disabled={busy} data-testid="trajectory-export-json">
          {t('exportJson')}
        </button>
        <button type="button" className="button danger small" onClick={removeAll} disabled={busy} data-testid="trajectory-delete">
          {t('deleteAll')}
        </button>
      </div>
      <p className="hint">{finished ? t('startHint') : t('notFinishedHint')}</p>
      {started && (
        <div className="follow-up-started" role="status" data-testid="follow-up-started">
          <strong>{t('started')}</strong> — {t('joinHere')}{' '}
          <span className="code" data-testid="follow-up-code">
            {started.joinCode}
          </span>{' '}
          ({started.urls.join.replace(/^https?:\/\//, '')}),{' '}
          {t('openUntil', { date: formatDate(started.openUntil, { day: 'numeric', month: 'long' }) })}.{' '}
          <a href={`${started.urls.facilitator}#key=${facilitatorKey}`} data-testid="follow-up-console">
            {t('openConsole')}
          </a>
        </div>
      )}
      {message && (
        <p className={message.error ? 'error-text' : 'hint'} role={message.error ? 'alert' : 'status'} data-testid="trajectory-message">
          {message.text}
        </p>
      )}
      {trajectory ? (
        <>
          <TrajectoryChart trajectory={trajectory} />
          <RoleTables trajectory={trajectory} />
        </>
      ) : (
        !message && <p className="hint">{t('loading')}</p>
      )}
    </section>
  );
}
