/**
 * Where copied text goes. Keyboard copy/cut/paste use the browser's own clipboard events (they
 * need no permission, in Electron or a browser); menu and toolbar commands use the async
 * Clipboard API, and when that is refused they fall back to the last text this window copied.
 */
export interface ClipboardPort {
  writeText(text: string): Promise<void> | void;
  readText(): Promise<string> | string;
}

let lastCopied = '';

export const systemClipboard: ClipboardPort = {
  async writeText(text) {
    lastCopied = text;
    try {
      await navigator.clipboard.writeText(text);
    } catch {
      // Refused (no focus, no permission): this window can still paste its own copy.
    }
  },
  async readText() {
    try {
      return await navigator.clipboard.readText();
    } catch {
      return lastCopied;
    }
  },
};

/** A port over one copy/cut/paste event's DataTransfer. */
export function eventClipboard(data: DataTransfer): ClipboardPort {
  return {
    writeText(text) {
      lastCopied = text;
      data.setData('text/plain', text);
    },
    readText() {
      return data.getData('text/plain');
    },
  };
}
