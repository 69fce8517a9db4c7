/**
 * Keys that belong to a text editor on the board while a note, a header or a line label is
 * being edited. They are the one section of the key table that maps to no named action
 * (CONVENTIONS.md section 2): everything else typed there goes into the text.
 */
import type { Shortcut } from './shortcut';

export interface EditingKey {
  /** Names the row's translation in the `actions` namespace (`editing.<id>`). */
  id: 'noteNewLine' | 'noteCommit' | 'noteLeave' | 'titleCommit' | 'titleCancel';
  shortcut: Shortcut;
}

/** As renderer/board/NoteEditor.tsx and TitleEditor.tsx handle them today. */
export const EDITING_KEYS: readonly EditingKey[] = [
  { id: 'noteNewLine', shortcut: { key: 'Enter' } },
  { id: 'noteCommit', shortcut: { key: 'Enter', mod: true } },
  { id: 'noteLeave', shortcut: { key: 'Escape' } },
  { id: 'titleCommit', shortcut: { key: 'Enter' } },
  { id: 'titleCancel', shortcut: { key: 'Escape' } },
];
