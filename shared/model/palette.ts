import type { NoteColour, NoteKind } from './journey';

/**
 * The flipchart convention: each kind of note has its own sticky-note colour, so the room can
 * tell touchpoints from pain points at a glance.
 */
export const DEFAULT_COLOUR_BY_KIND: Record<NoteKind, NoteColour> = {
  touchpoint: 'yellow',
  customerAction: 'blue',
  thought: 'violet',
  emotion: 'pink',
  painPoint: 'red',
  opportunity: 'green',
  kpi: 'orange',
  free: 'grey',
};

export type PaletteName = 'standard' | 'colourBlindSafe';

/**
 * Two inks per colour: the paper fill and a darker edge. The standard set is saturated enough
 * to stay apart on a washed-out projector; the colour-blind-safe set follows Okabe & Ito's
 * palette (distinguishable with deuteranopia, protanopia and tritanopia), lightened for paper.
 */
export const PALETTES: Record<PaletteName, Record<NoteColour, { fill: string; edge: string }>> = {
  standard: {
    yellow: { fill: '#fff176', edge: '#c9b800' },
    orange: { fill: '#ffb74d', edge: '#d9822b' },
    pink: { fill: '#f48fb1', edge: '#c2185b' },
    red: { fill: '#ef6f6c', edge: '#b3261e' },
    violet: { fill: '#b39ddb', edge: '#673ab7' },
    blue: { fill: '#81c7f5', edge: '#1f78b4' },
    green: { fill: '#a5d68a', edge: '#388e3c' },
    grey: { fill: '#d6d6d6', edge: '#8a8a8a' },
  },
  colourBlindSafe: {
    yellow: { fill: '#f5e663', edge: '#b8a800' },
    orange: { fill: '#f3b04d', edge: '#e69f00' },
    pink: { fill: '#e8a6c8', edge: '#cc79a7' },
    red: { fill: '#e88a4d', edge: '#d55e00' },
    violet: { fill: '#c7b3e6', edge: '#7b5ea7' },
    blue: { fill: '#8cc4ec', edge: '#0072b2' },
    green: { fill: '#7fd1b9', edge: '#009e73' },
    grey: { fill: '#d9d9d9', edge: '#777777' },
  },
};
