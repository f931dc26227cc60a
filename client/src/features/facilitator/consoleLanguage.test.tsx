import '../../i18n/sources/board';
import '../../i18n/sources/common';
import '../../i18n/sources/console';
import '../../i18n/sources/landing';
import '../../i18n/sources/trajectory';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { addNote, createCluster, initWorkshop, readResults, readWorkshop, setNoteHidden, type WorkshopSnapshot } from '@visiebord/shared/doc';
import { parseScript } from '@visiebord/shared/script';
import { summaryFacts, type Trajectory } from '@visiebord/shared/trajectory';
import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { setLanguage, type Language } from '../../i18n';
import { createWorkshopActions } from '../../state/workshopActions';
import { CreatedLinks } from '../landing/CreatedLinks';
import { CreateWorkshopForm } from '../landing/CreateWorkshopForm';
import { ImportWorkshopForm } from '../landing/ImportWorkshopForm';
import { JoinCodeForm } from '../landing/JoinCodeForm';
import { RoleTables } from '../trajectory/RoleTables';
import { TrajectoryChart } from '../trajectory/TrajectoryChart';
import { TrajectoryPanel } from '../trajectory/TrajectoryPanel';
import { BeamerButton } from './BeamerButton';
import { ConsoleCanvas } from './ConsoleCanvas';
import { ExportMenu } from './export/ExportMenu';
import { PresencePanel } from './PresencePanel';
import { ResetStepButton } from './ResetStepButton';
import { SpotlightBar } from './SpotlightBar';
import { StepList } from './StepList';
import { StepResults } from './StepResults';
import { SynthesisButton } from './synthesis/SynthesisButton';
import { StepTimer } from './timer/StepTimer';
import { SentenceReactions } from './vision/SentenceReactions';

/**
 * The console and landing rendered in each language: no message of the other language may show,
 * in the text or in a label for screen readers. A string left in the code shows up here as soon
 * as the screen that holds it is rendered in English.
 */

const locales = join(import.meta.dirname, '../../i18n/locales');
const NAMESPACES = ['console', 'board', 'landing', 'trajectory'] as const;

type Messages = { [key: string]: string | Messages };
const texts = (messages: Messages): string[] => Object.values(messages).flatMap((v) => (typeof v === 'string' ? [v] : texts(v)));
const messagesOf = (language: Language) => NAMESPACES.flatMap((ns) => texts(JSON.parse(readFileSync(join(locales, language, `${ns}.json`), 'utf8')) as Messages));

/** The fixed parts of a language's messages (around their `{{values}}`) that the other language never uses. */
function ownFragments(language: Language, other: Language): string[] {
  const others = messagesOf(other).join('\n');
  const fragments = messagesOf(language).flatMap((text) => text.split(/\{\{[^}]*\}\}/).map((part) => part.trim()));
  return [...new Set(fragments.filter((part) => part.length >= 8 && !others.includes(part)))];
}

const unescape = (html: string) => html.replaceAll('&#x27;', "'").replaceAll('&quot;', '"').replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&');

/** What a person sees or hears of rendered markup: its text and the attributes read aloud or shown (not class names or test ids). */
function humanText(html: string): string {
  const spoken = [...html.matchAll(/\s(?:aria-label|aria-roledescription|title|placeholder|alt)="([^"]*)"/g)].map((match) => match[1]);
  return unescape([html.replace(/<[^>]*>/g, '\n'), ...spoken].join('\n'));
}

function workshop(): { snapshot: WorkshopSnapshot; doc: Y.Doc } {
  const parsed = parseScript('studiedag-visie.yaml', readFileSync(join(import.meta.dirname, '../../../../workshop-scripts/studiedag-visie.yaml'), 'utf8'));
  if (!parsed.ok) throw new Error('script');
  const doc = new Y.Doc();
  initWorkshop(doc, { script: parsed.script, title: 'Study day', now: 1 });
  const canvasId = readWorkshop(doc).canvases[0]?.id ?? '';
  for (let i = 0; i < 16; i++) addNote(doc, { id: `n${i}`, canvasId, text: `idea ${i}`, authorId: 'p', createdAt: 10 + i });
  setNoteHidden(doc, 'n1', true);
  createCluster(doc, canvasId, { id: 'k1', label: 'Time', suggested: true });
  createCluster(doc, canvasId, { id: 'k2', label: '' });
  const actions = createWorkshopActions(doc);
  for (let i = 2; i < 16; i++) actions.assignNote(canvasId, `n${i}`, i < 15 ? 'k1' : 'k2');
  return { snapshot: readWorkshop(doc), doc };
}

/** A study day and one follow-up. */
function trajectory(): Trajectory {
  const explain = (explaining: number, participants: number) => ({ share: explaining / participants, participants, submitted: participants, explaining, norm: 80, meetsNorm: explaining / participants >= 0.8 });
  const rubric = (median: number) => ({ culture: { spread: [0, 2, 3, 1] as [number, number, number, number], median, respondents: 6 } });
  const session = (id: string, kind: 'studiedag' | 'vervolg', date: number, median: number, explaining: number) => ({
    id,
    title: id,
    date,
    kind,
    rubric: rubric(median),
    explain: explain(explaining, 6),
    byRole: [{ roleId: 'teacher', label: 'Teachers', rubric: rubric(median), explain: explain(explaining - 1, 5) }],
  });
  const aspects = [{ id: 'culture', title: 'Culture' }];
  const sessions = [session('day', 'studiedag', Date.UTC(2026, 2, 1, 12), 2, 3), session('later', 'vervolg', Date.UTC(2026, 5, 1), 3, 5)];
  // The Dutch sentences are the Word export's; the screen words the facts in the workshop's language.
  return { aspects, phaseNames: ['Start', 'Grow', 'Share', 'Own'], sessions, summary: [], facts: summaryFacts(sessions, aspects) };
}

