import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { budgetStatus } from '../../../shared/room/voting';
import { useBoard } from '../../store/store';
import { ProjectorNotice } from '../ProjectorNotice';
import { enlargeForTheRoom, stopVoting, type RoomContext } from '../roomCommands';
import { useRoom } from '../roomStore';
import { TimerFace } from '../TimerFace';
import { PresentationBar } from './PresentationBar';
import { facilitatorViewport } from '../facilitatorView';
import type { ProjectorLegibility } from '../useProjectorLegibility';

/** Voting status over the board while voting runs: dots placed, whose turn, what was refused. */
function VotingBar({ ctx }: { ctx: RoomContext }) {
  const { t } = useTranslation();
  const voting = useRoom((s) => s.voting);
  const rules = useRoom((s) => s.settings.votingRules);
  const doc = useBoard((s) => s.doc);
  if (!voting || !doc) return null;
  const status = budgetStatus(doc, rules, voting.turn);
  const teams = rules.unit === 'teams';
  return (
    <div className="room-bar room-bar--voting" role="status" aria-label={t('room:voting.bar')} data-testid="voting-bar">
      <strong>{voting.mode === 'click' ? t('room:voting.start') : t('room:voting.tallyMode')}</strong>
      <span data-testid="voting-bar-budget">{t('room:voting.budget', { cast: status.cast, budget: status.budget })}</span>
      {voting.turn ? (
        <span>
          {teams
            ? t('room:voting.teamTurn', { voter: voting.turn.voter, count: rules.participants })
            : t('room:voting.participantTurn', { voter: voting.turn.voter, count: rules.participants })}
          {' · '}
          {t('room:voting.dotsLeft', { count: status.turnRemaining ?? 0 })}
        </span>
      ) : null}
      {voting.lastOutcome && voting.lastOutcome !== 'cast' && voting.lastOutcome !== 'removed' ? (
        <span className="room-bar__warning">{t(`room:voting.outcome.${voting.lastOutcome}`)}</span>
      ) : null}
      <button type="button" onClick={() => stopVoting(ctx)}>
        {t('room:voting.stop')}
      </button>
    </div>
  );
}

/** The legibility warning, shown over the board while a projector is connected. */
function LegibilityBanner({ ctx, legibility }: { ctx: RoomContext; legibility: ProjectorLegibility | null }) {
  const { t } = useTranslation();
  const connected = useRoom((s) => s.projector.connected);
  // Dismissed for as many small notes as there were; it comes back when there are more.
  const [dismissedAt, setDismissedAt] = useState<number | null>(null);
  if (!connected || !legibility || legibility.report.legible) return null;
  const count = legibility.report.illegibleCount;
  if (dismissedAt !== null && count <= dismissedAt) return null;
  return (
    <div className="room-banner room-banner--warning" role="status" data-testid="legibility-banner">
      <span>{t('room:legibility.warning', { count })}</span>
      <button
        type="button"
        onClick={() => enlargeForTheRoom(ctx, { fontSizesAt: legibility.fontSizesAt, geometry: legibility.geometry, facilitatorViewport: facilitatorViewport() })}
        data-testid="legibility-banner-enlarge"
      >
        {t('room:legibility.enlarge')}
      </button>
      <button type="button" onClick={() => setDismissedAt(count)} aria-label={t('room:projector.dismiss')} title={t('room:projector.dismiss')}>
        ×
      </button>
    </div>
  );
}

/**
 * What the room layer shows over the facilitator's board: notices and bars stacked at the
 * bottom, where they cover less of the map than over the phase headers, and the timer.
 */
export function RoomBanners({ ctx, legibility }: { ctx: RoomContext; legibility: ProjectorLegibility | null }) {
  const timer = useRoom((s) => s.timer);
  const sidePanel = useBoard((s) => s.sidePanel);
  return (
    <>
      <div className="room-banners">
        {sidePanel === 'room' ? null : <ProjectorNotice />}
        <LegibilityBanner ctx={ctx} legibility={legibility} />
        <VotingBar ctx={ctx} />
        <PresentationBar />
      </div>
      {timer.status !== 'idle' ? (
        <div className="room-timer-chip">
          <TimerFace timer={timer} size="small" />
        </div>
      ) : null}
    </>
  );
}
