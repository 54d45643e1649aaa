export * from './embedded-postgres';
export * from './migrations';
export * from './pool';
export * from './transaction';
export { CLUSTER_LOCATION_FILE, UnreachableClusterError } from './server-layout';
