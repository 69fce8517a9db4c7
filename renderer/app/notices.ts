/**
 * Short messages after an action ("Moved to trash", "Saved as Workshop.journey.json"), with an
 * optional action button such as Undo. They disappear by themselves; errors stay until closed.
 */
import { createStore, useStore } from 'zustand';

export interface Notice {
  id: number;
  tone: 'info' | 'error';
  text: string;
  /** An info notice that waits to be answered (its action needs the click) instead of fading. */
  sticky?: boolean;
  action?: { label: string; run(): void };
}

interface NoticeState {
  notices: Notice[];
  show(notice: Omit<Notice, 'id'>): number;
  dismiss(id: number): void;
}

export const NOTICE_MS = 6_000;
let nextId = 1;

export const noticeStore = createStore<NoticeState>()((set, get) => ({
  notices: [],
  show(notice) {
    const id = nextId++;
    // One at a time reads best; a new notice replaces the previous one.
    set({ notices: [{ ...notice, id }] });
    if (notice.tone === 'info' && !notice.sticky) setTimeout(() => get().dismiss(id), NOTICE_MS);
    return id;
  },
  dismiss(id) {
    set({ notices: get().notices.filter((n) => n.id !== id) });
  },
}));

export function showNotice(notice: Omit<Notice, 'id'>): number {
  return noticeStore.getState().show(notice);
}

export function useNotices(): Notice[] {
  return useStore(noticeStore, (s) => s.notices);
}
