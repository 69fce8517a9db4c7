import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { ICON_SIZES, renderIcon } from '../scripts/make-icons.mjs';

const schema = JSON.parse(readFileSync('node_modules/app-builder-lib/scheme.json', 'utf8'));
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);

const config = load(readFileSync('electron-builder.yml', 'utf8')) as Record<string, unknown> & {
  electronFuses: Record<string, boolean>;
  fileAssociations: { ext: string; mimeType: string }[];
  files: string[];
  directories: { output: string; buildResources: string };
  linux: { target: string[]; icon: string };
  win: { target: string[]; icon: string };
  mac: { target: string[]; icon: string };
};

/** Width and height from a PNG's IHDR chunk. */
function pngSize(path: string): [number, number] {
  const png = readFileSync(path);
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  return [png.readUInt32BE(16), png.readUInt32BE(20)];
}

describe('electron-builder.yml', () => {
  it('is valid against electron-builder’s own schema', () => {
    const valid = validate(config);
    expect(validate.errors ?? [], JSON.stringify(validate.errors, null, 2)).toEqual([]);
    expect(valid).toBe(true);
  });

  it('would catch a mistake (the schema check is live)', () => {
    expect(validate({ ...config, electronFuses: { ...config.electronFuses, runAsNod: false } })).toBe(false);
    expect(validate({ ...config, appid: 'x' })).toBe(false);
  });

  it('names the app and its output', () => {
    expect(config.appId).toBe('app.journeyboard.desktop');
    expect(config.productName).toBe('Journeyboard');
    expect(config.directories.output).toBe('release');
  });

  it('turns off the dangerous Electron fuses and turns on asar integrity', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
  });

  it('associates .journey.json files', () => {
    expect(config.fileAssociations).toEqual([expect.objectContaining({ ext: 'journey.json', mimeType: 'application/x-journeyboard+json' })]);
  });

  it('packs only built output', () => {
    const included = config.files.filter((f) => !f.startsWith('!'));
    expect(included.sort()).toEqual(['dist/electron/**/*', 'dist/phone/**/*', 'dist/renderer/**/*', 'package.json']);
    expect(config.files).toContain('!node_modules{,/**/*}');
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { main: string };
    expect(pkg.main).toBe('dist/electron/main.cjs');
  });

  it('knows the Electron version without node_modules/electron, which may be missing (optional dependency)', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { optionalDependencies?: Record<string, string>; devDependencies: Record<string, string> };
    expect(pkg.optionalDependencies?.electron, 'electron is optional, so `npm install` survives a blocked download').toBeDefined();
    expect(pkg.devDependencies.electron).toBeUndefined();
    expect(config.electronVersion).toBe(pkg.optionalDependencies!.electron);
  });

  it('builds AppImage and deb, NSIS and dmg with icons made from the one SVG', () => {
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.win.target).toEqual(['nsis']);
    expect(config.mac.target).toEqual(['dmg']);
    expect(pngSize(config.mac.icon)).toEqual([1024, 1024]);
    expect(pngSize(config.win.icon)).toEqual([256, 256]);
    for (const size of ICON_SIZES) expect(pngSize(`${config.linux.icon}/${size}x${size}.png`)).toEqual([size, size]);
  });

  it('the committed icons are up to date with assets/icon.svg', () => {
    const svg = readFileSync('assets/icon.svg');
    for (const size of [32, 256]) {
      expect(Buffer.from(renderIcon(svg, size)).equals(readFileSync(`assets/icons/${size}x${size}.png`)), `${size}px: run node scripts/make-icons.mjs`).toBe(true);
    }
  });
});
