export function startHost(options: { port: number; appDir?: string; lan?: boolean; quiet?: boolean }): Promise<{ port: number; close(): Promise<void> }>;
