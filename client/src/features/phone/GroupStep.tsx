import { useState } from 'react';
import { useStore } from 'zustand';
import { sendAnswer } from '../../state/phoneActions';
import type { PhoneStore } from '../../state/phoneStore';
import { AnswerCard } from './AnswerCard';
import { AnswerStateLine } from './AnswerStateLine';
import { answerKey } from './answerIntents';
import { pendingAnswer } from './outbox';
import { loadDraft, saveDraft } from './phoneDrafts';
import type { PhoneSession } from './phoneSession';
import { pileOf, placeOnPile, restorePiles, samePiles, startNewPile, takeOffPile, unsortedNotes, type Piles } from './piles';
import { TimeUpNotice } from './StepTimer';
import { useAnswerStatus, useMyAnswers, useTimeUp } from './usePhoneStep';
import { useHandful } from './useHandful';
import { useT } from '../../i18n/useT';

/**
 * Crowd sorting: "leg bij elkaar wat over hetzelfde gaat". Tap a note, then a pile or "Nieuwe
 * stapel" — no dragging, so it works with one thumb, a keyboard or a screen reader. "Klaar" sends
 * the piles; they stay changeable, and a reload brings them back.
 */
export function GroupStep({ store, stepId, code, session }: { store: PhoneStore; stepId: string; code: string; session: PhoneSession }) {
  const { state, retry } = useHandful(code, session.workshopId, session.participantToken, stepId);
  const t = useT('phone');
  if (state.status === 'loading') {
    return (
      <p className="phone-panel hint" role="status">
        {t('sort.loading')}
      </p>
    );
  }
  if (state.status === 'error' || state.handful.notes.length === 0) {
    return (
      <div className="phone-panel" role="status">
        <p>{state.status === 'error' ? state.message : t('sort.none')}</p>
        <button type="button" className="button secondary" onClick={retry}>
          {t('sort.fetchAgain')}
        </button>
      </div>
    );
  }
  return <SortBoard store={store} stepId={stepId} code={code} notes={state.handful.notes} />;
}

function SortBoard({ store, stepId, code, notes }: { store: PhoneStore; stepId: string; code: string; notes: Array<{ id: string; text: string }> }) {
  const ids = notes.map((n) => n.id);
  const textOf = new Map(notes.map((n) => [n.id, n.text]));
  const mine = useMyAnswers(store);
  const key = answerKey({ type: 'sort.submit', stepId, piles: [] });
  const pending = useStore(store, (s) => pendingAnswer(s.outbox, key));
  const timeUp = useTimeUp(store);
  const draftKey = `piles:${stepId}`;
  const submitted = pending?.type === 'sort.submit' ? pending.piles : mine.sort;
  // null until the person moves a note here: then the piles are what was sent (also after a reload).
  const [laid, setLaid] = useState<Piles | null>(() => {
    const saved = loadDraft(code, draftKey);
    return saved === null ? null : restorePiles(ids, saved);
  });
  const piles = laid ?? restorePiles(ids, submitted ?? []);
  const [selected, setSelected] = useState<string | null>(null);
  const [announce, setAnnounce] = useState('');
  const t = useT('phone');

  const upToDate = submitted !== undefined && samePiles(submitted, piles);
  const status = useAnswerStatus(store, [key], upToDate);
  const waiting = unsortedNotes(ids, piles);

  function change(next: Piles, message: string) {
    setLaid(next);
    saveDraft(code, draftKey, next);
    setSelected(null);
    setAnnounce(message);
  }
  const short = (noteId: string) => t('sort.quote', { text: (textOf.get(noteId) ?? '').slice(0, 40) });

  const noteButton = (noteId: string) => (
    <button
      type="button"
      className={`sort-note${selected === noteId ? ' selected' : ''}`}
      data-testid="sort-note"
      aria-pressed={selected === noteId}
      disabled={timeUp}
      onClick={() => setSelected(selected === noteId ? null : noteId)}
    >
      {textOf.get(noteId)}
    </button>
  );

  return (
    <AnswerCard question={t('sort.title')}>
      <p className="hint">{t('sort.how')}</p>
      <p className="visually-hidden" aria-live="polite">
        {announce}
      </p>
      {selected && (
        <div className="sort-actions" role="group" aria-label={t('sort.where', { note: short(selected) })} data-testid="sort-actions">
          <p className="sort-actions-title">{t('sort.placeOn', { note: short(selected) })}</p>
          <div className="button-row">
            {piles.map((pile, index) =>
              pile.includes(selected) ? null : (
                <button key={index} type="button" className="button" data-testid="sort-to-pile" onClick={() => change(placeOnPile(piles, selected, index), t('sort.placed', { number: index + 1 }))}>
                  {t('sort.pile', { number: index + 1 })}
                </button>
              ),
            )}
            <button type="button" className="button" data-testid="sort-new-pile" onClick={() => change(startNewPile(piles, selected), t('sort.started', { number: piles.length + 1 }))}>
              {t('sort.newPile')}
            </button>
            {pileOf(piles, selected) >= 0 && (
              <button type="button" className="button secondary" onClick={() => change(takeOffPile(piles, selected), t('sort.takenBack'))}>
                {t('sort.takeBack')}
              </button>
            )}
          </div>
        </div>
      )}
      {waiting.length > 0 && (
        <>
          <h3 className="list-title">
            {t('sort.waiting')} <span className="count">({waiting.length})</span>
          </h3>
          <ul className="sort-list">
            {waiting.map((noteId) => (
              <li key={noteId}>{noteButton(noteId)}</li>
            ))}
          </ul>
        </>
      )}
      {piles.map((pile, index) => (
        <div key={index} className="sort-pile" data-testid="sort-pile">
          <h3 className="list-title">
            {t('sort.pile', { number: index + 1 })} <span className="count">({pile.length})</span>
          </h3>
          <ul className="sort-list">
            {pile.map((noteId) => (
              <li key={noteId}>{noteButton(noteId)}</li>
            ))}
          </ul>
          {selected && !pile.includes(selected) && (
            <button type="button" className="button secondary small sort-here" onClick={() => change(placeOnPile(piles, selected, index), t('sort.placed', { number: index + 1 }))}>
              {t('sort.placeHere')}
            </button>
          )}
        </div>
      ))}
      {timeUp && <TimeUpNotice />}
      {waiting.length > 0 && piles.length > 0 && <p className="hint">{t('sort.waitingHint', { count: waiting.length })}</p>}
      <button
        type="button"
        className="button big"
        data-testid="sort-submit"
        disabled={timeUp || waiting.length > 0 || upToDate}
        onClick={() => sendAnswer(store, { type: 'sort.submit', stepId, piles })}
      >
        {!upToDate && submitted ? t('sendChange') : upToDate && status.state === 'sent' ? t('sent') : t('sort.done')}
      </button>
      <AnswerStateLine store={store} status={status} sentLabel={t('sort.sentLabel')} />
    </AnswerCard>
  );
}
