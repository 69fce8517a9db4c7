/**
 * The method's pieces of the board screen outside the side panels: the guiding questions
 * pinned over the canvas, the phase model dialog, and the toolbar's method menu.
 */
import './method.css';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useBoard } from '../store/store';
import { methodView } from './methodView';
import { MenuButton } from '../board/MenuButton';
import { PhaseModelDialog } from './phaseModel/PhaseModelDialog';
import { QuestionsOverlay } from './questions/QuestionsOverlay';

/** Goes inside the canvas's stage box, after the canvas. */
export function MethodStageOverlay() {
  const journeyId = useBoard((s) => s.doc?.id ?? null);
  // A highlight or open questions belong to the board they were chosen on.
  useEffect(() => {
    const view = methodView.getState();
    view.setFilter(null);
    view.toggleQuestions(false);
  }, [journeyId]);
  return <QuestionsOverlay />;
}

export function MethodDialogs() {
  return <PhaseModelDialog />;
}

const MethodIcon = () => (
  <svg className="board-icon" viewBox="0 0 24 24" width="20" height="20" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false">
    <path d="M3 17c3-6 5-6 7-2s4 4 6-2 3-5 5-3" />
    <circle cx="6" cy="6" r="2" />
    <path d="M3 11c0-2 1.5-3 3-3s3 1 3 3" />
  </svg>
);

export function MethodMenu() {
  const { t } = useTranslation();
  return (
    <MenuButton
      label={t('persona:actions.menu')}
      icon={<MethodIcon />}
      actions={['method.switchPhaseModel', 'method.guidingQuestions', 'method.clearHighlight']}
      testId="method-menu"
    />
  );
}
