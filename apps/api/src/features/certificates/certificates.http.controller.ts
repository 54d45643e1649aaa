import { Controller, Get, Param, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { Actor } from '../../platform/auth/actor';
import { CurrentActor } from '../../platform/auth/current-actor.decorator';
import { Public } from '../../platform/auth/public.decorator';
import { Roles } from '../../platform/auth/roles.decorator';
import { Scope } from '../../platform/auth/scope.decorator';
import { CertificateQuery } from './certificates.dto';
import { CertificatesService, type CertificateCheck } from './certificates.service';

export const CERTIFICATE_CODE_HEADER = 'X-Certificate-Code';

@ApiTags('certificates 志愿服务记录证明')
@ApiBearerAuth()
@Controller('v1')
export class CertificatesController {
  constructor(private readonly certificates: CertificatesService) {}

  /** The service-record certificate of one year as a PDF; its verification code is also in X-Certificate-Code. */
  @Get('volunteers/:volunteerId/certificate')
  @Roles('staff', 'admin', 'auditor', 'volunteer')
  @Scope.volunteer()
  @ApiProduces('application/pdf')
  async certificate(
    @CurrentActor() actor: Actor,
    @Param('volunteerId') volunteerId: string,
    @Query() query: CertificateQuery,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile> {
    const { code, pdf } = await this.certificates.issue(volunteerId, query.year, actor);
    void reply.header(CERTIFICATE_CODE_HEADER, code);
    return new StreamableFile(Buffer.from(pdf), {
      type: 'application/pdf',
      disposition: `inline; filename="certificate-${query.year}-${code}.pdf"`,
      length: pdf.byteLength,
    });
  }

  /** Public: whether a certificate still matches the records, and what it certifies (name masked). */
  @Get('certificates/:code')
  @Public()
  @Scope.street()
  check(@Param('code') code: string): Promise<CertificateCheck> {
    return this.certificates.check(code);
  }
}
