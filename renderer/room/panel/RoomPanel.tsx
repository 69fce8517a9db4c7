import { useTranslation } from 'react-i18next';
import { ParticipantsPanel } from '../../participants/panel/ParticipantsPanel';
import { roomContext } from '../roomContext';
import { useProjectorLegibility } from '../useProjectorLegibility';
import { BrainwritingSection } from './BrainwritingSection';
import { LegibilitySection } from './LegibilitySection';
import { PresentationSection } from './PresentationSection';
import { ProjectorSection } from './ProjectorSection';
import { TimerSection } from './TimerSection';
import { VotingSection } from './VotingSection';

/** The facilitator's room panel: everything for running the workshop in front of the room. */
export function RoomPanel() {
  const { t } = useTranslation();
  const legibility = useProjectorLegibility();
  const ctx = roomContext;
  return (
    <div className="room-panel" aria-label={t('room:panel.label')} data-testid="room-panel">
      <ProjectorSection ctx={ctx} />
      <PresentationSection ctx={ctx} />
      <TimerSection ctx={ctx} />
      <LegibilitySection ctx={ctx} legibility={legibility} />
      <VotingSection ctx={ctx} />
      <BrainwritingSection />
      <ParticipantsPanel />
    </div>
  );
}
