import { useEffect, useMemo, useState } from 'react';
import { useStore } from 'zustand';
import { createPhoneStore, type StepMessage } from '../../state/phoneStore';
import { CanvasSection } from './CanvasSection';
import { InfoItems, stepItems } from './InfoItems';
import { OfflineBanner } from './OfflineBanner';
import { OwnNoteList } from './OwnNoteList';
import { ownNoteViews } from './ownNotes';
import { startPhoneConnection } from './phoneConnection';
import { saveSession, type PhoneSession } from './phoneSession';
import { loadOutbox } from './phoneStorage';
import { RenameMenu } from './RenameMenu';
import { RoleChoice } from './RoleChoice';
import { SelfPacedNav } from './SelfPacedNav';
import { isReadOnlyStep, StepAnswer } from './StepAnswer';
import { StepTimer } from './StepTimer';
import './phoneAnswers.css';
import { useT } from '../../i18n/useT';

/**
 * The joined phone: the current step, what it asks of you, your notes and what others wrote.
 * `firstStep`: the step a join just answered with, so the question shows before the socket is up.
 */
export function PhoneWorkshop({
  code,
  session,
  firstStep,
  onUnauthorized,
}: {
  code: string;
  session: PhoneSession;
  firstStep: StepMessage | null;
  onUnauthorized: () => void;
}) {
  const [store] = useState(() =>
    createPhoneStore({ title: session.title, name: session.name, outbox: loadOutbox(code), step: firstStep, selfPacedSteps: session.selfPaced?.steps }),
  );
  useEffect(() => startPhoneConnection({ store, session, code, onUnauthorized }), [store, session, code, onUnauthorized]);

  const title = useStore(store, (s) => s.title);
  const name = useStore(store, (s) => s.name);
  const step = useStore(store, (s) => s.step);
  const live = useStore(store, (s) => s.live);
  const own = useStore(store, (s) => s.own);
  const outbox = useStore(store, (s) => s.outbox);
  const outdated = useStore(store, (s) => s.outdated);
  const views = useMemo(() => ownNoteViews(own, outbox), [own, outbox]);
  const t = useT('phone');
  const [roleAsked, setRoleAsked] = useState(session.roleAsked === true || !session.roles);
  const roleDone = () => {
    saveSession(code, { ...session, roleAsked: true });
    setRoleAsked(true);
  };
  // The role is asked on the step the phone joined on. A colleague who lets it be has answered
  // ("skip"): at the next step it is gone for good, so it never pushes a question down again.
  const stepId = step?.id ?? null;
  const [roleAskedOn, setRoleAskedOn] = useState<string | null>(null);
  if (!roleAsked && roleAskedOn === null && stepId !== null) setRoleAskedOn(stepId);
  const roleLetBe = !roleAsked && roleAskedOn !== null && stepId !== null && roleAskedOn !== stepId;
  useEffect(() => {
    if (roleLetBe) saveSession(code, { ...session, roleAsked: true });
  }, [roleLetBe, code, session]);

  const canvasIds = new Set(step?.canvases.map((c) => c.id) ?? []);
  // Earlier notes only matter while writing: on other steps they would push the question down.
  const elsewhere = step?.type === 'prompt' ? views.filter((v) => !canvasIds.has(v.canvasId)) : [];
  const items = step ? stepItems(step) : [];

  return (
    <main className="phone">
      <header className="phone-header">
        <div>
          <p className="phone-title">{title || 'Visiebord'}</p>
          <p className="phone-who" data-testid="phone-name">
            {t('workshop.joinedAs')} <strong>{name || t('anonymous')}</strong>
          </p>
        </div>
        <RenameMenu store={store} />
      </header>
      <StepTimer store={store} />
      <OfflineBanner store={store} />
      {!roleAsked && !roleLetBe && !outdated && live !== 'gone' && <RoleChoice session={session} onDone={roleDone} />}
      {outdated ? (
        <div className="phone-panel" role="alert" data-testid="phone-outdated">
          <h1>{t('workshop.outdated.title')}</h1>
          <p>{t('workshop.outdated.text')}</p>
          <button type="button" className="button" onClick={() => window.location.reload()}>
            {t('workshop.outdated.reload')}
          </button>
        </div>
      ) : live === 'gone' ? (
        <div className="phone-panel" role="alert">
          <h1>{t('workshop.gone.title')}</h1>
          <p>{t('workshop.gone.text')}</p>
        </div>
      ) : step === undefined ? (
        <p className="phone-panel hint" role="status">
          {t('workshop.connecting')}
        </p>
      ) : step === null ? (
        <p className="phone-panel">{t('workshop.notStarted')}</p>
      ) : (
        <>
          <section className={`phone-panel step-card step-${step.type}`} aria-labelledby="step-title" data-testid="phone-step" data-step-type={step.type}>
            <p className="step-count">
              {t('workshop.stepCount', { number: step.index + 1, total: step.total })}
            </p>
            <h1 id="step-title">{step.title}</h1>
            {step.body && <p className="step-body">{step.body}</p>}
            {items.length > 0 && <InfoItems items={items} />}
            {step.type === 'info' && step.vision && step.vision.sentences.length > 0 && (
              <blockquote className="shown-vision" aria-label={t('followUp.visionTitle')} data-testid="shown-vision">
                {step.vision.sentences.map((s) => (
                  <p key={s.key}>{s.text}</p>
                ))}
              </blockquote>
            )}
            {step.type === 'close' && (
              <p className="thanks" data-testid="phone-thanks">
                {name ? t('workshop.thanksNamed', { name }) : t('workshop.thanks')}
              </p>
            )}
            {isReadOnlyStep(step) && step.type !== 'close' && (
              <p className="hint">{session.selfPaced ? t('followUp.readOn') : t('workshop.readOnly')}</p>
            )}
          </section>
          <StepAnswer store={store} step={step} code={code} session={session} />
          {step.canvases
            .filter(() => step.type === 'prompt')
            .map((canvas) => (
              <CanvasSection key={canvas.id} store={store} canvas={canvas} notes={views.filter((v) => v.canvasId === canvas.id)} />
            ))}
          {session.selfPaced && <SelfPacedNav store={store} steps={session.selfPaced.steps} openUntil={session.selfPaced.openUntil} />}
        </>
      )}
      {elsewhere.length > 0 && (
        <section className="phone-panel" aria-labelledby="elsewhere-title">
          <h2 id="elsewhere-title">{t('workshop.earlierNotes')}</h2>
          <OwnNoteList store={store} notes={elsewhere} editable={false} />
        </section>
      )}
    </main>
  );
}
