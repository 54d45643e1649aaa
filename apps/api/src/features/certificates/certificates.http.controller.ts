import { Controller, Get, Param, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { Actor } from '../../platform/auth/actor';
import { CurrentActor } from '../../platform/auth/current-actor.decorator';
import { ForbiddenError } from '../../platform/auth/forbidden.error';
import { Public } from '../../platform/auth/public.decorator';
import { Roles } from '../../platform/auth/roles.decorator';
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
  @ApiProduces('application/pdf')
  async certificate(
    @CurrentActor() actor: Actor,
    @Param('volunteerId') volunteerId: string,
    @Query() query: CertificateQuery,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile> {
    // Until scoping is decided in one place for every route, a volunteer's own-records rule lives here.
    if (actor.role === 'volunteer' && actor.id !== volunteerId) {
      throw new ForbiddenError({ zh: '志愿者只能获取本人的服务记录证明', en: 'A volunteer may only get their own certificate' });
    }
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
  check(@Param('code') code: string): Promise<CertificateCheck> {
    return this.certificates.check(code);
  }
}
