import { describe, expect, it } from 'vitest';
import { fixtureText } from '../../test/fixtures/fixtures';
import { createJourney, type Journey } from '../model';
import { importJourneyText } from './importJourney';
import { serialiseJourney } from './serialise';

function load(text: string): Journey {
  const result = importJourneyText(text);
  if (!result.ok) throw new Error(result.error.code);
  return result.journey;
}

describe('serialiseJourney', () => {
  it('export then import gives the same journey, with nothing repaired', () => {
    const journey = load(fixtureText());
    const text = serialiseJourney(journey);
    const result = importJourneyText(text);
    expect(result.ok && result.repairs).toEqual([]);
    expect(result.ok && result.journey).toEqual(journey);
  });

  it('writes the fixture byte for byte (stable key order and layout)', () => {
    expect(serialiseJourney(load(fixtureText()), { generator: 'Journeyboard 0.1.0' })).toBe(fixtureText());
  });

  it('does not depend on the order keys were set in', () => {
    const journey = load(fixtureText());
    const shuffled = JSON.parse(JSON.stringify(journey), function (_key, value) {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
      return Object.fromEntries(Object.entries(value).reverse());
    }) as Journey;
    expect(serialiseJourney(shuffled)).toBe(serialiseJourney(journey));
  });

  it('puts one note per line, so a diff shows the changed note only', () => {
    const journey = load(fixtureText());
    const before = serialiseJourney(journey).split('\n');
    journey.notes[7]!.text = 'geändert';
    const after = serialiseJourney(journey).split('\n');
    expect(after).toHaveLength(before.length);
    const changed = after.filter((line, i) => line !== before[i]);
    expect(changed).toHaveLength(1);
    expect(changed[0]).toContain('"text":"geändert"');
  });

  it('round-trips an empty new journey and texts with quotes, newlines and emoji', () => {
    const journey = createJourney({ template: 'funnel', language: 'de', now: new Date('2026-01-02T03:04:05.000Z') });
    journey.title = 'Zitat "so" \\ und\nZeile 2 🚀';
    expect(load(serialiseJourney(journey))).toEqual(journey);
  });
});
