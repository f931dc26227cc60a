import { useT } from '../../i18n/useT';
import type { SavedWorkshop } from '../../lib/savedWorkshops';

/**
 * Opens the beamer view in its own window. Only the device that created the workshop knows the
 * beamer link (the server keeps keys only as hashes), so elsewhere we say where to find it.
 */
export function BeamerButton({ saved }: { saved: SavedWorkshop | null }) {
  const t = useT('console');
  if (!saved) {
    return (
      <p className="hint beamer-hint">{t('beamer.onlyOnCreatingDevice')}</p>
    );
  }
  return (
    <a className="button" href={saved.beamerUrl} target="visiebord-beamer" rel="noopener" data-testid="console-open-beamer">
      {t('beamer.open')}
    </a>
  );
}
