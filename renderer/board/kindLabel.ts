import type { TFunction } from 'i18next';
import type { NoteKind } from '../../shared/model';

/** The translated name of a kind of note (what a lane collects). */
export function kindLabel(t: TFunction, kind: NoteKind): string {
  switch (kind) {
    case 'touchpoint':
      return t('board:kinds.touchpoint');
    case 'customerAction':
      return t('board:kinds.customerAction');
    case 'thought':
      return t('board:kinds.thought');
    case 'emotion':
      return t('board:kinds.emotion');
    case 'painPoint':
      return t('board:kinds.painPoint');
    case 'opportunity':
      return t('board:kinds.opportunity');
    case 'kpi':
      return t('board:kinds.kpi');
    case 'free':
      return t('board:kinds.free');
  }
}
