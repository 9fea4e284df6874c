// Lint rules, above all the layer rules: shared/ is pure domain code usable everywhere,
// renderer/ never touches Node or Electron, electron/ never reaches into the UI. Inside
// the renderer: app → features/<screen> → ui → data → platform, i18n, lib → shared/,
// no feature imports another, and only data/ touches Dexie.
import js from '@eslint/js';
import { readdirSync } from 'node:fs';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
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

const dexieModules = ['dexie', 'dexie-react-hooks'];
// The database's tables (renderer/data/schema-versions.ts) and its transactions.
const storedTables =
  '/^(studies|respondents|responses|preparations|settings|interviews|turns|memos|reflections|replacementBooks|transaction)$/';

/** One zone per layer boundary inside the renderer (see README, "Layout"). */
const features = readdirSync(new URL('./renderer/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const rendererZones = [
  ...features.map((feature) => ({
    target: `./renderer/features/${feature}`,
    from: './renderer/features',
    except: [`./${feature}`],
    message: 'A feature never imports another feature: what two screens need moves down to ui/, data/ or shared/.',
  })),
  {
    target: './renderer/features',
    from: './renderer/app',
    message: 'Features do not reach up into the app shell.',
  },
  {
    target: './renderer/ui',
    from: ['./renderer/app', './renderer/features'],
    message: 'ui/ holds what several screens use; it never imports a screen.',
  },
  {
    target: './renderer/data',
    from: ['./renderer/app', './renderer/features', './renderer/ui'],
    message: 'data/ is below every screen and widget.',
  },
  {
    target: ['./renderer/platform', './renderer/i18n', './renderer/lib'],
    from: ['./renderer/app', './renderer/features', './renderer/ui', './renderer/data'],
    message: "platform/, i18n/ and lib/ are the renderer's foundations: they import only shared/.",
  },
];

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      // Control characters are matched on purpose where paths, URLs and IPC input are validated.
      'no-control-regex': 'off',
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: layer(
      {
        modules: [
          'electron',
          'react',
          'react-dom',
          'dexie',
          'dexie-react-hooks',
          'zustand',
          ...nodeBuiltins,
        ],
        patterns: ['**/renderer/**', '**/electron/**'],
      },
      'shared/ is domain code for every layer: no UI, storage, Electron or Node imports.',
    ),
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks, 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.css'] })],
      // no-cycle follows imports into the files it reads, so it must know to parse TypeScript.
      'import-x/extensions': ['.ts', '.tsx'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...layer(
        { modules: ['electron', ...nodeBuiltins, ...dexieModules], patterns: ['**/electron/**'] },
        'renderer/ runs in a sandboxed page: no Electron or Node imports; only renderer/data/ touches Dexie.',
      ),
      'import-x/no-restricted-paths': ['error', { zones: rendererZones }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  {
    // Screens and widgets reach stored data through the named queries of renderer/data/,
    // never by indexing the database themselves.
    files: ['renderer/{app,features,ui}/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: `MemberExpression[property.name=${storedTables}][object.type='CallExpression'][object.callee.name='database']`,
          message: 'Query the database through a function of renderer/data/, not database().table.',
        },
        {
          selector: `MemberExpression[property.name=${storedTables}][object.name='db']`,
          message: 'Query the database through a function of renderer/data/, not db.table.',
        },
      ],
    },
  },
  {
    files: ['renderer/data/**/*.ts'],
    rules: layer(
      { modules: ['electron', ...nodeBuiltins], patterns: ['**/electron/**'] },
      'renderer/data/ runs in a sandboxed page: no Electron or Node imports.',
    ),
  },
  {
    files: ['electron/**/*.ts'],
    languageOptions: { globals: globals.node },
    rules: {
      ...layer(
        { modules: ['react', 'react-dom', 'dexie'], patterns: ['**/renderer/**'] },
        'electron/ stays thin and never imports the UI.',
      ),
      // Node built-ins are electron/'s job; only the layer rule above is meant here.
      'no-restricted-imports': ['error', { paths: ['react', 'react-dom', 'dexie'], patterns: ['**/renderer/**'] }],
    },
  },
  {
    files: ['test/**/*.ts', 'scripts/**/*.{js,mjs,ts}', '*.config.{ts,js}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
