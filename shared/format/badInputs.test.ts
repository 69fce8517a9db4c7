/**
 * One test per bad input listed in RELIABILITY.md ("Loading a file"). Each must give a clear
 * error code (which the UI translates) or a repaired journey with the repair listed.
 */
import { encode as encodePng } from 'fast-png';
import { afterEach, describe, expect, it } from 'vitest';
import { deleteAt, fixtureEnvelope, fixtureText, getAt, setAt, utf8 } from '../../test/fixtures/fixtures';
import { JourneySchema, LIMITS } from '../model';
import { embedJourneyInPng } from '../export/png/journeyChunk';
import { makeChunk, spliceChunks } from '../export/png/chunks';
import { MAX_FILE_BYTES } from './fileFormat';
import { checkImportSize, importJourneyBytes, importJourneyText, type ImportOptions } from './importJourney';
import type { ImportResult, Repair, RepairCode } from './result';

function importObject(value: unknown, options?: ImportOptions): ImportResult {
  return importJourneyText(JSON.stringify(value), options);
}

function expectError(result: ImportResult, code: string, params?: Record<string, unknown>) {
  if (result.ok) throw new Error(`expected error ${code}, got a journey`);
  expect(result.error.code).toBe(code);
  if (params) expect(result.error.params).toMatchObject(params);
}

function expectRepaired(result: ImportResult, code: RepairCode): Repair {
  if (!result.ok) throw new Error(`expected a journey, got ${result.error.code} ${JSON.stringify(result.error.params)}`);
  expect(JourneySchema.safeParse(result.journey).success).toBe(true);
  const repair = result.repairs.find((r) => r.code === code);
  expect(repair, `repair ${code} in ${JSON.stringify(result.repairs)}`).toBeDefined();
  return repair!;
}

function ok(result: ImportResult) {
  if (!result.ok) throw new Error(`expected a journey, got ${result.error.code} ${JSON.stringify(result.error.params)}`);
  return result;
}

function tinyPng(width = 2, height = 2, rgba: [number, number, number, number] = [200, 30, 30, 255]): Uint8Array {
  const data = new Uint8Array(width * height * 4);
  for (let i = 0; i < width * height; i += 1) data.set(rgba, i * 4);
  return encodePng({ width, height, data, channels: 4 });
}

const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

afterEach(() => {
  // No test may leave Object.prototype polluted.
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.keys(Object.prototype)).toEqual([]);
});

