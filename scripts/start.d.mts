export const NO_BINARY_MESSAGE: string;
export function electronBinary(deps?: { requireElectron?: () => unknown; exists?: (path: string) => boolean }): string | null;
export function start(args?: string[]): void;
