import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_ORIGIN, APP_URL, PROJECTOR_URL, USER_DATA_FOLDER_NAME, fixAppIdentity } from './appIdentity';

describe('app identity', () => {
  // These values are where every user's journeys live. Changing one orphans their database:
  // this test is the reminder. Only change it together with a migration of the old folder.
  it('keeps the origin and user-data folder fixed', () => {
    expect(APP_ORIGIN).toBe('app://journeyboard');
    expect(APP_URL).toBe('app://journeyboard/index.html');
    expect(PROJECTOR_URL).toBe('app://journeyboard/index.html#projector');
    expect(USER_DATA_FOLDER_NAME).toBe('Journeyboard');
  });

  it('sets the name and user-data path from the fixed folder name, not package.json', () => {
    const calls: string[] = [];
    const userData = fixAppIdentity({
      setName: (name) => calls.push(`name=${name}`),
      getPath: () => '/home/ada/.config',
      setPath: (name, path) => calls.push(`${name}=${path}`),
    });
    expect(userData).toBe(join('/home/ada/.config', 'Journeyboard'));
    expect(calls).toEqual(['name=Journeyboard', `userData=${join('/home/ada/.config', 'Journeyboard')}`]);
  });

  it('matches the productName the packager uses', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { productName: string };
    expect(pkg.productName).toBe(USER_DATA_FOLDER_NAME);
    expect(readFileSync('electron-builder.yml', 'utf8')).toMatch(/^productName: Journeyboard$/m);
  });
});