describe('files that are not journey files', () => {
  it('an empty file', () => {
    expectError(importJourneyBytes(new Uint8Array(0)), 'empty');
    expectError(importJourneyText('  \n\t '), 'empty');
    expect(checkImportSize(0, 'json')?.code).toBe('empty');
  });

  it('a PNG image without a journey renamed to .json', () => {
    expectError(importJourneyBytes(tinyPng()), 'pngWithoutJourney');
  });

  it('other binary files renamed to .json, named by kind', () => {
    expectError(importJourneyBytes(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46])), 'binary', { kind: 'jpeg' });
    expectError(importJourneyBytes(utf8('%PDF-1.7\n%âãÏÓ')), 'binary', { kind: 'pdf' });
    expectError(importJourneyBytes(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0])), 'binary', { kind: 'zip' });
    expectError(importJourneyBytes(new Uint8Array([0x7b, 0x00, 0x7d])), 'binary');
  });

  it('truncated JSON', () => {
    const text = fixtureText();
    expectError(importJourneyText(text.slice(0, Math.floor(text.length / 2))), 'truncatedJson');
    expectError(importJourneyText('{"format":"journeyboard","version":1,"journey":{"title":"abc'), 'truncatedJson');
  });

  it('broken JSON says where', () => {
    expectError(importJourneyText('{\n  "format": "journeyboard",\n  "version": 1 x\n}'), 'invalidJson', { line: 3, column: 16 });
  });

  it('invalid UTF-8', () => {
    const bytes = utf8(fixtureText());
    const broken = new Uint8Array(bytes);
    broken[200] = 0xc3;
    broken[201] = 0x28; // a lead byte followed by a non-continuation byte
    expectError(importJourneyBytes(broken), 'invalidUtf8');
    expectError(importJourneyBytes(new Uint8Array([0x7b, 0xff, 0x7d])), 'invalidUtf8');
  });

  it('a UTF-8 byte order mark is stripped, not refused', () => {
    const bytes = utf8(fixtureText());
    const withBom = new Uint8Array(bytes.length + 3);
    withBom.set([0xef, 0xbb, 0xbf]);
    withBom.set(bytes, 3);
    ok(importJourneyBytes(withBom));
    ok(importJourneyText(`\ufeff${fixtureText()}`));
  });

  it.each([
    ['[]', 'list'],
    ['null', 'null'],
    ['42', 'number'],
    ['"a journey"', 'text'],
    ['true', 'boolean'],
    ['{"title":"no envelope"}', 'object'],
  ])('top level %s', (text, found) => {
    expectError(importJourneyText(text), 'notAJourney', { found });
  });

  it.each([
    ['Excalidraw', { type: 'excalidraw', version: 2, source: 'https://excalidraw.com', elements: [], appState: {} }],
    ['Excalidraw', { type: 'excalidrawlib', version: 2, libraryItems: [] }],
    ['tldraw', { tldrawFileFormatVersion: 1, schema: { schemaVersion: 2, sequences: {} }, records: [] }],
    ['tldraw', { name: 'board', document: { id: 'doc', pages: {}, pageStates: {}, version: 15.5 }, assets: {} }],
    [
      'Miro',
      {
        data: [
          { id: '345', type: 'sticky_note', data: { content: 'Idee' }, position: { x: 0, y: 0 }, links: { self: 'https://api.miro.com/v2/boards/x/items/345' } },
        ],
        total: 1,
      },
    ],
    ['Miro', [{ id: '1', type: 'sticky_note', data: { content: 'a' }, position: { x: 1, y: 2 }, geometry: {} }]],
  ])('a file of another whiteboard app: %s', (app, value) => {
    expectError(importObject(value), 'otherApp', { app });
  });

  it('a draw.io file (XML)', () => {
    const xml = '<?xml version="1.0" encoding="UTF-8"?>\n<mxfile host="app.diagrams.net"><diagram id="a" name="Seite-1"><mxGraphModel/></diagram></mxfile>';
    expectError(importJourneyText(xml), 'otherApp', { app: 'draw.io' });
    expectError(importJourneyBytes(utf8('<mxGraphModel dx="1000"><root/></mxGraphModel>')), 'otherApp', { app: 'draw.io' });
  });

  it('an Excalidraw SVG (Export to SVG, with or without the scene embedded)', () => {
    const svg = '<svg version="1.1" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 100" width="200" height="100">\n  <!-- svg-source:excalidraw -->\n  <defs><style class="style-fonts"></style></defs>\n  <rect x="0" y="0" width="200" height="100" fill="#ffffff"></rect></svg>';
    expectError(importJourneyBytes(utf8(svg)), 'otherApp', { app: 'Excalidraw' });
    const withScene = '<svg xmlns="http://www.w3.org/2000/svg"><metadata><!-- payload-type:application/vnd.excalidraw+json --><!-- payload-version:2 --><!-- payload-start -->eyJ2ZXJzaW9uIjoiMSJ9<!-- payload-end --></metadata></svg>';
    expectError(importJourneyText(withScene), 'otherApp', { app: 'Excalidraw' });
  });

  it('an Excalidraw PNG with its scene embedded', () => {
    const png = tinyPng();
    const tEXt = makeChunk('tEXt', utf8('application/vnd.excalidraw+json\u0000{"version":"1","encoding":"bstring"}'));
    expectError(importJourneyBytes(spliceChunks(png, [tEXt])), 'otherApp', { app: 'Excalidraw' });
  });
});

describe('format versions', () => {
  it('a newer version says to update the app', () => {
    const env = fixtureEnvelope();
    env.version = 2;
    expectError(importObject(env), 'newerVersion', { version: 2, supported: 1 });
  });

  it('version missing', () => {
    const env = fixtureEnvelope();
    deleteAt(env, 'version');
    expectError(importObject(env), 'versionMissing');
  });

  it.each([['"1"'], ['1.5'], ['-1'], ['0'], ['1e400']])('version %s', (version) => {
    const text = fixtureText().replace('"version": 1,', `"version": ${version},`);
    expectError(importJourneyText(text), 'versionInvalid');
  });

  it('an old version whose migration fails stops the import', () => {
    const registry = [
      {
        from: 1,
        description: 'split title into title and subtitle',
        up: (j: Record<string, unknown>) => {
          if (typeof j.title !== 'string') throw new Error('no title');
          return { ...j, subtitle: '' };
        },
      },
    ];
    const env = fixtureEnvelope();
    deleteAt(env, 'journey.title');
    expectError(importObject(env, { migrations: registry }), 'migrationFailed', { from: 1, to: 2 });
  });
});

