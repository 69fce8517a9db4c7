import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { INVOKE_CHANNELS } from '../../../shared/ipc/channels';
import { createBackupStore } from '../backups/backupStore';
import { createExportService } from '../files/exports';
import { createJourneyFileService } from '../files/journeyFiles';
import { RecentFiles } from '../files/recentFiles';
import { TokenRegistry } from '../files/tokens';
import { createParticipantsController } from '../participants/participantsController';
import { createStandaloneParticipants } from '../../participants/standalone';
import { createProjectorController } from '../projector/projectorController';
import { guardInvoke } from './guard';
import { createInvokeHandlers, registerInvokeHandlers, type HandlerEvent, type MainServices } from './handlers';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'jb-handlers-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const sender = { id: 1 };
const event: HandlerEvent = { senderFrame: { url: 'app://journeyboard/index.html', parent: null }, sender };

function services(): MainServices & { chooseOpen: ReturnType<typeof vi.fn> } {
  const chooseOpen = vi.fn(async () => join(dir, 'Kickoff.journey.json'));
  const tokens = new TokenRegistry();
  const laptop = { id: 1, bounds: { x: 0, y: 0, width: 1440, height: 900 }, workArea: { x: 0, y: 0, width: 1440, height: 900 } };
  return {
    chooseOpen,
    appInfo: () => ({ version: '0.1.0', platform: 'linux', electron: '41.7.1', userDataFolder: 'Journeyboard' }),
    setLanguage: vi.fn(),
    readyToQuit: vi.fn(),
    files: createJourneyFileService({
      dialogs: { chooseJourneyToOpen: chooseOpen, chooseJourneySaveLocation: async () => null },
      tokens,
      recent: new RecentFiles({ file: join(dir, 'recent.json') }),
      defaultFolder: dir,
    }),
    exports: createExportService({ dialogs: { chooseExportLocation: async () => null, chooseFolder: async () => null }, tokens: new TokenRegistry(), defaultFolder: dir }),
    backups: createBackupStore({ dir: join(dir, 'backups'), tokens: new TokenRegistry() }),
    projector: createProjectorController({
      displays: () => ({ list: [laptop], primaryId: 1 }),
      openWindow: () => ({ close: () => undefined, focus: () => undefined, onClosed: () => undefined }),
      notifyDisplays: () => undefined,
      notifyClosed: () => undefined,
      offerReopen: async () => false,
    }),
    participants: createParticipantsController({
      service: createStandaloneParticipants({ phoneFiles: () => new Map() }),
      lanAddresses: () => [],
      notify: () => undefined,
    }),
  };
}

describe('invoke handlers', () => {
  it('registers exactly the contract’s channels', () => {
    const registered: string[] = [];
    registerInvokeHandlers(createInvokeHandlers(services()), (channel) => registered.push(channel));
    expect(registered.sort()).toEqual(Object.values(INVOKE_CHANNELS).sort());
  });

  it('opens a file with the asking window as the dialog owner', async () => {
    writeFileSync(join(dir, 'Kickoff.journey.json'), '{}');
    const s = services();
    const handlers = createInvokeHandlers(s);
    const opened = await guardInvoke('journey-file:open', handlers['journey-file:open'])(event);
    expect(s.chooseOpen).toHaveBeenCalledWith(sender);
    expect(opened).toMatchObject({ ok: true, name: 'Kickoff.journey.json' });
    const recent = await guardInvoke('journey-file:list-recent', handlers['journey-file:list-recent'])(event);
    expect(recent).toEqual([expect.objectContaining({ name: 'Kickoff.journey.json' })]);
  });

  it('writes, lists and reads backups through the guarded channels', async () => {
    const handlers = createInvokeHandlers(services());
    await guardInvoke('backup:write', handlers['backup:write'])(event, { journeyId: 'j1', title: 'Kickoff', content: '{"v":1}' });
    const list = (await guardInvoke('backup:list', handlers['backup:list'])(event)) as { backupToken: string; title: string }[];
    expect(list.map((e) => e.title)).toEqual(['Kickoff']);
    expect(await guardInvoke('backup:read', handlers['backup:read'])(event, list[0]!.backupToken)).toBe('{"v":1}');
  });

  it('passes the language on and reports the projector on the only display as windowed', async () => {
    const s = services();
    const handlers = createInvokeHandlers(s);
    await guardInvoke('app:set-language', handlers['app:set-language'])(event, 'de');
    expect(s.setLanguage).toHaveBeenCalledWith('de');
    expect(await guardInvoke('projector:open', handlers['projector:open'])(event, { displayId: null })).toEqual({ displayId: 1, fullScreen: false });
    expect(await guardInvoke('displays:list', handlers['displays:list'])(event)).toEqual([
      { id: 1, label: '1440 × 900', width: 1440, height: 900, primary: true },
    ]);
  });
});
