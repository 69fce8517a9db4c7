#!/usr/bin/env node
// `npm run web`: serves the built app on a fixed local port for any Chromium-based browser,
// with the participants' service on the same origin (JOURNEYBOARD_LAN=1 lets phones on the
// network join; by default only this machine is served).
import { startHost } from './web-host.mjs';

export const WEB_PORT = Number(process.env.JOURNEYBOARD_PORT ?? 47310);

export function serveWeb() {
  void startHost({ port: WEB_PORT, appDir: 'dist/renderer', lan: process.env.JOURNEYBOARD_LAN === '1' });
}

if (import.meta.url === `file://${process.argv[1]}`) serveWeb();
