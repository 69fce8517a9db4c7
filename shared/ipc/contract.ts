/**
 * The one IPC contract between the Electron main process and the renderer. Both sides import
 * it: main validates every payload with these schemas before acting (electron/main/ipc/handle.ts),
 * the preload exposes one named function per invoke channel, and the renderer sees only the
 * `JourneyboardApi` type. The renderer never sends a file path: main opens the dialogs and
 * keeps paths behind opaque tokens.
 */
import { z } from 'zod';
import { FacilitatorCommandSchema } from '../participants/facilitatorMessages';
import { INVOKE_CHANNELS, MAX_EXPORT_BYTES, MAX_JOURNEY_FILE_BYTES } from './channels';

export * from './channels';

const fileName = z
  .string()
  .min(1)
  .max(200)
  .refine(
    (s) => !/[\\/:*?"<>|]/.test(s) && ![...s].some((c) => c.charCodeAt(0) < 32) && s !== '.' && s !== '..',
    'not a plain file name',
  );
const token = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/);
const journeyId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);
const bytes = z.instanceof(Uint8Array).refine((d) => d.byteLength <= MAX_EXPORT_BYTES, 'too large');

export const invokeSchemas = {
  'app:info': z.tuple([]),
  'app:set-language': z.tuple([z.enum(['en', 'de'])]),
  'app:ready-to-quit': z.tuple([]),
  'journey-file:open': z.tuple([]),
  'journey-file:open-recent': z.tuple([token]),
  'journey-file:list-recent': z.tuple([]),
  'journey-file:save': z.tuple([
    z.strictObject({
      content: z.string().max(MAX_JOURNEY_FILE_BYTES),
      suggestedName: fileName,
      fileToken: token.optional(),
    }),
  ]),
  'export:save': z.tuple([
    z.strictObject({
      suggestedName: fileName,
      kind: z.enum(['png', 'pdf', 'csv', 'json', 'zip']),
      data: bytes,
    }),
  ]),
  'export:save-pack': z.tuple([
    z.strictObject({
      folderName: fileName,
      files: z
        .array(z.strictObject({ name: fileName, data: bytes }))
        .min(1)
        .max(20)
        .refine((files) => new Set(files.map((f) => f.name.toLowerCase())).size === files.length, 'duplicate file names'),
    }),
  ]),
  'backup:write': z.tuple([
    z.strictObject({ journeyId, title: z.string().max(300), content: z.string().max(MAX_JOURNEY_FILE_BYTES) }),
  ]),
  'backup:list': z.tuple([]),
  'backup:read': z.tuple([token]),
  'displays:list': z.tuple([]),
  'projector:open': z.tuple([z.strictObject({ displayId: z.number().int().nullable() })]),
  'projector:close': z.tuple([]),
  'participants:networks': z.tuple([]),
  'participants:start': z.tuple([
    z.strictObject({ address: z.union([z.ipv4(), z.ipv6()]), anonymousAllowed: z.boolean() }),
  ]),
  'participants:command': z.tuple([FacilitatorCommandSchema]),
} as const;

export type InvokeChannel = keyof typeof invokeSchemas;
export type InvokeArgs<C extends InvokeChannel> = z.infer<(typeof invokeSchemas)[C]>;

// Every channel named in channels.ts has a schema here and vice versa (checked by tsc).
type NamedChannel = (typeof INVOKE_CHANNELS)[keyof typeof INVOKE_CHANNELS];
type AssertNever<T extends never> = T;
export type _EverySchemaIsNamed = AssertNever<Exclude<InvokeChannel, NamedChannel>>;
export type _EveryNameHasASchema = AssertNever<Exclude<NamedChannel, InvokeChannel>>;

export function isInvokeChannel(channel: unknown): channel is InvokeChannel {
  return typeof channel === 'string' && Object.prototype.hasOwnProperty.call(invokeSchemas, channel);
}
