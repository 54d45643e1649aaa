import { Module } from '@nestjs/common';
import { ReadModels } from '../../read-side/read-models';
import { certificateKeyProvider } from './certificate-key';
import { CertificatesController } from './certificates.http.controller';
import { CertificatesService } from './certificates.service';
import { CertifiedServiceReader } from './certified-service.reader';
import { IssuedCertificates } from './issued-certificates';

/** Service-record certificates (志愿服务记录证明): issued as PDFs, checked by code. Reads only read models and its own table. */
@Module({
  controllers: [CertificatesController],
  providers: [ReadModels, CertifiedServiceReader, IssuedCertificates, CertificatesService, certificateKeyProvider],
})
export class CertificatesModule {}