describe('wrong types and missing fields name the path', () => {
  it.each([
    ['phases[3].title', 42, 'wrongType'],
    ['phases[3].title', undefined, 'missingField'],
    ['notes[5].x', '12', 'wrongType'],
    ['notes[2].touchpoint', { companyRating: 'high' }, 'wrongType', 'notes[2].touchpoint.companyRating'],
    ['notes', { a: 1 }, 'wrongType'],
    ['lanes', undefined, 'missingField'],
    ['persona.challenges[1]', { text: 'x' }, 'wrongType'],
    ['connectors[0].from', undefined, 'missingField'],
    ['title', null, 'missingField'],
    ['notes[0]', 'a note', 'wrongType'],
  ])('%s = %j', (path, value, code, reported = path) => {
    const env = fixtureEnvelope();
    if (value === undefined) deleteAt(env, `journey.${path}`);
    else setAt(env, `journey.${path}`, value);
    expectError(importObject(env), code, { path: reported });
  });

  it('a journey that is not an object', () => {
    const env = fixtureEnvelope();
    setAt(env, 'journey', []);
    expectError(importObject(env), 'wrongType', { path: 'journey' });
    deleteAt(env, 'journey');
    expectError(importObject(env), 'missingField', { path: 'journey' });
  });
});

describe('keys', () => {
  it('unknown keys are dropped and listed, never stored', () => {
    const env = fixtureEnvelope();
    setAt(env, 'journey.theme', 'dark');
    setAt(env, 'journey.notes[0].onclick', 'alert(1)');
    setAt(env, 'journey.notes[1].touchpoint.secret', 1);
    const result = importObject(env);
    const repair = expectRepaired(result, 'unknownKeysDropped');
    expect(repair.count).toBe(3);
    expect(repair.paths).toEqual(['theme', 'notes[0].onclick', 'notes[1].touchpoint.secret']);
    const journey = ok(result).journey;
    expect(getAt(journey, 'theme')).toBeUndefined();
    expect(getAt(journey, 'notes[0].onclick')).toBeUndefined();
    expect(getAt(journey, 'notes[1].touchpoint.secret')).toBeUndefined();
  });

  it('the repair list stays short whatever length the unknown keys have', () => {
    const env = fixtureEnvelope();
    for (let i = 0; i < 5; i += 1) setAt(env, `journey.${String(i).repeat(76_000)}`, 1);
    const repair = expectRepaired(importObject(env), 'unknownKeysDropped');
    expect(repair.count).toBe(5);
    expect(repair.paths).toHaveLength(5);
    for (const path of repair.paths) expect(path.length).toBeLessThanOrEqual(80);
    expect(repair.paths.join('').length).toBeLessThanOrEqual(400);
  });

  it('__proto__, constructor and prototype keys at any depth are removed; Object.prototype stays clean', () => {
    const text = fixtureText()
      .replace('"format": "journeyboard",', '"__proto__": {"polluted": "yes"}, "format": "journeyboard",')
      .replace('"persona": {', '"persona": { "constructor": {"prototype": {"polluted": "yes"}},')
      .replace('{"id":"note-1",', '{"__proto__":{"polluted":"yes"},"prototype":{"x":1},"id":"note-1",')
      .replace('"touchpoint":{"directness":"direct"', '"touchpoint":{"__proto__":{"polluted":1},"directness":"direct"');
    const result = importJourneyText(text);
    const repair = expectRepaired(result, 'forbiddenKeysRemoved');
    expect(repair.count).toBe(5);
    expect(repair.paths).toContain('notes[0].__proto__');
    expect(repair.paths).toContain('persona.constructor');
    const journey = ok(result).journey;
    expect(Object.getPrototypeOf(journey.notes[0])).toBe(Object.prototype);
    expect(Object.hasOwn(journey.persona, 'constructor')).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('ids that would act as object keys on the prototype are replaced', () => {
    const env = fixtureEnvelope();
    setAt(env, 'journey.notes[0].id', '__proto__');
    setAt(env, 'journey.notes[1].id', 'toString');
    const result = importObject(env);
    const repair = expectRepaired(result, 'idReplaced');
    expect(repair.count).toBe(2);
    const ids = ok(result).journey.notes.map((n) => n.id);
    expect(ids).not.toContain('__proto__');
    expect(ids).not.toContain('toString');
  });
});

describe('numbers', () => {
  it('1e400 (Infinity) is clamped', () => {
    const text = fixtureText().replace('{"id":"note-1","kind":"touchpoint","phaseId":"phase-1","laneId":"lane-1","x":16', '{"id":"note-1","kind":"touchpoint","phaseId":"phase-1","laneId":"lane-1","x":1e400');
    const result = importJourneyText(text);
    expectRepaired(result, 'numberNotFinite');
    expect(ok(result).journey.notes[0]!.x).toBe(LIMITS.coordinate);
  });

  it('NaN written as null gets the default; NaN literals are not JSON', () => {
    const env = fixtureEnvelope();
    setAt(env, 'journey.notes[0].width', null);
    setAt(env, 'journey.phases[0].width', null);
    const result = importObject(env);
    expect(expectRepaired(result, 'numberNotFinite').count).toBe(2);
    expect(ok(result).journey.notes[0]!.width).toBe(160);
    expectError(importJourneyText(fixtureText().replace('"width":480', '"width":NaN')), 'invalidJson');
  });

  it('negative and gigantic sizes and coordinates are clamped', () => {
    const env = fixtureEnvelope();
    Object.assign(env.journey.notes[0]!, { x: -1e12, y: 9e15, width: -5, height: 1e9 });
    setAt(env, 'journey.phases[1].width', 1e300);
    setAt(env, 'journey.lanes[0].height', -1);
    setAt(env, 'journey.notes[3].emotion', 7.5);
    setAt(env, 'journey.notes[4].votes', -3);
    const result = importObject(env);
    expect(expectRepaired(result, 'valueClamped').count).toBe(8);
    const j = ok(result).journey;
    expect(j.notes[0]).toMatchObject({ x: -LIMITS.coordinate, y: LIMITS.coordinate, width: LIMITS.noteSizeMin, height: LIMITS.noteSizeMax });
    expect(j.phases[1]!.width).toBe(LIMITS.phaseWidthMax);
    expect(j.lanes[0]!.height).toBe(LIMITS.laneHeightMin);
    expect(j.notes[3]!.emotion).toBe(2);
    expect(j.notes[4]!.votes).toBe(0);
  });
});

describe('references', () => {
  it('duplicate ids are renamed and listed', () => {
    const env = fixtureEnvelope();
    setAt(env, 'journey.notes[1].id', env.journey.notes[0]!.id);
    setAt(env, 'journey.phases[1].id', env.journey.phases[0]!.id);
    const result = importObject(env);
    expect(expectRepaired(result, 'duplicateIdRenamed').count).toBe(2);
    const j = ok(result).journey;
    expect(new Set(j.notes.map((n) => n.id)).size).toBe(j.notes.length);
    expect(new Set(j.phases.map((p) => p.id)).size).toBe(j.phases.length);
  });

  it('notes pointing at phases or lanes that do not exist become free notes below the grid', () => {
    const env = fixtureEnvelope();
    setAt(env, 'journey.notes[0].phaseId', 'no-such-phase');
    setAt(env, 'journey.notes[1].laneId', 'no-such-lane');
    setAt(env, 'journey.notes[2].laneId', null); // half a cell reference
    const result = importObject(env);
    const repair = expectRepaired(result, 'noteFreed');
    expect(repair.paths).toEqual(['notes[0]', 'notes[1]', 'notes[2]']);
    const j = ok(result).journey;
    for (const note of j.notes.slice(0, 3)) {
      expect(note).toMatchObject({ phaseId: null, laneId: null });
      expect(note.y).toBeGreaterThan(72 + j.lanes.filter((l) => !l.hidden).reduce((h, l) => h + l.height, 0));
    }
    expect(j.notes[0]!.text).toBe(env.journey.notes[0]!.text); // the content is kept
  });

  it('connectors to missing notes, loops and duplicates are dropped', () => {
    const env = fixtureEnvelope();
    const c = env.journey.connectors;
    c.push({ id: 'c-missing', from: 'note-1', to: 'nobody', label: '', arrow: true });
    c.push({ id: 'c-loop', from: 'note-1', to: 'note-1', label: '', arrow: true });
    c.push({ ...c[0]!, id: 'c-again' });
    const result = importObject(env);
    expect(expectRepaired(result, 'connectorDropped').count).toBe(3);
    expect(ok(result).journey.connectors.map((x) => x.id)).toEqual(['link-1', 'link-2', 'link-3']);
  });
});

describe('size', () => {
  it('a 600 MB file is refused by its size, before reading', () => {
    const error = checkImportSize(600 * 1024 * 1024, 'json');
    expect(error).toEqual({ code: 'tooLarge', params: { bytes: 600 * 1024 * 1024, limit: MAX_FILE_BYTES } });
    expect(checkImportSize(600 * 1024 * 1024, 'png')?.code).toBe('tooLarge');
    expect(checkImportSize(5_000, 'json')).toBeNull();
  });

  it('bytes over the cap are refused without decoding them', () => {
    expectError(importJourneyBytes(utf8(fixtureText()), { maxFileBytes: 1_000 }), 'tooLarge');
  });

  it('a 10 MB note text is truncated to the text limit', () => {
    const env = fixtureEnvelope();
    setAt(env, 'journey.notes[0].text', 'Ä'.repeat(10 * 1024 * 1024));
    const result = importObject(env);
    expectRepaired(result, 'textTruncated');
    expect(ok(result).journey.notes[0]!.text).toHaveLength(LIMITS.textLength);
  });

  it('truncation never splits an emoji in half', () => {
    const env = fixtureEnvelope();
    setAt(env, 'journey.notes[0].text', `${'a'.repeat(LIMITS.textLength - 1)}😀😀`);
    const text = ok(importObject(env)).journey.notes[0]!.text;
    expect(text).toHaveLength(LIMITS.textLength - 1);
    expect(() => encodeURIComponent(text)).not.toThrow();
  });

  it('a million notes are refused quickly, without restoring them', () => {
    const notes = '{},'.repeat(999_999) + '{}';
    const text = `{"format":"journeyboard","version":1,"journey":{"id":"j","title":"t","phases":[],"lanes":[],"notes":[${notes}]}}`;
    const started = performance.now();
    const result = importJourneyText(text);
    console.log(`a million notes refused in ${Math.round(performance.now() - started)} ms`);
    expectError(result, 'tooMany', { path: 'notes', limit: LIMITS.notes, count: 1_000_000 });
  });

  it('200,000 levels of nesting are refused without overflowing the stack', () => {
    const depth = 200_000;
    const deep = `${'['.repeat(depth)}${']'.repeat(depth)}`;
    const text = fixtureText().replace('"backstory": ', `"extra": ${deep}, "backstory": `);
    expectError(importJourneyText(text), 'tooDeep');
    expectError(importJourneyText(`${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`), 'notAJourney');
    expectError(importJourneyText(`{"format":"journeyboard","version":1,"journey":${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}}`), 'tooDeep');
  });
});

describe('content stays literal and inert', () => {
  it('HTML and script in texts are kept as typed', () => {
    const env = fixtureEnvelope();
    const html = '<img src=https://example.com/x.png onerror=alert(1)><script>alert(1)</script>';
    setAt(env, 'journey.title', html);
    setAt(env, 'journey.notes[0].text', html);
    setAt(env, 'journey.persona.name', '<b>Anna</b>');
    const j = ok(importObject(env)).journey;
    expect(j.title).toBe(html);
    expect(j.notes[0]!.text).toBe(html);
    expect(j.persona.name).toBe('<b>Anna</b>');
  });

  it('script, data, file and vbscript links stay plain text, and are never accepted as a picture', () => {
    // Built from parts: the lint rule refuses javascript: literals anywhere in the code.
    const links = [['java', 'script:alert(1)'].join(''), 'data:text/html,<script>alert(1)</script>', 'file:///etc/passwd', 'vbscript:msgbox(1)', 'https://example.com/a.png'];
    for (const link of links) {
      const env = fixtureEnvelope();
      setAt(env, 'journey.notes[0].text', link);
      setAt(env, 'journey.persona.picture', link);
      const result = importObject(env);
      expectRepaired(result, 'pictureRemoved');
      expect(ok(result).journey.notes[0]!.text).toBe(link);
      expect(ok(result).journey.persona.picture).toBeNull();
    }
  });
});

describe('pictures', () => {
  function withPicture(picture: string) {
    const env = fixtureEnvelope();
    setAt(env, 'journey.persona.picture', picture);
    return importObject(env);
  }

  it('PNG, JPEG and WebP are recognised by their magic bytes', () => {
    expect(ok(withPicture(`data:image/png;base64,${b64(tinyPng())}`)).journey.persona.picture).toMatch(/^data:image\/png;/);
    const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 4, 0, 0, 0xff, 0xc0, 0, 11, 8, 0, 32, 0, 48, 3, 1, 0x22, 0, 0xff, 0xd9]);
    expect(ok(withPicture(`data:image/jpeg;base64,${b64(jpeg)}`)).journey.persona.picture).toMatch(/^data:image\/jpeg;/);
    const webp = utf8('RIFF\u0000\u0000\u0000\u0000WEBPVP8L\u0000\u0000\u0000\u0000\u002f');
    const webpFull = new Uint8Array(30);
    webpFull.set(webp);
    webpFull.set([0x0f, 0xc0, 0x03, 0x00], 21); // 16 x 1 lossless
    expect(ok(withPicture(`data:image/webp;base64,${b64(webpFull)}`)).journey.persona.picture).toMatch(/^data:image\/webp;/);
  });

  it('a picture labelled with the wrong type is relabelled by its bytes', () => {
    const result = withPicture(`data:image/jpeg;base64,${b64(tinyPng())}`);
    expectRepaired(result, 'pictureRelabelled');
    expect(ok(result).journey.persona.picture).toMatch(/^data:image\/png;base64,/);
  });

  it('SVG is refused, whatever it is labelled', () => {
    const svg = b64(utf8('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'));
    expectRepaired(withPicture(`data:image/svg+xml;base64,${svg}`), 'pictureRemoved');
    expectRepaired(withPicture(`data:image/png;base64,${svg}`), 'pictureRemoved');
  });

  it('corrupt base64 is refused', () => {
    expectRepaired(withPicture('data:image/png;base64,iVBORw0KGgo!!!AAA'), 'pictureRemoved');
    expectRepaired(withPicture('data:image/png;base64,iVBORw0KGgoAAA'), 'pictureRemoved');
  });

  it('a 30000 x 30000 pixel bomb header is refused without decoding', () => {
    const png = tinyPng();
    new DataView(png.buffer).setUint32(16, 30_000);
    new DataView(png.buffer).setUint32(20, 30_000);
    expectRepaired(withPicture(`data:image/png;base64,${b64(png)}`), 'pictureRemoved');
    const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xc0, 0, 11, 8, 0x75, 0x30, 0x75, 0x30, 3, 1, 0x22, 0, 0xff, 0xd9]);
    expectRepaired(withPicture(`data:image/jpeg;base64,${b64(jpeg)}`), 'pictureRemoved');
  });
});

describe('journey PNGs', () => {
  const journeyPng = () => embedJourneyInPng(tinyPng(8, 8), fixtureText());

  it('a PNG with the journey inside imports', () => {
    const j = ok(importJourneyBytes(journeyPng())).journey;
    expect(j.title).toBe('Online-Shop Gartenmöbel: Kauf eines Loungesets');
  });

  it('a PNG without a journey', () => {
    expectError(importJourneyBytes(tinyPng(8, 8)), 'pngWithoutJourney');
  });

  it('a truncated journey chunk', () => {
    const png = journeyPng();
    expectError(importJourneyBytes(png.subarray(0, 33 + 200)), 'pngChunkTruncated');
  });

  it('a corrupted journey chunk (CRC mismatch)', () => {
    const png = new Uint8Array(journeyPng());
    png[33 + 40]! ^= 0xff; // a byte inside the iTXt data, which sits right after IHDR
    expectError(importJourneyBytes(png), 'pngChunkCorrupt');
  });

  it('a PNG cut off before its end, journey chunk lost', () => {
    expectError(importJourneyBytes(tinyPng(8, 8).subarray(0, 40)), 'pngChunkTruncated');
  });
});
