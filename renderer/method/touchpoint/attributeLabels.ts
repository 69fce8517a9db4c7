/**
 * Translated names of the touchpoint attributes and their values, full (inspector, filter,
 * analysis) and short (badges on the note). One place, so the badge, the panel and the export
 * agree.
 */
import type { TFunction } from 'i18next';
import type { CategoricalAttribute } from '../../../shared/analysis/attributeGroups';
import type { NoteBadgeLabels } from '../../canvas/draw/drawNoteBadges';

export function attributeName(t: TFunction, attribute: CategoricalAttribute | 'companyRating' | 'customerRating'): string {
  switch (attribute) {
    case 'directness':
      return t('persona:attribute.directness.name');
    case 'initiative':
      return t('persona:attribute.initiative.name');
    case 'ownership':
      return t('persona:attribute.ownership.name');
    case 'medium':
      return t('persona:attribute.medium.name');
    case 'interaction':
      return t('persona:attribute.interaction.name');
    case 'experience':
      return t('persona:attribute.experience.name');
    case 'companyRating':
      return t('persona:attribute.companyRating.name');
    case 'customerRating':
      return t('persona:attribute.customerRating.name');
  }
}

/** Full value names, keyed by attribute then value, built from literal keys. */
export function valueNames(t: TFunction): Record<CategoricalAttribute, Record<string, string>> {
  return {
    directness: { direct: t('persona:attribute.directness.direct'), indirect: t('persona:attribute.directness.indirect') },
    initiative: { active: t('persona:attribute.initiative.active'), passive: t('persona:attribute.initiative.passive') },
    ownership: {
      owned: t('persona:attribute.ownership.owned'),
      paid: t('persona:attribute.ownership.paid'),
      earned: t('persona:attribute.ownership.earned'),
    },
    medium: { online: t('persona:attribute.medium.online'), offline: t('persona:attribute.medium.offline') },
    interaction: {
      marketingReach: t('persona:attribute.interaction.marketingReach'),
      salesInteraction: t('persona:attribute.interaction.salesInteraction'),
      customerConversation: t('persona:attribute.interaction.customerConversation'),
      serviceFeedback: t('persona:attribute.interaction.serviceFeedback'),
    },
    experience: {
      positive: t('persona:attribute.experience.positive'),
      neutral: t('persona:attribute.experience.neutral'),
      negative: t('persona:attribute.experience.negative'),
    },
  };
}

/** Short badge words for the note. */
export function badgeWords(t: TFunction): Record<CategoricalAttribute, Record<string, string>> {
  return {
    directness: { direct: t('persona:badge.direct'), indirect: t('persona:badge.indirect') },
    initiative: { active: t('persona:badge.active'), passive: t('persona:badge.passive') },
    ownership: { owned: t('persona:badge.owned'), paid: t('persona:badge.paid'), earned: t('persona:badge.earned') },
    medium: { online: t('persona:badge.online'), offline: t('persona:badge.offline') },
    interaction: {
      marketingReach: t('persona:badge.marketingReach'),
      salesInteraction: t('persona:badge.salesInteraction'),
      customerConversation: t('persona:badge.customerConversation'),
      serviceFeedback: t('persona:badge.serviceFeedback'),
    },
    experience: { positive: t('persona:badge.positive'), neutral: t('persona:badge.neutral'), negative: t('persona:badge.negative') },
  };
}

/** Everything the badge drawing needs, in the current UI language. */
export function noteBadgeLabels(t: TFunction): NoteBadgeLabels {
  const words = badgeWords(t);
  return {
    attribute: (attribute, value) => words[attribute][value] ?? value,
    companyRating: t('persona:badge.companyRating'),
    customerRating: t('persona:badge.customerRating'),
    kpiFigures: (actual, target) => t('persona:badge.kpiFigures', { actual, target }),
  };
}

export const signedScore = (n: number) => (n > 0 ? `+${n}` : n < 0 ? `−${-n}` : '0');
