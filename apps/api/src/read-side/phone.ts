/** Mainland mobile numbers: 11 digits starting 13–19. */
export const MOBILE_PHONE = /^1[3-9]\d{9}$/;

/** 138****5678: enough to recognise, not enough to call. */
export function maskPhone(phone: string): string {
  return phone.length >= 7 ? `${phone.slice(0, 3)}${'*'.repeat(phone.length - 7)}${phone.slice(-4)}` : '*'.repeat(phone.length);
}
