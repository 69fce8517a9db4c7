/** The persona card's words in the current UI language (board and export share them). */
import type { TFunction } from 'i18next';
import type { PersonaCardLabels } from '../../canvas/draw/drawPersonaCard';

export function personaCardLabels(t: TFunction): PersonaCardLabels {
  return {
    heading: t('persona:card.heading'),
    age: (count) => t('persona:card.age', { count }),
    education: t('persona:persona.education'),
    jobTitle: t('persona:persona.jobTitle'),
    income: t('persona:persona.income'),
    challenges: t('persona:persona.challenges'),
    motivations: t('persona:persona.motivations'),
    wishesAndHopes: t('persona:persona.wishesAndHopes'),
    fearsAndHurdles: t('persona:persona.fearsAndHurdles'),
    backstory: t('persona:persona.backstory'),
  };
}
