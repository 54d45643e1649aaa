import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { PersonalData, SealedPersonalData } from '@shiji/domain';

const ALGORITHM = 'aes-256-gcm';
export const PERSONAL_DATA_KEY_BYTES = 32;
const IV_BYTES = 12;

/** Binds a ciphertext to its volunteer: moved onto another volunteer's event it no longer opens. */
const aad = (volunteerId: string) => Buffer.from(`shiji:volunteer:${volunteerId}`, 'utf8');

export function newPersonalDataKey(): Buffer {
  return randomBytes(PERSONAL_DATA_KEY_BYTES);
}

export function sealPersonalData(key: Buffer, volunteerId: string, personal: PersonalData): SealedPersonalData {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv(ALGORITHM, key, iv).setAAD(aad(volunteerId));
  const plaintext = Buffer.from(JSON.stringify({ name: personal.name, phone: personal.phone }), 'utf8');
  const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return { sealed: ALGORITHM, iv: iv.toString('base64'), tag: cipher.getAuthTag().toString('base64'), ciphertext: ciphertext.toString('base64') };
}

/** Null when the key is not the one it was sealed with, or the data was altered. */
export function openPersonalData(key: Buffer, volunteerId: string, sealed: SealedPersonalData): PersonalData | null {
  try {
    const decipher = createDecipheriv(ALGORITHM, key, Buffer.from(sealed.iv, 'base64')).setAAD(aad(volunteerId));
    decipher.setAuthTag(Buffer.from(sealed.tag, 'base64'));
    const plaintext = Buffer.concat([decipher.update(Buffer.from(sealed.ciphertext, 'base64')), decipher.final()]);
    const parsed = JSON.parse(plaintext.toString('utf8')) as PersonalData;
    return { name: parsed.name, phone: parsed.phone };
  } catch {
    return null;
  }
}

/** Free text about a person (an applicant's note), sealed like their name and phone, with the same key. */
export function sealText(key: Buffer, subjectId: string, text: string): SealedPersonalData {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv(ALGORITHM, key, iv).setAAD(aad(`${subjectId}:text`));
  const ciphertext = Buffer.concat([cipher.update(Buffer.from(text, 'utf8')), cipher.final()]);
  return { sealed: ALGORITHM, iv: iv.toString('base64'), tag: cipher.getAuthTag().toString('base64'), ciphertext: ciphertext.toString('base64') };
}

/** Null when the key is not the one it was sealed with, or the text was altered. */
export function openText(key: Buffer, subjectId: string, sealed: SealedPersonalData): string | null {
  try {
    const decipher = createDecipheriv(ALGORITHM, key, Buffer.from(sealed.iv, 'base64')).setAAD(aad(`${subjectId}:text`));
    decipher.setAuthTag(Buffer.from(sealed.tag, 'base64'));
    return Buffer.concat([decipher.update(Buffer.from(sealed.ciphertext, 'base64')), decipher.final()]).toString('utf8');
  } catch {
    return null;
  }
}
