import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../../platform/auth/actor';
import { CurrentActor } from '../../platform/auth/current-actor.decorator';
import { Roles } from '../../platform/auth/roles.decorator';
import { param, Scope } from '../../platform/auth/scope.decorator';
import { oneOf, responseSchema } from '../../platform/docs/response-schema';
import type { CommandContext } from '../../write-side/command-context';
import { Command } from '../../write-side/command-context.decorator';
import { Attendance, type AttendanceOutcome } from './attendance';
import { RecordAttendanceBody } from './attendance.dto';

const AttendanceSchema = responseSchema('AttendanceOutcome', {
  activityId: 'string',
  recorded: 'integer',
  refused: 'integer',
  rows: [{ volunteerId: 'string', minutes: 'integer', outcome: oneOf(['recorded', 'refused']), recordId: 'string?', code: 'string?', message: 'string?' }],
  position: 'integer?',
});

@ApiTags('activities 服务活动')
@ApiBearerAuth()
@Controller('v1/activities')
export class AttendanceController {
  constructor(private readonly attendance: Attendance) {}

  @Post(':activityId/attendance')
  @HttpCode(200)
  @ApiOperation({
    summary: '一次登记整场活动的出勤并认证（服务队队长登记的待认证）/ Record and verify a whole activity’s attendance at once (a team leader’s rows wait for staff)',
    description: '每行按单条服务记录的规则检查，逐行答复；同一 Idempotency-Key 重试不会重复记录 / each row checked as a single record would be, answered row by row; a retry with the same Idempotency-Key records nothing twice',
  })
  @ApiOkResponse({ schema: AttendanceSchema })
  @Roles('volunteer', 'staff', 'admin')
  @Scope.of(param('activityId', 'activity'))
  async record(@Command() context: CommandContext, @CurrentActor() actor: Actor, @Param('activityId') activityId: string, @Body() body: RecordAttendanceBody): Promise<AttendanceOutcome> {
    return this.attendance.record(context, actor, activityId, body.rows);
  }
}
