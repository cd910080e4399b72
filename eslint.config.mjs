// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

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
