import { Inject, Injectable } from '@nestjs/common';
import { shanghaiDay } from '@shiji/domain';
import type { CommunityView, VolunteerView } from '@shiji/projections';
import { ERASED, PersonalDataVault } from '../../personal-data/personal-data-vault';
import type { Actor } from '../../platform/auth/actor';
import { notFound, orNotFound } from '../../read-side/not-found';
import { ReadModels } from '../../read-side/read-models';
import { certificateCode, normaliseCode } from './certificate-digest';
import { CERTIFICATE_KEY } from './certificate-key';
import { renderCertificatePdf } from './certificate-pdf';
import type { CertifiedTotals } from './certified-service';
import { CertifiedServiceReader } from './certified-service.reader';
import { IssuedCertificates } from './issued-certificates';
import { maskedName } from './masked-name';

const VOLUNTEER = { zh: '志愿者', en: 'volunteer' };
const COMMUNITY = { zh: '社区', en: 'community' };
const CERTIFICATE = { zh: '服务记录证明', en: 'certificate' };

export interface IssuedPdf {
  code: string;
  pdf: Uint8Array;
}

/** What anyone holding a code may learn: whether it still holds, and what it states, without the full name. */
export interface CertificateCheck {
  code: string;
  matches: boolean;
  volunteerName: string;
  communityId: string;
  communityName: string;
  year: number;
  issuedOn: string;
  issuedAt: string;
  totals: CertifiedTotals;
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
  ) {}

  async issue(volunteerId: string, year: number, actor: Actor, now = new Date()): Promise<IssuedPdf> {
    const volunteer = orNotFound(await this.readModels.findById<VolunteerView>('volunteers', volunteerId), VOLUNTEER, volunteerId);
    // The issuing community is the one the volunteer belongs to now, even for service given before a move.
    const community = orNotFound(await this.readModels.findById<CommunityView>('communities', volunteer.communityId), COMMUNITY, volunteer.communityId);
    const { digest, totals } = await this.service.read(volunteerId, year);
    const issuedOn = shanghaiDay(now);
    const code = certificateCode(this.key, { digest, volunteerId, communityId: community.communityId, issuedOn });
    await this.issued.save({
      code,
      volunteerId,
      year,
      digest,
      totals,
      communityId: community.communityId,
      communityName: community.name,
      issuedOn,
      issuedAt: now.toISOString(),
      issuedBy: actor.id,
    });
    const { name } = await this.vault.open(volunteer);
    const pdf = await renderCertificatePdf({ code, volunteerId, volunteerName: name, communityName: community.name, year, issuedOn, totals });
    return { code, pdf };
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
      volunteerName: personal.erased ? personal.name : maskedName(personal.name),
      communityId: certificate.communityId,
      communityName: certificate.communityName,
      year: certificate.year,
      issuedOn: certificate.issuedOn,
      issuedAt: certificate.issuedAt,
      totals: certificate.totals,
    };
  }
}
