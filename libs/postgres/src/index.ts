export * from './embedded-postgres';
export * from './migrations';
export * from './pool';
export { PASSWORD_FILE, readRunningServer, RUNNING_SERVER_FILE, type RunningServerRecord } from './running-server';
export * from './transaction';
export { CLUSTER_LOCATION_FILE, UnreachableClusterError } from './server-layout';
export { isTransientDatabaseError } from './transient-error';
