import type { CliCommand, CliIo } from './cli-command';
import { CliUsageError } from './cli-usage.error';
import { COMMANDS } from './commands';
import { runCli } from './run-cli';

const secret = 'c'.repeat(40);

function io(env: Record<string, string> = {}): CliIo & { out: string; err: string } {
  const captured = {
    out: '',
    err: '',
    env: { JWT_SECRET: secret, DATA_DIR: '/nonexistent', ...env },
    stdout: (text: string) => void (captured.out += text),
    stderr: (text: string) => void (captured.err += text),
  };
  return captured;
}

describe('cli', () => {
  it.each([
    [['token', '--sub', 'bob']],
    [['token', '--role', 'root', '--sub', 'bob']],
    [['token', '--role', 'admin']],
    [['token', '--role', 'admin', '--sub', 'bob', '--ttl', 'soon']],
    [['token', '--role', 'admin', '--sub', 'bob', '--extra', 'x']],
    [['token', '--role', 'admin', '--sub', 'bob', 'stray']],
    [['token', '--role', 'admin', '--sub', 'bob', '--ttl', '31d']],
    [['token', 'revoke', 'not-a-token-id']],
  ])('answers the usage mistake %j with exit code 2 and the usage', async (argv) => {
    const streams = io();
    expect(await runCli(argv, COMMANDS, streams)).toBe(2);
    expect(streams.out).toBe('');
    expect(streams.err).toContain('usage: npm run -s cli -- token');
  });

  it.each([[['admin']], [['admin', 'delete']], [['admin', 'create', '--name', '王']], [['admin', 'create', '--name', '王', '--phone', '12345']], [['admin', 'create', '--phone', '13800000001']]])(
    'answers the admin usage mistake %j with exit code 2 and the usage',
    async (argv) => {
      const streams = io();
      expect(await runCli(argv, COMMANDS, streams)).toBe(2);
      expect(streams.err).toContain('usage: npm run -s cli -- admin');
    },
  );

  it('reports an invalid configuration with exit code 1', async () => {
    const streams = io({ TOKEN_TTL: 'never' });
    expect(await runCli(['token', '--role', 'admin', '--sub', 'a'], COMMANDS, streams)).toBe(1);
    expect(streams.err).toContain('TOKEN_TTL must be');
  });

  it('lists the commands, and refuses unknown ones', async () => {
    const help = io();
    expect(await runCli(['help'], COMMANDS, help)).toBe(0);
    expect(help.out).toMatch(/token .*\n.*admin .*\n.*migrate/);
    const unknown = io();
    expect(await runCli(['frobnicate'], COMMANDS, unknown)).toBe(2);
    expect(unknown.err).toContain('unknown command "frobnicate"');
  });

  it('turns a failing command into exit code 1', async () => {
    const failing: CliCommand = { name: 'fail', summary: '', usage: '', run: () => Promise.reject(new Error('disk full')) };
    const usage: CliCommand = { name: 'usage', summary: '', usage: '', run: () => Promise.reject(new CliUsageError('bad')) };
    const streams = io();
    expect(await runCli(['fail'], [failing, usage], streams)).toBe(1);
    expect(streams.err).toContain('fail failed: Error: disk full');
    expect(await runCli(['usage'], [failing, usage], streams)).toBe(2);
  });
});
