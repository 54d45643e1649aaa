import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export type ComponentState = 'up' | 'down';

export class ComponentHealth {
  @ApiProperty({ enum: ['up', 'down'] })
  status: ComponentState;
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
  @ApiProperty({ enum: ['up', 'down', 'not_available'] })
  status: ComponentState | 'not_available';

  @ApiProperty({ type: Number, nullable: true, description: 'The largest lag of any projection; null when not available' })
  lag: number | null;

  @ApiPropertyOptional({ type: [ProjectionLag] })
  projections?: ProjectionLag[];
}

/**
 * GET /health: 200 when the database and the event store answer, else 503
 * with the same body. Public, so it names states only; the reasons go to the log.
 */
export class HealthReport {
  @ApiProperty({ enum: ['up', 'down'] })
  status: ComponentState;

  @ApiProperty({ type: ComponentHealth })
  database: ComponentHealth;

  @ApiProperty({ type: ComponentHealth })
  eventStore: ComponentHealth;

  @ApiProperty({ type: ProjectionsHealth })
  projections: ProjectionsHealth;
}
