import { describe, expect, it } from 'vitest';
import { createNote } from '../../../shared/model';
import { noteLayout } from './drawNote';
import { badgeStripHeight } from './drawNoteBadges';
import { REFERENCE_SIZE, TextLayoutCache } from './textLayout';
import { boardTheme } from './theme';

// A fixed-width measure keeps the test independent of fonts: every character is half the size wide.
const layouts = new TextLayoutCache((text) => text.length * REFERENCE_SIZE * 0.5);
const theme = boardTheme({ font: 'plain', palette: 'standard' });

describe('note text and badges', () => {
  it('keeps the badge strip of a touchpoint free of text', () => {
    const text = 'Newsletter voucher for the next order';
    const plain = createNote({ kind: 'touchpoint', text });
    const badged = createNote({ kind: 'touchpoint', text, touchpoint: { ownership: 'owned', medium: 'online' } });
    expect(badgeStripHeight(plain)).toBe(0);
    expect(badgeStripHeight(badged)).toBeGreaterThan(0);
    const b = noteLayout(badged, { theme, layouts });
    expect(b.fits).toBe(true);
    expect(b.lines.length * b.lineHeight).toBeLessThanOrEqual(badged.height - badgeStripHeight(badged));
  });

  it('grows a note that cannot hold its text by the badge strip as well', () => {
    const text = 'Newsletter with the order confirmation, a voucher for the next order and a survey '.repeat(3);
    const plain = createNote({ kind: 'touchpoint', text });
    const badged = createNote({ kind: 'touchpoint', text, touchpoint: { directness: 'direct' } });
    const a = noteLayout(plain, { theme, layouts });
    const b = noteLayout(badged, { theme, layouts });
    expect(a.fits).toBe(false);
    expect(b.neededHeight).toBe(a.neededHeight + badgeStripHeight(badged));
  });

  it('reserves nothing for notes without attribute badges', () => {
    const emotion = createNote({ kind: 'emotion', text: 'relieved', emotion: 1 });
    expect(badgeStripHeight(emotion)).toBe(0);
  });
});
