// Lint rules, above all the layer rules: shared/ is pure domain code usable everywhere,
// renderer/ never touches Node or Electron, electron/ never reaches into the UI.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeBuiltins = ['fs', 'fs/promises', 'path', 'os', 'child_process', 'crypto', 'url', 'util', 'stream'];

/** Bans bare module names exactly and path patterns (for relative imports across layers). */
const layer = ({ modules = [], patterns = [] }, message) => ({
  'no-restricted-imports': [
    'error',
    {
      paths: modules.map((name) => ({ name, message })),
      patterns: [{ group: ['node:*', ...patterns], message }],
    },
  ],
});

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      // Control characters are matched on purpose where paths, URLs and IPC input are validated.
      'no-control-regex': 'off',
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: layer(
      {
        modules: ['electron', 'react', 'react-dom', 'dexie', 'dexie-react-hooks', 'zustand', 'i18next', 'react-i18next', ...nodeBuiltins],
        patterns: ['**/renderer/**', '**/electron/**'],
      },
      'shared/ is domain code for every layer: no UI, storage, Electron or Node imports.',
    ),
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...layer(
        { modules: ['electron', ...nodeBuiltins], patterns: ['**/electron/**'] },
        'renderer/ runs in a sandboxed page: no Electron or Node imports.',
      ),
    },
  },
  {
    files: ['electron/**/*.ts'],
    languageOptions: { globals: globals.node },
    rules: {
      ...layer({ modules: ['react', 'react-dom', 'dexie'], patterns: ['**/renderer/**'] }, 'electron/ stays thin and never imports the UI.'),
      // Node built-ins are electron/'s job; only the layer rule above is meant here.
      'no-restricted-imports': ['error', { paths: ['react', 'react-dom', 'dexie'], patterns: ['**/renderer/**'] }],
    },
  },
  {
    files: ['test/**/*.ts', 'scripts/**/*.{js,mjs,ts}', '*.config.{ts,js}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
