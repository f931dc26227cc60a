import QRCode from 'qrcode';
import { useEffect, useState } from 'react';
import { joinUrl } from '../../lib/location';
import { useT } from '../../i18n/useT';

/** Always on the beamer: where to go, the code in huge letters, and a QR code to the same address. */
export function JoinPanel({ joinCode, error }: { joinCode: string | null; error: string | null }) {
  const url = joinCode ? joinUrl(joinCode) : null;
  const t = useT('beamer');
  const [svg, setSvg] = useState<{ url: string; markup: string } | null>(null);

  useEffect(() => {
    if (!url) return;
    let cancelled = false;
    QRCode.toString(url, { type: 'svg', margin: 1, errorCorrectionLevel: 'M', color: { dark: '#000000', light: '#ffffff' } }).then(
      (markup) => {
        if (!cancelled) setSvg({ url, markup });
      },
      () => undefined,
    );
    return () => {
      cancelled = true;
    };
  }, [url]);

  return (
    <aside className="join-panel" aria-label={t('join.label')}>
      <p className="join-panel-title">{t('join.title')}</p>
      {url && joinCode ? (
        <>
          <p className="join-panel-url">
            {t('join.goTo')} <strong>{url.replace(/^https?:\/\//, '').replace(/\/j\/.*$/, '')}</strong>
            <br />
            {t('join.enterCode')}
          </p>
          <p className="join-panel-code" data-testid="beamer-join-code" aria-label={t('join.codeLabel', { code: [...joinCode].join(' ') })}>
            {joinCode}
          </p>
          <p className="join-panel-or">{t('join.orScan')}</p>
          <div
            className="join-panel-qr"
            data-testid="beamer-qr"
            role="img"
            aria-label={t('join.qrLabel', { url })}
            // The SVG is made here by the qrcode library from our own URL, not from user input.
            dangerouslySetInnerHTML={svg?.url === url ? { __html: svg.markup } : undefined}
          />
          <p className="join-panel-full-url">{url.replace(/^https?:\/\//, '')}</p>
        </>
      ) : (
        <p className="join-panel-url">{error ?? t('join.fetchingCode')}</p>
      )}
    </aside>
  );
}
