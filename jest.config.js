/** Unit (*.spec.ts), integration (*.int-spec.ts, real PostgreSQL) and e2e (*.e2e-spec.ts, HTTP) tests. */
module.exports = {
  rootDir: '.',
  testEnvironment: 'node',
  moduleFileExtensions: ['ts', 'js', 'json'],
  testRegex: '.*\\.(spec|int-spec|e2e-spec)\\.ts$',
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }],
    // NestJS 12 is ESM-only; see test/support/esm-transformer.js.
    // So is content-disposition 3, which @fastify/static (the web app's files) requires.
    '/node_modules/(@nestjs|content-disposition)/.+\\.js$': '<rootDir>/test/support/esm-transformer.js',
  },
  transformIgnorePatterns: ['/node_modules/(?!@nestjs/|content-disposition/)'],
  moduleNameMapper: {
    '^@shiji/(domain|event-store|projections|postgres)$': '<rootDir>/libs/$1/src/index.ts',
  },
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  // Every answer of a test app is checked against the OpenAPI document.
  setupFilesAfterEnv: ['<rootDir>/test/support/response-contract.setup.ts'],
  testTimeout: 60000,
  // A worker whose heap has grown past this after a test file (a group of suites) is replaced by a fresh one.
  workerIdleMemoryLimit: '1536MB',
  // Suites close what they open; this guards CI against a stray handle (a pg socket in TIME_WAIT, a timer) holding the run open.
  forceExit: true,
};
