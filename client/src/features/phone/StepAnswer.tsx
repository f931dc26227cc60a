import type { PhoneStep } from '@visiebord/shared/projection';
import type { PhoneStore } from '../../state/phoneStore';
import { ExplainStep } from './ExplainStep';
import { GroupStep } from './GroupStep';
import type { PhoneSession } from './phoneSession';
import { PollStep } from './PollStep';
import { RubricStep } from './RubricStep';
import { SynthesisStep } from './SynthesisStep';
import { VoteStep } from './VoteStep';

/** What the current step asks of this phone, besides notes: one view per step type. */
export function StepAnswer({ store, step, code, session }: { store: PhoneStore; step: PhoneStep; code: string; session: PhoneSession }) {
  switch (step.type) {
    case 'poll':
      return step.poll ? <PollStep key={step.id} store={store} stepId={step.id} poll={step.poll} /> : null;
    case 'vote':
      return step.vote ? <VoteStep key={step.id} store={store} stepId={step.id} vote={step.vote} /> : null;
    case 'rubric':
      return step.rubric ? <RubricStep key={step.id} store={store} stepId={step.id} rubric={step.rubric} /> : null;
    case 'group':
      return <GroupStep key={step.id} store={store} stepId={step.id} code={code} session={session} />;
    case 'synthesis':
      return <SynthesisStep key={step.id} store={store} stepId={step.id} sentences={step.vision?.sentences ?? []} />;
    case 'explain':
      return step.explain ? <ExplainStep key={step.id} store={store} stepId={step.id} prompt={step.explain.prompt} code={code} /> : null;
    default:
      return null;
  }
}

/** Steps where the phone only reads along. */
export const isReadOnlyStep = (step: PhoneStep) => (step.type === 'info' || step.type === 'close') && step.canvases.length === 0;
