// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import { layersRule } from './scripts/eslint/layers.mjs';

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', '.vscode-test/**', 'test-output/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      curly: 'warn',
      eqeqeq: ['warn', 'smart'],
      semi: 'warn',
      '@typescript-eslint/consistent-type-imports': 'warn',
      '@typescript-eslint/explicit-function-return-type': ['warn', { allowExpressions: true }],
      '@typescript-eslint/no-unused-vars': ['warn', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/naming-convention': ['warn', { selector: 'typeLike', format: ['PascalCase'] }],
    },
  },
  {
    // The analysis core is a pure library: no editor, no connection, no I/O of its own.
    files: ['server/src/service/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'vscode', message: 'The service core must not depend on the VS Code API.' },
            { name: 'vscode-languageserver', message: 'The service core must not depend on the connection; use vscode-languageserver-types.' },
            { name: 'fs', message: 'The service core does no I/O; file reads come in through LanguageServiceParams.' },
            { name: 'node:fs', message: 'The service core does no I/O; file reads come in through LanguageServiceParams.' },
          ],
          patterns: [
            { group: ['vscode-languageserver/*'], message: 'Use vscode-languageserver-types in the service core.' },
            { group: ['fs/*', 'node:*'], message: 'The service core does no I/O.' },
          ],
        },
      ],
    },
  },
  {
    // Inside the core, layers point one way (scripts/eslint/layers.mjs names them).
    files: ['server/src/service/**/*.ts', 'common/**/*.ts'],
    plugins: { xproj: { rules: { layers: layersRule } } },
    rules: { 'xproj/layers': 'error' },
  },
  {
    // Shared by the server, the client and the webview: plain TypeScript that runs anywhere.
    files: ['common/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['node:*', 'fs', 'path', 'vscode', 'vscode-*', 'yaml', 'ajv'],
              message: 'common/ runs in the server, the client and the webview alike: no platform or library imports.',
            },
            { group: ['**/server/**', '**/client/**', '**/webview/**'], message: 'common/ is imported by the others, never the other way.' },
          ],
        },
      ],
    },
  },
  {
    // The extension host talks to the server through the protocol only; it never parses plans.
    files: ['client/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'yaml', message: 'The client never parses YAML: the server sends models (server/src/protocol.ts).' }],
          patterns: [
            {
              group: ['**/server/src/**', '!**/server/src/protocol'],
              message: 'The client imports the server only through server/src/protocol.ts (and common/ for shared types).',
            },
            {
              group: ['**/webview/src/**', '!**/webview/src/protocol'],
              message: 'The client imports the webview only through webview/src/protocol.ts.',
            },
          ],
        },
      ],
    },
  },
  {
    // The webview runs in a browser frame: its own code and common/ only.
    files: ['webview/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'vscode', message: 'The webview cannot use the VS Code API; it talks to the host through messages (protocol.ts).' },
            { name: 'yaml', message: 'The webview never parses YAML: it draws the model the server computed.' },
          ],
          patterns: [
            { group: ['node:*', 'fs', 'path', 'child_process'], message: 'The webview runs in a browser, not in Node.' },
            { group: ['vscode-*', 'ajv'], message: 'The webview imports its own code and common/ only.' },
            { group: ['**/server/**', '**/client/**'], message: 'The webview imports its own code and common/ only.' },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // The bin shim is plain CommonJS that loads the bundle.
    files: ['bin/*.js'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
