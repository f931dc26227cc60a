import { percentText, type Trajectory } from '@visiebord/shared/trajectory';
import { useT } from '../../i18n/useT';
import { sessionLabels } from './chartGeometry';

/** Results by role, one table per role that has enough answers in some session (five or more). */
export function RoleTables({ trajectory }: { trajectory: Trajectory }) {
  const t = useT('trajectory');
  const labels = sessionLabels(trajectory, t);
  const roles = new Map<string, string>();
  for (const s of trajectory.sessions) for (const r of s.byRole) roles.set(r.roleId, r.label);
  return (
    <div className="trajectory-roles" data-testid="trajectory-roles">
      <h3>{t('byRole')}</h3>
      <p className="hint">{t('byRoleHint')}</p>
      {roles.size === 0 && <p>{t('noRoles')}</p>}
      {[...roles].map(([roleId, label]) => (
        <table key={roleId} className="role-table" data-testid="trajectory-role" data-role={roleId}>
          <caption>{label}</caption>
          <thead>
            <tr>
              <th scope="col">{t('session')}</th>
              {trajectory.aspects.map((a) => (
                <th key={a.id} scope="col">
                  {a.title}
                </th>
              ))}
              <th scope="col">{t('explainTitle')}</th>
            </tr>
          </thead>
          <tbody>
            {trajectory.sessions.map((s, i) => {
              const row = s.byRole.find((r) => r.roleId === roleId);
              return (
                <tr key={s.id}>
                  <th scope="row">{labels[i]?.name}</th>
                  {trajectory.aspects.map((a) => {
                    const median = row?.rubric?.[a.id]?.median;
                    return <td key={a.id}>{median ? t('phase', { phase: median }) : '–'}</td>;
                  })}
                  <td>{row?.explain ? percentText(row.explain.share) : '–'}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ))}
    </div>
  );
}
