export const DATABASE_POOL = Symbol('DATABASE_POOL');
export const DATABASE_URL = Symbol('DATABASE_URL');
