/** One jest run covers every workspace package; each package holds its tests next to its code. */
const swc = [
  '@swc/jest',
  { jsc: { target: 'es2022', parser: { syntax: 'typescript' } }, module: { type: 'commonjs' } },
];

module.exports = {
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': swc },
  testMatch: ['**/?(*.)test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  testTimeout: 30000,
  // Each end-to-end file leaves about 100 MB behind in its worker (a whole platform's modules):
  // past this, the worker is replaced after the file, so late files do not crawl under GC.
  workerIdleMemoryLimit: '1GB',
};
