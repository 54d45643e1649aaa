export * from './embedded-postgres';
export * from './migrations';
export * from './pool';
export { CLUSTER_LOCATION_FILE, UnreachableClusterError } from './server-layout';
export { isTransientDatabaseError } from './transient-error';
