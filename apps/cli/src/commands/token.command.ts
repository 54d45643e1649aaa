import { inTransaction } from '@shiji/postgres';
import { cliTokens } from '../../../api/src/identity/cli-tokens.store';
import { subjectExists } from '../../../api/src/identity/token-subjects';
import { isRole, ROLES } from '../../../api/src/platform/auth/role';
import { TokenService } from '../../../api/src/platform/auth/token.service';
import { parseDurationSeconds } from '../../../api/src/platform/config/duration';
import { MAX_TOKEN_TTL_SECONDS } from '../../../api/src/platform/config/environment';
import { loadConfig } from '../../../api/src/platform/config/load-config';
import type { CliCommand, CliIo } from '../cli-command';
import { CliUsageError } from '../cli-usage.error';
import { parseOptions } from '../parse-options';
import { withMigratedInstance } from './migrated-instance';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Access tokens for automation and service accounts, signed with the
 * instance's secret (JWT_SECRET or DATA_DIR/jwt-secret). Each names a subject
 * that exists, lives at most 30 days, and is recorded (never the token
 * itself) so it can be listed and revoked; a revoked token is refused as an
 * ended session's are.
 */
export const tokenCommand: CliCommand = {
  name: 'token',
  summary: 'issue an access token for this instance; token list; token revoke <id>',
  usage: [
    `--role <role>          required: ${ROLES.join(', ')}`,
    '--sub <id>             required: a volunteer id, a staff id, or the person id of an admin or auditor',
    '--communities <c1,c2>  communities the actor is scoped to',
    '--ttl <duration>       e.g. 15m, 8h, 7d (default TOKEN_TTL; at most 30d)',
    'token list             the tokens neither expired nor revoked',
    'token revoke <id>      revoke one (its id is printed when it is issued and by token list)',
  ].join('\n'),
  async run(args, io) {
    if (args[0] === 'list') return list(args.slice(1), io);
    if (args[0] === 'revoke') return revoke(args.slice(1), io);
    return issue(args, io);
  },
};

async function issue(args: readonly string[], io: CliIo): Promise<number> {
  const options = parseOptions(args, ['role', 'sub', 'communities', 'ttl']);
  if (!isRole(options.role)) throw new CliUsageError(`--role must be one of ${ROLES.join(', ')}`);
  const role = options.role;
  const sub = options.sub?.trim();
  if (!sub) throw new CliUsageError('--sub is required');
  const ttlSeconds = options.ttl === undefined ? undefined : parseDurationSeconds(options.ttl);
  if (options.ttl !== undefined && (ttlSeconds === undefined || ttlSeconds > MAX_TOKEN_TTL_SECONDS)) throw new CliUsageError('--ttl must be a duration of at most 30d such as 15m, 8h or 7d');
  const communities = (options.communities ?? '')
    .split(',')
    .map((community) => community.trim())
    .filter((community) => community.length > 0);

  const config = await loadConfig(io.env);
  return withMigratedInstance(io, async ({ pool, store }) => {
    if (!(await subjectExists(role, sub, store, pool))) {
      io.stderr(`no ${role} "${sub}" exists here: a token names a volunteer id, a staff id, or the person id of an admin or auditor\n`);
      return 1;
    }
    const issued = new TokenService(config).issue({ sub, role, communities, ttlSeconds });
    await cliTokens.record(pool, { tokenId: issued.tokenId, role, subject: sub, communities, expiresAt: issued.expiresAt });
    io.stdout(`${issued.token}\n`);
    io.stderr(`token ${issued.tokenId} for ${sub} (${role}) expires ${issued.expiresAt.toISOString()}\n`);
    return 0;
  });
}

async function list(args: readonly string[], io: CliIo): Promise<number> {
  parseOptions(args, []);
  return withMigratedInstance(io, async ({ pool }) => {
    const live = await cliTokens.live(pool);
    io.stdout(live.length === 0 ? 'no live tokens\n' : '');
    for (const token of live) {
      const scope = token.communities.length > 0 ? ` communities=${token.communities.join(',')}` : '';
      io.stdout(`${token.tokenId}  ${token.role}  ${token.subject}${scope}  issued ${token.issuedAt.toISOString()}  expires ${token.expiresAt.toISOString()}\n`);
    }
    return 0;
  });
}

async function revoke(args: readonly string[], io: CliIo): Promise<number> {
  const [tokenId, ...rest] = args;
  if (tokenId === undefined || !UUID.test(tokenId)) throw new CliUsageError('token revoke needs the token id (a UUID)');
  parseOptions(rest, []);
  return withMigratedInstance(io, async ({ pool }) => {
    const revoked = await inTransaction(pool, (db) => cliTokens.revoke(db, tokenId));
    if (!revoked) {
      io.stderr(`no live token ${tokenId}\n`);
      return 1;
    }
    io.stdout(`revoked ${tokenId}: refused by every api instance within a second\n`);
    return 0;
  });
}
