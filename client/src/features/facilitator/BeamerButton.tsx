import type { SavedWorkshop } from '../../lib/savedWorkshops';

/**
 * Opens the beamer view in its own window. Only the device that created the workshop knows the
 * beamer link (the server keeps keys only as hashes), so elsewhere we say where to find it.
 */
export function BeamerButton({ saved }: { saved: SavedWorkshop | null }) {
  if (!saved) {
    return (
      <p className="hint beamer-hint">
        Beamer openen kan alleen op het apparaat waarop je de workshop maakte. Gebruik anders de beamerlink die je toen bewaarde.
      </p>
    );
  }
  return (
    <a className="button" href={saved.beamerUrl} target="visiebord-beamer" rel="noopener" data-testid="console-open-beamer">
      Beamer openen
    </a>
  );
}
