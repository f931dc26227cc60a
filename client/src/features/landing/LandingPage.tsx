import '../../i18n/sources/landing';
import { useT } from '../../i18n/useT';
import { CreateWorkshopForm } from './CreateWorkshopForm';
import { ImportWorkshopForm } from './ImportWorkshopForm';
import { JoinCodeForm } from './JoinCodeForm';
import './landing.css';

/** `/`: join with a code (most people) or start a workshop (the facilitator). */
export default function LandingPage() {
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
