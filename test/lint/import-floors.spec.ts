import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

/**
 * The import rules of eslint.config.mjs, checked on small sources that are
 * never written to disk: each rule has a source it must refuse and one it
 * must let through. A new rule adds its pair here.
 */
interface ImportCase {
  rule: string;
  /** Where the source would live: the config picks its rules by path. */
  file: string;
  source: string;
  refused: boolean;
}

const CASES: ImportCase[] = [
  {
    rule: 'the domain is pure',
    file: 'libs/domain/src/probe.ts',
    source: "import { Pool } from 'pg';\nexport const probe = Pool;\n",
    refused: true,
  },
  {
    rule: 'the domain is pure',
    file: 'libs/domain/src/probe.ts',
    source: "import { assertNever } from './shared/decider';\nexport const probe = assertNever;\n",
    refused: false,
  },
  {
    rule: 'apps reach a library through its index',
    file: 'apps/api/src/features/probe.ts',
    source: "import { LogReader } from '../../../../libs/event-store/src/postgres/log-reader';\nexport const probe = LogReader;\n",
    refused: true,
  },
  {
    rule: 'apps reach a library through its index',
    file: 'apps/api/src/features/probe.ts',
    source: "import { PostgresAuditLog } from '@shiji/event-store';\nexport const probe = PostgresAuditLog;\n",
    refused: false,
  },
  {
    rule: 'platform/ does not import features/',
    file: 'apps/api/src/platform/errors/probe.ts',
    source: "import { ServiceRecording } from '../../features/service-records/service-recording';\nexport const probe = ServiceRecording;\n",
    refused: true,
  },
  {
    rule: 'platform/ does not import write-side/',
    file: 'apps/api/src/platform/auth/probe.ts',
    source: "import { EventSourcedRepository } from '../../write-side/event-sourced-repository';\nexport const probe = EventSourcedRepository;\n",
    refused: true,
  },
  {
    rule: 'platform/ does not import personal-data/',
    file: 'apps/api/src/platform/probe.ts',
    source: "import { PersonalDataVault } from '../personal-data/personal-data-vault';\nexport const probe = PersonalDataVault;\n",
    refused: true,
  },
  {
    rule: 'platform/ imports within itself and the libraries',
    file: 'apps/api/src/platform/errors/probe.ts',
    source: "import { ProblemError } from './problem.error';\nimport { Roles } from '../auth/roles.decorator';\nimport { tableName } from '@shiji/projections';\nexport const probe = [ProblemError, Roles, tableName];\n",
    refused: false,
  },
  {
    rule: 'platform/ keeps the library rule',
    file: 'apps/api/src/platform/probe.ts',
    source: "import { tableName } from '../../../../libs/projections/src/runner/collection';\nexport const probe = tableName;\n",
    refused: true,
  },
  {
    rule: 'read-side/ does not import write-side/',
    file: 'apps/api/src/read-side/probe.ts',
    source: "import { EventSourcedRepository } from '../write-side/event-sourced-repository';\nexport const probe = EventSourcedRepository;\n",
    refused: true,
  },
  {
    rule: 'read-side/ does not import the deciders',
    file: 'apps/api/src/read-side/probe.ts',
    source: "import { volunteerDecider, evolveTimeAccount } from '@shiji/domain';\nexport const probe = [volunteerDecider, evolveTimeAccount];\n",
    refused: true,
  },
  {
    rule: 'read-side/ does not import the write model',
    file: 'apps/api/src/read-side/probe.ts',
    source: "import { starLevelFor } from '@shiji/domain';\nimport { LogWatch } from './log-watch';\nexport const probe = [starLevelFor, LogWatch];\n",
    refused: false,
  },
  {
    rule: 'read-side/ keeps the library rule',
    file: 'apps/api/src/read-side/probe.ts',
    source: "import { tableName } from '../../../../libs/projections/src/runner/collection';\nexport const probe = tableName;\n",
    refused: true,
  },
];

interface LintResult {
  file: string;
  /** no-restricted-imports messages; any other rule's failure ends the run. */
  restricted: string[];
  others: string[];
}

const ROOT = join(__dirname, '..', '..');

/** Lints every case's source with the project's configuration, in one child process (the config is an ES module). */
function lintAll(cases: readonly ImportCase[]): LintResult[] {
  const script = `
    const { ESLint } = require('eslint');
    const cases = JSON.parse(require('node:fs').readFileSync(0, 'utf8'));
    (async () => {
      const eslint = new ESLint({ cwd: process.cwd() });
      const results = [];
      for (const { file, source } of cases) {
        const [result] = await eslint.lintText(source, { filePath: file });
        results.push({
          file,
          restricted: result.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message),
          others: result.messages.filter((m) => m.ruleId !== 'no-restricted-imports').map((m) => (m.ruleId ?? 'parse') + ': ' + m.message),
        });
      }
      process.stdout.write(JSON.stringify(results));
    })().catch((error) => { console.error(error); process.exit(1); });
  `;
  const run = spawnSync(process.execPath, ['-e', script], { cwd: ROOT, input: JSON.stringify(cases), encoding: 'utf8', timeout: 50_000 });
  if (run.status !== 0) throw new Error(`eslint did not run: ${run.stderr || run.error?.message}`);
  return JSON.parse(run.stdout) as LintResult[];
}

describe('the import rules', () => {
  let results: LintResult[];

  beforeAll(() => {
    results = lintAll(CASES);
  });

  it.each(CASES.map((c, index) => [c.refused ? 'refuses' : 'lets through', c.rule, c.file, index] as const))('%s: %s (%s)', (_verb, _rule, _file, index) => {
    const { refused } = CASES[index];
    const result = results[index];
    expect(result.others).toEqual([]);
    if (refused) expect(result.restricted).not.toEqual([]);
    else expect(result.restricted).toEqual([]);
  });
});
