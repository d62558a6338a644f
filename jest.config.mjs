// Jest in native ESM mode (Payload is ESM-only): run with NODE_OPTIONS=--experimental-vm-modules.
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', tsx: true },
      transform: { react: { runtime: 'automatic' } },
      target: 'es2022',
      // messages/*.json are imported `with { type: 'json' }`, which Jest's ESM loader requires.
      experimental: { keepImportAttributes: true },
    },
    module: { type: 'es6' },
  },
]

const shared = {
  extensionsToTreatAsEsm: ['.ts', '.tsx'],
  transform: { '^.+\\.(t|j)sx?$': swc },
  moduleNameMapper: {
    '^@payload-config$': '<rootDir>/payload.config.ts',
    // The data gateway (lib/data/) is marked server-only, which throws outside React's server build.
    '^server-only$': '<rootDir>/node_modules/server-only/empty.js',
    '^@/(.*)$': '<rootDir>/$1',
  },
  // .next/standalone holds a copy of package.json and the sources' build output.
  modulePathIgnorePatterns: ['<rootDir>/.next/'],
  moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'json'],
}

/** @type {import('jest').Config} */
const config = {
  projects: [
    {
      ...shared,
      displayName: 'unit',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/tests/unit/**/*.test.ts'],
    },
    {
      ...shared,
      displayName: 'components',
      testEnvironment: 'jsdom',
      setupFilesAfterEnv: ['<rootDir>/tests/components/setup.ts'],
      testMatch: ['<rootDir>/tests/components/**/*.test.tsx'],
    },
    {
      ...shared,
      displayName: 'integration',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/tests/integration/**/*.test.ts'],
    },
    {
      ...shared,
      displayName: 'e2e',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/tests/e2e/**/*.test.ts'],
      globalSetup: '<rootDir>/tests/e2e/globalSetup.mjs',
      globalTeardown: '<rootDir>/tests/e2e/globalTeardown.mjs',
    },
  ],
}

export default config
