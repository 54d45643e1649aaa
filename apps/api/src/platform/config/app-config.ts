import type { EnvironmentSettings } from './environment';

/** Everything the api and the cli read from the environment, parsed and checked once, with the JWT key resolved. */
export interface AppConfig extends Omit<EnvironmentSettings, 'jwtSecret'> {
  /** JWT_SECRET, or the key generated into DATA_DIR at first start. */
  jwtSecret: string;
}

export const APP_CONFIG = Symbol('APP_CONFIG');
