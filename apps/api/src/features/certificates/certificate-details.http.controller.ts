import { Body, Controller, Get, HttpCode, Param, Post, Put, Req, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { checkIdentityDocument, communityDecider, communityStream, maskedDocumentNumber, volunteerDecider, volunteerStream } from '@shiji/domain';
import type { FastifyRequest } from 'fastify';
import { Roles } from '../../platform/auth/roles.decorator';
import { Scope } from '../../platform/auth/scope.decorator';
import { ApiProblems } from '../../platform/docs/api-problems.decorator';
import { notFound } from '../../read-side/not-found';
import type { CommandContext } from '../../write-side/command-context';
import { Command } from '../../write-side/command-context.decorator';
import { CreatedAt } from '../../write-side/created-location';
import { EventSourcedRepository } from '../../write-side/event-sourced-repository';
import type { WriteResult } from '../../write-side/write-result';
import { CertificateIssuerBody, IdentityDocumentBody } from './certificates.dto';
import { CertificateIssuerSetSchema, IdentityDocumentRecordedSchema, SealImageSchema } from './certificates.responses';
import { IdentityDocuments } from './identity-document';
import { PNG_MEDIA_TYPE, SealImages } from './seal-images';

/** What a certificate names beyond the records (民发〔2015〕149号): the volunteer's identity document, and each community's issuer and seal. */
@ApiTags('certificates 志愿服务记录证明')
@ApiBearerAuth()
@Controller('v1')
export class CertificateDetailsController {
  constructor(
    private readonly repository: EventSourcedRepository,
    private readonly documents: IdentityDocuments,
    private readonly seals: SealImages,
  ) {}

  @Put('volunteers/:volunteerId/identity-document')
  @ApiOperation({
    summary:
      '登记志愿者证件（居民身份证校验位须正确；加密保存，除证明外只显示后四位） / Record a volunteer\'s identity document (a resident ID\'s check character must be right; sealed, shown with only its last four characters except on the certificate)',
  })
  @Roles('staff', 'admin')
  @Scope.volunteer()
  @ApiOkResponse({ schema: IdentityDocumentRecordedSchema })
  @ApiProblems(404, 409)
  async recordIdentityDocument(@Command() context: CommandContext, @Param('volunteerId') volunteerId: string, @Body() body: IdentityDocumentBody): Promise<WriteResult> {
    // Checked before sealing: once sealed only the volunteer's key opens it, and the domain never does.
    const document = checkIdentityDocument(body.type, body.number);
    const sealed = await this.documents.seal(volunteerId, document);
    const { position } = await this.repository.handle(volunteerStream(volunteerId), volunteerDecider, { type: 'RecordIdentityDocument', volunteerId, document: sealed }, context);
    return { volunteerId, type: document.type, number: maskedDocumentNumber(document.number), position };
  }

  @Post('seals')
  @ApiOperation({ summary: '上传印章图片（PNG，存一次，以 SHA-256 引用） / Upload a seal image (PNG, stored once, referred to by its SHA-256)' })
  @Roles('admin')
  @Scope.street()
  @ApiConsumes(PNG_MEDIA_TYPE)
  @ApiBody({ description: 'PNG 图片本身作为请求体，不超过 512 KiB / the PNG itself as the body, at most 512 KiB', schema: { type: 'string', format: 'binary' } })
  @ApiCreatedResponse({ schema: SealImageSchema })
  @ApiProblems(413, 415)
  @CreatedAt('/v1/seals/{sha256}')
  uploadSeal(@Command() context: CommandContext, @Req() request: FastifyRequest) {
    return this.seals.store(request.body, context.actor.id);
  }

  @Get('seals/:sha256')
  @ApiOperation({ summary: '印章图片 / A seal image' })
  @Roles('staff', 'admin', 'auditor')
  @Scope.street()
  @ApiProduces(PNG_MEDIA_TYPE)
  @ApiOkResponse({ content: { [PNG_MEDIA_TYPE]: { schema: { type: 'string', format: 'binary' } } } })
  @ApiProblems(404)
  async seal(@Param('sha256') sha256: string): Promise<StreamableFile> {
    const png = await this.seals.find(sha256);
    if (!png) throw notFound({ zh: '印章图片', en: 'seal image' }, sha256);
    return new StreamableFile(png, { type: PNG_MEDIA_TYPE, length: png.byteLength });
  }

  @Put('communities/:communityId/issuer')
  @HttpCode(200)
  @ApiOperation({ summary: '设置社区出具证明的单位、负责人、经办人、联系电话与印章 / Set who issues the community\'s certificates: organisation, responsible person, handling officer, phone and seal' })
  @Roles('admin')
  @Scope.street()
  @ApiOkResponse({ schema: CertificateIssuerSetSchema })
  @ApiProblems(404)
  async setIssuer(@Command() context: CommandContext, @Param('communityId') communityId: string, @Body() body: CertificateIssuerBody): Promise<WriteResult> {
    const sealSha256 = body.sealSha256 ?? null;
    if (sealSha256 !== null) await this.seals.require(sealSha256);
    const issuer = { organisationName: body.organisationName, responsiblePerson: body.responsiblePerson, handlingOfficer: body.handlingOfficer, contactPhone: body.contactPhone, sealSha256 };
    const { position } = await this.repository.handle(communityStream(communityId), communityDecider, { type: 'SetCertificateIssuer', communityId, issuer }, context);
    return { communityId, issuer, position };
  }
}
