import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Public } from '../auth/public.decorator';
import { Unlimited } from '../rate-limit/rate-limit.guard';
import { HealthReport } from './health-report';
import { HealthService } from './health.service';

@ApiTags('health')
// Probes must never be refused for load: a liveness probe answered 429 would have a healthy api restarted.
@Unlimited()
@Controller('health')
export class HealthController {
  constructor(private readonly health: HealthService) {}

  @Get()
  @Public()
  @ApiOperation({ summary: '健康检查 / Liveness and readiness' })
  @ApiOkResponse({ type: HealthReport })
  @ApiServiceUnavailableResponse({ type: HealthReport, description: 'The database or the event store is down (status down, reasons say which)' })
  async check(@Res({ passthrough: true }) reply: FastifyReply): Promise<HealthReport> {
    const report = await this.health.check();
    reply.status(report.status === 'down' ? HttpStatus.SERVICE_UNAVAILABLE : HttpStatus.OK);
    // A health answer is a snapshot: caches must never replay it.
    reply.header('cache-control', 'no-store');
    return report;
  }

  /**
   * Liveness alone: the process is up and answering, nothing else is asked.
   * For an orchestrator's liveness probe (restart a stuck process, not one
   * whose database is down) and as the benchmark's no-I/O baseline.
   */
  @Get('live')
  @Public()
  @ApiOperation({ summary: '存活检查 / Liveness only, no dependency checked' })
  @ApiOkResponse({ schema: { example: { status: 'up' } } })
  live(@Res({ passthrough: true }) reply: FastifyReply): { status: 'up' } {
    reply.header('cache-control', 'no-store');
    return { status: 'up' };
  }
}
