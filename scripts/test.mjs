#!/usr/bin/env node
// `npm test`: every check in order, then one closing line `N passed, M failed` that counts the
// unit and end-to-end tests together, so any CI reads the result the same way.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const reportDir = 'test-results/reports';
rmSync(reportDir, { recursive: true, force: true });
mkdirSync(reportDir, { recursive: true });

let passed = 0;
let failed = 0;
const failures = [];

function run(name, command, args, env = {}) {
  console.log(`\n=== ${name}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  const ok = result.status === 0;
  if (!ok) failures.push(name);
  return ok;
}

function countVitest(file) {
  if (!existsSync(file)) return false;
  const report = JSON.parse(readFileSync(file, 'utf8'));
  passed += report.numPassedTests ?? 0;
  failed += (report.numFailedTests ?? 0) + (report.numTodoTests ?? 0) * 0;
  return true;
}

function countPlaywright(file) {
  if (!existsSync(file)) return false;
  const report = JSON.parse(readFileSync(file, 'utf8'));
  const stats = report.stats ?? {};
  passed += (stats.expected ?? 0) + (stats.flaky ?? 0);
  failed += stats.unexpected ?? 0;
  return true;
}

run('typecheck', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']);
run('lint', 'npx', ['eslint', '--max-warnings=0', '.']);

const vitestJson = `${reportDir}/vitest.json`;
run('unit', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson}`]);
if (!countVitest(vitestJson)) failed += 1;

run('build', 'node', ['scripts/build.mjs']);
run('security scan', 'node', ['scripts/security-scan.mjs']);

const pwJson = `${reportDir}/playwright.json`;
run('e2e', 'npx', ['playwright', 'test'], { PW_JSON: pwJson });
if (!countPlaywright(pwJson)) failed += 1;

// A step that fails without failing a counted test (typecheck, lint, build, scan) still fails the run.
const stepFailures = failures.filter((f) => f !== 'unit' && f !== 'e2e').length;
failed += stepFailures;
if (failures.length) console.log(`\nFailed steps: ${failures.join(', ')}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 && failures.length === 0 ? 0 : 1);
