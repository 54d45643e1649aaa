import { Injectable } from '@nestjs/common';
import { maskedDocumentNumber, type IdentityDocument, type IdentityDocumentType, type SealedPersonalData } from '@shiji/domain';
import { PersonalDataVault } from '../../personal-data/personal-data-vault';

export interface ShownIdentityDocument {
  type: IdentityDocumentType;
  number: string;
}

export const IDENTITY_DOCUMENT_NAMES: Record<IdentityDocumentType, { zh: string; en: string }> = {
  resident_id: { zh: '居民身份证', en: 'Resident ID card' },
  passport: { zh: '护照', en: 'Passport' },
  hk_macao_permit: { zh: '港澳居民来往内地通行证', en: 'Mainland Travel Permit for Hong Kong and Macao Residents' },
  taiwan_permit: { zh: '台湾居民来往大陆通行证', en: 'Mainland Travel Permit for Taiwan Residents' },
};

/**
 * A volunteer's identity document, sealed under their personal-data key as
 * one text (type and number), so erasing the key erases it with their name
 * and phone. Opened in full only for the certificate; shown everywhere else
 * with all but its last four characters hidden.
 */
@Injectable()
export class IdentityDocuments {
  constructor(private readonly vault: PersonalDataVault) {}

  seal(volunteerId: string, document: IdentityDocument): Promise<SealedPersonalData> {
    return this.vault.sealText(volunteerId, JSON.stringify({ type: document.type, number: document.number }));
  }

  /** The whole document, for the certificate; null when there is none or it was erased. */
  async open(volunteerId: string, sealed: SealedPersonalData | null | undefined): Promise<IdentityDocument | null> {
    if (!sealed) return null;
    const text = (await this.vault.openTexts([{ volunteerId, sealed }])).get(volunteerId);
    return text ? (JSON.parse(text) as IdentityDocument) : null;
  }

  /** Masked documents of many volunteers, one query for their keys; a volunteer without one (or erased) is absent. */
  async maskedMany(holders: ReadonlyArray<{ volunteerId: string; identityDocument?: SealedPersonalData | null }>): Promise<Map<string, ShownIdentityDocument>> {
    const items = holders.flatMap(({ volunteerId, identityDocument }) => (identityDocument ? [{ volunteerId, sealed: identityDocument }] : []));
    const opened = await this.vault.openTexts(items);
    const shown = new Map<string, ShownIdentityDocument>();
    for (const [volunteerId, text] of opened) {
      if (text === null) continue;
      const document = JSON.parse(text) as IdentityDocument;
      shown.set(volunteerId, { type: document.type, number: maskedDocumentNumber(document.number) });
    }
    return shown;
  }
}
