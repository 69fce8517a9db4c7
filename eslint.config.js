// Lint rules that hold the architecture: shared/ is pure, electron/ and renderer/ never import
// each other, raw ipcMain/ipcRenderer live in one file each, and nothing injects HTML or evals.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const noInjection = [
  {
    selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
    message: 'No raw HTML: journey text is untrusted (RELIABILITY.md).',
  },
  { selector: "CallExpression[callee.name='eval']", message: 'No eval.' },
  { selector: "NewExpression[callee.name='Function']", message: 'No new Function.' },
  { selector: "Literal[value=/^\\s*javascript:/i]", message: 'No javascript: URLs.' },
  {
    selector: "AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]",
    message: 'No innerHTML: journey text is untrusted.',
  },
];

const ROOT = path.dirname(fileURLToPath(import.meta.url));

/**
 * An allow-list of folders: every relative import of a file under `files` must resolve inside
 * one of `allow` (paths from the repository root), so a new feature folder is outside by
 * default; `packages` lists npm packages the folder must not use.
 */
const importAllowList = {
  meta: {
    type: 'problem',
    schema: [
      {
        type: 'object',
        properties: { allow: { type: 'array', items: { type: 'string' } }, packages: { type: 'array', items: { type: 'string' } }, why: { type: 'string' } },
        additionalProperties: false,
      },
    ],
    messages: {
      folder: "'{{source}}' is outside the folders this code may import ({{allow}}): {{why}}",
      package: "'{{source}}' may not be used here: {{why}}",
    },
  },
  create(context) {
    const { allow = [], packages = [], why = '' } = context.options[0] ?? {};
    const inside = (target) => allow.some((folder) => target === folder || target.startsWith(`${folder}/`));
    const check = (node) => {
      const source = node.source?.value;
      if (typeof source !== 'string') return;
      if (source.startsWith('.')) {
        const target = path.relative(ROOT, path.resolve(path.dirname(context.filename), source)).split(path.sep).join('/');
        if (!inside(target)) context.report({ node, messageId: 'folder', data: { source, allow: allow.join(', '), why } });
      } else if (packages.some((name) => source === name || source.startsWith(`${name}/`))) {
        context.report({ node, messageId: 'package', data: { source, why } });
      }
    };
    return { ImportDeclaration: check, ExportAllDeclaration: check, ExportNamedDeclaration: check, ImportExpression: check };
  },
};

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'test-results/**', 'bench/results.json', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      'no-restricted-syntax': ['error', ...noInjection],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-implied-eval': 'error',
    },
  },
  {
    files: ['scripts/**/*.{js,mjs,ts}', 'bench/**/*.{js,mjs,ts}', '*.config.{js,ts}', 'electron/**/*.ts', 'test/**/*.ts', '**/*.test.ts'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['renderer/**/*.{ts,tsx}', 'test/e2e/**/*.ts', 'bench/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
    },
  },
  {
    files: ['shared/**/*.ts'],
    ignores: ['shared/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/electron/**', '**/renderer/**'], message: 'shared/ is pure: it imports nothing from electron/ or renderer/.' },
            { group: ['electron', 'react', 'react-dom', 'react-*', 'konva', 'dexie', 'zustand', 'node:*', 'fs', 'path'], message: 'shared/ is pure: no Electron, React, DOM, database or Node APIs.' },
          ],
        },
      ],
    },
  },
  {
    files: ['shared/**/*.ts'],
    ignores: ['shared/**/*.test.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'indexedDB'],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/electron/**'], message: 'renderer/ never imports electron/: talk to main through the preload API.' },
            { group: ['electron', 'node:*', 'fs', 'path', 'child_process'], message: 'No Node or Electron in the renderer.' },
          ],
        },
      ],
    },
  },
  {
    // The generic board canvas and its painter know no feature: decorations, texts and the
    // journey's edit path are passed in (issue 11).
    files: ['renderer/canvas/**/*.{ts,tsx}'],
    plugins: { architecture: { rules: { 'import-allow-list': importAllowList } } },
    rules: {
      'architecture/import-allow-list': [
        'error',
        {
          allow: ['shared', 'renderer/store', 'renderer/canvas'],
          packages: ['react', 'react-dom', 'react-konva', 'i18next', 'react-i18next', 'dexie'],
          why: 'renderer/canvas imports only shared/, renderer/store/ and its own folder, and no React or translation singletons; pass features in as options.',
        },
      ],
    },
  },
  {
    // The painter runs on any Canvas2D, in a worker too: no DOM, and text measured only
    // through what the caller passes in (never the DOM-backed measuring of draw/measure.ts).
    files: ['renderer/canvas/paint/**/*.ts'],
    ignores: ['renderer/canvas/paint/**/*.test.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'indexedDB'],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/draw/measure', '**/stage/**', '**/scene/**', 'konva', 'konva/**'], message: 'The painter gets measurements and its source passed in, and knows no Konva.' },
            { group: ['**/electron/**', 'electron', 'node:*'], message: 'No Node or Electron in the renderer.' },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [{ group: ['**/renderer/**', 'react', 'react-dom', 'konva', 'dexie'], message: 'electron/ never imports renderer/.' }],
        },
      ],
      // ipcMain.handle is only called inside the validating wrapper (electron/main/ipc/handle.ts).
      'no-restricted-properties': [
        'error',
        { object: 'ipcMain', property: 'handle', message: 'Use handleInvoke() from electron/main/ipc/handle.ts: it checks the sender and validates the payload.' },
        { object: 'ipcMain', property: 'on', message: 'Use handleInvoke() from electron/main/ipc/handle.ts.' },
      ],
    },
  },
  {
    // End-to-end tests wait for states, never for time: a pause that is long enough on an idle
    // machine is too short on a loaded one (issue 11: two specs failed that way).
    files: ['test/e2e/**/*.ts'],
    rules: {
      'no-restricted-properties': ['error', { property: 'waitForTimeout', message: 'Wait for a state (expect.poll, waitForFunction, a locator), never for time.' }],
      'no-restricted-syntax': [
        'error',
        ...noInjection,
        {
          selector: "CallExpression[callee.name='setTimeout'][arguments.0.type='Identifier'][arguments.0.name=/^(r|res|resolve|done|wake)$/]",
          message: 'No sleeping on a timer: wait for a state.',
        },
        {
          selector: "CallExpression[callee.name='setTimeout'] > ArrowFunctionExpression.arguments:first-child > CallExpression.body[callee.name=/^(r|res|resolve|done)$/]",
          message: 'No sleeping on a timer: wait for a state.',
        },
        { selector: "CallExpression[callee.name=/^(sleep|delay|wait)$/]", message: 'No fixed sleeps: wait for a state.' },
      ],
    },
  },
  {
    files: ['electron/main/ipc/handle.ts'],
    rules: { 'no-restricted-properties': 'off' },
  },
);
