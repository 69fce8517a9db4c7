/**
 * All UI translations, one JSON file per area (namespace) and language. The Electron menu and
 * the renderer read the same files, so a label is translated once.
 */
import deActions from './locales/de/actions.json';
import deBoard from './locales/de/board.json';
import deCommon from './locales/de/common.json';
import deExports from './locales/de/exports.json';
import deFile from './locales/de/file.json';
import deLibrary from './locales/de/library.json';
import deMenu from './locales/de/menu.json';
import deParticipants from './locales/de/participants.json';
import dePersona from './locales/de/persona.json';
import deRoom from './locales/de/room.json';
import deSettings from './locales/de/settings.json';
import enActions from './locales/en/actions.json';
import deStorage from './locales/de/storage.json';
import enBoard from './locales/en/board.json';
import enCommon from './locales/en/common.json';
import enExports from './locales/en/exports.json';
import enFile from './locales/en/file.json';
import enLibrary from './locales/en/library.json';
import enMenu from './locales/en/menu.json';
import enParticipants from './locales/en/participants.json';
import enPersona from './locales/en/persona.json';
import enRoom from './locales/en/room.json';
import enSettings from './locales/en/settings.json';
import enStorage from './locales/en/storage.json';

export const NAMESPACES = ['common', 'menu', 'board', 'library', 'file', 'persona', 'room', 'settings', 'actions', 'storage', 'participants', 'exports'] as const;
export type Namespace = (typeof NAMESPACES)[number];

export const resources = {
  en: {
    common: enCommon,
    menu: enMenu,
    board: enBoard,
    library: enLibrary,
    file: enFile,
    persona: enPersona,
    room: enRoom,
    settings: enSettings,
    actions: enActions,
    storage: enStorage,
    participants: enParticipants,
    exports: enExports,
  },
  de: {
    common: deCommon,
    menu: deMenu,
    board: deBoard,
    library: deLibrary,
    file: deFile,
    persona: dePersona,
    room: deRoom,
    settings: deSettings,
    actions: deActions,
    storage: deStorage,
    participants: deParticipants,
    exports: deExports,
  },
} as const;

export type UiLanguage = keyof typeof resources;
export const UI_LANGUAGES: readonly UiLanguage[] = ['en', 'de'];

/** Maps a system locale such as `de-AT` or `en_GB` to a supported UI language. */
export function pickLanguage(locales: readonly (string | undefined)[]): UiLanguage {
  for (const locale of locales) {
    const base = locale?.toLowerCase().split(/[-_]/)[0];
    if (base === 'de' || base === 'en') return base;
  }
  return 'en';
}
