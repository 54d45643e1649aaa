import { Controller, Get, Inject, Param, Query, Req, Res, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { publicOriginOf } from '../../identity/client-of';
import { APP_CONFIG, type AppConfig } from '../../platform/config/app-config';
import type { CommandContext } from '../../write-side/command-context';
import { Command } from '../../write-side/command-context.decorator';
import { Public } from '../../platform/auth/public.decorator';
import { Roles } from '../../platform/auth/roles.decorator';
import { Scope } from '../../platform/auth/scope.decorator';
import { CertificateQuery } from './certificates.dto';
import { CertificateCheckSchema } from './certificates.responses';
import { CertificatesService, type CertificateCheck } from './certificates.service';
import { ApiProblems } from '../../platform/docs/api-problems.decorator';

export const CERTIFICATE_CODE_HEADER = 'X-Certificate-Code';
export const CERTIFICATE_NUMBER_HEADER = 'X-Certificate-Number';

@ApiTags('certificates 志愿服务记录证明')
@ApiBearerAuth()
@Controller('v1')
export class CertificatesController {
  constructor(
    private readonly certificates: CertificatesService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * The service-record certificate of one year as a PDF; its verification
   * code is also in X-Certificate-Code, its number in X-Certificate-Number.
   * Issuing it appends CertificateIssued to the year's register.
   */
  @Get('volunteers/:volunteerId/certificate')
  @ApiOperation({ summary: '志愿服务记录证明（PDF），验证码见 X-Certificate-Code / The service-record certificate (PDF); its code in X-Certificate-Code' })
  @Roles('staff', 'admin', 'auditor', 'volunteer')
  @Scope.volunteer()
  @ApiProduces('application/pdf')
  @ApiOkResponse({
    content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } },
    headers: {
      [CERTIFICATE_CODE_HEADER]: { description: '证明验证码 / the certificate\'s code', schema: { type: 'string' } },
      [CERTIFICATE_NUMBER_HEADER]: { description: '证明编号（按年顺序） / the certificate number (a per-year sequence)', schema: { type: 'string' } },
    },
  })
  async certificate(
    @Command() context: CommandContext,
    @Param('volunteerId') volunteerId: string,
    @Query() query: CertificateQuery,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile> {
    const { code, certificateNumber, pdf } = await this.certificates.issue(volunteerId, query.year, context, {
      origin: publicOriginOf(request, this.config),
      handlingOfficer: query.handlingOfficer,
      withRecord: query.include === 'record',
    });
    void reply.header(CERTIFICATE_CODE_HEADER, code);
    void reply.header(CERTIFICATE_NUMBER_HEADER, certificateNumber);
    return new StreamableFile(Buffer.from(pdf), {
      type: 'application/pdf',
      disposition: `inline; filename="certificate-${query.year}-${code}.pdf"`,
      length: pdf.byteLength,
    });
  }

  /** Public: whether a certificate still matches the records, and what it certifies (name masked; never an ID number or phone). */
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
