import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Services must not know Electron: only the shell files may import it.
const ELECTRON_PACKAGE = {
  name: 'electron',
  message: 'Only electron/main.ts, electron/preload.ts and electron/shell/* may import electron.',
};

// Layering: shared/ runs anywhere and imports nothing above it; the renderer talks to
// the host through the contract in shared/, never by reaching into electron/.
const INTO_ELECTRON = {
  regex: '^\\.{1,2}/(?:.*/)?electron(?:/|$)',
  message: 'Import from shared/ instead: only electron/ may import electron/ (move what both sides need to shared/).',
};
const INTO_RENDERER = {
  regex: '^\\.{1,2}/(?:.*/)?renderer(?:/|$)',
  message: 'shared/ may not import renderer/: move what both need to shared/.',
};

const TEST_CALLEES = '/^(?:it|test|describe|suite|bench)$/';
const FOCUS_OR_SKIP = '/^(?:only|skip|todo)$/';
const focusMessage = 'No focused, skipped or to-do tests: a stray one hides every other test or itself.';

export default tseslint.config(
  { ignores: ['dist/**', 'dist-test/**', 'release/**', 'node_modules/**', '.tools/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      'no-restricted-imports': ['error', { paths: [ELECTRON_PACKAGE] }],
    },
  },
  {
    files: ['electron/main.ts', 'electron/preload.ts', 'electron/shell/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['renderer/**'],
    rules: { 'no-restricted-imports': ['error', { paths: [ELECTRON_PACKAGE], patterns: [INTO_ELECTRON] }] },
  },
  {
    files: ['shared/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: [ELECTRON_PACKAGE], patterns: [INTO_ELECTRON, INTO_RENDERER] }],
    },
  },
  {
    files: ['renderer/**/*.tsx', 'renderer/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    // it.only, describe.skip, test.concurrent.only, it.todo, it('…', { skip: true }),
    // and Jasmine's fit/xit/fdescribe/xdescribe.
    files: ['tests/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: `MemberExpression[object.name=${TEST_CALLEES}][property.name=${FOCUS_OR_SKIP}]`,
          message: focusMessage,
        },
        {
          selector: `MemberExpression[object.object.name=${TEST_CALLEES}][property.name=${FOCUS_OR_SKIP}]`,
          message: focusMessage,
        },
        {
          selector: `CallExpression[callee.name=${TEST_CALLEES}] > ObjectExpression > Property[key.name=${FOCUS_OR_SKIP}]`,
          message: focusMessage,
        },
        {
          selector: 'CallExpression[callee.name=/^(?:fit|xit|fdescribe|xdescribe|ftest|xtest)$/]',
          message: focusMessage,
        },
      ],
    },
  },
);
