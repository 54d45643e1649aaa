import { isRole, ROLES } from '../../../api/src/platform/auth/role';
import { TokenService } from '../../../api/src/platform/auth/token.service';
import { parseDurationSeconds } from '../../../api/src/platform/config/duration';
import { loadConfig } from '../../../api/src/platform/config/load-config';
import type { CliCommand } from '../cli-command';
import { CliUsageError } from '../cli-usage.error';
import { parseOptions } from '../parse-options';

/** Issues an access token signed with the instance's secret (JWT_SECRET or DATA_DIR/jwt-secret). */
export const tokenCommand: CliCommand = {
  name: 'token',
  summary: 'print an access token for this instance',
  usage: [
    `--role <role>          required: ${ROLES.join(', ')}`,
    '--sub <id>             required: the actor id',
    '--communities <c1,c2>  communities the actor is scoped to',
    '--ttl <duration>       e.g. 15m, 8h, 7d (default TOKEN_TTL)',
  ].join('\n'),
  async run(args, io) {
    const options = parseOptions(args, ['role', 'sub', 'communities', 'ttl']);
    if (!isRole(options.role)) throw new CliUsageError(`--role must be one of ${ROLES.join(', ')}`);
    const sub = options.sub?.trim();
    if (!sub) throw new CliUsageError('--sub is required');
    const ttlSeconds = options.ttl === undefined ? undefined : parseDurationSeconds(options.ttl);
    if (options.ttl !== undefined && ttlSeconds === undefined) throw new CliUsageError('--ttl must be a duration such as 15m, 8h or 7d');
    const communities = (options.communities ?? '')
      .split(',')
      .map((community) => community.trim())
      .filter((community) => community.length > 0);

    const config = await loadConfig(io.env);
    const issued = new TokenService(config).issue({ sub, role: options.role, communities, ttlSeconds });
    io.stdout(`${issued.token}\n`);
    io.stderr(`token ${issued.tokenId} for ${sub} (${options.role}) expires ${issued.expiresAt.toISOString()}\n`);
    return 0;
  },
};
