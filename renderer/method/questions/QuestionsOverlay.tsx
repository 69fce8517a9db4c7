/**
 * Guiding questions on demand: a "?" button at the right end of each phase header, pinned to
 * the board as it pans and zooms; pressing it opens that phase's questions beside the header.
 * Shown while the facilitator has switched questions on (methodView.questionsShown).
 */
import { useEffect, useReducer } from 'react';
import { useTranslation } from 'react-i18next';
import { PHASE_HEADER_HEIGHT } from '../../../shared/model';
import { activeView } from '../../canvas/stage/activeView';
import { boardToScreen } from '../../../shared/camera/camera';
import { useBoard } from '../../store/store';
import { methodView, useMethodView } from '../methodView';
import { phaseQuestions } from './phaseQuestions';
import { QuestionsCard } from './QuestionsCard';

const BUTTON = 36;

export function QuestionsOverlay() {
  const { t, i18n } = useTranslation();
  const shown = useMethodView((s) => s.questionsShown);
  const openId = useMethodView((s) => s.questionsPhaseId);
  const doc = useBoard((s) => s.doc);
  const [, redraw] = useReducer((n: number) => n + 1, 0);

  useEffect(() => {
    const view = activeView();
    if (!view || !shown) return;
    const offFrame = view.on('frame', redraw);
    const offScene = view.on('scene', redraw);
    const observer = new ResizeObserver(redraw);
    observer.observe(view.container);
    return () => {
      offFrame();
      offScene();
      observer.disconnect();
    };
  }, [shown]);

  useEffect(() => {
    if (!openId) return;
    const close = (e: KeyboardEvent) => e.key === 'Escape' && methodView.getState().showQuestions(null);
    window.addEventListener('keydown', close);
    return () => window.removeEventListener('keydown', close);
  }, [openId]);

  const view = activeView();
  if (!shown || !doc || !view) return null;
  const camera = view.camera();
  const size = view.size();
  const fallback = i18n.language === 'de' ? 'de' : 'en';

  return (
    <div className="questions-overlay" style={{ width: size.width, height: size.height }}>
      {view.scene.layout.columns.map((column) => {
        const phase = doc.phases.find((p) => p.id === column.id);
        if (!phase) return null;
        const at = boardToScreen(camera, { x: column.x + column.width, y: PHASE_HEADER_HEIGHT / 2 });
        const left = at.x - BUTTON - 8;
        const top = at.y - BUTTON / 2;
        if (left < -BUTTON || left > size.width || top < -BUTTON || top > size.height) return null;
        const open = openId === phase.id;
        const questions = open ? phaseQuestions(doc, phase.id, fallback) : null;
        return (
          <div key={phase.id} className="questions-anchor" style={{ left, top }}>
            <button
              type="button"
              className={`questions-button ${open ? 'is-open' : ''}`}
              aria-expanded={open}
              aria-label={t('persona:questions.show', { phase: phase.title })}
              data-testid="questions-button"
              data-phase={phase.id}
              onClick={() => methodView.getState().showQuestions(open ? null : phase.id)}
            >
              ?
            </button>
            {questions && <QuestionsCard title={phase.title} questions={questions} onClose={() => methodView.getState().showQuestions(null)} />}
          </div>
        );
      })}
    </div>
  );
}
