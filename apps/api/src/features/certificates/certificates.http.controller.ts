import { Controller, Get, Param, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { Actor } from '../../platform/auth/actor';
import { CurrentActor } from '../../platform/auth/current-actor.decorator';
import { Public } from '../../platform/auth/public.decorator';
import { Roles } from '../../platform/auth/roles.decorator';
import { Scope } from '../../platform/auth/scope.decorator';
import { CertificateQuery } from './certificates.dto';
import { CertificateCheckSchema } from './certificates.responses';
import { CertificatesService, type CertificateCheck } from './certificates.service';
import { ApiProblems } from '../../platform/docs/api-problems.decorator';

export const CERTIFICATE_CODE_HEADER = 'X-Certificate-Code';

@ApiTags('certificates 志愿服务记录证明')
@ApiBearerAuth()
@Controller('v1')
export class CertificatesController {
  constructor(private readonly certificates: CertificatesService) {}

  /** The service-record certificate of one year as a PDF; its verification code is also in X-Certificate-Code. */
  @Get('volunteers/:volunteerId/certificate')
  @ApiOperation({ summary: '志愿服务记录证明（PDF），验证码见 X-Certificate-Code / The service-record certificate (PDF); its code in X-Certificate-Code' })
  @Roles('staff', 'admin', 'auditor', 'volunteer')
  @Scope.volunteer()
  @ApiProduces('application/pdf')
  @ApiOkResponse({ content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } }, headers: { [CERTIFICATE_CODE_HEADER]: { description: '证明验证码 / the certificate\'s code', schema: { type: 'string' } } } })
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
  @ApiOperation({ summary: '公开核验证明：是否仍与记录相符 / Check a certificate against the records (public)' })
  @ApiProblems(404)
  @Public()
  @Scope.street()
  @ApiOkResponse({ schema: CertificateCheckSchema })
  check(@Param('code') code: string): Promise<CertificateCheck> {
    return this.certificates.check(code);
  }
}
