import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/*
 * Type-aware lint (typescript-eslint's recommendedTypeChecked) covers the shared packages and
 * the organisations and programmes services: sources, tests, codegen configs and any .js file,
 * each workspace linting `.`. Offers and the gateway keep the syntactic rules and lint `src`
 * until they are brought under the same block.
 */
const TYPE_CHECKED = [
  'packages/*/**/*.{ts,js,mjs,cjs}',
  'services/organisations/**/*.{ts,js,mjs,cjs}',
  'services/programmes/**/*.{ts,js,mjs,cjs}',
];

export default tseslint.config(
  {
    ignores: ['**/dist/**', '**/node_modules/**', '**/coverage/**', 'packages/client-kit/src/generated/**', 'services/*/src/generated/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: TYPE_CHECKED,
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['packages/*/*.{js,mjs,cjs}', 'services/*/*.{js,mjs,cjs}'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // a resolver may return a value or a promise of it; GraphQL awaits either
      '@typescript-eslint/require-await': 'off',
      // a handler for an event emitter or a timer must not drop a rejection; a promise given where void is expected is an error
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
    },
  },
  {
    files: ['packages/*/test/**/*.ts', 'services/organisations/test/**/*.ts', 'services/programmes/test/**/*.ts'],
    rules: {
      // jest's asymmetric matchers (expect.objectContaining…) are typed any
      '@typescript-eslint/no-unsafe-argument': 'off',
    },
  },
);
