import type { StateCreator } from 'zustand';
import type { Id, Note, PaletteName } from '../../shared/model';
import type { BoardState } from './store';

/** What the inline text editor is open on. A new note lives here until its first commit. */
export type Editing =
  | { kind: 'newNote'; note: Note }
  | { kind: 'note'; id: Id }
  | { kind: 'connectorLabel'; id: Id }
  | { kind: 'phaseTitle'; id: Id }
  | { kind: 'laneTitle'; id: Id };

export type BoardDialog = { kind: 'removePhase'; id: Id } | { kind: 'removeLane'; id: Id };

/** What a right-click landed on. */
export type ContextTarget =
  | { kind: 'note'; id: Id }
  | { kind: 'connector'; id: Id }
  | { kind: 'phase'; id: Id }
  | { kind: 'lane'; id: Id }
  | { kind: 'board' };

export interface ContextMenuState {
  /** Where the menu opens, in CSS pixels of the window. */
  clientX: number;
  clientY: number;
  /** The board point under the click, for "new note here" and "paste here". */
  boardPoint: { x: number; y: number };
  target: ContextTarget;
}

/** Handwriting draws headers and notes in the bundled marker font; plain uses Inter. */
export type BoardFont = 'handwriting' | 'plain';

export interface BoardUiSlice {
  editing: Editing | null;
  dialog: BoardDialog | null;
  contextMenu: ContextMenuState | null;
  shortcutsOpen: boolean;
  /** The open side panel tab, or null when the panel area is closed. */
  sidePanel: string | null;
  boardFont: BoardFont;
  paletteName: PaletteName;
  startEditing(editing: Editing | null): void;
  openDialog(dialog: BoardDialog | null): void;
  openContextMenu(menu: ContextMenuState | null): void;
  showShortcuts(open: boolean): void;
  showSidePanel(id: string | null): void;
  setBoardFont(font: BoardFont): void;
  setPaletteName(name: PaletteName): void;
}

export const createBoardUiSlice: StateCreator<BoardState, [], [], BoardUiSlice> = (set) => ({
  editing: null,
  dialog: null,
  contextMenu: null,
  shortcutsOpen: false,
  sidePanel: null,
  boardFont: 'handwriting',
  paletteName: 'standard',
  startEditing(editing) {
    set({ editing, contextMenu: null });
  },
  openDialog(dialog) {
    set({ dialog, contextMenu: null });
  },
  openContextMenu(contextMenu) {
    set({ contextMenu });
  },
  showShortcuts(shortcutsOpen) {
    set({ shortcutsOpen, contextMenu: null });
  },
  showSidePanel(sidePanel) {
    set({ sidePanel });
  },
  setBoardFont(boardFont) {
    set({ boardFont });
  },
  setPaletteName(paletteName) {
    set({ paletteName });
  },
});
