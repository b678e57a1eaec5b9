import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// The dependency rules (README, Architecture): src/model and src/clova are pure and import nothing
// of the app or the relay; src/app/lib is a leaf that imports nothing from the rest of the app.
const UI_PACKAGES = ['react', 'react-dom', 'konva', 'react-konva', 'zustand'];
const restrict = (message, regex) => ({ regex, message });

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', '.tmp'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/model/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: UI_PACKAGES.map((name) => ({
            name,
            message: 'src/model is pure: no React, Konva or stores (see src/model/README.md).',
          })),
          patterns: [
            restrict(
              'src/model is pure: no React, Konva, stores or TanStack.',
              '^(react-dom|konva|zustand)/',
            ),
            restrict('src/model is pure: no TanStack.', '^@tanstack/'),
            restrict('src/model imports nothing from the app or the relay.', '^(\\.\\./)+(app|server)(/|$)'),
          ],
        },
      ],
    },
  },
  {
    files: ['src/app/lib/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            restrict(
              'src/app/lib is a leaf: it imports nothing from the rest of the app.',
              '^\\.\\./(?!\\.\\./)',
            ),
          ],
        },
      ],
    },
  },
  {
    files: ['src/clova/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            restrict(
              'src/clova is the contract: it imports nothing from the app, the relay or the model.',
              '^(\\.\\./)+(app|server|model)(/|$)',
            ),
          ],
        },
      ],
    },
  },
);
