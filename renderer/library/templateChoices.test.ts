import { describe, expect, it } from 'vitest';
import { JourneySchema } from '../../shared/model';
import { TEMPLATE_CHOICES } from './templateChoices';

describe('new journey choices', () => {
  it.each(TEMPLATE_CHOICES.map((c) => c.id))('%s creates a valid journey in both workshop languages', (id) => {
    const choice = TEMPLATE_CHOICES.find((c) => c.id === id)!;
    for (const language of ['en', 'de'] as const) {
      const journey = choice.create({ language });
      expect(JourneySchema.safeParse(journey).success).toBe(true);
      expect(journey.phases.length).toBeGreaterThan(0);
    }
    expect(choice.create({ language: 'en', title: 'Named' }).title).toBe('Named');
  });

  it('offers the two example workshops with their notes and persona', () => {
    const shop = TEMPLATE_CHOICES.find((c) => c.id === 'exampleShop')!.create({ language: 'en' });
    expect(shop.notes).toHaveLength(46);
    expect(shop.persona.name).toBe('Anna Berger');
    expect(shop.connectors).toHaveLength(2);
    const b2b = TEMPLATE_CHOICES.find((c) => c.id === 'exampleB2b')!.create({ language: 'de' });
    expect(b2b.notes).toHaveLength(21);
    // Each creation is a new journey with its own ids.
    expect(TEMPLATE_CHOICES.find((c) => c.id === 'exampleB2b')!.create({ language: 'de' }).id).not.toBe(b2b.id);
  });
});

describe('new journey choices in the UI', () => {
  it('every choice and sort order has a name in English and German (keys built at run time)', async () => {
    const { resources } = await import('../../shared/i18n/resources');
    const { LIBRARY_SORTS } = await import('./libraryView');
    for (const language of ['en', 'de'] as const) {
      const library = resources[language].library as unknown as {
        templates: Record<string, { name: string; description: string }>;
        sort: Record<string, string>;
      };
      for (const choice of TEMPLATE_CHOICES) {
        expect(library.templates[choice.id]?.name, `${language} ${choice.id}`).toBeTruthy();
        expect(library.templates[choice.id]?.description, `${language} ${choice.id}`).toBeTruthy();
      }
      for (const sort of LIBRARY_SORTS) expect(library.sort[sort], `${language} sort ${sort}`).toBeTruthy();
    }
  });
});
