import type { CreateWorkshopResponse } from '@visiebord/shared/api';
import { useState } from 'react';
import { useT } from '../../i18n/useT';
import { navigate } from '../../router';

/** The three links of a new workshop, with what each is for. The facilitator link is the only key. */
export function CreatedLinks({ created }: { created: CreateWorkshopResponse }) {
  const t = useT('landing');
  const consolePath = new URL(created.urls.facilitator, location.origin);
  return (
    <section className="card landing-card created" aria-labelledby="created-title" role="status">
      <h2 id="created-title">{t('created.title')}</h2>
      <p>
        {t('created.code')} <strong className="created-code">{created.joinCode}</strong>
      </p>
      <LinkRow
        label={t('created.facilitator')}
        note={t('created.facilitatorNote')}
        url={created.urls.facilitator}
        testId="created-facilitator-link"
        important
      />
      <LinkRow label={t('created.beamer')} note={t('created.beamerNote')} url={created.urls.beamer} testId="created-beamer-link" />
      <LinkRow label={t('created.participants')} note={t('created.participantsNote')} url={created.urls.join} testId="created-join-link" />
      <button type="button" className="button" onClick={() => navigate(consolePath.pathname + consolePath.hash)} data-testid="created-open-console">
        {t('created.openConsole')}
      </button>
    </section>
  );
}

function LinkRow({ label, note, url, testId, important }: { label: string; note: string; url: string; testId: string; important?: boolean }) {
  const t = useT('landing');
  const [copied, setCopied] = useState(false);
  async function copy() {
    try {
      await navigator.clipboard.writeText(url);
      setCopied(true);
      setTimeout(() => setCopied(false), 2000);
    } catch {
      // Clipboard needs a secure context; the link is selectable anyway.
    }
  }
  return (
    <div className={important ? 'link-row important' : 'link-row'}>
      <p className="link-label">{label}</p>
      <p className="link-note">{note}</p>
      <div className="link-line">
        <a href={url} data-testid={testId} target={testId === 'created-facilitator-link' ? undefined : '_blank'} rel="noopener">
          {url}
        </a>
        {typeof navigator !== 'undefined' && navigator.clipboard && (
          <button type="button" className="button secondary small" onClick={copy}>
            {copied ? t('created.copied') : t('created.copy')}
          </button>
        )}
      </div>
    </div>
  );
}
