import { useTranslation } from 'react-i18next';
import { budgetStatus, VOTING_LIMITS, type VotingRules } from '../../../shared/room/voting';
import { useBoard } from '../../store/store';
import { useBoardContext } from '../../board/boardContext';
import { setShowVotes, setVotingRules, type RoomContext } from '../roomCommands';
import { useRoom } from '../roomStore';
import { TallyList } from './TallyList';

function NumberField(props: { label: string; value: number; min: number; max: number; onChange(value: number): void; testId: string }) {
  return (
    <label className="room-field">
      <span>{props.label}</span>
      <input
        type="number"
        min={props.min}
        max={props.max}
        step={1}
        value={props.value}
        onChange={(e) => {
          if (e.target.value !== '') props.onChange(Number(e.target.value));
        }}
        data-testid={props.testId}
      />
    </label>
  );
}

export function VotingSection({ ctx }: { ctx: RoomContext }) {
  const { t } = useTranslation();
  const { run } = useBoardContext();
  const rules = useRoom((s) => s.settings.votingRules);
  const voting = useRoom((s) => s.voting);
  const showVotes = useRoom((s) => s.showVotes);
  const tallyOpen = useRoom((s) => s.tallyOpen);
  const doc = useBoard((s) => s.doc);
  if (!doc) return null;
  const status = budgetStatus(doc, rules, voting?.turn ?? null);
  const update = (patch: Partial<VotingRules>) => setVotingRules(ctx, { ...rules, ...patch });
  const teams = rules.unit === 'teams';

  return (
    <section className="room-section" aria-labelledby="room-voting-heading">
      <h3 id="room-voting-heading">{t('room:voting.heading')}</h3>
      <div className="room-grid">
        <NumberField
          label={teams ? t('room:voting.dotsPerTeam') : t('room:voting.dotsPerParticipant')}
          value={rules.dotsPerParticipant}
          min={VOTING_LIMITS.dotsPerParticipant.min}
          max={VOTING_LIMITS.dotsPerParticipant.max}
          onChange={(v) => update({ dotsPerParticipant: v })}
          testId="voting-dots"
        />
        <NumberField
          label={teams ? t('room:voting.teams') : t('room:voting.participants')}
          value={rules.participants}
          min={VOTING_LIMITS.participants.min}
          max={VOTING_LIMITS.participants.max}
          onChange={(v) => update({ participants: v })}
          testId="voting-participants"
        />
        <label className="room-field">
          <span>{t('room:voting.unit')}</span>
          <select value={rules.unit} onChange={(e) => update({ unit: e.target.value === 'teams' ? 'teams' : 'participants' })} data-testid="voting-unit">
            <option value="participants">{t('room:voting.unitParticipants')}</option>
            <option value="teams">{t('room:voting.unitTeams')}</option>
          </select>
        </label>
        <label className="room-field">
          <span>{t('room:voting.maxPerNote')}</span>
          <select
            value={rules.maxDotsPerNote === null ? '' : String(rules.maxDotsPerNote)}
            onChange={(e) => update({ maxDotsPerNote: e.target.value === '' ? null : Number(e.target.value) })}
            data-testid="voting-max-per-note"
          >
            <option value="">{t('room:voting.noLimit')}</option>
            {Array.from({ length: rules.dotsPerParticipant }, (_, i) => i + 1).map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </label>
      </div>

      <p className="room-status" data-testid="voting-budget">
        {t('room:voting.budget', { cast: status.cast, budget: status.budget })}
        {status.overspent > 0 ? ` · ${t('room:voting.overspent', { count: status.overspent })}` : ''}
      </p>

      {voting ? (
        <>
          <p className="room-hint">{voting.mode === 'click' ? t('room:voting.clickHint') : t('room:voting.tallyHint')}</p>
          {voting.mode === 'click' ? (
            <div className="room-row">
              <button type="button" onClick={() => run('room.nextVoter')} data-testid="voting-next-voter">
                {voting.turn ? (teams ? t('room:voting.nextTeam') : t('room:voting.nextParticipant')) : t('room:voting.byTurns')}
              </button>
              {voting.turn ? (
                <button type="button" onClick={() => run('room.stopTurns')} data-testid="voting-stop-turns">
                  {t('room:voting.stopTurns')}
                </button>
              ) : null}
            </div>
          ) : null}
          {voting.turn ? (
            <p className="room-status room-status--strong" data-testid="voting-turn">
              {teams
                ? t('room:voting.teamTurn', { voter: voting.turn.voter, count: rules.participants })
                : t('room:voting.participantTurn', { voter: voting.turn.voter, count: rules.participants })}
              {' · '}
              {t('room:voting.dotsLeft', { count: status.turnRemaining ?? 0 })}
            </p>
          ) : null}
          {voting.lastOutcome && voting.lastOutcome !== 'cast' && voting.lastOutcome !== 'removed' ? (
            <p className="room-warning" role="status" data-testid="voting-outcome">
              {t(`room:voting.outcome.${voting.lastOutcome}`)}
            </p>
          ) : null}
          <button type="button" className="room-primary" onClick={() => run('room.voting')} data-testid="voting-stop">
            {t('room:voting.stop')}
          </button>
        </>
      ) : (
        <div className="room-row">
          <button type="button" className="room-primary" onClick={() => run('room.voting')} data-testid="voting-start">
            {t('room:voting.start')}
          </button>
          <button type="button" onClick={() => run('room.votingTally')} data-testid="voting-tally-mode">
            {t('room:voting.tallyMode')}
          </button>
        </div>
      )}

      <label className="room-check">
        <input type="checkbox" checked={showVotes} onChange={(e) => setShowVotes(ctx, e.target.checked)} data-testid="voting-show" />
        <span>{t('room:voting.showVotes')}</span>
      </label>
      <div className="room-row">
        <button type="button" onClick={() => run('room.tallyList')} aria-expanded={tallyOpen} data-testid="voting-tally-toggle">
          {t('room:voting.tally')}
        </button>
        <button type="button" onClick={() => run('room.clearVotes')} disabled={status.cast === 0} data-testid="voting-clear">
          {t('room:voting.clear')}
        </button>
      </div>
      {tallyOpen ? <TallyList ctx={ctx} /> : null}
    </section>
  );
}
