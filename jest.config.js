// Two layers (see ../shared/STYLE.md): fast unit tests beside the code, API tests against a booted Strapi.
const transform = { '^.+\\.(t|j)sx?$': ['@swc/jest', { jsc: { target: 'es2022' } }] };
// Unit tests read the kit (plugins/kit, @gov-portal/kit) from its source, so they need no build; API tests
// load the compiled plugins, which require the compiled kit through the workspace link in node_modules.
const kitFromSource = {
  '^@gov-portal/kit$': '<rootDir>/plugins/kit/src/index.ts',
  '^@gov-portal/kit/domain$': '<rootDir>/plugins/kit/src/domain/index.ts',
};

/** @type {import('jest').Config} */
module.exports = {
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      transform,
      moduleNameMapper: kitFromSource,
      testMatch: [
        '<rootDir>/plugins/*/server/src/**/__tests__/**/*.test.ts',
        '<rootDir>/plugins/kit/src/**/__tests__/**/*.test.ts',
        '<rootDir>/tests/unit/**/*.test.ts',
        '<rootDir>/config/**/__tests__/**/*.test.ts',
      ],
    },
    {
      // Real Chromium (Debian's /usr/bin/chromium, driven by playwright-core) against a booted Strapi.
      displayName: 'browser',
      testEnvironment: 'node',
      transform,
      testMatch: ['<rootDir>/tests/browser/**/*.test.ts'],
      globalSetup: '<rootDir>/tests/helpers/global-setup.ts',
    },
    {
      displayName: 'api',
      testEnvironment: 'node',
      transform,
      testMatch: ['<rootDir>/tests/api/**/*.test.ts'],
      globalSetup: '<rootDir>/tests/helpers/global-setup.ts',
    },
  ],
  // API tests boot Strapi (a few seconds) and some spawn the CLI.
  testTimeout: 120000,
  maxWorkers: 2,
};
