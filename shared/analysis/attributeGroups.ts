/**
 * Touchpoints grouped by one of their attributes (ownership: owned / paid / earned; directness:
 * direct / indirect; ...), with the ones not yet classified kept apart.
 */
import type { Id, Touchpoint, TouchpointAttribute } from '../model/journey';
import { TouchpointSchema } from '../model/journey';
import { notesInReadingOrder, type AnalysisInput } from './groups';
import { isTouchpoint } from './touchpointCounts';

/** The attributes that take one of a few named values (the ratings are numbers). */
export const CATEGORICAL_ATTRIBUTES = ['directness', 'initiative', 'ownership', 'medium', 'interaction', 'experience'] as const;
export type CategoricalAttribute = (typeof CATEGORICAL_ATTRIBUTES)[number];

export const RATING_ATTRIBUTES = ['companyRating', 'customerRating'] as const satisfies readonly TouchpointAttribute[];
export const RATING_VALUES = [-2, -1, 0, 1, 2] as const;

/** The values an attribute can take, read from the model's schema so they never drift. */
export function attributeValues<A extends CategoricalAttribute>(attribute: A): NonNullable<Touchpoint[A]>[] {
  const shape = TouchpointSchema.shape[attribute];
  return [...shape.unwrap().options] as NonNullable<Touchpoint[A]>[];
}

export interface AttributeGroup {
  value: string;
  noteIds: Id[];
}

export function groupByAttribute(input: AnalysisInput, attribute: CategoricalAttribute): { groups: AttributeGroup[]; unset: Id[] } {
  const touchpoints = notesInReadingOrder(input, isTouchpoint);
  const groups = attributeValues(attribute).map((value) => ({
    value: String(value),
    noteIds: touchpoints.filter((n) => n.touchpoint?.[attribute] === value).map((n) => n.id),
  }));
  const unset = touchpoints.filter((n) => n.touchpoint?.[attribute] === undefined).map((n) => n.id);
  return { groups, unset };
}
