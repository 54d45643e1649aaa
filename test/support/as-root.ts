/**
 * Suites about what happens only as root, where the embedded PostgreSQL runs
 * as another OS user. Run by anyone else, Jest reports them skipped, never
 * passed.
 */
export const describeAsRoot = process.getuid?.() === 0 ? describe : describe.skip;
