import { describe, expect, it } from 'vitest';
import { medianRating } from './rating';

describe('medianRating', () => {
  it('is null when nobody rated', () => expect(medianRating([0, 0, 0, 0, 0])).toBeNull());
  it('takes the middle rating of an odd count', () => expect(medianRating([1, 0, 1, 0, 1])).toBe(0));
  it('leans to the milder score when the room splits evenly', () => {
    expect(medianRating([0, 1, 0, 0, 1])).toBe(0);
    expect(medianRating([2, 0, 0, 0, 0])).toBe(-2);
    expect(medianRating([0, 0, 0, 1, 1])).toBe(1);
  });
  it('follows the majority', () => expect(medianRating([0, 0, 1, 3, 1])).toBe(1));
});
