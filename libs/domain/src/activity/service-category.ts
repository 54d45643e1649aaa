export const SERVICE_CATEGORIES = [
  'elderly_care',
  'tutoring',
  'health_clinic',
  'mediation',
  'environment',
  'culture',
  'safety_patrol',
  'other',
] as const;

export type ServiceCategory = (typeof SERVICE_CATEGORIES)[number];

export function isServiceCategory(value: unknown): value is ServiceCategory {
  return typeof value === 'string' && (SERVICE_CATEGORIES as readonly string[]).includes(value);
}
