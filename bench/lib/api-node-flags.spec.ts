import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { API_NODE_FLAGS } from './api-process';

const ROOT = join(__dirname, '..', '..');

/** The bench must measure the api as it is deployed: with the same V8 flags. */
describe('the api node flags', () => {
  const scripts = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;

  it.each(['start', 'start:api'])('npm run %s starts node with them', (name) => {
    const words = scripts[name].split(/\s+/);
    expect(words[0]).toBe('node');
    expect(words.slice(1, 1 + API_NODE_FLAGS.length)).toEqual(API_NODE_FLAGS);
  });

  it('the Docker image starts node with them', () => {
    const command = /^CMD (\[.*\])$/m.exec(readFileSync(join(ROOT, 'docker', 'Dockerfile'), 'utf8'));
    expect(command).not.toBeNull();
    const argv = JSON.parse(command![1]) as string[];
    expect(argv.slice(0, 1 + API_NODE_FLAGS.length)).toEqual(['node', ...API_NODE_FLAGS]);
  });
});
