/**
 * Every command the user can give, by name, with its keys: the one list that the renderer's
 * action registry implements, the shortcut overview and docs/keyboard.md show, and the desktop
 * menu builds its accelerators from. A name not listed here is not a command (the union is
 * closed); a key not listed here is not a shortcut (CONVENTIONS.md section 2).
 *
 * `scope: 'app'` commands work on every screen (file commands, About); `board` commands need an
 * open journey's board. Labels, `enabled` and `perform` live with the renderer's actions.
 */
import type { Shortcut } from './shortcut';

export type ActionGroup = 'file' | 'edit' | 'note' | 'arrange' | 'line' | 'structure' | 'view' | 'room' | 'help';
export type ActionScope = 'app' | 'board';

export interface ActionEntry {
  group: ActionGroup;
  scope: ActionScope;
  shortcuts: readonly Shortcut[];
}

const NOTE_COLOUR_COUNT = 8;
const NUDGE = { small: 8, big: 48 } as const;
const ARROWS: readonly [string, number, number][] = [
  ['ArrowLeft', -1, 0],
  ['ArrowRight', 1, 0],
  ['ArrowUp', 0, -1],
  ['ArrowDown', 0, 1],
];

const board = (group: ActionGroup, shortcuts: readonly Shortcut[] = []): ActionEntry => ({ group, scope: 'board', shortcuts });
const app = (group: ActionGroup, shortcuts: readonly Shortcut[] = []): ActionEntry => ({ group, scope: 'app', shortcuts });

