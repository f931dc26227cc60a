import { areResultsVisible, type Results, type StepView } from '@visiebord/shared/doc';
import { useStore } from 'zustand';
import type { WorkshopStore } from '../../state/workshopStore';
import { PromptCanvases } from './PromptCanvases';
import { DraftVision } from './steps/DraftVision';
import { ExplainScore } from './steps/ExplainScore';
import { GroupInstructions } from './steps/GroupInstructions';
import { HiddenResults } from './steps/HiddenResults';
import { InfoText } from './steps/InfoText';
import { PollResults } from './steps/PollResults';
import { RubricHeatMap } from './steps/RubricHeatMap';
import { VoteRanking } from './steps/VoteRanking';
import { BeamerTrajectory } from '../trajectory/BeamerTrajectory';

/** What the room sees of the current step, per step type. */
export function StepStage({ step, store, workshopId, beamerKey }: { step: StepView; store: WorkshopStore; workshopId: string; beamerKey: string }) {
  const allCanvases = useStore(store, (s) => s.snapshot?.canvases);
  const revealedSteps = useStore(store, (s) => s.flow?.revealedSteps);
  const answers = useStore(store, (s) => answersTo(step, s.results));
  if ((step.type === 'poll' || step.type === 'vote' || step.type === 'rubric') && !areResultsVisible(step, { revealedSteps: revealedSteps ?? [] })) {
    return <HiddenResults question={('question' in step && step.question) || step.title} answers={answers} />;
  }
  switch (step.type) {
    case 'info':
      return <InfoText step={step} />;
    case 'close':
      return (
        <>
          <InfoText step={step} />
          <BeamerTrajectory workshopId={workshopId} beamerKey={beamerKey} />
        </>
      );
    case 'prompt':
      return <PromptCanvases canvases={(allCanvases ?? []).filter((c) => step.canvasIds.includes(c.id))} />;
    case 'poll':
      return <PollResults step={step} store={store} />;
    case 'vote':
      return <VoteRanking step={step} store={store} />;
    case 'rubric':
      return <RubricHeatMap step={step} store={store} />;
    case 'group':
      return <GroupInstructions step={step} store={store} />;
    case 'synthesis':
      return <DraftVision step={step} store={store} />;
    case 'explain':
      return <ExplainScore key={step.id} step={step} store={store} workshopId={workshopId} beamerKey={beamerKey} />;
  }
}

/** How many answered a poll, vote or rubric step (the number the room may see while results are hidden). */
function answersTo(step: StepView, results: Results | null): number {
  if (step.type === 'poll') return results?.polls.find((p) => p.stepId === step.id)?.respondents ?? 0;
  if (step.type === 'vote') return results?.votes.find((v) => v.stepId === step.id)?.voters ?? 0;
  if (step.type === 'rubric') return results?.rubrics.find((r) => r.stepId === step.id)?.respondents ?? 0;
  return 0;
}
