/**
 * Small JSON files in the user-data folder (window position, recent files). Read with a schema
 * so a damaged or hand-edited file falls back to the default instead of crashing the app;
 * written atomically so a crash never leaves half a file.
 */
import { promises as fs } from 'node:fs';
import { dirname } from 'node:path';
import type { z } from 'zod';
import { atomicWriteFile } from '../files/atomicWrite';

export async function readJsonFile<S extends z.ZodType>(path: string, schema: S, fallback: z.infer<S>): Promise<z.infer<S>> {
  let text: string;
  try {
    text = await fs.readFile(path, 'utf8');
  } catch {
    return fallback;
  }
  try {
    const parsed = schema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : fallback;
  } catch {
    return fallback;
  }
}

export async function writeJsonFile(path: string, value: unknown): Promise<void> {
  await fs.mkdir(dirname(path), { recursive: true });
  await atomicWriteFile(path, `${JSON.stringify(value, null, 2)}\n`);
}
