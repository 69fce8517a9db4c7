/**
 * The facilitator's room preferences, remembered between workshops on this machine: the
 * legibility threshold, the voting rules, whether the timer beeps. Read back through the same
 * normalisers as typed-in values, so a stale or edited entry can never break the panel.
 */
import { clampThreshold, LEGIBILITY_THRESHOLD } from '../../shared/room/legibility';
import { DEFAULT_VOTING_RULES, normaliseRules, type VotingRules } from '../../shared/room/voting';

export interface RoomSettings {
  thresholdPx: number;
  votingRules: VotingRules;
  timerSound: boolean;
  /** The timebox last chosen, offered again. */
  timerMinutes: number;
}

export const DEFAULT_ROOM_SETTINGS: RoomSettings = {
  thresholdPx: LEGIBILITY_THRESHOLD.default,
  votingRules: DEFAULT_VOTING_RULES,
  timerSound: false,
  timerMinutes: 5,
};

const STORAGE_KEY = 'journeyboard.room';

export function clampTimerMinutes(minutes: number): number {
  return Number.isFinite(minutes) ? Math.min(180, Math.max(1, Math.round(minutes))) : DEFAULT_ROOM_SETTINGS.timerMinutes;
}

export function restoreRoomSettings(raw: string | null | undefined): RoomSettings {
  let data: Partial<Record<keyof RoomSettings, unknown>> = {};
  try {
    const parsed: unknown = raw ? JSON.parse(raw) : {};
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) data = parsed as typeof data;
  } catch {
    // A damaged entry falls back to the defaults.
  }
  const rules = (data.votingRules && typeof data.votingRules === 'object' ? data.votingRules : {}) as Partial<VotingRules>;
  const num = (v: unknown, fallback: number) => (typeof v === 'number' ? v : fallback);
  return {
    thresholdPx: clampThreshold(num(data.thresholdPx, DEFAULT_ROOM_SETTINGS.thresholdPx)),
    votingRules: normaliseRules({
      dotsPerParticipant: num(rules.dotsPerParticipant, DEFAULT_VOTING_RULES.dotsPerParticipant),
      participants: num(rules.participants, DEFAULT_VOTING_RULES.participants),
      unit: rules.unit === 'teams' ? 'teams' : 'participants',
      maxDotsPerNote: rules.maxDotsPerNote === null || rules.maxDotsPerNote === undefined ? null : num(rules.maxDotsPerNote, 1),
    }),
    timerSound: data.timerSound === true,
    timerMinutes: clampTimerMinutes(num(data.timerMinutes, DEFAULT_ROOM_SETTINGS.timerMinutes)),
  };
}

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export function loadRoomSettings(): RoomSettings {
  return restoreRoomSettings(storage()?.getItem(STORAGE_KEY));
}

export function saveRoomSettings(settings: RoomSettings): void {
  try {
    storage()?.setItem(STORAGE_KEY, JSON.stringify(settings));
  } catch {
    // Storage full or disabled: the settings still apply for this session.
  }
}
