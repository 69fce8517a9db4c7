import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { journeyFileArgs } from './commandLine';

describe('journey files on the command line', () => {
  it('finds .journey.json arguments and resolves them against the working folder', () => {
    expect(journeyFileArgs(['/opt/Journeyboard/journeyboard', '--no-sandbox', 'Kickoff.journey.json'], '/home/ada')).toEqual([
      resolve('/home/ada', 'Kickoff.journey.json'),
    ]);
    expect(journeyFileArgs(['electron', '.', '/tmp/A.JOURNEY.JSON'], '/w')).toEqual(['/tmp/A.JOURNEY.JSON']);
  });

  it('ignores flags, other files and the executable', () => {
    expect(journeyFileArgs(['x.journey.json', '--inspect=x.journey.json', 'notes.json', 'photo.png', '.'], '/w')).toEqual([]);
  });
});
