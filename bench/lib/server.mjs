/** Builds the app with the bench page (bench/vite.config.ts) and serves it with vite preview. */
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';

const ENV = { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' };

export function build(outDir, { minify = true } = {}) {
  const result = spawnSync('npx', ['vite', 'build', '--config', 'bench/vite.config.ts', '--logLevel', 'warn'], {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...ENV, JB_OUT_DIR: outDir, JB_BENCH_MINIFY: minify ? '1' : '0' },
  });
  if (result.status !== 0) throw new Error(`the build failed (exit ${result.status})`);
}

/** A port nobody listens on right now (for runs inside the test suite). */
export async function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitForHttp(url, child, timeoutMs) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`vite preview exited (${child.exitCode})`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`vite preview did not answer at ${url}`);
}

/** Serves `outDir` on 127.0.0.1:port; resolves with the base URL and a stop function. */
export async function serve(outDir, port) {
  const child = spawn(
    'npx',
    ['vite', 'preview', '--config', 'bench/vite.config.ts', '--port', String(port), '--strictPort', '--host', '127.0.0.1'],
    { stdio: ['ignore', 'ignore', 'inherit'], env: { ...ENV, JB_OUT_DIR: outDir }, detached: true },
  );
  const base = `http://127.0.0.1:${port}`;
  const stop = () => {
    // Our own process group only: npx and the vite process it started.
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  try {
    await waitForHttp(`${base}/bench/page/index.html`, child, 60_000);
  } catch (error) {
    stop();
    throw error;
  }
  return { base, stop };
}
