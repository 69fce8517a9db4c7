export const WEB_PORT: number;
export function serveWeb(): void;
