import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';

// SQL statements in a string: the keywords that start one (in capitals, the project's style;
// any spacing, an UPDATE's table qualified, quoted or aliased).
const SQL_TEXT =
  '/\\b(SELECT|INSERT\\s+INTO|DELETE\\s+FROM|UPDATE\\s+[\\w".]+(\\s+(AS\\s+)?\\w+)?\\s+SET)\\b/';

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'coverage/**',
      'node_modules/**',
      '.data/**',
      'web/dist/**',
      'web/src/gql/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'off',
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    // One data-access style (README, architecture): SQL text lives in a module's repository
    // files (`*.repository.ts`, or `*.sql.ts` for snippets other modules embed) and in the
    // database layer; services hold rules and resolvers delegate.
    files: ['src/**/*.ts'],
    ignores: ['src/**/*.repository.ts', 'src/**/*.sql.ts', 'src/database/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: `TemplateElement[value.raw=${SQL_TEXT}]`,
          message: 'SQL belongs in a *.repository.ts (or *.sql.ts) file of this module.',
        },
        {
          selector: `Literal[value=${SQL_TEXT}]`,
          message: 'SQL belongs in a *.repository.ts (or *.sql.ts) file of this module.',
        },
        {
          selector: "CallExpression[callee.property.name='createQueryBuilder']",
          message: 'Query builders belong in a *.repository.ts file of this module.',
        },
      ],
    },
  },
  {
    // GraphQL responses in tests and benchmarks are loosely typed JSON.
    files: ['test/**/*.ts', 'bench/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // The web app runs in the browser.
    files: ['web/src/**/*.{ts,tsx}'],
    languageOptions: {
      globals: {
        window: 'readonly',
        document: 'readonly',
        navigator: 'readonly',
        fetch: 'readonly',
      },
    },
  },
  {
    // The example is a command-line script for Node: it prints its progress.
    files: ['examples/**/*.mjs'],
    languageOptions: { globals: { Buffer: 'readonly', setTimeout: 'readonly' } },
    rules: { 'no-console': 'off' },
  },
);
