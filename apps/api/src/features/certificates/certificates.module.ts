import { Module } from '@nestjs/common';
import { ReadModels } from '../../read-side/read-models';
import { certificateKeyProvider } from './certificate-key';
import { CertificateDetailsController } from './certificate-details.http.controller';
import { CertificatesController } from './certificates.http.controller';
import { IdentityDocuments } from './identity-document';
import { SealImages } from './seal-images';
import { VolunteerRecordController } from './volunteer-record.http.controller';
import { CertificatesService } from './certificates.service';
import { CertifiedServiceReader } from './certified-service.reader';
import { IssuedCertificates } from './issued-certificates';

/**
 * Service-record certificates (志愿服务记录证明): issued as PDFs (each an event
 * in its year's register), checked by code; and what they name beyond the
 * records: identity documents, issuers and seals.
 */
@Module({
  controllers: [CertificatesController, CertificateDetailsController, VolunteerRecordController],
  providers: [ReadModels, CertifiedServiceReader, IssuedCertificates, CertificatesService, certificateKeyProvider, IdentityDocuments, SealImages],
  exports: [IdentityDocuments],
})
export class CertificatesModule {}
