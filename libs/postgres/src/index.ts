export * from './embedded-postgres';
export * from './migrations';
export * from './pool';
