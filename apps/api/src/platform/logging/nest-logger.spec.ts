import pino, { type LevelWithSilent } from 'pino';
import { NestPinoLogger } from './nest-logger';

function logger(level: LevelWithSilent = 'trace') {
  const lines: Array<Record<string, unknown>> = [];
  const subject = new NestPinoLogger(pino({ level }, { write: (line: string) => void lines.push(JSON.parse(line) as Record<string, unknown>) }));
  return { subject, lines };
}

describe('NestPinoLogger', () => {
  it('writes a message with the context Nest passes last', () => {
    const { subject, lines } = logger();
    subject.log('watch resumed', 'StreamHeads');

    expect(lines).toEqual([expect.objectContaining({ level: 30, msg: 'watch resumed', context: 'StreamHeads' })]);
  });

  it("writes the framework's start-up chatter (modules, routes) at debug", () => {
    const { subject, lines } = logger('info');
    subject.log('Mapped {/v1/volunteers, GET} route', 'RouterExplorer');
    subject.log('AppModule dependencies initialized', 'InstanceLoader');
    subject.log('Nest application successfully started', 'NestApplication');
    expect(lines).toEqual([]);

    const verbose = logger('debug');
    verbose.subject.log('Mapped {/v1/volunteers, GET} route', 'RouterExplorer');
    expect(verbose.lines).toEqual([expect.objectContaining({ level: 20, context: 'RouterExplorer' })]);
  });

  it('takes an object first as the fields and the next string as the message, as pino does', () => {
    const { subject, lines } = logger();
    subject.warn({ err: new Error('connection reset'), streamId: 's-1' }, 'watching the log failed', 'StreamHeads');

    expect(lines).toEqual([
      expect.objectContaining({ level: 40, msg: 'watching the log failed', context: 'StreamHeads', streamId: 's-1', err: expect.objectContaining({ message: 'connection reset' }) }),
    ]);
  });

  it("keeps an Error given first as the line's err", () => {
    const { subject, lines } = logger();
    subject.error(new Error('boom'), 'Projections');

    expect(lines).toEqual([expect.objectContaining({ level: 50, context: 'Projections', err: expect.objectContaining({ message: 'boom', type: 'Error' }) })]);
  });

  it("keeps the stack Nest's exception handlers pass as a second string", () => {
    const { subject, lines } = logger();
    subject.error('Unhandled', 'Error: Unhandled\n    at somewhere (file.js:1:1)', 'ExceptionsHandler');

    expect(lines).toEqual([
      expect.objectContaining({ level: 50, context: 'ExceptionsHandler', err: expect.objectContaining({ message: 'Unhandled', stack: 'Error: Unhandled\n    at somewhere (file.js:1:1)' }) }),
    ]);
  });

  it('writes nothing below the level', () => {
    const { subject, lines } = logger('warn');
    subject.log('started', 'App');
    subject.debug('details', 'App');
    subject.verbose('more details', 'App');

    expect(lines).toEqual([]);
  });
});