export const ACTION_CATALOGUE = {
  // File commands live at the app level: the shell's header and the desktop menu run them on
  // every screen (exports are enabled only while a journey is open).
  'journey.new': app('file', [{ key: 'n', mod: true, desktopOnly: true }]),
  'file.open': app('file', [{ key: 'o', mod: true }]),
  'file.save': app('file', [{ key: 's', mod: true }]),
  'file.saveAs': app('file', [{ key: 's', mod: true, shift: true }]),
  // No Ctrl+W: the browser closes the tab with it (CONVENTIONS.md section 2).
  'file.closeJourney': app('file'),
  'help.restoreBackup': app('file'),
  'help.about': app('help'),
  'file.exportPng': app('file', [{ key: 'e', mod: true, shift: true }]),
  'file.exportPdf': app('file'),
  'file.exportCsv': app('file'),
  'file.exportJourney': app('file'),
  'file.exportPack': app('file'),

  'edit.undo': board('edit', [{ key: 'z', mod: true }]),
  'edit.redo': board('edit', [
    { key: 'z', mod: true, shift: true, menu: 'mac' },
    { key: 'y', ctrl: true, menu: 'other' },
  ]),
  'edit.cut': board('edit', [{ key: 'x', mod: true, native: true }]),
  'edit.copy': board('edit', [{ key: 'c', mod: true, native: true }]),
  'edit.paste': board('edit', [{ key: 'v', mod: true, native: true }]),
  'edit.duplicate': board('edit', [{ key: 'd', mod: true }]),
  'edit.delete': board('edit', [
    { key: 'Delete', menu: 'other' },
    { key: 'Backspace', menu: 'mac' },
  ]),
  'edit.selectAll': board('edit', [{ key: 'a', mod: true }]),
  'edit.deselect': board('edit', [{ key: 'Escape' }]),

  'note.new': board('note', [{ key: 'n' }]),
  'note.edit': board('note', [{ key: 'Enter' }, { key: 'F2' }]),
  // Digit n gives the n-th colour of the palette (input: its index); catalogue.test.ts checks
  // there is one digit per colour. The index, not the colour, keeps this file free of the zod
  // model, so the small preload bundle can import the names.
  'note.colour': board(
    'note',
    Array.from({ length: NOTE_COLOUR_COUNT }, (_, i) => ({ key: String(i + 1), input: i })),
  ),
  'note.nudge': board(
    'note',
    ARROWS.flatMap(([key, x, y]) => [
      { key, input: { dx: x * NUDGE.small, dy: y * NUDGE.small } },
      { key, shift: true, input: { dx: x * NUDGE.big, dy: y * NUDGE.big } },
    ]),
  ),

  'arrange.alignLeft': board('arrange'),
  'arrange.alignCentre': board('arrange'),
  'arrange.alignRight': board('arrange'),
  'arrange.alignTop': board('arrange'),
  'arrange.alignMiddle': board('arrange'),
  'arrange.alignBottom': board('arrange'),
  'arrange.distributeHorizontally': board('arrange'),
  'arrange.distributeVertically': board('arrange'),

  'line.toggleArrow': board('line'),
  'line.editLabel': board('line'),

  'structure.addPhase': board('structure'),
  'structure.addLane': board('structure'),
  'structure.renamePhase': board('structure'),
  'structure.renameLane': board('structure'),
  'structure.movePhaseLeft': board('structure'),
  'structure.movePhaseRight': board('structure'),
  'structure.moveLaneUp': board('structure'),
  'structure.moveLaneDown': board('structure'),
  'structure.removePhase': board('structure'),
  'structure.removeLane': board('structure'),
  'structure.toggleLaneHidden': board('structure'),
  'structure.setLaneKind': board('structure'),
  'method.switchPhaseModel': board('structure'),

  'view.zoomIn': board('view', [{ key: '=', mod: true, menu: true }, { key: '+', mod: true }, { key: '+' }, { key: '=' }]),
  'view.zoomOut': board('view', [{ key: '-', mod: true, menu: true }, { key: '-' }]),
  'view.zoomReset': board('view', [{ code: 'Digit0', mod: true }]),
  'view.zoomToFit': board('view', [{ code: 'Digit1', shift: true }]),
  'view.zoomToSelection': board('view', [{ code: 'Digit2', shift: true }]),
  'view.handwriting': board('view'),
  'view.colourBlindPalette': board('view'),
  'view.sidePanel': board('view', [{ key: '\\', mod: true }]),
  'method.guidingQuestions': board('view', [{ key: 'q' }]),
  'method.clearHighlight': board('view'),

  'view.projector': board('room', [{ key: 'p', mod: true, shift: true }]),
  'room.projectorClose': board('room'),
  // Not F5, as slide software has it: the browser reloads the page with F5 (CONVENTIONS.md).
  'view.presentation': board('room', [{ code: 'KeyP', alt: true }]),
  'room.leavePresentation': board('room', [{ key: 'Escape', when: 'presenting' }]),
  // Page Up/Down are what presentation clickers send; the arrows and Space step only while
  // presenting, since otherwise they move notes and pan.
  'room.nextStep': board('room', [
    { key: 'PageDown' },
    { key: 'ArrowRight', when: 'presenting' },
    { key: 'ArrowDown', when: 'presenting' },
    { key: ' ', when: 'presenting' },
  ]),
  'room.previousStep': board('room', [
    { key: 'PageUp' },
    { key: 'ArrowLeft', when: 'presenting' },
    { key: 'ArrowUp', when: 'presenting' },
  ]),
  'room.laser': board('room', [{ code: 'KeyL', alt: true }, { key: 'l', when: 'presenting' }]),
  'room.timerStart': board('room'),
  'room.timerToggle': board('room', [{ code: 'KeyT', alt: true }]),
  'room.timerAddMinute': board('room', [{ code: 'KeyM', alt: true }]),
  'room.timerStop': board('room'),
  'room.voting': board('room', [{ code: 'KeyV', alt: true }]),
  'room.votingTally': board('room'),
  'room.voteAdd': board('room', [{ key: 'v' }]),
  'room.voteRemove': board('room', [{ key: 'v', shift: true }]),
  'room.tallyDigit': board(
    'room',
    Array.from({ length: 10 }, (_, digit) => ({ key: String(digit), input: String(digit), when: 'tally' as const })),
  ),
  'room.nextVoter': board('room'),
  'room.stopTurns': board('room'),
  'room.clearVotes': board('room'),
  'room.tallyList': board('room'),
  'room.brainwriting': board('room', [{ code: 'KeyB', alt: true }]),
  'room.revealNotes': board('room'),
  'room.enlargeText': board('room'),
  'room.resetTextSize': board('room'),
  'room.panel': board('room', [{ code: 'KeyR', alt: true }]),
  // Participants' phones (issue 18): reached from the room panel and by name, no keys, so a
  // stray key press never opens the laptop to the network.
  'participants.session': board('room'),
  'participants.writing': board('room'),
  'participants.acceptInbox': board('room'),
  'participants.vote': board('room'),
  'participants.rating': board('room'),
  'participants.setMedian': board('room'),

  'help.shortcuts': board('help', [{ key: '?' }]),
} as const satisfies Record<string, ActionEntry>;

/** The closed union of command names. */
export type ActionName = keyof typeof ACTION_CATALOGUE;

export const ACTION_NAMES = Object.keys(ACTION_CATALOGUE) as ActionName[];

export function isActionName(name: unknown): name is ActionName {
  return typeof name === 'string' && Object.hasOwn(ACTION_CATALOGUE, name);
}

export function actionEntry(name: ActionName): ActionEntry {
  return ACTION_CATALOGUE[name];
}
