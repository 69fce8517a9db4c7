import { describe, expect, it } from 'vitest';
import { emptyPersona } from '../../../shared/model';
import { layoutPersonaCard, PERSONA_CARD, personaIsEmpty, type PersonaCardLabels } from './drawPersonaCard';
import { boardTheme } from './theme';

const labels: PersonaCardLabels = {
  heading: 'Persona',
  age: (n) => `${n} years`,
  education: 'Education',
  jobTitle: 'Job',
  income: 'Income',
  challenges: 'Challenges',
  motivations: 'Motivations',
  wishesAndHopes: 'Wishes',
  fearsAndHurdles: 'Fears',
  backstory: 'Backstory',
};
// Every character is half the font size wide: enough to test wrapping without a canvas.
const measure = (text: string) => text.length * 50;
const theme = boardTheme({ font: 'plain', palette: 'standard' });

describe('layoutPersonaCard', () => {
  it('shows nothing for an empty persona', () => {
    expect(personaIsEmpty(emptyPersona(), '')).toBe(true);
    expect(layoutPersonaCard({ persona: emptyPersona(), backstory: '  ', labels, theme, measure })).toBeNull();
  });

  it('sits left of the grid and grows with its content', () => {
    const small = layoutPersonaCard({ persona: { ...emptyPersona(), name: 'Petra' }, backstory: '', labels, theme, measure })!;
    expect(small.rect.x + small.rect.width).toBe(-PERSONA_CARD.gap);
    expect(small.rect.y).toBe(0);
    const full = layoutPersonaCard({
      persona: {
        ...emptyPersona(),
        name: 'Petra Berger',
        age: 42,
        jobTitle: 'Head of purchasing',
        challenges: ['Too many suppliers', 'No time'],
        fearsAndHurdles: ['Making the wrong choice'],
      },
      backstory: 'Petra needs a new heating system before winter and compares offers in the evening.',
      labels,
      theme,
      measure,
    })!;
    expect(full.rect.height).toBeGreaterThan(small.rect.height);
    const texts = full.lines.map((l) => l.text);
    expect(texts).toContain('42 years · Head of purchasing');
    expect(texts).toContain('Too many suppliers');
    expect(full.bullets).toHaveLength(3);
    // Long text wraps inside the card.
    for (const line of full.lines) expect(line.x + line.text.length * line.size * 0.5).toBeLessThanOrEqual(full.rect.x + full.rect.width - PERSONA_CARD.padding + 1);
  });

  it('leaves room for the picture and skips blank list items', () => {
    const layout = layoutPersonaCard({
      persona: { ...emptyPersona(), name: 'Kim', picture: 'data:image/png;base64,AAAA', motivations: ['', '  '] },
      backstory: '',
      labels,
      theme,
      measure,
    })!;
    expect(layout.pictureRect).not.toBeNull();
    expect(layout.rect.height).toBeGreaterThanOrEqual(layout.pictureRect!.y + PERSONA_CARD.picture);
    expect(layout.lines.map((l) => l.text)).not.toContain('Motivations');
    expect(layout.lines.find((l) => l.text === 'Kim')!.x).toBeGreaterThan(layout.pictureRect!.x + PERSONA_CARD.picture);
  });
});
