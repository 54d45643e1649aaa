import { ApiProperty } from '@nestjs/swagger';
import { Matches } from 'class-validator';
import { SLUG } from '../organisation/organisation.dto';

export class RosterCommunityQuery {
  @ApiProperty({ example: 'beixiajie', description: '导入或导出的社区 / the community imported into or exported' })
  @Matches(SLUG, { message: 'communityId 须为社区编号 / communityId must be a community id' })
  communityId: string;
}

export class RecordExportQuery extends RosterCommunityQuery {
  @ApiProperty({ example: '2025-03', description: '月份（上海时间） / month, Shanghai time' })
  @Matches(/^(19|20)\d\d-(0[1-9]|1[0-2])$/, { message: 'month 须为 YYYY-MM / month must be YYYY-MM' })
  month: string;
}
