import { isCalendarDay } from '../shared/calendar-day';
import { DomainError } from '../shared/domain-error';

/**
 * The identity documents a service-record certificate may name (民发〔2015〕149号):
 * the resident ID card, a passport, and the permits of residents of Hong Kong,
 * Macao and Taiwan.
 */
export const IDENTITY_DOCUMENT_TYPES = ['resident_id', 'passport', 'hk_macao_permit', 'taiwan_permit'] as const;
export type IdentityDocumentType = (typeof IDENTITY_DOCUMENT_TYPES)[number];

export interface IdentityDocument {
  type: IdentityDocumentType;
  number: string;
}

/** GB 11643-1999: weights of the first 17 digits, and the check character for each remainder mod 11. */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARACTERS = '10X98765432';

const FORMATS: Record<Exclude<IdentityDocumentType, 'resident_id'>, RegExp> = {
  passport: /^[A-Z0-9]{5,17}$/,
  // 港澳居民来往内地通行证: H or M and 8 or 10 digits.
  hk_macao_permit: /^[HM]\d{8}(\d{2})?$/,
  // 台湾居民来往大陆通行证: 8 or 10 digits.
  taiwan_permit: /^\d{8}(\d{2})?$/,
};

/** The check character a resident ID's first 17 digits call for. */
export function residentIdCheckCharacter(first17: string): string {
  const sum = WEIGHTS.reduce((total, weight, index) => total + weight * Number(first17[index]), 0);
  return CHECK_CHARACTERS[sum % 11];
}

/**
 * The document as it is kept: upper case, without spaces. Refuses a number
 * that cannot be of its type, and a resident ID whose check character or
 * birth date is wrong. The refusal never carries the number.
 */
export function checkIdentityDocument(type: IdentityDocumentType, input: string): IdentityDocument {
  const number = input.replace(/\s+/g, '').toUpperCase();
  if (type !== 'resident_id') {
    if (!FORMATS[type].test(number)) throw new DomainError('INVALID_IDENTITY_DOCUMENT', { type });
    return { type, number };
  }
  if (!/^\d{17}[\dX]$/.test(number) || !isBirthDate(number.slice(6, 14))) throw new DomainError('INVALID_IDENTITY_DOCUMENT', { type });
  if (residentIdCheckCharacter(number.slice(0, 17)) !== number[17]) throw new DomainError('INVALID_RESIDENT_ID_CHECKSUM', { type });
  return { type, number };
}

function isBirthDate(yyyymmdd: string): boolean {
  return Number(yyyymmdd.slice(0, 4)) >= 1900 && isCalendarDay(`${yyyymmdd.slice(0, 4)}-${yyyymmdd.slice(4, 6)}-${yyyymmdd.slice(6, 8)}`);
}

/** Everything but the last four characters hidden: shown so everywhere but on the certificate. */
export function maskedDocumentNumber(number: string): string {
  return number.length <= 4 ? number : `${'*'.repeat(number.length - 4)}${number.slice(-4)}`;
}
