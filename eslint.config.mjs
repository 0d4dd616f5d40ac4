import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { configs as litConfigs } from 'eslint-plugin-lit';
import { configs as wcConfigs } from 'eslint-plugin-wc';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/', 'demo/prerender/', 'node_modules/', 'custom-elements.json'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  wcConfigs['flat/recommended'],
  litConfigs['flat/recommended'],
  {
    files: ['src/**/*.ts', 'test/**/*.ts', 'test/**/*.tsx'],
    languageOptions: { globals: globals.browser },
    settings: { wc: { elementBaseClasses: ['LitElement', 'BackcareElement'] } },
    rules: {
      'lit/no-template-bind': 'error',
      'lit/attribute-value-entities': 'error',
      'lit/no-invalid-html': 'error',
      'lit/no-useless-template-literals': 'error',
      'wc/guard-super-call': 'off',
    },
  },
  {
    // The shared layer serves every element and knows none of them: no element's code or
    // words, no locale. Elements and locales import shared code, never the other way round.
    files: ['src/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['../*'], message: 'src/shared/ imports only from src/shared/ and packages.' },
          ],
        },
      ],
    },
  },
  {
    files: ['test/**/*.ts', 'test/**/*.tsx'],
    languageOptions: { globals: { ...globals.browser, ...globals.mocha } },
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      // chai assertions such as `expect(x).to.exist` are expressions by design.
      '@typescript-eslint/no-unused-expressions': 'off',
    },
  },
  {
    files: ['**/*.mjs', '**/*.cjs'],
    languageOptions: { globals: globals.node },
  },
  {
    // Browser code: the demo, and functions scripts send into a page.
    files: [
      'demo/**/*.js',
      'bench/**/*.js',
      'scripts/screenshots.mjs',
      'scripts/bench*.mjs',
      'scripts/profile.mjs',
      'test/**/*.js',
    ],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
  {
    // The embed builder's pre-rendering worker and the shim it installs.
    files: ['scripts/static/prerender-worker.mjs', 'scripts/static/worker-dom-shim.mjs'],
    languageOptions: { globals: globals.worker },
  },
);
