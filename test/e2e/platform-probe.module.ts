import { Body, Controller, Get, Module, Post } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { IsInt, IsString, Min } from 'class-validator';
import { Roles } from '../../apps/api/src/platform/auth/roles.decorator';
import { ProblemError } from '../../apps/api/src/platform/errors/problem.error';

export class ProbeDto {
  @IsString()
  name: string;

  @IsInt()
  @Min(1)
  minutes: number;
}

/** Routes that exist only in this suite, to drive the platform's pipes, guards and filter; no part of the contract. */
@ApiExcludeController()
@Controller('probe')
class ProbeController {
  @Post()
  echo(@Body() body: ProbeDto): ProbeDto {
    return body;
  }

  @Get('admin-only')
  @Roles('admin')
  adminOnly(): { ok: true } {
    return { ok: true };
  }

  @Get('crash')
  crash(): never {
    throw new Error('connection string postgres://secret@db leaked');
  }

  @Get('problem')
  problem(): never {
    throw new ProblemError({
      code: 'INSUFFICIENT_CREDITS',
      status: 409,
      title: { zh: '余额不足', en: 'Insufficient credits' },
      detail: { zh: '余额 30 分钟，需要 60 分钟', en: 'Balance is 30 minutes, 60 are needed' },
      extensions: { balance: 30, status: 200 },
    });
  }
}

@Module({ controllers: [ProbeController] })
export class ProbeModule {}
