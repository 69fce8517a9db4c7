/**
 * The panels of the right-hand panel area, in tab order. Adding a panel is one entry here:
 * an id, a translated tab label and a component (it reads the store itself).
 */
import type { TFunction } from 'i18next';
import type { ComponentType } from 'react';
import { StructurePanel } from './StructurePanel';

export interface SidePanel {
  id: string;
  label(t: TFunction): string;
  Component: ComponentType;
}

export const SIDE_PANELS: readonly SidePanel[] = [
  { id: 'structure', label: (t) => t('board:panels.structure'), Component: StructurePanel },
];
