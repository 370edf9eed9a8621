import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/*
 * Type-aware lint (typescript-eslint's recommendedTypeChecked) covers every workspace: the
 * shared packages, every service and the gateway, sources, tests, codegen configs and any
 * .js file, each workspace linting `.`.
 */
const TYPE_CHECKED = ['packages/*/**/*.{ts,js,mjs,cjs}', 'services/*/**/*.{ts,js,mjs,cjs}', 'gateway/**/*.{ts,js,mjs,cjs}'];

export default tseslint.config(
  {
    ignores: ['**/dist/**', '**/node_modules/**', '**/coverage/**', 'packages/client-kit/src/generated/**', 'services/*/src/generated/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      // a field left out of an object by destructuring the rest (`const { list, ...columns } = input`) is used by being left out
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  {
    files: TYPE_CHECKED,
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: {
        projectService: {
          allowDefaultProject: [
            'packages/*/*.{js,mjs,cjs}',
            'services/*/*.{js,mjs,cjs}',
            'gateway/*.{js,mjs,cjs}',
            'gateway/test/support/*.cjs',
          ],
        },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', ignoreRestSiblings: true }],
      // a resolver may return a value or a promise of it; GraphQL awaits either
      '@typescript-eslint/require-await': 'off',
      // a handler for an event emitter or a timer must not drop a rejection; a promise given where void is expected is an error
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
    },
  },
  {
    files: ['packages/*/test/**/*.ts', 'services/*/test/**/*.ts', 'gateway/test/**/*.ts'],
    rules: {
      // jest's asymmetric matchers (expect.objectContaining…) are typed any
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
    },
  },
  {
    // CommonJS scripts node preloads (`node -r`): untyped JavaScript, every value any to the type checker, and require() is how they import
    files: ['**/*.cjs'],
    extends: [tseslint.configs.disableTypeChecked],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
