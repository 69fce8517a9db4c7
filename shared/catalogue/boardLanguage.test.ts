import { describe, expect, it } from 'vitest';
import { createJourney } from '../model/templates';
import { boardLanguage } from './boardLanguage';

describe('boardLanguage', () => {
  it('reads the language from the template titles', () => {
    expect(boardLanguage(createJourney({ template: 'funnel', language: 'de' }), 'en')).toBe('de');
    expect(boardLanguage(createJourney({ template: 'threePhases', language: 'en' }), 'de')).toBe('en');
  });

  it('falls back to the UI language when the titles tell nothing', () => {
    const custom = { phases: [{ title: 'Montag' }, { title: 'Tuesday' }], lanes: [{ title: 'Touchpoints' }] };
    expect(boardLanguage(custom, 'de')).toBe('de');
    expect(boardLanguage(custom, 'en')).toBe('en');
  });

  it('follows the majority when the room renamed some titles', () => {
    const board = createJourney({ template: 'b2b', language: 'de' });
    board.phases[0]!.title = 'Need recognition';
    expect(boardLanguage(board, 'en')).toBe('de');
  });
});
