import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../../platform/auth/roles.decorator';
import { param, query, Scope } from '../../platform/auth/scope.decorator';
import { ApiProblems } from '../../platform/docs/api-problems.decorator';
import { orNotFound } from '../../read-side/not-found';
import type { CommandContext } from '../../write-side/command-context';
import { Command } from '../../write-side/command-context.decorator';
import { MonthlyClosing } from './monthly-closing';
import { UnitQueries } from './unit-queries';
import { CloseMonthBody, MonthlyRecordsQuery } from './units.dto';
import { MonthClosingSchema, MonthlyRecordListSchema, MonthlyRecordSchema } from './units.responses';

@ApiTags('units 驻区单位')
@ApiBearerAuth()
@Controller('v1')
export class MonthlyRecordsController {
  constructor(
    private readonly closing: MonthlyClosing,
    private readonly units: UnitQueries,
  ) {}

  /** The schedule closes last month by itself; this runs it for any month that is over, and again for units it missed. */
  @Post('monthly-record-closings')
  @HttpCode(200)
  @ApiOperation({ summary: '结束某月的写实性档案（已结档的不变） / Close a month\'s factual records (months already closed stay as they are)' })
  @Roles('admin')
  @Scope.street()
  @ApiOkResponse({ schema: MonthClosingSchema })
  @ApiProblems(409, 422)
  close(@Command() context: CommandContext, @Body() { month }: CloseMonthBody) {
    return this.closing.close(month, context);
  }

  @Get('units/:unitId/monthly-records/:month')
  @ApiOperation({ summary: '一个单位某月的写实性档案 / A unit\'s factual record of a month' })
  @Roles('staff', 'admin', 'auditor')
  @Scope.of(param('unitId', 'unit'))
  @ApiOkResponse({ schema: MonthlyRecordSchema })
  async one(@Param('unitId') unitId: string, @Param('month') month: string) {
    return orNotFound(await this.units.monthlyRecord(unitId, month), { zh: '已结档的月度写实档案', en: 'closed monthly record' }, `${unitId} ${month}`);
  }

  @Get('monthly-records')
  @ApiOperation({ summary: '社区各单位某月的写实性档案 / The factual records of a community\'s units for a month' })
  @Roles('staff', 'admin', 'auditor')
  @Scope.of(query('communityId', 'community'))
  @ApiOkResponse({ schema: MonthlyRecordListSchema })
  async list(@Query() { communityId, month }: MonthlyRecordsQuery) {
    return { items: await this.units.monthlyRecords(communityId, month) };
  }
}
