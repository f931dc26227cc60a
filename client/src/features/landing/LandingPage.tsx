import { browserLanguage } from '../../i18n';
import '../../i18n/sources/landing';
import { useT, useWorkshopLanguage } from '../../i18n/useT';
import { CreateWorkshopForm } from './CreateWorkshopForm';
import { ImportWorkshopForm } from './ImportWorkshopForm';
import { JoinCodeForm } from './JoinCodeForm';
import './landing.css';

/** `/`: join with a code (most people) or start a workshop (the facilitator). */
export default function LandingPage() {
  // No workshop yet: the page speaks the browser's language (Dutch, or English for an English browser).
  useWorkshopLanguage(browserLanguage());
  const t = useT('landing');
  return (
    <main className="page landing">
      <header className="landing-header">
        <h1>Visiebord</h1>
        <p className="landing-tagline">{t('tagline')}</p>
      </header>
      <div className="landing-grid">
        <JoinCodeForm />
        <CreateWorkshopForm />
        <ImportWorkshopForm />
      </div>
    </main>
  );
}
