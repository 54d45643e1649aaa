import { Inject, Injectable } from '@nestjs/common';
import { certificateRegisterDecider, certificateRegisterStream, emptyVolunteerRecord, shanghaiDay } from '@shiji/domain';
import type { AccountView, CommunityView, VolunteerView } from '@shiji/projections';
import { ERASED, PersonalDataVault } from '../../personal-data/personal-data-vault';
import { notFound, orNotFound } from '../../read-side/not-found';
import { ReadModels } from '../../read-side/read-models';
import type { CommandContext } from '../../write-side/command-context';
import { EventSourcedRepository } from '../../write-side/event-sourced-repository';
import { certificateCode, normaliseCode } from './certificate-digest';
import { CERTIFICATE_KEY } from './certificate-key';
import { renderCertificatePdf } from './certificate-pdf';
import type { CertifiedTotals } from './certified-service';
import { CertifiedServiceReader } from './certified-service.reader';
import { IdentityDocuments } from './identity-document';
import { IssuedCertificates, type PrintedIssuer } from './issued-certificates';
import { maskedName } from './masked-name';
import { SealImages } from './seal-images';

const VOLUNTEER = { zh: '志愿者', en: 'volunteer' };
const COMMUNITY = { zh: '社区', en: 'community' };
const CERTIFICATE = { zh: '服务记录证明', en: 'certificate' };

export interface IssuedPdf {
  code: string;
  certificateNumber: string;
  pdf: Uint8Array;
}

/**
 * What anyone holding a code may learn: whether it still holds, and what it
 * states (number, issuer, period, hours), without the full name, and never
 * the identity document or a phone of the volunteer.
 */
export interface CertificateCheck {
  code: string;
  matches: boolean;
  certificateNumber: string | null;
  volunteerName: string;
  communityId: string;
  communityName: string;
  issuer: PrintedIssuer | null;
  year: number;
  firstServiceDay: string | null;
  lastServiceDay: string | null;
  issuedOn: string;
  issuedAt: string;
  totals: CertifiedTotals;
}

/** The public check page a certificate's QR code opens. */
export function checkPageUrl(origin: string, code: string): string {
  return `${origin}/check/${code}`;
}

/** Issues service-record certificates and checks them against the records. */
@Injectable()
export class CertificatesService {
  constructor(
    private readonly readModels: ReadModels,
    private readonly service: CertifiedServiceReader,
    private readonly issued: IssuedCertificates,
    @Inject(CERTIFICATE_KEY) private readonly key: Buffer,
    private readonly vault: PersonalDataVault,
    private readonly documents: IdentityDocuments,
    private readonly seals: SealImages,
    private readonly repository: EventSourcedRepository,
  ) {}

  /**
   * Issuing is an event in the year's register (CertificateIssued: who, for
   * whom, which period and records, the number), so an auditor can list every
   * certificate; the same records the same day keep their code and number.
   */
  async issue(volunteerId: string, year: number, context: CommandContext, options: { origin: string; handlingOfficer?: string; withRecord?: boolean }): Promise<IssuedPdf> {
    const now = context.now;
    const volunteer = orNotFound(await this.readModels.findById<VolunteerView>('volunteers', volunteerId), VOLUNTEER, volunteerId);
    // The issuing community is the one the volunteer belongs to now, even for service given before a move.
    const community = orNotFound(await this.readModels.findById<CommunityView>('communities', volunteer.communityId), COMMUNITY, volunteer.communityId);
    const [certified, account, personal, document, seal] = await Promise.all([
      this.service.read(volunteerId, year),
      this.readModels.findById<AccountView>('accounts', volunteerId),
      this.vault.open(volunteer),
      this.documents.open(volunteerId, volunteer.identityDocument),
      community.issuer?.sealSha256 ? this.seals.find(community.issuer.sealSha256) : null,
    ]);
    const issuedOn = shanghaiDay(now);
    const code = certificateCode(this.key, { digest: certified.digest, volunteerId, communityId: community.communityId, issuedOn });
    const issuer: PrintedIssuer | null = community.issuer
      ? {
          organisationName: community.issuer.organisationName,
          responsiblePerson: community.issuer.responsiblePerson,
          handlingOfficer: options.handlingOfficer ?? community.issuer.handlingOfficer,
          contactPhone: community.issuer.contactPhone,
        }
      : null;
    const { events } = await this.repository.handle(
      certificateRegisterStream(year),
      certificateRegisterDecider,
      {
        type: 'IssueCertificate',
        certificate: {
          code,
          volunteerId,
          communityId: community.communityId,
          year,
          firstServiceDay: certified.firstServiceDay,
          lastServiceDay: certified.lastServiceDay,
          recordIds: certified.recordIds,
          digest: certified.digest,
          totalMinutes: certified.totals.totalMinutes,
          issuedOn,
          handlingOfficer: issuer?.handlingOfficer ?? null,
        },
      },
      context,
    );
    const certificateNumber = events[0]?.data.certificateNumber ?? (await this.numberOf(year, code));
    await this.issued.save({
      code,
      volunteerId,
      year,
      digest: certified.digest,
      totals: certified.totals,
      communityId: community.communityId,
      communityName: community.name,
      issuedOn,
      issuedAt: now.toISOString(),
      issuedBy: context.actor.id,
      certificateNumber,
      issuer,
      firstServiceDay: certified.firstServiceDay,
      lastServiceDay: certified.lastServiceDay,
    });
    const pdf = await renderCertificatePdf({
      code,
      certificateNumber,
      checkUrl: checkPageUrl(options.origin, code),
      volunteerId,
      volunteerNumber: volunteer.volunteerNumber,
      volunteerName: personal.name,
      identityDocument: document,
      starLevel: account?.starLevel ?? 0,
      communityName: community.name,
      issuer,
      seal,
      year,
      issuedOn,
      certified,
      record: options.withRecord ? (volunteer.record ?? emptyVolunteerRecord()) : null,
    });
    return { code, certificateNumber, pdf };
  }

  async check(code: string): Promise<CertificateCheck> {
    const normalised = normaliseCode(code);
    const certificate = normalised === null ? null : await this.issued.find(normalised);
    if (!certificate) throw notFound(CERTIFICATE, code);
    const [current, volunteer] = await Promise.all([
      this.service.read(certificate.volunteerId, certificate.year),
      this.readModels.findById<VolunteerView>('volunteers', certificate.volunteerId),
    ]);
    const personal = volunteer ? await this.vault.open(volunteer) : ERASED;
    return {
      code: certificate.code,
      matches: current.digest === certificate.digest,
      certificateNumber: certificate.certificateNumber,
      volunteerName: personal.erased ? personal.name : maskedName(personal.name),
      communityId: certificate.communityId,
      communityName: certificate.communityName,
      issuer: certificate.issuer,
      year: certificate.year,
      firstServiceDay: certificate.firstServiceDay,
      lastServiceDay: certificate.lastServiceDay,
      issuedOn: certificate.issuedOn,
      issuedAt: certificate.issuedAt,
      totals: certificate.totals,
    };
  }

  /** The number a certificate issued earlier with this code got: a re-issue the same day appends nothing. */
  private async numberOf(year: number, code: string): Promise<string> {
    const { state } = await this.repository.load(certificateRegisterStream(year), certificateRegisterDecider, { latest: true });
    const number = state.numbers.get(code);
    if (number === undefined) throw new Error(`certificate ${code} is neither new nor in the ${year} register`);
    return number;
  }
}
