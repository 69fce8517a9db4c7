import { describe, expect, it } from 'vitest';
import { isJourneyFileName, withExtension, withJourneyExtension } from './fileNames';

describe('journey file names', () => {
  it('adds the journey extension once', () => {
    expect(withJourneyExtension('Workshop')).toBe('Workshop.journey.json');
    expect(withJourneyExtension('Workshop.json')).toBe('Workshop.journey.json');
    expect(withJourneyExtension('Workshop.Journey.JSON')).toBe('Workshop.Journey.JSON');
    expect(withJourneyExtension('  ')).toBe('Journey.journey.json');
  });

  it('recognises journey files', () => {
    expect(isJourneyFileName('/tmp/a.journey.json')).toBe(true);
    expect(isJourneyFileName('A.JOURNEY.JSON')).toBe(true);
    expect(isJourneyFileName('.journey.json')).toBe(false);
    expect(isJourneyFileName('a.json')).toBe(false);
  });

  it('adds an export extension unless present', () => {
    expect(withExtension('Map', 'png')).toBe('Map.png');
    expect(withExtension('Map.PNG', '.png')).toBe('Map.PNG');
  });
});
