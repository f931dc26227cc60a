import { useEffect, useState } from 'react';
import { useStore } from 'zustand';
import { sendAnswer } from '../../state/phoneActions';
import type { PhoneStore } from '../../state/phoneStore';
import { AnswerCard } from './AnswerCard';
import { AnswerStateLine } from './AnswerStateLine';
import { answerKey } from './answerIntents';
import { pendingAnswer } from './outbox';
import { loadDraft, saveDraft } from './phoneDrafts';
import type { PhoneSession } from './phoneSession';
import { pileOf, placeOnPile, restorePiles, restoreSortRound, samePiles, sentPiles, sortsSent, startNewPile, takeOffPile, unsortedNotes, type Piles, type SortRound } from './piles';
import { TimeUpNotice } from './StepTimer';
import { useAnswerStatus, useMyAnswers, useTimeUp } from './usePhoneStep';
import { useHandful } from './useHandful';
import { useT } from '../../i18n/useT';

/**
 * Crowd sorting: "leg bij elkaar wat over hetzelfde gaat". Tap a note, then a pile or "Nieuwe
 * stapel" — no dragging, so it works with one thumb, a keyboard or a screen reader. "Klaar" sends
 * the piles; they stay changeable, and a reload brings them back. Once sent, "Nog een stapel
 * sorteren" asks the server for a further handful where the room's sorts are thinnest; which
 * handful the phone is on survives a reload too.
 */
export function GroupStep({ store, stepId, code, session }: { store: PhoneStore; stepId: string; code: string; session: PhoneSession }) {
  const roundKey = `sortRound:${stepId}`;
  const [at, setAt] = useState<SortRound>(() => restoreSortRound(loadDraft(code, roundKey)));
  const go = (next: SortRound) => {
    setAt(next);
    saveDraft(code, roundKey, next);
  };
  return (
    <Handful
      key={at.round}
      store={store}
      stepId={stepId}
      code={code}
      session={session}
      at={at}
      onMore={() => go({ round: at.round + 1, enough: false })}
      onEnough={() => go({ round: Math.max(0, at.round - 1), enough: true })}
    />
  );
}

type HandfulProps = { store: PhoneStore; stepId: string; code: string; session: PhoneSession; at: SortRound; onMore: () => void; onEnough: () => void };

function Handful({ store, stepId, code, session, at, onMore, onEnough }: HandfulProps) {
  const { state, retry } = useHandful(code, session.workshopId, session.participantToken, stepId, at.round);
  const t = useT('phone');
  const enough = state.status === 'enough';
  useEffect(() => {
    if (enough) onEnough();
  }, [enough, onEnough]);
  if (state.status === 'loading' || state.status === 'enough') {
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
        <div className="button-row">
          <button type="button" className="button secondary" onClick={retry}>
            {t('sort.fetchAgain')}
          </button>
          {at.round > 0 && (
            <button type="button" className="button secondary" onClick={onEnough}>
              {t('sort.back')}
            </button>
          )}
        </div>
      </div>
    );
  }
  return <SortBoard store={store} stepId={stepId} code={code} notes={state.handful.notes} at={at} onMore={onMore} />;
}

type SortBoardProps = { store: PhoneStore; stepId: string; code: string; notes: Array<{ id: string; text: string }>; at: SortRound; onMore: () => void };

function SortBoard({ store, stepId, code, notes, at, onMore }: SortBoardProps) {
  const { round } = at;
  const ids = notes.map((n) => n.id);
  const textOf = new Map(notes.map((n) => [n.id, n.text]));
  const mine = useMyAnswers(store);
  const key = answerKey({ type: 'sort.submit', stepId, piles: [], round });
  const pending = useStore(store, (s) => pendingAnswer(s.outbox, key));
  const timeUp = useTimeUp(store);
  const draftKey = round > 0 ? `piles:${stepId}:${round}` : `piles:${stepId}`;
  const submitted = pending?.type === 'sort.submit' ? pending.piles : sentPiles(mine, round);
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
    <AnswerCard question={round > 0 ? t('sort.titleMore', { number: round + 1 }) : t('sort.title')}>
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
        onClick={() => sendAnswer(store, { type: 'sort.submit', stepId, piles, ...(round > 0 ? { round } : {}) })}
      >
        {!upToDate && submitted ? t('sendChange') : upToDate && status.state === 'sent' ? t('sent') : t('sort.done')}
      </button>
      <AnswerStateLine store={store} status={status} sentLabel={t('sort.sentLabel')} />
      {upToDate && status.state === 'sent' && !timeUp && <MoreSorting sent={sortsSent(mine)} enough={at.enough} onMore={onMore} />}
    </AnswerCard>
  );
}

/** After a sent sort: one more handful for whoever is quick, or word that the room has enough. */
function MoreSorting({ sent, enough, onMore }: { sent: number; enough: boolean; onMore: () => void }) {
  const t = useT('phone');
  return (
    <div className="sort-more">
      <p className="hint">{t('sort.sentCount', { count: sent })}</p>
      {enough ? (
        <p role="status" data-testid="sort-enough">
          {t('sort.enough')}
        </p>
      ) : (
        <>
          <p className="hint">{t('sort.moreHint')}</p>
          <button type="button" className="button secondary" data-testid="sort-more" onClick={onMore}>
            {t('sort.more')}
          </button>
        </>
      )}
    </div>
  );
}
