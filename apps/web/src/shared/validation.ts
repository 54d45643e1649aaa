/** The api's own input rules, checked before sending so a person sees the problem at once. */
export const MOBILE_PHONE = /^1[3-9]\d{9}$/;
export const ACTIVATION_CODE = /^\d{8}$/;
export const SLUG = /^[a-z0-9][a-z0-9-]{0,62}$/;
export const MIN_PASSWORD_LENGTH = 8;
export const MAX_MINUTES = 1440;

export function isWholeMinutes(value: unknown): boolean {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= MAX_MINUTES;
}
export const STAFF_ID = /^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$/;
