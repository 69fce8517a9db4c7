import { describe, expect, it } from 'vitest';
import { NOTE_TEXT, REFERENCE_SIZE, TextLayoutCache, layoutNoteText, wrapText, type MeasureText } from './textLayout';

const font = { family: 'Test', weight: 400 };
// Every character is half the font size wide: easy to reason about.
const measure: MeasureText = (text) => text.length * REFERENCE_SIZE * 0.5;

describe('wrapText', () => {
  it('wraps greedily at spaces and keeps paragraphs', () => {
    // 10px font -> 5px per char; 40px line holds 8 chars.
    expect(wrapText('aaa bbb ccc\ndd', { maxWidth: 40, fontSize: 10, font, measure })).toEqual(['aaa bbb', 'ccc', 'dd']);
  });

  it('breaks a word longer than the line between characters', () => {
    expect(wrapText('abcdefghij', { maxWidth: 20, fontSize: 10, font, measure })).toEqual(['abcd', 'efgh', 'ij']);
  });
});

describe('layoutNoteText', () => {
  const box = { width: 160, height: 120, font, maxFontSize: 28 };

  it('uses the largest size when short text fits', () => {
    const layout = layoutNoteText({ ...box, text: 'Hi' }, measure);
    expect(layout.fontSize).toBe(28);
    expect(layout.fits).toBe(true);
    expect(layout.lines).toEqual(['Hi']);
  });

  it('shrinks longer text until every line fits inside the padding', () => {
    const text = 'Customer reads reviews on a comparison portal before calling sales';
    const layout = layoutNoteText({ ...box, text }, measure);
    expect(layout.fontSize).toBeLessThan(28);
    expect(layout.fontSize).toBeGreaterThanOrEqual(NOTE_TEXT.minFontSize);
    expect(layout.fits).toBe(true);
    expect(layout.lines.length * layout.lineHeight).toBeLessThanOrEqual(box.height - 2 * NOTE_TEXT.padding);
    for (const line of layout.lines) {
      expect(measure(line, font) * (layout.fontSize / REFERENCE_SIZE)).toBeLessThanOrEqual(box.width - 2 * NOTE_TEXT.padding);
    }
  });

  it('stops at the legible minimum and says how tall the note must grow', () => {
    const text = 'word '.repeat(200);
    const layout = layoutNoteText({ ...box, text }, measure);
    expect(layout.fits).toBe(false);
    expect(layout.fontSize).toBe(NOTE_TEXT.minFontSize);
    expect(layout.neededHeight).toBeGreaterThan(box.height);
    const grown = layoutNoteText({ ...box, height: layout.neededHeight, text }, measure);
    expect(grown.fits).toBe(true);
  });

  it('shrinks before it splits a long word', () => {
    // 13 chars are 182px at 28px, too wide for the 136px line; at 20px they are 130px.
    const shrunk = layoutNoteText({ ...box, text: 'Lieferadresse' }, measure);
    expect(shrunk).toMatchObject({ lines: ['Lieferadresse'], fontSize: 20 });
    // 20 chars are 140px even at the 14px minimum: only then is the word split.
    const split = layoutNoteText({ ...box, text: 'Speditionslieferung!' }, measure);
    expect(split).toMatchObject({ lines: ['Speditionslieferung', '!'], fontSize: 14 });
  });

  it('measures each word once however many sizes it tries', () => {
    const asked: string[] = [];
    const counting: MeasureText = (t, f) => {
      asked.push(t);
      return measure(t, f);
    };
    // No word is wider than the line even at the largest size, so none is split into letters.
    const text = 'Customer reads reviews on a website before calling sales about the delivery dates';
    const layout = layoutNoteText({ ...box, text }, counting);
    expect(layout.fontSize).toBeLessThan(27); // several sizes were tried
    expect(asked.sort()).toEqual([...text.split(' '), ' '].sort());
  });

  it('lays out empty text as nothing', () => {
    expect(layoutNoteText({ ...box, text: '  \n ' }, measure).lines).toEqual([]);
  });
});

describe('TextLayoutCache', () => {
  it('measures a text once per size and font', () => {
    let calls = 0;
    const counting: MeasureText = (t, f) => {
      calls++;
      return measure(t, f);
    };
    const cache = new TextLayoutCache(counting);
    const request = { text: 'Same text', width: 160, height: 120, font, maxFontSize: 28 };
    const a = cache.get(request);
    const after = calls;
    expect(cache.get({ ...request })).toBe(a);
    expect(calls).toBe(after);
    cache.get({ ...request, width: 200 });
    expect(cache.size).toBe(2);
  });
});
