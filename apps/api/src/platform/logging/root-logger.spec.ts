import { Writable } from 'node:stream';
import { createRootLogger } from './root-logger';

function capture() {
  const chunks: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer | string, _encoding, done) {
      chunks.push(chunk.toString());
      done();
    },
  });
  return { chunks, destination };
}

describe('createRootLogger', () => {
  it('writes JSON lines for collectors, with secrets censored', () => {
    const { chunks, destination } = capture();
    createRootLogger('info', { destination }).info({ password: 'hunter2', volunteers: 3 }, 'imported');

    expect(JSON.parse(chunks.join(''))).toMatchObject({ level: 30, name: 'shiji-api', msg: 'imported', password: '[redacted]', volunteers: 3 });
  });

  it('writes one readable line for a person at a terminal, secrets censored there too', async () => {
    const { chunks, destination } = capture();
    createRootLogger('info', { destination, pretty: true, name: 'shiji-projector' }).warn({ password: 'hunter2' }, 'projections lagging');
    await new Promise((resolve) => setImmediate(resolve));

    const text = chunks.join('');
    expect(text).toMatch(/^\[\d\d:\d\d:\d\d\.\d{3}\] WARN: projections lagging\n/);
    expect(text).not.toContain('hunter2');
    expect(() => JSON.parse(text)).toThrow();
  });
});
