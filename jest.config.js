// Nest 12 packages are ESM-only, so jest runs in native ESM mode
// (NODE_OPTIONS=--experimental-vm-modules, set by the npm scripts).
/** @type {import('jest').Config} */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json' }],
  },
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.spec.ts'],
  globalSetup: '<rootDir>/test/global-setup.mjs',
  globalTeardown: '<rootDir>/test/global-teardown.mjs',
  // Generous: suites seed through the real API (argon2 sign-ins) on a 2-core machine.
  testTimeout: 60000,
  maxWorkers: 2,
};
