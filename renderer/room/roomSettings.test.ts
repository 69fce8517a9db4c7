import { describe, expect, it } from 'vitest';
import { DEFAULT_ROOM_SETTINGS, restoreRoomSettings } from './roomSettings';

describe('room settings', () => {
  it('round-trips what it saved', () => {
    const settings = { ...DEFAULT_ROOM_SETTINGS, thresholdPx: 30, timerSound: true, timerMinutes: 7 };
    expect(restoreRoomSettings(JSON.stringify(settings))).toEqual(settings);
  });

  it('falls back to defaults for missing, damaged or hostile entries', () => {
    expect(restoreRoomSettings(null)).toEqual(DEFAULT_ROOM_SETTINGS);
    expect(restoreRoomSettings('{not json')).toEqual(DEFAULT_ROOM_SETTINGS);
    expect(restoreRoomSettings('[1,2]')).toEqual(DEFAULT_ROOM_SETTINGS);
    const odd = restoreRoomSettings(
      JSON.stringify({ thresholdPx: 1e9, timerSound: 'yes', timerMinutes: -4, votingRules: { dotsPerParticipant: 'x', participants: 0, unit: 'teams', maxDotsPerNote: 99 } }),
    );
    expect(odd).toEqual({
      thresholdPx: 96,
      timerSound: false,
      timerMinutes: 1,
      votingRules: { dotsPerParticipant: 3, participants: 1, unit: 'teams', maxDotsPerNote: 3 },
    });
  });
});
