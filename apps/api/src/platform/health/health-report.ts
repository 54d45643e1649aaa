import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export type ComponentState = 'up' | 'down';

/** Why a component is down, as a code a monitor can match. */
export type DownReason = 'unreachable' | 'timeout' | 'error';

export class ComponentHealth {
  @ApiProperty({ enum: ['up', 'down'] })
  status: ComponentState;

  @ApiPropertyOptional({ enum: ['unreachable', 'timeout', 'error'], description: 'Set when down: unreachable (refused, reset, restarting), timeout (no answer within 3 s), error (anything else)' })
  reason?: DownReason;
}

export class ProjectionLag {
  @ApiProperty()
  name: string;

  @ApiProperty()
  checkpoint: number;

  @ApiProperty()
  head: number;

  @ApiProperty({ description: 'Events not applied yet: head - checkpoint' })
  lag: number;
}

export class ProjectionsHealth {
  @ApiProperty({ enum: ['up', 'lagging', 'down', 'not_available'], description: 'lagging: past HEALTH_MAX_LAG_EVENTS or HEALTH_MAX_LAG_SECONDS' })
  status: 'up' | 'lagging' | 'down' | 'not_available';

  @ApiProperty({ type: Number, nullable: true, description: 'The largest lag of any projection, in events; null when not available' })
  lag: number | null;

  @ApiProperty({ type: Number, nullable: true, description: 'Age in seconds of the oldest event some projection has not applied; 0 when none' })
  lagSeconds: number | null;

  @ApiPropertyOptional({ type: [ProjectionLag] })
  projections?: ProjectionLag[];
}

export class TransfersHealth {
  @ApiProperty({ enum: ['up', 'lagging', 'down', 'not_available'], description: 'lagging: a move between two accounts has been half-done longer than HEALTH_MAX_LAG_SECONDS' })
  status: 'up' | 'lagging' | 'down' | 'not_available';

  @ApiProperty({ type: Number, nullable: true, description: 'Moves whose second step is not stored yet' })
  pending: number | null;

  @ApiProperty({ type: Number, nullable: true, description: 'Age in seconds of the oldest of them; null when none' })
  oldestPendingSeconds: number | null;
}

export class VerificationHealth {
  @ApiProperty({
    enum: ['equal', 'different', 'failed', 'none', 'not_available'],
    description: 'The last finished verification (api or cli): equal, different, failed; none when none has finished; not_available when it cannot be read',
  })
  status: 'equal' | 'different' | 'failed' | 'none' | 'not_available';

  @ApiPropertyOptional({ format: 'uuid' })
  verificationId?: string;

  @ApiPropertyOptional({ format: 'date-time' })
  finishedAt?: string;
}

/**
 * GET /health: 200 while the database and the event store answer (status up,
 * or degraded when the views or the moves between accounts fall behind),
 * else 503 with the same body. Public, so it names states and reason codes
 * only; the errors themselves go to the log.
 */
export class HealthReport {
  @ApiProperty({ enum: ['up', 'degraded', 'down'] })
  status: 'up' | 'degraded' | 'down';

  @ApiProperty({ type: [String], description: '状态原因（中文 / English），正常时为空 / Why the status is not up; empty when it is' })
  reasons: string[];

  @ApiProperty({ type: ComponentHealth })
  database: ComponentHealth;

  @ApiProperty({ type: ComponentHealth })
  eventStore: ComponentHealth;

  @ApiProperty({ type: ProjectionsHealth })
  projections: ProjectionsHealth;

  @ApiProperty({ type: TransfersHealth })
  transfers: TransfersHealth;

  /** Information only: a failed verification needs a person, not a restart or a load balancer's attention, so it changes no status. */
  @ApiProperty({ type: VerificationHealth })
  verification: VerificationHealth;
}
