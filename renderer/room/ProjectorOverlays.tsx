import { useTranslation } from 'react-i18next';
import { guidingQuestionsForPhases } from '../../shared/catalogue';
import type { JourneyDoc } from '../../shared/model';
import type { RoomState } from '../../shared/room/messages';
import { showsQuestions } from '../../shared/camera/projector';
import { spotlitPhase } from '../../shared/room/presentation';
import { stepNumber, stepTitle } from './presentationCaption';
import { settleTimer } from '../../shared/room/timer';
import { TimerFace } from './TimerFace';
import { useTicker } from './useTicker';

/** The guiding questions of the presented phase, in the workshop's language. */
function QuestionsPanel({ state, doc }: { state: RoomState; doc: JourneyDoc }) {
  const { t } = useTranslation();
  const phase = spotlitPhase(state.presentation, doc.phases);
  if (!phase || !showsQuestions(state)) return null;
  const index = doc.phases.indexOf(phase);
  const questions = guidingQuestionsForPhases(doc.phases, state.language)[index];
  if (!questions) return null;
  const list = state.presentation.questions === 'optimisation' ? questions.optimisation : [...questions.mapping, ...questions.step];
  return (
    <aside className="projector-questions" data-testid="projector-questions">
      <p className="projector-questions__step">{stepNumber(t, state.presentation)}</p>
      <h2>{stepTitle(t, state.presentation, phase.title)}</h2>
      <h3>{state.presentation.questions === 'optimisation' ? t('room:presentation.questionsOptimisation') : t('room:presentation.questionsMapping')}</h3>
      <ul>
        {list.map((q) => (
          <li key={q}>{q}</li>
        ))}
      </ul>
    </aside>
  );
}

/** A full-picture flash for the first seconds after the timebox ends, then a steady frame. */
function TimeUpSignal({ state }: { state: RoomState }) {
  const running = state.timer.status === 'running';
  useTicker(running, 250);
  const settled = settleTimer(state.timer, Date.now());
  if (settled.status !== 'finished') return null;
  return <div className="projector-timeup" aria-hidden="true" data-testid="projector-timeup" />;
}

/** What the room sees on top of the board: the timer, the time-up signal, the questions. */
export function ProjectorOverlays({ state, doc }: { state: RoomState; doc: JourneyDoc | null }) {
  return (
    <>
      {doc ? <QuestionsPanel state={state} doc={doc} /> : null}
      <TimeUpSignal state={state} />
      {state.timer.status !== 'idle' ? (
        <div className="projector-timer">
          <TimerFace timer={state.timer} size="large" />
        </div>
      ) : null}
    </>
  );
}
