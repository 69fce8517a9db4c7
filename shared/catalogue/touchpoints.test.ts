import { describe, expect, it } from 'vitest';
import { TouchpointSchema } from '../model/journey';
import { PURCHASE_STAGES } from './methodPhases';
import { findTouchpointEntry, searchTouchpoints, TOUCHPOINT_CATALOGUE, touchpointsOfStage } from './touchpoints';

describe('touchpoint catalogue', () => {
  it('holds every DOMAIN.md touchpoint, by stage', () => {
    expect(touchpointsOfStage('beforePurchase')).toHaveLength(22);
    expect(touchpointsOfStage('duringPurchase')).toHaveLength(13);
    expect(touchpointsOfStage('afterPurchase')).toHaveLength(18);
    expect(PURCHASE_STAGES.flatMap((s) => touchpointsOfStage(s))).toHaveLength(TOUCHPOINT_CATALOGUE.length);
  });

  it('has unique ids, names in both languages and valid attributes', () => {
    expect(new Set(TOUCHPOINT_CATALOGUE.map((e) => e.id)).size).toBe(TOUCHPOINT_CATALOGUE.length);
    for (const e of TOUCHPOINT_CATALOGUE) {
      expect(e.name.en.trim(), e.id).not.toBe('');
      expect(e.name.de.trim(), e.id).not.toBe('');
      expect(TouchpointSchema.safeParse(e.attributes).success, e.id).toBe(true);
    }
  });

  it('files touchpoints under the stage they belong to (issue 17)', () => {
    const stageOf = (id: string) => findTouchpointEntry(id)?.stage;
    // By their nature these follow the purchase, whatever a seed's ragged table suggested.
    for (const id of ['upsellEmails', 'subscriptionRenewals', 'satisfactionSurveys', 'orderQueries']) expect(stageOf(id), id).toBe('afterPurchase');
    expect(stageOf('pointOfSale')).toBe('duringPurchase');
    expect(stageOf('webForms')).toBe('duringPurchase');
    for (const id of ['tradeFairs', 'tvRadioSpots', 'posters', 'pressArticles', 'customerMagazine', 'promotionalGifts', 'checklistDownloads', 'testReports']) {
      expect(stageOf(id), id).toBe('beforePurchase');
    }
    expect(searchTouchpoints('hotline', 'de').map((e) => e.id)).toEqual(['phoneSystem']);
    expect(searchTouchpoints('produktbeschreibung', 'de').map((e) => e.id)).toEqual(['productCatalogues']);
  });

  it('classifies entries the way the method table does', () => {
    expect(findTouchpointEntry('customerReviews')?.attributes).toMatchObject({ directness: 'indirect', ownership: 'earned' });
    expect(findTouchpointEntry('onlineAds')?.attributes.ownership).toBe('paid');
    expect(findTouchpointEntry('companyWebsite')?.attributes).toMatchObject({ directness: 'direct', ownership: 'owned' });
    expect(findTouchpointEntry('posters')?.attributes).toMatchObject({ ownership: 'paid', initiative: 'passive' });
    expect(findTouchpointEntry('pressArticles')?.attributes).toMatchObject({ directness: 'indirect', ownership: 'earned' });
    expect(findTouchpointEntry('checklistDownloads')?.attributes.initiative).toBe('active');
    expect(findTouchpointEntry('nope')).toBeUndefined();
  });
});

describe('searchTouchpoints', () => {
  it('finds entries regardless of case and accents', () => {
    expect(searchTouchpoints('BESTELLBESTATIGUNG', 'de').map((e) => e.id)).toEqual(['orderConfirmation']);
    expect(searchTouchpoints('rücksendung', 'de').map((e) => e.id)).toEqual(['returns']);
  });

  it('puts matches in the board language first, then the other language', () => {
    const ids = searchTouchpoints('newsletter', 'de').map((e) => e.id);
    expect(ids[0]).toBe('newsletter');
    // "review" only appears in English names; a German board still finds those entries.
    const reviews = searchTouchpoints('review', 'de').map((e) => e.id);
    expect(reviews).toEqual(expect.arrayContaining(['customerReviews', 'reviewRequest']));
  });

  it('returns the whole catalogue for an empty query and nothing for nonsense', () => {
    expect(searchTouchpoints('', 'en')).toHaveLength(TOUCHPOINT_CATALOGUE.length);
    expect(searchTouchpoints('xyzzy', 'en')).toEqual([]);
  });

  it('searches a catalogue with the facilitator’s own entries', () => {
    const own = [...TOUCHPOINT_CATALOGUE, { id: 'own-1', stage: 'afterPurchase' as const, name: { en: 'Käsefondue', de: 'Käsefondue' }, attributes: {} }];
    expect(searchTouchpoints('kasefondue', 'en', own).map((e) => e.id)).toEqual(['own-1']);
  });
});