function renderConsole(): string {
  const { snapshot, doc } = workshop();
  const actions = createWorkshopActions(doc);
  const results = readResults(doc);
  const canvas = snapshot.canvases[0];
  if (!canvas) throw new Error('canvas');
  const poll = snapshot.steps.find((s) => s.type === 'poll');
  const vote = snapshot.steps.find((s) => s.type === 'vote');
  const rubric = snapshot.steps.find((s) => s.type === 'rubric');
  const created = { id: 'w', joinCode: 'K7PQ2M', facilitatorKey: 'f', beamerKey: 'b', urls: { facilitator: '/f/w#key=f', beamer: '/b/w#key=b', join: '/j/K7PQ2M' } };
  const screens: ReactElement[] = [
    <StepList key="list" snapshot={snapshot} onGoTo={() => {}} />,
    <ConsoleCanvas key="canvas" canvas={canvas} actions={actions} spotlight={null} />,
    <ConsoleCanvas key="locked" canvas={{ ...canvas, revealed: !canvas.revealed, locked: true, notes: [], clusters: [] }} actions={actions} spotlight={null} />,
    <SpotlightBar key="spot-note" spotlight={{ kind: 'note', id: 'n0', canvasId: canvas.id }} canvases={snapshot.canvases} onOff={() => {}} />,
    <SpotlightBar key="spot-group" spotlight={{ kind: 'cluster', id: 'k2', canvasId: canvas.id }} canvases={snapshot.canvases} onOff={() => {}} />,
    <PresencePanel key="presence" presence={{ joined: 3, online: 2, answered: 1, stepId: 's' }} stepId="s" answerable />,
    <PresencePanel key="presence-loading" presence={null} stepId="s" answerable />,
    <ResetStepButton key="reset" stepTitle="Warming-up" onReset={() => {}} />,
    <ExportMenu key="export" workshopId="w" facilitatorKey="f" title="Study day" />,
    <SynthesisButton key="synthesis" workshopId="w" facilitatorKey="f" canvasIds={[canvas.id]} />,
    <SentenceReactions key="reactions" sentences={[{ key: 'a', text: 'We learn.', agree: 1, question: 2 }]} />,
    <SentenceReactions key="no-reactions" sentences={[]} />,
    <StepTimer key="timer" workshopId="w" facilitatorKey="f" stepId="s" minutes={5} timer={{ stepId: 's', running: false, endsAt: 0, remainingMs: 61_000 }} />,
    <BeamerButton key="beamer" saved={null} />,
    ...[poll, vote, rubric].flatMap((step) =>
      step ? [<StepResults key={step.id} step={{ ...step, reveal: 'hidden' } as typeof step} snapshot={snapshot} flow={null} results={results} actions={actions} />] : [],
    ),
    <JoinCodeForm key="join" />,
    <CreateWorkshopForm key="create" />,
    <ImportWorkshopForm key="import" />,
    <CreatedLinks key="created" created={created} />,
    <TrajectoryPanel key="trajectory-panel" workshopId="w" facilitatorKey="f" finished title="Study day" />,
    <TrajectoryChart key="trajectory-chart" trajectory={trajectory()} />,
    <RoleTables key="roles" trajectory={trajectory()} />,
    <RoleTables key="no-roles" trajectory={{ ...trajectory(), sessions: trajectory().sessions.map((s) => ({ ...s, byRole: [] })) }} />,
  ];
  return humanText(screens.map((screen) => renderToStaticMarkup(screen)).join('\n'));
}

describe('the console, landing and trajectory in the workshop language', () => {
  // The links card resolves the console link against the page's address.
  beforeEach(() => vi.stubGlobal('location', { origin: 'https://visiebord.test' }));
  afterEach(async () => {
    vi.unstubAllGlobals();
    await setLanguage('nl');
  });

  const cases = [
    { language: 'nl', other: 'en', shows: ['16 notities', '(1 verborgen)', '1 eens', '2 vragen', 'Naamloze groep', 'Toon alle 13 notities', 'Vervolg 1', 'mediaan fase 3', '1 mrt 2026'] },
    { language: 'en', other: 'nl', shows: ['16 notes', '(1 hidden)', '1 agree', '2 questions', 'Unnamed group', 'Show all 13 notes', 'Follow-up 1', 'median phase 3', '1 Mar 2026'] },
  ] as const;
  for (const { language, other, shows } of cases) {
    it(`speak ${language} only, plurals included, on a workshop in ${language}`, async () => {
      await setLanguage(language);
      const text = renderConsole();
      for (const expected of shows) expect(text).toContain(expected);
      expect(ownFragments(other, language).filter((fragment) => text.includes(fragment))).toEqual([]);
    });
  }
});
