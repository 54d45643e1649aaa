export * from './embedded-postgres';
export * from './migrations';
