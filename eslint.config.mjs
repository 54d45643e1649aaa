import tseslint from 'typescript-eslint';

const throughLibraryIndex = { group: ['**/libs/*/src/*', '!**/libs/*/src/index'], message: 'Import a library through @shiji/<name>.' };

/**
 * The api's floors: what the files of each may not import. A file's
 * no-restricted-imports comes from the last block that matches it, so each
 * floor keeps the library rule above. test/lint/import-floors.spec.ts holds
 * a forbidden and an allowed import for every rule here.
 */
// Relative paths only: the libraries (@shiji/projections) are another matter.
const above = (folder) => ({ regex: `^\\.\\.?/(.+/)?${folder}(/|$)`, message: `platform/ is the floor everything stands on: it imports nothing from ${folder}/.` });

const floors = [
  {
    // HTTP, auth, errors, config, health, logs, metrics: what every feature uses, knowing none of them.
    files: ['apps/api/src/platform/**/*.ts'],
    patterns: ['write-side', 'read-side', 'features', 'personal-data', 'identity', 'access', 'projections'].map(above),
  },
  {
    // The read side reads views; deciding and appending stay with the write side.
    files: ['apps/api/src/read-side/**/*.ts'],
    patterns: [
      { group: ['**/write-side', '**/write-side/**'], message: 'read-side/ does not import the write model (write-side/).' },
      { group: ['@shiji/domain'], importNamePattern: '(Decider$|^(decide|evolve|fold)([A-Z]|$))', message: 'read-side/ does not import the write model (deciders, decide, evolve, fold).' },
    ],
  },
];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', '.data/**', 'bench/results/**'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    // The domain is pure: no framework, no database, no I/O.
    files: ['libs/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@nestjs/*', 'typeorm', 'pg', '@eventstore/*', 'node:*', 'fs', 'http', 'net', 'child_process'], message: 'libs/domain is pure TypeScript: no framework or I/O imports.' },
            { group: ['@shiji/*', '../../*'], message: 'libs/domain depends on nothing else in the repo.' },
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'The clock arrives as input in the domain.' },
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'The clock arrives as input in the domain.' },
      ],
      'no-restricted-properties': ['error', { object: 'Math', property: 'random', message: 'No randomness in the domain.' }],
    },
  },
  {
    // Specifications exercise the domain through its public index and shared test helpers.
    files: ['libs/domain/**/*.spec.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    // Libraries are reached through their public index only.
    files: ['apps/**/*.ts', 'test/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [throughLibraryIndex] }] },
  },
  ...floors.map(({ files, patterns }) => ({ files, rules: { 'no-restricted-imports': ['error', { patterns: [throughLibraryIndex, ...patterns] }] } })),
);
