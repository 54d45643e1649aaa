import pino from 'pino';
import { AccountsStore } from '../../../api/src/identity/accounts.store';
import { Invitations } from '../../../api/src/identity/invitations';
import { LogSmsSender } from '../../../api/src/identity/log-sms-sender';
import { SignInLogStore } from '../../../api/src/identity/sign-in-log.store';
import { loadConfig } from '../../../api/src/platform/config/load-config';
import { bilingual } from '../../../api/src/platform/errors/bilingual';
import { ProblemError } from '../../../api/src/platform/errors/problem.error';
import { MOBILE_PHONE } from '../../../api/src/read-side/phone';
import { CommandContext } from '../../../api/src/write-side/command-context';
import { EventSourcedRepository } from '../../../api/src/write-side/event-sourced-repository';
import { StreamHeads } from '../../../api/src/write-side/stream-heads';
import type { CliCommand } from '../cli-command';
import { CliUsageError } from '../cli-usage.error';
import { parseOptions } from '../parse-options';
import { withMigratedInstance } from './migrated-instance';

/**
 * `admin create`: an admin account with no password and an invitation code
 * to set one (the first admin of a new installation; never a default
 * password). It writes to the database and the log directly, so it works
 * whether or not the api is running.
 */
export const adminCommand: CliCommand = {
  name: 'admin',
  summary: 'create an admin account: prints an invitation code to set its password',
  usage: ['create --name <name> --phone <mobile>', '  prints the invitation code (valid 72 h) on stdout, the activation link on stderr'].join('\n'),
  async run(args, io) {
    const [action, ...rest] = args;
    if (action !== 'create') throw new CliUsageError('the only action is: admin create --name <name> --phone <mobile>');
    const options = parseOptions(rest, ['name', 'phone']);
    const name = options.name?.trim();
    if (!name || name.length > 100) throw new CliUsageError('--name is required (at most 100 characters)');
    if (!options.phone || !MOBILE_PHONE.test(options.phone)) throw new CliUsageError('--phone must be a mainland mobile number (11 digits starting 13–19)');

    const config = await loadConfig(io.env);
    return withMigratedInstance(io, async ({ pool, store }) => {
      // No watch of the log here: every reference read goes to the database.
      const repository = new EventSourcedRepository(store, new StreamHeads(store, { cachedReferenceReads: false, cachedAccountReads: false }));
      const invitations = new Invitations(pool, new AccountsStore(pool), repository, new SignInLogStore(pool), new LogSmsSender(pino({ level: 'silent' })));
      const context = CommandContext.create({ actor: { id: 'cli', role: 'operator' }, now: new Date() });
      const origin = config.publicUrl ?? `http://localhost:${config.port}`;
      const invited = await invitations.invite({ role: 'admin', name, phone: options.phone!, origin }, context).catch((error: unknown) => {
        // A refusal (the phone already has an account) is the operator's to read, not a crash.
        if (error instanceof ProblemError) return error;
        throw error;
      });
      if (invited instanceof ProblemError) {
        io.stderr(`${bilingual(invited.detail)}\n`);
        return 1;
      }
      io.stdout(`${invited.code}\n`);
      io.stderr(`admin ${invited.personId} invited; the code works once, until ${invited.expiresAt.toISOString()}\nset the password at ${invited.activationUrl}\n  or POST /v1/activations {"phone","code","password"}\n`);
      return 0;
    });
  },
};
