/**
 * Highlighting the board by a touchpoint attribute: "show me every paid touchpoint", "where do
 * company and customers disagree?". Notes that don't match are dimmed, not hidden, so the room
 * keeps its bearings on the map.
 */
import { CATEGORICAL_ATTRIBUTES, type CategoricalAttribute } from '../../../shared/analysis/attributeGroups';
import type { Note } from '../../../shared/model';

export type AttributeFilter =
  | { type: 'value'; attribute: CategoricalAttribute; value: string }
  | { type: 'rating'; attribute: 'companyRating' | 'customerRating'; value: number }
  /** Touchpoints whose company and customer ratings differ. */
  | { type: 'ratingGap' }
  /** Touchpoints not yet classified by this attribute. */
  | { type: 'unset'; attribute: CategoricalAttribute };

export function noteMatchesFilter(note: Note, filter: AttributeFilter): boolean {
  if (note.kind !== 'touchpoint') return false;
  const tp = note.touchpoint ?? {};
  switch (filter.type) {
    case 'value':
      return tp[filter.attribute] === filter.value;
    case 'rating':
      return tp[filter.attribute] === filter.value;
    case 'ratingGap':
      return tp.companyRating !== undefined && tp.customerRating !== undefined && tp.companyRating !== tp.customerRating;
    case 'unset':
      return tp[filter.attribute] === undefined;
  }
}

/** A compact string form for a <select> value and back. */
export function filterKey(filter: AttributeFilter | null): string {
  if (!filter) return '';
  switch (filter.type) {
    case 'value':
      return `value:${filter.attribute}:${filter.value}`;
    case 'rating':
      return `rating:${filter.attribute}:${filter.value}`;
    case 'ratingGap':
      return 'ratingGap';
    case 'unset':
      return `unset:${filter.attribute}`;
  }
}

export function parseFilterKey(key: string): AttributeFilter | null {
  const [type, attribute, value] = key.split(':');
  const categorical = (CATEGORICAL_ATTRIBUTES as readonly string[]).includes(attribute ?? '');
  if (type === 'ratingGap') return { type: 'ratingGap' };
  if (type === 'value' && categorical && value) return { type, attribute: attribute as CategoricalAttribute, value };
  if (type === 'unset' && categorical) return { type, attribute: attribute as CategoricalAttribute };
  if (type === 'rating' && (attribute === 'companyRating' || attribute === 'customerRating')) {
    const n = Number(value);
    if (Number.isInteger(n) && n >= -2 && n <= 2) return { type, attribute, value: n };
  }
  return null;
}
