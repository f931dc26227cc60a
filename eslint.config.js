import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Workspace packages a folder may not import: dependencies point client → shared ← server. */
const forbid = (...names) => ({
  'no-restricted-imports': [
    'error',
    { patterns: names.map((name) => ({ group: [name, `${name}/*`], message: `Imports of ${name} break the architecture (see DESIGN.md).` })) },
  ],
});

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', 'data/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-control-regex': 'off',
    },
  },
  { files: ['shared/**'], rules: forbid('@visiebord/server', '@visiebord/client', '**/server/src/**', '**/client/src/**') },
  { files: ['server/**'], rules: forbid('@visiebord/client', '**/client/src/**') },
  { files: ['client/**'], rules: forbid('@visiebord/server', '**/server/src/**') },
  {
    files: ['client/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
);
