/**
 * The panels of the right-hand panel area, in tab order. Adding a panel is one entry here:
 * an id, a translated tab label and a component (it reads the store itself).
 */
import type { TFunction } from 'i18next';
import type { ComponentType } from 'react';
import { StructurePanel } from './StructurePanel';
import { RoomPanel } from '../room/panel/RoomPanel';
import { ROOM_PANEL_ID } from '../room/roomPanelId';
import { METHOD_PANELS } from '../method/panels';

export interface SidePanel {
  id: string;
  label(t: TFunction): string;
  Component: ComponentType;
}

export const SIDE_PANELS: readonly SidePanel[] = [
  { id: 'structure', label: (t) => t('board:panels.structure'), Component: StructurePanel },
  { id: ROOM_PANEL_ID, label: (t) => t('room:panel.title'), Component: RoomPanel },
  ...METHOD_PANELS,
];
